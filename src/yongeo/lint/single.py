"""lint_text: one text on its own, against the glossary in its own language."""

from __future__ import annotations

from yongeo.glossary.model import Glossary
from yongeo.lint.deprecated import check_deprecated
from yongeo.lint.direction import detect_lang
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.rules import MISSPELLED, SOURCE_DEPRECATED, Policy
from yongeo.lint.spelling import Guess, check_spelling, find_misspellings
from yongeo.lint.units import Block, Side, paragraphs, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped


def lint_text(text: str, glossary: Glossary | Matcher | LintIndex, *, path: str = "<text>",
              lang: str | None = None, policy: Policy | None = None,
              memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None) -> list[Finding]:
    """Deprecated terms (source.deprecated) and likely misspellings (term.misspelled) in a
    text with no source; its language is told by its script unless `lang` is given. A
    `blocks` list receives its paragraphs with their hits, for reports that show the text."""
    with collector_paused():
        return _lint_text(text, glossary, path=path, lang=lang, policy=policy, memo=memo,
                          blocks=blocks)


def _lint_text(text: str, glossary: Glossary | Matcher | LintIndex, path: str, lang: str | None,
               policy: Policy | None, memo: dict[str, Guess | None] | None,
               blocks: list[Block] | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    normalized = nfc_mapped(text)
    side = Side(FileText(path, text), normalized.text, normalized.span,
                lang or detect_lang(normalized.text) or "en")
    parts = pieces(side, paragraphs(side.text), index.matcher)
    if blocks is not None:
        blocks.extend(Block([], [("", part)]) for part in parts)
    findings = check_deprecated(parts, SOURCE_DEPRECATED, policy, index.matcher.entries)
    if policy.enabled(MISSPELLED.id):
        misspellings = find_misspellings(side.text, index.speller,
                                         {} if memo is None else memo,
                                         [(h.start, h.end) for p in parts for h in p.hits],
                                         side.lang)
        findings += check_spelling(side.file, misspellings, policy, side.span)
    return sorted(policy.apply(findings), key=lambda f: (f.start, f.end, f.rule))
