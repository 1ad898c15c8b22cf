"""input.omission: a draft piece that leaves out most of its source's terms is reported once."""

from __future__ import annotations

from collections.abc import Iterable

from yongeo.i18n import ngettext
from yongeo.lint.findings import Finding
from yongeo.lint.rules import MISSING, OMISSION, Policy
from yongeo.lint.units import Unit

# A piece is an omission, not a list of terminology slips, when its source has at least
# this many glossary terms and more than this share of them has no rendering in the draft:
# a clause or a sentence was left out (free news translation does it) or not yet written.
OMISSION_MIN_TERMS = 3
OMISSION_SHARE = 0.5


def fold_omissions(units: Iterable[Unit], findings: list[Finding], policy: Policy
                   ) -> list[Finding]:
    """The term.missing findings of each omitting draft piece replaced by one info finding
    that names the terms left out."""
    if not policy.enabled(OMISSION.id):
        return findings
    missing: dict[tuple[str, int, int], list[Finding]] = {}
    for finding in findings:
        if finding.rule == MISSING.id:
            missing.setdefault((finding.path, finding.start, finding.end), []).append(finding)
    if not missing:
        return findings
    folded: set[int] = set()
    notes: list[Finding] = []
    for unit in units:
        if len(unit.source.hits) < OMISSION_MIN_TERMS:  # too few terms to tell (cheap first)
            continue
        draft = unit.draft
        start, end = draft.side.span(draft.start, draft.end)
        left_out = missing.get((draft.side.file.path, start, end))
        if not left_out:
            continue
        expected = len({hit.entry.id for hit in unit.source.hits})
        if expected < OMISSION_MIN_TERMS or len(left_out) <= expected * OMISSION_SHARE:
            continue
        folded.update(id(f) for f in left_out)
        terms = ", ".join(f"'{f.en or f.ko}'" for f in left_out)
        message = ngettext(
            "{count} of the source's {total} glossary term is not in this part of the "
            "translation ({terms}): was a passage left out?",
            "{count} of the source's {total} glossary terms are not in this part of the "
            "translation ({terms}): was a passage left out?", expected).format(
            count=len(left_out), total=expected, terms=terms)
        notes.append(draft.side.file.finding(OMISSION.id, policy.severity(OMISSION.id),
                                             draft.start, draft.end, message,
                                             span=draft.side.span))
    if not folded:
        return findings
    return [f for f in findings if id(f) not in folded] + notes
