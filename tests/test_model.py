"""The glossary model: ids, term identity, conflicts and merging."""

import pytest
from conftest import make_entry

from yongeo.glossary.model import Glossary, find_conflicts, make_id, merge_glossaries, term_key


@pytest.mark.parametrize(("text", "expected"), [
    ("Lee Jae-myung", "lee-jae-myung"),
    ("U.S.-Japan alliance", "u-s-japan-alliance"),
    ("Chōsei coal mine", "chosei-coal-mine"),
    ("leaders’ meeting", "leaders-meeting"),
    ("셔틀외교", "entry"),
])
def test_make_id(text, expected):
    assert make_id(text) == expected


@pytest.mark.parametrize(("a", "b"), [
    ("셔틀외교", "셔틀 외교"),
    ("Korea-Japan relations", "korea–japan Relations"),
    ("셔틀외교", "\u1109\u1167\u1110\u1173\u11af\u110b\u116c\u1100\u116d"),  # NFD
])
def test_term_key_folds_case_spacing_dashes_and_nfd(a, b):
    assert term_key(a) == term_key(b)


def test_term_key_keeps_different_terms_apart():
    assert term_key("오사카") != term_key("오오사카")


def test_conflicts_duplicate_and_preferred_deprecated():
    entries = [
        make_entry("a", "concept", "alpha", "알파"),
        make_entry("b", "concept", "beta", "알파"),
        make_entry("c", "concept", "gamma", "감마", ("alpha", "en", "deprecated")),
    ]
    kinds = sorted(c.kind for c in find_conflicts(entries))
    assert kinds == ["duplicate-term", "preferred-and-deprecated"]


def test_untranslated_terms_may_share_their_korean_form():
    entries = [make_entry("cptpp", "agreement", "CPTPP", "CPTPP", untranslated=True),
               make_entry("cptpp-2", "agreement", "CPTPP accession", "CPTPP 가입")]
    assert find_conflicts(entries) == []


def test_merge_collapses_identical_entries_and_reports_disagreement():
    one = Glossary((make_entry("x", "concept", "shuttle diplomacy", "셔틀외교"),), ("a.po",))
    same = Glossary((make_entry("x", "concept", "shuttle diplomacy", "셔틀외교"),), ("b.po",))
    other = Glossary((make_entry("x", "concept", "shuttle diplomacy", "왕복외교"),), ("c.po",))
    assert len(merge_glossaries([one, same])) == 1
    assert merge_glossaries([one, same]).conflicts == ()
    merged = merge_glossaries([one, other])
    assert [c.kind for c in merged.conflicts] == ["merge"]


def test_entry_json_shape():
    entry = make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교",
                       ("셔틀 외교", "ko", "admitted"), references=("seeds/a.txt:1",))
    data = entry.to_json()
    assert data["id"] == "shuttle-diplomacy"
    assert data["terms"]["ko"] == [{"term": "셔틀외교", "status": "preferred"},
                                   {"term": "셔틀 외교", "status": "admitted"}]
    assert data["references"] == ["seeds/a.txt:1"]
