"""lint_pair: a plain-text draft checked against its source, paragraph by paragraph."""

from __future__ import annotations

from yongeo.glossary.model import Glossary
from yongeo.i18n import ngettext
from yongeo.lint.direction import resolve_direction
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import mask_document
from yongeo.lint.rules import UNALIGNED, Policy
from yongeo.lint.runner import PAIR, Document, run_checks
from yongeo.lint.spelling import Guess
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import Block, Piece, Side, Unit, paragraphs, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped


def lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex, *,
              source_path: str = "<source>", draft_path: str = "<draft>",
              source_lang: str | None = None, target_lang: str | None = None,
              policy: Policy | None = None, memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None,
              stats: TermStatistics | None = None) -> list[Finding]:
    """Findings for a draft and its source, aligned by blank-line separated paragraphs.

    When the paragraph counts differ, both are checked as one unit each and an
    input.unaligned warning says so. Texts are as read (BOM dropped, LF line ends); NFD is
    fine, and findings are located in these texts. A `blocks` list receives the units as
    they were checked, with their hits, for reports that show the text.
    """
    with collector_paused():
        return _lint_pair(source_text, draft_text, glossary, source_path, draft_path,
                          source_lang, target_lang, policy, memo, blocks, stats)


def _lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex,
               source_path: str, draft_path: str, source_lang: str | None,
               target_lang: str | None, policy: Policy | None,
               memo: dict[str, Guess | None] | None,
               blocks: list[Block] | None = None,
               stats: TermStatistics | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    document = read_pair(source_text, draft_text, index, source_path=source_path,
                         draft_path=draft_path, source_lang=source_lang,
                         target_lang=target_lang, policy=policy)
    if blocks is not None:
        blocks.extend(document.blocks)
    return run_checks(document, index, policy, memo, stats)


def read_pair(source_text: str, draft_text: str, index: LintIndex, *,
              source_path: str = "<source>", draft_path: str = "<draft>",
              source_lang: str | None = None, target_lang: str | None = None,
              policy: Policy | None = None) -> Document:
    """A text pair as a document: paragraphs paired in order, or the whole texts as one
    unit (with an input.unaligned note) when their paragraph counts differ."""
    policy = policy or Policy()
    (source, source_nfc), (draft, draft_nfc) = (_side(source_path, source_text),
                                                _side(draft_path, draft_text))
    # Told by the text that is checked: code, URLs and datelines say nothing of it.
    source.lang, draft.lang = resolve_direction(source.text, draft.text, source_lang,
                                                target_lang)
    # Paragraphs as written: a paragraph that is all chrome (a dateline) keeps its place.
    src_spans, draft_spans = paragraphs(source_nfc), paragraphs(draft_nfc)
    src_pieces = pieces(source, src_spans, index.matcher)
    draft_pieces = pieces(draft, draft_spans, index.matcher)
    document = Document(PAIR, draft_path, src_pieces, draft_pieces)
    if len(src_pieces) == len(draft_pieces):
        document.units = [Unit(s, d) for s, d in zip(src_pieces, draft_pieces, strict=True)]
    else:
        document.units = [Unit(_whole(source, src_pieces), _whole(draft, draft_pieces))]
        if policy.enabled(UNALIGNED.id):
            message = ngettext(
                "the source has {source} paragraph and the translation {draft}; they are "
                "compared as whole documents",
                "the source has {source} paragraphs and the translation {draft}; they are "
                "compared as whole documents", len(src_pieces)).format(
                source=len(src_pieces), draft=len(draft_pieces))
            document.notes.append(draft.file.finding(
                UNALIGNED.id, policy.severity(UNALIGNED.id), 0, 0, message, span=draft.span))
    document.blocks = [Block([("", u.source)], [("", u.draft)], [u]) for u in document.units]
    return document


def _side(path: str, text: str) -> tuple[Side, str]:
    """A side's working text: NFC, with code, markup and news chrome masked (same length,
    so the offset map stays right), and the NFC text before masking; its language is set
    once both sides are read."""
    normalized = nfc_mapped(text)
    return (Side(FileText(path, text), mask_document(normalized.text), normalized.span, ""),
            normalized.text)


def _whole(side: Side, parts: list[Piece]) -> Piece:
    whole = Piece(side, 0, len(side.text))
    for part in parts:
        whole.every.extend(part.every)
        whole.hits.extend(part.hits)
    return whole
