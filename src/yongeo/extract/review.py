"""Reviewing suggestions: the entries waiting for a person, and what each answer does.

Every answer is saved at once through the locked PO store, so quitting (or a crash) never
loses the answers already given.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import regex

from yongeo.errors import EditError
from yongeo.extract.update import REJECTED, SUGGESTION_KEY
from yongeo.glossary.model import Entry, Status, Term, term_key
from yongeo.glossary.po import PoStore, edit_po
from yongeo.i18n import _
from yongeo.labels import status_label

ACTIONS = ("accept", "edit", "skip", "reject", "quit")


@dataclass(frozen=True)
class Decision:
    """A reviewer's answer for one entry."""

    action: str  # accept, edit, skip, reject
    korean: str = ""
    english: str = ""


def pending(path: str | os.PathLike) -> list[Entry]:
    """Entries not yet reviewed: fuzzy, or without a Korean term; in file order."""
    store = PoStore.open(path)
    return [e for e in store.entries if e.fuzzy or not e.ko]


def needs_english(entry: Entry) -> bool:
    """A term found in Korean text: its msgid is Korean, and it needs an English term."""
    return bool(regex.search(r"\p{Hangul}", entry.en))


def suggestion_origin(entry: Entry) -> str:
    """The origin recorded by `yongeo update` ('' when there is none)."""
    for line in entry.extra_comments:
        key, _, value = line.partition(":")
        if key.strip() == SUGGESTION_KEY:
            return value.strip()
    return ""


def apply_decision(path: str | os.PathLike, entry_id: str, decision: Decision) -> Entry | None:
    """Apply one answer and save; returns the entry as it now is (None once rejected)."""
    if decision.action not in ACTIONS:
        raise EditError(_("unknown review action '{action}'").format(action=decision.action),
                        str(path))
    if decision.action in ("skip", "quit"):
        return None
    with edit_po(path) as store:
        entry = store.glossary().get(entry_id)
        if entry is None:
            raise EditError(_("no entry with id '{id}' (changed meanwhile?)").format(id=entry_id),
                            str(path))
        if decision.action == "reject":
            store.make_obsolete(entry, reason=REJECTED)
            return None
        if decision.action == "accept":
            if not entry.ko:
                raise EditError(_("'{en}' has no Korean to accept; edit it instead")
                                .format(en=entry.en), str(path))
            new = _reviewed(entry, entry.terms)
        else:
            new = _edited(entry, decision, str(path))
        _refuse_clash(store, entry, new, str(path))
        store.replace(entry, new)
        return new


def _reviewed(entry: Entry, terms) -> Entry:
    # The suggestion line described the machine's proposal; a person has now decided.
    extra = tuple(line for line in entry.extra_comments
                  if line.partition(":")[0].strip() != SUGGESTION_KEY)
    return replace(entry, terms=tuple(terms), fuzzy=False, extra_comments=extra)


def _edited(entry: Entry, decision: Decision, path: str) -> Entry:
    korean, english = decision.korean.strip(), decision.english.strip()
    if not korean and not english:
        raise EditError(_("an edit needs a Korean or an English term"), path)
    terms = list(entry.terms)
    if english:
        old_english = entry.en
        terms = [t for t in terms if not (t.lang == "en" and t.status is Status.PREFERRED)]
        terms.insert(0, Term(english, "en", Status.PREFERRED))
        if regex.search(r"\p{Hangul}", old_english) and not korean and not entry.ko:
            korean = old_english  # a term found in Korean text: its msgid is the Korean
        elif term_key(old_english) != term_key(english) and not regex.search(
                r"\p{Hangul}", old_english):
            terms.append(Term(old_english, "en", Status.ADMITTED))
    if korean:
        terms = [t for t in terms if not (t.lang == "ko" and (
            t.status is Status.PREFERRED or term_key(t.text) == term_key(korean)))]
        terms.append(Term(korean, "ko", Status.PREFERRED))
    return _reviewed(entry, terms)


def _refuse_clash(store: PoStore, old: Entry, new: Entry, path: str) -> None:
    glossary = store.glossary()
    for term in new.terms:
        for other, other_term in glossary.find_term(term.text):
            if other.id != old.id and other_term.lang == term.lang and not (
                    term.lang == "ko" and (other.untranslated or new.untranslated)):
                raise EditError(_("'{term}' is already a term of '{entry}' ({status})").format(
                    term=term.text, entry=other.en, status=status_label(other_term.status.value)),
                    path)
