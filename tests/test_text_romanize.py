"""A Korean name written in Latin letters, and a Korean place named otherwise with its kind's
noun (text.romanize.spelt_out, text.places.korean_place_renamed)."""

import pytest

from yongeo.text.places import korean_place_renamed
from yongeo.text.romanize import spelt_out


@pytest.mark.parametrize(("text", "spelt"), [
    ("Daemado is near Busan", ["Daemado"]),  # the name spelt out as a word
    ("the lord route via Daema Island", ["Daema Island"]),  # without its 도, before Island
    ("Japan claims Dok Island", ["Dok Island"]),
    ("the Dok Islands", ["Dok Islands"]),
    ("Ulleung Island and Tsushima", []),  # another island's name
    ("Jeju Island", []),
])
def test_spelt_out(text, spelt):
    assert [text[start:end] for start, end in spelt_out(text, ["대마도", "독도"])] == spelt


@pytest.mark.parametrize(("text", "renamed"), [
    ("2015년 전함섬이랑 똑같은 수법임.", True),  # another name with 섬: Battleship Island calqued
    ("하시마섬에 갔다", False),  # the name itself
    ("하시마에 갔다", False),  # the name without its noun
    ("작은 섬에 갔다", False),  # the noun alone
    ("제주도에 갔다", False),  # another noun (도)
    ("군함도 섬이다", False),
])
def test_korean_place_renamed(text, renamed):
    assert korean_place_renamed(text, "하시마섬") is renamed
