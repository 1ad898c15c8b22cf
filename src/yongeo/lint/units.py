"""The pieces checks run on: a side's working text, its paragraphs, and their term hits."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex

from yongeo.lint.findings import FileText, SpanMap
from yongeo.lint.spelling import Misspelling
from yongeo.match import Hit, Matcher, select_longest

# A blank line (spaces allowed) ends a paragraph; several count as one.
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)*")
_NON_SPACE = regex.compile(r"\S")


@dataclass(slots=True)
class Side:
    """One working text (NFC, markup masked) of a file, with its way back to the file."""

    file: FileText
    text: str
    span: SpanMap
    lang: str
    # Likely misspellings found in the text: a missing term they stand for is not reported
    # twice (위성낙 for 위성락 is term.misspelled, not also term.missing).
    misspellings: list[Misspelling] = field(default_factory=list)
    # What a reader sees, when it is not the file's own text (a PO string: unescaped, its
    # markup kept), and the map from working offsets into it; for reports that show text.
    shown: str | None = None
    shown_span: SpanMap | None = None
    # The news chrome the working text blanks out (datelines, bylines), as (start, end,
    # text as written): not text to check, but a dateline's place may still be mistranslated.
    chrome: tuple[tuple[int, int, str], ...] = ()
    # What checks read of the text around a piece, once per paragraph (the countries each
    # paragraph names: lint.terms._countries_before), not again for every piece near it.
    memo: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass(slots=True)
class Piece:
    """A stretch [start, end) of a side: a paragraph, a whole document, a PO string."""

    side: Side
    start: int
    end: int
    # The longest hits, non-overlapping; and every hit, 국가안보실 inside 국가안보실장 too.
    hits: list[Hit] = field(default_factory=list)
    every: list[Hit] = field(default_factory=list)
    # Glossary places in the piece's news chrome (a dateline): see yongeo.lint.chrome.
    chrome: list[Hit] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        return self.side.file.position(self.side.span(offset, offset)[0])


@dataclass(slots=True)
class Unit:
    """A source piece and the draft piece that translates it; for paragraphs paired by
    lint.align, the draft pieces of the units on either side (`neighbours`), where a term
    the pairing misplaced by a paragraph would be; for lines of a block broken into short
    lines, the lines on either side, with their source lines (`neighbour_sources`): a term
    broken otherwise in the draft stands there, unless that line's source names it too."""

    source: Piece
    draft: Piece
    neighbours: tuple[Piece, ...] = ()
    neighbour_sources: tuple[Piece, ...] = ()


@dataclass(slots=True)
class Block:
    """Pieces a report shows together, as they were checked: a paragraph and its
    translation, a PO entry's strings (keyed msgid, msgid_plural, msgstr, msgstr[n]), or a
    paragraph of a text checked alone (drafts only). `units` pair each draft with its source."""

    sources: list[tuple[str, Piece]]
    drafts: list[tuple[str, Piece]]
    units: list[Unit] = field(default_factory=list)
    context: str | None = None
    fuzzy: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated paragraphs that hold any non-space text."""
    spans = []
    last = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((last, match.start()))
        last = match.end()
    spans.append((last, len(text)))
    return [(s, e) for s, e in spans if _NON_SPACE.search(text, s, e)]


_LINE = regex.compile(r"[^\n]*\S[^\n]*")


def lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that hold any non-space text."""
    return [match.span() for match in _LINE.finditer(text)]


# A line that ends its own piece of text: a stop, a closing quote or bracket, a colon, a
# tag's or a number's end; or a short line (a caption, a label, a heading, a table's row).
_LINE_CLOSED = re.compile(r"[.!?。:;\"”’')\]>}|0-9*_]\s*$")
SHORT_LINE = 50
# The share of lines that must stand alone for texts of as many lines to be paired line by
# line: hard-wrapped prose breaks most of its lines inside a sentence.
_CLOSED_SHARE = 0.8


def lines_stand_alone(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the lines of a text (`spans`) are pieces of their own, not a paragraph wrapped
    at a width: nearly every line but the last ends as a sentence, a quotation, a tag or a
    number ends, or is short (a subtitle's or a list's line, a table's row, a heading), or
    comes before a list's item, a heading or a tag (_OPENS_PIECE); and
    neither ends with a hyphen nor has the next line go on in lower case (The Korea-\nJapan
    summit and shuttle\ndiplomacy.)."""
    if len(spans) < 2:
        return False
    closed = sum(1 for (start, end), (after, _end) in pairwise(spans)
                 if not _GOES_ON.match(text, after) and text[end - 1] != "-"
                 and (end - start <= SHORT_LINE or _LINE_CLOSED.search(text, start, end)
                      or _OPENS_PIECE.match(text, after)))
    return closed >= _CLOSED_SHARE * (len(spans) - 1)


# A line that goes on from the line before: it opens with a lower-case letter.
_GOES_ON = re.compile(r"\s*[a-z]")
# A line that opens a piece of its own: a list's item, a heading, a quotation's or a tag's
# line (- item, 1. item, ## Slide 2, > quoted, <tr>).
_OPENS_PIECE = re.compile(r"[ \t]*(?:[-*+•·▲■□○◇◆▶►※#>|]|\d{1,3}[.)][ \t]|<[A-Za-z/!])")


def pieces(side: Side, spans: Sequence[tuple[int, int]], matcher: Matcher,
           stretch: bool = False) -> list[Piece]:
    """The pieces of a side with their hits: one scan of the whole text, hits bucketed, and
    a hit that would run across a paragraph break dropped. With `stretch`, only the text
    from the first span's start to the last one's end is scanned (a chunk of paragraphs of
    a long text; the hits are the same)."""
    out = [Piece(side, s, e) for s, e in spans]
    if not out:
        return out
    starts = [s for s, _ in spans]
    found = (matcher.find_all_in(side.text, spans[0][0], spans[-1][1], side.lang) if stretch
             else matcher.find_all(side.text, side.lang))
    for hit in found:
        index = bisect_right(starts, hit.start) - 1
        if index < 0:
            continue
        piece = out[index]
        if hit.end <= piece.end or (index + 1 < len(out) and _runs_onto_next_line(
                side.text, piece, out[index + 1], hit.end)):
            piece.every.append(hit)
    for piece in out:
        piece.hits = select_longest(piece.every)
    return out


def _runs_onto_next_line(text: str, piece: Piece, following: Piece, end: int) -> bool:
    """Whether a hit that starts in `piece` and ends at `end` runs onto the line right after
    it, the next piece (lines paired one by one: a subtitle's *Josei coal* / *mine*): the
    term is the first line's, where it starts; not across a blank line (a paragraph's
    break)."""
    return end <= following.end and next_line(piece, following)


def next_line(first: Piece, second: Piece) -> bool:
    """Whether `second` is the line right after `first`'s in their text, no blank line
    between."""
    between = first.side.text[first.end:second.start]
    return first.side is second.side and between.count("\n") == 1 and not between.strip()


# A word of Latin letters: where a Korean text may keep an English term.
_LATIN_WORD = regex.compile(r"[A-Za-z]{2,}")


def with_kept_words(parts: list[Piece], matcher: Matcher, target: str) -> list[Piece]:
    """Korean source pieces with the English glossary terms they keep as written
    (Pragmatic diplomacy라는 label, a slide's title "Treaty on Basic Relations"), for entries
    the piece names in no other way: an English translation keeps such a term, and one that
    puts another word in its place (public diplomacy) leaves it out. Not where the piece
    names the entry in Korean too (셔틀외교(shuttle diplomacy): one mention, glossed), nor a
    term that is a rendering only (launch for 출범: as_source)."""
    if target != "en" or not parts or parts[0].side.lang != "ko":
        return parts
    side = parts[0].side
    low, high = parts[0].start, parts[-1].end
    if _LATIN_WORD.search(side.text, low, high) is None:
        return parts
    starts = [piece.start for piece in parts]
    found = [hit for hit in matcher.find_all_in(side.text, low, high, "en")
             if hit.term.lang == "en" and not hit.term.rendering
             and _LATIN_WORD.search(hit.found)]
    if not found:
        return parts
    out = list(parts)
    for hit in found:
        index = bisect_right(starts, hit.start) - 1
        if index < 0 or hit.end > out[index].end:
            continue
        piece = out[index]
        if any(other.entry.id == hit.entry.id or (other.start < hit.end and hit.start < other.end)
               for other in piece.every):
            continue
        every = sorted([*piece.every, hit], key=lambda h: (h.start, -h.end))
        out[index] = replace(piece, every=every, hits=select_longest(every))
    return out


def as_source(parts: list[Piece], matcher: Matcher) -> list[Piece]:
    """Source pieces without the hits of terms that are renderings only (Term.rendering:
    launch for 출범), which a source is not read for; new pieces where any is dropped."""
    if not matcher.renderings:
        return parts
    out = []
    for piece in parts:
        if any(hit.term.rendering for hit in piece.every):
            every = [hit for hit in piece.every if not hit.term.rendering]
            piece = replace(piece, every=every, hits=select_longest(every))
        out.append(piece)
    return out
