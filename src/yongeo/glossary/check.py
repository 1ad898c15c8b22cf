"""Validation of a glossary: the problems `yongeo check` reports."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    PARTS_OF_SPEECH,
    Entry,
    Glossary,
    Status,
)
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
    return problems


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
    return found


def _exact(text: str) -> str:
    """A term as written, case folded: 바로 가기 and 바로가기 are two spellings a guide may
    accept and refuse, so spacing counts here."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
