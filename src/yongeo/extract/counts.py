"""Candidate counts: what documents say about each candidate, mergeable in any order.

`count_document` is a pure function of one document; `CandidateCounts.merge` adds two
counts together. Merging is associative and commutative in everything the template shows
(sums, sets of references, the earliest example), so documents can be counted in any
order, in other processes or on other machines, and merged in any grouping.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from yongeo.extract.candidates import Occurrence, find_occurrences
from yongeo.extract.clean import clean_lines
from yongeo.extract.markup import document_kind, strip_markup
from yongeo.text.mojibake import repair_mojibake

_LINE_BITS = 32


class TermStats:
    """Everything counted about one candidate key (plain dicts: there are millions)."""

    __slots__ = (
        "example",
        "frequency",
        "kinds",
        "lang",
        "lemmas",
        "long_forms",
        "refs",
        "reliable_lemmas",
        "short_forms",
        "types",
        "words",
    )

    def __init__(self, words: tuple[str, ...], lang: str):
        self.frequency = 0
        self.lemmas: dict[str, int] = {}
        self.reliable_lemmas: dict[str, int] = {}
        self.kinds: dict[str, int] = {}
        self.types: dict[str, int] = {}
        self.words = words
        # Occurrences as (path index << 32 | line); paths live in CandidateCounts.paths.
        self.refs = array("Q")
        self.example: tuple[str, int, str] | None = None  # (path, line, sentence)
        self.long_forms: dict[str, int] = {}
        self.short_forms: dict[str, int] = {}  # a person's name alone (Bolton), by count
        self.lang = lang

    def kind(self, name: str) -> int:
        return self.kinds.get(name, 0)

    def merge(self, other: TermStats, path_map: list[int]) -> None:
        self.frequency += other.frequency
        for mine, theirs in ((self.lemmas, other.lemmas),
                             (self.reliable_lemmas, other.reliable_lemmas),
                             (self.kinds, other.kinds), (self.types, other.types),
                             (self.long_forms, other.long_forms),
                             (self.short_forms, other.short_forms)):
            for value, count in theirs.items():
                mine[value] = mine.get(value, 0) + count
        self.words = min(self.words, other.words)
        mask = (1 << _LINE_BITS) - 1
        self.refs.extend((path_map[ref >> _LINE_BITS] << _LINE_BITS) | (ref & mask)
                         for ref in other.refs)
        if other.example is not None and (self.example is None or
                                          other.example[:2] < self.example[:2]):
            self.example = other.example


class CandidateCounts:
    """Candidate keys with their statistics, over one document or many."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.terms: dict[str, TermStats] = {}
        # English word tokens (folded) and their total: how often the documents use a word,
        # against general language, is what makes a phrase specific to them (score.py).
        self.words: dict[str, int] = {}
        self.documents = 0
        self.bytes = 0

    def __len__(self) -> int:
        return len(self.terms)

    def add_path(self, path: str) -> int:
        self.paths.append(path)
        return len(self.paths) - 1

    def add(self, occurrence: Occurrence, path_index: int) -> None:
        stats = self.terms.get(occurrence.key)
        if stats is None:
            stats = self.terms[occurrence.key] = TermStats(occurrence.words, occurrence.lang)
        elif occurrence.lang < stats.lang:
            stats.lang = occurrence.lang  # an acronym of both languages is listed as English
        stats.frequency += 1
        lemma = occurrence.lemma
        stats.lemmas[lemma] = stats.lemmas.get(lemma, 0) + 1
        if occurrence.reliable:
            stats.reliable_lemmas[lemma] = stats.reliable_lemmas.get(lemma, 0) + 1
        stats.kinds[occurrence.kind] = stats.kinds.get(occurrence.kind, 0) + 1
        if occurrence.type:
            stats.types[occurrence.type] = stats.types.get(occurrence.type, 0) + 1
        if occurrence.long_form:
            stats.long_forms[occurrence.long_form] = stats.long_forms.get(
                occurrence.long_form, 0) + 1
        if occurrence.short_form:
            stats.short_forms[occurrence.short_form] = stats.short_forms.get(
                occurrence.short_form, 0) + 1
        stats.words = min(stats.words, occurrence.words)
        stats.refs.append((path_index << _LINE_BITS) | occurrence.line)
        example = stats.example
        path = self.paths[path_index]
        if example is None or (path, occurrence.line) < example[:2]:
            stats.example = (path, occurrence.line, occurrence.sentence)

    def merge(self, other: CandidateCounts) -> CandidateCounts:
        """Add other's counts to these (in place) and return self."""
        path_map = [self.add_path(path) for path in other.paths]
        for key, theirs in other.terms.items():
            mine = self.terms.get(key)
            if mine is None:
                mine = self.terms[key] = TermStats(theirs.words, theirs.lang)
            mine.lang = min(mine.lang, theirs.lang)  # the same in any order
            mine.merge(theirs, path_map)
        words = self.words
        for word, count in other.words.items():
            words[word] = words.get(word, 0) + count
        self.documents += other.documents
        self.bytes += other.bytes
        return self

    def references(self, stats: TermStats) -> list[tuple[str, int]]:
        """Sorted, distinct (path, line) references of a term."""
        mask = (1 << _LINE_BITS) - 1
        found = {(self.paths[ref >> _LINE_BITS], ref & mask) for ref in stats.refs}
        return sorted(found, key=lambda ref: (_path_order(ref[0]), ref[1]))


def _path_order(path: str) -> tuple:
    return tuple(path.split("/"))


def count_document(path: str, text: str, analyser: str = "regex") -> CandidateCounts:
    """The candidate counts of one document (plain text, Markdown or HTML). Pure."""
    return count_into(CandidateCounts(), path, text, analyser)


def count_into(counts: CandidateCounts, path: str, text: str, analyser: str = "regex"
               ) -> CandidateCounts:
    """Add one document's candidates to counts: the same as merging count_document's result,
    without building it first."""
    index = counts.add_path(path)
    lines = strip_markup(repair_mojibake(text), document_kind(path, text))
    for occurrence in find_occurrences(clean_lines(lines), analyser, counts.words):
        counts.add(occurrence, index)
    counts.documents += 1
    counts.bytes += len(text.encode("utf-8"))
    return counts


def merge_counts(parts: Iterable[CandidateCounts]) -> CandidateCounts:
    """One count from many, in any order."""
    total = CandidateCounts()
    for part in parts:
        total.merge(part)
    return total
