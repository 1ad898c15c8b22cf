"""Lint files on a Dask cluster: the compiled glossary goes once to each worker, each file's
bytes go with its task, and the reports come back in the files' order.

The client reads every file and sends its bytes, so the workers need no access to the
files (no shared file system) and the reports name the paths exactly as they were given;
a file the client cannot read is the same input.invalid finding it is in a local run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from yongeo.cluster import connect, in_order
from yongeo.files import files_given, read_given
from yongeo.lint.index import LintIndex
from yongeo.lint.run import FileReport, LintOptions, lint_file
from yongeo.lint.stats import TermStatistics


class Shipment:
    """What every task of a run needs and no task changes: the compiled glossary and the
    options, scattered to each worker once. The spelling memo is each worker's own (it is
    not sent: a fresh one starts where the shipment lands) and lasts for the run."""

    def __init__(self, index: LintIndex, options: LintOptions):
        self.index = index
        self.options = options
        self.memo: dict = {}

    def __getstate__(self) -> tuple[LintIndex, LintOptions]:
        return self.index, self.options

    def __setstate__(self, state: tuple[LintIndex, LintOptions]) -> None:
        self.index, self.options = state
        self.memo = {}


def lint_given(shipment: Shipment, path: Path, contents: dict, with_stats: bool
               ) -> tuple[FileReport, TermStatistics | None]:
    """One file's report (and its term statistics), read from `contents` (path -> bytes,
    or the error reading them gave) instead of the file system."""
    options = shipment.options
    stats = options.statistics() if with_stats else None
    with files_given(contents):
        report = lint_file(path, shipment.index, options, shipment.memo, stats=stats)
    return report, stats


def lint_on_cluster(files: list[Path], index: LintIndex, options: LintOptions,
                    with_stats: bool, scheduler: str
                    ) -> Iterator[tuple[FileReport, TermStatistics | None]]:
    """Each file's report (and statistics) from the cluster at `scheduler`, in the files'
    order: the same pairs a local run makes, for lint_paths to merge."""
    with connect(scheduler) as client:
        shipment = client.scatter(Shipment(index, options), broadcast=True, hash=False)
        source = ({str(options.source): read_given(options.source)}
                  if options.source is not None else {})

        def tasks() -> Iterator[tuple]:
            for path in files:
                yield shipment, path, {**source, str(path): read_given(path)}, with_stats

        yield from in_order(client, lint_given, tasks())
