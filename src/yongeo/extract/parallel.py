"""Korean terms from sentence-aligned parallel text, by co-occurrence over aligned lines.

For an English term e and a Korean phrase k (one to three noun stems in a row), over the
aligned line pairs:

    Dice(e, k) = 2 * lines(e and k) / (lines(e) + lines(k))

Pairs are linked competitively (Melamed 2000): the best-scoring pair first, and a Korean
phrase once linked is not proposed for another term. A term must occur on at least two
lines, and with its phrase on at least two, so one sentence cannot decide alone.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
import regex

from yongeo.errors import InputError
from yongeo.extract.korean import eojeols
from yongeo.files import read_text
from yongeo.i18n import _
from yongeo.text.english import plural
from yongeo.text.normalize import fold_term

MIN_LINES = 2
MIN_DICE = 0.5
MAX_KOREAN_WORDS = 3


@dataclass(frozen=True)
class ParallelProposal:
    """A Korean term proposed for an English one, with the evidence."""

    english: str
    korean: str
    dice: float
    log_likelihood: float
    together: int  # aligned lines with both
    english_lines: int
    korean_lines: int


def read_parallel(en_path: str | os.PathLike, ko_path: str | os.PathLike
                  ) -> tuple[list[str], list[str]]:
    """The two sides of a sentence-aligned text, one sentence per line; same line count."""
    english = read_text(en_path).split("\n")
    korean = read_text(ko_path).split("\n")
    while english and korean and not english[-1].strip() and not korean[-1].strip():
        english.pop()
        korean.pop()
    if len(english) != len(korean):
        raise InputError(_("has {count} lines but {other} has {other_count}; parallel text "
                           "must be aligned line by line").format(
                             count=len(korean), other=en_path, other_count=len(english)),
                         str(ko_path))
    return english, korean


def propose(english_lines: list[str], korean_lines: list[str], terms: Iterable[str],
            analyser: str = "regex") -> dict[str, ParallelProposal]:
    """The Korean term proposed for each English term the evidence supports."""
    term_list = sorted(set(terms))
    english_at = _english_occurrences(english_lines, term_list)
    korean_at, surfaces = _korean_occurrences(korean_lines, analyser)
    pair_counts: Counter = Counter()
    for line, found in english_at.items():
        for term in found:
            for phrase in korean_at.get(line, ()):
                pair_counts[term, phrase] += 1
    english_count = Counter(t for found in english_at.values() for t in found)
    korean_count = Counter(p for found in korean_at.values() for p in found)
    total = len(english_lines)
    scored = []
    for (term, phrase), together in pair_counts.items():
        if together < MIN_LINES or english_count[term] < MIN_LINES:
            continue
        dice = 2 * together / (english_count[term] + korean_count[phrase])
        if dice < MIN_DICE:
            continue
        llr = _log_likelihood(together, english_count[term], korean_count[phrase], total)
        # Among equals, the phrase with as many words as the term, then the longer one.
        words = len(_most_common(surfaces[phrase]).split())
        fit = abs(words - len(term.split()))
        scored.append((dice, llr, fit, -len(phrase), term, phrase, together))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2], s[3], s[4], s[5]))
    proposals: dict[str, ParallelProposal] = {}
    used: set[str] = set()
    for dice, llr, _fit, _length, term, phrase, together in scored:
        if term in proposals or phrase in used:
            continue
        used.add(phrase)
        proposals[term] = ParallelProposal(term, _most_common(surfaces[phrase]), round(dice, 3),
                                           round(llr, 2), together, english_count[term],
                                           korean_count[phrase])
    return proposals


def _english_occurrences(lines: list[str], terms: list[str]) -> dict[int, set[str]]:
    """Line number -> the terms on it (whole words, case folded, plural allowed)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for term in terms:
        for form in (term, plural(term) or ""):
            folded = fold_term(form)
            if folded:
                owners[folded].add(term)
    found: dict[int, set[str]] = defaultdict(set)
    if not owners:
        return found
    automaton = ahocorasick.Automaton()
    for form, names in owners.items():
        automaton.add_word(form, (form, tuple(sorted(names))))
    automaton.make_automaton()
    for number, line in enumerate(lines):
        text = " " + fold_term(line) + " "
        spans = []
        for end, (form, names) in automaton.iter(text):
            start = end - len(form) + 1
            if not text[start - 1].isalnum() and not text[end + 1].isalnum():
                spans.append((start, end + 1, names))
        # Longest match wins: 'diplomacy' inside 'shuttle diplomacy' is not 'diplomacy'.
        for start, end, names in spans:
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans):
                found[number].update(names)
    return found


def _korean_occurrences(lines: list[str], analyser: str
                        ) -> tuple[dict[int, set[str]], dict[str, Counter]]:
    found: dict[int, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for number, line in enumerate(lines):
        if not regex.search(r"\p{Hangul}|\p{Latin}", line):
            continue
        words = eojeols(line, analyser)
        runs: list[list[tuple[str, str]]] = [[]]
        previous_end = None
        for word in words:
            adjacent = previous_end is not None and not line[previous_end:word.start].strip()
            if not word.stem or not adjacent:
                runs.append([])
            if word.stem:
                runs[-1].append((word.stem, word.text))
            previous_end = word.end
            if word.closes:
                runs.append([])
        for run in runs:
            for start in range(len(run)):
                for size in range(1, MAX_KOREAN_WORDS + 1):
                    if start + size > len(run):
                        break
                    stems = [stem for stem, _ in run[start:start + size]]
                    # The last word as written too: a name can end like a particle (사나에).
                    last_raw = run[start + size - 1][1]
                    for last in {stems[-1], last_raw}:
                        if not regex.fullmatch(r"\p{Hangul}+", last):
                            continue
                        surface = " ".join(stems[:-1] + [last])
                        key = fold_term(surface)
                        found[number].add(key)
                        surfaces[key][surface] += 1
        for match in regex.finditer(r"(?<![A-Za-z])[A-Z][A-Z0-9]{1,9}(?![A-Za-z])", line):
            # An acronym is often kept in Korean text: CPTPP stays CPTPP.
            found[number].add(match.group().lower())
            surfaces[match.group().lower()][match.group()] += 1
    return found, surfaces


def _log_likelihood(together: int, english: int, korean: int, total: int) -> float:
    """Dunning's G² for the 2x2 table of line counts."""
    cells = [together, english - together, korean - together,
             total - english - korean + together]
    rows = [english, total - english]
    columns = [korean, total - korean]
    g2 = 0.0
    for index, observed in enumerate(cells):
        expected = rows[index // 2] * columns[index % 2] / total if total else 0
        if observed > 0 and expected > 0:
            g2 += observed * math.log(observed / expected)
    return 2 * g2


def _most_common(counter: Counter) -> str:
    return min(counter, key=lambda s: (-counter[s], s))
