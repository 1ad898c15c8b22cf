"""Korean titles of office: a closed class of words that Korean writes after a name (고든 브라운
영국 총리), so that a draft that writes another title than its source there (Prime Minister
Gordon Brown -> 고든 브라운 영국 대통령) can be told from one that leaves the title out
(-> 고든 브라운은)."""

from __future__ import annotations

from functools import cache

from yongeo.patterns import lazy
from yongeo.text.korean import is_particle_chain

# Heads of state and government, ministers, legislators, envoys and officials, as news
# writes them after a name.
KOREAN_TITLES = frozenset("""
대통령 부통령 총리 수상 총통 주석 국왕 여왕 교황 장관 차관 의원 상원의원 하원의원 대사 사무총장
총장 대변인 주지사 지사 시장 위원장 의장 대표 총재 국무장관 외무장관 외교장관 국방장관
""".split())

# The word at a position, and the one after it (spaces between).
_WORD_AT = lazy(r"([\uac00-\ud7a3]+)")
_SPACES = lazy(r"[ \t\u00a0]*")


def title_after_name(text: str, end: int) -> str | None:
    """The Korean title written after the name that ends at `end`: the next word, or the one
    after a place's name (고든 브라운 영국 대통령은: 영국 is CLDR's United Kingdom), when it is
    a title with particles or nothing after it (대통령은, 총리가; not 대통령직, the
    presidency)."""
    from yongeo.text.places import korean_places_in

    at = _SPACES.match(text, end).end()
    for _step in range(2):
        word = _WORD_AT.match(text, at)
        if word is None:
            return None
        title = _title_of(word.group(1))
        if title is not None:
            return title
        if korean_places_in(word.group(1)) != [word.group(1)]:
            return None  # neither a title nor a place: the name's phrase goes on otherwise
        at = _SPACES.match(text, word.end()).end()
    return None


def _title_of(word: str) -> str | None:
    for title in _by_length():
        if word.startswith(title) and is_particle_chain(word[len(title):]):
            return title
    return None


@cache
def _by_length() -> tuple[str, ...]:
    return tuple(sorted(KOREAN_TITLES, key=len, reverse=True))
