"""Process pools for --jobs (yongeo.processes): workers started safely, and a worker that
dies ends the run with one error instead of a wait without end."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from yongeo import processes
from yongeo.errors import YongeoError
from yongeo.extract.pipeline import extract_files


def test_fork_only_from_a_process_without_other_threads() -> None:
    if threading.active_count() > 1:
        pytest.skip("another thread runs in this test process")
    alone = processes.pool_context().get_start_method()
    assert alone == ("fork" if os.uname().sysname == "Linux" else "forkserver")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert processes.pool_context().get_start_method() == "forkserver"
    finally:
        stop.set()
        other.join()


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
