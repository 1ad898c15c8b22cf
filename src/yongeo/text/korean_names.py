"""Romanised Korean personal names back to Hangul: Lee Jae-myung -> 이재명, Choi Eunmi -> 최은미.

Family names come from a table of their spellings (Lee, Rhee, Yi, I -> 이; Park, Pak, Bak ->
박; Roh, Noh -> 노 ...). Given-name syllables are generated: each common name syllable is
romanised by the Revised Romanisation (text.romanize) and respelt the ways
McCune–Reischauer and passports write it (eo as u or o: 성 sung, 정 chong; i as ee; u as oo;
initial g, d, b, j as k, t, p, ch; yeo as yu or yo: 현 hyun, 연 yon; s as sh before i: 신
shin; final k as c: 락 lac). Where a spelling fits several syllables (jung: 정 중), the more
frequent name syllable comes first, by the order of NAME_SYLLABLES.
"""

from __future__ import annotations

from functools import cache
from itertools import product

from yongeo.text.romanize import romanize

# Family names: spellings -> Hangul, most frequent reading first.
_FAMILY = """
이 lee yi rhee ri i rie
김 kim gim
박 park pak bak
최 choi choe chey
정 jung jeong chung cheong chong
강 kang gang
조 cho jo
윤 yoon yun
장 jang chang
임 lim im rim
한 han
오 oh o
서 seo suh so
신 shin sin
권 kwon gwon
황 hwang
안 ahn an
송 song
유 yoo yu
류 ryu rhyu
홍 hong
전 jeon jun chun chon
고 ko koh go
문 moon mun
양 yang
손 son sohn
배 bae pae
백 baek paik baik
허 heo huh hur
남 nam
심 sim shim
노 noh roh no
하 ha
곽 kwak gwak
성 sung seong
차 cha
주 joo ju chu
우 woo u
구 koo ku gu
민 min
나 na ra
진 jin chin
지 ji chi
엄 eom um
채 chae
원 won
천 cheon
방 bang
공 kong gong
현 hyun hyeon
함 ham
변 byun byeon pyun
염 yeom yum
여 yeo
도 do to
석 seok suk
선 seon sun
설 sul seol
마 ma
길 gil kil
위 wi wee
표 pyo
명 myung myeong
기 ki gi
반 ban pan
왕 wang
금 geum keum
옥 ok
육 yook yuk
인 in
맹 maeng
제 je
모 mo
탁 tak
국 kook guk
연 yeon
어 eo
은 eun
편 pyeon
예 ye
봉 bong
사 sa
부 bu
제갈 jegal
남궁 namkoong namgung
황보 hwangbo
선우 sunwoo seonwoo
독고 dokgo
사공 sagong
"""

# Syllables of Korean given names, most frequent first.
NAME_SYLLABLES = ("영민수현지정준성진재서은경호희미연선우동상철혜원주종태하윤석용승기광인숙명규"
                  "화대창병한일훈세보순옥자남혁택범환섭식근국형열웅빈율린아유예채다나소가슬름"
                  "별람솔봄찬욱완길만표덕복락학권문의중익효청구송란향애분춘필홍래균봉량낙무두시요")


def _family() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in _FAMILY.strip().splitlines():
        hangul, *spellings = line.split()
        for spelling in spellings:
            table.setdefault(spelling, []).append(hangul)
    return table


FAMILY_NAMES = _family()

# Respellings of a Revised Romanisation syllable, applied one after another (each optional).
_RESPELLINGS = (
    ("eo", "u"), ("eo", "o"), ("eu", "u"), ("yeo", "yu"), ("yeo", "yo"), ("ae", "ai"),
    ("oe", "oi"), ("i", "ee"), ("u", "oo"), ("o", "oh"), ("wo", "wu"), ("ui", "ee"),
    ("ui", "eui"), ("hwa", "wha"),
)
_INITIAL_RESPELLINGS = (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("si", "shi"),
                        ("r", "l"), ("r", "n"))
_FINAL_RESPELLINGS = (("k", "c"), ("k", "g"), ("ng", "ng"), ("l", "r"))


def _variants(roman: str) -> set[str]:
    found = {roman}
    for old, new in _RESPELLINGS:
        found |= {v.replace(old, new, 1) for v in found if old in v}
    for old, new in _INITIAL_RESPELLINGS:
        found |= {new + v[len(old):] for v in found if v.startswith(old)}
    for old, new in _FINAL_RESPELLINGS:
        found |= {v[:-len(old)] + new for v in found if v.endswith(old)}
    return found


@cache
def _syllable_index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for syllable in NAME_SYLLABLES:
        for spelling in sorted(_variants(romanize(syllable))):
            readings = index.setdefault(spelling, [])
            if syllable not in readings:
                readings.append(syllable)
    return index


def given_name_readings(given: str) -> list[str]:
    """Hangul readings of a romanised given name (Jae-myung, Eunmi, Sung Lac), best first."""
    index = _syllable_index()
    text = given.lower().replace(" ", "-")
    if "-" in text:
        splits = [text.split("-")]
    else:  # written solid: every cut into two known syllables (eunmi: eun + mi)
        splits = [[text[:cut], text[cut:]] for cut in range(1, len(text))
                  if text[:cut] in index and text[cut:] in index] or [[text]]
    scored: dict[str, int] = {}
    for parts in splits:
        if not all(p in index for p in parts):
            continue
        for choice in product(*(index[p] for p in parts)):
            rank = sum(NAME_SYLLABLES.index(c) for c in choice)
            name = "".join(choice)
            scored[name] = min(rank, scored.get(name, rank))
    return sorted(scored, key=lambda name: (scored[name], name))


def korean_name_readings(name: str) -> list[str]:
    """Hangul readings of a romanised Korean name, family name first (Lee Jae-myung: 이재명)."""
    words = name.split()
    if len(words) < 2:
        return []
    families = FAMILY_NAMES.get(words[0].lower())
    if not families:
        return []
    given = given_name_readings("-".join(words[1:]))
    return [family + reading for reading in given for family in families[:1]]
