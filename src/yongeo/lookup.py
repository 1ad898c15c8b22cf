"""Lookup: find entries for a query in either language, best match first."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rapidfuzz import fuzz

from yongeo.glossary.model import Entry, Glossary, Status, Term, term_key
from yongeo.i18n import _
from yongeo.text.english import singular_forms
from yongeo.text.korean import (
    choseong,
    has_hangul,
    is_choseong_query,
    jamo_similarity,
    strip_particles,
)
from yongeo.text.normalize import nfc

# Below these, a fuzzy candidate is noise rather than a typo.
LATIN_FUZZY_MIN = 80.0
HANGUL_FUZZY_MIN = 0.75


class MatchKind(enum.IntEnum):
    """How a query met a term; lower is better, and results sort on it first."""

    PREFERRED = 0
    ADMITTED = 1
    DEPRECATED = 2
    CHOSEONG = 3
    PREFIX = 4
    SUBSTRING = 5
    FUZZY = 6

    @property
    def label(self) -> str:
        """The name people see; "fuzzy" is kept for unreviewed PO entries."""
        return {"SUBSTRING": "contains", "FUZZY": "near"}.get(self.name, self.name.lower())


_EXACT_KIND = {Status.PREFERRED: MatchKind.PREFERRED, Status.ADMITTED: MatchKind.ADMITTED,
               Status.DEPRECATED: MatchKind.DEPRECATED}


@dataclass(frozen=True)
class LookupResult:
    """An entry found for a query, the term that matched and how."""

    entry: Entry
    term: Term
    kind: MatchKind
    score: float  # 100 for exact, lower for fuzzy

    @property
    def use_instead(self) -> str | None:
        """For a deprecated hit, the preferred (else an admitted) term of the same language
        that is not deprecated itself: an entry msgmerge damaged may deprecate its own
        preferred term, and advice to use a deprecated term is worse than none."""
        if self.term.status is not Status.DEPRECATED:
            return None
        lang = self.term.lang
        refused = {_folded(t.text) for t in self.entry.terms_in(lang, Status.DEPRECATED)}
        for status in (Status.PREFERRED, Status.ADMITTED):
            for term in self.entry.terms_in(lang, status):
                if _folded(term.text) not in refused:
                    return term.text
        return None

    def to_json(self) -> dict:
        data = self.entry.to_json()
        data["match"] = {"term": self.term.text, "lang": self.term.lang,
                         "status": self.term.status.value, "kind": self.kind.label,
                         "score": round(self.score, 1)}
        if self.use_instead:
            data["match"]["use_instead"] = self.use_instead
        return data


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def lookup(glossary: Glossary, query: str, limit: int = 10) -> list[LookupResult]:
    """Entries for a query: exact, variants, choseong, prefix, substring, then fuzzy."""
    query = nfc(query).strip()
    if not query:
        return []
    keys = _query_keys(query)
    initials = query.replace(" ", "") if is_choseong_query(query) else None
    best: dict[str, LookupResult] = {}
    for entry in glossary:
        for term in entry.terms:
            result = _match(entry, term, keys, initials)
            if result is None:
                continue
            current = best.get(entry.id)
            if current is None or (result.kind, -result.score) < (current.kind, -current.score):
                best[entry.id] = result
    ranked = sorted(best.values(), key=lambda r: (r.kind, -r.score, r.entry.en.casefold()))
    return ranked[:limit]


def _query_keys(query: str) -> list[str]:
    """The query folded, plus its forms without Korean particles or English inflection."""
    forms = [query]
    if has_hangul(query):
        words = query.split()
        for stem in strip_particles(words[-1])[1:]:
            forms.append(" ".join([*words[:-1], stem]))
    else:
        words = query.split()
        for single in singular_forms(words[-1])[1:]:
            forms.append(" ".join([*words[:-1], single]))
    return list(dict.fromkeys(k for k in (term_key(f) for f in forms) if k))


def _match(entry: Entry, term: Term, keys: list[str], initials: str | None):
    key = term_key(term.text)
    if not key:
        return None
    if initials is not None:
        term_initials = choseong(term.text)
        if term_initials == initials:
            return LookupResult(entry, term, MatchKind.CHOSEONG, 100.0)
        if len(initials) >= 2 and term_initials.startswith(initials):
            return LookupResult(entry, term, MatchKind.PREFIX, 90.0)
        return None
    if key in keys:
        return LookupResult(entry, term, _EXACT_KIND[term.status], 100.0)
    for query_key in keys:  # the query as typed first, then without particles or plural
        if len(query_key) >= 2 and key.startswith(query_key):
            return LookupResult(entry, term, MatchKind.PREFIX, 100.0 * len(query_key) / len(key))
    for query_key in keys:
        if len(query_key) >= 3 and query_key in key:
            return LookupResult(entry, term, MatchKind.SUBSTRING,
                                100.0 * len(query_key) / len(key))
    score = _fuzzy_score(keys, term.text)
    if score is not None:
        return LookupResult(entry, term, MatchKind.FUZZY, score)
    return None


def _fuzzy_score(keys: list[str], text: str) -> float | None:
    """Typo tolerance: jamo-level for Hangul, character-level for Latin, whole and per word."""
    best = 0.0
    words = [term_key(w) for w in text.split()]
    targets = [term_key(text), *(w for w in words if len(words) > 1)]
    for query_key in keys:
        hangul = has_hangul(query_key)
        for position, target in enumerate(targets):
            if not target or has_hangul(target) != hangul:
                continue
            if hangul:
                score = 100.0 * jamo_similarity(query_key, target)
                floor = 100.0 * HANGUL_FUZZY_MIN
            else:
                if min(len(query_key), len(target)) < 4:
                    continue
                score = fuzz.ratio(query_key, target)
                floor = LATIN_FUZZY_MIN
            if position:
                score *= 0.95  # a word of the term is a weaker hit than the whole term
            if score >= floor:
                best = max(best, score)
    return best or None


def sense_text(entry: Entry) -> str:
    """What an entry says about its sense, for people: 'verb; not in: in this case, for
    instance' (empty when it says nothing)."""
    parts = [entry.pos] if entry.pos else []
    if entry.not_in:
        parts.append(_("not in: {phrases}").format(phrases=", ".join(entry.not_in)))
    return "; ".join(parts)
