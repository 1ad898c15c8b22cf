"""News chrome: the datelines, bylines and agency tags that open or close a news paragraph.

They name a place, a reporter or an agency for the reader of that one outlet and are not part
of what is translated: a Korean article drops "SEOUL, South Korea (CNN) --", an English one
drops "(서울=연합뉴스) 홍길동 기자 =". Only the shape is known here (capitals, brackets, an
agency in parentheses, 기자 after a name), never a list of places, agencies or people.
"""

from __future__ import annotations

from functools import cache

import regex

# An English place in a dateline: a city in capitals (SEOUL, SOUTH PADRE ISLAND, ST. LOUIS);
# what follows it after commas (a country, a state, a date) is capitalised words or a day.
_CAPS_CITY = r"\p{Lu}[\p{Lu}'.\-]{2,}(?:[ ]\p{Lu}[\p{Lu}'.\-]+){0,3}"
_PLACE = r"\p{Lu}[\p{L}'.\-]*(?:[ ]\p{Lu}[\p{L}'.\-]*){0,3}"
_AFTER_CITY = rf"(?:,[ ](?:{_PLACE})(?:[ ]\d{{1,2}})?)*"
# An agency or outlet in brackets: (CNN), (AP), (Yonhap), (Korea Herald), (연합뉴스).
_AGENCY = r"\((?:\p{Lu}[\p{L}&./\-]*(?:[ ]\p{Lu}[\p{L}&./\-]*){0,3}|\p{Hangul}{2,8})\)"
# A dash, also written as a character reference (&#8212; &mdash;) as some feeds leave it.
_DASH = (r"(?:[ \t]*(?:--|\u2014|\u2013|&(?:mdash|ndash|\#8212|\#8211);)[ \t]*"
         r"|[ \t]+-[ \t]+)")
# A Korean reporter: a name of two to four syllables (or two words) and the title.
_REPORTER = r"\p{Hangul}{2,4}(?:[ ]\p{Hangul}{1,4})?[ ]?(?:기자|특파원|통신원)"
_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"

# At a paragraph's start (after any spaces).
_OPENING = rf"""
    [ \t\u3000]*
    (?:
        {_CAPS_CITY}{_AFTER_CITY}[ ]*{_AGENCY}{_DASH}?     # LONDON, England (CNN) --
      | {_CAPS_CITY}{_AFTER_CITY}{_DASH}                   # WASHINGTON --
      | {_PLACE}{_AFTER_CITY}[ ]*{_AGENCY}{_DASH}          # Seoul (Yonhap) -
      | {_AGENCY}{_DASH}                                   # (AP) --
      | By[ ]\p{{Lu}}[\p{{L}}.'\-]*(?:[ ]\p{{Lu}}[\p{{L}}.'\-]*){{1,3}}
            (?:[ ]*,[ ]*\p{{L}}[\p{{L}} ]{{2,40}})?[ \t]*(?=\n|$)   # By John Smith, Staff Reporter
      | [\[(\u3010]\s*\p{{Hangul}}+(?:[ ·/,]\p{{Hangul}}+)*\s*=\s*[\p{{L}}\d/·&. ]+[\])\u3011]
            (?:[ ]*{_REPORTER}[ ]*=?)?[ ]*                  # (서울=연합뉴스) 홍길동 기자 =
      | \p{{Hangul}}+=(?:{_REPORTER}|[\p{{L}}/]+)[ ]*=?[ ]  # 서울=연합뉴스 / 워싱턴=홍길동 특파원
      | {_REPORTER}[ ]*=[ ]*                               # 홍길동 기자 =
    )
"""

# At a paragraph's end: after the last sentence, or on a line of its own.
_CLOSING = rf"""
    (?:(?<=[.!?"'\u201d\u2019\u300d\u300f)])|(?<=^|\n))[ \t\u3000]*
    (?:
        {_AGENCY}                                           # ... said. (Yonhap)
      | By[ ]\p{{Lu}}[\p{{L}}.'\-]*(?:[ ]\p{{Lu}}[\p{{L}}.'\-]*){{1,3}}
            (?:[ ]*,[ ]*\p{{L}}[\p{{L}} ]{{2,40}})?         # By John Smith, Staff Reporter
      | /?[ ]*{_REPORTER}(?:[ ]*\(?{_EMAIL}\)?)?            # 홍길동 기자 hong@example.com
      | /[ ]*\p{{Hangul}}{{2,4}}[ ]*\(\p{{L}}[\p{{L}}. ]*\)  # / 홍길동(연합뉴스), / 이름(CNN)
      | {_EMAIL}
    )
    [ \t\u3000]*\Z
"""


# Chrome is short: an opening is looked for in a paragraph's first _HEAD characters and a
# closing in its last _TAIL, so a paragraph of megabytes costs no more than a short one.
_HEAD = 240
_TAIL = 160
# Every closing holds one of these: an agency's or a name's bracket, a byline's By, a
# reporter's title, an address's @.
_CLOSING_MARKS = ("(", "By ", "기자", "특파원", "통신원", "@")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The opening and closing patterns, compiled when first needed (PO files never are)."""
    return regex.compile(_OPENING, regex.VERBOSE), regex.compile(_CLOSING, regex.VERBOSE)


def chrome_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The dateline or byline opening the paragraph text[start:end] and the byline or agency
    tag closing it, as spans of `text` (a paragraph that is only a byline is all chrome)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    opening_pattern, closing_pattern = _patterns()
    opening = opening_pattern.match(text, start, min(end, start + _HEAD))
    first = start
    if opening and opening.end() > start:
        spans.append((start, opening.end()))
        first = opening.end()
    tail = max(first, end - _TAIL)
    # Searching every position of the tail costs more than the rest: only a tail that holds
    # what every closing has is searched.
    if any(mark in text[tail:end] for mark in _CLOSING_MARKS):
        closing = closing_pattern.search(text, tail, end)
        if closing and closing.end() > closing.start():
            spans.append(closing.span())
    return spans
