"""What the candidate finders share: an occurrence, a sentence, casing, term keys."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from yongeo.extract.clean import Passage
from yongeo.extract.gazetteer import is_place
from yongeo.extract.names import head_type, is_japanese_name, is_korean_name
from yongeo.extract.tokens import Token
from yongeo.extract.words import singular
from yongeo.text.normalize import fold_term

HYPHENS = regex.compile(r"[-‐‑–]")


class Occurrence(NamedTuple):
    """One occurrence of a candidate term in a document (a named tuple: immutable, and
    cheap to make by the million)."""

    key: str  # identity: folded, singular for noun phrases
    lemma: str  # the form to list
    words: tuple[str, ...]  # the folded words, for nesting
    kind: str  # how it was found: name title acronym np word mention tag ko-np ko-word ko-name
    type: str  # the type it suggests ("" when it says nothing)
    line: int
    sentence: str
    long_form: str = ""
    lang: str = "en"
    reliable: bool = True  # written mid-sentence, so its case is the term's own
    short_form: str = ""  # a mention's own words (Bolton for John Bolton)


@dataclass
class Sentence:
    """A sentence of a passage, and whether its capitals say anything (not in a headline)."""

    tokens: list[Token]
    passage: Passage
    headline: bool
    initial: int  # index of the first word token

    @property
    def text(self) -> str:
        if not self.tokens:
            return ""
        return self.passage.text[self.tokens[0].start:self.tokens[-1].end]


@dataclass
class Casing:
    """How the document writes each word: capitalised mid-sentence, or in lower case."""

    capital: Counter
    lower: Counter
    initial: Counter = field(default_factory=Counter)  # capitalised where that says nothing


def is_person(words: list[str]) -> bool:
    normal = [name_case(w) for w in words]
    if any(is_place(w) for w in normal):
        return False
    return is_korean_name(normal) or (is_japanese_name(normal) and not head_type(normal))


def name_case(word: str) -> str:
    """CHOI -> Choi: academic bylines write the family name in capitals."""
    return word.capitalize() if word.isupper() and len(word) > 1 else word


@lru_cache(maxsize=65536)
def parts(word: str) -> list[str]:
    """The parts of a hyphenated word (Korea-Japan, interest–driven); the word itself else."""
    return HYPHENS.split(word) if ("-" in word or "–" in word or "‐" in word or "‑" in word
                                    ) else [word]


@lru_cache(maxsize=65536)
def key(lemma: str) -> str:
    return fold_term(lemma)


@lru_cache(maxsize=65536)
def units(lemma: str) -> tuple[str, ...]:
    """The folded tokens of a term, for nesting: 'interest–driven' stays one unit, so
    'national interest' is not inside 'national interest–driven diplomacy'."""
    return tuple(fold_term(token).replace(" ", "-") for token in lemma.split(" ") if token)


def singular_last(phrase: str) -> str:
    words = phrase.split(" ")
    return " ".join(words[:-1] + [singular(words[-1])])


