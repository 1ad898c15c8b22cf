"""The matcher: where a glossary term is, and is not, in a text."""

import unicodedata

import pytest

from yongeo.match import Matcher


@pytest.fixture
def matcher(small_glossary):
    return Matcher(small_glossary)


@pytest.mark.parametrize(("text", "expected"), [
    # Korean: particles, spacing, NFD, compounds headed by a term
    ("셔틀외교를 이어갔다", [("셔틀외교", "shuttle-diplomacy")]),
    ("셔틀 외교가 제도화됐다", [("셔틀 외교", "shuttle-diplomacy")]),
    ("국가안보실장은 말했다", [("국가안보실", "national-security-office")]),
    ("조세이탄광의 희생자", [("조세이탄광", "josei-coal-mine")]),
    ("오사카에서", [("오사카", "osaka")]),
    ("오오사카에서", [("오오사카", "osaka")]),
    # English: case, plurals, possessives, dashes, line breaks, longest match
    ("Takaichi’s reception", [("Takaichi", "takaichi-sanae")]),
    ("transnational crimes such as scams", [("transnational crimes", "transnational-crime")]),
    ("Korea–Japan relations", [("Korea–Japan relations", "korea-japan-relations")]),
    ("korea-japan\nrelations", [("korea-japan\nrelations", "korea-japan-relations")]),
    ("at Korea National Diplomatic Academy", [
        ("Korea National Diplomatic Academy", "korea-national-diplomatic-academy")]),
    ("the U.S.-Japan alliance", [("U.S.-Japan alliance", "us-japan-alliance")]),
    ("joining CPTPP soon", [("CPTPP", "cptpp")]),
    # Japanese writes a Latin term between kana and kanji with no space: its edges
    ("「韓国のCPTPP加盟」", [("CPTPP", "cptpp")]),
])
def test_found(matcher, text, expected):
    hits = matcher.find(text, lang="ko" if "가" <= text[0] <= "힣" else "en")
    assert [(h.found, h.entry.id) for h in hits] == expected


@pytest.mark.parametrize("text", [
    "일본오사카시",          # a name inside a longer word
    "Koreans",              # a name inside a longer word
    "cptpp talks",          # case-sensitive acronym in the wrong case
    "Takaichiro",           # prefix of a longer name
    "U.S.-Japanese ties",
    "韓国のCPTPPX加盟",      # a longer Latin word between kana and kanji
])
def test_not_found(matcher, text):
    assert [h.found for h in matcher.find(text)] == []


def test_nfd_text_matches_with_offsets_in_nfc(matcher):
    text = unicodedata.normalize("NFD", "이번 셔틀외교는")
    hits = matcher.find(text)
    nfc = unicodedata.normalize("NFC", text)
    assert [nfc[h.start:h.end] for h in hits] == ["셔틀외교"]


def test_terms_are_literal(small_glossary):
    hits = Matcher(small_glossary).find("the UXSX-Japan alliance")
    assert hits == []


# Strings read in one pass (a PO file's) are read as each alone: a term split between two
# strings is in neither, and at a string's ends a term stands alone as at a text's ends.
STRINGS_READ_TOGETHER = [
    ["셔틀외교를 이어갔다", "셔틀 외교가 제도화됐다", "국가안보실장은 말했다"],
    ["이번 셔틀", "외교는", "오사카", "에서"],
    ["the shuttle", "diplomacy of Osaka", "Osaka", "’s reception"],
    ["Korea–Japan", "relations", "korea-japan\nrelations", ""],
    ["", "", "CPTPP", "cptpp talks", "Takaichiro", "Takaichi"],
    ["일본오사카", "시", "오오", "사카에서"],
    ["오사카\u0000에서", "셔틀외교"],  # the separator inside a string too
]


@pytest.mark.parametrize("texts", STRINGS_READ_TOGETHER)
@pytest.mark.parametrize("lang", [None, "ko", "en"])
def test_strings_read_together_are_read_as_each_alone(matcher, texts, lang):
    assert matcher.find_all_each(texts, lang) == [
        matcher.find_all(text, lang, normalized=True) for text in texts]


# A noun with 자 (者) is a person's noun, another concept; a term read across a space that
# leaves one syllable for its last part is no term where that syllable begins a word.
KOREAN_EDGES = [
    ("가입을 추진한다", ["accession"]),
    ("가입하자 곧", ["accession"]),          # a predicate of the noun
    ("가입자들이 늘었다", []),                 # subscribers
    ("가입자간 통화", []),
    ("피해자 8명", ["victim"]),               # the person's noun is its own term
    ("논란을 피해 자제하는", []),              # 피해 | 자제하는
    ("고려 대상이 되지", []),                  # 고려 | 대상이
    ("고려대 학생", ["korea-university"]),
    ("고려 대를 나왔다", ["korea-university"]),  # spaced, a particle after the syllable
    ("고려 대가 비싸다", []),                  # 대가 (a price) is a word of its own
    ("고려 대·고려 중 동문회", []),            # a syllable before a middle dot: a shared ending
    ("고려대·연세대 학생", ["korea-university"]),  # written solid: the term before the dot
]


@pytest.mark.parametrize(("text", "expected"), KOREAN_EDGES)
def test_korean_word_edges(text, expected):
    from conftest import make_entry

    from yongeo.glossary.model import Glossary

    glossary = Glossary((make_entry("accession", "concept", "accession", "가입"),
                         make_entry("victim", "concept", "victim", "피해자"),
                         make_entry("korea-university", "organization", "Korea University",
                                    "고려대")))
    assert [h.entry.id for h in Matcher(glossary).find(text, lang="ko")] == expected


@pytest.mark.parametrize(("text", "found"), [
    # a transcript of no capitals: an acronym that is no word matches in lower case
    ("so um they said the cptpp talks " * 10, ["cptpp"] * 10),
    # one that is a word keeps its case: us is not US; a name of several words is the name
    ("so um they told us the talks went on " * 10, []),
    ("so um the united states joined the talks " * 10, ["united states"] * 10),
    # running English keeps the case test: cptpp written so is no name there
    ("The Talks Went On. Then the cptpp came up in Seoul and Tokyo. " * 5, []),
])
def test_case_in_a_text_of_no_capitals(text, found):
    from conftest import make_entry

    from yongeo.glossary.model import Glossary

    glossary = Glossary((
        make_entry("cptpp", "agreement", "CPTPP", "CPTPP", case_sensitive=True),
        make_entry("united-states", "place", "United States", "미국", ("US", "en", "admitted"),
                   case_sensitive=True),
    ))
    assert [h.found for h in Matcher(glossary).find(text)] == found
