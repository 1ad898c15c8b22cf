"""Currency units from CLDR: the words that make an amount of money."""

from __future__ import annotations

import pytest

from yongeo.text.currencies import is_currency_unit


@pytest.mark.parametrize(("word", "expected"), [
    ("yuan", True),
    ("Yuan", True),
    ("won", True),
    ("dollars", True),
    ("euros", True),
    ("rupee", True),
    # CLDR names that end in no unit, metals and ordinary words
    ("account", False),
    ("gold", False),
    ("fortune", False),
    ("Obama", False),
])
def test_currency_units(word, expected):
    assert is_currency_unit(word) is expected
