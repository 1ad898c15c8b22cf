"""Korean candidates: verb forms and numbers are no nouns, places from CLDR, types by the head."""

from __future__ import annotations

import importlib.util

import pytest

from yongeo.extract.counts import count_document
from yongeo.extract.score import select_candidates
from yongeo.text.korean_terms import not_a_noun_stem, type_by_ending


@pytest.mark.parametrize(("stem", "verb"), [
    ("수정됐으", True), ("예상했으", True), ("이루어지길", True), ("활용하기", True),
    ("개척하게", True), ("마무리했", True), ("구매하는지", True), ("대피해달", True),
    ("2010년", True), ("49억달러", True),
    ("풍력", False), ("송전선", False), ("지도", False), ("아기", False), ("하자", False),
    ("김은지", False), ("사고", False), ("정상회담", False),
])
def test_verb_forms_and_numbers_are_no_noun_stems(stem, verb):
    assert not_a_noun_stem(stem) is verb


@pytest.mark.parametrize(("noun", "entry_type"), [
    ("터키총리", "title"), ("주지사", "title"), ("가도와치 사장", "title"),
    ("신화통신", "organization"), ("루비 프로덕션", "organization"),
    ("텍사스주", "place"), ("나라현", "place"), ("쿠안팅 풍력 발전소", "place"),
    ("풍력", ""), ("주", ""), ("시도", ""),
])
def test_type_by_the_last_word(noun, entry_type):
    assert type_by_ending(noun) == entry_type


TEXT = ("미국 텍사스주에서 풍력 투자가 늘었다. 중국은 풍력을 2010년까지 늘릴 것이라고 말했다.\n"
        "전문가들은 풍력 발전이 “크게 늘었다”고 밝혔다. 일본과 미국이 풍력을 주목했다.\n")


@pytest.mark.parametrize("analyser", ["regex", "mecab"])
def test_korean_places_and_no_verb_endings(analyser):
    if analyser == "mecab" and importlib.util.find_spec("mecab") is None:
        pytest.skip("python-mecab-ko is not installed")
    candidates = {c.term: c for c in select_candidates(count_document("a.txt", TEXT, analyser))}
    assert candidates["미국"].type == "place"
    assert candidates["중국"].type == "place"
    assert "풍력" in candidates  # the word the document keeps coming back to
    assert not [t for t in candidates if "고 밝혔" in t or "말했" in t or "2010" in t]


@pytest.mark.parametrize(("texts", "word", "stem"), [
    # a name whose last syllable looks like a particle keeps it when the document shows it
    (["도쿠다는 배우다", "도쿠다가 왔다", "도쿠다의 영화"], "도쿠다는", "도쿠다"),
    (["오에는 작가다", "오에가 썼다"], "오에는", "오에"),
    # a particle chain is still stripped whole
    (["회담에서 만났다", "회담에서는 말했다"], "회담에서는", "회담"),
    (["정상회담에서 만났다", "정상회담은 끝났다"], "정상회담에서", "정상회담"),
])
def test_document_stems(texts, word, stem):
    from yongeo.extract.korean import document_stems

    assert document_stems(texts)[word] == stem
