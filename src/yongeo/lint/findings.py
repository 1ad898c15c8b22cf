"""Findings: what a check reports, as immutable values located in the file that was read."""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from yongeo.glossary.model import Entry

# A line break and the blanks around it, in a message: a term the text breaks across lines
# (a PDF's hard-wrapped lines, a PO string's wrapping) is quoted on one line, a space for
# the break, none after a hyphen (people-to-/people, State-/ment).
_LINE_BREAK = re.compile(r"(-?)[ \t]*[\r\n]\s*")


class Severity(enum.StrEnum):
    """How much a finding matters; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def sarif_level(self) -> str:
        return "note" if self is Severity.INFO else self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Finding:
    """One problem: a rule, where it is (offsets and 1-based line and column, computed once),
    what it says, the entry concerned (`en`, `ko`), what triggered it and what to write."""

    rule: str
    severity: Severity
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    en: str = ""
    ko: str = ""
    found: str | None = None
    suggestion: str | None = None

    def __post_init__(self) -> None:
        # A message is one line (a reporter's line, an editor's diagnostic): a line break in
        # what it quotes reads as a space.
        if "\n" in self.message or "\r" in self.message:
            object.__setattr__(self, "message", _LINE_BREAK.sub(
                lambda match: match.group(1) or " ", self.message))

    def to_json(self) -> dict:
        """The documented JSON shape of a finding (docs/lint.md)."""
        return {
            "path": self.path, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "rule": self.rule, "severity": self.severity.value, "message": self.message,
            "en": self.en, "ko": self.ko, "found": self.found, "suggestion": self.suggestion,
        }


# Maps an offset range of a working text (NFC, unescaped) to one of the file's text.
SpanMap = Callable[[int, int], tuple[int, int]]


def same_span(start: int, end: int) -> tuple[int, int]:
    """The SpanMap of a text that is its own working text."""
    return start, end


class FileText:
    """A file's text as read (BOM dropped, LF line ends), which findings are located in."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        starts = [0]
        find = text.find
        at = find("\n")
        while at != -1:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def finding(self, rule: str, severity: Severity, start: int, end: int, message: str, *,
                entry: Entry | None = None, found: str | None = None,
                suggestion: str | None = None, span: SpanMap = same_span) -> Finding:
        """A finding at [start, end) of a working text that `span` maps into this file."""
        file_start, file_end = span(start, end)
        line, column = self.position(file_start)
        # The end position is that of the last character, plus one column (SARIF's
        # exclusive endColumn); an empty span ends where it starts.
        if file_end > file_start:
            end_line, end_column = self.position(file_end - 1)
            end_column += 1
        else:
            end_line, end_column = line, column
        return Finding(rule, severity, self.path, file_start, file_end, line, column, end_line,
                       end_column, message, entry.en if entry else "", entry.ko if entry else "",
                       found, suggestion)
