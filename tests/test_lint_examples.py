"""Every lint rule against its example table, as plain-text pairs, PO files and single texts."""

from __future__ import annotations

import polib
import pytest
from lint_examples import EXAMPLES, SOURCE, WHOLE, Example, glossary

from yongeo.lint import RULES, LintIndex, lint_pair, lint_po, lint_text
from yongeo.lint.direction import detect_lang
from yongeo.lint.rules import RUN_RULES
from yongeo.lint.units import paragraphs

INDEX = LintIndex.build(glossary())


def po_file(example: Example) -> str:
    """The example as a PO translation: one entry per aligned paragraph."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "ko" if detect_lang(example.draft) == "ko" else "en",
                   "Content-Type": "text/plain; charset=UTF-8",
                   "Plural-Forms": "nplurals=1; plural=0;"}
    sources = [example.source[s:e] for s, e in paragraphs(example.source or "")]
    drafts = [example.draft[s:e] for s, e in paragraphs(example.draft)]
    if len(sources) != len(drafts):
        sources, drafts = [example.source or ""], [example.draft]
    for source, draft in zip(sources, drafts, strict=True):
        po.append(polib.POEntry(msgid=source, msgstr=draft))
    return str(po)


def flagged(example: Example, kind: str) -> list[str]:
    """What the example's rule covers, as excerpts (SOURCE + excerpt in a pair's source)."""
    if kind == "text":
        texts = {"text.txt": example.draft}
        findings = lint_text(example.draft, INDEX, path="text.txt")
    elif kind == "pair":
        texts = {"source.txt": example.source, "draft.txt": example.draft}
        findings = lint_pair(example.source, example.draft, INDEX, source_path="source.txt",
                             draft_path="draft.txt")
    else:
        text = po_file(example)
        texts = {"draft.po": text}
        findings = lint_po(text, INDEX, path="draft.po")
    excerpts = []
    for finding in findings:
        if finding.rule != example.rule:
            continue
        excerpt = texts[finding.path][finding.start:finding.end]
        excerpt = SOURCE + excerpt if finding.path == "source.txt" else excerpt
        # An example that names a severity expects its findings at that severity.
        if example.severity and finding.severity.value != example.severity:
            excerpt += f" ({finding.severity.value})"
        excerpts.append(excerpt)
    return excerpts


def expected(example: Example, kind: str) -> list[str]:
    out = []
    for item in example.flagged:
        if item == WHOLE:
            item = example.draft.strip()
        if kind == "po":
            item = item.removeprefix(SOURCE)
        out.append(item)
    return out


CASES = [pytest.param(example, kind, id=f"{rule}-{kind}-{index}")
         for rule, examples in EXAMPLES.items()
         for index, example in enumerate(examples)
         for kind in example.kinds]


@pytest.mark.parametrize(("example", "kind"), CASES)
def test_example(example: Example, kind: str):
    assert flagged(example, kind) == expected(example, kind)


def _checked_text(example: Example) -> str:
    if example.rule == "source.deprecated" and example.source is not None:
        return example.source
    return example.draft


# Rules about the glossary over a whole run (glossary.ambiguous) need many documents; their
# tables are in test_lint_stats.py.
DOCUMENT_RULES = [r for r in RULES if r not in RUN_RULES]


@pytest.mark.parametrize("rule", DOCUMENT_RULES)
def test_every_rule_has_examples_that_must_be_flagged_and_must_pass(rule: str):
    examples = EXAMPLES.get(rule, [])
    assert any(e.flagged for e in examples), f"{rule}: no example that must be flagged"
    assert any(not e.flagged for e in examples), f"{rule}: no example that must pass"
    if rule == "input.unaligned":
        return
    for wanted in (True, False):
        langs = {detect_lang(_checked_text(e)) for e in examples if bool(e.flagged) is wanted}
        # Japanese names are spelt by the Korean rules for Japanese: Korean drafts only.
        both = {"ko"} if rule == "term.transliteration" and wanted else {"en", "ko"}
        assert langs == both, f"{rule}: examples only in {langs}"
    kinds = {k for e in examples for k in e.kinds}
    assert {"pair", "po"} <= kinds, f"{rule}: not tried as a pair and a PO file"


def test_examples_cover_every_input_kind():
    kinds = {k for examples in EXAMPLES.values() for e in examples for k in e.kinds}
    assert kinds == {"pair", "po", "text"}


def test_no_example_names_an_unknown_rule():
    assert set(EXAMPLES) == set(DOCUMENT_RULES)
