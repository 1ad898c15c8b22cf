"""The compiled matcher: a glossary in, term hits (character spans) out."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import ahocorasick
import regex

from yongeo.glossary.model import Entry, EntryType, Glossary, Status, Term
from yongeo.text.compounds import compound_spellings, noun_modifier_spellings
from yongeo.text.demonyms import nationality_variants
from yongeo.text.english import (
    abbreviated_forms,
    leaders_government_forms,
    slashed_forms,
    spelling_variants,
    term_forms,
)
from yongeo.text.english_names import name_orders
from yongeo.text.hyphenation import line_end_breaks
from yongeo.text.korean import (
    AGENT_SUFFIXES,
    MIDDLE_DOTS,
    STANCE_PREFIXES,
    STATIONED_MIN_SYLLABLES,
    STATIONED_PREFIX,
    ends_sentence,
    is_copula_form,
    is_particle_chain,
    is_predicate_tail,
    is_syllable,
    makes_agent_noun,
)
from yongeo.text.korean import leaders_government_forms as korean_government_forms
from yongeo.text.normalize import (
    SCRIPT_DIGITS,
    fold_chars,
    fold_term_cased,
    nfc,
    script_break,
    writes_no_capitals,
)
from yongeo.text.places import (
    PLACE_BODY_HEADS,
    PLACE_SUFFIXES,
    pair_orders,
    pair_phrasings,
    relation_head_variants,
)

# Names must stand alone (오오사카 is not 오사카); other terms may head a compound
# (국가안보실장 holds 국가안보실) when they are long enough not to be an accident.
_NAME_TYPES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})
_MIN_COMPOUND_SYLLABLES = 3
# The shortest Latin acronym a Korean noun is read written onto (CPTPP가입, GSOMIA연장):
# three letters; a shorter term takes only particles after it.
_SOLID_ACRONYM = 3
_AGENT_STARTS = frozenset(AGENT_SUFFIXES)
# Other terms of two syllables or more are found as predicates too (대입하고, 대입된, 모드입니다):
# a light verb or the copula after a noun leaves it the same word, so a hit there is sure
# enough to flag. Compounds of shorter terms (기본값) and 적/화 derivations (기본적으로) only
# confirm a translation: lint.presence looks for them where a term seems missing.
_MIN_PREDICATE_SYLLABLES = 2
_HANGUL = regex.compile(r"[\uac00-\ud7a3]")
_WHITESPACE = regex.compile(r"\s+")
_SYLLABLE_RUN = re.compile(r"[\uac00-\ud7a3]+")  # re: a cheaper call for a plain class
# Spaces and a Korean word after them: what follows a word that does not end a sentence.
_WORD_NEXT = re.compile(r"[ \t]+[\uac00-\ud7a3]")

# What joins many short texts (a PO file's strings) to be read in one pass: no letter, no
# digit, no space, no mark, in no pattern's words or terms, so that nothing found in the
# joined text runs across it, and beside it a text reads as it does at its very ends.
SEPARATOR = "\x00"


def separated_starts(texts: Sequence[str]) -> list[int]:
    """Where each text starts in SEPARATOR.join(texts)."""
    starts = list(accumulate([len(text) + 1 for text in texts], initial=0))
    starts.pop()
    return starts


class Hit(NamedTuple):
    """One occurrence of a glossary term in a text: [start, end) in the NFC text.

    A named tuple rather than a dataclass: a scan of megabytes makes hundreds of thousands.
    """

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
    spaced: str  # the term folded with its spaces (Horyu-ji: "horyu ji", Horyuji: "horyuji")


class Matcher:
    """All terms of a glossary compiled into one Aho–Corasick automaton over folded text,
    read ignoring spaces: spacing is then checked per hit, free for terms with Hangul
    (셔틀 외교 = 셔틀외교), word by word for the others (Korea–Japan = Korea-\nJapan, but
    never KoreaJapan)."""

    def __init__(self, glossary: Glossary | Iterable[Entry]):
        entries = glossary.entries if isinstance(glossary, Glossary) else glossary
        self.entries: tuple[Entry, ...] = tuple(_without_blank_terms(e) for e in entries)
        # Whether any term is a rendering only (Term.rendering), which a source's hits drop.
        self.renderings = any(t.rendering for e in self.entries for t in e.terms)
        table: dict[str, list[_Slot]] = {}
        names = _place_names(self.entries)
        for e_index, entry in enumerate(self.entries):
            writings = [_WHITESPACE.sub("", _fold_written(t.text)) for t in entry.terms]
            # A government named after its leader (Takaichi Cabinet: 다카이치 내각).
            leaders = any(leaders_government_forms(t.text) for t in entry.terms
                          if t.lang == "en")
            for t_index, term in enumerate(entry.terms):
                for form in _written_forms(term, entry.pos,
                                           entry.type == EntryType.PERSON.value, names,
                                           leaders):
                    spaced = _fold_written(form)
                    if not spaced:
                        continue
                    key = _WHITESPACE.sub("", spaced)
                    cased = fold_term_cased(form) if entry.case_sensitive else None
                    if cased is not None and _HANGUL.search(key):
                        cased = _WHITESPACE.sub("", cased)
                    slot = _Slot(e_index, t_index, cased, spaced)
                    slots = table.setdefault(key, [])
                    if slot not in slots:
                        _add_slot(slots, slot, key, writings, entry)
        self._compile(table)

    def _compile(self, table: dict[str, list[_Slot]]) -> None:
        # Everything a scan needs per key, precomputed so that a hit costs a few lookups.
        self._info = []
        self._cased = False
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        # A key's languages are one of a few sets: each made once and shared, as a set per
        # key costs a 20,000-entry glossary 14 MiB.
        shared: dict[frozenset[str], frozenset[str]] = {}
        for index, (key, slots) in enumerate(table.items()):
            langs = frozenset(self.entries[s.entry].terms[s.term].lang for s in slots)
            langs = shared.setdefault(langs, langs)
            hangul = bool(_HANGUL.search(key))
            forms = tuple(dict.fromkeys(s.spaced for s in slots))
            self._info.append((
                len(key),
                forms[0],
                forms[1:],
                hangul,
                any(" " in f for f in forms),
                key,
                langs,
                # A term without Hangul is only the term spaced as it is written.
                tuple((s.entry, s.term, s.cased, self.entries[s.entry].terms[s.term].lang,
                       self.entries[s.entry].type, None if hangul else s.spaced)
                      for s in slots),
                sum(1 for c in key if is_syllable(c)),
                is_syllable(key[0]), is_syllable(key[-1]),
            ))
            self._cased = self._cased or any(s.cased is not None for s in slots)
            automaton.add_word(key, index)
        self._automaton = _made(automaton)

    def __len__(self) -> int:
        return len(self._info)

    def find(self, text: str, lang: str | None = None) -> list[Hit]:
        """Non-overlapping hits, longest first where they compete, in text order.

        `text` should be NFC already (offsets refer to the NFC text); it is normalised here
        if it is not.
        """
        return select_longest(self.find_all(text, lang))

    def find_all(self, text: str, lang: str | None = None, *,
                 normalized: bool = False) -> list[Hit]:
        """Every hit that stands alone, overlapping ones included (국가안보실장 also holds
        국가안보실 and 안보실), sorted by start and longest first. `normalized`: the text
        is NFC already (a reader's working text), so it is not normalised again."""
        if not normalized:
            text = nfc(text)
        entries = self.entries
        spans = self.spans(text, lang)
        spans.sort(key=_span_order)
        new = tuple.__new__  # Hit(...) goes through a slower keyword-aware __new__
        return [new(Hit, (start, end, entries[e], entries[e].terms[t], text[start:end]))
                for start, end, e, t in spans]

    def find_all_each(self, texts: Sequence[str], lang: str | None = None
                      ) -> list[list[Hit]]:
        """find_all of each of many short texts (NFC already), from one scan of them all: a
        PO file's strings. Joined by a character that is no letter, no space and in no term
        (SEPARATOR), they read as they do alone: a hit never runs across it, and beside it
        a term stands alone as it does at either end of a text."""
        out: list[list[Hit]] = [[] for _ in texts]
        if not texts:
            return out
        joined = SEPARATOR.join(texts)
        starts = separated_starts(texts)
        spans = self.spans(joined, lang)
        if not spans:
            return out
        spans.sort(key=_span_order)
        entries = self.entries
        new = tuple.__new__
        number, limit = 0, len(texts[0])
        for start, end, e, t in spans:
            if start >= starts[number] + limit + 1:
                number = bisect_right(starts, start) - 1
                limit = len(texts[number])
            offset = starts[number]
            if end > offset + limit:
                continue  # read across a separator: not in any one text
            out[number].append(new(Hit, (start - offset, end - offset, entries[e],
                                         entries[e].terms[t], joined[start:end])))
        return out

    def find_all_in(self, text: str, start: int, end: int, lang: str | None = None
                    ) -> list[Hit]:
        """find_all over text[start:end], with offsets into `text` (NFC already): for a long
        text read a stretch at a time. Cut where white space stands on both sides (between
        paragraphs), the stretch has the hits find_all gives inside it."""
        part = text[start:end]
        entries = self.entries
        spans = self.spans(part, lang)
        spans.sort(key=_span_order)
        new = tuple.__new__
        return [new(Hit, (s + start, e + start, entries[i], entries[i].terms[t], part[s:e]))
                for s, e, i, t in spans]

    def spans(self, text: str, lang: str | None = None) -> list[tuple[int, int, int, int]]:
        """The raw form of find_all: (start, end, entry index, term index), unsorted, for
        callers that scan megabytes and want no object per hit. `text` must be NFC."""
        out: list[tuple[int, int, int, int]] = []
        if self._automaton is None or not text:
            return out
        length = len(text)
        info = self._info
        lowered = fold_chars(text)  # same length and offsets as text
        cased_text = fold_chars(text, lower=False) if self._cased else lowered
        # A text of no capitals (an automatic transcript) says nothing of case, but where the
        # lower-case form is itself a word (cptpp and united states are the terms; us is no
        # US).
        uncased = self._cased and writes_no_capitals(text)
        # Where a line's end breaks a word with a hyphen (diplo-/macy): read joined.
        breaks = line_end_breaks(text)
        append = out.append
        for last, index in self._automaton.iter(lowered, ignore_white_space=True):
            (size, spaced, others, hangul, multi, key, langs, slots, syllables, first_syl,
             last_syl) = info[index]
            if lang is not None and lang not in langs:
                continue
            end = last + 1
            # Where the hit starts: as the glossary spaces it, else without spaces, else
            # counted back. Terms with Hangul may be spaced any way; the others only as a
            # term is written (KoreaJapan is not Korea Japan), in any run of spaces.
            start = end - len(spaced)
            if start < 0 or not lowered.startswith(spaced, start):
                spaced = _other_form(lowered, end, others) if others else None
                if spaced is not None:
                    start = end - len(spaced)
                elif hangul:
                    start = end - size
                    if start < 0 or not lowered.startswith(key, start):
                        start = _start_ignoring_spaces(lowered, last, size)
                        if start > 0 and "\uac00" <= text[start - 1] <= "\ud7a3":
                            continue  # 가나 다라 does not hold 나다라
                elif not multi:
                    # A word read across a space (a cer|tain) is no word, but across a
                    # line's end that hyphenates it (State-/ment) it is.
                    start = _start_ignoring_spaces(lowered, last, size)
                    spaced = _across_breaks(lowered, start, end, breaks, info[index][1],
                                            others)
                    if spaced is None:
                        continue
                else:
                    start = _start_ignoring_spaces(lowered, last, size)
                    spaced = _form_of(lowered[start:end], info[index][1], others) or \
                        _across_breaks(lowered, start, end, breaks, info[index][1], others)
                    if spaced is None:
                        continue
            # Most raw hits are inside a longer Latin word (lee in fleet): drop them here,
            # before anything costs a call.
            if not first_syl and start > 0 and lowered[start - 1].isalnum() \
                    and lowered[start].isalnum() \
                    and (lowered[start - 1] < "\u3040" > lowered[start]
                         or not script_break(lowered[start - 1], lowered[start])):
                continue
            if not last_syl and end < length and lowered[end].isalnum() \
                    and lowered[last].isalnum() and not "\uac00" <= lowered[end] <= "\ud7a3" \
                    and (lowered[last] < "\u3040" > lowered[end]
                         or not script_break(lowered[last], lowered[end])):
                continue
            if len(slots) == 1:  # the usual case, without the loop
                e_index, t_index, cased, term_lang, entry_type, form = slots[0]
                if lang is not None and term_lang != lang:
                    continue
                if form is not None and form != spaced:
                    continue
                if (cased is not None and _cased_form(cased_text[start:end], hangul) != cased
                        and not (uncased and not _a_word_in_lower_case(cased))):
                    continue
                is_name = entry_type in _NAME_TYPES
                if _stands_alone(text, length, start, end, syllables, first_syl, last_syl,
                                 is_name, is_name and entry_type == "place"):
                    append((start, end, e_index, t_index))
                continue
            alone_name = alone_other = None
            for e_index, t_index, cased, term_lang, entry_type, form in slots:
                if lang is not None and term_lang != lang:
                    continue
                if form is not None and form != spaced:
                    continue
                if (cased is not None and _cased_form(cased_text[start:end], hangul) != cased
                        and not (uncased and not _a_word_in_lower_case(cased))):
                    continue
                if entry_type in _NAME_TYPES:
                    if alone_name is None:
                        alone_name = _stands_alone(text, length, start, end, syllables,
                                                   first_syl, last_syl, True,
                                                   entry_type == "place")
                    if alone_name:
                        append((start, end, e_index, t_index))
                else:
                    if alone_other is None:
                        alone_other = _stands_alone(text, length, start, end, syllables,
                                                    first_syl, last_syl, False, False)
                    if alone_other:
                        append((start, end, e_index, t_index))
        return out

    # Pickled for the on-disk cache; pyahocorasick pickles its automaton itself.
    def __getstate__(self) -> dict:
        return {"entries": self.entries, "info": self._info, "automaton": self._automaton,
                "cased": self._cased, "renderings": self.renderings}

    def __setstate__(self, state: dict) -> None:
        self.entries = state["entries"]
        self._info = state["info"]
        self._automaton = state["automaton"]
        self._cased = state["cased"]
        self.renderings = state["renderings"]


def _without_blank_terms(entry: Entry) -> Entry:
    """A term that is only white space (an error `yongeo check` reports) can be neither
    found nor asked of a translation; the entry is matched by its other terms."""
    if all(term.text.strip() for term in entry.terms):
        return entry
    return entry.with_terms(term for term in entry.terms if term.text.strip())


def _fold_written(form: str) -> str:
    """A term as the glossary spaces it, folded: case, dashes and quotes, one space
    between words (Hangul words too, unlike fold_term)."""
    return " ".join(fold_chars(nfc(form)).split())


def _made(automaton: ahocorasick.Automaton) -> ahocorasick.Automaton | None:
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1024)
def _a_word_in_lower_case(cased: str) -> bool:
    """Whether a case-sensitive term's lower-case form is itself one English word (us, it,
    who, aid), which a text of no capitals writes for the word; not a form of several words
    (united states) or no word at all (cptpp, gsomia), which it writes only for the term."""
    from yongeo.text.english import is_common_word, is_function_word

    words = cased.split()
    return len(words) == 1 and (is_common_word(words[0]) or is_function_word(words[0]))


def _cased_form(span: str, hangul: bool) -> str:
    # The case-kept form of a span, as case-sensitive keys store it.
    return "".join(span.split()) if hangul else " ".join(span.split())


def _other_form(lowered: str, end: int, forms: tuple[str, ...]) -> str | None:
    """The written form (beyond the first) that the text ending at `end` shows as is."""
    for form in forms:
        start = end - len(form)
        if start >= 0 and lowered.startswith(form, start):
            return form
    return None


def _form_of(span: str, first: str, others: tuple[str, ...]) -> str | None:
    """The written form whose words the span has, whatever spaces lie between them."""
    words = span.split()
    for form in (first, *others):
        if form.split() == words:
            return form
    return None


def _across_breaks(lowered: str, start: int, end: int, breaks: Sequence[tuple[int, int]],
                   first: str, others: tuple[str, ...]) -> str | None:
    """The written form whose words lowered[start:end] has once the line ends that break a
    word inside it (`breaks`: text.hyphenation) are taken out; None if none does."""
    if not breaks:
        return None
    at = bisect_right(breaks, (start, end))
    pieces, last = [], start
    while at < len(breaks) and breaks[at][1] < end:
        pieces.append(lowered[last:breaks[at][0]])
        last = breaks[at][1]
        at += 1
    if last == start:
        return None
    pieces.append(lowered[last:end])
    return _form_of("".join(pieces), first, others)


def _start_ignoring_spaces(lowered: str, last: int, size: int) -> int:
    """Where a hit read ignoring spaces starts: `size` non-space characters back."""
    position = last
    remaining = size
    while position >= 0:
        if not lowered[position].isspace():
            remaining -= 1
            if remaining == 0:
                return position
        position -= 1
    return 0


def _span_order(span: tuple[int, int, int, int]) -> tuple[int, int]:
    return span[0], span[0] - span[1]


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits from `hits` sorted as find_all sorts them: at each place the
    longest wins; two entries with the very same span are both kept, once each. A Korean hit
    that ends inside a word yields to the hit that overlaps it from that word's start and is
    the whole of it (일본 외교청서: 외교청서, the Diplomatic Bluebook, not 일본 외교)."""
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
            if hit.end > taken_end and _cut_by(chosen[-1], hit):
                while chosen and (chosen[-1].start, chosen[-1].end) == taken_span:
                    chosen.pop()
                chosen.append(hit)
                taken_end, taken_span = hit.end, span
            continue
        chosen.append(hit)
        taken_end, taken_span = hit.end, span
    return chosen


def _cut_by(taken: Hit, later: Hit) -> bool:
    """Whether `later`, which starts inside `taken` and ends past it, starts a word of it
    (after its space) and reads on through taken's end inside one Hangul word: taken then
    ends in the middle of the word `later` is."""
    opening = later.start - taken.start
    cut = taken.end - later.start
    return (0 < opening <= len(taken.found) and taken.found[opening - 1] == " "
            and 0 < cut < len(later.found)
            and is_syllable(later.found[cut - 1]) and is_syllable(later.found[cut]))


def _add_slot(slots: list[_Slot], slot: _Slot, key: str, writings: list[str],
              entry: Entry) -> None:
    """Add a slot to a key's, keeping the term as written rather than another term's form
    of the same entry that reads alike (Ministry of Defense of Japan, admitted, not the
    of-form of Japanese Ministry of Defense): a hit names the term the text has. Terms that
    are written alike are all kept (Horyu-ji, Horyu ji: another status each); a form that
    several terms of the entry make is kept once, as the best of their statuses makes it."""
    def alike(other: _Slot) -> bool:
        return (other.entry == slot.entry and other.spaced == slot.spaced
                and other.cased == slot.cased
                and entry.terms[other.term].lang == entry.terms[slot.term].lang)

    if writings[slot.term] == key:  # the term as written: it replaces a form read alike
        for index, other in enumerate(slots):
            if alike(other) and writings[other.term] != key:
                slots[index] = slot
                return
    else:
        for index, other in enumerate(slots):
            if alike(other):  # another term of the entry is written so, or reads so too:
                # one slot, the better term's (President Lee's administration, of Lee
                # Jae-myung administration and of Lee administration alike)
                if writings[other.term] != key and (entry.terms[slot.term].status.rank
                                                    < entry.terms[other.term].status.rank):
                    slots[index] = slot
                return
    slots.append(slot)


def _place_names(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """Each English name of a place of the glossary -> its entry's other accepted English
    names (Korea -> South Korea, ROK, Republic of Korea), for the pairs of countries that
    terms begin with (text.places.pair_orders)."""
    names: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        if entry.type != EntryType.PLACE.value:
            continue
        english = [t.text for t in entry.terms if t.lang == "en"
                   and t.status is not Status.DEPRECATED]
        for name in english:
            names[name] = tuple(other for other in english if other != name)
    return names


# How many of a term's other forms are also read in their other spelling, at most: a
# term's forms grow with its words' variants, and each adds to compiling the glossary.
_RESPELT = 16


def _written_forms(term: Term, pos: str | None = None, person: bool = False,
                   names: Mapping[str, Sequence[str]] | None = None,
                   leaders: bool = False) -> tuple[str, ...]:
    """The forms a term is found in: English terms in every inflection (of the entry's
    part of speech when it has one), a compound of two nouns in each of its spellings
    (filename, file name: text.compounds) and one that begins with an adjective made from a
    noun with that noun too (culture exchange: noun_modifier_spellings), a term in its other
    spelling, British or American (Defence Ministry: text.english.spelling_variants), as
    are the other forms below (Japan's Defence Ministry), a term
    that begins with a country's adjective
    with that country's possessive too (Japan's Foreign Ministry:
    text.demonyms.nationality_variants); a person's English name in either order of its two
    names (text.english_names.name_orders); a term that begins with a pair of countries with
    the two the other way round and each by any name its place entry gives (`names`:
    Japan-Korea relations, ROK-Japan relations: text.places.pair_orders), and by the two
    countries' adjectives or capitals or with *between* (Korean-Japanese relations,
    relations between Seoul and Tokyo: pair_phrasings), and with another word for a pair's
    relations (Korea-Japan relationship: relation_head_variants); a government named after
    its leader with the leader's possessive or an of-phrase (President Lee's administration:
    text.english.leaders_government_forms) and, for an entry that is such a government
    (`leaders`), its Korean term with the other nouns and the leader's title between (다카이치
    총리 정부: text.korean.leaders_government_forms); others as written."""
    if term.lang == "en":
        forms = list(term_forms(term.text, pos))
        heads = relation_head_variants(term.text) if not person else ()
        others = name_orders(term.text) if person else (
            *compound_spellings(term.text), *noun_modifier_spellings(term.text),
            *spelling_variants(term.text), *nationality_variants(term.text),
            *pair_orders(term.text, names), *pair_phrasings(term.text, names),
            *leaders_government_forms(term.text),
            *(form for variant in heads
              for form in (variant, *pair_orders(variant, names))))
        # Each of those in its other spelling too (Japan's Defence Ministry).
        others = (*others, *(variant for other in others[:_RESPELT]
                             for variant in spelling_variants(other)))
        for spelling in others:
            forms += term_forms(spelling, pos)
        if not person:  # Korea Univ.: a name's words in their short forms, as written;
            # science/technology: a pair with a slash for and
            forms += (*abbreviated_forms(term.text), *slashed_forms(term.text))
        return tuple(dict.fromkeys(forms))
    if leaders:  # 다카이치 총리 정부 for 다카이치 내각
        return (term.text, *korean_government_forms(term.text))
    return (term.text,)


@lru_cache(maxsize=4096)
def _begins_word(syllables: str) -> bool:
    from yongeo.text.frequency import is_frequent  # wordfreq's lists, for this case only

    return is_frequent(syllables, "ko")


@lru_cache(maxsize=4096)
def _agent_noun(tail: str) -> bool:
    return makes_agent_noun(tail)


@lru_cache(maxsize=8192)
def _onto_name(tail: str) -> bool:
    from yongeo.text.titles import written_onto_name

    return written_onto_name(tail)


@lru_cache(maxsize=8192)
def _particles(tail: str) -> bool:
    return is_particle_chain(tail)


@lru_cache(maxsize=8192)
def _predicate(tail: str, last: str) -> bool:
    return is_predicate_tail(tail, last)


_SPACES = frozenset(" \t\n\u00a0\u3000")


def _stationed(text: str, start: int, syllables: int) -> bool:
    """Whether a place name of three syllables or more has 駐 (stationed in) written onto it
    as its word's first syllable, as a mission is named (주오사카 총영사관: text.korean's
    STATIONED_PREFIX), or one of two syllables or more a stance toward it (대중국 억제:
    STANCE_PREFIXES): the place itself."""
    at = start - 1
    if at < 0 or (at > 0 and "\uac00" <= text[at - 1] <= "\ud7a3"):
        return False
    if text[at] in STANCE_PREFIXES:
        return True  # a place of two syllables or more: the matcher reads no shorter one
    return syllables >= STATIONED_MIN_SYLLABLES and text.startswith(STATIONED_PREFIX, at)


def _stands_alone(text: str, length: int, start: int, end: int, syllables: int,
                  first_syl: bool, last_syl: bool, is_name: bool, is_place: bool) -> bool:
    """Word boundaries, with Korean particles and English possessives allowed after."""
    if start > 0:
        before = text[start - 1]
        if first_syl:
            if "\uac00" <= before <= "\ud7a3" and (is_name or
                                                   syllables < _MIN_COMPOUND_SYLLABLES) \
                    and not (is_place and _stationed(text, start, syllables)):
                return False
        elif (before.isalnum() and before not in SCRIPT_DIGITS and text[start].isalnum()
              and not script_break(before, text[start])):
            return False  # not after a footnote's or an affiliation's mark (²Foundation)
    if end >= length:
        return True
    after = text[end]
    if last_syl:
        if not ("\uac00" <= after <= "\ud7a3"):
            # A last part of one syllable across a space, before a middle dot, begins words
            # that share their ending (외교부 장·차관: 장관 and 차관), not the term's (외교부장).
            return not (after in MIDDLE_DOTS and end - start > 2 and text[end - 2] in _SPACES)
        tail = _SYLLABLE_RUN.match(text, end).group()  # type: ignore[union-attr]
        if end - start > 2 and text[end - 2] in _SPACES:
            # A term read across a space whose last part is one syllable is that syllable's
            # only with particles after it, and not where it begins a frequent word (피해 자
            # in 피해 자제하는, 고려 대 in 고려 대상이: text.frequency).
            return _particles(tail) and not _begins_word(text[end - 1] + tail[0])
        if not is_name and tail[:1] in _AGENT_STARTS and _agent_noun(tail):
            return False  # 가입자 (a subscriber) is no 가입 (accession), 외교관 no 외교
        if is_name and ((tail.startswith("다") and tail != "다") or (
                ends_sentence(tail) and _WORD_NEXT.match(text, end + len(tail)))):
            # 하야시다 케이, 하야시다는: a longer name (Hayashida), no 하야시 made a sentence's
            # predicate, which ends its sentence.
            return False
        if _particles(tail) or (is_name and is_copula_form(tail, text[start:end])):
            return True  # particles; a name made a predicate (수도는 도쿄예요, 다카이치였다)
        if is_place and tail.startswith(PLACE_SUFFIXES) and _particles(tail[1:]):
            return True
        if is_place and any(tail.startswith(head) and _particles(tail[len(head):])
                            for head in PLACE_BODY_HEADS):
            return True  # 도쿄지방재판소, 오사카총영사관: a body named after its place
        if is_name:  # a person's title written onto the name (조현외교부장관)
            return not is_place and _onto_name(tail)
        return syllables >= _MIN_COMPOUND_SYLLABLES or (
            syllables >= _MIN_PREDICATE_SYLLABLES and _predicate(tail, text[end - 1]))
    if "\uac00" <= after <= "\ud7a3":  # Korean particles follow a Latin term: CPTPP에, UTF-8로
        # and a Korean noun may be written onto an acronym (CPTPP가입, GSOMIA연장).
        return _particles(_SYLLABLE_RUN.match(text, end).group()) or (  # type: ignore[union-attr]
            end - start >= _SOLID_ACRONYM and text[start:end].isupper())
    if after == "-" and is_name and not is_place and _in_hyphened_name(text, start, end):
        return False  # Cho Hyun-woo: another person, whose given name begins with Hyun
    # An apostrophe after the term is a possessive (Takaichi's, Takaichi’s): still the term.
    return not (text[end - 1].isalnum() and after.isalnum() and after not in SCRIPT_DIGITS
                and not script_break(text[end - 1], after))


def _in_hyphened_name(text: str, start: int, end: int) -> bool:
    """Whether a person's romanised name at text[start:end] ends inside a longer Korean name
    whose hyphened given name its last word begins (Cho Hyun in Cho Hyun-woo:
    text.korean_names.hyphened_name_around): another person of the same family."""
    from yongeo.text.korean_names import hyphened_name_around

    last = text.rfind(" ", start, end) + 1 or start
    return hyphened_name_around(text, last, end) is not None
