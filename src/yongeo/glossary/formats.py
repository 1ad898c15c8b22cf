"""Interchange formats, both ways: JSON, TSV (OmegaT's glossary), CSV and TBX (see tbx.py)."""

from __future__ import annotations

import csv
import io
import json

from yongeo.errors import GlossaryError
from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    Entry,
    Glossary,
    Status,
    Term,
    make_id,
)
from yongeo.glossary.tbx import from_tbx, to_tbx
from yongeo.i18n import _

CSV_COLUMNS = ("id", "type", "en", "ko", "en_admitted", "en_deprecated", "ko_admitted",
               "ko_deprecated", "note", "case_sensitive", "untranslated")
_JOIN = " | "


def to_json(glossary: Glossary) -> str:
    return json.dumps([e.to_json() for e in glossary], ensure_ascii=False, indent=2) + "\n"


def to_tsv(glossary: Glossary) -> str:
    """OmegaT's glossary: source, target, comment; one line per entry, preferred terms."""
    lines = []
    for entry in glossary:
        comment = entry.note or entry.type
        lines.append("\t".join(_one_line(x) for x in (entry.en, entry.ko, comment)))
    return "\n".join(lines) + ("\n" if lines else "")


def to_csv(glossary: Glossary) -> str:
    """Every field of every entry, variants joined with ' | '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in glossary:
        row = [entry.id, entry.type, entry.en, entry.ko]
        for lang in LANGUAGES:
            for status in (Status.ADMITTED, Status.DEPRECATED):
                row.append(_JOIN.join(t.text for t in entry.terms_in(lang, status)))
        row += [entry.note, _flag(entry.case_sensitive), _flag(entry.untranslated)]
        writer.writerow(row)
    return buffer.getvalue()


def _flag(value: bool) -> str:
    return "yes" if value else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def from_tsv(text: str, path: str) -> list[Entry]:
    """Read OmegaT TSV: source, target and an optional comment per line; # lines skipped."""
    entries = []
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: a cell may hold U+2028
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip():
            raise GlossaryError(_("expected 'source<TAB>target[<TAB>comment]'"), path, number)
        en, ko = cells[0].strip(), cells[1].strip()
        comment = cells[2].strip() if len(cells) > 2 else ""
        entry_type = comment if comment in ENTRY_TYPES else "concept"
        note = "" if comment in ENTRY_TYPES else comment
        entries.append(_entry(make_id(en), entry_type, en, ko, {}, note, path, number))
    return entries


def from_csv(text: str, path: str) -> list[Entry]:
    """Read the CSV that to_csv writes (only the en column is required)."""
    # strict: an unclosed quote is an error, not a cell that runs to the end of the file
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise GlossaryError(_("malformed CSV: {reason}").format(reason=exc), path, 1) from None
    if not fieldnames or "en" not in fieldnames:
        raise GlossaryError(_("CSV needs a header row with at least an 'en' column"), path, 1)
    entries = []
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
                cell = row.get(f"{lang}_{status.value}") or ""
                variants[(lang, status)] = [v.strip() for v in cell.split("|") if v.strip()]
        entry_type = (row.get("type") or "concept").strip()
        if entry_type not in ENTRY_TYPES:
            raise GlossaryError(_("unknown type '{type}'").format(type=entry_type), path, number)
        entry = _entry((row.get("id") or "").strip() or make_id(en), entry_type, en,
                       (row.get("ko") or "").strip(), variants, (row.get("note") or "").strip(),
                       path, number)
        flags = {k: (row.get(k) or "").strip().lower() in ("yes", "true", "1")
                 for k in ("case_sensitive", "untranslated")}
        entries.append(Entry(**{**entry.__dict__, **flags}))
    return entries


def _entry(entry_id, entry_type, en, ko, variants, note, path, line) -> Entry:
    terms = [Term(en, "en", Status.PREFERRED)]
    if ko:
        terms.append(Term(ko, "ko", Status.PREFERRED))
    for (lang, status), values in variants.items():
        terms.extend(Term(v, lang, status) for v in values)
    return Entry(entry_id, entry_type, tuple(terms), note=note, origin=(path, line))


EXPORTERS = {"json": to_json, "tsv": to_tsv, "csv": to_csv, "tbx": to_tbx}
IMPORTERS = {"tsv": from_tsv, "csv": from_csv, "tbx": from_tbx}
