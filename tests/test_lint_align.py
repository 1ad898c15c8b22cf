"""lint.align: the paragraphs of a pair whose counts differ, paired in order by beads."""

from __future__ import annotations

import pytest

from yongeo.lint.align import Bead, Paragraph, align, by_position, paragraph


def para(length: float, *anchors: str) -> Paragraph:
    return Paragraph(length, frozenset(anchors))


# (source paragraphs, draft paragraphs, beads as (source range, draft range), or None)
CASES = [
    # two draft paragraphs joined into one
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec")],
     [para(175, "Ea", "Eb"), para(95, "Ec")],
     [((0, 2), (0, 1)), ((2, 3), (1, 2))]),
    # one source paragraph cut in two
    ([para(200, "Ea", "#3"), para(60, "Eb")],
     [para(100, "Ea"), para(105, "#3"), para(55, "Eb")],
     [((0, 1), (0, 2)), ((1, 2), (2, 3))]),
    # a paragraph left out of the draft
    ([para(90, "Ea"), para(120, "Eb", "#1942"), para(80, "Ec")],
     [para(95, "Ea"), para(85, "Ec")],
     [((0, 1), (0, 1)), ((1, 2), (1, 1)), ((2, 3), (1, 2))]),
    # a paragraph the draft adds (an editor's note)
    ([para(90, "Ea"), para(80, "Eb")],
     [para(85, "Ea"), para(120, "#2026"), para(82, "Eb")],
     [((0, 1), (0, 1)), ((1, 1), (1, 2)), ((1, 2), (2, 3))]),
    # texts that do not follow each other: nothing to trust
    ([para(40, "#2019"), para(300, "#2020", "Ea")],
     [para(300, "#1998"), para(20, "#1999"), para(200, "#2001", "Eb")],
     None),
    # a side with no paragraph
    ([], [para(10)], None),
]


@pytest.mark.parametrize(("source", "draft", "beads"), CASES)
def test_align(source, draft, beads):
    found = align(source, draft)
    if beads is None:
        assert found is None
    else:
        assert found == [Bead(s0, s1, d0, d1) for (s0, s1), (d0, d1) in beads]


def test_a_long_text_is_paired_within_a_band():
    source = [para(100 + i % 7 * 10, f"#{i}") for i in range(600)]
    draft = source[:300] + source[301:]  # one paragraph left out
    beads = align(source, draft)
    assert beads is not None and len(beads) == 600
    assert Bead(300, 301, 300, 300) in beads


@pytest.mark.parametrize(("text", "lang", "length", "anchors"), [
    ("President Lee met Takaichi in 2025 on AI.", "en", 29, {"#2025", "AAI"}),
    ("이재명 대통령은 2025년 AI를 논의했다.", "ko", 13 / 0.43, {"#2025", "AAI"}),
    ("No. 07 and 7", "en", 5, {"#7"}),  # a number is its value
])
def test_paragraph(text, lang, length, anchors):
    found = paragraph(text, lang, ["takaichi"])
    assert found.length == pytest.approx(length)
    assert found.anchors == frozenset(anchors) | {"Etakaichi"}


def test_an_acronym_that_names_an_entry_counts_once():
    """ROK matched as South Korea is that entry's anchor, not an acronym too: the Korean
    side, 한국 or 한일, has no acronym to match it."""
    found = paragraph("ROK and US officials met.", "en", ["south-korea", "united-states"],
                      {"ROK", "US"})
    assert found.anchors == {"Esouth-korea", "Eunited-states"}
    assert "AROK" in paragraph("ROK and US officials met.", "en", []).anchors


def test_a_text_too_long_to_pair_is_compared_whole(monkeypatch):
    import yongeo.lint.align as module

    source = [para(100, f"#{i}") for i in range(50)]
    assert align(source, source[:-1]) is not None
    monkeypatch.setattr(module, "_MAX_CELLS", 50 * 21)
    assert align(source, source[:-1]) is None


@pytest.mark.parametrize(("source", "draft", "size", "beads"), [
    # parts of two source paragraphs, the draft cut at the same shares of its length
    ([para(100)] * 4, [para(50)] * 4 + [para(200)], 2,
     [((0, 2), (0, 4)), ((2, 4), (4, 5))]),
    # a draft far shorter than its share: a part may face no paragraph
    ([para(100)] * 4, [para(400)], 2, [((0, 2), (0, 0)), ((2, 4), (0, 1))]),
    # the last part takes every draft paragraph left
    ([para(100)] * 3, [para(100)] * 5, 2, [((0, 2), (0, 3)), ((2, 3), (3, 5))]),
    # a side with no paragraph: one part
    ([para(100)] * 3, [], 2, [((0, 3), (0, 0))]),
])
def test_by_position(source, draft, size, beads):
    assert by_position(source, draft, size) == [Bead(s0, s1, d0, d1)
                                                for (s0, s1), (d0, d1) in beads]


def test_a_long_pair_that_cannot_be_paired_is_compared_part_by_part():
    """Texts too long to compare whole whose paragraphs do not pair: parts of like share,
    each a unit, a term rendered in the part beside told (info), one left out reported."""
    from conftest import make_entry

    from yongeo.glossary.model import Glossary
    from yongeo.lint import LintIndex, lint_pair
    from yongeo.lint.align import WHOLE_MAX_PARAGRAPHS

    index = LintIndex.build(Glossary((
        make_entry("export-controls", "concept", "export controls", "수출규제"),
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"))))
    count = WHOLE_MAX_PARAGRAPHS + 40
    source = "\n\n".join(["Officials discussed export controls at the talks that day."
                           if i == 5 else
                           "Officials discussed shuttle diplomacy at the talks that day."
                           if i == count - 5 else
                           f"Officials met for talks on item {i} of the agenda that day."
                           for i in range(count)])
    # Every second paragraph joined to the next, the numbers written out of reach, shuttle
    # diplomacy left out: the pairing cannot be trusted.
    draft = "\n\n".join(["관계자들이 그날 회담에서 수출규제를 논의했다. 관계자들이 다시 만났다."
                          if i == 4 else
                          "관계자들이 그날 의제를 놓고 회담했다. 관계자들이 다시 만났다."
                          for i in range(0, count, 2)])
    findings = lint_pair(source, draft, index, source_lang="en", target_lang="ko")
    notes = [f for f in findings if f.rule == "input.unaligned"]
    assert len(notes) == 1 and "parts of like share" in notes[0].message
    missing = {(f.message.split("'")[1], f.severity.value) for f in findings
               if f.rule == "term.missing"}
    assert ("shuttle diplomacy", "error") in missing
    assert all(term != "export controls" or severity == "info" for term, severity in missing)


# (source paragraphs, draft paragraphs, the draft paragraph each source one pairs with, or
# None for the pairing in order)
MOVED = [
    # a newsletter's item moved up two places
    ([para(80, "Ea", "#1"), para(90, "Eb", "#2"), para(100, "Ec", "#3"), para(70, "Ed", "#4")],
     [para(80, "Ea", "#1"), para(100, "Ec", "#3"), para(70, "Ed", "#4"), para(90, "Eb", "#2")],
     [0, 3, 1, 2]),
    # in order: nothing moved
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec")],
     [para(85, "Ea"), para(95, "Eb"), para(90, "Ec")],
     None),
    # one paragraph far from its source, the rest in order: no pairing in another order is
    # much cheaper, so the order stands
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec")],
     [para(80, "Ea"), para(300, "#7"), para(100, "Ec")],
     None),
    # paragraphs alike in all but order of length: no anchors to say they moved
    ([para(80), para(300), para(120)], [para(300), para(80), para(120)], None),
    # counts that differ: beads, not moves
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec")], [para(80, "Ea")], None),
]


@pytest.mark.parametrize(("source", "draft", "order"), MOVED)
def test_moved(source, draft, order):
    from yongeo.lint.align import moved

    assert moved(source, draft) == order


def test_assignment_is_the_cheapest():
    from itertools import permutations

    from yongeo.lint.align import _assignment

    cost = [[4, 1, 3, 9], [2, 0, 5, 1], [3, 2, 2, 8], [6, 4, 1, 3]]
    best = min(permutations(range(4)), key=lambda p: sum(cost[i][j] for i, j in enumerate(p)))
    found = _assignment(cost)
    assert sum(cost[i][j] for i, j in enumerate(found)) == sum(
        cost[i][j] for i, j in enumerate(best))


def test_long_texts_without_blank_lines_are_paired_line_by_line():
    """Texts with no blank line, each paragraph a line, long enough that one unit would be
    slow: each line is a paragraph, so a term rendered only on another line is missing."""
    from conftest import make_entry

    from yongeo.glossary.model import Glossary
    from yongeo.lint import LintIndex, lint_pair
    from yongeo.lint.align import WHOLE_MAX_PARAGRAPHS

    index = LintIndex.build(Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),)))
    count = WHOLE_MAX_PARAGRAPHS + 10

    def texts(lines: int) -> tuple[str, str]:
        source = "\n".join("Officials discussed shuttle diplomacy at the talks that day."
                           if i == 5 else f"Officials met for talks on item {i} that day."
                           for i in range(lines))
        draft = "\n".join("관계자들이 그날 회담에서 셔틀외교를 논의했다." if i == lines - 5
                          else f"관계자들이 그날 {i}번 의제로 회담했다." for i in range(lines))
        return source, draft

    def missing(lines: int) -> list[int]:
        return [f.line for f in lint_pair(*texts(lines), index, source_lang="en",
                                          target_lang="ko") if f.rule == "term.missing"]

    assert missing(count) == [6]  # the line that leaves it out
    # A short text of as many lines, each a sentence of its own: paired line by line too.
    assert missing(20) == [6]


def test_a_paragraph_wrapped_at_a_width_is_one_unit():
    """A paragraph hard-wrapped at a width breaks its lines inside sentences: lines of the
    same count do not correspond, and the text is one unit, the term rendered in it."""
    from conftest import make_entry

    from yongeo.glossary.model import Glossary
    from yongeo.lint import LintIndex, lint_pair

    index = LintIndex.build(Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),)))
    source = ("Officials from the two governments met on Monday in the capital and discussed\n"
              "shuttle diplomacy at length, along with the schedule of the next meetings of\n"
              "the leaders and of the ministers who prepare them for the coming months")
    draft = ("양국 정부 관계자들은 월요일 수도에서 만나 정상들과 그들을 준비하는 장관들의 다음\n"
             "회담 일정과 함께 앞으로 몇 달 동안의 계획을 길게 논의했으며 특히 셔틀외교를\n"
             "중심으로 의견을 나누었고 다음 회의에서 결과를 정리하기로 하였다고 전해졌다")
    found = [f for f in lint_pair(source, draft, index, source_lang="en", target_lang="ko")
             if f.rule == "term.missing"]
    assert found == []


# (source paragraphs, draft paragraphs, beads of the pairing that merges and splits them as
# (source range, draft range), or None for the pairing one for one)
RESHAPED = [
    # two paragraphs merged, a later one split: the counts come out even
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec", "Ed"), para(70, "Ee")],
     [para(170, "Ea", "Eb"), para(50, "Ec"), para(52, "Ed"), para(72, "Ee")],
     [((0, 2), (0, 1)), ((2, 3), (1, 3)), ((3, 4), (3, 4))]),
    # one for one, lengths near: nothing to repair
    ([para(80, "Ea"), para(90, "Eb"), para(100, "Ec")],
     [para(85, "Ea"), para(95, "Eb"), para(90, "Ec")],
     None),
    # a note added to the first paragraph only (one far longer, none far shorter): one for
    # one stands
    ([para(30, "Ea"), para(300, "Eb"), para(200, "Ec"), para(100, "Ed")],
     [para(160, "Ea", "#2026"), para(290, "Eb"), para(205, "Ec"), para(95, "Ed")],
     None),
    # lengths that shift but anchors that do not follow: one for one stands
    ([para(80), para(90), para(100), para(70)],
     [para(170), para(50), para(52), para(72)],
     None),
]


@pytest.mark.parametrize(("source", "draft", "beads"), RESHAPED)
def test_reshaped(source, draft, beads):
    from yongeo.lint.align import reshaped

    found = reshaped(source, draft)
    if beads is None:
        assert found is None
    else:
        assert found is not None
        assert [((b.source_start, b.source_end), (b.draft_start, b.draft_end))
                for b in found] == beads
