"""Knowledge of names: romanised Korean and Japanese personal names, titles, and name heads."""

from __future__ import annotations

from functools import lru_cache

import regex

from yongeo.text import demonyms, japanese


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Korean family names in the romanisations the English-language press uses.
KOREAN_SURNAMES = _words("""
lee yi rhee ri kim gim park pak bak choi choe chey jung jeong chung cheong kang gang cho jo
yoon yun jang chang lim im rim han oh seo suh shin sin kwon gwon hwang ahn an song yoo yu
ryu rhyu hong jeon jun chun ko koh go moon mun yang son sohn bae pae baek paik baik heo
huh hur nam sim shim noh roh no ha kwak gwak sung seong cha joo ju chu woo u koo ku gu min
na ra jin chin ji chi eom um chae won cheon bang kong gong hyun hyeon ham byun byeon pyun
yeom yum yeo yeh do to so seok suk seon sun sul seol ma gil kil wi wee pyo myung myeong
ki gi ban pan wang geum keum ok yook yuk in maeng je mo tak kook guk yeon eo eun pyeon ye
bong sa bu jegal namkoong namgung hwangbo sunwoo seonwoo dokgo sagong
""")

# Surnames that are also common English words: only a hyphenated given name makes them one.
_AMBIGUOUS_SURNAMES = _words("in no so do to u an go ha ma ye bu sa je ju mo ok um sun son "
                             "min ban pan bang song jun gil ki won kong")

# One syllable of Korean romanisation (Revised, McCune-Reischauer and personal spellings).
_KO_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|k|g|n|d|t|r|l|m|b|p|s|j|h|c|f)?"
    r"(?:yae|yeo|yoo|you|wae|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|ei|a|e|i|o|u)"
    r"(?:ng|ck|k|n|t|l|m|p|g|b|c)?"
)
_KO_GIVEN_PART = regex.compile(rf"(?:{_KO_SYLLABLE}){{1,2}}")
_KO_ONE_SYLLABLE = regex.compile(_KO_SYLLABLE)

HONORIFICS = _words("dr dr. mr mr. mrs mrs. ms ms. prof prof. sir madam mx mx. rev rev. "
                    # abbreviated titles before a name: Gov. Muammer Guler, Sen. John McCain
                    "gov gov. sen sen. rep rep. gen gen. lt lt. col col. maj maj. capt capt. "
                    "adm adm. sgt sgt. amb amb. pres pres. supt supt.")
DEGREES = _words("""
ba b.a. bs b.s. bsc ma m.a. ms m.s. msc mba m.b.a. mpa mphil phd ph.d. dphil jd j.d.
llb llm ll.m. md m.d. edd
""")

# Nationality and language adjectives: they modify names but are not names themselves.
DEMONYMS = _words("""
korean koreans japanese chinese american americans russian russians british english
french german germans italian spanish indian australian canadian taiwanese vietnamese
filipino indonesian thai mongolian european asian african western eastern northern saudi
southern north-korean south-korean sino-japanese inter-korean
""")

# Titles and roles, lower case; "_" joins the words of one title (hyphens are written).
TITLES = frozenset(t.replace("_", " ") for t in """
assistant_secretary assistant_secretary_of_state deputy_secretary deputy_secretary_of_state
under_secretary under_secretary_of_state secretary_of_defense defense_secretary
president vice_president vice-president prime_minister deputy_prime_minister minister
vice_minister vice-minister foreign_minister defense_minister defence_minister
finance_minister trade_minister unification_minister chief_cabinet_secretary
cabinet_secretary secretary-general secretary_general secretary_of_state secretary
ambassador envoy special_envoy consul consul_general consul-general spokesperson spokesman
spokeswoman chairman chairwoman chairperson chair director director-general
director_general deputy_director governor mayor emperor empress crown_prince king queen
chancellor senator lawmaker legislator congressman congresswoman speaker premier general
admiral commander chief_of_staff national_security_adviser national_security_advisor
adviser advisor counselor counsellor professor research_professor associate_professor
assistant_professor visiting_professor emeritus_professor lecturer researcher
senior_researcher visiting_researcher research_fellow senior_fellow visiting_fellow fellow
visiting_scholar scholar analyst senior_analyst correspondent editor editor-in-chief
columnist commentator chief_executive founder co-founder head diplomat negotiator
chief_negotiator staff_reporter staff_writer
""".split())
_TITLE_MAX = max(len(t.split()) for t in TITLES)
# Heads that make a lower-case noun phrase a title or role (adult video director, chief
# negotiator, presidential candidate): the one-word titles, less those that are common
# nouns first (chair, head, speaker, general), and the roles of an election.
ROLE_HEADS = frozenset(t for t in TITLES if " " not in t and "-" not in t) - frozenset(
    {"chair", "head", "speaker", "general"}) | frozenset({"candidate", "nominee"})
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in TITLES)

# Heads that give a capitalised name its type (the last word, or the first before of/for).
ORGANIZATION_HEADS = _words("""
institute institution university college school academy center centre ministry
department office agency bureau commission committee council board authority
administration government cabinet parliament assembly congress diet senate court
party association federation union league foundation fund bank corporation company
group forum organization organisation society network service services force forces
command army navy police secretariat delegation mission embassy consulate
news agency press daily times herald post broadcasting media
productions studios co corp corporation inc ltd llc plc airways airlines nations
international brands holdings industries securities exchange entertainment motors partners
watch
""")
AGREEMENT_HEADS = _words("""
agreement agreements treaty treaties accord accords pact partnership convention
declaration protocol charter framework memorandum arrangement understanding communique
statement deal
""")
PLACE_HEADS = _words("""
prefecture province county city town village district island islands peninsula strait
sea ocean bay river mountain mountains mount lake temple shrine palace castle port
harbor harbour airport station square park valley region mine plant base cemetery
memorial museum hall bridge farm dam stadium arena hotel beach street avenue road boulevard
tower wall gate garden gardens zoo gorge canyon desert forest falls coast gulf plaza
cathedral church mosque pyramid pyramids monument
""")
# A compass word before a name makes a region of it (West Texas, Northern Ireland).
COMPASS = _words("""
north south east west northern southern eastern western central northeast northwest
southeast southwest
""")
EVENT_HEADS = _words("""
summit summits conference talks meeting meetings visit visits accident incident disaster
war wars crisis olympics games election elections ceremony dialogue day festival cup
championship championships derby tournament marathon expo anniversary masters
""")
PUBLICATION_HEADS = _words("""
brief briefs report reports journal review paper papers bulletin newsletter magazine
shimbun ilbo sinmun list yearbook almanac
""")
# English given names that are English words too (Bill, Heath, Jack, Rose): before a family
# name they make a person's name even when every word of it has an English reading. Names
# that are no English word need no list (a word without a reading marks a person).
GIVEN_NAME_WORDS = _words("""
amber angel bill billy bob bobby brook buck bud carol chase chip chuck clay cliff crystal
dale daisy dawn dean don drew dusty earl faith frank gene ginger glen grace grant harry
heath heather herb holly hope hunter iris ivy jack jay jimmy joy ken kit lance laurel lily
mark martin mason matt melody mike miles misty morgan nick norm olive pat patience pearl
penny peter ray reed rex rick rob robin rocky rod rose ruby rusty sally sandy skip sterling
sue summer sunny terry tom victor violet wade ward warren will woody
""")
# Regnal and ordinal numbers after a name (Benedict XVI, Henry VIII): no acronym.
ROMAN_NUMERAL = regex.compile(r"[IVXLC]+")
# Connectors a multiword proper name may contain between capitalised words.
CONNECTORS = _words("of for and on the de del la von van")
# Lowercase heads that attach to a preceding proper word to form a place (Josei coal mine).
LOWERCASE_PLACE_HEADS = (("coal", "mine"), ("mine",), ("temple",), ("shrine",),
                         ("island",), ("islands",), ("prefecture",), ("province",))


@lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """A nationality, regional or language adjective (Korean, Iraqi, Texan, Turkish) or its
    plural: the list above and those CLDR's names derive (text.demonyms)."""
    return word.lower() in DEMONYMS or demonyms.is_demonym(word)


def is_korean_surname(word: str) -> bool:
    return word.lower() in KOREAN_SURNAMES


def is_one_syllable_given_name(surname: str, given: str) -> bool:
    """Cho Hyun, Kang Min: a family name that is no English word and one syllable."""
    return (surname.lower() in KOREAN_SURNAMES and surname.lower() not in _AMBIGUOUS_SURNAMES
            and bool(_KO_ONE_SYLLABLE.fullmatch(given.lower())))


def is_korean_given_name(parts: list[str]) -> bool:
    """A Korean given name: two syllables hyphenated (Jae-myung), joined (Eunmi) or one."""
    lowered = [p.lower() for p in parts]
    if len(lowered) == 1:
        pieces = lowered[0].split("-")
        if len(pieces) == 2:
            return all(_KO_ONE_SYLLABLE.fullmatch(p) for p in pieces)
        return bool(_KO_GIVEN_PART.fullmatch(lowered[0])) and _syllables(lowered[0]) == 2
    if len(lowered) == 2:
        return all(_KO_ONE_SYLLABLE.fullmatch(p) for p in lowered)
    return False


_KO_SYLLABLE_COUNTS = ((1, regex.compile(f"(?:{_KO_SYLLABLE}){{1}}")),
                       (2, regex.compile(f"(?:{_KO_SYLLABLE}){{2}}")))


def _syllables(word: str) -> int:
    for count, pattern in _KO_SYLLABLE_COUNTS:
        if pattern.fullmatch(word):
            return count
    return 0


@lru_cache(maxsize=65536)
def looks_japanese(word: str) -> bool:
    """text.japanese.looks_japanese, remembered: the same names recur all through a corpus."""
    return japanese.looks_japanese(word)


def is_korean_name(words: list[str]) -> bool:
    """Family name first, then a given name: Lee Jae-myung, Wi Sung-lac, Choi Eunmi."""
    return _is_korean_name(tuple(words))


@lru_cache(maxsize=65536)
def _is_korean_name(words: tuple[str, ...]) -> bool:
    if len(words) < 2 or not is_korean_surname(words[0]):
        return False
    given = words[1:]
    if words[0].lower() in _AMBIGUOUS_SURNAMES and not (len(given) == 1 and "-" in given[0]):
        return False
    return is_korean_given_name(list(given))


def is_japanese_name(words: list[str]) -> bool:
    """Two Japanese-looking words, in either order: Takaichi Sanae, Shigeru Ishiba."""
    return len(words) == 2 and all(looks_japanese(w) and "-" not in w for w in words)


def title_at(words: list[str], start: int) -> int:
    """Length of the longest title starting at words[start] (0 when none)."""
    if words[start].lower() not in _TITLE_FIRST_WORDS:
        return 0
    for size in range(min(_TITLE_MAX, len(words) - start), 0, -1):
        phrase = " ".join(w.lower() for w in words[start:start + size])
        if phrase in TITLES:
            return size
    return 0


def head_type(words: list[str]) -> str | None:
    """The entry type a name's head word gives: organization, agreement, place, event, ..."""
    lowered = [w.lower().rstrip(".") for w in words]
    # In 'Institute of Foreign Affairs' the head is before the connector.
    heads = []
    for i, word in enumerate(lowered):
        if word in ("of", "for", "on") and i > 0:
            heads.append(lowered[i - 1])
            break
    heads.append(lowered[-1])
    for head in heads:
        for kind, table in (("agreement", AGREEMENT_HEADS), ("organization", ORGANIZATION_HEADS),
                            ("publication", PUBLICATION_HEADS), ("place", PLACE_HEADS),
                            ("event", EVENT_HEADS)):
            if head in table:
                return kind
    return None
