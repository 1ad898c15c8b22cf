"""Lookup: every path from exact preferred to fuzzy, in both languages."""

import unicodedata

import pytest
from conftest import make_entry

from yongeo import i18n
from yongeo.glossary.model import Glossary
from yongeo.labels import term_status_label
from yongeo.lookup import MatchKind, _syllable_tables, lookup
from yongeo.report.entries import lookup_table
from yongeo.text.korean import choseong, decompose


@pytest.mark.parametrize(("query", "entry_id", "kind"), [
    # exact preferred, either language, any case or spacing
    ("shuttle diplomacy", "shuttle-diplomacy", MatchKind.PREFERRED),
    ("Shuttle Diplomacy", "shuttle-diplomacy", MatchKind.PREFERRED),
    ("셔틀외교", "shuttle-diplomacy", MatchKind.PREFERRED),
    ("셔틀 외교", "shuttle-diplomacy", MatchKind.PREFERRED),
    ("korea–japan relations", "korea-japan-relations", MatchKind.PREFERRED),
    # particles attached
    ("셔틀외교를", "shuttle-diplomacy", MatchKind.PREFERRED),
    ("국가안보실은", "national-security-office", MatchKind.PREFERRED),
    ("조세이 탄광의", "josei-coal-mine", MatchKind.PREFERRED),
    ("오사카에서", "osaka", MatchKind.PREFERRED),
    # Hepburn's macrons
    ("Ōsaka", "osaka", MatchKind.PREFERRED),
    ("Chōsei coal mine", "josei-coal-mine", MatchKind.ADMITTED),
    # English inflection
    ("transnational crimes", "transnational-crime", MatchKind.PREFERRED),
    ("Takaichi's", "takaichi-sanae", MatchKind.ADMITTED),
    # variants
    ("Takaichi", "takaichi-sanae", MatchKind.ADMITTED),
    ("KNDA", "korea-national-diplomatic-academy", MatchKind.ADMITTED),
    ("Chosei coal mine", "josei-coal-mine", MatchKind.ADMITTED),
    ("Takahichi", "takaichi-sanae", MatchKind.DEPRECATED),
    ("오오사카", "osaka", MatchKind.DEPRECATED),
    # choseong
    ("ㅅㅌㅇㄱ", "shuttle-diplomacy", MatchKind.CHOSEONG),
    ("ㄱㄱㅇㅂㅅ", "national-security-office", MatchKind.CHOSEONG),
    # prefix and substring
    ("shuttle", "shuttle-diplomacy", MatchKind.PREFIX),
    ("Diplomatic Acad", "korea-national-diplomatic-academy", MatchKind.SUBSTRING),
    ("안보실", "national-security-office", MatchKind.SUBSTRING),
    # fuzzy: Latin typos and jamo-level Hangul
    ("Takaichy", "takaichi-sanae", MatchKind.FUZZY),
    ("shutle diplomacy", "shuttle-diplomacy", MatchKind.FUZZY),
    ("타카이치 사나에", "takaichi-sanae", MatchKind.FUZZY),
    ("국가안보싱", "national-security-office", MatchKind.FUZZY),
])
def test_lookup_finds_best_entry_first(small_glossary, query, entry_id, kind):
    results = lookup(small_glossary, query)
    assert results, f"nothing found for {query!r}"
    assert (results[0].entry.id, results[0].kind) == (entry_id, kind)


def test_nfd_query_finds_the_entry(small_glossary):
    query = unicodedata.normalize("NFD", "셔틀외교를")
    assert lookup(small_glossary, query)[0].entry.id == "shuttle-diplomacy"


def test_deprecated_hit_says_what_to_use_instead(small_glossary):
    english = lookup(small_glossary, "Takahichi")[0]
    korean = lookup(small_glossary, "오오사카")[0]
    assert english.use_instead == "Takaichi Sanae"
    assert korean.use_instead == "오사카"


def test_exact_beats_prefix_and_fuzzy(small_glossary):
    kinds = [r.kind for r in lookup(small_glossary, "Korea")]
    assert kinds[0] is MatchKind.PREFERRED
    assert kinds == sorted(kinds)


@pytest.mark.parametrize("query", ["zzz", "   ", "정상", "ㅎㅎㅎㅎ"])
def test_nothing_found(small_glossary, query):
    assert lookup(small_glossary, query) == []


def test_limit(small_glossary):
    assert len(lookup(small_glossary, "korea", limit=1)) == 1


@pytest.mark.parametrize("text", ["다카이치 사나에", "셔틀외교", "ㄱㄴ abc 가-나", "", "Osaka",
                                  "\u3131가\uac00\ud7a3\ud7a4", "힣 똠방각하 ㅎ"])
def test_prepared_jamo_and_initials_are_the_korean_modules(text):
    to_jamo, to_initials = _syllable_tables()
    assert text.translate(to_jamo) == decompose(text)
    assert text.translate(to_initials) == choseong(text)


# --- former names: shown with their year -------------------------------------------------

DEFENSE = make_entry(
    "japanese-ministry-of-defense", "organization", "Japanese Ministry of Defense", "방위성",
    ("JDA", "en", "deprecated"), ("Japan Defense Agency", "en", "deprecated"),
    ("방위청", "ko", "deprecated"),
    former=(("en", "Japan Defense Agency", 2007), ("ko", "방위청", 1998)))


@pytest.fixture
def ui_language():
    """Sets the interface language for a test, and leaves it to the environment after."""
    yield i18n.set_language
    i18n.set_language(None)


@pytest.mark.parametrize(("query", "label", "until"), [
    ("Japan Defense Agency", "former name until 2007", 2007),
    ("방위청", "former name until 1998", 1998),
    ("방위청은", "former name until 1998", 1998),
    ("JDA", "deprecated", None),  # a deprecated term that was never the name
    ("Japanese Ministry of Defense", "preferred", None),
])
def test_lookup_shows_a_former_name_with_its_year(ui_language, query, label, until):
    ui_language("en")
    (result,) = lookup(Glossary((DEFENSE,)), query)
    assert term_status_label(result.term, result.entry) == label
    assert result.to_json()["match"].get("until") == until
    row = lookup_table([result], width=200).splitlines()[2]
    assert f"  {label}" in row


def test_the_label_of_a_former_name_is_translated(ui_language):
    ui_language("ko")
    (result,) = lookup(Glossary((DEFENSE,)), "방위청")
    assert term_status_label(result.term, result.entry) == "1998년까지의 옛 이름"
