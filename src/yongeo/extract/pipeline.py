"""The extraction run: count documents (in parallel if asked), merge, select, with progress."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from yongeo.errors import InputError, UsageError, YongeoError
from yongeo.extract.counts import CandidateCounts, count_into
from yongeo.extract.korean import resolve_analyser
from yongeo.extract.score import Candidate, select_candidates
from yongeo.files import read_text
from yongeo.i18n import _

# A task is a batch of files of about this size, so small files do not cost a round trip each.
BATCH_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Progress:
    """How far a run is: files and bytes done out of the total."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


@dataclass(frozen=True)
class Extraction:
    """The result of a run: the candidates and what they were drawn from."""

    candidates: tuple[Candidate, ...]
    documents: int
    bytes: int
    analyser: str


@dataclass(frozen=True)
class _Failure:
    input: bool
    message: str
    path: str | None
    line: int | None


ProgressCallback = Callable[[Progress], None]


def extract_files(paths: Sequence[str | os.PathLike], jobs: int = 1, analyser: str = "auto",
                  progress: ProgressCallback | None = None,
                  scheduler: str | None = None, stop: Sequence[str] = (),
                  keep: Sequence[str] = ()) -> Extraction:
    """Extract candidate terms from files; references use the paths as given. With
    `scheduler`, documents are counted by the workers of that Dask cluster instead of `jobs`
    processes (yongeo.extract.distributed): the same candidates. `stop` lists terms never
    listed, `keep` terms listed whenever they occur."""
    if jobs < 1:
        raise UsageError(_("--jobs must be at least 1"))
    names = [Path(p).as_posix() if not isinstance(p, str) else p for p in paths]
    if not names:
        raise UsageError(_("no files to extract from"))
    if len(set(names)) != len(names):
        names = list(dict.fromkeys(names))
    sizes = [_size(name) for name in names]
    engine = resolve_analyser(analyser)
    counts = count_files(names, sizes, jobs, engine, progress, scheduler)
    return Extraction(tuple(select_candidates(counts, stop, keep)), counts.documents,
                      counts.bytes, engine)


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except FileNotFoundError:
        raise InputError(_("no such file"), name) from None
    except OSError as exc:
        raise InputError(_("cannot read: {reason}").format(reason=exc.strerror), name) from None


def count_files(names: list[str], sizes: list[int], jobs: int, analyser: str,
                progress: ProgressCallback | None = None,
                scheduler: str | None = None) -> CandidateCounts:
    """Count every file and merge the counts (a process pool when jobs > 1, a Dask cluster
    when a scheduler is given)."""
    total = CandidateCounts()
    done_files = done_bytes = 0
    bytes_total = sum(sizes)
    if progress:
        progress(Progress(0, len(names), 0, bytes_total))

    def collect(result) -> None:
        nonlocal done_files, done_bytes
        if isinstance(result, _Failure):  # an error from a worker, rebuilt with its location
            error = InputError if result.input else YongeoError
            raise error(result.message, result.path, result.line)
        counts, files, size = result
        total.merge(counts)
        done_files += files
        done_bytes += size
        if progress:
            progress(Progress(done_files, len(names), done_bytes, bytes_total))

    if scheduler is not None:
        from yongeo.extract.distributed import count_on_cluster
        for result in count_on_cluster(names, sizes, analyser, scheduler):
            collect(result)
        return total
    batches = make_batches(names, sizes, jobs)
    tasks = [(batch, analyser) for batch in batches]
    if jobs == 1 or len(batches) == 1:
        for task in tasks:
            collect(count_batch(task))
    else:
        from yongeo.processes import process_pool

        # Results in task order (counts merge the same in any order); a worker that dies
        # ends the run with one error rather than a wait for its lost batch.
        with process_pool(jobs) as pool:
            for result in pool.map(count_batch, tasks):
                collect(result)
    return total


def make_batches(names: list[str], sizes: list[int], jobs: int) -> list[list[tuple[str, int]]]:
    limit = min(BATCH_BYTES, max(1, sum(sizes) // (jobs * 4) + 1)) if jobs > 1 else BATCH_BYTES
    batches: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    current_size = 0
    for name, size in zip(names, sizes):
        if current and current_size + size > limit:
            batches.append(current)
            current, current_size = [], 0
        current.append((name, size))
        current_size += size
    if current:
        batches.append(current)
    return batches


def count_batch(task: tuple[list[tuple[str, int]], str]):
    batch, analyser = task
    total = CandidateCounts()
    try:
        for name, _size in batch:
            count_into(total, name, read_text(name), analyser)
    except YongeoError as exc:  # exceptions lose their path and line when pickled
        return _Failure(isinstance(exc, InputError), exc.message, exc.path, exc.line)
    return total, len(batch), sum(size for _, size in batch)
