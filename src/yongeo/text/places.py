"""Names in English and Korean from CLDR, through Babel: countries and regions, the exemplar
cities of the time zones (Istanbul 이스탄불, Pyongyang 평양), languages (Japanese 일본어) and
currencies (Chinese Yuan 중국 위안화).

CLDR is kept by the Unicode Consortium and ships with Babel, which the project already uses for
its catalogs; it has no provinces or small towns (text.gazetteer supplies those of both
Koreas). A territory's name is also taken without its qualifier (Hong Kong SAR China: Hong
Kong 홍콩; Myanmar (Burma): Myanmar and Burma 미얀마) and with "and" for "&" (Bosnia and
Herzegovina); Babel does not load CLDR's alternative names (alt="variant", alt="short"), so
the ones news uses are listed below, copied from CLDR's English names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from yongeo.patterns import compiled, lazy
from yongeo.text.normalize import WORD_GAP, fold_term

_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
# CLDR's English alt="variant" and alt="short" territory names (common/main/en.xml).
_ALT_NAMES = {"Turkey": "TR", "Ivory Coast": "CI", "Czech Republic": "CZ", "Swaziland": "SZ",
              "East Timor": "TL", "Bosnia": "BA", "Palestine": "PS", "Burma": "MM",
              "Congo (DRC)": "CD", "Congo (Republic)": "CG", "Cape Verde": "CV"}


# Names prose uses for a country that CLDR lists under another (its English names are those of
# the territory lists): America and Britain.
_PROSE_NAMES = {"America": "US", "United States of America": "US", "Britain": "GB",
                "Great Britain": "GB", "UK": "GB"}
# The initials of official names that diplomatic English writes before a country's body (the
# DPRK Foreign Ministry, the ROK Navy), read by country_before.
_INITIALS = {"DPRK": "KP", "ROK": "KR", "PRC": "CN"}


# Noun suffixes a Korean place name takes before any particle: 후쿠시마산 수산물 (産, "from"),
# 도쿄발 (發), 오사카행 (行), 나라시 (市), 나라현 (縣), 오사카부 (府, Osaka and Kyoto's
# prefectures), 부산항 (港), 도쿄역 (驛), 쓰시마번 (藩, a feudal domain), 쓰시마섬 (an island).
PLACE_SUFFIXES = ("산", "발", "행", "시", "현", "부", "항", "역", "번", "섬")
# The one-syllable nouns of a place's kind Korean writes onto its name (나라시, 나라현, 오사카부,
# 가평군, 중구, 이키섬, 부산항, 도쿄역, 구룡포읍, 남면); not 도 (province) or 만 (bay), which are
# particles too.
PLACE_KIND_SYLLABLES = ("시", "현", "부", "군", "구", "섬", "항", "역", "읍", "면")
# The heads of the bodies Korean names after their place in one word: a court
# (도쿄지방재판소, 도쿄지법, 오사카고법), a university (교토대학교), a mission (오사카총영사관), a
# city's, province's or prefecture's office (후쿠오카시청, 시마네현청). Not an airport's or a
# site's, whose name may be another place's (서울공항 is in Seongnam), nor 대 alone.
PLACE_BODY_HEADS = ("지방재판소", "고등재판소", "지방법원", "고등법원", "지법", "고법", "지검",
                    "대학교", "대학", "총영사관", "영사관", "대사관", "시청", "현청", "도청")


def without_place_suffix(word: str) -> str | None:
    """The place name a Korean word of three syllables or more is with a place suffix
    (PLACE_SUFFIXES) after it (지바현: 지바; 후쿠시마산: 후쿠시마), None for any other word."""
    if len(word) >= 3 and word.endswith(PLACE_SUFFIXES):
        return word[:-1]
    return None


def is_english_word(name: str) -> bool:
    """Whether a one-word name is also an English word (Reading, Nice), read from the word
    table lint keeps (text.english.word_classes: the forms lemminflect knows), so that a
    run that asks about a place does not load lemminflect's own tables."""
    from yongeo.text.english import word_classes

    return " " not in name and bool(word_classes(name))


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(English name folded -> Korean name, Korean name -> English name)."""
    from babel import Locale

    english, korean = Locale("en"), Locale("ko")
    to_korean: dict[str, str] = {}
    to_english: dict[str, str] = {}

    def add(en: str | None, ko: str | None) -> None:
        if en and ko and en[:1].isupper():
            to_korean.setdefault(fold_term(en), ko)
            to_english.setdefault(ko, en)

    for code, name in english.territories.items():
        # Regions by number (world, Africa) except Europe and Latin America and the parts of
        # a continent by a compass word (Southeast Asia 동남아시아, Eastern Europe 동유럽:
        # _SUBREGIONS); no institutions (European Union, United Nations) and no
        # placeholders (Unknown Region).
        if (not code.isdigit() or code in ("150", "419") or code in _SUBREGIONS) \
                and code not in _NOT_PLACES:
            ko = _unqualified(korean.territories.get(code) or "")
            for form in _forms(name):
                add(form, ko)
    for name, code in _ALT_NAMES.items():
        add(name, _unqualified(korean.territories.get(code) or ""))
    korean_cities = _zone_cities("ko")
    for zone, (city, _code) in _zone_cities("en").items():
        ko = korean_cities.get(zone)
        if ko is None or "," in city or is_english_word(city):
            continue  # Tell City, Indiana; Oral, Center: words before they are cities
        add(city, ko[0])
    for city, ko in _CAPITALS_KOREAN.items():
        add(city, ko)
    return to_korean, to_english


@cache
def _zone_cities(locale: str) -> dict[str, tuple[str, str]]:
    """Each time zone's city in `locale` (CLDR's exemplar city, through Babel) and the
    territory it is in, by zone; zones that are no city's (UTC, Etc/GMT+3) left out."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    out: dict[str, tuple[str, str]] = {}
    for zone, code in sorted(get_global("zone_territories").items()):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        try:
            out[zone] = (get_timezone_location(zone, locale=locale, return_city=True), code)
        except (LookupError, ValueError):
            continue
    return out


def _forms(name: str) -> list[str]:
    """A CLDR territory name as news writes it: Hong Kong SAR China -> Hong Kong; Myanmar
    (Burma) -> Myanmar (Burma), Myanmar, Burma; Trinidad & Tobago -> ... and Tobago."""
    forms = [name, name.replace(" SAR China", "")]
    if "(" in name:
        outer, _, inner = name.partition("(")
        forms += [outer.strip(), inner.rstrip(")").strip()]
    return [f.replace("&", "and") for f in forms] + forms


def _unqualified(korean: str) -> str:
    """홍콩(중국 특별행정구) -> 홍콩."""
    return korean.partition("(")[0].strip()


def capital_korean(name: str) -> str | None:
    """The Korean name of a national capital CLDR's time zones do not name (Beijing 베이징,
    Washington 워싱턴), from the capitals list; None for any other name."""
    return _CAPITALS_KOREAN.get(name)


def korean_place(name: str) -> str | None:
    """The Korean CLDR name of an English place name (China 중국, Istanbul 이스탄불; Britain
    영국 and America 미국, as prose names them), or of a dotted region code (U.S. 미국)."""
    found = _tables()[0].get(fold_term(name))
    if found is None and name in _PROSE_NAMES:  # Britain, America
        found = _codes().get(_PROSE_NAMES[name])
    if found is None and "." in name:
        code = name.replace(".", "").strip()
        if len(code) == 2 and code.isupper():
            found = _codes().get(code)
    return found


@cache
def _country_codes() -> dict[str, str]:
    """English name of a country, folded -> its CLDR code: CLDR's names in the forms news
    writes (_forms), its alternative and prose names, and the codes (US, U.S.)."""
    from babel import Locale

    found: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES:
            for form in _forms(name):
                found.setdefault(fold_term(form), code)
            found.setdefault(code.lower(), code)
            found.setdefault(".".join(code.lower()) + ".", code)
    for name, code in (*_ALT_NAMES.items(), *_PROSE_NAMES.items()):
        found.setdefault(fold_term(name), code)
    return found


def country_code(english: str) -> str | None:
    """The CLDR code of the country an English name is (Japan, South Korea, America, U.S.,
    US: JP, KR, US); None for a city or any other name."""
    return _country_codes().get(fold_term(english))


# A nationality or a place, possessive or not, right before a position (Russian, Russia's,
# the U.S.), with the spaces after it.
_COUNTRY_BEFORE = lazy(r"(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)"
                       r"(?:['’]s?)?[ \t]+$")


def country_before(text: str, start: int) -> str | None:
    """The Korean name of the country that a nationality adjective or a place name written
    right before `start` names (the Russian Foreign Ministry, Russia's Foreign Ministry ->
    러시아; Japanese -> 일본), or a catalog heading's country before a full stop (Japan.
    Ministry of Foreign Affairs); None when no such word stands there."""
    from yongeo.text.demonyms import demonym_countries

    match = _COUNTRY_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    words = match.group(1)
    if words.endswith(".") and "." not in words[:-1]:
        # A catalog heading's country (Japan. Ministry of Foreign Affairs) opens its line;
        # elsewhere the full stop ends a sentence (... in Japan. Ministry officials said).
        if text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip():
            return None
        words = words[:-1]
    for name in (words, words.split()[-1]):
        found = korean_place(name) or _codes().get(_INITIALS.get(name, ""))
        if found is not None:
            return _unqualified(found)
        codes = sorted(demonym_countries(name))
        if len(codes) == 1 and codes[0] in _codes():
            return _unqualified(_codes()[codes[0]])
    compass = words.removeprefix("The ")
    if compass in _COMPASS_WORDS and (compass != words or text[
            max(0, match.start() - 4):match.start()] == "the "):
        return _by_compass_alone(text, compass)
    return None


def _by_compass_alone(text: str, compass: str) -> str | None:
    """The Korean name of the country a text names with its compass word and then by that
    word alone (the North's foreign ministry, in a text on North Korea): the first place
    CLDR knows whose name is the compass word and one word (North Korea, South Sudan)."""
    import regex

    for match in regex.finditer(rf"\b{compass}[ \t]+(\p{{Lu}}\p{{L}}+)", text):
        found = korean_place(f"{compass} {match.group(1)}")
        if found is not None:
            return _unqualified(found)
    return None


_COUNTRY_AFTER = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})")


# *of* and capitalised words after a title (President of Korea, of the Republic of Korea).
_OF_NAME = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}.\-]*(?:[ \t]+(?:of[ \t]+)?"
                r"\p{Lu}[\p{L}.\-]*)*)")


def place_after_of(text: str, end: int) -> bool:
    """Whether a word ending at `end` (a title) is followed by *of* and a place's name, no
    body's (President of Korea, of the Republic of Korea; not President of Waseda
    University: text.english.names_a_body)."""
    from yongeo.text.english import names_a_body

    match = _OF_NAME.match(text, end)
    if match is None or names_a_body(match.group(1)):
        return False
    name = match.group(1)
    return bool(countries_named(name) or english_places_in(name))


# A Korean place's kind written onto a name (시 city, 항 port, 군 county, 구 district, 역
# station, 읍 and 면 towns), a word its body's office or people make of it (동해시청, 동해시장,
# 동해시민, 동해시의회), or 행, bound for (동해행 여객선: a ferry's destination, a town), and
# what follows in its word.
_KIND_AFTER_NAME = lazy(r"(?:[시항군구역읍면](?:청|장|민|의회)?|행)([\uac00-\ud7a3]*)")


def place_named_after(text: str, end: int) -> bool:
    """Whether the Korean word ending at `end` has a place's kind written onto it, particles
    or nothing after (동해시, 동해항에서), or its office or people (동해시청, 동해시민), or is
    where a ferry or a train is bound for (동해행): another place, named after the word (the
    city and the port of Donghae, named after the sea)."""
    from yongeo.text.korean import is_particle_chain

    match = _KIND_AFTER_NAME.match(text, end)
    return match is not None and is_particle_chain(match.group(1))


def country_of_its(text: str, start: int, begin: int = 0) -> frozenset[str]:
    """The Korean names of the country an *its* right before `start` refers to: the country
    of the last place text[begin:start] names (North Korea answered with statements from its
    defense ministry -> 북한, 조선민주주의인민공화국); empty without *its* or a place."""
    import regex

    if regex.search(r"(?<![\p{L}'’])[Ii]ts[ \t]+$", text[max(begin, start - 8):start]) is None:
        return frozenset()
    places = english_places_in(text[begin:start], shared=False)
    if not places:
        return frozenset()
    return country_of_korean(places[-1]) or frozenset({places[-1]})


def country_after(text: str, end: int) -> str | None:
    """The Korean name of the country that a body's name ending at `end` gives as its
    complement (the Supreme Court of Japan -> 일본); None when no country follows."""
    match = _COUNTRY_AFTER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        found = korean_place(" ".join(words[:size]))
        if found is not None:
            return _unqualified(found)
    return None


def owned_after(text: str, end: int) -> bool:
    """Whether a body's name ending at `end` goes on with its country as its complement:
    country_after, or *of the Republic of Korea*, *of the ROK*, whose words name Korea as
    pairs of countries write it (names_countries), which CLDR's names do not hold."""
    if country_after(text, end) is not None:
        return True
    match = _OWNER_AFTER.match(text, end)
    return match is not None and names_countries(match.group(1).split()[-1])


# *of* and a country's name of up to four words, *of* allowed between (of the Republic of
# Korea).
_OWNER_AFTER = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}.]*[ \t]+(?:of[ \t]+)?){0,3}"
                    r"\p{Lu}[\p{L}.]*)")


@cache
def _codes() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("ko").territories)


@cache
def home_country(lang: str) -> str | None:
    """The CLDR code of the country a language is most likely written in (ko: KR, ja: JP,
    en: US), from CLDR's likely subtags; None for a language it does not know."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang)
    territory = likely.rsplit("_", 1)[-1] if likely else None
    return territory if territory and territory.isalpha() and territory.isupper() else None


def countries_in(text: str, lang: str) -> Counter[str]:
    """The CLDR codes of the countries a text names (by korean_places_in or
    english_places_in), with how many times; cities and other places left out."""
    names = korean_places_in(text) if lang == "ko" else english_places_in(text)
    counts: Counter[str] = Counter()
    for name in names:
        for code in _korean_codes().get(name, ()):
            counts[code] += 1
    return counts


def is_territory_code(code: str) -> bool:
    """A CLDR territory code (US, GB, EU, UN): a place's, or a union's, not an
    organisation's acronym."""
    return code in _codes()


@lru_cache(maxsize=16384)  # asked of every place hit's longer name (longer_place_name)
def is_cldr_place(name: str) -> bool:
    """An English name CLDR knows as a country, region or city."""
    return fold_term(name) in _tables()[0]


# The capitalised word right before a place name (North of North Korea), or a point of the
# compass by its initial (N. Korea, as headlines write it), on the line before it too (a
# hard-wrapped text: to North/Korea).
_CAPITALISED_BEFORE = lazy(r"(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}]*|[NSEW]\.)" + WORD_GAP + "$")
_COMPASS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}
_COMPASS_WORDS = frozenset(_COMPASS.values())


# A state's official name in English opens with its form of government (Republic of Korea,
# Kingdom of Spain), and a longer official name puts words of its political system before
# that form (the Democratic People's Republic of Korea is North Korea; the People's Republic
# of China, the Islamic Republic of Iran, the Federal Republic of Germany). CLDR names
# states by their short names, so these words are listed here: after one of them, a place
# that opens with a form of government ends another state's official name.
_STATE_FORMS = frozenset({"republic", "kingdom", "federation", "emirates", "commonwealth",
                          "union", "state", "states", "confederation", "sultanate"})
_STATE_QUALIFIERS = frozenset({"people's", "people’s", "democratic", "islamic", "socialist",
                               "federal", "federative", "arab", "bolivarian", "cooperative",
                               "plurinational", "hashemite", "soviet"})
_QUALIFIER_BEFORE = lazy(r"(?<![\p{L}\p{N}.'’])(\p{Lu}\p{L}*(?:['’]s)?)" + WORD_GAP + "$")


def longer_place_name(text: str, start: int, end: int) -> str | None:
    """The longer place name the English place at [start, end) ends, with the capitalised
    word before it, where CLDR knows that as a place (North Korea, South Sudan, East Timor:
    not Korea, Sudan, Timor; N. Korea, S. Sudan as North Korea, South Sudan) or where it
    makes a state's official name of a place that opens with a form of government
    (Democratic People's Republic of Korea: _STATE_QUALIFIERS); None where it ends no longer
    name."""
    place = text[start:end]
    if place.split(" ", 1)[0].lower() in _STATE_FORMS:
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
        if qualifier is not None and qualifier.group(1).lower() in _STATE_QUALIFIERS:
            return f"{qualifier.group(1)} {place}"
    match = _CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    word = match.group(1)
    longer = f"{_COMPASS.get(word, word)} {place}"
    return longer if is_cldr_place(longer) else None


def is_korean_place(name: str) -> bool:
    """A Korean name CLDR knows as a country, region or city (미국, 일본, 이스탄불)."""
    return name in _tables()[1]


@cache
def _languages() -> dict[str, str]:
    from babel import Locale

    korean = Locale("ko").languages
    return {fold_term(name): korean[code] for code, name in Locale("en").languages.items()
            if code in korean and "_" not in code and name[:1].isupper()}


def korean_language(name: str) -> str | None:
    """The Korean CLDR name of a language (Japanese 일본어, Korean 한국어)."""
    return _languages().get(fold_term(name))


@cache
def _currencies() -> dict[str, str]:
    from babel import Locale

    korean = Locale("ko").currencies
    table: dict[str, str] = {}
    for code, name in Locale("en").currencies.items():
        if code in korean and not any(c.isdigit() for c in name):  # Peso (1861-1992)
            table.setdefault(fold_term(name), korean[code])
    return table


def korean_currency(name: str) -> str | None:
    """The Korean CLDR name of a currency (South Korean Won 대한민국 원, Chinese Yuan 중국
    위안화, Euro 유로)."""
    return _currencies().get(fold_term(name))


@cache
def _english_forms() -> dict[str, tuple[str, ...]]:
    """Korean name of a place -> every English form of it, folded (미국: united states, us,
    u.s., america): CLDR's countries, regions and cities, and the continents; a Korean name
    is also known without a generic last word (팔레스타인 지구: 팔레스타인; 아메리카 대륙)."""
    from babel import Locale

    forms: dict[str, set[str]] = {}
    for english, korean in _tables()[0].items():
        forms.setdefault(korean, set()).add(english)
    for code, korean in _codes().items():
        if len(code) == 2 and code.isalpha():
            forms.setdefault(_unqualified(korean), set()).update(
                {code.lower(), ".".join(code.lower()) + "."})
    english = Locale("en").territories
    for code in _CONTINENTS:
        forms.setdefault(_codes()[code], set()).add(fold_term(english[code]))
    for name, code in _PROSE_NAMES.items():
        forms.setdefault(_unqualified(_codes()[code]), set()).add(fold_term(name))
    for korean, code in _KOREAN_SHORT_NAMES.items():
        forms.setdefault(korean, set()).update(forms.get(_codes()[code], ()))
    for korean in list(forms):
        if short := _without_generic_word(korean):
            forms.setdefault(short, set()).update(forms[korean])
    return {korean: tuple(sorted(names, key=len, reverse=True)) for korean, names in forms.items()}


# Korean names of a country that CLDR spells otherwise (대한민국): what prose writes.
_KOREAN_SHORT_NAMES = {"한국": "KR", "남한": "KR"}
# Korea's own Korean names, CLDR's and prose's: the country whose bodies a Korean glossary's
# unqualified names are (외교부, 국방부).
KOREA_NAMES = frozenset({"대한민국", *_KOREAN_SHORT_NAMES})
# National capitals after which no time zone is named (CLDR's exemplar cities give the rest:
# Baghdad, Tokyo, London, Seoul, Pyongyang), with their countries and the Korean names
# CLDR does not give (the Institute's spellings): one row each.
_CAPITAL_ROWS = (
    ("Beijing", "CN", "베이징"), ("Washington", "US", "워싱턴"), ("New Delhi", "IN", "뉴델리"),
    ("Ottawa", "CA", "오타와"), ("Canberra", "AU", "캔버라"), ("Ankara", "TR", "앙카라"),
    ("Islamabad", "PK", "이슬라마바드"), ("Brasilia", "BR", "브라질리아"),
    ("Abuja", "NG", "아부자"), ("Pretoria", "ZA", "프리토리아"), ("Rabat", "MA", "라바트"),
    ("Wellington", "NZ", "웰링턴"), ("Bern", "CH", "베른"), ("Hanoi", "VN", "하노이"),
    ("Naypyidaw", "MM", "네피도"), ("Astana", "KZ", "아스타나"), ("Abu Dhabi", "AE", "아부다비"))
_CAPITALS = {city: code for city, code, _korean in _CAPITAL_ROWS}
_CAPITALS_KOREAN = {city: korean for city, _code, korean in _CAPITAL_ROWS}
_CONTINENTS = ("002", "009", "019", "142", "150")  # Africa, Oceania, Americas, Asia, Europe
# The parts of a continent CLDR names by a compass word: a place as its continent is, and no
# other's (Northeast Asia written 동남아시아 names another region).
_SUBREGIONS = frozenset(("011", "013", "014", "015", "017", "018", "021", "030", "034", "035",
                         "039", "143", "145", "151", "154", "155"))
_GENERIC_LAST_WORDS = frozenset({"지구", "지역", "대륙"})  # area, region, continent


@cache
def _korean_names_pattern():
    import regex

    names = sorted((name for name in _english_forms() if len(name) >= 2), key=len,
                   reverse=True)
    return regex.compile(r"(?<![\uac00-\ud7a3])(" + "|".join(regex.escape(n) for n in names)
                         + r")([\uac00-\ud7a3]*)")


def country_names(english: str) -> frozenset[str]:
    """The Korean names of the country an English place name is or is in (Baghdad: 이라크;
    Seoul: 대한민국, 한국; Iraq: 이라크), as prose lets a city stand for its country (the
    Baghdad government -> 이라크 정부); empty when it is no place CLDR or the capitals list
    knows."""
    code = _CAPITALS.get(english) or _territory_of().get(fold_term(english))
    return korean_country_names(code) if code else frozenset()


def without_countries(english: str) -> str:
    """An English name without the words that name a country or its people (Japan Coast
    Guard and Korea Coast Guard: coast guard; the Japanese Foreign Ministry, Ministry of
    Foreign Affairs of Japan: foreign ministry, ministry of foreign affairs), in lower case:
    what two countries' bodies of one kind share."""
    bare = [word.removesuffix("'s") for word in english.replace("’", "'").split()]
    words = [word for word in bare if word not in _PAIR_CODES  # Korea, ROK
             and not english_places_in(word)]
    while words and words[-1].lower() in ("of", "the"):
        words.pop()  # Ministry of Foreign Affairs of (Japan)
    return " ".join(words).lower()


def korean_country_names(code: str) -> frozenset[str]:
    """The Korean names of a country by its CLDR code (KR: 대한민국, 한국, 남한; JP: 일본);
    empty for a code CLDR does not know."""
    if code not in _codes():
        return frozenset()
    names = {_unqualified(_codes()[code])}
    names.update(k for k, c in _KOREAN_SHORT_NAMES.items() if c == code)
    return frozenset(names)


def capital_country(english: str) -> frozenset[str]:
    """The Korean names of the country whose capital an English place name is (Tokyo: 일본;
    Beijing: 중국); empty for any other place (Busan, Osaka)."""
    code = _CAPITALS.get(english) or _territory_of().get(fold_term(english))
    return country_names(english) if code and capital_of(code) == english else frozenset()


def country_of_korean(korean: str) -> frozenset[str]:
    """The Korean names of the country a place known by its Korean name is or is in (서울:
    대한민국, 한국; 베이징: 중국; 이라크: 이라크): country_names of its English name; empty for
    a name CLDR does not know."""
    english = _tables()[1].get(korean)
    return country_names(english) if english else frozenset()


def korean_places_in(text: str) -> list[str]:
    """The CLDR places a Korean text names as words of their own (이란과, 영국인, 이라크 정부),
    in order: a name followed by the word's end, particles or 인 (a person of the place); not
    a name that begins another word (인도적 is not 인도, 가나다 not 가나)."""
    return [korean for _start, _end, korean in korean_place_spans(text)]


def korean_place_spans(text: str) -> list[tuple[int, int, str]]:
    """korean_places_in with where each name stands: (start, end, the name)."""
    from yongeo.text.korean import is_particle_chain

    found = []
    for match in _korean_names_pattern().finditer(text):
        tail = match.group(2)
        if is_particle_chain(tail) or tail[:1] == "인" and is_particle_chain(tail[1:]):
            found.append((match.start(1), match.end(1), match.group(1)))
    return found


# A run of capitalised words, "of" and "and" between them (Lawrence Livermore, the U.S.,
# Japan's, United States of America, Bosnia and Herzegovina): where an English text names
# places.
_CAPITALISED_RUN = lazy(r"(?<![\p{L}\p{N}.])\p{Lu}[\p{L}.'’\-]*"
                        r"(?:(?:[ ](?:of|and))?[ ]\p{Lu}[\p{L}.'’\-]*)*")
_POSSESSIVE = lazy(r"['’]s?$")
# The most words a place name has (United States of America, Bosnia and Herzegovina).
_LONGEST_NAME = 4


def english_places_in(text: str, shared: bool = True) -> list[str]:
    """The Korean names of the CLDR places an English text names, in order, once per
    mention: by a name (China, New York, the U.S., Japan's; the longest name a run of
    capitalised words starts with) or by an adjective or people of a country (Chinese,
    Iraqis: text.demonyms), an adjective of several countries (Korean) naming each unless
    `shared` is false, when it names none. The English twin of korean_places_in."""
    from yongeo.text.demonyms import demonym_countries

    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", word) for word in run.group().split()]
        if words and words[-1].endswith(".") and words[-1].count(".") == 1:
            words[-1] = words[-1][:-1]  # a sentence's full stop (in China.), not U.S.
        at = 0
        while at < len(words):
            for end in range(min(len(words), at + _LONGEST_NAME), at, -1):
                korean = korean_place(" ".join(words[at:end]))
                if korean is not None:
                    found.append(_unqualified(korean))
                    at = end
                    break
            else:
                codes = demonym_countries(words[at]) if words[at].isalpha() else ()
                pointed = _pointed_demonym(words, at)
                if pointed:  # South Korean: the one country whose name the point opens
                    codes, at = pointed, at + 1
                elif len(codes) > 1 and not shared:
                    codes = ()
                found += sorted({_unqualified(_codes()[code]) for code in codes
                                 if code in _codes()})
                at += 1
    return found


_COMPASS_POINTS = frozenset({"North", "South", "East", "West"})


def _pointed_demonym(words: list[str], at: int) -> frozenset[str]:
    """The countries a point of the compass and a nationality adjective after it name
    (South Korean: KR, of the two Koreas that Korean names), where the adjective names a
    country whose CLDR name opens with that point; empty otherwise."""
    if words[at] not in _COMPASS_POINTS or at + 1 >= len(words) or not words[at + 1].isalpha():
        return frozenset()
    from babel import Locale

    from yongeo.text.demonyms import demonym_countries

    names = Locale("en").territories
    return frozenset(code for code in demonym_countries(words[at + 1])
                     if names.get(code, "").startswith(words[at] + " "))


def owner_countries(name: str) -> list[str]:
    """The country (its Korean name) whose body an English name says it is: by its first
    word (Japanese Ministry of Foreign Affairs, Japan Coast Guard) or after its last *of*
    (Ministry of Foreign Affairs of Japan); not a country the name only mentions (Foundation
    for Victims of Forced Mobilization by Imperial Japan)."""
    owners = english_places_in(name.split()[0])
    if " of " in name:
        after = korean_place(name.rsplit(" of ", 1)[1].removeprefix("the "))
        owners += [after] if after is not None else []
    return owners


def country_alone(text: str, korean: str) -> int:
    """How many times an English text names the place whose Korean name is `korean` by a
    name standing alone, a possessive allowed (Japan, Japan's): a run of capitalised words
    that is the name and nothing more, not a word of a longer name (Japan Coast Guard) nor
    an adjective (Japanese)."""
    count = 0
    for run in _CAPITALISED_RUN.finditer(text):
        if _BODY_AFTER.match(text, run.end()):
            continue  # Japan's maritime police: a body named otherwise, the country its owner
        # Each sentence's part of the run (Self-Defense Forces. Japan's), whole (Bosnia and
        # Herzegovina), else each of its parts joined by *and* (The SDF and Japan); never a
        # part after *of* (Ministry of Foreign Affairs of Japan).
        for sentence in _SENTENCE_END.split(run.group()):
            parts = [sentence] if _is_place(sentence, korean) else sentence.split(" and ")
            count += sum(1 for part in parts if _is_place(part, korean))
    return count


# A full stop after a word in lower case and a space: a sentence's end (not U.S.).
_SENTENCE_END = lazy(r"(?<=\p{Ll})\.[ \t\n]+")


# A body's noun within two words after a name (Japan's maritime police, Japan's foreign
# office): a closed class.
_BODY_AFTER = lazy(r"(?:[ \t]+[\p{Ll}\-]+)?[ \t]+(?:ministry|ministries|office|agency|police|"
                   r"guard|department|bureau|forces?|council|committee|corps|service|"
                   r"authorities|administration)\b")


def _is_place(words: str, korean: str) -> bool:
    """Whether capitalised `words` are, whole, a name of the place `korean` (The and a
    possessive aside)."""
    names = [_POSSESSIVE.sub("", word) for word in words.split()]
    if names[:1] == ["The"]:
        names = names[1:]
    return 0 < len(names) <= _LONGEST_NAME and korean_place(" ".join(names)) == korean


# Words after which a city is where something is or happens, not who acts (in Seoul, the
# flight to Tokyo, between Seoul and Tokyo).
_LOCATIVE = frozenset("in at to from into near outside around across via between through "
                      "toward towards of for".split())
_ACTOR_NEXT = lazy(r"['’]s?(?!\p{L})|[ \t]+\p{Ll}|,[ \t]+(?:which|who|too|also|in[ \t]+turn|"
                   r"for[ \t]+its[ \t]+part)\b")
# The last word before a place name, read from the end (in of in Seoul).
_LAST_WORD_BEFORE = lazy(r"(?r)(\p{L}+)[ \t]*$")


# What one government says or sends to another, then from or to: the capital after it is the
# party addressed or addressing (a protest from Seoul, explain that position to Seoul).
_ADDRESSED = lazy(r"(?i)(?<![\p{L}])(?:protest|respon|react|critici|pressure|message|request|"
                  r"demand|warn|rebuke|object|complain|complaint|apolog|signal|overture|assur|"
                  r"explain|convey|deliver|appeal|propos|relay|repl|letter|condemn|"
                  r"concession|ultimatum)\p{L}*(?:[ \t]+[\p{L}'’-]+){0,5}?[ \t]+(?:from|to)"
                  r"[ \t]+$")


def named_as_actor(text: str, start: int, end: int) -> bool:
    """Whether the English place name at [start, end) stands as who acts, as news lets a
    capital stand for its government (Seoul hopes, Tokyo's decision, the Tokyo government,
    Seoul and Tokyo agreed, Washington, which saw it so, pressed; Tokyo, too, needs to
    hear this): after no word of place (in Seoul, to Tokyo: _LOCATIVE), and followed by a
    possessive, a word in lower case, a relative clause or an aside on the subject (too,
    also, in turn, for its part; not Tokyo Tower, not Tokyo, Japan); or as the party a
    government's word comes from or goes to (a swift protest from Seoul, explain that
    position to Seoul: _ADDRESSED)."""
    before = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower() in _LOCATIVE:
        return before.group(1).lower() in ("from", "to") and _ADDRESSED.search(
            text, max(0, start - 80), start) is not None
    return _ACTOR_NEXT.match(text, end) is not None


def countries_by_city(text: str) -> frozenset[str]:
    """The Korean names of the countries whose city an English text names as who acts
    (named_as_actor: Seoul hopes -> 대한민국, 한국), a country's name itself aside."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        name = _POSSESSIVE.sub("", run.group())
        start = run.start()
        if name.startswith("The "):  # a sentence's first word (The Tokyo government)
            name, start = name[4:], start + 4
        countries = country_names(name)
        korean = korean_place(name)
        # Not the country's own name; a capital CLDR has no Korean name for (Washington)
        # is still a city.
        if not countries or korean is not None and _unqualified(korean) in countries:
            continue
        if named_as_actor(text, start, start + len(name)):
            found |= countries
    return frozenset(found)


# English nouns for a local government (a city's, a prefecture's, a county's), singular.
LOCAL_BODY_NOUNS = frozenset({"local government", "local authority", "municipality",
                              "municipal government", "city government",
                              "prefectural government", "city hall"})
# A place's name after a local body noun (the local government of Ube, of Yamaguchi
# Prefecture), or before it with a possessive (Ube's local government).
_OF_PLACE = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}")
_PLACE_BEFORE = lazy(r"(?r)\p{Lu}[\p{L}\-]*['’]s?[ \t]+$")
# Korean administrative suffixes a local government is named by after its place (우베시,
# 야마구치현, 시부야구, 하코네정, 무라카미촌); not 도, 부 or 군, which end many other words
# (가능성도: a particle; 외교부, 연합군).
_KOREAN_LOCAL_BODY = lazy(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,}[시현구정촌]"
                          r"([\uac00-\ud7a3]*)")


def names_a_local_body(text: str, start: int, end: int) -> bool:
    """Whether the English local body noun at [start, end) (LOCAL_BODY_NOUNS) names one
    place's government: the local government of Ube, Ube's local government."""
    from yongeo.text.english import singular_forms

    noun = " ".join(text[start:end].lower().split())
    if not any(form in LOCAL_BODY_NOUNS for form in singular_forms(noun)):
        return False
    return (_OF_PLACE.match(text, end) is not None
            or _PLACE_BEFORE.search(text, max(0, start - 60), start) is not None)


def korean_local_body(text: str) -> bool:
    """Whether a Korean text names a local government by its place and an administrative
    suffix, particles after it (우베시가, 야마구치현은)."""
    from yongeo.text.korean import is_particle_chain

    return any(is_particle_chain(m.group(1)) for m in _KOREAN_LOCAL_BODY.finditer(text))


# Short forms Korean also writes as a bound noun after another noun: 중 (during, among: 기간
# 중, 회의 중, 이 중), which names China only where no noun stands before it (중 외교부).
_BOUND_NOUNS = frozenset({"중"})


def korean_country_before(text: str, start: int) -> str | None:
    """The Korean name of the country a Korean word right before `start` names, written out
    or by its one-syllable short form, particles or 의 after it (이스라엘 국방부, 영국의 국방부,
    미 국방부 -> 이스라엘, 영국, 미국), not a short form read as a bound noun after a noun
    (기간 중: _BOUND_NOUNS); None when no such word stands there. The Korean twin of
    country_before."""
    from yongeo.text.korean import is_syllable, strip_particles, word_before

    word = word_before(text, start)
    if word is None:
        return None
    if word in _short_form_names():
        at = text.rfind(word, 0, start)
        before = text[:at].rstrip(" \t\u00a0")
        if word in _BOUND_NOUNS and before and is_syllable(before[-1]):
            return None  # 방일 기간 중 민단: during the visit, not China's
        return _short_form_names()[word]
    return next((stem for stem in strip_particles(word)
                 if len(stem) > 1 and stem in _korean_codes()), None)


def place_mentions(text: str, korean: str) -> int:
    """How many times an English text names the place whose Korean name is `korean`, by any
    of its names (United States, America; a code in capitals: US, U.S.) or an adjective or
    people of it (Iranian, French, British, Britons: text.demonyms)."""
    import regex


    forms = _english_forms().get(korean, ())
    codes = [form.upper() for form in forms if len(form.replace(".", "")) == 2]
    names = [form for form in forms if len(form.replace(".", "")) != 2]
    count = 0
    for pattern, where in ((codes, text), (names, fold_term(text))):
        if pattern:  # longest first, so United States of America is one mention
            count += len(compiled(r"(?<![\w.])(?:" + "|".join(map(regex.escape, pattern))
                                  + r")(?!\w)").findall(where))
    return count + adjective_mentions(text, _korean_codes().get(korean, frozenset()))


# A capitalised word: where an English text may name a country by its adjective or people.
_CAPITALISED_WORD = lazy(r"\b\p{Lu}\p{Ll}{2,}\b")


def adjective_mentions(text: str, codes: Iterable[str]) -> int:
    """How many words of an English text are an adjective or people of a country of `codes`
    (CLDR codes: Japanese, Iraqis for JP, IQ: text.demonyms)."""
    from yongeo.text.demonyms import demonym_countries

    codes = frozenset(codes)
    if not codes:
        return 0
    return sum(1 for word in _CAPITALISED_WORD.findall(text) if demonym_countries(word) & codes)


def is_korean_country(korean: str) -> bool:
    """Whether a Korean word is a country's name (일본, 한국, 대한민국), not a city's."""
    return korean in _korean_codes()


def place_key(korean: str) -> str:
    """A Korean place name as one key per country, whatever name it goes by (한국 and
    대한민국: KR); any other place, its name."""
    codes = _korean_codes().get(korean)
    return next(iter(codes)) if codes and len(codes) == 1 else korean


@cache
def _short_form_names() -> dict[str, str]:
    """A country's one-syllable short form written as a word of its own (미 국방부) -> the
    country it stands for: text.korean.COUNTRY_SHORT_FORMS read backwards (한 -> 한국, its
    first name), and the forms news writes only before a word (영 총리, 독 정부, 불 대통령)."""
    from yongeo.text.korean import COUNTRY_SHORT_FORMS

    names = {"영": "영국", "독": "독일", "불": "프랑스"}
    for full, short in COUNTRY_SHORT_FORMS.items():
        names.setdefault(short, full)
    return names


@cache
def _korean_codes() -> dict[str, frozenset[str]]:
    """Korean name of a country -> its CLDR code (a set: 한국 is KR only, but a name stripped
    of its generic word may stand for more)."""
    table: dict[str, set[str]] = {}
    for code, korean in _codes().items():
        if len(code) == 2 and code.isalpha():
            name = _unqualified(korean)
            table.setdefault(name, set()).add(code)
            if short := _without_generic_word(name):
                table.setdefault(short, set()).add(code)
    for korean, code in _KOREAN_SHORT_NAMES.items():
        table.setdefault(korean, set()).add(code)
    return {korean: frozenset(codes) for korean, codes in table.items()}


def _without_generic_word(korean: str) -> str | None:
    """A Korean place name without its generic last word (팔레스타인 지구: 팔레스타인), or None
    when it has none."""
    first, _, last = korean.rpartition(" ")
    return first if first and last in _GENERIC_LAST_WORDS else None


@cache
def _territory_of() -> dict[str, str]:
    """English name folded -> the territory it names or lies in (Turkey, Istanbul: TR)."""
    from babel import Locale

    found: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code not in _NOT_PLACES:
            for form in _forms(name):
                found.setdefault(fold_term(form), code)
    for name, code in _ALT_NAMES.items():
        found.setdefault(fold_term(name), code)
    for city, code in _zone_cities("en").values():
        if "," not in city and not is_english_word(city):
            found.setdefault(fold_term(city), code)
    return found


@cache
def _language_codes() -> dict[str, str]:
    from babel import Locale

    return {fold_term(name): code for code, name in Locale("en").languages.items()
            if "_" not in code and name[:1].isupper()}


def languages_of_place(name: str) -> tuple[str, ...]:
    """The languages (ISO 639 codes) that a country or city named in English speaks, by
    CLDR's official and de facto languages (Turkey, Istanbul: tr), or the language named
    itself (Turkish: tr); () for anything else."""
    from babel.languages import get_official_languages

    if not name[:1].isupper():
        return ()
    key = fold_term(name)
    if key in _language_codes():
        return (_language_codes()[key],)
    code = _territory_of().get(key)
    return tuple(get_official_languages(code, de_facto=True)) if code else ()


# Two names joined by a hyphen or a dash at the start of a term (Korea-Japan relations,
# U.S.–Japan alliance).
_PAIR = lazy(r"^([\p{Lu}][\p{L}.]*)([-\u2010\u2011\u2013\u2014])([\p{Lu}][\p{L}.]*)(?=\s|$)")
# Names a pair of countries is written with that CLDR's table does not hold as they stand,
# and the country each is.
_PAIR_CODES = {"Korea": "KR", "ROK": "KR", "DPRK": "KP", "US": "US", "UK": "GB", "EU": "EU"}
_PAIR_NAMES = frozenset(_PAIR_CODES)


def pair_orders(term: str, names: Mapping[str, Sequence[str]] | None = None
                ) -> tuple[str, ...]:
    """The term with the two countries it begins with in the other order: English writes a
    pair of countries either way (Korea-Japan relations, Japan-Korea relations; U.S.-Japan
    alliance, Japan-U.S. alliance), the side speaking first; and, with `names` (a country's
    name -> its other names, as a glossary gives them), each country by any of its names in
    either order (ROK-Japan cooperation, South Korea-Japan cooperation for Korea-Japan
    cooperation). Only places (CLDR's names, or Korea, ROK, US, UK, EU), not persons
    (Lee–Takaichi summit). Three countries likewise, in any order (Japan-China-ROK summit
    for Korea-Japan-China summit)."""
    from itertools import permutations, product

    match = _COUNTRIES.match(term)
    if match is None:
        return ()
    dash = match.group(2)
    countries = [name for name in match.group(1, 3, 4) if name]
    if not all(name in _PAIR_NAMES or korean_place(name) for name in countries):
        return ()
    rest = term[match.end():]
    names = names or {}
    out = [dash.join(order) + rest
           for words in product(*((name, *names.get(name, ())) for name in countries))
           for order in permutations(words)]
    return tuple(form for form in dict.fromkeys(out) if form != term)


def pair_as_modifier(text: str, term: str) -> list[tuple[int, int]]:
    """Where an English text writes the pair of countries a term of their relations begins
    with (Korea-Japan relations) before another word than a word for relations, in either
    order (Korea-Japan risk events, a Japan-Korea expert), each span the pair and the word:
    the pair modifying a noun, as a translation writes 한일관계 주요 리스크 or 한일관계 박사
    (the caller tells it from another term of the pair, the Korea-Japan summit). Empty for
    any other term (the Korea-Japan Joint Declaration: Korea-Japan Joint Communiqué is
    another name)."""
    import regex

    pair, head = _pair_and_head(term)
    if head.lower() not in _RELATION_HEADS:
        return []  # a pair's relations only: the Korea-Japan Joint Communiqué is no modifier
    rest = term[len(pair):]
    forms = [pair, *(form[:len(form) - len(rest)] for form in pair_orders(term)
                     if form.endswith(rest))]
    head = head.lower()
    written = "|".join(regex.escape(form) for form in dict.fromkeys(forms))
    pattern = rf"(?<![\p{{L}}\-])(?:{written})[ \t]+([\p{{L}}][\p{{L}}\-]*)"
    return [found.span() for found in regex.finditer(pattern, text)
            if found.group(1).lower() != head and found.group(1).lower() not in _RELATION_HEADS]


def relation_head_variants(term: str) -> tuple[str, ...]:
    """A term of a pair's relations with its head written as the other words for them
    (Korea-Japan relations: Korea-Japan ties, Korea-Japan relationship), as English writes
    them for one another; empty for any other term."""
    pair, head = _pair_and_head(term)
    if head.lower() not in _RELATION_HEADS:
        return ()
    return tuple(f"{pair} {other}" for other in _RELATION_HEADS if other != head.lower())


# Two or three names joined by hyphens or dashes at the start of a term (Korea-Japan
# relations, Korea-Japan-China summit).
_COUNTRIES = lazy(r"^([\p{Lu}][\p{L}.]*)([-\u2010\u2011\u2013\u2014])([\p{Lu}][\p{L}.]*)"
                  r"(?:[-\u2010\u2011\u2013\u2014]([\p{Lu}][\p{L}.]*))?(?=\s|$)")


_CAPITALISED = lazy(r"\p{Lu}[\p{L}.]*")


def opens_with_countries(term: str) -> bool:
    """Whether an English term begins with countries joined by dashes (Korea-Japan Basic
    Treaty), whose order pair_reordered compares a form with."""
    return _COUNTRIES.match(term) is not None


def pair_reordered(found: str, term: str) -> bool:
    """Whether an English text's `found`, a form of the `term` that begins with countries
    joined by dashes (Korea-Japan summit), puts them in another order: its first country is
    one of the term's others (Japan-Korea summit, Japan-ROK summit, Japan-China-Korea
    summit, relations between Japan and the Republic of Korea; not ROK-Japan summit, the
    same first country by another name)."""
    wanted = _COUNTRIES.match(term)
    if wanted is None:
        return False
    first = wanted.group(1).replace(".", "").lower()
    others = {name.replace(".", "").lower() for name in wanted.group(3, 4) if name}
    # The first of the term's countries the form names, by their names as the term writes
    # them (relations between Japan and the Republic of Korea: Japan first).
    for word in _CAPITALISED.findall(found):
        name = word.replace(".", "").lower()
        if name == first:
            return False
        if name in others:
            return True
        if names_countries(word):
            return False  # ROK-Japan: the first country by another name
    return False


def names_countries(word: str) -> bool:
    """Whether a capitalised word names a country or a pair of them (US, Japan, Korea-US,
    ROK-Japan, Korea-U.S.): CLDR's names and codes, written with full stops or not, and
    the short names pairs use (_PAIR_CODES), each part of a hyphenated word."""
    parts = [_undotted(part) for part in word.rstrip(",").split("-") if part]
    return bool(parts) and all(country_code(part) is not None or is_territory_code(part)
                               or part in _PAIR_CODES for part in parts)


# A code written with a full stop after each capital (U.S., U.K.).
_DOTTED = lazy(r"(?:\p{Lu}\.)+")


def _undotted(part: str) -> str:
    """A code written with full stops (U.S.) as written without (US); any other word
    without a full stop at its end."""
    return part.replace(".", "") if _DOTTED.fullmatch(part) else part.rstrip(".")


def _country_of_name(name: str, names: Mapping[str, Sequence[str]]) -> str | None:
    """The CLDR code of a country a pair names, by the name or its glossary names."""
    for each in (name, *names.get(name, ())):
        code = country_code(each) or _PAIR_CODES.get(each)
        if code is not None:
            return code
    return None


@cache
def capital_of(code: str) -> str | None:
    """A country's capital in English, where it can be told: the capitals list, else the
    city of its one time zone (Seoul, Tokyo); None for a country of several zones (Russia)."""
    for city, country in _CAPITALS.items():
        if country == code:
            return city
    cities = {city for city, country in _zone_cities("en").values() if country == code}
    return next(iter(cities)) if len(cities) == 1 else None


def pair_phrasings(term: str, names: Mapping[str, Sequence[str]] | None = None
                   ) -> tuple[str, ...]:
    """Other ways English writes a term that begins with a pair of countries (Korea-Japan
    relations): by their adjectives (Korean-Japanese relations), by their capitals
    (Seoul-Tokyo relations), each either way round, and by its head with *between*
    (relations between South Korea and Japan, between Tokyo and Seoul), a country by any
    name `names` gives it (as pair_orders) or its capital. Empty for a term that begins
    with no pair of countries."""
    from yongeo.text.demonyms import adjectives_of

    match = _PAIR.match(term)
    if match is None:
        return ()
    first, dash, second = match.groups()
    names = names or {}
    codes = [_country_of_name(name, names) for name in (first, second)]
    if None in codes or codes[0] == codes[1]:
        return ()
    rest = term[match.end():]
    out = []
    for kind in ([adjectives_of(code)[:1] for code in codes],
                 [(capital_of(code),) if capital_of(code) else () for code in codes]):
        if all(kind):
            one, two = kind[0][0], kind[1][0]
            out += [f"{one}{dash}{two}{rest}", f"{two}{dash}{one}{rest}"]
    head = rest.strip()
    if head:
        called = [[form for n in (name, *names.get(name, ())) for form in _named(n)]
                  for name in (first, second)]
        capitals = [capital_of(code) for code in codes]
        for one_side, two_side in (called, [[c] for c in capitals] if all(capitals) else []):
            for one in one_side:
                for two in two_side:
                    out += [f"{head} between {one} and {two}",
                            f"{head} between {two} and {one}"]
    return tuple(form for form in dict.fromkeys(out) if form != term)


# The first words of country names that take the article (the United States, the Republic
# of Korea, the People's Republic of China, the United Kingdom).
_ARTICLE_WORDS = frozenset({"United", "Republic", "People's", "Kingdom", "Federal",
                            "Federated", "Democratic", "Islamic", "Netherlands",
                            "Philippines"})


def _with_article(name: str) -> str:
    return f"the {name}" if name.split()[0] in _ARTICLE_WORDS else name


def _named(name: str) -> list[str]:
    """A country's name as a phrase writes it after *between*: with the article it takes
    (the United States), and an acronym with it or without (the ROK, ROK)."""
    if name.replace(".", "").isupper():
        return [f"the {name}", name]
    return [_with_article(name)]


# One word for the two countries of a pair the text has named.
_THE_TWO = r"the[ \t]+two[ \t]+(?:countries|nations|neighbou?rs|governments|sides)"


def names_pair_implicitly(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a pair of countries (Korea-Japan
    relations) by its head and a word for the two (bilateral relations, relations between
    the two countries, the two neighbors' relations), as a text that has named the two
    writes it."""
    import regex

    _pair, head = _pair_and_head(term)
    if not head:
        return False
    written = r"[ \t]+".join(map(regex.escape, head.split()))
    pattern = (rf"(?i)\bbilateral[ \t]+{written}\b|\b{written}[ \t]+between[ \t]+{_THE_TWO}\b"
               rf"|\b{_THE_TWO}['’][ \t]+{written}\b")
    return compiled(pattern).search(text) is not None


def names_relations_between(text: str, term: str) -> bool:
    """Whether an English text names the relations of a pair of countries (Korea-Japan
    relations) by the two after *between* whatever noun goes before (issues between Korea
    and Japan, the mood between Seoul and Tokyo: what lies between the two is their
    relations), a country by its name in the term, its English name or its capital, either
    way round; or by the pair alone ending a line (a heading or a topic: ## Korea–Japan)."""
    found = _between_pattern(term)
    return found is not None and found.search(text) is not None


@cache
def _between_pattern(term: str):
    """For names_relations_between: the pattern of the pair after *between*, or alone at a
    line's end; None for a term that is no pair's relations."""
    import regex
    from babel import Locale

    pair, head = _pair_and_head(term)
    if not head or head.lower() not in _RELATION_HEADS:
        return None
    first, _dash, second = _PAIR.match(pair).groups()
    codes = [_PAIR_CODES.get(name) or country_code(name) for name in (first, second)]
    if None in codes or codes[0] == codes[1]:
        return None
    english = Locale("en").territories
    sides = []
    for name, code in zip((first, second), codes):
        names = {name, english.get(code, name), capital_of(code) or name,
                 *(short for short, of in _PAIR_CODES.items() if of == code)}
        sides.append("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))
    one, two = (rf"(?:the[ \t]+)?(?:{side})" for side in sides)
    dashes = "[-\u2010\u2011\u2013\u2014/]"
    return regex.compile(
        rf"(?<![\p{{L}}])between[ \t]+(?:{one}[ \t]+and[ \t]+{two}|{two}[ \t]+and[ \t]+{one})"
        rf"(?![\p{{L}}\-])"
        rf"|(?<![\p{{L}}\-])(?:{sides[0]}){dashes}(?:{sides[1]})[ \t]*$", regex.M)


def names_pair_by_partner(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a pair of countries and whose
    head is something the two hold together (Korea-Japan summit) by its head and *with* one
    of the two, by its name or adjective (held a summit with Prime Minister Takaichi Sanae of
    Japan; talks with Japanese officials), in a sentence that names no third country: the
    other party is the sentence's subject, named before."""
    found = _partner_pattern(term)
    if found is None:
        return False
    pattern, own = found
    for match in pattern.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".;!?\n") + 1
        ends = [at for mark in ".;!?\n" if (at := text.find(mark, match.end())) != -1]
        sentence = text[start:min(ends) if ends else len(text)]
        if all(place in own or country_of_korean(place) & own
               for place in english_places_in(sentence, shared=False)):
            return True
    return False


@cache
def _partner_pattern(term: str):
    """For names_pair_by_partner: the pattern of the term's head, *with* and one of its two
    countries by name or adjective, and the two countries' Korean names; None for a term
    that opens with no pair of CLDR countries or names their relations."""
    import regex
    from babel import Locale

    from yongeo.text.demonyms import adjectives_of

    pair, head = _pair_and_head(term)
    if not head or head.split()[-1].lower() in _RELATION_HEADS:
        return None
    first, _dash, second = _PAIR.match(pair).groups()
    codes = [_PAIR_CODES.get(name) or country_code(name) for name in (first, second)]
    if None in codes:
        return None
    english = Locale("en").territories
    words = sorted({word for code in codes
                    for word in (english.get(code, ""), *adjectives_of(code)) if word},
                   key=len, reverse=True)
    written = r"[ \t]+".join(map(regex.escape, head.split()))
    party = "|".join(map(regex.escape, words))
    pattern = regex.compile(
        rf"(?i)(?<![\p{{L}}\-]){written}s?(?![\p{{L}}\-])[^.;:!?\n]{{0,40}}?"
        rf"(?<![\p{{L}}])with(?![\p{{L}}])[^.;:!?\n]{{0,60}}?"
        rf"(?<![\p{{L}}\-])(?:{party})(?![\p{{L}}\-])")
    return pattern, frozenset(_unqualified(_codes()[code]) for code in codes
                              if code in _codes())


# Words English uses alike for the relation between two countries (Korea-Japan relations,
# ties, the relationship).
_RELATION_HEADS = ("relations", "ties", "relationship")
# Words that make a head of a pair term another one's (a trilateral summit).
_NOT_THE_PAIR = frozenset("trilateral multilateral triangular three-way regional "
                          "inter-korean".split())


# Words that say when, which may stand between a determiner and the head (their January
# summit, the first summit): the word before them decides.
_WHEN_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "first second third fourth fifth last next latest previous".split())
# The word before a word of when (the determiner of their January summit).
_WORD_BEFORE_WHEN = lazy(r"([\p{L}'’\-]+)[ \t]+$")


@cache
def _pair_and_head(term: str) -> tuple[str, str]:
    """A term that begins with a pair of countries split into the pair and its head
    (Korea-Japan relations: Korea-Japan, relations); ("", "") for any other term."""
    match = _PAIR.match(term)
    return (term[:match.end()], term[match.end():].strip()) if match else ("", "")


def _heads_of(head: str) -> tuple[str, ...]:
    """The heads a pair's term is written with: every word for relations for one of them
    (relations, ties, relationship stand for one another), else the head itself."""
    return _RELATION_HEADS if head.lower() in _RELATION_HEADS else (head,)


def _heads_written(heads: tuple[str, ...]) -> str:
    """A regex alternation of `heads`, their words apart by spaces or tabs."""
    import regex

    return "|".join(r"[ \t]+".join(map(regex.escape, h.split())) for h in heads)


def _head_alone_pattern(heads: tuple[str, ...]):
    """One of `heads` as words of their own, the word before them, and no *with*,
    *between*, *to* or *of* and a name after them (ties with China; the Basic Treaty of
    Friendship: another name)."""
    import regex

    written = _heads_written(heads)
    return regex.compile(r"(?:(?<![\p{L}\-'’])(?P<before>[\p{L}'’\-]+)[ \t]+)?"
                         rf"(?<![\p{{L}}\-])(?i:{written})(?![\p{{L}}\-])"
                         r"(?![ \t]+(?:(?i:with|between|to)|of)[ \t]+(?:the[ \t]+)?\p{Lu})")


def pair_head_alone(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a pair of countries (Korea-Japan
    relations, Korea-Japan summit) by its head alone (the relationship, ties have improved,
    sent relations to their lowest point, a summit), as a text that has named the two
    writes it (the caller asks that: countries_named): after a determiner or a possessive
    (the summit, today's summit), with a word of when between or none (their January
    summit, the first summit) or, for relations, any word in lower case but one that
    makes them another's (trilateral); not after a name (China-Japan ties, South Korea's
    ties), and with no *with*, *between*, *to* or *of* and a name after it (ties with
    China, the Basic Treaty of Friendship).
    Relations, ties and relationship stand for one another."""
    from yongeo.text.english import is_function_word

    _pair, head = _pair_and_head(term)
    if not head:
        return False
    heads = _heads_of(head)
    relation = heads is _RELATION_HEADS
    for found in _head_alone_pattern(heads).finditer(text):
        before = found.group("before")
        if before is not None and before.lower() in _WHEN_WORDS:  # their January summit
            earlier = _WORD_BEFORE_WHEN.search(text, 0, found.start("before"))
            before = earlier.group(1) if earlier else None
        if before is None or is_function_word(before) or (
                before.endswith(("'s", "’s")) and before.islower()):  # today's, not Japan's
            return True
        # A relation is often the object of a verb (sent relations to, improved ties); a
        # head such as cooperation is as often another pair's (security cooperation).
        if relation and before.islower() and before not in _NOT_THE_PAIR:
            return True
    return False


def pair_countries(term: str) -> tuple[str, str] | None:
    """The CLDR codes of the two countries a term begins with (Korea-Japan relations: KR,
    JP); None for any other term."""
    match = _PAIR.match(term)
    if match is None:
        return None
    codes = [_country_of_name(name, {}) for name in (match.group(1), match.group(3))]
    return (codes[0], codes[1]) if None not in codes and codes[0] != codes[1] else None


def countries_named(text: str) -> frozenset[str]:
    """The CLDR codes of the countries an English text names: by a name, an adjective or
    people (english_places_in), by a city of theirs (Seoul, Tokyo, Beijing), or in a pair
    written with a hyphen or a dash (the Korea-Japan summit), Korea and ROK among the
    names."""
    codes: set[str] = set()
    for korean in english_places_in(text):
        for name in (korean, *country_of_korean(korean)):
            key = place_key(name)
            if key.isascii() and len(key) == 2:
                codes.add(key)
    for run in _CAPITALISED_RUN.finditer(text):  # capitals CLDR has no Korean name for
        code = _CAPITALS.get(_POSSESSIVE.sub("", run.group()))
        if code is not None:
            codes.add(code)
        # A pair's countries written together (the Korea-Japan summit, U.S.-Japan ties), and
        # the names a pair is written with that CLDR's table lacks (Korea, ROK).
        for word in run.group().split():
            parts = _PAIR_DASHES.split(_POSSESSIVE.sub("", word))
            for part in parts if len(parts) > 1 else ():
                korean = korean_place(part)
                found = _PAIR_CODES.get(part) or _CAPITALS.get(part) or (
                    place_key(korean) if korean is not None else None)
                if found is not None and found.isascii() and len(found) == 2:
                    codes.add(found)
        for alone in _POSSESSIVE.sub("", run.group()).split(" and "):
            if alone in _PAIR_CODES:  # Korea alone (Korea and Japan), not North Korea's
                codes.add(_PAIR_CODES[alone])
    return frozenset(codes)


_PAIR_DASHES = lazy(r"[-\u2010\u2011\u2013\u2014]")


# The country whose government a Korean text names without naming the country (정부는).
OWN_COUNTRY = "KR"
# 정부 (the government) as a word of its own, 우리 (our) before it or none, and the word
# before that.
_GOVERNMENT = lazy(r"(?:(?<![\uac00-\ud7a3])([\uac00-\ud7a3]+)[ \t]+)?(?<![\uac00-\ud7a3])"
                   r"(?:우리[ \t]+)?정부([\uac00-\ud7a3]*)")


def names_own_government(text: str) -> bool:
    """Whether a Korean text names a government by 정부 with no country before it (정부는,
    우리 정부가), as Korean prose names its own country's; not after a place (일본 정부) or
    a word for countries (양국 정부, 각국 정부, 상대국 정부), nor a longer word (정부청사)."""
    from yongeo.text.korean import is_particle_chain

    for match in _GOVERNMENT.finditer(text):
        before, tail = match.group(1), match.group(2)
        if tail and not is_particle_chain(tail):
            continue
        if before and (before.endswith("국") or korean_places_in(before)):
            continue
        return True
    return False


def names_capital_of(text: str, country: str) -> bool:
    """Whether an English text names the capital of the country `country` (English) as a
    word of its own (Beijing for China, Tokyo for Japan: capital_of), wherever it stands."""
    import regex

    code = country_code(country)
    capital = capital_of(code) if code else None
    return capital is not None and regex.search(
        rf"(?<![\p{{L}}]){regex.escape(capital)}(?![\p{{L}}])", text) is not None


def names_country_of_capital(text: str, capital: str, korean: str) -> bool:
    """Whether a Korean text names the country whose capital is `capital` (English; its
    Korean name `korean`), as Korean renders a capital standing for its government (welcomed
    in Seoul -> 한국 정부는 환영했다): 서울 -> 한국, 대한민국, or its short form in a compound
    (Seoul, Washington and Tokyo -> 한미일). Only a capital: another city (Busan) stands for
    no government."""
    codes = {code for name in country_of_korean(korean) for code in _korean_codes().get(name, ())}
    codes = {code for code in (*codes, _CAPITALS.get(capital)) if code and capital_of(code) == capital}
    if not codes:
        return False
    if any(_korean_codes().get(place, frozenset()) & codes
           for place in korean_places_in(text)):
        return True
    # The country by its short form in a compound (서울, 워싱턴, 도쿄 -> 한미일).
    from yongeo.text.korean import COUNTRY_SHORT_FORMS, holds_short_form

    return any(holds_short_form(text, short) for name, short in COUNTRY_SHORT_FORMS.items()
               if _korean_codes().get(name, frozenset()) & codes)


_PEOPLE_BEFORE = lazy(r"(?i)\b(?:people|citizens|nationals)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PEOPLE_AFTER = lazy(r"(?i)['’]s?[ \t]+(?:people|citizens|nationals)\b")
# 국민, a country's people, as a word of its own (not the party 국민의힘).
_KOREAN_PEOPLE = lazy(r"(?<![\uac00-\ud7a3])국민(?!의힘)")


def names_people_of(text: str, start: int, end: int) -> bool:
    """Whether the English place at [start, end) names whose people they are (the people of
    Japan, Japan's citizens), a phrase Korean renders as 국민 alone where the country is the
    speaker's own or the context's."""
    return (_PEOPLE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _PEOPLE_AFTER.match(text, end) is not None)


def renders_people(text: str) -> bool:
    """Whether a Korean text names a country's people as 국민."""
    return _KOREAN_PEOPLE.search(text) is not None


# A term's head with the two countries as one phrase for both after it (relations between
# our countries, ties between the two nations) or before it (our two countries' relations).
_BOTH_COUNTRIES = r"(?:our|the)[ \t]+(?:two[ \t]+)?(?:countries|nations)"
# The two countries' leaders, as a readout names them once the leaders are named; and the
# heads of the pair's terms for their meetings, which the two leaders hold.
_BOTH_LEADERS = r"(?:our|the)[ \t]+two[ \t]+leaders"
_MEETING_HEADS = frozenset({"summit", "summits", "meeting", "talks"})


# Words that make a pair's relations a kind of their own, with its own name in Korean
# (diplomatic relations between Korea and Japan: 국교; economic relations: 경제 관계).
_RELATION_KINDS = frozenset("diplomatic economic trade security cultural military defense "
                            "defence political business".split())
_WORD_JUST_BEFORE = lazy(r"([\p{L}]+)[ \t]+$")
# Relations normalized or established are diplomatic ones (국교 정상화, 수교): the
# normalization of relations between Japan and the Republic of Korea.
_NORMALIZED_BEFORE = lazy(r"(?i)(?<![\p{L}])(?:normali[sz](?:ation|ing|ed|es|e)|establish"
                          r"(?:ment|ing|ed|es)?)(?:[ \t]+of)?(?:[ \t]+(?:the|their|its|our))?"
                          r"[ \t]+$")


def relations_of_a_kind(text: str, start: int, end: int) -> bool:
    """Whether the pair's relations written at [start, end) by their head and *between*
    (relations between Korea and Japan) are a kind of relations a word before them names
    (normalizing diplomatic relations between Korea and Japan), or relations normalized or
    established (the normalization of relations between Japan and the Republic of Korea:
    국교 정상화): another term."""
    if text[start:end].split(" ", 1)[0].lower() not in _RELATION_HEADS:
        return False
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before.group(1).lower() in _RELATION_KINDS or
                                   _NORMALIZED_BEFORE.search(text, max(0, start - 40),
                                                             start) is not None)


def pair_by_both(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a pair of countries (Korea-Japan
    relations) by its head with one phrase for the two countries (relations between our
    countries, our two countries' relations, cooperation between the two nations), as
    their own letters and statements write it; a meeting of the two (Korea-Japan summit)
    also by the two leaders (the two leaders held summits, the two leaders' summit)."""
    import regex

    _pair, head = _pair_and_head(term)
    if not head:
        return False
    written = _heads_written(_heads_of(head))
    pattern = (rf"(?<![\p{{L}}\-])(?i:(?:{written})[ \t]+(?:between|of)[ \t]+{_BOTH_COUNTRIES}"
               rf"|{_BOTH_COUNTRIES}['’][ \t]+(?:{written}))(?![\p{{L}}\-])")
    if regex.search(pattern, text) is not None:
        return True
    if head.split()[0].lower() not in _MEETING_HEADS:
        return False
    # A meeting of the pair's leaders by the two leaders: the two leaders' summit, summits
    # between the two leaders, the two leaders held summits.
    forms = rf"(?:{written})s?"
    pattern = (rf"(?i:{_BOTH_LEADERS}['’][ \t]+{forms}|{forms}[ \t]+between[ \t]+{_BOTH_LEADERS}"
               rf"|{_BOTH_LEADERS}[ \t]+(?:held|hold|holds|holding|had|have)[ \t]+"
               rf"(?:a[ \t]+|their[ \t]+|two[ \t]+)?{forms})(?![\p{{L}}\-])")
    return regex.search(pattern, text) is not None


def pair_split_by_with(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a pair of countries (Japan-China
    tension) by its head with *with* and one of the two (tensions with Tokyo), the other
    country named in the text too (Beijing ... amid tensions with Tokyo), as a sentence
    whose subject is one side writes it."""
    import regex

    from yongeo.text.english import plural

    codes = pair_countries(term)
    _pair, head = _pair_and_head(term)
    if codes is None or not head:
        return False
    last = head.split()[-1]
    forms = "|".join(regex.escape(f) for f in dict.fromkeys((last, plural(last) or last)))
    pattern = rf"(?i:(?:{forms}))[ \t]+with[ \t]+(?:the[ \t]+)?(\p{{Lu}}[\p{{L}}.'’\-]*)"
    for found in compiled(pattern).finditer(text):
        # A full stop may end the sentence (with Japan.) or the name (with the U.S.); the
        # short name a pair uses counts (with Korea: _PAIR_CODES).
        name = found.group(1)
        named = (countries_named(name) or countries_named(name.rstrip("."))
                 or frozenset(code for code in (_PAIR_CODES.get(name.rstrip(".")),) if code))
        if len(named & set(codes)) == 1:
            other = set(codes) - named
            if other <= countries_named(text[:found.start()] + text[found.end():]):
                return True
    return False


# The English nouns for the kind of place a Korean name's last syllables say it is (독도:
# 島, an island; 사도광산: a mine), which English refers back to it by (the islets, the
# mine) where its name has no English head noun. Longest first.
_KIND_SUFFIXES = (
    ("광산", ("mine",)), ("탄광", ("mine", "colliery")), ("신사", ("shrine",)),
    ("반도", ("peninsula",)), ("해협", ("strait",)), ("열도", ("islands", "archipelago")),
    ("제도", ("islands",)), ("섬", ("island", "islet")), ("도", ("island", "islet")),
    ("강", ("river",)), ("산", ("mountain",)), ("만", ("bay",)), ("현", ("prefecture",)),
)


def kind_nouns(korean: str) -> tuple[str, ...]:
    """The English nouns for the kind of place the Korean name `korean` ends in (독도 ->
    island, islet; 사도광산 -> mine; 나라현 -> prefecture): the name before the suffix must be
    one syllable or more; none for a name of no such ending (도쿄, 한국)."""
    word = "".join(korean.split())
    for suffix, nouns in _KIND_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return nouns
    return ()


# The nouns of a place's kind that English names it without (Nara for Nara Prefecture).
_KIND_WORDS = frozenset({"prefecture", "province", "county", "city", "island", "islands",
                         "state", "district"})


# Nouns English writes after a place's own name for its kind, by class: a site (a temple, a
# mine) and an area (an island, a prefecture), which may hold a site of the same name (the
# Sado mine on Sado Island), so only a noun of the same class names another place.
_SITE_NOUNS = frozenset("""temple shrine church cathedral mosque castle palace museum park
bridge tower hall station mine""".split())
_AREA_NOUNS = _KIND_WORDS | frozenset("mountain mount lake river bay port".split())
_PLACE_KIND_NOUNS = _SITE_NOUNS | _AREA_NOUNS


def is_site_noun(word: str) -> bool:
    """Whether an English word is the noun of a site (Hall, Tower, Station, Temple): a
    capitalised word before it makes a site's name (Summit Hall)."""
    return word.lower() in _SITE_NOUNS


# Capitalised nouns of a natural feature that a country's name may head (the Korea Strait,
# the Japan Trench): the feature's own name, another place.
_FEATURE_NOUNS = frozenset("Strait Straits Sea Bay Gulf Channel Trench Basin Current Ridge "
                           "Plain Peninsula".split())
_WORD_AFTER = lazy(r"[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\-])")


def heads_feature_name(text: str, end: int) -> bool:
    """Whether the place name ending at `end` heads the name of a natural feature, a
    capitalised feature noun right after it (the Korea Strait, 대한해협: another place than
    the country)."""
    match = _WORD_AFTER.match(text, end)
    return match is not None and match.group(1) in _FEATURE_NOUNS


def names_a_feature(english: str) -> bool:
    """Whether an English place name is a natural feature's, its last word a feature noun
    (East Sea, Korea Strait): no settlement, so a Korean place's kind written onto its
    Korean name (동해시, 동해항) names another place, named after it."""
    words = english.split()
    return len(words) > 1 and words[-1] in _FEATURE_NOUNS


def named_as_another_kind(text: str, term: str) -> bool:
    """Whether an English text writes the own name of the place `term` (its first word, up
    to a hyphen: Horyu of Horyu-ji Temple) followed by the noun of another kind of the same
    class (Horyu Shrine: a shrine for a temple), which names another place; not an area's
    noun for a site (Sado Island holds the Sado mine)."""
    import regex

    words = term.split()
    if len(words) < 2 or words[-1].lower() not in _PLACE_KIND_NOUNS:
        return False
    own = words[0].split("-")[0]
    if len(own) < 3:
        return False
    for match in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(own)}(?:-\p{{L}}+)?[ \t]+"
                                r"(\p{Lu}\p{Ll}+)", text):
        kind, own_kind = match.group(1).lower(), words[-1].lower()
        same_class = _SITE_NOUNS if own_kind in _SITE_NOUNS else _AREA_NOUNS
        if kind in same_class and kind != own_kind:
            return True
    return False


# The Korean nouns of a site's kind written after its own name (사도광산, 조세이 탄광, 야스쿠니
# 신사): a mine, a shrine or temple, a museum, a park, a station, a castle.
_KOREAN_SITE_NOUNS = ("광산", "탄광", "금산", "금광", "은산", "은광", "신사", "사찰", "사원",
                      "박물관", "기념관", "공원", "역", "성", "궁", "탑")


def korean_kind_after(text: str, end: int, term: str) -> bool:
    """Whether the Korean name ending at `end`, a short form of the site `term` (야스쿠니 of
    야스쿠니 신사), is followed, spaced or not, by another site noun than the one `term` ends
    in, with only particles after it (야스쿠니 사원에는): the place given another kind, which
    is no rendering of it. A name that does not start `term` is no short form of it (쓰시마
    of 쓰시마박물관 beside the entry's other name 대마도)."""

    from yongeo.text.korean import is_particle_chain, is_syllable

    solid = "".join(term.split())
    start = end
    while start > 0 and is_syllable(text[start - 1]):
        start -= 1
    if not (start < end and len(solid) > end - start and solid.startswith(text[start:end])):
        return False  # not the term's short form: 쓰시마박물관 beside 대마도
    others = [noun for noun in _KOREAN_SITE_NOUNS if not solid.endswith(noun)]
    match = compiled(r"[ \t]?(?:" + "|".join(sorted(others, key=len, reverse=True))
                     + r")([\uac00-\ud7a3]*)").match(text, end)
    return match is not None and is_particle_chain(match.group(1))


_NEXT_WORD = lazy(r"[ \t]+(\p{L}+)")


def english_kind_after(text: str, start: int, end: int, term: str) -> bool:
    """Whether the English name at [start, end), a short form of the site `term` (Yasukuni of
    Yasukuni Shrine), is followed by another site's noun than the one `term` ends in
    (Yasukuni Temple: nouns of one class, as named_as_another_kind reads them): the place
    given another kind, which is no rendering of it."""
    words = term.lower().split()
    if len(words) < 2 or words[-1] not in _SITE_NOUNS:
        return False
    if " ".join(words[:-1]) != " ".join(text[start:end].lower().split()):
        return False
    after = _NEXT_WORD.match(text, end)
    return (after is not None and after.group(1).lower() in _SITE_NOUNS
            and after.group(1).lower() != words[-1])


def _own_and_kind(term: str, nouns: tuple[str, ...]) -> tuple[str, str] | None:
    """A Korean place's own name and the noun of its kind that ends it, the longest of
    `nouns` (사도광산: 사도, 광산), written solid; None for a name that ends in none of them
    or is no more than the noun and a syllable."""
    solid = "".join(term.split())
    head = next((noun for noun in sorted(nouns, key=len, reverse=True)
                 if solid.endswith(noun) and len(solid) > len(noun) + 1), None)
    return None if head is None else (solid[:-len(head)], head)


def korean_site_renamed(text: str, term: str) -> bool:
    """Whether a Korean text writes the own name of the site `term` (사도 of 사도광산) followed
    by another site noun (사도 금산, a calque of the Japanese name): the site rendered
    otherwise, not left out; not the name alone or with an area's noun (사도섬 holds the
    mine)."""
    import regex

    from yongeo.text.korean import is_particle_chain

    split = _own_and_kind(term, _KOREAN_SITE_NOUNS)
    if split is None:
        return False
    own, head = split
    others = "|".join(noun for noun in _KOREAN_SITE_NOUNS if noun != head)
    pattern = regex.compile(rf"(?<![\uac00-\ud7a3]){regex.escape(own)}[ \t]?(?:{others})"
                            r"([\uac00-\ud7a3]*)")
    return any(is_particle_chain(match.group(1)) for match in pattern.finditer(text))


# The nouns of a place's kind that end its Korean name and that a calque of another name
# keeps (전함섬 for 하시마섬, Battleship Island): an island's, and a site's of two syllables
# or more (one syllable, 역 or 성, ends too many other words).
_KIND_NOUNS = ("섬", *(noun for noun in _KOREAN_SITE_NOUNS if len(noun) > 1))


def korean_place_renamed(text: str, term: str) -> bool:
    """Whether a Korean text writes a word that ends with the noun of the place `term`'s kind
    and has another name before it, two syllables or more, with particles or nothing after
    (전함섬이랑 for 하시마섬: a calque of Battleship Island): the place named otherwise, not
    left out. Not the term's own name with or without the noun (하시마, 하시마섬)."""
    import regex

    from yongeo.text.korean import is_particle_chain

    split = _own_and_kind(term, _KIND_NOUNS)
    if split is None:
        return False
    own, head = split
    pattern = regex.compile(rf"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{{2,}}?){regex.escape(head)}"
                            r"([\uac00-\ud7a3]*)")
    return any(match.group(1) != own and not match.group(1).endswith(own)
               and is_particle_chain(match.group(2)) for match in pattern.finditer(text))


def name_without_kind(text: str, term: str) -> bool:
    """Whether an English text names the place `term`, whose last word is the noun of its
    kind (Nara Prefecture, Hashima Island) or whose last two are a site's (Josei coal mine),
    by the rest of its name alone, as a capitalised word of its own (in Nara, my home
    prefecture; the victims of Chosei) or with its kind's head (the Josei mine); not where
    another kind's noun follows it, which names a place of that kind (the Sado coal mine,
    Sado Island: not the Sado gold mine)."""
    from yongeo.text.english import word_ends

    words = term.split()
    if len(words) > 2 and " ".join(words[-2:]).lower() in _SITE_KINDS:
        name = " ".join(words[:-2])  # Josei coal mine: Josei (Chosei, in the victims of Chosei)
    elif len(words) >= 2 and words[-1].lower() in _KIND_WORDS:
        name = " ".join(words[:-1])
    else:
        return False
    if not name[:1].isupper():
        return False
    own = words[-1].lower().rstrip("s")  # the kind's head: mine of coal mine, island
    for end in word_ends(text, name):
        kind = _KIND_AFTER.match(text, end)
        if kind is None or " ".join(kind.group().lower().split()).rstrip("s") in (
                own, " ".join(words[len(name.split()):]).lower()):
            return True  # the Josei mine, the name alone: the place
    return False


# A kind's noun after a place's own name, a site's or an area's (Sado Island, the Sado coal
# mine, Horyu Temple), in the singular or the plural.
_KIND_AFTER = lazy(r"(?i)[ \t]+(?:(?:coal|gold|silver)[ \t]+)?(?:"
                   + "|".join(sorted(_PLACE_KIND_NOUNS, key=len, reverse=True))
                   + r")s?(?![\p{L}])")


# Kinds of site named by two words after the site's own name (Josei coal mine, Sado gold
# mine): the own name alone stands for the site in a text about it (the victims of Chosei;
# Hashima and Sado in one film), as it does for a prefecture or an island.
_SITE_KINDS = frozenset({"coal mine", "gold mine", "silver mine"})


# A figure in degrees right after a word: a coordinate (동경 131°52′, 북위 37도).
_DEGREES_AFTER = lazy(r"[ \t]*\d{1,3}(?:[.,]\d+)?[ \t]*[°˚º도]")


def coordinate_after(text: str, end: int) -> bool:
    """Whether a figure in degrees follows the word ending at `end`: the word is a compass
    coordinate's (동경 131°: east longitude, not Tokyo's old name; 서경, 북위, 남위)."""
    return _DEGREES_AFTER.match(text, end) is not None


# A lookalike place: a capitalised word of at least this many letters that begins with a
# place name's first _LOOKALIKE_PREFIX letters.
_LOOKALIKE_LETTERS = 5
_LOOKALIKE_PREFIX = 4
_CAPITALISED_NAME = lazy(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")


def lookalike_places(text: str, names: Iterable[str], korean_source: str
                     ) -> list[tuple[int, int]]:
    """The words of an English text that spell another place like one of `names` (a place's
    names of one word), as spans of `text`: capitalised, of _LOOKALIKE_LETTERS letters or
    more, beginning with the name's first _LOOKALIKE_PREFIX letters (Fukuoka for Fukushima)
    but no derivative of the name, which writes all of it but its last letter (Japanese for
    Japan), and with a Japanese reading (text.japanese.transliterate) that the Korean source
    does not write (후쿠오카 in the source is the source's own place)."""
    from yongeo.text.japanese import transliterate

    names = [name for name in names if " " not in name and len(name) >= _LOOKALIKE_PREFIX]
    if not names:
        return []
    spans = []
    for match in _CAPITALISED_NAME.finditer(text):
        word = match.group()
        # Not the name's own derivative, which writes all of it but its last letter
        # (Japanese, Korean, Chinese for Japan, Korea, China).
        if len(word) < _LOOKALIKE_LETTERS or not any(
                word[:_LOOKALIKE_PREFIX].lower() == name[:_LOOKALIKE_PREFIX].lower()
                and not word.lower().startswith(name.lower()[:-1]) for name in names):
            continue
        try:
            if transliterate(word).standard in korean_source:
                continue
        except ValueError:  # no Japanese reading: a word of another language
            continue
        spans.append(match.span())
    return spans
