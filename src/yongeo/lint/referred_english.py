"""Missing terms an English draft of a Korean source renders unseen or leaves to its
context, as English does (left_to_context): a name or a title by what its context says, a
body or a concept by its head, persons by their own English noun."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import pairwise

import regex

from yongeo.glossary.model import Entry, EntryType, Status
from yongeo.lint.findings import Finding
from yongeo.lint.replaced import (
    NAMES,
    accepted_terms,
    every_hit,
    hits_of,
    replaced,
    replaced_in_title,
    title_holders,
)
from yongeo.lint.units import Unit
from yongeo.match import Hit
from yongeo.text.korean import (
    after_examples,
    is_syllable,
    syllables_start,
    word_before,
)
from yongeo.text.places import korean_country_before
from yongeo.text.titles import ranked_prefix, seat_after

# Kinds of entry an English draft refers back to by a noun of the kind (the report, the treaty).
_REFERRED_BY_KIND = frozenset((EntryType.PUBLICATION.value, EntryType.AGREEMENT.value))


def left_to_context(unit: Unit, finding: Finding, types: dict[tuple[str, str], str],
                     text: str) -> bool:
    """For an English draft of a Korean source, whether a missing term is rendered unseen or
    left to its context, as Korean drafts do (referred): a person or place with no other
    name of its kind in its place (미국 공화당 -> the Republican Party; 베이징 올림픽 -> the
    Games; not a person whose family name the draft gives another given name, 고이즈미
    신지로 -> Koizumi Junichiro: text.english_names.namesake), or a person the draft refers
    to by a pronoun (부시 대통령은 -> he) unless another person stands beside the title the
    source gives them (lint.replaced.replaced_in_title), a place by
    the head noun of its name (사도광산 -> the mine: _by_head_noun), a country by its capital
    (_by_capital), a place spelt as a common noun (나라: _as_homograph), a prefecture or
    an island by its name alone (나라현 -> Nara: _by_name_alone), a place that locates a
    body after it (미국 컬럼비아대 -> Columbia University: _locating_a_body), a place the
    draft's dateline names (_in_dateline), a country right before a person the draft renders
    (일본에서 다카이치 총리가: _country_of_person); a title beside
    the person it is given to, a pronoun or its head noun (_holder_in_english, the minister);
    a title that addresses someone (연구원님께 -> Dear Ms. Yoon: _in_address), a title of
    another country written before it (미 국방장관 -> the US Secretary of Defense:
    _korean_country_body, as for a body), a title with
    a rank written onto it rendered with an English rank (선임연구위원 -> senior fellow:
    _ranked), a title before the noun of its seat (총리 관저 -> the Kantei:
    text.titles.seat_after); a body before a noun of its unnamed officers by its head noun
    (외교부 당국자 -> a ministry official: _by_officials_head); a body by its
    head noun or another country's (_by_head_noun, _korean_country_body), a country's own
    body by the country alone (일본 외무성이 ... 주장 -> Japan's claim: _by_its_country), a
    company by a noun of its kind (the Japanese company: _company_by_kind), a body of the
    source's country by its head after that country (S.Korea court: _home_body_by_head), a
    title of three
    words or more by its last words (_by_last_words: Security adviser); a publication or
    an agreement by its head noun or its kind's (외교청서 -> the report: _by_head_noun); a
    noun the source makes a predicate (_used_as_predicate); a term that says what a name
    after it is about (위안부 문제에 관한 고노 담화 -> the Kono Statement: _describes_a_name);
    a concept once named by its
    head (export controls -> the controls: _by_head_once_named) or by the loanword its Korean
    term opens with (셔틀외교 -> the shuttle: _by_loanword_part) or with its first word apart
    (수산물 수입 규제 -> seafood ... import restrictions: _written_apart); persons by their own name (납치
    피해자 -> the abductees: _persons_named_otherwise) or left as the owner of what the draft
    renders (희생자 유해 -> the remains: _owner_of_rendered), the wrong done to victims left
    to them (강제동원 피해자 -> victims: _owner_of_rendered), a concept by its doers (강제동원 ->
    forced laborers: _by_doer), victims by the wrong done to them (강제동원 피해자 -> Koreans
    forcibly mobilized: _by_patients); a body or a group as the speaker's own, we and our
    community (_ours); a body left to its officer's post (_left_to_officer); a kind whose
    members the source lists before it with 등 (text.korean.after_examples), where the
    draft names no kind before a list of members (text.english.names_kind_before_list); a
    leader's
    government by the leader's pronoun (_by_leaders_pronoun); an event told by the verb of
    what happens at it (정상회담에서 -> when the two leaders met:
    text.english.names_event_by_verb) or by the agreement reached at it (정상회담에서 합의된
    -> the agreed: _by_agreement); a moment a span of time is counted from by the span
    (취임 후 -> as prime minister: _by_span); the dead by their death (희생자 -> 183 miners
    died: _dead_by_their_death); an event by its place and verb (조세이 탄광 수몰 사고 -> when
    the Josei coal mine flooded: told_by_place_and_verb)."""
    from yongeo.text.english import (
        names_event_by_verb,
        names_kind_before_list,
        refers_by_pronoun,
    )
    from yongeo.text.english_names import namesake

    kind = types.get((finding.en, finding.ko))
    if kind == EntryType.TITLE.value and _in_address(unit, finding) and not replaced(
            unit, kind, finding.en):
        return True  # 윤해린 연구원님께 -> Dear Ms. Yoon; not 대통령님 -> Prime Minister Lee
    if kind == EntryType.TITLE.value and _ranked(unit, finding, text):
        return True  # 선임연구위원 -> senior fellow
    if (kind == EntryType.TITLE.value and every_hit(unit, finding, lambda source, hit:
            seat_after(source, hit.end)) and not replaced(unit, kind, finding.en)):
        return True  # 총리 관저 -> the Kantei: the seat, named as English names it
    if kind == EntryType.TITLE.value:
        return ((_holder_in_english(unit, finding, types) or refers_by_pronoun(text)
                 or _by_head_noun(unit, finding, text) or _by_last_words(unit, finding, text)
                 or _korean_country_body(unit, finding, text))
                and not replaced(unit, kind, finding.en)
                and not _other_title_in_english(unit, finding))
    if kind in NAMES and _romanized(unit, finding, text):
        return False  # 대마도 -> Daemado: the Korean name spelt out, not the glossary's
    if kind == EntryType.PLACE.value and _as_another_kind(finding, text):
        return False  # 호류지 -> Horyu Shrine: the name given another kind, another place
    if kind == EntryType.PLACE.value and _rival_named(unit, finding, text):
        return False  # 야스쿠니 신사 -> Meiji Shrine; 후쿠시마 -> Fukuoka: another place there
    if kind == EntryType.PERSON.value and finding.en and namesake(text, finding.en):
        return False  # 고이즈미 신지로 -> Koizumi Junichiro: another of the family
    if kind in NAMES:
        return not replaced(unit, kind, finding.en) or (
            kind == EntryType.PERSON.value and refers_by_pronoun(text)
            and not replaced_in_title(unit, finding)) or (
            kind == EntryType.PLACE.value and (_by_head_noun(unit, finding, text)
                                               or _by_capital(finding, text)
                                               or _as_homograph(unit, finding)
                                               or _by_name_alone(unit, finding, text)
                                               or _locating_a_body(unit, finding, text)
                                               or _in_dateline(unit, finding)
                                               or _country_of_person(unit, finding)
                                               or _country_of_titled(unit, finding)))
    if kind not in NAMES and _describes_a_name(unit, finding):
        return True  # 위안부 문제에 관한 고노 담화 -> the Kono Statement
    if _ours(unit, finding, text, kind):
        return True  # 민단은 -> our local headquarters, in Mindan's own message
    if kind not in NAMES and every_hit(unit, finding, lambda source_text, hit: after_examples(
            source_text, hit.start)) and not names_kind_before_list(text):
        return True  # 나가사키현과 쓰시마시 등 지방자치단체 -> Nagasaki Prefecture, Tsushima City
        # (not: ... organized crime, including online scams: the kind named otherwise)
    if kind == EntryType.ORGANIZATION.value and _by_leaders_pronoun(unit, finding, text):
        return True  # 이재명 정부의 실용외교 -> his pragmatic diplomacy, Lee named
    if kind == EntryType.ORGANIZATION.value and _left_to_officer(unit, finding, text):
        return True  # 일본 외무성 아시아대양주국장 -> the Director-General for Asian ... Affairs
    if kind == EntryType.ORGANIZATION.value and _by_officials_head(unit, finding, text):
        return True  # 외교부 당국자는 -> a ministry official
    if (_persons_named_otherwise(unit, finding, text) or _by_doer(unit, finding, text)
            or _owner_of_rendered(unit, finding) or _by_patients(unit, finding)):
        return True  # 납치 피해자 -> the abductees; 강제동원 피해자 -> forced laborers
    if kind not in NAMES and _by_their_families(unit, finding, text):
        return True  # 피해자 유족 -> the families: whose families, the dead's
    if kind not in NAMES and _dead_by_their_death(unit, finding, text):
        return True  # 희생자가 훨씬 많았다 -> far more people died
    if kind == EntryType.EVENT.value and told_by_place_and_verb(unit, finding, text):
        return True  # 조세이 탄광 수몰 사고 -> when the Josei coal mine flooded
    if kind == EntryType.EVENT.value and _leaders_together(unit, finding, text):
        return True  # 안동서 정상회담 -> Lee and Takaichi to meet in Andong
    if kind == EntryType.CONCEPT.value and _by_head_once_named(unit, finding, text):
        return True  # 수출규제 -> the tightened controls, export controls named before
    if kind == EntryType.CONCEPT.value and _by_loanword_part(unit, finding, text):
        return True  # 셔틀외교 -> the shuttle: the loanword the Korean term opens with
    if kind == EntryType.CONCEPT.value and _written_apart(unit, finding, text):
        return True  # 수산물 수입 규제 -> whose seafood falls under ... import restrictions
    if kind not in NAMES and _place_left_to_context(unit, finding, text):
        return True  # 재일동포 -> the Korean community, in a text that names Japan
    if kind in _MOMENT_KINDS and _by_span(unit, finding, text):
        return True  # 취임 후 -> as prime minister; 출범 2년 차 -> in its second year
    if kind in _MOMENT_KINDS and _beginning_by_body(unit, finding):
        return True  # 다카이치 내각 출범과 한일관계 -> The Takaichi Cabinet and Korea-Japan ...
    return _used_as_predicate(unit, finding) or (
        kind == EntryType.ORGANIZATION.value and (_korean_country_body(unit, finding, text)
                                                  or _by_head_noun(unit, finding, text)
                                                  or _by_its_country(unit, finding, text)
                                                  or _company_by_kind(unit, finding, text)
                                                  or _home_body_by_head(unit, finding, text))) or (
        kind in _REFERRED_BY_KIND and _by_head_noun(unit, finding, text)) or (
        kind == EntryType.EVENT.value and finding.en is not None
        and (names_event_by_verb(text, finding.en) or _by_agreement(unit, finding, text)))


def _written_apart(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether the English draft writes one of the term's accepted English forms of three
    words or more with its first word apart from the others, in one sentence (seafood ...
    import restrictions: text.english.written_apart), as the Korean twin does
    (lint.referred._written_apart)."""
    from yongeo.text.english import written_apart

    hits = hits_of(unit.source, finding)
    return bool(hits) and any(written_apart(text, term.text)
                              for term in accepted_terms(hits[0].entry, "en"))


def _rival_named(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether the English draft names a place of the missing place's kind by another name
    of its shape (Meiji Shrine for Yasukuni Shrine) or of like spelling (Fukuoka for
    Fukushima: text.places.lookalike_places), as lint.outnumbered.rivals_in finds them (it
    leaves out a name that renders another term of the source, Osaka Prefecture beside Nara
    Prefecture, and a name mentioned, a film's quoted title), and that name's own words are
    no Japanese name the Korean source writes (Shimane Prefecture for the source's 시마네현:
    text.japanese.transliterate): the place replaced by another, not left to its context."""
    from yongeo.lint.outnumbered import rivals_in
    from yongeo.text.japanese import transliterate

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    source = unit.source.side.text[unit.source.start:unit.source.end]
    draft = unit.draft.side.text

    def sourced(start: int, end: int) -> bool:
        words = draft[start:end].split()[:-1]  # the name's own words, its head aside
        for word in words:
            try:
                if transliterate(word).standard in source:
                    return True
            except ValueError:  # no romaji
                continue
        return False

    return any(not sourced(start, end) for start, end in rivals_in(
        unit, hits, tuple(accepted_terms(hits[0].entry, "en"))))


def _dead_by_their_death(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether persons who died, named at every source hit by a Korean noun of the dead
    (희생자, 사망자: text.korean.names_the_dead; not 피해자, which the same entry may admit),
    are told in the English draft by the words of their death (183 miners died, killing
    183, the dead: text.english.tells_deaths), as English tells a disaster's victims."""
    from yongeo.text.english import tells_deaths
    from yongeo.text.korean import names_the_dead

    return every_hit(unit, finding, lambda _text, hit: names_the_dead(hit.term.text)) and (
        tells_deaths(text))


# The word right after a place that may be its verb, an auxiliary allowed before it (flooded,
# had flooded; 이 수몰된: the particle on the place, then the word).
_CLAUSE_AFTER = regex.compile(r"[^\s.,!?;:]*[^\S\n]+(?:(?:had|has|was|were|is)[^\S\n]+)?"
                              r"[^\s.,!?;:]+")


# Two names joined by *and* (Lee and Takaichi, President Lee Jae-myung and Prime Minister
# Takaichi Sanae): the span between two person hits.
_JOINED_BY_AND = regex.compile(r"[ \t]+and[ \t]+(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,3}")


def _leaders_together(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft tells a leaders' meeting (a Korean term that opens with the
    word for the leaders, 정상회담: text.korean.LEADERS_WORD) by two persons of the glossary
    joined by *and* in one sentence (Lee and Takaichi to meet in Andong; In Nara, Lee and
    Takaichi agreed): the two leaders together are their meeting, as English says it."""
    from yongeo.text.korean import LEADERS_WORD

    if not (finding.ko or "").replace(" ", "").startswith(LEADERS_WORD):
        return False
    draft = unit.draft
    side = draft.side.text
    people = sorted((hit for hit in draft.hits if hit.entry.type == EntryType.PERSON.value),
                    key=lambda hit: hit.start)
    for first, second in pairwise(people):
        if first.entry.id == second.entry.id:
            continue
        if _JOINED_BY_AND.fullmatch(side, first.end, second.start):
            return True
    return False


def told_by_place_and_verb(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an event whose name holds a place of the glossary (조세이 탄광 수몰 사고, the
    flooding of the Josei coal mine) is told in the draft by that place and the verb of what
    happened to it (183 miners died when the Josei coal mine flooded: text.english
    .event_verb_forms; 조세이 탄광이 수몰된 지 84년: text.korean.tells_by_predicate), as a
    clause says what the event's name names."""
    from yongeo.text.english import event_verb_forms, holds_word
    from yongeo.text.korean import tells_by_predicate

    hits = hits_of(unit.source, finding)
    if not hits or hits[0].entry.type != EntryType.EVENT.value:
        return False
    entry, lang = hits[0].entry, unit.draft.side.lang
    names = [term.text for term in accepted_terms(entry, lang)]
    places = [hit for hit in unit.draft.hits if hit.entry.type == EntryType.PLACE.value
              and any(hit.term.text in name for name in names)]
    if not places:
        return False
    side = unit.draft.side.text
    # The verb right after the place, its subject (the Josei coal mine flooded; 조세이 탄광이
    # 수몰된): no other word naming the event between (the Josei coal mine collapse. When
    # seawater flooded a shaft: the collapse is what the draft calls it).
    after = [found.group() for place in places
             if (found := _CLAUSE_AFTER.match(side, place.end)) is not None]
    if lang == "en":
        forms = {form for name in names for form in event_verb_forms(name)}
        return any(holds_word(words, form) for words in after for form in forms)
    # The name's first noun after the place (수몰 of 조세이 탄광 수몰 사고), made a predicate.
    rests = {words[0] for name in names for place in places if place.term.text in name
             and (words := name.replace(place.term.text, "", 1).split())}
    return any(len(rest) >= 2 and tells_by_predicate(clause, rest)
               for clause in after for rest in rests)


# Kinds of entry that may name a moment a span of time is counted from (취임, 출범).
_MOMENT_KINDS = frozenset((EntryType.CONCEPT.value, EntryType.EVENT.value))


def _by_span(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a concept or event the Korean source names, at every hit, as the moment a span
    of time is counted from (취임 후, 출범 2년 차: text.korean.counted_from) is left to the
    span in the English draft (as prime minister, in its second year, her first visit:
    text.english.tells_span)."""
    from yongeo.text.english import tells_span
    from yongeo.text.korean import counted_from

    return (every_hit(unit, finding, lambda source, hit: counted_from(source, hit.end))
            and tells_span(text))


# A noun and *of* right before a name (the fall of the, the launch of).
_NOUN_OF_BEFORE = regex.compile(r"(?i)\b\p{L}+[ ]+of(?:[ ]+the)?[ ]+$")


def _beginning_by_body(unit: Unit, finding: Finding) -> bool:
    """Whether a noun of a body's beginning (출범, 발족, 설립: text.korean.names_beginning)
    follows, at every source hit, a body the English draft renders (다카이치 내각 출범 -> the
    Takaichi Cabinet; 2023년 핵협의그룹 출범으로 -> by the Nuclear Consultative Group in
    2023): English names the launch of a body by the body alone where the context tells
    the time; not where a noun with *of* comes before the body (the fall of the Takaichi
    Cabinet), which renders the beginning otherwise."""
    from yongeo.text.korean import names_beginning

    draft = unit.draft.side.text
    rendered = {hit.entry.id for hit in unit.draft.hits
                if hit.entry.type == EntryType.ORGANIZATION.value
                and _NOUN_OF_BEFORE.search(draft, max(0, hit.start - 40), hit.start) is None}

    def after_body(text: str, hit: Hit) -> bool:
        return names_beginning(hit.term.text) and any(
                   other.entry.id in rendered and other.end <= hit.start
                   and text[other.end:hit.start] in ("", " ", "의 ")
                   for other in unit.source.hits)

    return every_hit(unit, finding, after_body)


def _by_last_words(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft writes a title of three capitalised words or more by its last
    two or more, as headlines and second mentions shorten it (Security adviser for National
    Security Adviser: text.english.holds_last_words)."""
    from yongeo.text.english import holds_last_words

    entry = next((hit.entry for hit in hits_of(unit.source, finding)), None)
    return entry is not None and any(holds_last_words(text, term.text)
                                     for term in accepted_terms(entry, "en"))


def _by_agreement(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an event the Korean source names as the occasion of an agreement (정상회담에서
    합의된, 정상회담 합의: text.korean.agreed_at), at every hit, is left to the agreement in
    the English draft (the agreed identification, the January agreement:
    text.english.tells_agreement)."""
    from yongeo.text.english import tells_agreement
    from yongeo.text.korean import agreed_at

    return (every_hit(unit, finding, lambda source, hit: agreed_at(source, hit.end))
            and tells_agreement(text))


# What may stand between a term and the noun of persons after it: quotes (일본군'위안부'
# 피해자) and spaces.
_QUOTES_AND_SPACES = " \t'\"‘’“”「」『』"


def _by_leaders_pronoun(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a government named after its leader (이재명 정부: an English term that opens
    with a person's name the draft piece renders, the Lee Jae-myung administration) is
    referred to in the English draft by that person's possessive pronoun (his pragmatic
    diplomacy, Lee named: text.english.refers_by_pronoun) or name (Lee's "two tracks")."""
    from yongeo.text.english import refers_by_pronoun

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    names = [term.text for term in accepted_terms(hits[0].entry, "en")]
    leaders = [hit for hit in unit.draft.hits if hit.entry.type == EntryType.PERSON.value
               and any(name.startswith(term.text + " ") for name in names
                       for term in accepted_terms(hit.entry, "en"))]
    whole = unit.draft.side.text
    return bool(leaders) and (refers_by_pronoun(text) or any(
        whole.startswith(("'s", "’s"), hit.end) for hit in leaders))


# What may stand between a country and the person it is the country of: a particle (일본의,
# 일본에서) and the spaces.
_COUNTRY_TO_PERSON = regex.compile(r"(?:의|에서|에선)?[ \t]*")


def _country_added(unit: Unit, *home: str) -> bool:
    """Whether the English draft names a country its Korean source does not (in China for
    일본에서), other than the `home` countries (codes)."""
    from yongeo.text.places import countries_in

    source, draft = unit.source, unit.draft
    named = countries_in(source.side.text[source.start:source.end], source.side.lang)
    return any(code not in named and code not in home for code in countries_in(
        draft.side.text[draft.start:draft.end], draft.side.lang))


def _country_of_person(unit: Unit, finding: Finding) -> bool:
    """Whether the Korean source names a country, at every hit, right before a person of the
    glossary (일본에서 다카이치 사나에 총리가, 일본의 모테기 외무상) whom the English draft
    renders, and no other country: the person says whose country it is (after Takaichi Sanae
    became Prime Minister), unless another country stands in its place (in China)."""
    source, draft = unit.source, unit.draft
    text = source.side.text
    rendered = {hit.entry.id for hit in draft.hits}
    people = [hit for hit in source.hits if hit.entry.type == EntryType.PERSON.value
              and hit.entry.id in rendered]
    if not people:
        return False
    if _country_added(unit):
        return False  # another country in its place (in China): a replacement

    def before_person(_text: str, hit: Hit) -> bool:
        gap = _COUNTRY_TO_PERSON.match(text, hit.end)
        return any(person.start == gap.end() for person in people)

    return every_hit(unit, finding, before_person)


def _country_of_titled(unit: Unit, finding: Finding) -> bool:
    """Whether the Korean source names a country, at every hit, between a person's name and
    the person's title (마코 루비오 미국 국무장관, 조 바이든 당시 미국 대통령: a word with no
    particle before it, a date word aside, and a title after it: text.titles.title_after_name),
    a nationality an English draft leaves to the name and the title (Secretary of State Marco
    Rubio, then President Joe Biden); not where the country has a particle or stands alone
    before the title (미국의 대통령은, 미국 대통령은: the office, the person unnamed), nor
    where the draft names a country the source does not, Korea aside, whose bodies a Korean
    text names without it (외교부 장관: ROK Foreign Minister)."""
    from yongeo.text.korean import TITLE_DATE_WORDS, case_phrase, word_before
    from yongeo.text.titles import title_after_name

    if _country_added(unit, "KR"):
        return False  # Chinese Secretary of State: another country in its place

    def titled(text: str, hit: Hit) -> bool:
        if hit.end < len(text) and is_syllable(text[hit.end]):
            return False  # 미국의, 미국인: not the country alone
        if title_after_name(text, hit.end) is None:
            return False
        at = hit.start
        before = word_before(text, at)
        if before in TITLE_DATE_WORDS:
            at = text.rfind(before, 0, at)
            before = word_before(text, at)
        # A name, not a phrase with a case particle (회담에서, 정부는).
        return before is not None and len(before) > 1 and not case_phrase(before)

    return every_hit(unit, finding, titled)


_LOANWORD_PART = regex.compile(r"[a-z]{4,}")


def _by_loanword_part(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft writes a concept by the word its Korean term opens with as a
    loanword (셔틀외교, shuttle diplomacy -> the shuttle, the next shuttle visit:
    text.loanword.is_loanword) before a Korean word of its own, the English word standing
    alone or before a word that may be a verb: the term shortened to the word both languages
    share, as English shortens a term to its distinctive word once it is clear, or before a
    noun of time (the shuttle era). Not before another noun that is no verb (shuttle
    flights: another thing of the word), nor where the source
    piece holds the loanword in other words as often as the draft writes it so (리조트
    셔틀버스 -> the resort shuttle bus: the draft's shuttle renders that word)."""
    from yongeo.text.english import TIME_NOUNS, word_classes
    from yongeo.text.loanword import is_loanword

    korean = "".join((finding.ko or "").split())
    english = (finding.en or "").split()
    if len(english) < 2 or not _LOANWORD_PART.fullmatch(english[0]):
        return False
    word = english[0]
    parts = [korean[:cut] for cut in range(2, len(korean) - 1)
             if is_loanword(korean[:cut], word)]
    if not parts:
        return False
    source = unit.source.side.text[unit.source.start:unit.source.end]
    elsewhere = source.count(parts[0]) - len(hits_of(unit.source, finding))
    written = 0
    for match in regex.finditer(rf"(?i)(?<![\p{{L}}\-]){regex.escape(word)}(?![\p{{L}}\-])"
                                r"(?:[ \t]+(\p{L}+))?", text):
        after = match.group(1) or ""
        classes = word_classes(after) if after else frozenset()
        if "NOUN" not in classes or "VERB" in classes or after.lower() in TIME_NOUNS:
            written += 1  # the shuttle, the shuttle era: a time named after it
    return written > max(elsewhere, 0)


def _by_their_families(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether persons the Korean source names by a noun in 者 (피해자, 희생자) as those whose
    families the bereaved are, at every hit (피해자 유족, 피해자들의 유족:
    text.korean.bereaved_after), are left to the English draft's families (the families,
    relatives of those who have died), which say whose they are: the dead's; not families
    said to be of other persons (families of the survivors). The twin of
    lint.referred._by_the_bereaved."""
    from yongeo.text.english import names_families
    from yongeo.text.korean import bereaved_after

    korean = (finding.ko or "").strip()
    if len(korean) < 3 or not korean.endswith("자"):
        return False  # 재일동포 유족: the families are the residents, not theirs
    if not names_families(text):
        return False
    return every_hit(unit, finding, lambda source_text, hit: bereaved_after(source_text,
                                                                            hit.end))


def _by_officials_head(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a body the Korean source names, at every hit, before a noun of its unnamed
    officers (외교부 당국자: text.titles.unnamed_officer_after) is named in the English draft
    by the head noun of one of its English terms before *official* or *spokesperson* (a
    ministry official: text.titles.official_of_head), as news English writes it, the draft
    naming no body of the glossary that the source does not."""
    from yongeo.text.english import head_noun
    from yongeo.text.titles import official_of_head, unnamed_officer_after

    hits = hits_of(unit.source, finding)
    if not hits or not every_hit(unit, finding, lambda source_text, hit: unnamed_officer_after(
            source_text, hit.end)):
        return False
    heads = {head for term in accepted_terms(hits[0].entry, "en")
             if (head := head_noun(term.text)) is not None}
    return any(official_of_head(text, head) for head in heads) and not _other_body_drafted(
        unit)


def _other_body_drafted(unit: Unit) -> bool:
    """Whether the draft piece names a body of the glossary that its source does not."""
    named = {hit.entry.id for hit in unit.source.hits}
    return any(hit.entry.type == EntryType.ORGANIZATION.value and hit.entry.id not in named
               for hit in unit.draft.hits)


def _left_to_officer(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a body the Korean source names, at every hit, as an officer's body (일본 외무성
    아시아대양주국장: text.titles.title_after_name, head_suffix_after) is left to the
    officer's post in the English draft (the Director-General for Asian and Oceanian
    Affairs: text.titles.names_an_officer), the draft naming no body of the glossary that
    the source does not."""
    from yongeo.text.titles import head_suffix_after, names_an_officer, title_after_name

    if not every_hit(unit, finding, lambda source_text, hit: title_after_name(
            source_text, hit.end) is not None or head_suffix_after(source_text, hit.end)):
        return False
    return names_an_officer(text) and not _other_body_drafted(unit)


# How far into a text its heading, byline or letterhead reaches: a body named there is the
# text's author.
_OPENING_CHARS = 300


def _ours(unit: Unit, finding: Finding, text: str, kind: str | None) -> bool:
    """Whether the English draft refers to a body or a group of persons as the speaker's own:
    a body that the draft's opening names (its heading, byline or letterhead: the text is
    the body's own) spoken of as *we* (text.english.speaks_as_we: 민단은 ... -> our local
    headquarters, in Mindan's New Year message), or a group (text.english.names_persons)
    that the draft names elsewhere called *our community* (text.english.names_our_group:
    재일동포 사회 -> our community). Another body's *we* (a fund's statement naming the
    Foundation) keeps the error."""
    from yongeo.text.english import holds_word, names_our_group, names_persons, speaks_as_we

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    terms = [term.text for term in accepted_terms(hits[0].entry, "en")]
    whole = unit.draft.side.text
    if kind == EntryType.ORGANIZATION.value:
        opening = whole[:_OPENING_CHARS]
        return speaks_as_we(text) and any(holds_word(opening, term) for term in terms)
    return (bool(finding.en) and names_persons(finding.en) and names_our_group(text)
            and any(holds_word(whole, term) for term in terms))


def _persons_named_otherwise(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a missing Korean noun of persons (피해자, 희생자: text.korean.names_person) is
    rendered with the persons' own English name: a patient noun (납치 피해자 -> the
    abductees: text.english.holds_patient_noun), the surviving ones as survivors (생존
    피해자: text.korean.surviving_before), or, where every hit follows another term's
    hit (위안부 피해자), that term's English when it names persons and the draft holds it
    (comfort women: text.english.names_persons), or names the persons' issue or redress
    (강제동원 피해자 문제, 피해자 구제: text.korean.matter_after) by the wrong (forced
    mobilization). English names the victims of a deed by the deed's patient noun, and those
    of a named wrong, or their issue, by the wrong's name; a later bare hit refers back to
    the persons the first named (위안부 피해자 ... 피해자의 명예 -> comfort women ... their
    honor)."""
    from yongeo.text.english import (
        holds_doer_of,
        holds_noun,
        holds_patient_noun,
        names_persons,
    )
    from yongeo.text.korean import matter_after, surviving_before

    source = unit.source
    hits = hits_of(source, finding)
    # 대법원 ends as 피해자's fellows 연구원 and 희생자 do (院 and 員 alike), but its English
    # names no one: a body, which no patient noun renders.
    if not hits or not _names_persons(hits[0].entry):
        return False
    if holds_patient_noun(text):
        return True
    lowered = text.lower()
    named = False
    survivors = holds_noun(text, "survivor")
    for hit in sorted(hits, key=lambda h: h.start):
        if survivors and surviving_before(source.side.text, hit.start):
            named = True  # 생존 피해자 -> the survivors
            continue
        before = [other for other in source.hits if other.entry is not hit.entry
                  and hit.start - 3 <= other.end <= hit.start
                  and not source.side.text[other.end:hit.start].strip(_QUOTES_AND_SPACES)]
        if not before and named:
            continue  # 위안부 피해자 ... 피해자의 명예: the same persons, referred back to
        # The persons' issue or redress (피해자 문제, 피해자 구제) is named by the wrong alone:
        # the forced mobilization issue, redress for forced mobilization.
        issue = matter_after(source.side.text, hit.end)
        if not any(((names_persons(term.text) or issue) and term.text.lower() in lowered)
                   or holds_doer_of(text, term.text)
                   for other in before for term in accepted_terms(other.entry, "en")):
            return False
        named = True
    return bool(hits)


def _names_persons(entry: Entry) -> bool:
    """Whether an entry names persons in both languages (text.korean.names_person,
    text.english.names_persons): 강제동원 ends as 연구원 does, 대법원 as 희생자 does, but
    neither's English names anyone."""
    from yongeo.text.english import names_persons
    from yongeo.text.korean import names_person

    return bool(entry.ko and entry.en and names_person(entry.ko) and names_persons(entry.en))


def _owner_of_rendered(unit: Unit, finding: Finding) -> bool:
    """Whether a missing term only qualifies, at every source hit, the term right after it,
    which the English draft renders, where English leaves the qualifier to its context: a
    noun of persons as the owner of a thing (희생자 유해 -> the remains, the remains of those
    who died), or a wrong, a concept, as what made those persons victims (강제동원 피해자
    명부 -> rosters of victims), the victims rendered as often as the source names them.
    Persons in both languages (text.korean.names_person,
    text.english.names_persons: 강제동원 ends as 연구원 does but names no one)."""
    from yongeo.text.english import stands_bare

    source = unit.source
    hits = hits_of(source, finding)
    if not hits:
        return False
    owner = _names_persons(hits[0].entry)
    wrong = hits[0].entry.type == EntryType.CONCEPT.value
    if not (owner or wrong):
        return False
    text = source.side.text
    draft = unit.draft.side.text
    rendered = Counter(hit.entry.id for hit in unit.draft.hits)
    # A wrong's victims rendered bare (rosters of victims), not with a complement or a
    # modifier that renders the wrong otherwise (victims of wartime labor).
    bare = Counter(hit.entry.id for hit in unit.draft.hits
                   if stands_bare(draft, hit.start, hit.end))
    named = Counter(hit.entry.id for hit in source.hits)

    def qualifies_next(_text: str, hit: Hit) -> bool:
        # The victims rendered wherever the source names them (not a wrong's victims
        # rendered as its laborers beside victims named elsewhere).
        return any(other.entry is not hit.entry and rendered[other.entry.id]
                   and hit.end <= other.start <= hit.end + 2
                   and text[hit.end:other.start] in (" ", "의 ", "의", "들 ", "들의 ")
                   and (owner or (_names_persons(other.entry)
                                  and bare[other.entry.id] >= named[other.entry.id]))
                   for other in source.hits)

    return every_hit(unit, finding, qualifies_next)


def _by_patients(unit: Unit, finding: Finding) -> bool:
    """Whether a missing noun of persons follows, at every source hit, a wrong the English
    draft renders as what was done to persons it names (강제동원 피해자 -> Koreans forcibly
    mobilized, Koreans subjected to forced mobilization: text.english.describes_patients):
    the victims named by the wrong done to them."""
    from yongeo.text.english import describes_patients

    source = unit.source
    hits = hits_of(source, finding)
    if not hits or not _names_persons(hits[0].entry):
        return False
    text = source.side.text
    draft = unit.draft.side.text
    wrongs = {hit.entry.id for hit in unit.draft.hits
              if hit.entry.type == EntryType.CONCEPT.value
              and describes_patients(draft, hit.start, hit.end)}
    if not wrongs:
        return False

    def after_wrong(_text: str, hit: Hit) -> bool:
        return any(other.entry.id in wrongs and other.end <= hit.start
                   and text[other.end:hit.start] in ("", " ", "의 ")
                   for other in source.hits)

    return every_hit(unit, finding, after_wrong)


def _by_doer(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names the doers of a missing concept by one of its English
    terms with -er (강제동원 피해자 유족 -> a forced laborer's daughter:
    text.english.holds_doer_of): the concept rendered in the persons it makes."""
    from yongeo.text.english import holds_doer_of

    hits = hits_of(unit.source, finding)
    return bool(hits) and any(holds_doer_of(text, term.text)
                              for term in accepted_terms(hits[0].entry, "en"))


def _locating_a_body(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing place locates the body named right after it
    (미국 컬럼비아대: text.korean_proper.body_located) and the English draft writes that
    body's name (Columbia University: _writes_name): English names a foreign body without
    the place Korean gives it."""
    from yongeo.text.korean_proper import body_located

    def located(source: str, hit: Hit) -> bool:
        body = body_located(source, hit.end)
        return body is not None and _writes_name(text, source, *body)

    return every_hit(unit, finding, located)


def _by_family_name(text: str, korean: str) -> bool:
    """Whether an English text writes the family name of the Korean personal name `korean`
    (two to four syllables, or the family name alone) in one of its spellings (노무현 ->
    Roh, 이재명 -> Lee: text.korean_names.FAMILY_NAMES) with no officer's title beside it,
    as English names a person by the family name alone."""
    from yongeo.text.korean_names import FAMILY_NAMES

    if not 1 <= len(korean) <= 4:
        return False
    return any(korean[0] in FAMILY_NAMES.get(match.group().lower(), ())
               for match in _untitled(text, _CAPITALISED))


def _writes_name(text: str, korean: str, start: int, end: int, untitled: bool = False
                 ) -> bool:
    """Whether an English text writes the Hangul name at korean[start:end] in Latin letters:
    a loanword transcribed (Columbia: text.loanword.name_written_in) or a name romanised,
    in one or more capitalised words (Johns Hopkins: text.romanize.transcription_score);
    with `untitled`, where no officer's title stands beside it (_untitled)."""
    from yongeo.text.loanword import name_written_in
    from yongeo.text.romanize import SPELT_OUT_SCORE, transcription_score

    def found(pattern: regex.Pattern) -> list[str]:
        return ([match.group() for match in _untitled(text, pattern)] if untitled
                else pattern.findall(text))

    if any(name_written_in(korean, start, end, word) is not None
           for word in found(_CAPITALISED)):
        return True
    name = korean[start:end]
    return any(transcription_score(regex.sub(r"[\s'’-]", "", written), name)
               >= SPELT_OUT_SCORE for written in found(_CAPITALISED_NAME))


def _untitled(text: str, pattern: regex.Pattern) -> list[regex.Match]:
    """The matches of `pattern` in an English text with no officer's title beside them
    (text.titles.officer_title_beside: Prime Minister Kim, Kim, the foreign minister,): a
    name so written has been given another title."""
    from yongeo.text.titles import officer_title_beside

    return [match for match in pattern.finditer(text)
            if not officer_title_beside(text, match.start(), match.end())]


def _as_another_kind(finding: Finding, text: str) -> bool:
    """Whether an English draft writes a missing place's own name with another kind's noun
    (Horyu Shrine for Horyu-ji Temple: text.places.named_as_another_kind): a replacement,
    whatever else refers to the place."""
    from yongeo.text.places import named_as_another_kind

    return finding.en is not None and named_as_another_kind(text, finding.en)


def _in_dateline(unit: Unit, finding: Finding) -> bool:
    """Whether the English draft's dateline (chrome: TOKYO, Nov. 26 (Yonhap) --), the last
    one at or before the draft piece (the story's own: a file may hold many stories), names
    the missing place: the story's setting, which its paragraphs may leave understood (도쿄
    시내 한 호텔에서 -> at a hotel)."""
    entry = next((hit.entry for hit in hits_of(unit.source, finding)), None)
    chrome = unit.draft.side.chrome
    if entry is None or not chrome:
        return False
    at = bisect_right(chrome, (unit.draft.end,))
    if at == 0:
        return False
    names = [term.text for term in accepted_terms(entry, "en")]
    pattern = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, names))
                            + r")(?![\p{L}\p{N}])")
    return pattern.search(chrome[at - 1][2]) is not None


def _describes_a_name(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of the missing term only says what a name after it is about
    (위안부 문제에 관한 1993년 고노 담화: text.korean.described_name_at), a name of another
    entry that the draft renders: the description is the Korean reader's gloss, and the
    name stands for it (the Kono Statement of 1993). A concept after it is no name
    (초국가범죄에 대한 공동 대응: the joint response says nothing of the crime)."""
    from yongeo.text.korean import described_name_at

    rendered = {hit.entry.id for hit in unit.draft.hits}

    def describes(text: str, hit: Hit) -> bool:
        at = described_name_at(text, hit.end)
        return at is not None and any(name.start == at and name.entry.id in rendered
                                      and name.entry is not hit.entry
                                      and name.entry.type != EntryType.CONCEPT.value
                                      for name in unit.source.hits)

    return every_hit(unit, finding, describes)


def _by_name_alone(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names a missing place by the name of one of its English
    terms without the noun of its kind (나라현 -> Nara, my home prefecture; 하시마섬 ->
    Hashima; 조세이 탄광 -> Chosei, of the admitted Chosei coal mine), as English names a
    prefecture, an island or a site: text.places.name_without_kind."""
    from yongeo.text.places import name_without_kind

    hits = hits_of(unit.source, finding)
    names = [t.text for t in accepted_terms(hits[0].entry, "en")] if hits else [finding.en]
    return any(name is not None and name_without_kind(text, name) for name in names)


def _romanized(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft writes a missing name's Korean source form, or another Korean
    name of its entry, in Latin letters (대마도 -> Daemado; 쓰시마 -> Daemado:
    text.romanize.spelt_out) where the glossary has an English name of its own (Tsushima):
    the Korean name spelt out, a rendering the glossary does not accept, not a name left to
    context (lint.outnumbered.spelt_out_names). Not where the source mentions the name as a
    name (대마도로 부르고) and the draft the spelt-out one (call the island Daemado): the
    mention rendered (text.mention.mentioned)."""
    from yongeo.lint.outnumbered import spelt_out_names
    from yongeo.text.mention import mentioned

    hits = hits_of(unit.source, finding)
    spelt = spelt_out_names(hits, text) if hits else []
    source = unit.source.side.text
    if spelt and all(mentioned(source, hit.start, hit.end) for hit in hits):
        spelt = [(start, end) for start, end in spelt if not mentioned(text, start, end)]
    return bool(spelt)


def _as_homograph(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing place is a word the dictionary reads as a
    common noun (나라를 되찾겠다는: 'country', not Nara; text.korean.is_homograph): the
    common noun is the likelier reading, which a translation renders otherwise; not where
    the draft names a place of the glossary that CLDR does not know (a city, a site) and
    the source does not name (the summit in Osaka for 나라에서 열린 정상회담): the place put
    in the name's place."""
    from yongeo.text.korean import is_homograph
    from yongeo.text.places import korean_place

    if not every_hit(unit, finding, lambda text, hit: is_homograph(text[hit.start:hit.end])):
        return False
    named = {hit.entry.id for hit in unit.source.every}
    return not any(hit.entry.type == EntryType.PLACE.value and hit.entry.id not in named
                   and korean_place(hit.entry.en) is None for hit in unit.draft.hits)


def _ranked(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing title has a rank written onto it (선임연구위원:
    text.titles.ranked_prefix) and the English draft holds the title's head noun after a
    rank word (a senior fellow: text.english.holds_ranked_title): a ranked title rendered
    as English ranks it."""
    from yongeo.text.english import head_noun, holds_ranked_title
    if not every_hit(unit, finding, lambda text, hit: ranked_prefix(text, hit.start)):
        return False
    english = finding.en or ""
    head = head_noun(english) or (english.lower() if " " not in english else None)
    return head is not None and holds_ranked_title(text, head)


def _in_address(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing title addresses someone, 님 written onto it
    (윤해린 연구원님께, 교수님): English addresses a person by Mr., Ms. or Dr. instead
    (text.korean.honorific_after)."""
    from yongeo.text.korean import honorific_after

    return every_hit(unit, finding, lambda text, hit: honorific_after(text, hit.end))


def _by_capital(finding: Finding, text: str) -> bool:
    """Whether an English draft names the capital of the missing country, where it acts or
    where something is said (중국 외교부 대변인 -> In Beijing, a Foreign Ministry spokesperson:
    text.places.names_capital_of)."""
    from yongeo.text.places import names_capital_of

    return finding.en is not None and names_capital_of(text, finding.en)


def _by_head_noun(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft refers to a missing body or office by the head noun of one of
    its English terms right after a determiner (the ministry for the Ministry of National
    Defense or the Defense Ministry; the minister: text.english.head_noun, refers_by_head; the
    two coast guards, by the words after its country: _kind_after_country, unless those
    words are the name of another body the source names, Korea's Foreign Ministry beside
    the missing 외무성), a
    publication or an agreement by that or by a noun of its kind (the Bluebook, the report;
    the treaty: text.english.KIND_NOUNS), the noun of its kind after words one of which is
    its name's (its annual diplomatic report: text.english.describes_by_kind_and_name), a
    place by the noun of the kind its Korean name
    ends in (독도 -> the islets: text.places.kind_nouns):
    English refers back so to a body its context has named, as Korean shortens a title to
    its head (referred); not where it names another body by that head (the Constitutional
    Court for the Supreme Court: text.english.names_another_by_head), even one that renders
    another term of the source (the Treaty on Basic Relations beside the Claims Agreement:
    *the treaty* may be either); nor by a noun of its kind that renders a plain word of the
    source (맺어진 조약 -> the treaty: _kind_in_source)."""
    from yongeo.text.english import (
        KIND_NOUNS,
        describes_another_by_head,
        describes_by_kind_and_name,
        head_noun,
        names_another_by_head,
        refers_by_head,
    )
    from yongeo.text.places import kind_nouns

    entry = next((hit.entry for hit in hits_of(unit.source, finding)), None)
    if entry is None:
        return False
    names = [term.text for term in entry.terms_in("en", Status.PREFERRED, Status.ADMITTED)]
    heads = {head for name in names if (head := head_noun(name)) is not None}
    # The words after its country: a name's own words, which a longer name may hold too.
    closed = {kind for name in names if (kind := _kind_after_country(name)) is not None}
    # Not the words of another body's name that the source names too (the Ministry of
    # Foreign Affairs, 외교부, beside the missing 일본 외무성): that body's own rendering.
    named = {hit.entry.id for hit in unit.source.every}
    closed -= {hit.found.lower() for hit in unit.draft.hits
               if hit.entry is not entry and hit.entry.id in named}
    heads.update(closed)
    kinds = set(KIND_NOUNS.get(entry.type, ()))
    heads.update(kinds)  # the Bluebook: the report says
    if entry.type == EntryType.PLACE.value:  # 독도 -> the islets
        heads.update(noun for term in entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)
                     for noun in kind_nouns(term.text))
    # The head after other capitalised words names another body (Constitutional Court for
    # Supreme Court): a replacement, not a reference back.
    place = entry.type == EntryType.PLACE.value  # a shrine that...: described, not named
    # A publication or an agreement the draft introduces with a description of its own (a
    # reparations agreement) is another, which *the agreement* then refers back to.
    described = entry.type in _REFERRED_BY_KIND
    return any((refers_by_head(text, head, place, head in closed)
                and not names_another_by_head(text, head, names)
                and not (described and describes_another_by_head(text, head))
                or head in kinds and describes_by_kind_and_name(text, head, names))
               and not (head in kinds and _kind_in_source(unit, finding, head))
               for head in heads)


def _kind_after_country(name: str) -> str | None:
    """The words after a body's country (or countries: Korea-Japan) in its English name, in
    lower case, when two or more (Japan Coast Guard -> coast guard; Korea-Japan Joint
    Declaration -> joint declaration): the kind English refers back to it by (the two coast
    guards; the Joint Declaration)."""
    from yongeo.text.demonyms import is_demonym
    from yongeo.text.places import names_countries

    words = name.split()
    if len(words) < 3 or not words[1][:1].isupper():
        return None
    # One country, or two or three joined by dashes (Korea-Japan Joint Declaration).
    if not (names_countries(words[0].replace("–", "-").replace("—", "-"))
            or is_demonym(words[0])):
        return None
    return " ".join(words[1:]).lower()


def _kind_in_source(unit: Unit, finding: Finding, kind: str) -> bool:
    """Whether the Korean source writes a word of the kind noun `kind` (조약 for treaty:
    text.english.KIND_NOUNS_IN_KOREAN) outside the missing term's hits: the draft's *the
    treaty* renders that word (식민 지배 뒤에 맺어진 조약 -> the treaty), not the term."""
    from yongeo.text.english import KIND_NOUNS_IN_KOREAN

    source = unit.source
    text = source.side.text
    spans = [(hit.start, hit.end) for hit in hits_of(source, finding)]
    for word in KIND_NOUNS_IN_KOREAN.get(kind, ()):
        at = text.find(word, source.start, source.end)
        while at != -1:
            after = at + len(word)
            # Not the term's own kind: inside it, or set beside it (정상화 조약인 한일기본조약).
            if (at == source.start or not is_syllable(text[at - 1])) and not any(
                    start <= at < end or after <= start <= after + _APPOSED_GAP
                    for start, end in spans):
                return True
            at = text.find(word, at + 1, source.end)
    return False


# How far after a kind word the term may start and be the word's own (조약인 한일기본조약).
_APPOSED_GAP = 3


def _by_head_once_named(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names a missing concept by the head noun of one of its
    English terms with no modifier of its own (the controls, China's controls, the tightened
    controls for export controls: text.english.head_noun, refers_by_bare_head) and names the
    whole term elsewhere in its text: a concept once named is referred back to by its head.
    A head with another modifier in the paragraph (high-level consultations, US expanded
    deterrence: text.english.names_head_otherwise) renders another concept there."""
    from yongeo.text.english import (
        head_noun,
        holds_noun,
        names_head_otherwise,
        refers_by_bare_head,
    )

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    whole = unit.draft.side.text
    terms = accepted_terms(hits[0].entry, "en")
    for term in terms:
        head = head_noun(term.text)
        if head is None or not refers_by_bare_head(text, head) or not holds_noun(
                whole, term.text.lower()):
            continue
        modifiers = tuple(word for other in terms for word in other.text.split()[:-1])
        return not names_head_otherwise(text, head, modifiers)
    return False


def _place_left_to_context(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names a term without the place that ends it after *in*
    where its text names that place (재일동포 -> the Korean community, Korean Residents'
    associations, in a text that names Japan: text.english.names_without_place), or, once
    so named or in full, by the bare head of such a term (the community), as often as the
    source names it where the draft does not render it in full, besides the times the
    source writes its own term's head alone (동포 사회 beside 재일동포)."""
    from yongeo.text.english import (
        bare_head_count,
        head_noun,
        holds_noun,
        names_without_place,
        place_complement,
    )
    from yongeo.text.korean import compound_heads, words_starting

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    entry = hits[0].entry
    whole = unit.draft.side.text
    terms = [term.text for term in accepted_terms(entry, "en") if place_complement(term.text)]
    rendered = sum(1 for hit in unit.draft.hits if hit.entry is entry)
    shortened = sum(names_without_place(text, whole, term) for term in terms)
    if any(holds_noun(whole, term.lower()) or names_without_place(whole, whole, term)
           for term in terms):  # once named, then by its head: the community
        shortened += sum(bare_head_count(text, head)
                         for head in {head_noun(term) for term in terms} if head)
    # The source's own short form, the head of its Korean term alone (동포 사회 beside
    # 재일동포), is what a short English form there renders.
    piece = unit.source.side.text[unit.source.start:unit.source.end]
    shortened -= sum(words_starting(piece, head)
                     for head in compound_heads(hits[0].term.text, lambda _word: True))
    return shortened > 0 and rendered + shortened >= len(hits)


def _korean_country_body(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether the Korean source names a country's body (or title: 미 국방장관), the country
    written before the term (이스라엘 국방부, 미 국방부: text.places.korean_country_before),
    and the English draft
    `text` names that country (the Israel Defense Forces, the U.S. Department of Defense):
    the glossary's rendering is one country's body, as for _country_body; not where the
    body is that country's own, one of its English names naming the country (일본 자위대,
    Japan Self-Defense Forces: the country before it only says whose it is). A body (not a
    title, which any country has) whose English names no country at all (Ministry of
    National Defense) is Korea's, as Korean
    writes its own government's bodies with no country: another country before it (이스라엘
    국방부 -> the IDF, 영국 국방부 -> the MOD) is that country's body, which the draft names
    its own way, whether or not it names the country."""
    from yongeo.text.places import (
        korean_country_before,
        owner_countries,
        place_key,
        place_mentions,
    )

    source = unit.source
    for hit in hits_of(source, finding):
        country = korean_country_before(source.side.text, hit.start)
        if country is None:
            continue
        english = hit.entry.terms_in("en")
        if any(place_mentions(term.text, country) for term in english):
            continue  # 일본 자위대: the body's own country
        if place_mentions(text, country) or (
                hit.entry.type == EntryType.ORGANIZATION.value
                and place_key(country) != place_key("한국")
                and not any(owner_countries(term.text) for term in english)):
            return True  # a title (President) is any country's: only the draft's country
    return False


def _by_its_country(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a country's own body (its English name names the country: Japanese Ministry of
    Foreign Affairs) is rendered by the country alone, as English lets a country stand for
    its government's bodies (일본 외무성이 외교청서를 통해 독도 영유권을 주장하는 것 -> Japan's
    claim to Dokdo in its Diplomatic Bluebook): the English draft names the country by its
    name standing alone (text.places.country_alone) more often than the Korean source names
    it outside its bodies' names (the body's, 일본 자위대's), and writes no other body of
    the name's kind (the Japanese Ministry of Finance: text.english.other_complement)."""
    from yongeo.text.english import other_complement
    from yongeo.text.places import country_alone, korean_place_spans, owner_countries

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    english = accepted_terms(hits[0].entry, "en")
    countries = {korean for term in english for korean in owner_countries(term.text)}
    if not countries or any(other_complement(text, term.text) for term in english):
        return False  # the Japanese Ministry of Finance: another body in its place
    source = unit.source
    text_of_source = source.side.text
    # The country in a term's name, or right before it (일본 자위대), is whose body it is.
    bodies = [hit for hit in source.every if hit.entry.type != EntryType.PLACE.value]
    taken = [(hit.start, hit.end) for hit in bodies]
    for hit in bodies:
        before = korean_country_before(text_of_source, hit.start)
        if before is not None:
            taken.append((text_of_source.rfind(before, 0, hit.start), hit.start))
    free = [korean for start, end, korean in korean_place_spans(
                text_of_source[source.start:source.end])
            if not any(low <= source.start + start and source.start + end <= high
                       for low, high in taken)]
    return any(country_alone(text, country) > free.count(country) for country in countries)


def _home_body_by_head(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a body of the Korean source's own country, its English name naming no other
    (Supreme Court; not the Japanese Ministry of Foreign Affairs), is named in the English
    draft by its head after that country (S.Korea court, South Korea's top court:
    text.english.head_after_country), as wires name a country's body."""
    from yongeo.text.english import head_after_country, head_noun
    from yongeo.text.places import countries_in, home_country, owner_countries

    home = home_country(unit.source.side.lang)
    hits = hits_of(unit.source, finding)
    if home is None or not hits:
        return False
    names = accepted_terms(hits[0].entry, "en")
    owners = [owner for term in names for owner in owner_countries(term.text)]
    if owners and set(countries_in(" ".join(owners), "ko")) != {home}:
        return False  # another country's body (the Japanese Ministry of Foreign Affairs)
    heads = {head for term in names if (head := head_noun(term.text)) is not None}
    return any(head_after_country(text, head, (home,)) for head in heads)


def _company_by_kind(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a company the Korean source names (its English name ends in a company's head:
    Mitsubishi Heavy Industries, Nippon Steel Corporation) is referred to in the English
    draft by a noun of its kind (the Japanese company's appeal, the firm:
    text.english.refers_to_company)."""
    from yongeo.text.english import CORPORATE_HEADS, refers_to_company

    hits = hits_of(unit.source, finding)
    return bool(hits) and any(term.text.split()[-1] in CORPORATE_HEADS
                              for term in accepted_terms(hits[0].entry, "en")) \
        and refers_to_company(text)


def _used_as_predicate(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term is a Korean noun made a predicate by a
    light verb (가입했다, 취임한, 유해한: text.korean.predicate_noun) or the object of a support
    verb (정상회담을 가졌다: text.korean.support_verb_object): English renders such a
    predicate with a verb or an adjective of its own (joined, took office, harmful, met),
    which the English term, a noun, need not be; its own verb forms are found where the
    draft has them (제재했다 -> sanctioned). An object of a support verb whose English head
    noun the draft holds was rendered as a noun, another one (실무 협의를 진행 -> high-level
    consultations), and keeps its severity; so does one the draft renders with a verb that
    holds an event, the support verb's twin (실무 협의를 개최할 -> hold a working group
    meeting: text.english.holds_support_verb). An entry that gives its own verb in English
    (forcibly mobilized for 강제동원: text.english.is_verbal_phrase) has the predicate's
    rendering there, and keeps its severity. A treaty's, a body's, a place's or a person's
    name takes no 하다: 하고 after one is the particle *and* (한일기본조약하고 청구권협정)."""
    from yongeo.text.english import head_noun, holds_noun, holds_support_verb, is_verbal_phrase
    from yongeo.text.korean import predicate_noun, support_verb_object

    source = unit.source
    text = source.side.text
    hits = hits_of(source, finding)
    if hits and any(is_verbal_phrase(term.text) for term in accepted_terms(hits[0].entry, "en")):
        return False  # the entry's own verb (forcibly mobilized): the predicate's rendering
    head = head_noun(finding.en) if finding.en else None
    draft = unit.draft.side.text[unit.draft.start:unit.draft.end]
    for hit in hits:
        if support_verb_object(text, hit.end):
            if (head is not None and holds_noun(draft, head)) or holds_support_verb(draft):
                return False
            continue
        end = hit.end
        while end < source.end and is_syllable(text[end]):
            end += 1
        word = text[hit.start:end]
        if predicate_noun(word) != word[:len(hit.found)]:
            return False
        if hit.entry.type in _NAMED_THINGS and word[len(hit.found):].startswith("하고"):
            return False  # 한일기본조약하고 청구권협정: and, no 하다 made of a treaty
    return bool(hits)


# Kinds of entry whose Korean name never takes 하다: after one, 하고 is the particle *and*.
_NAMED_THINGS = frozenset({EntryType.AGREEMENT.value, EntryType.PUBLICATION.value,
                           EntryType.ORGANIZATION.value, EntryType.PLACE.value,
                           EntryType.PERSON.value})


# A Hangul name of one or two words right before a title, a short bracketed gloss between
# (오부치 게이조(小渕恵三) 총리).
_HANGUL_BEFORE = regex.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,})"
                               r"(?:[ \t]+([\uac00-\ud7a3]{2,}))?(?:[(（][^()（）\n]{1,20}[)）])?"
                               r"[ \t]*$")


# One Hangul syllable, a family name, right before a title (박 연구위원은): Korean news names
# a person so once the full name is given.
_SURNAME_BEFORE = regex.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])[ \t]+$")
# Korean's commonest words (Zipf frequency, text.korean_proper.zipf), which name no person:
# a person's name, even a president's (김대중: 4.1), is rarer.
_NAME_ZIPF = 4.5


# A name in Latin letters of one to three capitalised words (Kim Dae-jung, Obuchi Keizo).
_CAPITALISED_NAME = regex.compile(r"\b\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{Ll}'’-]+){0,2}")


# A capitalised English word: where the draft may write a name (a Korean one in Latin
# letters too: _romanized).
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}'’\-]+")


def _holder_in_english(unit: Unit, finding: Finding, types: dict[tuple[str, str], str]
                       ) -> bool:
    """Whether an English draft names the person a missing title of its Korean source is
    given to, as a Korean draft may (_holder_named): a person of the glossary that the
    source names and the draft keeps (매케인 상원의원 -> McCain), or, for a title right after
    a Hangul name of no entry (베를루스코니 총리), a capitalised word of the draft that the
    name writes (Berlusconi: text.loanword.name_written_in), or a name of the draft that
    romanises it or its surname (김대중 대통령 -> Kim Dae-jung, 오부치 게이조(小渕恵三) 총리
    -> Obuchi Keizo: text.romanize.transcription_score; both _writes_name) or by its
    family name alone (노무현 대통령 -> Roh, 박 연구위원 -> Park: _by_family_name), a word
    that is none of Korean's commonest (프로그램 담당 연구원 is no one's name)."""
    from yongeo.text.korean_proper import zipf

    absent = (finding.en, finding.ko)
    people = [hit.entry for hit in unit.draft.hits if hit.entry.type == EntryType.PERSON.value]
    if people and any(kind == EntryType.PERSON.value and key != absent
                      for key, kind in types.items()):
        return True
    source, draft = unit.source, unit.draft
    text = source.side.text
    if people and _surname_before(unit, finding, people):
        return True
    written = draft.side.text[draft.start:draft.end]
    for hit in hits_of(source, finding):
        # A rank written onto the title (오 책임연구원): the name stands before the rank.
        at = syllables_start(text, hit.start) if ranked_prefix(text, hit.start) else hit.start
        name = _HANGUL_BEFORE.search(text, max(source.start, at - 40), at)
        if name is not None and any((_writes_name(written, text, name.start(part),
                                                  name.end(part), untitled=True)
                                     or _by_family_name(written, name.group(part)))
                                    for part in (1, 2) if name.group(part)
                                    and zipf(name.group(part)) < _NAME_ZIPF):
            return True  # 베를루스코니 총리 -> Berlusconi; 김대중 대통령 -> Kim Dae-jung
        surname = _SURNAME_BEFORE.search(text, max(source.start, at - 6), at)
        if surname is not None and _by_family_name(written, surname.group(1)):
            return True  # 박 연구위원은 -> Park of KIET, the full name given before
    return False


def _surname_before(unit: Unit, finding: Finding, people: list[Entry]) -> bool:
    """Whether the Korean source writes the missing title after the start of the Korean name
    of a person of the glossary whom the English draft names: Korean news names a person
    by surname and title once the full name is given (이 대통령 for 이재명 대통령 -> Lee), a
    word that dates the title allowed between (윤 전 대통령 -> Yoon: text.korean.
    TITLE_DATE_WORDS)."""
    from yongeo.text.korean import TITLE_DATE_WORDS

    source = unit.source
    names = {term.text.replace(" ", "") for entry in people for term in entry.terms
             if term.lang == "ko"}
    for hit in hits_of(source, finding):
        word = word_before(source.side.text, hit.start, source.start)
        if word in TITLE_DATE_WORDS:
            dated = source.side.text.rfind(word, source.start, hit.start)
            word = word_before(source.side.text, dated, source.start)
        if word is not None and any(name.startswith(word) for name in names):
            return True
    return False


def _other_title_in_english(unit: Unit, finding: Finding) -> bool:
    """Whether an English draft gives the person a missing title belongs to another officer's
    title (text.titles.officer_title_beside): the source writes the title right after a
    person of the glossary (위성락 국가안보실장은) and the draft a title word beside that
    person's name (Security chief Wi Sung-lac). The English twin of _other_title: the title
    was replaced, not left out beside the name."""
    from yongeo.text.titles import officer_title_beside

    source, draft = unit.source, unit.draft
    holders = title_holders(source, finding)
    return any(officer_title_beside(draft.side.text, hit.start, hit.end)
               for hit in draft.hits if hit.entry.id in holders)


