"""Currency units from CLDR: the words that make an amount of money."""

from __future__ import annotations

import pytest

from yongeo.text.currencies import currency_follows, is_currency_unit


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


@pytest.mark.parametrize(("text", "end", "follows"), [
    ("4 U.S. cents", 6, True),
    ("US$1,000", 2, True),
    ("the U.S. dollar rose", 8, True),
    ("Hong Kong dollars", 9, True),
    ("U.S. officials", 4, False),
    ("U.S. gold reserves", 4, False),  # a metal CLDR lists, no unit
    ("South Korea won the vote", 11, False),  # won is also a verb
    ("the U.S. centre", 8, False),
])
def test_currency_follows_a_place(text, end, follows):
    assert currency_follows(text, end) is follows
