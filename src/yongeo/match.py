"""The compiled matcher: a glossary in, term hits (character spans) out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from yongeo.glossary.model import Entry, EntryType, Glossary, Term
from yongeo.text.english import plural
from yongeo.text.korean import is_particle_chain, is_syllable
from yongeo.text.normalize import fold, fold_term, fold_term_cased, nfc

# Names must stand alone (오오사카 is not 오사카); other terms may head a compound
# (국가안보실장 holds 국가안보실) when they are long enough not to be an accident.
_NAME_TYPES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})
_MIN_COMPOUND_SYLLABLES = 3
# Noun suffixes a place name takes before any particle: 후쿠시마산 수산물 (産, "from"),
# 도쿄발 (發), 오사카행 (行), 나라시 (市), 나라현 (縣), 부산항 (港), 도쿄역 (驛).
_PLACE_SUFFIXES = ("산", "발", "행", "시", "현", "항", "역")


@dataclass(frozen=True)
class Hit:
    """One occurrence of a glossary term in a text: [start, end) in the NFC text."""

    start: int
    end: int
    entry: Entry
    term: Term
    found: str


@dataclass(frozen=True)
class _Slot:
    entry: int
    term: int
    cased: str | None  # the exact folded form, for case-sensitive entries


class Matcher:
    """All terms of a glossary compiled into one Aho–Corasick automaton over folded text."""

    def __init__(self, glossary: Glossary | Iterable[Entry]):
        entries = glossary.entries if isinstance(glossary, Glossary) else glossary
        self.entries: tuple[Entry, ...] = tuple(entries)
        table: dict[str, list[_Slot]] = {}
        for e_index, entry in enumerate(self.entries):
            for t_index, term in enumerate(entry.terms):
                for form in _written_forms(term):
                    key = fold_term(form)
                    if not key:
                        continue
                    cased = fold_term_cased(form) if entry.case_sensitive else None
                    slot = _Slot(e_index, t_index, cased)
                    slots = table.setdefault(key, [])
                    if slot not in slots:
                        slots.append(slot)
        self._keys = list(table)
        self._slots = [tuple(table[k]) for k in self._keys]
        self._compile()

    def _compile(self) -> None:
        # Everything the scan needs per key, precomputed so a hit costs a few lookups.
        self._info = []
        for key, slots in zip(self._keys, self._slots, strict=True):
            langs = frozenset(self.entries[s.entry].terms[s.term].lang for s in slots)
            names = [self.entries[s.entry].type in _NAME_TYPES for s in slots]
            self._info.append((
                len(key),
                langs,
                tuple((s.entry, s.term, s.cased, self.entries[s.entry].terms[s.term].lang,
                       self.entries[s.entry].type) for s in slots),
                sum(1 for c in key if is_syllable(c)),
                is_syllable(key[0]), is_syllable(key[-1]),
                any(names), all(names),
            ))
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for index, key in enumerate(self._keys):
            self._automaton.add_word(key, index)
        if self._keys:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._keys)

    def find(self, text: str, lang: str | None = None) -> list[Hit]:
        """Non-overlapping hits, longest first where they compete, in text order.

        `text` should be NFC already (offsets refer to the NFC text); it is normalised here
        if it is not.
        """
        return select_longest(self.find_all(text, lang))

    def find_all(self, text: str, lang: str | None = None) -> list[Hit]:
        """Every hit that stands alone, overlapping ones included (국가안보실장 also holds
        국가안보실 and 안보실), sorted by start and longest first."""
        if not self._keys:
            return []
        text = nfc(text)
        hits = [Hit(start, end, self.entries[e], self.entries[e].terms[t], text[start:end])
                for start, end, e, t in self.spans(text, lang)]
        hits.sort(key=_hit_order)
        return hits

    def spans(self, text: str, lang: str | None = None) -> list[tuple[int, int, int, int]]:
        """The raw form of find_all: (start, end, entry index, term index), unsorted, for
        callers that scan megabytes and want no object per hit. `text` must be NFC."""
        if not self._keys:
            return []
        folded = fold(text)
        folded_text, cased_text = folded.text, folded.cased
        to_original = folded.to_original if folded.shifted else None
        info = self._info
        length = len(text)
        out: list[tuple[int, int, int, int]] = []
        append = out.append
        for last, index in self._automaton.iter(folded_text):
            size, langs, slots, syllables, first_syl, last_syl, any_name, all_name = info[index]
            if lang is not None and lang not in langs:
                continue
            f_start = last - size + 1
            if to_original is None:
                start, end = f_start, last + 1
            else:
                start, end = to_original(f_start), to_original(last) + 1
            # Boundaries once for names and once for other terms, only when needed.
            alone_name = alone_other = None
            for e_index, t_index, cased, term_lang, entry_type in slots:
                if lang is not None and term_lang != lang:
                    continue
                if cased is not None and cased_text[f_start:last + 1] != cased:
                    continue
                is_name = entry_type in _NAME_TYPES
                if is_name:
                    if alone_name is None:
                        alone_name = _stands_alone(text, length, start, end, syllables,
                                                   first_syl, last_syl, True,
                                                   entry_type == "place")
                    ok = alone_name
                else:
                    if alone_other is None:
                        alone_other = _stands_alone(text, length, start, end, syllables,
                                                    first_syl, last_syl, False, False)
                    ok = alone_other
                if ok:
                    append((start, end, e_index, t_index))
        return out

    # Pickling keeps the table and rebuilds nothing but what pyahocorasick pickles itself.
    def __getstate__(self) -> dict:
        return {"entries": self.entries, "keys": self._keys, "slots": self._slots,
                "info": self._info, "automaton": self._automaton}

    def __setstate__(self, state: dict) -> None:
        self.entries = state["entries"]
        self._keys = state["keys"]
        self._slots = state["slots"]
        self._info = state["info"]
        self._automaton = state["automaton"]


def _hit_order(hit: Hit) -> tuple[int, int]:
    return hit.start, hit.start - hit.end


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits from `hits` sorted as find_all sorts them: at each place the
    longest wins; two entries with the very same span are both kept, once each."""
    chosen: list[Hit] = []
    taken_end = -1
    taken_span: tuple[int, int] | None = None
    for hit in hits:
        span = (hit.start, hit.end)
        if span == taken_span:
            if all(h.entry is not hit.entry for h in chosen[-4:] if (h.start, h.end) == span):
                chosen.append(hit)  # same span, another entry
            continue
        if hit.start < taken_end:
            continue
        chosen.append(hit)
        taken_end, taken_span = hit.end, span
    return chosen


def _written_forms(term: Term) -> list[str]:
    forms = [term.text]
    if term.lang == "en":
        many = plural(term.text)
        if many:
            forms.append(many)
    return forms


def _stands_alone(text: str, length: int, start: int, end: int, syllables: int,
                  first_syl: bool, last_syl: bool, is_name: bool, is_place: bool) -> bool:
    """Word boundaries, with Korean particles and English possessives allowed after."""
    if start > 0:
        before = text[start - 1]
        if first_syl:
            if is_syllable(before) and (is_name or syllables < _MIN_COMPOUND_SYLLABLES):
                return False
        elif before.isalnum() and text[start].isalnum():
            return False
    if end >= length:
        return True
    after = text[end]
    if last_syl:
        if not is_syllable(after):
            return True
        tail_end = end
        while tail_end < length and is_syllable(text[tail_end]):
            tail_end += 1
        tail = text[end:tail_end]
        if is_particle_chain(tail):
            return True
        if is_place and tail.startswith(_PLACE_SUFFIXES) and is_particle_chain(tail[1:]):
            return True
        return not is_name and syllables >= _MIN_COMPOUND_SYLLABLES
    # An apostrophe after the term is a possessive (Takaichi's, Takaichi’s): still the term.
    return not (text[end - 1].isalnum() and after.isalnum())
