"""term.deprecated and source.deprecated: a deprecated variant where a better term exists.

A deprecated rendering belongs to its concept: in a terminology guide 삭제 is wrong for
*clear* and right for *delete*. So in a pair, a deprecated term is reported where its
entry's term is present on the other side (and no entry that accepts the word is), or where
no entry accepts the word at all; in a text checked alone, only a word that no entry
accepts is reported. A deprecated variant inside a longer glossary term (타카이치 내각 for
다카이치 내각) is reported once, as that term. A former name of the entry (Entry.former: the
Japan Defense Agency until 2007) is not reported where the text tells of a time before it was
replaced (text.dates.told_before: 1965년 외무부, the then Japan Defense Agency).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex
from rapidfuzz.distance import Levenshtein

from yongeo.glossary.model import Entry, EntryType, Status, Term, term_key
from yongeo.i18n import _
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import MISSING, SOURCE_DEPRECATED, Policy, Rule
from yongeo.lint.sense import hits_in_sense
from yongeo.lint.units import Piece, Unit
from yongeo.match import Hit
from yongeo.text.dates import told_before
from yongeo.text.english import name_follows
from yongeo.text.korean import decompose, has_hangul, is_spelling_variant
from yongeo.text.mention import (
    called_so_bare,
    discussed,
    glossed,
    in_quotation,
    listed_with,
    named_as_name,
    named_former,
    quoted,
    renamed,
)
from yongeo.text.normalize import fold_chars

_ACCEPTED = (Status.PREFERRED, Status.ADMITTED)


def check_deprecated(pieces: Iterable[Piece], rule: Rule, policy: Policy,
                     entries: Sequence[Entry] = ()) -> list[Finding]:
    """Deprecated terms in texts checked alone: only a word that no entry accepts (타카이치
    is deprecated and nothing accepts it; 삭제 is deprecated for clear but accepted for
    delete, so it stands). `entries` (the glossary) lets a deprecated variant inside a
    longer term be reported as that term."""
    if not policy.enabled(rule.id):
        return []
    findings: list[Finding] = []
    for piece in pieces:
        findings += _check_piece(piece, None, rule, policy, entries)
        findings += _in_chrome(piece, rule, policy)
    return findings


def check_deprecated_units(units: Iterable[Unit], rule: Rule, policy: Policy,
                           side: str = "draft") -> list[Finding]:
    """Deprecated terms in the `side` ("draft" or "source") piece of each unit, scoped to
    their concept by the other piece (see the module docstring)."""
    if not policy.enabled(rule.id):
        return []
    findings: list[Finding] = []
    seen: set[int] = set()
    for unit in units:
        piece, other = (unit.draft, unit.source) if side == "draft" else (unit.source,
                                                                          unit.draft)
        if id(piece) in seen:  # a source piece shared by several drafts (msgstr[n])
            continue
        seen.add(id(piece))
        if piece.every:  # most pieces hold no term at all
            findings += _check_piece(piece, other, rule, policy, ())
        findings += _in_chrome(piece, rule, policy)
    return findings


def _in_chrome(piece: Piece, rule: Rule, policy: Policy) -> list[Finding]:
    """A deprecated place in the piece's news chrome, which the working text blanks
    ((동경) for a dateline's TOKYO, 도쿄): the dateline's own words, used, not mentioned."""
    side = piece.side
    findings = []
    for hit in piece.chrome:
        if hit.term.status is not Status.DEPRECATED:
            continue
        better = replacement(hit.entry, hit.term)
        message = _deprecated_message(hit.found, better)
        findings.append(side.file.finding(rule.id, policy.severity(rule.id), hit.start,
                                          hit.end, message, entry=hit.entry, found=hit.found,
                                          suggestion=better or None, span=side.span))
    return findings


def without_covered_missing(findings: list[Finding]) -> list[Finding]:
    """Findings without the term.missing that a deprecated compound already stands for:
    타카이치 내각 reported as deprecated for 다카이치 내각 is not also a missing term."""
    # A deprecated term of an entry counts as its translation, so a term.missing of the same
    # entry around a deprecated finding can only come from a compound.
    covered = {(f.path, f.en, f.ko) for f in findings if f.rule.endswith(".deprecated")}
    if not covered:
        return findings
    return [f for f in findings if not (f.rule == MISSING.id and (f.path, f.en, f.ko) in covered
                                        and _holds_compound(f, findings))]


def _holds_compound(missing: Finding, findings: list[Finding]) -> bool:
    return any(f.rule.endswith(".deprecated") and f.path == missing.path
               and f.en == missing.en and missing.start <= f.start and f.end <= missing.end
               for f in findings)


def _check_piece(piece: Piece, other: Piece | None, rule: Rule, policy: Policy,
                 entries: Sequence[Entry]) -> list[Finding]:
    if not any(h.term.status is Status.DEPRECATED for h in piece.every):
        return []  # most pieces: nothing to report, nothing to look up
    side = piece.side
    severity = policy.severity(rule.id)
    # A concept is in the other piece when one of its accepted terms is, in its sense: 삭제
    # in a source is delete, not clear (for which it is deprecated); "network changes" is
    # not the Change command (바꾸기), so 변경 renders it; updating is the concept of 업데이트
    # (in_sense's `concept`), so 갱신 does not.
    present = _named_concepts(other, piece) if other is not None else set()
    if other is not None:
        present |= _held_in_longer_words(other, piece, present)
    at_span: dict[tuple[int, int], list[Hit]] = {}
    for hit in piece.every:
        at_span.setdefault((hit.start, hit.end), []).append(hit)
    findings: list[Finding] = []
    reported: set[tuple[int, int]] = set()
    # An English word used in another sense (a fixed phrase, a verb for a noun entry) is
    # not the term, deprecated or not.
    for span in dict.fromkeys((h.start, h.end) for h in hits_in_sense(side.text, piece.hits)):
        hit = _reported_hit(at_span.get(span, []), other is not None, present)
        if hit is None:
            continue
        if _other_countrys_body(side.text, hit):
            continue  # 러시아 외무부: Russia's ministry, no former name of ours
        until = hit.entry.former_until(hit.term.text, hit.term.lang)
        if until is not None and (renamed(side.text, hit.start, hit.end) or (
                _former_followed(hit.entry, other, rule, until) and told_before(
                    side.text, hit.start, hit.end, until, piece.start, piece.end))):
            continue  # 방위청, 방위성으로 승격; 1965년 외무부: the name of its time
        better = replacement(hit.entry, hit.term)
        start, end, found, entry = hit.start, hit.end, hit.found, hit.entry
        candidates = [h.entry for h in other.every] if other is not None else entries
        compound = _compound(side.text, hit, better, candidates, side.lang) if better else None
        if compound is not None:
            start, end, entry, better = compound
            found = side.text[start:end]
        if (start, end) in reported:
            continue
        reported.add((start, end))
        message = _deprecated_message(found, better)
        level = severity
        accepted = [t.text for t in entry.terms if t.status in _ACCEPTED]
        # Glossed with ours: someone else's name for it (다케시마(독도)), not our name
        # misspelt (츠시마(대마도): is_variant_spelling).
        # A quotation that translates the source's quotation of the term is a use (House
        # spelling: "Motegi Toshimitsu" -> 사내 표기: '모테기 토시미츠'), whatever is around it.
        translated = (quoted(side.text, start, end) and _quotes_source_term(other, entry)
                      and not _names_accepted_too(piece, entry, start, end))
        # A misspelling of our own name after a bare so-called (이른바 코노 담화) is used.
        named = named_as_name(side.text, start, end) and not (
            is_variant_spelling(hit) and called_so_bare(side.text, start))
        # The source names it by ours only, the draft by the other side's only: no mention.
        # Inside a quotation of another country's speaker, the speaker's own word for it
        # (북한 외무성 대변인은 "조선반도의 ..."라고 했다), kept as said.
        abroad = not is_variant_spelling(hit) and _speaker_abroad(side.text, start, end,
                                                                  side.lang)
        named = named or abroad
        swapped = (rule.id != SOURCE_DEPRECATED.id and _swapped(piece, other, entry, found)
                   and not named_former(side.text, start, end) and not abroad)
        if not swapped and (named or _reports_quotation(
                side.text, start, end, other, entry) or _names_what_other_quotes(
                side.text, start, end, other, entry) or not translated and (
                quoted(side.text, start, end) or discussed(side.text, start, end, accepted)
                or listed_with(side.text, start, end, accepted)
                or (glossed(side.text, start, end, accepted)
                    and not is_variant_spelling(hit)))):
            level = Severity.INFO  # someone else's name for it, or glossed with ours
            message = _("'{found}' is deprecated; here it is mentioned, not used (quoted, "
                        "called so, or beside '{better}')").format(
                found=found, better=better or entry.preferred(side.lang))
        elif _written_in_other(piece, other, found):
            level = Severity.INFO  # a word of this language the other text mentions as such
            message = _("'{found}' is deprecated; the other text writes it so too, in this "
                        "language's script").format(found=found)
        elif (rule.id != SOURCE_DEPRECATED.id and not is_variant_spelling(hit)
              and _mirrors_source(piece, other, entry)):
            level = Severity.INFO  # the source's own mention of the other side's name
            message = _("'{found}' is deprecated; the source names it so here too, beside "
                        "'{better}'").format(found=found,
                                             better=better or entry.preferred(side.lang))
        elif rule.id == SOURCE_DEPRECATED.id and not is_variant_spelling(hit):
            rendered = _rendering(other, entry)
            if rendered is not None:
                level = Severity.INFO  # the other side's name, converted by the translation
                message = _("'{found}' is deprecated; the translation renders it as "
                            "'{rendered}'").format(found=found, rendered=rendered)
        findings.append(side.file.finding(rule.id, level, start, end, message, entry=entry,
                                          found=found, suggestion=better or None,
                                          span=side.span))
    return findings


def _other_countrys_body(text: str, hit: Hit) -> bool:
    """Whether a body's deprecated Korean term stands right after the name of a country not
    the entry's own (러시아 외무부, 영국의 외무부: the common noun for another country's
    ministry, which names Korea's own only before 1998): text.places.korean_country_before;
    the entry's country is the one its English names (owner_countries), else Korea."""
    from yongeo.text.places import KOREA_NAMES, korean_country_before, owner_countries

    if hit.entry.type != EntryType.ORGANIZATION.value or hit.term.lang != "ko":
        return False
    country = korean_country_before(text, hit.start)
    if country is None:
        return False
    owners = {owner for term in hit.entry.terms if term.lang == "en"
              and term.status is not Status.DEPRECATED for owner in owner_countries(term.text)}
    return country not in (owners or KOREA_NAMES)


def _speaker_abroad(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words at [start, end) stand in a quotation (text.mention.quotation_span)
    whose sentence, outside the quotation marks, names another country than Korea and not
    Korea (북한 외무성 대변인은 "조선반도의 ..."라고 했다; the Japanese minister said, "... the
    Sea of Japan"): the speaker's own words for it, kept as said."""
    from yongeo.text.mention import quotation_span
    from yongeo.text.places import (
        KOREA_NAMES,
        country_of_korean,
        english_places_in,
        korean_places_in,
    )
    from yongeo.text.sentences import clause_around, sentence_around

    span = quotation_span(text, start, end)
    if span is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    sentence = sentence_around(text, span[0], line_start, line_end)

    def countries_in(low: int, high: int) -> set[str]:
        outside = text[low:span[0]] + " " + text[span[1]:max(span[1], high)]
        places = korean_places_in(outside) if lang == "ko" else english_places_in(
            outside, shared=False)
        return {country for place in places for country in (country_of_korean(place)
                                                            or {place})}

    # Only the quotation's own sentence: a speaker the paragraph named before may be ours
    # (a fisherman of Uljin after a sentence on Japanese vessels); and of a sentence that
    # contrasts two sides, the quotation's own clause where it names one (한국 측은 ...
    # 쓰는 반면, 일본 측은 '구 조선반도 출신 노동자'라고만 언급한다).
    countries = countries_in(*clause_around(text, span[0], *sentence)) or countries_in(
        *sentence)
    return bool(countries) and not countries & KOREA_NAMES


def _former_followed(entry: Entry, other: Piece | None, rule: Rule, until: int) -> bool:
    """Whether a draft's former name of the entry, the name until `until`, may follow its
    source: the source names the entry by a former name of its own language too (the Japan
    Defense Agency -> 방위청), or its language had no other name that was replaced in the
    same year (names change together: 해상보안청 -> the Maritime Safety Agency, the Korean
    name never changed; the Ministry of Foreign Affairs -> 외무부, the English name of the
    time being today's). A source that names the entry by today's name where its language
    had another then (일본제철 for the 2018 ruling, 신일철주금 until 2019) asks for today's; a
    source that names it by no term of the entry (the JDA) leaves it to the time."""
    if other is None or rule.id == SOURCE_DEPRECATED.id:
        return True  # a text alone, or the source itself: the time decides
    lang = other.side.lang
    if not any(former_lang == lang and year == until
               for former_lang, _text, year in entry.former):
        return True
    named = [hit for hit in other.every if hit.entry.id == entry.id]
    # Named by today's name only: today's is asked for; by no term of the entry (the JDA),
    # or by a former name too, the time decides.
    return not named or any(entry.former_until(hit.term.text, lang) is not None
                            for hit in named)


def _rendering(other: Piece | None, entry: Entry) -> str | None:
    """The accepted term by which the draft piece names the entry, if it does: a source that
    writes the other side's name for it (a Japanese release's *Takeshima*) is converted there
    (독도), as the glossary wants, and the translator has nothing to change. A deprecated
    spelling of one of the entry's terms (*Takahichi*) is no one's name: its source is told to
    correct it, converted or not (the caller asks only of another name)."""
    if other is None:
        return None
    return next((other.side.text[h.start:h.end] for h in other.every
                 if h.entry.id == entry.id and h.term.status in _ACCEPTED), None)


def _mirrors_source(piece: Piece, other: Piece | None, entry: Entry) -> bool:
    """Whether the draft piece follows the source's own distinction between two names of the
    entry: the source names it by an accepted term and by another name the glossary
    deprecates (독도 throughout, and 다케시마 where it reports Japan's claim), and the draft
    names it by an accepted term too and by the other name no more often than the source.
    That name is the source's mention of the other side's, which source.deprecated reports
    in the source. A draft that names the entry by the other name alone (*Takeshima* for the
    source's 독도, the source's own 다케시마 left out) has chosen it."""
    if other is None:
        return False
    ours = _name_counts(piece, entry)
    theirs = _name_counts(other, entry)
    return theirs[0] > 0 and ours[0] > 0 and 0 < ours[1] <= theirs[1]


def _name_counts(piece: Piece, entry: Entry) -> tuple[int, int]:
    """How many places the piece names the entry by an accepted term, and by a deprecated
    one that is another name, not a spelling of an accepted term (is_variant_spelling)."""
    accepted, other = set(), set()
    for hit in piece.every:
        if hit.entry.id != entry.id:
            continue
        if hit.term.status in _ACCEPTED:
            accepted.add((hit.start, hit.end))
        elif not is_variant_spelling(hit):
            other.add((hit.start, hit.end))
    return len(accepted), len(other)


def _named_concepts(other: Piece, piece: Piece) -> set[str]:
    """The entries the other piece names in their sense: by an accepted term, or by a
    deprecated one that no entry accepts there, for an entry the piece itself renders by an
    accepted term too (a Japanese statement's *Takeshima*, three times in a paragraph, written
    독도 twice in its Korean version: the piece converts the name, so the one place it
    mirrors it slipped). A Korean source's 삭제, right for delete, does not name clear, for
    which it is deprecated; and a piece that keeps the other side's name throughout (a
    Japanese embassy's Korean 다케시마) follows it on purpose: source.deprecated reports the
    name in the source. A place the other piece's news chrome names (a dateline's TOKYO) is
    named too."""
    in_sense = hits_in_sense(other.side.text, other.every, concept=True)
    accepted = {h.entry.id for h in (*in_sense, *other.chrome) if h.term.status in _ACCEPTED}
    accepted_at = {(h.start, h.end) for h in in_sense if h.term.status in _ACCEPTED}
    converting = {h.entry.id for h in piece.every if h.term.status in _ACCEPTED}
    return accepted | {h.entry.id for h in in_sense if h.entry.id in converting
                       and (h.start, h.end) not in accepted_at}


def _deprecated_message(found: str, better: str | None) -> str:
    return _("'{found}' is deprecated; use '{better}'").format(
        found=found, better=better) if better else _(
        "'{found}' is deprecated").format(found=found)


def _held_in_longer_words(other: Piece, piece: Piece, named: set[str]) -> set[str]:
    """The places, among the entries of the piece's deprecated hits, that the other piece
    holds at the start of a longer word (동해안, the east coast, holds 동해: lint.presence)
    or, in English, refers to by its name's head alone (the peninsula for the Korean
    Peninsula: text.english.refers_by_bare_head): named there too, so that *Sea of Japan
    coast* for 동해안 is a deprecated choice for the East Sea, and 조선반도 for the peninsula
    one for the Korean Peninsula. Asked only of entries a deprecated hit is of and the
    other piece names no other way."""
    from yongeo.lint.presence import present
    from yongeo.text.english import head_noun, refers_by_bare_head

    out = set()
    text = other.side.text[other.start:other.end]
    for hit in piece.every:
        entry = hit.entry
        if (hit.term.status is not Status.DEPRECATED or entry.id in named or entry.id in out
                or entry.type != EntryType.PLACE.value):
            continue
        accepted = entry.terms_in(other.side.lang, *_ACCEPTED)
        if present(text, accepted, entry):
            out.add(entry.id)
        elif other.side.lang == "en" and any(
                (head := head_noun(term.text)) and refers_by_bare_head(text, head)
                for term in accepted):
            out.add(entry.id)  # the peninsula, named in full before: the Korean Peninsula
    return out


def _reports_quotation(text: str, start: int, end: int, other: Piece | None,
                       entry: Entry) -> bool:
    """Whether a deprecated form stands inside a quotation of the piece whose source piece
    quotes the same deprecated name (a ship's radioed "... around Takeshima, Japanese
    territorial waters." in both versions of a log): the speaker's words reported as they
    were said, the other side's name and all (text.mention.in_quotation)."""
    if other is None or not in_quotation(text, start, end):
        return False
    return any(hit.entry.id == entry.id and hit.term.status is Status.DEPRECATED
               and in_quotation(other.side.text, hit.start, hit.end) for hit in other.every)


def _names_what_other_quotes(text: str, start: int, end: int, other: Piece | None,
                             entry: Entry) -> bool:
    """Whether a deprecated form begins a longer English name (*Takeshima Day*, capitalised
    words after it) while the other piece quotes the entry's deprecated form (이른바
    '다케시마의 날'): the name of another thing, the other side's event or body, which the
    translation mentions, not a use of the name for the place. A form written alone (*the
    islets of Takeshima*) is a use, quoted on the other side or not."""
    if other is None or has_hangul(text[start:end]) or not name_follows(text, end):
        return False
    return any(hit.entry.id == entry.id and hit.term.status is Status.DEPRECATED
               and quoted(other.side.text, hit.start, hit.end) for hit in other.every)


def _quotes_source_term(other: Piece | None, entry: Entry) -> bool:
    """Whether the source piece quotes the entry's term itself, and names none of its
    deprecated forms (House spelling: "Motegi Toshimitsu"; Write "Josei coal mine"): a
    deprecated form quoted in its translation translates that quotation, a use of the
    wrong form, not a mention of someone else's name for it (text.mention.mentioned). A
    source that names the deprecated form too ('다케시마'와 '일본해'는 ... '독도'와 '동해'로)
    is translated by its mentions."""
    if other is None:
        return False
    text = other.side.text[other.start:other.end].casefold()
    if any(term.text.casefold() in text for term in entry.terms
           if term.status is Status.DEPRECATED):
        return False  # in either language (an English post quoting 타카이치 사나에)
    return any(hit.entry.id == entry.id and hit.term.status in _ACCEPTED
               and quoted(other.side.text, hit.start, hit.end) for hit in other.every)


def _names_accepted_too(piece: Piece, entry: Entry, start: int, end: int) -> bool:
    """Whether the piece names the entry by an accepted term outside [start, end) too (Write
    "East Sea". Use "Sea of Japan" only in quotations): the deprecated form beside it is
    the other side's name, mentioned."""
    return any(hit.entry.id == entry.id and hit.term.status in _ACCEPTED
               and (hit.end <= start or hit.start >= end) for hit in piece.every)


def _reported_hit(hits: list[Hit], paired: bool, present: set[str]) -> Hit | None:
    """The deprecated hit to report among the hits of one span, or None.

    Spacing decides which terms the text is (a guide may accept 바로 가기 and deprecate
    바로가기): when the text is written as some accepted or deprecated term, only terms
    written so count; otherwise every term at the span does."""
    deprecated = [h for h in hits if h.term.status is Status.DEPRECATED]
    if not deprecated:
        return None
    accepted = [h for h in hits if h.term.status in _ACCEPTED]
    written = _written(hits[0].found)
    exact_accepted = [h for h in accepted if _written(h.term.text) == written]
    exact_deprecated = [h for h in deprecated if _written(h.term.text) == written]
    if exact_accepted:
        acceptors, candidates = exact_accepted, exact_deprecated
    elif exact_deprecated:
        acceptors, candidates = [], exact_deprecated
    else:
        acceptors, candidates = accepted, deprecated
    if not candidates:
        return None
    if acceptors:
        if not paired:
            return None
        # The word is right for another concept: wrong only where its own concept is in
        # the source and no concept that accepts it is.
        if any(h.entry.id in present for h in acceptors):
            return None
        candidates = [h for h in candidates if h.entry.id in present]
        if not candidates:
            return None
    elif paired:
        # A deprecated spelling (타카이치, 파일이름, Takahichi) is wrong wherever it is; a
        # deprecated word choice (생성 for create, 동경 for Tokyo) only where its concept is
        # in the other piece: elsewhere it is likely another concept's word (generate,
        # longing) that the glossary does not hold.
        candidates = [h for h in candidates if h.entry.id in present or is_variant_spelling(h)]
        if not candidates:
            return None

    def rank(hit: Hit) -> tuple[bool, bool]:
        # Its concept in the source first, then an entry that only respaces it.
        respaced = any(term_key(t.text) == term_key(hit.term.text)
                       for t in hit.entry.terms_in(hit.term.lang, *_ACCEPTED))
        return hit.entry.id not in present, not respaced

    return min(candidates, key=rank)


# A deprecated term at most this many jamo (or letters) from an accepted term of its entry,
# spaces aside, is a way of spelling that term, not another word.
VARIANT_DISTANCE = 2


def _written_in_other(piece: Piece, other: Piece | None, found: str) -> bool:
    """Whether the other piece, in the other language, writes the deprecated form itself in
    this piece's script (an English style note's "never 츠시마", a Korean text's Latin
    *Takeshima*), as a word and at least as often as this piece does: a word of another
    language is quoted there as a word, and the translation carries that mention over (its
    "츠시마는 사용 금지"), whichever side is read as the source."""
    if other is None or other.side.lang == piece.side.lang:
        return False
    count = _word_count(other.side.text[other.start:other.end], found)
    return count > 0 and _word_count(piece.side.text[piece.start:piece.end], found) <= count


def _word_count(text: str, form: str) -> int:
    """How often `form` stands in `text` as a word of its script (a Hangul form followed by
    particles; a Latin one in any case), not inside a longer word."""
    folded, form = fold_chars(text), fold_chars(form)
    letter = r"\uac00-\ud7a3" if has_hangul(form) else r"\p{Latin}"
    after = "" if has_hangul(form) else rf"(?![{letter}])"
    return len(regex.findall(rf"(?<![{letter}]){regex.escape(form)}{after}", folded))


def _swapped(piece: Piece, other: Piece | None, entry: Entry, found: str) -> bool:
    """Whether a draft piece names an entry by a deprecated term only where its source piece
    names it by an accepted term only and does not write the deprecated form itself (East Sea
    naming -> 일본해 표기): the other side's name put for ours, however it is mentioned there
    (a naming noun, quotation marks), which mentions excuse only where the source names the
    other side's name too."""
    if other is None:
        return False
    theirs = {h.term.status for h in other.every if h.entry is entry}
    if fold_chars(found) in fold_chars(other.side.text[other.start:other.end]):
        return False  # the source quotes the form itself (Japan's spelling, "타카이치")
    ours = {h.term.status for h in piece.every if h.entry is entry}
    return (Status.DEPRECATED not in theirs and bool(theirs & set(_ACCEPTED))
            and not ours & set(_ACCEPTED))


def is_variant_spelling(hit: Hit) -> bool:
    """Whether a deprecated term is a spelling of one of its entry's accepted terms (a jamo
    or two apart, or spaced otherwise: 타카이치/다카이치, 디렉토리/디렉터리, 파일이름/파일 이름,
    Takahichi/Takaichi) rather than another word (생성/만들기, 동경/도쿄, 비우기/지우기: a
    consonant of another place of articulation, text.korean.is_spelling_variant)."""
    accepted = hit.entry.terms_in(hit.term.lang, *_ACCEPTED)
    if has_hangul(hit.term.text):
        return any(is_spelling_variant(hit.term.text, t.text, VARIANT_DISTANCE)
                   for t in accepted)
    wrong = "".join(hit.term.text.lower().split())
    return any(Levenshtein.distance(wrong, "".join(t.text.lower().split()),
                                    score_cutoff=VARIANT_DISTANCE) <= VARIANT_DISTANCE
               for t in accepted)


def _written(text: str) -> str:
    return " ".join(text.casefold().split())


def _compound(text: str, hit: Hit, better: str, entries: Iterable[Entry], lang: str
              ) -> tuple[int, int, Entry, str] | None:
    """The longer glossary term the deprecated hit stands in, once corrected: 타카이치
    (for 다카이치) in 타카이치 내각 when 다카이치 내각 is a term. (start, end, entry, term)."""
    key = term_key(better)
    best: tuple[int, int, Entry, str] | None = None
    for entry in entries:
        if entry is hit.entry:
            continue
        for term in entry.terms_in(lang, *_ACCEPTED):
            whole = term_key(term.text)
            at = whole.find(key)
            if at < 0 or len(whole) <= len(key):
                continue
            start = _walk(text, hit.start, whole[:at][::-1], -1)
            end = _walk(text, hit.end, whole[at + len(key):], 1)
            if start is None or end is None:
                continue
            if best is None or end - start > best[1] - best[0]:
                best = (start, end, entry, term.text)
    return best


def _walk(text: str, position: int, wanted: str, step: int) -> int | None:
    """From `position`, read `wanted` (folded, no spaces) leftwards (step -1) or rightwards
    (step 1), over spaces and dashes; the offset where it ends, or None if the text differs.
    A Latin word may not go on past it."""
    index = position if step > 0 else position - 1
    for char in wanted:
        while 0 <= index < len(text) and (text[index].isspace() or text[index] in "-‐‑‒–—―"):
            index += step
        if not (0 <= index < len(text)) or text[index].casefold() != char:
            return None
        index += step
    edge = index if step > 0 else index + 1
    if wanted:
        inside = text[edge - 1] if step > 0 else text[edge]
        beyond = index if 0 <= index < len(text) else None
        if (beyond is not None and inside.isascii() and inside.isalnum()
                and text[beyond].isascii() and text[beyond].isalnum()):
            return None
    return edge


def replacement(entry: Entry, term: Term) -> str:
    """The accepted term of the same language closest in writing to a deprecated one:
    Takahichi -> Takaichi (admitted), 타카이치 사나에 -> 다카이치 사나에 (preferred)."""
    accepted = entry.terms_in(term.lang, Status.PREFERRED, Status.ADMITTED)
    if not accepted:
        return ""
    wrong = decompose(term.text.lower())
    return min(accepted, key=lambda t: (Levenshtein.distance(wrong, decompose(t.text.lower())),
                                        t.status.rank)).text
