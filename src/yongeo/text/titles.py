"""Titles of office around names. Korean titles: a closed class of words that Korean writes
after a name (고든 브라운 영국 총리), so that a draft that writes another title than its source
there (Prime Minister Gordon Brown -> 고든 브라운 영국 대통령) can be told from one that leaves
the title out (-> 고든 브라운은). English: the body a title belongs to when its name comes
first (Softbank President), and the name a title comes before (President Bush)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from yongeo.patterns import lazy
from yongeo.text.demonyms import demonym_countries, is_demonym
from yongeo.text.english import (
    ORGANIZATION_HEADS,
    head_noun,
    is_function_word,
    is_pronoun,
    word_classes,
)
from yongeo.text.korean import (
    is_particle_chain,
    is_syllable,
    strip_particles,
    syllables_start,
    written_onto,
)
from yongeo.text.numbers import is_number_word
from yongeo.text.places import is_cldr_place, is_territory_code

# Heads of state and government, ministers (Japan's by their ministries, 외무상, 방위상),
# legislators, envoys and officials, and the heads of associations and companies (회장, 사장),
# as news writes them after a name.
KOREAN_TITLES = frozenset("""
대통령 부통령 총리 수상 총통 주석 국왕 여왕 교황 장관 차관 의원 상원의원 하원의원 대사 사무총장
총장 대변인 주지사 지사 시장 위원장 의장 대표 총재 국무장관 외무장관 외교장관 국방장관
실장 차장 국장 청장 원장 처장 수석 비서관 보좌관 특사 단장 회장 사장
외무상 방위상 재무상 법무상 총무상 환경상 경제산업상 문부과학상 국토교통상 후생노동상 농림수산상
""".split())
# The titles of the heads of companies, associations, institutes, universities and banks,
# none a state's office: what an English *President* of such a body is in Korean.
BODY_HEAD_TITLES = frozenset("사장 회장 부회장 원장 총장 이사장 학장 총재 단장".split())
# How the Korean name of a body ends (안보실, 외교부, 경찰청, 외무성, 자문위원회): a word
# between a name and its title that says whose officer the person is (위성락 안보실 차장).
_BODY_ENDINGS = ("위원회", "대사관", "실", "부", "청", "처", "원", "성", "국")

# The word at a position, and the one after it (spaces between); a title may have an
# ordinal before it (제1차관, 2차관).
_WORD_AT = lazy(r"(?:제?[0-9]+)?([\uac00-\ud7a3]+)")
# What makes a deputy, an administrative or a senior officer of a title (부대변인, 부장관,
# 사무차관, 수석대변인, 정무차관).
_TITLE_PREFIXES = ("사무", "수석", "정무", "부")
_SPACES = lazy(r"[ \t\u00a0]*")


# Bodies named by their kind alone, which may stand between a name and its title (기하라
# 미노루 내각 관방장관, 내각 비서실장).
_BODIES_BY_KIND = frozenset(("내각", "정부", "국회", "의회"))
# Titles that share their last syllables written once, the first cut to its first syllable
# before a middle dot: 장·차관 (장관 and 차관).
_SHARED_ENDING = lazy(r"([\uac00-\ud7a3])[·ㆍ・]([\uac00-\ud7a3]{2,})")


# Nouns of an office's seat, written after its title (총리 관저, 대통령 집무실): the seat,
# which a translation names as its own language does (the Kantei, the Prime Minister's
# residence), not the officer.
SEAT_NOUNS = ("관저", "집무실", "공관", "관사")
_SEAT_AFTER = lazy(r"[ \t\u00a0]*(?:" + "|".join(SEAT_NOUNS) + r")([\uac00-\ud7a3]*)")


def seat_after(text: str, end: int) -> bool:
    """Whether a Korean title ending at `end` has a noun of its office's seat right after it
    (총리 관저는, 대통령 집무실에서; particles after the noun): the seat is named, not the
    officer."""
    from yongeo.text.korean import is_particle_chain

    found = _SEAT_AFTER.match(text, end)
    return found is not None and (not found.group(1) or is_particle_chain(found.group(1)))


# The nouns of a body's unnamed officers, written right after the body (외교부 당국자, 외무성
# 관계자, 국방부 대변인), which English writes with the body's head noun (a ministry official).
_UNNAMED_OFFICER_AFTER = lazy(r"[ \t\u00a0]+(?:고위[ \t]+)?(?:당국자|관계자|대변인)")
_HEAD_OFFICIAL = (r"(?i)(?<![\p{{L}}])(?:a|an|the|one|two|three|several|senior)[ \t]+"
                  r"(?:senior[ \t]+)?{head}[ \t]+(?:officials?|spokesperson|spokes(?:wo)?man"
                  r"|sources?)(?![\p{{L}}])")


def unnamed_officer_after(text: str, end: int) -> bool:
    """Whether a Korean body's name ending at `end` has a noun of its unnamed officers
    after it (외교부 당국자는, 외무성 고위 관계자)."""
    return _UNNAMED_OFFICER_AFTER.match(text, end) is not None


def official_of_head(text: str, head: str) -> bool:
    """Whether an English text names an unnamed officer by a body's head noun (a ministry
    official, the ministry spokesperson, two senior ministry officials)."""
    return _official_pattern(head).search(text) is not None


@cache
def _official_pattern(head: str):
    import regex

    return regex.compile(_HEAD_OFFICIAL.format(head=regex.escape(head)))


# Words that say when a title was or is held, written between a name and the title (윤석열
# 전 대통령, 당시 총리; 前 in headlines).
_OFFICE_TIMES = frozenset({"전", "현", "前", "現", "당시", "신임"})


def title_after_name(text: str, end: int) -> str | None:
    """The Korean title written after the name that ends at `end`: the next word, or the one
    after a place's name (고든 브라운 영국 대통령은: 영국 is CLDR's United Kingdom) or a body's
    (위성락 안보실 차장은: a word of two syllables or more with a body's ending), when it is a
    title with particles or nothing after it (대통령은, 총리가; not 대통령직, the
    presidency); two titles sharing their last syllable count (외교부 장·차관: 장관), and a
    body named by its kind may stand before the title (내각 관방장관), and so may a word of
    the title's time (윤 전 대통령, 위성락 현 실장)."""
    from yongeo.text.places import korean_places_in

    at = _SPACES.match(text, end).end()
    for _step in range(2):
        shared = _SHARED_ENDING.match(text, at)
        if shared is not None:  # 장·차관: 장관 and 차관, their last syllable written once
            title = _title_of(shared.group(2))
            first = shared.group(1) + shared.group(2)[1:]
            if title is not None and _title_of(first, compound=False) is not None:
                return _title_of(first, compound=False)
        word = _WORD_AT.match(text, at)
        if word is None:
            return None
        title = _title_of(word.group(1))
        if title is not None:
            return title
        name = word.group(1)
        if name in _OFFICE_TIMES:  # 윤 전 대통령: the title's time, then the title
            at = _SPACES.match(text, word.end()).end()
            continue
        if korean_places_in(name) != [name] and not (len(name) > 2 and name.endswith(
                _BODY_ENDINGS)) and name not in _BODIES_BY_KIND:
            return None  # neither a title nor a place: the name's phrase goes on otherwise
        at = _SPACES.match(text, word.end()).end()
    return None


def written_onto_name(tail: str) -> bool:
    """Whether the Korean syllables written right after a person's name, with no space,
    are a title, particles after it allowed (조현외교부장관, 다카이치총리가): the name, then its
    title; not another name's syllables (이재명수 is no 이재명), nor a government named after
    the person (노무현정부 names the government, not the person)."""
    return _title_of(tail) is not None


def _title_of(word: str, compound: bool = True) -> str | None:
    """The title a Korean word is, particles aside, with the prefix that makes a deputy or a
    senior officer of it (부장관, 수석대변인); with `compound`, also as the end of a body's
    title written in one word (관방부장관, 통일부장관: a stem of two syllables or more
    before it)."""
    for title in _by_length():
        if word.startswith(title) and is_particle_chain(word[len(title):]):
            return title
    for prefix in _TITLE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            title = _title_of(word[len(prefix):], compound=False)
            if title is not None:
                return prefix + title
    if compound:
        for cut in range(2, len(word) - 1):
            title = _title_of(word[cut:], compound=False)
            if title is not None:
                return title
    return None


@cache
def _by_length() -> tuple[str, ...]:
    return tuple(sorted(KOREAN_TITLES, key=len, reverse=True))


# Forms of address before a title (Mr President, Madam Speaker): no body's name.
_ADDRESS = frozenset("mr mrs ms miss madam madame sir dr".split())

# The word right before a title, capitalised, with the spaces after it.
_NAME_BEFORE = lazy(r"(?<![\p{L}\p{N}.&'’-])(\p{Lu}[\p{L}\p{N}.&'’-]*)[ \t]+$")


def organization_before(text: str, start: int) -> bool:
    """Whether the name of a body stands right before the title at `start`, making it that
    body's officer (Softbank President, World Bank President, LDP President: 사장, 총재), not
    the office of a state: an acronym that is no country's code (LDP, CNN, not US), a name
    no dictionary holds (Softbank), a body's head noun (Student Council President), or a
    capitalised noun that is no adjective (Bank, Association, Senate); not a nationality or
    a place (Syrian President, U.S. President, Japan's Prime Minister), nor an adjective
    (Former, Acting, Late President), nor a number opening a sentence (Three visiting
    researchers)."""
    match = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1)
    if "." in word or word.endswith(("'s", "’s", "'", "’")):
        return False  # U.S., a possessive: a place or a person
    if (is_function_word(word) or is_pronoun(word) or word.lower() in _ADDRESS
            or word_classes(word) == {"ADV"} or is_number_word(word)):
        return False  # The head of ..., Now President, Mr President, Three visiting ...
    if is_demonym(word) or demonym_countries(word) or is_cldr_place(word):
        return False
    if word.isupper():
        return len(word) > 1 and not is_territory_code(word)
    if word in ORGANIZATION_HEADS:
        return True  # Student Council President: a body's head noun, whatever else it is
    classes = word_classes(word)
    return not classes or ("NOUN" in classes and "ADJ" not in classes)


# A signature block's line for the body signed for, right before the signer's post: "For
# the Japan Coast Guard Academy" or "On behalf of the Foundation", then the post on a line of
# its own.
_SIGNED_FOR_BEFORE = lazy(r"(?m)^[ \t]*(?:For|On[ \t]+behalf[ \t]+of)[ \t]+([^\n]{1,120})"
                          r"\n[ \t]*$")
# The same on one line, a colon after the body and the signature's mark, if any, before the
# post: "For the Korea Foundation: (signed) President".
_SIGNED_FOR_ON_LINE = lazy(r"(?m)^[ \t]*(?:For|On[ \t]+behalf[ \t]+of)[ \t]+([^\n:]{1,120}):"
                           r"[ \t]*(?:\((?:signed|sgd\.?)\)[ \t]*)?$")


def signs_for_body(text: str, start: int) -> bool:
    """Whether the title at `start` opens a line right after a signature block's line for a
    body (For the Japan Coast Guard Academy of the Republic of Korea / President), or follows
    it on that line after a colon (For the Korea Foundation: (signed) President): the
    signer's post in that body, a body's head noun on that line."""
    from yongeo.text.english import ORGANIZATION_HEADS

    match = _SIGNED_FOR_BEFORE.search(text, max(0, start - 160), start) or \
        _SIGNED_FOR_ON_LINE.search(text, max(0, start - 160), start)
    return match is not None and any(word.strip(",.") in ORGANIZATION_HEADS
                                     for word in match.group(1).split())


def organization_after(text: str, end: int) -> bool:
    """Whether the name of a body follows the title ending at `end` as its complement (the
    president of the Liberal Democratic Party, President of Seoul National University:
    the body's officer) or after a comma, as a signature gives a post (President, Korea
    Football Association), its last word a body's head (text.english.ORGANIZATION_HEADS), or
    its first word, before its own complement (the President of the House of Councillors,
    the Governor of the Bank of Korea), or the body's initials (President of the KFA); not a
    country (President of the Republic of Korea, of the US)."""
    from yongeo.text.english import ORGANIZATION_HEADS

    match = _BODY_AFTER.match(text, end)
    if match is not None and match.group(1) in ORGANIZATION_HEADS:
        return True
    acronym = _ACRONYM_AFTER.match(text, end)  # President of the KFA: a body's initials
    if acronym is not None:
        from yongeo.text.places import names_countries

        return not names_countries(acronym.group(1))  # President of the US: the country's
    head = _HEAD_OF_BODY_AFTER.match(text, end)  # the President of the House of Councillors
    return head is not None and (head.group(1) in ORGANIZATION_HEADS
                                 or head.group(1) in _CHAMBERS)


# A company's posts, which a state's title joined to one by *and* is one of too (President
# and CEO of ..., Representative Director and President).
_CORPORATE_POSTS = (r"(?:CEO|COO|CFO|Chief[ \t]+Executive(?:[ \t]+Officer)?|Chairman|Chairwoman"
                    r"|Chairperson|(?:Representative|Managing)[ \t]+Director|Vice[ \t]+Chairman)")
_CORPORATE_BEFORE = lazy(r"(?<![\p{L}])" + _CORPORATE_POSTS + r"[ \t]+(?:and|&)[ \t]+$")
_CORPORATE_AFTER = lazy(r"[ \t]+(?:and|&)[ \t]+" + _CORPORATE_POSTS + r"(?![\p{L}])")


def joined_to_corporate_post(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is joined by *and* to a company's post (President
    and CEO of Daehan Ocean; Representative Director and President): a company's officer,
    not the state's."""
    return (_CORPORATE_AFTER.match(text, end) is not None
            or _CORPORATE_BEFORE.search(text, max(0, start - 40), start) is not None)


# of, the, then up to five capitalised words: the name a title's complement gives; the
# title may be joined to its body's members first (The President and Members of the ...).
_BODY_AFTER = lazy(r"(?:(?:[ \t]+and[ \t]+\p{Lu}\p{Ll}+s)?[ \t]+of|,)[ \t]+(?:the[ \t]+)?"
                   r"(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,5}(\p{Lu}[\p{L}]*)(?![\p{L}])")
# of, the, then a body's head noun and its own complement: the House of Councillors, the
# Bank of Korea (a body named by its head before what it is of).
_HEAD_OF_BODY_AFTER = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}]*)[ \t]+of[ \t]+\p{Lu}")
# of the, then a body's initials alone (the KFA, the JFA): a title's body by its acronym.
_ACRONYM_AFTER = lazy(r"[ \t]+of[ \t]+the[ \t]+(\p{Lu}{2,6})(?![\p{L}])")
# The heads of a legislature's chambers' names (House of Representatives, Chamber of Deputies).
_CHAMBERS = frozenset(("House", "Chamber"))


# A personal name right after a title: up to four capitalised words or initials (Bashar
# Assad, George W. Bush, Mahmoud Abbas), the last one possessive or not.
_NAME_AFTER = lazy(r"[ \t]+((?:\p{Lu}[\p{Ll}'’-]*\.?[ \t]+){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*)")


def name_after(text: str, end: int, whole: bool = False) -> str | None:
    """The last word of a personal name written right after `end` (a title's end), without a
    possessive: President George W. Bush's -> Bush (with `whole`, the name: George W. Bush);
    None when no capitalised name follows (President of the council, the President said)."""
    match = _NAME_AFTER.match(text, end)
    if match is None:
        return None
    last = match.group(1) if whole else match.group(1).split()[-1]
    for suffix in ("'s", "’s", "'", "’"):
        if last.endswith(suffix):
            return last[:-len(suffix)]
    return last


# English words for the officers of a body, as a title is built on the body's name (Foreign
# Minister, Secretary of Defense, the ministry's spokesperson): a closed class.
ENGLISH_OFFICER_TITLES = frozenset("""
minister ministers secretary secretaries undersecretary spokesman spokeswoman spokesperson
spokespeople ambassador ambassadors envoy envoys director chief head chairman chairwoman
chairperson chair commissioner administrator president governor adviser advisor
""".split())


# An officer's title as an English text writes it for a post: capitalised, its first part
# one of ENGLISH_OFFICER_TITLES (the Director-General for Asian and Oceanian Affairs, the
# Chief Cabinet Secretary, Spokesperson Kim).
_CAPITALISED_WORDS = lazy(r"(?<![\p{L}\-])\p{Lu}[\p{L}]*(?:-\p{L}+)*")


def names_an_officer(text: str) -> bool:
    """Whether an English text names a post by a capitalised officer's title
    (ENGLISH_OFFICER_TITLES, a hyphened part allowed: Director-General), as a text names an
    official whose body the context gives."""
    return any(part.lower() in ENGLISH_OFFICER_TITLES
               for match in _CAPITALISED_WORDS.finditer(text)
               for part in match.group().split("-")[:1])


def names_officer_of(text: str, body: str) -> bool:
    """Whether an English text names the officer of a body by a title built on the body's
    English name `body`, its head noun (text.english.head_noun) replaced by an officer's
    title (ENGLISH_OFFICER_TITLES): Foreign Minister for Foreign Ministry; Minister of (or
    for) Foreign Affairs or Foreign Affairs Minister for Ministry of Foreign Affairs;
    Secretary of Defense for Department of Defense. As English renders 외교부 장관 (the body's minister):
    the body is named inside the title. Case is free (the foreign minister said)."""
    pattern = _officer_pattern(body)
    return pattern is not None and pattern.search(text) is not None


_TITLE_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}\-])(\p{L}+(?:-\p{L}+)*)[ \t\u00a0]+$")
_APPOSITION_AFTER = lazy(r",[ \t\u00a0]+(?:the|a|an|his|her|its|their)?[ \t\u00a0]*"
                         r"((?:[\p{L}'’-]+[ \t\u00a0]+){0,3}?)(\p{L}+)(?=[ \t\u00a0]*[,.;)]|$)")


# An apposition that opens with a title and its body (Wi Sung-lac, Director of the National
# Security Council; a guest list's Name, Title of Body).
_TITLE_OF_AFTER = lazy(r",[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{L}'’-]+[ \t\u00a0]+){0,2}?"
                       r"(\p{L}+)[ \t\u00a0]+(?:of|for)[ \t\u00a0]")


# A title with its complement right before a name (chief of staff Wi Sung-lac).
_TITLE_OF_BEFORE = lazy(r"(?<![\p{L}\p{N}])(\p{L}+)[ \t\u00a0]+of[ \t\u00a0]+\p{L}+[ \t\u00a0]+$")
# A title given after a name with *as* (Motegi Toshimitsu as Finance Minister, and ...).
_AS_TITLE_AFTER = lazy(r"[ \t\u00a0]+as[ \t\u00a0]+"
                       r"(?:the[ \t\u00a0]+|his[ \t\u00a0]+|her[ \t\u00a0]+)?"
                       r"(?:[\p{L}'’-]+[ \t\u00a0]+){0,3}?(\p{L}+)"
                       r"(?=[ \t\u00a0]*[,.;)]|[ \t\u00a0]+and[ \t\u00a0]|$)")


def officer_title_beside(text: str, start: int, end: int) -> bool:
    """Whether an English text gives the person named at text[start:end] an officer's title
    (ENGLISH_OFFICER_TITLES): right before the name (Security chief Wi Sung-lac, Foreign
    Minister Cho, chief of staff Wi Sung-lac, Secretary-General Kihara: a part of a hyphened
    title), in apposition after it (Wi Sung-lac, the
    national security chief,; Wi Sung-lac, Director of the National Security Council) or
    after *as* (Motegi Toshimitsu as Finance Minister)."""
    before = _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not ENGLISH_OFFICER_TITLES.isdisjoint(
            before.group(1).lower().split("-")):
        return True  # Foreign Minister Cho; Secretary-General Kihara
    before = _TITLE_OF_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and before.group(1).lower() in ENGLISH_OFFICER_TITLES:
        return True
    given = _AS_TITLE_AFTER.match(text, end)
    if given is not None and given.group(1).lower() in ENGLISH_OFFICER_TITLES:
        return True
    after = _APPOSITION_AFTER.match(text, end)
    if after is not None and after.group(2).lower() in ENGLISH_OFFICER_TITLES:
        return True
    titled = _TITLE_OF_AFTER.match(text, end)
    return titled is not None and titled.group(1).lower() in ENGLISH_OFFICER_TITLES


@cache
def _officer_pattern(body: str):
    import regex

    from yongeo.text.english import head_noun

    head = head_noun(body)
    if head is None:
        return None
    words = body.split()
    at = next(i for i, word in enumerate(words) if word.lower() == head)
    before, after = words[:at], words[at + 1:]
    titles = "(?:" + "|".join(sorted(ENGLISH_OFFICER_TITLES)) + ")"
    space = r"[ \t\u00a0]+"
    forms = []
    if before:  # Foreign Ministry -> Foreign Minister
        forms.append(space.join(map(regex.escape, before)) + space + titles)
    if after and after[0].lower() == "of" and len(after) > 1:
        rest = space.join(map(regex.escape, after[1:]))
        # Ministry of Foreign Affairs -> Minister of (or for) Foreign Affairs, Foreign Affairs
        # Minister
        forms.append(titles + space + "(?:of|for)" + space + rest)
        forms.append(rest + space + titles)
    if not forms:
        return None
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(forms) + r")(?![\p{L}\p{N}])",
                         regex.IGNORECASE)


# Words for the head of a body, each for the others in a title "head of the X" (the director
# of the National Security Office, the NSO chief).
_HEAD_WORDS = ("head", "chief", "director", "leader")
_HEAD_OF = lazy(r"(?i)^(?:" + "|".join(_HEAD_WORDS) + r")[ \t]+of[ \t]+(?:the[ \t]+)?(.+)$")


def body_headed(title: str) -> str | None:
    """The body of a title that names its head (head of the National Security Office ->
    National Security Office); None for any other title."""
    match = _HEAD_OF.match(" ".join(title.split()))
    return match.group(1) if match else None


def names_head_of(text: str, bodies: Iterable[str]) -> bool:
    """Whether an English text names the head of a body by any of its names `bodies` and a
    word for its head, before or after (director of the National Security Office, NSO chief,
    the National Security Office's head)."""
    import regex

    names = "|".join(regex.escape(" ".join(b.split())) for b in sorted(set(bodies), key=len,
                                                                          reverse=True))
    if not names:
        return False
    heads = "(?:" + "|".join(_HEAD_WORDS) + ")"
    pattern = (rf"(?<![\p{{L}}\p{{N}}])(?:{heads}[ \t]+of[ \t]+(?:the[ \t]+)?(?:{names})"
               rf"|(?:{names})(?:['’]s)?[ \t]+{heads})(?![\p{{L}}\p{{N}}])")
    return regex.search(pattern, text, regex.IGNORECASE) is not None


# Words before a title's head that give it its rank: without them it names another office
# (Prime Minister, Vice Minister, Chief Cabinet Secretary are not Minister or Secretary).
_RANK_WORDS = frozenset(
    "prime vice deputy assistant associate acting chief senior junior under first second "
    "former".split())


def head_alone(title: str) -> str | None:
    """The word an English title of several words is shortened to before a name (Minister
    Cho Hyun for Foreign Minister or Minister of Foreign Affairs Cho Hyun; Secretary Kihara
    for Cabinet Secretary Kihara): its head noun, the word before *of* or the last word;
    None for a title of one word, and where a word before the head gives the rank (Prime
    Minister, Vice Minister: another office)."""
    head = head_noun(title)
    if head is None:
        return None
    words = title.split()
    at = next(i for i, word in enumerate(words) if word.lower() == head)
    if not words[at][:1].isupper() or any(w.lower() in _RANK_WORDS for w in words[:at]):
        return None
    return words[at]


def shortened_before(text: str, start: int, titles: Iterable[str]) -> bool:
    """Whether the name at `start` of an English text has one of `titles` right before it
    shortened to its head (Minister Chung for Unification Minister Chung: head_alone), with
    no rank word before that head (Vice Minister Chung holds another office) nor another
    office's noun (Finance Minister Motegi for Foreign Minister Motegi: _names_office), nor
    before the whole title (Deputy Chief Cabinet Secretary Kihara holds another office)."""
    import regex

    titles = list(titles)
    heads = {head for title in titles if (head := head_alone(title)) is not None}
    if not heads:
        return False
    written = text[max(0, start - 80):start].rstrip(" \t\u00a0").lower()
    for title in titles:
        if written.endswith(title.lower()):
            rank = written[:-len(title)].split()[-1:]
            if rank and rank[0].strip("-") in _RANK_WORDS:
                return False
    before = regex.search(r"(?:(\p{L}+)[ \t\u00a0]+)?(\p{L}+)[ \t\u00a0]+$",
                          text[max(0, start - 40):start])
    if before is None or before.group(2) not in heads:
        return False
    word = before.group(1) or ""
    return word.lower() not in _RANK_WORDS and not _names_office(word, titles)


def _names_office(word: str, titles: list[str]) -> bool:
    """Whether a capitalised word before a title's head names another office: a noun that
    is no word of the titles, no function word and no country or its people's word (Finance
    of Finance Minister beside Foreign Minister; not Japanese, Japan, The)."""
    if not word[:1].isupper() or is_function_word(word):
        return False
    if any(word.lower() in title.lower().split() for title in titles):
        return False
    if is_demonym(word) or is_cldr_place(word):
        return False
    return "NOUN" in word_classes(word.lower())


# The syllable that makes a body's name its head's title in one word (외교부장, China's foreign
# minister; 국방부장; 안보실장).
_HEAD_SUFFIX = "장"


def head_suffix_after(text: str, end: int) -> bool:
    """Whether the Korean body's name ending at `end` is made its head's title by 장 written
    onto it, with particles or nothing after (왕이 외교부장과: the foreign minister)."""
    return written_onto(text, end, _HEAD_SUFFIX)


# The ranks Korean writes onto a researcher's or a professor's title (선임연구원, 책임연구원,
# 객원연구위원, 박사후연구원): the word stays a title.
_RANK_PREFIXES = ("선임", "책임", "수석", "객원", "초빙", "전임", "명예", "상임", "비상임", "특임",
                  "겸임", "박사후", "부", "정")


def ends_body_name(text: str, start: int, end: int) -> bool:
    """Whether the Korean title at [start, end) is the end of a body's name written in one
    word with it (아산정책연구원, 한강동북아연구원: 研究院, an institute, not 研究員, a
    researcher): a title that is also how a body's name ends (text.korean_terms
    ORGANIZATION_ENDINGS), two syllables or more written before it that are no rank
    (선임연구원, 책임연구원 are titles)."""
    from yongeo.text.korean_terms import ORGANIZATION_ENDINGS

    if text[start:end] not in ORGANIZATION_ENDINGS:
        return False
    prefix = text[syllables_start(text, start):start]
    return len(prefix) >= 2 and not prefix.endswith(_RANK_PREFIXES)


# A title's body after it (a researcher at the Sejong Institute, at a think tank, of
# KNDA, with the Asan Institute); not a researcher with an interest.
_POST_AT = lazy(r"[ \t]+(?:at[ \t]+\p{L}|(?:of|with)[ \t]+(?:the[ \t]+)?\p{Lu})")


def post_at_body(text: str, end: int) -> bool:
    """Whether a body follows the English title ending at `end` as where it is held (a
    researcher at a think tank, of KNDA): the post there, not one of a kind."""
    return _POST_AT.match(text, end) is not None


def heads_committee(text: str, start: int, end: int) -> bool:
    """Whether the Korean title at [start, end) ends in 위원 (委員, a member) that the
    syllable after it makes a committee (위원회, 委員會: 연구위원회, the research committee),
    no member of it."""
    return text[start:end].endswith("위원") and text.startswith("회", end)


def heads_own_office(text: str, start: int, end: int) -> bool:
    """Whether the Korean title at [start, end) has 실 (室, an office) written onto it: the
    office that serves the title's holder (대통령실, 총리실, 장관실; 대통령실장, its chief),
    a body, no holder of the title."""
    return text.startswith("실", end) and not text.startswith("실시", end)


# Case particles that end the word before a noun phrase (보고서 전문은 연구원 홈페이지에서),
# and connective endings that end a clause before one (견해이며 연구원의 입장과).
_CASE_PARTICLES = ("에서", "으로", "은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과",
                   "도", "이며", "하며", "으며", "이고", "하고", "지만")


def refers_to_body(text: str, start: int, end: int) -> bool:
    """Whether the Korean title at [start, end), written as a word of its own at the start
    of a phrase (after a break, or after a word ending in a case particle or a connective
    ending), stands for a
    body the text names with that word written onto its name (한강동북아연구원 ... 연구원
    홈페이지, 연구원의 공식 입장: the institute, 研究院, not a researcher, 研究員): Korean
    refers back to a body by its name's last word. After a name or a noun (김민준 연구원,
    프로그램 담당 연구원) the title stays a title."""
    from yongeo.text.korean_terms import ORGANIZATION_ENDINGS

    if text[start:end] not in ORGANIZATION_ENDINGS:  # most titles end no body's name
        return False
    if start and is_syllable(text[start - 1]):
        return False
    if not _opens_phrase(text, start):
        return False
    return _names_body_ending(text, text[start:end])


@lru_cache(maxsize=4)  # per text (its hash computed once), its hits asking in turn; few
# kept, as a text may be megabytes
def _names_body_ending(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        if at and is_syllable(text[at - 1]) and ends_body_name(text, at, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _opens_phrase(text: str, start: int) -> bool:
    """Whether a word at `start` opens a phrase: nothing but spaces since a line's start or
    a mark, or the word before ends in a case particle or a clause's connective ending."""
    at = start
    while at and text[at - 1] in " \t":
        at -= 1
    if not at or not is_syllable(text[at - 1]):
        return True
    before = text[syllables_start(text, at):at]
    return len(before) >= 2 and before.endswith(_CASE_PARTICLES)


def ranked_prefix(text: str, start: int) -> bool:
    """Whether a rank is written onto the Korean title at `start` (선임연구위원, 수석연구원,
    객원연구원): another, ranked title, which English writes with its own rank word."""
    return text[syllables_start(text, start):start] in _RANK_PREFIXES


_HANGUL_WORD = lazy(r"[\uac00-\ud7a3]+")


def body_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] writes a Hangul word of two syllables or more that ends as a
    body's name does (_BODY_ENDINGS: 행정안전부, 외교부, 경찰청, 자문위원회), without the
    particles written onto it (외교부와, 경찰청은)."""
    out = []
    for found in _HANGUL_WORD.finditer(text, start, end):
        stem = next((stem for stem in strip_particles(found.group())
                     if len(stem) >= 2 and stem.endswith(_BODY_ENDINGS)), None)
        if stem is not None:
            out.append((found.start(), found.start() + len(stem)))
    return out
