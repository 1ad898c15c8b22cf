"""Placeholders and markup in translatable strings: masked so they are not read as text."""

from __future__ import annotations

import regex

_MASKED = regex.compile(r"""
    %(?:\([^)\s]*\))?[-+ #0]*(?:\d+\$)?(?:\*|\d+)?(?:\.(?:\*|\d+))?
        (?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGcrsaApn%]   # printf, %(name)s
  | %\d+                                                    # Qt %1
  | \{\d*\}                                                 # {0}, {}
  | \{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{}\s]*)?\}        # {name}, {0.attr!r:>10}
  | (?::[\w-]+)?:[\w-]+:`[^`]*`                             # reST roles, :ref:`...`
  | ``[^`]+``                                               # reST inline literals
  | </?[A-Za-z][^<>]*>                                      # HTML and XML tags
  | &(?:[A-Za-z][A-Za-z0-9]*|\#\d+|\#[xX][0-9A-Fa-f]+);     # character references
""", regex.VERBOSE)


def mask_markup(text: str) -> str:
    """`text` with placeholders, reST roles and literals, tags and entities replaced by
    spaces of the same length, so a term inside them is no hit and offsets stay valid."""
    return _MASKED.sub(lambda m: " " * len(m.group()), text)


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Where the placeholders and markup of `text` are: what mask_markup blanks out."""
    return [match.span() for match in _MASKED.finditer(text)]
