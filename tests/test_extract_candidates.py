"""Each kind of candidate: names with connectors, personal names, titles, acronyms, places,
noun phrases with plural and possessive folding and nesting, Korean phrases."""

from __future__ import annotations

import pytest

from yongeo.extract.acronyms import long_form_length
from yongeo.extract.counts import count_document, merge_counts
from yongeo.extract.names import is_japanese_name, is_korean_name
from yongeo.extract.score import select_candidates


def terms(*documents: str) -> dict[str, str]:
    """term -> type guess, for documents given as text."""
    counts = merge_counts(count_document(f"doc{i}.txt", text) for i, text in
                          enumerate(documents))
    return {c.term: c.type for c in select_candidates(counts)}


def candidate(term: str, *documents: str):
    counts = merge_counts(count_document(f"doc{i}.txt", text) for i, text in
                          enumerate(documents))
    return next(c for c in select_candidates(counts) if c.term == term)


@pytest.mark.parametrize("text, term, entry_type", [
    ("She is a research fellow at the Asan Institute for Policy Studies.",
     "Asan Institute for Policy Studies", "organization"),
    ("He was a visiting researcher at University of Michigan and Waseda University.",
     "University of Michigan", "organization"),
    ("He joined the Institute of Foreign Affairs and National Security in 2010.",
     "Institute of Foreign Affairs and National Security", "organization"),
    (("Seoul wants to join the Comprehensive and Progressive Agreement for Trans-Pacific "
      "Partnership soon."), "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
     "agreement"),
    ("She advises the Ministry of Foreign Affairs of ROK on Japan.",
     "Ministry of Foreign Affairs", "organization"),
    ("The victims died in the flooding of the Josei coal mine in 1942.", "Josei coal mine",
     "place"),
    ("The leaders met at Horyu-ji Temple in Nara Prefecture, Japan.", "Horyu-ji Temple", "place"),
    ("The leaders met at Horyu-ji Temple in Nara Prefecture, Japan.", "Nara Prefecture", "place"),
    ("This summary follows the Asan Issue Brief published in January.", "Asan Issue Brief",
     "publication"),
    ("He served under the Ishiba Cabinet before the election.", "Ishiba Cabinet",
     "organization"),
    ("It was the sixth meeting since the inauguration of the Lee Jae MMyung administration.",
     "Lee Jae MMyung administration", "organization"),
])
def test_multiword_proper_names(text: str, term: str, entry_type: str) -> None:
    found = terms(text)
    assert found.get(term) == entry_type, found


@pytest.mark.parametrize("text, absent", [
    ("Both China and Japan sent envoys to the talks.", "China and Japan"),
    ("The United States and China, as well as China and Japan, disagree.",
     "United States and China"),
    ("She advises the Ministry of Foreign Affairs of ROK on Japan.",
     "Ministry of Foreign Affairs of ROK"),
    ("Dr. Kim received her M.A. and Ph.D. in Political Science from Korea University.",
     "Political Science"),
])
def test_connectors_do_not_join_separate_names(text: str, absent: str) -> None:
    assert absent not in terms(text)


@pytest.mark.parametrize("words, expected", [
    (["Lee", "Jae-myung"], True),
    (["Wi", "Sung-lac"], True),
    (["Choi", "Eunmi"], True),
    (["CHOI", "Eunmi"], True),  # academic bylines write the family name in capitals
    (["Moon", "Jae-in"], True),
    (["In", "Seoul"], False),
    (["Lee", "Jae"], False),
    (["Korea", "University"], False),
])
def test_korean_personal_names(words: list[str], expected: bool) -> None:
    assert is_korean_name(words) is expected


@pytest.mark.parametrize("words, expected", [
    (["Takaichi", "Sanae"], True),
    (["Takahichi", "Sanae"], True),
    (["Shigeru", "Ishiba"], True),
    (["Lee", "Jae-myung"], False),
    (["Horyu-ji", "Temple"], False),
])
def test_japanese_personal_names(words: list[str], expected: bool) -> None:
    assert is_japanese_name(words) is expected


@pytest.mark.parametrize("text, term", [
    ("President Lee Jae-myung returned home on Tuesday.", "Lee Jae-myung"),
    ("Wi Sung-lac, head of the National Security Office, spoke.", "Wi Sung-lac"),
    ("Japanese Prime Minister Takaichi Sanae welcomed him.", "Takaichi Sanae"),
    ("Dr. CHOI Eunmi is a research fellow at the institute.", "Choi Eunmi"),
    ("Choi Eunmi\n\nResearch Fellow", "Choi Eunmi"),
])
def test_person_names_are_found_with_their_type(text: str, term: str) -> None:
    assert terms(text).get(term) == "person"


def test_a_family_name_alone_counts_for_the_person_named_in_full() -> None:
    text = ("President Lee Jae-myung met Takaichi Sanae.\nLee agreed with Tokyo.\n"
            "Takaichi’s reception of Lee was warm.")
    found = terms(text)
    assert "Lee" not in found and "Takaichi" not in found
    assert candidate("Lee Jae-myung", text).references == (
        ("doc0.txt", 1), ("doc0.txt", 2), ("doc0.txt", 3))
    assert candidate("Takaichi Sanae", text).frequency == 2


@pytest.mark.parametrize("text, title", [
    ("President Lee Jae-myung spoke.", "President"),
    ("Japanese Prime Minister Takaichi Sanae spoke.", "Prime Minister"),
    ("She is a research fellow at the institute.", "research fellow"),
    ("Choi Eunmi\n\nResearch Fellow\n\nShe is a research fellow.", "research fellow"),
    ("He was a visiting researcher in Tokyo.", "visiting researcher"),
    ("Wi Sung-lac, head of South Korea’s National Security Office, spoke.",
     "head of the National Security Office"),
    ("By Kim Min-seok, Staff Reporter\nNorth Korea fired a missile.", "Staff Reporter"),
    # capitalised adjectives before a title before a name belong to it
    ("said CNN Senior Political Researcher Alan Silverleib.", "Senior Political Researcher"),
])
def test_titles_and_roles(text: str, title: str) -> None:
    assert terms(text).get(title) == "title"


@pytest.mark.parametrize("text, title", [
    ("He will head to Tokyo tomorrow.", "head"),
    ("The general mood was warm.", "general"),
])
def test_ordinary_words_are_no_titles(text: str, title: str) -> None:
    assert title not in terms(text)


def test_acronym_with_its_long_form() -> None:
    text = ("Seoul wants to join the Comprehensive and Progressive Agreement for Trans-Pacific "
            "Partnership (CPTPP). CPTPP accession talks continue.")
    found = candidate("CPTPP", text)
    assert found.type == "agreement"
    assert found.long_form == ("Comprehensive and Progressive Agreement for Trans-Pacific "
                               "Partnership")
    assert "Comprehensive and Progressive Agreement for Trans-Pacific Partnership" not in \
        terms(text)


@pytest.mark.parametrize("text, acronym, long_form", [
    ("She taught at the Institute of Foreign Affairs and National Security (IFANS) of Korea.",
     "IFANS", "Institute of Foreign Affairs and National Security"),
    ("He was a researcher at Korea National Diplomatic Academy (KNDA) until 2020.",
     "KNDA", "Korea National Diplomatic Academy"),
])
def test_acronyms_record_their_long_form(text: str, acronym: str, long_form: str) -> None:
    assert candidate(acronym, text).long_form == long_form


@pytest.mark.parametrize("words, acronym, size", [
    (["Korea", "National", "Diplomatic", "Academy"], "KNDA", 4),
    (["the", "Republic", "of", "Korea"], "ROK", 3),
    (["University", "of", "Michigan"], "USA", 0),  # the country, not the university
    (["Agreement", "for", "Trans-Pacific", "Partnership"], "CPTPP", 0),
    (["non-governmental", "organizations"], "NGOs", 2),
])
def test_long_form_length(words: list[str], acronym: str, size: int) -> None:
    assert long_form_length(words, acronym) == size


def test_a_long_form_written_alone_later_counts_for_the_acronym() -> None:
    text = ("He joined Korea National Diplomatic Academy (KNDA) in 2020. "
            "Korea National Diplomatic Academy trains diplomats.")
    found = terms(text)
    assert found.get("KNDA") == "organization"
    assert "Korea National Diplomatic Academy" not in found
    assert candidate("KNDA", text).frequency == 2


def test_acronym_only_as_a_modifier_is_no_term() -> None:
    found = terms("They agreed on DNA identification of the remains.")
    assert "DNA" not in found and found.get("DNA identification") == "concept"


@pytest.mark.parametrize("text, place", [
    ("The talks were held in Osaka and Seoul.", "Osaka"),
    ("The talks were held in Osaka and Seoul.", "Seoul"),
    ("Tensions between the United States and China rose.", "United States"),
    ("Cooperation in Northeast Asia matters.", "Northeast Asia"),
    ("Asked about South Korea’s bid, he smiled.", "South Korea"),
    ("She studied in the USA.", "USA"),
])
def test_places(text: str, place: str) -> None:
    assert terms(text).get(place) == "place"


@pytest.mark.parametrize("text, term, entry_type", [
    # a state or province the press names without its country
    ("The ruling gave Texas approval for the plan.", "Texas", "place"),
    ("Obama, the Illinois senator, leads.", "Illinois", "place"),
    # a single unknown name typed by its neighbours
    ("From Dallas, Texas to Dabancheng, China, companies invest.", "Dabancheng", "place"),
    ("Residents fled the working class Gungoren neighborhood at night.", "Gungoren", "place"),
    ("He holds a fortune of 5.71 billion Yuan and invests it.", "Yuan", "concept"),
    ("Saudi Crown Prince Abdullah has written to the president.", "Abdullah", "person"),
    ("Professor Galertner says it is too late.", "Galertner", "person"),
    ("Food poisoning in the city of Nanjing killed three.", "Nanjing", "place"),
    ("He wrote that Naziism grew from the crisis.", "Naziism", "concept"),
    # head nouns: places, events, organizations
    ("They played at Yankee Stadium on Sunday.", "Yankee Stadium", "place"),
    ("North Korea marked Liberation Day on Friday.", "Liberation Day", "event"),
    ("Aid came from Oxfam International last week.", "Oxfam International", "organization"),
    # a lone adjective in capitals is no party or company
    ("Obama leads the Democratic field by far.", "Democratic", "concept"),
    # an acronym used as a common noun
    ("Sales of his DVDs rose among retirees.", "DVDs", "concept"),
    ("Doctors gave him an MRI after the fall.", "MRI", "concept"),
    # a name with an acronym is no person; one made only of English words neither
    ("Zafer Karakoc told CNN Turk that it happened.", "CNN Turk", "organization"),
    # a name given to something takes the type of what it names
    ("The supercomputer known as ASCI White has other uses.", "ASCI White", "concept"),
    ("He joined the group known as Red Dawn in May.", "Red Dawn", "organization"),
    ("He called it PGP and gave it away.", "PGP", "concept"),
    # a name before a body's common noun names that body
    ("Members of the banned Falun Gong spiritual movement were held.", "Falun Gong",
     "organization"),
    # a landmark's head
    ("A robot explored the Great Pyramid of Giza last week.", "Great Pyramid of Giza", "place"),
    # the employer before a title is no part of it
    ("said CNN Senior Political Researcher Alan Silverleib.", "CNN", "organization"),
    ("Many voters look to the race for the White House now.", "White House", "organization"),
    # a person: a word that is no English word, or a given name that is one
    ("Voters like Barack Obama more now.", "Barack Obama", "person"),
    ("The film starred Heath Ledger as the villain.", "Heath Ledger", "person"),
    ("Crowds greeted Benedict XVI in the city.", "Benedict XVI", "person"),
    # the case a name is written in, whatever the text does with its words elsewhere
    ("Condoleezza Rice arrived on Monday. The rice crop failed.", "Condoleezza Rice", "person"),
    ("Voters saw Roman Abramovich and Wang Haitao there.", "Roman Abramovich", "person"),
    ("The race for the White House is on. His house is big.", "White House", "organization"),
    # a noun phrase headed by a title or a role
    ("He met Gaichi Kono, an adult video director, in Tokyo.", "adult video director", "title"),
    ("The presidential candidate spoke. Each presidential candidate left.",
     "presidential candidate", "title"),
    # a ranking named in capitals is a publication
    ("Zhu Yuguo ranks at 102 on the Forbes China Rich List today.", "Forbes China Rich List",
     "publication"),
])
def test_types_from_heads_lists_and_context(text: str, term: str, entry_type: str) -> None:
    assert terms(text).get(term) == entry_type, terms(text)


@pytest.mark.parametrize("text, term, not_type", [
    # the town is named after 'of': the word before it is no place of its own
    ("Rockets hit the southern Israeli town of Sderot again.", "Israeli", "place"),
    # a nationality adjective derived from a country's name is no name of its own
    ("Iraqi officials said the talks failed.", "Iraqi", "organization"),
    ("Texan transmission companies invest in wind.", "Texan", "organization"),
    # a name that starts with a place is no person's
    ("Crowds stood by the Berlin Wall that night.", "Berlin Wall", "person"),
    # a campaign is no body; a possessive is no name of one
    ("The Barack Obama campaign raised money.", "Barack Obama", "organization"),
    ("Barack Obama's party won the vote.", "Barack Obama", "organization"),
    # 'called' alone may be a telephone call: only 'called it' names a thing
    ("The president called Obama on Friday.", "Obama", "concept"),
    # a lone Korean family name after a title is the person named in full, or no one
    ("He met President Lee in Seoul.", "Lee", "person"),
    ("Saudi citizens took part in it.", "Saudi", "organization"),
    # an amount before a word that is no currency says nothing of it
    ("In 2008 Obama won the Democratic nomination.", "Obama", "concept"),
])
def test_context_types_need_their_context(text: str, term: str, not_type: str) -> None:
    assert terms(text).get(term) != not_type, terms(text)


@pytest.mark.parametrize("documents, term", [
    (["Korea-Japan ties deepen beyond shuttle diplomacy.",
      "They praised shuttle diplomacy and economic security."], "shuttle diplomacy"),
    (["Joint responses to transnational crimes such as online scams."], "transnational crime"),
    (["Joint responses to transnational crimes such as online scams."], "online scam"),
    (["Joint responses to transnational crimes such as online scams."], "joint response"),
    (["It opened a path toward historical reconciliation."], "historical reconciliation"),
    (["The leaders discussed economic security at length."], "economic security"),
    (["They discussed intellectual property protection."],
     "intellectual property protection"),
    (["The ROK–Japan summit was held in Nara."], "ROK–Japan summit"),
    (["Prolonged Japan-China tensions worry Seoul."], "Japan-China tension"),
])
def test_domain_noun_phrases(documents: list[str], term: str) -> None:
    assert term in terms(*documents)


def test_plural_and_possessive_fold_into_one_term() -> None:
    text = ("Transnational crime is rising. Transnational crimes cost billions. "
            "Transnational crime’s victims are many.")
    found = candidate("transnational crime", text)
    assert found.frequency == 3
    assert "transnational crimes" not in terms(text)


def test_a_phrase_only_inside_a_longer_one_is_not_listed_twice() -> None:
    found = terms("They protect intellectual property protection rights? No: they discussed "
                  "intellectual property protection.")
    assert "intellectual property protection" in found
    assert "property protection" not in found


def test_a_one_off_modifier_on_an_established_term_is_no_new_term() -> None:
    text = ("Shuttle diplomacy resumed. Shuttle diplomacy works. "
            "It extends beyond traditional shuttle diplomacy.")
    found = terms(text)
    assert "shuttle diplomacy" in found
    assert "traditional shuttle diplomacy" not in found


@pytest.mark.parametrize("text, absent", [
    ("A particularly significant outcome was reached.", "significant outcome"),
    ("Three key achievements stand out.", "key achievement"),
    ("The first two weeks of the new year passed.", "new year"),
    ("It marked a rapidly shifting international order.", "shifting international order"),
    # a quantity: a measure after a numeral, a determiner before a noun
    ("Obama now holds a 6-point lead in the polls.", "point lead"),
    ("Sales of 40 year old actors rose.", "year old actor"),
    ("The farms make enough energy for 4 million homes.", "enough energy"),
])
def test_generic_phrases_are_not_terms(text: str, absent: str) -> None:
    assert absent not in terms(text)


@pytest.mark.parametrize("text, present, absent", [
    ("CONDOLEEZZA RICE VISITS SEOUL\nThen Condoleezza Rice arrived.\n", "Condoleezza Rice",
     "CONDOLEEZZA RICE VISITS SEOUL"),
    ("NATO LEADERS MEET IN BRUSSELS\nThe leaders of NATO met.\n", "NATO",
     "NATO LEADERS MEET IN BRUSSELS"),
])
def test_headline_in_capitals_is_read_in_title_case(text: str, present: str,
                                                     absent: str) -> None:
    found = terms(text)
    assert present in found and absent not in found, found


def test_title_case_headline_capitals_prove_nothing() -> None:
    text = ("Consolidating Shuttle Diplomacy on a Stable Track\n\n"
            "Shuttle diplomacy has resumed between Seoul and Tokyo.")
    found = terms(text)
    assert "shuttle diplomacy" in found
    assert not {"Shuttle Diplomacy", "Stable Track", "Consolidating"} & set(found)


def test_hashtag_keywords_are_candidates() -> None:
    found = terms("Leaders met.\n#Lee Jae-myung #summit diplomacy")
    assert found.get("Lee Jae-myung") == "person" and "summit diplomacy" in found


def test_frequent_heads_of_several_terms_are_terms() -> None:
    text = ("They praised practical cooperation. They sought bilateral cooperation. "
            "Cooperation is key. Korea-Japan cooperation is deep.")
    assert terms(text).get("cooperation") == "concept"


# --- Korean -------------------------------------------------------------------------------


def test_korean_compounds_and_repeated_phrases() -> None:
    text = ("한일 정상회담에서 셔틀외교를 논의했다.\n양국은 한일 정상회담을 정례화했다.\n"
            "안정 궤도에 오른 셔틀외교 발전 방안")
    found = terms(text)
    assert "셔틀외교" in found  # a compound written solid
    assert "한일 정상회담" in found  # a phrase seen twice
    assert "오른" not in " ".join(found)  # a predicate, not a noun
    assert "발전 방안" not in found  # seen once: Korean has no capitals to vouch for it


def test_korean_particles_are_stripped() -> None:
    counts = count_document("k.txt", "외교부와 국방부는 셔틀외교를 논의했다. "
                                     "외교부는 셔틀외교가 중요하다고 했다.")
    assert "셔틀외교" in counts.terms and "셔틀외교를" not in counts.terms
    assert counts.terms["외교부"].frequency == 2


@pytest.mark.parametrize(("word", "single"), [
    # regular plurals fold
    ("elections", "election"), ("sanctions", "sanction"), ("businesses", "business"),
    ("responses", "response"), ("cities", "city"), ("Elections", "Election"),
    ("Americans", "American"),  # a nationality's plural
    # nouns that are their own singular in lemminflect's tables, and names in -s
    ("chaos", "chaos"), ("lens", "lens"), ("atlas", "atlas"), ("bias", "bias"),
    ("diabetes", "diabetes"), ("news", "news"), ("talks", "talks"),
    ("Athens", "Athens"), ("Brussels", "Brussels"), ("Qantas", "Qantas"),
    ("Wales", "Wales"),  # common as a name, its singular reading (wale) is not
    ("Adelaide's", "Adelaide"),
])
def test_a_phrase_head_is_folded_to_its_singular(word, single):
    from yongeo.extract.words import singular

    assert singular(word) == single
