"""lint_paths: the driver that reads files, picks the check for each and yields findings."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from yongeo.errors import InputError, UsageError, YongeoError
from yongeo.files import files_given, is_given, read_text
from yongeo.glossary.model import Glossary
from yongeo.glossary.po import read_po_file
from yongeo.i18n import _
from yongeo.lint.direction import lang_from_name
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.pair import lint_pair
from yongeo.lint.po import lint_po
from yongeo.lint.results import ResultCache, readable
from yongeo.lint.rules import INVALID, Policy
from yongeo.lint.single import lint_text
from yongeo.lint.stats import (
    AMBIGUOUS_MIN,
    AMBIGUOUS_SHARE,
    TermStatistics,
    ambiguous_findings,
    demote,
)
from yongeo.lint.units import Block
from yongeo.match import Matcher

PO_SUFFIXES = (".po",)
# Named when a plain-text file is not UTF-8: the option of `yongeo lint` that reads it.
ENCODING_OPTION = "--encoding"


@dataclass(frozen=True)
class LintOptions:
    """What a run checks and how, apart from the files and the glossary."""

    source: Path | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    include_fuzzy: bool = False
    encoding: str | None = None
    policy: Policy = field(default_factory=Policy)
    # The run's term statistics: glossary.ambiguous below this share of at least this many
    # occurrences (lint.ambiguous-share, lint.ambiguous-min).
    ambiguous_share: float = AMBIGUOUS_SHARE
    ambiguous_min: int = AMBIGUOUS_MIN

    def statistics(self) -> TermStatistics:
        return TermStatistics(self.ambiguous_share, self.ambiguous_min)


@dataclass(frozen=True)
class FileReport:
    """The findings of one checked file (a pair's findings may also point at its source)."""

    path: str
    findings: tuple[Finding, ...]
    # False for the report of a glossary file that a run's statistics found problems in:
    # it was not one of the files checked.
    checked: bool = True
    # The error that made the file unreadable (its one finding is input.invalid): the CLI
    # prints it as the one line on stderr, and the run ends with exit code 2.
    error: YongeoError | None = field(default=None, compare=False)


@dataclass
class Summary:
    """Counts for the summary line and the JSON summary."""

    files: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})
    invalid: int = 0  # files that could not be checked

    def add(self, report: FileReport) -> None:
        self.files += report.checked
        self.invalid += report.error is not None
        for finding in report.findings:
            self.counts[finding.severity.value] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def fails(self, policy: Policy) -> bool:
        """True when a finding is at or above the policy's failing severity."""
        if policy.fail_on is None:
            return False
        return any(n for severity, n in self.counts.items()
                   if Severity(severity).rank >= policy.fail_on.rank)


def collect_files(paths: Sequence[str | os.PathLike], source: Path | None = None) -> list[Path]:
    """The files a run checks: files as given, directories searched for PO files."""
    if not paths:
        raise UsageError(_("nothing to check: give a draft, PO files or directories"))
    if source is not None:
        if len(paths) != 1:
            raise UsageError(_("--source goes with exactly one draft"))
        draft = Path(paths[0])
        if draft.is_dir():
            raise InputError(_("is a directory; --source needs a plain-text draft"), str(draft))
        return [draft]
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Anything named *.po but a directory is checked: a FIFO or a device among them is
            # refused by name (input.invalid), never skipped without a word.
            found = sorted(p for p in path.rglob("*")
                           if p.suffix in PO_SUFFIXES and not p.is_dir()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(_("directory holds no .po files"), str(path))
            files.extend(found)
        elif not path.exists() and not is_given(path):  # standard input is given
            raise InputError(_("no such file or directory"), str(path))
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def lint_file(path: Path, index: LintIndex, options: LintOptions,
              memo: dict | None = None, blocks: list[Block] | None = None,
              stats: TermStatistics | None = None, jobs: int = 1) -> FileReport:
    """Check one file: a pair when options.source is set, a PO file, or a single text
    (`blocks` receives what was checked, for reports that show the text; `stats` counts
    its terms for the run's statistics; a long pair's chunks go to `jobs` processes). A
    file that cannot be read, parsed or given a direction is one input.invalid finding,
    with the error kept for the caller."""
    name = str(path)
    try:
        findings = _lint_one(path, index, options, memo, blocks, stats, jobs)
    except YongeoError as error:
        where = error.path if error.path is not None else name
        line = error.line or 1
        finding = Finding(INVALID.id, Severity.ERROR, where, 0, 0, line, 1, line, 1,
                          error.message)
        return FileReport(name, (finding,), error=error)
    return FileReport(name, tuple(findings))


def _lint_one(path: Path, index: LintIndex, options: LintOptions, memo: dict | None,
              blocks: list[Block] | None, stats: TermStatistics | None,
              jobs: int = 1) -> list[Finding]:
    name = str(path)
    if options.source is not None:
        return lint_pair(read_text(options.source, options.encoding, ENCODING_OPTION),
                         read_text(path, options.encoding, ENCODING_OPTION), index,
                         source_path=str(options.source), draft_path=name,
                         source_lang=options.source_lang or _named(options.source, options),
                         target_lang=options.target_lang or _named(path, options),
                         policy=options.policy, memo=memo, blocks=blocks, stats=stats,
                         jobs=jobs)
    if path.suffix in PO_SUFFIXES:
        _data, text = read_po_file(path)
        return lint_po(text, index, path=name, source_lang=options.source_lang,
                       target_lang=options.target_lang, include_fuzzy=options.include_fuzzy,
                       policy=options.policy, memo=memo, blocks=blocks, stats=stats)
    return lint_text(read_text(path, options.encoding, ENCODING_OPTION), index, path=name,
                     lang=options.target_lang or options.source_lang or lang_from_name(name),
                     policy=options.policy, memo=memo, blocks=blocks, stats=stats)


def _named(path: Path, options: LintOptions) -> str | None:
    """A pair side's language from its file name, unless the options name either side (the
    other is then told by its script)."""
    if options.source_lang or options.target_lang:
        return None
    return lang_from_name(str(path))


def default_jobs(files: int) -> int:
    """Processes for a run: one for one file, else the cores this process may use."""
    if files <= 1:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, files))


def lint_paths(paths: Sequence[str | os.PathLike], glossary: Glossary | Matcher | LintIndex,
               options: LintOptions | None = None,
               stats: TermStatistics | None = None, jobs: int = 1,
               scheduler: str | None = None, cache: bool = False) -> Iterator[FileReport]:
    """Findings file by file; the glossary is compiled once for the whole run.

    With `stats`, the run's term statistics are collected, and the reports come once every
    file is checked: an entry the drafts mostly render otherwise is one glossary.ambiguous
    finding (in a report of its glossary file), and its per-piece findings become info.
    With `jobs` above 1, files are checked by that many processes (one pair, by chunks of
    paragraphs); the reports and their findings are the same, in the same order, as with
    one; with `scheduler`, by the workers
    of that Dask cluster (yongeo.lint.distributed), the same again. With `cache` (and the
    disk cache on), a PO file whose results a run with the same glossary, options and code
    kept is not checked again (yongeo.lint.results); the reports are the same."""
    options = options or LintOptions()
    files = collect_files(paths, options.source)
    index = as_index(glossary)
    results = (ResultCache.of(index, options) if cache and scheduler is None
               and options.source is None else None)
    if scheduler is not None or (jobs > 1 and len(files) > 1) or results is not None:
        if scheduler is not None:
            from yongeo.lint.distributed import lint_on_cluster
            checked = lint_on_cluster(files, index, options, stats is not None, scheduler)
        elif jobs > 1 and len(files) > 1:
            checked = (_in_processes(files, index, options, stats is not None, jobs)
                       if results is None else
                       _kept_first(files, index, options, stats is not None, jobs, results))
        else:
            memo: dict = {}
            checked = (lint_kept(path, index, options, memo, stats is not None, results)
                       for path in files)
        if stats is None:
            yield from (report for report, _part in checked)
        else:
            reports = []
            for report, part in checked:
                reports.append(report)
                stats.merge(part)
            yield from conclude(reports, stats, options.policy)
        if results is not None:
            results.prune()
        return
    memo = {}
    if stats is None:
        for path in files:
            yield lint_file(path, index, options, memo, jobs=jobs)
        return
    reports = [lint_file(path, index, options, memo, stats=stats, jobs=jobs) for path in files]
    yield from conclude(reports, stats, options.policy)


def lint_kept(path: Path, index: LintIndex, options: LintOptions, memo: dict | None,
              with_stats: bool, results: ResultCache | None
              ) -> tuple[FileReport, TermStatistics | None]:
    """lint_file with the file's own term statistics (for the run's to merge), taken from
    `results` when a run kept them for this very file, else checked and kept there. The file
    is read once, for its key and its check alike."""
    data = readable(path) if results is not None and path.suffix in PO_SUFFIXES else None
    key = None if data is None else results.key_of(path, data, with_stats)  # type: ignore[union-attr]
    if key is not None:
        found = results.load(key)  # type: ignore[union-attr]
        if found is not None:
            findings, stats = found
            return FileReport(str(path), findings), stats
    stats = options.statistics() if with_stats else None
    with files_given({os.fspath(path): data}) if data is not None else nullcontext():
        report = lint_file(path, index, options, memo, stats=stats)
    if key is not None and report.error is None:
        results.store(key, report.findings, stats)  # type: ignore[union-attr]
    return report, stats


def _kept_first(files: list[Path], index: LintIndex, options: LintOptions, with_stats: bool,
                jobs: int, results: ResultCache
                ) -> Iterator[tuple[FileReport, TermStatistics | None]]:
    """Each file's report (and statistics) in the files' order: those the cache kept read
    back here, the others checked by a pool of processes (none is started when every file
    is kept, or only one is not)."""
    kept: dict[Path, tuple[FileReport, TermStatistics | None]] = {}
    for path in files:
        key = results.file_key(path, with_stats) if path.suffix in PO_SUFFIXES else None
        found = results.load(key) if key is not None else None
        if found is not None:
            kept[path] = FileReport(str(path), found[0]), found[1]
    left = [path for path in files if path not in kept]
    checked = (_in_processes(left, index, options, with_stats, jobs, results) if len(left) > 1
               else (lint_kept(path, index, options, {}, with_stats, results) for path in left))
    for path in files:
        yield kept[path] if path in kept else next(checked)


# What a worker process keeps between the files it is given: the compiled glossary (sent
# once, when the process starts), the options, the spelling memo, and the results cache.
_WORKER: dict = {}


def _start_worker(index: LintIndex, options: LintOptions,
                  results: ResultCache | None = None) -> None:
    _WORKER.update(index=index, options=options, memo={}, results=results)


def _lint_in_worker(path: Path, with_stats: bool
                    ) -> tuple[FileReport, TermStatistics | None]:
    return lint_kept(path, _WORKER["index"], _WORKER["options"], _WORKER["memo"], with_stats,
                     _WORKER["results"])


def _in_processes(files: list[Path], index: LintIndex, options: LintOptions,
                  with_stats: bool, jobs: int, results: ResultCache | None = None
                  ) -> Iterator[tuple[FileReport, TermStatistics | None]]:
    """Each file's report (and statistics) from a pool of processes, in the files' order."""
    from yongeo.processes import pool_context, process_pool

    context = pool_context()
    with process_pool(jobs, context, _start_worker, (index, options, results)) as pool:
        yield from pool.map(_lint_in_worker, files, [with_stats] * len(files),
                            chunksize=max(1, len(files) // (jobs * 8)))


def conclude(reports: Sequence[FileReport], stats: TermStatistics, policy: Policy
             ) -> list[FileReport]:
    """A run's reports with what its term statistics tell: the ambiguous entries' findings
    demoted, and their glossary.ambiguous findings in reports of the glossary files."""
    ambiguous = stats.ambiguous()
    if not ambiguous:
        return list(reports)
    # replace(): an unreadable file keeps its error (the stderr line and exit code 2).
    out = [replace(r, findings=tuple(demote(r.findings, ambiguous))) for r in reports]
    by_glossary: dict[str, list[Finding]] = {}
    for finding in policy.apply(ambiguous_findings(ambiguous, policy)):
        by_glossary.setdefault(finding.path, []).append(finding)
    for path, findings in by_glossary.items():
        out.append(FileReport(path, tuple(sorted(findings, key=lambda f: (f.line, f.en))),
                              checked=False))
    return out
