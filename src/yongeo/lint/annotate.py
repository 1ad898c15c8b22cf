"""Annotated lint results: each checked unit's text with its glossary hits and findings."""

from __future__ import annotations

import enum
import os
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from yongeo.glossary.model import Entry, Glossary, Status, Term
from yongeo.lint.direction import detect_lang
from yongeo.lint.findings import Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import markup_spans
from yongeo.lint.rules import (
    DEPRECATED,
    INCONSISTENT,
    MISSING,
    MISSPELLED,
    SOURCE_DEPRECATED,
    UNALIGNED,
    UNTRANSLATED,
)
from yongeo.lint.run import (
    PO_SUFFIXES,
    FileReport,
    LintOptions,
    collect_files,
    conclude,
    lint_file,
)
from yongeo.lint.sense import hits_in_sense
from yongeo.lint.stats import TermStat, TermStatistics, demote
from yongeo.lint.units import Block, Piece
from yongeo.match import Matcher


class HitStatus(enum.StrEnum):
    """How a highlighted stretch of text stands: a glossary term with nothing reported, or
    the kind of finding on it."""

    OK = "ok"
    MISSING = "missing"
    DEPRECATED = "deprecated"
    MISSPELLED = "misspelled"
    UNTRANSLATED = "untranslated"
    INCONSISTENT = "inconsistent"


RULE_STATUS = {
    MISSING.id: HitStatus.MISSING,
    DEPRECATED.id: HitStatus.DEPRECATED,
    SOURCE_DEPRECATED.id: HitStatus.DEPRECATED,
    MISSPELLED.id: HitStatus.MISSPELLED,
    UNTRANSLATED.id: HitStatus.UNTRANSLATED,
    INCONSISTENT.id: HitStatus.INCONSISTENT,
}
# When one stretch carries several findings, the first of these decides how it looks.
_PRECEDENCE = (HitStatus.MISSING, HitStatus.UNTRANSLATED, HitStatus.DEPRECATED,
               HitStatus.MISSPELLED, HitStatus.INCONSISTENT, HitStatus.OK)


@dataclass(frozen=True)
class Mark:
    """A stretch [start, end) of a pane's text: a glossary hit, or a flagged word that is
    in no entry (a misspelling), with the findings located on it."""

    start: int
    end: int
    status: HitStatus
    entry: Entry | None
    term: Term | None  # the glossary term matched; None for a word in no entry
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Pane:
    """One checked string as a reader sees it: a paragraph, or a PO string unescaped with
    its markup (`key`: "" for a paragraph, else msgid, msgid_plural, msgstr, msgstr[n])."""

    key: str
    path: str
    lang: str
    line: int
    text: str
    marks: tuple[Mark, ...]
    # Findings about the pane as a whole (term.missing): nothing in it to point at.
    notes: tuple[Finding, ...] = ()
    # Placeholders and markup of a PO string (%(count)d, <em>): not text, never a hit.
    markup: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Passage:
    """What a report shows as one row: source panes beside draft panes (a text checked on
    its own has drafts only), with every finding located in them, in report order."""

    sources: tuple[Pane, ...]
    drafts: tuple[Pane, ...]
    findings: tuple[Finding, ...]
    context: str | None = None
    fuzzy: bool = False


@dataclass(frozen=True)
class FileAnnotation:
    """One checked file: the lint report, its passages, and the findings that are about
    the file as a whole (input.unaligned) or that no passage holds."""

    report: FileReport
    kind: str  # "pair", "po", "text", or "glossary" for the run's findings on a glossary
    source_path: str | None
    source_lang: str | None
    target_lang: str | None
    passages: tuple[Passage, ...]
    notes: tuple[Finding, ...] = ()


def annotate_paths(paths: Sequence[str | os.PathLike], glossary: Glossary | Matcher | LintIndex,
                   options: LintOptions | None = None,
                   stats: TermStatistics | None = None) -> Iterator[FileAnnotation]:
    """lint_paths with the text: file by file, the same findings with the hits around them.
    With `stats`, as lint_paths with it: the ambiguous entries' findings demoted, and their
    glossary.ambiguous findings as the notes of one more annotation per glossary file."""
    options = options or LintOptions()
    files = collect_files(paths, options.source)
    index = as_index(glossary)
    by_terms = {(e.en, e.ko): e for e in index.matcher.entries}
    memo: dict = {}
    if stats is None:
        for path in files:
            yield annotate_file(path, index, options, memo, by_terms)
        return
    # The statistics need the whole run before any file's findings are final.
    reports = conclude([lint_file(p, index, options, memo, stats=stats) for p in files],
                       stats, options.policy)
    ambiguous = stats.ambiguous()
    for path in files:
        yield annotate_file(path, index, options, memo, by_terms, ambiguous)
    for report in reports[len(files):]:
        yield FileAnnotation(report, "glossary", None, None, None, (), report.findings)


def annotate_file(path: Path, glossary: Glossary | Matcher | LintIndex,
                  options: LintOptions | None = None, memo: dict | None = None,
                  by_terms: dict[tuple[str, str], Entry] | None = None,
                  ambiguous: Sequence[TermStat] = ()) -> FileAnnotation:
    """One file linted as lint_file does it, with what the checks saw kept for display
    (the findings of `ambiguous` entries demoted, as a run's statistics decided)."""
    options = options or LintOptions()
    index = as_index(glossary)
    if by_terms is None:
        by_terms = {(e.en, e.ko): e for e in index.matcher.entries}
    blocks: list[Block] = []
    report = lint_file(Path(path), index, options, memo, blocks)
    if ambiguous:
        report = FileReport(report.path, tuple(demote(report.findings, ambiguous)))
    kind = ("pair" if options.source is not None
            else "po" if Path(path).suffix in PO_SUFFIXES else "text")
    drafts = [p for b in blocks for _k, p in b.drafts]
    sources = [p for b in blocks for _k, p in b.sources]
    builders = [_BlockBuilder(b, by_terms) for b in blocks]
    notes = _place_findings(report.findings, builders)
    order = {id(f): n for n, f in enumerate(report.findings)}
    return FileAnnotation(
        report, kind, str(options.source) if options.source is not None else None,
        sources[0].side.lang if sources else None, _main_lang(drafts),
        tuple(b.freeze(order) for b in builders), tuple(notes))


def _main_lang(pieces: Sequence[Piece]) -> str | None:
    """The language of the pieces: a single text is read paragraph by paragraph, and a
    Korean article may quote an English passage (each pane keeps its own); the whole is in
    the language its script tells, as a text's is."""
    langs = {piece.side.lang for piece in pieces}
    if len(langs) <= 1:
        return next(iter(langs), None)
    return detect_lang("\n".join(p.side.text[p.start:p.end] for p in pieces)) or \
        pieces[0].side.lang


class _PaneBuilder:
    """A pane being filled: its hits first, then the findings placed on it."""

    def __init__(self, key: str, piece: Piece, by_terms: dict[tuple[str, str], Entry]):
        side = piece.side
        self.key, self.piece, self.by_terms = key, piece, by_terms
        self.path = side.file.path
        self.file_start, self.file_end = side.span(piece.start, piece.end)
        self.line = side.file.position(self.file_start)[0]
        if side.shown is None:
            self.text = side.file.text[self.file_start:self.file_end]
        else:
            self.text = side.shown
        # A word in another sense than its entry's (about for the About box) is no term.
        self.marks: list[_MarkBuilder] = [
            _MarkBuilder(*self.shown(h.start, h.end), h.entry, h.term)
            for h in hits_in_sense(side.text, piece.hits)]
        self.notes: list[Finding] = []
        self._located: dict[tuple[int, int], tuple[int, int]] | None = None

    def shown(self, start: int, end: int) -> tuple[int, int]:
        """A working-text span as a span of the shown text."""
        side = self.piece.side
        if side.shown is None:
            file_start, file_end = side.span(start, end)
            return file_start - self.file_start, file_end - self.file_start
        if side.shown_span is None:
            return start, end
        return side.shown_span(start, end)

    def from_file(self, start: int, end: int) -> tuple[int, int] | None:
        """A finding's file span as a span of the shown text, when it can be told exactly:
        a paragraph is the file's own text; a PO string's findings are on a hit or a
        misspelt word, whose file spans are computed the way the checks computed them."""
        if self.piece.side.shown is None:
            return start - self.file_start, end - self.file_start
        if self._located is None:
            side, piece = self.piece.side, self.piece
            spans = [(h.start, h.end) for h in piece.every]
            spans += [(m.start, m.end) for m in side.misspellings
                      if piece.start <= m.start and m.end <= piece.end]
            self._located = {side.span(s, e): self.shown(s, e) for s, e in spans}
        return self._located.get((start, end))

    def place(self, finding: Finding) -> None:
        """Put a finding on the mark it lies on, a new mark, or the pane's notes."""
        shown = self.from_file(finding.start, finding.end) if finding.found is not None else None
        if shown is None or shown[1] <= shown[0]:
            self.notes.append(finding)
            return
        start, end = shown
        for mark in self.marks:
            if mark.start < end and start < mark.end:
                mark.findings.append(finding)
                return
        entry = self.by_terms.get((finding.en, finding.ko))
        self.marks.append(_MarkBuilder(start, end, entry, None, [finding]))
        self.marks.sort(key=lambda m: (m.start, m.end))

    def freeze(self) -> Pane:
        markup = markup_spans(self.text) if self.piece.side.shown is not None else []
        return Pane(self.key, self.path, self.piece.side.lang, self.line, self.text,
                    tuple(m.freeze() for m in self.marks), tuple(self.notes), tuple(markup))


@dataclass
class _MarkBuilder:
    start: int
    end: int
    entry: Entry | None
    term: Term | None
    findings: list[Finding] = field(default_factory=list)

    def freeze(self) -> Mark:
        statuses = {RULE_STATUS[f.rule] for f in self.findings if f.rule in RULE_STATUS}
        if statuses:
            status = next(s for s in _PRECEDENCE if s in statuses)
        elif self.term is not None and self.term.status is Status.DEPRECATED:
            # Deprecated in the glossary though not reported (rule off, or suppressed).
            status = HitStatus.DEPRECATED
        else:
            status = HitStatus.OK
        return Mark(self.start, self.end, status, self.entry, self.term, tuple(self.findings))


class _BlockBuilder:
    def __init__(self, block: Block, by_terms: dict[tuple[str, str], Entry]):
        self.block = block
        self.sources = [_PaneBuilder(k, p, by_terms) for k, p in block.sources]
        self.drafts = [_PaneBuilder(k, p, by_terms) for k, p in block.drafts]
        self.findings: list[Finding] = []

    def source_of(self, draft: _PaneBuilder) -> _PaneBuilder | None:
        """The source pane a draft pane translates."""
        for unit in self.block.units:
            if unit.draft is draft.piece:
                return next((s for s in self.sources if s.piece is unit.source), None)
        return None

    def freeze(self, order: dict[int, int]) -> Passage:
        findings = sorted({id(f): f for f in self.findings}.values(),
                          key=lambda f: order.get(id(f), len(order)))
        return Passage(tuple(p.freeze() for p in self.sources),
                       tuple(p.freeze() for p in self.drafts), tuple(findings),
                       self.block.context, self.block.fuzzy)


def _place_findings(findings: Sequence[Finding], blocks: list[_BlockBuilder]) -> list[Finding]:
    """Every finding goes to the pane whose file span holds it; a finding about a whole
    draft pane (term.missing) also marks the source terms it is about. Returns the
    findings no pane holds."""
    panes: dict[str, list[tuple[int, int, _PaneBuilder, _BlockBuilder]]] = {}
    for block in blocks:
        for pane in [*block.sources, *block.drafts]:
            panes.setdefault(pane.path, []).append((pane.file_start, pane.file_end, pane, block))
    starts: dict[str, list[int]] = {}
    for path, located in panes.items():
        located.sort(key=lambda p: (p[0], p[1]))
        starts[path] = [p[0] for p in located]
    unplaced = []
    for finding in findings:
        found = None
        if finding.rule != UNALIGNED.id and finding.path in panes:
            located = panes[finding.path]
            at = bisect_right(starts[finding.path], finding.start) - 1
            # Panes of a file do not overlap, so the one starting last before the finding
            # holds it; a few more are tried for PO strings located only coarsely.
            stop = at - 8
            while at >= 0 and at > stop and found is None:
                start, end, pane, block = located[at]
                if start <= finding.start and finding.end <= end:
                    found = pane, block
                at -= 1
        if found is None:
            unplaced.append(finding)
            continue
        pane, block = found
        pane.place(finding)
        block.findings.append(finding)
        # The source term a whole-pane finding is about, or whose rendering was changed.
        if (finding.found is None or finding.rule == UNTRANSLATED.id) and pane in block.drafts:
            source = block.source_of(pane)
            for mark in source.marks if source else ():
                if mark.entry is not None and (mark.entry.en, mark.entry.ko) == (
                        finding.en, finding.ko):
                    mark.findings.append(finding)
    return unplaced
