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


def paragraph(text: str, lang: str, entries: Sequence[str],
              named: Sequence[str] = ()) -> Paragraph:
    """A paragraph's length (letters, as an English text's would be) and anchors: the ids of
    the glossary entries it names, its numbers as values (2.5 million and 250만 alike,
    World War II's 2) and its acronyms, but those that name an entry (`named`: the words
    of its glossary hits, ROK, US), which count once, as the entry."""
    length = latin_letters(text, lang)
    anchors = {f"#{number}" for number in number_values(text)}
    anchors.update(f"A{word}" for word in _ACRONYM.findall(text)
                   if not ROMAN_NUMERAL.fullmatch(word) and word not in named)
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


# A run of paragraphs as a bead's side reads it: how many, their length together, and their
# anchors by kind together.
_Run = tuple[int, float, tuple[frozenset[str], ...]]
_NO_ANCHORS = tuple(frozenset() for _ in _WEIGHTS)


def _runs(paragraphs: Sequence[Paragraph], longest: int) -> list[list[_Run]]:
    """For each start, the runs of 0 to `longest` paragraphs from it (as far as there are
    paragraphs): a bead's side, read once for every bead that takes it."""
    out = []
    for start in range(len(paragraphs) + 1):
        runs: list[_Run] = [(0, 0.0, _NO_ANCHORS)]
        for size in range(1, min(longest, len(paragraphs) - start) + 1):
            last = paragraphs[start + size - 1]
            _, length, kinds = runs[-1]
            runs.append((size, length + last.length, last.kinds if size == 1 else tuple(
                mine | its for mine, its in zip(kinds, last.kinds, strict=True))))
        out.append(runs)
    return out


def _run_cost(source: _Run, draft: _Run, price: float) -> float:
    """What a bead costs (see the module's docstring): its shape's price, the distance of
    its lengths, the share of the anchors only one side holds; a side with no paragraph,
    its price and its length up to a cap."""
    length = math.log((draft[1] + _SMOOTHING) / (source[1] + _SMOOTHING)) ** 2 \
        / (2 * _SIGMA ** 2)
    if not source[0] or not draft[0]:
        return price + min(length, _ALONE_CAP)
    cost = price + length
    for weight, mine, yours in zip(_WEIGHTS, source[2], draft[2], strict=True):
        if mine or yours:
            shared = len(mine & yours)
            cost += weight * (len(mine) + len(yours) - 2 * shared) \
                / (len(mine) + len(yours) - shared + 1)
    return cost


def _alone(paragraph: Paragraph) -> _Run:
    """A paragraph as a bead's side of one."""
    return 1, paragraph.length, paragraph.kinds


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
    longest = max(max(di, dj) for di, dj, _ in _MOVES)
    source_runs, draft_runs = _runs(source, longest), _runs(draft, longest)
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
                cost = total + _run_cost(source_runs[i][di], draft_runs[j][dj], price)
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


# Texts whose paragraphs cannot be paired are compared whole up to this many paragraphs
# on a side; a longer pair is compared part by part (by_position), as a whole of that size
# would take time that grows with the square of its length (every term's checks read the
# whole text).
WHOLE_MAX_PARAGRAPHS = 60
# The source paragraphs of one part when compared by position.
POSITION_PARAGRAPHS = 12


def by_position(source: Sequence[Paragraph], draft: Sequence[Paragraph],
                size: int = POSITION_PARAGRAPHS) -> list[Bead]:
    """Parts of `size` source paragraphs, each paired with the draft paragraphs that stand
    at the same share of the draft's length as the part's of the source's (both lengths in
    letters of English): where texts whose paragraphs do not pair are too long to compare
    whole, a term is looked for where it should be, give or take a part (the caller lets
    the parts beside it count, as for beads)."""
    n, m = len(source), len(draft)
    if not n or not m:
        return [Bead(0, n, 0, m)]
    source_shares, draft_shares = _shares(source), _shares(draft)
    beads = []
    start_j = 0
    for start in range(0, n, size):
        end = min(n, start + size)
        # The draft paragraphs that end within the share of its length the part's source
        # paragraphs end at; the last part takes all that are left.
        end_j = start_j
        while end_j < m and (end == n or draft_shares[end_j] <= source_shares[end - 1] + 1e-9):
            end_j += 1
        beads.append(Bead(start, end, start_j, end_j))
        start_j = end_j
    return beads


def _shares(paragraphs: Sequence[Paragraph]) -> list[float]:
    """The share of a side's length each paragraph ends at (by count where none has a
    length)."""
    lengths = [p.length for p in paragraphs]
    if not any(lengths):
        lengths = [1.0] * len(paragraphs)
    total, reach, out = sum(lengths), 0.0, []
    for length in lengths:
        reach += length
        out.append(reach / total)
    return out


# Paragraphs a translation moves as wholes (a newsletter's items, a digest's entries in the
# order its editors prefer): with as many paragraphs on each side, a pairing in order whose
# beads cost this much at least twice is checked against the cheapest pairing in any order.
_MISPAIRED_COST = 1.5
# What moving a paragraph by one place costs, so that of pairings alike the nearest to the
# order as written wins; and the share of the pairing in order's cost the pairing in any
# order (its moves included) may cost at most to be taken.
_MOVE_PRICE = 0.1
_MOVED_SHARE = 0.7
# How many fewer anchors only one side of a bead holds the pairing in any order must leave.
_MIN_ANCHORS_GAINED = 2
# The share of the pairing one for one's cost a merged and split pairing may cost at most to
# be taken (reshaped): the merged beads' shapes are priced already.
_RESHAPED_SHARE = 0.85
# The most paragraphs looked at so (the pairing is cubic in them).
MAX_MOVED = 300


def moved(source: Sequence[Paragraph], draft: Sequence[Paragraph]) -> list[int] | None:
    """For texts of as many paragraphs, the draft paragraph each source paragraph pairs with
    where the translation has moved paragraphs (a newsletter's items reordered): the
    cheapest one-to-one pairing in any order (_run_cost of one-to-one beads, and _MOVE_PRICE
    for each place a paragraph moves), when the pairing in order has two beads or more that
    cost _MISPAIRED_COST, this one's beads where it differs cost at most _MOVED_SHARE of
    those they replace, and it leaves _MIN_ANCHORS_GAINED fewer anchors unshared; None
    otherwise (paragraphs in order, as most translations keep them)."""
    n = len(source)
    if n != len(draft) or not 3 <= n <= MAX_MOVED:
        return None
    ones, theirs = [_alone(p) for p in source], [_alone(p) for p in draft]
    in_order = [_run_cost(s, d, 0.0) for s, d in zip(ones, theirs, strict=True)]
    if sum(cost >= _MISPAIRED_COST for cost in in_order) < 2:
        return None  # most translations: cheap in order
    matrix = [[_run_cost(s, d, 0.0) + _MOVE_PRICE * abs(i - j) for j, d in enumerate(theirs)]
              for i, s in enumerate(ones)]
    order = _assignment(matrix)
    if order == list(range(n)):
        return None
    changed = [i for i, j in enumerate(order) if i != j]
    if sum(matrix[i][order[i]] for i in changed) > _MOVED_SHARE * sum(in_order[i]
                                                                     for i in changed):
        return None
    # Lengths alone do not say a paragraph moved (one condensed, the next expanded): the
    # anchors must, by more than one that only one side of a bead holds.
    unshared = sum(len(s.anchors ^ d.anchors) for s, d in zip(source, draft, strict=True))
    if sum(len(source[i].anchors ^ draft[j].anchors) for i, j in enumerate(order)) \
            > unshared - _MIN_ANCHORS_GAINED:
        return None
    return order


def reshaped(source: Sequence[Paragraph], draft: Sequence[Paragraph]) -> list[Bead] | None:
    """For texts of as many paragraphs, the pairing in order that merges and splits them
    (align), where the translation merged some paragraphs and split others so that the
    counts came out even: when the pairing one for one has two beads or more that cost
    _MISPAIRED_COST, one draft paragraph far longer than its source and one far shorter,
    align finds a trusted pairing that is not one for one, that pairing's
    beads cost at most _RESHAPED_SHARE of the one-for-one pairing's, and it leaves
    _MIN_ANCHORS_GAINED fewer anchors unshared; None otherwise (most translations, whose
    paragraphs correspond one for one)."""
    n = len(source)
    if n != len(draft) or n < 3:
        return None
    in_order = [_run_cost(_alone(s), _alone(d), 0.0) for s, d in zip(source, draft,
                                                                      strict=True)]
    if sum(cost >= _MISPAIRED_COST for cost in in_order) < 2:
        return None  # most translations: cheap one for one
    # Merged and split paragraphs leave a draft paragraph far longer than its source and
    # another far shorter; one paragraph longer alone is a note added to it.
    limit = _SIGMA  # a length cost of half a unit: well off, not yet mispaired
    shifts = [math.log((d.length + _SMOOTHING) / (s.length + _SMOOTHING))
              for s, d in zip(source, draft, strict=True)]
    if not (max(shifts) > limit and min(shifts) < -limit):
        return None
    beads = align(source, draft)
    if beads is None or all(b.source_end - b.source_start == 1 == b.draft_end - b.draft_start
                            for b in beads):
        return None
    cost = sum(_bead_cost(source, draft, bead) for bead in beads)
    if cost > _RESHAPED_SHARE * sum(in_order):
        return None
    # Lengths alone do not say paragraphs were merged (a note added to one paragraph): the
    # anchors must, by more than one that only one side of a bead holds, as for moved.
    unshared = sum(len(s.anchors ^ d.anchors) for s, d in zip(source, draft, strict=True))
    joined = sum(len(frozenset().union(*(p.anchors for p in source[b.source_start:b.source_end]))
                     ^ frozenset().union(*(p.anchors for p in draft[b.draft_start:b.draft_end])))
                 for b in beads)
    return beads if joined <= unshared - _MIN_ANCHORS_GAINED else None


def repaired(source: Sequence[Paragraph], draft: Sequence[Paragraph]
             ) -> tuple[list[int] | None, list[Bead] | None]:
    """For texts of as many paragraphs whose pairing one for one is off: the order the
    draft's paragraphs moved to (moved), or the beads of a merged and split paragraphing
    (reshaped), whichever costs less where both are found; (None, None) for most texts."""
    order = moved(source, draft) if len(source) <= MAX_MOVED else None
    beads = reshaped(source, draft)
    if order is None or beads is None:
        return order, beads
    ones, theirs = [_alone(p) for p in source], [_alone(p) for p in draft]
    moved_cost = sum(_run_cost(ones[i], theirs[j], 0.0) + _MOVE_PRICE * abs(i - j)
                     for i, j in enumerate(order))
    beads_cost = sum(_bead_cost(source, draft, bead) for bead in beads)
    return (None, beads) if beads_cost < moved_cost else (order, None)


def _bead_cost(source: Sequence[Paragraph], draft: Sequence[Paragraph], bead: Bead) -> float:
    """What a bead costs as align prices it (_run_cost, with its move's price)."""
    di, dj = bead.source_end - bead.source_start, bead.draft_end - bead.draft_start
    price = next((p for i, j, p in _MOVES if (i, j) == (di, dj)), 0.0)
    return _run_cost(_runs(source[bead.source_start:bead.source_end], di)[0][di],
                     _runs(draft[bead.draft_start:bead.draft_end], dj)[0][dj], price)


def _assignment(cost: list[list[float]]) -> list[int]:
    """The column each row takes in the cheapest assignment of a square cost matrix (the
    Hungarian method with potentials, O(n³))."""
    n = len(cost)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match, way = [0] * (n + 1), [0] * (n + 1)  # match[column] = row, 1-based; 0: none
    for row in range(1, n + 1):
        match[0] = row
        column = 0
        least = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[column] = True
            at, delta, nxt = match[column], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[at - 1][j - 1] - u[at] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, column
                    if least[j] < delta:
                        delta, nxt = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = nxt
            if match[column] == 0:
                break
        while column:
            previous = way[column]
            match[column] = match[previous]
            column = previous
    order = [0] * n
    for j in range(1, n + 1):
        order[match[j] - 1] = j - 1
    return order
