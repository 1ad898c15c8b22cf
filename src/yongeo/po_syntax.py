"""gettext PO syntax as polib reads it, for the one-pass readers of glossaries
(glossary.scan) and of translations (lint.po_reader).

Both read what gettext tools write and step back, raising Defer, at anything else or anything
that may be malformed; the full parser (glossary.po.parse_po: polib and the checks it adds)
then reads the file or names its error. What is here is what both passes must agree on:
polib's state machine, the keywords and comment marks, a string line's escapes, the order
gettext asks of an entry's lines, and the header's fields.
"""

from __future__ import annotations

from yongeo.patterns import lazy


class Defer(Exception):
    """The file is not one a pass reads plainly: the full parser decides."""


# gettext escapes as parse_po checks them: an unknown one is an error.
KNOWN_ESCAPES = frozenset('ntrabfv"\\?01234567x')
# What polib's unescape turns into a character; any other backslash stands for itself.
UNESCAPED = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\",
             '"': '"'}
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
STRING_LINE = lazy(
    r'^(?:#~\|?\s*)?(?:#\|\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
    r'"([^"\\]*(?:\\.[^"\\]*)*)"\s*$')
ESCAPE = lazy(r"\\(.)")

KEYWORDS = {"msgctxt": "ct", "msgid": "mi", "msgstr": "ms", "msgid_plural": "mp"}
PREVIOUS = {"msgctxt": "pc", "msgid": "pm", "msgid_plural": "pp"}
COMMENTS = {"#.": "gc", "#:": "oc", "#,": "fl"}
# polib's state machine: (symbol, state) -> next state, as polib._POFileParser sets it up.
_ALL = ("st", "he", "gc", "oc", "fl", "ct", "pc", "pm", "pp", "tc", "ms", "mp", "mx", "mi")
MOVES: dict[tuple[str, str], str] = {}
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
        MOVES[(_symbol, _state)] = _next
# The states after which a comment or a keyword starts a new entry.
ENDS = frozenset(("ms", "mx"))
PREVIOUS_STATES = frozenset(("pm", "pp", "pc"))


def move(symbol: str, state: str) -> str:
    """polib's next state; Defer where polib would report a syntax error."""
    following = MOVES.get((symbol, state))
    if following is None:
        raise Defer
    return following


def keyword_of(body: str) -> tuple[str, str, str]:
    """The keyword a keyword line (its `#~ ` taken off) opens with, its state-machine symbol
    and the string it starts (msgstr[0] starts a msgstr); Defer for anything else."""
    keyword, _space, rest = body.partition(" ")
    if not rest.startswith('"'):
        raise Defer
    if keyword.startswith("msgstr["):
        if len(keyword) != 9 or not keyword[7].isdigit() or keyword[8] != "]":
            raise Defer
        return keyword, "mx", "msgstr"
    symbol = KEYWORDS.get(keyword)
    if symbol is None:
        raise Defer
    return keyword, symbol, keyword


def check_string(line: str) -> None:
    """Defer a string line parse_po refuses (unterminated, unknown escape)."""
    found = STRING_LINE.match(line)
    if found is None:
        raise Defer
    value = found.group(1)
    if "\\" in value:
        for escape in ESCAPE.finditer(value):
            if escape.group(1) not in KNOWN_ESCAPES or (
                    escape.group(1) == "x" and value[escape.end():escape.end() + 1]
                    not in HEX_DIGITS):
                raise Defer


class Order:
    """gettext's rules for the order of an entry's lines, which polib does not enforce,
    followed as glossary.po's checks follow them: a msgid once per entry and before its
    msgstr, a msgctxt only first, an entry obsolete (#~) in all its lines or in none, and a
    previous-string line (#|, #~|) of the same kind as its entry. Any breach defers."""

    __slots__ = ("between", "msgid_line", "obsolete", "previous")

    def __init__(self) -> None:
        self.msgid_line = 0
        self.obsolete: bool | None = None
        self.between = True  # no entry open: the last one's msgstr was read
        self.previous: bool | None = None  # a "#|" line waits for its entry: was it "#~|"

    def previous_line(self, obsolete: bool) -> None:
        if self.previous is None:
            self.previous = obsolete

    def continuation(self, marked: bool) -> None:
        if self.obsolete is not None and marked != self.obsolete:
            raise Defer

    def keyword(self, name: str, marked: bool, number: int) -> None:
        """A keyword line that starts string `name` on line `number` (`marked`: #~)."""
        if name == "msgid" and self.msgid_line or name == "msgctxt" and not self.between:
            raise Defer
        if name in ("msgid_plural", "msgstr") and not (self.msgid_line or self.between):
            raise Defer
        if name in ("msgctxt", "msgid") and self.between:
            if self.previous is not None and self.previous != marked:
                raise Defer
            self.previous, self.obsolete, self.between = None, marked, False
        elif self.obsolete is not None and marked != self.obsolete:
            raise Defer
        if name == "msgid":
            self.msgid_line = number
        elif name == "msgstr":
            self.msgid_line, self.between = 0, True

    def end(self) -> None:
        """At the end of the file: no entry left open, no previous string waiting."""
        if not self.between or self.previous is not None:
            raise Defer


def previous_string(line: str, state: str, order: Order) -> str | None:
    """A previous-string line (`#| msgid "..."`, or `#~|` in an obsolete entry), checked:
    the symbol a `#|` keyword line moves polib's machine by, or None for a line polib
    skips (a `#~|` line, a previous string's continuation)."""
    if line.startswith("#~|"):
        if len(line) > 3 and line[3] != " ":
            raise Defer
        if '"' in line:
            check_string(line)
        order.previous_line(True)
        return None
    if len(line) < 4 or line[2] != " " or '"' not in line:
        raise Defer
    check_string(line)
    order.previous_line(False)
    body = line[3:]
    if body[0] == '"':
        if state not in PREVIOUS_STATES:
            raise Defer  # polib would add it to the entry's own string
        return None
    keyword, _space, rest = body.partition(" ")
    symbol = PREVIOUS.get(keyword)
    if symbol is None or not rest.startswith('"'):
        raise Defer
    return symbol


def comment_symbol(line: str) -> str | None:
    """The symbol of a comment line (#. extracted, #: reference, #, flags, # translator), or
    None for an empty mark polib skips; Defer for a mark gettext tools do not write."""
    symbol = COMMENTS.get(line[:2])
    if symbol is not None:
        if len(line) == 2:
            return None
        if line[2] not in " \t":
            raise Defer
        return symbol
    if line == "#" or line[1] in " \t#":
        return "tc"
    raise Defer


def header_fields(msgstr: str) -> dict[str, str]:
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
