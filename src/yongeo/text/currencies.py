"""Currency units in English from CLDR, through Babel: the yuan, the won, the dollar.

Two readings. After an amount any currency's unit makes money (5 billion won, 10 marks):
is_currency_unit knows the last word of every English currency name CLDR has. After a place
name (U.S. dollars, US$, Hong Kong dollars) only the units of the currencies legal tender
today in some territory count, with cent, the hundredth most often named, and without the
words English also uses as a verb or an adjective (won, real, mark, pound), which after a
country are more often that verb or adjective (South Korea won): currency_follows, for
lint's sense rules. A currency sign right after the name counts too (US$).
"""

from __future__ import annotations

from functools import cache

import regex

# Last words of CLDR names that are no unit (Chilean Unit of Account, US Dollar (Next day)).
_NOT_UNITS = frozenset({"account", "code", "currency", "funds", "gold", "unit", "value"})


@cache
def _units() -> frozenset[str]:
    """The last word of every English currency name CLDR has (Chinese Yuan, South Korean Won,
    US Dollar), lower case, historical names included (their dates in brackets dropped)."""
    from babel import Locale

    units = set()
    for code, name in Locale("en").currencies.items():
        if code.startswith("X"):
            continue  # gold, silver, drawing rights, test and unknown codes: no currencies
        words = name.split(" (")[0].split()
        if words and words[-1].lower() not in _NOT_UNITS:
            units.add(words[-1].lower())
    return frozenset(units)


def is_currency_unit(word: str) -> bool:
    """A word that names a currency unit (yuan, won, dollars), in any case, singular or plural."""
    lower = word.lower()
    return lower in _units() or (lower.endswith("s") and lower[:-1] in _units())


@cache
def _units_after_a_name() -> frozenset[str]:
    """The units of the currencies legal tender today, and cent, that are no English verb
    or adjective (dollar, yen, euro; not won, real, mark, pound)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from yongeo.text.english import word_classes

    english = Locale("en")
    codes: set[str] = set()
    for territory in english.territories:
        codes.update(get_territory_currencies(territory, tender=True))
    units = {"cent"}
    for code in codes:
        if code.startswith("X") and code not in ("XAF", "XOF", "XPF", "XCD"):
            continue  # the metals and units of account; the CFA and CFP francs, the EC dollar
        words = english.currencies.get(code, "").split(" (")[0].split()
        unit = words[-1].lower() if words else ""
        if unit.isalpha() and unit not in _NOT_UNITS and not word_classes(unit) & {"VERB", "ADJ"}:
            units.add(unit)
    return frozenset(units)


@cache
def _after_name() -> regex.Pattern:
    units = "|".join(sorted((regex.escape(u) for u in _units_after_a_name()), key=len,
                            reverse=True))
    return regex.compile(r"[ \t]*(?:\p{Sc}|(?:" + units + r")s?(?![\p{L}\p{N}]))",
                         regex.IGNORECASE)


def currency_follows(text: str, end: int) -> bool:
    """Whether a currency unit or sign follows the place name ending at `end` (U.S. dollars,
    4 U.S. cents, US$1,000), making it part of the currency's name."""
    return _after_name().match(text, end) is not None
