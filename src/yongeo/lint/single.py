"""lint_text: one text on its own, against the glossary in its own language."""

from __future__ import annotations

from yongeo.glossary.model import Glossary
from yongeo.lint.direction import detect_lang
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import mask_document
from yongeo.lint.rules import Policy
from yongeo.lint.runner import TEXT, Document, run_checks
from yongeo.lint.spelling import Guess
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import Block, Piece, Side, paragraphs, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped


def lint_text(text: str, glossary: Glossary | Matcher | LintIndex, *, path: str = "<text>",
              lang: str | None = None, policy: Policy | None = None,
              memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None,
              stats: TermStatistics | None = None) -> list[Finding]:
    """Deprecated terms (term.deprecated, an error in either language) and likely
    misspellings (term.misspelled) in a text with no source. Each paragraph is checked
    in its own language, told by its script, unless `lang` is given for the whole text. A
    `blocks` list receives its paragraphs with their hits, for reports that show the text."""
    with collector_paused():
        return _lint_text(text, glossary, path=path, lang=lang, policy=policy, memo=memo,
                          blocks=blocks, stats=stats)


def _lint_text(text: str, glossary: Glossary | Matcher | LintIndex, path: str, lang: str | None,
               policy: Policy | None, memo: dict[str, Guess | None] | None,
               blocks: list[Block] | None = None,
               stats: TermStatistics | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    document = read_single(text, index, path=path, lang=lang)
    if blocks is not None:
        blocks.extend(document.blocks)
    return run_checks(document, index, policy, memo, stats)


def read_single(text: str, index: LintIndex, *, path: str = "<text>",
                lang: str | None = None) -> Document:
    """A text with no source as a document of paragraphs, drafts only. Each paragraph is
    read in its own language, told by its script (a Korean article may quote an English
    passage), unless `lang` is given for the whole text; a paragraph with no letters takes
    the language of the text."""
    normalized = nfc_mapped(text)
    # Code, markup and news chrome masked, keeping the length (and so the offset map).
    working = mask_document(normalized.text)
    file = FileText(path, text)
    spans = paragraphs(normalized.text)
    langs = paragraph_langs(working, spans, lang)
    parts: list[Piece] = []
    for side_lang in dict.fromkeys(langs):
        own = [span for span, tongue in zip(spans, langs, strict=True) if tongue == side_lang]
        # One side per language: the text with the other language's paragraphs blanked, so
        # that its terms, its words and their counts are read in that language only, at
        # the offsets of the whole text.
        others = [span for span, tongue in zip(spans, langs, strict=True)
                  if tongue != side_lang]
        side = Side(file, _blanked(working, others), normalized.span, side_lang)
        parts += pieces(side, own, index.matcher)
    parts.sort(key=lambda p: p.start)
    return Document(TEXT, path, drafts=parts, blocks=[Block([], [("", p)]) for p in parts])


def paragraph_langs(working: str, spans: list[tuple[int, int]],
                    lang: str | None = None) -> list[str]:
    """The language of each paragraph span of a working text: `lang` for all when given,
    else each told by its own script, a paragraph with no letters taking the text's."""
    if lang is not None:
        return [lang] * len(spans)
    langs = [detect_lang(working[start:end]) for start, end in spans]
    if None in langs:
        whole = detect_lang(working) or "en"
        langs = [tongue or whole for tongue in langs]
    return langs  # type: ignore[return-value]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the `spans` turned to spaces, line breaks kept: same length."""
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        last = end
    out.append(text[last:])
    return "".join(out)
