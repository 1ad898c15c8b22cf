"""Currency names from CLDR, through Babel: the word that follows a country in a currency's
name (U.S. dollars, US$, Japanese yen, Hong Kong dollars), so that a place name heading a
currency is read as part of the currency, not as the place.

The units are the last words of the English names of the currencies legal tender today in
some territory (dollar, yen, yuan, euro, peso, rupee, franc ...), with their plurals, and
cent, the hundredth most often named; words that English also uses as a verb or an adjective
(won, real, mark, pound) are left out, since after a country they are more often that verb
or adjective (South Korea won), and so are the precious metals CLDR lists among currencies
(gold: Zimbabwe Gold is tender, and U.S. gold reserves are no currency). A currency sign
right after the name counts too (US$).
"""

from __future__ import annotations

from functools import cache

import regex


@cache
def currency_units() -> frozenset[str]:
    """The currency units, lower case, singular (dollar, yen, cent)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from yongeo.text.english import word_classes

    english = Locale("en")
    codes: set[str] = set()
    for territory in english.territories:
        codes.update(get_territory_currencies(territory, tender=True))
    # CLDR's codes of the precious metals (gold, silver, platinum, palladium).
    metals = {english.currencies.get(code, "").lower() for code in ("XAU", "XAG", "XPT", "XPD")}
    units = {"cent"}
    for code in codes:
        name = english.currencies.get(code, "")
        unit = name.split()[-1].lower() if name else ""
        if unit.isalpha() and unit not in metals and not word_classes(unit) & {"VERB", "ADJ"}:
            units.add(unit)
    return frozenset(units)


@cache
def _after_name() -> regex.Pattern:
    units = "|".join(sorted((regex.escape(u) for u in currency_units()), key=len, reverse=True))
    return regex.compile(r"[ \t]*(?:\p{Sc}|(?:" + units + r")s?(?![\p{L}\p{N}]))",
                         regex.IGNORECASE)


def currency_follows(text: str, end: int) -> bool:
    """Whether a currency unit or sign follows the name ending at `end` (U.S. dollars, US$)."""
    return _after_name().match(text, end) is not None
