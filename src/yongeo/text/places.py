"""Place names in English and Korean from CLDR, through Babel: countries and regions, and the
exemplar cities of the time zones (Istanbul 이스탄불, Pyongyang 평양).

CLDR is kept by the Unicode Consortium and ships with Babel, which the project already uses for
its catalogs; it has no provinces or small towns (a gazetteer supplies those).
"""

from __future__ import annotations

from functools import cache

from yongeo.text.normalize import fold_term

_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


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
            add(name, korean.territories.get(code))
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
