"""text.notes: the notes of an editor, a translator or a reviewer, which are no text."""

from __future__ import annotations

import pytest

from yongeo.text.notes import note_spans


@pytest.mark.parametrize(("text", "notes"), [
    # A translator's note, with a label of either language, in any of the brackets.
    ("재개 [역주: 'shuttle diplomacy'는 '셔틀외교'로 옮김.] 합의", ["[역주: 'shuttle diplomacy'는 '셔틀외교'로 옮김.]"]),
    ("a (translator's note: 모셔 오다 rendered so) b", ["(translator's note: 모셔 오다 rendered so)"]),
    ("【역자 주: 조문 인용은 국문본을 따름.】", ["【역자 주: 조문 인용은 국문본을 따름.】"]),
    ("x [TN: kept.] y [T/N — as the site has it] z", ["[TN: kept.]", "[T/N — as the site has it]"]),
    # A reviewer's query, brackets inside it taken in pairs; a Korean query closed at once.
    ("x [확인 요망: 표 5에서는 [XX]] y", ["[확인 요망: 표 5에서는 [XX]]"]),
    ("⟦check: the museum's title⟧ and [name to confirm: Hirano]",
     ["⟦check: the museum's title⟧", "[name to confirm: Hirano]"]),
    ("[이름 확인] and [XX]", ["[이름 확인]"]),
    # What was checked, closed by a check mark.
    ("[43명 — 외무성 발표 자료와 대조함 ✓] 한일", ["[43명 — 외무성 발표 자료와 대조함 ✓]"]),
    # An editor's note signed at its end.
    ("문제(일본 정부의 표현이다-편집자)는", ["(일본 정부의 표현이다-편집자)"]),
    # No note: an author's aside, a placeholder, a state's code, a word of a label's as a
    # word of the text, a bracket left open, a check mark outside brackets.
    ("(Note: figures are provisional)", []), ("Nashville (TN) is", []),
    ("(확인 결과 문제없음)", []), ("the [XX] figure", []), ("open [TN: no end\nnext", []),
    ("the economy. ✓ (this)", []), ("a check (of the books) and a query", []),
])
def test_note_spans(text, notes):
    assert [text[start:end] for start, end in note_spans(text)] == notes
