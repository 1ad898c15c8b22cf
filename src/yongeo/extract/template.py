"""The PO template of candidate terms: byte-for-byte the same for the same documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import polib
import regex

from yongeo.extract.score import Candidate
from yongeo.glossary.po import WRAP_WIDTH

ANALYSER_HEADER = "X-Yongeo-Korean-Analyser"
EXAMPLE_LENGTH = 240

# No POT-Creation-Date: a date would make two runs on the same documents differ.
TEMPLATE_HEADER = {
    "Project-Id-Version": "yongeo-terms",
    "Language": "",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "X-Generator": "yongeo extract",
}


def render_template(candidates: Iterable[Candidate], analyser: str) -> str:
    """The template text; entries sorted by term, references by file and line.

    Entries are rendered one at a time (by polib, as a POFile would lay them out), so a
    large corpus's millions of references are never all held as PO objects at once.
    """
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.header = ("Candidate terms extracted by yongeo. Do not edit: regenerate with\n"
                 "'yongeo extract', then merge into a glossary with 'yongeo update'.")
    po.metadata = {**TEMPLATE_HEADER, ANALYSER_HEADER: analyser}
    parts = [str(po)]  # the header comment and the metadata entry
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.term in seen:
            continue  # two keys can only meet here through odd casing; keep the first
        seen.add(candidate.term)
        entry = polib.POEntry(
            msgid=candidate.term,
            msgstr="",
            comment="\n".join(extracted_comments(candidate)),
            occurrences=[(path, str(line)) for path, line in candidate.references],
        )
        parts.append(entry.__unicode__(WRAP_WIDTH))
    text = "\n".join(parts)
    return text if text.endswith("\n") else text + "\n"


def extracted_comments(candidate: Candidate) -> list[str]:
    """The `#.` lines of a template entry."""
    lines = [f"type: {candidate.type}"]
    if candidate.lang != "en":
        lines.append(f"lang: {candidate.lang}")
    if candidate.long_form:
        lines.append(f"long form: {candidate.long_form}")
    lines.extend(f"short form: {form}" for form in candidate.short_forms)
    lines.append(f"score: {candidate.score:.2f} (C-value), "
                 f"{candidate.frequency} occurrence{'s' if candidate.frequency != 1 else ''}")
    lines.append(f"example: {_example(candidate.example, candidate.term)}")
    return lines


def _example(sentence: str, term: str) -> str:
    text = " ".join(sentence.split())
    if len(text) <= EXAMPLE_LENGTH:
        return text
    # str.find on lower case: a case-insensitive pattern of a long term over a long sentence
    # (a megabyte without spaces) costs their product in the regex engine.
    centre = max(text.lower().find(term.split()[0].lower()), 0)
    start = max(0, min(centre - EXAMPLE_LENGTH // 3, len(text) - EXAMPLE_LENGTH))
    piece = text[start:start + EXAMPLE_LENGTH]
    return ("…" if start else "") + piece.strip() + ("…" if start + EXAMPLE_LENGTH < len(text)
                                                     else "")


@dataclass(frozen=True)
class TemplateEntry:
    """A template entry as `yongeo update` reads it."""

    term: str
    type: str
    lang: str
    long_form: str
    references: tuple[str, ...]
    comments: str  # the extracted comments, verbatim
    short_forms: tuple[str, ...] = ()


def read_template_entries(po: polib.POFile) -> list[TemplateEntry]:
    """The entries of a parsed template, with the fields its extracted comments carry."""
    entries = []
    for po_entry in po:
        if po_entry.obsolete or not po_entry.msgid:
            continue
        fields = _fields(po_entry.comment or "")
        entries.append(TemplateEntry(
            term=po_entry.msgid,
            type=fields.get("type", "concept"),
            lang=fields.get("lang", "ko" if regex.search(r"\p{Hangul}", po_entry.msgid)
                            else "en"),
            long_form=fields.get("long form", ""),
            references=tuple(f"{p}:{n}" if n else p for p, n in po_entry.occurrences),
            comments=po_entry.comment or "",
            short_forms=tuple(line[len("short form: "):].strip() for line in (
                po_entry.comment or "").split("\n") if line.startswith("short form: ")),
        ))
    return entries


def _fields(comment: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = None
    for line in comment.split("\n"):
        match = regex.match(r"^([a-z][a-z ]*?):\s(.*)$", line)
        if match and match.group(1) in ("type", "lang", "long form", "score", "example"):
            key = match.group(1)
            fields[key] = match.group(2).strip()
        elif key == "long form":  # a long form wrapped over two lines
            fields[key] += " " + line.strip()
    return fields
