"""input.omission: a draft piece that leaves out a passage is reported once, not once per
term; and a missing term the draft may refer to otherwise is reported as info
(lint.referred)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from yongeo.glossary.model import Status
from yongeo.i18n import ngettext
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.referred import left_to_stories, referred
from yongeo.lint.replaced import hits_of
from yongeo.lint.rules import MISSING, OMISSION, UNTRANSLATED, Policy
from yongeo.lint.units import Unit
from yongeo.text.length import length_share
from yongeo.text.lists import english_list_item, korean_list_sizes

# A piece is an omission, not a list of terminology slips, when its source has at least
# this many glossary terms and more than this share of them has no rendering in the draft:
# a clause or a sentence was left out (free news translation does it) or not yet written...
OMISSION_MIN_TERMS = 3


OMISSION_SHARE = 0.5


# ... unless the draft is as long as a faithful translation (text.length): then the terms
# were not left out but rendered otherwise, each worth its own finding (영국 대통령 for
# British Prime Minister).
FULL_LENGTH = 0.7


# A draft under this share of its predicted length left a passage out (a headline for a
# sentence, one clause of three): every term it lacks is part of that one omission.
CONDENSED = 0.5


def fold_omissions(units: Iterable[Unit], findings: list[Finding], policy: Policy
                   ) -> list[Finding]:
    """The term.missing findings of each omitting draft piece replaced by one info finding
    that names the terms left out."""
    if not policy.enabled(OMISSION.id):
        return findings
    missing: dict[tuple[str, int, int], list[Finding]] = {}
    untranslated: dict[tuple[str, int, int], list[Finding]] = {}
    for finding in findings:
        if finding.rule in (MISSING.id, UNTRANSLATED.id):
            (missing if finding.rule == MISSING.id else untranslated).setdefault(
                (finding.path, finding.start, finding.end), []).append(finding)
    if not missing and not untranslated:
        return findings
    units = list(units)
    folded: set[int] = set()
    notes: list[Finding] = []
    for unit in units:
        if not unit.source.hits:  # nothing to leave out (cheap first)
            continue
        draft = unit.draft
        start, end = draft.side.span(draft.start, draft.end)
        left_out = missing.get((draft.side.file.path, start, end))
        if not left_out:
            continue
        expected = len({hit.entry.id for hit in unit.source.hits})
        if not _omits(unit, expected, len(left_out)):
            continue
        left_out = [f for f in left_out if not _in_kept_list(unit, f)]
        if not left_out:
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
    softened = referred(units, missing, folded) | left_to_stories(units, untranslated)
    if not folded and not softened:
        return findings
    return [replace(f, severity=Severity.INFO) if id(f) in softened else f
            for f in findings if id(f) not in folded] + notes


def _in_kept_list(unit: Unit, finding: Finding) -> bool:
    """Whether the missing term stands in a source list that the Korean draft renders with as
    many items (text.lists): each item is there, so this one was rendered by another word,
    not left out with a passage (의료, 테러, 환경 for health care, the fight against
    terrorism and the environment, with 테러 replaced)."""
    source, draft = unit.source, unit.draft
    if draft.side.lang != "ko" or source.side.lang != "en":
        return False
    sizes = None
    for hit in hits_of(source, finding):
        if sizes is None:
            sizes = korean_list_sizes(draft.side.text[draft.start:draft.end])
            if not sizes:
                return False
        item = english_list_item(source.side.text[source.start:source.end],
                                 hit.start - source.start)
        if item is not None and item[0] in sizes:
            return True
    return False


def _omits(unit: Unit, expected: int, missing: int) -> bool:
    """Whether a draft piece lacking `missing` of its source's `expected` terms left a
    passage out: it is much shorter than its source predicts, or it lacks most of many terms
    without being as long as a faithful translation."""
    source, draft = unit.source, unit.draft
    # The source's glossary terms count at their shortest translation's length where it is
    # shorter than predicted (국방부, not the letters of Ministry of National Defense over
    # the ratio).
    known = [(hit.start - source.start, hit.end - source.start,
              min((t.text for t in accepted), key=len))
             for hit in source.hits
             if (accepted := hit.entry.terms_in(draft.side.lang, Status.PREFERRED,
                                                Status.ADMITTED))]
    share = length_share(source.side.text[source.start:source.end], source.side.lang,
                         draft.side.text[draft.start:draft.end], draft.side.lang, known)
    if share is not None and share < CONDENSED:
        return True
    if share is not None and share >= FULL_LENGTH:
        return False
    return expected >= OMISSION_MIN_TERMS and missing > expected * OMISSION_SHARE
