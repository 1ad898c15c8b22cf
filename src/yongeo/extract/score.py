"""Termhood: C-value over the counted n-grams, nesting, and which candidates become terms.

C-value (Frantzi, Ananiadou and Mima 2000) rewards frequent, long phrases and discounts a
phrase by the frequency of the longer candidates it is nested in:

    C(a) = w(|a|) * f(a)                                  if a is nested in nothing
    C(a) = w(|a|) * (f(a) - sum(f(b) for b in T_a) / |T_a|)   otherwise

with w(n) = log2(n + 1), so that single words get a weight too. Names, titles and acronyms
are terms by what they are; the score still ranks them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from yongeo.extract.counts import CandidateCounts, TermStats
from yongeo.extract.termhood import is_specific, salient
from yongeo.extract.words import singular
from yongeo.text.korean_proper import GENERIC_ZIPF
from yongeo.text.korean_proper import is_rare as is_rare_korean
from yongeo.text.korean_proper import zipf as korean_zipf
from yongeo.text.normalize import fold_term

# Detection kinds that make a candidate a term whatever its score.
STRONG_KINDS = frozenset({"name", "title", "acronym", "ko-name", "ko-org"})
MIN_NP_SCORE = 1.0  # a two-word phrase seen once and not only inside a longer one
MIN_WORD_FREQUENCY = 3  # a single common noun must be frequent ...
MIN_WORD_HEADS = 2  # ... and head at least this many selected phrases (cooperation)
MIN_KOREAN_FREQUENCY = 2  # Korean phrases have no capitals or stopwords to vouch for them
MIN_KOREAN_WORD_FREQUENCY = 3  # a single Korean word must recur more (and be no generic word)
TYPE_ORDER = ("person", "organization", "agreement", "place", "event", "publication",
              "title", "concept")


@dataclass(frozen=True)
class Candidate:
    """A term for the template: its form, type guess, score and where it occurs."""

    term: str
    key: str
    type: str
    score: float
    frequency: int
    references: tuple[tuple[str, int], ...]
    example: str
    long_form: str = ""
    lang: str = "en"
    kind: str = ""
    short_forms: tuple[str, ...] = ()  # the person's name alone in the text (Bolton)


def c_values(counts: CandidateCounts) -> dict[str, float]:
    """The C-value of every counted key."""
    by_words = {stats.words: key for key, stats in sorted(counts.terms.items())}
    nested_sum: dict[str, int] = defaultdict(int)
    nested_count: dict[str, int] = defaultdict(int)
    for key, stats in counts.terms.items():
        words = stats.words
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                inner = by_words.get(words[start:start + size])
                if inner is not None and inner != key:
                    nested_sum[inner] += stats.frequency
                    nested_count[inner] += 1
    scores = {}
    for key, stats in counts.terms.items():
        weight = math.log2(len(stats.words) + 1)
        if nested_count[key]:
            scores[key] = weight * (stats.frequency - nested_sum[key] / nested_count[key])
        else:
            scores[key] = weight * stats.frequency
    return scores


def select_candidates(counts: CandidateCounts, stop: Iterable[str] = (),
                      keep: Iterable[str] = ()) -> list[Candidate]:
    """The candidates that are terms, in a stable order (by term, case-folded). `stop` lists
    terms never listed, `keep` terms listed whenever they occur (the project's [extract]
    settings); both match after folding case, plurals and dashes.

    The counts are only read: the same counts always give the same candidates.
    """
    scores = c_values(counts)
    terms = counts.terms
    total = sum(counts.words.values())
    by_words = {stats.words: key for key, stats in sorted(terms.items())}
    aliases = _long_form_aliases(counts)
    chosen: set[str] = set()
    for key, stats in terms.items():
        kinds = stats.kinds
        if key in aliases:
            continue  # counted with its acronym
        if any(kinds.get(k) for k in STRONG_KINDS):
            chosen.add(key)
        elif stats.lang == "en":
            if kinds.get("np") and scores[key] >= MIN_NP_SCORE and not _modified_occurrence(
                    stats, counts, by_words) and is_specific(stats.words, counts.words, total):
                chosen.add(key)
        elif _korean_term(stats, scores[key]):
            chosen.add(key)
    chosen -= _only_nested(chosen, counts, by_words)
    chosen |= _productive_heads(counts, chosen, by_words, total)
    stopped = {_list_key(term) for term in stop}
    chosen |= {k for k in map(_list_key, keep) if k in terms and k not in aliases}
    chosen -= stopped
    candidates = []
    for key in chosen:
        stats = terms[key]
        folded = [long_key for long_key, owner in aliases.items() if owner == key]
        if folded:
            stats = _combined(stats, [terms[k] for k in sorted(folded)], len(counts.paths))
        candidates.append(_candidate(key, stats, scores[key], counts))
    return sorted(candidates, key=lambda c: (c.term.casefold(), c.term, c.key))


def _korean_term(stats: TermStats, score: float) -> bool:
    # A compound written solid (셔틀외교) is a unit by itself; a phrase of several words
    # needs to recur, as Korean has no capitals or stopwords to vouch for it.
    if stats.kinds.get("ko-compound") and len(stats.words) == 1:
        return True
    if len(stats.words) == 1:
        # A single word the document keeps coming back to (풍력, 도쿠다) is its subject,
        # unless it is among the commonest words of Korean (영화, 자신); a word rare in
        # general Korean needs only to recur (댈러스, 온코어: names and loanwords).
        general = korean_zipf(stats.words[0])
        if stats.frequency >= MIN_KOREAN_WORD_FREQUENCY and general < GENERIC_ZIPF:
            return True
        if stats.frequency >= MIN_KOREAN_FREQUENCY and is_rare_korean(stats.words[0]):
            return True
    return (stats.frequency >= MIN_KOREAN_FREQUENCY and score >= MIN_NP_SCORE
            and bool(stats.kinds.get("ko-np") or stats.kinds.get("ko-compound")))


def _long_form_aliases(counts: CandidateCounts) -> dict[str, str]:
    """Long forms counted on their own -> the acronym they belong to (KNDA)."""
    aliases: dict[str, str] = {}
    for key in sorted(counts.terms):
        for long_form in sorted(counts.terms[key].long_forms):
            long_key = fold_term(long_form)
            if long_key != key and long_key in counts.terms and long_key not in aliases:
                aliases[long_key] = key
    return aliases


def _combined(stats: TermStats, others: list[TermStats], paths: int) -> TermStats:
    combined = TermStats(stats.words, stats.lang)
    identity = list(range(paths))
    for part in [stats, *others]:
        combined.merge(part, identity)
    return combined


def _modified_occurrence(stats: TermStats, counts: CandidateCounts, by_words: dict) -> bool:
    """'traditional shuttle diplomacy' once, 'shuttle diplomacy' often: a one-off modifier
    on an established term is not a new term."""
    if stats.frequency > 1 or len(stats.words) < 3:
        return False
    # Only a modifier before it: 'wind power industry' is a new head, not a variant.
    for inner in (stats.words[1:],):
        key = by_words.get(inner)
        if key is not None and len(inner) >= 2 and counts.terms[key].frequency > 1:
            return True
    return False


def _only_nested(chosen: set[str], counts: CandidateCounts, by_words: dict) -> set[str]:
    """Phrases every occurrence of which is inside longer chosen phrases."""
    inside: dict[str, int] = defaultdict(int)
    for key in chosen:
        stats = counts.terms[key]
        if not (stats.kinds.get("np") or stats.kinds.get("ko-np")):
            continue
        words = stats.words
        for size in range(2, len(words)):
            for start in range(len(words) - size + 1):
                inner = by_words.get(words[start:start + size])
                if inner in chosen:
                    inside[inner] += stats.frequency
    dropped = set()
    for key, count in inside.items():
        stats = counts.terms[key]
        strong = any(stats.kinds.get(k) for k in STRONG_KINDS)
        if not strong and stats.frequency <= count:
            dropped.add(key)
    return dropped


def _list_key(term: str) -> str:
    """A term of the stop- or keep-list as a candidate key: folded, last word singular."""
    words = fold_term(term).split(" ")
    return " ".join(words[:-1] + [singular(words[-1])]) if words and words[-1] else ""


def _productive_heads(counts: CandidateCounts, chosen: set[str], by_words: dict,
                      total: int) -> set[str]:
    """Single words that are frequent, head several chosen phrases (cooperation) and are
    specific to the documents (poll in polling news, not power or company)."""
    heads: dict[tuple[str, ...], int] = defaultdict(int)
    for key in chosen:
        stats = counts.terms[key]
        if stats.lang == "en" and stats.kinds.get("np") and len(stats.words) >= 2:
            heads[stats.words[-1:]] += 1
    found = set()
    for words, count in heads.items():
        key = by_words.get(words)
        if key is None or count < MIN_WORD_HEADS:
            continue
        stats = counts.terms[key]
        if stats.kinds.get("word") and stats.frequency >= MIN_WORD_FREQUENCY and \
                salient(words[0], counts.words, total):
            found.add(key)
    return found


def _candidate(key: str, stats: TermStats, score: float, counts: CandidateCounts) -> Candidate:
    kind = _main_kind(stats)
    entry_type = _type(stats, kind)
    return Candidate(
        term=_term_form(stats, entry_type),
        key=key,
        type=entry_type,
        score=round(score, 2),
        frequency=stats.frequency,
        references=tuple(counts.references(stats)),
        example=stats.example[2] if stats.example else "",
        long_form=_most_common(stats.long_forms),
        lang=stats.lang,
        kind=kind,
        short_forms=tuple(sorted(form for form in stats.short_forms
                                 if form.casefold() != key.casefold())),
    )


def _main_kind(stats: TermStats) -> str:
    for kind in ("acronym", "name", "ko-name", "title", "np", "ko-np", "ko-compound", "word"):
        if stats.kinds.get(kind, 0):
            return kind
    return next(iter(sorted(stats.kinds)), "")


def _term_form(stats: TermStats, entry_type: str) -> str:
    lemmas = stats.reliable_lemmas if sum(stats.reliable_lemmas.values()) else stats.lemmas
    if entry_type in ("title", "concept", "event"):
        # President Lee but 'a research fellow', Korea-Japan Relations as a research field
        # but 'Korea-Japan relations' in a sentence: a common noun is listed in lower case.
        lower = {lemma: n for lemma, n in stats.lemmas.items()
                 if lemma.split()[-1][:1].islower()}
        lemmas = lower or lemmas
    return min(lemmas, key=lambda lemma: (-lemmas[lemma], lemma.isupper() and len(lemma) > 5,
                                          lemma))


def _type(stats: TermStats, kind: str) -> str:
    if kind == "title":
        return "title"
    votes = {t: n for t, n in stats.types.items() if t in TYPE_ORDER}
    if votes:
        return min(votes, key=lambda t: (-votes[t], TYPE_ORDER.index(t)))
    if kind in ("name", "acronym"):
        return "organization"
    return "concept"


def _most_common(counter) -> str:
    if not counter:
        return ""
    return min(counter, key=lambda value: (-counter[value], value))
