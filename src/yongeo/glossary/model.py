"""Concept entries and glossaries: the data every other part of yongeo works on."""

from __future__ import annotations

import enum
import functools
import hashlib
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cached_property

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
# The parts of speech an entry may give its English term (`# pos: verb`).
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "proper-noun")


@dataclass(frozen=True)
class Term:
    """One written form of a concept in one language, with its status. An admitted term
    may be a `rendering`: accepted in a translation into its language, never looked for in
    a source in that language (launch for 출범: an English source's launch is mostly a
    missile's)."""

    text: str
    lang: str
    status: Status
    rendering: bool = False


class _Preferred:
    """An entry's preferred term in a language (entry.en, entry.ko), found once: kept in the
    instance's own dictionary, past the frozen __setattr__, which this descriptor then
    leaves to answer (not a field: equality, hashing and records ignore it). Unlike
    functools.cached_property, it takes no lock."""

    def __init__(self, lang: str):
        self.lang = lang
        self.name = lang

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, entry: Entry | None, owner: type | None = None):
        if entry is None:
            return self
        found = entry.__dict__[self.name] = entry.preferred(self.lang)
        return found


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
    # Part of speech of the English term (one of PARTS_OF_SPEECH): a noun entry does not match
    # the word used as a verb (the noun "set" is not "is set to").
    pos: str | None = None
    # Phrases in which the English word is not this term ("in this case", "for instance").
    not_in: tuple[str, ...] = ()
    # Former names: (lang, text, year) for a deprecated term that was the entry's name until
    # that year (the Japan Defense Agency until 2007, 외무부 until 1998): wrong for the
    # present, right where a text speaks of its time (lint.former).
    former: tuple[tuple[str, str, int], ...] = ()

    def preferred(self, lang: str) -> str:
        for term in self.terms:
            if term.lang == lang and term.status is Status.PREFERRED:
                return term.text
        return ""

    def terms_in(self, lang: str, *statuses: Status) -> tuple[Term, ...]:
        if not statuses:
            return tuple([t for t in self.terms if t.lang == lang])
        return tuple([t for t in self.terms if t.lang == lang and t.status in statuses])

    # en and ko (the preferred terms) are read at every turn of an import, an edit and a
    # lookup: see _Preferred.

    en = _Preferred("en")
    ko = _Preferred("ko")

    def with_terms(self, terms: Iterable[Term]) -> Entry:
        return replace(self, terms=tuple(terms))

    def to_json(self) -> dict:
        """The documented JSON shape of a concept entry (README, `lookup --json`)."""
        data: dict = {"id": self.id, "type": self.type, "terms": {}}
        for lang in LANGUAGES:
            ordered = sorted(self.terms_in(lang), key=lambda t: t.status.rank)
            data["terms"][lang] = [{"term": t.text, "status": t.status.value,
                                    **({"rendering": True} if t.rendering else {})}
                                   for t in ordered]
        data["note"] = self.note
        data["references"] = list(self.references)
        data["case_sensitive"] = self.case_sensitive
        data["untranslated"] = self.untranslated
        data["fuzzy"] = self.fuzzy
        data["pos"] = self.pos
        data["not_in"] = list(self.not_in)
        data["former"] = [{"lang": lang, "term": text, "until": until}
                          for lang, text, until in self.former]
        return data

    def former_until(self, text: str, lang: str) -> int | None:
        """The year until which `text` was the entry's name in `lang`, if it is a former
        name of the entry."""
        return next((until for former_lang, former_text, until in self.former
                     if former_lang == lang and former_text == text), None)


def _fill_at_once(cls: type) -> None:
    """Give a frozen dataclass an __init__ that fills the instance's dictionary in one
    update, where the generated one calls object.__setattr__ once per field (an Entry is
    made for every row of an import): the same parameters and defaults, still frozen."""
    namespace: dict = {}
    parameters = []
    for item in fields(cls):
        assert item.default_factory is MISSING and item.init, item.name
        if item.default is MISSING:
            parameters.append(item.name)
        else:
            namespace[f"_default_{item.name}"] = item.default
            parameters.append(f"{item.name}=_default_{item.name}")
    assigned = ", ".join(f"{item.name}={item.name}" for item in fields(cls))
    exec(f"def __init__(self, {', '.join(parameters)}):\n"  # noqa: S102 (as dataclasses does)
         f"    self.__dict__.update({assigned})\n", namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]


_fill_at_once(Entry)


# An entry as plain values (tuples, strings, booleans, None), which marshal stores and reads
# back in a fraction of the time pickle takes for the objects: the field values in field
# order, the terms as (text, lang, status, rendering) tuples.
_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
_TERMS = _ENTRY_FIELDS.index("terms")
_STATUS = {status.value: status for status in Status}
_PREFERRED_VALUE = Status.PREFERRED.value
_STATUS_VALUE = {status: status.value for status in Status}  # faster than .value


_FIELD_VALUES = operator.attrgetter(*_ENTRY_FIELDS)


def entry_record(entry: Entry) -> tuple:
    """An entry as plain values (see entry_from_record)."""
    values = list(_FIELD_VALUES(entry))
    values[_TERMS] = tuple([(t.text, t.lang, _STATUS_VALUE[t.status], t.rendering)
                            for t in entry.terms])
    return tuple(values)


def entry_from_record(record: tuple) -> Entry:
    """The entry entry_record made the record of."""
    terms = []
    preferred = {"en": "", "ko": ""}
    for text, lang, status, rendering in record[_TERMS]:
        term = object.__new__(Term)
        # As pickle restores a dataclass: the fields set at once, past the frozen __setattr__.
        term.__dict__.update(text=text, lang=lang, status=_STATUS[status], rendering=rendering)
        terms.append(term)
        if status == _PREFERRED_VALUE and preferred.get(lang) == "":
            preferred[lang] = text
    entry = object.__new__(Entry)
    values = entry.__dict__
    values.update(zip(_ENTRY_FIELDS, record))
    values["terms"] = tuple(terms)
    # The preferred terms (_Preferred) set now, with the fields: an entry's dictionary that
    # gets them later no longer fits the keys the entries share, and is copied whole (about
    # 650 bytes an entry, 13 MiB for a 20,000-entry glossary once linted).
    values["en"], values["ko"] = preferred["en"], preferred["ko"]
    return entry


# Where entry_record puts the fields that conflicts and lookups read without making entries.
_TYPE, _NOTE, _UNTRANSLATED, _CONTEXT, _POS = (
    _ENTRY_FIELDS.index(name) for name in ("type", "note", "untranslated", "context", "pos"))


class StoredEntries(Sequence):
    """A glossary's entries as records, each made an Entry the first time it is asked for:
    a lookup in a 20,000-entry glossary from the cache makes the dozen it shows."""

    def __init__(self, records: Sequence[tuple]):
        self._records = records
        self._made: list[Entry | None] = [None] * len(records)
        self._keys: list[str] | None = None

    def records(self) -> Sequence[tuple]:
        """The entries as records (entry_record), in order."""
        return self._records

    def term_lists(self) -> list[tuple]:
        """Each entry's terms as (text, lang, status, rendering) records, without making
        entries."""
        return [record[_TERMS] for record in self._records]

    def term_texts(self) -> list[str]:
        """The text of every term of every entry, entry by entry, without making entries."""
        return [term[0] for record in self._records for term in record[_TERMS]]

    def term_keys(self) -> list[str]:
        """term_key of every term of every entry, as term_texts lists them; folded in bulk
        once, and kept (conflicts and a lookup's preparation both read them)."""
        if self._keys is None:
            self._keys = term_keys(self.term_texts())
        return self._keys

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self)[index]
        entry = self._made[index]
        if entry is None:
            entry = self._made[index] = entry_from_record(self._records[index])
        return entry

    def __iter__(self) -> Iterator[Entry]:
        made = self._made
        for index, entry in enumerate(made):
            yield entry if entry is not None else self[index]

    def ids(self) -> list[str]:
        """Every entry's id, in order, without making the entries."""
        position = _ENTRY_FIELDS.index("id")
        return [record[position] for record in self._records]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, StoredEntries)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self):
        return tuple, (tuple(self),)


# What a term's key leaves out: Unicode's White_Space and every dash (\p{Pd}), listed for
# the standard library's engine (a lookup would import `regex` for this pattern alone);
# tests/test_glossary_scan.py checks the list against the `regex` module's data.
SPACING_CLASS = ("\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
                 "\\-\u058a\u05be\u1400\u1806\u2010-\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40"
                 "\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010d6e\U00010ead")
_SPACING = re.compile(f"[{SPACING_CLASS}]+")


def make_id(text: str) -> str:
    """A stable ASCII id from an English term: 'Lee Jae-myung' -> 'lee-jae-myung'."""
    ascii_text = text if text.isascii() else (  # ASCII has nothing to decompose
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
    # Each run of characters other than a-z and 0-9 one hyphen, none at either end: every
    # such character a space, then the words joined (an id is made for every import row).
    slug = "-".join(ascii_text.lower().translate(_SLUG_BREAKS).split())
    return slug or "entry"


# Every ASCII character but a-z and 0-9, as a space.
_SLUG_BREAKS = {code: " " for code in range(128)
                if not ("a" <= chr(code) <= "z" or "0" <= chr(code) <= "9")}


@functools.lru_cache(maxsize=1 << 16)  # an import or a lookup folds each term several times
def term_key(text: str) -> str:
    """The identity of a term for duplicate checks: NFC, case and spacing folded."""
    if text.isascii():  # NFC leaves it as it is, and casefold is lower
        return text.lower().translate(_ASCII_SPACING)
    folded = unicodedata.normalize("NFC", text).casefold()
    return _SPACING.sub("", folded)


# What _SPACING removes from ASCII text: white space and the hyphen-minus.
_ASCII_SPACING = dict.fromkeys(map(ord, "\t\n\v\f\r -"))
# Between texts folded together: neither white space nor a dash, and a starter that NFC
# composes with nothing, so the folding of the whole is the folding of each text.
_BETWEEN = "\x00"


def term_keys(texts: Sequence[str]) -> list[str]:
    """term_key of each text, folded in bulk: NFC, casefold and the spacing pattern run once
    over the texts joined (each works character by character, or within a text between
    starters), which for a whole glossary is a fraction of one call per text."""
    if not texts:
        return []
    joined = _BETWEEN.join(texts)
    if joined.isascii():
        folded = joined.lower().translate(_ASCII_SPACING)
    else:
        folded = _SPACING.sub("", unicodedata.normalize("NFC", joined).casefold())
    keys = folded.split(_BETWEEN)
    if len(keys) != len(texts):  # a text holds the separator itself
        return [term_key(text) for text in texts]
    return keys


@dataclass(frozen=True)
class Conflict:
    """Two entries that cannot be told apart, or that disagree across merged glossaries."""

    kind: str  # "duplicate-term", "preferred-and-deprecated", "merge", "duplicate-id"
    term: str
    first: Entry
    second: Entry

    def describe(self) -> str:
        if self.kind == "preferred-and-deprecated":
            message = _("'{term}' is preferred in '{first}' and deprecated in '{second}'")
        elif self.kind == "duplicate-id":
            message = _("the id '{first}' is used again in the same file, by '{term}'")
        elif self.kind == "merge":
            message = _("'{term}' is defined differently by two glossaries: '{first}' and "
                        "'{second}'")
        else:
            message = _("'{term}' belongs to both '{first}' and '{second}', which nothing "
                        "tells apart (same type, no note)")
        text = message.format(term=self.term, first=self.first.id, second=self.second.id)
        if self.first.origin and self.second.origin:
            (p1, l1), (p2, l2) = self.first.origin, self.second.origin
            text += " " + _("({first} and {second})").format(first=f"{p1}:{l1}",
                                                             second=f"{p2}:{l2}")
        return text


ACCEPTED = (Status.PREFERRED, Status.ADMITTED)


@dataclass(frozen=True)
class Glossary:
    """An ordered, immutable set of concept entries, indexed by id and by term."""

    entries: tuple[Entry, ...]  # or StoredEntries, read from the cache
    sources: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # What the glossary was made from (file contents and the code that read them), when it
    # was loaded from files: the key under which things derived from it are cached.
    key: str | None = field(default=None, compare=False, repr=False)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        index = self._index_of.get(entry_id)
        return None if index is None else self.entries[index]

    def find_term(self, text: str) -> list[tuple[Entry, Term]]:
        """Entries that hold this exact term (case and spacing folded), in file order."""
        return list(self._by_term.get(term_key(text), ()))

    @cached_property
    def _index_of(self) -> dict[str, int]:
        """Where the first entry of each id is."""
        entries = self.entries
        ids = entries.ids() if isinstance(entries, StoredEntries) else [e.id for e in entries]
        found: dict[str, int] = {}
        for index, entry_id in enumerate(ids):
            found.setdefault(entry_id, index)
        return found

    @cached_property
    def _by_term(self) -> dict[str, list[tuple[Entry, Term]]]:
        found: dict[str, list[tuple[Entry, Term]]] = {}
        for entry in self.entries:
            for term in entry.terms:
                found.setdefault(term_key(term.text), []).append((entry, term))
        return found


def same_sense(a: Entry, b: Entry) -> bool:
    """Whether two entries name the same kind of thing: type, part of speech, PO context."""
    return (a.type, a.pos, a.context) == (b.type, b.pos, b.context)


def told_apart(a: Entry, b: Entry) -> bool:
    """Whether two entries that share a term can be told apart, by a reader or by lint:
    by their type, part of speech or PO context, or by a note that says which is which."""
    return not same_sense(a, b) or bool(a.note) or bool(b.note)


def find_conflicts(entries: Iterable[Entry]) -> list[Conflict]:
    """Pairs of entries that accept the same term (preferred or admitted, same language)
    and that nothing tells apart. One term may be the rendering of several concepts (삭제
    for delete, and deprecated for clear), so sharing a term is not in itself a conflict;
    nor is a term deprecated in one entry and accepted in another."""
    if isinstance(entries, StoredEntries):
        return _stored_conflicts(entries)
    owners: dict[tuple[str, str], list[Entry]] = {}
    conflicts: list[Conflict] = []
    for entry in entries:
        seen_here: set[tuple[str, str]] = set()
        for term in entry.terms:
            if term.status not in ACCEPTED:
                continue
            key = (term.lang, term_key(term.text))
            if key in seen_here or not key[1]:
                continue
            seen_here.add(key)
            earlier = owners.setdefault(key, [])
            for other in earlier:
                if (other.untranslated or entry.untranslated) and term.lang == "ko":
                    continue  # an untranslated term is its own Korean form
                if not told_apart(other, entry):
                    conflicts.append(Conflict("duplicate-term", term.text, other, entry))
                    break
            earlier.append(entry)
    return conflicts


_ACCEPTED_VALUES = frozenset(status.value for status in ACCEPTED)


def _stored_conflicts(entries: StoredEntries) -> list[Conflict]:
    """find_conflicts over records and their bulk-folded keys: the same conflicts, in the
    same order, with only the entries they name made."""
    records = entries.records()
    keys = entries.term_keys()
    owners: dict[tuple[str, str], list[int]] = {}
    conflicts: list[Conflict] = []
    slot = 0
    for index, record in enumerate(records):
        terms = record[_TERMS]
        seen_here: set[tuple[str, str]] = set()
        for text, lang, status, _rendering in terms:
            folded = keys[slot]
            slot += 1
            if status not in _ACCEPTED_VALUES:
                continue
            key = (lang, folded)
            if key in seen_here or not folded:
                continue
            seen_here.add(key)
            earlier = owners.get(key)
            if earlier is None:
                owners[key] = [index]
                continue
            for other_index in earlier:
                other = records[other_index]
                if (other[_UNTRANSLATED] or record[_UNTRANSLATED]) and lang == "ko":
                    continue  # an untranslated term is its own Korean form
                # told_apart, on the records
                if ((other[_TYPE], other[_POS], other[_CONTEXT])
                        == (record[_TYPE], record[_POS], record[_CONTEXT])
                        and not other[_NOTE] and not record[_NOTE]):
                    conflicts.append(Conflict("duplicate-term", text, entries[other_index],
                                              entries[index]))
                    break
            earlier.append(index)
    return conflicts


def merge_glossaries(glossaries: Iterable[Glossary]) -> Glossary:
    """Merge glossaries in order; identical entries collapse, disagreements are reported."""
    glossaries = list(glossaries)
    if len(glossaries) == 1 and glossaries[0].key and _ids_unique(glossaries[0]):
        # Nothing to merge, and a glossary loaded from a file has its conflicts found.
        return glossaries[0]
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
                # The same id twice in one file (what msgmerge's fuzzy matching leaves) is
                # that file's duplicate, not two glossaries that disagree.
                same_file = (earlier.origin and entry.origin
                             and earlier.origin[0] == entry.origin[0])
                kind = "duplicate-id" if same_file else "merge"
                conflicts.append(Conflict(kind, entry.en or entry.id, earlier, entry))
    known = set(conflicts)
    merged_conflicts = [c for c in find_conflicts(entries) if c not in known]
    keys = [g.key for g in glossaries]
    key = None
    if keys and all(keys):
        key = hashlib.sha256("\n".join(keys).encode()).hexdigest()  # type: ignore[arg-type]
    return Glossary(tuple(entries), tuple(sources), tuple(conflicts + merged_conflicts), key)


def _ids_unique(glossary: Glossary) -> bool:
    return len(glossary._index_of) == len(glossary.entries)


def _same_concept(a: Entry, b: Entry) -> bool:
    return (a.type, set(a.terms), a.note, a.case_sensitive, a.untranslated) == (
        b.type, set(b.terms), b.note, b.case_sensitive, b.untranslated)
