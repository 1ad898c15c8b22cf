"""A news dateline's place: not text the draft must render, but not one to get wrong.

Datelines and bylines are chrome (lint/markup.py): translators drop them freely ("SEOUL,
South Korea (CNN) --" opens no Korean article), so their terms are never missing. Some
drafts move the dateline's place into the text (BERLIN, Germany -> 독일 베를린의 한 남성이);
a draft that names another place there instead (프랑스 베를린의) mistranslated it. A place of
the glossary in a source piece's dateline is reported as term.missing when the draft does not
render it while it renders the dateline (names another of its places) and names a place more
often than the source does (omission.replaced), as a place of the text would be."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from yongeo.glossary.model import EntryType, Status
from yongeo.lint.findings import Finding
from yongeo.lint.markup import paragraph_chrome
from yongeo.lint.presence import present
from yongeo.lint.replaced import replaced
from yongeo.lint.rules import MISSING, Policy
from yongeo.lint.terms import missing_finding
from yongeo.lint.units import Piece, Unit, paragraphs
from yongeo.match import Hit, Matcher

_PLACE = EntryType.PLACE.value


def news_chrome(text: str) -> tuple[tuple[int, int, str], ...]:
    """The news chrome of a text's paragraphs (what mask_document blanks as chrome), with
    its text as written; not a wire's credits, whose places are where its reporters were
    (text.news.is_credits)."""
    from yongeo.text.news import is_credits

    out = []
    for start, end in paragraphs(text):
        for s, e in paragraph_chrome(text[start:end]):
            if not is_credits(text[start + s:start + e]):  # the reporters' places
                out.append((start + s, start + e, text[start + s:start + e]))
    return tuple(out)


def with_chrome(pieces: Sequence[Piece], matcher: Matcher) -> list[Piece]:
    """The pieces, each given the glossary places of the chrome inside it (Piece.chrome)."""
    pieces = list(pieces)
    if not pieces or not pieces[0].side.chrome:
        return pieces
    side = pieces[0].side
    starts = [p.start for p in pieces]
    # The chrome of these pieces only (a chunk of a long text's paragraphs): by position.
    first = bisect_left(side.chrome, (pieces[0].start,))
    last = bisect_left(side.chrome, (pieces[-1].end,))
    for start, end, text in side.chrome[first:last]:
        piece = pieces[bisect_right(starts, start) - 1]
        if not piece.start <= start < end <= piece.end:
            continue
        piece.chrome += [Hit(h.start + start, h.end + start, h.entry, h.term, h.found)
                         for h in matcher.find_all(text, side.lang, normalized=True)
                         if h.entry.type == _PLACE]
    return pieces


def check_dateline_places(units: Iterable[Unit], policy: Policy) -> list[Finding]:
    """term.missing for a dateline's place that the Korean draft replaced by another."""
    if not policy.enabled(MISSING.id):
        return []
    findings: list[Finding] = []
    for unit in units:
        source, draft = unit.source, unit.draft
        if not source.chrome or draft.side.lang != "ko":
            continue
        named = {hit.entry.id for hit in source.hits}
        drafted = {hit.entry.id for hit in draft.every}
        text = draft.side.text[draft.start:draft.end]
        seen: set[str] = set()
        for hit in source.chrome:
            entry = hit.entry
            if entry.id in seen or entry.id in named or entry.id in drafted:
                continue
            seen.add(entry.id)
            expected = entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)
            if (expected and not present(text, expected, entry)
                    and _rendered(_dateline(source, hit), text, drafted)
                    and replaced(unit, _PLACE, entry.en)):
                findings.append(missing_finding(unit, hit, expected, policy, dateline=True))
    return findings


def _dateline(piece: Piece, hit: Hit) -> tuple[str, list[Hit]]:
    """The text of the chrome that holds the hit, and the glossary places in it."""
    for start, end, text in piece.side.chrome:
        if start <= hit.start < end:
            return text, [h for h in piece.chrome if start <= h.start < end]
    return "", [hit]


def _rendered(dateline: tuple[str, list[Hit]], draft: str, drafted: set[str]) -> bool:
    """Whether the draft renders the dateline at all: it names one of its places, a glossary
    entry or a city or country CLDR knows (BERLIN, Germany -> 베를린). A draft that dropped
    the dateline may name any place the story implies (a London dateline, 미국 록그룹)."""
    from yongeo.text.places import korean_places_in, place_mentions

    text, hits = dateline
    if any(hit.entry.id in drafted for hit in hits):
        return True
    return any(place_mentions(text, place) for place in set(korean_places_in(draft)))
