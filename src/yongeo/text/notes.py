"""Notes that are no part of a text: an editor's or translator's note in brackets, and the
notes, queries and marks a translator's working draft carries for its reviewer.

A publication's note (…-편집자, 편집자 주, 역자 주, Editor's note) is its publisher's words,
not the writer's; a working draft's note ([TN: ...], [역주: ...], 【역자 주: ...】,
(translator's note: ...), a query: [확인 요망: ...], ⟦check: ...⟧, [이름 확인], Q1: ...) is
the translator's word to a reviewer, often about a word itself (셔틀외교 — not "reciprocal
visits"). Neither is text to translate or to find a term in. A note is known by the label
that opens its bracket, so an author's own aside in brackets ((Note: figures are
provisional), a translation's text like any other) is not one.
"""

from __future__ import annotations

from yongeo.patterns import lazy

# The brackets a note is written in, each with the one that closes it.
_CLOSING = {"[": "]", "【": "】", "⟦": "⟧", "(": ")", "（": "）", "〔": "〕"}
_OPENING = lazy(r"[\[【⟦(（〔]")
# The longest note, in characters, brackets included.
_LONGEST = 2000
# The labels that open a note. A publication's or a translator's own (역주, 역자 주, 옮긴이
# 주, 번역자 주, 편집자 주, translator's note, editor's note, TL note) may be followed by
# anything; a working draft's shorter ones (TN, T/N, check, query, Q1, to confirm, name to
# confirm, reviewer's note, note to the editor, 확인 요망, 이름 확인, 검토 요망, 문의), which
# are words of a text too, by a colon or a dash, and a Korean query's also by the bracket's
# end ([이름 확인]). English labels are read in any case; a bare *note* is no label (an author
# writes it too), nor *TN* closed at once (Nashville (TN)).
_LABEL = lazy(
    r"[ \t]*(?:(?:역주|역자[ \t]*주|옮긴이[ \t]*주|번역자?[ \t]*주|편집자[ \t]*주"
    r"|(?i:translator['’]?s?[ \t]+note|editor['’]?s?[ \t]+note|tl[ \t]+note))"
    r"|(?:(?i:t/?n|check|query|q\d{1,2}|(?:name[ \t]+)?to[ \t]+(?:be[ \t]+)?confirm(?:ed)?"
    r"|reviewer['’]?s?[ \t]+note|note[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
    r"(?:editor|reviewer|client))"
    r"|(?:(?:이름|날짜|수치|표기|출처)[ \t]*)?확인(?:[ \t]*(?:요망|필요|바람|요청))?"
    r"|검토[ \t]*(?:요망|필요|요청)|문의)"
    r"(?=[ \t]*[:：—–\-])"
    r"|(?:(?:이름|날짜|수치|표기|출처)[ \t]*확인|확인[ \t]*(?:요망|필요|바람|요청)"
    r"|검토[ \t]*(?:요망|필요|요청))(?=[ \t]*[\]】⟧)）〕]))")
# A reviewer's check mark, which closes a note of what was checked ([43명 — 외무성 발표
# 자료와 대조함 ✓]).
_CHECK_MARKS = frozenset("✓✔☑")
# An editor's or translator's note signed at its end, in brackets: (…-편집자), (… —역자 주).
_SIGNED = lazy(r"\([^()\n]*?[-–—]\s*(?:편집자|역자)(?:\s*주)?\)")
# The words one of the labels above holds: a text with none of them has no note.
_SIGNS = ("TN", "T/N", "tn", "TL", "ote", "heck", "uery", "Q", "onfirm", "역주", "역자", "옮긴이",
          "번역", "편집자", "확인", "검토", "문의", *_CHECK_MARKS)


def note_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are notes (the module's docstring), brackets included: from
    a bracket that a note's label opens, or whose words a reviewer's check mark ends ([43명 —
    외무성 발표 자료와 대조함 ✓]), to the bracket that closes it on the same line, brackets
    inside it taken in pairs ([확인 요망: 표 5에서는 [XX]], a figure still to fill). A
    bracket left open to the line's end is no note."""
    if not any(sign in text for sign in _SIGNS):
        return []  # most texts
    spans = [match.span() for match in _SIGNED.finditer(text)]
    checked = any(mark in text for mark in _CHECK_MARKS)
    at = 0
    for opening in _OPENING.finditer(text):
        start = opening.start()
        if start < at:
            continue  # inside a note already taken
        labelled = _LABEL.match(text, start + 1) is not None
        if not labelled and not checked:
            continue
        end = _note_end(text, start)
        if end is None or not (labelled or text[end - 2] in _CHECK_MARKS
                               or text[end - 3:end - 1].strip() in _CHECK_MARKS):
            continue
        spans.append((start, end))
        at = end
    return sorted(spans)


def _note_end(text: str, opening: int) -> int | None:
    """Where the note opened at `opening` ends (after its closing bracket), counting the
    brackets of its kind inside it; None when its line ends first, or when it runs past
    _LONGEST characters (no note is that long; a bracket left open in a long line costs no
    more than that)."""
    mark, closing = text[opening], _CLOSING[text[opening]]
    depth = 0
    for at in range(opening, min(len(text), opening + _LONGEST)):
        char = text[at]
        if char == "\n":
            return None
        if char == mark:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return at + 1
    return None
