"""Lint findings as text for people: `path:line:column: severity rule message`, by file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from yongeo.i18n import _, ngettext
from yongeo.labels import severity_label
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import Policy
from yongeo.lint.run import FileReport, Summary
from yongeo.lint.stats import TermStat, TermStatistics
from yongeo.report.table import display_width, truncate
from yongeo.shown import show_path

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"{code}{text}{_RESET}" if colour else text


def finding_line(finding: Finding, colour: bool = False) -> str:
    where = f"{show_path(finding.path)}:{finding.line}:{finding.column}:"
    severity = _paint(severity_label(finding.severity.value), _BOLD + _COLOURS[finding.severity],
                      colour)
    return (f"{_paint(where, _BOLD, colour)} {severity} {_paint(finding.rule, _DIM, colour)} "
            f"{finding.message}")


def report_block(report: FileReport, colour: bool = False) -> str:
    """One checked file's findings, grouped by the file they point at (a pair's source
    findings come after the draft's), groups apart by a blank line; '' when clean."""
    groups: dict[str, list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(finding.path, []).append(finding)
    return "\n\n".join("\n".join(finding_line(f, colour) for f in group)
                       for group in groups.values())


def summary_line(summary: Summary, failed: bool, colour: bool = False) -> str:
    counts = summary.counts
    files = ngettext("{n} file", "{n} files", summary.files).format(n=summary.files)
    if not summary.total:
        return _paint(_("no problems in {files}").format(files=files), _BOLD, colour)
    parts = [
        ngettext("{n} error", "{n} errors", counts["error"]).format(n=counts["error"]),
        ngettext("{n} warning", "{n} warnings", counts["warning"]).format(n=counts["warning"]),
        _("{n} info").format(n=counts["info"]),
    ]
    total = ngettext("{n} problem", "{n} problems", summary.total).format(n=summary.total)
    line = _("{total} ({parts}) in {files}").format(total=total, parts=", ".join(parts),
                                                    files=files)
    code = _BOLD + (_COLOURS[Severity.ERROR] if failed else "")
    return _paint(line, code, colour)


# How many terms the summary's statistics show (the HTML table too), and how often at
# least each was rendered otherwise (once is just its finding); --stats shows all.
STATS_SHOWN = 10
STATS_MIN_DEPARTURES = 2


def stats_table(stats: Iterable[TermStat], limit: int | None = None) -> str:
    """The run's term statistics as a table, most departures first: occurrences of each
    source term, how many have its translation, and the other renderings found."""
    rows = [s for s in stats
            if limit is None or s.departures >= STATS_MIN_DEPARTURES][:limit]
    if not rows:
        return _("no glossary term occurs in the sources")
    head = (_("term"), _("translation"), _("occurrences"), _("translated"), _("share"),
            _("other renderings"))
    body = []
    for stat in rows:
        target = stat.target_lang
        body.append((stat.entry.preferred(stat.source_lang), stat.entry.preferred(target),
                     str(stat.occurrences), str(stat.translated),
                     f"{round(100 * stat.share)}%",
                     ", ".join(f"{t} ({n})" for t, n in stat.alternatives)))
    widths = [max(display_width(r[i]) for r in (head, *body)) for i in range(len(head) - 1)]
    lines = []
    for row in (head, *body):
        cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def stats_summary(stats: Sequence[TermStat]) -> str:
    """The terms most often rendered otherwise, for the end of a text report; '' when every
    source term has its translation."""
    if not any(s.departures >= STATS_MIN_DEPARTURES for s in stats):
        return ""
    return _("Terms most often rendered otherwise:") + "\n" + stats_table(stats, STATS_SHOWN)


def progress_line(done: int, total: int, path: str, width: int) -> str:
    """A one-line progress display for stderr, redrawn with a carriage return."""
    head = f"[{done}/{total}] "
    room = max(10, width - display_width(head) - 1)
    text = head + truncate(path, room)
    return "\r" + text + " " * max(0, width - 1 - display_width(text))


def clear_line(width: int) -> str:
    return "\r" + " " * (width - 1) + "\r"


def text_stream(reports: Iterable[FileReport], summary: Summary, policy: Policy, *,
                colour: bool = False, total: int = 0, progress_width: int = 0,
                stats: TermStatistics | None = None) -> Iterator[tuple[bool, str]]:
    """The text report as it comes: (to_stderr, chunk) pairs, each file's block as soon as
    its findings are known, a progress line on stderr when `progress_width` is set (wiped
    before anything is printed below it), the terms most often rendered otherwise (from
    `stats`, once the reports are done), and the summary line last. `summary` is filled
    on the way."""
    printed, done = False, 0
    for report in reports:
        done += report.checked  # a glossary's report of the run's statistics is no file done
        summary.add(report)
        block = report_block(report, colour)
        if block:
            if progress_width:
                yield True, clear_line(progress_width)
            yield False, ("\n" if printed else "") + block + "\n"
            printed = True
        if progress_width and report.checked:
            yield True, progress_line(done, total, report.path, progress_width)
    if progress_width:
        yield True, clear_line(progress_width)
    shown = stats_summary(stats.results()) if stats is not None else ""
    if shown:
        yield False, ("\n" if printed else "") + shown + "\n"
        printed = True
    failed = summary.fails(policy)
    yield False, ("\n" if printed else "") + summary_line(summary, failed, colour) + "\n"


def render_text(reports: Iterable[FileReport], summary: Summary, failed: bool,
                colour: bool = False, stats: Sequence[TermStat] = ()) -> str:
    """Everything at once (the CLI streams report_block per file instead)."""
    blocks = [b for b in (report_block(r, colour) for r in reports) if b]
    shown = stats_summary(stats)
    return "\n\n".join([*blocks, *([shown] if shown else []),
                        summary_line(summary, failed, colour)])
