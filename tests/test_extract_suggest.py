"""Korean suggestions: Japanese-name rules, composition, and parallel text."""

from __future__ import annotations

from pathlib import Path

import pytest

from yongeo.errors import InputError
from yongeo.extract.lexicon import LEXICON, lookup
from yongeo.extract.parallel import ParallelProposal, propose, read_parallel
from yongeo.extract.suggest import Suggester
from yongeo.glossary.stored import load_po_glossary

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize("term, entry_type, korean, origin", [
    ("Takaichi Sanae", "person", "다카이치 사나에", "japanese-rules"),
    ("Ishiba Shigeru", "person", "이시바 시게루", "japanese-rules"),
    ("Fukushima", "place", "후쿠시마", "gazetteer"),  # known data before the rules
    ("Tokyo", "place", "도쿄", "gazetteer"),
    ("Osaka", "place", "오사카", "gazetteer"),
    ("Nara Prefecture", "place", "나라현", "lexicon+gazetteer"),
    ("Hitakatsu", "place", "히타카쓰", "gazetteer"),
    ("Kitakami", "place", "기타카미", "japanese-rules"),  # a city the gazetteer does not hold
    ("Takaichi Cabinet", "organization", "다카이치 내각", "lexicon+japanese-rules"),
    ("Josei coal mine", "place", "조세이 탄광", "lexicon+japanese-rules"),
    ("economic security", "concept", "경제안보", "lexicon"),
    ("transnational crime", "concept", "초국가범죄", "lexicon"),
    ("Korea-Japan cooperation", "concept", "한일 협력", "lexicon"),
    ("practical cooperation", "concept", "실질 협력", "lexicon"),
    ("head of the National Security Office", "title", "국가안보실장", "lexicon"),
    ("DNA identification", "concept", "DNA 신원 확인", "lexicon+acronym"),
    ("China", "place", "중국", "lexicon"),
])
def test_suggestions_and_their_origin(term: str, entry_type: str, korean: str,
                                      origin: str) -> None:
    suggestion = Suggester().suggest(term, entry_type)
    assert suggestion is not None
    assert (suggestion.korean, suggestion.origin) == (korean, origin)


def test_japanese_names_carry_the_nonstandard_spellings() -> None:
    suggestion = Suggester().suggest("Takaichi Sanae", "person")
    assert "타카이치 사나에" in suggestion.deprecated
    assert "다카이찌 사나에" in suggestion.deprecated


@pytest.mark.parametrize("term, entry_type", [
    ("mutual blue sky", "concept"),  # a word no source knows
    ("셔틀외교", "concept"),  # a Korean term needs an English term, not a Korean one
])
def test_no_suggestion_rather_than_a_guess(term: str, entry_type: str) -> None:
    assert Suggester().suggest(term, entry_type) is None


def test_reviewed_glossary_entries_take_part_in_composition() -> None:
    suggester = Suggester(load_po_glossary(ROOT / "glossary" / "ko.po"))
    suggestion = suggester.suggest("shuttle diplomacy revitalization", "concept")
    assert (suggestion.korean, suggestion.origin) == ("셔틀외교 활성화", "glossary+lexicon")


def test_an_acronym_without_known_pieces_stays_as_it_is() -> None:
    suggestion = Suggester().suggest("IFQNS", "organization",
                                     "Institute of Foreign Quux and National Security")
    assert (suggestion.korean, suggestion.origin) == ("IFQNS", "acronym")


def test_the_lexicon_is_a_real_table() -> None:
    assert len(LEXICON) >= 150
    assert lookup("Economic Security") == "경제안보"
    assert lookup("cooperation") == "협력"
    assert lookup("summit") == "정상회담"
    assert all(value.strip() and key == key.lower() for key, value in LEXICON.items())


# --- parallel text ------------------------------------------------------------------------

TERMS = ["shuttle diplomacy", "economic security", "Takaichi Sanae", "summit",
         "Korea-Japan relations", "transnational crime", "CPTPP", "National Security Office",
         "historical issue", "Fukushima", "cooperation", "diplomacy", "online scam",
         "President"]


@pytest.fixture(scope="module")
def proposals():
    english, korean = read_parallel(DATA / "parallel.en.txt", DATA / "parallel.ko.txt")
    return propose(english, korean, TERMS)


@pytest.mark.parametrize("english, korean", [
    ("shuttle diplomacy", "셔틀외교"),
    ("economic security", "경제안보"),
    ("Takaichi Sanae", "다카이치 사나에"),  # a name ending like a particle (사나에) survives
    ("summit", "정상회담"),
    ("Korea-Japan relations", "한일관계"),
    ("transnational crime", "초국가범죄"),
    ("CPTPP", "CPTPP"),
    ("National Security Office", "국가안보실"),
    ("historical issue", "역사 문제"),  # plural in the text, two Korean words
    ("Fukushima", "후쿠시마"),
    ("cooperation", "협력"),
])
def test_parallel_text_proposes_the_korean_term(proposals, english: str, korean: str) -> None:
    assert proposals[english].korean == korean
    assert proposals[english].dice >= 0.8


@pytest.mark.parametrize("english", [
    "diplomacy",  # only ever inside 'shuttle diplomacy': the longer term takes those lines
    "online scam",  # one aligned line is no evidence
    "President",
])
def test_parallel_text_proposes_nothing_without_evidence(proposals, english: str) -> None:
    # (a name's entry may hold only the phrases of its lines, with no Korean proposed)
    assert english not in proposals or proposals[english].korean == ""


def test_one_korean_phrase_is_proposed_for_one_term(proposals) -> None:
    korean = [p.korean for p in proposals.values() if p.korean]
    assert len(korean) == len(set(korean))


def test_parallel_suggestion_agreeing_with_the_lexicon_says_both(proposals) -> None:
    suggestion = Suggester(parallel=proposals).suggest("summit", "event")
    assert suggestion.korean == "정상회담" and suggestion.origin == "lexicon+parallel"
    assert "aligned lines" in suggestion.detail


@pytest.mark.parametrize(("term", "entry_type", "parallel", "korean", "origin"), [
    # aligned text alone: taken, with its evidence
    ("Oncor", "organization", "온코어", "온코어", "parallel"),
    # aligned text that disagrees with the lexicon, CLDR or the rules never replaces them
    ("Korean Peninsula", "place", "상원", "한반도", "lexicon"),
    ("minister", "title", "미사일", "장관", "lexicon"),
    ("Istanbul", "place", "터키", "이스탄불", "cldr"),
    ("Fumio Kishida", "person", "총리", "기시다 후미오", "japanese-rules"),
])
def test_parallel_text_never_overrides_a_suggestion(term, entry_type, parallel, korean, origin):
    proposal = ParallelProposal(term, parallel, 0.5, 10.0, 2, 3, 3)
    suggestion = Suggester(parallel={term: proposal}).suggest(term, entry_type)
    assert (suggestion.korean, suggestion.origin) == (korean, origin)
    if korean != parallel:
        assert parallel in suggestion.detail  # offered beside, with its score


def test_misaligned_parallel_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("one\ntwo\n", encoding="utf-8")
    (tmp_path / "ko.txt").write_text("하나\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_parallel(tmp_path / "en.txt", tmp_path / "ko.txt")
    assert error.value.path == str(tmp_path / "ko.txt")


@pytest.mark.parametrize(("english", "korean", "alike"), [
    ("Dallas", "댈러스", True),
    ("Gungoren", "군고렌", True),
    ("Shigeo Tokuda", "도쿠다 시게오", True),  # either word order
    ("Barack Obama", "버락 오바마", True),
    ("Beijing", "전력", False),
    ("Gallup", "포인트", False),
    ("Ruby Productions", "루비사는", False),
])
def test_a_name_and_its_korean_sound_alike(english, korean, alike):
    from yongeo.extract.suggest import MIN_SOUND_LIKENESS
    from yongeo.text.romanize import sounds_alike

    assert (sounds_alike(english, korean) >= MIN_SOUND_LIKENESS) is alike


@pytest.mark.parametrize(("term", "entry_type", "parallel", "korean"), [
    ("Dallas", "place", "댈러스", "댈러스"),
    ("Karakoc", "organization", "전력", None),  # no name sounds like that: nothing
    ("Yazici", "organization", "포인트", None),  # no name sounds like that: nothing
    ("food aid", "concept", "식량 지원", "식량 지원"),  # concepts are translated
])
def test_parallel_korean_for_a_name_must_sound_like_it(term, entry_type, parallel, korean):
    proposal = ParallelProposal(term, parallel, 1.0, 10.8, 2, 2, 2)
    suggestion = Suggester(parallel={term: proposal}).suggest(term, entry_type)
    assert (suggestion.korean if suggestion else None) == korean


@pytest.mark.parametrize(("term", "korean"), [
    ("Istanbul", "이스탄불"), ("Europe", "유럽"), ("U.S.", "미국"), ("China", "중국"),
])
def test_places_from_cldr(term, korean):
    assert Suggester().suggest(term, "place").korean == korean


@pytest.mark.parametrize(("name", "korean"), [
    ("Lee Jae-myung", "이재명"),
    ("Wi Sung-lac", "위성락"),
    ("Choi Eunmi", "최은미"),  # given name written solid
    ("Moon Jae-in", "문재인"),
    ("Park Geun-hye", "박근혜"),
    ("Roh Moo-hyun", "노무현"),
    ("Ban Ki-moon", "반기문"),
    ("Yoon Suk Yeol", "윤석열"),  # given name in two words
])
def test_romanised_korean_names_in_hangul(name, korean):
    suggestion = Suggester().suggest(name, "person")
    assert (suggestion.korean, suggestion.origin) == (korean, "korean-name")


@pytest.mark.parametrize(("name", "parallel", "korean"), [
    ("Kim Dae-jung", "김대중", "김대중"),  # the aligned text picks among the readings
    ("Chung Eui-yong", "정의용", "정의용"),
    ("Kim Dae-jung", "대통령", "김대정"),  # not a reading: the ranking stands
])
def test_aligned_text_chooses_a_korean_names_reading(name, parallel, korean):
    proposal = ParallelProposal(name, parallel, 1.0, 10.8, 2, 2, 2)
    assert Suggester(parallel={name: proposal}).suggest(name, "person").korean == korean


@pytest.mark.parametrize(("name", "first"), [
    ("Kang Kyung-wha", "강경화"),  # passport spelling of 화
    ("Rhee Jae-myung", "이재명"),
    ("Pak Geun-hye", "박근혜"),
    ("Noh Moo-hyun", "노무현"),
])
def test_korean_name_readings(name, first):
    from yongeo.text.korean_names import korean_name_readings

    assert korean_name_readings(name)[0] == first
