"""Count documents on a Dask cluster: map (each batch of documents counted by a worker, from
the bytes the client sends), then reduce (the counts merged by the caller, as they come).

Merging is associative and commutative in everything the template shows (extract/counts.py),
so the candidates are the same as a local run's; the batches come back in the files' order
all the same, so the first bad document is the one a local run stops at.
"""

from __future__ import annotations

from collections.abc import Iterator

from yongeo.cluster import connect, in_order
from yongeo.extract.pipeline import count_batch, make_batches
from yongeo.files import files_given, read_given


def count_given(batch: list[tuple[str, int]], analyser: str, contents: dict):
    """count_batch over documents read from `contents` (path -> bytes, or the error reading
    them gave) instead of the file system."""
    with files_given(contents):
        return count_batch((batch, analyser))


def count_on_cluster(names: list[str], sizes: list[int], analyser: str, scheduler: str
                     ) -> Iterator:
    """count_batch's result for each batch of the files, counted by the cluster's workers."""
    with connect(scheduler) as client:
        threads = max(1, sum(client.nthreads().values()))

        def tasks() -> Iterator[tuple]:
            for batch in make_batches(names, sizes, threads):
                yield batch, analyser, {name: read_given(name) for name, _size in batch}

        yield from in_order(client, count_given, tasks())
