"""Normalisation: NFC, and the folded form matching runs on, with offsets back to the text."""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

# Length-preserving character folds: every dash and hyphen is a space (Korea-Japan,
# Korea–Japan and Korea Japan are one term), curly quotes are straight, odd spaces are spaces.
_CHAR_FOLD = str.maketrans({
    **{c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\uff07"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\uff02"},
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
       "\u200a\u202f\u205f\u3000\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"},
    "\u00b7": "·", "\u30fb": "·", "\u2027": "·",
})
_FOLD_MAP = {chr(k): v for k, v in _CHAR_FOLD.items() if chr(k) != v}
# The standard library's engine: a plain character class over megabytes is several times
# faster there than in `regex`.
_FOLDED_CHAR = re.compile("[" + "".join(re.escape(c) for c in _FOLD_MAP) + "]")

# A run of spaces, or any spaces between two Hangul syllables (셔틀 외교 = 셔틀외교).
_SPACE_RUN = regex.compile(r"(?<=[\uac00-\ud7a3]) +(?=[\uac00-\ud7a3])| {2,}")


def _is_syllable(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def nfc(text: str) -> str:
    """NFC, the form every comparison in yongeo uses (macOS writes NFD)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


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
    chars = text.translate(_CHAR_FOLD)
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
    if _FOLDED_CHAR.search(text):
        text = _FOLDED_CHAR.sub(lambda m: _FOLD_MAP[m.group()], text)
    return fold_case(text) if lower else text


def fold_term(term: str) -> str:
    """A glossary term in the folded form, lower-cased, as the automaton stores it."""
    return fold(nfc(term).strip()).text.strip()


def fold_term_cased(term: str) -> str:
    return fold(nfc(term).strip()).cased.strip()


# A grapheme cluster: NFC composes within one (Hangul L V T jamo, a letter and its marks).
_CLUSTER = regex.compile(r"\X")


@dataclass(frozen=True)
class Normalized:
    """NFC text with the way back to the text it came from (macOS writes NFD)."""

    text: str
    # Per NFC character, the original offsets of the cluster it came from; None: same text.
    # Arrays of machine integers: a 10 MB NFD text would need gigabytes as tuples of ints.
    _starts: Sequence[int] | None = None
    _ends: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the NFC [start, end)."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            origin = self._starts[start] if start < len(self._starts) else self._ends[-1]
            return origin, origin
        return self._starts[start], self._ends[end - 1]


def nfc_mapped(text: str) -> Normalized:
    """NFC of `text`, keeping a map from NFC offsets back to `text` when they differ."""
    if unicodedata.is_normalized("NFC", text):
        return Normalized(text)
    pieces: list[str] = []
    starts, ends = array("q"), array("q")
    for cluster in _CLUSTER.finditer(text):
        composed = unicodedata.normalize("NFC", cluster.group())
        pieces.append(composed)
        starts.extend([cluster.start()] * len(composed))
        ends.extend([cluster.end()] * len(composed))
    composed_text = "".join(pieces)
    whole = unicodedata.normalize("NFC", text)
    if composed_text != whole:
        # Composition crossed a cluster boundary (exotic input): map every offset coarsely.
        return Normalized(whole, array("q", [0]) * len(whole),
                          array("q", [len(text)]) * len(whole))
    return Normalized(composed_text, starts, ends)
