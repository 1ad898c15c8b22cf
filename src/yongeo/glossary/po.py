"""The PO store: concept entries to and from gettext PO, with byte-exact, locked editing."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from pathlib import Path

import polib
import regex

from yongeo.errors import EditError, GlossaryError, InputError
from yongeo.files import atomic_write, decode_text, exclusive_lock
from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    Entry,
    Glossary,
    Status,
    Term,
    find_conflicts,
    make_id,
)

WRAP_WIDTH = 78

_KEY_LINE = regex.compile(r"^\s*([a-z][a-z-]*)\s*:\s?(.*?)\s*$")
_VARIANT_KEYS = {
    f"{lang}-{status.value}": (lang, status)
    for lang in LANGUAGES
    for status in (Status.ADMITTED, Status.DEPRECATED)
}
_SCALAR_KEYS = {"id", "type", "case-sensitive", "untranslated"}
_POLIB_LINE = regex.compile(r"\(line (\d+)\)|line (\d+)")

DEFAULT_HEADER = {
    "Project-Id-Version": "yongeo-glossary",
    "Language": "ko",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
    "X-Generator": "yongeo",
}


# --- entries <-> PO entries -------------------------------------------------------------


def entry_from_po(po: polib.POEntry, path: str = "<string>") -> Entry:
    """Read a concept entry from a PO entry; curation lives in translator comments."""
    fields: dict[str, str] = {}
    variants: list[Term] = []
    notes: list[str] = []
    extra: list[str] = []
    previous = ""
    for raw in po.tcomment.splitlines() if po.tcomment else []:
        match = _KEY_LINE.match(raw)
        key, value = (match.group(1), match.group(2)) if match else ("", "")
        if not match and previous == "note" and raw.strip():
            notes.append(raw.strip())  # a note line some editor wrapped
            continue
        previous = key
        if key in _VARIANT_KEYS:
            lang, status = _VARIANT_KEYS[key]
            if value:
                variants.append(Term(value, lang, status))
        elif key in _SCALAR_KEYS:
            fields[key] = value
        elif key == "note":
            notes.append(value)
        else:
            extra.append(raw)
    terms = [Term(po.msgid, "en", Status.PREFERRED)]
    if po.msgstr:
        terms.append(Term(po.msgstr, "ko", Status.PREFERRED))
    terms.extend(variants)
    entry_type = fields.get("type") or "concept"
    return Entry(
        id=fields.get("id") or make_id(po.msgid),
        type=entry_type,
        terms=tuple(terms),
        note=" ".join(n for n in notes if n),
        references=tuple(f"{p}:{n}" if n else p for p, n in po.occurrences),
        case_sensitive=_yes(fields.get("case-sensitive")),
        untranslated=_yes(fields.get("untranslated")),
        fuzzy="fuzzy" in po.flags,
        context=po.msgctxt,
        origin=(path, po.linenum),
        extra_comments=tuple(extra),
        extracted_comments=po.comment or "",
    )


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in {"yes", "true", "1", "on"}


def entry_to_po(entry: Entry, flags: list[str] | None = None) -> polib.POEntry:
    """Render a concept entry as a PO entry (the inverse of entry_from_po)."""
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
    for lang in LANGUAGES:
        for status in (Status.ADMITTED, Status.DEPRECATED):
            lines.extend(f"{lang}-{status.value}: {t.text}" for t in entry.terms_in(lang, status))
    if entry.note:
        lines.extend(f"note: {part}" for part in _wrap_note(entry.note))
    if entry.case_sensitive:
        lines.append("case-sensitive: yes")
    if entry.untranslated:
        lines.append("untranslated: yes")
    return lines


def render_entry(entry: Entry, flags: list[str] | None = None) -> str:
    """PO text of an entry. Translator comments are never wrapped (polib would wrap them,
    cutting a long variant in two); the rest is polib's, as xgettext lays it out."""
    po_entry = entry_to_po(entry, flags)
    comments = "".join(f"# {line}".rstrip() + "\n" for line in po_entry.tcomment.split("\n"))
    po_entry.tcomment = ""
    return comments + po_entry.__unicode__(wrapwidth=WRAP_WIDTH).rstrip("\n") + "\n"


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


_STRING_LINE = regex.compile(
    r'^(?:#~\s*)?(?:#\|\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
    r'"((?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = regex.compile(r"\\(.)")
_KNOWN_ESCAPES = frozenset('ntrabfv"\\?01234567x')


def _check_strings(text: str, path: str) -> None:
    """Reject unterminated strings and unknown escapes, which polib lets through."""
    for number, line in enumerate(text.split("\n"), 1):
        bare = line.removeprefix("#~").lstrip()
        if not (bare.startswith(('"', "msg")) or line.startswith(("#~", "#|"))):
            continue
        if line.startswith(("#~", "#|")) and '"' not in line:
            continue
        if '"' not in bare and bare.startswith("msg"):
            raise GlossaryError(f"keyword without a quoted string: {bare.split()[0]}",
                                path, number)
        found = _STRING_LINE.match(line)
        if found is None:
            raise GlossaryError("unterminated or malformed string", path, number)
        if any(e not in _KNOWN_ESCAPES for e in _ESCAPE.findall(found.group(1))):
            raise GlossaryError("invalid escape sequence in string", path, number)


def parse_po(text: str, path: str) -> polib.POFile:
    """Parse PO text with polib, turning its errors into GlossaryError with a line."""
    _check_strings(text, path)
    try:
        po = polib.pofile(text, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError, UnicodeError) as exc:
        message = str(exc)
        found = _POLIB_LINE.search(message)
        line = int(found.group(1) or found.group(2)) if found else None
        message = _POLIB_LINE.sub("", message).strip(" :()") or "malformed PO file"
        raise GlossaryError(message.replace(" in po file", ""), path, line) from None
    seen: dict[tuple[str | None, str], int] = {}
    for po_entry in po:
        key = (po_entry.msgctxt, po_entry.msgid)
        if key in seen:
            raise GlossaryError(
                f"duplicate msgid '{po_entry.msgid}' (first at line {seen[key]})",
                path, po_entry.linenum)
        seen[key] = po_entry.linenum
    return po


def read_po_file(path: str | os.PathLike) -> tuple[bytes, str]:
    """The raw bytes and the decoded text of a PO file (UTF-8 unless its header says not)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a PO file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    charset = regex.search(rb"charset=([A-Za-z0-9._-]+)", data[:4096])
    encoding = charset.group(1).decode("ascii") if charset else "utf-8"
    if encoding.upper() == "CHARSET":  # the template placeholder means UTF-8 in practice
        encoding = "utf-8"
    try:
        text = decode_text(data, name, None if encoding.lower() in ("utf-8", "utf8") else encoding)
    except InputError as exc:
        if exc.message.startswith("unknown encoding"):
            raise GlossaryError(f"header names an unknown charset '{encoding}'", name) from None
        raise
    return data, text


def load_po_glossary(path: str | os.PathLike) -> Glossary:
    """Load one PO (or POT) file as a glossary; obsolete entries are not part of it."""
    name = str(path)
    _, text = read_po_file(path)
    po = parse_po(text, name)
    entries = []
    for po_entry in po:
        if po_entry.obsolete:
            continue
        entry = entry_from_po(po_entry, name)
        if entry.type not in ENTRY_TYPES:
            raise GlossaryError(
                f"unknown type '{entry.type}' for '{entry.en}' (expected one of "
                f"{', '.join(ENTRY_TYPES)})", name, po_entry.linenum)
        entries.append(entry)
    return Glossary(tuple(entries), (name,), tuple(find_conflicts(entries)))


# --- the editable store -----------------------------------------------------------------


@dataclass
class _Segment:
    """A run of the file's text: the header, one entry, or the trailer after the last one."""

    text: str
    po_entry: polib.POEntry | None
    entry: Entry | None


class PoStore:
    """A PO glossary held as text segments, so saving rewrites only the entries that changed."""

    def __init__(self, path: str | os.PathLike, raw: bytes, text: str, po: polib.POFile):
        self.path = str(path)
        self._raw = raw
        self._bom = raw.startswith(b"\xef\xbb\xbf")
        self._newline = "\r\n" if b"\r\n" in raw else "\n"
        self._segments = _segment(text, po, self.path)
        self._header = po.metadata
        self.changed = False

    @classmethod
    def open(cls, path: str | os.PathLike) -> PoStore:
        raw, text = read_po_file(path)
        return cls(path, raw, text, parse_po(text, str(path)))

    @classmethod
    def new(cls, path: str | os.PathLike, metadata: dict[str, str] | None = None) -> PoStore:
        po = polib.POFile(wrapwidth=WRAP_WIDTH)
        po.metadata = dict(metadata or DEFAULT_HEADER)
        po.header = "yongeo glossary (Korean)."
        text = str(po)
        store = cls(path, b"", text, parse_po(text, str(path)))
        store.changed = True
        return store

    @property
    def entries(self) -> list[Entry]:
        return [s.entry for s in self._segments if s.entry is not None]

    def glossary(self) -> Glossary:
        entries = self.entries
        return Glossary(tuple(entries), (self.path,), tuple(find_conflicts(entries)))

    def find(self, term_or_id: str) -> Entry:
        """The entry with this id or holding this term (any language, any status)."""
        glossary = self.glossary()
        by_id = glossary.get(term_or_id)
        if by_id is not None:
            return by_id
        hits = {e.id: e for e, _ in glossary.find_term(term_or_id)}
        if not hits:
            raise EditError(f"no entry has the term or id '{term_or_id}'", self.path)
        if len(hits) > 1:
            ids = ", ".join(sorted(hits))
            raise EditError(f"'{term_or_id}' is in several entries ({ids}); give the id", self.path)
        return next(iter(hits.values()))

    def add(self, entry: Entry) -> None:
        glossary = self.glossary()
        for term in entry.terms:
            for other, other_term in glossary.find_term(term.text):
                if other_term.lang == term.lang:
                    raise EditError(
                        f"'{term.text}' already exists in entry '{other.id}' "
                        f"({other_term.status.value}); use 'yongeo edit' to change it",
                        self.path)
        if glossary.get(entry.id) is not None:
            raise EditError(f"an entry with id '{entry.id}' already exists; use 'yongeo edit'",
                            self.path)
        text = self._text()
        if not text or text.endswith("\n\n"):
            prefix = ""
        else:
            prefix = "\n" if text.endswith("\n") else "\n\n"
        # Its own segment, so removing it again restores the exact bytes; obsolete entries
        # stay at the end of the file, as gettext keeps them.
        position = len(self._segments)
        while position > 1 and _is_obsolete(self._segments[position - 1]):
            position -= 1
        if position < len(self._segments):
            prefix = "\n"
        self._segments.insert(position, _Segment(prefix + self._render(entry, None), None, entry))
        self.changed = True

    def replace(self, old: Entry, new: Entry) -> None:
        segment = self._segment_of(old)
        body = segment.text.strip("\n")
        lead, _, tail = segment.text.partition(body) if body else ("", "", "\n")
        flags = list(segment.po_entry.flags) if segment.po_entry is not None else None
        segment.text = lead + self._render(new, flags).rstrip("\n") + (tail or "\n")
        segment.entry = new
        self.changed = True

    def remove(self, entry: Entry) -> None:
        segment = self._segment_of(entry)
        self._segments.remove(segment)
        self.changed = True

    # --- msgmerge-style maintenance (yongeo update, yongeo review) ---------------------

    def refresh(self, entry: Entry, references: tuple[str, ...], extracted: str) -> Entry:
        """Set an entry's references and extracted comments; every other line of it (the
        translator comments, flags, msgid and msgstr) keeps its bytes."""
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
        segment.entry = new
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
        before = self._text()
        prefix = "" if before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
        po_entry.tcomment = "\n".join(line[2:] if line.startswith("# ") else line[1:]
                                      for line in comments)
        self._segments.append(_Segment(prefix + text + "\n", po_entry, None))
        self.changed = True

    def obsolete(self) -> list[polib.POEntry]:
        """The obsolete (#~) entries, as polib reads them."""
        return [s.po_entry for s in self._segments if _is_obsolete(s)]

    def revive(self, po_entry: polib.POEntry) -> Entry:
        """Bring an obsolete entry back (a vanished term that reappeared), before the
        obsolete block, with its translator comments as they were."""
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
        self._segments.insert(position, _Segment("\n" + text + "\n", active, entry))
        self.changed = True
        return entry

    def _segment_of(self, entry: Entry) -> _Segment:
        for segment in self._segments:
            if segment.entry is not None and segment.entry.id == entry.id:
                return segment
        raise EditError(f"no entry with id '{entry.id}'", self.path)

    def _render(self, entry: Entry, flags: list[str] | None) -> str:
        return render_entry(entry, flags)

    def _text(self) -> str:
        return "".join(s.text for s in self._segments)

    def dumps(self) -> bytes:
        text = self._text()
        if self._newline != "\n":
            text = text.replace("\n", self._newline)
        data = text.encode(self._encoding())
        return (b"\xef\xbb\xbf" + data) if self._bom else data

    def _encoding(self) -> str:
        found = regex.search(r"charset=([A-Za-z0-9._-]+)", self._header.get("Content-Type", ""))
        name = found.group(1) if found else "utf-8"
        return "utf-8" if name.upper() == "CHARSET" else name

    def save(self) -> None:
        if not self.changed:
            return
        data = self.dumps()
        # Never write what we could not read back: a broken save would lose the team's work.
        parse_po(data.decode(self._encoding()).removeprefix("\ufeff"), self.path)
        atomic_write(self.path, data)
        self._raw = data
        self.changed = False


def _segment(text: str, po: polib.POFile, path: str) -> list[_Segment]:
    """Cut the text at each entry's first line (blank lines before it belong to it)."""
    lines = text.splitlines(keepends=True)
    starts: list[tuple[int, polib.POEntry | None]] = []
    for po_entry in po:  # polib lists obsolete entries too; they stay as plain text
        starts.append((po_entry.linenum, po_entry))
    starts.sort(key=lambda item: item[0])
    segments: list[_Segment] = []
    cut_points = []
    for linenum, po_entry in starts:
        index = linenum - 1
        while index > 0 and not lines[index - 1].strip():
            index -= 1
        cut_points.append((index, po_entry))
    previous = 0
    previous_entry: polib.POEntry | None = None
    for index, po_entry in cut_points:
        segments.append(_make_segment("".join(lines[previous:index]), previous_entry, path))
        previous, previous_entry = index, po_entry
    last_text = "".join(lines[previous:])
    segments.append(_make_segment(last_text, previous_entry, path))
    return segments


def _is_translator_line(line: str) -> bool:
    """A translator comment line: '# text' or a bare '#' (not #. #: #, #| #~)."""
    return line == "#" or line.startswith("# ")


def _is_obsolete(segment: _Segment) -> bool:
    return segment.po_entry is not None and segment.po_entry.obsolete


def _make_segment(text: str, po_entry: polib.POEntry | None, path: str) -> _Segment:
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

