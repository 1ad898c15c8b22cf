"""Spans of a text looked up by position: whether a position or a span falls inside or
meets any of many spans (a draft's hits, the words a rule already read), in one bisection
where a scan of them all made a long text's checks quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """(start, end) spans, overlapping or nested in any order, kept sorted by start with the
    furthest end reached up to each."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._reach = list(accumulate((end for _start, end in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def cover(self, at: int) -> bool:
        """Whether a span holds the position `at` (start <= at < end)."""
        index = bisect_right(self._starts, at)
        return index > 0 and self._reach[index - 1] > at

    def meet(self, start: int, end: int) -> bool:
        """Whether a span shares a character with start..end (s < end and start < e)."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start
