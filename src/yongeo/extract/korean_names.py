"""Persons in Korean text: the names before titles, Japanese names, and their other mentions.

Korean writes a person's name before the title (하야티 야지시 보좌관, 굴러 주지사), sometimes
with the place or the organization of the office between them (무안메르 굴러 이스탄불 주지사,
앤드류 핑켈 CNN 기자) or written solid with the title (레젭 타입 에르도간 터키총리). The words
of a name are rare in general Korean (text.korean_proper.is_name_like); a common word inside a
name (타입) is taken only between two rare ones. Two Japanese-looking words in a row are a
family and a given name (도쿠다 시게오). Once the document has shown a word to be a name, its
other mentions, and its spelling variants (토쿠다 for 도쿠다), are that person too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from yongeo.extract.korean import Eojeol, looks_predicate
from yongeo.text.korean import is_particle_chain, is_spelling_variant
from yongeo.text.korean_proper import (
    is_ambiguous_title,
    is_japanese_name,
    is_name_like,
    is_place_name,
    is_title,
)
from yongeo.text.korean_terms import type_by_ending

MAX_NAME_WORDS = 3
# Particles that end a noun phrase: a word before a title that ends in one is no name + title
# (에르도간's 도간 may be a name's; 가이치는's 는 is not).
_CLOSING_PARTICLES = frozenset("은 는 을 를 의 에 와 과 에서 에게 으로".split())
# What may stand between a name and its title: the place or organization of the office, one
# word (이스탄불, 터키) or a Latin one (CNN).
_LATIN_BETWEEN = regex.compile(r"\s+[\p{Latin}\d][\p{Latin}\d&.\-]*\s+")


@dataclass
class Persons:
    """The persons a document names: where (passage, word) and which words."""

    at: dict[tuple[int, int], str] = field(default_factory=dict)  # -> the name's word
    stems: set[str] = field(default_factory=set)

    def mark(self, number: int, words: list[Eojeol]) -> list[Eojeol]:
        """The words of passage `number`, a person's name marked as such."""
        marked = []
        for index, word in enumerate(words):
            name = self.at.get((number, index))
            if name:
                word = replace(word, stem=name, proper="person", closes=name != word.text)
            elif word.proper in ("", "proper", "person"):
                name = self._name_in(word)
                if name:
                    word = replace(word, stem=name, proper="person", closes=name != word.text)
            marked.append(word)
        return marked


    def _name_in(self, word: Eojeol) -> str:
        """The person's name a word is, with or without particles (도쿠다는: 도쿠다, where
        the particle rules alone would cut 도쿠 + 다는)."""
        if word.stem in self.stems:
            return word.stem
        # A name is at most as long as the longest known one: no longer prefix is looked up
        # (a word of a megabyte costs no more than a short one).
        longest = max(map(len, self.stems), default=0)
        for cut in range(min(len(word.text) - 1, longest), 1, -1):
            if word.text[:cut] in self.stems and is_particle_chain(word.text[cut:]):
                return word.text[:cut]
        return ""


def _joined(text: str, left: Eojeol, right: Eojeol) -> bool:
    return not left.closes and not text[left.end:right.start].strip()


class _Usage:
    """How the document writes its words: which forms each stem was cut from, and which
    words it writes with particles after them (도쿠다 in 도쿠다는, 도쿠다가)."""

    def __init__(self, passages: list[list[Eojeol]]):
        self.forms: dict[str, set[str]] = {}
        self._by_start: dict[str, set[str]] = {}  # the words by their first two syllables
        for words in passages:
            for word in words:
                if word.stem:
                    self.forms.setdefault(word.stem, set()).add(word.text)
                self._by_start.setdefault(word.text[:2], set()).add(word.text)

    def with_particle(self, name: str) -> bool:
        """Whether the document writes `name` with a particle after it somewhere."""
        return any(len(text) > len(name) and text.startswith(name)
                   and is_particle_chain(text[len(name):])
                   for text in self._by_start.get(name[:2], ()))

    def keeps_tail(self, word: Eojeol) -> bool:
        """What the particle rules or an analyser cut off is the name's own (에르도간, 도쿠다)
        unless the document writes the rest with other endings and never the whole word
        with a particle (오바마가 beside 오바마, 오바마는: 가 is a particle)."""
        others = self.forms.get(word.stem, set()) - {word.text}
        return not others or self.with_particle(word.text)


    def japanese_given(self, word: Eojeol) -> str:
        """A Japanese-looking given name in a word, without its particles: the whole word if
        the document writes it with a particle elsewhere, else the longest part of three
        syllables or more that a particle chain follows (시게오가, 겐자부로는), else the whole
        word; "" if none looks Japanese."""
        text = word.text
        if is_japanese_name(text) and self.with_particle(text):
            return text
        for cut in range(len(text) - 1, 2, -1):
            if is_particle_chain(text[cut:]) and is_japanese_name(text[:cut]):
                return text[:cut]
        return text if is_japanese_name(text) else ""


def _name_before(text: str, words: list[Eojeol], title: int, usage: _Usage) -> list[int]:
    """The indexes of the name right before the title at `title` ([] when there is none)."""
    end = title
    gap = text[words[title - 1].end:words[title].start] if title else ""
    if title and not words[title - 1].closes and _LATIN_BETWEEN.fullmatch(gap):
        pass  # 앤드류 핑켈 CNN 기자: the organization in Latin letters
    elif title and words[title - 1].stem and _joined(text, words[title - 1], words[title]) and (
            words[title - 1].proper == "place" or is_place_name(words[title - 1].stem)
            or type_by_ending(words[title - 1].stem) == "organization"):
        end = title - 1  # 굴러 이스탄불 주지사: the place of the office
    elif title and gap.strip():
        return []
    run: list[int] = []
    index = end - 1
    while index >= 0 and len(run) < MAX_NAME_WORDS:
        word = words[index]
        # The word right before the title takes no particle: its last syllables are the
        # name's own (에르도간, not 에르 + 도 + 간); a particle further left ends the name.
        # An analyser may read a foreign name as a verb or an interjection (굴러, 하야티):
        # its place before the title and its rarity say it is a name.
        if word.proper == "place" or (word.stem != word.text and not _keeps_tail(word, run,
                                                                                  usage)) \
                or (not word.stem and looks_predicate(word.text)):
            break
        if run and text[word.end:words[run[0]].start].strip():
            break
        if not run and end < title and text[word.end:words[end].start].strip():
            break
        run.insert(0, index)
        index -= 1
    while run and not is_name_like(words[run[0]].text):
        run.pop(0)  # 성인 비디오 감독: no name
    if not run or not is_name_like(words[run[-1]].text):
        return []
    return run


def _keeps_tail(word: Eojeol, run: list[int], usage: _Usage) -> bool:
    """Whether what the particle rules or an analyser cut off a word right before a title is
    the name's own: the whole word and what is left are both name-like, the tail is no
    case or topic particle (터키총리의 보좌관: the aide of the prime minister; 가이치는
    감독이다: is a director) and the document does not show it to be a particle."""
    if not word.stem:
        return is_name_like(word.text)  # 굴러, 하야티: read as a verb or an interjection
    tail = word.text[len(word.stem):] if word.text.startswith(word.stem) else ""
    return not run and is_name_like(word.text) and is_name_like(word.stem) \
        and tail not in _CLOSING_PARTICLES and usage.keeps_tail(word)


def find_persons(texts: list[str], passages: list[list[Eojeol]]) -> Persons:
    """The persons of a document's Korean passages (`texts` and their words)."""
    persons = Persons()
    usage = _Usage(passages)
    for number, (text, words) in enumerate(zip(texts, passages)):
        for index, word in enumerate(words):
            if not word.stem:
                continue
            if is_title(word.stem) or is_ambiguous_title(word.stem):
                for at in _name_before(text, words, index, usage):
                    persons.at.setdefault((number, at), words[at].text)
                    if is_name_like(words[at].text):
                        persons.stems.add(words[at].text)
            # A family and a given name (도쿠다 시게오): nothing comes between them.
            previous = words[index - 1] if index else None
            if previous is None or text[previous.end:word.start].strip():
                continue
            # The family name takes no particle (케레스와 베스타: two names, not one) and may
            # be short (오에, 고노); the given name keeps its syllables (겐자부로는: 겐자부로).
            family = previous.text
            if not is_japanese_name(family, 2) or looks_predicate(family) or not (
                    previous.stem == family or usage.keeps_tail(previous)):
                continue
            given = usage.japanese_given(word)
            if given and not looks_predicate(given):  # 도시이긴 하지만
                persons.at[(number, index - 1)] = family
                persons.at[(number, index)] = given
                persons.stems |= {family, given}
    # The other spellings of a name (토쿠다, 도쿠다): the same length, one sound apart.
    known = set(persons.stems)
    lengths = {len(name) for name in known}
    for words in passages:
        for word in words:
            stem = word.stem
            if stem and len(stem) in lengths and stem not in known and any(
                    len(stem) == len(name) and is_spelling_variant(stem, name)
                    for name in known) and is_name_like(stem):
                persons.stems.add(stem)
    return persons
