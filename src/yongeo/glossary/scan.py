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

from yongeo.patterns import lazy
from yongeo.po_syntax import (
    ENDS,
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

_UNESCAPE = lazy(r'\\(\\|n|t|r|v|b|f|")')  # the keys of UNESCAPED


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


# The states a continuation line may follow: a string of the entry's own (a previous
# string's continuation is read in the "#|" branch).
_CONTINUED = frozenset(("ct", "mi", "mp", "ms", "mx"))


def scan(text: str) -> tuple[dict[str, str], list[ScannedEntry]] | None:
    """The header's fields and the entries (obsolete ones included, the header left out),
    in file order; None when the file is not written plainly or may be malformed."""
    try:
        return _scan(text)
    except Defer:
        return None


def _scan(text: str) -> tuple[dict[str, str], list[ScannedEntry]]:
    if text.startswith("\ufeff"):
        raise Defer
    entries: list[ScannedEntry] = []
    entry = ScannedEntry()
    state = "st"
    field = ""  # the string a continuation line goes on: msgid, msgstr, msgstr[0], ...
    order = Order()
    number = 0
    for line in text.split("\n"):
        number += 1
        if not line:
            continue
        if line[0].isspace() or line[-1].isspace():
            raise Defer
        if not entry.linenum:  # polib numbers the first entry by the first line written
            entry.linenum = number
        first = line[0]
        if first == "#":
            if line[1:2] == " ":
                # A translator comment line, the commonest line of a glossary: what
                # comment_symbol and _move do, for the states it usually follows.
                if state == "tc":
                    entry.tcomment = (entry.tcomment + "\n" + line[2:] if entry.tcomment
                                      else line[2:])
                    continue
                if state in ENDS:  # the first line of the next entry
                    entries.append(entry)
                    entry = ScannedEntry(number)
                    entry.tcomment = line[2:]
                    state, field = "tc", ""
                    continue
            if line.startswith("#~ "):  # an obsolete entry's keyword or continuation line
                marked, body = True, line[3:]
                if body[0] not in 'm"':
                    raise Defer
            elif line.startswith(("#~|", "#|")):
                symbol = previous_string(line, state, order)
                if symbol is not None:
                    state, entry = _move(symbol, state, entry, entries, number)
                    field = ""
                continue
            else:
                symbol = comment_symbol(line)
                if symbol is None:
                    continue  # polib skips an empty one
                state, entry = _move(symbol, state, entry, entries, number)
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
        elif line.startswith(('msgid "', 'msgstr "')) and line[-1] == '"':
            # msgid and msgstr, the commonest keywords: what keyword_of, _move and _value
            # do, inline.
            symbol, keyword, quote = ("mi", "msgid", 6) if line[4] == "d" else ("ms", "msgstr", 7)
            order.keyword(keyword, False, number)
            following = MOVES.get((symbol, state))
            if following is None:
                raise Defer
            if state in ENDS:
                entries.append(entry)
                entry = ScannedEntry(number)
            state, field = following, keyword
            value = line[quote + 1:-1]
            if len(line) <= quote + 1:
                raise Defer
            if "\\" in value or '"' in value:
                value = _value(line, quote)
            if symbol == "mi":
                entry.obsolete = False
                entry.msgid = value
            else:
                entry.msgstr = value
            continue
        else:
            marked, body = False, line
        # A keyword or continuation line, obsolete or not.
        if line[-1] != '"':
            raise Defer
        if body[0] == '"':
            if state not in _CONTINUED or not field:
                raise Defer
            order.continuation(marked)
            _append(entry, field, _value(line, len(line) - len(body)))
            continue
        keyword, symbol, name = keyword_of(body)
        order.keyword(name, marked, number)
        state, entry = _move(symbol, state, entry, entries, number)
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
    order.end()
    if state in ENDS:  # comments after the last entry belong to none (polib drops them)
        entries.append(entry)
    elif state in _CONTINUED or entry.msgid or entry.msgid_plural or (
            entry.msgctxt is not None):
        raise Defer  # a last entry with no msgstr, comments or not: polib decides
    return _finish(entries)


def _value(line: str, quote: int) -> str:
    """The string that opens at `quote` in the line (which ends in its closing quote),
    checked as parse_po checks it and unescaped as polib unescapes it."""
    if quote + 1 >= len(line):
        raise Defer
    content = line[quote + 1:-1]
    if "\\" in content or '"' in content:
        check_string(line)
        return _UNESCAPE.sub(lambda m: UNESCAPED[m.group(1)], content)
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


def _move(symbol: str, state: str, entry: ScannedEntry, entries: list[ScannedEntry],
          number: int) -> tuple[str, ScannedEntry]:
    """polib's transition: the next state, and a new entry when one starts here."""
    following = move(symbol, state)
    if state in ENDS:
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
            raise Defer
        seen.add(key)
        if not entry.msgid:
            if index or entry.obsolete or entry.msgctxt is not None or entry.msgid_plural:
                raise Defer
            metadata = header_fields(entry.msgstr)
            continue
        kept.append(entry)
    return metadata, kept
