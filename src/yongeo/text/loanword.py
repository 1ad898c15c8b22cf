"""Loanwords: whether a Korean word is the English word written in Hangul (릴리스 for release).

Korean borrows English nouns as nouns: a loanword is used as a verb only with 하다, and
translators render the English verb with a native one (release a lock: 잠금 해제, not
릴리스). Only the consonants are compared, by their place of articulation, because vowels,
silent letters and the vowel Korean inserts between consonants (블, 스) vary too much: release
and 릴리스 both read L S, tablet and 태블릿 T P L T, program and 프로그램 P L K L M, while
change and 바꾸기 (S N K against P K) or crisis and 위기 do not match.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz.distance import Indel

from yongeo.text.korean import decompose, is_syllable

# Consonant classes shared by both scripts: K velar, T dental stop, P labial, S sibilant,
# L liquid, N, M nasals, H.
_JAMO_CLASS = {"ㄱ": "K", "ㅋ": "K", "ㄲ": "K", "ㄷ": "T", "ㅌ": "T", "ㄸ": "T", "ㅂ": "P",
               "ㅍ": "P", "ㅃ": "P", "ㅅ": "S", "ㅆ": "S", "ㅈ": "S", "ㅊ": "S", "ㅉ": "S",
               "ㄹ": "L", "ㄴ": "N", "ㅁ": "M", "ㅎ": "H"}
# A final ㅅ writes an English t (태블릿 tablet, 로봇 robot); ㅇ is silent or writes ng.
_CODA_CLASS = {**_JAMO_CLASS, "ㅅ": "T", "ㅇ": ""}
# English spellings of one consonant sound, longest first; the rest letter by letter.
_ENGLISH = (("tch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("th", "S"), ("ph", "P"),
            ("ck", "K"), ("gh", ""), ("ng", "K"), ("nk", "K"), ("qu", "K"), ("wh", ""),
            ("x", "KS"), ("ce", "S"), ("ci", "S"), ("cy", "S"), ("ge", "S"), ("gi", "S"),
            ("b", "P"), ("c", "K"), ("d", "T"), ("f", "P"), ("g", "K"), ("h", "H"), ("j", "S"),
            ("k", "K"), ("l", "L"), ("m", "M"), ("n", "N"), ("p", "P"), ("q", "K"), ("r", "L"),
            ("s", "S"), ("t", "T"), ("v", "P"), ("z", "S"))
_ENGLISH_PATTERN = regex.compile("|".join(regex.escape(s) for s, _c in _ENGLISH))
_ENGLISH_CLASS = dict(_ENGLISH)
# How alike the two consonant skeletons must be (rapidfuzz's normalised Indel similarity).
MIN_SIMILARITY = 0.75
# Skeletons shorter than this say too little (a, 이).
_MIN_CONSONANTS = 2


def _collapsed(classes: str) -> str:
    """One letter per run (ll in tablet's 블릿, rr): doubled consonants are one sound."""
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=4096)
def english_consonants(word: str) -> str:
    """The consonant skeleton of an English word by sound class (release -> LS)."""
    return _collapsed(_english_classes(word))


@lru_cache(maxsize=4096)
def name_consonants(name: str) -> str:
    """The consonant skeleton of a name of another language than English, whose r Korean
    writes before a consonant as well (Merkel 메르켈, Karzai 카르자이, Sarkozy 사르코지:
    M L K L, where english_consonants reads M K L as for keyboard 키보드)."""
    return _collapsed(_english_classes(name, keep_r=True))


def _english_classes(word: str, keep_r: bool = False) -> str:
    """An English word's consonant sounds by class, one letter each, doubled ones kept."""
    word = word.lower()
    if not keep_r:
        # An r after a vowel and before a consonant or at the end is not written in Korean
        # loanwords (keyboard 키보드, server 서버).
        word = regex.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", word)
    # A final silent e (release, message) and the vowels are not consonants.
    return "".join(_ENGLISH_CLASS[m.group()] for m in _ENGLISH_PATTERN.finditer(word))


@lru_cache(maxsize=65536)
def hangul_consonants(word: str) -> str:
    """The consonant skeleton of a Hangul word by sound class (릴리스 -> LS)."""
    return _collapsed("".join(_hangul_classes(char) for char in word if is_syllable(char)))


def _hangul_classes(syllable: str) -> str:
    """The consonant sounds a Hangul syllable writes, by class: its onset unless silent
    (ㅇ), and its final consonant."""
    jamo = decompose(syllable)
    return _JAMO_CLASS.get(jamo[0], "") + (_CODA_CLASS.get(jamo[2], "") if len(jamo) == 3
                                           else "")


def is_loanword(hangul: str, english: str) -> bool:
    """Whether the Hangul word writes the English word's sound: their consonant skeletons
    are alike (MIN_SIMILARITY). A skeleton of one consonant says little: such a pair is a
    loanword only when each word has that one consonant and nothing else to weigh (key 키,
    tea 티, pie 파이: one consonant letter in the Hangul, one sound in the English) and both
    start alike (a consonant, or a vowel: Hangul's silent ㅇ); 데이터 for data (ㄷ and ㅌ,
    one class) and a word of no consonant are not."""
    joined = "".join(hangul.split())
    left, right = hangul_consonants(joined), english_consonants(english)
    if min(len(left), len(right)) < _MIN_CONSONANTS:
        return _one_sound(joined, english, left, right)
    return Indel.normalized_similarity(left, right) >= MIN_SIMILARITY


def _one_sound(hangul: str, english: str, left: str, right: str) -> bool:
    """is_loanword for a skeleton of one consonant (see there)."""
    if len(left) != 1 or left != right or not all(is_syllable(c) for c in hangul):
        return False
    letters = sum(len(_hangul_classes(char)) for char in hangul)
    if letters != 1 or len(_english_classes(english)) != 1:
        return False
    return starts_like(hangul, (right, english[:1].lower() in "aeiouwy"))


# A Hangul word found anywhere in a text is taken for an English word's transcription only on
# stronger evidence than is_loanword asks of a known pair: the same skeleton, of at least this
# many consonants (백그라운드 and background both read P K L N T; 발사 is not police), and the
# same start: both begin with a consonant or both with a vowel or glide (입니다 is not found).
_MIN_TRANSCRIBED = 4


def is_transcription(hangul: str, english: str) -> bool:
    """Whether a Hangul word, met in running text, writes the English word's sound: their
    consonant skeletons are the same, have at least _MIN_TRANSCRIBED consonants, and both
    words start with a consonant or both with a vowel."""
    sound = transcribable(english)
    return sound is not None and writes_sound("".join(hangul.split()), sound)


def transcribable(english: str) -> tuple[str, bool] | None:
    """What a transcription of the English word must read as: its consonant skeleton and
    whether it starts with a vowel; None when the skeleton is too short to tell
    (_MIN_TRANSCRIBED)."""
    skeleton = english_consonants(english)
    if len(skeleton) < _MIN_TRANSCRIBED:
        return None
    # English w and y begin with a glide, which Hangul writes after a silent ㅇ (윈도우, 옐로).
    return skeleton, english[:1].lower() in "aeiouwy"


def writes_sound(hangul: str, sound: tuple[str, bool]) -> bool:
    """Whether a Hangul word (no spaces) reads as `sound` (transcribable)."""
    return starts_like(hangul, sound) and hangul_consonants(hangul) == sound[0]


def starts_like(hangul: str, sound: tuple[str, bool]) -> bool:
    """Whether a Hangul word starts as `sound` does: with a silent ㅇ for a vowel, else with
    a consonant of the skeleton's first class. A cheap first test: most words of a text
    fail it."""
    return bool(hangul) and _starts(hangul[0], sound[0][0], sound[1])


@lru_cache(maxsize=65536)
def _starts(char: str, first: str, vowel_first: bool) -> bool:
    if not is_syllable(char):
        return False
    onset = decompose(char)[0]
    return onset == "ㅇ" if vowel_first else _JAMO_CLASS.get(onset) == first


# A Hangul word in running text; the name it may write is read without its particles.
_HANGUL_RUN = regex.compile(r"[\uac00-\ud7a3]+")


def name_written_in(text: str, start: int, end: int, name: str) -> int | None:
    """Where a Hangul word of text[start:end] that writes the English name `name` ends (its
    stem, particles left out): the same consonant skeleton, of at least two consonants, read
    as English writes it or with an r before a consonant written (name_consonants), and the
    same start, a consonant or a vowel (Bush: 부시의 -> 부시; Assad: 아사드는; Merkel: 메르켈).
    A weaker test than is_transcription, for a name the source has just given; None when no
    word writes it."""
    from yongeo.text.korean import strip_particles

    vowel_first = name[:1].lower() in "aeiouwy"
    # As English writes it (Bush 부시), or as the name's own language does, an r before a
    # consonant written too (Merkel 메르켈).
    sounds = [(skeleton, vowel_first)
              for skeleton in dict.fromkeys((english_consonants(name), name_consonants(name)))
              if len(skeleton) >= _MIN_CONSONANTS]
    if not sounds:
        return None
    for match in _HANGUL_RUN.finditer(text, start, end):
        for stem in strip_particles(match.group()):
            if any(writes_sound(stem, sound) for sound in sounds):
                return match.start() + len(stem)
    return None
