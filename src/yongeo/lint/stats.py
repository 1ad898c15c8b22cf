"""Term statistics over a run: how often each source term is rendered as the glossary says,
what the drafts write instead, and the glossary.ambiguous findings that follow."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from yongeo.glossary.model import Entry, Status
from yongeo.i18n import _
from yongeo.lint.direction import other
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import (  # the defaults are the configuration's (rules.py)
    AMBIGUOUS,
    AMBIGUOUS_MIN,
    AMBIGUOUS_SHARE,
    DEPRECATED,
    KEPT_IN_SOURCE,
    MISSING,
    Policy,
)
from yongeo.lint.units import Piece, Unit
from yongeo.text.english import is_function_word, is_title_case, starts_sentence
from yongeo.text.korean import predicate_noun, strip_particles

ALTERNATIVES = 3
# A rendering is offered only when it stands in at least this many departing pieces.
_MIN_ALTERNATIVE = 2
_WORD = regex.compile(r"[\p{Hangul}]+|[\p{Latin}][\p{Latin}'’-]*")
# A term left in the source language is a departure as much as a missing one (and so is a
# deprecated rendering: see TermStatistics.add).
_DEPARTURES = frozenset({MISSING.id, KEPT_IN_SOURCE.id})
# A term whose lower-case occurrences are rendered otherwise while its capitalised ones are
# rendered as the glossary says (windows -> 창, Windows -> 윈도우; typing preferences, the
# Preferences dialog) is another word in lower case: its lower-case occurrences are split
# off when there are at least CASE_MIN of them, their share is under the ambiguity share,
# and a one-sided Fisher exact test says the two shares differ at the usual 5% level.
CASE_MIN = 5
CASE_P = 0.05
# One sense per collocation: occurrences of a term beside one word of the source (personal
# data, location data) rendered otherwise, while the term's other occurrences are rendered
# as the glossary says, are a fixed phrase the drafts render as a whole (개인 정보): split off
# when there are at least COLLOCATION_MIN of them, none is translated, the other
# occurrences' share is at least the ambiguity share, and the one-sided Fisher exact test
# says the two shares differ at CASE_P.
COLLOCATION_MIN = 2
# The neighbouring word's letters, read on either side of a hit (the word itself, in lower
# case, marks the side: "<personal" before, ">when" after); the word before is read
# backwards from the hit (a reversed search), which costs a few steps, not a scan.
_NEIGHBOUR_BEFORE = regex.compile(r"(?r)(?<![\p{L}'’-])([\p{L}][\p{L}'’-]*)[ \t]+\Z")
_NEIGHBOUR_AFTER = regex.compile(r"[ \t]+([\p{L}][\p{L}'’-]*)")
# Fewer occurrences than the ambiguity minimum do blame the glossary when the drafts agree on
# one other rendering: one word stands in at least CONSENSUS_SHARE of at least CONSENSUS_MIN
# occurrences (tablet rendered 디지타이저 in 12 of 13 pieces), and is CONSENSUS_LIFT times as
# frequent in those pieces as in the run's other pieces that translate glossary terms (a word
# every sentence has, a verb ending or 수, agrees on nothing). Slips of the pen scatter; a
# rendering the translators agree on is a convention the glossary does not know.
CONSENSUS_MIN = 10
CONSENSUS_SHARE = 0.5
CONSENSUS_LIFT = 5


@dataclass(frozen=True)
class TermStat:
    """One glossary entry over a run: occurrences of its source term, how many of them have
    its translation, and the drafts' most frequent other renderings with their counts."""

    entry: Entry
    source_lang: str
    occurrences: int
    translated: int
    alternatives: tuple[tuple[str, int], ...] = ()
    # For the lower-case occurrences of a term split off from the capitalised ones (see
    # CASE_MIN): "lower", the capitalised occurrences and how many of them are translated,
    # and the departures to demote, as (path, start, end) of their draft pieces; for those
    # beside one source word (COLLOCATION_MIN): "<word" or ">word", and the same.
    case: str = ""
    contrast: tuple[int, int] = (0, 0)
    pieces: frozenset[tuple[str, int, int]] = frozenset()
    # Of the occurrences not translated, those whose draft holds a rendering the entry
    # deprecates: the term in its sense, written as the glossary says not to.
    rejected: int = 0

    @property
    def departures(self) -> int:
        return self.occurrences - self.translated

    @property
    def share(self) -> float:
        return self.translated / self.occurrences if self.occurrences else 1.0

    @property
    def sense_share(self) -> float:
        """The share of occurrences rendered in the entry's sense: its translation, or a
        rendering it deprecates (which term.deprecated reports, each where it is)."""
        if not self.occurrences:
            return 1.0
        return (self.translated + self.rejected) / self.occurrences

    @property
    def target_lang(self) -> str:
        return other(self.source_lang)

    def to_json(self) -> dict:
        target = self.target_lang
        return {"id": self.entry.id, "term": self.entry.preferred(self.source_lang),
                "translation": self.entry.preferred(target),
                "occurrences": self.occurrences, "translated": self.translated,
                "share": round(self.share, 3),
                "alternatives": [{"rendering": t, "count": n} for t, n in self.alternatives]}


@dataclass
class _Tally:
    entry: Entry
    source_lang: str
    occurrences: int = 0
    translated: int = 0
    # Words of the draft pieces where the term was not rendered as the glossary says; and of
    # those of them that hold a deprecated rendering of the entry, whose others are the free
    # words CONSENSUS_MIN weighs (kept apart, as most entries have none: one Counter each).
    words: Counter = field(default_factory=Counter)
    rejected_words: Counter = field(default_factory=Counter)
    # The occurrences whose source hits are all in lower case, how many are translated,
    # and the draft pieces (path, start, end) of those that are not.
    lower: int = 0
    lower_translated: int = 0
    lower_departures: set = field(default_factory=set)
    rejected: int = 0  # occurrences rendered as the entry deprecates
    # By the source word beside a piece's one hit of the term ("<personal", ">when"): its
    # occurrences, how many are translated, and the draft pieces of those that are not
    # while none is (_tell_neighbour).
    neighbours: dict = field(default_factory=dict)

    @property
    def free_words(self) -> Counter:
        """The words of the departing pieces that hold no deprecated rendering."""
        return self.words - self.rejected_words if self.rejected_words else self.words


class TermStatistics:
    """Collects, document by document, each entry's occurrences and renderings; then ranks
    the renderings and tells which entries the drafts mostly render otherwise."""

    def __init__(self, share: float = AMBIGUOUS_SHARE, minimum: int = AMBIGUOUS_MIN):
        self.share = share
        self.minimum = minimum
        self._tallies: dict[tuple[str, str], _Tally] = {}
        # In how many draft pieces (of units whose source has a glossary term) each word
        # stands: common words are nobody's rendering.
        self._pieces = 0
        # The words of those pieces as written, by language, and (made from them when asked
        # for: _document_words) as a rendering would be written.
        self._raw_words: defaultdict[str, Counter] = defaultdict(Counter)
        self._spreads: dict[str, int] | None = None
        self._asked: set[str] = set()  # the words _spreads has been filled for
        self._results: list[TermStat] | None = None

    def add(self, units: Sequence[Unit], findings: Iterable[Finding]) -> None:
        """One document's units with the findings its checks gave (before any folding)."""
        self._spreads = self._results = None
        departed: set[tuple[str, int, int, str, str]] = set()
        # A deprecated rendering is a departure too, located on itself inside the piece.
        deprecated: dict[tuple[str, str, str], list[int]] = {}
        for f in findings:
            if f.rule in _DEPARTURES:
                departed.add((f.path, f.start, f.end, f.en, f.ko))
            elif f.rule == DEPRECATED.id:
                deprecated.setdefault((f.path, f.en, f.ko), []).append(f.start)
        for unit in units:
            if not unit.source.hits:  # nothing to count: most pieces of a real file
                continue
            draft = unit.draft
            target = draft.side.lang
            words: set[str] | None = None
            start, end = draft.side.span(draft.start, draft.end)
            seen: set[int] = set()
            # The entries whose every hit in this source piece is written in lower case.
            lower = _lower_case_entries(unit.source)
            once = Counter(id(hit.entry) for hit in unit.source.hits)
            for hit in unit.source.hits:
                entry = hit.entry
                if id(entry) in seen or not entry.terms_in(target, Status.PREFERRED,
                                                           Status.ADMITTED):
                    continue
                seen.add(id(entry))
                key = (entry.id, unit.source.side.lang)
                tally = self._tallies.get(key)
                if tally is None:
                    tally = self._tallies[key] = _Tally(entry, unit.source.side.lang)
                tally.occurrences += 1
                in_lower = id(entry) in lower
                tally.lower += in_lower
                path = draft.side.file.path
                rejected = any(start <= at < end for at in
                               deprecated.get((path, entry.en, entry.ko), ()))
                kept = (path, start, end, entry.en, entry.ko) not in departed and not rejected
                if once[id(entry)] == 1:
                    for neighbour in _neighbours(unit.source.side.text, hit):
                        counts = tally.neighbours.get(neighbour)
                        if counts is None:
                            counts = tally.neighbours[neighbour] = [0, 0, None]
                        counts[0] += 1
                        counts[1] += kept
                        _tell_neighbour(counts, None if kept else ((path, start, end),))
                if kept:
                    tally.translated += 1
                    tally.lower_translated += in_lower
                    continue
                if in_lower:
                    tally.lower_departures.add((path, start, end))
                if words is None:
                    words = _words(draft.side.text[draft.start:draft.end], target)
                others = words - _accepted_words(entry, target)
                tally.words.update(others)
                if rejected:  # a rendering the entry rejects is no convention
                    tally.rejected += 1
                    tally.rejected_words.update(others)
            if not seen:
                continue  # no term to render: such pieces do not weigh the renderings
            self._pieces += 1
            # As written: stemmed once per distinct word, when the spreads are asked for.
            self._raw_words[target].update(set(_WORD.findall(draft.side.text, draft.start,
                                                             draft.end)))

    def merge(self, other: TermStatistics | None) -> None:
        """Add what another collector counted (a worker process's, for its files)."""
        if other is None:
            return
        for key, theirs in other._tallies.items():
            mine = self._tallies.get(key)
            if mine is None:
                self._tallies[key] = theirs
                continue
            mine.occurrences += theirs.occurrences
            mine.translated += theirs.translated
            mine.words.update(theirs.words)
            mine.rejected_words.update(theirs.rejected_words)
            mine.lower += theirs.lower
            mine.lower_translated += theirs.lower_translated
            mine.lower_departures |= theirs.lower_departures
            mine.rejected += theirs.rejected
            for neighbour, (count, translated, pieces) in theirs.neighbours.items():
                counts = mine.neighbours.setdefault(neighbour, [0, 0, None])
                counts[0] += count
                counts[1] += translated
                _tell_neighbour(counts, pieces)
        self._pieces += other._pieces
        for lang, words in other._raw_words.items():
            self._raw_words[lang].update(words)
        self._spreads = self._results = None

    def _document_words(self, wanted: Iterable[str]) -> dict[str, int]:
        """In how many draft pieces (of units whose source has a glossary term) each word, as
        _words writes it, stands, for the `wanted` words at least. (A piece holding two
        forms of one word, 앱을 and 앱이, counts twice: the price of stemming each distinct
        word once per run.) Only the words that may be written as a wanted one are stemmed:
        a Korean word's written form is its start (a noun before a light verb or particles),
        or a function verb's stem for a word that starts with one; an English word's is the
        word in lower case. A run's drafts hold far more distinct words than the renderings
        it ranks."""
        if self._spreads is None:
            self._spreads, self._asked = {}, set()
        missing = set(wanted) - self._asked
        if not missing:
            return self._spreads
        self._asked |= missing
        from yongeo.text.frequency import function_words  # as in _korean_stem

        spreads = self._spreads
        functions = function_words("ko")
        by_function = not missing.isdisjoint(functions)
        longest = max(map(len, missing))
        for lang, words in self._raw_words.items():
            for word, count in words.items():
                if lang == "ko":
                    if not ((by_function and word[0] in functions)
                            or any(word[:end] in missing
                                   for end in range(1, min(len(word), longest) + 1))):
                        continue
                elif word.lower() not in missing:
                    continue
                written = _written(word, lang)
                if written in missing:
                    spreads[written] = spreads.get(written, 0) + count
        return spreads

    def results(self) -> list[TermStat]:
        """Every entry met in a source, most departures first."""
        if self._results is None:  # asked for by the report and by ambiguous() alike
            self._results = self._ranked()
        return list(self._results)

    def _ranked(self) -> list[TermStat]:
        from yongeo.text.frequency import function_words  # as in _korean_stem

        # The spreads of every word that may be ranked, filled in one reading of the words.
        functions = function_words("ko") | function_words("en")
        self._document_words({word for tally in self._tallies.values()
                              for word, count in tally.words.items()
                              if count >= _MIN_ALTERNATIVE and word not in functions})
        out = []
        for tally in self._tallies.values():
            out.append(TermStat(tally.entry, tally.source_lang, tally.occurrences,
                                tally.translated,
                                self._alternatives(tally.words, other(tally.source_lang)),
                                rejected=tally.rejected))
        out.sort(key=lambda s: (-s.departures, -s.occurrences, s.entry.id))
        return out

    def ambiguous(self, stats: Sequence[TermStat] | None = None) -> list[TermStat]:
        """The entries rendered in their sense (translated, or written as they deprecate:
        TermStat.sense_share) in under `share` of at least `minimum` occurrences, or of
        fewer that the drafts render alike (CONSENSUS_MIN), with the other renderings of
        the pieces that hold no deprecated one; then, of the others, the lower-case
        occurrences of terms that are another word in lower case (CASE_MIN), as TermStats
        of case "lower"; then, of the others, the occurrences beside one source word that
        are all rendered otherwise (COLLOCATION_MIN), as TermStats of case "<word" or
        ">word"."""
        stats = self.results() if stats is None else stats
        whole = [replace(s, alternatives=self._alternatives(
                     self._tallies[(s.entry.id, s.source_lang)].free_words, s.target_lang))
                 for s in stats if s.sense_share < self.share
                 and (s.occurrences >= self.minimum or self._agreed(s))]
        taken = {(s.entry.id, s.source_lang) for s in whole}
        split = []
        for key, tally in self._tallies.items():
            if key in taken or tally.lower < CASE_MIN:
                continue
            upper = tally.occurrences - tally.lower
            upper_translated = tally.translated - tally.lower_translated
            if (upper and tally.lower_translated < self.share * tally.lower
                    and fisher_less(tally.lower_translated, tally.lower, upper_translated,
                                    upper) < CASE_P):
                split.append(TermStat(tally.entry, tally.source_lang, tally.lower,
                                      tally.lower_translated,
                                      self._alternatives(tally.words,
                                                         other(tally.source_lang)),
                                      "lower", (upper, upper_translated),
                                      frozenset(tally.lower_departures)))
        for key, tally in self._tallies.items():
            if key in taken or any(s.entry is tally.entry for s in split):
                continue
            split += self._by_neighbour(tally)
        split.sort(key=lambda s: (-s.departures, s.entry.id))
        return whole + split

    def _by_neighbour(self, tally: _Tally) -> list[TermStat]:
        """The occurrences of a term beside one source word that are all rendered otherwise
        while the term's others are rendered as the glossary says (COLLOCATION_MIN), as
        TermStats of case "<word" or ">word"."""
        out = []
        for neighbour, (count, translated, pieces) in tally.neighbours.items():
            if count < COLLOCATION_MIN or translated:
                continue
            rest, rest_translated = tally.occurrences - count, tally.translated
            if (rest and rest_translated >= self.share * rest
                    and fisher_less(0, count, rest_translated, rest) < CASE_P):
                out.append(TermStat(tally.entry, tally.source_lang, count, 0,
                                    self._alternatives(tally.words, other(tally.source_lang)),
                                    neighbour, (rest, rest_translated),
                                    frozenset(pieces or ())))
        return out

    def _agreed(self, stat: TermStat) -> bool:
        """Whether the departures agree on one other rendering (CONSENSUS_MIN)."""
        if stat.occurrences < CONSENSUS_MIN:
            return False
        tally = self._tallies[(stat.entry.id, stat.source_lang)]
        departures = stat.departures
        others = max(self._pieces - departures, 1)
        agreeing = {word: count for word, count in tally.free_words.items()
                    if count >= CONSENSUS_SHARE * stat.occurrences}
        spreads = self._document_words(agreeing)
        for word, count in agreeing.items():
            elsewhere = (spreads.get(word, count) - count) / others
            if count / departures >= CONSENSUS_LIFT * elsewhere:
                return True
        return False

    def _alternatives(self, words: Counter, lang: str) -> tuple[tuple[str, int], ...]:
        """The words most particular to the departing pieces: frequent there, and rare in
        the draft pieces that translate glossary terms (a tf-idf weight); never a function
        word of the language (수, 것; the), which renders no term."""
        from yongeo.text.frequency import function_words  # as in _korean_stem

        functions = function_words(lang)
        pieces = max(self._pieces, 1)
        ranked = {word: count for word, count in words.items()
                  if count >= _MIN_ALTERNATIVE and word not in functions}
        spreads = self._document_words(ranked)
        scored = []
        for word, count in ranked.items():
            spread = spreads.get(word, count)
            scored.append((count * math.log(1 + pieces / spread), count, word))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        return tuple((word, count) for _score, count, word in scored[:ALTERNATIVES])


def _lower_case_entries(piece: Piece) -> set[int]:
    """The entries (by id) whose every hit in a source piece is written in lower case, or
    where capitals tell nothing: in a piece written in title case (Close All Windows), or
    opening a sentence (a label "Windows"; "Done. Windows are closed.")."""
    if not piece.hits:
        return set()
    text = piece.side.text
    title: bool | None = None  # read once, and only if a hit has a capital
    lower: dict[int, bool] = {}
    for hit in piece.hits:
        key = id(hit.entry)
        if not lower.get(key, True):
            continue
        if hit.found.islower():
            lower[key] = True
            continue
        if title is None:
            title = is_title_case(text[piece.start:piece.end])
        lower[key] = title or starts_sentence(text, hit.start, piece.start)
    return {entry for entry, all_lower in lower.items() if all_lower}


def _tell_neighbour(counts: list, pieces: Iterable | None) -> None:
    """Add departing pieces to a neighbour's counts ([occurrences, translated, pieces]),
    kept only while none of its occurrences is translated: a collocation is split off only
    then (_by_neighbour), and most neighbours are ordinary words beside translated terms,
    whose sets would hold a large run's memory for nothing."""
    if counts[1]:
        counts[2] = None
    elif pieces:
        if counts[2] is None:
            counts[2] = set()
        counts[2].update(pieces)


def _neighbours(text: str, hit) -> list[str]:
    """The source words right before and after a hit, in lower case, marked by side; not
    function words (the, to), which make no phrase of their own."""
    out = []
    before = _NEIGHBOUR_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before is not None and not is_function_word(before.group(1)):
        out.append("<" + before.group(1).lower())
    after = _NEIGHBOUR_AFTER.match(text, hit.end, min(len(text), hit.end + 40))
    if after is not None and not is_function_word(after.group(1)):
        out.append(">" + after.group(1).lower())
    return out


def fisher_less(a: int, n: int, b: int, m: int) -> float:
    """The one-sided p-value of Fisher's exact test that a/n is smaller than b/m: the
    probability, with the margins fixed, of a first share as small as a/n or smaller."""
    total, successes = n + m, a + b
    # In logarithms (lgamma), so that a term met tens of thousands of times costs a sum of
    # floats, not products of integers of thousands of digits.
    base = _log_comb(total, successes)
    return min(1.0, sum(math.exp(_log_comb(n, k) + _log_comb(m, successes - k) - base)
                        for k in range(max(0, successes - m), a + 1)))


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _words(text: str, lang: str) -> set[str]:
    """The distinct words of a draft piece as a rendering would be written: Korean words
    without their particles, English words in lower case."""
    words = set(_WORD.findall(text))  # each distinct word once: a piece repeats them
    if lang == "ko":
        return {_korean_stem(word) for word in words}
    return {word.lower() for word in words if len(word) > 2}


def _written(word: str, lang: str) -> str | None:
    """One word as _words writes it (None: a short English word, which it leaves out)."""
    if lang == "ko":
        return _korean_stem(word)
    return word.lower() if len(word) > 2 else None


@lru_cache(maxsize=65536)
def _korean_stem(word: str) -> str:
    """A Korean word as a rendering, one however it is conjugated: the noun a predicate
    form is made of (변경되었습니다, 변경할 -> 변경); the stem of a form of a function verb
    (없습니다 -> 없, 않는 -> 않: no rendering, which _alternatives leaves out); else the word
    without its particles: the shortest stem of two syllables or more, else a one-syllable
    one (앱을 -> 앱, 창에 -> 창), else the word."""
    # Imported here: wordfreq's lists load only for a run with departures to rank.
    from yongeo.text.frequency import function_words, predicate_stems

    noun = predicate_noun(word)
    if noun is not None:
        return noun
    functions = function_words("ko")
    if word[0] in functions:  # a function verb's forms start with its one-syllable stem
        verbs = predicate_stems(word)
        if verbs and verbs[-1] in functions:
            return verbs[-1]
    stems = strip_particles(word)[1:]
    longer = [s for s in stems if len(s) >= 2]
    return longer[-1] if longer else stems[-1] if stems else word


def _accepted_words(entry: Entry, lang: str) -> set[str]:
    words: set[str] = set()
    for term in entry.terms_in(lang, Status.PREFERRED, Status.ADMITTED):
        words |= _words(term.text, lang)
    return words


def ambiguous_findings(stats: Sequence[TermStat], policy: Policy) -> list[Finding]:
    """One glossary.ambiguous finding per ambiguous entry, located at the entry in its
    glossary file (or nowhere, for a glossary built in memory)."""
    if not policy.enabled(AMBIGUOUS.id):
        return []
    findings = []
    for stat in stats:
        entry = stat.entry
        path, line = entry.origin if entry.origin else ("<glossary>", 1)
        target = stat.target_lang
        others = ", ".join(f"'{t}' ({n})" for t, n in stat.alternatives) or _("none found")
        if stat.case[:1] in ("<", ">"):
            word = stat.case[1:]
            term = entry.preferred(stat.source_lang)
            if stat.case[0] == "<":
                message = _("'{term}' after '{word}' is rendered as '{translation}' in none "
                            "of its {occurrences} occurrences, elsewhere in {rest_translated} "
                            "of {rest}; other renderings: {others}. Beside that word it may "
                            "be a fixed phrase (a not-in phrase '{phrase}' says so) or a "
                            "departure to set right")
            else:
                message = _("'{term}' before '{word}' is rendered as '{translation}' in none "
                            "of its {occurrences} occurrences, elsewhere in {rest_translated} "
                            "of {rest}; other renderings: {others}. Beside that word it may "
                            "be a fixed phrase (a not-in phrase '{phrase}' says so) or a "
                            "departure to set right")
            phrase = f"{word} {term}" if stat.case[0] == "<" else f"{term} {word}"
            message = message.format(term=term, word=word, translation=entry.preferred(target),
                                     occurrences=stat.occurrences,
                                     rest_translated=stat.contrast[1], rest=stat.contrast[0],
                                     others=others, phrase=phrase)
            findings.append(Finding(AMBIGUOUS.id, policy.severity(AMBIGUOUS.id), path, 0, 0,
                                    line, 1, line, 1, message, entry.en, entry.ko))
            continue
        if stat.case:
            message = _("'{term}' written in lower case is rendered as '{translation}' in "
                        "only {translated} of its {occurrences} occurrences, capitalised in "
                        "{upper_translated} of {upper}; other renderings: {others}. In lower "
                        "case it may be another word: the entry may need to be "
                        "case-sensitive").format(
                term=entry.preferred(stat.source_lang), translation=entry.preferred(target),
                translated=stat.translated, occurrences=stat.occurrences,
                upper_translated=stat.contrast[1], upper=stat.contrast[0], others=others)
            findings.append(Finding(AMBIGUOUS.id, policy.severity(AMBIGUOUS.id), path, 0, 0,
                                    line, 1, line, 1, message, entry.en, entry.ko))
            continue
        message = _("'{term}' is rendered as '{translation}' in only {translated} of its "
                    "{occurrences} occurrences ({percent}%); other renderings: {others}. "
                    "The glossary entry may need another accepted translation or a "
                    "narrower sense").format(
            term=entry.preferred(stat.source_lang), translation=entry.preferred(target),
            translated=stat.translated, occurrences=stat.occurrences,
            percent=round(100 * stat.share), others=others)
        findings.append(Finding(AMBIGUOUS.id, policy.severity(AMBIGUOUS.id), path, 0, 0,
                                line, 1, line, 1, message, entry.en, entry.ko, None,
                                stat.alternatives[0][0] if stat.alternatives else None))
    return findings


def demote(findings: Iterable[Finding], ambiguous: Sequence[TermStat]) -> list[Finding]:
    """The per-piece departures of ambiguous entries as info: the glossary finding says it
    once for all of them."""
    keys = {(s.entry.en, s.entry.ko) for s in ambiguous if not s.case}
    pieces = {(piece, s.entry.en, s.entry.ko) for s in ambiguous if s.case
              for piece in s.pieces}
    return [replace(f, severity=Severity.INFO)
            if f.rule in _DEPARTURES and ((f.en, f.ko) in keys
                                          or ((f.path, f.start, f.end), f.en, f.ko) in pieces)
            else f for f in findings]
