"""A term the draft renders fewer times than its source names it, with a rival rendering
beside the right one: Liberation Day once and Independence Day for the other 광복절; 인적
교류 once and 인문 교류 for the other; Tsushima once and Daemado (the Korean name spelt out)
for the other. A draft that renders a term at all is otherwise taken to render it: English
and Korean both leave a repeated term to a pronoun or to context, so a count alone says
nothing; a rival rendering of the term's own shape says which occurrence went astray."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from yongeo.glossary.model import Entry, EntryType, Status, Term
from yongeo.i18n import _
from yongeo.lint.findings import Finding
from yongeo.lint.replaced import (
    NAMES,
    accepted_terms,
    capitals_put,
    gazetteer_places_put,
    holds_names,
)
from yongeo.lint.rules import MISSING, Policy
from yongeo.lint.units import Piece, Unit
from yongeo.match import Hit
from yongeo.patterns import lazy
from yongeo.text.english import rival_names
from yongeo.text.korean import is_syllable, rival_compounds


def outnumbered(unit: Unit, source_hits: list[Hit], drafted: list[Hit],
                expected: tuple[Term, ...], policy: Policy) -> list[Finding]:
    """term.missing at a rival rendering when the draft piece holds fewer accepted
    renderings of an entry than its source piece has hits of it in sense (`source_hits`,
    `drafted`: the entry's hits on either side) and a rival stands in the draft: another
    name of the term's shape (text.english.rival_names), another modifier before a Korean
    term's head (text.korean.rival_compounds), or the Korean source name spelt out in Latin
    letters, where no glossary term stands. A rendering inside a longer one of the same
    entry or of another (Foreign Ministry in the Japanese Foreign Ministry) is that one, and
    so is a name glossing the one before it in brackets or in apposition (places); a
    title's holder named as someone's counterpart holds the title again (_counterparts, in
    an English draft, and in an English source naming no other title)."""
    # Not a term inside another entry's longer name (Foreign Ministry in the Japanese
    # Foreign Ministry).
    inside = _inside_longer([(hit.start, hit.end) for hit in unit.draft.hits
                             if hit.entry is not source_hits[0].entry])
    accepted = [hit for hit in drafted if hit.term.status is not Status.DEPRECATED
                and not inside(hit.start, hit.end)]
    rendered = places(unit.draft.side.text, accepted)
    occurrences = places(unit.source.side.text, source_hits)
    if source_hits[0].entry.type == EntryType.TITLE.value and _only_title(unit, source_hits):
        occurrences += _counterparts(unit.source)  # his Japanese counterpart: the title again
    if accepted and source_hits[0].entry.type == EntryType.TITLE.value:
        rendered += _counterparts(unit.draft)  # his South Korean counterpart: the title again
    if not accepted or rendered >= occurrences:
        return []
    side = unit.draft.side
    rivals = rivals_in(unit, source_hits, expected)
    if not rivals:
        return []
    start, end = rivals[0]
    found = side.text[start:end]
    first = source_hits[0]
    line, _column = unit.source.position(first.start)
    message = _("'{term}' (source line {line}) is translated as '{translation}' {found} of "
                "{count} times; '{rival}' stands for it once").format(
        term=first.found, line=line, translation=accepted[0].found, found=rendered,
        count=occurrences, rival=found)
    return [side.file.finding(MISSING.id, policy.severity(MISSING.id), start, end, message,
                              entry=first.entry, found=found, suggestion=expected[0].text,
                              span=side.span)]


def _counterparts(piece: Piece) -> int:
    """How many times an English piece names a title's holder as someone's counterpart
    (Foreign Minister Motegi and his South Korean counterpart, Cho Hyun, for 외무상 and 외교부
    장관: text.english.counterparts): the title, named once, given again; 0 for Korean."""
    from yongeo.text.english import counterparts

    return counterparts(piece.side.text, piece.start, piece.end) if (
        piece.side.lang == "en") else 0


def _only_title(unit: Unit, source_hits: list[Hit]) -> bool:
    """Whether the source piece names no title of the glossary but the hits' entry: the one
    a counterpart holds."""
    entry = source_hits[0].entry
    return all(hit.entry is entry for hit in unit.source.hits
               if hit.entry.type == EntryType.TITLE.value)


def places(text: str, hits: list[Hit]) -> int:
    """How many places of a text the hits name their entry at: a hit inside a longer one
    (Claims Agreement in Korea-Japan Claims Agreement; two terms finding one place) is that
    one, and so is a name that glosses the one right before it, in brackets or in
    apposition (하시마섬(군함도); Mindan, the Korean Residents Union in Japan)."""
    count, reach = 0, -1
    for start, end in sorted({(hit.start, hit.end) for hit in hits}):
        joined = reach >= 0 and (start < reach or _APPOSED.fullmatch(text, reach, start))
        reach = max(reach, end)
        if not joined:
            count += 1
    return count


# What stands between a name and another of its names that glosses it: a bracket, or a
# comma or a dash and the article (Mindan, the Korean Residents Union in Japan).
_APPOSED = lazy(r"[ \t]*(?:[(（]|[,—–][ \t]*(?:the[ \t]+)?)[ \t]*")


def rivals_in(unit: Unit, source_hits: list[Hit], expected: tuple[Term, ...],
              gazetteer: bool = True) -> list[tuple[int, int]]:
    """The rival renderings of the source hits' entry in the draft piece (offsets into the
    draft's working text), in order: where no glossary term stands, not mentioned as a
    name (the island Koreans call Daemado: text.mention.mentioned) unless the source names
    the entry's own term so and the rival is of the term's shape (흔히 청구권협정이라고
    부르죠 -> usually called the Reparations Agreement: the draft names another in its
    place; a Korean name spelt out is the source's own, '대마도'로 써도 -> the name Daemado
    may be used), not a gloss in brackets
    beside a rendering of the entry (Tsushima (Daemado), as its source writes 쓰시마(대마도):
    the source's own second name for it, text.mention.glossed), and not the proper part
    of another body's name (7th Regional Coast Guard Headquarters, a unit of the Japan Coast
    Guard: text.english.heads_organization_name) nor the start of a longer name (Japanese
    Minister for Foreign Affairs: text.english.takes_complement); for a place, a word of
    like spelling (Fukuoka for Fukushima: text.places.lookalike_places) or, with
    `gazetteer`, another place of its country in the gazetteer (_gazetteer_rivals); nor a
    word the Korean
    source writes in Hangul (프레스센터, the press center: _transcribed), nor in a Korean draft
    the term's pair of countries the other way round in a quotation (_speakers_order)."""
    from yongeo.text.english import heads_organization_name, takes_complement
    from yongeo.text.mention import glossed, mentioned

    draft = unit.draft
    text = draft.side.text[draft.start:draft.end]
    entry_id = source_hits[0].entry.id
    # Where another glossary term stands, no rival; in a Korean draft, unless the source
    # names no such thing (수산물 수출 규제 holds export controls' 수출 규제, which a source on
    # imports never names). An English rival may hold a name the source writes otherwise
    # (Korea Coast Guard for 해양경찰청, no entry of the glossary, holds Korea).
    # In an English draft, a term of another entry of the missing one's kind that the
    # source does not name is a rival too (Minister of Unification Cho Hyun for 조현 외교부
    # 장관, beside Foreign Minister Motegi for 외무상).
    named = {hit.entry.id for hit in unit.source.every}
    kind = source_hits[0].entry.type
    taken = [(hit.start - draft.start, hit.end - draft.start) for hit in draft.every
             if hit.entry.id in named or (draft.side.lang == "en" and hit.entry.type != kind)]
    rendered = {hit.found for hit in draft.every if hit.entry.id == entry_id}
    source = unit.source.side.text
    # A source that names the term as a word has a rival named so in the draft (usually
    # called the Reparations Agreement), unless it names a deprecated form of it as a word
    # too, which the draft's word renders ('조선반도'라고 쓰지 않는다 -> do not write Joseon
    # Peninsula).
    names_term = any(hit.term.status is not Status.DEPRECATED
                     and mentioned(source, hit.start, hit.end) for hit in source_hits) and \
        not any(hit.term.status is Status.DEPRECATED and mentioned(source, hit.start, hit.end)
                for hit in source_hits)
    lang = draft.side.lang
    shaped = _shaped_rivals(lang, expected, text, complements=not (
        lang == "en" and _other_body_named(unit, source_hits)))
    spelt = spelt_out_names(source_hits, text, source) if (
        lang == "en" and source_hits[0].entry.type in NAMES) else []
    if lang == "en" and source_hits[0].entry.type == EntryType.PLACE.value and \
            unit.source.side.lang == "ko":
        from yongeo.text.places import lookalike_places

        spelt += lookalike_places(text, [term.text for term in expected], unit.source.side.text[
            unit.source.start:unit.source.end])
    if gazetteer:
        spelt += _gazetteer_rivals(unit, source_hits[0].entry)
    headed = (_head_rivals(unit, source_hits) + _modifier_rivals(unit, source_hits)
              + _kin_rivals(unit, source_hits))
    sentenced = (_sentence_rivals(unit, source_hits) + _capital_rivals(unit, source_hits)
                 + _title_rivals(unit, source_hits))
    return sorted((start + draft.start, end + draft.start)
                  for start, end in shaped + spelt + headed + sentenced
                  if ((start, end) in sentenced
                      or not any(s < end and start < e for s, e in taken))
                  and ((names_term and (start, end) in shaped)
                       or not mentioned(text, start, end))
                  and not glossed(text, start, end, rendered)
                  and not (lang == "en" and (heads_organization_name(text, end)
                                             or takes_complement(text, end)))
                  and not _titles_another(unit, source_hits[0].entry, end + draft.start)
                  and not (lang == "en" and _transcribed(unit, text[start:end],
                                                         source_hits[0].entry))
                  and not (lang == "ko" and _speakers_order(text, start, end, expected)))


def _gazetteer_rivals(unit: Unit, entry: Entry) -> list[tuple[int, int]]:
    """For a place the gazetteer holds (text.gazetteer: Osaka, Tsushima), the gazetteer's
    other places of its country that the draft piece names more times than its source does
    (lint.replaced.gazetteer_places_put; offsets into the draft piece): Kobe for the second
    Osaka, Iki for one of two 쓰시마. Not for a country, whose cities stand for it, nor a
    place of another country (Gyeongju for 우리 시 beside Nara). For a place it does not
    hold whose name says its kind (the East Sea: text.gazetteer.kind_of_name), its places of
    that kind (the Yellow Sea for one of three 동해). For a body, the gazetteer's bodies of
    its name in another country (_gazetteer_bodies)."""
    from yongeo.text.gazetteer import find_place, kind_of_name

    if entry.type == EntryType.ORGANIZATION.value:
        return _gazetteer_bodies(unit, entry)
    if entry.type != EntryType.PLACE.value:
        return []
    place = find_place(entry.en or "")
    draft = unit.draft
    if place is not None:
        put = gazetteer_places_put(unit, entry.en, place.country)
    elif kind_of_name(entry.en or ""):
        put = gazetteer_places_put(unit, entry.en, kind=kind_of_name(entry.en or ""))
    else:
        return []
    return [(start - draft.start, end - draft.start) for start, end in put]


def _gazetteer_bodies(unit: Unit, entry: Entry) -> list[tuple[int, int]]:
    """For a body, the gazetteer's bodies of the same name but for their country (the Korea
    Coast Guard, 해양경찰청, for the Japan Coast Guard: text.places.without_countries) that
    the draft piece names, at a word's start and not as its own country's (우리, 한국의),
    more times than its source names them (offsets into the draft piece): one country's body
    put for the other's."""
    from yongeo.text.gazetteer import gazetteer
    from yongeo.text.korean import word_starts
    from yongeo.text.places import without_countries

    own = {without_countries(term.text) for term in accepted_terms(entry, "en")}
    own.discard("")
    draft, source = unit.draft, unit.source
    if not own or draft.side.lang != "ko":
        return []
    text = draft.side.text[draft.start:draft.end]
    named = source.side.text[source.start:source.end]
    out = []
    for body in gazetteer():
        if body.kind != "organization" or body.korean not in text or own.isdisjoint(
                map(without_countries, body.english)):
            continue
        # Not one the draft calls its own country's (우리 해양경찰청: our own Maritime Police
        # Agency, a name the gazetteer may not hold).
        spans = [(at, at + len(body.korean)) for at in word_starts(text, body.korean)
                 if not _OURS_BEFORE.search(text, max(0, at - 8), at)]
        if spans and len(spans) > sum(named.count(name) for name in body.english):
            out += spans
    return out


# 우리 (our) or 우리나라/한국 and a possessive, right before a body's name: the draft's own
# country's body, named as its own.
_OURS_BEFORE = lazy(r"(?<![\uac00-\ud7a3])(?:우리|우리나라|한국)(?:의)?[ \t]+$")


def _capital_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """For a capital, the capitals of other countries the draft piece names more times than
    its source does (lint.replaced.capitals_put; offsets into the draft piece): one stands
    where the capital stood for its government (Tokyo is counting on Seoul -> 워싱턴이 ...
    서울)."""
    draft = unit.draft
    return [(hit.start - draft.start, hit.end - draft.start)
            for hit in capitals_put(unit, source_hits[0].entry.en or "")]


def _kin_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """In a Korean draft, the same body of another country, where the source names none:
    a glossary entry of the term's kind whose English name holds the term's or is held by
    it (Japanese Ministry of Foreign Affairs and Ministry of Foreign Affairs: 외무성 for
    외교부, or 외교부 for 외무성), a swap of one party's body for another's, or any other
    agreement for an agreement (한일기본조약 for one of two 청구권협정: treaties signed together
    are taken for each other; offsets into the draft piece); not where the source piece names
    that body's country (MOFA Japan's bureau, text.places.owner_countries), which may name
    the body otherwise."""
    from yongeo.text.places import owner_countries, place_mentions

    draft = unit.draft
    if draft.side.lang != "ko":
        return []
    entry = source_hits[0].entry
    source = unit.source.side.text[unit.source.start:unit.source.end]
    named = {hit.entry.id for hit in unit.source.every}
    out = []
    for hit in draft.every:
        other = hit.entry
        if other.id == entry.id or other.id in named or other.type != entry.type:
            continue
        theirs = [term.text for term in accepted_terms(other, "en")]
        if (entry.type == EntryType.AGREEMENT.value or holds_names(entry, other)
                or holds_names(other, entry)) and not any(
                place_mentions(source, country) for term in theirs
                for country in owner_countries(term)):
            out.append((hit.start - draft.start, hit.end - draft.start))
    return out


def _speakers_order(text: str, start: int, end: int, expected: tuple[Term, ...]) -> bool:
    """Whether a Korean rival is the term with its pair of countries the other way round
    (일한관계 for 한일관계) inside a quotation (text.mention.in_quotation): the speaker's
    own order, as a Japanese government's Korean writes it, quoted as it was said."""
    from yongeo.text.korean import COUNTRY_SHORT_FORMS
    from yongeo.text.mention import in_quotation

    rival = "".join(text[start:end].split())
    shorts = set(COUNTRY_SHORT_FORMS.values())
    for term in expected:
        solid = "".join(term.text.split())
        if (len(solid) > 2 and solid[0] in shorts and solid[1] in shorts
                and rival.startswith(solid[1] + solid[0])):
            return in_quotation(text, start, end)
    return False


def _transcribed(unit: Unit, rival: str, entry=None) -> bool:
    """Whether a Korean source piece writes an English rival's sound in Hangul (프레스센터 for
    the press center, beside 브리핑 for the press briefing: text.loanword.is_transcription),
    or the rival romanises a Korean word of the source that no glossary term of it is (the ○○
    Ilbo for ○○일보, no 일본 spelt out; not Seoul for a source's 서울, a name it counts:
    text.romanize.romanize): the source's own word, rendered."""
    if unit.source.side.lang != "ko":
        return False
    from yongeo.text.korean import strip_particles
    from yongeo.text.loanword import is_transcription
    from yongeo.text.romanize import romanize

    source = unit.source
    own = {"".join(term.text.split()) for term in entry.terms} if entry is not None else set()
    own.update("".join(hit.found.split()) for hit in source.every)
    spelt = "".join(letter for letter in rival.lower() if letter.isalpha())
    return any(is_transcription(stem, rival) or (
        stem not in own and romanize(stem) == spelt)
        for word in _HANGUL_WORD.finditer(source.side.text, source.start, source.end)
        for stem in strip_particles(word.group()))


_HANGUL_WORD = lazy(r"[\uac00-\ud7a3]{3,}")


def _inside_longer(spans: list[tuple[int, int]]):
    """A test of whether [start, end) lies inside one of `spans` that is longer: in time
    that grows with the spans' number as its logarithm per test (a megabyte's string holds
    thousands of hits), not as their number."""
    if not spans:
        return lambda _start, _end: False
    spans = sorted(spans)
    starts = [start for start, _end in spans]
    reach: list[int] = []  # the furthest end of the spans up to each one, in order
    for _start, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)

    def inside(start: int, end: int) -> bool:
        before = bisect_left(starts, start)  # spans starting before it
        if before and reach[before - 1] >= end:
            return True
        at = bisect_right(starts, start)  # spans starting where it starts: longer only
        return any(spans[i][1] > end for i in range(before, at))

    return inside


def _sentence_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """An English draft's names of the term's kind (text.english.named_of_kind: a body's, an
    agreement's, a publication's) in the sentence that renders a source sentence naming the
    term where that sentence renders it not (offsets into the draft piece): the National
    Intelligence Service in the sentence of the second 국가안보실, the Treaty on Basic
    Relations in that of the second 청구권협정. Sentences pair one to one only where source
    and draft pieces have as many (text.sentences); a name that renders another term the
    source piece names, or the term, is none."""
    from yongeo.text.english import head_noun, named_of_kind
    from yongeo.text.sentences import sentence_spans
    from yongeo.text.titles import body_words

    source, draft = unit.source, unit.draft
    entry = source_hits[0].entry
    if draft.side.lang != "en" or source.side.lang != "ko":
        return []
    rendered = {(hit.start, hit.end) for hit in draft.hits if hit.entry is entry}
    taken = [(hit.start, hit.end) for hit in source.every]
    source_sentences = sentence_spans(source.side.text, source.start, source.end)
    draft_sentences = sentence_spans(draft.side.text, draft.start, draft.end)
    if len(source_sentences) != len(draft_sentences) or len(source_sentences) < 2:
        return []
    named = {hit.entry.id for hit in source.every}
    # A country's name inside a body's (Korea of the Korea Coast Guard) says whose the body
    # is: it renders no term in the body's stead.
    others = [(hit.start, hit.end) for hit in draft.every if hit.entry.id in named
              and not (hit.entry.type == EntryType.PLACE.value
                       and entry.type == EntryType.ORGANIZATION.value)]
    accepted = accepted_terms(entry, "en")
    own = {word for term in accepted for word in term.text.split()}
    heads = {head for head in map(head_noun, (term.text for term in accepted)) if head}
    text = draft.side.text
    spans = []
    for (s_start, s_end), (d_start, d_end) in zip(source_sentences, draft_sentences,
                                                  strict=True):
        if not any(s_start <= hit.start < s_end for hit in source_hits) or any(
                d_start <= start < d_end for start, _end in rendered):
            continue  # no mention of the term here, or its sentence renders it
        names = named_of_kind(text, d_start, d_end, entry.type)
        # Other bodies the source sentence names outside the glossary (일본대사관
        # 공보문화원; 외교부와 행정안전부): as many names of the draft may render them; a name
        # more is a rival (Korea Coast Guard and China Coast Guard for 해상보안청 and 중국
        # 해경).
        if entry.type == EntryType.ORGANIZATION.value and len(names) <= sum(
                not any(s <= start < e for s, e in taken)
                for start, end in body_words(source.side.text, s_start, s_end)):
            continue
        # The term by its head alone (the Ministry's recruitment, the office): rendered.
        if any(word.group().lower() in heads and not any(
                start <= word.start() < end for start, end in names)
               for word in _WORD.finditer(text, d_start, d_end)):
            continue
        spans += [(start - draft.start, end - draft.start)
                  for start, end in names
                  if not any(s < end and start < e for s, e in others)
                  # a unit of a body named before it (the ministry's Northeast Asian
                  # Affairs Bureau, Waseda's Institute of Korean Studies)
                  and not _POSSESSIVE.search(text, max(0, start - 3), end)
                  # the term shortened (the Foreign Ministry for the Ministry of Foreign
                  # Affairs of Japan)
                  and not {w for w in text[start:end].split() if w[:1].isupper()} <= own]
    return spans


_POSSESSIVE = lazy(r"['’]s\b")
_WORD = lazy(r"\p{L}+")


_SPACES = lazy(r"[ \t\u00a0]*")


def _after_spaces(text: str, end: int) -> int:
    """Where the next word after `end` starts, the spaces skipped (no copy of the text)."""
    return _SPACES.match(text, end).end()


def _title_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """For a title, the draft's hits of another title of the glossary that the source does
    not name, beside a person the source gives the title to (offsets into the draft
    piece): in an English draft of a Korean source right before the person (President
    Takaichi for 다카이치 총리, beside the generic prime minister that renders the other
    총리), in a Korean draft of an English source right after (조현 국방부 장관 for *Foreign
    Minister Cho Hyun*, beside the 외무상 that renders his counterpart's title:
    lint.replaced.holders_of)."""
    from yongeo.lint.replaced import holders_of
    from yongeo.text.titles import title_after_name

    entry = source_hits[0].entry
    source, draft = unit.source, unit.draft
    if entry.type != EntryType.TITLE.value:
        return []
    langs = (source.side.lang, draft.side.lang)
    if langs == ("ko", "en"):
        wanted = tuple(term.text for term in entry.terms_in("ko", Status.PREFERRED,
                                                              Status.ADMITTED))
        text = source.side.text
        holders = {hit.entry.id for hit in source.hits
                   if hit.entry.type == EntryType.PERSON.value
                   and (title_after_name(text, hit.end) in wanted
                        or text[hit.end:hit.end + 20].lstrip().startswith(wanted))}
    elif langs == ("en", "ko"):
        holders = holders_of(source, source_hits)
    else:
        return []
    if not holders:
        return []
    named = {hit.entry.id for hit in source.every}
    text = draft.side.text
    people = [hit for hit in draft.hits if hit.entry.id in holders]
    before = draft.side.lang == "en"  # English: Foreign Minister Cho; Korean: 조현 장관
    beside = ({hit.start for hit in people} if before
              else {_after_spaces(text, hit.end) for hit in people})
    return [(hit.start - draft.start, hit.end - draft.start) for hit in draft.hits
            if hit.entry.type == EntryType.TITLE.value and hit.entry is not entry
            and hit.entry.id not in named
            and (_after_spaces(text, hit.end) if before else hit.start) in beside]


def _titles_another(unit: Unit, entry, end: int) -> bool:
    """Whether an English rival of a title stands right before a person of the draft whom
    the Korean source names but never gives the term's title (Defense Minister Koizumi
    Shinjiro for 고이즈미 신지로 방위상, beside 다카이치 총리): that person's own title, not a
    rendering of the term's (text.titles.title_after_name)."""
    from yongeo.text.titles import title_after_name

    if entry.type != EntryType.TITLE.value or unit.source.side.lang != "ko":
        return False
    draft_text = unit.draft.side.text
    after = _after_spaces(draft_text, end)
    person = next((hit.entry for hit in unit.draft.hits if hit.start == after
                   and hit.entry.type == EntryType.PERSON.value), None)
    if person is None:
        return False
    wanted = tuple(term.text for term in entry.terms_in("ko", Status.PREFERRED,
                                                          Status.ADMITTED))
    source_text = unit.source.side.text
    named = [hit for hit in unit.source.hits if hit.entry is person]
    return bool(named) and not any(
        title_after_name(source_text, hit.end) in wanted
        or source_text[hit.end:hit.end + 20].lstrip().startswith(wanted) for hit in named)


def _other_body_named(unit: Unit, source_hits: list[Hit]) -> bool:
    """Whether the Korean source piece of a body also names another body, which an English
    name of the term's shape in the draft may render (행정안전부, the Ministry of the
    Interior and Safety, beside 외교부; 방위성, the Ministry of Defense): a glossary body of
    another entry, or a word of no entry that ends as a body's name does and as the term's
    own Korean name (부 for 외교부). A name of the term's head and another complement is then
    no rival."""
    entry = source_hits[0].entry
    if entry.type != EntryType.ORGANIZATION.value or unit.source.side.lang != "ko":
        return False
    source = unit.source
    if any(hit.entry.type == EntryType.ORGANIZATION.value and hit.entry is not entry
           for hit in source.hits):
        return True
    from yongeo.text.titles import body_words

    text = source.side.text
    endings = {term.text[-1] for term in entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)}
    taken = [(hit.start, hit.end) for hit in source.every]
    return any(text[end - 1] in endings
               for start, end in body_words(text, source.start, source.end)
               if not any(s <= start < e for s, e in taken))


def _shaped_rivals(lang: str, expected: tuple[Term, ...], text: str, complements: bool = True
                   ) -> list[tuple[int, int]]:
    """The rivals of the expected terms' own shape: another name with the same head, or
    another modifier before a Korean term's head; with `complements`, another complement
    after a head that comes first (text.english.rival_names)."""
    spans: list[tuple[int, int]] = []
    for term in expected:
        if lang == "en":
            spans += rival_names(text, term.text, [t.text for t in expected], complements)
        elif lang == "ko":
            spans += rival_compounds(text, term.text)
    return spans


def _head_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """A concept's rivals by its head: where the draft piece holds more compounds of the
    term's head with another modifier than its source holds the other language's head
    outside the term (순방외교 beside 셔틀외교 for shuttle diplomacy named twice, no other
    diplomacy in the source; reciprocal-visit diplomacy for 셔틀외교), those compounds of
    the draft (offsets into the draft piece), for the rivals' usual tests; none where the
    source has as many heads of its own (public diplomacy -> 공공외교; exchange among young
    people -> 청년 교류)."""
    from yongeo.text.english import head_noun, head_occurrences, head_phrases
    from yongeo.text.korean import head_compounds, korean_head_occurrences, term_words

    entry = source_hits[0].entry
    if entry.type != EntryType.CONCEPT.value:
        return []
    source, draft = unit.source, unit.draft
    heads = {}
    for side in (source, draft):
        lang = side.side.lang
        terms = [term.text for term in entry.terms_in(lang, Status.PREFERRED, Status.ADMITTED)]
        if lang == "en":
            found = {head_noun(term) for term in terms}
        elif lang == "ko":
            found = {words[-1] for words in map(term_words, terms) if len(words) > 1}
        else:
            return []
        found.discard(None)
        if len(found) != 1:
            return []
        heads[lang] = found.pop()

    spaced = any(" " in term.text for term in entry.terms_in("ko", Status.PREFERRED,
                                                             Status.ADMITTED))

    def others(side, hits: list[Hit]) -> list[tuple[int, int]]:
        # Not the term itself; the term inside a longer compound (문화 교류 in 대중문화
        # 교류) is another.
        head = heads[side.side.lang]
        spans = head_phrases(side.side.text, head, side.start, side.end) if (
            side.side.lang == "en") else head_compounds(side.side.text, head, side.start,
                                                        side.end, spaced)
        return [(start, end) for start, end in spans
                if not any(hit.start <= start < hit.end for hit in hits)]

    drafted = [hit for hit in draft.hits if hit.entry is entry]
    rivals = others(draft, drafted)
    if not rivals:
        return []
    # The source's head anywhere outside the term's own places, with a modifier before or
    # after it or none (exchange among young people, 교류가): what a compound of the draft
    # may render there.
    head = heads[source.side.lang]
    found = (head_occurrences if source.side.lang == "en" else korean_head_occurrences)(
        source.side.text, head, source.start, source.end)
    # The term inside a longer word (문화 교류 in 대중문화 교류) is another compound.
    own = [hit for hit in source_hits
           if hit.start == 0 or not is_syllable(source.side.text[hit.start - 1])]
    elsewhere = [at for at in found if not any(hit.start <= at < hit.end for hit in own)]
    if len(rivals) <= len(elsewhere):
        return []
    return [(start - draft.start, end - draft.start) for start, end in rivals]


def _modifier_rivals(unit: Unit, source_hits: list[Hit]) -> list[tuple[int, int]]:
    """A concept's rivals by its modifier, in an English draft of a Korean source: where the
    draft piece holds more phrases of the English term's first word before another noun
    than its source holds the Korean term's first word outside the term (extended defense
    beside extended deterrence, for 확장억제 named twice and no other 확장), those phrases
    (offsets into the draft piece), for the rivals' usual tests. Terms of two words in
    both languages (확장 + 억제; 확장억제 is read as two words of two: term_words), named by
    one Korean term in the source (수출규제 and the admitted 수출관리 may each be rendered as
    written: export controls, export management)."""
    from yongeo.text.english import modifier_phrases
    from yongeo.text.korean import korean_modifier_occurrences, term_words

    entry = source_hits[0].entry
    source, draft = unit.source, unit.draft
    if (entry.type != EntryType.CONCEPT.value or draft.side.lang != "en"
            or source.side.lang != "ko" or len({hit.term.text for hit in source_hits}) > 1):
        return []  # two Korean terms (수출규제, 수출관리): each may be rendered as written
    english = {tuple(term.text.split()) for term in entry.terms_in("en", Status.PREFERRED,
                                                                   Status.ADMITTED)}
    korean = {tuple(term_words(term.text)) for term in entry.terms_in("ko", Status.PREFERRED,
                                                                      Status.ADMITTED)}
    modifiers = {words[0] for words in english if len(words) == 2 and words[0].isalpha()
                 and words[0].islower()}
    korean_modifiers = {words[0] for words in korean if len(words) == 2}
    if len(modifiers) != 1 or len(korean_modifiers) != 1:
        return []
    modifier, korean_modifier = modifiers.pop(), korean_modifiers.pop()
    drafted = [hit for hit in draft.hits if hit.entry is entry]
    rivals = [(start, end) for start, end in modifier_phrases(draft.side.text, modifier,
                                                              draft.start, draft.end)
              if not any(hit.start <= start < hit.end for hit in drafted)]
    if not rivals:
        return []
    elsewhere = [at for at in korean_modifier_occurrences(source.side.text, korean_modifier,
                                                          source.start, source.end)
                 if not any(hit.start <= at < hit.end for hit in source_hits)]
    if len(rivals) <= len(elsewhere):
        return []
    return [(start - draft.start, end - draft.start) for start, end in rivals]


def spelt_out_names(source_hits: list[Hit], text: str, source: str = ""
                    ) -> list[tuple[int, int]]:
    """The capitalised words of an English draft that write a Korean name of the entry in
    Latin letters, as the source wrote it or another of its Korean names (대마도 -> Daemado,
    쓰시마 -> Daemado: text.romanize.spelt_out), where the glossary gives the name in English
    (Tsushima); not a name the `source` text mentions as a name at one of its hits ('한국의
    섬 대마도'라고 적었습니다 -> called it "the Korean island of Daemado"): that mention,
    spelt out."""
    from yongeo.text.mention import mentioned
    from yongeo.text.romanize import spelt_out

    entry = source_hits[0].entry
    names = {"".join(hit.found.split()) for hit in source_hits} | {
        "".join(term.text.split()) for term in entry.terms_in("ko", Status.PREFERRED,
                                                               Status.ADMITTED)}
    named = {"".join(hit.found.split()) for hit in source_hits
             if source and mentioned(source, hit.start, hit.end)}
    return spelt_out(text, [name for name in names - named if all(map(is_syllable, name))])
