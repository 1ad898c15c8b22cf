"""Normalisation: NFC without disguises, and the folded form matching runs on, with offsets
back to the text."""

from __future__ import annotations

import re
import string
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from yongeo.patterns import lazy
from yongeo.text.mojibake import has_mojibake, mend_in_place

# Length-preserving character folds: every dash and hyphen is a space (Korea-Japan,
# Korea–Japan and Korea Japan are one term), curly quotes are straight, odd spaces are spaces,
# and (below) a Latin letter with marks is its plain letter.
# Superscript and subscript digits (¹²³, ₁₂): marks written onto a word, not its letters.
SCRIPT_DIGITS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
                          "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089")
_CHAR_FOLD = str.maketrans({
    **{c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\uff07"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\uff02"},
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
       "\u200a\u202f\u205f\u3000\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"},
    "\u00b7": "·", "\u30fb": "·", "\u2027": "·",
    # Superscript and subscript digits: an affiliation's or a footnote's mark written onto
    # a word (²Foundation for ..., Seoul¹), no part of it.
    **{c: " " for c in SCRIPT_DIGITS},
})


def _latin_marks() -> dict[str, str]:
    """Latin letters with diacritics as their plain letter, one character each: Hepburn's
    long vowels (Kōno, Tōkyō, Ryūkyū, Kunrei's Tôkyô) are the words the glossary writes
    without them, and so are other languages' accented letters (Pokémon). Letters that are
    no plain letter with marks (ß, æ, ø, ı, đ) stay as they are."""
    folds = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        if (len(parts) > 1 and parts[0].isascii() and parts[0].isalpha()
                and all(unicodedata.combining(c) for c in parts[1:])):
            folds[char] = parts[0]
    return folds


_CHAR_FOLD.update(str.maketrans(_latin_marks()))

# Characters that are not there for a reader (Unicode's Default_Ignorable_Code_Point: zero
# width space, joiners, direction marks, BOM, soft hyphen, word joiner, variation
# selectors, Hangul fillers, tags) and the interlinear annotation marks: a term with one
# inside (오오\u200b사카) looks like the term and must be found as it.
# tests/test_reliability_special.py checks the list against the `regex` module's data.
IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFFB), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_IGNORABLE_CLASS = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in IGNORABLE_RANGES)

# The Latin ligatures a PDF's text keeps (ﬁnancial, identiﬁcation, Ofﬁce) as the letters
# they join, as NFKC writes them: a reader sees the letters.
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code))
              for code in range(0xFB00, 0xFB07)}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def _composed_form(text: str) -> str:
    """NFC of `text` with its Latin ligatures as their letters."""
    if _LIGATURE.search(text) is not None:
        text = text.translate(_LIGATURE_TABLE)
    return unicodedata.normalize("NFC", text)


def _width_folds() -> dict[str, str]:
    """Full-width and half-width forms (ＴＡＫＡＩＣＨＩ, ｶﾀｶﾅ, half-width Hangul jamo) as
    their ordinary characters: their compatibility decomposition, one character each
    (U+FFE3, a space and a macron, is left alone). Half-width Hangul letters become the
    compatibility jamo they are a narrow form of (ﾡ is ㄱ), never conjoining jamo, which NFC
    would compose into syllables that were not written."""
    folds = {}
    for code in range(0xFF01, 0xFFEF):
        char = chr(code)
        name = unicodedata.name(char, "")
        if name.startswith("HALFWIDTH HANGUL LETTER "):
            plain = unicodedata.lookup(name.removeprefix("HALFWIDTH "))
        else:
            plain = unicodedata.normalize("NFKC", char)
        if plain != char and len(plain) == 1 and not any(
                a <= code <= b for a, b in IGNORABLE_RANGES):
            folds[char] = plain
    return folds


class _Tables(NamedTuple):
    """What normalisation reads, made on first use: a command that normalises only ASCII
    text (`yongeo lookup Takaichi`) makes none of it."""

    width_fold: dict[str, str]
    disguise: re.Pattern[str]  # an ignorable character or a width form
    ignorable_run: re.Pattern[str]
    width_table: dict[int, str]
    char_fold: dict[int, str]  # _CHAR_FOLD with the width forms and Hanja short forms
    fold_map: dict[str, str]
    folded_char: re.Pattern[str]


@cache
def _tables() -> _Tables:
    from yongeo.text.korean import HANJA_SHORT_FORMS

    width_fold = _width_folds()
    char_fold = dict(_CHAR_FOLD)
    # A headline's Hanja short forms read as Hangul (韓日 정상회담 = 한일 정상회담).
    char_fold.update(str.maketrans(HANJA_SHORT_FORMS))
    # fold_chars folds the widths too, length for length, as the folded form of their
    # ordinary character (a full-width hyphen is a space like any hyphen).
    char_fold.update({ord(wide): char_fold.get(ord(plain), plain)
                      for wide, plain in width_fold.items() if ord(wide) not in char_fold})
    fold_map = {chr(k): v for k, v in char_fold.items() if chr(k) != v}
    return _Tables(
        width_fold,
        # Compatibility jamo (ㅅㅌㅇㄱ) are not composed into syllables: a run of them is a
        # word of its own (ㅋㅋ, or a search by initial consonants), not a disguised syllable.
        re.compile("[" + _IGNORABLE_CLASS + "".join(re.escape(c) for c in width_fold) + "]"),
        re.compile("[" + _IGNORABLE_CLASS + "]+"),
        str.maketrans(width_fold),
        char_fold,
        fold_map,
        # The standard library's engine: a plain character class over megabytes is several
        # times faster there than in `regex`.
        re.compile("[" + "".join(re.escape(c) for c in fold_map) + "]"))


# What a transcript may capitalise alone: a bracketed tag ([Music]) and the pronoun I.
_CAPITALS_ASIDE = lazy(r"\[[^\]\n]{0,40}\]|(?<![A-Za-z])I(?![A-Za-z])")
# A text writes no capitals when under this share of its Latin letters are capitals (an
# automatic transcript, a chat in lower case; running English has some 3%), read over at
# least this many letters.
_CAPITALS_SHARE = 0.005
_CAPITALS_LETTERS = 200


@lru_cache(maxsize=4)
def writes_no_capitals(text: str) -> bool:
    """Whether a text writes English without capitals (an automatic transcript: prime
    minister takaichi, cptpp; a chat in lower case), where a lower-case word says nothing
    of whether it is a name: at least _CAPITALS_LETTERS Latin letters, under
    _CAPITALS_SHARE of them capitals, bracketed tags ([Music]) and the pronoun I aside.
    Counted in place (str.count per letter), as the texts read may be megabytes."""
    capitals = sum(map(text.count, string.ascii_uppercase))
    letters = capitals + sum(map(text.count, string.ascii_lowercase))
    if letters < _CAPITALS_LETTERS:
        return False
    if capitals >= letters * _CAPITALS_SHARE:
        capitals -= sum(sum(1 for char in match.group() if "A" <= char <= "Z")
                        for match in _CAPITALS_ASIDE.finditer(text))
    return capitals < letters * _CAPITALS_SHARE


# Between two words of one phrase, as a pattern's source: blanks (a no-break space too), or a
# line's end and the blanks around it (a hard-wrapped text: Treaty on / Basic Relations, Wi
# / Sung-lac), never a blank line (a paragraph's end).
WORD_GAP = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"
# A run of spaces, or any spaces between two Hangul syllables (셔틀 외교 = 셔틀외교).
_SPACE_RUN = lazy(r"(?<=[\uac00-\ud7a3]) +(?=[\uac00-\ud7a3])| {2,}")


def _is_syllable(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def nfc(text: str) -> str:
    """The form every comparison in yongeo uses: NFC (macOS writes NFD), without the
    characters a reader does not see (IGNORABLE_RANGES), with full-width and half-width
    forms as their ordinary characters and Latin ligatures as their letters (ﬁ is fi).
    Lint, lookup and the matcher all see this text; nfc_mapped keeps the way back to the
    offsets of the original. Mojibake (McCain¡¯s, a
    Korean system's quotes read as Latin-1: text.mojibake) is then read as the text it was
    (in the NFC text, so that its NFD form reads the same)."""
    if text.isascii():  # nothing to remove, compose or mend
        return text
    tables = _tables()
    if tables.disguise.search(text) is not None:
        text = tables.ignorable_run.sub("", text.translate(tables.width_table))
    if not unicodedata.is_normalized("NFC", text) or _LIGATURE.search(text) is not None:
        text = _composed_form(text)
    if has_mojibake(text):
        text = tables.ignorable_run.sub("", mend_in_place(text))
    return text


def without_disguises(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """`text` with ignorable characters removed and widths folded, and the removals as
    sorted positions in the result from which offsets to `text` grow by the given shift."""
    if text.isascii():
        return text, (), ()
    tables = _tables()
    if tables.disguise.search(text) is None:
        return text, (), ()
    text = text.translate(tables.width_table) if any(
        c in tables.width_fold for c in tables.disguise.findall(text)) else text
    return _without_ignorable(text)


def _without_ignorable(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """`text` without its ignorable characters, and the removals (see without_disguises)."""
    pieces: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    last = removed = 0
    for run in _tables().ignorable_run.finditer(text):
        start, end = run.span()
        pieces.append(text[last:start])
        removed += end - start
        points.append(start - (removed - (end - start)))
        shifts.append(removed)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), tuple(points), tuple(shifts)


def _is_han_or_kana(char: str) -> bool:
    return ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
            or "\u3040" <= char <= "\u30ff")


def script_break(first: str, second: str) -> bool:
    """Whether two letters side by side are a Latin one and a Chinese character or kana:
    Japanese writes a Latin term with no space between (韓国のCPTPP加盟), a word's edge all
    the same."""
    return (first.isascii() and _is_han_or_kana(second)) or (
        second.isascii() and _is_han_or_kana(first))


def written_as_word(text: str, word: str) -> bool:
    """Whether `text` writes `word` as it stands, as a word of its own: no letter or digit
    of the word's script right before it, nor right after it but for a Hangul word's
    particle (Wi Sung-rak in a Korean text; 타카이치를)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        glued_before = before.isalnum() and before.isascii() == word[0].isascii()
        glued_after = (after.isalnum() and after.isascii() == word[-1].isascii()
                       and not (_is_syllable(word[-1]) and _is_syllable(after)))
        if not (glued_before or glued_after):
            return True
        at = text.find(word, at + 1)
    return False


def fold_case(text: str) -> str:
    """Lower case that never changes the length (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Folded:
    """Text in match form: case kept (`cased`) and lower-cased (`text`), same offsets."""

    text: str
    cased: str
    # Sorted folded positions where the offset to the original changes, and the shift there.
    _points: tuple[int, ...]
    _shifts: tuple[int, ...]

    def to_original(self, position: int) -> int:
        """Map a position in the folded text back to the NFC text it came from."""
        index = bisect_right(self._points, position) - 1
        return position + (self._shifts[index] if index >= 0 else 0)


def fold(text: str) -> Folded:
    """Fold NFC text for matching: dashes and quotes unified, spaces collapsed, no spaces
    between Hangul syllables, and a lower-cased twin; offsets map back to `text`."""
    chars = text.translate(_tables().char_fold)
    pieces: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    last = 0
    removed = 0
    for match in _SPACE_RUN.finditer(chars):
        start, end = match.span()
        pieces.append(chars[last:start])
        between_hangul = start > 0 and end < len(chars) and _is_syllable(
            chars[start - 1]) and _is_syllable(chars[end])
        keep = "" if between_hangul else " "
        pieces.append(keep)
        removed += (end - start) - len(keep)
        points.append(start + len(keep) - (removed - ((end - start) - len(keep))))
        shifts.append(removed)
        last = end
    if points:
        pieces.append(chars[last:])
        cased = "".join(pieces)
    else:
        cased = chars
    return Folded(fold_case(cased), cased, tuple(points), tuple(shifts))


def fold_chars(text: str, lower: bool = True) -> str:
    """The length-preserving part of `fold`: dashes, quotes, odd spaces (and case, unless
    `lower` is false); every offset is the text's own."""
    # str.translate walks every character in Python's slow path for non-ASCII text;
    # line breaks are replaced in C and the rest, rare in prose, one by one.
    text = text.replace("\n", " ")
    tables = _tables()
    if tables.folded_char.search(text):
        fold_map = tables.fold_map
        text = tables.folded_char.sub(lambda m: fold_map[m.group()], text)
    return fold_case(text) if lower else text


def without_marks(word: str) -> str:
    """A Latin word without its diacritics (Chōsei -> Chosei, Tōkyō -> Tokyo: Hepburn's long
    vowels marked)."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def fold_term(term: str) -> str:
    """A glossary term in the folded form, lower-cased, as the automaton stores it."""
    return fold(nfc(term).strip()).text.strip()


def fold_term_cased(term: str) -> str:
    return fold(nfc(term).strip()).cased.strip()


# A grapheme cluster: NFC composes within one (Hangul L V T jamo, a letter and its marks).
_CLUSTER = lazy(r"\X")


@dataclass(frozen=True)
class Normalized:
    """The text in comparison form (see nfc) with the way back to the text it came from."""

    text: str
    # Per NFC character, the offsets (in the text without disguises) of the cluster it came
    # from; None: NFC changed nothing. Arrays of machine integers: a 10 MB NFD text would
    # need gigabytes as tuples of ints.
    _starts: Sequence[int] | None = None
    _ends: Sequence[int] | None = None
    # Where characters were removed (see without_disguises), and the original's length.
    _points: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    _length: int = 0
    # Where the padding of mended mojibake was removed from the NFC text (text.mojibake):
    # the first map back, as without_disguises' removals are the last.
    _mended_points: tuple[int, ...] = ()
    _mended_shifts: tuple[int, ...] = ()

    @property
    def keeps_offsets(self) -> bool:
        """Whether every offset of the text is the original's own (widths folded at most)."""
        return (self._starts is None and not self._points and not self._mended_points
                and len(self.text) == self._length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the normalised [start, end)."""
        if self._mended_points:
            start, end = _before_removal(self._mended_points, self._mended_shifts, start, end)
        if self._starts is not None and self._ends is not None:
            if end <= start:
                origin = self._starts[start] if start < len(self._starts) else (
                    self._ends[-1] if len(self._ends) else 0)
                start = end = origin
            else:
                start, end = self._starts[start], self._ends[end - 1]
        if not self._points:
            return start, end
        if end <= start:
            origin = self._original(start)
            return origin, origin
        # The end is just after the last character kept, not after the removed ones that
        # follow it.
        return self._original(start), self._original(end - 1) + 1

    def _original(self, position: int) -> int:
        index = bisect_right(self._points, position) - 1
        return min(position + (self._shifts[index] if index >= 0 else 0), self._length)


def _before_removal(points: tuple[int, ...], shifts: tuple[int, ...], start: int, end: int
                    ) -> tuple[int, int]:
    """[start, end) of a text with characters removed, in the text before the removal: the
    end just after the last character kept."""
    def before(position: int) -> int:
        index = bisect_right(points, position) - 1
        return position + (shifts[index] if index >= 0 else 0)

    if end <= start:
        return before(start), before(start)
    return before(start), before(end - 1) + 1


def nfc_mapped(text: str) -> Normalized:
    """The comparison form of `text` (nfc), keeping a map from its offsets back to `text`
    when they differ: a removed zero-width space shifts every later offset, NFD clusters
    compose, a ligature is its letters, mended mojibake loses its padding."""
    normalized = _composed(text)
    if not has_mojibake(normalized.text):
        return normalized
    mended, points, shifts = _without_ignorable(mend_in_place(normalized.text))
    return replace(normalized, text=mended, _mended_points=points, _mended_shifts=shifts)


def _composed(text: str) -> Normalized:
    """nfc_mapped before mojibake is mended."""
    clean, points, shifts = without_disguises(text)
    if unicodedata.is_normalized("NFC", clean) and _LIGATURE.search(clean) is None:
        return Normalized(clean, None, None, points, shifts, len(text))
    pieces: list[str] = []
    starts, ends = array("q"), array("q")
    for cluster in _CLUSTER.finditer(clean):
        # A cluster composed, or a ligature's letters, all map back to what was written.
        composed = _composed_form(cluster.group())
        pieces.append(composed)
        starts.extend([cluster.start()] * len(composed))
        ends.extend([cluster.end()] * len(composed))
    composed_text = "".join(pieces)
    whole = _composed_form(clean)
    if composed_text != whole:
        # Composition crossed a cluster boundary (exotic input): map every offset coarsely.
        return Normalized(whole, array("q", [0]) * len(whole),
                          array("q", [len(clean)]) * len(whole), points, shifts, len(text))
    return Normalized(composed_text, starts, ends, points, shifts, len(text))


def nfc_mapped_each(texts: Sequence[str]) -> list[Normalized] | None:
    """nfc_mapped of each of many short texts (a PO file's strings); None when they are
    all NFC and hold no disguise nor mojibake, the usual case, which one look at them all tells: each is
    then its own comparison form, every offset its own."""
    joined = "\n".join(texts)
    if (_tables().disguise.search(joined) is None and not has_mojibake(joined)
            and unicodedata.is_normalized("NFC", joined) and _LIGATURE.search(joined) is None):
        return None
    return [nfc_mapped(text) for text in texts]
