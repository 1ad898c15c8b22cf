"""The glossary's fast PO reader: one pass over a plainly written PO file, or None.

A glossary file is read on every load and every edit, and read back before every save; polib
and the checks of `po.parse_po` read every line three times. This pass reads what gettext
tools and yongeo write (no white space around a line, one space after a keyword or comment
mark) and checks as it goes what those checks check. Anything else, and anything that may be
malformed, is not guessed at: `scan` gives None and the caller reads the file with
`parse_po`, which accepts it or names the error with its line. So the pass accepts nothing
that parser refuses, and for what it accepts its entries are polib's (tests/test_glossary_scan.py
compares the two on a table of files and on generated ones).
"""

from __future__ import annotations

import regex

# gettext escapes as po.parse_po checks them (the same sets): an unknown one is an error.
_KNOWN_ESCAPES = frozenset('ntrabfv"\\?01234567x')
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_STRING_LINE = regex.compile(
    r'^(?:#~\|?\s*)?(?:#\|\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
    r'"([^"\\]*(?:\\.[^"\\]*)*)"\s*$')
_ESCAPE = regex.compile(r"\\(.)")
# What polib's unescape turns into a character; any other backslash stands for itself.
_UNESCAPE = regex.compile(r'\\(\\|n|t|r|v|b|f|")')
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\",
            '"': '"'}


class ScannedEntry:
    """A PO entry as polib reads it: the fields the glossary reads of a polib.POEntry."""

    __slots__ = (
        "comment",
        "flags",
        "linenum",
        "msgctxt",
        "msgid",
        "msgid_plural",
        "msgstr",
        "msgstr_plural",
        "obsolete",
        "occurrences",
        "tcomment",
    )

    def __init__(self, linenum: int = 0) -> None:
        self.msgid = ""
        self.msgid_plural = ""
        self.msgctxt: str | None = None
        self.msgstr = ""
        self.msgstr_plural: dict[int, str] = {}
        self.flags: list[str] = []
        self.tcomment = ""
        self.comment = ""
        self.occurrences: list[tuple[str, str]] = []
        self.obsolete = False
        self.linenum = linenum


class _Defer(Exception):
    """The file is not one the pass reads plainly: the full parser decides."""


_KEYWORDS = {"msgctxt": "ct", "msgid": "mi", "msgstr": "ms", "msgid_plural": "mp"}
_PREVIOUS = {"msgctxt": "pc", "msgid": "pm", "msgid_plural": "pp"}
_COMMENTS = {"#.": "gc", "#:": "oc", "#,": "fl"}
# polib's state machine: (symbol, state) -> next state, as polib._POFileParser sets it up.
_ALL = ("st", "he", "gc", "oc", "fl", "ct", "pc", "pm", "pp", "tc", "ms", "mp", "mx", "mi")
_MOVES: dict[tuple[str, str], str] = {}
for _symbol, _states, _next in (
        ("tc", ("st", "he"), "he"),
        ("tc", ("gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mp", "mx", "mi"), "tc"),
        ("gc", _ALL, "gc"), ("oc", _ALL, "oc"), ("fl", _ALL, "fl"), ("pc", _ALL, "pc"),
        ("pm", _ALL, "pm"), ("pp", _ALL, "pp"),
        ("ct", ("st", "he", "gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mx"), "ct"),
        ("mi", ("st", "he", "gc", "oc", "fl", "ct", "tc", "pc", "pm", "pp", "ms", "mx"), "mi"),
        ("mp", ("tc", "gc", "pc", "pm", "pp", "mi"), "mp"),
        ("ms", ("mi", "mp", "tc"), "ms"),
        ("mx", ("mi", "mx", "mp", "tc"), "mx")):
    for _state in _states:
        _MOVES[(_symbol, _state)] = _next
_CONTINUED = frozenset(("ct", "mi", "mp", "ms", "mx"))
_ENDS = frozenset(("ms", "mx"))  # the states after which a comment or keyword starts an entry
_PREVIOUS_STATES = frozenset(("pm", "pp", "pc"))


def scan(text: str) -> tuple[dict[str, str], list[ScannedEntry]] | None:
    """The header's fields and the entries (obsolete ones included, the header left out),
    in file order; None when the file is not written plainly or may be malformed."""
    try:
        return _scan(text)
    except _Defer:
        return None


def _scan(text: str) -> tuple[dict[str, str], list[ScannedEntry]]:
    if text.startswith("\ufeff"):
        raise _Defer
    entries: list[ScannedEntry] = []
    entry = ScannedEntry()
    state = "st"
    field = ""  # the string a continuation line goes on: msgid, msgstr, msgstr[0], ...
    # gettext's rules that polib does not enforce, followed as po._check_entries follows
    # them: any breach defers to it.
    msgid_line = 0
    obsolete: bool | None = None
    between = True
    previous: bool | None = None  # a "#|" line waits for its entry: whether it was "#~|"
    number = 0
    for line in text.split("\n"):
        number += 1
        if not line:
            continue
        if line[0].isspace() or line[-1].isspace():
            raise _Defer
        if not entry.linenum:  # polib numbers the first entry by the first line written
            entry.linenum = number
        first = line[0]
        if first == "#":
            if line.startswith("#~ "):  # an obsolete entry's keyword or continuation line
                marked, body = True, line[3:]
                if body[0] not in 'm"':
                    raise _Defer
            elif line.startswith("#~|"):
                if len(line) > 3 and line[3] != " ":
                    raise _Defer
                if '"' in line:
                    _check_string(line)
                previous = True if previous is None else previous
                continue  # polib skips it
            elif line.startswith("#|"):
                if len(line) < 4 or line[2] != " " or '"' not in line:
                    raise _Defer
                _check_string(line)
                previous = False if previous is None else previous
                body = line[3:]
                if body[0] == '"':
                    if state not in _PREVIOUS_STATES:
                        raise _Defer  # polib would add it to the entry's own string
                    continue  # a previous string goes on: nothing the glossary reads
                keyword, _space, rest = body.partition(" ")
                symbol = _PREVIOUS.get(keyword)
                if symbol is None or not rest.startswith('"'):
                    raise _Defer
                state, entry = _move(symbol, state, entry, entries, number)
                field = ""
                continue
            else:
                symbol = _COMMENTS.get(line[:2])
                if symbol is not None:
                    if len(line) == 2:
                        continue  # polib skips an empty one
                    if line[2] not in " \t":
                        raise _Defer
                elif line == "#" or line[1] in " \t#":
                    symbol = "tc"
                else:
                    raise _Defer
                following = _MOVES.get((symbol, state))
                if following is None:
                    raise _Defer
                if state in _ENDS:  # polib's transition: the entry before is complete
                    entries.append(entry)
                    entry = ScannedEntry(number)
                state = following
                field = ""
                if state == "tc":  # a translator comment of the entry (not the file's)
                    comment = line.lstrip("#")
                    comment = comment.removeprefix(" ")
                    entry.tcomment = (entry.tcomment + "\n" + comment if entry.tcomment
                                      else comment)
                elif symbol == "gc":
                    entry.comment = (entry.comment + "\n" + line[3:] if entry.comment
                                     else line[3:])
                elif symbol == "oc":
                    for occurrence in line[3:].split():
                        path, colon, place = occurrence.rpartition(":")
                        entry.occurrences.append(
                            (path, place) if colon and place.isdigit() else (occurrence, ""))
                elif symbol == "fl":
                    entry.flags += [c.strip() for c in line[3:].split(",")]
                continue
        else:
            marked, body = False, line
        # A keyword or continuation line, obsolete or not.
        if line[-1] != '"':
            raise _Defer
        if body[0] == '"':
            if state not in _CONTINUED or not field:
                raise _Defer
            if obsolete is not None and marked != obsolete:
                raise _Defer
            _append(entry, field, _value(line, len(line) - len(body)))
            continue
        keyword, _space, rest = body.partition(" ")
        if not rest.startswith('"'):
            raise _Defer
        if keyword.startswith("msgstr["):
            if len(keyword) != 9 or not keyword[7].isdigit() or keyword[8] != "]":
                raise _Defer
            symbol, name = "mx", "msgstr"
        else:
            symbol = _KEYWORDS.get(keyword)
            if symbol is None:
                raise _Defer
            name = keyword
        if name == "msgid" and msgid_line or name == "msgctxt" and not between:
            raise _Defer
        if name in ("msgid_plural", "msgstr") and not (msgid_line or between):
            raise _Defer
        if name in ("msgctxt", "msgid") and between:
            if previous is not None and previous != marked:
                raise _Defer
            previous, obsolete, between = None, marked, False
        elif obsolete is not None and marked != obsolete:
            raise _Defer
        if name == "msgid":
            msgid_line = number
        elif name == "msgstr":
            msgid_line, between = 0, True
        following = _MOVES.get((symbol, state))
        if following is None:
            raise _Defer
        if state in _ENDS:
            entries.append(entry)
            entry = ScannedEntry(number)
        state = following
        if symbol == "mi":
            entry.obsolete = marked
        field = keyword
        value = _value(line, len(line) - len(body) + len(keyword) + 1)
        if symbol == "mi":
            entry.msgid = value
        elif symbol == "ms":
            entry.msgstr = value
        else:
            _set(entry, keyword, value)
    if not between or previous is not None:
        raise _Defer
    if state in ("ms", "mx"):  # comments after the last entry belong to none (polib drops them)
        entries.append(entry)
    return _finish(entries)


def _value(line: str, quote: int) -> str:
    """The string that opens at `quote` in the line (which ends in its closing quote),
    checked as parse_po checks it and unescaped as polib unescapes it."""
    if quote + 1 >= len(line):
        raise _Defer
    content = line[quote + 1:-1]
    if "\\" in content or '"' in content:
        _check_string(line)
        return _UNESCAPE.sub(lambda m: _ESCAPED[m.group(1)], content)
    return content


def _set(entry: ScannedEntry, keyword: str, value: str) -> None:
    if keyword == "msgid":
        entry.msgid = value
    elif keyword == "msgstr":
        entry.msgstr = value
    elif keyword == "msgctxt":
        entry.msgctxt = value
    elif keyword == "msgid_plural":
        entry.msgid_plural = value
    else:  # msgstr[n]
        entry.msgstr_plural[int(keyword[7])] = value


def _append(entry: ScannedEntry, keyword: str, value: str) -> None:
    if keyword == "msgid":
        entry.msgid += value
    elif keyword == "msgstr":
        entry.msgstr += value
    elif keyword == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + value
    elif keyword == "msgid_plural":
        entry.msgid_plural += value
    else:
        entry.msgstr_plural[int(keyword[7])] += value


def _check_string(line: str) -> None:
    """Defer a string line parse_po refuses (unterminated, unknown escape)."""
    found = _STRING_LINE.match(line)
    if found is None:
        raise _Defer
    value = found.group(1)
    if "\\" in value:
        for escape in _ESCAPE.finditer(value):
            if escape.group(1) not in _KNOWN_ESCAPES or (
                    escape.group(1) == "x" and value[escape.end():escape.end() + 1]
                    not in _HEX_DIGITS):
                raise _Defer


def _move(symbol: str, state: str, entry: ScannedEntry, entries: list[ScannedEntry],
          number: int) -> tuple[str, ScannedEntry]:
    """polib's transition: the next state, and a new entry when one starts here."""
    following = _MOVES.get((symbol, state))
    if following is None:
        raise _Defer
    if state in ("ms", "mx"):
        entries.append(entry)
        entry = ScannedEntry(number)
    return following, entry


def _finish(entries: list[ScannedEntry]) -> tuple[dict[str, str], list[ScannedEntry]]:
    """The header taken out, and what parse_po reports as an error (a second header, a
    duplicate msgid) deferred."""
    metadata: dict[str, str] = {}
    seen: set[tuple[str | None, str]] = set()
    kept: list[ScannedEntry] = []
    for index, entry in enumerate(entries):
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise _Defer
        seen.add(key)
        if not entry.msgid:
            if index or entry.obsolete or entry.msgctxt is not None or entry.msgid_plural:
                raise _Defer
            metadata = _header(entry.msgstr)
            continue
        kept.append(entry)
    return metadata, kept


def _header(msgstr: str) -> dict[str, str]:
    """The header's fields, as polib reads them."""
    metadata: dict[str, str] = {}
    key = None
    for line in msgstr.splitlines():
        try:
            key, value = line.split(":", 1)
            metadata[key] = value.strip()
        except ValueError:
            if key is not None:
                metadata[key] += "\n" + line.strip()
    return metadata
