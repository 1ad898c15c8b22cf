"""Korean: Hangul syllables and jamo, choseong, particles and suffixes after nouns."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONGSEONG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
              "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_CHOSEONG_SET = frozenset(_CHOSEONG)

# Particles (josa), copula forms and noun suffixes that attach directly to a noun. A noun
# followed only by a chain of these is still that noun (셔틀외교를, 국가안보실장은, 조세이 탄광의).
PARTICLES = frozenset("""
은 는 이 가 을 를 의 에 에서 에게 에게서 께 께서 한테 와 과 로 으로 도 만 까지 부터 보다
처럼 마다 조차 마저 이나 나 이랑 랑 이며 며 이다 다 인 이고 고 이라는 라는 이란 란 이라 라 서
로서 으로서 로써 으로써 든지 이든지 든 이든 야 이야 요 이요 뿐 밖에 이었다 였다 이었 였 입니다
이며 이자 자 라고 이라고 에선 엔 선 과도 와도 과는 와는 에서도 에게는 으로는 로는 에는 에도 께도
들 님 씨 측 간 상 내 외 등 및 과의 와의 에서의 으로의 로의 에의 으로부터 로부터 에서부터 만의
별 별로
""".split())
_MAX_PARTICLE = max(len(p) for p in PARTICLES)


def is_syllable(char: str) -> bool:
    return _SYLLABLE_FIRST <= ord(char) <= _SYLLABLE_LAST


def is_hangul(char: str) -> bool:
    """A Hangul syllable or a compatibility jamo (ㄱ..ㅣ)."""
    code = ord(char)
    return _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST or 0x3131 <= code <= 0x318E


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def decompose(text: str) -> str:
    """Hangul syllables as compatibility jamo (다카이치 -> ㄷㅏㅋㅏㅇㅣㅊㅣ); other chars kept."""
    return "".join(_decompose_char(c) for c in text)


@lru_cache(maxsize=4096)
def _decompose_char(char: str) -> str:
    if not is_syllable(char):
        return char
    index = ord(char) - _SYLLABLE_FIRST
    lead, rest = divmod(index, 588)
    vowel, tail = divmod(rest, 28)
    return _CHOSEONG[lead] + _JUNGSEONG[vowel] + _JONGSEONG[tail]


def choseong(text: str) -> str:
    """The initial consonant of each syllable (셔틀외교 -> ㅅㅌㅇㄱ); other chars dropped."""
    return "".join(_decompose_char(c)[0] for c in text if is_syllable(c))


def is_choseong_query(text: str) -> bool:
    """True for a query made only of initial consonants (and spaces), like ㅅㅌㅇㄱ."""
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and all(c in _CHOSEONG_SET for c in letters)


def jamo_distance(a: str, b: str) -> int:
    """Edit distance counted in jamo, so 타카이치 is one step from 다카이치."""
    return Levenshtein.distance(decompose(a), decompose(b))


def jamo_similarity(a: str, b: str) -> float:
    """1.0 for equal strings, falling with the share of jamo that differ."""
    return Levenshtein.normalized_similarity(decompose(a), decompose(b))


def is_particle_chain(text: str, max_parts: int = 3) -> bool:
    """True when text is one to three particles or suffixes in a row (를, 에서는, 장은 is not)."""
    if not text:
        return True
    if max_parts == 0:
        return False
    for size in range(min(_MAX_PARTICLE, len(text)), 0, -1):
        if text[:size] in PARTICLES and is_particle_chain(text[size:], max_parts - 1):
            return True
    return False


def strip_particles(word: str) -> list[str]:
    """Forms of a word with trailing particle chains removed, longest stem first.

    국가안보실은 -> [국가안보실은, 국가안보실]; the caller decides which stem is a term.
    """
    forms = [word]
    for cut in range(len(word) - 1, 0, -1):
        if is_particle_chain(word[cut:]):
            forms.append(word[:cut])
    return forms
