"""Extraction quality: recall and precision of candidates against a gold list of terms."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from yongeo.errors import InputError
from yongeo.extract.score import Candidate
from yongeo.extract.words import singular
from yongeo.files import read_text
from yongeo.i18n import _
from yongeo.text.normalize import fold_term


@dataclass(frozen=True)
class GoldTerm:
    term: str
    type: str


@dataclass(frozen=True)
class Evaluation:
    """What was found, missed and extra; the type guesses that agree with the gold list."""

    recall: float
    precision: float
    found: tuple[GoldTerm, ...]
    missed: tuple[GoldTerm, ...]
    extra: tuple[str, ...]  # candidates that are no gold term
    types_agreeing: int

    @property
    def type_accuracy(self) -> float:
        return self.types_agreeing / len(self.found) if self.found else 0.0


def read_gold(path: str | os.PathLike) -> list[GoldTerm]:
    """A gold list: term<TAB>type per line; '#' starts a comment line."""
    terms = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise InputError(_("expected 'term<TAB>type'"), str(path), number)
        terms.append(GoldTerm(parts[0].strip(), parts[1].strip()))
    return terms


def match_key(term: str) -> str:
    """A term folded for matching: case, plural and possessive, dashes, 'the'."""
    words = [w for w in fold_term(term).split() if w != "the"]
    if not words:
        return ""
    words[-1] = singular(regex.sub(r"['’]s?$", "", words[-1]))
    return " ".join(words)


def evaluate(candidates: Iterable[Candidate], gold: Iterable[GoldTerm]) -> Evaluation:
    """Recall over the gold list and precision over the candidates.

    A candidate matches a gold term by its term or, for an acronym, its long form.
    """
    gold_terms = list(gold)
    by_key: dict[str, GoldTerm] = {}
    for item in gold_terms:
        by_key.setdefault(match_key(item.term), item)
    found: dict[GoldTerm, Candidate] = {}
    extra: list[str] = []
    matched_candidates = 0
    for candidate in candidates:
        names = [candidate.term] + ([candidate.long_form] if candidate.long_form else [])
        hits = [by_key[k] for k in map(match_key, names) if k in by_key]
        if hits:
            found.setdefault(hits[0], candidate)
            matched_candidates += 1
        else:
            extra.append(candidate.term)
    total = matched_candidates + len(extra)
    return Evaluation(
        recall=len(found) / len(gold_terms) if gold_terms else 0.0,
        precision=matched_candidates / total if total else 0.0,
        found=tuple(g for g in gold_terms if g in found),
        missed=tuple(g for g in gold_terms if g not in found),
        extra=tuple(extra),
        types_agreeing=sum(1 for g, c in found.items() if c.type == g.type),
    )
