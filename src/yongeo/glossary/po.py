"""The PO store: concept entries to and from gettext PO, with byte-exact, locked editing."""

from __future__ import annotations

import codecs
import contextlib
import datetime
import os
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from dataclasses import replace as dataclass_replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from yongeo.errors import EditError, GlossaryError
from yongeo.files import atomic_write, decode_text, exclusive_lock, guess_encoding, read_bytes
from yongeo.glossary.model import (
    ACCEPTED,
    ENTRY_TYPES,
    LANGUAGES,
    Entry,
    Glossary,
    Status,
    StoredEntries,
    Term,
    entry_from_record,
    find_conflicts,
    make_id,
    same_sense,
    term_key,
)
from yongeo.glossary.scan import ScannedEntry, scan
from yongeo.i18n import _
from yongeo.labels import status_label
from yongeo.patterns import lazy
from yongeo.po_syntax import ESCAPE, HEX_DIGITS, KNOWN_ESCAPES, STRING_LINE
from yongeo.speed import collector_paused

WRAP_WIDTH = 78
# polib writes what the plain writer does not, and parses what the one-pass reader defers:
# imported where it does so, not by every command that reads a glossary (a lookup reads
# only the cached one).
if TYPE_CHECKING:
    import polib
    import regex

    # A PO entry as read: polib's, or the one-pass reader's with the same fields.
    PoEntry = polib.POEntry | ScannedEntry

_KEY_LINE = lazy(r"^\s*([a-z][a-z-]*)\s*:\s?(.*?)\s*$")
# A variant's key: its language and status, and whether it is a rendering only (Term).
_VARIANT_KEYS = {
    **{f"{lang}-{status.value}": (lang, status, False)
       for lang in LANGUAGES for status in (Status.ADMITTED, Status.DEPRECATED)},
    **{f"{lang}-rendering": (lang, Status.ADMITTED, True) for lang in LANGUAGES},
    # A former name: deprecated, with the year until which it was the name (model.Entry).
    **{f"{lang}-superseded": (lang, Status.DEPRECATED, False) for lang in LANGUAGES},
}
SUPERSEDED_KEYS = frozenset(f"{lang}-superseded" for lang in LANGUAGES)
_UNTIL = lazy(r"^(.*?)\s*\(until\s+(\d{3,4})\)$")
_SCALAR_KEYS = {"id", "type", "case-sensitive", "untranslated", "pos"}
_POLIB_LINE = lazy(r"\(line (\d+)\)|line (\d+)")

DEFAULT_HEADER = {
    "Project-Id-Version": "yongeo-glossary",
    # msgfmt --check asks for these three; a new glossary has no translator yet.
    "PO-Revision-Date": "",  # the time the file is created (new_header)
    "Last-Translator": "",
    "Language-Team": "Korean",
    "Language": "ko",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
    "X-Generator": "yongeo",
}


def new_header() -> dict[str, str]:
    """The header of a PO glossary created now."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M+0000")
    return {**DEFAULT_HEADER, "PO-Revision-Date": now}


# --- entries <-> PO entries -------------------------------------------------------------


class Comments(NamedTuple):
    """What an entry's translator comments say, read line by line (a named tuple: one is
    made for every entry of every file read)."""

    fields: dict[str, str]
    variants: list[Term]
    notes: list[str]
    excluded: list[str]
    extra: list[str]
    # Lines that continue none of the lines before them (a wrapped line after `id:` or
    # `type:`): kept as extra lines, and `yongeo check` names them.
    unattributed: list[str]
    # Former names: (lang, text, until), each also among the variants (deprecated).
    former: list[tuple[str, str, int]]
    # `*-superseded` lines without `(until YEAR)`: read as plain deprecated terms, and
    # `yongeo check` names them.
    undated: list[str]


_CONTINUABLE = {"note", "not-in", *_VARIANT_KEYS}
_READ_KEYS = frozenset((*_CONTINUABLE, *_SCALAR_KEYS))
_HYPHEN_END = lazy(r"\w-$")


def read_comments(tcomment: str) -> Comments:
    """Read the curation lines of a translator comment.

    Babel, polib and Poedit re-wrap translator comments at 76-79 columns, so a long
    `key: value` line may come back as several lines: a line that is not `key: value` and
    follows a `key: value` line continues it (polib also breaks after a hyphen: 'Trans-' +
    'Pacific' is read back as 'Trans-Pacific'). Lines before the first key line are the
    entry's own comments, one each.
    """
    if not tcomment:
        return Comments({}, [], [], [], [], [], [], [])
    plain = _plain_comments(tcomment)
    if plain is not None:
        return plain
    logical: list[list[str]] = []  # [key, value, raw]; key "" for a line kept verbatim
    keyed: list[bool] = []  # whether the line is `key: value` (a known key or not)
    unattributed: list[str] = []
    for raw in tcomment.split("\n") if tcomment else []:
        found = key_line(raw)
        if found is not None:
            key = found[0]
            logical.append([key, found[1], raw] if key in _READ_KEYS else ["", "", raw])
            keyed.append(True)
            continue
        text = raw.strip()
        if text and logical and keyed[-1]:
            last = logical[-1]
            if last[0] in _CONTINUABLE:
                last[1] = _continue(last[1], text)
                continue
            if not last[0]:  # a `key: value` line yongeo does not read (suggestion: ...)
                last[2] = _continue(last[2], text)
                continue
            unattributed.append(raw)
        logical.append(["", "", raw])
        keyed.append(False)
    fields: dict[str, str] = {}
    variants: list[Term] = []
    notes: list[str] = []
    excluded: list[str] = []
    extra: list[str] = []
    former: list[tuple[str, str, int]] = []
    undated: list[str] = []
    for key, value, raw in logical:
        if key in _VARIANT_KEYS:
            if value and not _add_variant(key, value, variants, former):
                undated.append(raw)
        elif key in _SCALAR_KEYS:
            fields[key] = value
        elif key == "note":
            notes.append(value)
        elif key == "not-in":
            if value:
                excluded.append(" ".join(value.split()))
        else:
            extra.append(raw)
    return Comments(fields, variants, notes, excluded, extra, unattributed, former, undated)


def _plain_comments(tcomment: str) -> Comments | None:
    """read_comments of a comment every line of which is `key: value` as yongeo writes it
    (no line continues another), read without the pattern; None for any other."""
    fields: dict[str, str] = {}
    variants: list[Term] = []
    notes: list[str] = []
    excluded: list[str] = []
    extra: list[str] = []
    former: list[tuple[str, str, int]] = []
    undated: list[str] = []
    for raw in tcomment.split("\n"):
        key, colon, value = raw.partition(": ")
        if not (colon and value and key and key[0] in _KEY_START and not key.strip(_KEY_CHARS)
                and not value[0].isspace() and not value[-1].isspace()):
            return None
        if key in _SCALAR_KEYS:
            fields[key] = value
        elif key in _VARIANT_KEYS:
            if not _add_variant(key, value, variants, former):
                undated.append(raw)
        elif key == "note":
            notes.append(value)
        elif key == "not-in":
            excluded.append(" ".join(value.split()))
        else:
            extra.append(raw)
    return Comments(fields, variants, notes, excluded, extra, [], former, undated)


def _add_variant(key: str, value: str, variants: list[Term],
                 former: list[tuple[str, str, int]]) -> bool:
    """The variant a `key: value` line gives (a former name's value: `text (until YEAR)`);
    False for a former name without its year, read as a plain deprecated term."""
    lang, status, rendering = _VARIANT_KEYS[key]
    dated = True
    if key in SUPERSEDED_KEYS:
        split = split_until(value)
        if split is not None:
            value = split[0]
            former.append((lang, *split))
        dated = split is not None
    variants.append(Term(value, lang, status, rendering))
    return dated


def split_until(value: str) -> tuple[str, int] | None:
    """'Japan Defense Agency (until 2007)' -> ('Japan Defense Agency', 2007): a former name
    as the PO comment, a CSV cell and the command line write it; None without the year."""
    match = _UNTIL.match(value)
    return None if match is None else (match.group(1), int(match.group(2)))


def with_until(text: str, until: int) -> str:
    """A former name written with its year (the inverse of split_until)."""
    return f"{text} (until {until})"


_KEY_START = frozenset("abcdefghijklmnopqrstuvwxyz")


def key_line(line: str) -> tuple[str, str] | None:
    """The key and value of a `key: value` line (_KEY_LINE's two groups), or None. The usual
    line, 'key: value' as yongeo writes it, is read without the pattern."""
    key, colon, value = line.partition(": ")
    if (colon and value and key and key[0] in _KEY_START and not key.strip(_KEY_CHARS)
            and not value[0].isspace() and not value[-1].isspace()):
        # str.isspace holds for every character the pattern's \s matches.
        return key, value
    match = _KEY_LINE.match(line)
    return None if match is None else (match.group(1), match.group(2))


_KEY_CHARS = "abcdefghijklmnopqrstuvwxyz-"


def _continue(value: str, text: str) -> str:
    """A value with its wrapped continuation line."""
    if not value:
        return text
    return value + text if _HYPHEN_END.search(value) else f"{value} {text}"


def entry_from_po(po: PoEntry, path: str = "<string>") -> Entry:
    """Read a concept entry from a PO entry; curation lives in translator comments."""
    return entry_from_record(record_from_po(po, path))


_PREFERRED, _ADMITTED = Status.PREFERRED.value, Status.ADMITTED.value


def record_from_po(po: PoEntry, path: str = "<string>") -> tuple:
    """The record (model.entry_record) of the concept entry a PO entry holds: what a load
    keeps, and makes an Entry of only when asked for."""
    tcomment = po.tcomment
    comments = (tcomment and _plain_comments(tcomment)) or read_comments(tcomment)
    fields, notes, excluded = comments.fields, comments.notes, comments.excluded
    terms = [(po.msgid, "en", _PREFERRED, False)]
    # A plural entry (msgid_plural, msgstr[n]): Korean has one plural form, so msgstr[0] is
    # the Korean term, and the English plural an admitted variant (a save writes the entry
    # back in the plain form, with that variant as `# en-admitted:`).
    korean = po.msgstr or (po.msgstr_plural.get(0, "") if po.msgid_plural else "")
    if korean:
        terms.append((korean, "ko", _PREFERRED, False))
    if po.msgid_plural and po.msgid_plural != po.msgid:
        terms.append((po.msgid_plural, "en", _ADMITTED, False))
    if comments.variants:
        terms.extend([(t.text, t.lang, t.status.value, t.rendering)
                      for t in comments.variants])
    # In the order of model.Entry's fields (entry_record); most are empty, and made so
    # without a call.
    return (
        fields.get("id") or make_id(po.msgid),
        fields.get("type") or "concept",
        tuple(terms),
        " ".join(n for n in notes if n) if notes else "",
        tuple([f"{p}:{n}" if n else p for p, n in po.occurrences]) if po.occurrences else (),
        "case-sensitive" in fields and _yes(fields["case-sensitive"]),
        "untranslated" in fields and _yes(fields["untranslated"]),
        "fuzzy" in po.flags,
        po.msgctxt,
        (path, po.linenum),
        tuple(comments.extra) if comments.extra else (),
        po.comment or "",
        fields.get("pos") or None,
        tuple(dict.fromkeys(excluded)) if excluded else (),
        tuple(dict.fromkeys(comments.former)) if comments.former else (),
    )


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in {"yes", "true", "1", "on"}


def entry_to_po(entry: Entry, flags: list[str] | None = None) -> polib.POEntry:
    """Render a concept entry as a PO entry (the inverse of entry_from_po)."""
    import polib

    flag_list = [f for f in (flags or []) if f != "fuzzy"]
    if entry.fuzzy:
        flag_list.insert(0, "fuzzy")
    return polib.POEntry(
        msgid=entry.en,
        msgstr=entry.ko,
        msgctxt=entry.context,
        tcomment="\n".join(curation_lines(entry)),
        comment=entry.extracted_comments,
        occurrences=[_split_reference(r) for r in entry.references],
        flags=flag_list,
    )


def curation_lines(entry: Entry) -> list[str]:
    """The translator comment lines that carry an entry's curation, in a fixed order."""
    # Uninterpreted lines go first, so reading them back never mistakes them for a note's
    # continuation.
    lines = [*entry.extra_comments, f"id: {entry.id}", f"type: {entry.type}"]
    if entry.pos:
        lines.append(f"pos: {entry.pos}")
    variants = [t for t in entry.terms if t.status is not Status.PREFERRED]
    for lang in LANGUAGES if variants else ():
        for status in (Status.ADMITTED, Status.DEPRECATED):
            lines.extend(f"{lang}-{status.value}: {_one_line(t.text)}"
                         for t in variants
                         if t.lang == lang and t.status is status and not t.rendering
                         and entry.former_until(t.text, lang) is None)
        lines.extend(f"{lang}-superseded: {with_until(_one_line(t.text), until)}"
                     for t in variants if t.lang == lang
                     for until in [entry.former_until(t.text, lang)] if until is not None)
        lines.extend(f"{lang}-rendering: {_one_line(t.text)}" for t in variants
                     if t.lang == lang and t.rendering)
    # One line per phrase: a phrase may hold any punctuation, and a line that an editor
    # wraps is read back as its phrase's continuation.
    lines.extend(f"not-in: {_one_line(phrase)}" for phrase in entry.not_in)
    if entry.note:
        lines.extend(f"note: {part}" for part in _wrap_note(entry.note))
    if entry.case_sensitive:
        lines.append("case-sensitive: yes")
    if entry.untranslated:
        lines.append("untranslated: yes")
    return lines


_LINE_BREAKS = lazy(r"\s*[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")


def _one_line(text: str) -> str:
    """A variant as a comment line can hold it: a line break (which would end the comment,
    in gettext or in tools that split lines as Python does) becomes a space, as a term's
    spacing does not matter to matching."""
    return _LINE_BREAKS.sub(" ", text)


def render_entry(entry: Entry, flags: list[str] | None = None) -> str:
    """PO text of an entry. Translator comments are never wrapped (polib would wrap them,
    cutting a long variant in two); the rest is laid out as polib lays it out (as xgettext
    does): written here for an entry that fits its lines, by polib for one it wraps."""
    tcomment = "\n".join(curation_lines(entry))
    comments = "".join(f"# {line}".rstrip() + "\n" for line in tcomment.split("\n"))
    body = _plain_body(entry, flags)
    if body is None:
        body = _polib_body(entry, flags)
    return comments + body


def _polib_body(entry: Entry, flags: list[str] | None) -> str:
    """polib's text of an entry without its translator comments."""
    po_entry = entry_to_po(entry, flags)
    po_entry.tcomment = ""
    return po_entry.__unicode__(wrapwidth=WRAP_WIDTH).rstrip("\n") + "\n"


def _plain_body(entry: Entry, flags: list[str] | None) -> str | None:
    """What polib.POEntry.__unicode__ writes for the entry (translator comments left out),
    when nothing in it is wrapped or split over lines: each line is polib's, with polib's
    own escaping. None for any entry polib would wrap, which polib then writes."""
    lines: list[str] = []
    if entry.extracted_comments:
        for comment in entry.extracted_comments.split("\n"):
            if len(comment) + 3 > WRAP_WIDTH:
                return None
            lines.append(f"#. {comment}")
    if entry.references:
        # entry_to_po's occurrences, joined as polib joins them, are the references as given.
        files = " ".join(entry.references)
        if len(files) + 3 > WRAP_WIDTH:
            return None
        lines.append(f"#: {files}")
    flag_list = [f for f in (flags or []) if f != "fuzzy"]
    if entry.fuzzy:
        flag_list.insert(0, "fuzzy")
    if flag_list:
        lines.append("#, " + ", ".join(flag_list))
    fields = [("msgid", entry.en), ("msgstr", entry.ko)]
    if entry.context is not None:
        fields.insert(0, ("msgctxt", entry.context))
    for name, value in fields:
        line = _plain_field(name, value)
        if line is None:
            return None
        lines.append(line)
    return "\n".join(lines) + "\n"


_SPECIAL = ("\\", "\n", "\r", "\t", "\v", "\b", "\f", '"')


def _plain_field(name: str, value: str) -> str | None:
    """`name "value"` as polib's _BaseEntry._str_field writes it on one line; None where it
    would split the value into lines or wrap it."""
    if value.isprintable() and '"' not in value and "\\" not in value:
        # Nothing to escape and no line break (every character that breaks a line, or that
        # polib escapes but the quote and the backslash, is not printable).
        if len(value) > WRAP_WIDTH - len(name) - 3:
            return None
        return f'{name} "{value}"'
    if len(value.splitlines(True)) > 1:
        return None
    specials = sum(value.count(c) for c in _SPECIAL)
    if len(value) > WRAP_WIDTH - len(name) - 3 + specials:
        return None
    import polib

    return f'{name} "{polib.escape(value)}"'


def _wrap_note(note: str, width: int = 70) -> list[str]:
    parts: list[str] = []
    current = ""
    for word in note.split():
        if current and len(current) + 1 + len(word) > width:
            parts.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        parts.append(current)
    return parts


def _split_reference(reference: str) -> tuple[str, str]:
    path, sep, line = reference.rpartition(":")
    if sep and line.isdigit():
        return path, line
    return reference, ""


# --- reading ----------------------------------------------------------------------------


# A keyword or continuation line of an entry, obsolete (#~) or not.
_ENTRY_LINE = lazy(r'(?:(#~)(?!\|)\s*)?(msgctxt|msgid_plural|msgid|msgstr|")')


def _check_strings(text: str, path: str) -> None:
    """Reject unterminated strings and unknown escapes, which polib lets through."""
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()  # as polib reads it
        bare = line.removeprefix("#~").lstrip()
        if not (bare.startswith(('"', "msg")) or line.startswith(("#~", "#|"))):
            continue
        if line.startswith(("#~", "#|")) and '"' not in line:
            continue
        if '"' not in bare and bare.startswith("msg"):
            raise GlossaryError(_("keyword without a quoted string: {keyword}").format(
                keyword=bare.split()[0]), path, number)
        found = STRING_LINE.match(line)
        if found is None:
            raise GlossaryError(_("unterminated or malformed string"), path, number)
        value = found.group(1)
        for escape in ESCAPE.finditer(value):
            if escape.group(1) not in KNOWN_ESCAPES or (
                    escape.group(1) == "x" and value[escape.end():escape.end() + 1]
                    not in HEX_DIGITS):
                raise GlossaryError(_("invalid escape sequence in string"), path, number)


def _check_entries(text: str, path: str) -> None:
    """Every entry has its msgstr, and is obsolete (#~) in all its lines or in none, as
    gettext requires: polib silently drops or hides an entry that is not."""
    msgid_line = 0  # the msgid of the entry being read, until its msgstr comes
    obsolete: bool | None = None  # whether the entry being read is obsolete
    between = True  # the next msgctxt or msgid starts an entry
    previous: tuple[int, bool] | None = None  # a "#| msgid" line waiting for its entry
    context = 0  # the line of the msgctxt of the entry being read
    empty = 0  # the line of the entry's msgid while it is "" (a header, if nothing follows)
    header = 0  # the line of the header's msgid
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()  # as polib reads it
        if line.startswith(("#|", "#~|")):
            previous = previous or (number, line.startswith("#~|"))
            continue
        found = _ENTRY_LINE.match(line)
        if found is None:
            continue
        marked, name = bool(found.group(1)), found.group(2)
        if name == "msgid" and msgid_line or name == "msgctxt" and not between:
            _unfinished(path, msgid_line, context)
        if name in ("msgid_plural", "msgstr") and not (msgid_line or between):
            _unfinished(path, msgid_line, context)
        if name in ("msgctxt", "msgid") and between:
            if previous is not None and previous[1] != marked:
                raise _inconsistent_obsolete(path, previous[0])
            previous, obsolete, between, context = None, marked, False, 0
        elif obsolete is not None and marked != obsolete:
            raise _inconsistent_obsolete(path, number)
        if name == "msgctxt":
            context = number
        elif name == "msgid":
            msgid_line = number
            empty = number if line.rstrip() == 'msgid ""' and not (context or marked) else 0
        elif name == "msgstr":
            if empty and msgid_line:
                if header:  # polib would keep one of the two and make the other an entry
                    raise GlossaryError(_("a second header (msgid \"\"); a PO file has one, "
                                          "first at line {line}").format(line=header),
                                        path, empty)
                header = empty
            msgid_line, between = 0, True
        elif name == '"' and msgid_line:
            empty = 0  # the msgid goes on: an entry whose msgid is split over lines
    if not between:
        _unfinished(path, msgid_line, context)
    if previous is not None:
        raise GlossaryError(_("a previous msgid (#|) without the entry it belongs to"), path,
                            previous[0])


def _unfinished(path: str, msgid_line: int, context_line: int) -> NoReturn:
    if msgid_line:
        raise GlossaryError(_("msgid without a msgstr"), path, msgid_line)
    raise GlossaryError(_("msgctxt without a msgid"), path, context_line)


def _inconsistent_obsolete(path: str, line: int) -> GlossaryError:
    return GlossaryError(_("inconsistent use of #~: an entry is obsolete in all its lines or "
                           "in none"), path, line)


class _GettextText(str):
    """PO text as polib should see it: polib cuts lines with str.splitlines(), which also
    ends a line at U+2028, U+0085 or \\x1c; in gettext only \\n does, and those characters
    may stand inside a string."""

    def splitlines(self, keepends: bool = False) -> list[str]:
        lines = self.split("\n")
        if lines and not lines[-1]:
            lines.pop()
        return [line + "\n" for line in lines] if keepends else lines


def parse_po(text: str, path: str) -> polib.POFile:
    """Parse PO text with polib, turning its errors into GlossaryError with a line."""
    import polib

    _check_strings(text, path)
    _check_entries(text, path)
    try:
        po = polib.pofile(_GettextText(_without_trailing_comments(_for_polib(text))),
                          wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError, UnicodeError) as exc:
        message = str(exc)
        found = _POLIB_LINE.search(message)
        line = int(found.group(1) or found.group(2)) if found else None
        message = _POLIB_LINE.sub("", message).strip(" :()") or _("malformed PO file")
        raise GlossaryError(message.replace(" in po file", ""), path, line) from None
    _number_first_entry(po, text)
    seen: dict[tuple[str | None, str], int] = {}
    for po_entry in po:
        if not po_entry.msgid and po_entry.msgctxt is None and not po_entry.obsolete:
            # polib keeps one header as metadata; another msgid "" is an entry of its own
            raise GlossaryError(_("a second header (msgid \"\"); a PO file has one"), path,
                                po_entry.linenum)
        key = (po_entry.msgctxt, po_entry.msgid)
        if key in seen:
            raise GlossaryError(
                _("duplicate msgid '{msgid}' (first at line {line})").format(
                    msgid=po_entry.msgid, line=seen[key]), path, po_entry.linenum)
        seen[key] = po_entry.linenum
    return po


def read_po(text: str, path: str) -> tuple[dict[str, str], list[PoEntry]]:
    """The header's fields and the entries (obsolete ones too) of PO text: read in one pass
    when it is written plainly (glossary.scan), else by parse_po, which names any error."""
    scanned = scan(text)
    if scanned is not None:
        return scanned
    po = parse_po(text, path)
    return po.metadata, list(po)


# Comment lines gettext reads and polib calls a syntax error: "#.x" (no space), a bare "#|"
# or "#~", and "#" before any other character ("#x", "#@").
# polib strips what str.isspace() calls white space (\x1c-\x1f too) from each line first.
# Built when a file is first parsed: the table takes milliseconds that a command reading
# only the glossary cache (lookup) would pay at every start.
@lru_cache(maxsize=1)
def _polib_unread() -> regex.Pattern:
    import regex

    space = "[" + regex.escape("".join(c for c in map(chr, range(0x3001))
                                       if c.isspace() and c not in "\n\r")) + "]"
    return regex.compile(
        rf"^({space}*#)(?:(?P<kind>[.:,])(?=[^ \t\n])|[|~][ \t]*$|(?=[^ \t.:,|~#\n]))",
        regex.MULTILINE)


def _for_polib(text: str) -> str:
    """The text with such comment lines as polib reads them; lines stay where they are."""
    return _polib_unread().sub(
        lambda m: m.group(1) + (m.group("kind") + " " if m.group("kind") else
                                " " if m.end() == m.start() + len(m.group(1)) else ""), text)


def _without_trailing_comments(text: str) -> str:
    """The text without the comment lines after its last entry: polib drops the last entry
    when the file ends with a comment line it ignores (a bare "#." or "#,"). Those lines
    belong to no entry (the store keeps them as text); a line polib would refuse ("#~ x")
    stays, so that it is refused wherever it is."""
    body = text.rstrip()
    while body:
        start = body.rfind("\n") + 1
        token = body[start:].split(None, 1)[0]
        if not (token in ("#", "#.", "#:", "#,", "#~|") or token.startswith("##")):
            break
        body = body[:start].rstrip()
    return text if len(body) == len(text.rstrip()) else body + "\n"


def _number_first_entry(po: polib.POFile, text: str) -> None:
    """polib numbers the entry it starts with 0 when the file does not begin with its
    header; that entry begins at the file's first line that is not blank."""
    for po_entry in po:
        if po_entry.linenum == 0:
            lines = text.split("\n")
            po_entry.linenum = next((n for n, line in enumerate(lines, 1) if line.strip()), 1)


def read_po_file(path: str | os.PathLike) -> tuple[bytes, str]:
    """The raw bytes and the decoded text of a PO file (UTF-8 unless its header says not)."""
    data = read_bytes(path)
    return data, decode_po(data, str(path))


def decode_po(data: bytes, path: str) -> str:
    """The text of a PO file's bytes, in the charset its header names (UTF-8 if none)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise GlossaryError(_("is UTF-16 or UTF-32, which gettext cannot read; convert it with "
                              "'iconv -t UTF-8'"), path, 1)
    encoding, header_line = declared_charset(data)
    charset = header_line is not None
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise GlossaryError(_("header names an unknown charset '{charset}'").format(
            charset=encoding), path, header_line) from None
    if codec == "utf-8":
        # decode_text's hint would name --encoding; a PO file's header names its charset.
        if b"\x00" not in data[:8192]:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                message = _("is not valid UTF-8, the charset its header names; it looks like "
                            "{encoding}: say charset={encoding} in the header, or convert it "
                            "with 'iconv -f {encoding} -t UTF-8'") if charset else _(
                    "is not valid UTF-8 and its header names no charset; it looks like "
                    "{encoding}: say charset={encoding} in a header, or convert it with "
                    "'iconv -f {encoding} -t UTF-8'")
                raise GlossaryError(message.format(encoding=guess_encoding(data)), path,
                                    _line_at(data, exc.start)) from None
        return decode_text(data, path)
    if not data.isascii() and _is_utf8(data):
        # Read as latin-1 this would be mojibake that every save made permanent.
        raise GlossaryError(_("the header says charset={charset}, but the file is UTF-8: "
                              "say charset=UTF-8").format(charset=encoding), path, header_line)
    return decode_text(data, path, encoding)


_CHARSET = lazy(rb"charset=([A-Za-z0-9._-]+)")
_CHARSET_TEXT = lazy(r"charset=([A-Za-z0-9._-]+)")


def declared_charset(data: bytes) -> tuple[str, int | None]:
    """The charset a PO file's header names and the line it is on; UTF-8 (line None) when
    it names none, and for the template placeholder CHARSET."""
    found = _CHARSET.search(data[:4096])
    if found is None:
        return "utf-8", None
    name = found.group(1).decode("ascii")
    return ("utf-8" if name.upper() == "CHARSET" else name), _line_at(data, found.start())


def _line_at(data: bytes, offset: int) -> int:
    """The line an offset is on, whatever the line ends (LF, CRLF, CR)."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def build_glossary(name: str, raw: bytes, key: str) -> Glossary:
    """The glossary of a PO file's bytes, its entries kept as records: a lookup makes the
    few it shows, and conflicts are found on the records, with their terms folded in bulk."""
    records = []
    for po_entry in read_po(decode_po(raw, name), name)[1]:
        if po_entry.obsolete:
            continue
        record = record_from_po(po_entry, name)
        if record[_TYPE] not in ENTRY_TYPES:
            raise GlossaryError(
                _("unknown type '{type}' for '{term}' (expected one of {types})").format(
                    type=record[_TYPE], term=po_entry.msgid, types=", ".join(ENTRY_TYPES)),
                name, po_entry.linenum)
        records.append(record)
    entries = StoredEntries(records)
    return Glossary(entries, (name,), tuple(find_conflicts(entries)), key or None)


_TYPE = [f.name for f in dataclass_fields(Entry)].index("type")  # its place in a record


# --- the editable store -----------------------------------------------------------------


@dataclass(eq=False)  # one segment is itself, whatever its text: found by identity
class _Segment:
    """A run of the file's text: the header, one entry, or the trailer after the last one."""

    text: str
    po_entry: PoEntry | None
    entry: Entry | None
    # The file's own bytes for `text` as read, written back while the text is unchanged,
    # so a save keeps every other entry's bytes: mixed line ends, any charset.
    raw: tuple[str, bytes] | None = None
    # Where the segment's entry stands among the store's entries (file order), for the
    # indexes; entries added later come after every entry there is.
    order: int = 0


class PoStore:
    """A PO glossary held as text segments, so saving rewrites only the entries that changed."""

    def __init__(self, path: str | os.PathLike, raw: bytes, text: str,
                 read: tuple[dict[str, str], list[PoEntry]]):
        self.path = str(path)
        self._raw = raw
        self._bom = raw.startswith(b"\xef\xbb\xbf")
        self._newline = _newline(raw)
        metadata, po_entries = read
        self._segments = _segment(text, po_entries, self.path)
        _keep_bytes(self._segments, raw.removeprefix(b"\xef\xbb\xbf"))
        self._header = metadata
        self.changed = False
        self._reindex()

    @classmethod
    def open(cls, path: str | os.PathLike) -> PoStore:
        raw, text = read_po_file(path)
        # Reading makes objects that live as long as the store, and no reference cycles:
        # the cyclic collector would walk them again and again, for nothing.
        with collector_paused():
            return cls(path, raw, text, read_po(text, str(path)))

    @classmethod
    def new(cls, path: str | os.PathLike, metadata: dict[str, str] | None = None) -> PoStore:
        import polib

        po = polib.POFile(wrapwidth=WRAP_WIDTH)
        po.metadata = dict(metadata or new_header())
        po.header = "yongeo glossary (Korean)."
        text = str(po)
        store = cls(path, b"", text, read_po(text, str(path)))
        store.changed = True
        return store

    @property
    def entries(self) -> list[Entry]:
        return [s.entry for s in self._segments if s.entry is not None]

    def glossary(self) -> Glossary:
        entries = self.entries
        return Glossary(tuple(entries), (self.path,), tuple(find_conflicts(entries)))

    def get(self, entry_id: str) -> Entry | None:
        """The first entry with this id."""
        found = self._by_id.get(entry_id)
        return found[0].entry if found else None

    def find_term(self, *texts: str) -> list[tuple[Entry, Term]]:
        """Entries that hold one of these terms (case and spacing folded), in file order
        (as Glossary.find_term says), from the store's own index."""
        keys = dict.fromkeys(term_key(text) for text in texts)
        found = [item for key in keys for item in self._by_term.get(key, ())]
        if len(keys) > 1:
            found.sort(key=lambda item: item[:2])
        return [(segment.entry, segment.entry.terms[position])  # type: ignore[union-attr]
                for _order, position, segment in found]

    def find(self, term_or_id: str) -> Entry:
        """The entry with this id or holding this term (any language, any status)."""
        by_id = self.get(term_or_id)
        if by_id is not None:
            return by_id
        hits = {e.id: e for e, _ in self.find_term(term_or_id)}
        if not hits:
            raise EditError(_("no entry has the term or id '{term}'").format(term=term_or_id),
                            self.path)
        if len(hits) > 1:
            ids = ", ".join(sorted(hits))
            raise EditError(_("'{term}' is in several entries ({ids}); give the id").format(
                term=term_or_id, ids=ids), self.path)
        return next(iter(hits.values()))

    # --- the indexes: kept up to date by every change, so an edit costs a few lookups -----

    def _reindex(self) -> None:
        self._by_id: dict[str, list[_Segment]] = {}
        self._by_term: dict[str, list[tuple[int, int, _Segment]]] = {}
        self._msgids: dict[tuple[str | None, str], int] = {}
        # What _index_add does for each entry, in one loop: in file order, every list is
        # built in order.
        by_id, by_term, msgids = self._by_id, self._by_term, self._msgids
        order = 0
        for segment in self._segments:
            entry = segment.entry
            if entry is None:
                continue
            segment.order = order
            by_id.setdefault(entry.id, []).append(segment)
            for position, term in enumerate(entry.terms):
                by_term.setdefault(term_key(term.text), []).append((order, position, segment))
            msgid = (entry.context, entry.en)
            msgids[msgid] = msgids.get(msgid, 0) + 1
            order += 1
        self._next = order

    def _index_add(self, segment: _Segment) -> None:
        entry = segment.entry
        assert entry is not None
        order = segment.order
        owners = self._by_id.get(entry.id)
        if owners is None:
            self._by_id[entry.id] = [segment]
        else:
            owners.append(segment)
            owners.sort(key=lambda s: s.order)
        by_term = self._by_term
        for position, term in enumerate(entry.terms):
            key = term_key(term.text)
            bucket = by_term.get(key)
            if bucket is None:
                by_term[key] = [(order, position, segment)]
                continue
            bucket.append((order, position, segment))
            if bucket[-2][0] > order:  # an entry placed before others (a replaced one)
                bucket.sort(key=lambda item: item[:2])
        msgid = (entry.context, entry.en)
        self._msgids[msgid] = self._msgids.get(msgid, 0) + 1

    def _index_remove(self, segment: _Segment) -> None:
        entry = segment.entry
        assert entry is not None
        owners = [s for s in self._by_id[entry.id] if s is not segment]
        if owners:
            self._by_id[entry.id] = owners
        else:
            del self._by_id[entry.id]
        for key in {term_key(term.text) for term in entry.terms}:
            bucket = [item for item in self._by_term[key] if item[2] is not segment]
            if bucket:
                self._by_term[key] = bucket
            else:
                del self._by_term[key]
        msgid = (entry.context, entry.en)
        self._msgids[msgid] -= 1
        if not self._msgids[msgid]:
            del self._msgids[msgid]

    def _set_entry(self, segment: _Segment, entry: Entry | None) -> None:
        """Give a segment its entry (None: none), keeping the indexes right."""
        if segment.entry is not None:
            self._index_remove(segment)
        segment.entry = entry
        if entry is not None:
            self._index_add(segment)

    def _new_order(self) -> int:
        self._next += 1
        return self._next - 1

    def add(self, entry: Entry) -> None:
        """Add an entry; refused when an entry of the same sense (type, part of speech,
        context) already accepts one of its English terms, or has its id. Sharing a Korean
        term, or a term deprecated elsewhere, is ordinary terminology."""
        if self._blank():  # an empty file: a new glossary needs gettext's header
            self._segments = PoStore.new(self.path)._segments
            self._reindex()
        for term in entry.terms_in("en", *ACCEPTED):
            if term_key(term.text) not in self._by_term:  # a new term: the usual case
                continue
            for other, other_term in self.find_term(term.text):
                if (other_term.lang == "en" and other_term.status in ACCEPTED
                        and same_sense(other, entry)):
                    raise EditError(
                        _("'{term}' already exists in entry '{id}' ({status}); use "
                          "'yongeo edit' to change it").format(
                            term=term.text, id=other.id,
                            status=status_label(other_term.status.value)), self.path)
        if entry.id in self._by_id:
            raise EditError(_("an entry with id '{id}' already exists; use 'yongeo edit'")
                            .format(id=entry.id), self.path)
        if (entry.context, entry.en) in self._msgids:
            # A PO file holds a msgid once per msgctxt (another concept of the term has its
            # id as msgctxt: docs/glossary-format.md).
            raise EditError(_("'{term}' is already a msgid of this glossary; give the new "
                              "entry a context").format(term=entry.en), self.path)
        text = self._tail()
        if not text or text.endswith("\n\n"):
            prefix = ""
        else:
            prefix = "\n" if text.endswith("\n") else "\n\n"
        # Its own segment, so removing it again restores the exact bytes; obsolete entries
        # stay at the end of the file, as gettext keeps them.
        position = len(self._segments)
        while position > 1 and _is_obsolete(self._segments[position - 1]):
            position -= 1
        rendered = self._render(entry, None)
        if position < len(self._segments):
            prefix = "\n"
        elif self._segments:
            # How the file ends (blank lines, or no last newline) stays how it ends; remove
            # gives it back to the entry before, so adding and removing restores the bytes.
            last = self._segments[-1]
            kept, ending = _split_trailing(last.text)
            if ending is not None:
                last.text, prefix = kept, "\n"
                rendered = rendered.rstrip("\n") + ending
        segment = _Segment(prefix + rendered, None, None, order=self._new_order())
        self._segments.insert(position, segment)
        self._set_entry(segment, entry)
        self.changed = True

    def replace(self, old: Entry, new: Entry) -> None:
        segment = self._segment_of(old)
        body = segment.text.strip("\n")
        lead, _, tail = segment.text.partition(body) if body else ("", "", "\n")
        flags = list(segment.po_entry.flags) if segment.po_entry is not None else None
        segment.text = lead + self._render(new, flags).rstrip("\n") + (tail or "\n")
        self._set_entry(segment, new)
        self.changed = True

    def remove(self, entry: Entry) -> None:
        segment = self._segment_of(entry)
        index = self._segments.index(segment)
        if index == len(self._segments) - 1 and index > 0:
            # The file goes on ending as it did (see add).
            _kept, ending = _split_trailing(segment.text)
            previous = self._segments[index - 1]
            if ending is not None and previous.text.endswith("\n"):
                previous.text = previous.text[:-1] + ending
        del self._segments[index]
        self._set_entry(segment, None)
        self.changed = True

    # --- msgmerge-style maintenance (yongeo update, yongeo review) ---------------------

    def refresh(self, entry: Entry, references: tuple[str, ...], extracted: str) -> Entry:
        """Set an entry's references and extracted comments; every other line of it (the
        translator comments, flags, msgid and msgstr) keeps its bytes."""
        import polib

        segment = self._segment_of(entry)
        new = dataclass_replace(entry, references=tuple(references), extracted_comments=extracted)
        if segment.po_entry is None:  # added in this session
            self.replace(entry, new)
            return new
        body = segment.text.strip("\n")
        lead, _, tail = segment.text.partition(body)
        lines = body.split("\n")
        kept = [line for line in lines if not line.startswith(("#.", "#:"))]
        split = next(i for i, line in enumerate(kept) if not _is_translator_line(line))
        rendered = polib.POEntry(msgid="x", comment=extracted,
                                 occurrences=[_split_reference(r) for r in references])
        refreshed = [line for line in rendered.__unicode__(wrapwidth=WRAP_WIDTH).split("\n")
                     if line.startswith(("#.", "#:"))]
        text = "\n".join(kept[:split] + refreshed + kept[split:])
        if text != body:
            segment.text = lead + text + (tail or "\n")
            self.changed = True
        self._set_entry(segment, new)
        return new

    def make_obsolete(self, entry: Entry, reason: str | None = None) -> None:
        """Turn an entry into an obsolete one (#~) at the end of the file, as msgmerge does;
        its translator comments are kept, with a `reason` line if given."""
        segment = self._segment_of(entry)
        body = segment.text.strip("\n")
        comments = [line for line in body.split("\n") if _is_translator_line(line)]
        if segment.po_entry is None:
            comments = [f"# {line}".rstrip() for line in curation_lines(entry)]
        if reason:
            comments.append(f"# {reason}")
        po_entry = entry_to_po(entry)
        po_entry.tcomment, po_entry.comment, po_entry.occurrences = "", "", []
        po_entry.obsolete = True
        text = "\n".join(comments + [po_entry.__unicode__(wrapwidth=WRAP_WIDTH).rstrip("\n")])
        self._segments.remove(segment)
        self._set_entry(segment, None)
        before = self._tail()
        prefix = "" if before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
        po_entry.tcomment = "\n".join(line[2:] if line.startswith("# ") else line[1:]
                                      for line in comments)
        self._segments.append(_Segment(prefix + text + "\n", po_entry, None))
        self.changed = True

    def obsolete(self) -> list[PoEntry]:
        """The obsolete (#~) entries, as polib reads them."""
        return [s.po_entry for s in self._segments if _is_obsolete(s)]

    def revive(self, po_entry: PoEntry) -> Entry:
        """Bring an obsolete entry back (a vanished term that reappeared), before the
        obsolete block, with its translator comments as they were."""
        import polib

        segment = next(s for s in self._segments if s.po_entry is po_entry)
        body = segment.text.strip("\n")
        comments = [line for line in body.split("\n") if _is_translator_line(line)]
        active = polib.POEntry(msgid=po_entry.msgid, msgstr=po_entry.msgstr,
                               msgctxt=po_entry.msgctxt, flags=list(po_entry.flags))
        text = "\n".join(comments + [active.__unicode__(wrapwidth=WRAP_WIDTH).rstrip("\n")])
        active.tcomment = "\n".join(line[2:] if line.startswith("# ") else line[1:]
                                    for line in comments)
        entry = entry_from_po(active, self.path)
        self._segments.remove(segment)
        position = len(self._segments)
        while position > 1 and _is_obsolete(self._segments[position - 1]):
            position -= 1
        segment = _Segment("\n" + text + "\n", active, None, order=self._new_order())
        self._segments.insert(position, segment)
        self._set_entry(segment, entry)
        self.changed = True
        return entry

    def _segment_of(self, entry: Entry) -> _Segment:
        owners = self._by_id.get(entry.id)
        if owners:
            return owners[0]
        raise EditError(_("no entry with id '{id}'").format(id=entry.id), self.path)

    def _render(self, entry: Entry, flags: list[str] | None) -> str:
        return render_entry(entry, flags)

    def _blank(self) -> bool:
        """Whether the whole text is white space (stops at the first segment that is not)."""
        return not any(s.text.strip() for s in self._segments)

    def _tail(self, size: int = 2) -> str:
        """The end of the text, at least `size` characters of it where there are as many:
        enough to tell how the file ends without joining all of it."""
        parts: list[str] = []
        length = 0
        for segment in reversed(self._segments):
            parts.append(segment.text)
            length += len(segment.text)
            if length >= size:
                break
        return "".join(reversed(parts))

    def dumps(self) -> bytes:
        encoding = self._encoding()
        parts = [b"\xef\xbb\xbf"] if self._bom else []
        for segment in self._segments:
            if segment.raw is not None and segment.raw[0] == segment.text:
                parts.append(segment.raw[1])
                continue
            text = segment.text.replace("\n", self._newline)
            try:
                parts.append(text.encode(encoding))
            except UnicodeEncodeError as exc:
                raise EditError(_("'{char}' cannot be written in {charset}, the charset of the "
                                  "file's header; convert it to UTF-8 first").format(
                    char=exc.object[exc.start:exc.end], charset=encoding), self.path) from None
        return b"".join(parts)

    def _read_back(self, data: bytes) -> None:
        """Parse what a save writes, as a load will. The entries kept as they were read were
        parsed when the file was loaded: when few changed, the header and each changed
        segment with the one before it (where they meet) are read back, and the msgids of
        the whole file are checked for duplicates from the store's index."""
        segments = self._segments
        changed = [i for i, s in enumerate(segments) if s.raw is None or s.raw[0] != s.text]
        if 2 * len(changed) > len(segments) or self._duplicate_msgids():
            read_po(decode_text(data, self.path, self._encoding()), self.path)
            return
        wanted = sorted({0, *changed, *(i - 1 for i in changed if i)})
        text = "".join(segments[i].text for i in wanted).replace("\n", self._newline)
        encoding = self._encoding()
        read_po(decode_text(text.encode(encoding), self.path, encoding), self.path)

    def _duplicate_msgids(self) -> bool:
        """Whether two entries, active or obsolete, have one msgctxt and msgid (a full read
        back then says where)."""
        if any(count > 1 for count in self._msgids.values()):
            return True
        seen: set[tuple[str | None, str]] = set()
        for segment in self._segments:
            if _is_obsolete(segment):
                key = (segment.po_entry.msgctxt, segment.po_entry.msgid)  # type: ignore[union-attr]
                if key in seen or key in self._msgids:
                    return True
                seen.add(key)
        return False

    def _encoding(self) -> str:
        # As the file was read (see decode_po): the first charset= of its bytes.
        if self._raw:
            return declared_charset(self._raw)[0]
        found = _CHARSET_TEXT.search(self._header.get("Content-Type", ""))
        name = found.group(1) if found else "utf-8"
        return "utf-8" if name.upper() == "CHARSET" else name

    def save(self) -> None:
        if not self.changed:
            return
        data = self.dumps()
        # Never write what we could not read back: a broken save would lose the team's work.
        self._read_back(data)
        atomic_write(self.path, data)
        self._raw = data
        self.changed = False


def _segment(text: str, po: list[PoEntry], path: str) -> list[_Segment]:
    """Cut the text at each entry's first line (blank lines before it belong to it)."""
    lines = _lines(text)
    starts: list[tuple[int, PoEntry | None]] = []
    for po_entry in po:  # polib lists obsolete entries too; they stay as plain text
        starts.append((po_entry.linenum, po_entry))
    header = _misplaced_header(lines)
    if header is not None:  # its own segment, so editing the entry before it keeps it
        starts.append((header + 1, None))
    starts.sort(key=lambda item: item[0])
    segments: list[_Segment] = []
    cut_points = []
    for linenum, po_entry in starts:
        index = linenum - 1
        # Comments polib does not count as the entry's (#| and #~| previous msgids) are its.
        while index > 0 and _is_comment(lines[index - 1]):
            index -= 1
        while index > 0 and not lines[index - 1].strip():
            index -= 1
        cut_points.append((index, po_entry))
    previous = 0
    previous_entry: PoEntry | None = None
    for index, po_entry in cut_points:
        segments.append(_make_segment("".join(lines[previous:index]), previous_entry, path))
        previous, previous_entry = index, po_entry
    last_text = "".join(lines[previous:])
    segments.append(_make_segment(last_text, previous_entry, path))
    return segments


def _split_trailing(text: str) -> tuple[str, str | None]:
    """A segment's text ending in one newline, and how it really ends: '' (no newline),
    '\\n', or blank lines after; None for a segment of blank lines only."""
    body = text.rstrip("\n")
    if not body:
        return text, None
    return body + "\n", text[len(body):]


def _misplaced_header(lines: list[str]) -> int | None:
    """Where the header (msgid "" then msgstr, with its comments) starts when it is not at
    the top of the file, which gettext allows and polib does not say."""
    for index, line in enumerate(lines):
        if (line.strip() == 'msgid ""' and index + 1 < len(lines)
                and lines[index + 1].lstrip().startswith("msgstr")
                and not (index and lines[index - 1].lstrip().startswith("msgctxt"))):
            start = index
            while start and _is_comment(lines[start - 1]):
                start -= 1
            return start if any(previous.strip() for previous in lines[:start]) else None
    return None


def _is_comment(line: str) -> bool:
    """A comment line, not a line of an obsolete entry (#~ msgid, #~ "...")."""
    bare = line.strip()
    return bare.startswith("#") and not _ENTRY_LINE.match(bare)


def _lines(text: str) -> list[str]:
    """Lines with their ends, cut at \\n only (as gettext and polib, see _GettextText)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


_RAW_LINE = lazy(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _keep_bytes(segments: list[_Segment], raw: bytes) -> None:
    """Give each segment the bytes it was read from. decode_text made every line end (CRLF,
    CR, LF) one \\n, and in the charsets PO files use no character's bytes hold a CR or LF,
    so the file's lines are its segments' lines."""
    if segments and raw == "".join(s.text for s in segments).encode("utf-8"):
        # UTF-8 with LF line ends, as most files are: each segment's bytes are its text's.
        for segment in segments:
            segment.raw = (segment.text, segment.text.encode("utf-8"))
        return
    raw_lines = _RAW_LINE.findall(raw)
    start = 0
    for segment in segments:
        count = len(_lines(segment.text))
        segment.raw = (segment.text, b"".join(raw_lines[start:start + count]))
        start += count
    if start != len(raw_lines):  # not as expected: write everything from its text
        for segment in segments:
            segment.raw = None


def _newline(raw: bytes) -> str:
    """The line end most lines of the file have (LF for a new or one-line file)."""
    crlf = raw.count(b"\r\n")
    counts = {"\r\n": crlf, "\r": raw.count(b"\r") - crlf, "\n": raw.count(b"\n") - crlf}
    best = max(counts, key=lambda ending: (counts[ending], ending == "\n"))
    return best if counts[best] else "\n"


def _is_translator_line(line: str) -> bool:
    """A translator comment line: '# text' or a bare '#' (not #. #: #, #| #~)."""
    return line == "#" or line.startswith("# ")


def _is_obsolete(segment: _Segment) -> bool:
    return segment.po_entry is not None and segment.po_entry.obsolete


def _make_segment(text: str, po_entry: PoEntry | None, path: str) -> _Segment:
    if po_entry is None or po_entry.obsolete:
        return _Segment(text, po_entry, None)
    return _Segment(text, po_entry, entry_from_po(po_entry, path))


@contextlib.contextmanager
def edit_po(path: str | os.PathLike, create: bool = False) -> Iterator[PoStore]:
    """Lock the file, load it fresh, let the caller edit, and save atomically on success."""
    with exclusive_lock(path):
        if create and not Path(path).exists():
            store = PoStore.new(path)
        else:
            store = PoStore.open(path)
        yield store
        store.save()

