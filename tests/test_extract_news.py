"""News text as feeds deliver it: mojibake mended first, datelines and agency tags are chrome."""

from __future__ import annotations

import pytest

from yongeo.extract.clean import clean_lines
from yongeo.extract.counts import count_document
from yongeo.text.mojibake import repair_mojibake

MOJIBAKE = [
    ("McCain¡¯s advantage", "McCain’s advantage"),
    ("¡°There are early indications,¡± said", "“There are early indications,” said"),
    ("cut import charges to ¢æ11", "cut import charges to €11"),
    ("It¡¦s", "It…s"),
    ("Itâ€™s a deal", "It’s a deal"),
    ("CafÃ© culture", "Café culture"),
    # Left as written: real Latin-1 text and pairs that decode to no symbol.
    ("¡Hola, señor!", "¡Hola, señor!"),
    ("naïve résumé", "naïve résumé"),
    ("x ¡¡ y", "x ¡¡ y"),
    # A space is no byte of a sequence: the word after it stays a word.
    ("\u00e0\u00b8 shuttle diplomacy", "\u00e0\u00b8 shuttle diplomacy"),
    ("한국어 문장", "한국어 문장"),
]


@pytest.mark.parametrize(("text", "repaired"), MOJIBAKE)
def test_mojibake_is_repaired(text, repaired):
    assert repair_mojibake(text) == repaired


def test_repair_keeps_the_lines():
    text = "first line\nMcCain¡¯s edge\r\nItâ€™s\n\nlast"
    assert repair_mojibake(text).count("\n") == text.count("\n")


def test_repaired_possessive_is_one_name():
    counts = count_document("a.txt", "Obama has eroded McCain¡¯s advantage on John McCain¡¯s "
                                     "issues.\n")
    assert "mccain¡¯s" not in counts.terms
    assert "john mccain" in counts.terms


DATELINES = [
    ("LONDON, England (CNN) From Dallas, Texas to Dabancheng, China, energy companies grow.",
     "From Dallas, Texas to Dabancheng, China, energy companies grow."),
    ("ISTANBUL, Turkey (CNN) The death toll rose.", "The death toll rose."),
    ("WASHINGTON (CNN) Only raw peppers were found.", "Only raw peppers were found."),
    ("SEOUL (Yonhap) -- North Korea said.", "North Korea said."),
    ("(CNN) Shigeo Tokuda looks like a retiree.", "Shigeo Tokuda looks like a retiree."),
    ("(AP) -- The talks ended.", "The talks ended."),
    ("The talks ended, he said. (Yonhap)", "The talks ended, he said."),
    # Not datelines: an agency named in the text, a bracket inside a sentence.
    ("The blasts happened, he told CNN Turk.", "The blasts happened, he told CNN Turk."),
    ("Electric Transmission Texas (ETT) joined.", "Electric Transmission Texas (ETT) joined."),
    ("(the report says) prices rose.", "(the report says) prices rose."),
]


@pytest.mark.parametrize(("line", "kept"), DATELINES)
def test_datelines_are_chrome(line, kept):
    assert " ".join(p.text for p in clean_lines([line]) if p.role == "text") == kept


def test_dateline_names_are_no_candidates():
    counts = count_document("a.txt", "LONDON, England (CNN) Energy companies invest in wind "
                                     "power.\n(CNN) Wind power grows in Texas.\n")
    assert not {"london", "england", "cnn"} & set(counts.terms)
