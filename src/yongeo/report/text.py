"""Lint findings as text for people: `path:line:column: severity rule message`, by file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from yongeo.i18n import _, ngettext
from yongeo.labels import severity_label
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import Policy
from yongeo.lint.run import FileReport, Summary
from yongeo.report.table import display_width, truncate

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"{code}{text}{_RESET}" if colour else text


def finding_line(finding: Finding, colour: bool = False) -> str:
    where = f"{finding.path}:{finding.line}:{finding.column}:"
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


def progress_line(done: int, total: int, path: str, width: int) -> str:
    """A one-line progress display for stderr, redrawn with a carriage return."""
    head = f"[{done}/{total}] "
    room = max(10, width - display_width(head) - 1)
    text = head + truncate(path, room)
    return "\r" + text + " " * max(0, width - 1 - display_width(text))


def clear_line(width: int) -> str:
    return "\r" + " " * (width - 1) + "\r"


def text_stream(reports: Iterable[FileReport], summary: Summary, policy: Policy, *,
                colour: bool = False, total: int = 0, progress_width: int = 0
                ) -> Iterator[tuple[bool, str]]:
    """The text report as it comes: (to_stderr, chunk) pairs, each file's block as soon as
    its findings are known, a progress line on stderr when `progress_width` is set (wiped
    before anything is printed below it), and the summary line last. `summary` is filled
    on the way."""
    printed = False
    for done, report in enumerate(reports, 1):
        summary.add(report)
        block = report_block(report, colour)
        if block:
            if progress_width:
                yield True, clear_line(progress_width)
            yield False, ("\n" if printed else "") + block + "\n"
            printed = True
        if progress_width:
            yield True, progress_line(done, total, report.path, progress_width)
    if progress_width:
        yield True, clear_line(progress_width)
    failed = summary.fails(policy)
    yield False, ("\n" if printed else "") + summary_line(summary, failed, colour) + "\n"


def render_text(reports: Iterable[FileReport], summary: Summary, failed: bool,
                colour: bool = False) -> str:
    """Everything at once (the CLI streams report_block per file instead)."""
    blocks = [b for b in (report_block(r, colour) for r in reports) if b]
    return "\n\n".join([*blocks, summary_line(summary, failed, colour)])
