"""Word sense: whether an English hit in its context is the glossary term or another word."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import regex

from yongeo.glossary.model import Entry, EntryType, Status
from yongeo.match import Hit
from yongeo.patterns import covers, lazy
from yongeo.text.currencies import currency_follows
from yongeo.text.demonyms import qualified_demonym
from yongeo.text.english import (
    JUDGING_VERBS,
    addressed_title,
    day_named_after,
    ends_name_with_first_word,
    fixed_phrases_with,
    heads_phrase,
    heads_school_name,
    in_body_name,
    in_listed_name,
    in_longer_dashed_group,
    in_longer_name,
    indefinite_before,
    is_common_word,
    is_function_word,
    is_plural_of,
    is_state_participle,
    judging_use,
    leaders_of_a_group,
    mountain_top,
    owned_before,
    past_participles,
    phrase_words,
    ranked_before,
    remains_of_a_thing,
    verb_lemmas,
    word_forms,
    word_use,
)
from yongeo.text.korean import (
    as_common_noun,
    has_hangul,
    is_syllable,
    phrase_in_paragraph,
    verb_stem,
    within_phrase,
)
from yongeo.text.korean_terms import heads_body_name
from yongeo.text.loanword import is_loanword
from yongeo.text.normalize import writes_no_capitals
from yongeo.text.places import (
    coordinate_after,
    heads_feature_name,
    names_a_feature,
    place_named_after,
    relations_of_a_kind,
)
from yongeo.text.titles import (
    ends_body_name,
    heads_committee,
    heads_own_office,
    joined_to_corporate_post,
    organization_after,
    organization_before,
    post_at_body,
    refers_to_body,
    signs_for_body,
)

# How far around a hit an exclusion phrase is looked for, in characters.
_REACH = 80
# The reading a hit must not have for an entry of a part of speech.
_WRONG_USE = {"noun": "verb", "verb": "noun"}


class _Sense(NamedTuple):
    """What decides a term's sense, compiled once per term and entry settings."""

    phrases: regex.Pattern | None  # the exclusions, one pattern
    wrong_use: str | None  # "verb" for a noun entry, "noun" for a verb entry
    name_only: bool  # a capitalised common word (Windows): a lower-case hit is no name
    # A one-word verb term of no declared part of speech (find): its bare past participles
    # (no results found) are a state, not the action.
    participles: frozenset[str] = frozenset()
    # A function word (about): the name (About, About GNOME) only where it heads no phrase
    # of ordinary words (About 5 years ago, About this file).
    function_word: bool = False
    # A place: not the place where it heads a currency's name (U.S. dollars, US$).
    place: bool = False
    # A title: not the title after a rank word (Assistant Secretary of State).
    title: bool = False
    # A verb with a judging use (find): not the action where it judges (you may find it
    # useful).
    judging: bool = False
    # The part of speech is a noun read from loanword renderings (업데이트 for update), not
    # declared: the verb still names the concept (업데이트하다), so a rendering the entry
    # deprecates is wrong for it too (in_sense's `concept`).
    loanword_noun: bool = False
    # A body's name: not inside a longer name (King Sejong Institute) nor in the plural
    # (the two foreign ministries), which names no one body.
    organization: bool = False


# A romanised Korean given name written with a hyphen (Chae-rin, Sang-min), after a space.
_HYPHENED_GIVEN_NAME = lazy(r"[ \t\u00a0]+(\p{Lu}\p{Ll}+-\p{Ll}+)(?![\p{L}\-])", reach=40)


def _other_given_name(text: str, hit: Hit) -> bool:
    """Whether a person's family name alone (Yoon, Lee) is followed by a hyphened Korean given
    name that none of the person's names has (Yoon Chae-rin, Lee Sang-min): another person
    of that family name, named in full."""
    given = _HYPHENED_GIVEN_NAME.match(text, hit.end)
    if given is None:
        return False
    # The person's own given name, in any of its spellings (Suk Yeol, Suk-yeol, Sukyeol).
    own = {"".join(part.lower().replace("-", "") for part in term.text.split()[start:])
           for term in hit.entry.terms if term.lang == "en" for start in (0, 1)}
    return given.group(1).lower().replace("-", "") not in own


def in_sense(text: str, hit: Hit, concept: bool = False) -> bool:
    """Whether an English hit is the glossary term where it stands in `text`: not inside one
    of the entry's `not_in` phrases or, for a one-word lower-case term, a built-in idiom
    (in this case, by default); not used as a verb for a noun entry or as a noun for a verb
    entry; a person's name not in lower case after a hyphen (Tae-yoon: a given name's
    syllable); a term opening with a pair of names joined by a dash not after another name
    and a dash (U.S.–Korea–Japan cooperation: text.english.in_longer_dashed_group); no
    *leaders* that the noun before them makes a group's (Business Leaders' Meeting:
    text.english.leaders_of_a_group); no summit of a mountain (the summit of Mt. Fuji; a
    summit in a sentence of climbing, the summit of his career: text.english.mountain_top);
    no remains of a thing or a time (the remains of trust, of the day:
    text.english.remains_of_a_thing); no nationality adjective that the capitalised word
    before it makes another's (North Korean: text.demonyms.qualified_demonym); no
    lower-case term whose
    first word, capitalised, ends a name before it (the Secretary of State visits Tokyo:
    text.english.ends_name_with_first_word); a
    capitalised term of several words not before Day (March First Independence
    Movement Day: the holiday, text.english.day_named_after); not written in lower case
    for a capitalised term whose lower-case form is an
    ordinary word (windows for Windows), or for a term that is a function word (about for
    the About box), which is no name either where it heads a phrase of ordinary words (About
    5 years ago); a place is not the place where it heads a currency's name (U.S.
    dollars, US$) or a natural feature's (the Korea Strait: text.places.heads_feature_name)
    nor where it ends another place's name (North Korea: not Korea), a title
    not the title after a rank word (Assistant Secretary of
    State, Vice President) nor before a body's name (president of the Liberal Democratic
    Party: text.titles.organization_after) nor joined by *and* to a company's post (President
    and CEO: text.titles.joined_to_corporate_post) nor where it is spoken to (Madam
    President,: the chair), a
    title of one word written in lower case, in the plural with no article or possessive
    (researchers: people by what they do; our researchers are the staff; visiting
    researchers hold a post), and a body not inside a longer name nor in the plural (King
    Sejong Institute, the two foreign ministries: text.english.in_longer_name,
    is_plural_of); a verb with a judging use (find) is not the action where it
    judges (you may find it useful). A Korean hit is in sense unless its entry's English is
    a function word and it stands in running text (_korean_in_sense). With
    `concept`, a loanword entry's noun (part of speech read from its Korean, not declared)
    takes the verb too: updating is still the concept of 업데이트, and 갱신, which the entry
    deprecates, is as wrong for it (the deprecated check reads the source so)."""
    term = hit.term
    if term.lang != "en":
        return term.lang != "ko" or _korean_in_sense(text, hit)
    if hit.found[:1].isupper() and term.text.islower() and in_listed_name(
            text, hit.start, hit.end):
        return False  # Ministry of Economy, Trade and Industry: a name's word, no concept
    if (hit.found[:1].isupper() and term.text.islower()
            and ends_name_with_first_word(text, hit.start, hit.end)):
        return False  # the Secretary of State visits Tokyo: State ends the title
    if (hit.entry.type == EntryType.PERSON.value and hit.found.islower()
            and text[hit.start - 1:hit.start] == "-"):
        return False  # Min Tae-yoon: a given name's syllable, not the family name Yoon
    if (hit.entry.type == EntryType.PERSON.value and " " not in term.text
            and _other_given_name(text, hit)):
        return False  # Yoon Chae-rin: another person of the family name Yoon
    if " " in term.text and hit.found[:1].isupper() and day_named_after(text, hit.end):
        return False  # March First Independence Movement Day: the holiday, not the movement
    if relations_of_a_kind(text, hit.start, hit.end):
        return False  # diplomatic relations between Korea and Japan: 국교, another term
    if in_longer_dashed_group(term.text, text, hit.start):
        return False  # U.S.–Korea–Japan cooperation: the trio's, not Korea–Japan cooperation
    if leaders_of_a_group(text, hit.start):
        return False  # Business Leaders' Meeting: business leaders meet, not heads of state
    if mountain_top(text, hit.start, hit.end):
        return False  # the summit of Mt. Fuji: a mountain's top
    if remains_of_a_thing(text, hit.start, hit.end):
        return False  # the remains of trust, of the day: what is left, no one's remains
    if " " not in term.text and qualified_demonym(text, hit.start, hit.end):
        return False  # North Korean: one country's adjective, not Korean (the language)
    sense = _sense(term.text, hit.entry)
    if sense is None:
        return True
    if sense.name_only and hit.found.islower() and not writes_no_capitals(text):
        return False  # windows, not Windows; in a text of no capitals, either
    if sense.function_word and heads_phrase(text, hit.end):
        return False
    if sense.place and (currency_follows(text, hit.end) or ends_another_place(text, hit)
                        or heads_feature_name(text, hit.end)):
        return False  # U.S. dollars, North Korea, the Korea Strait
    # A body's name after a state's office (President, Prime Minister: written with a
    # capital) makes it that body's officer; a post's title (research fellow) takes its
    # body after it as its own complement (Research Fellow, Sejong Institute).
    if sense.title and (ranked_before(text, hit.start) or organization_before(text, hit.start)
                        or (term.text[:1].isupper() and (organization_after(text, hit.end)
                                                         or signs_for_body(text, hit.start)))
                        or addressed_title(text, hit.start, hit.end)
                        or joined_to_corporate_post(text, hit.start, hit.end)):
        return False
    if sense.title and term.text.islower() and " " not in term.text \
            and is_plural_of(hit.found, term.text) and not owned_before(text, hit.start):
        return False  # researchers: people by what they do (연구자), no one's post
    if sense.title and term.text.islower() and " " not in term.text \
            and indefinite_before(text, hit.start) and not post_at_body(text, hit.end):
        return False  # a Korean researcher: someone who does research, no post at a body
    # A body's proper name in the plural is many bodies (the two foreign ministries); a body
    # named by its kind in lower case (advisory committee) is that kind in either number.
    if sense.organization and ((hit.found[:1].isupper() and (
            in_longer_name(text, hit.start) or heads_school_name(text, hit.end)))
                               or (term.text[:1].isupper()
                                   and is_plural_of(hit.found, term.text))):
        return False  # a longer name's end (King Sejong Institute), a body's school (the
        # Japan Coast Guard Academy), or many bodies
    if sense.phrases is not None and _inside_phrase(sense.phrases, text, hit.start, hit.end):
        return False
    if sense.participles and is_state_participle(text, hit.start, hit.end, sense.participles):
        return False
    if sense.judging and judging_use(text, hit.start, hit.end):
        return False
    if not sense.wrong_use or (concept and sense.loanword_noun):
        return True
    return word_use(text, hit.start, hit.end) != sense.wrong_use


def ends_another_place(text: str, hit: Hit) -> bool:
    """Whether an English place's hit ends a longer place name that is none of its entry's
    terms (North Korea for the entry South Korea's Korea: text.places.longer_place_name)."""
    from yongeo.text.places import longer_place_name

    if hit.start == 0 or not text[hit.start - 1].isspace():
        return False
    longer = longer_place_name(text, hit.start, hit.end)
    return longer is not None and all(term.text.lower() != longer.lower()
                                      for term in hit.entry.terms)


# The most words a UI label has (정보, 프로그램 정보, 이 프로그램에 대하여(_A)).
_LABEL_WORDS = 3


def _korean_in_sense(text: str, hit: Hit) -> bool:
    """Whether a Korean hit is its entry's term: a place's name not where a determiner makes
    it a common noun (어느 나라에서: text.korean.as_common_noun) nor before a figure in
    degrees (동경 131°, east longitude: text.places.coordinate_after) nor, for a natural
    feature, with a place's kind written onto it (동해시, 동해항: another place, named after
    the sea: text.places.names_a_feature, place_named_after); a title not where it ends a
    body's name written in one word (아산정책연구원: text.titles.ends_body_name) nor before 회
    that makes its 위원 a committee (연구위원회: text.titles.heads_committee) nor before 실
    that makes it its holder's office (대통령실: text.titles.heads_own_office), a body not
    where it ends a longer body's name (해상자위대: text.korean_proper.in_longer_body_name)
    nor where 駐 makes a country's body the mission stationed there (주일본대사관 is no
    일본대사관: text.korean_proper.stationed_in_its_place);
    nor where, opening a phrase, it stands for a body the text names with it written onto
    its name (한강동북아연구원 ... 연구원 홈페이지: text.titles.refers_to_body); a concept not
    where a body's head is written onto it (일한문화교류기금: text.korean_terms.heads_body_name);
    not inside one of its entry's Korean `not-in` phrases, nor in a paragraph that holds
    the word inside one (text.korean.phrase_in_paragraph); where the entry's English is
    a function word (about: 정보, the About box), only in a label, a line of at most _LABEL_WORDS
    words (정보, 프로그램 정보); in running text the Korean word is the ordinary noun (버전
    정보를 표시합니다: information), which an English translation renders so."""
    korean = _korean_phrases(hit.entry.not_in) if hit.entry.not_in else ()
    if korean and (within_phrase(text, hit.start, hit.end, korean)
                   or phrase_in_paragraph(text, hit.start, hit.end, korean)):
        return False  # 보험 가입: enrolment, not accession (the entry's `not-in`), and so
        # the same word's other hits in the paragraph
    if hit.entry.type == EntryType.PLACE.value:  # 어느 나라에서: a country, not Nara
        return not (as_common_noun(text, hit.start, hit.end)
                    or coordinate_after(text, hit.end)  # 동경 131°: a longitude
                    or (names_a_feature(hit.entry.en or "")  # 동해시: a city, named after
                        and place_named_after(text, hit.end)))  # the sea
    if hit.entry.type == EntryType.TITLE.value:  # 아산정책연구원, 연구원 홈페이지: an institute
        return not (ends_body_name(text, hit.start, hit.end)
                    or refers_to_body(text, hit.start, hit.end)
                    or heads_committee(text, hit.start, hit.end)
                    or heads_own_office(text, hit.start, hit.end))
    if hit.entry.type == EntryType.ORGANIZATION.value:  # 해상자위대: another body
        if hit.start == 0 or not is_syllable(text[hit.start - 1]):
            return True  # most hits: a word's start, no longer name
        from yongeo.text.korean_proper import (  # loads wordfreq: here
            in_longer_body_name,
            stationed_in_its_place,
        )

        return not (in_longer_body_name(text, hit.start)
                    or stationed_in_its_place(text, hit.start, hit.end))
    if (hit.entry.type == EntryType.CONCEPT.value and hit.end < len(text)
            and is_syllable(text[hit.end]) and heads_body_name(text, hit.end)):
        return False  # 일한문화교류기금: a foundation's name, not cultural exchange
    english = hit.entry.preferred("en")
    if " " in english or not is_function_word(english):
        return True
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return len(text[start:end if end >= 0 else len(text)].split()) <= _LABEL_WORDS


@lru_cache(maxsize=4096)
def _korean_phrases(not_in: tuple[str, ...]) -> tuple[str, ...]:
    """Of an entry's `not-in` phrases, those written in Korean: where its Korean term is not
    the entry's (the others are English phrases, for its English terms)."""
    return tuple(phrase for phrase in not_in if has_hangul(phrase))


def in_body_name_word(text: str, hit: Hit) -> bool:
    """Whether an English hit of a lower-case term is capitalised inside a body's name
    (Korean Confederation of Trade Unions, Korea International Trade Association:
    text.english.in_body_name): in a source, the name asks for its own translation, not the
    concept's; a draft's may still render a concept its source names inside a compound."""
    return (hit.term.lang == "en" and hit.found[:1].isupper() and hit.term.text.islower()
            and in_body_name(text, hit.end))


def hits_in_sense(text: str, hits: Iterable[Hit], concept: bool = False) -> list[Hit]:
    """The hits of `text` that are their glossary term in context (see in_sense)."""
    return [hit for hit in hits if in_sense(text, hit, concept)]


# What decides each term's sense, by everything of its entry that it depends on (_key):
# filled when a glossary is compiled (compile_senses, cached on disk with it) so that a lint
# run need not load the English word tables, and on demand for terms it does not hold.
_SENSES: dict[tuple, _Sense | None] = {}


def compile_senses(entries: Iterable[Entry]) -> dict[tuple, _Sense | None]:
    """The sense of every English term of `entries`, for a compiled glossary to carry."""
    out = {}
    for entry in entries:
        for term in entry.terms:
            if term.lang == "en":
                out[_key(term.text, entry)] = _sense(term.text, entry)
    return out


def _key(term: str, entry: Entry) -> tuple:
    """The entry's settings a term's sense depends on: its part of speech, exclusions, case
    and accepted Korean terms (which may give the part of speech)."""
    return (term, entry.pos, entry.not_in, entry.case_sensitive, _accepted_korean(entry),
            entry.type == EntryType.PLACE.value, entry.type == EntryType.TITLE.value,
            entry.type == EntryType.ORGANIZATION.value)


def _accepted_korean(entry: Entry) -> tuple[str, ...]:
    return tuple(t.text for t in entry.terms
                 if t.lang == "ko" and t.status is not Status.DEPRECATED)


def part_of_speech(entry: Entry, english: str) -> str | None:
    """The part of speech an English term of `entry` has: the entry's own (`# pos:`), else
    what its Korean renderings say. When every accepted Korean term writes the English word
    in Hangul (릴리스 for release, 링크 for link), the entry is a noun: Korean borrows nouns,
    and the English verb (release a lock, link a file) is rendered with a native verb. When
    every accepted Korean term is written as a verb (바꾸기, 지우다) and the English word can be
    a verb, the entry is a verb (the noun changes is 변경 사항, not the Change command)."""
    if entry.pos:
        return entry.pos
    accepted = _accepted_korean(entry)
    return _inferred_pos(english, accepted) if accepted else None


@lru_cache(maxsize=16384)
def _inferred_pos(english: str, korean: tuple[str, ...]) -> str | None:
    if " " in english.strip() or not english.islower() or not english.isalpha():
        return None
    if all(is_loanword(k, english) for k in korean):
        return "noun"
    if all(verb_stem(k) for k in korean) and english in verb_lemmas(english):
        return "verb"
    return None


def remember(senses: dict[tuple, _Sense | None]) -> None:
    """Make a compiled glossary's senses the ones in_sense reads."""
    _SENSES.update(senses)


# _sense by the entry object itself, which it keeps (so its id is never another's): a
# hit asks for its term's sense, and building _key for every hit costs more than a check.
# (A key decides its sense, whoever compiled it, so what is kept here never goes stale.)
_BY_ENTRY: dict[tuple[int, str], tuple[Entry, _Sense | None]] = {}


def _sense(term: str, entry: Entry) -> _Sense | None:
    known = _BY_ENTRY.get((id(entry), term))
    if known is not None and known[0] is entry:
        return known[1]
    sense = _sense_by_key(term, entry)
    _BY_ENTRY[(id(entry), term)] = (entry, sense)
    return sense


def _sense_by_key(term: str, entry: Entry) -> _Sense | None:
    key = _key(term, entry)
    if key not in _SENSES:
        _SENSES[key] = _compile_sense(term, part_of_speech(entry, term), entry.not_in,
                                      entry.case_sensitive, declared=entry.pos is not None,
                                      place=entry.type == EntryType.PLACE.value,
                                      title=entry.type == EntryType.TITLE.value,
                                      organization=entry.type
                                      == EntryType.ORGANIZATION.value)
    return _SENSES[key]


def _compile_sense(term: str, pos: str | None, not_in: tuple[str, ...], case_sensitive: bool,
                   declared: bool, place: bool = False, title: bool = False,
                   organization: bool = False) -> _Sense | None:
    """What decides the term's sense; `declared` when `pos` is the entry's own rather than
    read from its Korean terms (a verb entry by its own declaration keeps its bare
    participles: No results found)."""
    one_word = " " not in term.strip()
    phrases = [phrase for phrase in not_in if not has_hangul(phrase)]  # Korean: their own
    if one_word and term.islower():
        phrases += fixed_phrases_with(term)
    pattern = _phrase_pattern(tuple(p for p in phrases if p.strip()))
    wrong_use = _WRONG_USE.get(pos or "") if one_word else None
    function_word = one_word and not case_sensitive and is_function_word(term)
    name_only = function_word or (one_word and not case_sensitive and term[:1].isupper()
                                  and term[1:].islower() and is_common_word(term))
    participles = past_participles(term) if (
        one_word and not declared and term.islower() and term.isalpha()
        and term in verb_lemmas(term)) else frozenset()
    judging = one_word and pos != "noun" and term in JUDGING_VERBS
    if (pattern is None and wrong_use is None and not name_only and not participles
            and not place and not title and not judging and not organization):
        return None
    return _Sense(pattern, wrong_use, name_only, participles, function_word, place, title,
                  judging, loanword_noun=pos == "noun" and not declared,
                  organization=organization)


# What may stand between two words of a phrase: a negation or an adverb of frequency or
# time (was not found, is still the case, will never take place).
_BETWEEN_WORDS = r"\s+(?:(?:not|never|also|always|still|already|often|usually|yet)\s+)?"
_BETWEEN_OR_HYPHEN = r"(?:-|" + _BETWEEN_WORDS + ")"


def _phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern | None:
    """One pattern for several phrases: case ignored, any run of spaces or a hyphen between
    words (trade-off, trade off), and a negation or such an adverb (_BETWEEN_WORDS), every
    word in every inflection, whole words only, the last not joined by a hyphen to the
    next."""
    alternatives = []
    # Longest first: at one place the longest phrase is tried first.
    for phrase in sorted(phrases, key=len, reverse=True):
        words = phrase_words(phrase)
        if words:
            alternatives.append(_BETWEEN_OR_HYPHEN.join(
                "(?:" + "|".join(regex.escape(f) for f in word_forms(w)) + ")" for w in words))
    if not alternatives:
        return None
    # A last word that a hyphen joins to the next (Find out-of-date packages, a
    # case-sensitive search) is part of a compound, not the phrase's end.
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(alternatives)
                         + r")(?![\p{L}\p{N}]|-[\p{L}\p{N}])", regex.IGNORECASE)


def _inside_phrase(pattern: regex.Pattern, text: str, start: int, end: int) -> bool:
    """Whether an occurrence of the pattern near the hit covers the hit."""
    return covers(pattern, text, start, end, _REACH)
