"""Romanised Korean personal names back to Hangul: Lee Jae-myung -> 이재명, Choi Eunmi -> 최은미.

Family names come from a table of their spellings (Lee, Rhee, Yi, I -> 이; Park, Pak, Bak ->
박; Roh, Noh -> 노 ...). Given-name syllables are generated: each common name syllable is
romanised by the Revised Romanisation (text.romanize) and respelt the ways
McCune–Reischauer and passports write it (eo as u or o: 성 sung, 정 chong; i as ee; u as oo;
initial g, d, b, j as k, t, p, ch; yeo as yu or yo: 현 hyun, 연 yon; s as sh before i: 신
shin; final k as c: 락 lac; 우 as woo). Where a spelling fits several syllables (jung: 정 중), the more
frequent name syllable comes first, by the order of NAME_SYLLABLES, unless it needs more
respellings (soon: 순 before 선, whose Revised Romanisation seon is further from it).
"""

from __future__ import annotations

from functools import cache
from itertools import product

import regex

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
NAME_SYLLABLES = tuple(dict.fromkeys(
    "영민수현지정준성진재서은경호희미연선우동상철혜원주종태하윤석용승기광인숙명규"
    "화대창병한일훈세보순옥자남혁택범환섭식근국형열웅빈율린아유예채다나소가슬름"
    "별람솔봄찬욱완길만표덕복락학권문의중익효청구송란향애분춘필홍래균봉량낙무두시요"
    # less frequent, from the names of public figures of both Koreas
    "도리라로관계박회룡삼갑건걸겸곤교극금김두만목묵백범벽변부빈산새섭설섬소손실심안애야양언"
    "엄여역엽오온옹왕운월위육을음응이임작장전점제조존좌직질천초총추충치칠탁택토통"
    "판팔평포필학할함해행향허헌형홍활황후휘흠흥"))


def _family() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in _FAMILY.strip().splitlines():
        hangul, *spellings = line.split()
        for spelling in spellings:
            table.setdefault(spelling, []).append(hangul)
    return table


FAMILY_NAMES = _family()

# Respellings of a Revised Romanisation syllable, applied one after another (each optional).
# (u as oo comes first, so that it never respells a u that was eo: soon is 순, not 선.)
_RESPELLINGS = (
    ("u", "oo"), ("eo", "u"), ("eo", "o"), ("eu", "u"), ("yeo", "yu"), ("yeo", "yo"),
    ("yeo", "you"), ("ae", "ai"), ("oe", "oi"), ("i", "ee"), ("o", "oh"), ("wo", "wu"),
    ("ui", "ee"), ("ui", "eui"), ("hwa", "wha"),
)
_INITIAL_RESPELLINGS = (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("si", "shi"),
                        ("r", "l"), ("r", "n"), ("oo", "woo"))
_FINAL_RESPELLINGS = (("k", "c"), ("k", "g"), ("ng", "ng"), ("l", "r"))


# A spelling that takes more respellings from the Revised Romanisation is the less likely
# reading: each costs as much as this many places down the frequency list (yong is 용 before
# 영; chung is 정 before 청), except eo as u, the usual spelling before 2000 and in
# passports (sung 성, hyun 현, suk 석), which is as common as eo itself and costs nothing.
RESPELLING_COST = 40
CHEAP_RESPELLING_COST = 0


def _variants(roman: str) -> dict[str, int]:
    """Each spelling of a syllable and the least cost of respellings that give it."""
    found = {roman: 0}

    def add(spelling: str, steps: int) -> None:
        if spelling not in found or steps < found[spelling]:
            found[spelling] = steps

    for old, new in _RESPELLINGS:
        cost = CHEAP_RESPELLING_COST if (old, new) == ("eo", "u") else RESPELLING_COST
        for v, steps in list(found.items()):
            if old in v:
                add(v.replace(old, new, 1), steps + cost)
    for old, new in _INITIAL_RESPELLINGS:
        for v, steps in list(found.items()):
            if v.startswith(old):
                add(new + v[len(old):], steps + RESPELLING_COST)
    for old, new in _FINAL_RESPELLINGS:
        for v, steps in list(found.items()):
            if v.endswith(old) and old != new:
                add(v[:-len(old)] + new, steps + RESPELLING_COST)
    return found


@cache
def _syllable_index() -> dict[str, dict[str, int]]:
    """spelling -> {syllable: its cost (frequency rank and respellings)}."""
    index: dict[str, dict[str, int]] = {}
    for rank, syllable in enumerate(NAME_SYLLABLES):
        for spelling, steps in _variants(romanize(syllable)).items():
            cost = rank + steps
            readings = index.setdefault(spelling, {})
            readings[syllable] = min(cost, readings.get(syllable, cost))
    return index


def family_spellings(surname: str) -> list[str]:
    """Every romanisation of the Hangul family name a romanised surname writes (Cho: Cho,
    Jo; Lee: Lee, Yi, Rhee, Ri, I, Rie), capitalised, the surname itself first; the surname
    alone for one the table does not hold."""
    spellings = [surname]
    for hangul in FAMILY_NAMES.get(surname.lower(), ()):
        spellings += [spelling.capitalize() for spelling, readings in FAMILY_NAMES.items()
                      if hangul in readings and spelling.capitalize() not in spellings]
    return spellings


def given_name_readings(given: str) -> list[str]:
    """Hangul readings of a romanised given name (Jae-myung, Eunmi, Sung Lac), best first."""
    index = _syllable_index()
    text = given.lower().replace(" ", "-")
    if "-" in text:
        splits = [text.split("-")]
    else:  # written solid: every cut into two known syllables (eunmi: eun + mi)
        splits = [[text[:cut], text[cut:]] for cut in range(1, len(text))
                  if text[:cut] in index and text[cut:] in index]
        if text in index or not splits:  # one syllable (hyeon: 현, not 혜 + 온 alone)
            splits.append([text])
    scored: dict[str, int] = {}
    for parts in splits:
        if not all(p in index for p in parts):
            continue
        for choice in product(*(index[p].items() for p in parts)):
            rank = sum(cost for _syllable, cost in choice)
            name = "".join(syllable for syllable, _cost in choice)
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


# A romanised Korean name whose given name is written with a hyphen, family name first (Park
# Seong-min) or last (Seong-min Park): syllables of Latin letters, each of a name syllable.
_HYPHENED = regex.compile(
    r"(?<![\p{L}-])(?:(?P<family>\p{Lu}\p{Ll}+)[ \u00a0]+(?P<given>\p{Lu}\p{Ll}*-\p{Ll}+)"
    r"|(?P<given2>\p{Lu}\p{Ll}*-\p{Ll}+)[ \u00a0]+(?P<family2>\p{Lu}\p{Ll}+))(?![\p{L}-])")


def hyphened_name_around(text: str, start: int, end: int) -> str | None:
    """The family name of the romanised Korean name whose hyphened given name holds the word
    at text[start:end] (Seong of Park Seong-min: Park), None when the word is in no such
    name: the family name is one (FAMILY_NAMES) and each syllable of the given name reads as
    a name syllable (given_name_readings)."""
    window = max(0, start - 40)
    for match in _HYPHENED.finditer(text, window, min(len(text), end + 40)):
        key = "given" if match.group("given") else "given2"
        family = match.group("family") or match.group("family2")
        if (match.start(key) <= start and end <= match.end(key)
                and family.lower() in FAMILY_NAMES and given_name_readings(match.group(key))):
            return family
    return None
