"""A dateline's place (lint.chrome): never missing, but not to be replaced."""

from __future__ import annotations

import pytest
from lint_examples import DATELINE, glossary

from yongeo.lint import LintIndex, lint_pair
from yongeo.lint.chrome import news_chrome

INDEX = LintIndex.build(glossary())


def test_the_finding_says_it_is_the_datelines_place():
    found = [f for f in lint_pair(DATELINE, "중국 도쿄에서 두 정상이 금요일 오사카에서 만났다.", INDEX)
             if f.rule == "term.missing"]
    assert [(f.en, f.severity.value) for f in found] == [("Japan", "error")]
    assert "of the dateline" in found[0].message


@pytest.mark.parametrize(("text", "chrome"), [
    ("TOKYO, Japan (CNN) -- The leaders met.", ["TOKYO, Japan (CNN) --"]),
    ("The leaders met.\n\nSEOUL, South Korea (CNN) -- Talks resumed.",
     ["SEOUL, South Korea (CNN) --"]),
    ("The leaders met in Tokyo, Japan.", []),  # a place in the text is no dateline
])
def test_news_chrome_is_kept_with_its_text(text, chrome):
    spans = news_chrome(text)
    assert [t.strip() for _s, _e, t in spans] == chrome
    assert all(text[s:e] == t for s, e, t in spans)
