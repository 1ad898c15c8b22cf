"""A term's pair of countries written the other way round in a Korean draft whose source
writes the glossary's order (Korea-Japan relations -> 일한관계): the matcher reads either
order as the term, as a text may follow the side it speaks for (a Japanese embassy's 일한
관계, translating its Japan-Korea relations), but a Korean translation of a source that
puts Korea first turns the pair round against its publisher. English drafts are left alone:
Korean writes 한일 whoever speaks, so a Korean source's order says nothing of the voice an
English version (Japan-Korea relations, in a Japanese publisher's English) keeps."""

from __future__ import annotations

from collections.abc import Sequence

from yongeo.glossary.model import Status
from yongeo.i18n import _
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.presence import spaced_spans
from yongeo.lint.rules import MISSING, Policy
from yongeo.lint.units import Unit
from yongeo.match import Hit
from yongeo.text.korean import pair_orders, stands_as_pair_term
from yongeo.text.korean import pair_reordered as korean_reordered
from yongeo.text.mention import in_quotation, mentioned
from yongeo.text.places import opens_with_countries
from yongeo.text.places import pair_reordered as english_reordered


def reordered(hit: Hit, lang: str) -> bool:
    """Whether a hit writes its entry's pair of countries in another order than the
    entry's first term that opens with them (the official Treaty on Basic Relations between
    Japan and the Republic of Korea, against the entry's Korea-Japan Basic Treaty)."""
    if lang == "en":
        reference = next((term.text for term in hit.entry.terms_in("en", Status.PREFERRED,
                                                                     Status.ADMITTED)
                          if opens_with_countries(term.text)), None)
        return reference is not None and english_reordered(hit.found, reference)
    return lang == "ko" and korean_reordered("".join(hit.found.split()),
                                             "".join((hit.entry.ko or hit.term.text).split()))


def turned_round_in_korean(unit: Unit, source_hits: Sequence[Hit], policy: Policy
                           ) -> list[Finding]:
    """For a Korean draft that holds none of an entry's terms as the matcher reads them, the
    entry's pair of countries the other way round as words of their own (일한관계, 일·한
    관계: text.korean.pair_orders), which lint.presence reads as the term: term.missing at
    it, as turned_round reports a hit turned round, where the source writes the glossary's
    order."""
    source, draft = unit.source.side, unit.draft.side
    if draft.lang != "ko":
        return []
    entry = source_hits[0].entry
    forms = [(term, form) for term in entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)
             for form in pair_orders("".join(term.text.split()))]
    if not forms or any(reordered(hit, source.lang) for hit in source_hits):
        return []  # most entries: no pair of countries; or the source turns it round
    text = draft.text[unit.draft.start:unit.draft.end]
    for term, form in forms:
        for start, end in spaced_spans(text, form):
            start, end = start + unit.draft.start, end + unit.draft.start
            if not stands_as_pair_term(draft.text, start, end) or in_quotation(
                    draft.text, start, end) or mentioned(draft.text, start, end):
                continue
            return [_finding(unit, source_hits[0], draft.text[start:end], start, end,
                             term.text, policy)]
    return []


def _finding(unit: Unit, source_hit: Hit, found: str, start: int, end: int, wanted: str,
             policy: Policy) -> Finding:
    draft = unit.draft.side
    severity = policy.severity(MISSING.id)
    if severity is Severity.ERROR:
        severity = Severity.WARNING  # the pair is there; its order says whose voice it is
    line, _column = unit.source.position(source_hit.start)
    message = _("'{term}' (source line {line}) is written with its countries the other "
                "way round ('{found}'), unlike the source and the glossary "
                "('{expected}')").format(term=source_hit.found, line=line, found=found,
                                         expected=wanted)
    return draft.file.finding(MISSING.id, severity, start, end, message,
                              entry=source_hit.entry, found=found, suggestion=wanted,
                              span=draft.span)


def turned_round(unit: Unit, source_hits: Sequence[Hit], drafted: Sequence[Hit],
                 policy: Policy) -> list[Finding]:
    """term.missing (at most a warning) at each hit of a Korean draft that writes its entry's
    pair of countries the other way round, where every source hit writes them in the
    glossary's order; not inside a quotation or a mention (the other side's words, as
    said)."""
    source, draft = unit.source.side, unit.draft.side
    if draft.lang != "ko":
        return []
    turned = [hit for hit in drafted if hit.term.status is not Status.DEPRECATED
              and reordered(hit, "ko")]
    if not turned or any(reordered(hit, source.lang) for hit in source_hits):
        return []  # most drafts; or the source follows the other side's order, as may its
        # translation
    findings = []
    for hit in turned:
        if in_quotation(draft.text, hit.start, hit.end) or mentioned(draft.text, hit.start,
                                                                     hit.end):
            continue
        expected = hit.entry.terms_in(draft.lang, Status.PREFERRED)
        findings.append(_finding(unit, source_hits[0], hit.found, hit.start, hit.end,
                                 expected[0].text if expected else hit.term.text, policy))
    return findings
