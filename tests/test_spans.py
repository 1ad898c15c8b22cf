"""yongeo.spans: whether a position or a span meets any of many spans, by bisection."""

from __future__ import annotations

import random

import pytest

from yongeo.spans import Spans

# Nested, overlapping and apart, in no order: (0, 10) holds (2, 4); (20, 25) meets (22, 30).
SPANS = [(22, 30), (2, 4), (0, 10), (20, 25), (40, 41)]


@pytest.mark.parametrize(("at", "covered"), [
    (0, True), (3, True), (9, True), (10, False),   # an end is outside its span
    (19, False), (20, True), (29, True), (30, False),
    (40, True), (41, False), (-1, False), (100, False),
])
def test_a_position_is_covered_inside_a_span(at, covered):
    assert Spans(SPANS).cover(at) is covered


@pytest.mark.parametrize(("start", "end", "met"), [
    (10, 20, False),   # between two spans, touching both ends
    (9, 11, True),     # the last character of (0, 10)
    (12, 18, False),
    (30, 40, False),
    (26, 27, True),    # inside (22, 30) only, after (20, 25) ends
    (41, 50, False),
    (-5, 0, False), (-5, 1, True),
])
def test_a_span_meets_a_span_sharing_a_character(start, end, met):
    assert Spans(SPANS).meet(start, end) is met


def test_spans_answer_as_a_scan_of_them_all():
    rng = random.Random(7)
    spans = [(s, s + rng.randrange(1, 30)) for s in (rng.randrange(500) for _ in range(60))]
    looked_up = Spans(spans)
    assert len(looked_up) == 60 and not Spans([]).cover(0) and not Spans([]).meet(0, 9)
    for at in range(-2, 540):
        assert looked_up.cover(at) == any(s <= at < e for s, e in spans)
        assert looked_up.meet(at, at + 7) == any(s < at + 7 and at < e for s, e in spans)
