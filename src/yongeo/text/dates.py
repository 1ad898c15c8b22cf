"""The time a passage speaks of, in either language: the years written around a word (1965,
1998년, 9 January 2007, the 1990s, 1990년대) and the words that put a name in the past (당시,
the then): what makes a body's former name right where a text tells of its time."""

from __future__ import annotations

from yongeo.patterns import lazy
from yongeo.text.sentences import sentence_around

# A year: four digits from 1600 to 2099 standing alone (no digit, letter or decimal point
# around them), in English or before 년 or 년대 (2007년, 1990년대) or as a decade (the 1990s),
# never before another Hangul counter (2000명, 1965개).
_YEAR = lazy(r"(?<![\p{N}\p{L}.,/:])(1[6-9]\d\d|20\d\d)(?:s\b|년대|년|(?![\p{N}\p{L}]))")
# Right before a name, words that put it in its time: 당시 (at the time), the then(-), then-.
_THEN_BEFORE = lazy(r"(?:(?<!\p{L})당시(?:의)?|(?i:(?<!\p{L})the[ \t]+then)-?|(?<!\p{L})then-)"
                    r"[ \t]*$")


# A Markdown heading: a section's dates (## 2. 긴 '청'의 시대 (1954~2007)) tell the time of
# its paragraphs. Looked for this far back at most.
_HEADING = lazy(r"(?m)^#{1,6}[ \t][^\n]*$")
_HEADING_REACH = 20_000


def years_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The years written in text[start:end], as (position, year), in order; a decade as its
    first year (the 1990s, 1990년대: 1990)."""
    end = len(text) if end is None else end
    return [(match.start(), int(match.group(1))) for match in _YEAR.finditer(text, start, end)]


def year_spoken_of(text: str, start: int, end: int, begin: int = 0,
                   stop: int | None = None) -> int | None:
    """The year the words at [start, end) are told of: the year nearest before them in their
    sentence, or else the first after them in it, or else the last year written before them
    in text[begin:stop] (a paragraph's opening year, a timeline entry's date), or else the
    first year of the last Markdown heading before the paragraph (a section's period: ###
    1954~2007); None where no year is written. A year further back in running text does not
    date them: a text on history comes back to the present."""
    sentence = sentence_around(text, start, begin, stop)
    before = years_in(text, sentence[0], start)
    if before:
        return before[-1][1]
    after = years_in(text, end, sentence[1])
    if after:
        return after[0][1]
    earlier = years_in(text, begin, sentence[0])
    if earlier:
        return earlier[-1][1]
    heading = None
    for heading in _HEADING.finditer(text, max(0, begin - _HEADING_REACH), begin):
        pass  # the last one
    if heading is not None:
        dated = years_in(text, heading.start(), heading.end())
        return dated[0][1] if dated else None
    return None


def told_before(text: str, start: int, end: int, until: int, begin: int = 0,
                stop: int | None = None) -> bool:
    """Whether the words at [start, end) are told of the time until the year `until` (that
    year too: a name changed in the year is still its name in the year): a name put in its
    time by the words right before it (당시 외무부, the then Japan Defense Agency), or the
    year they are told of (year_spoken_of) no later than `until`."""
    if _THEN_BEFORE.search(text, max(begin, start - 12), start):
        return True
    year = year_spoken_of(text, start, end, begin, stop)
    return year is not None and year <= until
