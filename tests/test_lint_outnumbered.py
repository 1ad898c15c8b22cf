"""lint.outnumbered's reading of a rendering inside a longer term, against the plain reading."""

import random

import pytest

from yongeo.lint.outnumbered import _inside_longer


def _plain(spans, start, end):
    return any(s <= start and end <= e and e - s > end - start for s, e in spans)


@pytest.mark.parametrize(("spans", "span", "inside"), [
    ([(0, 10)], (2, 5), True),  # inside a longer one
    ([(0, 10)], (0, 10), False),  # the same span is no longer one
    ([(0, 10)], (0, 5), True),  # sharing its start
    ([(0, 10)], (5, 10), True),  # sharing its end
    ([(0, 10)], (5, 12), False),  # across its end
    ([(3, 4), (0, 10)], (2, 5), True),  # the longer one found past a shorter one
    ([(0, 4), (6, 10)], (3, 7), False),  # two spans around it are not one
    ([], (0, 1), False),
])
def test_inside_longer(spans, span, inside):
    assert _inside_longer(spans)(*span) is inside


def test_inside_longer_reads_as_the_plain_test():
    rng = random.Random(20261206)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            spans.append((start, start + rng.randint(1, 8)))
        test = _inside_longer(spans)
        for start in range(32):
            for end in range(start + 1, start + 9):
                assert test(start, end) is _plain(spans, start, end)
