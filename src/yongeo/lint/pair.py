"""lint_pair: a plain-text draft checked against its source, paragraph by paragraph."""

from __future__ import annotations

from yongeo.glossary.model import Glossary
from yongeo.i18n import ngettext
from yongeo.lint.consistency import check_consistency
from yongeo.lint.deprecated import check_deprecated_units, without_covered_missing
from yongeo.lint.direction import resolve_direction
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.rules import DEPRECATED, MISSPELLED, SOURCE_DEPRECATED, UNALIGNED, Policy
from yongeo.lint.spelling import Guess, check_spelling, find_misspellings
from yongeo.lint.terms import check_translation
from yongeo.lint.units import Block, Piece, Side, Unit, paragraphs, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped


def lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex, *,
              source_path: str = "<source>", draft_path: str = "<draft>",
              source_lang: str | None = None, target_lang: str | None = None,
              policy: Policy | None = None, memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None) -> list[Finding]:
    """Findings for a draft and its source, aligned by blank-line separated paragraphs.

    When the paragraph counts differ, both are checked as one unit each and an
    input.unaligned warning says so. Texts are as read (BOM dropped, LF line ends); NFD is
    fine, and findings are located in these texts. A `blocks` list receives the units as
    they were checked, with their hits, for reports that show the text.
    """
    with collector_paused():
        return _lint_pair(source_text, draft_text, glossary, source_path, draft_path,
                          source_lang, target_lang, policy, memo, blocks)


def _lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex,
               source_path: str, draft_path: str, source_lang: str | None,
               target_lang: str | None, policy: Policy | None,
               memo: dict[str, Guess | None] | None,
               blocks: list[Block] | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    memo = {} if memo is None else memo
    src_lang, tgt_lang = resolve_direction(source_text, draft_text, source_lang, target_lang)
    source = _side(source_path, source_text, src_lang)
    draft = _side(draft_path, draft_text, tgt_lang)
    src_spans, draft_spans = paragraphs(source.text), paragraphs(draft.text)
    src_pieces = pieces(source, src_spans, index.matcher)
    draft_pieces = pieces(draft, draft_spans, index.matcher)
    findings: list[Finding] = []
    if len(src_pieces) == len(draft_pieces):
        units = [Unit(s, d) for s, d in zip(src_pieces, draft_pieces, strict=True)]
    else:
        units = [Unit(_whole(source, src_pieces), _whole(draft, draft_pieces))]
        if policy.enabled(UNALIGNED.id):
            message = ngettext(
                "the source has {source} paragraph and the translation {draft}; they are "
                "compared as whole documents",
                "the source has {source} paragraphs and the translation {draft}; they are "
                "compared as whole documents", len(src_pieces)).format(
                source=len(src_pieces), draft=len(draft_pieces))
            findings.append(draft.file.finding(UNALIGNED.id, policy.severity(UNALIGNED.id),
                                               0, 0, message, span=draft.span))
    if blocks is not None:
        blocks.extend(Block([("", u.source)], [("", u.draft)], [u]) for u in units)
    if policy.enabled(MISSPELLED.id):
        for side, parts in ((draft, draft_pieces), (source, src_pieces)):
            side.misspellings = find_misspellings(side.text, index.speller, memo,
                                                  _taken(parts), side.lang)
    findings += check_translation(units, policy)
    findings += check_deprecated_units(units, DEPRECATED, policy)
    findings += check_consistency(units, policy)
    findings += check_spelling(draft.file, draft.misspellings, policy, draft.span)
    findings += check_deprecated_units(units, SOURCE_DEPRECATED, policy, side="source")
    findings += check_spelling(source.file, source.misspellings, policy, source.span)
    order = {draft_path: 0, source_path: 1}
    findings = without_covered_missing(findings)
    return sorted(policy.apply(findings),
                  key=lambda f: (order.get(f.path, 2), f.start, f.end, f.rule))


def _side(path: str, text: str, lang: str) -> Side:
    normalized = nfc_mapped(text)
    return Side(FileText(path, text), normalized.text, normalized.span, lang)


def _whole(side: Side, parts: list[Piece]) -> Piece:
    whole = Piece(side, 0, len(side.text))
    for part in parts:
        whole.every.extend(part.every)
        whole.hits.extend(part.hits)
    return whole


def _taken(parts: list[Piece]) -> list[tuple[int, int]]:
    return [(h.start, h.end) for p in parts for h in p.hits]
