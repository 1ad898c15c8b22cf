"""The one path of lint: a reader's document in, the registered checks run, findings out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from yongeo.lint.chrome import check_dateline_places
from yongeo.lint.consistency import Renderings, check_consistency
from yongeo.lint.deprecated import (
    check_deprecated,
    check_deprecated_units,
    without_covered_missing,
)
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.index import LintIndex
from yongeo.lint.omission import fold_omissions
from yongeo.lint.rules import (
    DEPRECATED,
    INCONSISTENT,
    KEPT_IN_SOURCE,
    MISSING,
    MISSPELLED,
    SOURCE_DEPRECATED,
    TRANSLITERATION,
    UNTRANSLATED,
    Policy,
)
from yongeo.lint.spelling import (
    Guess,
    check_spelling,
    copied_from_source,
    count_words,
    find_misspellings,
    find_misspellings_each,
    named_by_source,
    names_among,
    not_defined_acronyms,
    quoting_source,
    word_tokens,
)
from yongeo.lint.stats import TermStatistics
from yongeo.lint.terms import check_translation
from yongeo.lint.transliteration import check_transliteration
from yongeo.lint.units import Block, Piece, Side, Unit

PAIR, PO, TEXT = "pair", "po", "text"


@dataclass
class Document:
    """What a reader makes of one input, whatever its kind: the pieces of each side, the
    units pairing a draft piece with its source, and the blocks a report shows.

    A text checked on its own has drafts only. `notes` are the reader's own findings
    (input.unaligned); `suppressed` tells whether a finding lies where a suppression
    comment silences its rule, `softened` whether it is only worth an info there (a
    deprecated variant in a search keyword list).
    """

    kind: str
    path: str
    sources: list[Piece] = field(default_factory=list)
    drafts: list[Piece] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    suppressed: Callable[[Finding], bool] | None = None
    softened: Callable[[Finding], bool] | None = None

    @property
    def paired(self) -> bool:
        return self.kind != TEXT

    def draft_sides(self) -> list[Side]:
        """The working texts of the draft, once each (a PO file has one per string)."""
        return list({id(p.side): p.side for p in self.drafts}.values())


@dataclass(frozen=True)
class Check:
    """A registered check: the rules it reports, the documents it applies to, and how."""

    rules: tuple[str, ...]
    paired_only: bool
    run: Callable[[Document, Policy, LintIndex], list[Finding]]
    # Reads every unit of a document together (consistency): a document checked in chunks
    # hands its units to a Renderings gatherer instead, reported once at the end.
    whole: bool = False


def _spelling(document: Document, policy: Policy, _index: LintIndex) -> list[Finding]:
    findings: list[Finding] = []
    units_of: dict[int, list[Unit]] | None = None  # a side's units, once asked for
    for side in document.draft_sides():
        misspellings = side.misspellings
        uses: set[int] = set()
        if not document.paired:  # a guess that needs a source to name its person
            misspellings = not_defined_acronyms([m for m in misspellings if not m.sourced],
                                                side, [])
        elif misspellings:
            if units_of is None:
                units_of = {}
                for unit in document.units:
                    units_of.setdefault(id(unit.draft.side), []).append(unit)
            misspellings = copied_from_source(misspellings, units_of.get(id(side), []))
            misspellings = not_defined_acronyms(misspellings, side, units_of.get(id(side), []))
            if names_among(misspellings):
                misspellings = named_by_source(misspellings, units_of.get(id(side), []))
            uses = quoting_source(misspellings, units_of.get(id(side), []))
        findings += check_spelling(side.file, misspellings, policy, side.span, side.text,
                                   uses)
    return findings


def _deprecated(document: Document, policy: Policy, index: LintIndex) -> list[Finding]:
    # A draft's deprecated term is scoped to its concept by its source; a text checked on
    # its own is a draft too (an error in either language), but with no source to tell the
    # concept only a word that no entry accepts is reported there.
    if document.paired:
        return check_deprecated_units(document.units, DEPRECATED, policy)
    return check_deprecated(document.drafts, DEPRECATED, policy, index.matcher.entries)


def _source_deprecated(document: Document, policy: Policy, _index: LintIndex) -> list[Finding]:
    # A source's deprecated term is scoped to its concept by the draft.
    return check_deprecated_units(document.units, SOURCE_DEPRECATED, policy, side="source")


# The checks every document goes through, in the order they run. The findings are sorted
# afterwards, so the order only matters where one check reads what another left: spelling
# is looked for before the translation check, which counts a misspelt term as present.
CHECKS: tuple[Check, ...] = (
    Check((MISSING.id, KEPT_IN_SOURCE.id, UNTRANSLATED.id), True,
          lambda d, p, _i: check_translation(d.units, p)),
    Check((MISSING.id,), True, lambda d, p, _i: check_dateline_places(d.units, p)),
    Check((DEPRECATED.id,), False, _deprecated),
    Check((INCONSISTENT.id,), True, lambda d, p, _i: check_consistency(d.units, p),
          whole=True),
    Check((SOURCE_DEPRECATED.id,), True, _source_deprecated),
    Check((MISSPELLED.id,), False, _spelling),
    Check((TRANSLITERATION.id,), True, lambda d, p, _i: check_transliteration(d.units, p)),
)


def run_checks(document: Document, index: LintIndex, policy: Policy,
               memo: dict[str, Guess | None] | None = None,
               stats: TermStatistics | None = None) -> list[Finding]:
    """Every registered check over a document; policy and suppressions applied; findings
    in report order (the draft's first, then its source's, each by position). `stats`,
    when given, counts the document's terms and renderings for the run's statistics."""
    memo = {} if memo is None else memo
    if policy.enabled(MISSPELLED.id):
        # Only the draft is read for misspellings: a source is not ours to correct, and
        # its deprecated terms are reported by source.deprecated.
        taken: dict[int, list[tuple[int, int]]] = {}
        for piece in document.drafts:
            taken.setdefault(id(piece.side), []).extend((h.start, h.end) for h in piece.hits)
        # A word the document's drafts use again and again is written so on purpose.
        sides = document.draft_sides()
        if len(sides) > 1 and len({side.lang for side in sides}) == 1:
            # Many short texts (a PO file's strings): read together, in one pass.
            found = find_misspellings_each([side.text for side in sides], index.speller,
                                           memo, [taken.get(id(side), ()) for side in sides],
                                           sides[0].lang)
            for side, misspellings in zip(sides, found, strict=True):
                side.misspellings = misspellings
            return check_document(document, index, policy, stats)
        counts: Counter[str] = Counter()
        tokens = [word_tokens(side.text, side.lang) for side in sides]  # read once
        for side, words in zip(sides, tokens):
            count_words(side.text, index.speller, counts, side.lang, words)
        for side, words in zip(sides, tokens):
            side.misspellings = find_misspellings(side.text, index.speller, memo,
                                                  taken.get(id(side), ()), side.lang, counts,
                                                  words)
    return check_document(document, index, policy, stats)


def check_document(document: Document, index: LintIndex, policy: Policy,
                   stats: TermStatistics | None = None,
                   renderings: Renderings | None = None) -> list[Finding]:
    """run_checks once the drafts' misspellings are found (each draft side's
    `misspellings`): for a reader that finds them its own way, paragraph by paragraph
    (yongeo.lint.incremental), and must then report what run_checks reports.

    With `renderings`, the document is a chunk of a longer one: the checks that read the
    whole document leave their part there (see yongeo.lint.pair)."""
    findings = list(document.notes)
    for check in CHECKS:
        if check.paired_only and not document.paired:
            continue
        if not any(policy.enabled(rule) for rule in check.rules):
            continue
        if check.whole and renderings is not None:
            renderings.add(document.units)
        else:
            findings += check.run(document, policy, index)
    # A deprecated compound (타카이치 내각) stands for its entry's missing term.
    findings = without_covered_missing(findings)
    if stats is not None:
        stats.add(document.units, findings)
    # Configured severities first: what context makes info below stays info.
    findings = fold_omissions(document.units, policy.apply(findings), policy)
    if document.suppressed is not None:
        findings = [f for f in findings if not document.suppressed(f)]
    if document.softened is not None:
        findings = [replace(f, severity=Severity.INFO) if document.softened(f) else f
                    for f in findings]
    return sorted(findings, key=report_order(document.path))


def report_order(path: str) -> Callable[[Finding], tuple]:
    """The sort key of a document's findings: the draft's (`path`) first, then its
    source's, each by position."""
    return lambda f: (f.path != path, f.start, f.end, f.rule)
