"""term.inconsistent: one source term rendered by different accepted variants in a document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from yongeo.glossary.model import EntryType, Status
from yongeo.i18n import ngettext
from yongeo.lint.findings import Finding
from yongeo.lint.rules import INCONSISTENT, Policy
from yongeo.lint.sense import in_sense
from yongeo.lint.terms import term_key
from yongeo.lint.units import Side, Unit
from yongeo.match import Hit


def check_consistency(units: Iterable[Unit], policy: Policy) -> list[Finding]:
    """Renderings are counted where a piece's source has one form of the entry, so each
    draft term can only be its translation; the most used rendering is the suggestion and
    every other one is reported (spacing variants are the same term and never count)."""
    if not policy.enabled(INCONSISTENT.id):
        return []
    renderings = Renderings()
    renderings.add(units)
    return renderings.findings(policy)


class Renderings:
    """The accepted renderings of each source term over a document, gathered a few units at
    a time (a long text is checked in chunks), then reported together."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[tuple[Hit, Side, str]]] = {}
        # Only an entry with two accepted terms in the draft's language can be inconsistent.
        self._varied: dict[tuple[str, str], bool] = {}

    def add(self, units: Iterable[Unit]) -> None:
        seen, varied = self.seen, self._varied
        for unit in units:
            target = unit.draft.side.lang
            forms: dict[str, set[str]] = {}
            source_text: dict[str, str] = {}
            for hit in unit.source.hits:
                key = (hit.entry.id, target)
                if key not in varied:
                    varied[key] = len(hit.entry.terms_in(target, Status.PREFERRED,
                                                         Status.ADMITTED)) > 1
                if varied[key]:
                    forms.setdefault(hit.entry.id, set()).add(term_key(hit.term.text))
                    source_text.setdefault(hit.entry.id, hit.found)
            if not forms:
                continue
            for hit in _renderings(unit.draft.every):
                source_forms = forms.get(hit.entry.id)
                if source_forms is None or len(source_forms) != 1:
                    continue
                if (hit.entry.type == EntryType.ORGANIZATION.value
                        and not in_sense(unit.draft.side.text, hit)):
                    continue  # the two foreign ministries: no rendering of one body
                key = (hit.entry.id, next(iter(source_forms)))
                seen.setdefault(key, []).append((hit, unit.draft.side,
                                                 source_text[hit.entry.id]))

    def portable(self) -> dict[tuple[str, str], list[tuple[Hit, str]]]:
        """What was gathered, without the working texts: for another process, where the
        renderings all lie in one draft text (see merge)."""
        return {key: [(hit, source) for hit, _side, source in found]
                for key, found in self.seen.items()}

    def merge(self, portable: dict[tuple[str, str], list[tuple[Hit, str]]], side: Side
              ) -> None:
        """Add another gatherer's renderings (portable()), all of them lying in `side`."""
        for key, found in portable.items():
            self.seen.setdefault(key, []).extend((hit, side, source) for hit, source in found)

    def findings(self, policy: Policy) -> list[Finding]:
        findings = []
        for renderings in self.seen.values():
            findings += _inconsistent(renderings, policy)
        return findings


def _inconsistent(renderings: list[tuple[Hit, Side, str]], policy: Policy) -> list[Finding]:
    counts = Counter(term_key(hit.term.text) for hit, _side, _src in renderings)
    if len(counts) < 2:
        return []
    first_seen = {k: i for i, k in reversed(list(enumerate(
        term_key(h.term.text) for h, _s, _src in renderings)))}
    preferred = {term_key(h.term.text) for h, _s, _src in renderings
                 if h.term.status is Status.PREFERRED}
    usual = max(counts, key=lambda k: (counts[k], k in preferred, -first_seen[k]))
    usual_text = next(h.term.text for h, _s, _src in renderings
                      if term_key(h.term.text) == usual)
    findings = []
    for hit, side, source in renderings:
        if term_key(hit.term.text) == usual:
            continue
        message = ngettext(
            "'{source}' is rendered as '{found}' here but as '{usual}' once elsewhere",
            "'{source}' is rendered as '{found}' here but as '{usual}' {count} times "
            "elsewhere", counts[usual]).format(
            source=source, found=hit.found, usual=usual_text, count=counts[usual])
        findings.append(side.file.finding(
            INCONSISTENT.id, policy.severity(INCONSISTENT.id), hit.start, hit.end,
            message, entry=hit.entry, found=hit.found, suggestion=usual_text,
            span=side.span))
    return findings


def _renderings(every: list[Hit]) -> list[Hit]:
    """Accepted hits that are no part of a longer hit: 안보실 inside 국가안보실 is the same
    rendering, and inside 안보실장 it renders another entry."""
    reach_end = -1
    reach_span = (-1, -1)
    out = []
    for hit in every:  # sorted by start, longest first
        span = (hit.start, hit.end)
        inside = reach_end >= hit.end and span != reach_span
        if hit.end > reach_end:
            reach_end, reach_span = hit.end, span
        if not inside and hit.term.status is not Status.DEPRECATED:
            out.append(hit)
    return out
