"""Hangul in Latin letters (Revised Romanisation, letter by letter), to compare a name's Korean
with its English spelling: 댈러스 daelleoseu ~ Dallas, 전력 jeollyeok !~ Beijing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from yongeo.patterns import lazy

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
# Letters English and Korean spellings of one name trade freely (Tokyo 도쿄, Dallas 댈러스).
_FOLD = str.maketrans({"k": "g", "t": "d", "p": "b", "l": "r", "c": "g", "q": "g", "f": "b",
                       "v": "b", "x": "gs", "z": "j", "w": "", "y": "", "h": ""})


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """Hangul syllables letter by letter in Revised Romanisation; other characters kept."""
    out = []
    for char in text:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            vowel, final = divmod(rest, 28)
            out.append(_INITIALS[initial] + _VOWELS[vowel] + _FINALS[final])
        else:
            out.append(char.lower())
    return "".join(out)


def _letters(korean: str) -> str:
    """A Korean word romanised without the epenthetic 으 (eu), which a transcription adds
    where the other language has no vowel (스미스 for Smith)."""
    return romanize(korean).replace("eu", "")


def _initial(text: str) -> str:
    letter = next((c for c in text.lower() if c.isalpha()), "")
    return "a" if letter in "aeiouy" else letter.translate(_FOLD)[:1] or "a"


def _skeleton(text: str) -> str:
    letters = "".join(c for c in text.lower() if c.isalpha())
    consonants = "".join(c for c in letters if c not in "aeiou")
    return consonants.translate(_FOLD)


def sounds_alike(english: str, korean: str) -> float:
    """0–100: how alike an English name and a Korean one sound, by their consonants (the
    vowels of a transliteration vary too much to count), in either word order (Shigeo Tokuda,
    도쿠다 시게오); 0 when they start differently (Beijing, 전력)."""
    roman = _letters(korean)
    best = 0.0
    for order in (english.split(), english.split()[::-1]):
        spelled = " ".join(order)
        if _initial(spelled) == _initial(roman):
            best = max(best, fuzz.ratio(_skeleton(spelled), _skeleton(roman)))
    return best


def words_alike(english: str, korean: str) -> float:
    """0–100: how alike a name and a Korean phrase sound word by word, in either order (the
    least alike pair counts); 0 unless they have as many words. Stricter than sounds_alike
    over the whole: 전문기관 is not John McCain, though its consonants are his."""
    english_words = [w for w in english.split() if any(c.isalpha() for c in w)]
    korean_words = korean.split()
    if len(english_words) != len(korean_words):
        return 0.0
    return max(min(sounds_alike(e, k) for e, k in zip(order, korean_words))
               for order in (english_words, english_words[::-1]))


def readings_alike(first: str, second: str) -> float:
    """0–100: how alike two Hangul spellings of one name read, word by word (the least alike
    pair counts; 0 unless they have as many words), letter by letter in romanisation without
    the epenthetic 으: a rule's 무아메르 굴레르 and a newspaper's 무안메르 굴러."""
    first_words, second_words = first.split(), second.split()
    if len(first_words) != len(second_words) or not first_words:
        return 0.0
    return min(fuzz.ratio(_letters(a), _letters(b))
               for a, b in zip(first_words, second_words))


def transcription_score(english: str, korean: str) -> float:
    """0–100: how closely a Korean word writes an English (or romanised) name letter by
    letter, vowels included, in romanisation without the epenthetic 으: 하시미 writes
    Hashimi (92) better than 하시마 does (77); 하야티, Hayati (100). A romanised Japanese
    name is also read as Korean writes Japanese (_as_korean_writes_japanese: Chiba, 지바;
    Keizo, 게이조)."""
    letters = _letters(korean)
    plain = fuzz.ratio(letters, english.lower())
    return max(plain, fuzz.ratio(letters, _as_korean_writes_japanese(english)))


# Romanised Japanese as Korean writes it (the National Institute of Korean Language's rules),
# in Revised Romanisation's letters: a word's first k, t, ch unaspirated (가, 다, 자), つ as
# 쓰 (ss once the epenthetic eu is gone), し as 시, ふ as 후, ざ-row z as j, long vowels
# unwritten.
_JAPANESE_INITIALS = (("ch", "j"), ("ts", "ss"), ("k", "g"), ("t", "d"))
_JAPANESE_SOUNDS = (("tsu", "ss"), ("shi", "si"), ("sh", "sy"), ("fu", "hu"), ("z", "j"),
                    ("ou", "o"), ("oo", "o"), ("uu", "u"), ("ō", "o"), ("ū", "u"))


def _as_korean_writes_japanese(name: str) -> str:
    words = []
    for word in name.lower().replace("-", " ").split():
        for latin, hangul in _JAPANESE_INITIALS:
            if word.startswith(latin):
                word = hangul + word[len(latin):]
                break
        for latin, hangul in _JAPANESE_SOUNDS:
            word = word.replace(latin, hangul)
        words.append(word)
    return "".join(words)


# How closely a capitalised English word must write a Korean name letter by letter to be that
# name spelt out in Latin letters (transcription_score; Daemado for 대마도 scores above it).
SPELT_OUT_SCORE = 85.0


def spelt_out(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where an English text writes one of the Korean `names` (each solid Hangul) in Latin
    letters, a capitalised word of its own (대마도 -> Daemado), or an island's name without
    its 도 or 섬 before the English word for it (대마도 -> Daema Island, 독도 -> Dok Island):
    the Korean name spelt out."""
    import regex

    names = [name for name in names if name]
    if not names:
        return []
    found = [match.span() for match in regex.finditer(r"\b\p{Lu}[\p{L}'’\-]+", text)
             if any(transcription_score(match.group(), name) >= SPELT_OUT_SCORE
                    for name in names)]
    islands = [name[:-1] for name in names if name.endswith(_ISLAND_NOUNS) and len(name) > 1]
    if islands:
        found += [match.span() for match in _ISLAND_NAMED.finditer(text)
                  if any(transcription_score(match.group(1), own) >= SPELT_OUT_SCORE
                         for own in islands)]
    return sorted(found)


# The Korean nouns of an island that end its name (독도, 하시마섬), and an English name of an
# island made of a capitalised word and the English noun (Daema Island, Dok Islands).
_ISLAND_NOUNS = ("도", "섬")
_ISLAND_NAMED = lazy(r"\b(\p{Lu}[\p{L}'’\-]*)[ \t]+Islands?\b")

