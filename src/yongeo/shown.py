"""How names from outside (file names, arguments) appear in a message: escaped and cut."""

from __future__ import annotations

import os
from collections.abc import Iterable

from yongeo.i18n import _

LIST_LIMIT = 5  # names a message lists before "and N more"


def show_text(text: str | os.PathLike) -> str:
    """`text` safe for a one-line message: line breaks, control characters, terminal escape
    sequences, invisible format characters and bytes that were not UTF-8 (surrogate
    escapes) are written as \\n, \\x1b, \\u200b; everything printable is kept as is."""
    value = os.fspath(text)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "surrogateescape")
    if value.isprintable():
        return value
    return "".join(char if char.isprintable() else _escaped(char) for char in value)


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if char in "\n\t\r":
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}[char]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def show_path(path: str | os.PathLike) -> str:
    """A file name for a message (see show_text)."""
    return show_text(path)


def show_list(names: Iterable[str | os.PathLike], limit: int = LIST_LIMIT) -> str:
    """Names joined by commas, each escaped; past `limit`, the rest counted: a, b, c and
    997 more."""
    items = list(names)
    shown = ", ".join(show_text(name) for name in items[:limit])
    if len(items) <= limit:
        return shown
    return _("{names} and {count} more").format(names=shown, count=len(items) - limit)


def has_undecodable(text: str) -> bool:
    """True when `text` holds bytes that were not UTF-8 (an argument read from the command
    line keeps them as surrogate escapes)."""
    return any("\udc80" <= char <= "\udcff" for char in text)
