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

from functools import cache

from yongeo.text.normalize import fold_term

_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
# CLDR's English alt="variant" and alt="short" territory names (common/main/en.xml).
_ALT_NAMES = {"Turkey": "TR", "Ivory Coast": "CI", "Czech Republic": "CZ", "Swaziland": "SZ",
              "East Timor": "TL", "Bosnia": "BA", "Palestine": "PS", "Burma": "MM",
              "Congo (DRC)": "CD", "Congo (Republic)": "CG", "Cape Verde": "CV"}


def _is_english_word(name: str) -> bool:
    from lemminflect import getAllLemmas

    return " " not in name and bool(getAllLemmas(name.lower()))


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(English name folded -> Korean name, Korean name -> English name)."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    english, korean = Locale("en"), Locale("ko")
    to_korean: dict[str, str] = {}
    to_english: dict[str, str] = {}

    def add(en: str | None, ko: str | None) -> None:
        if en and ko and en[:1].isupper():
            to_korean.setdefault(fold_term(en), ko)
            to_english.setdefault(ko, en)

    for code, name in english.territories.items():
        # Regions by number (world, Africa) except Europe and Latin America; no institutions
        # (European Union, United Nations) and no placeholders (Unknown Region).
        if (not code.isdigit() or code in ("150", "419")) and code not in _NOT_PLACES:
            ko = _unqualified(korean.territories.get(code) or "")
            for form in _forms(name):
                add(form, ko)
    for name, code in _ALT_NAMES.items():
        add(name, _unqualified(korean.territories.get(code) or ""))
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        try:
            city = get_timezone_location(zone, locale="en", return_city=True)
            ko = get_timezone_location(zone, locale="ko", return_city=True)
        except (LookupError, ValueError):
            continue
        if "," in city or _is_english_word(city):
            continue  # Tell City, Indiana; Oral, Center: words before they are cities
        add(city, ko)
    return to_korean, to_english


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


def korean_place(name: str) -> str | None:
    """The Korean CLDR name of an English place name (China 중국, Istanbul 이스탄불), or of a
    dotted region code (U.S. 미국)."""
    found = _tables()[0].get(fold_term(name))
    if found is None and "." in name:
        code = name.replace(".", "").strip()
        if len(code) == 2 and code.isupper():
            found = _codes().get(code)
    return found


@cache
def _codes() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("ko").territories)


def is_cldr_place(name: str) -> bool:
    """An English name CLDR knows as a country, region or city."""
    return fold_term(name) in _tables()[0]


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
def _territory_of() -> dict[str, str]:
    """English name folded -> the territory it names or lies in (Turkey, Istanbul: TR)."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    found: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code not in _NOT_PLACES:
            for form in _forms(name):
                found.setdefault(fold_term(form), code)
    for name, code in _ALT_NAMES.items():
        found.setdefault(fold_term(name), code)
    for zone, code in sorted(get_global("zone_territories").items()):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        try:
            city = get_timezone_location(zone, locale="en", return_city=True)
        except (LookupError, ValueError):
            continue
        if "," not in city and not _is_english_word(city):
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
