"""Keyboard accelerator marks: an underscore inside a word of a user-interface string.

GTK and GNOME mark the letter of a keyboard shortcut with an underscore before it (_File,
P_roperties, Show _hidden files); code joins words with one (set_default, MAX_SIZE, __init__).
A word with a mark is prose to be translated, an identifier is not. Told by shape alone (no
word list to load): a mark is one underscore, at the start of a word or after the capital
letters that open a capitalised one.
"""

from __future__ import annotations

import re

_MARKED = re.compile(r"_[A-Za-z][a-z]*|[A-Z][a-z]*_[a-z]+")


def is_mnemonic(token: str) -> bool:
    """True when `token` is a word with one accelerator mark: `_History`, `_hidden`, `_As`,
    `P_roperties`, `Pro_perties`; not `set_default`, `file_name`, `MAX_SIZE`, `__init__`,
    `_init_db`. A leading underscore on a lower-case word (`_private`) reads as a mark too."""
    return _MARKED.fullmatch(token) is not None
