"""Missing terms a draft may render another way than the glossary can see, or leave to
its context: reported as info (referred). The rules for an English draft of a Korean
source are in lint.referred_english; those for a Korean draft, and for both, are here."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

from yongeo.glossary.model import Entry, EntryType, Status
from yongeo.lint.findings import Finding, SpanMap, same_span
from yongeo.lint.referred_english import left_to_context, told_by_place_and_verb
from yongeo.lint.replaced import (
    NAMES,
    accepted_terms,
    capitals_put,
    every_hit,
    hits_of,
    holds_names,
    replaced,
    replaced_in_title,
    title_holders,
)
from yongeo.lint.units import Piece, Side, Unit
from yongeo.match import Hit
from yongeo.text.korean import (
    compound_heads,
    counts_alone,
    is_syllable,
    refers_by_pronoun,
    strip_particles,
    words_starting,
)


def referred(units: Iterable[Unit], missing: dict[tuple[str, int, int], list[Finding]],
              folded: set[int]) -> set[int]:
    """The term.missing findings (by id) whose term the draft piece may render another way
    than the glossary can see, or leave to its context: a person by a third-person pronoun
    (Bush said -> 그는 말했다), unless another person stands beside the title the source
    gives them (Prime Minister Fumio Kishida -> 아베 신조 총리: lint.replaced.
    replaced_in_title); a title by the head of its Korean compound (Senator Obama ->
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
    수입 규제: _written_apart); a term in an English apposition glossing a name the draft
    renders (_in_apposition); a wording the source weighs against another in quotation
    marks (_weighed); a term of a numbered section's heading that the section renders
    (_left_to_section), or of a headline block that the story renders (_left_to_story);
    the draft language's own country as the owner of its bodies or named by 우리
    (_home_owner); another country's body for English's short name of a body, that country
    named in the sentence (the Foreign Ministry in Tokyo -> 외무성: _body_of_country_named); a
    term's capitals kept with its Korean term's head (relations between Seoul and Tokyo ->
    서울과 도쿄의 관계: _by_its_capitals); persons whose families the source names left to 유족
    (_by_the_bereaved); persons by the noun their Korean name is made of (victims -> 피해:
    _by_what_befell) or by what befell them made a predicate (a victim of forced
    mobilization -> 강제동원된: _victims_by_predicate); an event by its place and verb (the
    flooding of the Josei coal mine -> 조세이 탄광이 수몰된: told_by_place_and_verb); a
    holiday by its event and the count of years (the 81st Liberation Day -> 광복 81주년:
    _anniversary_counted); a country's thing by its noun in a sentence naming the country
    (Japan's diplomacy -> 외교, 일본 in the sentence: _owner_in_sentence); a word the draft
    writes in another sense than the term's (a mountain's summit -> 산 정상:
    _other_sense_written)."""
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
        # 정상회담)) or an English apposition glossing a name, which a translation may leave
        # out.
        aside = {id(f) for f in left if _in_aside(unit, f) or _in_apposition(unit, f)
                 or _weighed(unit, f) or _left_to_section(unit, f)
                 or _left_to_story(unit, f) or _overlap_rendered(unit, f)}
        out |= aside
        left = [f for f in left if id(f) not in aside]
        types = {(h.entry.en, h.entry.ko): h.entry.type for h in unit.source.hits}
        if draft.side.lang == "en":
            out.update(id(f) for f in left if left_to_context(unit, f, types, text))
            continue
        absent = {(f.en, f.ko) for f in left}
        # A person of the source whom the draft names: a title beside them may be dropped.
        named = any(kind == EntryType.PERSON.value and key not in absent
                    for key, kind in types.items()) or any(
            hit.entry.type == EntryType.PERSON.value for hit in draft.hits)
        for finding in left:
            kind = types.get((finding.en, finding.ko))
            if kind == EntryType.PLACE.value and _site_renamed(finding, text):
                continue  # 사도 금산 for 사도광산: rendered otherwise, not left out
            if kind in NAMES and not replaced(unit, kind, finding.en) or (
                    kind == EntryType.PLACE.value and (_by_country(unit, finding, text)
                                                       or _as_its_people(unit, finding, text)
                                                       or _home_owner(unit, finding))
            ) or (
                    kind == EntryType.PERSON.value and refers_by_pronoun(text)
                    and not replaced_in_title(unit, finding)) or (
                    kind == EntryType.TITLE.value and (named or _title_by_head(unit, finding,
                                                                                 text)
                                                       or _holder_named(unit, finding))
                    and not replaced(unit, kind, finding.en)
                    and not _other_title(unit, finding)) or (
                    kind == EntryType.TITLE.value and _titled_otherwise(unit, finding, text)) or (
                    kind == EntryType.TITLE.value and _as_body_head(unit, finding, text)) or (
                    kind not in NAMES and _counted_alone(unit, finding)) or (
                    kind not in NAMES and _by_its_capitals(unit, finding, text)) or (
                    kind not in NAMES and _by_the_bereaved(unit, finding, text)) or (
                    kind not in NAMES and _by_what_befell(unit, finding, text)) or (
                    kind not in NAMES and _victims_by_predicate(unit, finding, text)) or (
                    kind not in NAMES and _anniversary_counted(unit, finding, text)) or (
                    kind not in NAMES and _owner_in_sentence(unit, finding, text)) or (
                    kind not in NAMES and _other_sense_written(unit, finding)) or (
                    told_by_place_and_verb(unit, finding, text)) or (
                    kind == EntryType.ORGANIZATION.value and (
                        _country_body(unit, finding) or _body_of_country_named(unit, finding))
            ) or (
                    kind not in NAMES and kind != EntryType.TITLE.value
                    and (_by_korean_head(finding, text, _places_named(unit),
                                         draft.side.text if kind == EntryType.EVENT.value
                                         else "")
                         or _written_apart(unit, finding, text))
            ) or (
                    kind != EntryType.PERSON.value and _told_freely(unit, finding, kind)):
                out.add(id(finding))
    return out


def _overlap_rendered(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of the missing term shares words with another entry's hit
    that runs on past it or starts before it (Korea-Japan Summit in *Korea-Japan Summit
    Diplomacy*, where summit diplomacy is a term too), an entry the draft renders (한일
    정상외교): the source's words read as that term, which the matcher's longest match gave
    to this one."""
    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    rendered = {hit.entry.id for hit in unit.draft.every}
    return all(any(other.entry is not hit.entry and other.entry.id in rendered
                   and (other.start < hit.start < other.end < hit.end
                        or hit.start < other.start < hit.end < other.end)
                   for other in unit.source.every)
               for hit in hits)


def _site_renamed(finding: Finding, text: str) -> bool:
    """Whether a Korean draft writes a missing site's own name with another site noun (사도
    금산 for 사도광산: text.places.korean_site_renamed) or another name with the noun of its
    kind (전함섬 for 하시마섬: text.places.korean_place_renamed): a replacement, whatever
    else refers to the place."""
    from yongeo.text.places import korean_place_renamed, korean_site_renamed

    return finding.ko is not None and (korean_site_renamed(text, finding.ko)
                                       or korean_place_renamed(text, finding.ko))


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
    keeps its severity; so does a body where a Korean draft names another body there
    (_other_korean_body)."""
    from yongeo.text.news import in_attribution, seat_sought

    if kind == EntryType.ORGANIZATION.value and _other_korean_body(unit):
        return False  # according to the National Security Office -> 국가정보원에 따르면
    seat = kind in (EntryType.ORGANIZATION.value, EntryType.PLACE.value)
    return every_hit(unit, finding, lambda text, hit: in_attribution(text, hit.start, hit.end)
                      or (seat and seat_sought(text, hit.start)))


# The fewest syllables of a Korean body's own name (국가정보원, 행정안전부), not a common noun
# that ends as a body's name does (정부, 본부).
_BODY_NAME_SYLLABLES = 4


def _other_korean_body(unit: Unit) -> bool:
    """Whether a Korean draft piece names a body by a name of its own that renders no
    glossary term (text.titles.body_words: 국가정보원 where the English source's attribution
    names the National Security Office): another body the source's words were given to."""
    draft = unit.draft
    if draft.side.lang != "ko":
        return False
    from yongeo.text.titles import body_words

    taken = [(hit.start, hit.end) for hit in draft.every]
    return any(end - start >= _BODY_NAME_SYLLABLES
               and not any(s < end and start < e for s, e in taken)
               for start, end in body_words(draft.side.text, draft.start, draft.end))


def _in_aside(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term stands inside a short bracketed aside of
    the source (text.news.in_aside): a translator's or a desk's note, which a translation
    may leave out, unless the draft renders another term of that aside (세미나(확장억제 및
    인도·태평양 협력) -> seminar (expanded deterrence and Indo-Pacific cooperation): the aside
    is translated, and the term in it rendered otherwise); or inside a work's title in
    Korean title brackets (『...』: text.news.in_work_title), which a translation gives as
    the work's English title names it; or inside a hashtag (#한일관계: text.news.in_hashtag),
    a post's keyword that its translation gives as a tag of its own (#KoreaJapan). Not a
    body the draft replaces by another body of the glossary (the Chongryon Fukuoka
    headquarters for 재일본대한민국민단 후쿠오카현지방본부: lint.replaced.replaced); places
    and persons in asides are left out or put freely too often to tell."""
    from yongeo.text.english import rival_camel_case
    from yongeo.text.news import in_hashtag, in_work_title

    side = unit.source.side
    hits = hits_of(unit.source, finding)
    if (hits and hits[0].entry.type == EntryType.ORGANIZATION.value
            and replaced(unit, EntryType.ORGANIZATION.value, finding.en)):
        return False
    # A concept's tag the draft gives otherwise, sharing a word with it, is rendered wrong
    # (#SummitDiplomacy for #셔틀외교: text.english.rival_camel_case), not left to the post.
    draft = unit.draft
    rivalled = bool(hits) and hits[0].entry.type not in NAMES and draft.side.lang == "en" \
        and rival_camel_case(draft.side.text[draft.start:draft.end],
                             [t.text for t in hits[0].entry.terms_in("en", Status.PREFERRED,
                                                                      Status.ADMITTED)])
    return every_hit(unit, finding, lambda text, hit: _aside_left_out(unit, text, hit)
                      or in_work_title(text, hit.start, hit.end)
                      or (not rivalled and in_hashtag(*_as_written(side, hit))))


def _weighed(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term is a wording the source weighs against
    another in quotation marks (We argued about words, "forced labor" or "wartime labor":
    text.mention.weighed): the draft renders the words as words."""
    from yongeo.text.mention import weighed

    return every_hit(unit, finding, lambda text, hit: weighed(text, hit.start, hit.end))


def _left_to_section(unit: Unit, finding: Finding) -> bool:
    """Whether a missing term stands in a numbered section's heading in source and draft
    (text.news.is_section_heading) and the draft's section under that heading renders it
    (text.news.section_after): a heading is shortened, its section says it in full (2. 한일
    수출통제 환경의 변화 -> 2. A Changing Landscape, export controls in the section)."""
    from yongeo.text.news import is_section_heading, section_after

    source, draft = unit.source, unit.draft
    if not (is_section_heading(draft.side.text, draft.start, draft.end)
            and is_section_heading(source.side.text, source.start, source.end)):
        return False
    hits = hits_of(source, finding)
    return bool(hits) and _renders(section_after(draft.side.text, draft.end), hits[0].entry,
                                   draft.side.lang)


# How far after a headline block its story is read for a term the block left out.
_STORY_CHARS = 4000


def _left_to_story(unit: Unit, finding: Finding, kept: bool = False) -> bool:
    """Whether a missing term stands in a text's headline block in source and draft
    (text.news.is_headline_block: a wire story's slug, headline, subheads and desk's notes)
    and the draft's story after it renders it: each edition's desk writes its own block, and
    the story says what the block left out (위성락 안보실장, 도쿄서 다카이치 총리 예방 ->
    South Korea's security adviser meets Takaichi, the National Security Adviser in its
    first paragraph)."""
    from yongeo.text.news import is_headline_block

    source, draft = unit.source, unit.draft
    if not (is_headline_block(draft.side.text, draft.start, draft.end)
            and is_headline_block(source.side.text, source.start, source.end)):
        return False
    hits = hits_of(source, finding)
    if not hits:
        return False
    story = draft.side.text[draft.end:draft.end + _STORY_CHARS]
    # A name kept as written (term.untranslated: CPTPP) is rendered by the source's own term.
    return _renders(story, hits[0].entry, draft.side.lang) or kept and any(
        hit.term.text in story for hit in hits)


def left_to_stories(units: Iterable[Unit], findings: dict[tuple[str, int, int], list[Finding]]
                    ) -> set[int]:
    """The findings (by id; term.untranslated, by their draft piece's place) whose term a
    headline block names and its story renders (_left_to_story): a name kept as written
    (CPTPP) in the source's slug that the draft's block, written anew, leaves out."""
    out: set[int] = set()
    if not findings:
        return out
    for unit in units:
        draft = unit.draft
        start, end = draft.side.span(draft.start, draft.end)
        for finding in findings.get((draft.side.file.path, start, end), ()):
            if _left_to_story(unit, finding, kept=True):
                out.add(id(finding))
    return out


def _renders(text: str, entry: Entry, lang: str) -> bool:
    """Whether `text` writes one of the entry's accepted renderings in `lang`: an English
    one as a noun (text.english.holds_noun), a Korean one whatever its spacing."""
    if lang == "en":
        from yongeo.text.english import holds_noun

        return any(holds_noun(text, term.text.lower()) for term in accepted_terms(entry, lang))
    solid = "".join(text.split())
    return any("".join(term.text.split()) in solid for term in accepted_terms(entry, lang))


def _in_apposition(unit: Unit, finding: Finding) -> bool:
    """Whether every source hit of a missing term stands in an English appositive
    description of a name (text.english.apposition_of) that the draft renders: a gloss for
    readers abroad, which a translation into the name's own language leaves out (Mindan, a
    pro-Seoul association of Korean residents in Japan, ... -> 민단 소속 동포; Dokdo, South
    Korea's easternmost islets, ... -> 독도), or between a name (no concept) the draft
    renders and the noun of its kind (the CPTPP trade pact -> CPTPP:
    text.english.describes_name_before), or
    a clause glossing a name of another time (Joseon, as Korea was then called -> 조선:
    text.english.glosses_other_name)."""
    if unit.source.side.lang != "en":
        return False
    from yongeo.text.english import apposition_of, describes_name_before, glosses_other_name

    rendered = {hit.entry.id for hit in unit.draft.hits}

    def glosses_rendered_name(text: str, hit: Hit) -> bool:
        comma = apposition_of(text, hit.start, hit.end)
        if comma is not None and any(
                name.end == comma and name.entry.id in rendered and name.entry is not hit.entry
                for name in unit.source.hits):
            return True
        return any(name.end < hit.start and name.entry.id in rendered
                   and name.entry is not hit.entry and name.found[:1].isupper()
                   and name.entry.type != EntryType.CONCEPT.value
                   and describes_name_before(text, name.end, hit.start, hit.end)
                   for name in unit.source.hits)

    return every_hit(unit, finding, lambda text, hit: glosses_rendered_name(text, hit)
                     or glosses_other_name(text, hit.start, hit.end))


def _aside_left_out(unit: Unit, text: str, hit: Hit) -> bool:
    """Whether `hit` stands in a short bracketed aside of the source (text.news.aside_around)
    that the draft piece does not translate: no bracketed aside of the draft lists two things
    or more (text.news.lists_things) of which one is another term of the source's aside
    (세미나(확장억제 및 인도·태평양 협력) -> seminar (expanded deterrence and Indo-Pacific
    cooperation): the term rendered otherwise in the aside translated; (외교부 청사 브리핑룸)
    -> (Briefing Room): the aside shortened, the ministry understood); nor is an aside that
    is the term alone, a short name the text defines ((the Claims Agreement)), where the
    draft piece has an aside of its own that renders it in part, or as many asides as the
    source piece: the short name translated (text.news.names_alone), rightly or not."""
    from yongeo.text.news import aside_around, lists_things, names_alone, short_asides

    span = aside_around(text, hit.start, hit.end)
    if span is None:
        return False
    draft = unit.draft.side.text
    if _rival_in_kept_aside(unit, text[span[0] + 1:span[1] - 1], hit):
        return False  # (광복절 경축사, 8. 15.) -> (Independence Day address, 15 Aug)
    if names_alone(text, span, hit.start, hit.end):
        drafted = short_asides(draft[unit.draft.start:unit.draft.end])
        if any(_renders_partly(inner, hit.entry, unit.draft.side.lang) for inner in drafted):
            return False  # (the Claims Agreement) -> (청구권협약): the short name translated
        source = unit.source
        if drafted and len(drafted) >= len(short_asides(text[source.start:source.end])):
            return False  # banner (Rising Sun flag) -> 군기(일장기): every aside translated
    inside = {other.entry.id for other in unit.source.hits if other.entry is not hit.entry
              and span[0] <= other.start and other.end <= span[1]}
    for other in unit.draft.hits:
        if other.entry.id not in inside:
            continue
        around = aside_around(draft, other.start, other.end)
        if around is None:
            continue
        if lists_things(_blanked(draft, *around, unit.draft.hits)):
            return False
    return True


def _rival_in_kept_aside(unit: Unit, aside: str, hit: Hit) -> bool:
    """Whether an aside of the draft piece that translates the source's `aside` holds a
    rival rendering of the hit's entry (lint.outnumbered.rivals_in: Independence Day for
    광복절): the term rendered otherwise there, not left out with the aside. An aside
    translates the source's where it holds one of its numbers (a date's day, a year:
    text.numbers.number_values), or where the two pieces have as many asides. An aside
    translated without the term (외교부 청사 7층 -> 7F) still leaves it to its context."""
    from yongeo.lint.outnumbered import rivals_in
    from yongeo.text.news import short_aside_spans
    from yongeo.text.numbers import number_values

    draft, source = unit.draft, unit.source
    text = draft.side.text
    spans = [(start + draft.start, end + draft.start)
             for start, end in short_aside_spans(text[draft.start:draft.end])]
    values = number_values(aside)
    alike = len(spans) == len(short_aside_spans(source.side.text[source.start:source.end]))
    kept = [(start, end) for start, end in spans
            if alike or values & number_values(text[start:end])]
    if not kept:
        return False
    expected = accepted_terms(hit.entry, draft.side.lang)
    return any(start <= rival_start and rival_end <= end
               for rival_start, rival_end in rivals_in(unit, [hit], expected)
               for start, end in kept)


# How much of an accepted term a draft's aside must share to be its rendering: a Korean
# term's first syllables, or an English term's word of this many letters.
_SHARED_SYLLABLES = 3
_SHARED_LETTERS = 4


def _renders_partly(aside: str, entry: Entry, lang: str) -> bool:
    """Whether a draft's aside renders the entry otherwise: it begins as one of the entry's
    accepted Korean terms does (청구권협약 for 청구권협정) or holds a long word of an English
    one (the Claims Accord for the Claims Agreement)."""
    for term in accepted_terms(entry, lang):
        if lang == "ko":
            solid, wanted = "".join(aside.split()), "".join(term.text.split())
            if len(wanted) > _SHARED_SYLLABLES and \
                    solid[:_SHARED_SYLLABLES] == wanted[:_SHARED_SYLLABLES]:
                return True
        elif {w.lower() for w in aside.split() if len(w) >= _SHARED_LETTERS} & {
                w.lower() for w in term.text.split() if len(w) >= _SHARED_LETTERS}:
            return True
    return False


def _blanked(text: str, start: int, end: int, hits: Iterable[Hit]) -> str:
    """text[start:end] with the hits inside it written as X's (a term's own middle dot or
    comma lists nothing)."""
    chars = list(text[start:end])
    for hit in hits:
        if start <= hit.start and hit.end <= end:
            chars[hit.start - start:hit.end - start] = "X" * (hit.end - hit.start)
    return "".join(chars)


def _as_written(side: Side, hit: Hit) -> tuple[str, int, int]:
    """The text a hit of a working text is written in, as the file or the PO string has it
    (its markup, a hashtag's #, unmasked), and where the hit stands in it."""
    return _written_around(side, hit.start, hit.end)


def _written_around(side: Side, start: int, end: int) -> tuple[str, int, int]:
    """The text the stretch [start, end) of a working text is written in, as the file or the
    PO string has it (unescaped, its markup unmasked), and where the stretch stands in it."""
    if side.shown is not None and side.shown_span is not None:
        return side.shown, *side.shown_span(start, end)
    return side.file.text, *side.span(start, end)


def _written_apart(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean draft writes the words of one of a missing term's accepted Korean
    forms in order with a few words between (수산물에 대한 한국의 수입 규제 for 수산물 수입
    규제: text.korean.written_apart): the term, with a modifier's phrase written into it."""
    from yongeo.text.korean import written_apart

    hits = hits_of(unit.source, finding)
    return bool(hits) and any(written_apart(text, term.text)
                              for term in accepted_terms(hits[0].entry, "ko"))


def _home_owner(unit: Unit, finding: Finding) -> bool:
    """Whether a missing country is the draft language's own (Korea for a Korean draft:
    text.places.home_country) and either, at every source hit, only says whose body the name
    beside it is (the Korea Coast Guard, Korea's Interior Ministry, the Supreme Court of
    Korea, Ministry of Foreign Affairs, Republic of Korea: text.english.owns_body) or whose
    act or stance (Korea's accession: text.english.owns_as_possessive), which a translation
    into the country's own language names without it (해양경찰청, 행정안전부, 대법원, CPTPP
    가입), or the draft names its own country
    without its name (우리는, 우리 땅, 국내: text.korean.names_home_implicitly); unless,
    where not every hit is a word of a body's name (the Korea Heritage Service, the Supreme
    Court of Korea: its Korean name renders it, whatever else the draft names; not Korea's
    National Assembly, a possessive), the draft names another country more often than the
    source does."""
    from yongeo.text.english import owns_as_possessive, owns_body
    from yongeo.text.korean import names_home_implicitly
    from yongeo.text.places import countries_in, country_code, home_country

    home = home_country(unit.draft.side.lang)
    if home is None or finding.en is None or country_code(finding.en) != home:
        return False
    source, draft = unit.source, unit.draft
    text = draft.side.text[draft.start:draft.end]
    if every_hit(unit, finding, lambda source_text, hit: owns_body(
            source_text, hit.start, hit.end) and not source_text.startswith(
            ("'s", "’s"), hit.end)):
        return True  # the Korea Heritage Service -> 국가유산청: the body's own name
    if not (every_hit(unit, finding, lambda source_text, hit: owns_body(
            source_text, hit.start, hit.end) or owns_as_possessive(source_text, hit.end))
            or names_home_implicitly(text)):
        return False
    before = countries_in(source.side.text[source.start:source.end], source.side.lang)
    after = countries_in(text, draft.side.lang)
    return all(count <= before[code] for code, count in after.items() if code != home)


def _by_country(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean draft names the country whose capital is the missing place, where
    the capital stands for its government (welcomed in Seoul -> 한국 정부는 환영했다:
    text.places.names_country_of_capital); not where the draft names another country's
    capital more times than the source does (For Seoul -> 도쿄로서는: the capital put in the
    missing one's place, whatever 한국 the paragraph holds besides)."""
    from yongeo.text.places import names_country_of_capital

    return (finding.en is not None and finding.ko is not None
            and names_country_of_capital(text, finding.en, finding.ko)
            and not capitals_put(unit, finding.en))


def _as_its_people(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing place names whose people they are (the people
    of Japan: text.places.names_people_of) and the Korean draft says 국민, which names them
    with their country left to context."""
    from yongeo.text.places import names_people_of, renders_people

    return renders_people(text) and every_hit(
        unit, finding, lambda source, hit: names_people_of(source, hit.start, hit.end))


def _places_named(unit: Unit) -> list[str]:
    """The places the draft piece names, as written (its hits of place entries)."""
    return [hit.found for hit in unit.draft.hits if hit.entry.type == EntryType.PLACE.value]


def _by_korean_head(finding: Finding, text: str, places: Iterable[str] = (),
                    whole: str = "") -> bool:
    """Whether a Korean draft `text` refers to a missing term by the head of its Korean
    compound right after a determiner, or after a determiner and one of the `places` the
    draft names (이번 회담은, 이번 나라 회담 for *the summit*, *the Nara summit*, 정상회담
    once named: text.korean.refers_by_head), or, for an event whose term the draft's
    `whole` text (given for events only) names in full, by its head alone opening a clause
    or after a particle (회담 결과는: text.korean.head_stands_alone), as an English draft
    refers to a body by its head noun
    (_by_head_noun); not where the draft writes the compound's first part with another
    head (한일 공동성명 for 한일 공동선언: text.korean.sibling_compound) or the head onto
    another first part (배상협정 for 청구권협정: text.korean.cousin_compound), which the
    determiner then refers back to."""
    from yongeo.text.korean import (
        cousin_compound,
        head_stands_alone,
        names_participants,
        refers_by_head,
        sibling_compound,
    )

    term = finding.ko or ""
    # Once named in full in the draft, or its participants named in the piece (양 정상은,
    # 대통령께서), an event is referred back to by its head alone, as Korean does without a
    # determiner (회담 결과는).
    return any((refers_by_head(text, head, places)
                or (bool(term) and whole and (term in whole or names_participants(
                    text, term, head)) and head_stands_alone(text, head)))
               and not sibling_compound(text, term, head)
               and not cousin_compound(text, term, head)
               for head in compound_heads(term, _frequent_korean))


def _by_its_capitals(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether an English term that names countries by their capitals (relations between
    Seoul and Tokyo) is rendered in the Korean draft `text` with those capitals and the head
    its Korean term has after the pair of countries (서울과 도쿄의 관계 for 한일관계): the
    translation keeps the source's capitals, as the term does."""
    from yongeo.text.places import english_places_in

    if not finding.ko:
        return False
    head = _after_country_pair(finding.ko)
    if head is None:
        return False
    for hit in hits_of(unit.source, finding):
        places = english_places_in(hit.found)
        if len(places) < 2:
            return False
        last = max((text.rfind(place) for place in places), default=-1)
        if min(text.find(place) for place in places) < 0 or head not in text[last:last + 20]:
            return False
    return True


def _after_country_pair(term: str) -> str | None:
    """What a Korean term has after the short forms of a pair (or three) of countries it
    opens with (관계 of 한일관계, 협력 of 한·일 협력); None for a term that opens otherwise."""
    from yongeo.text.korean import COUNTRY_SHORT_FORMS, MIDDLE_DOTS

    shorts = set(COUNTRY_SHORT_FORMS.values())
    word = "".join(c for c in term if c not in MIDDLE_DOTS)
    count = 0
    while count < len(word) and word[count] in shorts:
        count += 1
    rest = word[count:].strip()
    return rest if count >= 2 and len(rest) >= 2 else None


def _body_of_country_named(unit: Unit, finding: Finding) -> bool:
    """Whether an English source's short name of a body, which the name of another entry of
    the kind holds (the Foreign Ministry in Japanese Foreign Ministry), is rendered by that
    entry in the Korean draft (외무성), in sentences that name that entry's country (Japan,
    Japanese, Tokyo: text.places.owner_countries, english_places_in) or a place of that
    country in the gazetteer (Kasumigaseki: text.gazetteer.places_named) and not Korea:
    English leaves whose ministry it is to its context, and the translation said it."""
    from yongeo.text.gazetteer import places_named
    from yongeo.text.places import (
        country_before,
        country_of_korean,
        english_places_in,
        korean_country_names,
        owned_after,
        owner_countries,
        place_key,
    )
    from yongeo.text.sentences import sentence_spans

    source, draft = unit.source, unit.draft
    if draft.side.lang != "ko" or source.side.lang != "en":
        return False
    hits = hits_of(source, finding)
    if not hits:
        return False
    entry = hits[0].entry
    korea = place_key("한국")
    countries = {place_key(country) for hit in draft.every
                 if hit.entry.id != entry.id and hit.entry.type == entry.type
                 and holds_names(entry, hit.entry)
                 for term in accepted_terms(hit.entry, "en")
                 for country in owner_countries(term.text)}
    if not countries or korea in countries:
        return False
    text = source.side.text
    sentences = sentence_spans(text, source.start, source.end)
    for hit in hits:
        if country_before(text, hit.start) or owned_after(text, hit.end):
            return False  # its country said (... of the Republic of Korea): not left to context
        start, end = next(((s, e) for s, e in sentences if s <= hit.start < e),
                          (source.start, source.end))
        named = {place_key(country) for place in english_places_in(text[start:end])
                 for country in country_of_korean(place)}
        # A place of the other country in the gazetteer (Kasumigaseki) names it too; one of
        # Korea's there (Dokdo, claimed by Japan) names no owner of the body.
        named.update(countries.intersection(
            place_key(country) for _s, _e, place in places_named(text[start:end], "en")
            for country in korean_country_names(place.country)))
        if not named & countries or korea in named:
            return False
    return True


def _country_body(unit: Unit, finding: Finding) -> bool:
    """Whether the source names a country's body with the term's short form (the Russian
    Foreign Ministry, Japan's Defense Ministry, the Supreme Court of Japan, the DPRK Foreign
    Ministry: text.places.country_before, country_after; *its* after another country named
    in the sentence: North Korea ... its defense ministry, text.places.country_of_its) and the
    draft names that country: the glossary's rendering is one country's body (외교부), and
    the draft another's (러시아 외무부, 일본 방위성), which it cannot tell apart. Not the
    entry's own country (South Korea's Ministry of Foreign Affairs, 외교부's: a body whose
    names say no country is Korea's, _own_countries): the draft's 대한민국 통일부 is then
    another body of that country."""
    from yongeo.text.places import KOREA_NAMES, country_after, country_before, country_of_its
    from yongeo.text.sentences import sentence_around

    source, draft = unit.source, unit.draft
    text = draft.side.text[draft.start:draft.end]
    hits = hits_of(source, finding)
    own = _own_countries(hits[0].entry) if hits else frozenset()
    for hit in hits:
        country = (country_before(source.side.text, hit.start)
                   or country_after(source.side.text, hit.end))
        if country is not None and country in text and country not in own:
            return True
        begin, _stop = sentence_around(source.side.text, hit.start, source.start, source.end)
        owners = country_of_its(source.side.text, hit.start, begin)
        if owners and not owners & KOREA_NAMES and any(name in text for name in owners):
            return True  # North Korea ... its defense ministry -> 북한 ... 국방성
    return False


def _own_countries(entry: Entry) -> frozenset[str]:
    """The Korean names of the country whose body an entry is: the countries its English
    names say (Japanese Ministry of Foreign Affairs: text.places.owner_countries), Korea's
    names where they say none (Ministry of Foreign Affairs, 외교부)."""
    from yongeo.text.places import KOREA_NAMES, owner_countries, place_key

    owners = {country for term in entry.terms if term.lang == "en"
              for country in owner_countries(term.text)}
    if not owners:
        return KOREA_NAMES
    keys = {place_key(country) for country in owners}
    return frozenset(owners) | (KOREA_NAMES if place_key("한국") in keys else frozenset())


def _holder_named(unit: Unit, finding: Finding) -> bool:
    """Whether the draft names, or refers by a pronoun to, the person the source gives the
    missing title to, where that person is in no glossary entry: the title stands right
    before a capitalised name (President George W. Bush's, Syrian President Bashar Assad),
    and the draft has a Hangul word that writes the name's last word (부시의, 아사드는:
    text.loanword.name_written_in) or a romanised Korean name's Hangul (Moon Jae-in: 문재인
    정부에서, text.korean_names.korean_name_readings) with no other Korean title right after
    it (text.titles.title_after_name: 부시 총리 is the title replaced), or a third-person
    pronoun (그는)."""
    from yongeo.text.korean import word_spans
    from yongeo.text.korean_names import korean_name_readings
    from yongeo.text.loanword import name_written_in
    from yongeo.text.titles import name_after, title_after_name

    source, draft = unit.source, unit.draft
    own = (finding.ko or "").replace(" ", "")
    written = draft.side.text[draft.start:draft.end]
    for hit in hits_of(source, finding):
        name = name_after(source.side.text, hit.end)
        if name is None:
            continue
        if refers_by_pronoun(written):
            return True
        # A romanised Korean name by its Hangul (Moon Jae-in: 문재인), read first: its given
        # name alone may sound like any word (Jae-in).
        readings = korean_name_readings(name_after(source.side.text, hit.end, whole=True)
                                        or name)
        if readings:
            end = next((draft.start + found for reading in readings
                        for _start, found in word_spans(written, reading)), None)
        else:
            end = name_written_in(draft.side.text, draft.start, draft.end, name)
        if end is not None:
            title = title_after_name(draft.side.text, end)
            return title is None or own.endswith(title)
    return False


def _other_title(unit: Unit, finding: Finding) -> bool:
    """Whether the draft gives the person a missing title belongs to another title: the
    source writes the title beside a person of the glossary (Prime Minister Gordon Brown;
    Wi Sung-lac, head of ...: title_holders), and the draft writes a different Korean title
    right after that person's name (고든 브라운 영국 대통령, 위성락 안보실 차장:
    text.titles.title_after_name). Then the title was replaced, not left out beside the
    name."""
    from yongeo.text.titles import title_after_name

    source, draft = unit.source, unit.draft
    people = title_holders(source, finding)
    if not people:
        return False
    own = (finding.ko or "").replace(" ", "")
    for hit in draft.hits:
        if hit.entry.id in people:
            title = title_after_name(draft.side.text, hit.end)
            if title is not None and not own.endswith(title):
                return True
            body = _BODY_BEFORE_TITLE.match(draft.side.text, hit.end)
            if (title is not None and body is not None and body.group(2).startswith(title)
                    and body.group(1) not in own):
                return True  # 조현 통일부 장관 for 외교부 장관: another body's minister
    return False


# A body's name (a word ending as bodies do: 통일부, 국가안보실) and the word after it, right
# after a person's name (조현 통일부 장관).
_BODY_BEFORE_TITLE = regex.compile(r"[ \t]+([\uac00-\ud7a3]+[부처청원실])[ \t]+([\uac00-\ud7a3]+)")


# A number or a placeholder that stands for one (%d, %'d, %(count)s, {n}, %1) before the
# word it counts, in the source as a reader sees it.
_NUMBER_BEFORE = regex.compile(
    r"(%[-#0 +']*(?:\(\w+\))?\d*(?:\.\d+)?[hlLqjzt]*[diouxXs]|%\d+|\{\w*\}|\d[\d,.]*)"
    r"[ \t\u00a0]+$")


def _by_the_bereaved(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether persons the English source names, at every hit, as those whose families
    something is (victims' families: text.english.families_of) are left to the Korean word
    for the families of the dead (유족: text.korean.names_the_bereaved), which says whose
    they are."""
    from yongeo.text.english import families_of, names_persons
    from yongeo.text.korean import names_the_bereaved

    if unit.source.side.lang != "en" or not (finding.en and names_persons(finding.en)):
        return False
    return names_the_bereaved(text) and every_hit(
        unit, finding, lambda source_text, hit: families_of(source_text, hit.start, hit.end))


def _by_what_befell(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether persons the glossary names by a Korean noun made with 자 (者) on another noun
    (피해자, 희생자: text.korean.person_root) are rendered by that noun alone (the families of
    forced mobilization victims -> 강제동원 피해 가족; the 85th anniversary of the victims'
    deaths -> 희생 85주기: text.korean.names_by_root): Korean lets what befell them stand for
    the persons, as English does not."""
    from yongeo.text.korean import names_by_root, person_root

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    roots = {person_root(term.text) for term in accepted_terms(hits[0].entry, "ko")}
    return any(root is not None and names_by_root(text, root) for root in roots)


def _owner_in_sentence(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean term of a country and a noun (일본 외교 for Japanese diplomacy) is
    rendered by its noun with no country before it, in a sentence of the draft that names
    that country elsewhere (조선과의 외교와 교역을 도맡았고, 섬은 ... 일본 땅이었다): Korean
    leaves a thing's owner to the sentence that names it, as English does not."""
    from yongeo.text.korean import word_spans
    from yongeo.text.places import (
        is_korean_country,
        korean_country_before,
        korean_places_in,
        place_key,
    )
    from yongeo.text.sentences import sentence_spans

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    draft = unit.draft
    whole = draft.side.text
    for term in accepted_terms(hits[0].entry, "ko"):
        words = term.text.split()
        if len(words) != 2 or not is_korean_country(words[0]):
            continue
        country, head = place_key(words[0]), words[1]
        for start, end in sentence_spans(whole, draft.start, draft.end):
            sentence = whole[start:end]
            heads = [at for at, _end in word_spans(sentence, head)
                     if korean_country_before(sentence, at) is None]
            if heads and any(place_key(name) == country
                             for name in korean_places_in(sentence)):
                return True
    return False


def _anniversary_counted(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a holiday named with 절 (광복절) is rendered by its event's noun and a count
    of years (광복 81주년, 광복 20년 만에: text.korean.anniversary_years) that the source's
    text holds as a number, in digits or words (the 81st Liberation Day, twenty years after
    Liberation Day: text.numbers.counted_values)."""
    from yongeo.text.korean import anniversary_years
    from yongeo.text.numbers import counted_values

    hits = hits_of(unit.source, finding)
    if not hits:
        return False
    counts = {count for term in accepted_terms(hits[0].entry, "ko")
              for count in anniversary_years(text, term.text)}
    source = unit.source
    return bool(counts) and bool(
        counts & counted_values(source.side.text[source.start:source.end]))


# What joins persons to what befell them: victims of forced mobilization.
_OF_WHAT = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _victims_by_predicate(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether persons the English source names, at every hit, by what befell them, another
    term of the source after of (a victim of forced mobilization: text.english.names_persons),
    are told in the Korean draft by that term made a predicate (강제동원된 아버지:
    text.korean.tells_by_predicate), as Korean says what befell someone."""
    from yongeo.text.english import names_persons
    from yongeo.text.korean import tells_by_predicate

    if unit.source.side.lang != "en" or not (finding.en and names_persons(finding.en)):
        return False
    starts = {hit.start: hit for hit in unit.source.hits}

    def befell(source_text: str, hit: Hit) -> bool:
        joined = _OF_WHAT.match(source_text, hit.end)
        after = starts.get(joined.end()) if joined else None
        return after is not None and after.entry.id != hit.entry.id and any(
            tells_by_predicate(text, "".join(term.text.split()))
            for term in accepted_terms(after.entry, "ko"))

    return every_hit(unit, finding, befell)


def _other_sense_written(unit: Unit, finding: Finding) -> bool:
    """Whether an English source's word for a missing term has another sense than the term's,
    which the Korean draft piece writes as often as the source writes the word (a mountain's
    summit -> 산 정상; the remains of a guesthouse -> 유구: text.senses), read as written
    (a PO string unescaped), with the characters in brackets that lint masks (정상(頂上)에
    오른); not a title the source gives a person of the glossary, who holds it in its
    sense (President Lee Jae-myung -> 이재명 총장님 is a wrong title)."""
    from yongeo.text.senses import has_other_senses, other_senses_written

    if unit.source.side.lang != "en":
        return False
    hits = hits_of(unit.source, finding)
    if not hits or not all(has_other_senses(hit.found) for hit in hits):
        return False  # most terms: no other sense listed, and the draft is not read again
    if hits[0].entry.type == EntryType.TITLE.value and title_holders(unit.source, finding):
        return False  # President Lee Jae-myung: the glossary's person holds the term's sense
    text_as_written, start, end = _written_around(unit.draft.side, unit.draft.start,
                                                  unit.draft.end)
    written = unicodedata.normalize("NFC", text_as_written[start:end])
    return len(hits) <= min(other_senses_written(hit.found, written) for hit in hits)


def _counted_alone(unit: Unit, finding: Finding) -> bool:
    """Whether a missing term is a thing its source counts (%d items, 3 files) and the draft
    counts the same number with a counter alone (%d개를, 3개 이상): Korean leaves what is
    counted to the context, which names it no more than a pronoun would. Not where a noun
    stands right before the number in the draft (파일 %d개): that one names the thing."""
    source, draft = unit.source, unit.draft
    shown, span = _as_shown(source)
    draft_shown, draft_span = _as_shown(draft)
    low, high = draft_span(draft.start, draft.end)  # the draft piece, in what is shown
    for hit in hits_of(source, finding):
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
    (파일 %d개): one that ends in no particle, or a person's noun (생존자 %d명, whose 자 no
    particle reading takes away: text.korean.names_person)."""
    from yongeo.text.korean import names_person

    before = text[low:at].rstrip()
    if not before or not is_syllable(before[-1]):
        return False
    word = before.split()[-1]
    return len(strip_particles(word)) == 1 or names_person(word)


def _frequent_korean(word: str) -> bool:
    from yongeo.text.frequency import is_frequent  # wordfreq's lists load on first use
    return is_frequent(word, "ko")


def _has_word(text: str, word: str) -> bool:
    """Whether `word` starts a word of `text` (particles may follow it)."""
    return words_starting(text, word, 1) > 0


# A capitalised word right after a title: the name it is given to (President Park).
_NAME_AFTER = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\-])")
_HANGUL_RUN = regex.compile(r"[\uac00-\ud7a3]+")
# How alike (0-100, text.romanize.sounds_alike) a Hangul word sounds to a romanised name for
# the one to write the other (Matsumoto, 마쓰모토: 80; 마쓰다: 67).
_SOUNDS_ALIKE = 80


def _titled_otherwise(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether every source hit of a missing title stands before a romanised Korean family
    name (President Park, President Ham Kyung-rok: text.korean_names.FAMILY_NAMES), or a
    name of another language the draft writes in a Hangul word that sounds like it
    (President Matsumoto -> 마쓰모토 사장은: text.romanize.sounds_alike), that the Korean
    draft writes, alone or with a given name, with another title after it (박 원장은,
    함경록 회장: text.titles.title_after_name): the title word names
    that person's own office (an institute's president), which the draft gives its own
    Korean title. A name of another language takes the title of a body's head only
    (text.titles.BODY_HEAD_TITLES: 마쓰모토 사장, not 부시 총리). Not a person of the glossary
    (President Lee is 이재명 대통령)."""
    from yongeo.text.korean_names import FAMILY_NAMES
    from yongeo.text.romanize import sounds_alike
    from yongeo.text.titles import BODY_HEAD_TITLES, title_after_name

    source = unit.source.side.text
    hits = hits_of(unit.source, finding)
    own = {term.text for hit in hits[:1] for term in hit.entry.terms if term.lang == "ko"}

    def titled(surname: str) -> bool:
        # A name of another language (President Matsumoto -> 마쓰모토 사장은): a Hangul word
        # that sounds like it, then the title of a body's head, no state's office.
        if any(sounds_alike(surname, run.group()) >= _SOUNDS_ALIKE
               and title_after_name(text, run.end()) in BODY_HEAD_TITLES
               for run in _HANGUL_RUN.finditer(text)):
            return True
        for hangul in FAMILY_NAMES.get(surname.lower(), ()):
            at = text.find(hangul)
            while at != -1:
                end = at + len(hangul)
                # The family name alone (박 원장) or with a given name of one or two
                # syllables written onto it (함경록 회장).
                run = _HANGUL_RUN.match(text, at)
                ends = (end, run.end()) if run and 0 < run.end() - end <= 2 else (end,)
                if (at == 0 or not is_syllable(text[at - 1])) and any(
                        (title := title_after_name(text, name_end)) is not None
                        and title not in own for name_end in ends):
                    return True
                at = text.find(hangul, end)
        return False

    persons = {h.start for h in unit.source.every if h.entry.type == EntryType.PERSON.value}
    return bool(hits) and all(
        (name := _NAME_AFTER.match(source, hit.end)) is not None
        and name.start(1) not in persons and titled(name.group(1))
        for hit in hits)


def _as_body_head(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean draft gives the missing title as the head of a body (회장, 총장, 원장:
    text.titles.BODY_HEAD_TITLES, particles or 님 after it) where the source piece names a
    body (text.english.names_a_body), no place follows the title (President of Korea) and
    the source gives it to no person of the glossary (title_holders): English calls an
    association's, a university's or an institute's head President too (President, members
    of the faculty, students of Waseda University -> 총장님; President (JKPU) -> 회장), a
    title the state's office does not share."""
    from yongeo.text.english import names_a_body
    from yongeo.text.places import place_after_of
    from yongeo.text.titles import BODY_HEAD_TITLES

    if title_holders(unit.source, finding):
        return False  # President Lee: the state's
    source = unit.source
    words = source.side.text[source.start:source.end]
    hits = hits_of(source, finding)
    if not hits or any(place_after_of(source.side.text, hit.end) for hit in hits):
        return False  # Kim, President of Korea
    if not names_a_body(words):
        return False  # For our people / President: no body named, the state's
    return any(form in BODY_HEAD_TITLES for word in _HANGUL_RUN.findall(text)
               for form in strip_particles(word))  # 총장님, 회장은: 님 is a particle too


def _title_by_head(unit: Unit, finding: Finding, text: str) -> bool:
    """Whether a Korean draft names a title by the head of its Korean compound (Senator
    Obama -> 오바마 의원), a head that renders no word of the source's own: where the source
    writes the title's English head word outside the title (paid researchers beside visiting
    researchers) as often as the draft writes the Korean head (유급 연구원 beside 객원교수),
    the head renders that word."""
    heads = [head for head in compound_heads(finding.ko, _frequent_korean)
             if _has_word(text, head)]
    words = finding.en.lower().split()
    if not heads or len(words) < 2:
        return bool(heads)
    source = unit.source.side.text[unit.source.start:unit.source.end]
    head = regex.escape(words[-1]) + r"(?:s|es)?"
    alone = len(regex.findall(r"(?i)(?<![\p{L}\-])" + head + r"(?![\p{L}\-])", source)) - len(
        regex.findall(r"(?i)(?<![\p{L}\-])" + r"[ \t\n]+".join(map(regex.escape, words[:-1]))
                      + r"[ \t\n]+" + head + r"(?![\p{L}\-])", source))
    return any(words_starting(text, korean, alone + 1) > alone for korean in heads)
