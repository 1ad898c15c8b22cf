"""Interchange formats, both ways: JSON, TSV (OmegaT's glossary), CSV, PO and TBX (tbx.py)."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import replace

import polib

from yongeo.errors import GlossaryError
from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    PARTS_OF_SPEECH,
    Entry,
    Glossary,
    Status,
    Term,
    make_id,
    term_key,
)
from yongeo.glossary.po import (
    WRAP_WIDTH,
    entry_from_po,
    new_header,
    parse_po,
    render_entry,
    split_until,
    with_until,
)
from yongeo.glossary.tbx import from_tbx, to_tbx
from yongeo.i18n import _
from yongeo.speed import collector_paused

CSV_COLUMNS = ("id", "type", "en", "ko", "en_admitted", "en_deprecated", "ko_admitted",
               "ko_deprecated", "note", "case_sensitive", "untranslated", "pos", "not_in",
               "references", "fuzzy", "en_rendering", "ko_rendering", "en_superseded",
               "ko_superseded")
_JOIN = " | "


def to_json(glossary: Glossary) -> str:
    return json.dumps([e.to_json() for e in glossary], ensure_ascii=False, indent=2) + "\n"


def to_tsv(glossary: Glossary) -> str:
    """OmegaT's glossary: source, target, comment; one line per entry, preferred terms.
    A type or part of speech that the comment cannot say goes in the type and pos columns."""
    lines = []
    for entry in glossary:
        comment = entry.note or entry.type
        cells = [entry.en, entry.ko, comment]
        if entry.pos or (entry.note and entry.type != "concept"):
            cells += [entry.type, entry.pos or ""]
        lines.append("\t".join(_one_line(x) for x in cells).rstrip("\t"))
    return "\n".join(lines) + ("\n" if lines else "")


def to_csv(glossary: Glossary) -> str:
    """Every field of every entry, variants and exclusions joined with ' | '; a former
    name is in its language's superseded column, as 'TERM (until YEAR)'."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in glossary:
        row = [entry.id, entry.type, entry.en, entry.ko]
        for lang in LANGUAGES:
            for status in (Status.ADMITTED, Status.DEPRECATED):
                row.append(_JOIN.join(t.text for t in entry.terms_in(lang, status)
                                      if not t.rendering
                                      and entry.former_until(t.text, lang) is None))
        row += [entry.note, _flag(entry.case_sensitive), _flag(entry.untranslated),
                entry.pos or "", _JOIN.join(entry.not_in), _JOIN.join(entry.references),
                _flag(entry.fuzzy)]
        row += [_JOIN.join(t.text for t in entry.terms_in(lang) if t.rendering)
                for lang in LANGUAGES]
        row += [_JOIN.join(with_until(t.text, until)
                           for t in entry.terms_in(lang, Status.DEPRECATED)
                           for until in [entry.former_until(t.text, lang)] if until is not None)
                for lang in LANGUAGES]
        writer.writerow(row)
    return buffer.getvalue()


def _flag(value: bool) -> str:
    return "yes" if value else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _split(cell: str) -> list[str]:
    """A cell of several terms or phrases: 'a|b', 'a | b'."""
    if "|" not in cell:  # one term, the usual cell
        cell = cell.strip()
        return [cell] if cell else []
    return [v.strip() for v in cell.split("|") if v.strip()]


@collector_paused()  # an import makes many objects and no reference cycles
def from_tsv(text: str, path: str) -> list[Entry]:
    """Read OmegaT TSV: source, target and an optional comment per line, then optional type
    and part-of-speech columns; # lines skipped. Several accepted targets are several lines
    of one source term (as OmegaT and Weblate write them) or 'a|b' in the target cell."""
    entries = []
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: a cell may hold U+2028
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0]:
            raise GlossaryError(_("expected 'source<TAB>target[<TAB>comment]'"), path, number)
        en, targets = cells[0], _split(cells[1])
        comment = cells[2] if len(cells) > 2 else ""
        entry_type = cells[3] if len(cells) > 3 and cells[3] else (
            comment if comment in ENTRY_TYPES else "concept")
        note = "" if comment == entry_type else comment
        pos = cells[4] if len(cells) > 4 and cells[4] else None
        _check_columns(entry_type, pos, path, number)
        # What _entry makes, made directly: this runs for every row of a termbase.
        terms = [Term(en, "en", Status.PREFERRED)]
        if targets:
            terms.append(Term(targets[0], "ko", Status.PREFERRED))
            terms += [Term(value, "ko", Status.ADMITTED) for value in targets[1:]]
        entries.append(Entry(make_id(en), entry_type, tuple(terms), note=note,
                             origin=(path, number), pos=pos))
    return _merge_rows(entries, explicit_ids=False)


def _check_columns(entry_type: str, pos: str | None, path: str, number: int) -> None:
    if entry_type not in ENTRY_TYPES:
        raise GlossaryError(_("unknown type '{type}'").format(type=entry_type), path, number)
    if pos is not None and pos not in PARTS_OF_SPEECH:
        raise GlossaryError(_("unknown part of speech '{pos}' (use one of {known})").format(
            pos=pos, known=", ".join(PARTS_OF_SPEECH)), path, number)


def unknown_csv_columns(text: str) -> list[tuple[str, int]]:
    """The header's columns that are not yongeo's (a 'ja' or 'fr' column of a multilingual
    export), with how many rows fill them: they are left out, and an import says so."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        extra = [c for c in reader.fieldnames or () if c not in CSV_COLUMNS]
        if not extra:
            return []
        filled = dict.fromkeys(extra, 0)
        for row in reader:
            for column in extra:
                filled[column] += bool((row.get(column) or "").strip())
    except csv.Error:
        return []  # from_csv says what is wrong, with the line
    return list(filled.items())


@collector_paused()  # an import makes many objects and no reference cycles
def from_csv(text: str, path: str) -> list[Entry]:
    """Read the CSV that to_csv writes (only the en column is required). Rows of the same
    English term and sense (or of the same id) are one entry, as in from_tsv, and the ko
    cell may hold 'a|b'."""
    # strict: an unclosed quote is an error, not a cell that runs to the end of the file
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise GlossaryError(_("malformed CSV: {reason}").format(reason=exc), path, 1) from None
    if not fieldnames or "en" not in fieldnames:
        raise GlossaryError(_("CSV needs a header row with at least an 'en' column"), path, 1)
    entries = []
    explicit = False
    while True:
        start = reader.line_num + 1  # the line the next row starts on
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise GlossaryError(_("malformed CSV: {reason}").format(reason=exc), path,
                                start) from None
        number = reader.line_num
        en = (row.get("en") or "").strip()
        if not en:
            raise GlossaryError(_("empty 'en' cell"), path, number)
        variants = {}
        for lang in LANGUAGES:
            for status in (Status.ADMITTED, Status.DEPRECATED):
                variants[(lang, status, False)] = _split(row.get(f"{lang}_{status.value}")
                                                         or "")
            variants[(lang, Status.ADMITTED, True)] = _split(row.get(f"{lang}_rendering") or "")
        former = _former_cells(row, path, number)
        for lang, name, _until in former:
            deprecated = variants[(lang, Status.DEPRECATED, False)]
            if name not in deprecated:
                deprecated.append(name)
        targets = _split(row.get("ko") or "")
        if targets:
            admitted = ("ko", Status.ADMITTED, False)
            variants[admitted] = targets[1:] + variants[admitted]
        entry_type = (row.get("type") or "").strip() or "concept"
        pos = (row.get("pos") or "").strip() or None
        _check_columns(entry_type, pos, path, number)
        given_id = (row.get("id") or "").strip()
        explicit = explicit or bool(given_id)
        entry = _entry(given_id or make_id(en), entry_type, en, targets[0] if targets else "",
                       variants, (row.get("note") or "").strip(), path, number)
        flags = {k: (row.get(k) or "").strip().lower() in ("yes", "true", "1")
                 for k in ("case_sensitive", "untranslated", "fuzzy")}
        entries.append(replace(entry, pos=pos, not_in=tuple(_split(row.get("not_in") or "")),
                               references=tuple(_split(row.get("references") or "")),
                               former=former, **flags))
    return _merge_rows(entries, explicit_ids=explicit)


def _former_cells(row: dict, path: str, number: int) -> tuple[tuple[str, str, int], ...]:
    """The former names of a row's en_superseded and ko_superseded cells (optional columns:
    older files have none), each 'TERM (until YEAR)'."""
    former = []
    for lang in LANGUAGES:
        for value in _split(row.get(f"{lang}_superseded") or ""):
            split = split_until(value)
            if split is None or not split[0].strip():
                raise GlossaryError(_("'{value}' in the column {column} is not a former name "
                                      "with its year, 'TERM (until YEAR)'").format(
                    value=value, column=f"{lang}_superseded"), path, number)
            former.append((lang, *split))
    return tuple(dict.fromkeys(former))


@collector_paused()  # an import makes many objects and no reference cycles
def from_json(text: str, path: str) -> list[Entry]:
    """Read what to_json writes (and `lookup --json` prints): a list of concept entries in
    the JSON shape of the README; only `terms` with a preferred English term is required."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryError(_("malformed JSON: {reason}").format(reason=exc.msg), path,
                            exc.lineno) from None
    if not isinstance(data, list):
        raise GlossaryError(_("expected a JSON array of concept entries"), path, 1)
    entries = []
    for number, item in enumerate(data, 1):
        try:
            entries.append(_entry_from_json(item, path))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise GlossaryError(_("entry {n} is not a concept entry as 'yongeo export "
                                  "--format json' writes it").format(n=number), path) from None
    return entries


def _entry_from_json(item: dict, path: str) -> Entry:
    terms = [Term(str(t["term"]), lang, Status(t.get("status", "admitted")),
                  bool(t.get("rendering")))
             for lang in LANGUAGES for t in item["terms"].get(lang, ())]
    en = next((t.text for t in terms if t.lang == "en" and t.status is Status.PREFERRED), "")
    if not en.strip():
        raise ValueError("no preferred English term")
    former = tuple((str(f["lang"]), str(f["term"]), _year(f["until"]))
                   for f in item.get("former", ()))
    deprecated = {(t.lang, t.text) for t in terms if t.status is Status.DEPRECATED}
    if any((lang, text) not in deprecated for lang, text, _until in former):
        raise ValueError("a former name that is not a deprecated term")
    entry_type = item.get("type") or "concept"
    pos = item.get("pos") or None
    if entry_type not in ENTRY_TYPES or (pos is not None and pos not in PARTS_OF_SPEECH):
        raise ValueError(entry_type)
    return Entry(
        id=str(item.get("id") or make_id(en)), type=entry_type, terms=tuple(terms),
        note=str(item.get("note") or ""), references=tuple(map(str, item.get("references", ()))),
        case_sensitive=bool(item.get("case_sensitive")),
        untranslated=bool(item.get("untranslated")), fuzzy=bool(item.get("fuzzy")), pos=pos,
        not_in=tuple(map(str, item.get("not_in", ()))),
        former=former, origin=(path, 0))


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(value)
    return int(value)


def _merge_rows(rows: list[Entry], explicit_ids: bool) -> list[Entry]:
    """Rows of one concept become one entry: the same id when the file gives ids, else the
    same English term, type and part of speech. The first row's target is preferred; the
    others' are admitted. Concepts that share an English term get distinct ids."""
    merged: dict[tuple, Entry] = {}
    for row in rows:
        key = (row.id,) if explicit_ids else (term_key(row.en), row.type, row.pos)
        earlier = merged.get(key)
        merged[key] = row if earlier is None else _join(earlier, row)
    taken: set[str] = set()
    senses: set[str] = set()
    out = []
    for entry in merged.values():
        entry_id = entry.id
        if entry_id in taken and not explicit_ids:
            base = f"{entry_id}-{entry.pos or entry.type}"
            entry_id, number = base, 2
            while entry_id in taken:
                entry_id, number = f"{base}-{number}", number + 1
        taken.add(entry_id)
        if entry_id != entry.id:
            entry = replace(entry, id=entry_id)
        if term_key(entry.en) in senses and entry.context is None:
            # Another concept of the same term (set, verb): in PO its id is its msgctxt.
            entry = replace(entry, context=entry_id)
        senses.add(term_key(entry.en))
        out.append(entry)
    return out


def _join(first: Entry, other: Entry) -> Entry:
    terms = list(first.terms)
    for term in other.terms:
        status = Status.ADMITTED if term.status is Status.PREFERRED else term.status
        # Spacing counts: a guide may accept 바로 가기 and deprecate 바로가기.
        if any(t.lang == term.lang and _same_writing(t.text, term.text)
               and (t.status is Status.DEPRECATED) == (status is Status.DEPRECATED)
               for t in terms):
            continue
        if status is Status.ADMITTED and not any(
                t.lang == term.lang and t.status is Status.PREFERRED for t in terms):
            status = Status.PREFERRED  # the first row had no target
        terms.append(Term(term.text, term.lang, status))
    notes = list(dict.fromkeys(n for n in (first.note, other.note) if n))
    return replace(first, terms=tuple(terms), note=" ".join(notes),
                   not_in=tuple(dict.fromkeys(first.not_in + other.not_in)),
                   former=_former_of(terms, first.former + other.former),
                   references=tuple(dict.fromkeys(first.references + other.references)),
                   case_sensitive=first.case_sensitive or other.case_sensitive,
                   untranslated=first.untranslated or other.untranslated)


def _former_of(terms: list[Term], former: tuple[tuple[str, str, int], ...]
               ) -> tuple[tuple[str, str, int], ...]:
    """The former names that are still deprecated terms of the joined entry, each once."""
    deprecated = {(t.lang, t.text) for t in terms if t.status is Status.DEPRECATED}
    return tuple(dict.fromkeys(f for f in former if (f[0], f[1]) in deprecated))


def _same_writing(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _entry(entry_id, entry_type, en, ko, variants, note, path, line) -> Entry:
    terms = [Term(en, "en", Status.PREFERRED)]
    if ko:
        terms.append(Term(ko, "ko", Status.PREFERRED))
    for (lang, status, rendering), values in variants.items():
        terms.extend(Term(v, lang, status, rendering) for v in values)
    return Entry(entry_id, entry_type, tuple(terms), note=note, origin=(path, line))


def to_po(glossary: Glossary) -> str:
    """The glossary as one PO file, as `yongeo init` would start it: for merging several
    glossaries into one, or handing one to a PO editor. A second entry of the same English
    term and context gets its id as context, so that the file stays valid."""
    header = polib.POFile(wrapwidth=WRAP_WIDTH)
    header.metadata = new_header()
    header.header = "yongeo glossary (Korean)."
    parts = [str(header).rstrip("\n") + "\n"]
    seen: set[tuple[str | None, str]] = set()
    for entry in glossary:
        if (entry.context, entry.en) in seen:
            entry = replace(entry, context=entry.id)
        seen.add((entry.context, entry.en))
        parts.append("\n" + render_entry(entry))
    return "".join(parts)


@collector_paused()  # an import makes many objects and no reference cycles
def from_po(text: str, path: str) -> list[Entry]:
    """The entries of another PO glossary (or template); obsolete ones are left out."""
    return [entry_from_po(e, path) for e in parse_po(text, path) if not e.obsolete]


EXPORTERS = {"json": to_json, "tsv": to_tsv, "csv": to_csv, "tbx": to_tbx, "po": to_po}
IMPORTERS = {"tsv": from_tsv, "csv": from_csv, "tbx": from_tbx, "json": from_json,
             "po": from_po}
# File name endings and the format they name, for import without --format.
EXTENSIONS = {".tsv": "tsv", ".txt": "tsv", ".csv": "csv", ".tbx": "tbx", ".xml": "tbx",
              ".json": "json", ".po": "po", ".pot": "po"}


def format_of(path: str) -> str | None:
    """The import format a file's name says ('glossary.TBX' -> 'tbx'), or None."""
    suffix = os.path.splitext(path)[1].lower()
    return EXTENSIONS.get(suffix)
