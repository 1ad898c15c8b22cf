"""Candidate terms of one document: names, titles, acronyms, noun phrases, Korean phrases.

Everything here looks at one document only, so that documents can be counted apart (in
other processes or on other machines) and merged afterwards.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import regex

from yongeo.extract.clean import Passage
from yongeo.extract.gazetteer import is_place
from yongeo.extract.korean import Eojeol, document_stems, eojeols
from yongeo.extract.korean_names import find_persons
from yongeo.extract.names import COMPASS, DEGREES, HONORIFICS
from yongeo.extract.occurrence import Casing, Occurrence, Sentence, is_person, parts
from yongeo.extract.phrases import noun_phrases
from yongeo.extract.proper import (
    NOT_ACRONYMS,
    find_name,
    find_runs,
    find_titles,
    resolve_surnames,
    skip_fields_of_study,
    split_run,
)
from yongeo.extract.termhood import is_rare
from yongeo.extract.tokens import Token, split_sentences, tokenize
from yongeo.extract.words import MONTHS, NUMBER_WORDS, STOPWORDS, singular
from yongeo.text.korean import is_particle_chain
from yongeo.text.korean_proper import (
    COMPASS_PARTS,
    ORGANIZATION_HEADS,
    is_event,
    is_organization,
    is_place_by_particle,
    is_place_headed,
    is_place_name,
    is_title,
    places_by_head,
)
from yongeo.text.korean_terms import type_by_ending
from yongeo.text.normalize import fold_term
from yongeo.text.wordclass import readings

MAX_KOREAN_WORDS = 4
_HANGUL = regex.compile(r"\p{Hangul}")
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s*$")
_WORD = regex.compile(r"\p{Lu}+")


def find_occurrences(passages: list[Passage], analyser: str = "regex",
                     words: dict[str, int] | None = None) -> list[Occurrence]:
    """Every candidate occurrence in a document's passages, English and Korean; `words`, when
    given, gets the document's English word tokens counted in (folded)."""
    sentences = _sentences(passages)
    casing = _casing(sentences)
    if words is not None:
        for counter in (casing.capital, casing.lower, casing.initial):
            for word, count in counter.items():
                word = singular(word.lower())
                words[word] = words.get(word, 0) + count
    found: list[Occurrence] = []
    surnames: list[tuple[Occurrence, str]] = []
    for sentence in sentences:
        if _HANGUL.search(sentence.passage.text) and not any(t.kind == "word"
                                                              for t in sentence.tokens):
            # An acronym in Korean text (CNN, DHA) is a term of the Korean text; in a sentence
            # that glosses names in English too (Electric Transmission Texas, ETT) it is English.
            found.extend(o._replace(lang="ko") if o.kind == "acronym" else o
                         for o in _english(sentence, casing, surnames))
        else:
            found.extend(_english(sentence, casing, surnames))
    found.extend(resolve_surnames(found, surnames))
    korean = [p for p in passages if p.role != "credit" and _HANGUL.search(p.text)]
    stems = document_stems([p.text for p in korean]) if analyser == "regex" and korean else None
    parsed = [[_known_place(w) for w in eojeols(p.text, analyser, stems)] for p in korean]
    persons = find_persons([p.text for p in korean], parsed)
    places = places_by_head({w.stem for words in parsed for w in words if w.stem})
    parsed = [[replace(w, proper="place") if w.stem in places and w.proper != "place" else w
               for w in passage_words] for passage_words in parsed]
    for number, (passage, passage_words) in enumerate(zip(korean, parsed)):
        found.extend(_korean(passage, persons.mark(number, passage_words)))
    return found


# --- sentences and casing ---------------------------------------------------------------


def _sentences(passages: list[Passage]) -> list[Sentence]:
    sentences = []
    for passage in passages:
        tokens = tokenize(passage.text)
        if not tokens:
            continue
        if passage.role == "text" and _all_capitals(tokens):
            # CONDOLEEZZA RICE VISITS SEOUL: read as the title-case headline it is, whose
            # capitals prove nothing; acronyms no English word spells stay (NATO, UN).
            tokens = tokenize(_title_case(passage.text))
        headline = passage.role == "text" and _is_headline(passage.text, tokens)
        groups = split_sentences(tokens) if passage.role == "text" else [tokens]
        for group in groups:
            initial = next((i for i, t in enumerate(group) if t.kind in ("word", "acronym",
                                                                        "dotted")), 0)
            sentences.append(Sentence(group, passage, headline, initial))
    return sentences


def _all_capitals(tokens: list[Token]) -> bool:
    """A line in capitals: three words or more, one of them an English word of four letters
    or more (VISITS), and no word in lower case."""
    words = [t for t in tokens if t.kind in ("word", "acronym")]
    if len(words) < 3 or any(not t.text.isupper() for t in words if t.text.isalpha()):
        return False
    return any(len(t.text) >= 4 and readings(t.text.lower()) for t in words)


def _title_case(text: str) -> str:
    """Each word capitalised (same length, so offsets hold), except acronyms that spell no
    English word."""
    return _WORD.sub(lambda m: m.group() if len(m.group()) <= 4 and not readings(
        m.group().lower()) else m.group().capitalize(), text)


def _is_headline(text: str, tokens: list[Token]) -> bool:
    """A title-case line (What It Achieved and What Comes Next): its capitals prove nothing."""
    if _SENTENCE_END.search(text):
        return False
    words = [t for t in tokens if t.kind == "word" and len(t.text) >= 3
             and t.lower not in STOPWORDS]
    if not words or len(tokens) > 24:
        return False
    capitals = sum(1 for t in words if t.capitalised)
    return capitals / len(words) >= 0.75


def _casing(sentences: list[Sentence]) -> Casing:
    capital: Counter = Counter()
    lower: Counter = Counter()
    initial: Counter = Counter()  # capitalised where capitals prove nothing
    for sentence in sentences:
        trusted = sentence.passage.role == "text" and not sentence.headline
        for index, token in enumerate(sentence.tokens):
            if token.kind != "word":
                continue
            for part in parts(token.text):
                if not part:
                    continue
                if part[0].isupper():
                    if trusted and index != sentence.initial:
                        capital[part.lower()] += 1
                    else:
                        initial[part.lower()] += 1
                elif part.islower():
                    lower[part] += 1
    return Casing(capital, lower, initial)


# --- English ----------------------------------------------------------------------------


def _english(sentence: Sentence, casing: Casing,
             surnames: list[tuple[Occurrence, str]]) -> Iterator[Occurrence]:
    tokens = sentence.tokens
    consumed = [False] * len(tokens)
    proper = [_is_proper(sentence, i, casing) for i in range(len(tokens))]
    skip_fields_of_study(tokens, consumed)
    yield from find_titles(sentence, proper, consumed)
    runs = list(find_runs(tokens, proper, consumed))
    modifiers: set[int] = set()
    for start, end in runs:
        for piece in split_run(tokens, start, end, casing):
            yield from find_name(sentence, piece, proper, consumed, casing, modifiers, surnames)
    yield from noun_phrases(sentence, proper, consumed, modifiers)


def _is_proper(sentence: Sentence, index: int, casing: Casing) -> bool:
    token = sentence.tokens[index]
    if token.kind == "acronym":
        return token.text not in NOT_ACRONYMS
    if token.kind == "dotted":
        return is_place(token.text)
    if token.kind != "word" or not token.capitalised:
        return False
    lower = token.lower
    previous = sentence.tokens[index - 1] if index > 0 else None
    following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
    inside = index != sentence.initial and not sentence.headline
    if inside and following is not None and following.capitalised and previous is not None \
            and previous.lower == "the" and lower in STOPWORDS:
        return True  # the Agreed Framework: a word of a name
    if inside and previous is not None and previous.lower == "of" and lower in NUMBER_WORDS \
            and index >= 2 and sentence.tokens[index - 2].capitalised:
        return True  # Group of Eight
    if lower in STOPWORDS or lower in MONTHS or lower in HONORIFICS or lower in DEGREES \
            or lower in NUMBER_WORDS:
        return False
    if sentence.passage.role == "credit":
        return True
    if index != sentence.initial and not sentence.headline:
        return True
    capitals = [p for p in parts(token.text) if p[:1].isupper()]
    # Capitalised at a sentence start or in a title-case line: a name if the document
    # capitalises it mid-sentence more often than it writes it in lower case.
    if capitals and all(casing.capital[p.lower()] > casing.lower[p.lower()] for p in capitals):
        return True
    if is_place(token.text):
        return True
    if token.text.isalpha() and not readings(token.lower) and is_rare(token.lower):
        return True  # no English word at all (Zhu Yuguo, ranks ...): a name
    if following is not None and following.capitalised and following.kind == "word" and \
            not casing.lower[lower] and (lower in COMPASS or readings(lower) <= {"NOUN"}) and \
            casing.capital[following.lower] > casing.lower[following.lower]:
        return True  # John Bolton spoke, North Korea agreed: a first name before a name
    for pair in ((token, following), (previous, token)):
        if pair[0] is not None and pair[1] is not None and pair[0].kind in ("word", "acronym") \
                and pair[1].kind == "word" and is_person([pair[0].text, pair[1].text]):
            return True
    return False


# --- Korean -----------------------------------------------------------------------------


def _korean(passage: Passage, words: list[Eojeol]) -> Iterator[Occurrence]:
    chunk: list[Eojeol] = []
    names: list[Eojeol] = []  # consecutive proper nouns: one name (레젭 타입 에르도간)
    previous_end = None
    previous = None
    for word in words:
        joined = previous_end is not None and not passage.text[previous_end:word.start].strip()
        if word.proper == "place" and joined and previous is not None and \
                not previous.closes and previous.stem in COMPASS_PARTS:
            yield _korean_name(passage, [replace(previous, proper="place"), word])  # 서부 텍사스
        previous = word
        if chunk and not joined:
            yield from _korean_ngrams(passage, chunk)
            chunk = []
        if names and not (joined and _joins_name(names[-1], word)):
            yield _korean_name(passage, names)
            names = []
        previous_end = word.end
        if not word.stem:
            if chunk:
                yield from _korean_ngrams(passage, chunk)
            chunk = []
            continue
        if word.proper:
            if chunk:
                yield from _korean_ngrams(passage, chunk)
            chunk = []
            names.append(word)
            continue
        chunk.append(word)
        if word.closes:
            yield from _korean_ngrams(passage, chunk)
            chunk = []
    if chunk:
        yield from _korean_ngrams(passage, chunk)
    if names:
        yield _korean_name(passage, names)


def _known_place(word: Eojeol) -> Eojeol:
    """A stem the gazetteers name as a country, region or city (미국, 일본, 이스탄불) is a place
    name; they also keep the syllables the particle rules would strip (우크라이나에서: not
    우크 + 라 + 이 + 나 + 에서), and overrule an analyser that reads the place as a person's
    name (python-mecab-ko: 아테네, 필리핀 인명)."""
    if word.proper == "place" or not word.stem:
        return word
    if word.proper:
        return replace(word, proper="place") if is_place_name(word.stem) else word
    text = word.text
    for cut in range(len(text), len(word.stem), -1):
        if is_place_name(text[:cut]) and is_particle_chain(text[cut:]):
            return Eojeol(text, word.start, word.end, text[:cut], "place", cut < len(text),
                          word.compound)
    if is_place_name(word.stem):
        return Eojeol(text, word.start, word.end, word.stem, "place", word.closes,
                      word.compound)
    return word


def _joins_name(previous: Eojeol, word: Eojeol) -> bool:
    """Two proper nouns in a row are one person's name (무안메르 굴러), never two places
    (미국 텍사스주, 텍사스주 댈러스) nor a name and the title after it (에르도간 터키총리)."""
    return (bool(word.proper) and not previous.closes
            and "place" not in (previous.proper, word.proper)
            and type_by_ending(word.stem) != "title"
            and not is_place_headed(previous.stem) and not is_place_headed(word.stem))


def _korean_name(passage: Passage, names: list[Eojeol]) -> Occurrence:
    lemma = " ".join(w.stem for w in names)
    kinds = [w.proper for w in names]
    entry_type = "person" if "person" in kinds else "place" if "place" in kinds else ""
    # A place and a title written solid: 터키총리 is a title, 신화통신 an organization;
    # a name followed by 에서 is a place, whatever an analyser guessed (댈러스에서).
    if len(names) == 1:
        if is_place_by_particle(names[0].stem, names[0].text):
            entry_type = "place"
        entry_type = type_by_ending(lemma) or entry_type
    if is_event(lemma):
        entry_type = "event"  # 베이징올림픽
    return Occurrence(fold_term(lemma), lemma, tuple(w.stem for w in names), "ko-name",
                      entry_type, passage.line, passage.text, lang="ko")


def _korean_ngrams(passage: Passage, chunk: list[Eojeol]) -> Iterator[Occurrence]:
    stems = [w.stem for w in chunk]
    for first in range(len(chunk)):
        for last in range(first, min(len(chunk), first + MAX_KOREAN_WORDS)):
            parts = tuple(stems[first:last + 1])
            lemma = " ".join(parts)
            entry_type = type_by_ending(lemma)
            if entry_type == "title" and len(parts) == 1 and not is_title(lemma):
                entry_type = ""  # 맥주시장: a market
            entry_type = entry_type or ("event" if is_event(lemma) else "") or (
                "organization" if is_organization(lemma) else "")
            if len(parts) == 1:
                if is_place_by_particle(lemma, chunk[first].text):
                    entry_type = "place"
                kind = "title" if is_title(lemma) else \
                    "ko-compound" if chunk[first].compound else "ko-word"
            elif len(parts) == 2 and parts[1] in ORGANIZATION_HEADS:
                kind, entry_type = "ko-org", "organization"  # 신화 통신, 루비 프로덕션
            else:
                kind = "ko-np"
            yield Occurrence(fold_term(lemma), lemma, parts, kind, entry_type,
                             passage.line, passage.text, lang="ko")
