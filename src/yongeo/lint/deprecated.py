"""term.deprecated and source.deprecated: a deprecated variant where a better term exists."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from yongeo.glossary.model import Entry, Status, Term
from yongeo.i18n import _
from yongeo.lint.findings import Finding
from yongeo.lint.rules import Policy, Rule
from yongeo.lint.sense import hits_in_sense
from yongeo.lint.units import Piece
from yongeo.text.korean import decompose


def check_deprecated(pieces: Iterable[Piece], rule: Rule, policy: Policy) -> list[Finding]:
    """Every deprecated term among the longest hits of the pieces, reported under `rule`."""
    if not policy.enabled(rule.id):
        return []
    severity = policy.severity(rule.id)
    findings = []
    for piece in pieces:
        side = piece.side
        for hit in hits_in_sense(side.text, piece.hits):
            if hit.term.status is not Status.DEPRECATED:
                continue
            better = replacement(hit.entry, hit.term)
            message = _("'{found}' is deprecated; use '{better}'").format(
                found=hit.found, better=better) if better else _(
                "'{found}' is deprecated").format(found=hit.found)
            findings.append(side.file.finding(rule.id, severity, hit.start, hit.end, message,
                                              entry=hit.entry, found=hit.found,
                                              suggestion=better or None, span=side.span))
    return findings


def replacement(entry: Entry, term: Term) -> str:
    """The accepted term of the same language closest in writing to a deprecated one:
    Takahichi -> Takaichi (admitted), 타카이치 사나에 -> 다카이치 사나에 (preferred)."""
    accepted = entry.terms_in(term.lang, Status.PREFERRED, Status.ADMITTED)
    if not accepted:
        return ""
    wrong = decompose(term.text.lower())
    return min(accepted, key=lambda t: (Levenshtein.distance(wrong, decompose(t.text.lower())),
                                        t.status.rank)).text
