"""Hepburn romaji to Hangul by the NIKL 일본어 표기, deprecated variants, and the Japanese-name test."""

from __future__ import annotations

import pytest

from yongeo.text.japanese import (
    EXCEPTIONS,
    RESPELLINGS,
    Transliteration,
    looks_japanese,
    to_kana_syllables,
    transliterate,
)

# Spellings used by NIKL and the Korean press.
STANDARD = [
    # Politicians and historical figures.
    ("Takaichi Sanae", "다카이치 사나에"),
    ("Ishiba Shigeru", "이시바 시게루"),
    ("Kishida Fumio", "기시다 후미오"),
    ("Abe Shinzo", "아베 신조"),
    ("Shinzo Abe", "신조 아베"),
    ("Suga Yoshihide", "스가 요시히데"),
    ("Hayashi Yoshimasa", "하야시 요시마사"),
    ("Motegi Toshimitsu", "모테기 도시미쓰"),
    ("Koizumi Shinjiro", "고이즈미 신지로"),
    ("Kono Taro", "고노 다로"),
    ("Kono Yohei", "고노 요헤이"),
    ("Iwaya Takeshi", "이와야 다케시"),
    ("Matsuno", "마쓰노"),
    ("Kan Naoto", "간 나오토"),
    ("Noda Yoshihiko", "노다 요시히코"),
    ("Hatoyama Yukio", "하토야마 유키오"),
    ("Murayama Tomiichi", "무라야마 도미이치"),
    ("Nakasone Yasuhiro", "나카소네 야스히로"),
    ("Ito Hirobumi", "이토 히로부미"),
    ("Toyotomi Hideyoshi", "도요토미 히데요시"),
    ("Tokugawa Ieyasu", "도쿠가와 이에야스"),
    ("Sato Eisaku", "사토 에이사쿠"),
    ("Inoue", "이노우에"),
    ("Ishii", "이시이"),
    ("Ohtani Shohei", "오타니 쇼헤이"),
    ("Hanyu Yuzuru", "하뉴 유즈루"),
    # Prefectures, cities and places.
    ("Tokyo", "도쿄"),
    ("Osaka", "오사카"),
    ("Kyoto", "교토"),
    ("Nara", "나라"),
    ("Fukushima", "후쿠시마"),
    ("Hiroshima", "히로시마"),
    ("Nagasaki", "나가사키"),
    ("Hokkaido", "홋카이도"),
    ("Kyushu", "규슈"),
    ("Kitakyushu", "기타큐슈"),
    ("Okinawa", "오키나와"),
    ("Sapporo", "삿포로"),
    ("Sendai", "센다이"),
    ("Tsushima", "쓰시마"),
    ("Shimane", "시마네"),
    ("Takeshima", "다케시마"),
    ("Chiba", "지바"),
    ("Kanagawa", "가나가와"),
    ("Kagoshima", "가고시마"),
    ("Kobe", "고베"),
    ("Nagoya", "나고야"),
    ("Yokohama", "요코하마"),
    ("Fukuoka", "후쿠오카"),
    ("Niigata", "니가타"),
    ("Ube", "우베"),
    ("Yamaguchi", "야마구치"),
    ("Gunma", "군마"),
    ("Gumma", "군마"),
    ("Ibaraki", "이바라키"),
    ("Shizuoka", "시즈오카"),
    ("Tottori", "돗토리"),
    ("Kanazawa", "가나자와"),
    ("Aomori", "아오모리"),
    ("Kumamoto", "구마모토"),
    ("Miyazaki", "미야자키"),
    ("Okayama", "오카야마"),
    ("Tochigi", "도치기"),
    ("Saitama", "사이타마"),
    ("Hyogo", "효고"),
    ("Oita", "오이타"),
    ("Fukui", "후쿠이"),
    ("Matsuyama", "마쓰야마"),
    ("Kawasaki", "가와사키"),
    ("Ryukyu", "류큐"),
    ("Senkaku", "센카쿠"),
    ("Yasukuni", "야스쿠니"),
    ("Horyu-ji", "호류지"),
    ("Shin-Osaka", "신오사카"),
    # Institutions, firms, eras and words.
    ("Chosei", "조세이"),
    ("Waseda", "와세다"),
    ("Nikkei", "닛케이"),
    ("Meiji", "메이지"),
    ("Shinkansen", "신칸센"),
    ("Keidanren", "게이단렌"),
    ("Kyodo", "교도"),
    ("Asahi", "아사히"),
    ("Yomiuri", "요미우리"),
    ("Mainichi", "마이니치"),
    ("Sankei", "산케이"),
    ("Nippon", "닛폰"),
    ("Toyota", "도요타"),
    ("Mitsubishi", "미쓰비시"),
    ("Hitachi", "히타치"),
    ("Nissan", "닛산"),
    ("Tsunami", "쓰나미"),
]


@pytest.mark.parametrize(("romaji", "hangul"), STANDARD)
def test_standard_form(romaji: str, hangul: str) -> None:
    result = transliterate(romaji)
    assert result.standard == hangul
    assert result.source == romaji
    assert hangul not in result.nonstandard


def test_enough_names_and_places() -> None:
    assert len(STANDARD) >= 45


@pytest.mark.parametrize(("romaji", "hangul"), [
    ("Tōkyō", "도쿄"),
    ("Ōsaka", "오사카"),
    ("Ryūkyū", "류큐"),
    ("Kyūshū", "규슈"),
    ("Hokkaidō", "홋카이도"),
    ("Shinzō", "신조"),
    ("Tôkyô", "도쿄"),
    ("Tokyou", "도쿄"),
    ("Ohno", "오노"),
    ("Satoh", "사토"),
    ("Kyuushuu", "규슈"),
    ("To\u0304kyo\u0304", "도쿄"),  # decomposed macrons
    ("TAKAICHI SANAE", "다카이치 사나에"),
    ("Takaichi  Sanae ", "다카이치 사나에"),
])
def test_spelling_variants_of_the_input(romaji: str, hangul: str) -> None:
    assert transliterate(romaji).standard == hangul


@pytest.mark.parametrize(("romaji", "hangul"), [
    ("Koizumi Junichiro", "고이즈미 준이치로"),
    ("Koizumi Jun'ichiro", "고이즈미 준이치로"),
    ("Yamanaka Shinya", "야마나카 신야"),
    ("Shin'ya", "신야"),
    ("Sanyo", "산요"),
    ("Shinetsu", "신에쓰"),
    ("Onna", "온나"),
    ("Shimbun", "신문"),
])
def test_moraic_n(romaji: str, hangul: str) -> None:
    assert transliterate(romaji).standard == hangul


@pytest.mark.parametrize(("romaji", "origin"), [
    ("Takaichi Sanae", "rules"),
    ("Tokyo", "rules"),  # respelt Tōkyō, same standard
    ("Horyu-ji", "rules"),
    ("Koizumi Jun'ichiro", "rules"),
    ("Koizumi Junichiro", "exception"),  # the rules alone give 주니치로
    ("Niigata", "exception"),  # the rules alone give 니이가타
    ("Asahi Shimbun", "exception"),
])
def test_origin(romaji: str, origin: str) -> None:
    assert transliterate(romaji).origin == origin


def test_exception_list_is_small_and_used() -> None:
    assert dict(EXCEPTIONS) == {"shimbun": "신문", "shinbun": "신문"}
    assert transliterate("Yomiuri Shimbun").standard == "요미우리 신문"
    for plain, hepburn in RESPELLINGS.items():
        assert transliterate(plain).standard == transliterate(hepburn).standard


@pytest.mark.parametrize(("romaji", "included"), [
    ("Takaichi", ("타카이치", "다카이찌", "타카이찌")),
    ("Osaka", ("오오사카",)),
    ("Ōsaka", ("오오사카",)),
    ("Tokyo", ("토쿄", "도오쿄오", "토오쿄오")),
    ("Tsushima", ("츠시마", "쯔시마")),
    ("Kyushu", ("큐슈", "규우슈우", "큐우슈우")),
    ("Matsuno", ("마츠노", "마쯔노")),
    ("Kishida Fumio", ("키시다 후미오",)),
    ("Kono Taro", ("코노 타로", "고오노 다로오", "코오노 타로오")),
    ("Niigata", ("니이가타",)),
    ("Takaichi Sanae", ("타카이치 사나에", "다카이찌 사나에", "타카이찌 사나에")),
])
def test_nonstandard_variants(romaji: str, included: tuple[str, ...]) -> None:
    result = transliterate(romaji)
    for variant in included:
        assert variant in result.nonstandard
    assert result.standard not in result.nonstandard
    assert len(set(result.nonstandard)) == len(result.nonstandard)


@pytest.mark.parametrize(("romaji", "nonstandard"), [
    ("Tokyo", ("토쿄", "도오쿄오", "토오쿄오")),
    ("Takaichi", ("타카이치", "다카이찌", "타카이찌")),
    ("Tsushima", ("츠시마", "쯔시마")),
    ("Sapporo", ()),  # nothing to aspirate, lengthen or tense
    ("Gunma", ()),
])
def test_nonstandard_order_is_fixed(romaji: str, nonstandard: tuple[str, ...]) -> None:
    assert transliterate(romaji).nonstandard == nonstandard
    assert transliterate(romaji) == transliterate(romaji)


def test_voiced_initials_are_not_aspirated_in_variants() -> None:
    assert transliterate("Gunma").nonstandard == ()
    assert "키후" not in transliterate("Gifu").nonstandard


def test_result_is_frozen() -> None:
    result = transliterate("Nara")
    assert isinstance(result, Transliteration)
    with pytest.raises(AttributeError):
        result.standard = "나라"  # type: ignore[misc]


@pytest.mark.parametrize(("romaji", "kana"), [
    ("Takaichi Sanae", [["た", "か", "い", "ち"], ["さ", "な", "え"]]),
    ("Tōkyō", [["と", "ー", "きょ", "ー"]]),
    ("Tokyo", [["と", "きょ"]]),  # as written: no respelling
    ("Tarō Ōe", [["た", "ろ", "ー"], ["お", "ー", "え"]]),
    ("Tookyoo", [["と", "ー", "きょ", "ー"]]),
    ("Ryūkyū", [["りゅ", "ー", "きゅ", "ー"]]),
    ("Hokkaido", [["ほ", "っ", "か", "い", "ど"]]),
    ("Horyu-ji", [["ほ", "りゅ", "じ"]]),
    ("Shinkansen", [["し", "ん", "か", "ん", "せ", "ん"]]),
    ("Jun'ichiro", [["じゅ", "ん", "い", "ち", "ろ"]]),
    ("Junnichi", [["じゅ", "ん", "に", "ち"]]),
    ("Junn", [["じゅ", "ん"]]),
    ("Shimbun", [["し", "ん", "ぶ", "ん"]]),
    ("Matcha", [["ま", "っ", "ちゃ"]]),
    ("Kocchi", [["こ", "っ", "ち"]]),
    ("Misshitsu", [["み", "っ", "し", "つ"]]),
    ("Inoue", [["い", "の", "う", "え"]]),
    ("Ohira", [["お", "ひ", "ら"]]),
    ("Meiji", [["め", "い", "じ"]]),
    ("Wo", [["を"]]),
    ("Gyoza Ryokan Myojo Hyakumanben Byodo Pyonyan",
     [["ぎょ", "ざ"], ["りょ", "か", "ん"], ["みょ", "じょ"],
      ["ひゃ", "く", "ま", "ん", "べ", "ん"], ["びょ", "ど"], ["ぴょ", "にゃ", "ん"]]),
])
def test_to_kana_syllables(romaji: str, kana: list[list[str]]) -> None:
    assert to_kana_syllables(romaji) == kana


@pytest.mark.parametrize(("romaji", "hangul"), [
    ("Kyoka", "교카"),  # word-initial きょ unaspirated, medial か aspirated
    ("Chaya", "자야"),
    ("Ochazuke", "오차즈케"),
    ("Tatchi", "닷치"),
    ("Tsutsumi", "쓰쓰미"),
    ("Izu", "이즈"),
    ("Fuji", "후지"),
    ("Shakujii", "샤쿠지이"),
    ("Ishikawa Yasushi", "이시카와 야스시"),
])
def test_kana_table(romaji: str, hangul: str) -> None:
    assert transliterate(romaji).standard == hangul


@pytest.mark.parametrize("word", [
    "Takaichi", "Osaka", "Ōsaka", "Nara", "Ishiba", "Waseda", "Josei", "Ube", "Sanae",
    "Maebashi", "Hideo", "Horyu-ji", "Shin-Osaka", "TOKYO", "Kyūshū", "Inoue", "Jun'ichiro",
])
def test_looks_japanese(word: str) -> None:
    assert looks_japanese(word)


@pytest.mark.parametrize("word", [
    "Lee", "Choi", "Michigan", "Seoul", "Sung-lac", "Jae-myung", "Eunmi",
    "Moon", "Yoon", "Jae-in", "Ji-hoon", "Hee", "Suwon", "Jeon", "Busan", "Korea", "Japan",
    "Kim", "Park", "In", "Oh", "", "Takaichi Sanae", "Tokyo!", "McDonald",
])
def test_does_not_look_japanese(word: str) -> None:
    assert not looks_japanese(word)


@pytest.mark.parametrize("romaji", [
    "", "   ", "Lee", "Seoul", "Sung-lac", "Takaichi3", "Matt", "Tokyo!", "Horyu--ji", "-ji",
    "N'gata", "Asia", "Tsa", "Jeju", "Kim", "Shinn'kka",
])
def test_not_romaji_raises(romaji: str) -> None:
    with pytest.raises(ValueError):
        transliterate(romaji)


def test_error_message_names_the_word() -> None:
    with pytest.raises(ValueError, match="'seoul' is not Hepburn romaji"):
        transliterate("Seoul")
    with pytest.raises(ValueError):
        to_kana_syllables("Lee Jae-myung")


@pytest.mark.parametrize(("name", "ordered"), [
    # Western order turned: the first word ends like a given name, the second like a family name
    ("Fumio Kishida", "Kishida Fumio"),
    ("Shigeo Tokuda", "Tokuda Shigeo"),
    ("Ryuichi Kadowaki", "Kadowaki Ryuichi"),
    ("Shinzo Abe", "Abe Shinzo"),
    ("Yoshihide Suga", "Suga Yoshihide"),
    ("Kenzaburo Oe", "Oe Kenzaburo"),
    ("Yui Tanaka", "Tanaka Yui"),
    ("Mari Kondo", "Kondo Mari"),  # ri: a given name's ending; do: a family name's
    ("Yoshiro Mori", "Mori Yoshiro"),  # mori: a family name's, longer than ri
    # already family name first, or undecided: kept as written
    ("Kishida Fumio", "Kishida Fumio"),
    ("Takaichi Sanae", "Takaichi Sanae"),
    ("Haruki Murakami", "Haruki Murakami"),
    ("Tokuda", "Tokuda"),
    # a given name in ue (Kazue, Harue) ends as a family name does (Inoue): undecided
    ("Abiru Kazue", "Abiru Kazue"),
    ("Kazue Abiru", "Kazue Abiru"),
])
def test_family_name_first(name, ordered):
    from yongeo.text.japanese import family_name_first

    assert family_name_first(name) == ordered


@pytest.mark.parametrize(("term", "entry_type", "korean"), [
    ("Fumio Kishida", "person", "기시다 후미오"),
    ("Shigeo Tokuda", "person", "도쿠다 시게오"),
    ("Takaichi Sanae", "person", "다카이치 사나에"),
    # English words are not read as Japanese (세나테, 부레아우)
    ("Senate", "organization", "상원"),  # the lexicon knows it: translated
    ("Bureau", "organization", None),
])
def test_japanese_suggestions_surname_first_and_no_english_words(term, entry_type, korean):
    from yongeo.extract.suggest import Suggester

    suggestion = Suggester().suggest(term, entry_type)
    assert (suggestion.korean if suggestion else None) == korean


@pytest.mark.parametrize(("name", "ordered"), [
    ("Fumio Kishida", "Kishida Fumio"),
    ("Kishida Fumio", "Kishida Fumio"),
    ("Minoru Kihara", "Kihara Minoru"),
    ("Tanaka Yui", "Tanaka Yui"),  # -naka a family name's ending, not -ka a given name's
    ("Taro Fukui", "Fukui Taro"),  # -kui (福井) a family name's, longer than Yui's -ui
    ("Matsui Kazumi", None),  # -tsui a family name's, and Kazumi ends as Koizumi does
])
def test_family_name_known(name, ordered):
    from yongeo.text.japanese import family_name_known

    assert family_name_known(name) == ordered


def test_family_name_known_is_the_same_either_way_or_none():
    from yongeo.text.japanese import family_name_known

    for name in ("Aso Taro", "Sanae Takaichi", "Ishiba Shigeru", "Ono Yoko"):
        first, second = name.split()
        assert family_name_known(name) == family_name_known(f"{second} {first}")
    assert family_name_known("Kishida") is None
