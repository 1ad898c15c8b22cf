"""Lint findings as GitHub Actions workflow commands, so a CI run annotates the diff."""

from __future__ import annotations

from collections.abc import Iterable

from yongeo.lint.findings import Finding, Severity
from yongeo.lint.run import FileReport

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    """The message part: %, CR and LF are what GitHub's parser would otherwise cut on."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Property values additionally lose ':' and ',' (they separate properties)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """One `::error file=…,line=…::message` line for a finding."""
    properties = {
        "file": finding.path,
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": f"yongeo {finding.rule}",
    }
    joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in properties.items())
    message = finding.message
    if finding.suggestion and finding.suggestion not in message:
        message = f"{message} ({finding.suggestion})"
    return f"::{_COMMAND[finding.severity]} {joined}::{_escape_data(message)}"


def lint_github(reports: Iterable[FileReport]) -> str:
    return "\n".join(annotation(f) for report in reports for f in report.findings)
