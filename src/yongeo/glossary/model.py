"""Concept entries and glossaries: the data every other part of yongeo works on."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import regex

from yongeo.i18n import _

LANGUAGES = ("en", "ko")


class Status(enum.StrEnum):
    """TBX administrative status of a term; "forbidden" is spelled deprecated."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"

    @property
    def rank(self) -> int:
        return _STATUS_RANK[self]


_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2}


class EntryType(enum.StrEnum):
    """What kind of thing a concept entry names."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    AGREEMENT = "agreement"
    TITLE = "title"
    CONCEPT = "concept"
    EVENT = "event"
    PUBLICATION = "publication"


ENTRY_TYPES = tuple(t.value for t in EntryType)


@dataclass(frozen=True)
class Term:
    """One written form of a concept in one language, with its status."""

    text: str
    lang: str
    status: Status


@dataclass(frozen=True)
class Entry:
    """A concept entry: one preferred term per language plus variants and metadata."""

    id: str
    type: str
    terms: tuple[Term, ...]
    note: str = ""
    references: tuple[str, ...] = ()
    case_sensitive: bool = False
    untranslated: bool = False
    fuzzy: bool = False
    context: str | None = None
    # Where the entry was read from, for messages: (path, line).
    origin: tuple[str, int] | None = field(default=None, compare=False)
    # Translator comment lines yongeo does not interpret, kept verbatim.
    extra_comments: tuple[str, ...] = ()
    extracted_comments: str = ""
    # Part of speech of the English term ("noun", "verb", ...): a noun entry does not match
    # the word used as a verb (the noun "set" is not "is set to").
    pos: str | None = None
    # Phrases in which the English word is not this term ("in this case", "for instance").
    not_in: tuple[str, ...] = ()

    def preferred(self, lang: str) -> str:
        for term in self.terms:
            if term.lang == lang and term.status is Status.PREFERRED:
                return term.text
        return ""

    def terms_in(self, lang: str, *statuses: Status) -> tuple[Term, ...]:
        wanted = statuses or tuple(Status)
        return tuple(t for t in self.terms if t.lang == lang and t.status in wanted)

    @property
    def en(self) -> str:
        return self.preferred("en")

    @property
    def ko(self) -> str:
        return self.preferred("ko")

    def with_terms(self, terms: Iterable[Term]) -> Entry:
        return replace(self, terms=tuple(terms))

    def to_json(self) -> dict:
        """The documented JSON shape of a concept entry (README, `lookup --json`)."""
        data: dict = {"id": self.id, "type": self.type, "terms": {}}
        for lang in LANGUAGES:
            ordered = sorted(self.terms_in(lang), key=lambda t: t.status.rank)
            data["terms"][lang] = [{"term": t.text, "status": t.status.value} for t in ordered]
        data["note"] = self.note
        data["references"] = list(self.references)
        data["case_sensitive"] = self.case_sensitive
        data["untranslated"] = self.untranslated
        data["fuzzy"] = self.fuzzy
        return data


def make_id(text: str) -> str:
    """A stable ASCII id from an English term: 'Lee Jae-myung' -> 'lee-jae-myung'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = regex.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "entry"


def term_key(text: str) -> str:
    """The identity of a term for duplicate checks: NFC, case and spacing folded."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return regex.sub(r"[\s\p{Pd}]+", "", folded)


@dataclass(frozen=True)
class Conflict:
    """Two entries that claim the same term, or disagree across merged glossaries."""

    kind: str  # "duplicate-term", "preferred-and-deprecated", "merge"
    term: str
    first: Entry
    second: Entry

    def describe(self) -> str:
        if self.kind == "preferred-and-deprecated":
            message = _("'{term}' is preferred in '{first}' and deprecated in '{second}'")
        elif self.kind == "merge":
            message = _("'{term}' is defined differently by two glossaries: '{first}' and "
                        "'{second}'")
        else:
            message = _("'{term}' belongs to both '{first}' and '{second}'")
        text = message.format(term=self.term, first=self.first.id, second=self.second.id)
        if self.first.origin and self.second.origin:
            (p1, l1), (p2, l2) = self.first.origin, self.second.origin
            text += " " + _("({first} and {second})").format(first=f"{p1}:{l1}",
                                                             second=f"{p2}:{l2}")
        return text


@dataclass(frozen=True)
class Glossary:
    """An ordered, immutable set of concept entries."""

    entries: tuple[Entry, ...]
    sources: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def find_term(self, text: str) -> list[tuple[Entry, Term]]:
        """Entries that hold this exact term (case and spacing folded)."""
        key = term_key(text)
        return [(e, t) for e in self.entries for t in e.terms if term_key(t.text) == key]


def find_conflicts(entries: Iterable[Entry]) -> list[Conflict]:
    """Terms shared by two entries, and terms preferred in one and deprecated in another."""
    owners: dict[tuple[str, str], tuple[Entry, Term]] = {}
    conflicts: list[Conflict] = []
    for entry in entries:
        seen_here: set[tuple[str, str]] = set()
        for term in entry.terms:
            key = (term.lang, term_key(term.text))
            if key in seen_here or not key[1]:
                continue
            seen_here.add(key)
            if key not in owners:
                owners[key] = (entry, term)
                continue
            other, other_term = owners[key]
            statuses = {term.status, other_term.status}
            if statuses == {Status.PREFERRED, Status.DEPRECATED}:
                pref, dep = (other, entry) if other_term.status is Status.PREFERRED else (
                    entry, other)
                conflicts.append(Conflict("preferred-and-deprecated", term.text, pref, dep))
            elif (other.untranslated or entry.untranslated) and term.lang == "ko":
                # An untranslated term is its own Korean form; sharing it is not a clash.
                continue
            else:
                conflicts.append(Conflict("duplicate-term", term.text, other, entry))
    return conflicts


def merge_glossaries(glossaries: Iterable[Glossary]) -> Glossary:
    """Merge glossaries in order; identical entries collapse, disagreements are reported."""
    entries: list[Entry] = []
    by_id: dict[str, Entry] = {}
    conflicts: list[Conflict] = []
    sources: list[str] = []
    for glossary in glossaries:
        sources.extend(glossary.sources)
        conflicts.extend(glossary.conflicts)
        for entry in glossary.entries:
            earlier = by_id.get(entry.id)
            if earlier is None:
                by_id[entry.id] = entry
                entries.append(entry)
            elif _same_concept(earlier, entry):
                continue
            else:
                conflicts.append(Conflict("merge", entry.en or entry.id, earlier, entry))
    merged_conflicts = [c for c in find_conflicts(entries) if c not in conflicts]
    return Glossary(tuple(entries), tuple(sources), tuple(conflicts + merged_conflicts))


def _same_concept(a: Entry, b: Entry) -> bool:
    return (a.type, set(a.terms), a.note, a.case_sensitive, a.untranslated) == (
        b.type, set(b.terms), b.note, b.case_sensitive, b.untranslated)
