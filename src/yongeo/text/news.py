"""News English: the chrome that opens or closes a paragraph, and the parts of a sentence a
translation may render freely.

Chrome (datelines, bylines, agency tags) names a place, a reporter or an agency for the
reader of that one outlet and is not part of what is translated: a Korean article drops
"SEOUL, South Korea (CNN) --", an English one drops "(서울=연합뉴스) 홍길동 기자 =". Only the
shape is known here (capitals, brackets, an agency in parentheses, 기자 after a name), never a
list of places, agencies or people.

Two parts of a news sentence are often not rendered word for word: its attribution (the
speaker of a sentence that ends "..., police said.", or "according to police"), which a
Korean article folds into its ending (~것으로 알려졌다) or leaves out; and the seat of power
an election is run for ("the race for the White House": the presidential race, 대선).
"""

from __future__ import annotations

from functools import cache

import regex

from yongeo.patterns import lazy

# An English place in a dateline: a city in capitals (SEOUL, SOUTH PADRE ISLAND, ST. LOUIS);
# what follows it after commas (a country, a state, a date) is capitalised words or a day.
_CAPS_CITY = r"\p{Lu}[\p{Lu}'.\-]{2,}(?:[ ]\p{Lu}[\p{Lu}'.\-]+){0,3}"
_PLACE = r"\p{Lu}[\p{L}'.\-]*(?:[ ]\p{Lu}[\p{L}'.\-]*){0,3}"
_AFTER_CITY = rf"(?:,[ ](?:{_PLACE})(?:[ ]\d{{1,2}})?)*"
# An agency or outlet in brackets: (CNN), (AP), (Yonhap), (Korea Herald), (연합뉴스).
_AGENCY = r"\((?:\p{Lu}[\p{L}&./\-]*(?:[ ]\p{Lu}[\p{L}&./\-]*){0,3}|\p{Hangul}{2,8})\)"
# After a place in mixed case (Seoul (Yonhap) -), the agency in Latin letters: a Hangul word
# in brackets there glosses the words before it (National Security Office (국가안보실) — the
# office that ...: a glossary's entry, no dateline).
_LATIN_AGENCY = r"\(\p{Lu}[\p{L}&./\-]*(?:[ ]\p{Lu}[\p{L}&./\-]*){0,3}\)"
# A dash, also written as a character reference (&#8212; &mdash;) as some feeds leave it.
_DASH = (r"(?:[ \t]*(?:--|\u2014|\u2013|&(?:mdash|ndash|\#8212|\#8211);)[ \t]*"
         r"|[ \t]+-[ \t]+)")
# A photo or agency credit in square brackets, as Korean captions and articles close:
# [연합뉴스], [공동취재/연합뉴스], [로이터=연합뉴스], [외교부 제공]; a few words, no sentence,
# after the last sentence.
_CREDIT = r"\[[ ]*[\p{L}\d][\p{L}\d ./=·&\-]{0,28}\]"
# A credit follows a sentence; in brackets on a line of its own it is a label ([김영자 / 유족]).
_AFTER_SENTENCE = r"(?<=[.!?\"'\u201d\u2019\u300d\u300f)][ \t\u3000]+)"
# A Korean reporter: a name of two to four syllables (or two words) and the title.
_REPORTER = r"\p{Hangul}{2,4}(?:[ ]\p{Hangul}{1,4})?[ ]?(?:기자|특파원|통신원)"
_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"

# At a paragraph's start (after any spaces).
_OPENING = rf"""
    [ \t\u3000]*
    (?:
        {_CAPS_CITY}{_AFTER_CITY}[ ]*{_AGENCY}{_DASH}?     # LONDON, England (CNN) --
      | {_CAPS_CITY}{_AFTER_CITY}{_DASH}                   # WASHINGTON --
      | {_PLACE}{_AFTER_CITY}[ ]*{_LATIN_AGENCY}{_DASH}    # Seoul (Yonhap) -
      | {_AGENCY}{_DASH}                                   # (AP) --
      | By[ ]\p{{Lu}}[\p{{L}}.'\-]*(?:[ ]\p{{Lu}}[\p{{L}}.'\-]*){{1,3}}
            (?:[ ]*,[ ]*\p{{L}}[\p{{L}} ]{{2,40}})?[ \t]*(?=\n|$)   # By John Smith, Staff Reporter
      | [\[(\u3010]\s*\p{{Hangul}}+(?:[ ·/,]\p{{Hangul}}+)*(?:[ ][A-Z]{{2,6}})?\s*=\s*
            [\p{{L}}\d/·&. ]+[\])\u3011]
            (?:[ ]*{_REPORTER}[ ]*=?)?[ ]*                  # (서울=연합뉴스), (도쿄 AP=연합뉴스)
      | \p{{Hangul}}+=(?:{_REPORTER}|[\p{{L}}/]+)[ ]*=?[ ]  # 서울=연합뉴스 / 워싱턴=홍길동 특파원
      | {_REPORTER}[ ]*=[ ]*                               # 홍길동 기자 =
    )
"""

# A wire's credits in brackets: who reported, wrote and edited, and where they were.
_CREDITS = (r"\((?:(?:Additional|Further)[ ]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|"
            r"[Cc]ompiled)[ ]+by[ ][^()\n]{1,200}\)")


_CREDITS_ALONE = regex.compile(r"\s*" + _CREDITS + r"\s*")


def is_credits(chrome: str) -> bool:
    """Whether a piece of chrome is a wire's credits ((Reporting by Jihoon Park in Seoul;
    Editing by Martin Hale)): the places in it are where the reporters were, not the
    story's, as a dateline's are."""
    return _CREDITS_ALONE.fullmatch(chrome) is not None


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
      | {_CREDITS}                                         # (Reporting by ...; Editing by ...)
      | {_AFTER_SENTENCE}(?:\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?[ \t]+)?{_CREDIT}
                                                    # ... 있다. 2025.10.30 [공동취재/연합뉴스]
      | {_AFTER_SENTENCE}\p{{Hangul}}{{1,10}}=[\p{{L}}/]{{2,20}}  # ... 있다. 도쿄=연합뉴스
    )
    (?=\s*\Z)                  # spaces or a final line break after it (a file's last line)
"""


# Chrome is short: an opening is looked for in a paragraph's first _HEAD characters and a
# closing in its last _TAIL, so a paragraph of megabytes costs no more than a short one.
_HEAD = 240
_TAIL = 160
# Every closing holds one of these: an agency's, a credit's or a name's bracket, a
# place's = before its agency, a byline's By, a reporter's title, an address's @.
_CLOSING_MARKS = ("(", "[", "=", "By ", "기자", "특파원", "통신원", "@")


# A credit closing a photo caption's line, which ends on no sentence's stop (사진 설명: 재단
# 사무실 입구 [연합뉴스 자료사진]), at the paragraph's end.
_CAPTION_CREDIT = regex.compile(rf"(?<=(?:^|\n)[ \t]*사진[ ]?설명[ \t]*[:：][^\n]{{1,200}}?[ \t])"
                                rf"{_CREDIT}(?=\s*\Z)")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The opening and closing patterns, compiled when first needed (PO files never are)."""
    return regex.compile(_OPENING, regex.VERBOSE), regex.compile(_CLOSING, regex.VERBOSE)


def chrome_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The dateline or byline opening the paragraph text[start:end] and the byline, agency
    tag or photo caption's credit closing it, as spans of `text` (a paragraph that is only a
    byline is all chrome)."""
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
        closing = closing_pattern.search(text, tail, end) or _CAPTION_CREDIT.search(
            text, tail, end)
        if closing and closing.end() > closing.start():
            spans.append(closing.span())
    return spans


# A verb of speech closing a sentence's attribution, and what may follow it before the
# sentence ends: a day, a phrase of a few words (said in a statement, told reporters).
_SPEECH = r"(?:said|says|told|reported|reports|added|announced|stated|confirmed)"
_AFTER_SPEECH = r"(?:[ ][^\s,;:\"“”]+){0,4}"
# The speaker: a noun phrase of a few words, no clause punctuation in it, nor a sentence's
# end or a line break (a stop inside a word or after an initial is none: U.S. officials).
_SPEAKER = r"(?:[^,;:\"“”()\n.!?]|(?<=\b\p{Lu})\.|\.(?!\s)){0,60}"
# Where the sentence ends: a stop that is no initial's (U.S., W. Bush), then a quote, the
# next sentence or the end of the text.
_SENTENCE_END = r"(?<!\b\p{Lu})[.!?]+[\"”’']?(?=\s|$)|$"
_AFTER = regex.compile(rf"(?P<rest>{_SPEAKER}?)\b{_SPEECH}\b{_AFTER_SPEECH}[ ]*(?:{_SENTENCE_END})")
_INVERTED_AFTER = regex.compile(rf"{_SPEAKER}(?:{_SENTENCE_END})")
# Before the speaker: the reported words and a comma or a closing quote (..., police said;
# "...," said the ministry); or "according to".
_BEFORE = regex.compile(rf"\S[,”\"][ ]+(?P<said>{_SPEECH}[ ]+)?{_SPEAKER}$")
_ACCORDING = regex.compile(rf"\baccording[ ]+to[ ]+{_SPEAKER}$", regex.IGNORECASE)
# An election's goal named by the seat of its office: the race for the White House, a bid
# for Downing Street, the road to the Blue House.
_SEAT_SOUGHT = regex.compile(
    r"\b(?:race|bid|run|running|campaign|contest|battle|fight|quest|road|path)[ ]+(?:for|to)"
    r"[ ]+the[ ]+$", regex.IGNORECASE)
# How far back a sentence's attribution is looked for.
_LOOK_BACK = 240


def in_attribution(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is in the attribution of a reported sentence: in the speaker
    after the reported words and a comma or a closing quote, which a verb of speech and
    the sentence's end follow (..., police said. / ..., the hurricane center said Tuesday.)
    or precede (..., said the ministry.); or after "according to" (according to police, ...).
    Not the subject of a sentence that reports (Police said the driver fled; Guler said
    police had launched an inquiry)."""
    before = text[max(0, start - _LOOK_BACK):start]
    if _ACCORDING.search(before):
        return True
    opened = _BEFORE.search(before)
    if opened is None:
        return False
    if opened.group("said"):
        return _INVERTED_AFTER.match(text, end) is not None
    return _AFTER.match(text, end) is not None


def seat_sought(text: str, start: int) -> bool:
    """Whether the name at `start` is the seat of an office an election is run for, named
    for the office (the race for the White House, a bid for Downing Street): the
    presidential race, not the building or its staff."""
    return _SEAT_SOUGHT.search(text, max(0, start - 40), start) is not None


# A headline: one short line opening a text that goes on, with no full stop at its end.
_HEADLINE_WORDS = 20
_HEADLINE_CHARS = 400  # a longer paragraph is no headline, whatever its words
_FULL_STOP = regex.compile(r"[.!?。][\"”’')\]]*$")
_NON_SPACE = regex.compile(r"\S")


def is_headline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a headline: the first paragraph of a text that has more,
    one line of at most _HEADLINE_WORDS words without a full stop at its end (셔틀외교 복원,
    역사 문제 외면해선 안 된다; Japan, South Korea extend currency swap). Reads the piece and
    the first non-space characters around it only: it is asked of every paragraph."""
    if end - start > _HEADLINE_CHARS or _NON_SPACE.search(text, 0, start) is not None \
            or _NON_SPACE.search(text, end) is None:
        return False
    piece = text[start:end].strip()
    return (bool(piece) and "\n" not in piece and len(piece.split()) <= _HEADLINE_WORDS
            and _FULL_STOP.search(piece) is None)


# A wire story's headline block: the first paragraph, of a few lines each a headline's
# (a slug, the headline, subheads and bullets) or a desk's note (a line in brackets, or
# opening with ※, or a photo caption's), as agencies open a story.
_BLOCK_LINES = 6
_BLOCK_CHARS = 1000
# A letter's or a form's field, one word and a colon (To:, Subject:, 수신:, 제목:): a block
# that has one is a letterhead, not a story's headlines.
_FIELD = regex.compile(r"^[\p{L}.]+[ \t]*[:：]")
_DESK_NOTE = regex.compile(
    r"^(?:※|\((?:[^()\n]|\([^()\n]*\))*\)$|\[[^\[\]\n]*\]$"
    r"|(?i:사진[ ]?설명|photo(?:[ ]caption)?)[ \t]*[:：])")


def is_headline_block(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a headline block: the first paragraph of a text that has
    more, of two to _BLOCK_LINES lines, each a headline's line (at most _HEADLINE_WORDS
    words, no full stop at its end: a slug, the headline, a subhead, a bullet) or a desk's
    note (a line wholly in brackets: (Adds comments in paragraph 6); a line opening with ※
    or a photo caption's label: 사진 설명:, PHOTO CAPTION:), and no line a letter's field
    (To:, 수신:). An agency's edition writes its block anew (UPDATE 3-South Korea's
    security adviser meets Takaichi / 위성락 안보실장, 도쿄서 다카이치 총리 예방 ...)."""
    if end - start > _BLOCK_CHARS or _NON_SPACE.search(text, 0, start) is not None \
            or _NON_SPACE.search(text, end) is None:
        return False
    # A line blanked in the working text (a byline: chrome) is none of the block's.
    lines = [line.strip() for line in text[start:end].split("\n") if line.strip()]
    return 1 < len(lines) <= _BLOCK_LINES and all(
        _DESK_NOTE.search(line) is not None
        or (len(line.split()) <= _HEADLINE_WORDS and _FULL_STOP.search(line) is None
            and _FIELD.search(line) is None)
        for line in lines)


# A line that points away from the story (a related story's headline, a link to read more)
# or claims its rights: what an agency's page carries around a story, no part of it.
_AWAY_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[\[【(]?(?:관련[ ]?(?:기사|뉴스)|함께[ ]볼[ ]만한[ ]기사|(?i:related[ ]"
    r"(?:stor(?:y|ies)|articles?|coverage|news)))[\]】)]?[ \t]*(?:(?P<header>[:：]?[ \t]*$)|[:：▶►])"
    r"|▶[ \t]*관련[ ]?기사|ⓒ|©|<?저작권자[ ]?[ⓒ©]|무단[ ]?전재)[^\n]*")
# A related story's item after its heading: a line opening with a list's mark.
_ITEMS = regex.compile(r"(?:\n[ \t]*[▶►•·\-*][^\n]*)+")
_AWAY_SIGNS = ("관련", "ⓒ", "©", "저작권", "무단", "elated", "ELATED")


def away_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a text that point away from its story or claim its rights: a related
    story's line (관련 기사: ..., Related stories: ...), or such a heading alone with the
    items listed after it (관련 기사 / ▶ ... / ▶ ...), not a cross-reference of
    its own (See also:, 관련어:); and a copyright line (ⓒ 무단 전재-재배포 금지, © 2026
    Reuters), as spans."""
    if not any(sign in text for sign in _AWAY_SIGNS):
        return []
    spans = []
    for match in _AWAY_LINE.finditer(text):
        end = match.end()
        if match.group("header") is not None:  # a heading alone: its list follows it
            items = _ITEMS.match(text, end)
            end = items.end() if items is not None else end
        spans.append((match.start(), end))
    return spans


# A section's heading: one short line opening with a number label (2., 3), II., 제2장, 2장,
# ①), with no full stop at its end, and more text after it.
_SECTION_WORDS = 14
# How far a section reaches after its heading, at most, and where a line starts.
_SECTION_CHARS = 4000
_LINE_START = regex.compile(r"(?m)^(?=\S)")
_SECTION_LABEL = regex.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|제?\d{1,2}[장절]|[①-⑳])[ \t]+\S")


def is_section_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a numbered section's heading: one line of at most
    _SECTION_WORDS words opening with a number label (2. 한일 수출통제 환경의 변화; 3. Key
    Checks under Japan's System; 제2장), no full stop at its end, more text after it."""
    piece = text[start:end].strip()
    return (bool(piece) and "\n" not in piece and len(piece.split()) <= _SECTION_WORDS
            and _SECTION_LABEL.match(piece) is not None and _FULL_STOP.search(piece) is None
            and _NON_SPACE.search(text, end) is not None)


def section_after(text: str, end: int) -> str:
    """The text of the section a heading ending at `end` opens: up to the next numbered
    heading's line (is_section_heading), at most _SECTION_CHARS characters."""
    high = min(len(text), end + _SECTION_CHARS)
    for match in _LINE_START.finditer(text, end, high):
        line_end = text.find("\n", match.start())
        line_end = high if line_end < 0 else line_end
        if is_section_heading(text, match.start(), line_end):
            return text[end:match.start()]
    return text[end:high]


# The most characters a bracketed aside holds: a note, not a passage.
_ASIDE_CHARS = 80
_SHORT_ASIDE = lazy(r"[(（][^()（）\n]{1," + str(_ASIDE_CHARS) + r"}[)）]")


# A legal text's article or section number, whose title follows in brackets (제6조(문화유산
# 보호), 제3조의2(...), Article 6 (Cultural Heritage)).
_ARTICLE_NUMBER = lazy(r"(?:제[ \t]*\d+[ \t]*(?:조|항|장|절|관)(?:의[ \t]*\d+)?"
                       r"|(?:Article|Section|Chapter|Art\.)[ \t]*\d+)[ \t]*$")


def in_aside(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of `text` stands inside a short bracketed aside on one line
    ((1월 13∼14일 나라 한일 정상회담), a desk's or a translator's note): an opening bracket
    before it and a closing one after it, at most _ASIDE_CHARS apart, with no other bracket
    between."""
    return aside_around(text, start, end) is not None


def aside_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The short bracketed aside [start, end) of `text` stands in (in_aside), as the span
    from its opening bracket to its closing one included; None outside one, or in an
    article's title after its number (제6조(문화유산 보호))."""
    low = max(text.rfind("\n", 0, start) + 1, end - _ASIDE_CHARS)
    opening = max(text.rfind("(", low, start), text.rfind("（", low, start))
    if opening < 0 or any(c in text[opening + 1:start] for c in ")）"):
        return None
    if _ARTICLE_NUMBER.search(text, max(0, opening - 16), opening):
        return None  # 제6조(문화유산 보호): an article's title, no note
    high = text.find("\n", end)
    high = min(len(text) if high < 0 else high, opening + _ASIDE_CHARS)
    closing = min((at for at in (text.find(")", end, high), text.find("）", end, high))
                   if at >= 0), default=-1)
    if closing < 0 or any(c in text[end:closing] for c in "(（"):
        return None
    return opening, closing + 1


# An aside that is a name alone, an article before it: (the Claims Agreement), ("청구권협정").
_ARTICLE = lazy(r"(?i)^(?:the|an?)[ \t]+")


def names_alone(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the bracketed aside `span` of `text` (aside_around) holds nothing but the
    words at [start, end), an article and quotation marks aside: a short name the text
    defines for what it has just written out ((the Claims Agreement) after the treaty's full
    title), which a translation gives in its own words, not a note it may leave out."""
    inside = text[span[0] + 1:span[1] - 1].strip().strip("\"'“”‘’「」")
    return _ARTICLE.sub("", inside) == _ARTICLE.sub("", text[start:end])


def short_asides(text: str) -> list[str]:
    """What each short bracketed aside of `text` (at most _ASIDE_CHARS, on one line) holds."""
    return [text[start + 1:end - 1] for start, end in short_aside_spans(text)]


def short_aside_spans(text: str) -> list[tuple[int, int]]:
    """Where each short bracketed aside of `text` is (short_asides), its brackets included."""
    return [match.span() for match in _SHORT_ASIDE.finditer(text)]


# What lists two things or more in a short aside: a comma, a middle dot, an ampersand, and,
# or, 및, 또는, or a Korean noun's 와/과 before a space (확장억제와 인도·태평양 협력).
_LISTING = lazy(r"[,、·&]|\b(?:and|or)\b|(?<![\uac00-\ud7a3])(?:및|또는)(?![\uac00-\ud7a3])"
                r"|(?<=[\uac00-\ud7a3])[와과](?=[ \t])")


def lists_things(aside: str) -> bool:
    """Whether a short aside's text names two things or more (expanded deterrence and
    Indo-Pacific cooperation; 18층, 국제회의장), not one (Briefing Room). A term written with
    a middle dot (인도·태평양) should be blanked out by the caller first."""
    return _LISTING.search(aside) is not None


# The brackets Korean writes a work's title in: 『』 a book, 《》 a book or a journal, 「」 an
# article or a chapter, 〈〉 an article, a film or a song.
_TITLE_BRACKETS = {"『": "』", "《": "》", "「": "」", "〈": "〉"}
# The most characters a work's title holds.
_TITLE_CHARS = 120


def in_work_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of a Korean text stands inside a work's title in its brackets
    (『김대중-오부치에서 이재명-다카이치까지의 한일 정상외교』): a title a translation gives as
    its published translation names it, or translates freely, not term by term. Not where
    the brackets hold the term alone (『고노 담화』, 「야스쿠니 신사」): that is the named
    thing itself, set off as a title or a quotation, and its English is the term's."""
    low = max(text.rfind("\n", 0, start) + 1, start - _TITLE_CHARS)
    for opening, closing in _TITLE_BRACKETS.items():
        at = text.rfind(opening, low, start)
        if at >= 0 and closing not in text[at + 1:start]:
            high = text.find(closing, end, at + _TITLE_CHARS)
            if high >= 0 and "\n" not in text[end:high]:
                return bool(text[at + 1:start].strip() or text[end:high].strip())
    return False


def in_hashtag(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a hashtag (#한일관계, #셔틀외교): a social post's
    keyword, which its translation gives as the platform's tag in its own language
    (#KoreaJapan), not as running text."""
    at = start
    while at > 0 and not text[at - 1].isspace() and text[at - 1] != "#":
        at -= 1
    return at > 0 and text[at - 1] == "#" and not any(c.isspace() for c in text[start:end])
