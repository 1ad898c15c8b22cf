"""A leaders' meeting told by the two leaders together, read with the bundled glossary (whose
summit entry is 정상회담; the test glossary's other rules already soften it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yongeo.glossary.stored import load_po_glossary
from yongeo.lint import LintIndex, lint_pair

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def index() -> LintIndex:
    return LintIndex.build(load_po_glossary(ROOT / "glossary" / "ko.po"))


SOURCE = "■ 이 대통령·다카이치 총리, 9월 하순 안동서 정상회담"

CASES = [
    # the draft, the severity of 정상회담's finding
    ("*Lee and Takaichi to meet in Andong in late September*", "info"),  # the two together
    ("*Lee to visit Andong in late September*", "error"),  # one leader: no meeting told
]


@pytest.mark.parametrize(("draft", "severity"), CASES)
def test_a_leaders_meeting_by_the_two_leaders(index, draft, severity):
    found = [f.severity.value for f in lint_pair(SOURCE, draft, index, source_lang="ko",
                                                  target_lang="en")
             if f.rule == "term.missing" and f.ko == "정상회담"]
    assert found == [severity]
