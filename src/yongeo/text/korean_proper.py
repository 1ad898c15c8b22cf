"""Korean proper nouns and titles: what a Hangul word's form, general frequency and the
gazetteers say about it being a person's name, a place, an organization, an event or a title.

Korean has no capitals, so a name is told by other evidence:

- places: CLDR's Korean names of countries, regions and cities (text.places), the
  administrative divisions of both Koreas and the Korean names CLDR used for a country
  before a renaming (터키, still the usual word in news);
- titles: a title lexicon (대통령, 주지사, 보좌관 …); words that are as often something else
  (시장 market or mayor, 지사 branch or governor) are titles only after a name;
- persons: the words right before a title (하야티 야지시 보좌관, 가도와치 사장) when they are
  rare in general Korean (wordfreq), and words spelt only with the syllables of the NIKL
  rules for Japanese that general Korean does not have (도쿠다, 시게오);
- organizations and events: by their heads (프로덕션, 통신, 위원회 …; 올림픽, 월드컵 …).
"""

from __future__ import annotations

from functools import cache, lru_cache

from yongeo.patterns import lazy
from yongeo.text.frequency import common_words
from yongeo.text.gazetteer import find_korean_place
from yongeo.text.japanese import hangul_syllables
from yongeo.text.korean import PARTICLES, decompose, is_particle_chain, is_syllable
from yongeo.text.korean_terms import (
    ORGANIZATION_ENDINGS,
    PLACE_ENDINGS,
    TITLE_ENDINGS,
    type_by_ending,
)
from yongeo.text.places import is_korean_place

# The word tests are pure and asked of every word: their answers are kept for this many.
_CACHE = 1 << 16
# A word this frequent in general Korean (wordfreq Zipf) is an ordinary word, not a name,
# even in a name's place (성인 비디오 감독); names and transliterations sit below it or are
# not in the list at all (굴러 3.6, 앤드류 3.7, 도쿠다, 카라코크).
NAME_MAX_ZIPF = 4.0
# Rarer than this in general Korean (Zipf), a word recurring in a document is specific to it
# (댈러스 3.3, 온코어 and 군고렌 not listed); wordfreq's Korean list starts at COMMON_ZIPF.
RARE_ZIPF = 3.5
# The commonest thousand words or so of Korean (자신, 영화, 지난): never a term alone.
GENERIC_ZIPF = 5.0
COMMON_ZIPF = 3.0
# Title words that are as often ordinary nouns (market, branch, award, representative,
# clinic, lines of a play): titles only right after a name.
AMBIGUOUS_TITLES = frozenset({"시장", "지사", "수상", "대표", "의원", "대사"})
# Of those, the ones that stay ambiguous written solid after a noun (주식시장, 서울지사).
_AMBIGUOUS_AFTER_A_NOUN = frozenset({"시장", "지사", "수상", "대사"})
# Standalone titles: the title lexicon less the ambiguous words.
TITLES = frozenset(t for t in TITLE_ENDINGS if t not in AMBIGUOUS_TITLES)
# Event heads: a noun ending in one names an event (베이징올림픽, 한일 정상회담).
EVENT_ENDINGS = ("올림픽", "월드컵", "아시안게임", "엑스포", "박람회", "정상회담", "정상회의",
                 "전쟁", "대전", "사태", "혁명", "선거", "총선", "대선", "축제", "영화제")
# The parts of a place by the compass: before a place they make a place (서부 텍사스).
COMPASS_PARTS = frozenset("동부 서부 남부 북부 중부 동북부 동남부 서북부 서남부 북동부 북서부 남동부 "
                          "남서부 중서부 극동".split())
# Organization heads written as a word of their own after the name (신화 통신, 루비 프로덕션,
# 국가안보 위원회): the two words are an organization.
ORGANIZATION_HEADS = frozenset({"통신", "통신사", "프로덕션", "방송", "방송사", "신문", "신문사",
                                "일보", "그룹", "은행", "위원회", "협회", "재단", "연구소",
                                "연구원", "대학교", "공사", "기구", "연합", "본부"})
# One-syllable heads of ministries (부), agencies (청), offices (처) and parties (당).
_GOVERNMENT_HEADS = frozenset("부청처당")
_ONE_SYLLABLE_PLACE_HEADS = frozenset(h for h in PLACE_ENDINGS if len(h) == 1)
# Korean place names the gazetteer (text.gazetteer: both Koreas' provinces, cities and sites,
# one name each) and CLDR do not hold: the provinces' and provincial-level cities' full
# official names and usual two-syllable short forms (행정안전부, 행정구역 현황; 북한 행정구역,
# 통일부 북한정보포털); the peninsula and the two Koreas as Korean names them; and the names CLDR's
# Korean gave a country before a renaming (CLDR 41 and earlier: 터키 for Türkiye) or that
# Korean news still uses.
KOREAN_PLACES = frozenset("""
서울특별시 부산광역시 대구광역시 인천광역시 광주광역시 대전광역시 울산광역시 세종특별자치시
세종시 강원특별자치도 강원 충북 충남 전북특별자치도 전북 전남 경북 경남 제주특별자치도
평양직할시 남포특별시 라선특별시 라선 개성시 평남 평북 함남 함북 황해도
한반도 남한 북한
터키 버마 그루지야 체코공화국 스와질란드 마케도니아
""".split())


# Place names more often a common word, alone (경기 game, 세종 the king, 개성 character, 조선
# the dynasty): a place only in their longer forms (경기도, 세종시, 개성시).
_COMMON_WORD_PLACES = frozenset("경기 세종 개성 조선".split())


@cache
def _japanese_syllables() -> frozenset[str]:
    return frozenset(hangul_syllables())


@lru_cache(maxsize=_CACHE)
def is_place_name(stem: str) -> bool:
    """A Korean place name the gazetteers know (미국, 이스탄불, 경기도, 평양, 터키)."""
    if stem in _COMMON_WORD_PLACES:
        return False
    if stem in KOREAN_PLACES or is_korean_place(stem):
        return True
    found = find_korean_place(stem)
    return found is not None and found.entry_type == "place"


@lru_cache(maxsize=_CACHE)
def is_title(stem: str) -> bool:
    """A title by itself (대통령, 주지사) or a title written solid after a place or an
    office (터키총리, 국무장관, 뉴욕시장); never an ambiguous word alone (시장, 지사), nor
    after anything but a place (맥주시장 is a market, 서울지사 a branch office)."""
    if stem in TITLES:
        return True
    for title in TITLE_ENDINGS:
        if stem.endswith(title) and len(stem) > len(title):
            before = stem[:-len(title)]
            if title in _AMBIGUOUS_AFTER_A_NOUN:
                return is_place_name(before)
            return not is_name_like(before)
    return False


def is_ambiguous_title(stem: str) -> bool:
    return stem in AMBIGUOUS_TITLES


def zipf(stem: str) -> float:
    """The word's Zipf frequency in general Korean (0 when wordfreq does not list it)."""
    return common_words("ko").get(stem, 0.0)


# What a common word may carry and still be that word: a predicate's modifier endings, the
# copula's (친구인) and light verbs (많은, 발생한, 출연하), and the suffixes of use, kind and group (성인용, 노인층).
_INFLECTIONS = frozenset("은 는 을 ㄴ 인 한 할 함 하 해 했 된 될 됨 되 돼 됐 용 층 성 적 화".split())


@lru_cache(maxsize=_CACHE)
def is_rare(word: str) -> bool:
    """Rare in general Korean: below RARE_ZIPF, and not a common word with a particle or an
    ending the particle rules left on (그가, 일을, 많은, 발생한, 주민들, 성인용)."""
    return zipf(word) < RARE_ZIPF and not _inflected(word)


def _inflected(word: str, shortest: int = 1) -> bool:
    """A common word and a particle or an ending (is_rare); for a name's sake (shortest 2),
    a common word of two syllables or more and an ending or a particle of two syllables
    (탄압한, 신도에게), since a name's last syllables often read as particles (에르도간)."""
    for cut in range(shortest, len(word)):
        head, tail = word[:cut], word[cut:]
        if zipf(head) < COMMON_ZIPF:
            continue
        if tail in _INFLECTIONS or (is_particle_chain(tail) if shortest == 1 else
                                    tail in PARTICLES and len(tail) >= 2):
            return True
    return False


@lru_cache(maxsize=_CACHE)
def is_name_like(stem: str) -> bool:
    """A word that can be (part of) a person's name where the context calls for one: all
    Hangul syllables, two to five of them, rare in general Korean, and neither a place,
    a title nor a word with an organization or place head."""
    if not 2 <= len(stem) <= 5 or not all(is_syllable(c) for c in stem):
        return False
    if zipf(stem) >= NAME_MAX_ZIPF or is_place_name(stem):
        return False
    if stem in TITLE_ENDINGS or type_by_ending(stem) == "title" or is_organization(stem):
        return False
    # A common word and its ending (탄압한, 신도에게; a one-syllable word and a particle may
    # be a name: 오에), or a place and a suffix (노르웨이인, 미국측).
    if _inflected(stem, 2) or any(is_place_name(stem[:cut]) for cut in (len(stem) - 1,)):
        return False
    return not is_place_headed(stem)


@lru_cache(maxsize=_CACHE)
def is_place_headed(stem: str) -> bool:
    """텍사스주, 서울시, 한반도: a place head after a name; a one-syllable head ends many names
    too (야지시, 하야시), so it counts after a place or a name of three syllables or more."""
    for head in PLACE_ENDINGS:
        if stem.endswith(head) and len(stem) > len(head):
            before = stem[:-len(head)]
            if len(head) >= 2 or len(before) >= 3 or is_place_name(before):
                return True
    return False


@lru_cache(maxsize=_CACHE)
def is_japanese_name(stem: str, shortest: int = 3) -> bool:
    """A word of `shortest` syllables or more, rare in general Korean (is_rare), and
    spelt only with the syllables the NIKL rules write for Japanese kana (with ㄴ for ン and
    ㅅ for ッ): 도쿠다, 시게오, 가도와치, 고노 (Zipf 3.1); not 노인 (common), 트랜스미션 (트,
    랜)."""
    if len(stem) < shortest or zipf(stem) >= RARE_ZIPF or not is_name_like(stem):
        return False
    syllables = _japanese_syllables()
    for char in stem:
        if char in syllables:
            continue
        jamo = decompose(char)
        if len(jamo) == 3 and jamo[2] in "ㄴㅅ":
            base = chr(ord(char) - (ord(char) - 0xAC00) % 28)
            if base in syllables:
                continue
        return False
    return True


@lru_cache(maxsize=_CACHE)
def is_organization(stem: str) -> bool:
    """A noun an organization head ends: one of the lexicon's (신화통신, 루비 프로덕션) or a
    ministry's, an agency's, an office's or a party's one syllable after a common word
    (외교부, 국방부, 기상청, 법제처, 민주당; not 일부, 다반청)."""
    last = stem.split()[-1]
    if type_by_ending(last) == "organization" or (" " in stem and last in ORGANIZATION_HEADS):
        return True
    if " " not in stem and last in ORGANIZATION_ENDINGS and last not in ("정부", "의회", "당"):
        return True  # 외교부, 통일부 alone
    base = last[:-1]
    return last[-1:] in _GOVERNMENT_HEADS and len(base) >= 2 and zipf(base) >= COMMON_ZIPF


@lru_cache(maxsize=_CACHE)
def is_event(stem: str) -> bool:
    """A noun an event head ends (베이징올림픽, 한일 정상회담)."""
    last = stem.split()[-1]
    return any(last.endswith(e) and len(last) > len(e) for e in EVENT_ENDINGS) or \
        (" " in stem and last in EVENT_ENDINGS)


def places_by_head(stems: set[str]) -> set[str]:
    """The words a document also writes with a one-syllable place head (텍사스 beside
    텍사스주, 베이징 beside 베이징시): place names; never the commonest words of Korean
    (지난 beside 지난주, last week)."""
    found = set()
    for stem in stems:
        base = stem[:-1]
        if stem[-1:] in _ONE_SYLLABLE_PLACE_HEADS and len(base) >= 2 and base in stems \
                and zipf(base) < GENERIC_ZIPF:
            found.add(base)
    return found


def is_place_by_particle(stem: str, word: str) -> bool:
    """A name followed by 에서 (at, in, from: 군고렌에서) is a place: a person takes 에게서."""
    return word.startswith(stem + "에서") and is_name_like(stem) and is_rare(stem)


def in_longer_body_name(text: str, start: int) -> bool:
    """Whether the Korean body's name at `start` ends a longer name written in one word with
    it (해상자위대 holds 자위대 but is the Maritime Self-Defense Force, another body): two
    syllables or more before it that do not just name a place (일본자위대, 미국무부: the
    place's body) or where it is stationed (주일미군)."""
    from yongeo.text.korean import STATIONED_MIN_SYLLABLES, STATIONED_PREFIX, syllables_start

    prefix = text[syllables_start(text, start):start]
    if len(prefix) < 2:
        return False
    if prefix.startswith(STATIONED_PREFIX):  # 주일미군: stationed in Japan (일: its short form)
        stationed = prefix[len(STATIONED_PREFIX):]
        if len(stationed) == 1 or len(stationed) >= STATIONED_MIN_SYLLABLES \
                or _names_place(stationed):
            return False
    return not _names_place(prefix)


def stationed_in_its_place(text: str, start: int, end: int) -> bool:
    """Whether the Korean body's name at [start, end) begins with a place and has 駐
    (stationed in, text.korean.STATIONED_PREFIX) written onto it as its word's first
    syllable (주일본대사관: the embassy stationed in Japan, another country's, not Japan's
    embassy, 일본대사관)."""
    from yongeo.text.korean import STATIONED_PREFIX, is_syllable
    from yongeo.text.places import country_of_korean

    at = start - len(STATIONED_PREFIX)
    if at < 0 or not text.startswith(STATIONED_PREFIX, at) or (at > 0
                                                               and is_syllable(text[at - 1])):
        return False
    return any(country_of_korean(text[start:start + size]) for size in range(2, end - start))


def _names_place(word: str) -> bool:
    from yongeo.text.places import korean_places_in

    return "".join(korean_places_in(word)) == word or is_place_name(word)


# How the Korean name of a school or another body ends, 대 (대학) besides the endings of
# text.korean_terms (컬럼비아대, 하버드대 케네디스쿨, 파리정치대학).
_INSTITUTION_ENDINGS = ("대", "대학원", "스쿨")
_WORD_AFTER = lazy(r"[ \t]+([\uac00-\ud7a3]+)")


def body_located(text: str, end: int) -> tuple[int, int] | None:
    """Where the name of the body a place ending at `end` locates is written (its name
    without the ending): the word right after the place, a word of its own with a body's or
    a school's ending and two syllables or more before it (미국 컬럼비아대에서: 컬럼비아; 일본
    와세다대학: 와세다). Korean places a foreign body so, which English names without its
    place (Columbia University); None for another word (미국 정부)."""
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return None
    word = match.group(1)
    for cut in range(len(word), 2, -1):
        if not is_particle_chain(word[cut:]):
            continue
        for ending in (*ORGANIZATION_ENDINGS, *_INSTITUTION_ENDINGS):
            if word[:cut].endswith(ending) and cut - len(ending) >= 2:
                return match.start(1), match.start(1) + cut - len(ending)
    return None
