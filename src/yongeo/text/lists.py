"""Lists in running text: the coordinated items of an English clause (health care, the fight
against terrorism and the environment) and the comma-separated runs of a Korean sentence
(의료, 테러, 환경 등). A list is translated item for item: a Korean draft that keeps a source
list's length rendered each of its items by something, even when it shortened the rest."""

from __future__ import annotations

import regex

# What ends a clause: an English list never runs across these.
_CLAUSE_END = regex.compile(r"[.;:!?()\[\]\"“”]|\s[-–—]\s")
# An item's separators: a comma, or the conjunction before the last item (with or without
# the serial comma).
_ENGLISH_SEPARATOR = regex.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# Korean items are separated by commas (의료, 테러, 환경 등); a middle dot joins a compound's
# parts (한·미·일 정상), which a list of three English items is not.
_KOREAN_SEPARATOR = regex.compile(r"[,、]")
_KOREAN_CLAUSE_END = regex.compile(r"[.;:!?()\[\]\"“”]")
# A list has at least this many items: two are a pair (peace and security), often
# rendered as one compound.
MIN_ITEMS = 3


def english_list_item(text: str, at: int) -> tuple[int, int] | None:
    """The list the position `at` of `text` stands in, as (number of items, index of the
    item at `at`); None when its clause has no list of MIN_ITEMS items or more, or `at` is
    not in one. The items are what commas and the last "and"/"or" cut the clause into, so
    that the first one may carry the words that lead into the list; an "and" before the last
    without a comma is inside an item."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    stop = _CLAUSE_END.search(text, at)
    end = stop.start() if stop else len(text)
    clause = text[start:end]
    separators = list(_ENGLISH_SEPARATOR.finditer(clause))
    commas = [m for m in separators if m.group().lstrip().startswith(",")]
    # Only a clause with commas holds a list: "A and B" is a pair, "A, B and C" a list.
    if not commas:
        return None
    # The items end at the last conjunction: what follows it is the last item.
    last = max((i for i, m in enumerate(separators) if regex.search(r"\b(?:and|or)\b",
                                                                     m.group())), default=None)
    if last is None:
        return None
    # Before it, only commas part items: an "and" without one joins words inside an item
    # (North Korea and denuclearization, the abduction issue, ... and the Coast Guard).
    used = [m for i, m in enumerate(separators[:last + 1])
            if i == last or m.group().lstrip().startswith(",")]
    items = len(used) + 1
    if items < MIN_ITEMS:
        return None
    offset = at - start
    index = sum(1 for m in used if m.end() <= offset)
    return items, index


def korean_list_sizes(text: str) -> set[int]:
    """The numbers of comma-separated items of the Korean text's sentences, of MIN_ITEMS
    items or more (그 외 의제로는 의료, 테러, 환경 등이 있다 -> {3})."""
    sizes = set()
    for sentence in _KOREAN_CLAUSE_END.split(text):
        items = len(_KOREAN_SEPARATOR.findall(sentence)) + 1
        if items >= MIN_ITEMS:
            sizes.add(items)
    return sizes
