"""Code, markup and news chrome in what is checked: masked so that it is not read as text.

Masking blanks a stretch out with spaces of the same length (line breaks are kept), so a term
inside it is no hit and every offset still points where it did. PO strings (`mask_markup`)
carry placeholders, HTML, reStructuredText and Markdown; plain-text and Markdown documents
(`mask_document`) carry code, addresses and news datelines and bylines; both may carry a
translator's or a reviewer's notes (text.notes). Each construct is one pattern below, with
an example; tests/test_lint_markup.py holds a table of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from yongeo.lint.units import paragraphs
from yongeo.match import SEPARATOR, separated_starts
from yongeo.text.citations import reference_spans
from yongeo.text.korean import script_glosses
from yongeo.text.mnemonics import is_mnemonic
from yongeo.text.news import away_lines, chrome_spans
from yongeo.text.notes import note_spans

# An identifier is ASCII: Hangul after it is a particle (os.path.join을), not part of it.
_ID = r"[A-Za-z_][A-Za-z0-9_]*"

# Web and mail addresses, up to what cannot end one (a closing bracket or a full stop
# after it is prose): https://example.com/a_b?x=1, www.example.org, mailto:a@b.org.
_URL = r"""
    (?:(?:https?|ftp|file)://|www\.)[^\s<>"'`\u3000-\u303f\uff00-\uffef]*
        [^\s<>"'`.,;:!?)\]}\u3000-\u303f\uff00-\uffef\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]
  | (?:https?|ftp|file)://                                  # a bare scheme
"""
_EMAIL = r"(?<![A-Za-z0-9._%+\-])(?:mailto:)?[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"

# Code spans, shared by PO strings and documents.
_CODE_SPANS = r"""
    # ``default`` (reST literal, Markdown): not starting or ending with a space, never
    # across a blank line (``quote´´ marks, as some news text writes them, are no code).
    ``(?!\s)(?:[^`\n]|\n(?![ \t]*\n)|`(?!`))+(?<!\s)``
  | (?::[\w-]+)?:[\w-]+:`[^`]*`                             # :class:`a.B`, :py:func:`f`, :ref:`x <y>`
  | (?<!`)`[^`\n]+`:[\w-]+:                                 # `text`:role:
  | (?<!`)`(?!\s)[^`\n]+(?<!\s)`(?![`_])                     # `interpreted text`, `code`
"""
# A role with an explicit title (:ref:`the Treaty on Basic Relations <basic-treaty>`,
# :doc:`시작하기 <intro>`): the title is text a translation translates; the role's name and
# its target are code.
_TITLED_ROLE = re.compile(
    r"(?::[\w-]+)?:[\w-]+:`(?P<title>[^`<]*[^\s`<])[ \t\n]*<[^`<>]+>`")
_EMAILS = re.compile(_EMAIL)
# A file's name with the extension of a document, archive, image, sound or video file
# (20260722_한일외교장관회담_사진.zip, briefing-notes.pdf, 보도자료.hwpx): a name, not text,
# whatever words it is made of. Looked for only where such an extension is.
_FILE_EXTENSION = re.compile(
    r"\.(?:zip|7z|rar|pdf|hwpx?|docx?|xlsx?|pptx?|odt|rtf|txt|csv|jpe?g|png|gif|webp|svg"
    r"|mp[34]|mov|wav|srt)(?!\w|\.\w)", re.IGNORECASE)
_FILE_NAMES = re.compile(
    r"(?<![^\s(\[<“‘\"'])[^\s()\[\]<>“”‘’\"'/\\]+" + _FILE_EXTENSION.pattern,
    re.IGNORECASE)

# Every construct below starts with a punctuation mark, so a scan fails fast on words (a
# lookbehind comes after that mark for the same reason).
_MARKUP = r"""
    %(?:\([^)\s]*\))?[-+ #0]*(?:\d+\$)?(?:\*|\d+)?(?:\.(?:\*|\d+))?
        (?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGcrsaApn%]   # printf, %(name)s
  | %\d+                                                    # Qt %1
  | \{\d*\}                                                 # {0}, {}
  | \{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{}\s]*)?\}        # {name}, {0.attr!r:>10}
  | </?[A-Za-z][^<>]*>                                      # HTML and XML tags
  | &(?:[A-Za-z][A-Za-z0-9]*|\#\d+|\#[xX][0-9A-Fa-f]+);     # character references
    # One identifier-like word in emphasis is code (*mode*, **set_default**); several words
    # are prose (*shuttle diplomacy*), and so is Hangul (*모드*).
  | \*(?<![*\\A-Za-z0-9]\*)\*?[A-Za-z_][A-Za-z0-9_]*(?:[.\-][A-Za-z_][A-Za-z0-9_]*)*
        (?:\(\))?\*{1,2}(?![*A-Za-z0-9])
    # Command-line options: --password, --type=TYPE (a dash between words is prose).
  | --(?<![\w\-]--)[A-Za-z0-9][A-Za-z0-9_\-]*(?:=[^\s"'\u201c\u201d]*[^\s"'\u201c\u201d.,;:!?)])?
    # A path of two parts or more, or one ending in a slash: /usr/share/applications,
    # "/desktop/", ~/.config/app, ../build (a slash between words is prose: and/or, TCP/IP).
  | (?<![\w/~.])(?:~|\.{1,2})?/(?:[A-Za-z0-9_.+\-]+/)+(?:[A-Za-z0-9_.+\-]*[A-Za-z0-9_+\-])?
"""
_MARKUP_RE = re.compile(_MARKUP, re.VERBOSE)
_CODE_SPANS_RE = re.compile(_CODE_SPANS, re.VERBOSE)
_URLS = re.compile(_URL, re.VERBOSE)

# An identifier, matched on a whole token of ASCII letters, digits, "_" and ".":
_IDENTIFIER = re.compile(rf"""
    # not an abbreviation of single letters (e.g, U.S, a.m)
    (?!(?:[A-Za-z]\.)+[A-Za-z]?$)
    (?:
        {_ID}(?:\.{_ID})+(?:\(\))?                           # os.path.join, a.B.c()
      | \.{_ID}(?:\.{_ID})*                                  # .desktop, .gitignore, .tar.gz
        # With an underscore inside or in front (set_default, __init__); a trailing one
        # alone is a reST hyperlink reference (Python_), and a word with an accelerator
        # mark (P_roperties, _History) is a word: both stay prose.
      | (?P<underscored>_*[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*|_+[A-Za-z][A-Za-z0-9]*_*)(?:\(\))?
      | {_ID}\(\)                                             # len(), main()
    )
""", re.VERBOSE)
# Where an identifier may be: the token around each of these is tried, so prose costs
# nothing; a full stop ending the token ends a sentence.
_IDENTIFIER_SIGN = re.compile(r"_|\(\)|\.(?=[A-Za-z_])")
_TOKEN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")


def _identifier_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    done = 0
    for sign in _IDENTIFIER_SIGN.finditer(text):
        if sign.start() < done:
            continue
        start = end = sign.start()
        while start > 0 and text[start - 1] in _TOKEN:
            start -= 1
        while end < len(text) and text[end] in _TOKEN:
            end += 1
        while end > start and text[end - 1] == ".":
            end -= 1
        if text.startswith("()", end):
            end += 2
        done = max(end, sign.end())
        found = _IDENTIFIER.fullmatch(text, start, end)
        if found and not (found.group("underscored") and is_mnemonic(found.group("underscored"))):
            spans.append((start, end))
    return spans


# Blocks, line by line: a Markdown fence (``` or ~~~) to its closing fence; a doctest block
# (>>> and what follows up to a blank line); a reST literal block (the indented lines after a
# paragraph ending in ::).
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)(?:.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z))",
                    re.MULTILINE | re.DOTALL)
_DOCTEST = re.compile(r"^[ \t]*>>>(?:[ \t][^\n]*)?$(?:\n[ \t]*\S[^\n]*)*", re.MULTILINE)
_LITERAL_INTRO = re.compile(r"::[ \t]*$", re.MULTILINE)


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


def _code_and_address_spans(text: str) -> list[tuple[int, int]]:
    """Code spans, web and mail addresses, files' names; each looked for only where its sign
    is, since most strings have none."""
    spans = []
    if "`" in text:
        for code in _CODE_SPANS_RE.finditer(text):
            role = _TITLED_ROLE.fullmatch(text, code.start(), code.end())
            if role is None:
                spans.append(code.span())
            else:  # all but the title
                spans += [(role.start(), role.start("title")), (role.end("title"), role.end())]
    if "://" in text or "www." in text:
        spans += [m.span() for m in _URLS.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAILS.finditer(text)]
    if "." in text and _FILE_EXTENSION.search(text):
        spans += [m.span() for m in _FILE_NAMES.finditer(text)]
    return spans


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Where the placeholders, markup and code of a PO string are: what mask_markup blanks
    out, in order and not overlapping."""
    spans = [m.span() for m in _MARKUP_RE.finditer(text)]
    spans += script_glosses(text)
    spans += note_spans(text)
    spans += _code_and_address_spans(text)
    if "_" in text or "." in text or "()" in text:
        spans += _identifier_spans(text)
    if "::" in text or ">>>" in text or "```" in text or "~~~" in text:
        spans += _block_spans(text)
    return _merged(spans) if len(spans) > 1 else spans


def mask_markup(text: str) -> str:
    """A PO string with its placeholders (%s, {name}), tags and entities, reST roles,
    literals, literal and doctest blocks, Markdown code, identifiers (os.path.join,
    set_default, len()), command-line options (--name), a lone identifier in emphasis, web
    and mail addresses, and a translator's or reviewer's note in brackets
    (text.notes.note_spans: [TN: ...], [확인 요망: ...]) blanked out; same length, line
    breaks kept."""
    return _blank(text, markup_spans(text))


def mask_markup_each(texts: Sequence[str]) -> list[str]:
    """mask_markup of each of many PO strings (a PO file's), their placeholders, markup
    and identifiers looked for in one pass over them all, joined by SEPARATOR, which no
    construct starts with or needs beside it. A construct found across a separator belongs
    to no one string: the strings it touches are read again one by one, as are those with
    a block (literal, doctest, fence: their patterns read line ends); code and addresses
    are looked for in the few strings that show their signs."""
    if len(texts) < 2:
        return [mask_markup(text) for text in texts]
    joined = SEPARATOR.join(texts)
    starts = separated_starts(texts)
    spans = [m.span() for m in _MARKUP_RE.finditer(joined)]
    spans += script_glosses(joined)
    spans += note_spans(joined)
    if "_" in joined or "." in joined or "()" in joined:
        spans += _identifier_spans(joined)
    # Code and addresses in the few strings with their signs, each alone; blocks likewise.
    coded = _holding(joined, starts, ("`", "://", "www.", "@"))
    coded.update(bisect_right(starts, m.start()) - 1 for m in _FILE_EXTENSION.finditer(joined))
    again = _holding(joined, starts, ("::", ">>>", "```", "~~~"))
    each: dict[int, list[tuple[int, int]]] = {}
    for start, end in spans:
        number = bisect_right(starts, start) - 1
        offset = starts[number]
        if end > offset + len(texts[number]):  # across a separator
            again.update(range(number, bisect_right(starts, end - 1)))
            continue
        each.setdefault(number, []).append((start - offset, end - offset))
    for number in coded:
        each.setdefault(number, []).extend(_code_and_address_spans(texts[number]))
    out = list(texts)
    for number, found in each.items():
        if number not in again:
            out[number] = _blank(texts[number], _merged(found) if len(found) > 1 else found)
    for number in again:
        out[number] = mask_markup(texts[number])
    return out


def _holding(joined: str, starts: list[int], signs: tuple[str, ...]) -> set[int]:
    """The numbers of the joined texts (starting at `starts`) that hold any of `signs`."""
    numbers: set[int] = set()
    for sign in signs:
        at = joined.find(sign)
        while at != -1:
            numbers.add(bisect_right(starts, at) - 1)
            at = joined.find(sign, at + 1)
    return numbers


# A social post's marks: a hashtag's sign (its word is text: #셔틀외교, #ShuttleDiplomacy) and
# a handle (@mofa_kr, an account's name), or the sign of a page's name (@Asan Institute for
# Policy Studies); not C# or a URL's #fragment, not an e-mail.
# (The sign first, so that the scan jumps to it; what may not come before it is read after.)
_HASHTAG_SIGN = re.compile(r"#(?=[^\W\d_])")
_HANDLE = re.compile(r"@(?![A-Z][a-z]+[ \t]+[A-Z])[A-Za-z0-9_]{2,}(?![\w@.])")
# A page's name mentioned as a professional network writes it, the sign before its words
# (@Asan Institute for Policy Studies): the name is text, the sign alone is masked.
_PAGE_MENTION = re.compile(r"@(?=[A-Z][a-z]+[ \t]+[A-Z])")


def _marks(pattern: re.Pattern, text: str, not_after: str) -> list[tuple[int, int]]:
    """The spans of `pattern` in `text` not right after a word character or one of
    `not_after` (C#, a URL's page#part, an e-mail's a@b)."""
    return [m.span() for m in pattern.finditer(text)
            if not m.start() or not (text[m.start() - 1].isalnum()
                                     or text[m.start() - 1] in not_after)]


def document_spans(text: str) -> list[tuple[int, int]]:
    """What mask_document blanks out of a plain-text or Markdown document."""
    spans = _fence_spans(text)
    spans += _code_and_address_spans(text)
    spans += note_spans(text)
    # Each pattern only where a sign it needs is (most texts have neither).
    if "#" in text:
        spans += _marks(_HASHTAG_SIGN, text, "_&/#")
    if "@" in text:
        spans += _marks(_HANDLE, text, "_.@") + _marks(_PAGE_MENTION, text, "_.@")
    spans += script_glosses(text)
    spans += reference_spans(text)
    spans += away_lines(text)
    for start, end in paragraphs(text):
        spans += [(s + start, e + start) for s, e in paragraph_chrome(text[start:end])]
    return _merged(spans)


@lru_cache(maxsize=8192)
def paragraph_chrome(paragraph: str) -> tuple[tuple[int, int], ...]:
    """chrome_spans of one paragraph, remembered by its text: a paragraph starts a text or
    follows a line break, which its patterns read alike, so a paragraph's chrome does not
    depend on what is around it; an editor checking a draft again after a keystroke looks
    only at the paragraph that changed."""
    return tuple(chrome_spans(paragraph))


def mask_document(text: str) -> str:
    """A plain-text or Markdown document with its code (fences, `inline`), web and mail
    addresses, a social post's hashtag signs and handles, an editor's or translator's notes
    in brackets and a working draft's notes and queries (text.notes.note_spans), a Korean
    word's gloss in Chinese characters or Japanese script (조세이(長生) 탄광:
    text.korean.script_glosses), a reference list's entries and a note's romanized titles
    (text.citations), the news datelines and bylines opening or closing a paragraph, and
    the lines pointing to related stories or claiming rights (관련 기사: ..., ⓒ 무단 전재:
    text.news.away_lines) blanked out; same length, line breaks kept."""
    return _blank(text, document_spans(text))
