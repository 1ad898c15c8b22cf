"""Pairing the paragraphs of a source and its translation when their counts differ.

A translation often joins two short paragraphs into one or cuts a long one in two (an
English edition of a Korean report, a brief laid out anew), or leaves out a paragraph or
adds one (an editor's note). Paragraphs are then paired in order by beads of one to three
on either side, or one left alone, by dynamic programming (as Gale and Church align
sentences): a bead costs the distance of its two lengths from what a translation's length
usually is (text.length), the share of its anchors (glossary entries, numbers, acronyms)
that only one side holds, and a price for any bead but one to one; a paragraph alone, its
price and its length up to a cap. A pairing whose beads cost too much on average is no
pairing: the caller then compares the texts whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from yongeo.text.length import latin_letters
from yongeo.text.numbers import ROMAN_NUMERAL, number_values

# What may pair with what, and the price of each shape beyond one to one.
_MOVES = ((1, 1, 0.0), (2, 1, 1.5), (1, 2, 1.5), (1, 0, 1.5), (0, 1, 1.5), (3, 1, 3.0),
          (1, 3, 3.0))
# Letters added to both lengths, so that short paragraphs' ratios weigh little.
_SMOOTHING = 20.0
# The spread of the log of a translation's length against its prediction, wider than
# sentence pairs' (text.length: the middle half within about a sixth of the median), as a
# paragraph joined or cut is paired whole.
_SIGMA = 0.35
# The most a paragraph left alone costs for its length: left out or added, a long one is
# still cheaper alone than joined to a neighbour it does not translate.
_ALONE_CAP = 2.0
# The weight of anchors only one side holds, by kind: numbers and acronyms are written alike
# in both languages; a glossary entry may be named in one by a form the matcher does not
# see (한일 for South Korea and Japan), so it weighs less.
_ANCHOR_WEIGHTS = {"#": 2.0, "A": 2.0, "E": 1.5}
_WEIGHTS = tuple(_ANCHOR_WEIGHTS.values())
# A pairing whose beads cost more than this on average is not trusted.
_MAX_MEAN_COST = 2.5
# How far from the diagonal a pairing is looked for, beyond the difference of the counts:
# a translation moves a paragraph a few places at most.
_BAND = 10
# The most pairings looked at (about 9,500 paragraphs, four seconds): a longer text whose
# counts differ is compared whole.
_MAX_CELLS = 200_000
_ACRONYM = regex.compile(r"(?<![\p{Latin}\p{N}])\p{Lu}{2,}(?![\p{Latin}\p{N}])")


@dataclass(frozen=True)
class Paragraph:
    """What pairing reads of a paragraph: its length in letters of English, and its anchors
    (`kinds`: the same, split by kind in the order of _ANCHOR_WEIGHTS)."""

    length: float
    anchors: frozenset[str]
    kinds: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", tuple(
            frozenset(a for a in self.anchors if a[0] == kind) for kind in _ANCHOR_WEIGHTS))


def paragraph(text: str, lang: str, entries: Sequence[str]) -> Paragraph:
    """A paragraph's length (letters, as an English text's would be) and anchors: the ids of
    the glossary entries it names, its numbers as values (2.5 million and 250만 alike,
    World War II's 2) and its acronyms."""
    length = latin_letters(text, lang)
    anchors = {f"#{number}" for number in number_values(text)}
    anchors.update(f"A{word}" for word in _ACRONYM.findall(text)
                   if not ROMAN_NUMERAL.fullmatch(word))
    anchors.update(f"E{entry}" for entry in entries)
    return Paragraph(length, frozenset(anchors))


@dataclass(frozen=True)
class Bead:
    """Source paragraphs [source_start, source_end) paired with draft paragraphs
    [draft_start, draft_end); either range may be empty (a paragraph left out or added)."""

    source_start: int
    source_end: int
    draft_start: int
    draft_end: int


def _cost(source: Sequence[Paragraph], draft: Sequence[Paragraph], price: float) -> float:
    have = sum(p.length for p in source)
    want = sum(p.length for p in draft)
    length = math.log((want + _SMOOTHING) / (have + _SMOOTHING)) ** 2 / (2 * _SIGMA ** 2)
    if not source or not draft:  # a paragraph alone: its price, its length up to a cap
        return price + min(length, _ALONE_CAP)
    cost = price + length
    for kind, weight in enumerate(_WEIGHTS):
        mine = source[0].kinds[kind] if len(source) == 1 else frozenset().union(
            *(p.kinds[kind] for p in source))
        yours = draft[0].kinds[kind] if len(draft) == 1 else frozenset().union(
            *(p.kinds[kind] for p in draft))
        if mine or yours:
            cost += weight * len(mine ^ yours) / (len(mine | yours) + 1)
    return cost


def align(source: Sequence[Paragraph], draft: Sequence[Paragraph]) -> list[Bead] | None:
    """The cheapest pairing of the paragraphs in order, or None when it is not to be
    trusted (its beads cost over _MAX_MEAN_COST on average), a side has none, or it would
    take more than _MAX_CELLS pairings to find."""
    n, m = len(source), len(draft)
    if not n or not m:
        return None
    band = _BAND + abs(n - m)
    if (n + 1) * (2 * band + 1) > _MAX_CELLS:
        return None  # compared whole, as a text of that size always was
    best: dict[tuple[int, int], tuple[float, int, tuple[int, int]]] = {(0, 0): (0.0, 0, (0, 0))}
    for i in range(n + 1):
        middle = i * m / n
        low, high = max(0, int(middle) - band), min(m, int(middle) + band)
        for j in range(low, high + 1):
            here = best.get((i, j))
            if here is None:
                continue
            total, beads, _ = here
            for di, dj, price in _MOVES:
                if i + di > n or j + dj > m:
                    continue
                cost = total + _cost(source[i:i + di], draft[j:j + dj], price)
                key = (i + di, j + dj)
                if key not in best or cost < best[key][0]:
                    best[key] = (cost, beads + 1, (i, j))
    if (n, m) not in best:
        return None
    total, count, _ = best[(n, m)]
    if total / count > _MAX_MEAN_COST:
        return None
    out = []
    at = (n, m)
    while at != (0, 0):
        back = best[at][2]
        out.append(Bead(back[0], at[0], back[1], at[1]))
        at = back
    return out[::-1]
