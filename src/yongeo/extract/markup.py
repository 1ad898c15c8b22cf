"""Markup stripping: Markdown and HTML to plain text with every line where it was."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

# A block boundary inside one line (</p><p>): the sentence splitter treats it as a break.
BLOCK_BREAK = "\u2029"

_BLOCK_TAGS = frozenset("""
address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2
h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul
""".split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_BLANKS = regex.compile(r"[ \t]+")
_HTML_SNIFF = regex.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", regex.I)


def document_kind(path: str, text: str) -> str:
    """'html', 'markdown' or 'text', by extension, else by a look at the start."""
    lower = path.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".md", ".markdown", ".mdown", ".mkd")):
        return "markdown"
    if _HTML_SNIFF.match(text[:512]):
        return "html"
    return "text"


def strip_markup(text: str, kind: str) -> list[str]:
    """The document's lines as plain text; line i of the result is line i + 1 of the file."""
    if kind == "html":
        return _strip_html(text)
    if kind == "markdown":
        return _strip_markdown(text)
    return text.split("\n")


class _TextCollector(HTMLParser):
    def __init__(self, line_count: int):
        super().__init__(convert_charrefs=True)
        self.lines = [""] * line_count
        self._skipping = 0

    def _put(self, text: str) -> None:
        line, _column = self.getpos()
        for offset, piece in enumerate(text.split("\n")):
            index = line - 1 + offset
            if index < len(self.lines):
                self.lines[index] += piece

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._put(BLOCK_BREAK)
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self._put(f" {alt} ")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._put(BLOCK_BREAK)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if not self._skipping:
            self._put(data)


def _strip_html(text: str) -> list[str]:
    collector = _TextCollector(text.count("\n") + 1)
    collector.feed(text)
    collector.close()
    return [_BLANKS.sub(" ", line) for line in collector.lines]


_MD_FENCE = regex.compile(r"^\s*(```|~~~)")
_MD_RULES = [
    (regex.compile(r"^\s{0,3}#{1,6}\s+"), ""),  # ATX heading marks
    (regex.compile(r"\s+#+\s*$"), ""),  # closing heading marks
    (regex.compile(r"^\s{0,3}>\s?"), ""),  # block quote
    (regex.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?"), ""),  # list items
    (regex.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$"), ""),  # thematic break
    (regex.compile(r"^\s{0,3}(?:=+|-+)\s*$"), ""),  # setext underline
    (regex.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$"), ""),  # link reference definition
    (regex.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (regex.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline link -> text
    (regex.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link -> text
    (regex.compile(r"<https?://[^>]+>"), ""),  # autolink
    (regex.compile(r"</?[A-Za-z][^>]*>"), " "),  # inline HTML
    (regex.compile(r"`+([^`]*)`+"), r"\1"),  # code spans keep their text
    (regex.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (regex.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (regex.compile(r"~~(.+?)~~"), r"\1"),  # strikethrough
    (regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"), ""),  # table rule
    (regex.compile(r"\s*\|\s*"), f" {BLOCK_BREAK} "),  # table cells are separate blocks
]


def _strip_markdown(text: str) -> list[str]:
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    in_code = False
    for line in lines:
        if _MD_FENCE.match(line):
            fenced = not fenced
            out.append("")
            continue
        # An indented block is code only after a blank line (it cannot interrupt a paragraph).
        indented = line.startswith(("    ", "\t")) and bool(line.strip())
        in_code = indented and (in_code or not out or not out[-1].strip())
        if fenced or in_code:
            out.append("")  # code is not prose
            continue
        for pattern, replacement in _MD_RULES:
            line = pattern.sub(replacement, line)
        out.append(html.unescape(line))
    return out
