"""text.sentences: where a paragraph's sentences end, in Korean and English."""

from __future__ import annotations

import pytest

from yongeo.text.sentences import clause_around, sentence_around, sentence_spans


@pytest.mark.parametrize(("text", "sentences"), [
    ("Lee met Takaichi. They agreed.", ["Lee met Takaichi.", "They agreed."]),
    ("He said \"no.\" Then he left!", ["He said \"no.\"", "Then he left!"]),
    ("이 대통령은 말했다. 양국은 합의했습니다.", ["이 대통령은 말했다.", "양국은 합의했습니다."]),
    ("누가 갔습니까? 장관입니다.", ["누가 갔습니까?", "장관입니다."]),
    ("- 항목 하나\n- 항목 둘", ["- 항목 하나", "- 항목 둘"]),  # a line ends one
    # Not an end: an abbreviation, an initial, a title, a number.
    ("Talks in the U.S. on Jan. 5 went well.", ["Talks in the U.S. on Jan. 5 went well."]),
    ("N. Korea fired a missile.", ["N. Korea fired a missile."]),
    ("Dr. Kim and Mr. Lee spoke.", ["Dr. Kim and Mr. Lee spoke."]),
    ("Growth was 3.5 percent.", ["Growth was 3.5 percent."]),
    ("  No stop at the end  ", ["No stop at the end"]),
    ("", []),
])
def test_sentence_spans(text, sentences):
    assert [text[start:end] for start, end in sentence_spans(text)] == sentences


def test_within_a_span():
    text = "Before. Lee met Takaichi. They agreed. After."
    start, end = text.index("Lee"), text.index(" After")
    assert [text[a:b] for a, b in sentence_spans(text, start, end)] == [
        "Lee met Takaichi.", "They agreed."]


@pytest.mark.parametrize(("text", "word", "sentence"), [
    ("Talks began. The Agency sent a team. Then it rained.", "Agency", "The Agency sent a team."),
    ("One sentence only", "only", "One sentence only"),
    ("회담이 열렸다. 외무부는 반대했다.", "외무부", "외무부는 반대했다."),
])
def test_sentence_around(text, word, sentence):
    begin, end = sentence_around(text, text.index(word))
    assert text[begin:end] == sentence


@pytest.mark.parametrize(("text", "word", "clause"), [
    ("한국은 찬성하는 반면, 일본은 반대했다.", "일본", "일본은 반대했다."),
    ("한국은 찬성하는 반면, 일본은 반대했다.", "한국", "한국은 찬성하는 "),
    ("Korea agreed, while Japan objected.", "Japan", "Japan objected."),
    ("Korea agreed and Japan objected.", "Japan", "Korea agreed and Japan objected."),  # no turn
])
def test_clause_around(text, word, clause):
    begin, end = clause_around(text, text.index(word), 0, len(text))
    assert text[begin:end] == clause
