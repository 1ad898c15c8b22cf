"""Nationality and language adjectives derived from CLDR's names of places and languages."""

from __future__ import annotations

import pytest

from yongeo.text.demonyms import is_demonym


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
