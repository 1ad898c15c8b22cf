"""input.omission: a draft piece that leaves out a passage is reported once, not once per
term; and a missing term the draft may refer to otherwise is reported as info."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

import regex

from yongeo.glossary.model import Entry, EntryType, Status
from yongeo.i18n import ngettext
from yongeo.lint.findings import Finding, Severity, SpanMap, same_span
from yongeo.lint.rules import MISSING, OMISSION, Policy
from yongeo.lint.units import Piece, Side, Unit
from yongeo.match import Hit
from yongeo.text.korean import (
    compound_heads,
    counts_alone,
    is_syllable,
    refers_by_pronoun,
    strip_particles,
    word_before,
)
from yongeo.text.length import length_share
from yongeo.text.lists import english_list_item, korean_list_sizes

# A piece is an omission, not a list of terminology slips, when its source has at least
# this many glossary terms and more than this share of them has no rendering in the draft:
# a clause or a sentence was left out (free news translation does it) or not yet written...
OMISSION_MIN_TERMS = 3
OMISSION_SHARE = 0.5
# ... unless the draft is as long as a faithful translation (text.length): then the terms
# were not left out but rendered otherwise, each worth its own finding (영국 대통령 for
# British Prime Minister).
FULL_LENGTH = 0.7
# A draft under this share of its predicted length left a passage out (a headline for a
# sentence, one clause of three): every term it lacks is part of that one omission.
CONDENSED = 0.5


def fold_omissions(units: Iterable[Unit], findings: list[Finding], policy: Policy
                   ) -> list[Finding]:
    """The term.missing findings of each omitting draft piece replaced by one info finding
    that names the terms left out."""
    if not policy.enabled(OMISSION.id):
        return findings
    missing: dict[tuple[str, int, int], list[Finding]] = {}
    for finding in findings:
        if finding.rule == MISSING.id:
            missing.setdefault((finding.path, finding.start, finding.end), []).append(finding)
    if not missing:
        return findings
    units = list(units)
    folded: set[int] = set()
    notes: list[Finding] = []
    for unit in units:
        if not unit.source.hits:  # nothing to leave out (cheap first)
            continue
        draft = unit.draft
        start, end = draft.side.span(draft.start, draft.end)
        left_out = missing.get((draft.side.file.path, start, end))
        if not left_out:
            continue
        expected = len({hit.entry.id for hit in unit.source.hits})
        if not _omits(unit, expected, len(left_out)):
            continue
        left_out = [f for f in left_out if not _in_kept_list(unit, f)]
        if not left_out:
            continue
        folded.update(id(f) for f in left_out)
        terms = ", ".join(f"'{f.en or f.ko}'" for f in left_out)
        message = ngettext(
            "{count} of the source's {total} glossary term is not in this part of the "
            "translation ({terms}): was a passage left out?",
            "{count} of the source's {total} glossary terms are not in this part of the "
            "translation ({terms}): was a passage left out?", expected).format(
            count=len(left_out), total=expected, terms=terms)
        notes.append(draft.side.file.finding(OMISSION.id, policy.severity(OMISSION.id),
                                             draft.start, draft.end, message,
                                             span=draft.side.span))
    softened = _referred(units, missing, folded)
    if not folded and not softened:
        return findings
    return [replace(f, severity=Severity.INFO) if id(f) in softened else f
            for f in findings if id(f) not in folded] + notes


def _referred(units: Iterable[Unit], missing: dict[tuple[str, int, int], list[Finding]],
              folded: set[int]) -> set[int]:
    """The term.missing findings (by id) whose term the draft piece may render another way
    than the glossary can see, or leave to its context: a person by a third-person pronoun
    (Bush said -> 그는 말했다); a title by the head of its Korean compound (Senator Obama ->
    오바마 의원), or not at all beside the name of a person the source or the draft names
    (Sen. Obama -> 오바마는; the senator -> 오바마는; President Bush's -> 부시의, for a person
    in no entry: _holder_named); an organization of another country named before it
    (the Russian Foreign Ministry -> 러시아 외무부: _country_body); a place or person left
    out with no other name of its kind in its place (in London, Zimbabwe's president -> 무가베
    대통령), where a name replaced by another (Iraq -> 이란) keeps its severity, and a capital
    by its country, the government it stands for (Seoul -> 한국: _by_country), a country by
    its people (the people of Japan -> 국민: _as_its_people); a thing
    counted by a number that the draft counts with a Korean counter alone (Opening %d
    items -> %d개를 여는 중: _counted_alone); a term in a news sentence's attribution or the
    seat of an office run for (_told_freely); any other term but a name referred back to by
    the head of its Korean compound after a determiner (the summit -> 이번 회담:
    _by_korean_head) or written with a few words between its words (수산물에 대한 한국의
    수입 규제: _written_apart)."""
    out: set[int] = set()
    for unit in units:
        draft = unit.draft
        # A piece whose source has no term has none of its missing findings to refer to.
        if not unit.source.hits or draft.side.lang not in ("ko", "en"):
            continue
        start, end = draft.side.span(draft.start, draft.end)
        left = [f for f in missing.get((draft.side.file.path, start, end), ())
                if id(f) not in folded]
        if not left:
            continue
        if _headline_written_anew(unit):
            out.update(id(f) for f in left)
            continue
        text = draft.side.text[draft.start:draft.end]
        # A term only inside the source's bracketed asides (a desk's note: (1월 나라 한일
        # 정상회담)), which a translation may leave out.
        aside = {id(f) for f in left if _in_aside(unit, f)}
        out |= aside
        left = [f for f in left if id(f) not in aside]
        types = {(h.entry.en, h.entry.ko): h.entry.type for h in unit.source.hits}
        if draft.side.lang == "en":
            out.update(id(f) for f in left if _left_to_context(unit, f, types, text))
            continue
        absent = {(f.en, f.ko) for f in left}
        # A person of the source whom the draft names: a title beside them may be dropped.
        named = any(kind == EntryType.PERSON.value and key not in absent
                    for key, kind in types.items()) or any(
            hit.entry.type == EntryType.PERSON.value for hit in draft.hits)
        for finding in left:
            kind = types.get((finding.en, finding.ko))
            if kind in _NAMES and not replaced(unit, kind, finding.en) or (
                    kind == EntryType.PLACE.value and (_by_country(finding, text)
                                                       or _as_its_people(unit, finding, text))
            ) or (
                    kind == EntryType.PERSON.value and refers_by_pronoun(text)) or (
                    kind == EntryType.TITLE.value and (named or any(
                        _has_word(text, head)
                        for head in compound_heads(finding.ko, _frequent_korean))
                        or _holder_named(unit, finding))
                    and not replaced(unit, kind, finding.en)
                    and not _other_title(unit, finding)) or (
                    kind not in _NAMES and _counted_alone(unit, finding)) or (
                    kind == EntryType.ORGANIZATION.value and _country_body(unit, finding)) or (
                    kind not in _NAMES and kind != EntryType.TITLE.value
                    and (_by_korean_head(finding, text) or _written_apart(unit, finding, text))
            ) or (
                    kind != EntryType.PERSON.value and _told_freely(unit, finding, kind)):
                out.add(id(finding))
    return out


def _headline_written_anew(unit: Unit) -> bool:
    """Whether the unit is a text's headline in source and draft (text.news.is_headline) and
    the draft's holds a glossary term (whole, not one inside a longer) of which the source's
    holds nothing: each edition's desk wrote its own headline (한일, 통화스와프 3년
    연장…경제안보 협력 강화 -> Japan, South Korea extend currency swap as trade ties deepen),
    so what one leaves out is no omission."""
    from yongeo.text.news import is_headline

    source, draft = unit.source, unit.draft
    if not (is_headline(draft.side.text, draft.start, draft.end)
            and is_headline(source.side.text, source.start, source.end)):
        return False
    named = {hit.entry.id for hit in source.every}
    return any(hit.entry.id not in named for hit in draft.hits)


def _told_freely(unit: Unit, finding: Finding, kind: str | None) -> bool:
    """Whether every source hit of the missing term is in a part of a news sentence that a
    translation may render freely (text.news): the attribution of a reported sentence
    (..., police said; according to police), which Korean folds into its ending or leaves
    out; or, for a body or a place, the seat of the office an election is run for (the
    race for the White House: 대선). A person's name in the attribution is the speaker, and
    keeps its severity."""
    from yongeo.text.news import in_attribution, seat_sought

    seat = kind in (EntryType.ORGANIZATION.value, EntryType.PLACE.value)
    return _every_hit(unit, finding, lambda text, hit: in_attribution(text, hit.start, hit.end)
                      or (seat and seat_sought(text, hit.start)))


# Kinds of entry an English draft refers back to by a noun of the kind (the report, the treaty).
_REFERRED_BY_KIND = frozenset((EntryType.PUBLICATION.value, EntryType.AGREEMENT.value))


def _in_aside(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term stands inside a short bracketed aside of
    the source (text.news.in_aside): a translator's or a desk's note, which a translation
    may leave out; or inside a work's title in Korean title brackets (『...』:
    text.news.in_work_title), which a translation gives as the work's English title names
    it; or inside a hashtag (#한일관계: text.news.in_hashtag), a post's keyword that its
    translation gives as a tag of its own (#KoreaJapan)."""
    from yongeo.text.news import in_aside, in_hashtag, in_work_title

    side = unit.source.side
    return _every_hit(unit, finding, lambda text, hit: in_aside(text, hit.start, hit.end)
                      or in_work_title(text, hit.start, hit.end)
                      or in_hashtag(*_as_written(side, hit)))


def _as_written(side: Side, hit: Hit) -> tuple[str, int, int]:
    """The text a hit of a working text is written in, as the file or the PO string has it
    (its markup, a hashtag's #, unmasked), and where the hit stands in it."""
    if side.shown is not None and side.shown_span is not None:
        return side.shown, *side.shown_span(hit.start, hit.end)
    return side.file.text, *side.span(hit.start, hit.end)


def _left_to_context(unit: Unit, finding: Finding, types: dict[tuple[str, str], str],
                     text: str) -> bool:
    """For an English draft of a Korean source, whether a missing term is rendered unseen or
    left to its context, as Korean drafts do (_referred): a person or place with no other
    name of its kind in its place (미국 공화당 -> the Republican Party; 베이징 올림픽 -> the
    Games), or a person the draft refers to by a pronoun (부시 대통령은 -> he), a place by
    the head noun of its name (사도광산 -> the mine: _by_head_noun), a country by its capital
    (_by_capital), a place spelt as a common noun (나라: _as_homograph), a prefecture or
    an island by its name alone (나라현 -> Nara: _by_name_alone), a place that locates a
    body after it (미국 컬럼비아대 -> Columbia University: _locating_a_body); a title beside
    the person it is given to, a pronoun or its head noun (_holder_in_english, the minister);
    a title that addresses someone (연구원님께 -> Dear Ms. Yoon: _in_address), a title with
    a rank written onto it rendered with an English rank (선임연구위원 -> senior fellow:
    _ranked); a body by its
    head noun or another country's (_by_head_noun, _korean_country_body); a publication or
    an agreement by its head noun or its kind's (외교청서 -> the report: _by_head_noun); a
    noun the source makes a predicate (_used_as_predicate); a concept once named by its
    head (export controls -> the controls: _by_head_once_named); persons by their own name (납치
    피해자 -> the abductees: _persons_named_otherwise), a concept by its doers (강제동원 ->
    forced laborers: _by_doer); an event told by the verb of
    what happens at it (정상회담에서 -> when the two leaders met:
    text.english.names_event_by_verb)."""
    from yongeo.text.english import names_event_by_verb, refers_by_pronoun

    kind = types.get((finding.en, finding.ko))
    if kind == EntryType.TITLE.value and _in_address(unit, finding):
        return True  # 윤해린 연구원님께 -> Dear Ms. Yoon
    if kind == EntryType.TITLE.value and _ranked(unit, finding, text):
        return True  # 선임연구위원 -> senior fellow
    if kind == EntryType.TITLE.value:
        return ((_holder_in_english(unit, finding, types) or refers_by_pronoun(text)
                 or _by_head_noun(unit, finding, text)) and not replaced(unit, kind, finding.en)
                and not _other_title_in_english(unit, finding))
    if kind in _NAMES and _romanized(unit, finding, text):
        return False  # 대마도 -> Daemado: the Korean name spelt out, not the glossary's
    if kind in _NAMES:
        return not replaced(unit, kind, finding.en) or (
            kind == EntryType.PERSON.value and refers_by_pronoun(text)) or (
            kind == EntryType.PLACE.value and (_by_head_noun(unit, finding, text)
                                               or _by_capital(finding, text)
                                               or _as_homograph(unit, finding)
                                               or _by_name_alone(finding, text)
                                               or _locating_a_body(unit, finding, text)))
    if _persons_named_otherwise(unit, finding, text) or _by_doer(unit, finding, text):
        return True  # 납치 피해자 -> the abductees; 강제동원 피해자 -> forced laborers
    if kind == EntryType.CONCEPT.value and _by_head_once_named(unit, finding, text):
        return True  # 수출규제 -> the tightened controls, export controls named before
    return _used_as_predicate(unit, finding) or (
        kind == EntryType.ORGANIZATION.value and (_korean_country_body(unit, finding, text)
                                                  or _by_head_noun(unit, finding, text))) or (
        kind in _REFERRED_BY_KIND and _by_head_noun(unit, finding, text)) or (
        kind == EntryType.EVENT.value and finding.en is not None
        and names_event_by_verb(text, finding.en))


def _written_apart(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean draft writes the words of one of a missing term's accepted Korean
    forms in order with a few words between (수산물에 대한 한국의 수입 규제 for 수산물 수입
    규제: text.korean.written_apart): the term, with a modifier's phrase written into it."""
    from yongeo.text.korean import written_apart

    hits = _hits_of(unit.source, finding)
    return bool(hits) and any(written_apart(text, term.text)
                              for term in _accepted(hits[0].entry, "ko"))


# What may stand between a term and the noun of persons after it: quotes (일본군'위안부'
# 피해자) and spaces.
_QUOTES_AND_SPACES = " \t'\"‘’“”「」『』"


def _persons_named_otherwise(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a missing Korean noun of persons (피해자, 희생자: text.korean.names_person) is
    rendered with the persons' own English name: a patient noun (납치 피해자 -> the
    abductees: text.english.holds_patient_noun), or, where every hit follows another term's
    hit (위안부 피해자), that term's English when it names persons and the draft holds it
    (comfort women: text.english.names_persons). English names the victims of a deed by the
    deed's patient noun, and those of a named wrong by the wrong's name."""
    from yongeo.text.english import holds_doer_of, holds_patient_noun, names_persons
    from yongeo.text.korean import names_person

    if finding.ko is None or not names_person(finding.ko):
        return False
    if holds_patient_noun(text):
        return True
    source = unit.source
    hits = _hits_of(source, finding)
    lowered = text.lower()
    for hit in hits:
        before = [other for other in source.hits if other.entry is not hit.entry
                  and hit.start - 3 <= other.end <= hit.start
                  and not source.side.text[other.end:hit.start].strip(_QUOTES_AND_SPACES)]
        if not any((names_persons(term.text) and term.text.lower() in lowered)
                   or holds_doer_of(text, term.text)
                   for other in before for term in _accepted(other.entry, "en")):
            return False
    return bool(hits)


def _accepted(entry: Entry, lang: str) -> list:
    """The entry's terms in `lang` that are not deprecated."""
    return [term for term in entry.terms
            if term.lang == lang and term.status is not Status.DEPRECATED]


def _by_doer(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names the doers of a missing concept by one of its English
    terms with -er (강제동원 피해자 유족 -> a forced laborer's daughter:
    text.english.holds_doer_of): the concept rendered in the persons it makes."""
    from yongeo.text.english import holds_doer_of

    hits = _hits_of(unit.source, finding)
    return bool(hits) and any(holds_doer_of(text, term.text)
                              for term in _accepted(hits[0].entry, "en"))


def _locating_a_body(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing place locates the body named right after it
    (미국 컬럼비아대: text.korean_proper.body_located) and the English draft writes that
    body's name (Columbia University: _writes_name): English names a foreign body without
    the place Korean gives it."""
    from yongeo.text.korean_proper import body_located

    def located(source: str, hit: Hit) -> bool:
        body = body_located(source, hit.end)
        return body is not None and _writes_name(text, source, *body)

    return _every_hit(unit, finding, located)


def _by_family_name(text: str, korean: str) -> bool:
    """Whether an English text writes the family name of the Korean personal name `korean`
    (two to four syllables) in one of its spellings (노무현 -> Roh, 이재명 -> Lee:
    text.korean_names.FAMILY_NAMES) with no officer's title beside it, as English names a
    person by the family name alone."""
    from yongeo.text.korean_names import FAMILY_NAMES

    if not 2 <= len(korean) <= 4:
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
    from yongeo.text.romanize import transcription_score

    def found(pattern: regex.Pattern) -> list[str]:
        return ([match.group() for match in _untitled(text, pattern)] if untitled
                else pattern.findall(text))

    if any(name_written_in(korean, start, end, word) is not None
           for word in found(_CAPITALISED)):
        return True
    name = korean[start:end]
    return any(transcription_score(regex.sub(r"[\s'’-]", "", written), name) >= _ROMANIZED_SCORE
               for written in found(_CAPITALISED_NAME))


def _untitled(text: str, pattern: regex.Pattern) -> list[regex.Match]:
    """The matches of `pattern` in an English text with no officer's title beside them
    (text.titles.officer_title_beside: Prime Minister Kim, Kim, the foreign minister,): a
    name so written has been given another title."""
    from yongeo.text.titles import officer_title_beside

    return [match for match in pattern.finditer(text)
            if not officer_title_beside(text, match.start(), match.end())]


def _by_name_alone(finding: Finding, text: str) -> bool:
    """Whether an English draft names a missing place by its name without the noun of its
    kind (나라현 -> Nara, my home prefecture; 하시마섬 -> Hashima), as English names a
    prefecture or an island: text.places.name_without_kind."""
    from yongeo.text.places import name_without_kind

    return finding.en is not None and name_without_kind(text, finding.en)


# How closely such a word writes the name letter by letter (text.romanize).
_ROMANIZED_SCORE = 85.0


def _romanized(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft writes a missing name's Korean source form in Latin letters
    (대마도 -> Daemado, text.romanize.transcription_score) where the glossary has an English
    name of its own (Tsushima): the Korean name spelt out, a rendering the glossary does not
    accept, not a name left to context."""
    from yongeo.text.romanize import transcription_score

    source = unit.source
    solid = {"".join(source.side.text[hit.start:hit.end].split())
             for hit in _hits_of(source, finding)}
    names = [name for name in solid if name and all(map(is_syllable, name))]
    return bool(names) and any(transcription_score(word, name) >= _ROMANIZED_SCORE
                               for word in _CAPITALISED.findall(text) for name in names)


def _as_homograph(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing place is a word the dictionary reads as a
    common noun (나라를 되찾겠다는: 'country', not Nara; text.korean.is_homograph): the
    common noun is the likelier reading, which a translation renders otherwise."""
    from yongeo.text.korean import is_homograph

    return _every_hit(unit, finding, lambda text, hit: is_homograph(text[hit.start:hit.end]))


def _ranked(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing title has a rank written onto it (선임연구위원:
    text.titles.ranked_prefix) and the English draft holds the title's head noun after a
    rank word (a senior fellow: text.english.holds_ranked_title): a ranked title rendered
    as English ranks it."""
    from yongeo.text.english import head_noun, holds_ranked_title
    from yongeo.text.titles import ranked_prefix

    if not _every_hit(unit, finding, lambda text, hit: ranked_prefix(text, hit.start)):
        return False
    english = finding.en or ""
    head = head_noun(english) or (english.lower() if " " not in english else None)
    return head is not None and holds_ranked_title(text, head)


def _in_address(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing title addresses someone, 님 written onto it
    (윤해린 연구원님께, 교수님): English addresses a person by Mr., Ms. or Dr. instead
    (text.korean.honorific_after)."""
    from yongeo.text.korean import honorific_after

    return _every_hit(unit, finding, lambda text, hit: honorific_after(text, hit.end))


def _by_country(finding: Finding, text: str) -> bool:
    """Whether a Korean draft names the country whose capital is the missing place, where
    the capital stands for its government (welcomed in Seoul -> 한국 정부는 환영했다:
    text.places.names_country_of_capital)."""
    from yongeo.text.places import names_country_of_capital

    return finding.en is not None and finding.ko is not None and names_country_of_capital(
        text, finding.en, finding.ko)


def _as_its_people(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing place names whose people they are (the people
    of Japan: text.places.names_people_of) and the Korean draft says 국민, which names them
    with their country left to context."""
    from yongeo.text.places import names_people_of, renders_people

    return renders_people(text) and _every_hit(
        unit, finding, lambda source, hit: names_people_of(source, hit.start, hit.end))


def _by_capital(finding: Finding, text: str) -> bool:
    """Whether an English draft names the capital of the missing country, where it acts or
    where something is said (중국 외교부 대변인 -> In Beijing, a Foreign Ministry spokesperson:
    text.places.names_capital_of)."""
    from yongeo.text.places import names_capital_of

    return finding.en is not None and names_capital_of(text, finding.en)


def _by_head_noun(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft refers to a missing body or office by the head noun of one of
    its English terms right after a determiner (the ministry for the Ministry of National
    Defense or the Defense Ministry; the minister: text.english.head_noun, refers_by_head), a
    publication or an agreement by that or by a noun of its kind (the Bluebook, the report;
    the treaty: text.english.KIND_NOUNS), a place by the noun of the kind its Korean name
    ends in (독도 -> the islets: text.places.kind_nouns):
    English refers back so to a body its context has named, as Korean shortens a title to
    its head (_referred); not where it names another body by that head (the Constitutional
    Court for the Supreme Court: text.english.names_another_by_head)."""
    from yongeo.text.english import (
        KIND_NOUNS,
        describes_another_by_head,
        head_noun,
        names_another_by_head,
        refers_by_head,
    )
    from yongeo.text.places import kind_nouns

    entry = next((hit.entry for hit in _hits_of(unit.source, finding)), None)
    if entry is None:
        return False
    names = [term.text for term in entry.terms_in("en", Status.PREFERRED, Status.ADMITTED)]
    heads = {head for name in names if (head := head_noun(name)) is not None}
    heads.update(KIND_NOUNS.get(entry.type, ()))  # the Bluebook: the report says
    if entry.type == EntryType.PLACE.value:  # 독도 -> the islets
        heads.update(noun for term in entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)
                     for noun in kind_nouns(term.text))
    # The head after other capitalised words names another body (Constitutional Court for
    # Supreme Court): a replacement, not a reference back.
    place = entry.type == EntryType.PLACE.value  # a shrine that...: described, not named
    # A publication or an agreement the draft introduces with a description of its own (a
    # reparations agreement) is another, which *the agreement* then refers back to.
    described = entry.type in _REFERRED_BY_KIND
    return any(refers_by_head(text, head, place) and not names_another_by_head(text, head, names)
               and not (described and describes_another_by_head(text, head))
               for head in heads)


def _by_head_once_named(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English draft names a missing concept by the head noun of one of its
    English terms with no modifier of its own (the controls, China's controls, the tightened
    controls for export controls: text.english.head_noun, refers_by_bare_head) and names the
    whole term elsewhere in its text: a concept once named is referred back to by its head.
    A head with another modifier (high-level consultations) renders another concept."""
    from yongeo.text.english import head_noun, holds_noun, refers_by_bare_head

    hits = _hits_of(unit.source, finding)
    if not hits:
        return False
    whole = unit.draft.side.text
    for term in _accepted(hits[0].entry, "en"):
        head = head_noun(term.text)
        if head is not None and refers_by_bare_head(text, head) and holds_noun(
                whole, term.text.lower()):
            return True
    return False


def _by_korean_head(finding: Finding, text: str) -> bool:
    """Whether a Korean draft `text` refers to a missing term by the head of its Korean
    compound right after a determiner (이번 회담은 for *the summit*, 정상회담 once named:
    text.korean.refers_by_head), as an English draft refers to a body by its head noun
    (_by_head_noun); not where the draft writes the compound's first part with another
    head (한일 공동성명 for 한일 공동선언: text.korean.sibling_compound), which the
    determiner then refers back to."""
    from yongeo.text.korean import refers_by_head, sibling_compound

    term = finding.ko or ""
    return any(refers_by_head(text, head) and not sibling_compound(text, term, head)
               for head in compound_heads(term, _frequent_korean))


def _korean_country_body(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether the Korean source names a country's body, the country written before the
    term (이스라엘 국방부, 미 국방부: text.places.korean_country_before), and the English draft
    `text` names that country (the Israel Defense Forces, the U.S. Department of Defense):
    the glossary's rendering is one country's body, as for _country_body; not where the
    body is that country's own, one of its English names naming the country (일본 자위대,
    Japan Self-Defense Forces: the country before it only says whose it is)."""
    from yongeo.text.places import korean_country_before, place_mentions

    source = unit.source
    for hit in _hits_of(source, finding):
        country = korean_country_before(source.side.text, hit.start)
        if country is None or not place_mentions(text, country):
            continue
        if not any(place_mentions(term.text, country) for term in hit.entry.terms_in("en")):
            return True
    return False


def _used_as_predicate(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term is a Korean noun made a predicate by a
    light verb (가입했다, 취임한, 유해한: text.korean.predicate_noun) or the object of a support
    verb (정상회담을 가졌다: text.korean.support_verb_object): English renders such a
    predicate with a verb or an adjective of its own (joined, took office, harmful, met),
    which the English term, a noun, need not be; its own verb forms are found where the
    draft has them (제재했다 -> sanctioned). An object of a support verb whose English head
    noun the draft holds was rendered as a noun, another one (실무 협의를 진행 -> high-level
    consultations), and keeps its severity."""
    from yongeo.text.english import head_noun, holds_noun
    from yongeo.text.korean import predicate_noun, support_verb_object

    source = unit.source
    text = source.side.text
    hits = _hits_of(source, finding)
    head = head_noun(finding.en) if finding.en else None
    for hit in hits:
        if support_verb_object(text, hit.end):
            if head is not None and holds_noun(
                    unit.draft.side.text[unit.draft.start:unit.draft.end], head):
                return False
            continue
        end = hit.end
        while end < source.end and is_syllable(text[end]):
            end += 1
        word = text[hit.start:end]
        if predicate_noun(word) != word[:len(hit.found)]:
            return False
    return bool(hits)


# A Hangul name of one or two words right before a title, a short bracketed gloss between
# (오부치 게이조(小渕恵三) 총리).
_HANGUL_BEFORE = regex.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,})"
                               r"(?:[ \t]+([\uac00-\ud7a3]{2,}))?(?:[(（][^()（）\n]{1,20}[)）])?"
                               r"[ \t]*$")
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
    family name alone (노무현 대통령 -> Roh: _by_family_name), a word
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
    for hit in _hits_of(source, finding):
        name = _HANGUL_BEFORE.search(text, max(source.start, hit.start - 40), hit.start)
        if name is not None and any((_writes_name(written, text, name.start(part),
                                                  name.end(part), untitled=True)
                                     or _by_family_name(written, name.group(part)))
                                    for part in (1, 2) if name.group(part)
                                    and zipf(name.group(part)) < _NAME_ZIPF):
            return True  # 베를루스코니 총리 -> Berlusconi; 김대중 대통령 -> Kim Dae-jung
    return False


def _surname_before(unit: Unit, finding: Finding, people: list[Entry]) -> bool:
    """Whether the Korean source writes the missing title after the start of the Korean name
    of a person of the glossary whom the English draft names: Korean news names a person
    by surname and title once the full name is given (이 대통령 for 이재명 대통령 -> Lee)."""
    source = unit.source
    names = {term.text.replace(" ", "") for entry in people for term in entry.terms
             if term.lang == "ko"}
    for hit in _hits_of(source, finding):
        word = word_before(source.side.text, hit.start, source.start)
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
    holders = _title_holders(source, finding)
    return any(officer_title_beside(draft.side.text, hit.start, hit.end)
               for hit in draft.hits if hit.entry.id in holders)


def _title_holders(source: Piece, finding: Finding) -> set[str]:
    """The persons of the glossary (entry ids) a source piece gives the missing title to:
    written right after it (Prime Minister Gordon Brown) or right before it (위성락
    국가안보실장; Wi Sung-lac, head of ...), with only spaces or a comma between."""
    text = source.side.text
    holders = set()
    for hit in _hits_of(source, finding):
        for other in source.hits:
            if other.entry.type != EntryType.PERSON.value:
                continue
            between = (text[hit.end:other.start] if other.start >= hit.end
                       else text[other.end:hit.start] if other.end <= hit.start else "x")
            if not between.replace(",", "").strip():
                holders.add(other.entry.id)
    return holders


def _hits_of(piece: Piece, finding: Finding) -> list[Hit]:
    """The hits of a source piece that are the finding's entry's."""
    key = (finding.en, finding.ko)
    return [hit for hit in piece.hits if (hit.entry.en, hit.entry.ko) == key]


def _every_hit(unit: Unit, finding: Finding, test: Callable[[str, Hit], bool]) -> bool:
    """Whether the unit's source has hits of the finding's entry and `test` (the source's
    working text, a hit) holds for each."""
    hits = _hits_of(unit.source, finding)
    return bool(hits) and all(test(unit.source.side.text, hit) for hit in hits)


def _country_body(unit: Unit, finding: Finding) -> bool:
    """Whether the source names a country's body with the term's short form (the Russian
    Foreign Ministry, Japan's Defense Ministry: text.places.country_before) and the draft
    names that country: the glossary's rendering is one country's body (외교부), and the
    draft another's (러시아 외무부, 일본 방위성), which it cannot tell apart."""
    from yongeo.text.places import country_before

    source, draft = unit.source, unit.draft
    text = draft.side.text[draft.start:draft.end]
    for hit in _hits_of(source, finding):
        country = country_before(source.side.text, hit.start)
        if country is not None and country in text:
            return True
    return False


def _holder_named(unit: Unit, finding: Finding) -> bool:
    """Whether the draft names, or refers by a pronoun to, the person the source gives the
    missing title to, where that person is in no glossary entry: the title stands right
    before a capitalised name (President George W. Bush's, Syrian President Bashar Assad),
    and the draft has a Hangul word that writes the name's last word (부시의, 아사드는:
    text.loanword.name_written_in) with no other Korean title right after it (text.titles
    .title_after_name: 부시 총리 is the title replaced), or a third-person pronoun (그는)."""
    from yongeo.text.loanword import name_written_in
    from yongeo.text.titles import name_after, title_after_name

    source, draft = unit.source, unit.draft
    own = (finding.ko or "").replace(" ", "")
    for hit in _hits_of(source, finding):
        name = name_after(source.side.text, hit.end)
        if name is None:
            continue
        if refers_by_pronoun(draft.side.text[draft.start:draft.end]):
            return True
        end = name_written_in(draft.side.text, draft.start, draft.end, name)
        if end is not None:
            title = title_after_name(draft.side.text, end)
            return title is None or own.endswith(title)
    return False


def _other_title(unit: Unit, finding: Finding) -> bool:
    """Whether the draft gives the person a missing title belongs to another title: the
    source writes the title beside a person of the glossary (Prime Minister Gordon Brown;
    Wi Sung-lac, head of ...: _title_holders), and the draft writes a different Korean title
    right after that person's name (고든 브라운 영국 대통령, 위성락 안보실 차장:
    text.titles.title_after_name). Then the title was replaced, not left out beside the
    name."""
    from yongeo.text.titles import title_after_name

    source, draft = unit.source, unit.draft
    people = _title_holders(source, finding)
    if not people:
        return False
    own = (finding.ko or "").replace(" ", "")
    for hit in draft.hits:
        if hit.entry.id in people:
            title = title_after_name(draft.side.text, hit.end)
            if title is not None and not own.endswith(title):
                return True
    return False


# A number or a placeholder that stands for one (%d, %'d, %(count)s, {n}, %1) before the
# word it counts, in the source as a reader sees it.
_NUMBER_BEFORE = regex.compile(
    r"(%[-#0 +']*(?:\(\w+\))?\d*(?:\.\d+)?[hlLqjzt]*[diouxXs]|%\d+|\{\w*\}|\d[\d,.]*)"
    r"[ \t\u00a0]+$")


def _counted_alone(unit: Unit, finding: Finding) -> bool:
    """Whether a missing term is a thing its source counts (%d items, 3 files) and the draft
    counts the same number with a counter alone (%d개를, 3개 이상): Korean leaves what is
    counted to the context, which names it no more than a pronoun would. Not where a noun
    stands right before the number in the draft (파일 %d개): that one names the thing."""
    source, draft = unit.source, unit.draft
    shown, span = _as_shown(source)
    draft_shown, draft_span = _as_shown(draft)
    low, high = draft_span(draft.start, draft.end)  # the draft piece, in what is shown
    for hit in _hits_of(source, finding):
        start = span(hit.start, hit.end)[0]
        number = _NUMBER_BEFORE.search(shown, max(0, start - 40), start)
        if number is None:
            continue
        token = number.group(1)
        at = draft_shown.find(token, low, high)
        while at != -1:
            if counts_alone(draft_shown, at + len(token)) and not _noun_before(
                    draft_shown, low, at):
                return True
            at = draft_shown.find(token, at + 1, high)
    return False


def _as_shown(piece: Piece) -> tuple[str, SpanMap]:
    """A piece's side as a reader sees it (placeholders unmasked), with the map into it."""
    side = piece.side
    if side.shown is None or side.shown_span is None:
        return side.text, same_span
    return side.shown, side.shown_span


def _noun_before(text: str, low: int, at: int) -> bool:
    """Whether a Korean word that may be a bare noun stands right before `at`, after `low`
    (파일 %d개): one that ends in no particle."""
    before = text[low:at].rstrip()
    if not before or not is_syllable(before[-1]):
        return False
    word = before.split()[-1]
    return len(strip_particles(word)) == 1


_NAMES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})


def replaced(unit: Unit, kind: str, english: str | None) -> bool:
    """Whether the draft piece names a person or place (of `kind`) more often than its source
    does: a glossary entry of that kind, or, for places, a country, city or continent CLDR
    knows (text.places) by any of its names or, in English, adjectives (Iraq -> 이란; Taiwan
    -> 중국 beside the China its source names once; 이라크 -> Iranian); not the country of the
    missing place (`english`), which prose lets its city stand for (the Baghdad government
    -> 이라크 정부), nor a city of the missing country, which stands for it (한국은 -> Seoul
    said), nor the country of a city an English source names as who acts (Seoul hopes ->
    한국 정부는: text.places.countries_by_city); a title counts in its sense only (the
    president of the Liberal Democratic Party is no President: lint.sense)."""
    from yongeo.lint.sense import in_sense
    from yongeo.text.places import (
        countries_by_city,
        country_names,
        country_of_korean,
        korean_place,
        place_key,
    )

    country = country_names(english or "") if kind == EntryType.PLACE.value else frozenset()
    # A missing country's own cities stand for it (한국은 -> Seoul must avoid...).
    own = {place_key(name) for name in country} if korean_place(english or "") in country \
        else set()
    # The country of a source city named as who acts stands for the city (Seoul hopes ->
    # 한국 정부는).
    acting = {place_key(name) for name in countries_by_city(
        unit.source.side.text[unit.source.start:unit.source.end])} \
        if kind == EntryType.PLACE.value and unit.source.side.lang == "en" else set()

    def stands_for_missing(korean: str) -> bool:
        return place_key(korean) in acting or bool(own) and not own.isdisjoint(
            map(place_key, country_of_korean(korean)))

    source_hits = Counter(hit.entry.id for hit in unit.source.hits)
    draft_hits = Counter(hit.entry.id for hit in unit.draft.hits if hit.entry.type == kind
                         and not country.intersection(t.text for t in hit.entry.terms)
                         and not any(stands_for_missing(t.text) for t in hit.entry.terms
                                     if t.lang == "ko")
                         and (kind != EntryType.TITLE.value
                              or in_sense(unit.draft.side.text, hit)))
    if kind != EntryType.PLACE.value:
        return any(count > source_hits[entry] for entry, count in draft_hits.items())
    entries = {hit.entry.id: hit.entry for hit in unit.draft.hits}
    source = unit.source.side.text[unit.source.start:unit.source.end]
    mentions = _mentions(source, unit.source.side.lang)
    if any(count > max([source_hits[entry]] + [
            mentions(t.text) for t in entries[entry].terms if t.lang == "ko"])
           for entry, count in draft_hits.items()):
        return True  # the source may name it by an adjective (Japanese -> 일본인)
    glossary = {term.text for hit in unit.draft.hits for term in hit.entry.terms}
    glossary |= country  # a city's country stands for the city
    glossary = {place_key(name) for name in glossary}
    draft = unit.draft.side.text[unit.draft.start:unit.draft.end]
    named: dict[str, str] = {}  # one name of each place (한국, 대한민국: one country)
    counts: Counter[str] = Counter()
    for place in _places_in(draft, unit.draft.side.lang):
        if stands_for_missing(place):
            continue
        key = named.setdefault(place_key(place), place)
        counts[key] += 1
    # The places the source names by an entry, counted by country: the matcher finds a name
    # heading a compound (일본산, the Japanese-made), which CLDR's word list does not.
    by_entry: Counter[str] = Counter()
    for hit in unit.source.hits:
        if hit.entry.type == EntryType.PLACE.value:
            by_entry.update({place_key(t.text) for t in hit.entry.terms if t.lang == "ko"})
    return any(count > max(mentions(place), by_entry[place_key(place)])
               for place, count in counts.items()
               if place_key(place) not in glossary)  # glossary names: by entry, above


def _places_in(text: str, lang: str) -> list[str]:
    """The Korean names of the CLDR places a text in `lang` names, once per mention."""
    from yongeo.text.places import english_places_in, korean_places_in

    return english_places_in(text) if lang == "en" else korean_places_in(text)


def _mentions(text: str, lang: str):
    """How many times a text in `lang` names a place, asked by its Korean name (by any of
    its names: text.places.place_key)."""
    from yongeo.text.places import place_key, place_mentions

    if lang == "en":
        return lambda korean: place_mentions(text, korean)
    named = Counter(place_key(place) for place in _places_in(text, lang))
    return lambda korean: named[place_key(korean)]


def _in_kept_list(unit: Unit, finding: Finding) -> bool:
    """Whether the missing term stands in a source list that the Korean draft renders with as
    many items (text.lists): each item is there, so this one was rendered by another word,
    not left out with a passage (의료, 테러, 환경 for health care, the fight against
    terrorism and the environment, with 테러 replaced)."""
    source, draft = unit.source, unit.draft
    if draft.side.lang != "ko" or source.side.lang != "en":
        return False
    sizes = None
    for hit in _hits_of(source, finding):
        if sizes is None:
            sizes = korean_list_sizes(draft.side.text[draft.start:draft.end])
            if not sizes:
                return False
        item = english_list_item(source.side.text[source.start:source.end],
                                 hit.start - source.start)
        if item is not None and item[0] in sizes:
            return True
    return False


def _frequent_korean(word: str) -> bool:
    from yongeo.text.frequency import is_frequent  # wordfreq's lists load on first use
    return is_frequent(word, "ko")


def _has_word(text: str, word: str) -> bool:
    """Whether `word` starts a word of `text` (particles may follow it)."""
    at = text.find(word)
    while at != -1:
        if at == 0 or not is_syllable(text[at - 1]):
            return True
        at = text.find(word, at + 1)
    return False


def _omits(unit: Unit, expected: int, missing: int) -> bool:
    """Whether a draft piece lacking `missing` of its source's `expected` terms left a
    passage out: it is much shorter than its source predicts, or it lacks most of many terms
    without being as long as a faithful translation."""
    source, draft = unit.source, unit.draft
    share = length_share(source.side.text[source.start:source.end], source.side.lang,
                         draft.side.text[draft.start:draft.end], draft.side.lang)
    if share is not None and share < CONDENSED:
        return True
    if share is not None and share >= FULL_LENGTH:
        return False
    return expected >= OMISSION_MIN_TERMS and missing > expected * OMISSION_SHARE
