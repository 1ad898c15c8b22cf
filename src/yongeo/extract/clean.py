"""Page chrome removal: what a scraped page adds around its text never becomes a term.

The rules are patterns, not a list of one site's strings: interface words (share, print,
font size, icons), menu and breadcrumb labels, lines of dates, times and counters,
copyright lines, bylines and photo credits. The names inside a credit (a news agency, a
publisher) are kept as passages of their own, so they can still be terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from yongeo.extract.markup import BLOCK_BREAK
from yongeo.text.news import chrome_spans


@dataclass(frozen=True)
class Passage:
    """Text from one line of a document: prose, one hashtag, or a name from a credit."""

    line: int
    text: str
    role: str  # "text", "tag" or "credit"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words of web-page interfaces: sharing, printing, font size, navigation, accounts.
UI_WORDS = _words("""
print printer printable page small smaller big bigger large larger font fonts size text
facebook twitter tweet x kakao kakaotalk kakaostory naver band line linkedin instagram
youtube telegram whatsapp wechat weibo reddit pinterest threads bluesky
email e-mail mail share shares shared sharing copy copied link links url bookmark
bookmarks favorite favorites favourite add view more less read scroll scrolltop top
totop back go home menu close closed open search login logout log sign signup subscribe
subscription newsletter comment comments like likes reply next previous prev list button
buttons icon icons zoom increase decrease reset translate language listen audio play
pause download pdf rss feed sitemap contact skip navigation related articles tags tag
a+ a- a to in out up us about on via with this the for of follow
프린트 인쇄 아이콘 페이지 링크 복사 즐겨찾기 추가 페이스북 엑스 트위터 카카오톡 카카오스토리
카카오 네이버 밴드 라인 공유 공유하기 글자 글자크기 크기 확대 축소 닫기 열기 더보기 목록 이전
다음 맨위로 위로 스크랩 구독 로그인 로그아웃 회원가입 검색 메뉴 홈 댓글 좋아요 싫어요 추천
메일 이메일 보내기 주소 저장 듣기 본문 바로가기 기사 가기 url
""")
# Words that only say which button or label it is; a line of only these is still chrome.
_WEAK_UI = _words("a to in out up us about on via with this the for of go back text line page "
                  "size add 기사 가기 주소")

_BULLET = regex.compile(r"^\s*(?:[•·‣▪▫◦●○■□▶►▸→※*+\-–—]\s*)+")
_URL = regex.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?"
_DATE_TIME = regex.compile(
    rf"""(?ix)
    \b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?   # Jan 15, 2026
    | \b\d{{1,2}}\s+{_MONTH}\.?,?\s*(?:\d{{4}})?                  # 15 Jan 2026
    | \b{_MONTH}\.?\s*\d{{4}}                                     # Jan.2026
    | \b{_WEEKDAY}\b\.?,?
    | \d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?(?![\w])    # 07:57 am
    | \b\d{{1,2}}\s*[ap]\.?m\.?(?![\w])
    | \d*\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\.?                  # 2026.02.03, 1142026.02.03
    | \d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}
    | \d{{4}}\s*년(?:\s*\d{{1,2}}\s*월)?(?:\s*\d{{1,2}}\s*일)?
    | \d{{1,2}}\s*월\s*\d{{1,2}}\s*일
    | (?:오전|오후)\s*\d{{1,2}}(?::\d{{2}}|시(?:\s*\d{{1,2}}분)?)
    | \b(?:gmt|utc|kst|jst)(?:[+-]\d{{1,2}})?\b
    """)
_STAMP_WORDS = regex.compile(
    r"(?i)\b(?:updated?|posted|published|modified|created|date|time|views?|hits?|"
    r"read(?:ing)?\s+time|min(?:ute)?s?\s+read)\b\s*:?|입력|수정|기사입력|최종수정|승인|등록|"
    r"조회수?|발행일?")
_COPYRIGHT = regex.compile(r"(?i)^\s*(?:copyright\b|©|\(c\)\s)|all rights reserved|무단\s*전재|"
                           r"재배포\s*금지")
_COPYRIGHT_NOISE = regex.compile(
    r"(?i)copyright|©|\(c\)|all rights reserved\.?|\bby\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*"
    r"(?:19|20)?\d{2})?\b|무단\s*전재[^.]*|재배포\s*금지|저작권자|[.,:;]")
_BYLINE = regex.compile(r"(?i)^\s*(?:by|written by|posted by|edited by|reported by|reporter|"
                        r"correspondent|staff writer)\s+(.{2,80})$")
_KOREAN_BYLINE = regex.compile(r"^\s*\[([^\]=]{2,30})=([^\]]{2,30})\]\s*(?:\S+\s+기자\s*=?)?")
_PHOTO_CREDIT = regex.compile(
    r"(?<=[.!?)”\"’'])\s*(?:/|\||—|–)\s*(?:(?i:photo|image|courtesy)(?:\s+(?i:by|of))?\s*:?\s*)?"
    r"(\p{Lu}[\p{L}&.\-]*(?:[ -]\p{Lu}[\p{L}&.\-]*){0,3})\s*$")
_CREDIT_PREFIX = regex.compile(r"(?i)^\s*(?:photo|image|source|courtesy|credit)s?\s*(?:by|of)?\s*:?"
                               r"\s*(\p{Lu}.{1,60})$")
# A dateline whose dash the feed lost: "(CNN) Shigeo Tokuda looks ...", "(AP) The ...".
_BARE_AGENCY = regex.compile(r"^\((?:\p{Lu}[\p{L}&./\-]*(?:[ ]\p{Lu}[\p{L}&./\-]*){0,3})\)[ \t]+"
                             r"(?=[\p{Lu}\"“‘'])")
_NOTICE = regex.compile(
    r"(?i)^\s*(?:this|the (?:following|above))\s+(?:article|piece|report|text|story|essay|brief)"
    r"\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?:(?:english|korean|japanese|abridged|edited|short"
    r"|shortened)\s+)*(?:summary|translation|version|excerpt|adaptation)\s+(?:of|from)\s+")
_MENU_SPLIT = regex.compile(r"\s+(?:\||>|›|»|/|::)\s+")
_HASHTAG_LINE = regex.compile(r"^\s*#[^\s#][^#]*(?:#[^\s#][^#]*)*$")
_ICON_LABEL = regex.compile(r"(?i)(?:아이콘|\bicons?)\s*$")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}+\-']*|[+-]")
_CAMEL_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
_PUNCTUATION = regex.compile(r"[.!?,;:\"“”]")
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}.'’\-]*")
_CREDIT_SPLIT = regex.compile(r"\s*(?:,|;|/|\band\b|·|\||=)\s*")
_LETTER = regex.compile(r"\p{L}")
_NUMBERISH = regex.compile(r"[\d+\-.,:]+")
# Interface lines and date lines are short; longer lines are prose whatever they hold.
_CHROME_MAX_LENGTH = 160


def clean_lines(lines: list[str]) -> list[Passage]:
    """The passages of a document, chrome removed; line numbers are 1-based."""
    menu_labels = _menu_labels(lines)
    passages: list[Passage] = []
    for number, raw in enumerate(lines, start=1):
        passages.extend(_clean_line(number, raw, menu_labels))
    return passages


def _menu_labels(lines: Iterable[str]) -> frozenset[str]:
    """Labels of breadcrumb and menu lines (Publications | Issue Briefs), folded."""
    labels: set[str] = set()
    for raw in lines:
        segments = _menu_segments(_BULLET.sub("", raw))
        if segments:
            labels.update(s.casefold() for s in segments)
    return frozenset(labels)


def _menu_segments(line: str) -> list[str] | None:
    parts = [p.strip() for p in _MENU_SPLIT.split(line.strip())]
    if len(parts) < 2 or not all(parts):
        return None
    for part in parts:
        words = part.split()
        if len(words) > 4 or _PUNCTUATION.search(part):
            return None
        if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return None
    return parts


def _clean_line(number: int, raw: str, menu_labels: frozenset[str]) -> list[Passage]:
    line = _URL.sub(" ", _BULLET.sub("", raw)).strip()
    if not line:
        return []
    if _menu_segments(line) or line.casefold() in menu_labels:
        return []
    if _HASHTAG_LINE.match(line):
        tags = [t.strip().strip(",.;").strip() for t in line.split("#")]
        return [Passage(number, t, "tag") for t in tags if t]
    if _COPYRIGHT.search(line):
        return _credit(number, _COPYRIGHT_NOISE.sub(" ", line), menu_labels)
    byline = _BYLINE.match(line) or _CREDIT_PREFIX.match(line)
    if byline and _looks_like_names(byline.group(1)):
        return _credit(number, byline.group(1), menu_labels)
    if _is_chrome(line):
        return []
    passages: list[Passage] = []
    korean_byline = _KOREAN_BYLINE.match(line)
    if korean_byline:
        passages.append(Passage(number, korean_byline.group(2).strip(), "credit"))
        line = line[korean_byline.end():].strip()
    line = _strip_news_chrome(line)
    credit = _PHOTO_CREDIT.search(line)
    if credit:
        line = line[:credit.start()].rstrip()
    line = _NOTICE.sub("", line)
    if line and not _is_chrome(line):
        passages.append(Passage(number, line, "text"))
    if credit:
        passages.extend(_credit(number, credit.group(1), menu_labels))
    return passages


def _strip_news_chrome(line: str) -> str:
    """A paragraph without its dateline (SEOUL, South Korea (CNN) --) and closing agency tag:
    the place, the reporter and the agency there belong to the outlet, not to the text."""
    for start, end in reversed(chrome_spans(line)):
        line = (line[:start] + " " + line[end:]).strip()
    return _BARE_AGENCY.sub("", line)


def _looks_like_names(text: str) -> bool:
    """'Kim Tong-hyung, AP' is a byline; 'the way the talks went' is prose."""
    words = _NAME_WORD.findall(text)
    return 0 < len(words) <= 12 and all(
        w[0].isupper() or w.lower() in _NAME_JOINERS or not w[0].isascii() for w in words)


_NAME_JOINERS = _words("and of the de van von da der al el bin")


def _credit(number: int, text: str, menu_labels: frozenset[str]) -> list[Passage]:
    """Names from a credit: glued menu labels split off (AsiatodayPublications)."""
    names: list[str] = []
    for piece in _CREDIT_SPLIT.split(text):
        words = []
        for word in piece.split():
            parts = _CAMEL_GLUE.split(word)
            # A page that lost the space between the credit and the menu after it.
            while len(parts) > 1 and parts[-1].casefold() in menu_labels:
                parts.pop()
            words.append("".join(parts))
        name = " ".join(w for w in words if w.casefold() not in menu_labels).strip(" .-–—()[]")
        if name and _LETTER.search(name) and not _is_chrome(name):
            names.append(name)
    return [Passage(number, name, "credit") for name in names]


def _is_chrome(line: str) -> bool:
    """A line (or what is left of it) made only of interface words, dates, times, numbers."""
    if len(line) > _CHROME_MAX_LENGTH:
        return False
    if _ICON_LABEL.search(line) and len(line.split()) <= 6:
        return True
    rest = _STAMP_WORDS.sub(" ", _DATE_TIME.sub(" ", line))
    tokens = [t.lower() for t in _TOKEN.findall(rest.replace(BLOCK_BREAK, " "))]
    words = [t for t in tokens if not _NUMBERISH.fullmatch(t)]
    if not words:
        return True  # dates, times and counters only
    if len(words) <= 8 and all(w in UI_WORDS for w in words):
        return not all(w in _WEAK_UI for w in words) or len(words) == 1
    return False
