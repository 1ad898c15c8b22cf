"""Code, markup and news chrome in what is checked: masked so that it is not read as text.

Masking blanks a stretch out with spaces of the same length (line breaks are kept), so a term
inside it is no hit and every offset still points where it did. PO strings (`mask_markup`)
carry placeholders, HTML, reStructuredText and Markdown; plain-text and Markdown documents
(`mask_document`) carry code, addresses and news datelines and bylines. Each construct is
one pattern below, with an example; tests/test_lint_markup.py holds a table of them.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from yongeo.lint.units import paragraphs
from yongeo.text.news import chrome_spans

# An identifier is ASCII: Hangul after it is a particle (os.path.join을), not part of it.
_ID = r"[A-Za-z_][A-Za-z0-9_]*"
_NOT_ID_BEFORE = r"(?<![A-Za-z0-9_.])"
_NOT_ID_AFTER = r"(?![A-Za-z0-9_])"

# Web and mail addresses, up to what cannot end one (a closing bracket or a full stop
# after it is prose): https://example.com/a_b?x=1, www.example.org, mailto:a@b.org.
_URL = r"""
    (?:(?:https?|ftp|file)://|www\.)[^\s<>"'`\u3000-\u303f\uff00-\uffef]*
        [^\s<>"'`.,;:!?)\]}\u3000-\u303f\uff00-\uffef\p{Hangul}]
  | (?:https?|ftp|file)://                                  # a bare scheme
"""
_EMAIL = r"(?:mailto:)?[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"

# Inline code shared by PO strings and documents.
_CODE_SPANS = rf"""
    ``(?:[^`]|`(?!`))+``                                    # ``default`` (reST literal, Markdown)
  | (?::[\w-]+)?:[\w-]+:`[^`]*`                             # :class:`a.B`, :py:func:`f`, :ref:`x <y>`
  | `[^`\n]+`:[\w-]+:                                       # `text`:role:
  | `[^`\n]+`(?!_)                                          # `interpreted text`, `code` (Markdown)
  | {_URL}
  | {_EMAIL}
"""

_INLINE = regex.compile(rf"""
    %(?:\([^)\s]*\))?[-+ #0]*(?:\d+\$)?(?:\*|\d+)?(?:\.(?:\*|\d+))?
        (?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGcrsaApn%]   # printf, %(name)s
  | %\d+                                                    # Qt %1
  | \{{\d*\}}                                               # {{0}}, {{}}
  | \{{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{{}}\s]*)?\}}    # {{name}}, {{0.attr!r:>10}}
  | {_CODE_SPANS}
  | </?[A-Za-z][^<>]*>                                      # HTML and XML tags
  | &(?:[A-Za-z][A-Za-z0-9]*|\#\d+|\#[xX][0-9A-Fa-f]+);     # character references
    # One identifier-like word in emphasis is code (*mode*, **set_default**); several words
    # are prose (*shuttle diplomacy*), and so is Hangul (*모드*).
  | (?<![*\\A-Za-z0-9])\*{{1,2}}{_ID}(?:[.\-]{_ID})*(?:\(\))?\*{{1,2}}(?![*A-Za-z0-9])
    # Identifiers joined by dots (os.path.join, collections.abc.Sequence), but not an
    # abbreviation of single letters (e.g., U.S.-Japan, a.m.) nor a word ending a sentence.
  | {_NOT_ID_BEFORE}(?!(?:[A-Za-z]\.)+[A-Za-z]?{_NOT_ID_AFTER})
        {_ID}(?:\.{_ID})+(?:\(\))?{_NOT_ID_AFTER}
    # Identifiers with an underscore inside or in front (set_default, __init__, _private);
    # a trailing one alone is a reST hyperlink reference (Python_) and stays prose.
  | {_NOT_ID_BEFORE}(?:_*[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*|_+[A-Za-z][A-Za-z0-9]*_*)
        (?:\(\))?{_NOT_ID_AFTER}
  | {_NOT_ID_BEFORE}{_ID}\(\)                               # len(), main()
""", regex.VERBOSE)

_DOCUMENT_INLINE = regex.compile(_CODE_SPANS, regex.VERBOSE)

# Blocks, line by line: a Markdown fence (``` or ~~~) to its closing fence; a doctest block
# (>>> and what follows up to a blank line); a reST literal block (the indented lines after a
# paragraph ending in ::).
_FENCE = regex.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)(?:.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z))",
                       regex.MULTILINE | regex.DOTALL)
_DOCTEST = regex.compile(r"^[ \t]*>>>(?:[ \t][^\n]*)?$(?:\n[ \t]*\S[^\n]*)*", regex.MULTILINE)
_LITERAL_INTRO = regex.compile(r"::[ \t]*$", regex.MULTILINE)
_BLOCK_SIGNS = ("```", "~~~", ">>>", "::")


def _literal_blocks(text: str) -> Iterator[tuple[int, int]]:
    """The indented lines after a line that ends with `::`: reST's literal block, up to the
    first line indented no deeper than the paragraph that introduced it."""
    for intro in _LITERAL_INTRO.finditer(text):
        base = _indent(_first_line_of_paragraph(text, intro.start()))
        start = end = None
        position = intro.end() + 1
        while position <= len(text):
            stop = text.find("\n", position)
            stop = len(text) if stop < 0 else stop
            line = text[position:stop]
            if line.strip():
                if _indent(line) <= base:
                    break
                start = position if start is None else start
                end = stop
            position = stop + 1
        if start is not None and end is not None:
            yield start, end


def _first_line_of_paragraph(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        if not text[previous:start - 1].strip():
            break
        start = previous
    stop = text.find("\n", start)
    return text[start:] if stop < 0 else text[start:stop]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _fence_spans(text: str) -> list[tuple[int, int]]:
    if "```" not in text and "~~~" not in text:
        return []
    return [m.span() for m in _FENCE.finditer(text)]


def _block_spans(text: str) -> list[tuple[int, int]]:
    if not any(sign in text for sign in _BLOCK_SIGNS):
        return []
    spans = _fence_spans(text)
    if ">>>" in text:
        spans += [m.span() for m in _DOCTEST.finditer(text)]
    if "::" in text:
        spans += list(_literal_blocks(text))
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Where the placeholders, markup and code of a PO string are: what mask_markup blanks
    out, in order and not overlapping."""
    spans = _block_spans(text)
    spans += [m.span() for m in _INLINE.finditer(text)]
    return _merged(spans)


def mask_markup(text: str) -> str:
    """A PO string with its placeholders (%s, {name}), tags and entities, reST roles,
    literals, literal and doctest blocks, Markdown code, identifiers (os.path.join,
    set_default, len()), a lone identifier in emphasis, and web and mail addresses blanked
    out; same length, line breaks kept."""
    return _blank(text, markup_spans(text))


def document_spans(text: str) -> list[tuple[int, int]]:
    """What mask_document blanks out of a plain-text or Markdown document."""
    spans = _fence_spans(text)
    spans += [m.span() for m in _DOCUMENT_INLINE.finditer(text)]
    for start, end in paragraphs(text):
        spans += chrome_spans(text, start, end)
    return _merged(spans)


def mask_document(text: str) -> str:
    """A plain-text or Markdown document with its code (fences, `inline`), web and mail
    addresses, and the news datelines and bylines opening or closing a paragraph blanked out;
    same length, line breaks kept."""
    return _blank(text, document_spans(text))
