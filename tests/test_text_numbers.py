"""Numbers as values in either language (text.numbers): what the two sides of a translation
share however each writes them, and what the paragraph aligner anchors on."""

from __future__ import annotations

import pytest

from yongeo.text.numbers import number_values


@pytest.mark.parametrize(("text", "values"), [
    ("about 2.5 million war dead", {"2500000"}),
    ("약 250만 명의 전몰자", {"2500000"}),  # a Korean unit written onto the number
    ("1,000 people", {"1000"}),  # grouping commas
    ("1000명", {"1000"}),
    ("1천400년이 넘는 교류", {"1400"}),  # a unit's parts added
    ("2억5천만 달러", {"250000000"}),
    ("3천만 명", {"30000000"}),  # units in a row multiply
    ("a 3-billion deal", {"3000000000"}),
    ("$1.2 trillion", {"1200000000000"}),
    ("1조2천억 달러", {"1200000000000"}),
    ("제5조", {"5"}),  # an article, not five trillion
    ("1.5%", {"1.5"}),
    ("007", {"7"}),
    ("11.11.(수)~12.(목)", {"11", "12"}),  # a Korean date written with dots
    ("version 5.2.0", {"5", "2", "0"}),
    ("2026.12.05", {"2026", "12", "5"}),
    ("from 1910 to 1945", {"1910", "1945"}),
    ("World War II", {"2"}),  # a Roman numeral is its value
    ("2차 세계대전", {"2"}),
    ("Pope Leo XIV", {"14"}),
    ("I am here", set()),  # one letter is a word
    ("CD and DC", set()),  # not a numeral of I, V and X
    ("IIX", set()),  # not a well-formed numeral
    ("no numbers", set()),
    ("\U000116d0 \u0663", set()),  # digits of other scripts: not read (nor a crash)
])
def test_number_values(text, values):
    assert number_values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("twenty years after Liberation Day", {"20"}),
    ("twenty-one of them, thirty five more", {"21", "35"}),
    ("the 81st Liberation Day", {"81"}),  # digits, as number_values reads them
    ("a one-sided deal", set()),  # a word's part, no count
])
def test_counted_values(text, values):
    from yongeo.text.numbers import counted_values

    assert counted_values(text) == values


@pytest.mark.parametrize(("text", "holiday", "counts"), [
    ("광복 81주년을 맞아", "광복절", {"81"}),
    ("광복 20년 만인 1965년", "광복절", {"20"}),  # years since the event
    ("광복 20년의 역사", "광복절", set()),  # no count since it
    ("광복 81주년", "3·1절", set()),  # another holiday
])
def test_anniversary_years(text, holiday, counts):
    from yongeo.text.korean import anniversary_years

    assert anniversary_years(text, holiday) == counts
