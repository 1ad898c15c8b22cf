"""Plain-text tables that line up Hangul (two columns wide) with Latin text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters (Hangul, CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c)
               else 1 for c in text)


def truncate(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = display_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
                 max_width: int = 100) -> str:
    """Columns padded to their widest cell; the last column is cut to fit max_width."""
    cells = [list(headers), *[[" ".join(str(c).split()) for c in row] for row in rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    fixed = sum(widths[:-1]) + 2 * (len(widths) - 1)
    widths[-1] = max(10, min(widths[-1], max_width - fixed))
    lines = []
    for index, row in enumerate(cells):
        parts = []
        for col, cell in enumerate(row):
            cell = truncate(cell, widths[col])
            pad = "" if col == len(row) - 1 else " " * (widths[col] - display_width(cell))
            parts.append(cell + pad)
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("─" * w for w in widths))
    return "\n".join(lines)
