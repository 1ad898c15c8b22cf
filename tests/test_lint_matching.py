"""The matching lint relies on: overlapping hits, spacing, word splits, suffixes, NFC offsets,
and the compiled matcher surviving a trip through pickle."""

from __future__ import annotations

import pickle
import re
import unicodedata

import pytest
from conftest import BUNDLED_PO, ROOT, make_entry
from lint_examples import glossary

from yongeo.glossary.model import Glossary
from yongeo.glossary.stored import load_po_glossary
from yongeo.lint import LintIndex, lint_pair, lint_text
from yongeo.match import Hit, Matcher, select_longest
from yongeo.text.mojibake import PAD, mend_in_place, repair_mojibake
from yongeo.text.normalize import fold_chars, nfc_mapped

MATCHER = Matcher(glossary())


def found(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(h.found, h.entry.id) for h in MATCHER.find(text, lang)]


def test_find_all_keeps_overlapping_hits_and_find_the_longest():
    every = [(h.found, h.entry.id) for h in MATCHER.find_all("국가안보실장은", "ko")]
    assert every == [("국가안보실장", "head-of-nso"), ("국가안보실", "national-security-office"),
                     ("안보실장", "head-of-nso"), ("안보실", "national-security-office")]
    assert found("국가안보실장은", "ko") == [("국가안보실장", "head-of-nso")]
    assert select_longest(MATCHER.find_all("국가안보실장은", "ko")) == MATCHER.find(
        "국가안보실장은", "ko")


@pytest.mark.parametrize(("text", "expected"), [
    # a term ending inside a word yields to the term that is the word
    ("일본 외교청서는", [("외교청서", "diplomatic-bluebook")]),
    ("일본 외교를", [("일본 외교", "japanese-diplomacy")]),
    ("일본 외교 청서", [("일본 외교", "japanese-diplomacy")]),  # a word of its own
])
def test_a_term_ending_inside_a_word_yields(text, expected):
    assert found(text, "ko") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("셔틀 외교", [("셔틀 외교", "shuttle-diplomacy")]),
    ("셔틀\n외교를", [("셔틀\n외교", "shuttle-diplomacy")]),
    ("셔틀\u3000외교", [("셔틀\u3000외교", "shuttle-diplomacy")]),
    ("조세이탄광", [("조세이탄광", "josei-coal-mine")]),
    ("조세이  탄광의", [("조세이  탄광", "josei-coal-mine")]),
    ("가셔틀 외교", []),  # a term read across a space may not start inside a word
    ("후쿠시마산 수산물", [("후쿠시마", "fukushima")]),
    ("오사카행 열차", [("오사카", "osaka")]),
    ("오사카부와 효고현", [("오사카", "osaka")]),  # 府: Osaka's prefecture
    ("오사카성 천수각", []),  # Osaka Castle is another name
    ("다카이치산", []),  # the place suffixes are for places
    ("오사카지방재판소는", [("오사카", "osaka")]),  # a body named after its place
    ("오사카총영사관", [("오사카", "osaka")]),
    ("오사카공항", []),  # an airport's name is its own (서울공항 is in Seongnam)
    ("다카이치대학", []),  # a person's name is no place's
    ("²방문연구원(서울)", [("방문연구원", "visiting-researcher"), ("서울", "seoul")]),
    # a name made a predicate by the copula's short forms after its vowel
    ("수도는 도쿄예요.", [("도쿄", "tokyo")]),
    ("다음 개최지는 오사카였다", [("오사카", "osaka")]),
    ("오사카예술대학", []),  # no copula: another name's start
])
def test_korean_spacing_and_suffixes(text, expected):
    assert found(text, "ko") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Korea-Japan summit", [("Korea-Japan summit", "korea-japan-summit")]),
    ("the Korea–\n  Japan summit", [("Korea–\n  Japan summit", "korea-japan-summit")]),
    ("the KoreaJapan summit", [("summit", "summit")]),
    ("shuttlediplomacy", []),
    ("a Nar a visit", []),  # a word is never read across a space
    ("Osaka’s mayor", [("Osaka", "osaka")]),
    ("in OSAKA", [("OSAKA", "osaka")]),
    ("the remains", [("remains", "remains")]),
    ("Takaichi\u00a0Sanae", [("Takaichi\u00a0Sanae", "takaichi-sanae")]),
    # an affiliation's or a footnote's superscript mark written onto a word
    ("²Visiting researcher, Seoul", [("Visiting researcher", "visiting-researcher"),
                                     ("Seoul", "seoul")]),
    ("the Osaka¹ office", [("Osaka", "osaka")]),
    ("Osaka2 office", []),  # an ordinary digit is part of the word
])
def test_english_words_and_spacing(text, expected):
    assert found(text, "en") == expected


def test_hits_are_named_tuples_with_the_documented_fields():
    hit = MATCHER.find("오사카", "ko")[0]
    assert isinstance(hit, Hit) and hit._fields == ("start", "end", "entry", "term", "found")
    with pytest.raises(AttributeError):
        hit.start = 3  # type: ignore[misc]


def test_matcher_pickles():
    copy = pickle.loads(pickle.dumps(MATCHER))
    text = "타카이치 총리가 오오사카와 후쿠시마산 수산물을 논의했다"
    assert copy.find(text) == MATCHER.find(text) and len(copy) == len(MATCHER)


def test_empty_glossary_and_empty_text():
    assert Matcher([]).find("anything") == []
    assert MATCHER.find("") == []


def test_nfc_mapped_maps_offsets_back_to_nfd():
    text = "ab " + unicodedata.normalize("NFD", "셔틀외교를") + " é"
    normalized = nfc_mapped(text)
    assert normalized.text == unicodedata.normalize("NFC", text)
    start = normalized.text.index("셔틀외교")
    s, e = normalized.span(start, start + 4)
    assert text[s:e] == unicodedata.normalize("NFD", "셔틀외교")
    assert nfc_mapped("already NFC 한국").span(3, 5) == (3, 5)


MOJIBAKE_SPANS = [
    # text, a word of the text as lint reads it, that word as written
    ("Russia\u00a1\u00afs Foreign Ministry", "Russia’s Foreign", "Russia\u00a1\u00afs Foreign"),
    ("\u00a1\u00b0shuttle diplomacy\u00a1\u00b1 now", "“shuttle diplomacy",
     "\u00a1\u00b0shuttle diplomacy"),
    # A span that ends on a mended character ends before its padding.
    ("\u00a1\u00b0shuttle diplomacy\u00a1\u00b1 now", "diplomacy”", "diplomacy\u00a1"),
    ("It\u00e2\u20ac\u2122s Osaka", "Osaka", "Osaka"),
    ("It\u00e2\u20ac\u2122s Osaka", "It’s", "It\u00e2\u20ac\u2122s"),
    # Mojibake with a zero-width space and NFD after it: each map applies in turn.
    ("McCain\u00a1\u00afs \u200b" + unicodedata.normalize("NFD", "셔틀외교"), "셔틀외교",
     "\u200b" + unicodedata.normalize("NFD", "셔틀외교")),
]


@pytest.mark.parametrize(("text", "word", "written"), MOJIBAKE_SPANS)
def test_mojibake_is_read_mended_and_mapped_back(text, word, written):
    normalized = nfc_mapped(text)
    start = normalized.text.index(word)
    s, e = normalized.span(start, start + len(word))
    assert text[s:e].lstrip("\u200b") == written.lstrip("\u200b")


def test_mend_in_place_keeps_every_offset():
    text = "a\u00a1\u00afb \u00a1\u00b0c\u00a1\u00b1\nIt\u00e2\u20ac\u2122s \u00a1Hola!"
    mended = mend_in_place(text)
    assert len(mended) == len(text) and mended.count("\n") == 1
    assert mended.replace(PAD, "") == repair_mojibake(text)
    assert mend_in_place("plain text, 한국어") == "plain text, 한국어"
    # A space after a would-be lead byte stays a space: the word after it is still a word.
    assert mend_in_place("\u00e0\u00b8 shuttle diplomacy").endswith(" shuttle diplomacy")


def test_the_first_look_for_mojibake_misses_no_pair_either_kind_mends():
    from yongeo.text.mojibake import _CP1252_HIGH, CP949_SYMBOL, SUSPECT, UTF8_AS_1252

    seconds = [chr(c) for c in range(0x80, 0x100)] + list(_CP1252_HIGH)
    missed = [first + second for first in map(chr, range(0x80, 0x100)) for second in seconds
              if (re.fullmatch(UTF8_AS_1252, first + second) or re.fullmatch(
                  CP949_SYMBOL, first + second)) and not re.fullmatch(SUSPECT, first + second)]
    assert missed == []


def test_fold_chars_keeps_length():
    text = "Korea–Japan “summit”\n’s\u00a0x"
    folded = fold_chars(text)
    assert len(folded) == len(text) and folded == "korea japan \"summit\" 's x"


# --- the bundled glossary -----------------------------------------------------------------

BUNDLED = LintIndex.build(load_po_glossary(BUNDLED_PO))


@pytest.mark.parametrize("seed", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_seeds_hold_only_their_known_deprecated_spellings(seed):
    findings = lint_text(seed.read_text(encoding="utf-8"), BUNDLED, path=seed.name)
    assert {(f.rule, f.found) for f in findings} <= {
        ("term.deprecated", "Takahichi"), ("term.deprecated", "Takahichi Sanae"),
        ("term.deprecated", "Lee Jae MMyung administration")}


def test_bundled_glossary_on_korean_prose():
    text = ("이재명 대통령과 다카이치 총리는 나라현에서 정상회담을 갖고 "
            "셔틀 외교를 이어 가기로 했다. 위성락 국가안보실장은 오사카에서 "
            "브리핑했다. 한국은 CPTPP 가입을 추진한다. 동경 대신 도쿄라고 쓴다.")
    assert [(f.rule, f.found) for f in lint_text(text, BUNDLED)] == [
        ("term.deprecated", "동경")]


@pytest.mark.parametrize(("source", "missing"), [
    ("대금 지급은 통상 조건대로 유지한다.", []),  # 통상 (usual): not trade
    ("이는 통상적으로 3일이 걸린다.", []),
    ("한일 통상 협의가 열렸다.", ["통상"]),  # trade
])
def test_bundled_glossary_exclusions(source, missing):
    draft = "The payments stay on ordinary terms; it usually takes three days."
    found = lint_pair(source, draft, BUNDLED, source_lang="ko", target_lang="en")
    assert [f.message.split("'")[1] for f in found if f.rule == "term.missing"
            and f.en == "trade"] == missing


def test_terms_that_differ_only_in_spacing_are_both_found():
    matcher = Matcher(Glossary((make_entry(
        "horyu-ji", "place", "Horyu-ji", "호류지", ("Horyuji", "en", "admitted"),
        ("Horyu ji", "en", "deprecated")),)))
    assert [(h.found, h.term.text) for h in matcher.find("the Horyuji visit")] == [
        ("Horyuji", "Horyuji")]
    assert [(h.found, h.term.text) for h in matcher.find_all("at Horyu-ji.")] == [
        ("Horyu-ji", "Horyu-ji"), ("Horyu-ji", "Horyu ji")]
    assert [(h.found, h.term.text) for h in matcher.find_all("at Horyu\n ji")] == [
        ("Horyu\n ji", "Horyu-ji"), ("Horyu\n ji", "Horyu ji")]
