"""Mojibake repair: text decoded with the wrong code page, mended before anything reads it.

Two kinds are common in Korean and English news feeds:

- UTF-8 read as Windows-1252 or Latin-1 (`Itâ€™s` for It’s): ftfy mends it;
- EUC-KR (CP949) punctuation read as Latin-1 (`McCain¡¯s` for McCain’s, `¡°…¡±` for “…”,
  `¢æ` for €): a Korean system's curly quotes in an English text. ftfy does not know this one,
  so the two-byte symbol rows of KS X 1001 are decoded here, and only where they give
  punctuation or a symbol.

Only lines holding a suspicious pair are touched (ftfy is thorough, not fast), and the
number of lines never changes, so references stay right. Lint, whose findings point into
the text as written, mends it in place (`mend_in_place`): each repaired run keeps its
length, padded with a character no reader sees, which normalisation then removes with the
way back to the original offsets (text.normalize).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# The lead byte of a UTF-8 sequence seen as Latin-1/CP1252, then a continuation byte seen the
# same way (Latin-1 C1 and upper half, or the CP1252 characters at 0x80-0x9F).
_CP1252_HIGH = ("\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039"
                "\u203a\u20ac\u2122")
UTF8_AS_1252 = "[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_HIGH + "]"
# KS X 1001 rows 1 and 2 (lead bytes 0xA1, 0xA2: punctuation and symbols) seen as Latin-1.
CP949_SYMBOL = "[\u00a1\u00a2][\u00a1-\u00fe]"


# Either kind, or a little more (a lead character of either, then a character that may
# follow one of them): the first look at every text lint reads, megabytes that nearly
# always hold none. One pair of classes in the standard library's engine is several times
# faster there than the alternation of the two patterns.
SUSPECT = "[\u00a1\u00a2\u00c2-\u00f4][\u0080-\u00fe" + _CP1252_HIGH + "]"


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three patterns, compiled when a text that is not ASCII first needs them."""
    return re.compile(UTF8_AS_1252), re.compile(CP949_SYMBOL), re.compile(SUSPECT)


def has_mojibake(text: str) -> bool:
    """Whether `text` may hold mojibake (SUSPECT): never an ASCII text, which CPython
    tells without reading it, so a command that reads no such text compiles nothing."""
    return not text.isascii() and _compiled()[2].search(text) is not None
# What pads a mended run to its length: WORD JOINER, an ignorable character (normalize).
PAD = "\u2060"


def repair_mojibake(text: str) -> str:
    """`text` with mojibake mended, line for line."""
    if not has_mojibake(text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        lines[index] = _repair_line(line)
    return "\n".join(lines)


def mend_in_place(text: str) -> str:
    """`text` with mojibake mended as repair_mojibake mends it, every character where it
    was: a mended run (McCain¡¯s: ¡¯ for ’) is its repair followed by PAD up to the run's
    length (McCain’\u2060s): a span mapped back that ends on the mended character ends
    before its padding. A line whose repair is not only runs made shorter is left as it
    is."""
    if not has_mojibake(text):
        return text
    import difflib  # only for a text with mojibake

    lines = text.split("\n")
    for index, line in enumerate(lines):
        fixed = _repair_line(line)
        if fixed == line:
            continue
        pieces = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
                None, line, fixed, autojunk=False).get_opcodes():
            if op == "equal":
                pieces.append(line[i1:i2])
            elif j2 - j1 <= i2 - i1:  # replaced by as much or less: padded
                pieces.append(fixed[j1:j2] + PAD * ((i2 - i1) - (j2 - j1)))
            else:  # something longer than it replaces: no in-place repair of this line
                break
        else:
            lines[index] = "".join(pieces)
    return "\n".join(lines)


def _repair_line(line: str) -> str:
    utf8_as_1252, cp949_symbol, _suspect = _compiled()
    if utf8_as_1252.search(line):
        line = _fix_utf8(line)
    if cp949_symbol.search(line):
        line = cp949_symbol.sub(_cp949_symbol, line)
    return line


def _fix_utf8(line: str) -> str:
    import ftfy  # imported when a line needs it: most text never does

    for config in _configs():
        fixed = ftfy.fix_text(line, config)
        # A space stays a space: ftfy reads a byte A0 (a no-break space) into a sequence
        # where a plain space may stand for it ("à¸ shuttle" as one Thai letter written
        # onto the word); the stricter reading is tried, then the line left as it is.
        if "\n" not in fixed and fixed.count(" ") >= line.count(" "):
            return fixed
    return line


@cache
def _configs():
    """ftfy's settings: only the encoding (quotes, widths, line breaks, HTML and
    normalisation stay as written) and no space read as a byte A0; then the same without
    decoding a line that mixes mojibake with text decoded right (which reads a space that
    way too)."""
    import ftfy

    only_encoding = ftfy.TextFixerConfig(
        unescape_html=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, restore_byte_a0=False)
    return only_encoding, only_encoding._replace(decode_inconsistent_utf8=False)


def _cp949_symbol(match: re.Match) -> str:
    pair = match.group()
    try:
        decoded = pair.encode("latin-1").decode("cp949")
    except UnicodeError:
        return pair
    if len(decoded) == 1 and unicodedata.category(decoded)[0] in "PS":
        return decoded
    return pair
