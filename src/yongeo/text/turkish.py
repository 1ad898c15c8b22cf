"""Turkish names in Hangul, by the practice of the National Institute of Korean Language's
loanword spellings for Turkish (its 외래어 표기 용례: 이스탄불, 앙카라, 에르도안, 아타튀르크).

The rules, letter by letter (Turkish is written as it is said):

- vowels: a 아, e 에, ı 으, i 이, o 오, ö 외, u 우, ü 위 (â î û as a i u);
- a consonant before a vowel is its onset: b ㅂ, c ㅈ, ç ㅊ, d ㄷ, f ㅍ, g ㄱ, h ㅎ, j ㅈ,
  k ㅋ, l ㄹ, m ㅁ, n ㄴ, p ㅍ, r ㄹ, s ㅅ, ş ㅅ with the vowel's glide (şa 샤), t ㅌ, v ㅂ,
  z ㅈ; y glides into the vowel after it (ya 야, yu 유);
- a consonant with no vowel after it: m, n (ㅇ before g and k: Güngören 귕괴렌) and l close the
  syllable before them; c, ç, j and ş take 이 (Karakoç 카라코치); y is 이 (Tayyip 타이이프); any
  other takes 으 (Recep 레제프, Zafer 자페르);
- l between vowels is ㄹㄹ (Güler 귈레르); ğ is not written (Erdoğan 에르도안); a doubled
  consonant is written once (Muammer 무아메르).

News in English often drops the letters' marks (Guler, Karakoc, Erdogan). A word without
any mark gets back the ones Turkish sound patterns make near certain (`restored_marks`):

- a final c is ç: Turkish devoices a final consonant, so no native word ends in c (Karakoç
  카라코치, Koç, Genç);
- u and o are ü and ö in a word with e and no a: vowel harmony keeps a native word's vowels
  all front or all back, and e is front, a back, whatever marks are lost (Güler 귈레르, Güngören
  귕괴렌, Ömer, Bülent); i says nothing there, being i or a lost ı (but see surnames);
- g between two back vowels is ğ, which Turkish writes there instead of g (Erdoğan 에르도안,
  Doğan, Uğur, Oğuz);
- in a person's surname (the last word of a name of two or more), i is ı in a word with a
  and no e: surnames, chosen from Turkish words since the Surname Law of 1934, keep vowel
  harmony, so a back vowel makes its i back too (Yazıcı 야즈즈, Aydın, Akın, Balcı); given
  names, often Arabic or Persian, do not (Hayati, Ali keep their i).

Exceptions exist (Soner keeps its o; Ege its g after a front vowel, which the rule leaves
alone; a Persian surname such as Şahin keeps its i), and i for ı cannot be told outside a
surname: the reading is a guess that aligned text or a reviewer corrects.
"""

from __future__ import annotations

import unicodedata

import regex

_VOWEL = {"a": "ㅏ", "â": "ㅏ", "e": "ㅔ", "ı": "ㅡ", "i": "ㅣ", "î": "ㅣ", "o": "ㅗ",
          "ö": "ㅚ", "u": "ㅜ", "û": "ㅜ", "ü": "ㅟ"}
_ONSET = {"b": "ㅂ", "c": "ㅈ", "ç": "ㅊ", "d": "ㄷ", "f": "ㅍ", "g": "ㄱ", "h": "ㅎ", "j": "ㅈ",
          "k": "ㅋ", "l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "p": "ㅍ", "r": "ㄹ", "s": "ㅅ", "ş": "ㅅ",
          "t": "ㅌ", "v": "ㅂ", "z": "ㅈ"}
_Y_GLIDE = {"ㅏ": "ㅑ", "ㅔ": "ㅖ", "ㅗ": "ㅛ", "ㅜ": "ㅠ", "ㅡ": "ㅣ", "ㅣ": "ㅣ", "ㅚ": "ㅚ",
            "ㅟ": "ㅟ"}
_BARE_I = frozenset("cçjş")
_ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_CODAS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ",
          "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
# Letters of English spelling that Turkish lacks, as a Turk reads them in a foreign name.
_FOREIGN = {"q": "k", "w": "v", "x": "ks"}


def _syllable(onset: str, vowel: str, coda: str = "") -> str:
    return chr(0xAC00 + _ONSETS.index(onset) * 588 + _VOWELS.index(vowel) * 28
               + _CODAS.index(coda))


def _letters(word: str) -> str | None:
    """The word in lower-case Turkish letters (İ is i, I is ı only with its marks around), or
    None if it is not a word of Latin letters."""
    text = word.replace("İ", "i").replace("I", "ı" if regex.search(r"[çğıöşü]", word.lower())
                                          else "i").lower()
    text = "".join(_FOREIGN.get(c, c) for c in text)
    text = unicodedata.normalize("NFC", text)
    if not regex.fullmatch(r"[a-zâîûçğıöşü]+", text):
        return None
    # A doubled consonant is written once (Muammer; Abdullah's ll is one ㄹㄹ); y is a glide.
    return regex.sub(r"([^aeıioöuüâîûy])\1", r"\1", text)


# Letter groups Turkish spelling never has (it writes ç, ş for ch, sh), and the consonant
# clusters a Turkish word never starts with (native words and old loans open with at most
# one consonant: Istanbul, not Stanbul).
_NOT_TURKISH = regex.compile(r"th|ph|ch|sh|ck|gh|kh|wh|qu|[qwx]|ee|oo|ou|ea|^[^aeıioöuüâîû]{2}")


def looks_turkish(word: str) -> bool:
    """Whether a word can be Turkish by its letters: Turkish letters only (with or without
    their marks), none of the groups above (Winehouse, Christophe, Brandenburg are not)."""
    text = _letters(word)
    return text is not None and not _NOT_TURKISH.search(word.lower())


_MARKED = regex.compile(r"[çğıöşüâîûÇĞİÖŞÜÂÎÛ]")
_BACK = "aouı"


def restored_marks(word: str, surname: bool = False) -> str:
    """A Turkish word written without its letters' marks, with those its sound patterns
    make near certain put back (see the module's notes; `surname`: the word is a person's
    surname); a word with any mark as it is."""
    if _MARKED.search(word):
        return word
    lower = word.lower()
    letters = list(word)
    if surname and "a" in lower and "e" not in lower:
        letters = ["ı" if c == "i" else c for c in letters]
    if lower.endswith("c") and len(lower) > 2:
        letters[-1] = "ç" if word[-1] == "c" else "Ç"
    if "e" in lower and "a" not in lower:
        for index, char in enumerate(lower):
            if char in "uo":
                marked = "ü" if char == "u" else "ö"
                letters[index] = marked if word[index].islower() else marked.upper()
    for index in range(1, len(lower) - 1):
        if lower[index] == "g" and lower[index - 1] in _BACK and lower[index + 1] in _BACK:
            letters[index] = "ğ"
    return "".join(letters)


def turkish_to_hangul(word: str, surname: bool = False) -> str | None:
    """One Turkish word in Hangul by the rules above; None if it is not in Latin letters."""
    text = _letters(restored_marks(word, surname))
    if text is None:
        return None
    out: list[list[str]] = []  # [onset, vowel, coda]
    pending: list[str] = []

    def flush(following: str) -> None:
        for index, letter in enumerate(pending):
            after = pending[index + 1] if index + 1 < len(pending) else following
            open_syllable = bool(out) and not out[-1][2]
            if letter in "mnl" and open_syllable and index == 0:
                out[-1][2] = {"m": "ㅁ", "l": "ㄹ"}.get(letter, "ㅇ" if after in ("g", "k")
                                                        else "ㄴ")
                continue
            if letter == "y":
                out.append(["ㅇ", "ㅣ", ""])
            elif letter in _BARE_I:
                out.append([_ONSET[letter], "ㅣ", ""])
            else:
                out.append([_ONSET[letter], "ㅡ", ""])
        pending.clear()

    for letter in text:
        if letter == "ğ":
            continue  # lengthens the vowel before it; never written
        if letter not in _VOWEL:
            pending.append(letter)
            continue
        vowel = _VOWEL[letter]
        onset, glide = "ㅇ", False
        if pending:
            last = pending.pop()
            if last == "y":
                glide = True
                last = pending.pop() if pending and pending[-1] != "y" else ""
            if last == "l" and (out or pending):
                flush("l")
                if out and not out[-1][2]:
                    out[-1][2] = "ㄹ"  # l between vowels: ㄹㄹ
                else:
                    out.append(["ㅇ", "ㅡ", "ㄹ"])
            else:
                flush(last)
            if last:
                onset = _ONSET[last]
            if last == "ş":
                glide = True  # şa 샤, şu 슈
        if glide:
            vowel = _Y_GLIDE[vowel]
        out.append([onset, vowel, ""])
    flush("")
    return "".join(_syllable(*s) for s in out) or None


def turkish_name(name: str, person: bool = False) -> str | None:
    """A Turkish name word by word (Recep Tayyip Erdoğan 레제프 타이이프 에르도안); None if a
    word is not in Latin letters. For a `person` of two words or more, the last is read as a
    surname (restored_marks)."""
    words = name.replace("-", " ").split()
    parts = [turkish_to_hangul(w, person and len(words) > 1 and i == len(words) - 1)
             for i, w in enumerate(words)]
    if not parts or any(p is None for p in parts):
        return None
    return " ".join(parts)  # type: ignore[arg-type]
