"""Lookup: find entries for a query in either language, best match first."""

from __future__ import annotations

import enum
import functools
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from yongeo import cache
from yongeo.glossary.model import (
    Entry,
    Glossary,
    Status,
    StoredEntries,
    Term,
    term_key,
    term_keys,
)
from yongeo.i18n import _
from yongeo.patterns import lazy
from yongeo.text.english import singular_forms
from yongeo.text.korean import (
    choseong,
    decompose,
    has_hangul,
    is_choseong_query,
    strip_particles,
)
from yongeo.text.normalize import nfc, without_marks

# Below these, a fuzzy candidate is noise rather than a typo.
LATIN_FUZZY_MIN = 80.0
HANGUL_FUZZY_MIN = 0.75


class MatchKind(enum.IntEnum):
    """How a query met a term; lower is better, and results sort on it first."""

    PREFERRED = 0
    ADMITTED = 1
    DEPRECATED = 2
    CHOSEONG = 3
    PREFIX = 4
    SUBSTRING = 5
    FUZZY = 6

    @property
    def label(self) -> str:
        """The name people see; "fuzzy" is kept for unreviewed PO entries."""
        return {"SUBSTRING": "contains", "FUZZY": "near"}.get(self.name, self.name.lower())


_EXACT_KIND = {Status.PREFERRED: MatchKind.PREFERRED, Status.ADMITTED: MatchKind.ADMITTED,
               Status.DEPRECATED: MatchKind.DEPRECATED}


@dataclass(frozen=True)
class LookupResult:
    """An entry found for a query, the term that matched and how."""

    entry: Entry
    term: Term
    kind: MatchKind
    score: float  # 100 for exact, lower for fuzzy

    @property
    def use_instead(self) -> str | None:
        """For a deprecated hit, the preferred (else an admitted) term of the same language
        that is not deprecated itself: an entry msgmerge damaged may deprecate its own
        preferred term, and advice to use a deprecated term is worse than none."""
        if self.term.status is not Status.DEPRECATED:
            return None
        lang = self.term.lang
        refused = {_folded(t.text) for t in self.entry.terms_in(lang, Status.DEPRECATED)}
        for status in (Status.PREFERRED, Status.ADMITTED):
            for term in self.entry.terms_in(lang, status):
                if _folded(term.text) not in refused:
                    return term.text
        return None

    def to_json(self) -> dict:
        data = self.entry.to_json()
        data["match"] = {"term": self.term.text, "lang": self.term.lang,
                         "status": self.term.status.value, "kind": self.kind.label,
                         "score": round(self.score, 1)}
        until = self.entry.former_until(self.term.text, self.term.lang)
        if until is not None and self.term.status is Status.DEPRECATED:
            data["match"]["until"] = until  # a former name: the year it was the name until
        if self.use_instead:
            data["match"]["use_instead"] = self.use_instead
        return data


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def lookup(glossary: Glossary, query: str, limit: int = 10) -> list[LookupResult]:
    """Entries for a query: exact, variants, choseong, prefix, substring, then fuzzy."""
    query = nfc(query).strip()
    if not query:
        return []
    keys = _query_keys(query)
    initials = query.replace(" ", "") if is_choseong_query(query) else None
    prepared = prepare(glossary)
    if initials is not None:
        candidates = prepared.initials_candidates(initials)
        fuzzy: dict[int, float] = {}
    else:
        candidates, fuzzy = prepared.candidates(keys)
    best: dict[str, LookupResult] = {}
    # In glossary order, as a pass over every term would meet them: the first of equal
    # results stays.
    for slot in sorted(candidates):
        entry_index, term_index = prepared.entry_of[slot], prepared.term_of[slot]
        entry = glossary.entries[entry_index]
        term = entry.terms[term_index]
        result = _match(entry, term, prepared.keys[slot], keys, initials, fuzzy.get(slot),
                        prepared.choseong[slot])
        if result is None:
            continue
        current = best.get(entry.id)
        if current is None or (result.kind, -result.score) < (current.kind, -current.score):
            best[entry.id] = result
    ranked = sorted(best.values(), key=lambda r: (r.kind, -r.score, r.entry.en.casefold()))
    return ranked[:limit]


def _query_keys(query: str) -> list[str]:
    """The query folded, plus its forms without Korean particles or English inflection."""
    forms = [query]
    if has_hangul(query):
        words = query.split()
        for stem in strip_particles(words[-1])[1:]:
            forms.append(" ".join([*words[:-1], stem]))
    else:
        words = query.split()
        for single in singular_forms(words[-1])[1:]:
            forms.append(" ".join([*words[:-1], single]))
        if not query.isascii():  # Hepburn's macrons (Kōno, Ōsaka): the glossary's spelling
            forms += [without_marks(form) for form in forms]
    return list(dict.fromkeys(k for k in (term_key(f) for f in forms) if k))


def _match(entry: Entry, term: Term, key: str, keys: list[str], initials: str | None,
           fuzzy: float | None, term_initials: str) -> LookupResult | None:
    """How the query meets one term (its folded key and initials prepared), if at all."""
    if not key:
        return None
    if initials is not None:
        if term_initials == initials:
            return LookupResult(entry, term, MatchKind.CHOSEONG, 100.0)
        if len(initials) >= 2 and term_initials.startswith(initials):
            return LookupResult(entry, term, MatchKind.PREFIX, 90.0)
        return None
    if key in keys:
        return LookupResult(entry, term, _EXACT_KIND[term.status], 100.0)
    for query_key in keys:  # the query as typed first, then without particles or plural
        if len(query_key) >= 2 and key.startswith(query_key):
            return LookupResult(entry, term, MatchKind.PREFIX, 100.0 * len(query_key) / len(key))
    for query_key in keys:
        if len(query_key) >= 3 and query_key in key:
            return LookupResult(entry, term, MatchKind.SUBSTRING,
                                100.0 * len(query_key) / len(key))
    if fuzzy is not None:
        return LookupResult(entry, term, MatchKind.FUZZY, fuzzy)
    return None


# has_hangul, at C speed: a syllable or a compatibility jamo (text.korean.is_hangul).
_HANGUL = lazy("[\uac00-\ud7a3\u3131-\u318e]")
_SEPARATOR = "\n"  # never in a folded key, which has no white space


@dataclass(frozen=True)
class PreparedGlossary:
    """Every term of a glossary folded once, for lookups: the keys joined in one string (a
    prefix or substring is one str.find over it), and the fuzzy targets (whole keys and the
    keys of a term's words; Hangul as jamo) as lists rapidfuzz scores in one call."""

    # Per term slot, in glossary order. Arrays and strings, not tuples of tuples: the
    # cached copy loads in a few milliseconds.
    entry_of: array  # the entry's index in the glossary
    term_of: array  # the term's index in the entry
    keys: tuple[str, ...]  # term_key of the term
    choseong: tuple[str, ...]  # the term's initial consonants
    joined: str  # SEPARATOR + keys joined by SEPARATOR + SEPARATOR
    starts: array  # where each slot's key starts in `joined`
    latin: tuple[str, ...]  # fuzzy targets of at least 4 characters without Hangul
    latin_slot: array  # the slot of each
    latin_word: bytes  # 1 where the target is a word of the term, not the whole term
    jamo: tuple[str, ...]  # Hangul fuzzy targets, decomposed into jamo
    jamo_slot: array
    jamo_word: bytes

    @classmethod
    def build(cls, glossary: Glossary) -> PreparedGlossary:
        entry_of, term_of, texts = _term_slots(glossary)
        entries = glossary.entries
        # Every term folded in one pass over all of them (kept by a loaded glossary, which
        # found its conflicts with them), every word of a term of several in another, and
        # the Korean ones turned into initials and jamo in one translate call each.
        keys = entries.term_keys() if isinstance(entries, StoredEntries) else term_keys(texts)
        to_jamo, to_initials = _syllable_tables()
        plain = [text.isascii() for text in texts]  # most English terms: nothing Korean
        korean = [slot for slot, ascii_only in enumerate(plain) if not ascii_only]
        initials = [""] * len(texts)
        for slot, found in zip(korean, _translate_all([texts[s] for s in korean], to_initials,
                                                      choseong)):
            initials[slot] = found
        several = [(slot, words) for slot, words in
                   ((slot, texts[slot].split()) for slot, key in enumerate(keys) if key)
                   if len(words) > 1]
        word_slots = [slot for slot, words in several for _w in words]
        word_keys = term_keys([w for _slot, words in several for w in words])
        # The fuzzy targets: each term's key, and each word's of a term of several words
        # (in no particular order: a slot keeps its best score).
        latin, latin_slot, latin_word = [], array("i"), bytearray()
        hangul, jamo_slot, jamo_word = [], array("i"), bytearray()
        korean_search = _HANGUL.search
        for is_word, slots, targets in ((0, range(len(keys)), keys),
                                        (1, word_slots, word_keys)):
            for slot, target in zip(slots, targets):
                if not target:
                    continue
                if not plain[slot] and korean_search(target):
                    hangul.append(target)
                    jamo_slot.append(slot)
                    jamo_word.append(is_word)
                elif len(target) >= 4:
                    latin.append(target)
                    latin_slot.append(slot)
                    latin_word.append(is_word)
        # A folded key has no white space: the separator cannot be in one.
        jamo = _translate_all(hangul, to_jamo, decompose)
        starts = array("q", accumulate([len(key) + 1 for key in keys], initial=1))[:-1]
        joined = _SEPARATOR + _SEPARATOR.join(keys) + _SEPARATOR
        return cls(entry_of, term_of, tuple(keys), tuple(initials), joined, starts,
                   tuple(latin), latin_slot, bytes(latin_word), tuple(jamo), jamo_slot,
                   bytes(jamo_word))

    def __reduce__(self):
        # Pickled with each list of strings as one string (none holds the separator: keys
        # and fuzzy targets are folded, initials are consonants): a cache written and read
        # in one copy each, not string by string.
        return _restore_prepared, (
            self.entry_of, self.term_of, self.joined, _together(self.choseong), self.starts,
            _together(self.latin), self.latin_slot, self.latin_word, _together(self.jamo),
            self.jamo_slot, self.jamo_word)

    def initials_candidates(self, initials: str) -> set[int]:
        if len(initials) >= 2:
            return {s for s, found in enumerate(self.choseong) if found.startswith(initials)}
        return {s for s, found in enumerate(self.choseong) if found == initials}

    def candidates(self, keys: list[str]) -> tuple[set[int], dict[int, float]]:
        """The slots the query may meet (a superset: `_match` decides), and the fuzzy score
        of each slot that has one, as scoring each term in turn would give it."""
        found: set[int] = set()
        for query_key in keys:
            found.update(self._occurrences(_SEPARATOR + query_key + _SEPARATOR, 1))
            if len(query_key) >= 2:
                found.update(self._occurrences(_SEPARATOR + query_key, 1))
            if len(query_key) >= 3:
                found.update(self._occurrences(query_key, 0))
        fuzzy = self._fuzzy(keys)
        found.update(fuzzy)
        return found, fuzzy

    def _occurrences(self, needle: str, skip: int) -> set[int]:
        slots = set()
        position = self.joined.find(needle)
        while position >= 0:
            slots.add(bisect_right(self.starts, position + skip) - 1)
            position = self.joined.find(needle, position + 1)
        return slots

    def _fuzzy(self, keys: list[str]) -> dict[int, float]:
        """Typo tolerance: jamo-level for Hangul, character-level for Latin, whole term and
        each of its words (a word is a weaker hit), all choices scored in bulk."""
        best: dict[int, float] = {}
        for query_key in keys:
            if has_hangul(query_key):
                choices, slots, words = self.jamo, self.jamo_slot, self.jamo_word
                scorer = Levenshtein.normalized_similarity  # 0..1, as jamo_similarity
                query, scale, floor = decompose(query_key), 100.0, 100.0 * HANGUL_FUZZY_MIN
                cutoff = HANGUL_FUZZY_MIN
            else:
                if len(query_key) < 4:
                    continue
                choices, slots, words = self.latin, self.latin_slot, self.latin_word
                scorer = fuzz.ratio
                query, scale, floor, cutoff = query_key, 1.0, LATIN_FUZZY_MIN, LATIN_FUZZY_MIN
            if not choices:
                continue
            # The cut-off is the floor before a word's 0.95: a lower bound, checked below.
            hits = process.extract(
                query, choices, limit=None, score_cutoff=cutoff, processor=None,
                scorer=scorer)
            for _choice, raw, index in hits:
                slot, word = slots[index], words[index]
                score = scale * raw
                if word:
                    score *= 0.95
                if score >= floor and score > best.get(slot, 0.0):
                    best[slot] = score
        return best


def _together(texts: tuple[str, ...]) -> tuple[int, str]:
    return len(texts), _SEPARATOR.join(texts)


def _apart(together: tuple[int, str]) -> tuple[str, ...]:
    count, text = together
    return tuple(text.split(_SEPARATOR)) if count else ()


def _restore_prepared(entry_of, term_of, joined, choseong, starts, latin, latin_slot,
                      latin_word, jamo, jamo_slot, jamo_word) -> PreparedGlossary:
    keys = (len(starts), joined[1:-1])
    return PreparedGlossary(entry_of, term_of, _apart(keys), _apart(choseong), joined, starts,
                            _apart(latin), latin_slot, latin_word, _apart(jamo), jamo_slot,
                            jamo_word)


def _term_slots(glossary: Glossary) -> tuple[array, array, list[str]]:
    """For every term of the glossary, in order: its entry's index, its index in the entry
    and its text; from the records of a loaded glossary, without making its entries."""
    entries = glossary.entries
    if isinstance(entries, StoredEntries):
        texts_of = [[term[0] for term in terms] for terms in entries.term_lists()]
    else:
        texts_of = [[term.text for term in entry.terms] for entry in entries]
    entry_of = array("i", [index for index, terms in enumerate(texts_of) for _t in terms])
    term_of = array("i", [position for terms in texts_of for position in range(len(terms))])
    return entry_of, term_of, [text for terms in texts_of for text in terms]


class _CharTable(dict):
    """A str.translate table that converts each character once, when first met: a glossary
    is prepared with one translate call per term."""

    def __init__(self, convert: Callable[[str], str]):
        super().__init__()
        self._convert = convert

    def __missing__(self, code: int) -> str:
        value = self[code] = self._convert(chr(code))
        return value


@functools.cache
def _syllable_tables() -> tuple[_CharTable, _CharTable]:
    """Each Hangul syllable to its jamo (text.korean.decompose, other characters kept), and
    to its initial consonant (text.korean.choseong, other characters dropped but the
    separator, which _translate_all joins texts with)."""
    initials = _CharTable(choseong)
    initials[ord(_SEPARATOR)] = _SEPARATOR
    return _CharTable(decompose), initials


def _translate_all(texts: list[str], table: _CharTable, convert: Callable[[str], str]
                   ) -> list[str]:
    """Each text through the table (which keeps the separator), in one call over them
    joined; `convert`, text by text, where a text holds the separator itself."""
    if not texts:
        return []
    done = _SEPARATOR.join(texts).translate(table).split(_SEPARATOR)
    return done if len(done) == len(texts) else [convert(text) for text in texts]


_LAST: list[tuple[Glossary, PreparedGlossary]] = []


def prepare(glossary: Glossary) -> PreparedGlossary:
    """The glossary prepared for lookups: kept for the glossary last used in this process,
    and on disk (yongeo.cache) for a glossary loaded from files, keyed by their content."""
    if _LAST and _LAST[0][0] is glossary:
        return _LAST[0][1]
    if glossary.key:
        prepared = cache.load_or_build(
            "lookup", cache.derived_key("lookup", glossary.key),
            lambda: PreparedGlossary.build(glossary))
    else:
        prepared = PreparedGlossary.build(glossary)
    _LAST[:] = [(glossary, prepared)]
    return prepared


def sense_text(entry: Entry) -> str:
    """What an entry says about its sense, for people: 'verb; not in: in this case, for
    instance' (empty when it says nothing)."""
    parts = [entry.pos] if entry.pos else []
    if entry.not_in:
        parts.append(_("not in: {phrases}").format(phrases=", ".join(entry.not_in)))
    return "; ".join(parts)
