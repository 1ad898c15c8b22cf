"""Language knowledge: Korean jamo, choseong and particles; English plurals; folding."""

import importlib.util
import unicodedata

import pytest

from yongeo.text.compounds import compound_parts, compound_spellings, noun_modifier_spellings
from yongeo.text.english import (
    by_modifier_alone,
    derivational_stems,
    derived_from,
    head_noun,
    holds_doer_of,
    names_a_kind,
    names_persons,
    patient_noun,
    plural,
    postmodified,
    refers_by_head,
    refers_by_pronoun,
    singular_forms,
)
from yongeo.text.english_names import given_name_spellings
from yongeo.text.hyphenation import line_end_breaks
from yongeo.text.korean import (
    choseong,
    collective_of,
    decompose,
    is_choseong_query,
    is_particle_chain,
    jamo_distance,
    names_pair_by_both,
    names_pair_in_full,
    pair_orders,
    strip_particles,
    written_apart,
)
from yongeo.text.normalize import fold, nfc, nfc_mapped


@pytest.mark.parametrize(("text", "expected"), [
    ("셔틀외교", "ㅅㅌㅇㄱ"), ("국가안보실", "ㄱㄱㅇㅂㅅ"), ("다카이치 사나에", "ㄷㅋㅇㅊㅅㄴㅇ"),
])
def test_choseong(text, expected):
    assert choseong(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("ㅅㅌㅇㄱ", True), ("ㅅㅌ ㅇㄱ", True), ("셔틀", False), ("ㅏ", False), ("", False),
])
def test_is_choseong_query(query, expected):
    assert is_choseong_query(query) is expected


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("다카이치", "타카이치", 1),   # ㄷ -> ㅌ
    ("후쿠시마", "후꾸시마", 1),   # ㅋ -> ㄲ
    ("오사카", "오사카", 0),
])
def test_jamo_distance(a, b, distance):
    assert jamo_distance(a, b) == distance


def test_decompose_keeps_other_characters():
    assert decompose("한 A") == "ㅎㅏㄴ A"


@pytest.mark.parametrize(("tail", "expected"), [
    ("를", True), ("은", True), ("에서는", True), ("과의", True), ("으로부터", True),
    ("", True), ("장은", False), ("사카", False),
    # The copula's sentence-final forms end a chain, but for the quotative 는.
    ("다", True), ("였다는", True), ("다의", False), ("입니다만", False),
])
def test_particle_chains(tail, expected):
    assert is_particle_chain(tail) is expected


def test_strip_particles_keeps_longest_stem_first():
    assert strip_particles("국가안보실은") == ["국가안보실은", "국가안보실"]
    assert "셔틀외교" in strip_particles("셔틀외교에서는")


@pytest.mark.parametrize(("term", "expected"), [
    ("transnational crime", "transnational crimes"), ("policy", "policies"),
    ("approach", "approaches"), ("day", "days"), ("CPTPP", None), ("crisis", None),
])
def test_plural(term, expected):
    assert plural(term) == expected


def test_singular_forms():
    assert "crime" in singular_forms("crimes")
    assert "Takaichi" in singular_forms("Takaichi’s")
    assert "policy" in singular_forms("policies")


def test_nfc():
    nfd = unicodedata.normalize("NFD", "셔틀외교")
    assert nfc(nfd) == "셔틀외교"


@pytest.mark.parametrize(("text", "working", "spans"), [
    ("the National Security Ofﬁce", "the National Security Office", [(22, 27, 22, 26)]),
    ("ﬁnancial aﬄuence", "financial affluence", [(0, 9, 0, 8), (10, 19, 9, 16)]),
    ("셔틀외교", "셔틀외교", [(0, 4, 0, 4)]),
])
def test_ligatures_read_as_their_letters(text, working, spans):
    # A PDF's Latin ligatures (U+FB00-FB06) are their letters, each mapped back to the
    # ligature it was written with.
    assert nfc(text) == working
    mapped = nfc_mapped(text)
    assert mapped.text == working
    for start, end, original_start, original_end in spans:
        assert mapped.span(start, end) == (original_start, original_end)


@pytest.mark.parametrize(("text", "joined"), [
    ("the Kono State-\nment", ["State-ment"]),
    ("the denuclear-\n  ization of", ["denuclear-ization"]),  # blanks after the break
    ("Taka-\nichi said", ["Taka-ichi"]),  # the part after is no word on its own
    ("accord-\ning to", ["accord-ing"]),
    ("people-to-\npeople exchange", []),  # a compound's hyphen: topeople is no word
    ("Gyeongju-\nbased groups", []),
    ("Korea-\nJapan relations", []),  # never before a capital
    ("multi-\n2025", []),
    # a line's end that a copy made one space after the hyphen
    ("State- ment", []),  # both parts common words (ment is, in the data): kept apart
    ("Ministry of Foreign Af- fairs", ["Af-fairs"]),  # a first part of two letters
    ("local govern- ments", ["govern-ments"]),
    ("pre- and post-war", []),  # a suspended hyphen: preand is no word
    ("a two- or three-day visit", []),
    ("people- to-people", []),  # two words, joined none
])
def test_line_end_breaks(text, joined):
    assert [_around(text, start, end) for start, end in line_end_breaks(text)] == joined


def _around(text: str, start: int, end: int) -> str:
    """The word a break is inside, with the break as a hyphen."""
    before = text[:start].split()[-1]
    after = text[end:].split()[0]
    return f"{before}-{after}"


@pytest.mark.parametrize(("text", "word", "written"), [
    ("| Wi Sung-rak | Wi Sung-lac |", "Wi Sung-rak", True),
    ("Wi Sung-raked", "Wi Sung-rak", False),  # inside a longer word
    ("타카이치를 만났다", "타카이치", True),  # a particle after a Hangul word
    ("Korea", "Kore", False),
])
def test_written_as_word(text, word, written):
    from yongeo.text.normalize import written_as_word

    assert written_as_word(text, word) is written


@pytest.mark.parametrize(("text", "folded"), [
    ("Korea–Japan", "korea japan"),
    ("Korea-Japan\nrelations", "korea japan relations"),
    ("셔틀 외교를", "셔틀외교를"),
    ("Takaichi’s", "takaichi's"),
    ("“quoted”", '"quoted"'),
    ("a   b", "a b"),
    ("the Kōno Statement, Ryūkyū, Tôkyô", "the kono statement, ryukyu, tokyo"),  # Hepburn, Kunrei
    ("Pokémon Ōsaka", "pokemon osaka"),
    ("Straße, Ærø, Dıştaş", "straße, ærø, dıstas"),  # no plain letter with marks: kept
])
def test_fold(text, folded):
    assert fold(text).text == folded


def test_fold_maps_offsets_back():
    text = "일본  오사카에서 셔틀 외교를  논의"
    folded = fold(text)
    start = folded.text.index("셔틀외교")
    end = start + len("셔틀외교")
    assert text[folded.to_original(start):folded.to_original(end - 1) + 1] == "셔틀 외교"


@pytest.mark.parametrize(("text", "before", "country"), [
    ("The Russian Foreign Ministry", "Foreign", "러시아"),
    ("Russia’s Foreign Ministry", "Foreign", "러시아"),
    ("Japan's Defense Ministry", "Defense", "일본"),
    ("the U.S. State Department", "State", "미국"),
    ("the Foreign Ministry", "Foreign", None),
    ("Korean Foreign Ministry", "Foreign", None),  # two Koreas: no one country
    ("a North Korean Foreign Ministry spokesman", "Foreign", "북한"),  # one of the two
    ("the DPRK Foreign Ministry", "Foreign", "북한"),  # a country's initials
    ("Japan. Ministry of Foreign Affairs", "Ministry", "일본"),  # a catalog heading
    ("He met officials in Japan. Ministry staff said", "Ministry", None),  # a sentence's end
    # the compass word alone, for the country the text names with it
    ("North Korea fired. The North's foreign ministry said", "foreign", "북한"),
    ("The North's foreign ministry said", "foreign", None),  # no such country named
    ("the North Sea, the North's foreign ministry", "foreign", None),  # no country: a sea
])
def test_country_before(text, before, country):
    from yongeo.text.places import country_before

    assert country_before(text, text.index(before)) == country


@pytest.mark.parametrize(("term", "spellings"), [
    ("filename", ("file name",)), ("username", ("user name",)), ("user name", ("username",)),
    ("file name", ()),  # filename is too rare a word (Zipf 2.7) to be written solid
    ("keyring", ("key ring",)), ("workspace", ("work space",)),  # not works pace
    ("settings", ()), ("setting", ()),  # not set ting: ting is too rare a word
    # Not two nouns, not in use written solid, a name, a longer phrase.
    ("software", ()), ("however", ()), ("shuttle diplomacy", ()), ("stem cell", ()),
    ("Takaichi", ()), ("National Security Office", ()), ("e-mail", ()),
])
def test_compound_spellings(term, spellings):
    assert compound_spellings(term) == spellings


@pytest.mark.parametrize(("term", "spellings"), [
    ("cultural exchange", ("culture exchange",)), ("historical issue", ("history issue",)),
    ("economic security", ("economy security",)), ("regional city", ("region city",)),
    ("industrial policy", ("industry policy",)), ("commercial ties", ("commerce ties",)),
    # A name keeps its words; legal is no leg (too short a stem); no noun to go back to.
    ("National Security Office", ()), ("legal action", ()), ("bilateral relations", ()),
    ("humanitarian approach", ()), ("critical minerals", ()), ("cultural", ()),
])
def test_noun_modifier_spellings(term, spellings):
    assert noun_modifier_spellings(term) == spellings


@pytest.mark.parametrize(("term", "variants"), [
    ("Defense Ministry", ("Defence Ministry",)), ("Self-Defense Forces", ("Self-Defence Forces",)),
    ("forced labour", ("forced labor",)), ("forced labor", ("forced labour",)),
    ("working holiday program", ("working holiday programme",)), ("center", ("centre",)),
    ("organization", ("organisation",)), ("Defence Ministry", ("Defense Ministry",)),
    # No other spelling English writes: none; nor a short word's (four is no for).
    ("Korea-Japan relations", ()), ("humanitarian approach", ()), ("Japan Coast Guard", ()),
    ("Foundation for Victims", ()), ("your four hours", ()),
])
def test_spelling_variants(term, variants):
    from yongeo.text.english import spelling_variants

    assert spelling_variants(term) == variants


@pytest.mark.parametrize(("term", "word", "derived"), [
    ("President", "presidential", True), ("inauguration", "inaugural", True),
    ("terrorism", "terrorist", True), ("terrorism", "terror", True),
    ("modify", "modification", True), ("victim", "victims", True),
    # A derived verb in its inflections.
    ("institutionalization", "institutionalizing", True),
    ("inauguration", "inaugurated", True), ("modify", "modifying", True),
    # A verb's noun in -ing, by the verb's forms; no stem shorter than five letters.
    ("briefing", "briefed", True), ("briefing", "briefs", True), ("hearing", "heard", False),
    # Another word that begins alike, and no stem shorter than five letters.
    ("summit", "summitry", False), ("remains", "remained", False), ("key", "keys", True),
    ("key", "keynote", False),
])
def test_derived_from(term, word, derived):
    assert derived_from(word, derivational_stems(term)) is derived


@pytest.mark.parametrize(("term", "head"), [
    ("Ministry of National Defense", "ministry"), ("Defense Ministry", "ministry"),
    ("National Security Office", "office"), ("head of the National Security Office", "head"),
    ("President", None), ("U.S. Forces", "forces"), ("Korea-Japan summit", "summit"),
    ("Treaty on Basic Relations", "treaty"),  # the word before its complement
    ("Minister for Foreign Affairs of Japan", "minister"),
    ("Foundation for Victims of Forced Mobilization", "foundation"),
    ("Diplomatic Bluebook", "bluebook"),
    ("Japanese Embassy in Seoul", "embassy"), ("Korean residents in Japan", "residents"),
    ("Ambassador to Japan", "ambassador"),
])
def test_head_noun(term, head):
    assert head_noun(term) == head


@pytest.mark.parametrize(("text", "head", "refers"), [
    ("The ministry said so.", "ministry", True), ("its ministries agreed", "ministry", True),
    ("The presidential office said so.", "office", False), ("an office", "office", False),
    ("one of the most important issues for my Cabinet", "cabinet", True),  # a speaker's own
    ("and is acquiring counterstrike capabilities. The\nMinistry will monitor", "ministry",
     True),  # a hard-wrapped text: a line's end between the determiner and its noun
    ("The\n\nMinistry", "ministry", False),  # a paragraph apart
    ("the 1998 joint declaration", "joint declaration", True),  # a year after the article
    ("a drafter of 1998 joint declaration dies", "joint declaration", True),  # a headline's
    ("item 1998 joint declaration", "declaration", False),  # a modifier before the head
])
def test_refers_by_head(text, head, refers):
    assert refers_by_head(text, head) is refers


@pytest.mark.parametrize(("text", "rival"), [
    ("confidence in US expanded deterrence", True),  # a participle after a name: a rival
    ("high-level deterrence", True),
    ("Seoul's and Tokyo's deterrence", False),  # possessives
    ("the strengthened deterrence", False),  # after a determiner: a reference back
    ("extended deterrence", False),  # the term's own modifier
])
def test_names_head_otherwise(text, rival):
    from yongeo.text.english import names_head_otherwise

    assert names_head_otherwise(text, "deterrence", ("extended",)) is rival


@pytest.mark.parametrize(("text", "refers"), [
    ("He said so.", True), ("as she put it", True), ("his office", True),
    ("They said so.", False), ("Where the herd went", False),
])
def test_refers_by_pronoun_in_english(text, refers):
    assert refers_by_pronoun(text) is refers


@pytest.mark.parametrize(("word", "parts"), [
    ("keyring", (("key", "ring"),)), ("filename", (("file", "name"),)),
    ("monkey", ()), ("Keyring", ()), ("settings", ()),
])
def test_compound_parts(word, parts):
    assert compound_parts(word) == parts


@pytest.mark.parametrize(("text", "term", "found"), [
    ("the protection of intellectual property", "intellectual property protection", True),
    ("the import restrictions on Fukushima seafood", "seafood import restriction", True),
    ("restrictions on imports of seafood", "seafood import restriction", True),
    ("restrictions on seafood imports", "seafood import restriction", True),
    ("the accident at the Josei coal mine", "Josei coal mine accident", True),
    ("the safety of food", "food safety", True),
    ("the protection of the environment", "intellectual property protection", False),
    ("intellectual property", "intellectual property protection", False),
    ("the protection", "protection", False),  # one word: nothing to put after
])
def test_postmodified(text, term, found):
    assert postmodified(text, term) is found


@pytest.mark.parametrize(("text", "term", "found"), [
    ("Korea continues to restrict seafood imports from Fukushima.",
     "restrictions on seafood imports", True),
    ("Korea continues to restrict seafood imports.", "seafood import restriction", True),
    ("Tokyo restricted Fukushima seafood imports.", "seafood import restriction", True),
    ("Japan moved to control exports of chips.", "export controls", True),
    ("the two sides agreed to normalize relations", "normalization of relations", True),
    # a noun that is its verb, in its own plural, is the noun: Japan's controls, the talks
    ("Japan controls exports of chips.", "export controls", False),
    ("the talks and working-level meetings", "working-level talks", False),
    ("Korea continues to inspect seafood imports.", "seafood import restriction", False),
    ("It restricted the seafood trade.", "restrictions on seafood imports", False),
    ("Restrict them.", "restriction", False),  # one word: no object
    ("They will keep up shuttle diplomacy.", "shuttle diplomacy", False),  # no verb in it
    # an adjective made from a noun stands as that noun after the verb
    ("air routes that help to revitalize the regions", "regional revitalization", True),
    ("air routes that help to revitalize the economy", "regional revitalization", False),
])
def test_verbal(text, term, found):
    from yongeo.text.english import verbal

    assert verbal(text, term) is found


@pytest.mark.parametrize(("text", "count"), [
    ("Motegi and his South Korean counterpart, Cho Hyun", 1),
    ("the two counterparts met", 1), ("no one else", 0), ("Counterparts met", 1),
])
def test_counterparts(text, count):
    from yongeo.text.english import counterparts

    assert counterparts(text) == count


@pytest.mark.parametrize(("term", "verbal"), [
    ("forcibly mobilized", True), ("forced to work", True),
    ("forced labor", False), ("forced mobilization", False),  # nouns
    ("took office", False),  # its last word a noun
    ("mobilized", False),  # one word: a verb, not a phrase
])
def test_is_verbal_phrase(term, verbal):
    from yongeo.text.english import is_verbal_phrase

    assert is_verbal_phrase(term) is verbal


@pytest.mark.parametrize(("noun", "verb"), [
    ("restrictions", "restrict"), ("controls", "control"), ("normalization", "normalize"),
    ("cooperation", "cooperate"), ("consultation", "consult"), ("management", "manage"),
    ("diplomacy", None), ("safety", None), ("Restrictions", None),
])
def test_action_verb(noun, verb):
    from yongeo.text.english import action_verb

    assert action_verb(noun) == verb


@pytest.mark.parametrize(("term", "text", "word", "longer"), [
    ("Korea-Japan cooperation", "U.S.–Korea–Japan cooperation after Gyeongju", "Korea", True),
    ("Korea-Japan cooperation", "U.S.-Korea-Japan cooperation", "Korea", True),
    ("Korea-Japan cooperation", "China-Korea-Japan cooperation", "Korea", True),
    ("Korea-Japan cooperation", "Korea-Japan cooperation", "Korea", False),
    ("Korea-Japan cooperation", "the Seoul - Korea-Japan cooperation", "Korea", False),
    ("Korea-Japan cooperation", "anti-Korea-Japan cooperation", "Korea", False),  # lower case
    ("shuttle diplomacy", "U.S.-shuttle diplomacy", "shuttle", False),  # no pair in the term
])
def test_in_longer_dashed_group(term, text, word, longer):
    from yongeo.text.english import in_longer_dashed_group

    assert in_longer_dashed_group(term, text, text.index(word)) is longer


@pytest.mark.parametrize(("text", "found"), [
    ("History must not be ignored.", True),
    ("history remains a problem", True),
    ("the weight of history.", True),
    ("a history textbook", False),  # the noun modifies another
    ("the history of Japan", False),  # a phrase of its own
    ("historical issues", False),  # the term itself, found by the matcher
    ("sites that convey their full history.", False),  # something's own history
    ("its history", False),
])
def test_by_modifier_alone(text, found):
    assert by_modifier_alone(text, "history issue") is found


@pytest.mark.parametrize(("text", "term", "found"), [
    ("Korea is a major trading partner.", "trade", True),  # the verb's -ing form, a modifier
    ("a mining town in Kyushu", "mine", True),
    ("Japan is trading with Korea.", "trade", False),  # a function word after it
    ("Trading is up.", "trade", False),  # a verb after it
    ("a setting value", "set", False),  # setting, a noun of its own: another sense
    ("a meeting room", "meet", False),
])
def test_by_gerund_modifier(text, term, found):
    from yongeo.text.english import by_gerund_modifier

    assert by_gerund_modifier(text, term) is found


@pytest.mark.parametrize(("text", "name", "found"), [
    ("Iwami Kagura performances in Busan", "Iwami Kagura", True),  # a noun and nothing else
    ("the Sakura festival", "Sakura", True),
    ("Fumio Kishida said so", "Fumio Kishida", False),  # a verb
    ("Tanaka Yui and her family", "Tanaka Yui", False),  # a function word
    ("Tanaka Yui, the mayor", "Tanaka Yui", False),  # no word right after the name
    ("Tanaka Yui dances", "Tanaka Yui", False),  # a noun or a verb
])
def test_names_a_kind(text, name, found):
    assert names_a_kind(text, text.index(name) + len(name)) is found


@pytest.mark.parametrize(("text", "word", "owned"), [
    ("the researchers", "researchers", True),
    ("our researchers", "researchers", True),
    ("the institute's researchers", "researchers", True),
    ("that researcher", "researcher", True),  # a determiner before a singular
    ("aware that researchers use it", "researchers", False),  # a conjunction
    ("researchers", "researchers", False),
])
def test_owned_before(text, word, owned):
    from yongeo.text.english import owned_before

    assert owned_before(text, text.index(word)) is owned


@pytest.mark.parametrize(("text", "word", "found"), [
    ("a researcher", "researcher", True),
    ("an eminent Korean researcher", "researcher", True),  # two modifiers between
    ("the researcher", "researcher", False),
    ("Korea researcher", "researcher", False),  # the a of a longer word
])
def test_indefinite_before(text, word, found):
    from yongeo.text.english import indefinite_before

    assert indefinite_before(text, text.index(word)) is found


@pytest.mark.parametrize(("text", "place", "found"), [
    ("a born-and-bred Osakan.", "Osaka", True), ("Osakans love food", "Osaka", True),
    ("a Tokyoite", "Tokyo", True), ("two Seoulites", "Seoul", True),
    ("in Osaka", "Osaka", False),  # the place itself
    ("Osakana fish", "Osaka", False),  # no dweller's ending
    ("Busan Port", "Busan Port", False),  # a name of two words
])
def test_names_dweller(text, place, found):
    from yongeo.text.english import names_dweller

    assert names_dweller(text, place) is found


@pytest.mark.parametrize(("text", "post"), [
    ("a researcher at the Sejong Institute", True), ("a researcher at a think tank", True),
    ("a researcher of KNDA", True), ("a researcher with the Asan Institute", True),
    ("a researcher with an interest in history", False),  # no body after with
    ("a researcher living in Nagasaki", False),
])
def test_post_at_body(text, post):
    from yongeo.text.titles import post_at_body

    assert post_at_body(text, text.index("researcher") + len("researcher")) is post


@pytest.mark.parametrize(("text", "title", "committee"), [
    ("학회 연구위원회 주관", "연구위원", True), ("연구위원이 발표했다", "연구위원", False),
    ("편집위원회", "위원", True), ("연구원회의", "연구원", False),  # no 위원 before 회
])
def test_heads_committee(text, title, committee):
    from yongeo.text.titles import heads_committee

    start = text.index(title)
    assert heads_committee(text, start, start + len(title)) is committee


@pytest.mark.parametrize(("text", "title", "office"), [
    ("대통령실은 이렇게 전했다", "대통령", True), ("대통령실장이 발표했다", "대통령", True),
    ("대통령은 이렇게 전했다", "대통령", False),
    ("대통령실시 행사", "대통령", False),  # 실시 (carrying out) opens another word
])
def test_heads_own_office(text, title, office):
    from yongeo.text.titles import heads_own_office

    start = text.index(title)
    assert heads_own_office(text, start, start + len(title)) is office


def test_by_modifier_alone_needs_a_light_head():
    assert not by_modifier_alone("Security must come first.", "security cooperation")


@pytest.mark.parametrize(("term", "collective"), [
    ("연구원", "연구진"),
    ("연구자", "연구진"),
    ("방문 연구원", "방문연구진"),
    ("대통령", None),  # no person by what they do
    ("의원", None),  # a stem of one syllable
    ("CPTPP", None),
])
def test_collective_of(term, collective):
    assert collective_of(term) == collective


@pytest.mark.parametrize(("word", "patient"), [
    ("abductees", True), ("detainee", True), ("evacuees", True),  # evacuate
    ("nominee", True), ("deportees", True),
    ("committee", False), ("degree", False), ("refugees", False), ("coffee", False),
    ("Abductees", True),
])
def test_patient_noun(word, patient):
    assert patient_noun(word) is patient


def test_holds_patient_noun_in_any_case():
    from yongeo.text.english import holds_patient_noun

    assert holds_patient_noun("Abductees' families met the minister.")
    assert not holds_patient_noun("The committee met the minister.")


@pytest.mark.parametrize(("word", "countries"), [
    ("US", True), ("Japan", True), ("Korea-US", True), ("ROK-Japan", True), ("DPRK", True),
    ("King", False), ("Seoul-based", False),
    ("U.S.", True), ("Korea-U.S.", True), ("Japan-U.S.-ROK", True), ("A.", False),
])
def test_names_countries(word, countries):
    from yongeo.text.places import names_countries

    assert names_countries(word) is countries


@pytest.mark.parametrize(("term", "persons"), [
    ("comfort women", True), ("Korean residents in Japan", True), ("forced laborers", True),
    ("abductees", True), ("shuttle diplomacy", False), ("Josei coal mine", False),
    ("comfort woman", True), ("Korean resident in Japan", True),  # one of them
    ("womanhood", False), ("victim", True), ("survivors", True),
    ("forced mobilization", False),
])
def test_names_persons(term, persons):
    assert names_persons(term) is persons


@pytest.mark.parametrize(("text", "term", "doer"), [
    ("[Kim Young-ja / Forced laborer's daughter]", "forced labor", True),
    ("the forced laborers' families", "forced labor", True),
    ("former forced labourers", "forced labour", True),
    ("the forced labor camps", "forced labor", False),  # the concept itself, no doer
    ("a forced laboratory", "forced labor", False),
])
def test_holds_doer_of(text, term, doer):
    assert holds_doer_of(text, term) is doer


@pytest.mark.parametrize(("text", "term", "apart"), [
    ("수산물에 대한 한국의 수입 규제는", "수산물 수입 규제", True),
    ("수산물 수입 규제", "수산물 수입 규제", True),
    ("수산물에 대해 정부가 오랫동안 유지해 온 한국의 수입 규제", "수산물 수입 규제", False),
    ("수입 수산물 규제", "수산물 수입 규제", False),  # another order
    ("해수산물에 대한 수입 규제", "수산물 수입 규제", False),  # a longer word
    ("수입 규제", "수입", False),  # one word
    ("1. 조세이 탄광 붕괴 사고, 1942", "조세이 탄광 사고", False),  # a bare noun: another compound
    ("조세이 탄광의 수몰 사고", "조세이 탄광 사고", True),  # a phrase with its particle
    ("나라에서 열린 두 정상의 회담에서는", "정상회담", True),  # a solid compound's two words
    ("양국 정상 만찬 회담", "정상회담", False),  # a bare noun between
    ("정상회담", "인적교류", False),
])
def test_written_apart(text, term, apart):
    assert written_apart(text, term) is apart


@pytest.mark.parametrize(("text", "term", "shared"), [
    ("Cultural and people-to-people exchanges grew", "cultural exchange", True),
    ("economic, security and cultural cooperation", "economic cooperation", True),
    ("the cultural and people-to-people exchange", "cultural exchange", True),
    ("cultural and sports events", "cultural exchange", False),  # another head
    ("cultural heritage and exchange", "cultural exchange", False),
])
def test_shares_head(text, term, shared):
    from yongeo.text.english import shares_head

    assert shares_head(text, term) is shared


@pytest.mark.parametrize(("text", "shared"), [
    ("문화·인적 교류", True), ("문화, 인적 교류", True), ("문화와 인적 교류", True),
    ("문화 및 인적 교류", True),
    ("문화 인적 교류", False),  # no joint: not coordinated
    ("대중문화·인적 교류", False),  # a longer word
])
def test_korean_shares_head(text, shared):
    from yongeo.text.korean import shares_head

    assert shares_head(text, "문화 교류") is shared


@pytest.mark.parametrize(("text", "term", "named"), [
    ("1965년 한일 국교가 정상화되었다", "한일관계", True),
    ("한·일 국교 정상화", "한일관계", True),
    ("한중 국교", "한일관계", False),  # another pair
    ("한일 협력", "한일관계", False),
])
def test_names_pair_relation(text, term, named):
    from yongeo.text.korean import names_pair_relation

    assert names_pair_relation(text, term) is named


@pytest.mark.parametrize(("text", "refers"), [
    ("Japan lifted the controls.", True),
    ("China's controls on gallium", True),
    ("Japan lifted the tightened controls.", True),
    ("Japan tightened controls on three items.", True),
    ("the export controls", False),  # the whole term's modifier is no bare head: read whole
    ("high-level controls", False),
    ("personnel controls", False),
])
def test_refers_by_bare_head(text, refers):
    from yongeo.text.english import refers_by_bare_head

    assert refers_by_bare_head(text, "controls") is refers


@pytest.mark.parametrize(("text", "term", "named"), [
    ("대한민국과 일본의 관계를 다룹니다", "한일관계", True),
    ("일본과 한국의 관계", "한일관계", True),  # either order
    ("대한민국과 일본국 간의 재산 및 청구권에 관한 문제의 해결과 경제협력에 관한 협정", "한일 협력", True),
    ("한국과 일본 사이의 협력이", "한·일 협력", True),
    ("한국과 중국의 관계", "한일관계", False),  # another pair
    ("한국과 일본. 관계", "한일관계", False),  # another sentence
    ("한국과 일본의 관계", "정상회담", False),  # no pair term
])
def test_names_pair_in_full(text, term, named):
    assert names_pair_in_full(text, term) is named


@pytest.mark.parametrize(("text", "body"), [
    ("미국 컬럼비아대에서 석사", "컬럼비아"),
    ("미국 하버드대 케네디스쿨", "하버드"),
    ("일본 와세다대학을", "와세다"),
    ("미국 정부는", None),  # the country's own government
    ("미국 최대의", None),  # one syllable before the ending: no name
    ("미국 국무부", None),
    ("미국은", None),
])
def test_body_located(text, body):
    from yongeo.text.korean_proper import body_located

    span = body_located(text, 2)
    assert (text[span[0]:span[1]] if span else None) == body


@pytest.mark.parametrize(("name", "text", "matches"), [
    ("Lee Jae-myung", "Lee Jae Myung", True),
    ("Lee Jae-myung", "Lee Jaemyung", True),
    ("Lee Jae-myung", "Lee Jae-Myung", True),
    ("Lee Jae-myung", "Jae Myung Lee", True),
    ("Lee Jae-myung", "Lee Jae-myung", True),  # as written too: the caller tells it apart
    ("Lee Jae-myung", "Lee Jae", False),
    ("Lee Jae-myung", "Lee Jae Myung-hwa", False),  # another given name
    ("Wi Sung-lac", "Wi Sung Lac", True),
])
def test_given_name_spellings(name, text, matches):
    import regex

    assert bool(regex.search(given_name_spellings(name), text)) is matches


@pytest.mark.parametrize(("text", "matches"), [
    ("Yoon Suk-yeol", True), ("Yoon Sukyeol", True), ("Yoon Seok-yeol", True),  # read back
    ("Yoon Suk Yeol", True),  # as written too
    ("Yoon said", False),
])
def test_a_korean_given_name_of_two_words(text, matches):
    import regex

    pattern = given_name_spellings("Yoon Suk Yeol", korean=True)
    assert bool(regex.search(pattern, text)) is matches
    assert given_name_spellings("Yoon Suk Yeol") is None  # not a Korean person: no pattern


@pytest.mark.parametrize("name", ["Lee", "George W. Bush", "Lee Jae-myung-ho", "Abe Akie"])
def test_given_name_spellings_only_for_a_name_of_two_words(name):
    # A surname and a given name: Korean given names of two syllables, or any other given
    # name of five letters or more (Takaichi Sanae, below).
    assert given_name_spellings(name) is None


@pytest.mark.parametrize(("text", "matches"), [
    ("Takaichi Seana", True),  # about its length, its initial: compared by the caller
    ("Seana Takaichi", True),  # either order
    ("Takaichi Yoshiko", False),  # another initial
    ("Takaichi Sanaeko", False),  # longer
])
def test_given_name_spellings_of_another_name(text, matches):
    import regex

    assert bool(regex.search(given_name_spellings("Takaichi Sanae"), text)) is matches


@pytest.mark.parametrize(("term", "orders"), [
    ("한일관계", ("일한관계",)),
    ("한·일 관계", ("일·한 관계",)),
    ("중일 갈등", ("일중 갈등",)),
    ("한미일 협력", ()),  # three countries: no one other order
    ("한·미·일 협력", ()),
    ("한국", ()),
    ("일일", ()),  # one country twice is no pair
    ("셔틀외교", ()),
])
def test_korean_pair_orders(term, orders):
    assert pair_orders(term) == orders


@pytest.mark.parametrize(("text", "term", "found"), [
    ("President Lee's administration", "Lee Jae-myung administration", True),
    ("Lee Jae-myung's government", "Lee Jae-myung administration", True),
    ("the administration of President Lee Jae-myung", "Lee Jae-myung administration", True),
    ("PM Takaichi's government", "Takaichi Cabinet", True),
    ("Takaichi's Cabinet", "Takaichi Cabinet", True),
    ("Yoon's administration", "Lee Jae-myung administration", False),
    ("President Lee's party", "Lee Jae-myung administration", False),
    ("Korea's University", "Korea University", False),  # no government
    ("the administration of justice", "Lee Jae-myung administration", False),
])
def test_leaders_government_forms_are_found(text, term, found):
    from conftest import make_entry

    from yongeo.glossary.model import Glossary
    from yongeo.match import Matcher

    entry = make_entry("e", "organization", term, "정부")
    assert bool(Matcher(Glossary((entry,))).find(text, "en")) is found


@pytest.mark.parametrize(("text", "term", "found"), [
    ("3국 정상회의를 열기로", "한일중 정상회의", True),
    ("세 나라 간 정상회의", "한일중 정상회의", True),
    ("삼국의 협력이", "한미일 협력", True),
    ("양국 정상회의를", "한일중 정상회의", False),  # two, not three
    ("13국 정상회의", "한일중 정상회의", False),  # another number
    ("3국 협력이", "한일중 정상회의", False),  # another head
    ("3국 관계가", "한일관계", False),  # a pair's term
])
def test_names_trio_by_count(text, term, found):
    from yongeo.text.korean import names_trio_by_count

    assert names_trio_by_count(text, term) is found


@pytest.mark.parametrize(("text", "found"), [
    ("양국 관계가 개선됐다", True),
    ("양국 간 관계가", True),
    ("양국의 관계는", True),
    ("양국관계는", True),
    ("한중 관계가", False),
    ("양국 협력이", False),  # another head
    ("양국은 관계를 개선했다", True),  # 양국 the subject
    ("양국이 관계를", True),
    ("양국을 관계", False),  # the object: not theirs
])
def test_names_pair_by_both(text, found):
    assert names_pair_by_both(text, "한일관계") is found


def test_adjectives_of():
    from yongeo.text.demonyms import adjectives_of

    assert [adjectives_of(c) for c in ("KR", "JP", "US", "CN")] == [
        ("Korean",), ("Japanese",), ("American",), ("Chinese",)]


@pytest.mark.parametrize(("title", "body"), [
    ("head of the National Security Office", "National Security Office"),
    ("Director of the NIS", "NIS"),
    ("National Security Adviser", None),
])
def test_body_headed(title, body):
    from yongeo.text.titles import body_headed

    assert body_headed(title) == body


@pytest.mark.parametrize(("text", "found"), [
    ("NSO chief Wi Sung-lac", True),
    ("the director of the National Security Office", True),
    ("the National Security Office's head", True),
    ("Security chief Wi Sung-lac", False),  # no name of the body
    ("NSO spokesman Wi", False),  # another officer
])
def test_names_head_of(text, found):
    from yongeo.text.titles import names_head_of

    assert names_head_of(text, ["National Security Office", "NSO"]) is found


def test_leaders_government_forms():
    from yongeo.text.english import leaders_government_forms

    forms = leaders_government_forms("Lee Jae-myung administration")
    assert {"President Lee's administration", "the government of Lee Jae-myung",
            "Lee Jae-myung's cabinet", "Lee Jae-myung government", "Lee government"
            } <= set(forms)
    assert "Lee Jae-myung administration" not in forms  # the term itself
    assert leaders_government_forms("Korea University") == ()


@pytest.mark.parametrize(("text", "form", "stands"), [
    ("일한관계가 개선됐다", "일한관계", True),
    ("일한 관계의 발전", "일한 관계", True),
    ("열심히 일한 관계자들이", "일한 관계", False),  # a verb's 일한 before 관계자
    ("통일한관계", "일한관계", False),  # inside a longer word
])
def test_stands_as_pair_term(text, form, stands):
    from yongeo.text.korean import stands_as_pair_term

    start = text.index(form)
    assert stands_as_pair_term(text, start, start + len(form)) is stands


@pytest.mark.parametrize(("name", "text", "found"), [
    ("다카이치 사나에", "사나에 다카이치 총리가", True),
    ("다카이치 사나에", "다카이치 사나에 총리가", False),
    ("이재명", "이재명 대통령", None),  # one word: no other order
])
def test_name_the_other_way(name, text, found):
    import regex

    from yongeo.text.korean import name_the_other_way

    pattern = name_the_other_way(name)
    assert (None if pattern is None else bool(regex.search(pattern, text))) is found


@pytest.mark.parametrize(("text", "spans"), [
    ("키시다가 말했다", [(0, 3)]),
    ("전 총리 키시다의 발언", [(5, 8)]),
    ("오키시다가", []),  # inside a longer word
    ("키시다마을", []),  # no particle after it
])
def test_word_spans(text, spans):
    from yongeo.text.korean import word_spans

    assert list(word_spans(text, "키시다")) == spans


@pytest.mark.parametrize(("title", "head"), [
    ("Foreign Minister", "Minister"), ("Minister of Foreign Affairs", "Minister"),
    ("Defense Minister", "Minister"), ("Secretary of State", "Secretary"),
    ("Prime Minister", None), ("Vice Foreign Minister", None),  # a rank: another office
    ("Chief Cabinet Secretary", None), ("President", None),  # one word: itself
    ("head of the National Security Office", None),  # not capitalised: no title before a name
])
def test_head_alone(title, head):
    from yongeo.text.titles import head_alone

    assert head_alone(title) == head


@pytest.mark.parametrize(("text", "shortened"), [
    ("Minister Cho Hyun said", True),
    ("Foreign Minister Cho Hyun said", True),  # the whole title ends in its head too
    ("Vice Minister Cho Hyun said", False),
    ("Prime Minister Cho Hyun said", False),
    ("the minister Cho Hyun said", False),  # not the title's head as written
    ("Secretary Cho Hyun said", False),
    ("Finance Minister Cho Hyun said", False),  # another office's noun before the head
    ("Japanese Minister Cho Hyun said", True),  # a people's word: the same office
    ("The Minister Cho Hyun said", True),
    ("Deputy Foreign Minister Cho Hyun said", False),  # a rank word before the whole title
])
def test_shortened_before(text, shortened):
    from yongeo.text.titles import shortened_before

    assert shortened_before(text, text.index("Cho"), ["Foreign Minister",
                                                       "Minister of Foreign Affairs"]) \
        is shortened


@pytest.mark.parametrize(("text", "another"), [
    ("in the 2018 Constitutional Court rulings", True),
    ("The Constitutional Court ruled", True),
    ("awarded by the court", False),
    ("the Supreme Court ruled", False),  # the body itself
    ("The court ruled", False),  # a sentence's capital: a determiner, no name
    ("the Constitutional\nCourt ruled", True),  # a hard-wrapped text: a line's end between
    ("the Court for\nSupporting Victims", True),  # the head first, its complement after
    ("the Supreme\nCourt ruled", False),
    ("the court\n\nConstitutional reform", False),  # a paragraph apart: no name
])
def test_names_another_by_head(text, another):
    from yongeo.text.english import names_another_by_head

    assert names_another_by_head(text, "court", ["Supreme Court"]) is another


@pytest.mark.parametrize(("text", "another"), [
    ("the Foundation for Supporting Victims of Forced Labor paid", True),  # its complement
    ("the Foundation for Victims of Forced Mobilization by Imperial Japan paid", False),
    ("the Foundation for Victims of Forced Mobilization paid", False),  # the name, shortened
    ("the foundation paid", False),
])
def test_names_another_by_head_before_a_complement(text, another):
    from yongeo.text.english import names_another_by_head

    assert names_another_by_head(text, "foundation", [
        "Foundation for Victims of Forced Mobilization by Imperial Japan"]) is another


@pytest.mark.parametrize(("written", "hangul", "same"), [
    ("Hyun", "현", True), ("Hyeon", "현", True), ("Hyon", "현", True),
    ("Hwan", "현", False), ("Hyung", "현", False), ("Jae-myeong", "재명", True),
])
def test_same_given_name(written, hangul, same):
    from yongeo.text.english_names import same_given_name

    assert same_given_name(written, hangul) is same


@pytest.mark.parametrize(("name", "text", "matches"), [
    ("Lee Jae-myung", "Lee Jae-myoung", True),  # one letter otherwise
    ("Lee Jae-myung", "Lee Jae-min", True),  # matched, then read back by the caller
    ("Cho Hyun", "Cho Hyeon", True),  # a Korean given name: any word, read back by the
    ("Cho Hyun", "Minister Cho", False),  # caller; surname first only
    ("Lee Jae-myung", "Lee Jae-myeong", True),  # any romanisation of two syllables too
    ("Cho Hyun", "Cho Hyeon met", True),  # a lower-case word after it is not the name's
])
def test_given_name_spellings_of_a_korean_person(name, text, matches):
    import regex

    assert bool(regex.search(given_name_spellings(name, korean=True), text)) is matches


@pytest.mark.parametrize(("text", "word", "common"), [
    ("3국 중 어느 나라에서 정권이 바뀌더라도", "나라", True),  # which country
    ("이 나라가 겪은 일", "나라", True),
    ("나라에서 열린 정상회담", "나라", False),  # the city: no determiner
    ("한 일본 관리는 말했다", "일본", False),  # 한: an official, the place a modifier
    ("이 나라 국민", "나라", False),  # the determiner may be the phrase's
    ("두 나라 국민 모두의 국익", "나라", True),  # a number: no name takes one
    ("뜻을 같이하는 나라들과 협력", "나라", True),  # the plural suffix: no name takes it
    ("오사카들은", "오사카", True),
    ("뜻을 같이하는 나라와 협력", "나라", True),  # a noun's light verb, adnominal
    ("지난달 방문한 도쿄에서", "도쿄", False),  # a name takes such a clause too
    ("고향인 나라에서 열린 회담", "나라", False),  # the copula sets a name beside another
    ("정부는 나라에서 회담을 열었다", "나라", False),  # a noun and its particle
    ("협정(이하 협정)이 나라의 평화에", "나라", False),  # 이: a particle on a bracket
    ("정상들이 번갈아 서로의 나라를 방문하는", "나라", True),  # each other's countries
    ("각자의 나라에서 온 학생들", "나라", True),
])
def test_as_common_noun(text, word, common):
    from yongeo.text.korean import as_common_noun

    start = text.index(word)
    assert as_common_noun(text, start, start + len(word)) is common


@pytest.mark.skipif(importlib.util.find_spec("mecab") is None,
                    reason="python-mecab-ko (the korean extra) is not installed")
@pytest.mark.parametrize(("text", "word", "common"), [
    ("신뢰와 존경을 받는 나라를 만들겠다", "나라", True),  # a verb's adnominal form
    ("아름다운 나라", "나라", True),  # an adjective's
    ("지난달 찾은 도쿄에서", "도쿄", False),  # a name, not a common noun spelt alike
])
def test_as_common_noun_read_by_the_analyser(text, word, common):
    from yongeo.text.korean import as_common_noun

    start = text.index(word)
    assert as_common_noun(text, start, start + len(word)) is common


@pytest.mark.skipif(importlib.util.find_spec("mecab") is None,
                    reason="python-mecab-ko (the korean extra) is not installed")
@pytest.mark.parametrize(("word", "homograph"), [
    ("나라", True), ("서울", False), ("도쿄", False), ("독도", False),
    ("북경", False),  # listed as a common noun, but rare as one: a name
])
def test_is_homograph(word, homograph):
    from yongeo.text.korean import is_homograph

    assert is_homograph(word) is homograph


@pytest.mark.parametrize(("text", "term", "told"), [
    ("When the two leaders met in Busan, GSOMIA did not come up.", "summit", True),
    ("They will meet again in December.", "Korea-Japan summit", True),
    ("Officials consulted on the plan.", "working-level consultation", True),
    ("He visited Tokyo.", "state visit", True),
    ("The leaders spoke by phone.", "summit", False),
    ("a meetinghouse in Busan", "summit", False),  # a longer word
    ("They met in Busan.", "cultural exchange", False),  # no event noun
    ("The two leaders met reporters after a one-on-one meeting before the plenary session.",
     "summit", False),  # another event named by its noun: the one it tells
])
def test_names_event_by_verb(text, term, told):
    from yongeo.text.english import names_event_by_verb

    assert names_event_by_verb(text, term) is told


@pytest.mark.parametrize(("text", "term", "rivals"), [
    ("What was Independence Day like?", "Liberation Day", ["Independence Day"]),
    ("the Liberation Day ceremony", "Liberation Day", []),
    ("including The Joint Declaration", "Korea-Japan Joint Declaration", []),  # shortened
    ("the US-Japan Joint Declaration", "Korea-Japan Joint Declaration",
     ["US-Japan Joint Declaration"]),
    ("the liberation day", "Liberation Day", []),  # not capitalised
    ("a day of liberation", "liberation day", []),  # a term in lower case has no rival
    # a head before its complement: another complement of capitalised words
    ("call the Ministry of the Interior and Safety", "Ministry of Foreign Affairs",
     ["Ministry of the Interior and Safety"]),
    ("the Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs", []),  # its own
    ("the ministry of the interior", "Ministry of Foreign Affairs", []),  # no capitals
    # a hard-wrapped text: a line's end between a name's words
    ("What was Independence\nDay like?", "Liberation Day", ["Independence\nDay"]),
    ("call the Ministry of the\nInterior and Safety", "Ministry of Foreign Affairs",
     ["Ministry of the\nInterior and Safety"]),
    ("Independence\n\nDay", "Liberation Day", []),  # a paragraph apart
    # a person's name (a romanized Korean given name) before a word of address: no rival
    ("○Rep. Park Ji-hoon Minister, I have heard your report", "Prime Minister", []),
    ("Defense Minister Koizumi spoke", "Prime Minister", ["Defense Minister"]),
    # a Japanese temple's name is hyphened so too, with no family name beside it
    ("The two toured Todai-ji Temple together.", "Horyu-ji Temple", ["Todai-ji Temple"]),
    ("Previously Minister at the Embassy", "Prime Minister", []),  # a sentence's adverb
])
def test_rival_names(text, term, rivals):
    from yongeo.text.english import rival_names

    assert [text[start:end] for start, end in rival_names(text, term)] == rivals


@pytest.mark.parametrize(("text", "term", "rivals"), [
    ("인문 교류가 토대다", "인적 교류", ["인문 교류"]),
    ("인문교류가 토대다", "인적 교류", ["인문교류"]),
    ("인적 교류가 토대다", "인적 교류", []),
    ("청년 교류가 토대다", "인적 교류", []),  # no syllable shared
    ("대규모 교류", "인적 교류", []),  # another length
    ("협력 관계", "한일 관계", []),
    ("교류", "인적 교류", []),
    # a term of three words: any one modifier replaced, the others as written
    ("수산물 수출 규제는 완화되지 않는다", "수산물 수입 규제", ["수산물 수출 규제"]),
    ("농산물 수입 규제", "수산물 수입 규제", ["농산물 수입 규제"]),
    ("수산물 수입 규제", "수산물 수입 규제", []),
    ("해산물 수출 규제", "수산물 수입 규제", []),  # two modifiers replaced: another thing
    ("신수산물 수출 규제", "수산물 수입 규제", []),  # not at a word's start
    # a term written solid in four syllables: two words of two
    ("일본이 단행한 수입규제는", "수출규제", ["수입규제"]),
    ("수입 규제는", "수출규제", ["수입 규제"]),
    ("무역규제", "수출규제", []),  # no syllable shared
    ("외무성", "외교부", []),  # three syllables: no rival
])
def test_rival_compounds(text, term, rivals):
    from yongeo.text.korean import rival_compounds

    assert [text[start:end] for start, end in rival_compounds(text, term)] == rivals


@pytest.mark.parametrize(("text", "word", "business"), [
    ("JNTO Seoul Office | Travel Trade Newsletter", "Trade", True),
    ("coastal local governments and the seafood distribution trade.", "trade", True),
    ("the restaurant trade", "trade", True),
    ("bilateral trade rose", "trade", False),  # an adjective before it
    ("Japan's trade with Korea", "trade", False),  # a possessive name
    ("free trade", "trade", False),  # free is an adjective too
    ("their trade", "trade", False),  # a function word
    ("the travel trades", "trades", True),
    ("a trade deal", "trade", False),  # nothing before it
    ("Photo card trade", "trade", True),  # a swap of cards
    ("Trade visitors can book meetings", "Trade", True),  # the trade's people
    ("the trade press", "trade", True),
    ("Trade ministers met", "Trade", False),  # ministers of commerce
])
def test_names_line_of_business(text, word, business):
    from yongeo.text.english import names_line_of_business

    start = text.index(word)
    assert names_line_of_business(text, start, start + len(word)) is business


@pytest.mark.parametrize(("text", "industry"), [
    ("JNTO 서울사무소 여행업계 뉴스레터", True),
    ("수산물 유통업계 등 이해관계자", True),
    ("업계 관계자는 예약할 수 있다", True),  # the industry itself (trade visitors)
    ("양국 교역이 늘었다", False),
    ("산업계와 학계", True),  # 산업계: industry
])
def test_names_an_industry(text, industry):
    from yongeo.text.korean import names_an_industry

    assert names_an_industry(text) is industry


@pytest.mark.parametrize(("text", "swap"), [
    ("포토카드 교환", True), ("선수 트레이드", True), ("양국 교역", False),
])
def test_names_a_swap(text, swap):
    from yongeo.text.korean import names_a_swap

    assert names_a_swap(text) is swap


@pytest.mark.parametrize(("text", "word", "top"), [
    ("Hiking to the summit of Mt. Fuji", "summit", True),
    ("the summit of Mount Halla", "summit", True),
    ("the summit of Hallasan", "summit", True),  # a mountain's name in -san
    ("the volcano's summit", "summit", True),
    ("the summit of the G7", "summit", False),
    ("the summit of leaders", "summit", False),
    ("the summit of Japan and Korea", "summit", False),  # a name of no mountain
    ("Summit of {mountain}: wind chill", "Summit", True),  # a placeholder named for one
    ("lifts Japan to the summit of their warm-up group table", "summit", True),  # a ranking
    ("Cerezo Osaka, who sit at the summit of the J1 table", "summit", True),
    ("arrives at the summit of the Order of Merit after two wins", "summit", True),
    ("the summit of the two leagues' commissioners", "summit", False),  # a meeting of them
    ("a boardwalk up to the summit marker", "summit", True),  # a mountain's noun after it
    ("3 km to the summit", "summit", True),  # a distance to the top
    ("Estimated time to summit", "summit", True),  # the verb, nothing after it
    ("We summited at noon.", "summited", True),
    ("Leaders go to summit talks.", "summit", False),  # a noun after: the meeting's
    ("We hiked for hours and reached the summit at noon.", "summit", True),
    ("Mountain climbers and leaders met at the summit.", "summit", False),  # leaders
    ("Takamado is a steeper climb. There is no view at the summit.", "summit", True),
    ("Closures: during the January summit, trails are shut.", "summit", False),  # dated
    ("The leaders will hike after the summit.", "summit", False),
    ("not at the summit of their relationship", "summit", True),  # a peak, figuratively
    ("at the summit of his young career", "summit", True),
    ("The summit of ambition, the valley of follow-through", "summit", True),
    ("the summit of their leaders", "summit", False),  # persons who meet
    ("the yakiniku is the summit of any Osaka trip", "summit", True),  # any: no meeting's
    ("a summit of its member states", "summit", False),
])
def test_mountain_top(text, word, top):
    from yongeo.text.english import mountain_top

    start = text.index(word)
    assert mountain_top(text, start, start + len(word)) is top


@pytest.mark.parametrize(("text", "end_word", "coordinate"), [
    ("동경 131°52′에 있다", "동경", True),
    ("북위 37도 선", "북위", True),
    ("동경 시내", "동경", False),
    ("동경 2025년", "동경", False),  # a year: no degrees
])
def test_coordinate_after(text, end_word, coordinate):
    from yongeo.text.places import coordinate_after

    assert coordinate_after(text, text.index(end_word) + len(end_word)) is coordinate


@pytest.mark.parametrize(("text", "leaders"), [
    ("the Japan-Korea Business Leaders' Meeting", True),
    ("faith leaders gathered", True),
    ("youth leaders from both countries", True),
    ("the Japan-Korea Leaders' Meeting", False),  # a name: the summit's
    ("the APEC Economic Leaders' Meeting", False),  # an adjective
    ("world leaders met", False),  # a polity's noun
    ("so that leaders' meetings continue", False),  # a function word
    ("Leaders met", False),  # nothing before
    ("the business leader's view", True),
])
def test_leaders_of_a_group(text, leaders):
    from yongeo.text.english import leaders_of_a_group

    assert leaders_of_a_group(text, text.lower().index("leader")) is leaders


@pytest.mark.parametrize(("text", "name", "day"), [
    ("the 107th March First Independence Movement Day ceremony", "Movement", True),
    ("the March First Movement of 1919", "Movement", False),
    ("a Movement Daybook", "Movement", False),
])
def test_day_named_after(text, name, day):
    from yongeo.text.english import day_named_after

    assert day_named_after(text, text.index(name) + len(name)) is day


@pytest.mark.parametrize(("name", "acronyms"), [
    ("Korea University", ("KU",)), ("Nuclear Consultative Group", ("NCG",)),
    ("Ministry of Foreign Affairs", ("MOFA", "MFA")), ("Self-Defense Forces", ("SDF",)),
    ("Seoul", ()), ("visiting researcher", ()),
])
def test_initials(name, acronyms):
    from yongeo.text.english import initials

    assert initials(name) == acronyms


@pytest.mark.parametrize(("text", "term", "held"), [
    ("Security adviser: 'Complete alignment'", "National Security Adviser", True),
    ("the Security Adviser said", "National Security Adviser", True),
    ("an adviser said", "National Security Adviser", False),  # one word is no title's end
    ("the Security Office", "head of the National Security Office", False),  # lower case
    # the term written whole after a rank word: another office, not the term shortened
    ("Deputy Chief Cabinet Secretary Kihara said", "Chief Cabinet Secretary", False),
    ("Cabinet Secretary Kihara said", "Chief Cabinet Secretary", True),
])
def test_holds_last_words(text, term, held):
    from yongeo.text.english import holds_last_words

    assert holds_last_words(text, term) is held


@pytest.mark.parametrize(("word", "american"), [
    ("institutionalised", "institutionalized"), ("organisation", "organization"),
    ("analysed", "analyzed"), ("labour", "labor"), ("centre", "center"),
    ("catalogue", "catalog"), ("Takaichi", "takaichi"), ("summit", "summit"),
])
def test_american_spelling(word, american):
    from yongeo.text.english import american_spelling

    assert american_spelling(word) == american


@pytest.mark.parametrize(("text", "told"), [
    ("How is the agreed identification progressing?", True),
    ("Following the January agreement, the two sides met twice.", True),
    ("They agreed to cooperate.", True),
    ("the identification agreed at the meeting", False),  # the event named by a noun
    ("the agreement reached during last week's talks", False),
    ("the summit agreement", False),
    ("the summit's agreements", False),
    ("The disagreement persists.", False),  # a longer word
    ("They met in Nara.", False),  # no agreement
])
def test_tells_agreement(text, told):
    from yongeo.text.english import tells_agreement

    assert tells_agreement(text) is told


@pytest.mark.parametrize(("text", "word", "agreed"), [
    ("지난 정상회담에서 합의된 신원 확인", "정상회담", True),
    ("1월 정상회담 합의에 따라", "정상회담", True),
    ("회담의 합의 사항", "회담", True),
    ("정상회담에서 논의된 사안", "정상회담", False),
    ("정상회담 이후 합의가 이뤄졌다", "정상회담", False),  # words between
])
def test_agreed_at(text, word, agreed):
    from yongeo.text.korean import agreed_at

    assert agreed_at(text, text.index(word) + len(word)) is agreed


@pytest.mark.parametrize(("text", "word", "matter"), [
    ("강제동원 피해자 문제의 진전", "피해자", True),
    ("강제동원 피해자문제", "피해자", True),
    ("강제동원 피해자 구제와 청구권협정", "피해자", True),
    ("피해자 배상 판결", "피해자", True),
    ("강제동원 피해자 단체", "피해자", False),
    ("피해자 가족의 문제", "피해자", False),  # another noun before the matter
])
def test_matter_after(text, word, matter):
    from yongeo.text.korean import matter_after

    assert matter_after(text, text.index(word) + len(word)) is matter


@pytest.mark.parametrize(("text", "word", "counted"), [
    ("다카이치 취임 100일과 한일관계", "취임", True),
    ("출범 2년 차를 맞은 이재명 정부", "출범", True),
    ("취임 후 처음으로 방문했다", "취임", True),
    ("취임 이후에도 신사를 찾지 않았다", "취임", True),
    ("내각 출범 직후", "출범", True),
    ("취임식에 참석했다", "취임", False),
    ("취임 후보자", "취임", False),  # 후 of another word
    ("대화 출범을 추진한다", "출범", False),
])
def test_counted_from(text, word, counted):
    from yongeo.text.korean import counted_from

    assert counted_from(text, text.index(word) + len(word)) is counted


@pytest.mark.parametrize(("text", "told"), [
    ("Takaichi's First Hundred Days", True),
    ("In its second year, the administration held firm.", True),
    ("She made her first bilateral visit to Seoul.", True),
    ("She has stayed away from the shrine as prime minister.", True),
    ("The debate has become livelier under Takaichi.", True),
    ("Nothing has changed since.", True),
    ("The administration held firm.", False),
    ("a firstborn son", False),  # a longer word
    ("under pressure from the opposition", False),  # no holder's name
    ("It marks the 107th anniversary of the movement.", False),  # the moment named
    ("The 107th anniversary of the movement and the 81st of Liberation", False),
    ("It marks the 107th anniversary.", True),
])
def test_tells_span(text, told):
    from yongeo.text.english import tells_span

    assert tells_span(text) is told


@pytest.mark.parametrize(("text", "glosses"), [
    ("조세이(長生) 탄광", ["(長生)"]),
    ("한일(韓日) 관계와 다카이치(高市) 총리", ["(韓日)", "(高市)"]),
    ("조선통신사（朝鮮通信使）는", ["（朝鮮通信使）"]),
    ("인공지능(AI) 협력", []),  # Latin: an acronym, which may be a term
    ("도쿄 (東京)", []),  # apart from the word
    ("(長生) 탄광", []),  # after no word
    ("조세이(長生 탄광", []),  # unclosed
    ("협정(2015년)", []),
    ("the Josei (長生) coal mine", ["(長生)"]),  # English: after a word and its space
    ("Takaichi Sanae(高市早苗) and Kōno (河野)", ["(高市早苗)", "(河野)"]),
    ("Josei  (長生)", []),  # two spaces: apart
    ("1942 (昭和17年)", []),  # after no word
])
def test_script_glosses(text, glosses):
    from yongeo.text.korean import script_glosses

    assert [text[start:end] for start, end in script_glosses(text)] == glosses


@pytest.mark.parametrize(("text", "word", "phrases", "within"), [
    ("여행자 보험 가입을 권장합니다", "가입", ("보험 가입",), True),
    ("여행자보험가입을 권장합니다", "가입", ("보험 가입",), True),  # written together
    ("회원 가입 후 이용하세요", "가입", ("보험 가입", "회원 가입"), True),
    ("협정 가입을 신청했다", "가입", ("보험 가입",), False),
    ("보험과 협정 가입", "가입", ("보험 가입",), False),  # a word between
    ("보험 가입", "보험", ("가입 절차",), False),
])
def test_within_phrase(text, word, phrases, within):
    from yongeo.text.korean import within_phrase

    start = text.index(word)
    assert within_phrase(text, start, start + len(word), phrases) is within


@pytest.mark.parametrize(("text", "phrases", "same"), [
    ("5. 가입 및 청구 방법\n보험 가입은 학교에서 합니다", ("보험 가입",), True),
    ("5. 가입 및 청구 방법\n\n보험 가입은 학교에서 합니다", ("보험 가입",), False),  # another
    ("5. 가입 및 청구 방법\n협정 가입은 나중에", ("보험 가입",), False),  # no phrase
    ("5. 가입 및 청구 방법\n가입 절차가 있다", ("가입 절차",), False),  # the word modifies
])
def test_phrase_in_paragraph(text, phrases, same):
    from yongeo.text.korean import phrase_in_paragraph

    assert phrase_in_paragraph(text, 3, 5, phrases) is same


@pytest.mark.parametrize(("text", "indefinite", "refers"), [
    ("an offering to a shrine that honours the war dead", True, True),
    ("an offering to a shrine that honours the war dead", False, False),
    ("the shrine's festival", False, True),
    ("a Tokyo shrine", True, False),  # a modifier between
])
def test_refers_by_head_indefinite(text, indefinite, refers):
    from yongeo.text.english import refers_by_head as english_refers_by_head

    assert english_refers_by_head(text, "shrine", indefinite) is refers


@pytest.mark.parametrize(("text", "terms", "held"), [
    ("Follow us #ShuttleDiplomacy", ["shuttle diplomacy"], True),
    ("ahead of the #KoreaJapanSummit", ["Korea-Japan summit"], True),
    ("#KoreaJapan", ["Korea-Japan relations"], False),  # the pair alone
    ("the ShuttleBus line", ["shuttle diplomacy"], False),
])
def test_in_camel_case(text, terms, held):
    from yongeo.text.english import in_camel_case

    assert in_camel_case(text, terms) is held


@pytest.mark.parametrize(("word", "two"), [
    ("이해관계가", True),  # 이해 + 관계, the lists cut it
    ("이해관계지", False),  # 지: no word
    ("위성낙", False),  # 낙: one syllable
    ("프로그럼", False),  # no particle: a loanword's slip cut into fragments
    ("라이선수", False),
])
def test_two_frequent_words(word, two):
    from yongeo.text.frequency import two_frequent_words

    assert two_frequent_words(word) is two


@pytest.mark.parametrize(("text", "word", "heads"), [
    ("at Hosei University in Tokyo", "Hosei", True),
    ("Mizuho Bank said", "Mizuho", True),
    ("Josei coal mine", "Josei", False),
    ("Takaichy spoke.", "Takaichy", False),
    ("the Overseas Koreans and Consular Affairs Office", "Overseas Koreans", True),
    ("Overseas Koreans and Japanese citizens", "Overseas Koreans", False),  # no head
    # A title after the head: Cabinet heads no body in Chief Cabinet Secretary.
    ("Minister Motagi Toshimitsu and Chief Cabinet Secretary Kihara Minoru", "Motagi", False),
])
def test_heads_organization_name(text, word, heads):
    from yongeo.text.english import heads_organization_name

    assert heads_organization_name(text, text.index(word) + len(word)) is heads


@pytest.mark.parametrize(("text", "word", "family"), [
    ("said Park Seong-min, 34, a resident", "Seong", "Park"),
    ("said Park Seong-min, 34, a resident", "min", "Park"),
    ("Seong-min Park said", "Seong", "Park"),
    ("Rep. Jeong Seong-hoon, please begin.", "Seong", "Jeong"),
    ("the Sejong-based institute", "Sejong", None),  # no family name
    ("the Takahichi-led cabinet", "Takahichi", None),
    ("Mr Smith Seong-min", "Seong", None),  # Smith is no Korean family name
    ("Park Seongmin", "Seongmin", None),  # written solid: no hyphen tells it
    ("Kim Xyz-abc", "Xyz", None),  # no name syllables
])
def test_hyphened_name_around(text, word, family):
    from yongeo.text.korean_names import hyphened_name_around

    start = text.index(word)
    assert hyphened_name_around(text, start, start + len(word)) == family


@pytest.mark.parametrize(("surname", "spellings"), [
    ("Cho", ["Cho", "Jo"]),
    ("Jo", ["Jo", "Cho"]),
    ("Noh", ["Noh", "Roh", "No"]),
    ("Smith", ["Smith"]),  # no Korean family name
])
def test_family_spellings(surname, spellings):
    from yongeo.text.korean_names import family_spellings

    assert family_spellings(surname) == spellings


@pytest.mark.parametrize(("name", "parts"), [
    ("Korean residents in Japan", ("Korean residents", "Japan")),
    ("ethnic Koreans in Japan", ("ethnic Koreans", "Japan")),
    ("Koreans in Japan", None),  # one word left: no name of its own
    ("victims in Sado", None),  # no country
    ("Japan Coast Guard", None),
])
def test_without_place(name, parts):
    from yongeo.text.english import without_place

    assert without_place(name) == parts


@pytest.mark.parametrize(("text", "whole", "named"), [
    ("where many Korean residents live", "They vote in Japan.", True),
    ("where many Korean residents live", "They vote abroad.", False),  # Japan unnamed
    ("many Korean residents in China", "They vote in Japan.", False),
    ("Korean residents in Fukuoka", "They vote in Japan.", True),  # a place in Japan
    ("Korean residents in Seoul", "They vote in Japan.", False),  # another country's city
])
def test_named_without_place(text, whole, named):
    from yongeo.text.english import named_without_place

    assert named_without_place(text, whole, "Korean residents in Japan") is named


@pytest.mark.parametrize(("text", "wrong", "found"), [
    ("among the Koreans forcibly mobilized to work", "forcibly mobilized", True),
    ("to compensate Koreans they had forcibly mobilized, and", "forcibly mobilized", True),
    ("Koreans Mitsubishi had forcibly mobilized", "forcibly mobilized", True),  # a named subject
    ("by Koreans subjected to forced mobilization under", "forced mobilization", True),
    ("those who were forcibly mobilized", "forcibly mobilized", True),
    ("forcibly mobilized Koreans", "forcibly mobilized", True),
    ("ordered to compensate Koreans for forced labor", "forced labor", True),
    ("the forced mobilization issue", "forced mobilization", False),
    ("victims of forced mobilization", "forced mobilization", False),  # a complement
    ("Koreans and forced mobilization", "forced mobilization", False),
])
def test_describes_patients(text, wrong, found):
    from yongeo.text.english import describes_patients

    start = text.index(wrong)
    assert describes_patients(text, start, start + len(wrong)) is found


@pytest.mark.parametrize(("text", "word", "found"), [
    ("the Korean Confederation of Trade Unions (KCTU)", "Trade", True),
    ("the Korea International Trade Association said", "Trade", True),
    ("Japan's Trade Ministry said", "Trade", True),
    ("under the Foreign Exchange and Foreign Trade Act", "Trade", True),
    ("Trade Talks Resume", "Trade", False),  # a heading's capitals: no body's head
    ("Trade between Korea and Japan", "Trade", False),
    ("Trade. Union leaders met", "Trade", False),  # a sentence ends between them
])
def test_in_body_name(text, word, found):
    from yongeo.text.english import in_body_name

    assert in_body_name(text, text.index(word) + len(word)) is found


@pytest.mark.parametrize(("text", "name", "found"), [
    ("They visited the Josei memorial plaza.", "Josei coal mine", True),
    ("They visited Josei.", "Josei coal mine", False),  # no noun after it
    ("They visited the Josei Memorial Hall.", "Josei coal mine", False),  # a longer name
    ("Josei and Sado", "Josei coal mine", False),  # a function word after it
    ("the Korea memorial", "Korea University", False),  # a place: no short name
])
def test_modifies_as_short_name(text, name, found):
    from yongeo.text.english import modifies_as_short_name

    assert modifies_as_short_name(text, name) is found


@pytest.mark.parametrize(("text", "name", "shared"), [
    ("to uphold the Kono and Murayama Statements.", "Kono Statement", True),
    ("to uphold the Kono and Murayama Statements.", "Murayama Statement", True),
    ("the Murayama and Kono statements", "Kono Statement", True),
    ("the Kono, Murayama and Obuchi Statements", "Murayama Statement", True),
    ("the Kono Statement", "Murayama Statement", False),
    ("Kono and others stated", "Kono Statement", False),
])
def test_shares_plural_head(text, name, shared):
    from yongeo.text.english import shares_plural_head

    assert shares_plural_head(text, name) is shared


@pytest.mark.parametrize(("text", "we"), [
    ("Our local headquarters checked on them.", True),
    ("Thank us later.", True),
    ('"We need it," he said.', False),  # a quotation's we is the speaker's
    ("said, “we need the history”", False),
    ("The US said so.", False),  # a country's code
])
def test_speaks_as_we(text, we):
    from yongeo.text.english import speaks_as_we

    assert speaks_as_we(text) is we


@pytest.mark.parametrize(("text", "ours"), [
    ("Our community has grown.", True),
    ("our compatriots abroad", True),
    ("between our cities", False),
    ("officials named their community's main challenges", True),
])
def test_names_our_group(text, ours):
    from yongeo.text.english import names_our_group

    assert names_our_group(text) is ours


@pytest.mark.parametrize(("text", "word", "found"), [
    ("조세이 탄광 추도 광장을 찾았다", "조세이 탄광", True),
    ("조세이 탄광을 찾았다", "조세이 탄광", False),  # a particle
    ("조세이 탄광.", "조세이 탄광", False),
])
def test_modifies_next_word(text, word, found):
    from yongeo.text.korean import modifies_next_word

    assert modifies_next_word(text, text.index(word) + len(word)) is found


@pytest.mark.parametrize(("text", "word", "examples"), [
    ("나가사키현과 쓰시마시 등 지방자치단체와 사찰", "지방자치단체", True),
    ("양국 등의 지방자치단체", "지방자치단체", True),
    ("여러 지방자치단체와", "지방자치단체", False),
    ("평등 지방자치단체", "지방자치단체", False),  # 등 inside another word
])
def test_after_examples(text, word, examples):
    from yongeo.text.korean import after_examples

    assert after_examples(text, text.index(word)) is examples


@pytest.mark.parametrize(("text", "start_word", "longer"), [
    ("Hosted by the King Sejong Institute", "Sejong", True),
    ("Hosted by the Sejong Institute", "Sejong", False),
    ("Korea's Sejong Institute", "Sejong", False),  # a possessive
    ("the Seoul-based Sejong Institute", "Sejong", False),  # a hyphenated adjective
    ("Sejong Institute Center for Japanese Studies", "Center", False),  # a body's unit
    ("the IFANS Center for Japanese Studies", "Center", False),  # a unit after its body's
    ("the Waseda Center for Japanese Studies", "Center", True),  # acronym; another name
    ("the Japanese Ministry of Foreign Affairs", "Ministry", False),  # a country's adjective
    ("A. Japan Coast Guard ships", "Japan", False),  # an answer's label
    ("the U.S. Coast Guard", "Coast", False),  # a country's code with full stops: its body
    ("the Korea-US Nuclear Consultative Group", "Nuclear", False),  # countries: whose body
    # in a line in title case every word has its capital: an adjective is no name's word
    ("Plaintiffs in Final Supreme Court Rulings", "Supreme", False),
    ("Plaintiffs in final Supreme Court rulings", "Supreme", False),
    ("Local Mindan offices can help.", "Mindan", False),  # a sentence's capital
    ("King Sejong Institute opened.", "Sejong", True),  # a noun opening it: a name's word
    ("Hosted by the Grand Sejong Institute today", "Sejong", True),  # not in title case
    ("Hosted by King Sejong Institute Staff", "Sejong", True),  # a noun: a name's word
    # a verb in a line in title case: its capital is the line's
    ("14 Bereaved Relatives of Forced Mobilization Victims Sue Nippon Steel for Damages",
     "Nippon", False),
    ("Relatives said victims Sue Nippon Steel today", "Nippon", True),  # not title case
    # an inflected verb first on its line (a flash card's definition under its term)
    ("Rulings (2018)\nOrdered Nippon Steel to compensate the workers.", "Nippon", False),
    ("Rulings (2018)\n- Ordered Nippon Steel to compensate the workers.", "Nippon", False),
    ("Rulings (2018)\nAsk Nippon Steel about the workers.", "Nippon", True),  # a name's verb
    ("The court then Ordered Nippon Steel to compensate the workers.", "Nippon", True),
    ("Foreign Minister\tJapanese Ministry of Foreign Affairs", "Japanese", False),  # cells
    ("King\tSejong Institute", "Sejong", False),  # a tab separates a table's cells
])
def test_in_longer_name(text, start_word, longer):
    from yongeo.text.english import in_longer_name

    assert in_longer_name(text, text.index(start_word)) is longer


@pytest.mark.parametrize(("found", "term", "plural"), [
    ("foreign ministries", "Foreign Ministry", True),
    ("Foreign Ministry", "Foreign Ministry", False),
    ("Institutes", "Sejong Institute", True),
    ("Olympics", "Olympics", False),  # the term is itself plural
])
def test_is_plural_of(found, term, plural):
    from yongeo.text.english import is_plural_of

    assert is_plural_of(found, term) is plural


@pytest.mark.parametrize(("text", "masked"), [
    ("#셔틀외교 를", " 셔틀외교 를"),  # a hashtag's sign, not its word
    ("@mofa_kr 에서", "         에서"),  # a handle
    ("Thanks to @Asan Institute colleagues", "Thanks to  Asan Institute colleagues"),  # a page
    ("@Mofa Korea", " Mofa Korea"), ("@MofaKorea said", "           said"),
    ("C# and page#x and #1", "C# and page#x and #1"),  # no hashtag
    ("mail a@b.org", "mail        "),  # an address, as before
    ("문제(일본 정부의 표현이다-편집자)는", "문제" + " " * 17 + "는"),  # an editor's note
    ("항의 [TN: MOFA wording]", "항의 " + " " * 18),  # a translator's note in a draft
])
def test_social_marks_and_notes_are_masked(text, masked):
    from yongeo.lint.markup import mask_document

    assert mask_document(text) == masked


@pytest.mark.parametrize(("text", "word", "suffixed"), [
    ("왕이 외교부장과 만났다", "외교부", True),  # the body's head, in one word
    ("외교부장은", "외교부", True),
    ("외교부장관은", "외교부", False),  # 장관: another word after 장
    ("외교부가 밝혔다", "외교부", False),
])
def test_head_suffix_after(text, word, suffixed):
    from yongeo.text.titles import head_suffix_after

    assert head_suffix_after(text, text.index(word) + len(word)) is suffixed


@pytest.mark.parametrize(("text", "term", "held"), [
    ("이보다 더 실용적인 외교가 어디 있겠는가", "실용외교", True),
    ("실용적 외교를 편다", "실용외교", True),
    ("역사적 화해의 길", "역사 화해", True),
    ("실용적인 외교관", "실용외교", False),  # a longer word: another noun
    ("실용 외교", "실용외교", False),  # no 적: the term as written, matched elsewhere
])
def test_holds_as_adjective(text, term, held):
    from yongeo.text.korean import holds_as_adjective

    assert holds_as_adjective(text, term) is held


@pytest.mark.parametrize(("word", "derived"), [
    ("정상화의", True), ("국제화를", True), ("정상회이", False), ("화의", False),
])
def test_derived_from_frequent(word, derived):
    from yongeo.text.frequency import derived_from_frequent

    assert derived_from_frequent(word) is derived


@pytest.mark.parametrize(("text", "word", "listed"), [
    ("the Ministry of Economy, Trade and Industry", "Trade", True),
    ("Trends in Trade and People-to-People Exchange", "Trade", False),  # a heading's word
    ("Trade (US$ billion)", "Trade", False),
    # the last of the list that ends a name, after its head and of or for
    (("said Park, a research fellow at the Korea Institute for Industrial Economics and "
      "Trade (KIET)."), "Trade", True),
    ("talks on Security and Trade", "Trade", False),  # no name's head before
    ("Visit of Minister for Foreign Affairs Motegi of Japan and Working-Level Talks",
     "Working-Level", False),  # a heading in title case
    ("Ministry of Education, Culture, Sports, Science and Technology said",
     "Science and Technology", True),  # the list's last, with its own and
    ("We discussed trade, Science and Technology policy", "Science and Technology", False),
    ("5. Economy, People-to-People Exchanges and Korean Residents in Japan",
     "People-to-People Exchanges", False),  # a heading's list: no name's head before it
])
def test_in_listed_name(text, word, listed):
    from yongeo.text.english import in_listed_name

    start = text.index(word)
    assert in_listed_name(text, start, start + len(word)) is listed


@pytest.mark.parametrize(("text", "word", "honorific"), [
    ("윤해린 연구원님께", "연구원", True), ("교수님은", "교수", True),
    ("연구원은", "연구원", False), ("연구원님이시다", "연구원", False),  # 이시다: a predicate
])
def test_honorific_after(text, word, honorific):
    from yongeo.text.korean import honorific_after

    assert honorific_after(text, text.index(word) + len(word)) is honorific


@pytest.mark.parametrize(("text", "title", "body"), [
    ("아산정책연구원은 발표했다", "연구원", True),  # 研究院: an institute's name
    ("한강동북아연구원 홈페이지", "연구원", True),
    ("선임연구원은 말했다", "연구원", False),  # a rank: the title
    ("박사후연구원으로 일했다", "연구원", False),
    ("김 연구원은 말했다", "연구원", False),  # a word of its own
    ("외교부장관은", "장관", False),  # no body's ending
])
def test_ends_body_name(text, title, body):
    from yongeo.text.titles import ends_body_name

    start = text.index(title)
    assert ends_body_name(text, start, start + len(title)) is body


@pytest.mark.parametrize(("text", "body", "longer"), [
    ("해상자위대 함정", "자위대", True),  # the Maritime Self-Defense Force: another body
    ("통일외교부", "외교부", True),
    ("일본자위대는", "자위대", False),  # a place's body
    ("미국무부는", "국무부", False),
    ("주일미군 사령부", "미군", False),  # where it is stationed
    ("주오사카총영사관", "총영사관", False),
    ("자위대는", "자위대", False),
])
def test_in_longer_body_name(text, body, longer):
    from yongeo.text.korean_proper import in_longer_body_name

    assert in_longer_body_name(text, text.index(body)) is longer


@pytest.mark.parametrize(("text", "term", "body"), [
    ("일한문화교류기금이 서명했다", "문화교류", True),  # a fund's name
    ("인적교류협의회는", "인적교류", True), ("문화교류재단", "문화교류", True),
    ("문화교류가 늘었다", "문화교류", False), ("문화교류 기금", "문화교류", False),
    ("한일관계정부", "한일관계", False),  # no government's name is written so
    ("실무 협의체도 출범한다", "실무 협의", True),  # the body the consultation forms
    ("실무 협의체계를 갖췄다", "실무 협의", False),  # a system: 계 is no particle
    # a few syllables between the term and a ministry's or an agency's syllable
    ("과학기술정보통신부 보도자료", "과학기술", True),  # the Ministry of Science and ICT
    ("과학기술정부가", "과학기술", False), ("과학기술일부", "과학기술", False),  # 일부: a part
    ("과학기술협력 강화", "과학기술", False),
])
def test_heads_body_name(text, term, body):
    from yongeo.text.korean_terms import heads_body_name

    assert heads_body_name(text, text.index(term) + len(term)) is body


@pytest.mark.parametrize(("english", "closer", "farther"), [
    ("Hashimi", "하시미", "하시마"),  # the vowels count
    ("Hayati", "하야티", "하야시"),
    ("Takaishi", "다카이시", "다카이치"),
    # romanised Japanese as Korean writes it: initial ch, k, t unaspirated; つ as 쓰
    ("Chiba", "지바", "시바"),
    ("Keizo", "게이조", "케이조"),
    ("Tsushima", "쓰시마", "츠시마"),
])
def test_transcription_score(english, closer, farther):
    from yongeo.text.romanize import transcription_score

    assert transcription_score(english, closer) > transcription_score(english, farther)
    assert transcription_score(english, closer) >= 80


@pytest.mark.parametrize(("text", "title", "ranked"), [
    ("차윤희 선임연구위원은", "연구위원", True),
    ("김 수석연구원", "연구원", True),
    ("김 연구원", "연구원", False),
    ("아산정책연구원", "연구원", False),
])
def test_ranked_prefix(text, title, ranked):
    from yongeo.text.titles import ranked_prefix

    assert ranked_prefix(text, text.index(title)) is ranked


@pytest.mark.parametrize(("text", "head", "holds"), [
    ("Cha Yoon-hee, senior fellow here", "fellow", True),
    ("a Visiting Researcher at the institute", "researcher", True),
    ("a fellow of the academy", "fellow", False),
])
def test_holds_ranked_title(text, head, holds):
    from yongeo.text.english import holds_ranked_title

    assert holds_ranked_title(text, head) is holds


@pytest.mark.parametrize(("text", "term", "head", "sibling"), [
    ("서명한 한일 공동성명을 다룬다", "한일 공동선언", "선언", True),  # another head
    ("서명한 한일 공동선언을 다룬다", "한일 공동선언", "선언", False),  # the term itself
    ("한일 정상이 만났다", "한일 정상회담", "회담", False),  # the first part, a word alone
    ("한일 정상 회담에서", "한일 정상회담", "회담", False),  # spacing aside
])
def test_sibling_compound(text, term, head, sibling):
    from yongeo.text.korean import sibling_compound

    assert sibling_compound(text, term, head) is sibling


@pytest.mark.parametrize(("text", "term", "head", "cousin"), [
    ("배상협정이 놓여 있고 이 협정으로", "청구권협정", "협정", True),  # another first part
    ("한일청구권협정이 놓여 있고", "청구권협정", "협정", False),  # a longer first part
    ("협정문이 놓여 있고", "청구권협정", "협정", False),  # more of a word after the head
    ("이 협정으로", "청구권협정", "협정", False),  # a determiner, a word of its own
])
def test_cousin_compound(text, term, head, cousin):
    from yongeo.text.korean import cousin_compound

    assert cousin_compound(text, term, head) is cousin


@pytest.mark.parametrize(("text", "head", "described"), [
    ("Korea and Japan signed a reparations agreement in 1965", "agreement", True),
    ("they signed an important new treaty", "treaty", True),
    ("Article 2 of the agreement states", "agreement", False),  # referred back to
    ("an agreement was signed", "agreement", False),  # no description of its own
    ("a drafter of the 1998 joint declaration", "joint declaration", False),  # another's
])
def test_describes_another_by_head(text, head, described):
    from yongeo.text.english import describes_another_by_head

    assert describes_another_by_head(text, head) is described


@pytest.mark.parametrize(("written", "given", "slip"), [
    ("Minuro", "Minoru", True),  # two letters swapped apart
    ("Sanea", "Sanae", True),  # one swap
    ("Minoro", "Minoru", True),  # one letter
    ("Shinji", "Shinzo", False),  # two letters changed: another name
    ("Minako", "Minoru", False),
    ("Minoru", "Minoru", False),  # the name itself
    ("Kinoru", "Minoru", False),  # another initial
])
def test_near_given_name(written, given, slip):
    from yongeo.text.english_names import near_given_name

    assert near_given_name(written, given) is slip


@pytest.mark.parametrize(("text", "name", "other"), [
    ("Defense Minister Koizumi Junichiro said", "Koizumi Shinjiro", True),  # another given
    ("Junichiro Koizumi said", "Koizumi Shinjiro", True),  # in the other order
    ("Defense Minister Koizumi said", "Koizumi Shinjiro", False),  # a title before
    ("Minister Koizumi Visits Seoul", "Koizumi Shinjiro", False),  # English words
    ("in Tokyo Koizumi Shinjiro said", "Koizumi Shinjiro", False),  # a place, the name
    ("President Lee Myung-bak said", "Lee Jae-myung", True),  # a hyphenated given name
    ("President Lee Jae-myung said", "Lee Jae-myung", False),
])
def test_namesake(text, name, other):
    from yongeo.text.english_names import namesake

    assert namesake(text, name) is other


@pytest.mark.parametrize(("text", "own", "given"), [
    ("Minister Cho Tae-yul said", {"Cho", "Hyun"}, True),  # another person's given name
    ("Minister Cho Hyun said", {"Cho", "Hyun"}, False),  # the person's own
    ("Minister Cho said", {"Cho", "Hyun"}, False),  # an English word after it
    ("Minister Cho Tokyo", {"Cho", "Hyun"}, False),  # a place
    ("Minister Cho", {"Cho", "Hyun"}, False),  # nothing after it
])
def test_given_name_after(text, own, given):
    from yongeo.text.english_names import given_name_after

    assert given_name_after(text, text.index("Cho") + 3, own) is given


@pytest.mark.parametrize(("text", "defined"), [
    ("with the Japan Coast Guard (JCG), it", [("JCG", "with the Japan Coast Guard", False)]),
    ("the Japan Coast Guard (KCG)", [("KCG", "the Japan Coast Guard", False)]),  # wrong too
    ("Chair: Baek Na-rae (NAHF)", [("NAHF", "Chair: Baek Na-rae", False)]),  # affiliation
    ("(the Ministry) (MOFA)", []),  # a bracket right before: nothing read back
    ("서울 국립외교원(KNDA) 국제회의실", [("KNDA", "서울 국립외교원", False)]),  # Korean: as written
    ("KIDA: 한국국방연구원 · NAHF: 동북아역사재단",
     [("KIDA", "한국국방연구원", True), ("NAHF", "동북아역사재단", True)]),  # a list
    ("LIVE: Liberation Day ceremony", []),  # a label: initials that do not give it
    ("CPTPP: 한국의 가입 여부 검토 중", []),  # a bullet's sentence, no name
])
def test_acronym_expansions(text, defined):
    from yongeo.text.english import acronym_expansions

    assert acronym_expansions(text) == defined


@pytest.mark.parametrize(("name", "short"), [
    ("Asan Institute for Policy Studies", "Asan"),  # a name's own word
    ("Waseda University", "Waseda"),
    ("Korea University", None),  # a place
    ("National Security Office", None),  # a common word
    ("Yonhap", None),  # one word: the name itself
])
def test_short_name(name, short):
    from yongeo.text.english import short_name

    assert short_name(name) == short


@pytest.mark.parametrize(("text", "word", "alone"), [
    ("In Asan's November survey", "Asan", True),
    ("Hosted by the King Sejong Institute", "Sejong", False),  # inside another name
    ("the Sejong Center said", "Sejong", False),
    ("at Waseda, she taught", "Waseda", True),
])
def test_stands_alone(text, word, alone):
    from yongeo.text.english import stands_alone

    assert stands_alone(text, word) is alone


@pytest.mark.parametrize(("text", "term", "another"), [
    ("inspired by Horyu Shrine in Nara", "Horyu-ji Temple", True),  # a shrine for a temple
    ("Nara City", "Nara Prefecture", True),
    ("inspired by Horyu-ji Temple", "Horyu-ji Temple", False),
    ("at Horyu-ji, the temple", "Horyu-ji Temple", False),
    ("workers on Sado Island", "Sado mine", False),  # an area holds a site of its name
])
def test_named_as_another_kind(text, term, another):
    from yongeo.text.places import named_as_another_kind

    assert named_as_another_kind(text, term) is another


@pytest.mark.parametrize(("text", "country"), [
    ("the Supreme Court of Japan ended", "일본"),
    ("Supreme Court of the United States", "미국"),
    ("Supreme Court of Korea, Decision", None),  # CLDR's South Korea: no match alone
    ("Supreme Court ruled", None),
])
def test_country_after(text, country):
    from yongeo.text.places import country_after

    assert country_after(text, text.index("Court") + len("Court")) == country


@pytest.mark.parametrize(("text", "korean", "count"), [
    ("Japan's annual claim to Dokdo", "일본", 1),
    ("The SDF and Japan claimed Dokdo.", "일본", 1),  # a part joined by and
    ("The United States and Japan met.", "미국", 1),
    ("the United States of America", "미국", 1),  # the whole run
    ("Japan Coast Guard ships", "일본", 0),  # a word of a longer name
    ("Ministry of Foreign Affairs of Japan", "일본", 0),  # after of: the name's
    ("Japanese ships", "일본", 0),  # an adjective
    ("Japan's maritime police said", "일본", 0),  # before a body's noun
    ("with the Self-Defense Forces. Japan's claim", "일본", 1),  # another sentence
    ("the U.S. Coast Guard", "미국", 0),
])
def test_country_alone(text, korean, count):
    from yongeo.text.places import country_alone

    assert country_alone(text, korean) == count


@pytest.mark.parametrize(("text", "word", "name"), [
    ("members of Mindan, a pro-Seoul association of Korean residents in Japan, waved flags.",
     "Korean residents in Japan", "Mindan"),
    ("Asked whether Dokdo, South Korea's easternmost islets, came up, he said no.",
     "South Korea", "Dokdo"),
    ("Chongryon, the pro-Pyongyang federation of Koreans in Japan.", "Koreans in Japan",
     "Chongryon"),
    ("Leaders of Japan, the United States and South Korea met.", "South Korea", None),  # list
    ("Leaders of Japan, South Korea and China met.", "South Korea", None),
    ("In Tokyo, the minister met South Korea's envoy, who left.", "South Korea", None),  # clause
])
def test_apposition_of(text, word, name):
    from yongeo.text.english import apposition_of

    start = text.index(word)
    comma = apposition_of(text, start, start + len(word))
    assert (None if comma is None else text[:comma].split()[-1]) == name


@pytest.mark.parametrize(("text", "word", "name"), [
    ("위안부 문제에 관한 1993년 고노 담화를", "위안부", "고노 담화를"),
    ("셔틀외교에 대한 외교청서의", "셔틀외교", "외교청서의"),
    ("납치 관련 5월 보고서", "납치", "보고서"),
    ("위안부 문제를 다룬 고노 담화", "위안부", None),  # another verb: a clause
    ("위안부 문제가 남았다", "위안부", None),
])
def test_described_name_at(text, word, name):
    from yongeo.text.korean import described_name_at

    at = described_name_at(text, text.index(word) + len(word))
    assert (None if at is None else text[at:]) == name


@pytest.mark.parametrize(("text", "word", "owns"), [
    ("The Korea Coast Guard (KCG) said", "Korea", True),
    ("Korea's Interior Ministry said", "Korea", True),
    ("the Supreme Court of Korea ruled", "Korea", True),  # the complement
    ("Korea's response was swift", "Korea", False),
    ("Korea and Japan met", "Korea", False),
    ("The Korea Herald reported", "Korea", False),  # no body's head noun
    ("PRESS RELEASE, Ministry of Foreign Affairs, Republic of Korea", "Republic of Korea",
     True),
    ("Seoul, Korea", "Korea", False),  # a city and its country: no body
    ("under Korea Open Government License (KOGL) Type 1", "Korea", True),  # its initials
    ("Korea and Japan (KJ) met", "Korea", False),  # no name: and between
])
def test_owns_body(text, word, owns):
    from yongeo.text.english import owns_body

    start = text.index(word)
    assert owns_body(text, start, start + len(word)) is owns


@pytest.mark.parametrize(("text", "home"), [
    ("우리나라는 주권을 잃었다", True), ("우리는 나라를 빼앗겼다", True), ("우리 땅 독도", True),
    ("국내 유족의 시료", True), ("한국은 주권을 잃었다", False),
    ("우리말 교육", False),  # another word
])
def test_names_home_implicitly(text, home):
    from yongeo.text.korean import names_home_implicitly

    assert names_home_implicitly(text) is home


def test_home_country_and_countries_in():
    from yongeo.text.places import countries_in, home_country

    assert (home_country("ko"), home_country("ja"), home_country("xx")) == ("KR", "JP", None)
    assert countries_in("한국과 일본, 서울, 미국의", "ko") == {"KR": 1, "JP": 1, "US": 1}
    assert countries_in("Japan and the U.S.; the Japanese side", "en") == {"JP": 2, "US": 1}


@pytest.mark.parametrize(("text", "acronym", "titled"), [
    ("PM Takaichi delivered her speech.", "PM", True),
    ("talks with FM Motegi's team", "FM", True),
    ("At 10 PM Takaichi spoke.", "PM", False),  # a time
    ("The PM said so.", "PM", False),  # no name after it
    ("RPM Takaichi", "PM", False),  # inside a word
])
def test_titled_by_initials(text, acronym, titled):
    from yongeo.text.english import titled_by_initials

    assert titled_by_initials(text, acronym) is titled


@pytest.mark.parametrize(("text", "bodies"), [
    ("the readouts of the two foreign ministries", True),
    ("both governments said", True),
    ("the two sides agreed", True),
    ("the two countries agreed", False),
    ("both leaders agreed", False),
    ("run jointly by the Korean and Japanese foreign ministries", True),
    ("the Korean and Japanese leaders met", False),
])
def test_names_both_bodies(text, bodies):
    from yongeo.text.english import names_both, names_both_bodies

    assert names_both_bodies(text) is bodies
    assert names_both(text)


@pytest.mark.parametrize(("text", "word", "modifies"), [
    ("LIVE: Korea-Japan Summit Joint Press Conference", "Summit", True),
    ("2. Summit and High-level Exchanges", "Summit", True),
    ("the summit was held", "summit", False),  # a verb after it
    ("the summit in Nara", "summit", False),  # a function word
    ("at the summit.", "summit", False),
    # A determiner after the conjunction: another noun phrase, not a shared head.
    ("pressure from the Embassy of Japan or the presidential office", "Japan", False),
    ("summit or ministerial talks", "summit", True),
])
def test_modifies_noun_after(text, word, modifies):
    from yongeo.text.english import modifies_noun_after

    assert modifies_noun_after(text, text.index(word) + len(word)) is modifies


@pytest.mark.parametrize(("text", "first", "stands"), [
    ("2. 정상 및 고위급 교류", "정상", True),
    ("한일 정상 공동기자회견", "한일 정상", True),
    ("한일정상 공동기자회견", "한일 정상", True),  # spaced any way
    ("정상·장관급 회담", "정상", True),
    ("경제 안전 협력", "경제", False),  # one word before a noun: the head replaced?
    ("정상화 논의", "정상", False),  # a longer word
    ("정상회담", "정상", False),
])
def test_first_part_stands(text, first, stands):
    from yongeo.text.korean import first_part_stands

    assert first_part_stands(text, first) is stands


@pytest.mark.parametrize(("name", "head"), [
    ("Ministry of Foreign Affairs", "Ministry"),  # the head first, its complement after
    ("Korea Foundation", "Foundation"),
    ("Supreme Court", "Court"),
    ("Foreign Ministry", "Ministry"),  # the head last
    ("Dokdo", None),  # one word
    ("Self-Defense Forces", None),  # no body's head noun
])
def test_body_head(name, head):
    from yongeo.text.english import body_head

    assert body_head(name) == head


@pytest.mark.parametrize(("text", "office"), [
    ("when a Japanese PM says so", True),  # a people's word before the initials
    ("Japan's PM said so", True),  # a country's possessive
    ("the meeting ends at 3 PM", False),  # a time
    ("the PM said so", False),  # alone: read against the text (lint.terms)
])
def test_country_by_initials(text, office):
    from yongeo.text.english import country_by_initials

    assert country_by_initials(text, "PM") is office


_RELEASES = "Ministry of Foreign Affairs | Press Releases\n\n"


@pytest.mark.parametrize(("whole", "piece", "refers"), [
    (_RELEASES, "Nov. 12 | Ministry Hopes for Early Summit", True),  # a headline's head
    (_RELEASES, "The ministry said the talks would go on.", True),  # after *the*
    (_RELEASES, "A ministry official said so.", False),  # any ministry's official
    (_RELEASES, "The Ministry of Unification said so.", False),  # another body
    (_RELEASES, "The Defense Ministry said so.", False),  # another body by its modifier
    (_RELEASES, "The Ministry Said So on Friday", True),  # a title-case line
    (_RELEASES, "The Ministry Office said so.", False),  # a name going on
    (_RELEASES + "The Ministry of Unification agreed.", "The ministry said so.", False),
    ("The Korean Embassy in Tokyo helped.", "The ministry said so.", False),  # never named
])
def test_head_alone_refers_to_the_body_named(whole, piece, refers):
    from yongeo.text.english import head_alone_in, names_body_alone

    names = ["Ministry of Foreign Affairs", "Foreign Ministry", "MOFA"]
    assert (names_body_alone(whole + piece, names, "Ministry")
            and head_alone_in(piece, "Ministry")) is refers


@pytest.mark.parametrize(("name", "short"), [
    ("Mitsubishi Heavy Industries", "Mitsubishi Heavy"),
    ("Nippon Steel Corporation", "Nippon Steel"),
    ("Sejong Institute", None),  # two words: the head is needed
    ("Asan Institute for Policy Studies", None),  # no head last
    ("Japan Development Bank", None),  # a place first
])
def test_name_without_head(name, short):
    from yongeo.text.english import name_without_head

    assert name_without_head(name) == short


@pytest.mark.parametrize(("text", "found"), [
    ("S.Korea court clears sale", True),
    ("South Korea's top court ruled", True),
    ("a South Korean court ruled", True),
    ("Japan's court ruled", False),  # another country
    ("a Japanese court ruled", False),
    ("the court ruled", False),  # no country
    ("the Korea Court of Appeals", False),  # a name's word
])
def test_head_after_country(text, found):
    from yongeo.text.english import head_after_country

    assert head_after_country(text, "court", ["KR"]) is found


@pytest.mark.parametrize(("text", "found"), [
    ("The court dismissed the Japanese company's appeal.", True),
    ("the firm said", True),
    ("the conglomerate's shares", True),
    ("the Toyota group said", False),  # a name, not a nationality
    ("a company said", False),  # no determiner: any company
])
def test_refers_to_company(text, found):
    from yongeo.text.english import refers_to_company

    assert refers_to_company(text) is found


@pytest.mark.parametrize(("text", "word", "bare"), [
    ("They surveyed rosters of victims.", "victims", True),  # after a function word
    ("183 victims were named", "victims", True),  # after a number
    ("the victims of wartime labor", "victims", False),  # a complement
    ("wartime victims were named", "victims", False),  # a modifier
])
def test_stands_bare(text, word, bare):
    from yongeo.text.english import stands_bare

    start = text.index(word)
    assert stands_bare(text, start, start + len(word)) is bare


@pytest.mark.parametrize(("name", "owners"), [
    ("Japanese Ministry of Foreign Affairs", ["일본"]),
    ("Japan Coast Guard", ["일본"]),
    ("Ministry of Foreign Affairs of Japan", ["일본"]),
    ("Foundation for Victims of Forced Mobilization by Imperial Japan", []),  # mentioned only
    ("Supreme Court", []),
])
def test_owner_countries(name, owners):
    from yongeo.text.places import owner_countries

    assert owner_countries(name) == owners


def test_without_marks():
    from yongeo.text.normalize import without_marks

    assert (without_marks("Chōsei"), without_marks("Tōkyō"), without_marks("Osaka")) == (
        "Chosei", "Tokyo", "Osaka")


@pytest.mark.parametrize(("text", "word", "families"), [
    ("finalized for victims' families", "victims", True),
    ("the families of the victims met", "victims", True),
    ("the victims' bereaved families", "victims", True),
    ("the victims' remains", "victims", False),
    ("Park Jeong-suk, a victim's relative, spoke", "victim", True),  # one relative
    ("a relative of a victim spoke", "victim", True),
    ("the victims' family members", "victims", True),
    ("the victim's relatively quiet life", "victim", False),  # another word
])
def test_families_of(text, word, families):
    from yongeo.text.english import families_of

    start = text.index(word)
    assert families_of(text, start, start + len(word)) is families


@pytest.mark.parametrize(("text", "bereaved"), [
    ("유족 소송", True), ("유가족들이", True), ("가족 소송", False), ("친유족", False),
])
def test_names_the_bereaved(text, bereaved):
    from yongeo.text.korean import names_the_bereaved

    assert names_the_bereaved(text) is bereaved


@pytest.mark.parametrize(("text", "start", "end", "stationed"), [
    ("주일본대사관 참사관", 1, 6, True), ("일본대사관 참사관", 0, 5, False),
    ("부주일본대사관", 2, 7, False),  # 주 inside a longer word
    ("주한 일본대사관", 3, 8, False),  # 주한 is a word of its own: the embassy in Korea
])
def test_stationed_in_its_place(text, start, end, stationed):
    from yongeo.text.korean_proper import stationed_in_its_place

    assert stationed_in_its_place(text, start, end) is stationed


@pytest.mark.parametrize(("name", "adjective"), [
    ("Northeast Asia", "Northeast Asian"), ("Eastern Europe", "Eastern European"),
    ("the Middle East", "Middle Eastern"), ("Indo-Pacific", None), ("Asia", None),
    ("Nara Prefecture", None),
])
def test_region_adjective(name, adjective):
    from yongeo.text.english import region_adjective

    assert region_adjective(name) == adjective


@pytest.mark.parametrize(("text", "owns"), [
    ("coordinated on Korea's accession to the CPTPP", True), ("Korea's position", True),
    ("Korea's Interior Ministry", False),  # a body: owns_body
    ("Korea and Japan", False), ("in Korea", False),
])
def test_owns_as_possessive(text, owns):
    from yongeo.text.english import owns_as_possessive

    assert owns_as_possessive(text, text.index("Korea") + len("Korea")) is owns


@pytest.mark.parametrize(("text", "word", "quoted"), [
    ("House spelling: “Motegi Toshimitsu”, the minister.", "Motegi Toshimitsu", True),
    ("사내 표기: ‘모테기 토시미츠’(일본 외무상).", "모테기 토시미츠", True),
    ("Japan's names for them, Takeshima and the Sea of Japan", "Takeshima", False),
    ("Japan's position", "Japan", False),  # an apostrophe, no quotation
])
def test_quoted(text, word, quoted):
    from yongeo.text.mention import quoted as is_quoted

    start = text.index(word)
    assert is_quoted(text, start, start + len(word)) is quoted


@pytest.mark.parametrize(("text", "word", "glosses"), [
    ("Japan invaded Joseon, as Korea was then called, and", "Korea", True),
    ("From Hanyang (today's Seoul) they went", "Seoul", True),
    ("Edo, now Tokyo, was the capital", "Tokyo", True),
    ("as Korea was hit hard", "Korea", False),  # no name before it
    ("Korea was then called Joseon", "Korea", False),
])
def test_glosses_other_name(text, word, glosses):
    from yongeo.text.english import glosses_other_name

    start = text.index(word)
    assert glosses_other_name(text, start, start + len(word)) is glosses


@pytest.mark.parametrize(("text", "aside"), [
    ("제6조(문화유산 보호) 차용기관은", False),  # an article's title
    ("Article 6 (Cultural Heritage) The borrower", False),
    ("1월 나라 정상회담(문화유산 협력 합의) 이후", True),  # a note
])
def test_article_title_is_no_aside(text, aside):
    from yongeo.text.news import in_aside

    start = text.index("문화유산") if "문화유산" in text else text.index("Cultural")
    assert in_aside(text, start, start + 4) is aside


@pytest.mark.parametrize(("term", "forms"), [
    ("flooding of the Josei coal mine", {"flood", "floods", "flooded", "flooding"}),
    ("Josei coal mine accident", set()),  # no verb's -ing noun
])
def test_event_verb_forms(term, forms):
    from yongeo.text.english import event_verb_forms

    assert event_verb_forms(term) == forms


@pytest.mark.parametrize(("text", "noun", "told"), [
    ("조세이 탄광이 수몰된 지 84년", "수몰", True), ("탄광이 수몰돼", "수몰", True),
    ("조세이 탄광 수몰 사고", "수몰", False),  # the noun itself, no predicate
])
def test_tells_by_predicate(text, noun, told):
    from yongeo.text.korean import tells_by_predicate

    assert tells_by_predicate(text, noun) is told


@pytest.mark.parametrize(("text", "held"), [
    ("will hold a working group meeting", True), ("the talks were held in Tokyo", True),
    ("Japan hosted the summit", True), ("they convened a session", True),
    ("the leaders met", False), ("a stakeholder said", False), ("householders", False),
    ("will give a press conference", True), ("gave the keynote", True),  # give an event
    ("give them support", False), ("forgave a debt", False),
])
def test_holds_support_verb(text, held):
    from yongeo.text.english import holds_support_verb

    assert holds_support_verb(text) is held


@pytest.mark.parametrize(("text", "named"), [
    ("the Korean community that has lived in Japan", True),
    ("Osaka's Korean community", True), ("Japan's Korean community", True),
    ("the Korean community living in Fukuoka", True),
    ("the Korean community and Japan", False),  # no place around the head
    ("China's Korean community in Japan", False),  # another country's
])
def test_named_with_its_place(text, named):
    from yongeo.text.english import named_with_its_place

    whole = text + " in Japan"
    assert named_with_its_place(text, whole, "Korean community in Japan") is named


@pytest.mark.parametrize(("term", "root"), [
    ("피해자", "피해"), ("희생자", "희생"), ("참석자", "참석"),
    ("학자", None), ("기자", None), ("외교관", None), ("피해 자", None),
])
def test_person_root(term, root):
    from yongeo.text.korean import person_root

    assert person_root(term) == root


@pytest.mark.parametrize(("text", "root", "named"), [
    ("강제동원 피해 가족", "피해", True), ("가해와 피해를 가르지", "피해", True),
    ("희생 85주기", "희생", True), ("피해국의 기업", "피해", False),  # a longer word
    ("무피해 지역", "피해", False), ("위험을 피해서 대피", "피해", False),  # avoiding
    ("피해야 한다", "피해", False),
])
def test_names_by_root(text, root, named):
    from yongeo.text.korean import names_by_root

    assert names_by_root(text, root) is named


@pytest.mark.parametrize(("text", "deaths"), [
    ("183 miners died", True), ("killing 183 miners", True), ("lists of the dead", True),
    ("the death toll rose", True), ("they lost their lives", True), ("it perished", True),
    ("the miners were trapped", False), ("a deadline", False), ("studied", False),
    ("a ding on the door", False), ("the dying embers", True),
])
def test_tells_deaths(text, deaths):
    from yongeo.text.english import tells_deaths

    assert tells_deaths(text) is deaths


@pytest.mark.parametrize(("term", "dead"), [
    ("희생자", True), ("사망자", True), ("전사자", True), ("피해자", False), ("유족", False),
])
def test_names_the_dead(term, dead):
    from yongeo.text.korean import names_the_dead

    assert names_the_dead(term) is dead


@pytest.mark.parametrize(("text", "name", "school"), [
    ("the Japan Coast Guard Academy signed", "Japan Coast Guard", True),
    ("Nippon Steel Corp. appealed", "Nippon Steel", False),  # a legal form: the same body
    ("the Sejong Institute Center for Japanese Studies", "Sejong Institute", False),  # a unit
    ("the Japan Coast Guard said", "Japan Coast Guard", False),
    # a university's own college or school: its unit
    ("Korea University College of Engineering newsletter", "Korea University", False),
    ("Waseda University School of Law", "Waseda University", False),
    ("the Korea National Defense University said", "Korea National Defense", True),
])
def test_heads_school_name(text, name, school):
    from yongeo.text.english import heads_school_name

    assert heads_school_name(text, text.index(name) + len(name)) is school


@pytest.mark.parametrize(("text", "name", "other"), [
    ("officials from the Japanese Ministry of Finance", "Japanese Ministry of Foreign Affairs",
     True),  # the head and of, another complement
    ("the Japanese Ministry of Foreign Affairs said", "Japanese Ministry of Foreign Affairs",
     False),
    ("the Ministry of Foreign Affairs of Japan", "Japanese Ministry of Foreign Affairs",
     False),  # the name itself, with more after it
    ("the Ministry of Finance said", "Japanese Foreign Ministry", False),  # no of in the name
])
def test_other_complement(text, name, other):
    from yongeo.text.english import other_complement

    assert other_complement(text, name) is other


@pytest.mark.parametrize(("text", "modifier", "phrases"), [
    ("the extended defense commitment and extended deterrence", "extended",
     ["extended defense", "extended deterrence"]),
    ("was extended to 2026", "extended", []),  # a function word after it
    ("humanitarian aid, humanitarian grounds", "humanitarian",
     ["humanitarian aid", "humanitarian grounds"]),
])
def test_modifier_phrases(text, modifier, phrases):
    from yongeo.text.english import modifier_phrases

    assert [text[s:e] for s, e in modifier_phrases(text, modifier)] == phrases


@pytest.mark.parametrize(("text", "modifier", "found"), [
    ("확장억제와 확장 정책", "확장", [0, 6]), ("기능확장과 확장억제", "확장", [6]),
])
def test_korean_modifier_occurrences(text, modifier, found):
    from yongeo.text.korean import korean_modifier_occurrences

    assert korean_modifier_occurrences(text, modifier) == found


@pytest.mark.parametrize(("text", "kind", "names", "described"), [
    ("textbooks and its annual diplomatic report restate it", "report",
     ["Diplomatic Bluebook"], True),  # the kind, after a word of the name
    ("textbooks and its annual defense report restate it", "report",
     ["Diplomatic Bluebook"], False),  # no word of the name
    ("under the Claims Settlement Agreement", "agreement", ["Claims Agreement"], False),  # a name
    ("under the 1965 claims agreement", "agreement", ["Claims Agreement"], True),  # a year
    ("under the bilateral claims agreement", "agreement", ["Claims Agreement"], True),
])
def test_describes_by_kind_and_name(text, kind, names, described):
    from yongeo.text.english import describes_by_kind_and_name

    assert describes_by_kind_and_name(text, kind, names) is described


@pytest.mark.parametrize(("text", "named"), [
    ("their joint response to organized crime, including online scams", True),
    ("partners such as local governments", True),
    ("Nagasaki Prefecture and Tsushima City will take part", False),  # members alone
    ("Including Nagasaki, the cities agreed", False),  # no kind before it
    # A note's abbreviations.
    ("Views of stockholders, incl. local governments and industry", True),
    ("partners, e.g. local governments", True), ("partners, e.g., local governments", True),
    ("Views, incl. those of industry", False),  # a pronoun: no kind
])
def test_names_kind_before_list(text, named):
    from yongeo.text.english import names_kind_before_list

    assert names_kind_before_list(text) is named


@pytest.mark.parametrize(("text", "named"), [
    ("history-related matters, such as the sale of assets", False),  # a light noun
    ("about 100 people, including officials from Niigata", False),  # people
    ("all workers, including those from the peninsula", False),  # a pronoun after it
])
def test_names_kind_before_list_not_light_nouns(text, named):
    from yongeo.text.english import names_kind_before_list

    assert names_kind_before_list(text) is named


@pytest.mark.parametrize(("text", "name", "takes"), [
    ("with Japanese Minister for Foreign Affairs Motegi", "Japanese Minister", True),
    ("the Defense Bluebook of Japan says", "Defense Bluebook", True),
    ("the Defense Bluebook says", "Defense Bluebook", False),
    ("the Defense Bluebook of last year", "Defense Bluebook", False),  # no name after of
])
def test_takes_complement(text, name, takes):
    from yongeo.text.english import takes_complement

    assert takes_complement(text, text.index(name) + len(name)) is takes


@pytest.mark.parametrize(("text", "title", "corporate"), [
    ("said Kim Tae-hoon, President and CEO of Daehan Ocean", "President", True),
    ("Kenji Morimoto, Representative Director and President, said", "President", True),
    ("President Lee met the CEO", "President", False),  # a CEO elsewhere, not joined
    ("President and First Lady Kim arrived", "President", False),
])
def test_joined_to_corporate_post(text, title, corporate):
    from yongeo.text.titles import joined_to_corporate_post

    start = text.index(title)
    assert joined_to_corporate_post(text, start, start + len(title)) is corporate


@pytest.mark.parametrize(("term", "parts"), [
    ("Korean residents in Japan", ("korean residents", "Japan")),
    ("Korean community in Japan", ("korean community", "Japan")),
    ("Embassy in Seoul", None),  # one word before in
    ("Ministry of Foreign Affairs", None),  # no place after in
    ("people-to-people exchange", None),
    ("Korean residents in general", None),  # no capitalised place
])
def test_place_complement(term, parts):
    from yongeo.text.english import place_complement

    assert place_complement(term) == parts


@pytest.mark.parametrize(("text", "whole", "count"), [
    ("the Korean community attended", "They met in Japan.", 1),
    ("Korean residents' associations", "Japanese cities", 1),  # the country's adjective
    ("the Korean community attended", "They met in Seoul.", 0),  # the place named nowhere
    ("Korean residents in Japan attended", "Japan", 0),  # the term in full
    ("the Korean Residents Union met", "Japan", 0),  # the words of a longer name
    ("Korean residents and Korean communities", "Japan", 2),
])
def test_names_without_place(text, whole, count):
    from yongeo.text.english import names_without_place

    assert names_without_place(text, whole, "Korean residents in Japan") \
        + names_without_place(text, whole, "Korean community in Japan") == count


@pytest.mark.parametrize(("text", "word", "surviving"), [
    ("생존 피해자들을 위한 재단", "피해자", True),
    ("생존피해자", "피해자", True),
    ("강제동원 피해자", "피해자", False),
    ("공생존 피해자", "피해자", False),  # 생존 ending another word
    ("생존해 있는 소수의 피해자", "피해자", True),  # a clause of living, a word between
    ("생존한 피해자", "피해자", True),
    ("생존해 있는 소수의 많은 다른 피해자", "피해자", False),  # too far
])
def test_surviving_before(text, word, surviving):
    from yongeo.text.korean import surviving_before

    assert surviving_before(text, text.index(word)) is surviving


@pytest.mark.parametrize(("term", "beginning"), [
    ("출범", True), ("발족", True), ("설립", True), ("개 원", True),
    ("취임", False), ("출범식", False), ("정상회담", False),
])
def test_names_beginning(term, beginning):
    from yongeo.text.korean import names_beginning

    assert names_beginning(term) is beginning


@pytest.mark.parametrize(("term", "words"), [
    ("정상회담", ["정상", "회담"]), ("수출규제", ["수출", "규제"]),
    ("수산물 수입 규제", ["수산물", "수입", "규제"]), ("외무성", ["외무성"]),
    ("일제강제동원", ["일제강제동원"]),  # six syllables: no guess
])
def test_term_words(term, words):
    from yongeo.text.korean import term_words

    assert term_words(term) == words


@pytest.mark.parametrize(("text", "spaced", "found"), [
    ("두 정상은 순방외교를 지속하고 셔틀외교를", False, ["순방외교", "셔틀외교"]),
    ("외교부는 외교를 중시한다", False, []),  # a longer word; the head alone
    ("양국 대중문화 교류와 인적 교류", True, ["대중문화 교류", "인적 교류"]),
    ("일본의 교류", True, []),  # a particle before the head: no compound
    ("대중문화 교류", False, []),  # spaced, not asked for
])
def test_head_compounds(text, spaced, found):
    from yongeo.text.korean import head_compounds

    head = "교류" if "교류" in text else "외교"
    assert [text[a:b] for a, b in head_compounds(text, head, spaced=spaced)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("shuttle diplomacy and reciprocal-visit diplomacy", ["shuttle diplomacy",
                                                         "reciprocal-visit diplomacy"]),
    ("Japan's diplomacy", ["Japan's diplomacy"]),
    ("the diplomacy of summits, of diplomacy", []),  # a function word before the head
    ("Summit diplomacies", ["Summit diplomacies"]),
    ("Seoul pursues diplomacy; Tokyo conducts diplomacy", []),  # a verb and its object
    ("renewed diplomacy and growing diplomacy", ["renewed diplomacy", "growing diplomacy"]),
])
def test_head_phrases(text, found):
    from yongeo.text.english import head_phrases

    assert [text[a:b] for a, b in head_phrases(text, "diplomacy")] == found


@pytest.mark.parametrize(("text", "head", "count"), [
    ("Cultural exchange grows; exchanges among young people too.", "exchange", 2),
    ("Exchange-rate risk", "exchange", 0),  # a longer word
    ("exchanged", "exchange", 0),
    ("교류가 늘고 인적 교류와 대중문화교류도", "교류", 3),  # alone, spaced, written onto
    ("교류회에 갔다", "교류", 0),  # a longer word
    ("문화 교류", "교류", 1),
])
def test_head_occurrences(text, head, count):
    from yongeo.text.english import head_occurrences
    from yongeo.text.korean import korean_head_occurrences

    find = korean_head_occurrences if head == "교류" else head_occurrences
    assert len(find(text, head)) == count


@pytest.mark.parametrize(("text", "uncased"), [
    ("so um prime minister takaichi said the cptpp talks " * 6, True),
    ("[Music] so i mean I think the talks with japan and korea went well " * 5, True),
    ("Prime Minister Takaichi said the CPTPP talks would go on. " * 6, False),
    ("prime minister takaichi said", False),  # too short to tell
    ("한국과 일본의 대화 " * 40, False),  # no Latin letters
])
def test_writes_no_capitals(text, uncased):
    from yongeo.text.normalize import writes_no_capitals

    assert writes_no_capitals(text) is uncased


@pytest.mark.parametrize(("text", "alone"), [
    ("회담 결과는 회담 종료 후 발표한다", True),  # opening a clause
    ("일본 측은 회담마다 지지를 요청했다", True),  # after a word that ends in a particle
    ("외교장관 회담 후 발표한다", False),  # after a bare noun: another compound
    ("비공개 회담으로 전환한다", False),
    ("정상회담 결과", False),  # inside the compound itself
    ("회담장에 들어갔다", False),  # a longer word
    ("센터는 별관에 마련함. 회담 종료 후 브리핑한다", True),  # a sentence's start, a space after
    ("센터는 별관에 마련함 회담 종료 후", False),  # no mark: a bare word before it
])
def test_head_stands_alone(text, alone):
    from yongeo.text.korean import head_stands_alone

    assert head_stands_alone(text, "회담") is alone


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("He met the head of the National Intelligence Service.", "organization",
     ["National Intelligence Service"]),
    ("The Kishida Cabinet held to it.", "organization", ["Kishida Cabinet"]),  # not The
    ("the Ministry of the Interior and Safety call center", "organization",
     ["Ministry of the Interior and Safety"]),  # the head before its complement
    ("the Treaty on Basic Relations of 1965", "agreement", ["Treaty on Basic Relations"]),
    ("Japan's Defense White Paper", "publication", ["Defense White Paper"]),
    ("The Ministry said so. The office agreed.", "organization", []),  # a head alone
    ("the National Intelligence Service and the Kishida Cabinet", "organization",
     ["National Intelligence Service", "Kishida Cabinet"]),  # and parts two names
    ("the Treaty on Basic Relations", "person", []),  # no heads for a person
])
def test_named_of_kind(text, kind, names):
    from yongeo.text.english import named_of_kind

    assert [text[a:b] for a, b in named_of_kind(text, 0, len(text), kind)] == names


@pytest.mark.parametrize(("text", "term", "after"), [
    ("피해자 유족은 불참했다", "피해자", True),
    ("피해자들의 유족이 소송을 냈다", "피해자", True),  # a plural suffix and 의 between
    ("피해자 유족들에게 전달했다", "피해자", True),  # particles after the bereaved
    ("희생자 유가족", "희생자", True),
    ("피해자 가족은", "피해자", False),  # 가족 says nothing of the dead
    ("피해자 유족회관", "피해자", False),  # a longer word: the bereaved's association hall
])
def test_bereaved_after(text, term, after):
    from yongeo.text.korean import bereaved_after

    assert bereaved_after(text, text.index(term) + len(term)) is after


@pytest.mark.parametrize(("word", "phrase"), [
    ("회담에서", True), ("정부는", True),  # a frequent noun and a case particle
    ("사나에", False), ("바이든", False), ("루비오", False),  # names
    ("김정은", False),  # a name whose last syllable reads as a particle
])
def test_case_phrase(word, phrase):
    from yongeo.text.korean import case_phrase

    assert case_phrase(word) is phrase


@pytest.mark.parametrize(("text", "families"), [
    ("the Korean government and the families stayed away", True),
    ("relatives of those who have since died", True),
    ("the bereaved families of the Josei coal mine survivors", False),  # others' families
    ("the government stayed away", False),
])
def test_names_families(text, families):
    from yongeo.text.english import names_families

    assert names_families(text) is families


@pytest.mark.parametrize(("text", "end", "seat"), [
    ("총리 관저는 요구했다", 2, True),  # the seat, a particle after it
    ("대통령 집무실에서 만났다", 3, True),
    ("총리 관저로부터 연락이 왔다", 2, True),  # a chain of particles
    ("총리는 요구했다", 2, False),  # the officer
    ("총리 공관장이 말했다", 2, False),  # another word that opens with a seat's noun
])
def test_seat_after(text, end, seat):
    from yongeo.text.titles import seat_after

    assert seat_after(text, end) is seat


@pytest.mark.parametrize(("text", "owned"), [
    ("the Foreign Ministry of Japan said", True),
    ("the Foreign Ministry of the Republic of Korea said", True),  # Korea, as pairs write it
    ("the Foreign Ministry of the ROK said", True),
    ("the Foreign Ministry in Tokyo said", False),  # a place it stands in
    ("the Foreign Ministry of Culture said", False),  # no country
])
def test_owned_after(text, owned):
    from yongeo.text.places import owned_after

    assert owned_after(text, text.index("Ministry") + len("Ministry")) is owned


@pytest.mark.parametrize(("english", "countries"), [
    ("Tokyo", {"일본"}), ("Beijing", {"중국"}), ("Washington", {"미국"}),
    ("Busan", set()), ("Osaka", set()),  # cities, no capitals
])
def test_capital_country(english, countries):
    from yongeo.text.places import capital_country

    assert capital_country(english) == countries


@pytest.mark.parametrize(("text", "head", "named"), [
    ("a ministry official said", "ministry", True),
    ("two senior ministry officials said", "ministry", True),
    ("the ministry spokesperson said", "ministry", True),
    ("the ministry said", "ministry", False),  # the body itself, another rule's
    ("a defense official said", "ministry", False),
])
def test_official_of_head(text, head, named):
    from yongeo.text.titles import official_of_head

    assert official_of_head(text, head) is named


@pytest.mark.parametrize(("text", "end", "officer"), [
    ("외교부 당국자는", 3, True), ("외무성 고위 관계자가", 3, True), ("국방부 대변인은", 3, True),
    ("외교부는", 3, False), ("외교부 장관은", 3, False),  # a titled officer: another rule's
])
def test_unnamed_officer_after(text, end, officer):
    from yongeo.text.titles import unnamed_officer_after

    assert unnamed_officer_after(text, end) is officer

@pytest.mark.parametrize(("term", "forms"), [
    ("Korea University", ("Korea Univ.",)),
    ("Korea National Diplomatic Academy",
     ("Korea Natl. Diplomatic Academy", "Korea Nat'l Diplomatic Academy")),
    ("National Security Office", ("Natl. Security Office", "Nat'l Security Office")),
    ("International Department", ("Intl. Department", "Int'l Department", "International Dept.",
                                  "Intl. Dept.")),
    ("shuttle diplomacy", ()),  # no name's word
    # a word in lower case: its short forms in lower case, with the full stop or without
    ("local government", ("local govt", "local govt.", "local gov't")),
])
def test_abbreviated_forms(term, forms):
    from yongeo.text.english import abbreviated_forms

    assert abbreviated_forms(term) == forms

@pytest.mark.parametrize(("text", "term", "shared"), [
    ("releases of Japan's Ministry of Foreign Affairs and Ministry of Defense",
     "Japanese Ministry of Defense", True),
    ("the Japanese Foreign Ministry, Defense Ministry and Cabinet Office",
     "Japanese Defense Ministry", True),
    ("Japan’s Foreign Ministry or the Ministry of Defense", "Japanese Ministry of Defense", True),
    ("Japan's Foreign Ministry and Korea's Ministry of Defense",
     "Japanese Ministry of Defense", False),  # another owner between
    ("the Japanese Foreign Ministry and the Korean Ministry of Defense",
     "Japanese Ministry of Defense", False),  # another country's adjective
    ("the Ministry of Defense", "Japanese Ministry of Defense", False),  # no country
    ("Japan's leaders. Ministry of Defense", "Japanese Ministry of Defense", False),
])
def test_shares_country(text, term, shared):
    from yongeo.text.demonyms import shares_country

    assert shares_country(text, term) is shared


@pytest.mark.parametrize(("term", "forms"), [
    ("다카이치 내각", ("다카이치 정부", "다카이치 정권", "다카이치 총리 내각", "다카이치 총리 정부",
                  "다카이치 총리 정권", "다카이치 대통령 내각", "다카이치 대통령 정부",
                  "다카이치 대통령 정권", "다카이치 수상 내각", "다카이치 수상 정부",
                  "다카이치 수상 정권")),
    ("국가안보실", ()),  # no government named after its leader
])
def test_korean_leaders_government_forms(term, forms):
    from yongeo.text.korean import leaders_government_forms

    assert leaders_government_forms(term) == forms


@pytest.mark.parametrize(("term", "forms"), [
    ("science and technology", ("science/technology", "science / technology")),
    ("Ministry of Economy, Trade and Industry", ()),  # a list's last two: no pair
    ("shuttle diplomacy", ()),
    ("peace and prosperity and security", ()),  # and twice: no pair
])
def test_slashed_forms(term, forms):
    from yongeo.text.english import slashed_forms

    assert slashed_forms(term) == forms



@pytest.mark.parametrize(("tail", "onto"), [
    ("외교부장관은", True),  # 조현외교부장관은: the title written onto the name
    ("총리가", True),
    ("정부의", False),  # 노무현정부의: the government named after the person, not the person
    ("수", False),  # 이재명수: another name's syllable
    ("사카", False),
])
def test_written_onto_name(tail, onto):
    from yongeo.text.titles import written_onto_name

    assert written_onto_name(tail) is onto


@pytest.mark.parametrize(("english", "feature"), [
    ("East Sea", True),
    ("Korea Strait", True),
    ("Sea", False),  # one word: no name of a feature
    ("Nara Prefecture", False),
    ("Seoul", False),
])
def test_names_a_feature(english, feature):
    from yongeo.text.places import names_a_feature

    assert names_a_feature(english) is feature


@pytest.mark.parametrize(("text", "named"), [
    ("동해시에서", True),  # the city of Donghae
    ("동해항", True),  # its port
    ("동해시청 국제협력과", True),  # its city hall
    ("동해시민들이", True),  # its citizens, in the plural
    ("동해행 여객선", True),  # a ferry bound for Donghae, the town

    ("동해안", False),  # the east coast: no place's kind
    ("동해상에서", False),  # on the sea
])
def test_place_named_after(text, named):
    from yongeo.text.places import place_named_after

    assert place_named_after(text, 2) is named


@pytest.mark.parametrize(("text", "term", "around"), [
    ("한일 경제안보 협력이 늘었다", "한일 협력", True),
    ("한일 경제 안보 협력과 교류", "한일 협력", True),  # two words between
    ("한일 경제 안보 분야 협력", "한일 협력", False),  # three: too far apart
    ("한일 협력이 늘었다", "한일 협력", False),  # nothing between: the term itself
    ("한일 경제안보 협력체", "한일 협력", False),  # a longer word
])
def test_written_around(text, term, around):
    from yongeo.text.korean import written_around

    assert written_around(text, term) is around


@pytest.mark.parametrize(("text", "term", "between"), [
    ("A joint Korea-Japan response", "joint response", True),
    ("practical U.S.-ROK cooperation", "practical cooperation", True),
    ("a joint response", "joint response", False),  # nothing between
    ("a joint statement and a response", "joint response", False),
    ("joint Korea-Japan responses", "joint response", True),  # the plural
    # one adjective between, and a hyphened first word
    ("a joint military response", "joint response", True),
    ("held a working-level video consultation", "working-level consultation", True),
    ("a joint and separate response", "joint response", False),  # more than one word
    ("under the third-party arbitration solution", "third-party solution", False),  # a noun
])
def test_name_between(text, term, between):
    from yongeo.text.english import name_between

    assert name_between(text, term) is between


@pytest.mark.parametrize(("text", "phrase", "ends"), [
    ("The US Secretary of State visits Tokyo next week.", "State visits", True),
    ("The Department of State announced it.", "State announced", True),
    ("Lee made a State visit to Tokyo.", "State visit", False),  # no name before
    ("# Secretary Of State Visits Tokyo", "State Visits", False),  # a title-case line
])
def test_ends_name_with_first_word(text, phrase, ends):
    from yongeo.text.english import ends_name_with_first_word

    start = text.index(phrase)
    assert ends_name_with_first_word(text, start, start + len(phrase)) is ends


@pytest.mark.parametrize(("text", "found"), [
    ("has kept the shuttle running, but", []),  # an object's complement
    ("the shuttle meeting, but", [(4, 19)]),  # a compound
    ("saw the shuttle leaving", []),
])
def test_modifier_phrases_complement(text, found):
    from yongeo.text.english import modifier_phrases

    assert modifier_phrases(text, "shuttle") == found


@pytest.mark.parametrize(("text", "opens"), [
    ("the China Daily newspaper", True),
    ("Launcher Error", False),  # a line in title case: capitals name nothing
    ("Summit Hall (3F)", True),  # a site's noun after it, title case or not
    ("the Summit of leaders", False),  # a function word after it
])
def test_opens_longer_name(text, opens):
    from yongeo.text.english import opens_longer_name

    word = text.split()[1] if text.startswith("the ") else text.split()[0]
    end = text.index(word) + len(word)
    assert opens_longer_name(text, end) is opens


@pytest.mark.parametrize(("text", "thing"), [
    ("the remains of a perfect day", True),
    ("The remains of trust: can the channel survive?", True),
    ("The remains of my weekend", True),
    ("The remains of their day are short.", True),
    ("the remains of the victims", False),
    ("the remains of 183 miners", False),
    ("the remains of their fathers", False),
    ("the remains of his brother", False),  # a possessive's person, whoever
    ("the remains were found", False),
    ("search the remains of collapsed houses", True),  # what a disaster left of buildings
    ("Do not enter the remains of damaged buildings.", True),
    ("the remains of the ship's crew", False),  # the crew's, not the ship's
    ("whether the remains of the missiles can be salvaged", True),
    ("Do not touch missile debris or remains.", True),  # beside debris, a machine's
    ("the missile remains were recovered", True),
    ("the victims' remains and their belongings", False),
    ("the crew who cleared away the remains of dinner", True),  # a meal's, a sum's
    ("Whatever remains of my budget goes on a second trip", True),  # the verb
    ("Store what remains of the sauce in the fridge", True),
    ("The remains were returned to the families", False),
])
def test_remains_of_a_thing(text, thing):
    from yongeo.text.english import remains_of_a_thing

    start = text.lower().index("remains")
    assert remains_of_a_thing(text, start, start + len("remains")) is thing


@pytest.mark.parametrize(("found", "term", "turned"), [
    ("Japan-Korea summit", "Korea-Japan summit", True),
    ("ROK-Japan summit", "Korea-Japan summit", False),  # Korea first, by another name
    ("Japan-China-Korea summit", "Korea-Japan-China summit", True),
    ("relations between Japan and the Republic of Korea", "Korea-Japan relations", True),
    ("Korea-Japan summit", "Korea-Japan summit", False),
    ("the summit", "summit", False),  # no countries
])
def test_english_pair_reordered(found, term, turned):
    from yongeo.text.places import pair_reordered

    assert pair_reordered(found, term) is turned


@pytest.mark.parametrize(("found", "term", "turned"), [
    ("일한관계", "한일관계", True),
    ("일·한관계", "한·일관계", True),
    ("한일관계", "한일관계", False),
    ("한미일", "한일중", False),  # three countries: no one other order
])
def test_korean_pair_reordered(found, term, turned):
    from yongeo.text.korean import pair_reordered

    assert pair_reordered(found, term) is turned


@pytest.mark.parametrize(("text", "before", "countries"), [
    ("North Korea answered with statements from its defense ministry", "defense", {"북한"}),
    ("Seoul said its foreign ministry would reply", "foreign", {"대한민국", "한국", "남한"}),
    ("Japan and China met. The council said its ministry", "ministry", {"중국"}),
    ("The council said its foreign ministry would reply", "foreign", set()),  # no place
    ("North Korea answered with statements from the defense ministry", "defense", set()),
])
def test_country_of_its(text, before, countries):
    from yongeo.text.places import country_of_its

    assert country_of_its(text, text.index(before)) == countries
