"""The Korean font the HTML report embeds: the shipped subset cut to the characters of a page."""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from importlib import resources

# The CSS family name of the embedded face. The report's font stacks name it first: Chromium
# does not always redraw text with a web font named after a system font that lacks the
# character once the web font has loaded, and leaves missing-glyph boxes. Its unicode-range is
# the characters it carries, so everything else goes straight to the system's fonts.
FAMILY = "yongeo Korean"
# Noto Sans CJK KR, subset by scripts/subset_font.py; its licence is OFL.txt beside it.
FONT = "NotoSansCJKkr-Regular-subset.woff2"


def _font_file():
    return resources.files("yongeo") / "data" / "fonts" / FONT


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """The code points the shipped font has glyphs for."""
    from fontTools.ttLib import TTFont

    with _font_file().open("rb") as handle:
        return frozenset(TTFont(handle, lazy=True).getBestCmap())


def font_face(text: str) -> str:
    """An @font-face rule whose data URI holds the glyphs of the shipped font that `text`
    uses, or "" when it uses none. Characters the font lacks fall back to system fonts."""
    wanted = frozenset(ord(c) for c in text) & covered()
    if not wanted:
        return ""
    data = base64.b64encode(_subset(wanted)).decode("ascii")
    return ("@font-face { "
            f'font-family: "{FAMILY}"; font-style: normal; font-weight: 400; '
            f'src: url(data:font/woff2;base64,{data}) format("woff2"); '
            f"unicode-range: {unicode_range(wanted)}; }}\n")


def unicode_range(codepoints: frozenset[int]) -> str:
    """The CSS unicode-range of a set of code points, runs collapsed: U+AC00-AC01, U+B098."""
    runs: list[list[int]] = []
    for point in sorted(codepoints):
        if runs and point == runs[-1][1] + 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)


@lru_cache(maxsize=8)
def _subset(codepoints: frozenset[int]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    with _font_file().open("rb") as handle:
        font = TTFont(handle, recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]  # the copyright and licence stay
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()
