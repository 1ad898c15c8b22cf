"""The names people read for severities, term statuses, entry types and match kinds.

The values themselves (error, preferred, person, near) are data: they stay English in JSON,
SARIF, PO files and configuration; only what a person reads goes through the catalog.
"""

from __future__ import annotations

from yongeo.i18n import pgettext


def severity_label(value: str) -> str:
    """error, warning, info (lint findings and glossary problems)."""
    labels = {
        "error": pgettext("severity", "error"),
        "warning": pgettext("severity", "warning"),
        "info": pgettext("severity", "info"),
    }
    return labels.get(value, value)


def status_label(value: str) -> str:
    """preferred, admitted, deprecated (TBX administrative status of a term); rendering,
    an admitted term accepted in translations only."""
    labels = {
        "preferred": pgettext("term status", "preferred"),
        "admitted": pgettext("term status", "admitted"),
        "deprecated": pgettext("term status", "deprecated"),
        "rendering": pgettext("term status", "in translations only"),
    }
    return labels.get(value, value)


def term_status_label(term, entry=None) -> str:
    """A term's status as people read it: a rendering is *in translations only*, and a
    former name of `entry` (Entry.former) *former name until 2007*."""
    until = entry.former_until(term.text, term.lang) if entry is not None else None
    if until is not None and term.status.value == "deprecated":
        # TRANSLATORS: the status of a deprecated term that was the entry's name until
        # that year (the Japan Defense Agency until 2007).
        return pgettext("term status", "former name until {year}").format(year=until)
    return status_label("rendering" if term.rendering else term.status.value)


def type_label(value: str) -> str:
    """person, place, organization, agreement, title, concept, event, publication."""
    labels = {
        "person": pgettext("entry type", "person"),
        "place": pgettext("entry type", "place"),
        "organization": pgettext("entry type", "organization"),
        "agreement": pgettext("entry type", "agreement"),
        "title": pgettext("entry type", "title"),
        "concept": pgettext("entry type", "concept"),
        "event": pgettext("entry type", "event"),
        "publication": pgettext("entry type", "publication"),
    }
    return labels.get(value, value)


def match_label(value: str) -> str:
    """How a lookup query met a term, beyond an exact match (lookup.MatchKind.label)."""
    labels = {
        "preferred": pgettext("term status", "preferred"),
        "admitted": pgettext("term status", "admitted"),
        "deprecated": pgettext("term status", "deprecated"),
        "choseong": pgettext("lookup match", "choseong"),
        "prefix": pgettext("lookup match", "prefix"),
        "contains": pgettext("lookup match", "contains"),
        "near": pgettext("lookup match", "near"),
    }
    return labels.get(value, value)
