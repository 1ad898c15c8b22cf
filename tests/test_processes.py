"""Process pools for --jobs (yongeo.processes): workers started safely, and a worker that
dies ends the run with one error instead of a wait without end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from yongeo import processes
from yongeo.errors import YongeoError
from yongeo.extract.pipeline import extract_files

# Run in a fresh interpreter: the test process may have threads of other tests running.
START_METHOD = """
import threading, sys
from yongeo.processes import pool_context
if sys.argv[1] == "thread":
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()
print(pool_context().get_start_method())
"""


@pytest.mark.parametrize(("threads", "linux"), [("none", "fork"), ("thread", "forkserver")])
def test_fork_only_from_a_process_without_other_threads(threads: str, linux: str) -> None:
    done = subprocess.run([sys.executable, "-c", START_METHOD, threads], capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == (linux if sys.platform == "linux" else "forkserver")


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_worker_that_dies_is_one_error(method: str) -> None:
    import multiprocessing

    context = multiprocessing.get_context(method)
    with pytest.raises(YongeoError, match="worker process stopped"), \
            processes.process_pool(2, context) as pool:
        list(pool.map(os._exit, [3]))  # the worker ends without answering


def test_extract_in_workers_started_by_forkserver(tmp_path: Path, monkeypatch) -> None:
    # What a run in a process with other threads (an editor's server, a cluster client)
    # gets: workers that import yongeo afresh and are sent their tasks.
    names = []
    for number in range(4):
        path = tmp_path / f"doc{number}.txt"
        path.write_text("셔틀외교를 재개했다. 조세이 탄광 유골 문제를 논의했다.\n" * 50,
                        encoding="utf-8")
        names.append(str(path))
    import multiprocessing

    local = extract_files(names, jobs=1).candidates
    context = multiprocessing.get_context("forkserver")
    monkeypatch.setattr(processes, "pool_context", lambda: context)
    monkeypatch.setattr("yongeo.extract.pipeline.BATCH_BYTES", 1)  # a batch per file
    assert extract_files(names, jobs=2).candidates == local
