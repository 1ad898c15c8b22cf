"""Hanyu Pinyin to Hangul by the National Institute of Korean Language's rules for Chinese
(외래어 표기법, 중국어의 주음 부호와 한글 대조표): Beijing 베이징, Hu Jintao 후진타오.

A syllable is an initial and a final. Initials: b ㅂ, p ㅍ, m ㅁ, f ㅍ, d ㄷ, t ㅌ, n ㄴ, l ㄹ,
g ㄱ, k ㅋ, h ㅎ, j ㅈ, q ㅊ, x ㅅ, zh ㅈ, ch ㅊ, sh ㅅ, r ㄹ, z ㅉ, c ㅊ, s ㅆ. The final is
written as in the table below, with three rules of the standard: after ㅈ, ㅉ and ㅊ a y-vowel
loses its y (jia 자, jiao 자오, jian 젠, qiang 창); i after zh, ch, sh, r, z, c, s is 으
(zhi 즈, shi 스, si 쓰); u after j, q, x, y is ü (ju 쥐, xuan 쉬안, yun 윈). Chinese names
are written solid in Korean (Hu Jintao 후진타오), as the standard's examples do.
"""

from __future__ import annotations

from functools import cache

import regex

_INITIALS = {"b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ",
             "l": "ㄹ", "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ",
             "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ"}
# Finals after a consonant, in Hangul with ㅇ standing for the initial.
_FINALS = {
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
    "an": "안", "en": "언", "ang": "앙", "eng": "엉", "ong": "웅", "er": "얼",
    "i": "이", "ia": "야", "ie": "예", "iao": "야오", "iu": "유", "ian": "옌", "in": "인",
    "iang": "양", "ing": "잉", "iong": "융",
    "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완", "un": "운",
    "uang": "왕", "v": "위", "ve": "웨", "van": "위안", "vn": "윈",
}
# Syllables without an initial consonant (y- and w- spellings, and a bare final).
_ZERO = {"a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
         "an": "안", "en": "언", "ang": "앙", "eng": "엉", "er": "얼",
         "yi": "이", "ya": "야", "ye": "예", "yao": "야오", "you": "유", "yan": "옌", "yin": "인",
         "yang": "양", "ying": "잉", "yong": "융", "yu": "위", "yue": "웨", "yuan": "위안",
         "yun": "윈", "wu": "우", "wa": "와", "wo": "워", "wai": "와이", "wei": "웨이",
         "wan": "완", "wen": "원", "wang": "왕", "weng": "웡"}
# Initial + final pairs the language has (the table's cells), by initial group.
_LABIALS = ("a o ai ei ao an en ang eng i iao ie ian in ing u").split()
_ALVEOLARS = ("a e ai ei ao ou an en ang eng ong i ia iao ie iu ian in iang ing u uo ui "
              "uan un v ve").split()
_VELARS = "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang".split()
_PALATALS = "i ia iao ie iu ian in iang ing iong u ue uan un".split()
_RETROFLEX = "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang".split()
_GROUPS = (("b p m f", _LABIALS), ("d t n l", _ALVEOLARS), ("g k h", _VELARS),
           ("j q x", _PALATALS), ("zh ch sh r z c s", _RETROFLEX))
_Y_TO_PLAIN = {"ㅑ": "ㅏ", "ㅒ": "ㅐ", "ㅕ": "ㅓ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}
_JAMO_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JAMO_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"


def _with_initial(final: str, initial: str) -> str:
    """The final's Hangul with its first ㅇ replaced by the initial (and the ㅈ rule)."""
    first = ord(final[0]) - 0xAC00
    _onset, rest = divmod(first, 588)
    vowel, coda = divmod(rest, 28)
    jamo = _JAMO_VOWELS[vowel]
    if initial in "ㅈㅉㅊ":
        jamo = _Y_TO_PLAIN.get(jamo, jamo)
    code = 0xAC00 + _JAMO_INITIALS.index(initial) * 588 + _JAMO_VOWELS.index(jamo) * 28 + coda
    return chr(code) + final[1:]


@cache
def syllables() -> dict[str, str]:
    """Every pinyin syllable (without tone) and its Hangul."""
    table = dict(_ZERO)
    for initials, finals in _GROUPS:
        for initial in initials.split():
            for final in finals:
                spelled = final.replace("v", "ü")
                key = final
                if initial in ("j", "q", "x") and final.startswith("u"):
                    key = "v" + final[1:]  # ju is jü
                if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
                    hangul = {"ㅈ": "즈", "ㅊ": "츠", "ㅅ": "스", "ㄹ": "르", "ㅉ": "쯔",
                              "ㅆ": "쓰"}[_INITIALS[initial]]
                else:
                    hangul = _with_initial(_FINALS[key], _INITIALS[initial])
                table[initial + spelled.replace("ü", "u" if initial in "jqx" else "v")] = \
                    hangul
                if "ü" in spelled and initial in ("n", "l"):
                    table[initial + spelled] = hangul  # nü, lü written with the umlaut
    return table


def split_pinyin(word: str) -> list[str] | None:
    """A word cut into pinyin syllables, fewest first, longest first syllable among equals
    (Dabancheng: da ban cheng; Xian: xian); None when it is not pinyin. Apostrophes and
    hyphens are cuts (Xi'an: xi an)."""
    table = syllables()
    parts: list[str] = []
    for chunk in word.lower().replace("’", "'").replace("-", "'").split("'"):
        if not chunk:
            continue
        best: list[list[str] | None] = [None] * (len(chunk) + 1)
        best[0] = []
        for end in range(1, len(chunk) + 1):
            for start in range(max(0, end - 6), end):
                if best[start] is None or chunk[start:end] not in table:
                    continue
                candidate = best[start] + [chunk[start:end]]
                if best[end] is None or len(candidate) < len(best[end]) or (
                        len(candidate) == len(best[end]) and
                        [len(s) for s in candidate] > [len(s) for s in best[end]]):
                    best[end] = candidate
        if best[len(chunk)] is None:
            return None
        parts.extend(best[len(chunk)])
    return parts or None


def pinyin_to_hangul(word: str) -> str | None:
    """One pinyin word in Hangul (Beijing 베이징, Yuguo 위궈); None when it is not pinyin."""
    parts = split_pinyin(word)
    if parts is None:
        return None
    table = syllables()
    return "".join(table[p] for p in parts)


# Letter groups pinyin has and the other romanisations met in English news seldom do: a word
# is taken for pinyin only with one of them (Beijing, Dabancheng, Xinhua; not Gaza, Lima).
_MARKERS = regex.compile(r"zh|x|q|ao|ang|eng|ing|ong|ui|iu|ian|uan|uo|ei|ou")


def looks_chinese(word: str) -> bool:
    """A word that is pinyin (every part a syllable of the table) and looks it."""
    folded = word.lower()
    return split_pinyin(folded) is not None and bool(_MARKERS.search(folded))


# Family names of China in pinyin (the hundred most frequent, as the Ministry of Public
# Security's household register counts them).
CHINESE_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou
meng xiong qin qiu yin xue yan duan lei hou long tao hao gu mao gong shao wan qian dai mo
kong xiang wen chang kang niu bao qi ji jiao zhai rao ruan an chi dou ge hua lai lang mu
ning pang shang tong xin yi zuo hong lv geng xi bo
""".split())


def chinese_name(name: str) -> str | None:
    """A Chinese person's name in Hangul, family name first and solid (Hu Jintao 후진타오, Zhu
    Yuguo 주위궈); None unless it is a Chinese family name and a pinyin given name."""
    words = name.split()
    if len(words) not in (2, 3) or words[0].lower() not in CHINESE_SURNAMES:
        return None
    if any("-" in w for w in words[1:]):
        return None  # a hyphenated given name is Korean (Ban Ki-moon) or Wade-Giles
    parts = [pinyin_to_hangul(w) for w in words]
    if any(p is None for p in parts):
        return None
    given = split_pinyin("".join(words[1:]))
    if given is None or len(given) > 2:
        return None  # a Chinese given name has one or two syllables
    return "".join(parts)  # type: ignore[arg-type]
