"""Sentences of a paragraph, in Korean and English: where a full stop, a question or an
exclamation mark ends one (after a quotation mark or bracket closing it too), not the full
stop of an abbreviation (U.S., Dr., No. 3), an initial (N. Korea, Lee J.) or a number
(3.5); a line break ends one too (a list's items, a transcript's turns)."""

from __future__ import annotations

from yongeo.patterns import lazy

# A sentence's end: its mark and what closes it, then space or the end; a line's end.
_END = lazy(r"[.!?。？！]+[\"'”’」』)\]]*(?=[ \t\u3000]|\n|$)|\n")
# Where a sentence turns from one clause to a contrasting one: 반면(에), 반해, 지만 with a
# comma after it; while, whereas or but after a comma.
_CONTRAST = lazy(r"(?:반면에?|반해|지만),[ \t]*|,[ \t]+(?:while|whereas|but)[ \t]+")
# What a full stop after it does not end: a capital alone (an initial, N. Korea; U.S.), a
# title or an abbreviation that names what follows (Dr. Kim, No. 3, vs. Japan, Jan. 5).
_NOT_AN_END = lazy(
    r"(?:(?<![\p{L}])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Mt|No|Nos|vs|"
    r"etc|cf|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|Jr|Sr|"
    r"e\.g|i\.e|p|pp|Vol|Art|para|Fig))$")


def sentence_spans(text: str, start: int = 0, end: int | None = None
                   ) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as spans, spaces around them left out."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start, end):
        if match.group() != "\n" and match.group()[0] == "." and \
                _NOT_AN_END.search(text, max(start, match.start() - 8), match.start()):
            continue
        _add(text, begin, match.end(), spans)
        begin = match.end()
    _add(text, begin, end, spans)
    return spans


def sentence_around(text: str, at: int, start: int = 0, end: int | None = None
                    ) -> tuple[int, int]:
    """The span of the sentence of text[start:end] (sentence_spans) that holds the position
    `at`; the whole of text[start:end] where none does (`at` in the spaces between)."""
    end = len(text) if end is None else end
    return next(((s, e) for s, e in sentence_spans(text, start, end) if s <= at < e),
                (start, end))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        at = start + piece.index(stripped[0])
        spans.append((at, at + len(stripped)))


def clause_around(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of text[start:end], a sentence, that holds `at`: the sentence
    cut where it turns to a contrasting clause (한국 측은 ... 쓰는 반면, 일본 측은 ...; Korea
    says ..., while Japan says ...); the whole sentence where it does not turn."""
    begin, finish = start, end
    for match in _CONTRAST.finditer(text, start, end):
        if match.end() <= at:
            begin = match.end()
        elif match.start() >= at:
            finish = match.start()
            break
    return begin, finish
