"""Domain noun phrases: n-grams of content words between stopwords, verbs and names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from yongeo.extract.names import EVENT_HEADS, HONORIFICS, ROLE_HEADS
from yongeo.extract.occurrence import Occurrence, Sentence, key, parts, units
from yongeo.extract.tokens import Token
from yongeo.extract.words import (
    GENERIC_HEADS,
    GENERIC_MODIFIERS,
    INVARIANT_PLURALS,
    MONTHS,
    NOMINAL_ING,
    STOPWORDS,
    is_number_word,
    looks_adjective,
    singular,
)
from yongeo.text.wordclass import readings, verbal_positions

MAX_WORDS = 6  # the longest noun phrase counted, in tokens
_NOUN_LY = frozenset("family assembly supply ally anomaly monopoly rally reply italy july "
                     "anomaly homily".split())


def content_word(token: Token) -> bool:
    """A word that can be part of a noun phrase: no stopword, number, adverb or past tense."""
    return token.kind == "word" and _content(token.lower)


@lru_cache(maxsize=65536)
def _content(lower: str) -> bool:
    if lower in STOPWORDS or lower in MONTHS or lower in HONORIFICS:
        return False
    if is_number_word(lower) and not _counted_noun(lower):
        return False
    last = parts(lower)[-1]
    if last.endswith("ly") and last not in _NOUN_LY and not _adjective_ly(last):
        return False
    if last.endswith("ed") and "-" not in lower and "–" not in lower and len(last) > 4:
        return False
    return len(lower) > 1


# Measures after a number: a 'three-day visit' is a visit, but 'six-party talks' are a term.
_MEASURES = frozenset("second minute hour day week month year decade century point percent "
                      "meter metre mile kilometer kilometre foot inch pound ton dollar won yen "
                      "yuan time times fold old member".split())


def _counted_noun(word: str) -> bool:
    """six-party, two-state: a number word joined to a noun that is no measure."""
    pieces = word.split("-")
    return (len(pieces) == 2 and is_number_word(pieces[0]) and not pieces[0].isdigit()
            and pieces[1].isalpha() and singular(pieces[1]) not in _MEASURES
            and pieces[1] not in _MEASURES)


def _measure_after_number(tokens: list[Token], index: int) -> bool:
    """A measure after a numeral (a 9-point lead, 40 year old actors) is a quantity, as a
    'three-day visit' is: no word of a term."""
    word = tokens[index].lower
    if singular(word) not in _MEASURES and word not in _MEASURES:
        return False
    before = index - 1
    if before >= 0 and tokens[before].text in "-–":
        before -= 1
    return before >= 0 and tokens[before].kind == "number"


def _adjective_ly(word: str) -> bool:
    """elderly, costly: an -ly word that can never be an adverb."""
    tags = readings(word)
    return bool(tags) and "ADV" not in tags


def noun_phrases(sentence: Sentence, proper: list[bool], consumed: list[bool],
                 modifiers: set[int]) -> Iterator[Occurrence]:
    """Every n-gram of every chunk of content words that may be a term."""
    tokens = sentence.tokens
    verbal = verbal_positions([t.lower if t.kind == "word" else "" for t in tokens],
                              INVARIANT_PLURALS)
    chunk: list[int] = []
    for index, token in enumerate(tokens):
        usable = not consumed[index] and index not in verbal and not _measure_after_number(
            tokens, index) and ((index in modifiers and not chunk) or (
                not proper[index] and content_word(token)))
        if usable:
            chunk.append(index)
            if token.possessive:
                yield from _chunk_ngrams(sentence, chunk, modifiers)
                chunk = []
            continue
        if chunk:
            yield from _chunk_ngrams(sentence, chunk, modifiers)
        chunk = []
    if chunk:
        yield from _chunk_ngrams(sentence, chunk, modifiers)


def _chunk_ngrams(sentence: Sentence, chunk: list[int], modifiers: set[int]
                  ) -> Iterator[Occurrence]:
    tokens = sentence.tokens
    forms = [tokens[i].text if i in modifiers else tokens[i].lower for i in chunk]
    reliable = not sentence.headline
    text, line = sentence.text, sentence.passage.line
    for first in range(len(chunk)):
        if not _may_start(forms[first], chunk[first] in modifiers):
            continue
        for last in range(first, min(len(chunk), first + MAX_WORDS)):
            if chunk[last] in modifiers or not _may_end(forms[last]):
                continue
            lemma = " ".join(forms[first:last] + [singular(forms[last])])
            kind = "np" if last > first else "word"
            yield Occurrence(key(lemma), lemma, units(lemma), kind, _np_type(forms[last]),
                             line, text, reliable=reliable and chunk[first] != sentence.initial)


@lru_cache(maxsize=65536)
def _may_start(word: str, modifier: bool) -> bool:
    if modifier:
        return True
    last = parts(word)[-1]
    return word not in GENERIC_MODIFIERS and not (last.endswith("ing") and word not in
                                                  NOMINAL_ING and "-" not in word)


@lru_cache(maxsize=65536)
def _may_end(word: str) -> bool:
    last = parts(word)[-1]
    if word in GENERIC_HEADS or word in GENERIC_MODIFIERS or looks_adjective(last):
        return False
    if last.endswith("ing") and word not in NOMINAL_ING:
        return False
    if last.endswith("ed") and len(last) > 4:
        return False
    return True


@lru_cache(maxsize=65536)
def _np_type(head: str) -> str:
    """event by its head (peace talks), title (adult video director, presidential candidate),
    concept otherwise."""
    if singular(head) in EVENT_HEADS or head in EVENT_HEADS:
        return "event"
    return "title" if singular(head) in ROLE_HEADS else "concept"


