"""Korean proper nouns and titles: gazetteer places, the title lexicon, name-like and
Japanese-looking words, rarity in general Korean, place and event heads."""

from __future__ import annotations

import pytest

from yongeo.text.korean_proper import (
    is_event,
    is_japanese_name,
    is_name_like,
    is_organization,
    is_place_by_particle,
    is_place_name,
    is_rare,
    is_title,
    places_by_head,
)
from yongeo.text.korean_terms import not_a_noun_stem


@pytest.mark.parametrize(("stem", "place"), [
    ("미국", True), ("일본", True), ("북한", True), ("이스탄불", True),  # CLDR
    ("경기도", True), ("평양", True), ("함경북도", True), ("판문점", True),  # both Koreas
    ("터키", True),  # CLDR's Korean name before the renaming
    ("원산", True), ("개성시", True), ("충북", True),  # the gazetteer; an official short form
    ("개성", False), ("조선", False), ("경기", False),  # more often a common word alone
    ("풍력", False), ("대통령", False), ("도쿠다", False),
])
def test_gazetteer_places(stem, place):
    assert is_place_name(stem) is place


@pytest.mark.parametrize(("stem", "title"), [
    ("대통령", True), ("주지사", True), ("보좌관", True), ("기자", True),
    ("터키총리", True), ("국무장관", True),  # a title written solid after a place or office
    ("시장", False), ("지사", False), ("대표", False),  # as often market, branch, representative
    ("풍력", False), ("야지시", False),
])
def test_title_lexicon(stem, title):
    assert is_title(stem) is title


@pytest.mark.parametrize(("word", "name_like"), [
    ("야지시", True), ("굴러", True), ("에르도간", True), ("카라코크", True), ("이재명", True),
    ("성인", False), ("비디오", False),  # common words of Korean
    ("이스탄불", False), ("텍사스주", False), ("한반도", False),  # places
    ("외교부", False), ("주지사", False), ("터키총리", False),  # an organization, titles
    ("가", False), ("다섯음절넘는이름", False),
])
def test_name_like_words(word, name_like):
    assert is_name_like(word) is name_like


@pytest.mark.parametrize(("word", "japanese"), [
    ("도쿠다", True), ("시게오", True), ("가도와치", True), ("가이치", True), ("겐자부로", True),
    ("노인", False),  # Japanese syllables, but a common word
    ("트랜스미션", False), ("카라코크", False),  # syllables Japanese does not have
    ("고노", False),  # two syllables say too little (a family name in a pair may have two)
])
def test_japanese_looking_names(word, japanese):
    assert is_japanese_name(word) is japanese


@pytest.mark.parametrize(("word", "rare"), [
    ("온코어", True), ("댈러스", True), ("군고렌", True),
    ("영화", False), ("그가", False), ("일을", False),  # a common word and its particle
    ("많은", False), ("발생한", False), ("주민들", False), ("성인용", False),  # and its ending
])
def test_rare_in_general_korean(word, rare):
    assert is_rare(word) is rare


def test_a_word_written_with_a_place_head_elsewhere_is_a_place():
    assert places_by_head({"텍사스주", "텍사스", "송전선", "베이징시", "베이징", "도시",
                           "지난주", "지난"}) == {"텍사스", "베이징"}


@pytest.mark.parametrize(("stem", "word", "place"), [
    ("군고렌", "군고렌에서", True), ("댈러스", "댈러스에서는", True),
    ("정부", "정부에서", False),  # a common word: an institution as often as a place
    ("도쿠다", "도쿠다는", False),
])
def test_a_name_before_eseo_is_a_place(stem, word, place):
    assert is_place_by_particle(stem, word) is place


@pytest.mark.parametrize(("noun", "event"), [
    ("베이징올림픽", True), ("한일 정상회담", True), ("런던 올림픽", True),
    ("올림픽", False), ("풍력", False), ("정상", False),
])
def test_event_heads(noun, event):
    assert is_event(noun) is event


@pytest.mark.parametrize(("stem", "verb"), [
    ("출연하", True), ("발생되", True),  # a noun and its light verb: a predicate's stem
    ("있습니", True), ("없으", True), ("것으", True), ("치뤄져", True),  # endings left on
    ("이하", False), ("영하", False),  # two-syllable nouns ending in 하
])
def test_a_light_verb_after_a_noun_is_no_noun(stem, verb):
    assert not_a_noun_stem(stem) is verb


@pytest.mark.parametrize(("noun", "organization"), [
    ("외교부", True), ("국방부", True), ("기상청", True), ("민주당", True),  # one-syllable heads
    ("신화통신", True), ("루비 프로덕션", True), ("국가안보 위원회", True),
    ("일부", False), ("정부", False), ("다반청", False),  # no common word before the head
    ("풍력", False),
])
def test_organization_heads(noun, organization):
    assert is_organization(noun) is organization
