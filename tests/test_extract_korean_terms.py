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


ANALYSERS = ["regex", pytest.param("mecab", marks=pytest.mark.skipif(
    importlib.util.find_spec("mecab") is None, reason="python-mecab-ko is not installed"))]


def korean_terms(text: str, analyser: str = "regex") -> dict[str, str]:
    return {c.term: c.type for c in select_candidates(count_document("a.txt", text, analyser))
            if c.lang == "ko"}


@pytest.mark.parametrize("analyser", ANALYSERS)
@pytest.mark.parametrize(("text", "term", "entry_type"), [
    # single-word places and titles, even once: the gazetteers and the title lexicon
    ("일본과 북한은 회담을 열었다.", "일본", "place"),
    ("일본과 북한은 회담을 열었다.", "북한", "place"),
    ("미국 대통령은 그렇게 말했다.", "미국", "place"),
    ("미국 대통령은 그렇게 말했다.", "대통령", "title"),
    ("터키 국영 통신이 보도했다.", "터키", "place"),
    ("동부 우크라이나에서 교전이 이어졌다.", "동부 우크라이나", "place"),  # compass + place
    ("중국 동북부 지역", "동북부", None),  # a compass word alone is nothing
    ("그리스 아테네에서 경기가 열렸다.", "아테네", "place"),  # whatever an analyser guessed
    # persons: the rare words before a title, past a place or a Latin organization
    ("하야티 야지시 보좌관은 입원했다고 전했다.", "하야티 야지시", "person"),
    ("무안메르 굴러 이스탄불 주지사는 테러로 규정했다.", "무안메르 굴러", "person"),
    ("앤드류 핑켈 CNN 기자는 그렇게 전했다.", "앤드류 핑켈", "person"),
    # the name's last syllables are its own, not particles (에르도간, not 에르)
    ("레젭 타입 에르도간 터키총리의 보좌관이 왔다.", "레젭 타입 에르도간", "person"),
    ("레젭 타입 에르도간 터키총리의 보좌관이 왔다.", "터키총리", "title"),
    # organizations and events by their heads
    ("중국 국영 신화 통신은 그렇게 보도했다.", "신화 통신", "organization"),
    ("베이징올림픽 경기장에 전력을 공급한다.", "베이징올림픽", "event"),
    # Acronyms in Korean text are Korean terms
    ("터키 국영 통신 DHA의 기자가 전했다.", "DHA", "organization"),
])
def test_korean_names_places_titles(analyser, text, term, entry_type):
    assert korean_terms(text, analyser).get(term) == entry_type


@pytest.mark.parametrize("analyser", ANALYSERS)
@pytest.mark.parametrize(("text", "absent"), [
    ("고노 가이치 성인 비디오 감독은 밝혔다.", "성인 비디오"),  # common words are no name
    ("무안메르 굴러 이스탄불 주지사는 말했다.", "굴러 이스탄불"),  # the place is no name
    ("현장에 있던 기자는 보도했다.", "있던"),  # a predicate is no name
    ("시장은 크게 올랐다. 시장이 열렸다.", "시장"),  # an ambiguous title alone
    ("그는 그렇게 하지 않을 것이라고 말했다. 그는 고 말했다.", "것이"),
    ("작은 도시이긴 하지만 유명하다.", "도시이긴 하지만"),  # Japanese syllables, not a name
    ("그의 친구인 리하나 기자가 왔다.", "친구인 리하나"),  # a common word and the copula
])
def test_no_false_names(analyser, text, absent):
    found = korean_terms(text, analyser)
    assert absent not in found
    assert not [t for t in found if "말했" in t or t.startswith("고 ")]


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_japanese_names_and_their_spellings_are_persons(analyser):
    text = ("도쿠다 시게오는 배우다.\n도쿠다는 일본의 배우다.\n토쿠다는 영화에 나왔다.\n"
            "도쿠다는 말했다. 토쿠다는 웃었다. 토쿠다가 왔다.")
    found = korean_terms(text, analyser)
    assert found.get("도쿠다") == "person"
    assert found.get("토쿠다") == "person"  # a spelling variant of a person's name


@pytest.mark.parametrize(("text", "name"), [
    # a Japanese given name keeps its last syllable, though it reads as a particle (로)
    ("오에 겐자부로는 소설을 썼다.", "오에 겐자부로"),
    ("고노 가이치는 감독이다.", "고노 가이치"),
    ("도쿠다 시게오가 출연했다. 시게오는 배우다.", "도쿠다 시게오"),
])
def test_japanese_family_and_given_names(text, name):
    assert korean_terms(text).get(name) == "person"


def test_a_name_seen_before_a_title_is_that_person_everywhere():
    text = "가도와치 사장은 말했다.\n가도와치는 그렇게 밝혔다. 가도와치가 왔다."
    assert korean_terms(text)["가도와치"] == "person"


@pytest.mark.parametrize(("text", "term", "entry_type"), [
    # a rare word the document comes back to: its subject (names, loanwords)
    ("온코어는 송전선을 짓는다. 온코어가 밝혔다.", "온코어", ""),
    # a place: written with a place head elsewhere, or followed by 에서
    ("텍사스주가 승인했다. 텍사스 회사들이 투자했다. 텍사스 전력이 늘었다.", "텍사스", "place"),
    ("군고렌에서 폭발이 일어났다. 군고렌 주민들이 대피했다.", "군고렌", "place"),
])
def test_rare_words_that_recur(text, term, entry_type):
    found = korean_terms(text)
    assert term in found and found[term] == (entry_type or "concept")


def test_the_commonest_words_never_stand_alone():
    text = "자신의 영화를 찍었다. 자신은 영화가 좋았다. 자신이 본 영화였다. 풍력 풍력 풍력"
    found = korean_terms(text)
    assert "자신" not in found and "영화" not in found
    assert "풍력" in found


def test_an_acronym_glossing_an_english_name_in_korean_text_is_english():
    counts = count_document("a.txt", "일렉스틸 트랜스미션 텍사스(Electric Transmission Texas, "
                                     "ETT)가 참여했다. DHA의 기자가 전했다.")
    assert counts.terms["ett"].lang == "en"
    assert counts.terms["dha"].lang == "ko"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_acronym_of_both_languages_is_english_in_any_order(order):
    from yongeo.extract.counts import merge_counts

    texts = ["CNN reported the blast.", "CNN 기자가 전했다."]
    counts = merge_counts(count_document(f"d{i}.txt", texts[i]) for i in order)
    assert counts.terms["cnn"].lang == "en"


@pytest.mark.parametrize(("text", "size", "pieces"), [
    ("가나 다라 마바", 3, ["가나 다라 ", "마바"]),  # cut at the first white space past the size
    ("가나다라마바사아", 3, ["가나다", "라마바", "사아"]),  # no white space: cut anywhere
    ("가나", 5, ["가나"]),
    ("", 5, []),
])
def test_text_is_given_to_the_analyser_in_pieces(text, size, pieces):
    from yongeo.extract.korean import _pieces

    found = _pieces(text, size)
    assert [piece for _offset, piece in found] == pieces
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in found)
