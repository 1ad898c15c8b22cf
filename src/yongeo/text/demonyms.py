"""Nationality and language adjectives in English (Iraqi, Texan, Turkish), from CLDR's names of
countries, regions and languages through Babel, and the suffixes English derives them with."""

from __future__ import annotations

from functools import cache

from yongeo.patterns import compiled

# How English makes a nationality adjective of a place name, by the name's ending: (ending,
# letters dropped, suffix added); "" is any ending. Korea -> Korean, Chile -> Chilean,
# Mexico -> Mexican, Texas -> Texan, Iraq -> Iraqi, Japan -> Japanese, China -> Chinese,
# Egypt -> Egyptian, Canada -> Canadian, Belgium -> Belgian, Turkey -> Turkish,
# Britain -> British, Sweden -> Swedish.
_DERIVATIONS = (("a", 0, "n"), ("e", 0, "an"), ("i", 0, "an"), ("o", 1, "an"), ("as", 1, "n"),
                ("", 0, "i"), ("", 0, "ese"), ("a", 1, "ese"), ("", 0, "ian"), ("a", 1, "ian"),
                ("e", 1, "ian"), ("y", 1, "ian"), ("um", 2, "an"), ("ey", 2, "ish"),
                ("en", 2, "ish"), ("ain", 3, "ish"))
# The US states and the Canadian provinces the press makes adjectives of, beside CLDR's
# countries (which have no states).
_REGIONS = ("Texas", "California", "Alaska", "Hawaii", "Nebraska", "Oklahoma", "Ohio",
            "Georgia", "Virginia", "Carolina", "Arizona", "Florida", "Quebec", "Alberta")


@cache
def _adjectives() -> frozenset[str]:
    from babel import Locale

    from yongeo.text.english import word_classes

    english = Locale("en")
    # One-word names of countries and continents (Iraq, Europe); of longer names, the words
    # that are no English word (Saudi Arabia: Arabia, not United or Republic).
    names = [name for code, name in english.territories.items()
             if not code.isdigit() or code in ("142", "150", "002", "019")]
    words = [name for name in [*names, *_REGIONS] if " " not in name and "-" not in name]
    words += [word for name in names if " " in name for word in name.split()
              if word[:1].isupper() and not word_classes(word.lower())
              and not any(word.endswith(s) for s in ("an", "ese", "ish", "i"))]
    found: set[str] = set()
    for word in words:
        if len(word) < 4 or not word.isalpha():
            continue
        lower = word.lower()
        for ending, drop, suffix in _DERIVATIONS:
            if lower.endswith(ending):
                found.add((lower[:-drop] if drop else lower) + suffix)
    # Japan[:-1] + n is Japan again: no place is its own adjective.
    found -= {name.lower() for name in [*names, *_REGIONS]}
    # Languages name the nationality in most of Europe and Asia (Greek, Polish, Thai, Kurdish):
    # the major ones, with a two-letter code (not Taroko, a gorge as well as a language).
    for code, name in english.languages.items():
        if len(code) == 2 and " " not in name and name[:1].isupper():
            found.add(name.lower())
    return frozenset(found)


def is_demonym(word: str) -> bool:
    """A nationality, regional or language adjective, or its plural noun (Iraqis, Texans): a
    modifier of names, not a name of its own."""
    lower = word.lower()
    adjectives = _adjectives()
    return lower in adjectives or (lower.endswith("s") and lower[:-1] in adjectives)


# Adjectives no derivation above makes (irregular, or from another name of the country).
_IRREGULAR = {"french": "FR", "american": "US", "lebanese": "LB", "swiss": "CH",
              "dutch": "NL", "english": "GB", "scottish": "GB", "welsh": "GB",
              "filipino": "PH", "thai": "TH", "afghan": "AF", "pakistani": "PK",
              "saudi": "SA", "emirati": "AE", "greek": "GR", "danish": "DK",
              "norwegian": "NO", "finnish": "FI", "icelandic": "IS", "portuguese": "PT",
              "vietnamese": "VN", "burmese": "MM", "cypriot": "CY", "maltese": "MT",
              "malagasy": "MG", "argentine": "AR", "peruvian": "PE", "ecuadorian": "EC"}


@cache
def _countries_by_adjective() -> dict[str, frozenset[str]]:
    """Nationality adjective (lower case) -> the CLDR codes of the countries it is made from:
    by the derivations above (Iraqi: IQ, Mexican: MX, British: GB from Britain) and by the
    major languages named after their country (French: FR, Polish: PL, Japanese: JP; the
    language's likely country, when a word of its name begins as the language's does)."""
    from babel import Locale
    from babel.core import get_global

    english = Locale("en")
    names = [(code, name) for code, name in english.territories.items()
             if len(code) == 2 and code.isalpha()]
    names += [("GB", "Britain")]
    table: dict[str, set[str]] = {adjective: {code} for adjective, code in _IRREGULAR.items()}
    # A word of a longer name that is a country's whole name makes that country's adjective
    # only (China of Hong Kong SAR China: Chinese is CN's, not Hong Kong's).
    whole = {name.lower() for _code, name in names if " " not in name}
    for code, name in names:
        for word in name.replace("-", " ").split():
            lower = word.lower()
            if len(lower) < 4 or not lower.isalpha() or (" " in name and lower in whole):
                continue
            if len(name.split()) == 2 and lower.endswith(("an", "ese", "ish", "i")):
                table.setdefault(lower, set()).add(code)  # Palestinian Territories
            for ending, drop, suffix in _DERIVATIONS:
                if lower.endswith(ending):
                    table.setdefault((lower[:-drop] if drop else lower) + suffix,
                                     set()).add(code)
    likely = get_global("likely_subtags")
    for language, name in english.languages.items():
        if len(language) != 2 or " " in name or not name[:1].isupper():
            continue
        territory = (likely.get(language) or "").rpartition("_")[2]
        country = english.territories.get(territory, "")
        if any(word[:3].lower() == name[:3].lower() for word in country.split()):
            table.setdefault(name.lower(), set()).add(territory)
    # An irregular adjective names its country alone (American: US, not American Samoa).
    table.update({adjective: {code} for adjective, code in _IRREGULAR.items()})
    return {adjective: frozenset(codes) for adjective, codes in table.items()}


def demonym_countries(word: str) -> frozenset[str]:
    """The CLDR codes of the countries a nationality adjective or its plural noun names
    (Iraqis: IQ; French: FR; Britons: GB); empty for any other word. An adjective after
    words of its country's name names only the countries whose CLDR name holds those words
    (North Korean: KP, South Korean: KR, of Korean's two)."""
    if " " in word.strip():
        *qualifiers, last = word.split()
        return frozenset(code for code in demonym_countries(last)
                         if _names_hold(code, qualifiers))
    lower = word.lower()
    table = _countries_by_adjective()
    found = table.get(lower)
    if found is None and lower.endswith("s"):
        found = table.get(lower[:-1])
    if found is None and lower.endswith("ons"):  # Britons, Saxons
        found = table.get(lower[:-3] + "ish")
    return found or frozenset()


def qualified_demonym(text: str, start: int, end: int) -> bool:
    """Whether the nationality adjective at text[start:end] makes, with the capitalised word
    right before it, the adjective of fewer countries (North Korean, of Korean's two): one
    country's adjective, not the bare word's (Korean, the language)."""
    import regex

    word = text[start:end]
    codes = demonym_countries(word)
    if not codes:
        return False
    before = regex.search(r"(\p{Lu}\p{L}+)[ \t]+$", text[max(0, start - 20):start])
    if before is None:
        return False
    qualified = demonym_countries(f"{before.group(1)} {word}")
    return bool(qualified) and qualified < codes


def _names_hold(code: str, words: list[str]) -> bool:
    """Whether the English CLDR name of the country `code` holds every one of `words`."""
    name = _english_names().get(code, "").lower().split()
    return all(word.lower() in name for word in words)


@cache
def _english_names() -> dict[str, str]:
    """CLDR's English names of countries and regions, by code."""
    from babel import Locale

    return dict(Locale("en").territories)


def nationality_variants(term: str) -> tuple[str, ...]:
    """The other ways English writes a term of several words that begins with a country's
    adjective: with the country's possessive, or the country in an of-phrase after it
    (Japanese Foreign Ministry -> Japan's Foreign Ministry, Japan’s Foreign Ministry,
    Foreign Ministry of Japan). Only for an adjective of one country whose CLDR name is one
    word (Japanese: Japan; not Korean, of two Koreas, nor American, whose country is the
    United States)."""
    first, _, rest = term.partition(" ")
    if not rest or not first[:1].isupper():
        return ()
    codes = demonym_countries(first)
    if len(codes) != 1 or first.lower().endswith("s") and first.lower() not in (
            _countries_by_adjective()):
        return ()  # one country, and the adjective itself (not Iraqis)
    from babel import Locale

    country = Locale("en").territories.get(next(iter(codes)), "")
    if not country or " " in country or not country.isalpha():
        return ()
    return (f"{country}'s {rest}", f"{country}’s {rest}", f"{rest} of {country}")


def shares_country(text: str, term: str) -> bool:
    """Whether an English text names a term that begins with a country's adjective
    (Japanese Ministry of Defense) as the second of two names after the country, which both
    share: Japan's Ministry of Foreign Affairs and Ministry of Defense; the Japanese Foreign
    Ministry and Defense Ministry. Not where another country's adjective or a possessive
    comes between (Japan's Foreign Ministry and Korea's Ministry of Defense)."""
    import regex

    first, _, rest = term.partition(" ")
    if not rest[:1].isupper() or len(demonym_countries(first)) != 1:
        return False
    owners = [regex.escape(first)]
    owners += [regex.escape(variant.partition(" ")[0]) for variant in nationality_variants(term)
               if variant.partition(" ")[0].endswith(("'s", "’s"))]
    pattern = (rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(owners)})[ \t]+(\p{{Lu}}[^\n.;:]{{0,80}}?)"
               rf"(?:,|[ \t]+and|[ \t]+or)[ \t]+(?:the[ \t]+)?{regex.escape(rest)}"
               rf"(?![\p{{L}}\p{{N}}])")
    for match in compiled(pattern).finditer(text):
        between = match.group(1)
        if "'s " in between or "’s " in between:
            continue
        if any(demonym_countries(word) for word in regex.findall(r"\p{Lu}\p{L}+", between)):
            continue
        return True
    return False


def adjectives_of(code: str) -> tuple[str, ...]:
    """The nationality adjectives English writes for the country of CLDR code `code`, as
    words (not the forms _countries_by_adjective derives to recognise them): the irregular
    ones (US: American) and the major languages named after the country (KR: Korean; JP:
    Japanese), capitalised."""
    from babel import Locale
    from babel.core import get_global

    found = [adjective.capitalize() for adjective, country in _IRREGULAR.items()
             if country == code]
    english = Locale("en")
    country = english.territories.get(code, "")
    likely = get_global("likely_subtags")
    for language, name in english.languages.items():
        # A language named after the country (Korean, Korea), not one spoken there (Tibetan).
        if len(language) == 2 and " " not in name and \
                (likely.get(language) or "").rpartition("_")[2] == code and \
                any(word[:3].lower() == name[:3].lower() for word in country.split()):
            found.append(name)
    return tuple(dict.fromkeys(found))
