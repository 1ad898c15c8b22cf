"""Validation of a glossary: the problems `yongeo check` reports."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

import regex

from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    PARTS_OF_SPEECH,
    Entry,
    Glossary,
    Status,
    make_id,
)
from yongeo.glossary.po import parse_po, read_comments, read_po_file
from yongeo.i18n import _


@dataclass(frozen=True)
class Problem:
    """One thing wrong (error) or worth knowing (warning) about a glossary."""

    severity: str  # "error" or "warning"
    code: str  # stable: duplicate-term, preferred-and-deprecated, merge-conflict, ...
    message: str
    path: str | None = None
    line: int | None = None

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else self.path


def check_glossary(glossary: Glossary) -> list[Problem]:
    """Every problem in a loaded glossary, in file order."""
    problems: list[Problem] = []
    codes = {"duplicate-term": "duplicate-term", "preferred-and-deprecated":
             "preferred-and-deprecated", "merge": "merge-conflict", "duplicate-id": "duplicate-id"}
    for conflict in glossary.conflicts:
        if conflict.kind == "duplicate-term" and conflict.first.id == conflict.second.id:
            continue  # one id twice in a file: reported once, as duplicate-id
        path, line = conflict.second.origin or (None, None)
        # Two entries sharing a term are ordinary terminology; only that nothing tells them
        # apart is worth a warning. Merged glossaries that disagree are an error.
        severity = "warning" if conflict.kind == "duplicate-term" else "error"
        problems.append(Problem(severity, codes[conflict.kind], conflict.describe(), path,
                                line))
    for entry in glossary:
        problems.extend(_check_entry(entry))
    for source in glossary.sources:
        if source.endswith((".po", ".pot")) and os.path.isfile(source):
            problems.extend(check_po_file(source))
    # A previous msgid (#|) says for certain what the entry-level guess says: once is enough.
    certain = {(p.path, p.line) for p in problems
               if p.code == "msgid-changed" and p.severity == "error"}
    return [p for p in problems if not (p.code == "msgid-changed" and p.severity == "warning"
                                        and (p.path, p.line) in certain)]


# What check_po_file looks for leaves one of these: a previous msgid (#|), an obsolete entry
# (#~), a translator comment line that is not `key: value`, or a former name's line that does
# not end with its year.
_WORTH_PARSING = regex.compile(
    r"\n[ \t]*#(?:[|~]|[ \t]+(?![a-z][a-z-]*[ \t]*:)\S"
    r"|[ \t]+[a-z]+-superseded[ \t]*:(?![^\n]*\(until[ \t]+\d{3,4}\)[ \t]*(?:\n|$)))")


# The header entry (its comments are the file's, not an entry's), up to its blank line.
_HEADER = regex.compile(r'(?:[ \t]*#[^\n]*\n)*[ \t]*msgid ""\n(?:[^\n]*\S[^\n]*\n)*')


def check_po_file(path: str) -> list[Problem]:
    """What only the PO file shows: what msgmerge left (previous msgids, curation carried to
    another msgid, reviewed entries made obsolete) and comment lines no field can take."""
    found: list[Problem] = []
    text = read_po_file(path)[1]
    header = _HEADER.match(text)
    if not _WORTH_PARSING.search("\n" + text, header.end() if header else 0):
        return found  # the common case, and parsing a large glossary again takes a while
    lines = text.split("\n")
    for po_entry in parse_po(text, path):
        comments = read_comments(po_entry.tcomment)
        curated = any(k in comments.fields for k in ("id", "type")) or bool(
            comments.variants or comments.notes)
        line = po_entry.linenum
        if po_entry.obsolete:
            if curated and po_entry.msgstr and "fuzzy" not in po_entry.flags:
                found.append(Problem("warning", "obsolete-reviewed", _(
                    "'{term}' = '{ko}' was reviewed and is obsolete (#~), as msgmerge leaves "
                    "it; remove the #~ to keep it").format(term=po_entry.msgid,
                                                          ko=po_entry.msgstr), path, line))
            continue
        for raw in comments.unattributed:
            found.append(Problem("warning", "stray-comment", _(
                "the comment line '{line}' of '{term}' continues no field; write it as "
                "'note: ...' or before the id line").format(line=raw.strip(),
                                                            term=po_entry.msgid), path,
                _comment_line(lines, line, raw)))
        for raw in comments.undated:
            found.append(Problem("warning", "superseded-without-year", _(
                "the former name '{line}' of '{term}' gives no year, so it is read as a plain "
                "deprecated term; write it as 'TERM (until YEAR)'").format(
                    line=raw.strip(), term=po_entry.msgid), path,
                _comment_line(lines, line, raw)))
        previous = po_entry.previous_msgid
        if previous is not None and previous != po_entry.msgid:
            found.append(Problem("error", "msgid-changed", _(
                "'{term}' was matched to the entry of '{previous}' (#| msgid): its comments "
                "describe '{previous}'").format(term=po_entry.msgid, previous=previous),
                path, line))
    return found


def _check_entry(entry: Entry) -> list[Problem]:
    path, line = entry.origin or (None, None)
    found: list[Problem] = []

    def add(severity: str, code: str, message: str) -> None:
        found.append(Problem(severity, code, message, path, line))

    if entry.type not in ENTRY_TYPES:
        add("error", "unknown-type", _("'{term}' has unknown type '{type}'").format(
            term=entry.en, type=entry.type))
    for term in entry.terms:
        if term.status not in Status:
            add("error", "unknown-status", _("'{term}' has unknown status").format(
                term=term.text))
        if not term.text.strip():
            add("error", "blank-term", _("'{term}' has a term that is only white space")
                .format(term=entry.en or entry.id))
    if not entry.en.strip():
        add("error", "empty-term", _("entry '{id}' has no English term").format(id=entry.id))
    if not entry.ko.strip():
        severity = "warning" if entry.fuzzy else "error"
        add(severity, "empty-translation", _("'{term}' has no Korean term").format(
            term=entry.en))
    for lang in LANGUAGES:
        if len(entry.terms_in(lang, Status.PREFERRED)) > 1:
            message = (_("'{term}' has several preferred English terms") if lang == "en"
                       else _("'{term}' has several preferred Korean terms"))
            add("error", "several-preferred", message.format(term=entry.en))
    for lang in LANGUAGES:
        accepted = {_exact(t.text) for t in entry.terms_in(lang, Status.PREFERRED,
                                                           Status.ADMITTED)}
        for term in entry.terms_in(lang, Status.DEPRECATED):
            if _exact(term.text) in accepted:
                add("error", "preferred-and-deprecated",
                    _("'{term}' is both accepted and deprecated in '{id}'").format(
                        term=term.text, id=entry.id))
    if entry.pos is not None and entry.pos not in PARTS_OF_SPEECH:
        add("error", "unknown-pos", _("'{term}' has unknown part of speech '{pos}'").format(
            term=entry.en, pos=entry.pos))
    if entry.fuzzy:
        add("warning", "fuzzy", _("'{term}' is not reviewed yet (fuzzy)").format(term=entry.en))
        if entry.id != entry.context and not _is_id_of(entry.id, entry.en):
            # msgmerge's fuzzy matching gives a new msgid the comments (id included) of
            # the entry it resembles.
            add("warning", "msgid-changed", _(
                "'{term}' is fuzzy and carries the comments of the entry '{id}': a fuzzy "
                "match by msgmerge?").format(term=entry.en, id=entry.id))
    return found


def _comment_line(lines: list[str], start: int, raw: str) -> int:
    """The line of an entry's translator comment, from the entry's first line on."""
    for number in range(start, len(lines) + 1):
        line = lines[number - 1].strip()
        if line.startswith("#") and line[1:].strip() == raw.strip():
            return number
        if line.startswith(("msgid", "msgctxt")):
            break
    return start


def _is_id_of(entry_id: str, msgid: str) -> bool:
    """Whether an id is the one yongeo gives a new entry of this msgid ('kagoshima', or
    'kagoshima-2' when that was taken)."""
    base = make_id(msgid)
    return entry_id == base or (entry_id.startswith(base + "-")
                                and entry_id[len(base) + 1:].isdigit())


def _exact(text: str) -> str:
    """A term as written, case folded: 바로 가기 and 바로가기 are two spellings a guide may
    accept and refuse, so spacing counts here."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
