"""Make the Korean font that the HTML lint report embeds: a subset of Noto Sans CJK KR.

The subset holds the 2,350 Hangul syllables of KS X 1001 (the Korean national character set,
which covers everyday Korean text), the conjoining jamo of modern Korean and the compatibility jamo, general punctuation
and the CJK symbols; the report embeds only the glyphs its page uses. Run it from the repository root with the Noto CJK fonts installed (Debian:
fonts-noto-cjk):

    python3 scripts/subset_font.py [/path/to/NotoSansCJK-Regular.ttc]

Noto Sans CJK is under the SIL Open Font License 1.1, shipped beside the font as OFL.txt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FACE = "Noto Sans CJK KR"
TARGET = Path("src/yongeo/data/fonts/NotoSansCJKkr-Regular-subset.woff2")


def ks_x_1001_syllables() -> list[str]:
    """The Hangul syllables of KS X 1001, in its order (EUC-KR rows 0xB0 to 0xC8)."""
    return [bytes((row, cell)).decode("euc-kr")
            for row in range(0xB0, 0xC9) for cell in range(0xA1, 0xFF)]


def codepoints() -> list[int]:
    # No Latin: every machine has fonts for it, and the report names them first.
    # The conjoining jamo of modern Korean (decomposed text, as macOS file systems write it),
    # which the font's ljmo/vjmo/tjmo features join into syllables; old Hangul is left out.
    ranges = [(0x1100, 0x1112), (0x115F, 0x1175), (0x11A8, 0x11C2),
              (0x2010, 0x2027), (0x2030, 0x203B),  # dashes, quotes, dots, per mille
              (0x2190, 0x2193),  # arrows
              (0x3000, 0x303F),  # CJK symbols and punctuation
              (0x3131, 0x318E)]  # Hangul compatibility jamo
    points = {c for start, end in ranges for c in range(start, end + 1)}
    points.update(ord(s) for s in ks_x_1001_syllables())
    return sorted(points)


def face_number(path: Path) -> int:
    for number in range(32):
        font = TTFont(path, fontNumber=number, lazy=True)
        if font["name"].getDebugName(4) == FACE:
            return number
    raise SystemExit(f"{path}: no face named {FACE}")


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    font = TTFont(source, fontNumber=face_number(source), recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False  # screens hint CJK outlines themselves
    options.desubroutinize = True  # compresses better under WOFF2's Brotli
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff2"
    font.save(TARGET)
    print(f"{TARGET}: {len(font.getGlyphOrder())} glyphs, {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
