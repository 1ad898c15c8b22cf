"""term.missing and term.untranslated: each source term must have its translation."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

import regex

from yongeo.glossary.model import Entry, EntryType, Status, Term
from yongeo.glossary.model import term_key as _term_key
from yongeo.i18n import _
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.kept import kept_in_source, kept_verbatim, transcribed_in
from yongeo.lint.order import turned_round, turned_round_in_korean
from yongeo.lint.outnumbered import outnumbered, places, rivals_in
from yongeo.lint.presence import in_officer_title, present
from yongeo.lint.rules import KEPT_IN_SOURCE, MISSING, UNTRANSLATED, Policy
from yongeo.lint.sense import ends_another_place, hits_in_sense, in_body_name_word, in_sense
from yongeo.lint.spelling import Misspelling
from yongeo.lint.units import Piece, Side, Unit, paragraphs
from yongeo.match import Hit
from yongeo.text.english import in_camel_case, ranked_before
from yongeo.text.english_names import given_name_after
from yongeo.text.places import english_kind_after, korean_kind_after


@lru_cache(maxsize=65536)
def term_key(text: str) -> str:
    """The glossary's term identity (case and spacing folded), remembered: it is asked for
    every hit."""
    return _term_key(text)


def check_translation(units: Iterable[Unit], policy: Policy) -> list[Finding]:
    """For every entry among a source piece's terms, the draft piece must hold one of its
    preferred or admitted terms (anywhere, even inside a longer term); a term that stays
    untranslated must be there as written. A deprecated rendering is reported by
    term.deprecated instead; a source term the draft keeps as written, by
    term.kept-in-source-language; a term rendered fewer times than the source names it,
    with a rival rendering beside (lint.outnumbered), is reported at the rival; and a draft
    that is its source as it stands (a code sample, a name) is not checked for missing
    terms."""
    check_missing = policy.enabled(MISSING.id)
    check_kept = policy.enabled(UNTRANSLATED.id)
    if not (check_missing or check_kept):
        return []
    findings: list[Finding] = []
    misspelt: dict[int, dict[str, list[int]]] = {}
    expectations: dict[tuple[str, str], tuple[tuple[Term, ...], set[str]]] = {}
    for unit in units:
        if not unit.source.hits:
            continue
        verbatim = kept_verbatim(unit)
        side = unit.draft.side
        if id(side) not in misspelt:
            misspelt[id(side)] = _by_entry(side.misspellings)
        target = side.lang
        in_draft: dict[str, list[Hit]] = {}
        # A place the draft's dateline names is rendered (SADO, Japan for 일본 니가타현); a
        # body's name inside a longer name is another body (King Sejong Institute), a
        # place's the end of another place's (North Korea), and a word among a name's
        # listed words the name's (Ministry of Economy, Trade and ...).
        bodies = [h for h in unit.draft.every if h.entry.type == EntryType.ORGANIZATION.value]
        for hit in (*unit.draft.every, *unit.draft.chrome):
            if hit.entry.type == EntryType.ORGANIZATION.value and _inside_other_body(hit,
                                                                                     bodies):
                continue  # the Japanese Foreign Ministry (외무성): not Korea's Foreign Ministry
            if hit.entry.type == EntryType.PLACE.value and (
                    ends_another_place(side.text, hit) or (
                        hit.term.status is not Status.PREFERRED and (
                            korean_kind_after(side.text, hit.end, hit.entry.ko)
                            if target == "ko" else
                            english_kind_after(side.text, hit.start, hit.end, hit.entry.en)))):
                continue  # North Korea; 야스쿠니 사원 or Yasukuni Temple: another kind
            if (hit.entry.type == EntryType.TITLE.value and target == "en"
                    and ranked_before(side.text, hit.start)):
                continue  # Deputy Chief Cabinet Secretary: another office, a rank below
            if (hit.entry.type == EntryType.PERSON.value and target == "en"
                    and _family_name_alone(hit.term, hit.entry) and given_name_after(
                        side.text, hit.end, _name_words(hit.entry))
                    and any(h.entry is hit.entry and not _family_name_alone(h.term, h.entry)
                            for h in unit.source.hits)):
                continue  # 조현 -> Cho Tae-yul: another person of the family
            if (hit.entry.type != EntryType.ORGANIZATION.value
                    and not (hit.found[:1].isupper() and hit.term.text.islower())
                    or in_sense(side.text, hit)):
                in_draft.setdefault(hit.entry.id, []).append(hit)
        by_entry: dict[str, list[Hit]] = {}
        for hit in hits_in_sense(unit.source.side.text, unit.source.hits):
            if not in_body_name_word(unit.source.side.text, hit):
                by_entry.setdefault(hit.entry.id, []).append(hit)
        sharing = _sharing(by_entry) if len(by_entry) > 1 else {}
        for entry_id, source_hits in by_entry.items():
            entry = source_hits[0].entry
            known = expectations.get((entry_id, target))
            if known is None:
                known = expectations[(entry_id, target)] = (
                    entry.terms_in(target, Status.PREFERRED, Status.ADMITTED),
                    _kept_keys(entry, target))
            expected, kept_keys = known
            if not expected:
                continue
            drafted = in_draft.get(entry_id, ())
            if not kept_keys:
                if check_missing and drafted and not verbatim:
                    findings += turned_round(unit, source_hits, drafted, policy)
                # A title named once may be given again to a counterpart (outnumbered).
                if check_missing and drafted and not verbatim and (
                        len(source_hits) > 1 or entry.type == EntryType.TITLE.value):
                    findings += outnumbered(unit, source_hits, drafted, expected, policy)
                turned = turned_round_in_korean(unit, source_hits, policy) if (
                    check_missing and not drafted and not verbatim) else []
                findings += turned
                if (check_missing and not drafted and not verbatim and not turned
                        and not _misspelt_in(unit, misspelt[id(side)].get(entry_id))
                        and not _rendered_otherwise(unit, expected, entry)
                        and not _refers_back(unit, entry, source_hits, by_entry, in_draft)):
                    partners = sharing.get(entry_id)
                    if partners is None:
                        findings += _missing_or_kept(unit, source_hits, expected, policy)
                    elif partners[0] == entry_id:  # the group's first: one finding for all
                        findings += _missing_for_group(unit, source_hits, partners, by_entry,
                                                       in_draft, target, policy)
                continue
            accepted = [h for h in drafted if h.term.status is not Status.DEPRECATED]
            needs_translation = []
            for key in dict.fromkeys(term_key(h.term.text) for h in source_hits):
                first = next(h for h in source_hits if term_key(h.term.text) == key)
                if key in kept_keys:
                    if check_kept and not any(term_key(h.term.text) == key for h in accepted):
                        findings.append(_untranslated(unit, first, accepted, policy))
                else:
                    needs_translation.append(first)
            if (check_missing and needs_translation and not drafted and not verbatim
                    and not _misspelt_in(unit, misspelt[id(side)].get(entry_id))
                    and not _rendered_otherwise(unit, expected, entry)):
                findings += _missing_or_kept(unit, needs_translation, expected, policy)
    return findings


def _inside_other_body(hit: Hit, bodies: list[Hit]) -> bool:
    """Whether an organization's hit lies inside a longer hit of another organization (the
    Foreign Ministry of 외교부 inside the Japanese Foreign Ministry, 외무성's): the longer
    name is the body named."""
    return any(other.entry.id != hit.entry.id and other.start <= hit.start
               and hit.end <= other.end and other.end - other.start > hit.end - hit.start
               for other in bodies)


def _family_name_alone(term: Term, entry: Entry) -> bool:
    """Whether a person's term is a part of another of its names in its language, the
    family name kept alone (Cho of Cho Hyun; 하야시 of 하야시 요시마사)."""
    return any(other.lang == term.lang and other.text != term.text
               and term.text in other.text.split() for other in entry.terms)


def _name_words(entry: Entry) -> set[str]:
    """The words of a person's English names (Cho, Hyun for Cho Hyun; Jae-myung)."""
    return {word for term in entry.terms if term.lang == "en" for word in term.text.split()}


def _words(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _refers_back(unit: Unit, entry: Entry, source_hits: list[Hit],
                 by_entry: dict[str, list[Hit]], in_draft: dict[str, list[Hit]]) -> bool:
    """Whether an English source's short name of a body refers back to another body of the
    glossary that the piece named before it, whose name ends with the short name, and that
    the draft renders as many times as the source names either (the Ministry of Foreign
    Affairs of Japan ... The Foreign Ministry also ...: Japan's, 일본 외무성 ... 외무성, not
    Korea's Foreign Ministry, 외교부). A draft that renders the other body fewer times has
    left one of them out, and the short name is reported."""
    if entry.type != EntryType.ORGANIZATION.value or unit.source.side.lang != "en":
        return False
    found = {_words(h.found) for h in source_hits}
    first = min(h.start for h in source_hits)
    for other_id, other_hits in by_entry.items():
        other = other_hits[0].entry
        if (other_id == entry.id or other.type != entry.type
                or min(h.start for h in other_hits) > first):
            continue
        names = [_words(t.text) for t in other.terms_in("en", Status.PREFERRED,
                                                        Status.ADMITTED)]
        if all(any(name.endswith(" " + short) for name in names) for short in found) and (
                places(unit.draft.side.text, in_draft.get(other_id, []))
                >= len(other_hits) + len(source_hits)):
            return True  # 외무성 inside 일본 외무성 is one place (lint.outnumbered.places)
    return False


def _sharing(by_entry: dict[str, list[Hit]]) -> dict[str, list[str]]:
    """The entries whose every source hit stands where another entry's does (the same
    words of the source: 바꾸기 for both change and replace, a Korean term two concepts of a
    guide share), each with its group: those entries, in order. The source does not say
    which concept it means, so a rendering of any one of them is a translation."""
    at: dict[tuple[int, int], list[str]] = {}
    for entry_id, hits in by_entry.items():
        for hit in hits:
            at.setdefault((hit.start, hit.end), []).append(entry_id)
    shared = {span: ids for span, ids in at.items() if len(ids) > 1}
    if not shared:
        return {}
    groups: dict[str, list[str]] = {}
    for entry_id, hits in by_entry.items():
        spans = [(hit.start, hit.end) for hit in hits]
        if all(span in shared for span in spans):
            group = dict.fromkeys(other for span in spans for other in shared[span])
            groups[entry_id] = list(group)
    # A group holds only entries that are shared throughout; its first is the one to report.
    return {entry_id: [other for other in group if other in groups]
            for entry_id, group in groups.items()}


def _missing_for_group(unit: Unit, source_hits: list[Hit], group: list[str],
                       by_entry: dict[str, list[Hit]], in_draft: dict[str, list[Hit]],
                       target: str, policy: Policy) -> list[Finding]:
    """term.missing once for source words that several entries share (_sharing), unless the
    draft renders any one of them; the finding names every rendering that would do."""
    expected: list[Term] = []
    for entry_id in group:
        entry = by_entry[entry_id][0].entry
        terms = entry.terms_in(target, Status.PREFERRED, Status.ADMITTED)
        if in_draft.get(entry_id) or (terms and entry_id != group[0]
                                      and _rendered_otherwise(unit, terms, entry)):
            return []
        expected += [t for t in terms if t not in expected]
    return _missing_or_kept(unit, source_hits, tuple(expected), policy)


def _by_entry(misspellings: list[Misspelling]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for miss in misspellings:
        found.setdefault(miss.guess.entry.id, []).append(miss.start)
    return found


def _misspelt_in(unit: Unit, starts: list[int] | None) -> bool:
    """A misspelling of the entry in the draft piece stands for the missing term."""
    if not starts:
        return False
    index = bisect_left(starts, unit.draft.start)
    return index < len(starts) and starts[index] < unit.draft.end


def _rendered_otherwise(unit: Unit, expected: tuple[Term, ...], entry: Entry) -> bool:
    """The translation held otherwise than as the matcher finds a term: in a longer word of
    the draft piece (기본값, 대입하고, 바꿉니다: presence.present), by a body's officer, two
    names by one word, a city for its country, a local body by its place, a title by its
    head, a pair of countries by its head in context, a hashtag's joined words, an acronym
    the draft defines for it, a body by its initials (KU) or its name's own first word
    (Asan), a title by its initials before a name (PM Takaichi), a modifier by its Korean
    term's first part (한일 정상 공동기자회견), a term with the source's complement between
    its words (한일 경제안보 협력 for Korea-Japan cooperation on economic security), a group
    without the country it lives in (Korean residents), a place by its own first word as a
    modifier (the Josei memorial plaza), two names sharing their head in the plural (the Kono and Murayama Statements), a
    two-word term with a name between its words (a joint Korea-Japan response), a
    pair of countries as a modifier (Korea-Japan risk events for 한일관계 주요 리스크), a
    line of business by 업계 (the travel trade, 여행업계).
    Looked for only here, where the matcher's hits found none, to keep the scan fast."""
    draft = unit.draft
    text = draft.side.text[draft.start:draft.end]
    return present(text, expected, entry) or (
        entry.type == EntryType.ORGANIZATION.value and draft.side.lang == "en"
        and _titled(unit, entry) and in_officer_title(text, expected)) or (
        entry.type in _PAIRED_TYPES and _both_named(unit, entry, text)) or (
        entry.type == EntryType.PLACE.value and _city_for_country(unit, entry, text)) or (
        _local_body_by_place(unit, entry, text)) or (
        entry.type == EntryType.TITLE.value and (_head_of_body(unit, expected, text)
                                                  or _head_before_name(unit, expected,
                                                                       entry))) or (
        _pair_in_context(unit, expected, text)) or (
        unit.draft.side.lang == "en" and in_camel_case(text, [t.text for t in expected
                                                             if t.lang == "en"])) or (
        _by_acronym_defined_in_pair(unit, entry, text)) or (
        entry.type == EntryType.ORGANIZATION.value and unit.draft.side.lang == "en"
        and _by_initials(unit, expected, text)) or (
        entry.type == EntryType.TITLE.value and unit.draft.side.lang == "en"
        and _title_by_initials(unit, expected, text)) or (
        entry.type == EntryType.ORGANIZATION.value and unit.draft.side.lang == "en"
        and _by_short_name(expected, text)) or (
        entry.type == EntryType.ORGANIZATION.value and unit.draft.side.lang == "en"
        and _by_head_alone(unit, entry, expected, text)) or (
        unit.draft.side.lang == "en" and _without_its_place(unit, expected, text)) or (
        unit.draft.side.lang == "en" and _shared_head(expected, text)) or (
        unit.draft.side.lang == "en" and _name_between(expected, text)) or (
        entry.type == EntryType.PLACE.value and unit.draft.side.lang == "en"
        and _place_as_modifier(unit, entry, expected, text)) or (
        unit.draft.side.lang == "en" and _pair_as_modifier(unit, entry, expected, text)) or (
        unit.draft.side.lang == "ko" and _modifier_by_first_part(unit, expected, entry, text)
    ) or (unit.draft.side.lang == "ko" and _complement_inside(unit, expected, entry, text)
          ) or (unit.draft.side.lang == "ko" and _as_line_of_business(unit, entry, text)) or (
        entry.type == EntryType.EVENT.value and _by_both_names(expected, text))


# A term that opens with two names joined by a dash (Lee–Takaichi summit, 이재명-다카이치
# 정상회담): the two names and the rest.
_NAMED_PAIR = regex.compile(r"^(\p{L}+)[-\u2010\u2011\u2013\u2014](\p{L}+)[ \t]+(.+)$")


def _by_both_names(expected: tuple[Term, ...], text: str) -> bool:
    """Whether the draft piece names an event whose term opens with two persons' names joined
    by a dash (Lee–Takaichi summit) by both names apart and its head in one sentence
    (President Lee Jae-myung and Prime Minister Takaichi Sanae agreed at their summit;
    이재명 대통령과 다카이치 총리의 정상회담), each a word of its own, the head in the plural
    too; not where the piece names another such pair's event (the Lee–Ishiba summit), nor
    for a pair of countries (Korea-Japan summit: the countries named apart are no summit of
    theirs)."""
    from yongeo.text.places import is_cldr_place

    for term in expected:
        match = _NAMED_PAIR.match(term.text)
        if match is None:
            continue
        first, second, head = match.groups()
        if is_cldr_place(first) or is_cldr_place(second):
            continue
        english = term.lang == "en"
        heads = rf"(?i:{regex.escape(head)}s?)(?![\p{{L}}])" if english else regex.escape(head)
        if regex.search(rf"\p{{L}}[-\u2010\u2011\u2013\u2014]\p{{L}}+[ \t]+{heads}", text):
            return False  # the Lee–Ishiba summit: another pair's
        edge = r"(?<![\p{L}\-])" if english else r"(?<![\uac00-\ud7a3])"
        for sentence in regex.split(r"(?<=[.!?。])[ \t\n]+|\n", text):
            if all(regex.search(edge + regex.escape(name) + (r"(?![\p{L}\-])" if english
                                                             else ""), sentence)
                   for name in (first, second)) and regex.search(r"(?<![\p{L}])" + heads,
                                                                 sentence):
                return True
    return False


def _as_line_of_business(unit: Unit, entry: Entry, text: str) -> bool:
    """Whether every source hit of the entry is a noun that names a line of business after
    the noun that says which, or before its people (Travel Trade, the seafood distribution
    trade, trade visitors: text.english.names_line_of_business) and the Korean draft piece
    names one so (여행업계, 유통업계, 업계 관계자: text.korean.names_an_industry) or a swap
    (a photo card trade, 포토카드 교환: text.korean.names_a_swap): the trade as an industry
    or a swap, other senses than commerce (교역, 통상)."""
    from yongeo.text.english import names_line_of_business
    from yongeo.text.korean import names_a_swap, names_an_industry

    if not (names_an_industry(text) or names_a_swap(text)):  # most drafts: neither
        return False
    source = unit.source.side.text
    hits = _source_hits(unit, entry)
    return bool(hits) and all(names_line_of_business(source, h.start, h.end) for h in hits)


def _by_acronym_defined_in_pair(unit: Unit, entry: Entry, text: str) -> bool:
    """Whether the draft piece writes, as a word of its own, an acronym that the source or
    the draft defines anywhere for one of the entry's accepted terms, in either language
    (국립외교원(KNDA); a list of abbreviations: NAHF: 동북아역사재단, then Baek Na-rae (NAHF)
    for 백나래(동북아역사재단): text.english.acronym_expansions); not where the piece gives the
    acronym to other words (국가정보원(NSO) for the National Security Office)."""
    from yongeo.text.english import acronym_expansions, holds_word, names_person

    if not any(c.isupper() for c in text):
        return False  # no capitals, no acronym (most Korean pieces)
    keys = tuple(term_key(t.text) for t in entry.terms if t.status is not Status.DEPRECATED)
    # An acronym the piece itself gives to another body (국가정보원(NSO)) is expanded wrongly;
    # one after a person's name (Baek Na-rae (NAHF)) says where the person works.
    misgiven = {acronym for acronym, words, after in acronym_expansions(text)
                if not names_person(words) and not acronym_names(term_key(words), keys, after)}
    return any(acronym_names(words, keys, after) and acronym not in misgiven
               and holds_word(text, acronym)
               for side in (unit.source.side, unit.draft.side)
               for acronym, words, after in _acronym_expansions(side))


def acronym_names(words: str, keys: tuple[str, ...], after: bool) -> bool:
    """Whether an acronym's words (text.english.acronym_expansions, as a term key) name one
    of the term keys: the words before its bracket end with it, those after its colon start
    with it."""
    return words.startswith(keys) if after else words.endswith(keys)


def _acronym_expansions(side: Side) -> list[tuple[str, str, bool]]:
    """The acronyms a side's whole text defines, each with its words' key (text.english.
    acronym_expansions), read once per text."""
    from yongeo.text.english import acronym_expansions

    found = side.memo.get("acronym expansions")
    if found is None:
        found = side.memo["acronym expansions"] = [
            (acronym, term_key(words), after)
            for acronym, words, after in acronym_expansions(side.text)]
    return found


def _by_initials(unit: Unit, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft calls a body by its name's initials as a word of their own
    (KU for Korea University, the NCG: text.english.initials), where the draft writes them
    in brackets after no other name (the Nuclear Consultation Group (NCG), the ROK-U.S.
    Nuclear Planning Group (NCG): a wrong name the acronym does not make right; a name that
    ends with the term is the term, the ROK-U.S. Nuclear Consultative Group (NCG))."""
    from yongeo.text.english import holds_word

    wanted = tuple(term_key(t.text) for t in expected if t.lang == "en")
    return any(holds_word(text, acronym) and all(
        key.endswith(wanted) for written, key in _bracketed_acronyms(unit) if written == acronym)
        for acronym in _english_initials(expected))


def _bracketed_acronyms(unit: Unit) -> list[tuple[str, str]]:
    """The acronyms the draft's whole text writes in brackets after a name, each with the
    name's key (text.english.bracketed_acronyms), read once per text."""
    from yongeo.text.english import bracketed_acronyms

    side = unit.draft.side
    written = side.memo.get("bracketed acronyms")
    if written is None:
        written = side.memo["bracketed acronyms"] = [
            (acronym, term_key(name)) for acronym, name in bracketed_acronyms(side.text)]
    return written


def _english_initials(expected: tuple[Term, ...]) -> list[str]:
    """The acronyms the expected English terms are written as by their words' initials
    (text.english.initials: Korea University, KU; Prime Minister, PM)."""
    from yongeo.text.english import initials

    return [acronym for term in expected if term.lang == "en"
            for acronym in initials(term.text)]


def _title_by_initials(unit: Unit, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft writes a title of several words by its initials, as cables,
    headlines and notes abbreviate it: before a name (PM Takaichi, FM Motegi:
    text.english.titled_by_initials), after a country's people's word or name (a Japanese
    PM, Japan's FM: text.english.country_by_initials), or alone (the PM's visit) in a text
    that writes them before a name somewhere."""
    from yongeo.text.english import country_by_initials, holds_word, titled_by_initials

    return any(titled_by_initials(text, acronym) or country_by_initials(text, acronym)
               or (holds_word(text, acronym) and _titles_by(unit, acronym))
               for acronym in _english_initials(expected))


def _titles_by(unit: Unit, acronym: str) -> bool:
    """Whether the draft's whole text writes `acronym` before a name somewhere, read once per
    text and acronym."""
    from yongeo.text.english import titled_by_initials

    side = unit.draft.side
    key = "titled by " + acronym
    if key not in side.memo:
        side.memo[key] = titled_by_initials(side.text, acronym)
    return side.memo[key]


def _modifier_by_first_part(unit: Unit, expected: tuple[Term, ...], entry: Entry,
                            text: str) -> bool:
    """Whether an English term that modifies the noun after it at every source hit (a
    Korea-Japan Summit Joint Press Conference, summit and high-level exchanges:
    text.english.modifies_noun_after) is rendered in the Korean draft by its Korean term's
    first part, the generic head a compound ends in left out (한일 정상 공동기자회견, 정상 및
    고위급 교류 for 한일 정상회담, 정상회담: text.korean.first_part_stands), as Korean
    modifies a noun with the first part alone."""
    from yongeo.text.english import modifies_noun_after
    from yongeo.text.frequency import is_frequent  # wordfreq's lists load on first use
    from yongeo.text.korean import compound_heads, first_part_stands

    if not _every_source_hit(unit, entry, "en", modifies_noun_after):
        return False
    for term in expected:
        if term.lang != "ko":
            continue
        last = term.text.split()[-1]
        for head in compound_heads(last, lambda word: is_frequent(word, "ko")):
            first = term.text[:len(term.text) - len(head)].rstrip()
            if first_part_stands(text, first):
                return True
    return False


def _complement_inside(unit: Unit, expected: tuple[Term, ...], entry: Entry,
                       text: str) -> bool:
    """Whether an English term that takes a complement at every source hit (Korea-Japan
    cooperation on economic security: text.english.takes_complement_after) is written in
    the Korean draft with words between its two words (한일 경제안보 협력:
    text.korean.written_around), the complement put before the head, as Korean does."""
    from yongeo.text.english import takes_complement_after
    from yongeo.text.korean import written_around

    return _every_source_hit(unit, entry, "en", takes_complement_after) and any(
        term.lang == "ko" and written_around(text, term.text) for term in expected)


def _place_as_modifier(unit: Unit, entry: Entry, expected: tuple[Term, ...], text: str
                       ) -> bool:
    """Whether a place the Korean source names, at every hit, as the first noun of a compound
    (조세이 탄광 추도 광장: text.korean.modifies_next_word) is written in the English draft by
    its own first word modifying a noun (the Josei memorial plaza:
    text.english.modifies_as_short_name)."""
    from yongeo.text.english import modifies_as_short_name
    from yongeo.text.korean import modifies_next_word

    return _every_source_hit(unit, entry, "ko", modifies_next_word) and any(
        t.lang == "en" and modifies_as_short_name(text, t.text) for t in expected)


def _pair_as_modifier(unit: Unit, entry: Entry, expected: tuple[Term, ...], text: str
                      ) -> bool:
    """Whether a term of a pair of countries that the Korean source writes, at every hit, as
    the first noun of a compound (한일관계 주요 리스크, 한일관계 박사:
    text.korean.modifies_next_word) is written in the English draft by its pair before a
    noun (Korea-Japan risk events, a Korea-Japan expert: text.places.pair_as_modifier), not
    as another glossary term of the pair (the Korea-Japan summit)."""
    from yongeo.text.korean import modifies_next_word
    from yongeo.text.places import pair_as_modifier

    if not _every_source_hit(unit, entry, "ko", modifies_next_word):
        return False
    draft = unit.draft
    # Another term reaching the noun after the pair: the Korea-Japan summit's hit covers its
    # last letter (the countries' own hits, Korea and Japan, do not).
    taken = [(hit.start - draft.start, hit.end - draft.start) for hit in draft.every]
    return any(not any(s < end <= e for s, e in taken)
               for t in expected if t.lang == "en"
               for _start, end in pair_as_modifier(text, t.text))


def _every_source_hit(unit: Unit, entry: Entry, lang: str,
                      test: Callable[[str, int], bool]) -> bool:
    """Whether the unit's source is in `lang`, has hits of `entry`, and `test` holds of the
    source text at the end of each (text, end)."""
    if unit.source.side.lang != lang:
        return False
    hits = _source_hits(unit, entry)
    return bool(hits) and all(test(unit.source.side.text, hit.end) for hit in hits)


def _shared_head(expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft writes a name coordinated with another of its kind, their
    head shared in the plural (the Kono and Murayama Statements:
    text.english.shares_plural_head)."""
    from yongeo.text.english import shares_plural_head

    return any(t.lang == "en" and shares_plural_head(text, t.text) for t in expected)


def _name_between(expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft writes a two-word term with a name between its words (a
    joint Korea-Japan response: text.english.name_between)."""
    from yongeo.text.english import name_between

    return any(t.lang == "en" and name_between(text, t.text) for t in expected)


def _without_its_place(unit: Unit, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft calls a group by its name without the country it lives in,
    in a text that names that country (Korean residents for Korean residents in Japan:
    text.english.named_without_place); a rendering's (Korean community in Japan) only with
    the place said another way around it (Osaka's Korean community, the Korean community
    that has lived in Japan: text.english.named_with_its_place), since the rendering's head
    alone (the Korean community) may render another word of the source (동포 사회)."""
    from yongeo.text.english import named_with_its_place, named_without_place

    whole = unit.draft.side.text
    return any(named_with_its_place(text, whole, t.text) if t.rendering
               else named_without_place(text, whole, t.text)
               for t in expected if t.lang == "en")


def _by_head_alone(unit: Unit, entry: Entry, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft calls a body by its name's head noun alone (the Ministry, a
    headline's Ministry Hopes for ...: text.english.head_alone_in) in a text that names the
    body in full and no other body of that head (text.english.names_body_alone, read once
    per text and body)."""
    from yongeo.text.english import body_head, head_alone_in, names_body_alone

    head = body_head(expected[0].text) if expected[0].lang == "en" else None
    if head is None or not head_alone_in(text, head):
        return False
    side = unit.draft.side
    key = ("body alone", entry.id)
    if key not in side.memo:
        side.memo[key] = names_body_alone(
            side.text, [t.text for t in entry.terms if t.lang == "en"], head)
    return side.memo[key]


def _by_short_name(expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft calls a body by its name's own first word (Asan's survey for
    the Asan Institute for Policy Studies: text.english.short_name, stands_alone) or by its
    name without its head noun (Mitsubishi Heavy assets: text.english.name_without_head);
    not inside another name (the King Sejong Institute, the Sejong Center)."""
    from yongeo.text.english import name_without_head, short_name, stands_alone

    return any((word := short(t.text)) is not None and stands_alone(text, word)
               for t in expected if t.lang == "en"
               for short in (short_name, name_without_head))


# Names a draft may render two at a time, by one word for both (양국, the two leaders).
_PAIRED_TYPES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value,
                           EntryType.ORGANIZATION.value})


def _both_named(unit: Unit, entry: Entry, text: str) -> bool:
    """Whether the source coordinates a hit of the entry with another name of its kind
    (South Korea and Japan, 이재명 대통령과 다카이치 총리, 한국 외교부와 일본 외무성) and the
    draft refers to the two by one word for both (양국, 양 정상; the two countries, both
    leaders; two bodies as the two foreign ministries, both governments): each is rendered.
    Two places only where both are countries (_countries)."""
    from yongeo.text import english, korean

    source, draft = unit.source, unit.draft
    language = {"en": english, "ko": korean}
    if source.side.lang not in language or draft.side.lang not in language:
        return False
    if not language[draft.side.lang].names_both(text):
        return False
    if (entry.type == EntryType.ORGANIZATION.value and draft.side.lang == "en"
            and not english.names_both_bodies(text)):
        return False  # two bodies are no two countries or leaders
    coordinated = language[source.side.lang].coordinated
    hits = [hit for hit in source.hits if hit.entry.type == entry.type]
    words = source.side.text
    for first, second in pairwise(hits):
        if entry in (first.entry, second.entry) and first.entry is not second.entry \
                and first.end <= second.start \
                and coordinated(words[first.end:second.start]) \
                and (entry.type != EntryType.PLACE.value or _countries(first, second)):
            return True
    return False


def _countries(*hits: Hit) -> bool:
    """Whether the places of `hits` are countries (CLDR's), which a phrase for both (the two
    countries, the two sides) names; a peninsula or a region is none (한반도와 인도·태평양)."""
    from yongeo.text.places import country_code

    return all(hit.entry.en is not None and country_code(hit.entry.en) is not None
               for hit in hits)


def _city_for_country(unit: Unit, entry: Entry, text: str) -> bool:
    """Whether a country and its city stand for each other between source and draft, as
    news lets a capital stand for its government (text.places.named_as_actor): an English
    draft names a city of the missing country as who acts (한국 정부는 -> Seoul hopes), or
    an English source names the missing city so at every hit and the Korean draft names its
    country, by its name or its short form (Tokyo's decision -> 일본의 결정; Seoul and Tokyo
    -> 한일), or, for Korea's capital, a government with no
    country, as Korean prose names its own (Seoul should act -> 정부는:
    text.places.names_own_government)."""
    from yongeo.text.korean import COUNTRY_SHORT_FORMS, holds_short_form
    from yongeo.text.places import (
        OWN_COUNTRY,
        countries_by_city,
        country_names,
        korean_places_in,
        named_as_actor,
        names_own_government,
        place_key,
    )

    source, draft = unit.source, unit.draft
    if draft.side.lang == "en":
        wanted = {place_key(t.text) for t in entry.terms if t.lang == "ko"}
        return not wanted.isdisjoint(map(place_key, countries_by_city(text)))
    if source.side.lang != "en" or draft.side.lang != "ko":
        return False
    hits = _source_hits(unit, entry)
    if not hits or not all(named_as_actor(source.side.text, h.start, h.end) for h in hits):
        return False
    countries = {place_key(name) for term in entry.terms if term.lang == "en"
                 for name in country_names(term.text)}
    if OWN_COUNTRY in countries and names_own_government(text):
        return True  # Seoul should act -> 정부는: a Korean text's own government
    named = {place_key(t.text) for hit in draft.hits for t in hit.entry.terms
             if t.lang == "ko" and hit.entry.type == EntryType.PLACE.value}
    named.update(map(place_key, korean_places_in(text)))
    # By the country's short form in a compound (Seoul and Tokyo -> 한일 안보협력).
    named.update(place_key(country) for country, short in COUNTRY_SHORT_FORMS.items()
                 if place_key(country) in countries and holds_short_form(text, short))
    return not countries.isdisjoint(named)


def _local_body_by_place(unit: Unit, entry: Entry, text: str) -> bool:
    """Whether an English source names one place's local government by an entry's local
    body noun at every hit (the local government of Ube: text.places.names_a_local_body)
    and the Korean draft names a local government by its place and suffix (우베시가), as
    Korean names it."""
    from yongeo.text.places import LOCAL_BODY_NOUNS, korean_local_body, names_a_local_body

    source = unit.source
    if source.side.lang != "en" or unit.draft.side.lang != "ko" or not any(
            t.text.lower() in LOCAL_BODY_NOUNS for t in entry.terms if t.lang == "en"):
        return False
    hits = _source_hits(unit, entry)
    return bool(hits) and all(names_a_local_body(source.side.text, h.start, h.end)
                              for h in hits) and korean_local_body(text)


def _head_of_body(unit: Unit, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft names the head of the body a title names its head of (head
    of the National Security Office) by any name the glossary gives the body and another
    word for its head (director of the National Security Office, NSO chief:
    text.titles.names_head_of)."""
    from yongeo.text.titles import body_headed, names_head_of

    if unit.draft.side.lang != "en":
        return False
    bodies = {body for term in expected if term.lang == "en"
              and (body := body_headed(term.text)) is not None}
    if not bodies:
        return False
    folded = {" ".join(b.lower().split()) for b in bodies}
    names = set(bodies)
    for hit in unit.draft.every:  # the body's other names, where the draft has them (NSO)
        english = [t.text for t in hit.entry.terms if t.lang == "en"]
        if any(" ".join(e.lower().split()) in folded for e in english):
            names.update(english)
    return names_head_of(text, names)


# How far back a draft is read for the two countries a pair term's head alone refers to:
# the paragraph and a few before it.
_CONTEXT_CHARS = 2000


def _pair_in_context(unit: Unit, expected: tuple[Term, ...], text: str) -> bool:
    """Whether an English draft names a term of a pair of countries by its head alone (the
    relationship, ties have improved, a summit: text.places.pair_head_alone) where it has
    named both countries in the paragraph or those just before it (_countries_before), as a
    text about the two refers to their relations; or by its head with *with* and one of the
    two where the paragraph names the other (tensions with Tokyo:
    text.places.pair_split_by_with); or by its head with one phrase for both countries
    (relations between our countries: text.places.pair_by_both)."""
    from yongeo.text.places import (
        pair_by_both,
        pair_countries,
        pair_head_alone,
        pair_split_by_with,
    )

    draft = unit.draft
    if draft.side.lang != "en":
        return False
    if any(term.lang == "en" and pair_split_by_with(text, term.text) for term in expected):
        return True  # Beijing ... amid tensions with Tokyo
    if any(term.lang == "en" and pair_by_both(text, term.text) for term in expected):
        return True  # relations between our countries
    held = [codes for term in expected if term.lang == "en"
            and (codes := pair_countries(term.text)) is not None
            and pair_head_alone(text, term.text)]
    if not held:
        return False
    named = _countries_before(draft)
    return any(set(codes) <= named for codes in held)


def _countries_before(draft: Piece) -> frozenset[str]:
    """The countries the draft's side names in the paragraphs from _CONTEXT_CHARS before the
    piece to its end (text.places.countries_named), each paragraph read once per side."""
    from yongeo.text.places import countries_named

    side = draft.side
    spans = side.memo.get("paragraphs")
    if spans is None:
        spans = side.memo["paragraphs"] = paragraphs(side.text)
    named: dict[tuple[int, int], frozenset[str]] = side.memo.setdefault("countries", {})
    low = bisect_left(spans, (max(0, draft.start - _CONTEXT_CHARS),)) - 1
    found: set[str] = set()
    for span in spans[max(0, low):]:
        if span[0] >= draft.end:
            break
        if span[1] <= draft.start - _CONTEXT_CHARS:
            continue
        if span not in named:
            named[span] = countries_named(side.text[span[0]:span[1]])
        found |= named[span]
    return frozenset(found)


def _head_before_name(unit: Unit, expected: tuple[Term, ...], entry: Entry) -> bool:
    """Whether an English draft shortens the title to its head right before a person the
    source names too (외교부장관 조현 -> Minister Cho Hyun: text.titles.shortened_before), as
    English does once the office is clear: the person the source gives the title to, where
    it gives it to one (모테기 외무상: not Minister Cho Hyun beside Defense Minister Motegi)."""
    from yongeo.lint.replaced import holders_of
    from yongeo.text.titles import shortened_before

    draft = unit.draft
    if draft.side.lang != "en":
        return False
    titles = [term.text for term in expected if term.lang == "en"]
    source = unit.source
    people = holders_of(source, [hit for hit in source.every if hit.entry.id == entry.id]) or {
        hit.entry.id for hit in source.every if hit.entry.type == EntryType.PERSON.value}
    return any(hit.entry.id in people and shortened_before(draft.side.text, hit.start, titles)
               for hit in draft.hits if hit.start >= draft.start)


def _titled(unit: Unit, entry: Entry) -> bool:
    """Whether the Korean source writes an officer's title right after a hit of the entry
    (외교부 장관, 국방부 대변인: text.titles.title_after_name) or onto it (외교부장:
    head_suffix_after)."""
    from yongeo.text.titles import head_suffix_after, title_after_name

    text = unit.source.side.text
    return any(title_after_name(text, hit.end) is not None or head_suffix_after(text, hit.end)
               for hit in _source_hits(unit, entry))


def _source_hits(unit: Unit, entry: Entry) -> list[Hit]:
    """The hits of the unit's source piece that are the entry's."""
    return [hit for hit in unit.source.hits if hit.entry is entry]


def _kept_keys(entry: Entry, target: str) -> set[str]:
    """For an untranslated entry, the forms that stay as they are (CPTPP in Korean text)."""
    if not entry.untranslated:
        return set()
    return {term_key(t.text) for t in entry.terms_in(target, Status.PREFERRED)}


def _near(unit: Unit, entry: Entry) -> tuple[Piece, ...]:
    """The draft pieces beside the unit where its term may stand: all its neighbours, but a
    neighbouring line whose own source names the entry (its rendering is that line's)."""
    if not unit.neighbour_sources:
        return unit.neighbours
    return tuple(piece for piece, source in zip(unit.neighbours, unit.neighbour_sources,
                                                strict=True)
                 if not any(hit.entry is entry for hit in source.hits))


def _missing_or_kept(unit: Unit, source_hits: list[Hit], expected: tuple[Term, ...],
                     policy: Policy) -> list[Finding]:
    """term.missing, unless the draft keeps the source term as written: then
    term.kept-in-source-language when that rule is on, and nothing when it is off."""
    kept = kept_in_source(unit, source_hits)
    if kept is not None and _glossed_as_another(unit, kept, source_hits[0].entry):
        kept = None  # **shuttle diplomacy**(정상외교): kept, and glossed as another term
    transcribed = None if kept else transcribed_in(unit, source_hits, expected)
    if kept is None and transcribed is None:
        finding = missing_finding(unit, source_hits[0], expected, policy)
        entry = source_hits[0].entry
        # Paragraphs paired by their lengths (lint.align) may be off by one: a term the
        # paragraph beside renders is told, not asserted; unless a rival rendering stands
        # in this one (Independence Day for 광복절: lint.outnumbered), not a place merely
        # named in it, which a paragraph paired one off names as often.
        if (any(hit.entry is entry for piece in _near(unit, entry) for hit in piece.every)
                and not rivals_in(unit, source_hits, expected, gazetteer=False)):
            finding = replace(finding, severity=Severity.INFO)
        return [finding]
    if not policy.enabled(KEPT_IN_SOURCE.id):
        return []
    start, end = kept or transcribed
    draft = unit.draft
    found = draft.side.text[start:end]
    line, _column = unit.source.position(source_hits[0].start)
    if kept:
        message = _("'{term}' (source line {line}) is kept in the source language, not "
                    "translated as '{expected}'").format(
            term=source_hits[0].found, line=line, expected=expected[0].text)
    elif draft.side.lang == "en":
        message = _("'{term}' (source line {line}) is kept in the source language, spelt "
                    "out in Latin letters ('{found}'), not translated as '{expected}'").format(
            term=source_hits[0].found, line=line, found=found, expected=expected[0].text)
    else:
        message = _("'{term}' (source line {line}) is kept in the source language, written "
                    "in Hangul ('{found}'), not translated as '{expected}'").format(
            term=source_hits[0].found, line=line, found=found, expected=expected[0].text)
    return [draft.side.file.finding(
        KEPT_IN_SOURCE.id, policy.severity(KEPT_IN_SOURCE.id), start, end, message,
        entry=source_hits[0].entry, found=found, suggestion=expected[0].text,
        span=draft.side.span)]


# A gloss in brackets right after a word, markup's marks between (**word**(gloss)).
_GLOSS_AFTER = regex.compile(r"[*_'\"’”]*[ \t]*[(（]([^()（）\n]{1,40})[)）]")


def _glossed_as_another(unit: Unit, kept: tuple[int, int], entry: Entry) -> bool:
    """Whether a term the draft keeps in the source's language is glossed in brackets right
    after by another entry's term of the draft's language (**shuttle diplomacy**(정상외교),
    the gloss summit diplomacy's): the draft renders it, wrongly, not keeps it."""
    draft = unit.draft
    gloss = _GLOSS_AFTER.match(draft.side.text, kept[1])
    if gloss is None:
        return False
    start, end = gloss.span(1)
    return any(hit.entry.id != entry.id and start <= hit.start and hit.end <= end
               and hit.term.lang == draft.side.lang for hit in draft.every)


_BLANKS = re.compile(" {2,}")


def missing_finding(unit: Unit, source_hit: Hit, expected: tuple[Term, ...],
                    policy: Policy, dateline: bool = False) -> Finding:
    """term.missing for a source hit whose translation the draft piece lacks (`dateline`: a
    place of the source's dateline that the draft renders with another place)."""
    draft = unit.draft
    line, _column = unit.source.position(source_hit.start)
    wanted = " / ".join(f"'{t.text}'" for t in expected)
    # The term as read: a gloss or a note masked inside it (조세이(長生) 탄광) leaves a run of
    # blanks, which is one space.
    term = _BLANKS.sub(" ", source_hit.found)
    if dateline:
        message = _("'{term}' of the dateline (source line {line}) is not translated as "
                    "{expected}: the translation names another place there").format(
            term=term, line=line, expected=wanted)
    else:
        message = _("'{term}' (source line {line}) is not translated as {expected}").format(
            term=term, line=line, expected=wanted)
    return draft.side.file.finding(
        MISSING.id, policy.severity(MISSING.id), draft.start, draft.end, message,
        entry=source_hit.entry, suggestion=expected[0].text, span=draft.side.span)


def _untranslated(unit: Unit, source_hit: Hit, accepted: list[Hit], policy: Policy
                  ) -> Finding:
    draft = unit.draft
    line, _column = unit.source.position(source_hit.start)
    if accepted:
        where = accepted[0]
        message = _("'{term}' (source line {line}) stays untranslated, not '{found}'").format(
            term=source_hit.found, line=line, found=where.found)
        start, end, found = where.start, where.end, where.found
    else:
        message = _("'{term}' (source line {line}) stays untranslated but is not in the "
                    "translation").format(term=source_hit.found, line=line)
        start, end, found = draft.start, draft.end, None
    return draft.side.file.finding(
        UNTRANSLATED.id, policy.severity(UNTRANSLATED.id), start, end, message,
        entry=source_hit.entry, found=found, suggestion=source_hit.term.text,
        span=draft.side.span)
