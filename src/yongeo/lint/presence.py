"""Whether a draft holds a Korean translation inside a longer word: a compound, a predicate,
a conjugated verb. Asked only where a term seems missing, so it may cost more than a hit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from yongeo.glossary.model import Entry, EntryType, Term
from yongeo.patterns import compiled
from yongeo.text.korean import (
    COUNTRY_SHORT_FORMS,
    DIRECTION_PREFIXES,
    NOUN_SUFFIXES,
    STATIONED_MIN_SYLLABLES,
    STATIONED_PREFIX,
    collective_of,
    conjugates,
    has_hangul,
    holds_as_adjective,
    holds_short_form,
    holds_term,
    is_syllable,
    pair_orders,
    passive_stems,
    shares_head,
    stands_as_pair_term,
    verb_stem,
)
from yongeo.text.normalize import nfc

# Names of bodies and publications are written one way (Ministry of Foreign Affairs).
_FIXED_NAME_TYPES = frozenset({EntryType.ORGANIZATION.value, EntryType.PUBLICATION.value})
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
    term is free, as for hits (붙여 넣습니다 holds 붙여넣기). A person by what they do is
    present as their team (연구진 for 연구원: text.korean.collective_of), a pair of
    countries the other way round (일한관계 for 한일관계: text.korean.pair_orders), and a
    compound with its first noun made an adjective (실용적인 외교 for 실용외교:
    text.korean.holds_as_adjective)."""
    if entry.type == EntryType.PLACE.value:
        return (_heads_a_word(text, terms) or _by_short_form(text, terms)
                or _by_adjective(text, terms))
    if entry.type == EntryType.PERSON.value:
        return by_surname_and_title(text, terms)
    if _by_derivation(text, terms) or _in_english_compound(text, terms):
        return True
    if entry.type in _FIXED_NAME_TYPES and _by_shared_country(text, terms):
        return True
    if entry.type not in _FIXED_NAME_TYPES and _by_english_phrasing(text, terms):
        return True
    if _pair_by_both(text, terms):
        return True
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
        for form in (word, collective_of(word)):
            for start, end in spaced_spans(text, form) if form else ():
                if holds_term(text, start, end, form):
                    return True
        for form in pair_orders(word):  # the other order only as words of their own
            if any(stands_as_pair_term(text, start, end)
                   for start, end in spaced_spans(text, form)):
                return True
        if _split_by_particle(text, nfc(term.text)) or shares_head(text, nfc(term.text)):
            return True  # 수산물에 대한 수입 규제; 문화·인적 교류
        if holds_as_adjective(text, nfc(term.text)):  # 실용적인 외교 for 실용외교
            return True
    return False


# A Korean personal name written solid: a surname of one syllable and a given name of two.
_KOREAN_NAME_SYLLABLES = 3


def by_surname_and_title(text: str, terms: Iterable[Term]) -> bool:
    """Whether a Korean text names a Korean person of the glossary by surname and title,
    as Korean news does once the full name is given (이 대통령 for 이재명, 위 실장 for
    위성락: text.titles.title_after_name): the first syllable of a Korean name of three
    written solid, as a word of its own, then a title."""
    from yongeo.text.titles import title_after_name

    for term in terms:
        name = nfc(term.text)
        if (term.lang != "ko" or len(name) != _KOREAN_NAME_SYLLABLES
                or not all(map(is_syllable, name))):
            continue
        at = text.find(name[0])
        while at != -1:
            end = at + 1
            if ((at == 0 or not is_syllable(text[at - 1])) and end < len(text)
                    and text[end] in " \t" and title_after_name(text, end) is not None):
                return True
            at = text.find(name[0], end)
    return False


def in_officer_title(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft names a body of the English `terms` inside the title of its
    officer (Foreign Minister for Foreign Ministry, Minister of Foreign Affairs:
    text.titles.names_officer_of), as English renders a Korean body written before an
    officer's title (외교부 장관)."""
    from yongeo.text.titles import names_officer_of

    return any(names_officer_of(text, term.text) for term in terms if term.lang == "en")


def _by_adjective(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft names a country of the English `terms` by its adjective or
    its people (the Japanese government, Iraqi officials, Americans:
    text.places.adjective_mentions), as an English translation renders 일본 정부 or 이라크
    관리들, or a region by its adjective (Northeast Asian Affairs for 동북아: text.english
    .region_adjective), or a city by its dwellers (Osakan for 오사카 사람:
    text.english.names_dweller). Not a city's country: Chinese is no rendering of Beijing."""
    from yongeo.text.english import names_dweller, region_adjective
    from yongeo.text.places import adjective_mentions, country_code

    codes = {code for term in terms if term.lang == "en"
             and (code := country_code(term.text)) is not None}
    if adjective_mentions(text, codes) > 0:
        return True
    adjectives = {adjective for term in terms if term.lang == "en"
                  and country_code(term.text) is None
                  and (adjective := region_adjective(term.text)) is not None}
    if any(compiled(r"(?<![\p{L}\-])" + regex.escape(adjective)
                    + r"(?![\p{L}\-])").search(text) for adjective in adjectives):
        return True
    return any(names_dweller(text, term.text) for term in terms
               if term.lang == "en" and country_code(term.text) is None)


_LATIN_WORD = regex.compile(r"\b\p{Latin}{5,}\b")


def _by_derivation(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft holds a word derived from one of the English `terms` of one
    word (presidential for President, 대통령 선거 -> the presidential election; inaugural
    for inauguration; terrorist for terrorism: text.english.derived_from), as an English
    translation renders a Korean noun inside a compound. A term of several words is
    found only whole (an office is no National Security Office)."""
    from yongeo.text.english import derivational_stems, derived_from

    stems = frozenset().union(*(derivational_stems(term.text) for term in terms
                                if term.lang == "en" and term.text.isalpha()))
    return bool(stems) and any(derived_from(word, stems) for word in _LATIN_WORD.findall(text))


def _by_english_phrasing(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft phrases one of the English `terms` of several words another
    way English does: its modifier after its head (the protection of intellectual property:
    text.english.postmodified), a light head left out (history for history issue:
    text.english.by_modifier_alone), or its modifier the first of several sharing its head
    (cultural and people-to-people exchanges: text.english.shares_head), or its action by
    the verb with its object after it (restrict seafood imports for restrictions on seafood
    imports: text.english.verbal); a one-word noun by its verb's -ing form before a noun
    (a trading partner for trade: text.english.by_gerund_modifier)."""
    from yongeo.text.english import (
        by_gerund_modifier,
        by_modifier_alone,
        postmodified,
        shares_head,
        verbal,
    )

    return any((postmodified(text, term.text) or by_modifier_alone(text, term.text)
                or shares_head(text, term.text) or verbal(text, term.text))
               if " " in term.text else by_gerund_modifier(text, term.text)
               for term in terms if term.lang == "en")


def _by_shared_country(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft names a body whose English name begins with its country's
    adjective after another of that country's bodies, the country written once for both
    (Japan's Ministry of Foreign Affairs and Ministry of Defense:
    text.demonyms.shares_country)."""
    from yongeo.text.demonyms import shares_country

    return any(shares_country(text, term.text) for term in terms if term.lang == "en")


def _pair_by_both(text: str, terms: Iterable[Term]) -> bool:
    """Whether a draft names a term that begins with a pair of countries by a word for the
    two (양국 관계 for 한일관계: text.korean.names_pair_by_both; three by their count, 3국
    정상회의 for 한일중 정상회의: names_trio_by_count; bilateral relations for
    Korea-Japan relations: text.places.names_pair_implicitly), by both names in full
    (한국과 일본의 관계: text.korean.names_pair_in_full) or by another noun of relation
    (한일 국교 for 한일관계: text.korean.names_pair_relation); in English, by the head and
    *with* one of the two (a summit with Prime Minister Takaichi Sanae of Japan:
    text.places.names_pair_by_partner); their relations by the two after *between* (issues
    between Korea and Japan) or by the pair alone ending a line (## Korea–Japan:
    text.places.names_relations_between)."""
    from yongeo.text.korean import (
        names_pair_by_both,
        names_pair_in_full,
        names_pair_relation,
        names_trio_by_count,
    )
    from yongeo.text.places import (
        names_pair_by_partner,
        names_pair_implicitly,
        names_relations_between,
    )

    return any((names_pair_by_both(text, nfc(term.text))
                or names_trio_by_count(text, nfc(term.text))
                or names_pair_in_full(text, nfc(term.text))
                or names_pair_relation(text, nfc(term.text))) if term.lang == "ko"
               else (names_pair_implicitly(text, term.text)
                     or names_pair_by_partner(text, term.text)
                     or names_relations_between(text, term.text)) for term in terms)


def _in_english_compound(text: str, terms: Iterable[Term]) -> bool:
    """Whether an English draft holds one of the English `terms` of one word as a part of a
    compound written solid (keyring holds key, filenames file: text.compounds.compound_parts),
    the English twin of a Korean noun heading or ending a compound (기본값 holds 기본)."""
    from yongeo.text.compounds import compound_parts
    from yongeo.text.english import singular_forms

    wanted = tuple({term.text.lower() for term in terms
                    if term.lang == "en" and term.text.isalpha()})
    if not wanted:
        return False
    lowered = text.lower()
    if not any(term in lowered for term in wanted):  # most drafts: no word holds one
        return False
    for word in {w.lower() for w in _LATIN_WORD.findall(text)}:
        if not any(term in word and word != term for term in wanted):
            continue  # only a word that holds the term is split
        for form in (word, *singular_forms(word)):
            if any(part in wanted for parts in compound_parts(form) for part in parts):
                return True
    return False


# What may join two nouns of a term that a draft writes apart: a particle, as where the
# second becomes a predicate (암호를 저장할지, 파일을 삭제합니다, 화면이 잠금), or a
# postposition that makes the first modify the rest (수산물에 대한 수입 규제, 한국과의 협력).
_LINK = regex.compile(
    r"(?:에[ \t]*(?:대한|관한|대해서|대하여|대해)|[과와]의|에서의|으로의|로의|[을를이가은는도의에])"
    r"[ \t]*")


def _split_by_particle(text: str, term: str) -> bool:
    """A term of two nouns or more (암호 저장, 수산물 수입 규제) written with a particle or a
    postposition after one of them, the last used as a predicate or heading a word: 암호를
    저장할지, 파일을 삭제하려면, 수산물에 대한 수입 규제. The first noun is a word of its
    own; between the others, spacing is free."""
    parts = term.split()
    if len(parts) < 2 or not all(len(p) >= 2 and all(map(is_syllable, p)) for p in parts):
        return False
    at = text.find(parts[0])
    while at != -1:
        if at == 0 or not is_syllable(text[at - 1]):
            end = _split_end(text, at, parts)
            if end is not None:
                return True
        at = text.find(parts[0], at + 1)
    return False


def _split_end(text: str, at: int, parts: list[str]) -> int | None:
    """Where the term `parts` written from `at` with at least one particle or postposition
    between its nouns ends (_split_by_particle), or None."""
    linked = False
    position = at
    for index, part in enumerate(parts):
        if not text.startswith(part, position):
            return None
        end = position + len(part)
        if index == len(parts) - 1:
            return end if linked and holds_term(text, position, end, part) else None
        link = _LINK.match(text, end)
        if link is not None and link.end() > end and not text[end].isspace():
            linked, position = True, link.end()
        else:
            position = _spaces_end(text, end)


def _heads_a_word(text: str, terms: Iterable[Term]) -> bool:
    """A place name of two syllables or more at the start of a longer Korean word
    (이라크전, 베이징올림픽) names the same place, also after a direction (동유럽) or 駐 (주오사카
    총영사관); never inside or at the end of another word, nor derived with 화, nor a short
    form of another term given another site's noun (야스쿠니 사원 for 야스쿠니 신사:
    text.places.korean_kind_after)."""
    from yongeo.text.places import korean_kind_after

    korean = [term for term in terms if term.lang == "ko"]
    for term in korean:
        word = "".join(nfc(term.text).split())
        if sum(map(is_syllable, word)) < _MIN_PLACE_HEAD_SYLLABLES:
            continue
        for start, end in spaced_spans(text, word):
            if start > 0 and is_syllable(text[start - 1]) and not (
                    _after_direction(text, start) or _stationed_in(text, start, word)):
                continue
            if text.startswith(NOUN_SUFFIXES[1], end):  # 화: another concept
                continue
            if not any(korean_kind_after(text, end, other.text) for other in korean
                       if other is not term):
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


def _stationed_in(text: str, start: int, name: str) -> bool:
    """Whether 駐 (stationed in) is written onto the place at `start` as a word's first
    syllable (주오사카 총영사관: the consulate in Osaka), the place long enough not to make
    another word with it (STATIONED_MIN_SYLLABLES)."""
    at = start - len(STATIONED_PREFIX)
    return (at >= 0 and text.startswith(STATIONED_PREFIX, at)
            and (at == 0 or not is_syllable(text[at - 1]))
            and len(name) >= STATIONED_MIN_SYLLABLES)


def _after_direction(text: str, start: int) -> bool:
    """Whether the word before `start` is a direction (동유럽 'Eastern Europe', 동예루살렘,
    서아프리카, or transliterated, 이스트예루살렘, 사우스캐롤라이나): the region is part of the
    place the source names. (It also lets 남수단 stand for Sudan: lenient, like every rule
    here.)"""
    return any(text.startswith(prefix, start - len(prefix))
               and (start == len(prefix) or not is_syllable(text[start - len(prefix) - 1]))
               for prefix in DIRECTION_PREFIXES if len(prefix) <= start)


def _conjugated(text: str, stem: str) -> bool:
    body = stem[:-1]
    for start in _WORD_START.finditer(text):
        position = start.start()
        if body:
            position = _spaced_end(text, position, body)
            if position < 0:
                continue
            position = _spaces_end(text, position)
        if conjugates(stem[:-1] + text[position:], stem):
            return True
    return False


# Where a glossary word is looked for, written with any spaces between its characters (붙여
# 넣, 기본 설정): walked character by character from each occurrence of its first one, which
# costs less than compiling a pattern per word (a run with a termbase meets thousands).


def spaced_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Each [start, end) of `text` that is `word` (no white space in it) with any white
    space between its characters, from the left and apart, as a pattern would find them."""
    if not word:
        return
    at = text.find(word[0])
    while at != -1:
        end = _spaced_end(text, at, word)
        if end >= 0:
            yield at, end
            at = text.find(word[0], end)
        else:
            at = text.find(word[0], at + 1)


def _spaced_end(text: str, start: int, word: str) -> int:
    """Where `word`, spaced any way, ends when it is written at `start`; -1 when it is not."""
    if not text.startswith(word[0], start):
        return -1
    position = start + 1
    for char in word[1:]:
        position = _spaces_end(text, position)
        if position >= len(text) or text[position] != char:
            return -1
        position += 1
    return position


def _spaces_end(text: str, position: int) -> int:
    """The end of the white space (Unicode's White_Space) from `position`."""
    while position < len(text) and text[position].isspace() and not (
            "\x1c" <= text[position] <= "\x1f"):
        position += 1
    return position
