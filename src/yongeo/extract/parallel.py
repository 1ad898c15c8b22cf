"""Korean terms from sentence-aligned parallel text, by co-occurrence over aligned lines.

For an English term e and a Korean phrase k (one to three noun stems in a row), over the
aligned line pairs:

    Dice(e, k) = 2 * lines(e and k) / (lines(e) + lines(k))

Pairs are linked competitively (Melamed 2000): the best-scoring pair first, and a Korean
phrase once linked is not proposed for another term. A term must occur on at least two
lines, and with its phrase on at least two, so one sentence cannot decide alone.

A proposal is *strong* when, besides that, the association is significant: Dunning's
log-likelihood ratio G² of the 2x2 table of line counts is at least 6.63 (p < 0.01 for one
degree of freedom; two lines out of two in a text of eight lines or more). A name (a term
written with a capital) that has no such proposal gets a *weak* one: of the Korean phrases on
its lines, the one that sounds most like it word by word (text.romanize.words_alike), if
any does well enough; a
weak proposal is never taken over a rule's or the lexicon's suggestion (extract.suggest). A
name whose proposal by association does not sound like it (Gallup: 포인트) gets the weak one
instead, if there is one. A person named in full once and later by family name alone
(Barack Obama ... Obama) is measured over the lines of both forms against those of the
Korean's last word (버락 오바마 ... 오바마): by the same tests, that evidence can be strong.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import product

import ahocorasick
import regex

from yongeo.errors import InputError
from yongeo.extract.korean import eojeols
from yongeo.extract.names import is_korean_name
from yongeo.files import read_text
from yongeo.i18n import _
from yongeo.text.english import plural
from yongeo.text.normalize import fold_term
from yongeo.text.romanize import sounds_alike, words_alike

MIN_LINES = 2
MIN_DICE = 0.5
MIN_LOG_LIKELIHOOD = 6.63  # chi-squared, one degree of freedom, p < 0.01
MAX_KOREAN_WORDS = 3
# How alike (0-100) a name and its Korean from aligned text must sound (text.romanize): as a
# whole, for a proposal by association; word by word, for a weak proposal by sound alone.
MIN_SOUND_LIKENESS = 60
MIN_WORDS_LIKENESS = 80
# The lines of a name looked at for a weak proposal and its co-occurring phrases.
MAX_NAME_LINES = 20


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
    # Korean phrases (spaces removed) on the lines of a name: a reading found among them is
    # attested (a Korean name's 김대중 against 김대정). A name with nothing to propose has an
    # empty `korean` and only these.
    cooccurring: frozenset[str] = frozenset()
    # The same phrases as written, words apart (무안메르 굴러): one that reads like a rule's
    # transliteration of the name can be taken for it (extract.suggest).
    phrases: frozenset[str] = frozenset()

    @property
    def strong(self) -> bool:
        """Enough lines, a Dice coefficient and a significant log-likelihood ratio."""
        return (self.together >= MIN_LINES and self.english_lines >= MIN_LINES
                and self.dice >= MIN_DICE and self.log_likelihood >= MIN_LOG_LIKELIHOOD)

    @property
    def evidence(self) -> str:
        """The numbers, for a reviewer."""
        return (f"Dice {self.dice:.2f}, G² {self.log_likelihood:.1f}, {self.together} of "
                f"{self.english_lines} aligned lines" + ("" if self.strong else ", weak"))


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


def read_parallel_pairs(path: str | os.PathLike) -> tuple[list[str], list[str]]:
    """Sentence pairs from a TSV file, one `English<TAB>Korean` pair per line (blank lines
    skipped); a line without exactly one tab is an error naming it."""
    english: list[str] = []
    korean: list[str] = []
    for number, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        cells = line.rstrip("\r").split("\t")
        if len(cells) != 2:
            raise InputError(_("expected an English sentence, a tab and its Korean "
                               "translation"), str(path), number)
        english.append(cells[0])
        korean.append(cells[1])
    return english, korean


def propose(english_lines: list[str], korean_lines: list[str], terms: Iterable[str],
            analyser: str = "regex", persons: Iterable[str] = ()) -> dict[str, ParallelProposal]:
    """The Korean term proposed for each English term the evidence supports; `persons` are
    the terms that are people's names, whose later mentions by family name alone count as
    their lines for the evidence of a proposal by sound."""
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
    mentions = _family_name_lines(english_lines, persons)
    _add_names(proposals, english_at, korean_at, surfaces, english_count, korean_lines,
               analyser, mentions)
    return proposals


def _family_name_lines(lines: list[str], persons: Iterable[str]) -> dict[str, set[int]]:
    """Lines where a person of two or more words is named by the last word alone, written
    with its capital (Obama, McCain). Korean names are left out: their family name comes
    first and is shared by millions (Kim)."""
    found: dict[str, set[int]] = {}
    for person in persons:
        words = person.split()
        if len(words) < 2 or is_korean_name(words) or not words[-1][:1].isupper():
            continue
        pattern = regex.compile(rf"(?<![\p{{L}}-]){regex.escape(words[-1])}(?![\p{{L}}-])")
        found[person] = {n for n, line in enumerate(lines) if pattern.search(line)}
    return found


def _add_names(proposals: dict[str, ParallelProposal], english_at, korean_at, surfaces,
               english_count: Counter, korean_lines: list[str], analyser: str,
               mentions: dict[str, set[int]]) -> None:
    """Co-occurring phrases for every name, and a proposal by sound for a name whose
    proposal (if any) does not sound like it (Gallup is no 포인트). The evidence of a proposal
    by sound is its own lines; for a person also named by family name alone, the lines of
    either form against those of the Korean's last word (Barack Obama ... Obama: 버락 오바마
    ... 오바마), which can make it strong."""
    lines_of: dict[str, list[int]] = defaultdict(list)
    for line in sorted(english_at):
        for term in english_at[line]:
            if term[:1].isupper() and len(lines_of[term]) < MAX_NAME_LINES:
                lines_of[term].append(line)
    words_of: dict[int, list] = {}
    weak: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}
    for term, lines in lines_of.items():
        keys = {p for line in lines for p in korean_at.get(line, ())}
        phrases = frozenset(_most_common(surfaces[p]) for p in keys)
        cooccurring = frozenset(p.replace(" ", "") for p in phrases)
        found = proposals.get(term)
        if found is not None:
            proposals[term] = replace(found, cooccurring=cooccurring, phrases=phrases)
            if sounds_alike(term, found.korean) >= MIN_SOUND_LIKENESS or \
                    not regex.search(r"\p{Hangul}", found.korean):
                continue
        best = None
        for line in lines:
            if line not in words_of:
                words_of[line] = eojeols(korean_lines[line], analyser)
            for key, surface in _sounding(term, words_of[line]):
                if best is None or key > best[0]:
                    best = (key, surface)
        if best is not None:
            weak[term] = (best[1], cooccurring, phrases)
        elif term not in proposals:
            # Nothing to propose, but a rule's reading may be attested on the name's lines.
            proposals[term] = ParallelProposal(term, "", 0.0, 0.0, 0, english_count[term], 0,
                                               cooccurring, phrases)
    if not weak:
        return
    # Lines holding each weak surface (and its last word), in one pass over the Korean side.
    automaton = ahocorasick.Automaton()
    for surface, _cooccurring, _phrases in weak.values():
        for key in {surface, surface.split()[-1]}:
            automaton.add_word(key, key)
    automaton.make_automaton()
    holding: dict[str, set[int]] = defaultdict(set)
    for number, line in enumerate(korean_lines):
        for _end, surface in automaton.iter(line):
            holding[surface].add(number)
    total = len(korean_lines)
    for term, (surface, cooccurring, phrases) in weak.items():
        own = {line for line in english_at if term in english_at[line]}
        if term in mentions:
            english_lines, on_lines = own | mentions[term], holding[surface.split()[-1]]
        else:
            english_lines, on_lines = own, holding[surface]
        together = len(english_lines & on_lines)
        dice = 2 * together / (len(english_lines) + len(on_lines))
        llr = _log_likelihood(together, len(english_lines), len(on_lines), total)
        proposals[term] = ParallelProposal(
            term, surface, round(dice, 3), round(llr, 2), together, len(english_lines),
            len(on_lines), cooccurring, phrases)


def _sounding(term: str, words: list) -> list[tuple[tuple, str]]:
    """Runs of as many Korean words as the name has, that sound like it word by word; each
    word as written up to its first non-Hangul letter, or as its stem (갤럽이: 갤럽)."""
    size = len([w for w in term.split() if any(c.isalpha() for c in w)])
    found = []
    for start in range(len(words) - size + 1):
        options = []
        for word in words[start:start + size]:
            raw = regex.match(r"\p{Hangul}+", word.text)
            forms = {f for f in (word.stem, raw.group() if raw else "")
                     if f and regex.fullmatch(r"\p{Hangul}+", f)}
            options.append(sorted(forms))
        for choice in product(*options):
            surface = " ".join(choice)
            alike = words_alike(term, surface)
            if alike >= MIN_WORDS_LIKENESS:
                stems = sum(1 for w, c in zip(words[start:start + size], choice) if c == w.stem)
                found.append(((alike, stems, -len(surface), surface), surface))
    return found


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
