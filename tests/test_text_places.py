"""Places a Korean text names, and how an English text names them (CLDR through Babel)."""

from __future__ import annotations

import pytest

from yongeo.text.places import (
    adjective_mentions,
    capital_of,
    countries_by_city,
    country_code,
    country_names,
    english_places_in,
    korean_country_before,
    korean_local_body,
    korean_places_in,
    names_a_local_body,
    names_pair_implicitly,
    pair_orders,
    pair_phrasings,
    place_key,
    place_mentions,
)


@pytest.mark.parametrize(("text", "places"), [
    ("이라크 정부는 이란과 회담했다.", ["이라크", "이란"]),  # a word, a word with a particle
    ("이 영국인은 말했다.", ["영국"]),  # a person of the place
    ("팔레스타인 자치정부", ["팔레스타인"]),  # CLDR's 팔레스타인 지구 without its generic word
    ("한국과 대한민국", ["한국", "대한민국"]),  # the name prose writes, and CLDR's
    ("아시아와 유럽", ["아시아", "유럽"]),  # continents
    ("동남아시아와 동유럽", ["동남아시아", "동유럽"]),  # a continent's parts by a compass word
    ("도쿄에서", ["도쿄"]),  # a city of the time zones
    # a name that begins another word is no place
    ("인도적 지원", []),
    ("미국산 쇠고기", []),  # a place suffix (产): not counted as the place standing alone
    ("중국어로", []),  # the language
    ("워싱턴과의 통화", ["워싱턴"]),  # a capital no time zone is named after
    ("베이징올림픽 출전", []),  # the Games named after it: a word of its own
])
def test_korean_places_in(text, places):
    assert korean_places_in(text) == places


@pytest.mark.parametrize(("text", "korean", "count"), [
    ("Iraq and Iran", "이라크", 1),
    ("the U.S. Congress and US troops", "미국", 2),  # codes in capitals
    ("the United States of America", "미국", 1),  # one mention, however long
    ("American officials", "미국", 1),  # an adjective
    ("Iraqis said Iraq", "이라크", 2),
    ("British troops", "영국", 1),
    ("French President", "프랑스", 1),
    ("Palestinian President", "팔레스타인", 1),
    # not the place
    ("they told us", "미국", 0),  # the pronoun is no code
    ("in Baghdad", "이라크", 0),  # a city is not its country (see country_names)
    ("in Iraq", "이란", 0),
])
def test_place_mentions(text, korean, count):
    assert place_mentions(text, korean) == count


@pytest.mark.parametrize(("english", "names"), [
    ("Baghdad", {"이라크"}),  # a time zone's exemplar city
    ("Beijing", {"중국"}),  # a capital no time zone is named after
    ("Seoul", {"대한민국", "한국", "남한"}),
    ("London", {"영국"}),
    ("Iraq", {"이라크"}),  # a country is its own
    ("Osaka", set()),  # a city CLDR does not place
])
def test_country_names(english, names):
    assert country_names(english) == names


@pytest.mark.parametrize(("english", "code"), [
    ("Japan", "JP"), ("South Korea", "KR"), ("the United States", None), ("United States", "US"),
    ("U.S.", "US"), ("US", "US"), ("America", "US"), ("Britain", "GB"), ("Turkey", "TR"),
    ("Burma", "MM"), ("Myanmar", "MM"), ("Hong Kong", "HK"),
    # Cities, institutions and other words are no country.
    ("Tokyo", None), ("Beijing", None), ("European Union", None), ("United Nations", None),
    ("Josei coal mine", None),
])
def test_country_code(english, code):
    assert country_code(english) == code


@pytest.mark.parametrize(("text", "places"), [
    ("The Chinese government and the U.S. met in New York with Japan's envoy.",
     ["중국", "미국", "뉴욕", "일본"]),
    ("Iraqis and Americans in Baghdad", ["이라크", "미국", "바그다드"]),
    ("the United States of America and South Korea", ["미국", "대한민국"]),
    ("From Dallas, Texas to Dabancheng, China", ["중국"]),
    # Capitalised words that are no place, and an adjective of two countries.
    ("Lawrence Livermore National Laboratory said", []),
    ("the Korean side", ["대한민국", "북한"]),
    ("South Korean President Lee", ["대한민국"]),  # the point opens one Korea's name
    ("North Korean missiles and a South African envoy", ["북한", "남아프리카"]),
    ("He became Prime Minister in China.", ["중국"]),  # before a sentence's full stop
    ("He went to the U.S. today", ["미국"]),
    ("Southeast Asia and Eastern Europe", ["동남아시아", "동유럽"]),  # a continent's parts
    # Capitals no time zone is named after, by their Korean names.
    ("calls with Washington and Beijing", ["워싱턴", "베이징"]),
    ("New Delhi's view", ["뉴델리"]),
])
def test_english_places_in(text, places):
    assert english_places_in(text) == places


@pytest.mark.parametrize(("names", "same"), [
    (("한국", "대한민국"), True), (("미국", "미국"), True), (("미국", "일본"), False),
    (("베이징", "중국"), False), (("뉴욕", "뉴욕"), True),
])
def test_place_key_is_one_per_country(names, same):
    assert (place_key(names[0]) == place_key(names[1])) is same


@pytest.mark.parametrize(("text", "country"), [
    ("미 국방부", "미국"), ("이스라엘 국방부", "이스라엘"), ("영국의 국방부", "영국"),
    ("대한민국 국방부", "대한민국"), ("일본 외무성", "일본"),
    # No country right before it: none, a city, a determiner, a word written on.
    ("국방부", None), ("베이징 국방부", None), ("그 국방부", None), ("미국방부", None),
    # 중 as China's short form, and as the bound noun after a noun (during the visit).
    ("중 국방부", "중국"), ("한·중 국방부", "중국"), ("방일 기간 중 국방부", None),
    ("회의 중 국방부", None),
])
def test_korean_country_before(text, country):
    assert korean_country_before(text, len(text) - 3) == country


@pytest.mark.parametrize(("text", "codes", "count"), [
    ("The Japanese government and Japanese firms", {"JP"}, 2),
    ("Americans and Iraqis", {"US"}, 1), ("The Chinese side", {"JP"}, 0), ("Japanese", set(), 0),
])
def test_adjective_mentions(text, codes, count):
    assert adjective_mentions(text, codes) == count


@pytest.mark.parametrize(("term", "orders"), [
    ("Korea-Japan relations", ("Japan-Korea relations",)),
    ("U.S.-Japan alliance", ("Japan-U.S. alliance",)),
    ("ROK–Japan summit", ("Japan–ROK summit",)),  # the dash kept
    ("Lee–Takaichi summit", ()),  # persons, not places
    ("Sino-Japanese war", ()),  # Sino is a prefix, not a place
    ("shuttle diplomacy", ()),
    ("Korea-Japan-China summit", ("Korea-China-Japan summit", "Japan-Korea-China summit",
                                  "Japan-China-Korea summit", "China-Korea-Japan summit",
                                  "China-Japan-Korea summit")),  # three, in any order
    ("Lee-Takaichi-Xi summit", ()),
])
def test_pair_orders(term, orders):
    assert pair_orders(term) == orders


def test_pair_orders_with_other_names():
    names = {"Korea": ("ROK", "South Korea")}
    assert pair_orders("Korea-Japan cooperation", names) == (
        "Japan-Korea cooperation", "ROK-Japan cooperation", "Japan-ROK cooperation",
        "South Korea-Japan cooperation", "Japan-South Korea cooperation")


@pytest.mark.parametrize(("text", "countries"), [
    ("Seoul hopes Tokyo will play a more active role.", {"대한민국", "한국", "남한", "일본"}),
    ("Tokyo's decision surprised many.", {"일본"}),
    ("The Tokyo government said so.", {"일본"}),
    ("Officials met in Seoul on Monday.", set()),  # where, not who
    ("Flights to Tokyo were cancelled.", set()),
    ("Tokyo Tower was closed.", set()),  # a name the city begins
    ("He lives in Tokyo, Japan.", set()),
    ("Japan hopes for more.", set()),  # a country is no city standing for it
])
def test_countries_by_city(text, countries):
    assert countries_by_city(text) == countries


@pytest.mark.parametrize(("text", "noun", "named"), [
    ("the local government of Ube led it", "local government", True),
    ("Ube's local government led it", "local government", True),
    ("the municipal government of Yamaguchi City", "municipal government", True),
    ("local governments led it", "local governments", False),  # no place's
    ("the local government said", "local government", False),
    ("the summit of Tokyo", "summit", False),  # no local body noun
])
def test_names_a_local_body(text, noun, named):
    start = text.index(noun)
    assert names_a_local_body(text, start, start + len(noun)) is named


@pytest.mark.parametrize(("text", "named"), [
    ("우베시가 수색을 주도했다", True),
    ("야마구치현은 밝혔다", True),
    ("시부야구에서", True),
    ("연합군이 주도했다", False),  # 군 is not read
    ("외교부가 주도할 가능성도 있다", False),  # nor 부, 도
    ("당시에 주도했다", False),  # one syllable before 시
])
def test_korean_local_body(text, named):
    assert korean_local_body(text) is named


def test_pair_phrasings():
    names = {"Korea": ("ROK",)}
    assert pair_phrasings("Korea-Japan relations", names) == (
        "Korean-Japanese relations", "Japanese-Korean relations", "Seoul-Tokyo relations",
        "Tokyo-Seoul relations", "relations between Korea and Japan",
        "relations between Japan and Korea", "relations between the ROK and Japan",
        "relations between Japan and the ROK", "relations between ROK and Japan",
        "relations between Japan and ROK", "relations between Seoul and Tokyo",
        "relations between Tokyo and Seoul")
    assert "alliance between the United States and Japan" in pair_phrasings(
        "U.S.-Japan alliance", {"U.S.": ("United States",)})
    assert pair_phrasings("Lee–Takaichi summit") == ()  # persons


@pytest.mark.parametrize(("code", "capital"), [
    ("KR", "Seoul"), ("JP", "Tokyo"), ("US", "Washington"), ("CN", "Beijing"),
    ("RU", None),  # several time zones, no capital in the list
])
def test_capital_of(code, capital):
    assert capital_of(code) == capital


@pytest.mark.parametrize(("text", "found"), [
    ("Bilateral relations have improved.", True),
    ("Relations between the two countries have improved.", True),
    ("The two neighbors' relations have improved.", True),
    ("Relations between the two leaders have improved.", False),
    ("Trade relations have improved.", False),
])
def test_names_pair_implicitly(text, found):
    assert names_pair_implicitly(text, "Korea-Japan relations") is found


@pytest.mark.parametrize(("text", "term", "held"), [
    ("It has given the relationship a rare stability.", "Korea-Japan relations", True),
    ("Ties have improved markedly.", "Korea-Japan relations", True),
    ("It sent relations to their lowest point.", "Korea-Japan relations", True),
    ("when they meet for a summit in Nara", "Korea-Japan summit", True),
    ("China-Japan ties soured.", "Korea-Japan relations", False),  # another pair's
    ("South Korea's ties with China", "Korea-Japan relations", False),
    ("a trilateral summit", "Korea-Japan summit", False),
    ("security cooperation", "Korea-Japan cooperation", False),  # another's, as often
    ("the relationship", "Lee–Takaichi summit", False),  # no pair of countries
    ("at their January summit in Nara", "Korea-Japan summit", True),  # a word of when
    ("the first summit", "Korea-Japan summit", True),
    ("at Japan's first summit", "Korea-Japan summit", False),  # another's
    ("since the Basic Treaty was signed", "Korea-Japan Basic Treaty", True),
    ("since the Basic Treaty of Friendship was signed", "Korea-Japan Basic Treaty", False),
])
def test_pair_head_alone(text, term, held):
    from yongeo.text.places import pair_head_alone

    assert pair_head_alone(text, term) is held


@pytest.mark.parametrize(("text", "codes"), [
    ("Seoul came up with a plan; Japanese firms balked.", {"KR", "JP"}),
    ("relations between Seoul and Tokyo", {"KR", "JP"}),
    ("South Korea and China", {"KR", "CN"}),
    ("the two leaders", set()),
    ("though Beijing has yet to confirm", {"CN"}),  # a capital CLDR gives no Korean name
    ("since the Korea-Japan summit in Nara", {"KR", "JP"}),  # a pair written with a hyphen
    ("Korea and Japan met", {"KR", "JP"}),  # Korea alone
    ("North Korea fired", {"KP"}),  # not Korea
])
def test_countries_named(text, codes):
    from yongeo.text.places import countries_named

    assert countries_named(text) == codes


@pytest.mark.parametrize(("text", "own"), [
    ("따라서 정부는 세 가지 조치를 취해야 한다.", True),
    ("우리 정부가 유감을 표명했다.", True),
    ("일본 정부는 반발했다.", False),  # another country's
    ("양국 정부는 합의했다.", False),  # both countries'
    ("정부청사에서 열렸다.", False),  # a longer word
])
def test_names_own_government(text, own):
    from yongeo.text.places import names_own_government

    assert names_own_government(text) is own


@pytest.mark.parametrize(("text", "country", "named"), [
    ("In Beijing, a Foreign Ministry spokesperson said so.", "China", True),
    ("Tokyo's decision", "Japan", True),
    ("in Tokyo", "China", False),  # another country's capital
    ("Pekingese dogs", "China", False),
])
def test_names_capital_of(text, country, named):
    from yongeo.text.places import names_capital_of

    assert names_capital_of(text, country) is named


@pytest.mark.parametrize(("text", "term", "split"), [
    ("Beijing has yet to confirm amid tensions with Tokyo over Taiwan.",
     "Japan-China tension", True),
    ("China protested amid tension with Japan.", "Japan-China tension", True),
    ("amid tensions with Tokyo over Taiwan", "Japan-China tension", False),  # one side only
    ("Seoul eased tensions with Beijing.", "Japan-China tension", False),  # another pair
])
def test_pair_split_by_with(text, term, split):
    from yongeo.text.places import pair_split_by_with

    assert pair_split_by_with(text, term) is split


@pytest.mark.parametrize(("text", "actor"), [
    ("Tokyo, too, needs to hear this.", True),
    ("Seoul, for its part, agreed.", True),
    ("Tokyo, Japan, is large.", False),  # the city, then its country
])
def test_named_as_actor_before_an_aside(text, actor):
    from yongeo.text.places import named_as_actor

    assert named_as_actor(text, 0, 5) is actor


@pytest.mark.parametrize(("korean", "nouns"), [
    ("독도", ("island", "islet")),  # 島
    ("하시마섬", ("island", "islet")),
    ("사도광산", ("mine",)),  # the longest suffix
    ("조세이 탄광", ("mine", "colliery")),
    ("야스쿠니 신사", ("shrine",)),
    ("나라현", ("prefecture",)),
    ("도쿄", ()),
    ("도", ()),  # the suffix alone is no name
])
def test_kind_nouns(korean, nouns):
    from yongeo.text.places import kind_nouns

    assert kind_nouns(korean) == nouns


@pytest.mark.parametrize(("text", "actor"), [
    ("drawing a swift protest from Seoul only months later", True),  # a government's word
    ("it would continue to explain that position to Seoul", True),
    ("they sent a letter to Tokyo", True),
    ("the first flight to Tokyo", False),  # where someone goes
    ("officials traveled from Seoul to Tokyo", False),
])
def test_named_as_actor_as_the_party_addressed(text, actor):
    from yongeo.text.places import named_as_actor

    city = "Tokyo" if text.endswith("Tokyo") else "Seoul"
    start = text.rindex(city)
    assert named_as_actor(text, start, start + 5) is actor


@pytest.mark.parametrize(("text", "term", "named"), [
    ("to Nara, my home prefecture", "Nara Prefecture", True),
    ("visitors to Hashima found it empty", "Hashima Island", True),
    ("to Naraha, a town", "Nara Prefecture", False),  # a longer word
    ("to Nara", "Josei coal mine", False),  # no noun of a kind English drops
    ("the 136 Korean victims of Chosei", "Chosei coal mine", True),  # a site's two kind words
    ("Why put Hashima and Sado in one film?", "Sado gold mine", True),
    ("Why put Hashima and Sado in one film?", "Sado mine", False),  # one word: mine
    # a kind's noun after the name names a place of that kind
    ("The Sado coal mine on Sado Island was inscribed.", "Sado gold mine", False),
    ("The Sado coal mine was inscribed; Sado drew visitors.", "Sado gold mine", True),
    ("the tunnels of the Josei mine", "Josei coal mine", True),  # the kind's head
])
def test_name_without_kind(text, term, named):
    from yongeo.text.places import name_without_kind

    assert name_without_kind(text, term) is named


@pytest.mark.parametrize(("word", "name"), [
    ("지바현", "지바"),
    ("후쿠시마산", "후쿠시마"),
    ("쓰시마섬", "쓰시마"),
    ("도쿄역", "도쿄"),
    ("지바", None),  # no suffix left after a name
    ("한시", None),  # two syllables: a suffix would leave one
    ("일본인", None),
])
def test_without_place_suffix(word, name):
    from yongeo.text.places import without_place_suffix

    assert without_place_suffix(word) == name


@pytest.mark.parametrize(("text", "term", "found"), [
    ("when relations between our countries became strained", "Korea-Japan relations", True),
    ("our two countries' relations", "Korea-Japan relations", True),
    ("ties between the two nations", "Korea-Japan relations", True),  # ties for relations
    ("cooperation between the two countries", "Korea-Japan cooperation", True),
    ("cooperation between the two countries", "Korea-Japan relations", False),
    ("relations between our peoples", "Korea-Japan relations", False),
    ("relations between Korea and China", "Korea-Japan relations", False),
    ("The two leaders held summits in Tokyo", "Korea-Japan summit", True),
    ("the two leaders' summit in Nara", "Korea-Japan summit", True),
    ("summits between the two leaders", "Korea-Japan summit", True),
    ("The two leaders met in Tokyo", "Korea-Japan summit", False),  # no summit named
    ("The two leaders held relations", "Korea-Japan relations", False),  # not a meeting
])
def test_pair_by_both(text, term, found):
    from yongeo.text.places import pair_by_both

    assert pair_by_both(text, term) is found


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("normalizing diplomatic relations between Korea and Japan",
     "relations between Korea and Japan", True),
    ("economic relations between Korea and Japan", "relations between Korea and Japan", True),
    ("bilateral relations between Korea and Japan", "relations between Korea and Japan",
     False),  # bilateral: the pair's relations themselves
    ("improving relations between Korea and Japan", "relations between Korea and Japan",
     False),
    # relations normalized or established: diplomatic ones (국교 정상화, 수교)
    ("the normalization of relations between Japan and the Republic of Korea",
     "relations between Japan and the Republic of Korea", True),
    ("since they normalized relations between Korea and Japan",
     "relations between Korea and Japan", True),
    ("the establishment of relations between Korea and Japan",
     "relations between Korea and Japan", True),
    ("the state of relations between Korea and Japan", "relations between Korea and Japan",
     False),
])
def test_relations_of_a_kind(text, phrase, kind):
    from yongeo.text.places import relations_of_a_kind

    start = text.index(phrase)
    assert relations_of_a_kind(text, start, start + len(phrase)) is kind


@pytest.mark.parametrize(("text", "term", "renamed"), [
    ("사도 금산의 갱도에서", "사도광산", True),
    ("사도 금산에서", "사도광산", True),
    ("사도섬에서", "사도광산", False),  # an area's noun: the island holds the mine
    ("사도광산에서", "사도광산", False),
    ("사도 금산물", "사도광산", False),  # a longer word
    ("호류 신사", "호류지", False),  # 지 is no site noun of the table
    ("야스쿠니 박물관", "야스쿠니 신사", True),
])
def test_korean_site_renamed(text, term, renamed):
    from yongeo.text.places import korean_site_renamed

    assert korean_site_renamed(text, term) is renamed


@pytest.mark.parametrize(("text", "capital", "korean", "named"), [
    ("한국 정부는 환영했다", "Seoul", "서울", True),
    ("한미일은 공조를 강화했다", "Seoul", "서울", True),  # the short form in a compound
    ("한미일은 공조를 강화했다", "Tokyo", "도쿄", True),
    ("부산에서 열렸다", "Seoul", "서울", False),
])
def test_names_country_of_capital(text, capital, korean, named):
    from yongeo.text.places import names_country_of_capital

    assert names_country_of_capital(text, capital, korean) is named


@pytest.mark.parametrize(("term", "variants"), [
    ("Korea-Japan relations", ("Korea-Japan ties", "Korea-Japan relationship")),
    ("Korea-Japan ties", ("Korea-Japan relations", "Korea-Japan relationship")),
    ("Korea-Japan summit", ()),  # no relations
])
def test_relation_head_variants(term, variants):
    from yongeo.text.places import relation_head_variants

    assert relation_head_variants(term) == variants


@pytest.mark.parametrize(("text", "spans"), [
    ("Key Korea-Japan risk events", [(4, 20)]),
    ("a Japan-Korea expert", [(2, 20)]),  # either order
    ("Korea-Japan ties", []),  # another word for relations
    ("China-Japan tension", []),  # another pair
])
def test_pair_as_modifier(text, spans):
    from yongeo.text.places import pair_as_modifier

    assert pair_as_modifier(text, "Korea-Japan relations") == spans


def test_pair_as_modifier_is_for_relations_only():
    from yongeo.text.places import pair_as_modifier

    assert pair_as_modifier("the Korea-Japan Joint Communiqué of 1998",
                            "Korea-Japan Joint Declaration") == []


@pytest.mark.parametrize(("text", "end", "term", "other"), [
    ("야스쿠니 사원에는", 4, "야스쿠니 신사", True),  # a temple's noun
    ("야스쿠니사원을", 4, "야스쿠니 신사", True),  # written onto it
    ("야스쿠니 신사에는", 4, "야스쿠니 신사", False),  # the term's own noun
    ("야스쿠니 참배", 4, "야스쿠니 신사", False),  # no site's noun
    ("야스쿠니 사원들의", 4, "야스쿠니 신사", True),  # 들 and 의: particles
    ("쓰시마박물관에서는", 3, "대마도", False),  # 쓰시마 is no short form of 대마도
])
def test_korean_kind_after(text, end, term, other):
    from yongeo.text.places import korean_kind_after

    assert korean_kind_after(text, end, term) is other


@pytest.mark.parametrize(("text", "name", "term", "other"), [
    ("She visited Yasukuni Temple.", "Yasukuni", "Yasukuni Shrine", True),
    ("She visited Yasukuni Shrine.", "Yasukuni", "Yasukuni Shrine", False),  # its own noun
    ("She visited Yasukuni last year.", "Yasukuni", "Yasukuni Shrine", False),  # no site noun
    ("She visited Yasukuni Museum.", "Yasukuni", "Yasukuni Shrine", True),
    ("On Tsushima Museum", "Tsushima", "Tsushima", False),  # the term names no site
])
def test_english_kind_after(text, name, term, other):
    from yongeo.text.places import english_kind_after

    start = text.index(name)
    assert english_kind_after(text, start, start + len(name), term) is other


@pytest.mark.parametrize(("text", "source", "words"), [
    ("seafood from Fukuoka", "후쿠시마산 수산물", ["Fukuoka"]),  # one prefecture for another
    ("seafood from Fukuoka", "후쿠오카산 수산물", []),  # the source's own place
    ("Japanese seafood", "일본산 수산물", []),  # the name's own adjective
    ("seafood from Fukushima", "후쿠시마산 수산물", []),  # the name itself
    ("a Fukuda government", "후쿠시마", ["Fukuda"]),  # a person's name of like spelling too
    ("Fuku is short", "후쿠시마", []),  # too short a word
])
def test_lookalike_places(text, source, words):
    from yongeo.text.places import lookalike_places

    names = ["Fukushima", "Japan"]
    assert [text[a:b] for a, b in lookalike_places(text, names, source)] == words


@pytest.mark.parametrize(("text", "term", "named"), [
    ("President Lee held a summit with Prime Minister Takaichi of Japan.",
     "Korea-Japan summit", True),
    ("Lee held talks with Japanese officials in Seoul.", "Korea-Japan talks", True),
    ("Lee held a summit with Chinese Premier Li and Takaichi of Japan.",
     "Korea-Japan summit", False),  # a third country in the sentence
    ("Lee held a summit in Tokyo. He met Japan's leader.", "Korea-Japan summit", False),
    ("Ties with Japan improved.", "Korea-Japan relations", False),  # relations: one-sided
])
def test_names_pair_by_partner(text, term, named):
    from yongeo.text.places import names_pair_by_partner

    assert names_pair_by_partner(text, term) is named


@pytest.mark.parametrize(("name", "expected"), [
    ("Japan Coast Guard", "coast guard"),
    ("Korea Coast Guard", "coast guard"),
    ("Japanese Foreign Ministry", "foreign ministry"),
    ("Ministry of Foreign Affairs of Japan", "ministry of foreign affairs"),
    ("Korean National Police Agency", "national police agency"),
    ("ROK Navy", "navy"),
    ("Waseda University", "waseda university"),  # a name of its own, no country's
    ("Japan", ""),
])
def test_without_countries(name, expected):
    from yongeo.text.places import without_countries

    assert without_countries(name) == expected
