"""Currency units in English from CLDR, through Babel: the yuan, the won, the dollar."""

from __future__ import annotations

from functools import cache

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
