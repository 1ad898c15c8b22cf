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
from yongeo.lint.units import Block, Side, paragraphs, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped


def lint_text(text: str, glossary: Glossary | Matcher | LintIndex, *, path: str = "<text>",
              lang: str | None = None, policy: Policy | None = None,
              memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None,
              stats: TermStatistics | None = None) -> list[Finding]:
    """Deprecated terms (term.deprecated, an error in either language) and likely
    misspellings (term.misspelled) in a text with no source; its language is told by its script unless `lang` is given. A
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
    """A text with no source as a document of paragraphs, drafts only; its language is
    told by its script unless `lang` is given."""
    normalized = nfc_mapped(text)
    # Code, markup and news chrome masked, keeping the length (and so the offset map).
    working = mask_document(normalized.text)
    side = Side(FileText(path, text), working, normalized.span,
                lang or detect_lang(working) or "en")
    parts = pieces(side, paragraphs(normalized.text), index.matcher)
    return Document(TEXT, path, drafts=parts, blocks=[Block([], [("", p)]) for p in parts])
