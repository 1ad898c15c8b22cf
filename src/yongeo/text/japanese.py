"""Japanese: Hepburn romaji names and places in Hangul by the NIKL 일본어 표기, with deprecated variants."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# The NIKL kana table: romaji, hiragana, word-initial Hangul, medial Hangul (when it differs).
# Only traditional Hepburn spellings are listed, so Kunrei (si, ti, tu, hu, zi) and the
# loanword extensions (je, che, she, ti, fa, ye, wi) do not parse: Korean romanisation
# such as Jeon, Yeo or Hye then fails early.
_TABLE = """
a あ 아      i い 이      u う 우      e え 에      o お 오
ka か 가 카   ki き 기 키   ku く 구 쿠   ke け 게 케   ko こ 고 코
kya きゃ 갸 캬  kyu きゅ 규 큐  kyo きょ 교 쿄
ga が 가     gi ぎ 기     gu ぐ 구     ge げ 게     go ご 고
gya ぎゃ 갸   gyu ぎゅ 규   gyo ぎょ 교
sa さ 사     shi し 시    su す 스     se せ 세     so そ 소
sha しゃ 샤   shu しゅ 슈   sho しょ 쇼
za ざ 자     ji じ 지     zu ず 즈     ze ぜ 제     zo ぞ 조
ja じゃ 자    ju じゅ 주    jo じょ 조
ta た 다 타   chi ち 지 치  tsu つ 쓰    te て 데 테   to と 도 토
cha ちゃ 자 차  chu ちゅ 주 추  cho ちょ 조 초
da だ 다     de で 데     do ど 도
na な 나     ni に 니     nu ぬ 누     ne ね 네     no の 노
nya にゃ 냐   nyu にゅ 뉴   nyo にょ 뇨
ha は 하     hi ひ 히     fu ふ 후     he へ 헤     ho ほ 호
hya ひゃ 햐   hyu ひゅ 휴   hyo ひょ 효
ba ば 바     bi び 비     bu ぶ 부     be べ 베     bo ぼ 보
bya びゃ 뱌   byu びゅ 뷰   byo びょ 뵤
pa ぱ 파     pi ぴ 피     pu ぷ 푸     pe ぺ 페     po ぽ 포
pya ぴゃ 퍄   pyu ぴゅ 퓨   pyo ぴょ 표
ma ま 마     mi み 미     mu む 무     me め 메     mo も 모
mya みゃ 먀   myu みゅ 뮤   myo みょ 묘
ya や 야     yu ゆ 유     yo よ 요
ra ら 라     ri り 리     ru る 루     re れ 레     ro ろ 로
rya りゃ 랴   ryu りゅ 류   ryo りょ 료
wa わ 와     wo を 오
"""


def _load_table() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    kana_of: dict[str, str] = {}
    hangul_of: dict[str, tuple[str, str]] = {}
    cells = re.findall(r"([a-z]+) (\S+) (\S)(?: ([가-힣]))?", _TABLE)
    for romaji, kana, initial, medial in cells:
        kana_of[romaji] = kana
        hangul_of[kana] = (initial, medial or initial)
    return kana_of, hangul_of


_KANA_OF, _HANGUL_OF = _load_table()


def hangul_syllables() -> set[str]:
    """Every Hangul syllable the NIKL table writes for a kana, word-initial or medial."""
    return {syllable for pair in _HANGUL_OF.values() for syllable in pair}
_LONGEST_SYLLABLE = max(len(romaji) for romaji in _KANA_OF)

_VOWELS = frozenset("aiueo")
_MACRONS = {"ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o",
            "â": "a", "î": "i", "û": "u", "ê": "e", "ô": "o"}
_VOWEL_HANGUL = {"a": "아", "i": "이", "u": "우", "e": "에", "o": "오"}
_LONG, _SOKUON, _MORAIC_N = "ー", "っ", "ん"
# Jongseong indices in the Hangul syllable block: ㄴ for ん, ㅅ for っ.
_BATCHIM = {_MORAIC_N: 4, _SOKUON: 19}
_SOKUON_LETTERS = frozenset("kstp")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-"})

# Conventional Korean forms the kana table does not yield. Kept small: anything the rules
# can reach from properly written Hepburn belongs in RESPELLINGS instead.
EXCEPTIONS: Mapping[str, str] = MappingProxyType({
    # 新聞 in a paper's name is read as the Korean word (아사히신문, 요미우리신문).
    "shimbun": "신문",
    "shinbun": "신문",
})

# English texts drop Hepburn's macrons and the apostrophe after syllable-final n. Restoring
# them gives the rules the long vowels (for the written-out variants such as 도오쿄오) and
# the ん that changes the standard (Junichiro is 준이치로, not 주니치로). Keys are plain
# lower-case words or hyphen-separated parts of words.
RESPELLINGS: Mapping[str, str] = MappingProxyType({
    # Places and institutions.
    "tokyo": "tōkyō", "osaka": "ōsaka", "kyoto": "kyōto", "kyushu": "kyūshū",
    "kitakyushu": "kitakyūshū", "hokkaido": "hokkaidō", "honshu": "honshū",
    "tohoku": "tōhoku", "kanto": "kantō", "kobe": "kōbe", "hyogo": "hyōgo",
    "oita": "ōita", "kochi": "kōchi", "ryukyu": "ryūkyū", "nikko": "nikkō",
    "okubo": "ōkubo", "horyu": "hōryū", "todai": "tōdai", "chosei": "chōsei",
    "kyodo": "kyōdō", "jiminto": "jimintō", "komeito": "kōmeitō", "shinto": "shintō",
    "showa": "shōwa", "taisho": "taishō", "shogun": "shōgun", "sumo": "sumō",
    "nintendo": "nintendō", "shiseido": "shiseidō",
    # Niigata's ii is one long vowel; elsewhere ii is two (Ishii 이시이, Tomiichi 도미이치).
    "niigata": "nīgata",
    # Names.
    "shinzo": "shinzō", "shinjiro": "shinjirō", "taro": "tarō", "jiro": "jirō",
    "ichiro": "ichirō", "shintaro": "shintarō", "kotaro": "kōtarō", "saburo": "saburō",
    "kenzaburo": "kenzaburō", "kono": "kōno", "yohei": "yōhei", "shohei": "shōhei",
    "otani": "ōtani", "oe": "ōe", "ota": "ōta", "sato": "satō", "ito": "itō",
    "kato": "katō", "saito": "saitō", "goto": "gotō", "endo": "endō", "koichi": "kōichi",
    "yuko": "yūko", "yoko": "yōko", "kyoko": "kyōko", "yusuke": "yūsuke", "hanyu": "hanyū",
    # Syllable-final n before a vowel or y.
    "junichiro": "jun'ichirō", "junichi": "jun'ichi", "shinichi": "shin'ichi",
    "shinichiro": "shin'ichirō", "kenichi": "ken'ichi", "kenichiro": "ken'ichirō",
    "genichiro": "gen'ichirō", "shinya": "shin'ya", "junya": "jun'ya",
    "sanyo": "san'yō", "sanin": "san'in", "shinetsu": "shin'etsu",
})

# Words frequent in Korea–Japan news that happen to parse as romaji but are not Japanese.
_NOT_JAPANESE = frozenset("""
choi cho noh seo heo bae chae chun hyun han
busan daegu gimpo gimhae jinju gunsan paju chongjin hyundai kia kakao doosan hanjin
korea korean japan japanese nato iran oman sudan kenya panama nigeria samoa tonga
taipei hanoi dubai doha gaza asean biden obama john johnson michigan
""".split())
# Korean romanisation that Hepburn never writes: 으 (eu), 이 (ee), 워 (wo), 언 (eon),
# and ㅜ spelt oo at the end of a syllable (Moon, Yoon, Soo).
_KOREAN_MARKS = re.compile(r"eu|ee|wo|eon|oon?$")
_VOWEL_RUN = re.compile(r"[aiueo]+")


@dataclass(frozen=True)
class Transliteration:
    source: str
    standard: str
    nonstandard: tuple[str, ...]
    origin: str


@dataclass(frozen=True)
class _Mora:
    kana: str
    vowel: str  # the vowel a long mark repeats; "" for っ and ん


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()


def _words(romaji: str) -> list[str]:
    words = _normalise(romaji).split()
    if not words:
        raise ValueError("empty romaji: nothing to transliterate")
    return words


def _not_romaji(word: str, rest: str) -> ValueError:
    return ValueError(f"{word!r} is not Hepburn romaji: cannot parse {rest!r}")


def _parse_segment(segment: str, word: str) -> list[_Mora]:
    long_at = {i for i, char in enumerate(segment) if char in _MACRONS}
    base = "".join(_MACRONS.get(char, char) for char in segment)
    morae: list[_Mora] = []
    i = 0
    while i < len(base):
        char, following = base[i], base[i + 1: i + 2]
        if char == "n" and following not in _VOWELS and following != "y":
            morae.append(_Mora(_MORAIC_N, ""))
            # n' and a bare nn (word-processor style) are one ん; "nna" is ん + な.
            if following == "'" or (following == "n" and base[i + 2: i + 3] not in _VOWELS | {"y"}):
                i += 1
            i += 1
            continue
        if char == "m" and following and following in "bmp":
            morae.append(_Mora(_MORAIC_N, ""))
            i += 1
            continue
        if (char in _SOKUON_LETTERS and following == char) or (char in "tc" and following == "c"):
            morae.append(_Mora(_SOKUON, ""))
            i += 1
            continue
        for length in range(_LONGEST_SYLLABLE, 0, -1):
            romaji = base[i: i + length]
            if romaji in _KANA_OF:
                break
        else:
            raise _not_romaji(word, segment[i:])
        i += len(romaji)
        vowel = romaji[-1]
        morae.append(_Mora(_KANA_OF[romaji], vowel))
        if i - 1 in long_at:
            morae.append(_Mora(_LONG, vowel))
            continue
        following, after = base[i: i + 1], base[i + 1: i + 2]
        # oo, uu, ou and oh are long vowels; ou before a vowel is お + う (Inoue 이노우에),
        # oh before a vowel is お + は-row (Ohira). aa, ii, ee usually join two morphemes
        # (Takaaki, Ishii), so they stay two syllables.
        if ((vowel == following and vowel in "ou")
                or (vowel == "o" and following == "u" and after not in _VOWELS)
                or (vowel == "o" and following == "h" and after not in _VOWELS | {"y"})):
            morae.append(_Mora(_LONG, vowel))
            i += 1
    return morae


def _parse_word(word: str) -> list[_Mora]:
    morae: list[_Mora] = []
    for segment in word.split("-"):
        if not segment:
            raise _not_romaji(word, "-")
        morae.extend(_parse_segment(segment, word))
    return morae


def to_kana_syllables(romaji: str) -> list[list[str]]:
    """The kana of each word, as written: no respelling, long vowels as ー, っ and ん as items."""
    return [[mora.kana for mora in _parse_word(word)] for word in _words(romaji)]


def _render(morae: list[_Mora], word: str, aspirate: bool = False, write_long: bool = False,
            tense: bool = False) -> str:
    out: list[str] = []
    for index, mora in enumerate(morae):
        if mora.kana == _LONG:
            if write_long:
                out.append(_VOWEL_HANGUL[mora.vowel])
            continue
        if mora.kana in _BATCHIM:
            code = ord(out[-1]) - 0xAC00 if out else -1
            if code < 0 or code % 28:
                raise ValueError(f"{word!r} is not Japanese: {mora.kana} must follow a vowel")
            out[-1] = chr(ord(out[-1]) + _BATCHIM[mora.kana])
            continue
        initial, medial = _HANGUL_OF[mora.kana]
        syllable = initial if index == 0 and not aspirate else medial
        if aspirate and mora.kana == "つ":  # the aspirated spelling writers use: 츠
            syllable = "츠"
        # The tense spellings Korean writers use: 쯔 for つ anywhere, 찌 for medial ち.
        if tense and (mora.kana == "つ" or (mora.kana == "ち" and index > 0)):
            syllable = "쯔" if mora.kana == "つ" else "찌"
        out.append(syllable)
    return "".join(out)


# Deprecated-variant axes as (aspirated initials and つ as 츠, written long vowels, tense
# つ/ち): single axes first, then pairs, then all three, so the order of variants never
# changes.
_VARIANT_FLAGS = ((True, False, False), (False, False, True), (False, True, False),
                  (True, False, True), (True, True, False), (False, True, True),
                  (True, True, True))


def transliterate(romaji: str) -> Transliteration:
    """The NIKL Hangul for Hepburn romaji, the deprecated spellings, and where the form came from."""
    fixed: list[str | None] = []
    parsed: list[list[_Mora]] = []
    origin = "rules"
    words = _words(romaji)
    for word in words:
        if word in EXCEPTIONS:
            fixed.append(EXCEPTIONS[word])
            parsed.append([])
            origin = "exception"
            continue
        respelt = RESPELLINGS.get(word) or "-".join(RESPELLINGS.get(part, part)
                                                   for part in word.split("-"))
        morae = _parse_word(respelt)
        fixed.append(None)
        parsed.append(morae)
        if respelt != word and origin == "rules":
            try:
                as_written = _render(_parse_word(word), word)
            except ValueError:
                as_written = ""
            if as_written != _render(morae, word):
                origin = "exception"

    def spell(aspirate: bool = False, write_long: bool = False, tense: bool = False) -> str:
        return " ".join(form if form is not None else _render(morae, word, aspirate, write_long, tense)
                        for form, morae, word in zip(fixed, parsed, words))

    standard = spell()
    variants = dict.fromkeys(spell(a, b, t) for a, b, t in _VARIANT_FLAGS)
    variants.pop(standard, None)
    return Transliteration(romaji, standard, tuple(variants), origin)


def looks_japanese(word: str) -> bool:
    """Whether one word reads as Japanese in Hepburn rather than Korean or English romanisation."""
    normal = _normalise(word).strip()
    letters = "".join(char for char in normal if char.isalpha())
    # Two-letter words (In, On, No, Oh, Un) are too often English or Korean to decide on.
    if len(normal.split()) != 1 or len(letters) < 3:
        return False
    if normal in _NOT_JAPANESE:
        return False
    try:
        _render(_parse_word(normal), normal)
    except ValueError:
        return False
    base = "".join(_MACRONS.get(char, char) for char in normal)
    segments = base.split("-")
    if any(_KOREAN_MARKS.search(segment) for segment in segments):
        return False
    # Korean given names are hyphenated single syllables (Jae-in, Ji-hoon); Japanese
    # hyphenated words have a longer first part (Horyu-ji, Shin-Osaka is 1 + 3).
    if len(segments) > 1 and all(len(_VOWEL_RUN.findall(segment)) <= 1 for segment in segments):
        return False
    return True


# How Japanese given names and family names end, in Hepburn. Given names: Shigeo, Fumio,
# Kazuko, Ichiro, Kenji, Ryuichi, Hiroshi, Sanae, Yumi, Yoshihide, Toshimitsu, Yui; family
# names: Kishida, Tokuda, Kono, Yamamoto, Ishikawa, Kadowaki, Matsushita, Nakamura,
# Miyazaki, Fukuoka, Ishihara, Murakami, Koizumi, Aso, Suga, Oe, Tanaka, Matsui, Fukui, Usui
# (井 after u: a longer ending than Yui's); given names Kazue, Harue, Yasue and the family
# name Inoue (井上: oue) end in ue alike; given names Mari, Eri, Kaori end in ri, as the
# family names Mori and Hori (mori, hori) and Kondo, Endo, Kudo (do) do not. Endings listed in
# both (ki, ta, to, ya, ue) decide nothing alone; a longer ending outweighs a shorter one.
_GIVEN_ENDINGS = ("o", "ko", "ro", "ji", "ichi", "shi", "suke", "hei", "mi", "ka", "ae",
                  "ya", "ki", "to", "ta", "ru", "zo", "go", "hide", "mitsu", "nori", "hiko",
                  "ui", "ue", "ri")
_FAMILY_ENDINGS = ("da", "moto", "kawa", "gawa", "yama", "no", "shita", "mura", "zaki",
                   "saki", "oka", "hara", "bara", "bayashi", "hashi", "shima", "jima",
                   "waki", "uchi", "zawa", "sawa", "tani", "kubo", "ue", "be", "ta", "ki",
                   "to", "ra", "naga", "ya", "i", "kami", "zumi", "gi", "so", "ga", "oe",
                   "naka", "tsui", "kui", "sui", "oue", "mori", "hori", "do")


def _ending_score(word: str, endings: tuple[str, ...]) -> int:
    """The length of the longest of `endings` the word ends with (0 for none)."""
    return max((len(e) for e in endings if word.endswith(e)), default=0)


def family_name_first(name: str) -> str:
    """A two-word Japanese name with the family name first, as Korean writes it.

    English writes Japanese names either way (Fumio Kishida, Takaichi Sanae). The order is
    turned only when the first word ends like a given name and not like a family name and
    the second the other way round, by the longest ending each matches (Shigeo Tokuda ->
    Tokuda Shigeo); otherwise the name is kept as written.
    """
    words = name.split()
    if len(words) != 2:
        return name
    first, second = (_normalise(w) for w in words)
    given_first = _ending_score(first, _GIVEN_ENDINGS) > _ending_score(first, _FAMILY_ENDINGS)
    family_second = (_ending_score(second, _FAMILY_ENDINGS) >
                     _ending_score(second, _GIVEN_ENDINGS))
    return f"{words[1]} {words[0]}" if given_first and family_second else name


def family_name_known(name: str) -> str | None:
    """A two-word Japanese name with the family name first where its endings tell which is
    which either way it is written (Fumio Kishida and Kishida Fumio both give Kishida Fumio:
    family_name_first turns one of the two orders); None where they do not."""
    words = name.split()
    if len(words) != 2:
        return None
    turned = family_name_first(name)
    if turned != name:
        return turned
    back = family_name_first(f"{words[1]} {words[0]}")
    return name if back == name else None
