"""The glossary model: ids, term identity, conflicts and merging."""

from dataclasses import replace

import pytest
from conftest import make_entry

from yongeo.glossary.model import (
    Glossary,
    StoredEntries,
    entry_record,
    find_conflicts,
    make_id,
    merge_glossaries,
    term_key,
    term_keys,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lee Jae-myung", "lee-jae-myung"),
    ("U.S.-Japan alliance", "u-s-japan-alliance"),
    ("Chōsei coal mine", "chosei-coal-mine"),
    ("leaders’ meeting", "leaders-meeting"),
    ("셔틀외교", "entry"),
])
def test_make_id(text, expected):
    assert make_id(text) == expected


@pytest.mark.parametrize("text", ["", "-", " a  b ", "A--B", "x\x1cy", "a_b.c/d", "ÉCOLE Été",
                                  "\t1\n2\r", "(U.S.)", "naïve café", "a\u00a0b", "~!@#"])
def test_make_id_makes_the_pattern_s_slug(text):
    import unicodedata

    import regex

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = regex.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    assert make_id(text) == (slug or "entry")


@pytest.mark.parametrize(("a", "b"), [
    ("셔틀외교", "셔틀 외교"),
    ("Korea-Japan relations", "korea–japan Relations"),
    ("셔틀외교", "\u1109\u1167\u1110\u1173\u11af\u110b\u116c\u1100\u116d"),  # NFD
])
def test_term_key_folds_case_spacing_dashes_and_nfd(a, b):
    assert term_key(a) == term_key(b)


TEXTS = ["Lee Jae-myung", "셔틀 외교", "\u1109\u1167\u1110\u1173\u11af", "Korea–Japan",
         "ΣΊΣΥΦΟΣ", "Straße", "", "  ", "a\u2028b", "tab\there", "e\u0301", "\u0301x",
         "ᄀ", "ㅏ", "CPTPP 가입", "x\x00y", "\x00", "Ǆ-Ǉ", "İstanbul"]


@pytest.mark.parametrize("texts", [TEXTS, TEXTS[:5], ["ascii only", "Two-Words"], ["\x00"],
                                   [], ["é"], ["a", "\u0301"]])
def test_term_keys_fold_as_term_key_does(texts):
    assert term_keys(texts) == [term_key(text) for text in texts]


def test_term_key_keeps_different_terms_apart():
    assert term_key("오사카") != term_key("오오사카")


def test_conflicts_only_between_entries_nothing_tells_apart():
    entries = [
        make_entry("a", "concept", "alpha", "알파"),
        make_entry("b", "concept", "beta", "알파"),
        make_entry("c", "concept", "gamma", "감마", ("alpha", "en", "deprecated")),
    ]
    conflicts = find_conflicts(entries)
    assert [(c.kind, c.term, c.first.id, c.second.id) for c in conflicts] == [
        ("duplicate-term", "알파", "a", "b")]


def test_deprecated_belongs_to_its_concept():
    # A terminology guide: 삭제 is right for delete and wrong for clear; 검색 right for
    # search and wrong for find; 바꾸기 right for change and for replace (told apart by
    # a note).
    entries = [
        make_entry("delete", "concept", "delete", "삭제", ("지우기", "ko", "deprecated")),
        make_entry("clear", "concept", "clear", "지우기", ("삭제", "ko", "deprecated")),
        make_entry("search", "concept", "search", "검색", ("찾기", "ko", "deprecated")),
        make_entry("find", "concept", "find", "찾기", ("검색", "ko", "deprecated")),
        make_entry("change", "concept", "change", "바꾸기", note="to make different"),
        make_entry("replace", "concept", "replace", "바꾸기"),
    ]
    assert find_conflicts(entries) == []
    glossary = Glossary(tuple(entries))
    assert sorted(e.id for e, _t in glossary.find_term("삭제")) == ["clear", "delete"]


@pytest.mark.parametrize(("field", "value"), [
    ("type", "organization"), ("pos", "verb"), ("context", "menu"), ("note", "a note")])
def test_entries_sharing_a_term_are_told_apart(field, value):
    first = make_entry("set", "concept", "set", "집합")
    second = replace(make_entry("set-2", "concept", "set", "설정"), **{field: value})
    assert find_conflicts([first, second]) == []
    assert [c.kind for c in find_conflicts([first, replace(second, **{field: getattr(
        first, field)})])] == ["duplicate-term"]


CONFLICTING = [
    make_entry("a", "concept", "alpha", "알파", ("Alpha", "en", "admitted")),
    make_entry("b", "concept", "beta", "알파"),
    make_entry("c", "concept", "gamma", "감마", ("alpha", "en", "deprecated")),
    make_entry("d", "concept", "ALPHA", "델타", note="the other one"),
    make_entry("e", "person", "alpha", "에"),
    make_entry("f", "person", "Al-pha", "에프"),
    make_entry("g", "agreement", "CPTPP", "CPTPP", untranslated=True),
    make_entry("h", "agreement", "TPP", "CPTPP"),
    make_entry("i", "agreement", "CPTPP2", "cptpp"),
    make_entry("a", "concept", "alpha dup", "알파"),
    make_entry("j", "concept", "", ""),
    make_entry("k", "concept", "set", "집합", context="menu"),
    make_entry("l", "concept", "set", "집합", context="menu"),
]


@pytest.mark.parametrize("count", [0, 1, 2, 5, len(CONFLICTING)])
def test_conflicts_of_stored_entries_are_those_of_the_entries(count):
    entries = CONFLICTING[:count]
    stored = StoredEntries([entry_record(e) for e in entries])
    assert find_conflicts(stored) == find_conflicts(entries)
    assert count < 5 or find_conflicts(entries)


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


def test_an_entry_is_made_as_the_dataclass_makes_it():
    import dataclasses
    import inspect

    from yongeo.glossary.model import Entry, Status, Term

    terms = (Term("osaka", "en", Status.PREFERRED),)
    entry = Entry("osaka", "place", terms, "a note", origin=("g.po", 3), pos="noun")
    assert [p.name for p in inspect.signature(Entry).parameters.values()] == [
        f.name for f in dataclasses.fields(Entry)]
    assert [p.default for p in inspect.signature(Entry).parameters.values()][3:] == [
        f.default for f in dataclasses.fields(Entry)][3:]
    assert (entry.id, entry.type, entry.terms, entry.note, entry.origin, entry.pos,
            entry.references, entry.context) == ("osaka", "place", terms, "a note",
                                                 ("g.po", 3), "noun", (), None)
    assert dataclasses.replace(entry, note="") == Entry("osaka", "place", terms, pos="noun")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.note = "changed"
