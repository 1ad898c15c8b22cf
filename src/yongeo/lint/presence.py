"""Whether a draft holds a Korean translation inside a longer word: a compound, a predicate,
a conjugated verb. Asked only where a term seems missing, so it may cost more than a hit."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from yongeo.glossary.model import Entry, EntryType, Term
from yongeo.text.korean import (
    COUNTRY_SHORT_FORMS,
    DIRECTION_PREFIXES,
    NOUN_SUFFIXES,
    conjugates,
    has_hangul,
    holds_short_form,
    holds_term,
    is_syllable,
    passive_stems,
    verb_stem,
)
from yongeo.text.normalize import nfc

# Names keep their left boundary (오오사카 is not 오사카); a place name may head a compound,
# as news Korean writes 이라크전 (the Iraq war), 베이징올림픽, 대만해협, 텍사스주.
_NAME_TYPES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})
_MIN_PLACE_HEAD_SYLLABLES = 2
# Where a Korean word starts: a syllable after anything but a syllable.
_WORD_START = regex.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]")


def present(text: str, terms: Iterable[Term], entry: Entry) -> bool:
    """True when one of the Korean `terms` of `entry` is in `text` (NFC) under the rules of
    text.korean: a noun heading or ending a compound or used as a predicate (holds_term), a
    verb conjugated at the start of a word (conjugates), in the active or the passive voice
    (바꿉니다, 바뀐: passive_stems), when the term is written as a verb (바꾸기, 바꾸다) or the
    entry's part of speech is verb (a stem: 고치). Spacing inside a
    term is free, as for hits (붙여 넣습니다 holds 붙여넣기)."""
    if entry.type == EntryType.PLACE.value:
        return _heads_a_word(text, terms) or _by_short_form(text, terms)
    if entry.type in _NAME_TYPES:
        return False
    for term in terms:
        if term.lang != "ko" or not has_hangul(term.text):
            continue
        word = "".join(nfc(term.text).split())
        if not word or not is_syllable(word[-1]):
            continue
        stem = verb_stem(word) or (word if entry.pos == "verb" else None)
        if stem is not None and any(_conjugated(text, form)
                                    for form in (stem, *passive_stems(stem))):
            return True
        for match in _spaced(word).finditer(text):
            if holds_term(text, match.start(), match.end(), word):
                return True
        if _split_by_particle(text, nfc(term.text)):
            return True
    return False


# Particles that may come between the two nouns of a term when its second noun becomes a
# predicate: 암호 저장 -> 암호를 저장할지, 파일 삭제 -> 파일을 삭제합니다, 화면 잠금 -> 화면이 잠금.
_BETWEEN = "을|를|이|가|은|는|도|의|에"


def _split_by_particle(text: str, term: str) -> bool:
    """A term of two nouns (암호 저장) whose first takes a particle and whose second is used
    as a predicate or heads a word: 암호를 저장할지, 파일을 삭제하려면."""
    parts = term.split()
    if len(parts) != 2 or not all(len(p) >= 2 and all(map(is_syllable, p)) for p in parts):
        return False
    first, second = parts
    for match in _particle_pattern(first, second).finditer(text):
        start = match.start(1)
        if holds_term(text, start, start + len(second), second):
            return True
    return False


@lru_cache(maxsize=4096)
def _particle_pattern(first: str, second: str) -> regex.Pattern:
    return regex.compile(r"(?<![\uac00-\ud7a3])" + regex.escape(first) + f"(?:{_BETWEEN})"
                         + r"\s*(" + regex.escape(second) + ")")


def _heads_a_word(text: str, terms: Iterable[Term]) -> bool:
    """A place name of two syllables or more at the start of a longer Korean word
    (이라크전, 베이징올림픽) names the same place, also after a direction (동유럽); never
    inside or at the end of another word, nor derived with 화."""
    for term in terms:
        word = "".join(nfc(term.text).split())
        if term.lang != "ko" or sum(map(is_syllable, word)) < _MIN_PLACE_HEAD_SYLLABLES:
            continue
        for match in _spaced(word).finditer(text):
            start, end = match.span()
            if start > 0 and is_syllable(text[start - 1]) and not _after_direction(text, start):
                continue
            if not text.startswith(NOUN_SUFFIXES[1], end):  # 화: another concept
                return True
    return False


def _by_short_form(text: str, terms: Iterable[Term]) -> bool:
    """A country named by its one-syllable short form in a compound (한일 양국, 주한미군,
    대북제재): the short form the entry admits (미) or the one Korean writes for its Korean name
    (일본: 일; text.korean.COUNTRY_SHORT_FORMS)."""
    shorts = set()
    for term in terms:
        if term.lang == "ko":
            word = "".join(nfc(term.text).split())
            shorts.add(word if len(word) == 1 else COUNTRY_SHORT_FORMS.get(word, ""))
    return any(holds_short_form(text, short) for short in shorts if short)


def _after_direction(text: str, start: int) -> bool:
    """Whether the word before `start` is a direction (동유럽 'Eastern Europe', 동예루살렘,
    서아프리카, or transliterated, 이스트예루살렘, 사우스캐롤라이나): the region is part of the
    place the source names. (It also lets 남수단 stand for Sudan: lenient, like every rule
    here.)"""
    return any(text.startswith(prefix, start - len(prefix))
               and (start == len(prefix) or not is_syllable(text[start - len(prefix) - 1]))
               for prefix in DIRECTION_PREFIXES if len(prefix) <= start)


def _conjugated(text: str, stem: str) -> bool:
    body = _spaced(stem[:-1], trailing=True) if len(stem) > 1 else None
    for start in _WORD_START.finditer(text):
        position = start.start()
        if body is not None:
            head = body.match(text, position)
            if head is None:
                continue
            position = head.end()
        if conjugates(stem[:-1] + text[position:], stem):
            return True
    return False


@lru_cache(maxsize=4096)
def _spaced(word: str, trailing: bool = False) -> regex.Pattern:
    """The word with any spaces between its characters (붙여 넣, 기본 설정)."""
    return regex.compile(r"\s*".join(regex.escape(c) for c in word) + (r"\s*" if trailing
                                                                        else ""))
