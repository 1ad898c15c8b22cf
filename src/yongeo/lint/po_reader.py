"""The PO reader of lint: one pass over a PO file that checks it, reads its entries and
records where each character of every string is written.

It reads what gettext tools write: lines without surrounding white space, one space after
a keyword or a comment mark. A file laid out otherwise, or one that may be malformed, is
not guessed at: `scan_po` gives None and the caller reads it with the glossary's parser
(`yongeo.glossary.po.parse_po`, polib and its checks), which accepts or names the error with
its line. So the pass accepts nothing that parser refuses, and for what it accepts, its
entries are the ones polib reads (tests/test_lint_inputs.py compares the two on a table of
files and on generated ones).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from yongeo.po_syntax import (
    ENDS,
    KEYWORDS,
    MOVES,
    UNESCAPED,
    Defer,
    Order,
    check_string,
    comment_symbol,
    header_fields,
    keyword_of,
    move,
    previous_string,
)


@dataclass(slots=True)
class Placed:
    """A PO string's value and where each of its characters is written in the file, kept
    as runs (a stretch of plain characters, or one escape written with two) so that a
    megabyte string costs a few numbers per line and escape rather than per character."""

    value: str
    anchor: tuple[int, int]  # the keyword line's string, when nothing finer is known
    runs: list[int] = field(default_factory=list)  # the value offset each run starts at
    at: list[int] = field(default_factory=list)  # where in the file that character is
    escaped: list[bool] = field(default_factory=list)  # a run of one escaped character

    def add_run(self, offset: int, position: int, escaped: bool = False) -> None:
        self.runs.append(offset)
        self.at.append(position)
        self.escaped.append(escaped)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not self.runs:
            return self.anchor
        size = len(self.value)
        first = self._start(start) if start < size else self._end(size - 1)
        return (first, self._end(end - 1)) if end > start else (first, first)

    def _start(self, index: int) -> int:
        run = bisect_right(self.runs, index) - 1
        return self.at[run] + index - self.runs[run]

    def _end(self, index: int) -> int:
        run = bisect_right(self.runs, index) - 1
        return self.at[run] + index - self.runs[run] + (2 if self.escaped[run] else 1)


def read_string(text: str, quote: int, line_end: int, into: Placed) -> None:
    """Append the string whose opening quote is at `quote` (its line ends at `line_end`) to
    `into`, unescaped as polib unescapes, with where each character is written."""
    close = text.rfind('"', quote + 1, line_end)
    if close <= quote:
        return
    position = quote + 1
    parts = []
    offset = len(into.value)
    while position < close:
        slash = text.find("\\", position, close)
        stop = close if slash < 0 else slash
        if stop > position:
            into.add_run(offset, position)
            parts.append(text[position:stop])
            offset += stop - position
        if slash < 0:
            break
        if slash + 1 < close and text[slash + 1] in UNESCAPED:
            into.add_run(offset, slash, escaped=True)
            parts.append(UNESCAPED[text[slash + 1]])
            position = slash + 2
        else:  # not an escape polib reads: the backslash stands for itself
            into.add_run(offset, slash)
            parts.append("\\")
            position = slash + 1
        offset += 1
    into.value += "".join(parts)
    if not into.runs:
        into.anchor = (quote, close + 1)


@dataclass(slots=True)
class PoEntry:
    """What lint needs of a PO entry: its strings (as polib reads them), flags, translator
    comment, whether it is obsolete, its first line, and where its strings are."""

    msgid: str = ""
    msgid_plural: str = ""
    msgctxt: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    tcomment: str = ""
    obsolete: bool = False
    linenum: int = 0
    # msgid, msgid_plural, msgstr, msgstr[n] -> where the string is in the file
    placed: dict[str, Placed] = field(default_factory=dict)


@dataclass
class PoText:
    """A PO file read for lint: its header's fields and its entries, in file order."""

    metadata: dict[str, str]
    entries: list[PoEntry]


# The states a continuation line may follow: a string of the entry's own, or a previous
# string's (whose continuation the "#|" branch reads, so `string` is None there).
_CONTINUED = frozenset(("ct", "mi", "mp", "ms", "mx", "pm", "pp", "pc"))


def scan_po(text: str) -> PoText | None:
    """The file's entries (obsolete ones included, the header left out) and header fields,
    with every string placed; None when the file is not written plainly or may be malformed
    (the full parser then reads it, or names its error)."""
    try:
        return _scan(text)
    except Defer:
        return None


def _scan(text: str) -> PoText:
    if text.startswith("\ufeff"):
        raise Defer
    entries: list[PoEntry] = []
    entry = PoEntry()
    state = "st"
    string: Placed | None = None  # the string a continuation line goes on
    order = Order()
    position = 0
    number = 0
    for line in text.split("\n"):
        number += 1
        start = position
        position += len(line) + 1
        if not line:
            continue
        if line[0].isspace() or line[-1].isspace():
            raise Defer
        if not entry.linenum:  # polib numbers the first entry by the first line written
            entry.linenum = number
        if line[0] == "#":
            if line.startswith("#~ "):  # an obsolete entry's keyword or continuation line
                marked, offset, body = True, 3, line[3:]
                if body[0] not in 'm"':
                    raise Defer
            elif line.startswith(("#~|", "#|")):
                symbol = previous_string(line, state, order)
                if symbol is not None:
                    state, entry = _move(symbol, state, entry, entries, number)
                    string = None
                continue
            else:
                symbol = comment_symbol(line)
                if symbol is None:
                    continue  # polib skips an empty one
                state, entry = _move(symbol, state, entry, entries, number)
                string = None
                if state == "tc":  # a translator comment of the entry (not the file's)
                    comment = line.lstrip("#")
                    comment = comment.removeprefix(" ")
                    entry.tcomment = entry.tcomment + "\n" + comment if entry.tcomment \
                        else comment
                elif symbol == "fl":
                    entry.flags += [c.strip() for c in line[3:].split(",")]
                continue
        else:
            marked, offset, body = False, 0, line
        # A keyword or continuation line, obsolete or not. The usual ones (a keyword gettext
        # writes, a string without escapes) are read here without a call: a file has
        # hundreds of thousands.
        if line[-1] != '"':
            raise Defer
        if body[0] == '"':
            if state not in _CONTINUED or string is None:
                raise Defer
            order.continuation(marked)
            content = line[offset + 1:-1]
            if content and "\\" not in content and '"' not in content:
                string.runs.append(len(string.value))
                string.at.append(start + offset + 1)
                string.escaped.append(False)
                string.value += content
            else:
                _add_string(text, line, offset, start, string)
            continue
        keyword, _space, rest = body.partition(" ")
        symbol = KEYWORDS.get(keyword)
        if symbol is None or rest[:1] != '"':
            keyword, symbol, name = keyword_of(body)
        else:
            name = keyword
        order.keyword(name, marked, number)
        following = MOVES.get((symbol, state))
        if following is None:
            raise Defer
        if state in ENDS:
            entries.append(entry)
            entry = PoEntry(linenum=number)
        state = following
        if symbol == "mi":
            entry.obsolete = marked
        quote = offset + len(keyword) + 1
        content = line[quote + 1:-1]
        if content and "\\" not in content and '"' not in content:
            string = Placed(content, (start + quote, start + quote), [0], [start + quote + 1],
                            [False])
        else:
            string = Placed("", (start + quote, start + quote))
            _add_string(text, line, quote, start, string)
        entry.placed[keyword] = string
    order.end()
    if entry.placed:  # comments after the last entry belong to none (polib drops them)
        entries.append(entry)
    return _finish(entries)


def _add_string(text: str, line: str, quote: int, start: int, into: Placed) -> None:
    """Check the string that opens at `quote` in `line` (the file's line at `start`, ending
    in its closing quote) and append it to `into`."""
    content = line[quote + 1:-1]
    if "\\" in content or '"' in content or quote + 1 >= len(line):
        check_string(line)
        read_string(text, start + quote, start + len(line), into)
    elif content:  # the usual string: no escape, read as written
        into.add_run(len(into.value), start + quote + 1)
        into.value += content
    elif not into.runs:
        into.anchor = (start + quote, start + len(line))


def _move(symbol: str, state: str, entry: PoEntry, entries: list[PoEntry],
          number: int) -> tuple[str, PoEntry]:
    """polib's transition: the next state, and a new entry when one starts here."""
    following = move(symbol, state)
    if state in ENDS:
        entries.append(entry)
        entry = PoEntry(linenum=number)
    return following, entry


def _finish(entries: list[PoEntry]) -> PoText:
    """The entries' values from their placed strings, the header taken out, and what
    polib would report as an error (a second header, a duplicate) deferred."""
    metadata: dict[str, str] = {}
    seen: set[tuple[str | None, str]] = set()
    kept: list[PoEntry] = []
    for index, entry in enumerate(entries):
        placed = entry.placed
        if "msgid" not in placed:
            raise Defer
        entry.msgid = placed["msgid"].value
        if "msgctxt" in placed:
            entry.msgctxt = placed.pop("msgctxt").value
        if "msgid_plural" in placed:
            entry.msgid_plural = placed["msgid_plural"].value
        if "msgstr" in placed:
            entry.msgstr = placed["msgstr"].value
        for key, string in placed.items():
            if key.startswith("msgstr["):
                entry.msgstr_plural[int(key[7])] = string.value
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise Defer
        seen.add(key)
        if not entry.msgid:
            if index or entry.obsolete or entry.msgctxt is not None:
                raise Defer
            metadata = header_fields(entry.msgstr)
            continue
        kept.append(entry)
    return PoText(metadata, kept)
