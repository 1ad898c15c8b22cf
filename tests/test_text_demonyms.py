"""Nationality and language adjectives derived from CLDR's names of places and languages."""

from __future__ import annotations

import pytest

from yongeo.text.demonyms import (
    demonym_countries,
    is_demonym,
    nationality_variants,
    qualified_demonym,
)
from yongeo.text.english_names import name_orders


@pytest.mark.parametrize(("word", "expected"), [
    ("Iraqi", True),  # Iraq + i
    ("Texan", True),  # Texas - s + n
    ("Mexican", True),  # Mexico - o + an
    ("Jordanian", True),  # Jordan + ian
    ("Belgian", True),  # Belgium - um + an
    ("Turkish", True),  # Turkey - ey + ish
    ("Chinese", True),  # China - a + ese
    ("Greek", True),  # a language
    ("Iraqis", True),  # the plural noun
    # places are no adjectives of themselves; names that only look derived
    ("Japan", False),
    ("Texas", False),
    ("Malin", False),  # Mali + n would be no adjective
    ("Conan", False),
    ("Taroko", False),  # a minor language's name, a gorge too
    ("Obama", False),
])
def test_demonyms(word, expected):
    assert is_demonym(word) is expected


@pytest.mark.parametrize(("word", "countries"), [
    ("Iraqi", {"IQ"}),  # derived
    ("Iraqis", {"IQ"}),
    ("Polish", {"PL"}),  # a language named after its country
    ("Japanese", {"JP"}),
    ("British", {"GB"}),  # from Britain, not a CLDR name
    ("Britons", {"GB"}),
    ("French", {"FR"}),  # irregular
    ("Lebanese", {"LB"}),
    ("Palestinian", {"PS"}),  # the adjective inside the name (Palestinian Territories)
    ("English", {"GB"}),
    # after words of its country's name: that country alone
    ("North Korean", {"KP"}),
    ("South Korean", {"KR"}),
    ("Korean", {"KP", "KR"}),
    ("Western Korean", set()),  # words of no Korea's name
    # no adjective of a country
    ("Arabic", set()),  # a language of many countries
    ("Government", set()),
    ("Japan", set()),
])
def test_demonym_countries(word, countries):
    assert demonym_countries(word) == countries


@pytest.mark.parametrize(("term", "variants"), [
    ("Japanese Foreign Ministry", ("Japan's Foreign Ministry", "Japan’s Foreign Ministry",
                                   "Foreign Ministry of Japan")),
    ("Korean Peninsula", ()),  # the adjective of two countries
    ("American Samoa", ()),  # the United States: no one-word name to make a possessive of
    ("Japanese", ()),  # one word: nothing after the adjective
    ("Iraqis abroad", ()),  # a plural noun, not the adjective
])
def test_nationality_variants(term, variants):
    assert nationality_variants(term) == variants


@pytest.mark.parametrize(("name", "orders"), [
    ("Takaichi Sanae", ("Sanae Takaichi",)),  # surname first or last, as English writes
    ("Lee Jae-myung", ("Jae-myung Lee",)),
    ("Ishiba", ()),  # one name
    ("George W. Bush", ()),  # three: no other order to read
    ("shuttle diplomacy", ()),  # not a name
])
def test_name_orders(name, orders):
    assert name_orders(name) == orders


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("North Korean media said", "Korean", True),  # one of Korean's two countries
    ("a South Korean official", "Korean", True),
    ("the Korean text", "Korean", False),  # no word before it narrows it
    ("In Korean, the word", "Korean", False),  # In names no country
    ("North Japanese towns", "Japanese", False),  # Japanese names one country already
    ("North Korea said", "Korea", False),  # a country's name, no adjective
])
def test_qualified_demonym(text, word, expected):
    start = text.index(word)
    assert qualified_demonym(text, start, start + len(word)) is expected
