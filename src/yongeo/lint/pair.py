"""lint_pair: a plain-text draft checked against its source, paragraph by paragraph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace

import regex

from yongeo.glossary.model import Glossary
from yongeo.i18n import ngettext
from yongeo.lint.align import (
    WHOLE_MAX_PARAGRAPHS,
    Bead,
    Paragraph,
    align,
    by_position,
    paragraph,
    repaired,
)
from yongeo.lint.chrome import news_chrome, with_chrome
from yongeo.lint.consistency import Renderings
from yongeo.lint.direction import resolve_direction
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import mask_document
from yongeo.lint.rules import MISSPELLED, UNALIGNED, Policy
from yongeo.lint.runner import PAIR, Document, check_document, report_order, run_checks
from yongeo.lint.spelling import (
    Guess,
    Misspelling,
    guessed_counts,
    kept_misspellings,
    read_words,
)
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import (
    SHORT_LINE,
    Block,
    Piece,
    Side,
    Unit,
    as_source,
    lines,
    lines_stand_alone,
    next_line,
    paragraphs,
    pieces,
    with_kept_words,
)
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped

# A long aligned pair is checked a chunk of paragraphs at a time, so that the hits, pieces
# and units of the whole text never exist at once (memory stays flat as the text grows), and
# so that chunks can go to several processes. A chunk takes paragraphs until both sides
# together pass this many characters.
CHUNK_CHARS = 200_000


def lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex, *,
              source_path: str = "<source>", draft_path: str = "<draft>",
              source_lang: str | None = None, target_lang: str | None = None,
              policy: Policy | None = None, memo: dict[str, Guess | None] | None = None,
              blocks: list[Block] | None = None,
              stats: TermStatistics | None = None, jobs: int = 1) -> list[Finding]:
    """Findings for a draft and its source, aligned by blank-line separated paragraphs.

    When the paragraph counts differ, both are checked as one unit each and an
    input.unaligned warning says so. Texts are as read (BOM dropped, LF line ends); NFD is
    fine, and findings are located in these texts. A `blocks` list receives the units as
    they were checked, with their hits, for reports that show the text.

    A long aligned pair is checked in chunks of paragraphs (CHUNK_CHARS), by `jobs`
    processes when that is above 1; the findings are the same, in the same order.
    """
    with collector_paused():
        return _lint_pair(source_text, draft_text, glossary, source_path, draft_path,
                          source_lang, target_lang, policy, memo, blocks, stats, jobs)


def _lint_pair(source_text: str, draft_text: str, glossary: Glossary | Matcher | LintIndex,
               source_path: str, draft_path: str, source_lang: str | None,
               target_lang: str | None, policy: Policy | None,
               memo: dict[str, Guess | None] | None,
               blocks: list[Block] | None = None,
               stats: TermStatistics | None = None, jobs: int = 1) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    pair = _Pair.read(source_text, draft_text, source_path, draft_path, source_lang,
                      target_lang)
    chunks = pair.chunks() if blocks is None else []
    if len(chunks) < 2:
        document = pair.document(index, policy)
        if blocks is not None:
            blocks.extend(document.blocks)
        return run_checks(document, index, policy, memo, stats)
    return _lint_chunks(pair, chunks, index, policy, memo, stats, jobs)


def _lint_chunks(pair: _Pair, chunks: list[tuple[int, int]], index: LintIndex,
                 policy: Policy, memo: dict | None, stats: TermStatistics | None,
                 jobs: int) -> list[Finding]:
    """The findings of a pair read in chunks, in this process or in `jobs`: first the
    draft's words of every chunk (counted, and the likely misspellings among them), then
    each chunk checked with the counts of its misspellings' words; then consistency."""
    spelling = policy.enabled(MISSPELLED.id)
    renderings = Renderings()
    findings: list[Finding] = []
    with _chunk_runner(pair, index, policy, memo, stats, min(jobs, len(chunks))) as run:
        words: Counter[str] = Counter()
        guessed: list[list[Misspelling]] = []
        for chunk_words, chunk_guessed in (run(_words, chunks) if spelling else
                                           ((Counter(), []) for _ in chunks)):
            words.update(chunk_words)
            guessed.append(chunk_guessed)
        # A word the whole draft uses again and again is written so on purpose.
        counts = guessed_counts([m for found in guessed for m in found], words,
                                index.speller)
        del words
        tasks = [(first, last, found, counts) for (first, last), found in zip(chunks, guessed,
                                                                              strict=True)]
        for found, portable, part in run(_check, tasks):
            findings += found
            renderings.merge(portable, pair.draft)
            if stats is not None and part is not stats:
                stats.merge(part)
    findings += policy.apply(renderings.findings(policy))
    return sorted(findings, key=report_order(pair.draft.file.path))


def read_pair(source_text: str, draft_text: str, index: LintIndex, *,
              source_path: str = "<source>", draft_path: str = "<draft>",
              source_lang: str | None = None, target_lang: str | None = None,
              policy: Policy | None = None) -> Document:
    """A text pair as a document: paragraphs paired in order (or where the translation
    moved them, or merged some and split others as many: lint.align.repaired), by beads of paragraphs when their counts differ
    (lint.align.align), or the whole texts as one unit (with an input.unaligned note) when
    they cannot be paired."""
    return _Pair.read(source_text, draft_text, source_path, draft_path, source_lang,
                      target_lang).document(index, policy or Policy())


@dataclass
class _Pair:
    """Both sides of a pair read (working texts, languages) and cut into paragraphs."""

    source: Side
    draft: Side
    source_spans: list[tuple[int, int]]
    draft_spans: list[tuple[int, int]]

    @classmethod
    def read(cls, source_text: str, draft_text: str, source_path: str, draft_path: str,
             source_lang: str | None, target_lang: str | None) -> _Pair:
        (source, source_nfc), (draft, draft_nfc) = (_side(source_path, source_text),
                                                    _side(draft_path, draft_text))
        # Told by the text that is checked: code, URLs and datelines say nothing of it.
        source.lang, draft.lang = resolve_direction(source.text, draft.text, source_lang,
                                                    target_lang)
        # A dateline's places (lint.chrome): a source's must not be mistranslated, and a
        # draft's render the source's mention of them (SADO, Japan -> 일본 니가타현 사도섬).
        source.chrome, draft.chrome = news_chrome(source_nfc), news_chrome(draft_nfc)
        # Paragraphs as written: a paragraph that is all chrome (a dateline) keeps its place.
        source_spans, draft_spans = paragraphs(source_nfc), paragraphs(draft_nfc)
        if len(source_spans) == 1 == len(draft_spans):
            # Texts with no blank line anywhere, each paragraph a line: long ones are paired
            # line by line, not checked as one unit (see lint.align.WHOLE_MAX_PARAGRAPHS).
            source_lines, draft_lines = lines(source_nfc), lines(draft_nfc)
            # Texts of as many lines, each line a piece of its own (subtitles, a table, a
            # page's markup, one paragraph a line), are paired line by line too, as their
            # lines correspond; a paragraph wrapped at a width is not (lines_stand_alone).
            if max(len(source_lines), len(draft_lines)) > WHOLE_MAX_PARAGRAPHS or (
                    1 < len(source_lines) == len(draft_lines)
                    and lines_stand_alone(source_nfc, source_lines)
                    and lines_stand_alone(draft_nfc, draft_lines)):
                source_spans, draft_spans = source_lines, draft_lines
        return cls(source, draft, source_spans, draft_spans)

    @property
    def aligned(self) -> bool:
        return len(self.source_spans) == len(self.draft_spans)

    def document(self, index: LintIndex, policy: Policy) -> Document:
        source, draft = self.source, self.draft
        src_pieces = with_chrome(with_kept_words(as_source(
            pieces(source, self.source_spans, index.matcher), index.matcher), index.matcher,
            draft.lang), index.matcher)
        draft_pieces = with_chrome(pieces(draft, self.draft_spans, index.matcher),
                                   index.matcher)
        document = Document(PAIR, draft.file.path, src_pieces, draft_pieces)
        beads = positioned = order = None
        aligned = self.aligned
        if aligned and len(src_pieces) >= 3:
            source_paragraphs = [as_paragraph(piece) for piece in src_pieces]
            draft_paragraphs = [as_paragraph(piece) for piece in draft_pieces]
            # Paragraphs the translation moved (a newsletter's items) pair where they went;
            # as many paragraphs, but merged here and split there (a translation's own
            # paragraphing that came out even), as align pairs them.
            order, beads = repaired(source_paragraphs, draft_paragraphs)
            aligned = beads is None
        if not aligned and beads is None:
            source_paragraphs = [as_paragraph(piece) for piece in src_pieces]
            draft_paragraphs = [as_paragraph(piece) for piece in draft_pieces]
            beads = align(source_paragraphs, draft_paragraphs)
            if beads is None and max(len(src_pieces), len(draft_pieces)) > WHOLE_MAX_PARAGRAPHS:
                beads = positioned = by_position(source_paragraphs, draft_paragraphs)
        if aligned:
            paired = draft_pieces if order is None else [draft_pieces[j] for j in order]
            document.units = [Unit(s, d) for s, d in zip(src_pieces, paired, strict=True)]
            _neighbour_lines(document.units)
        elif beads is not None:
            # Each bead's draft paragraphs, a draft paragraph left alone too: where a term
            # a bead's source asks for may stand if the pairing is off by one.
            drafts = [draft_pieces[b.draft_start:b.draft_end] for b in beads]
            units = []
            for at, bead in enumerate(beads):
                unit = _bead_unit(bead, src_pieces, draft_pieces)
                if unit is not None:
                    unit.neighbours = tuple(
                        piece for near in (*drafts[max(0, at - 1):at], *drafts[at + 1:at + 2])
                        for piece in near)
                    units.append(unit)
            document.units = units
            if positioned is not None:
                message = ngettext(
                    "the source has {source} paragraph and the translation {draft}; they are "
                    "too long to compare as whole documents and are compared in {parts} "
                    "parts of like share",
                    "the source has {source} paragraphs and the translation {draft}; they are "
                    "too long to compare as whole documents and are compared in {parts} "
                    "parts of like share", len(src_pieces))
                _note_unaligned(document, draft, policy, message.format(
                    source=len(src_pieces), draft=len(draft_pieces), parts=len(positioned)))
        else:
            document.units = [Unit(_whole(source, src_pieces), _whole(draft, draft_pieces))]
            message = ngettext(
                "the source has {source} paragraph and the translation {draft}; they are "
                "compared as whole documents",
                "the source has {source} paragraphs and the translation {draft}; they are "
                "compared as whole documents", len(src_pieces))
            _note_unaligned(document, draft, policy, message.format(
                source=len(src_pieces), draft=len(draft_pieces)))
        document.blocks = [Block([("", u.source)], [("", u.draft)], [u])
                           for u in document.units]
        return document

    def chunks(self) -> list[tuple[int, int]]:
        """[first, last) paragraph numbers of each chunk; none when the paragraphs do not
        pair up (the texts are then one unit)."""
        if not self.aligned:
            return []
        out = []
        first = size = 0
        for number, ((s0, s1), (d0, d1)) in enumerate(zip(self.source_spans,
                                                          self.draft_spans)):
            size += s1 - s0 + d1 - d0
            if size >= CHUNK_CHARS:
                out.append((first, number + 1))
                first, size = number + 1, 0
        if first < len(self.source_spans):
            out.append((first, len(self.source_spans)))
        return out

    def words(self, first: int, last: int, index: LintIndex, memo: dict
              ) -> tuple[Counter[str], list[Misspelling]]:
        """The draft's candidate words in paragraphs [first, last), counted, and the words
        there that the speller flags (spelling.read_words)."""
        start, end = self.draft_spans[first][0], self.draft_spans[last - 1][1]
        counts, guessed = read_words(self.draft.text[start:end], index.speller, memo,
                                     self.draft.lang)
        return counts, [replace(m, start=m.start + start, end=m.end + start)
                        for m in guessed]

    def check_chunk(self, first: int, last: int, index: LintIndex, policy: Policy,
                    guessed: list[Misspelling], counts: Mapping[str, int],
                    stats: TermStatistics | None, renderings: Renderings) -> list[Finding]:
        """The findings of paragraphs [first, last), as the whole pair would give them, but
        for the document-wide consistency check, whose part goes to `renderings`. The
        chunk's `guessed` misspellings are weighed against the whole draft's `counts`."""
        source, draft = self.source, self.draft
        # A paragraph on either side of the chunk too, read for the lines beside its first
        # and last (_neighbour_lines), as the whole pair reads them; not checked here.
        low, high = max(0, first - 1), min(len(self.source_spans), last + 1)
        src_pieces = with_chrome(with_kept_words(as_source(
            pieces(source, self.source_spans[low:high], index.matcher, stretch=True),
            index.matcher), index.matcher, draft.lang), index.matcher)
        draft_pieces = with_chrome(pieces(draft, self.draft_spans[low:high], index.matcher,
                                          stretch=True), index.matcher)
        units = [Unit(s, d) for s, d in zip(src_pieces, draft_pieces, strict=True)]
        _neighbour_lines(units)
        inner = slice(first - low, last - low)
        document = Document(PAIR, draft.file.path, src_pieces[inner], draft_pieces[inner])
        document.units = units[inner]
        taken = [(h.start, h.end) for piece in draft_pieces for h in piece.hits]
        draft.misspellings = kept_misspellings(guessed, counts, taken) if guessed else []
        return check_document(document, index, policy, stats, renderings)


def _note_unaligned(document: Document, draft: Side, policy: Policy, message: str) -> None:
    """The input.unaligned note of a pair whose paragraphs do not pair, where that rule is
    on."""
    if policy.enabled(UNALIGNED.id):
        document.notes.append(draft.file.finding(
            UNALIGNED.id, policy.severity(UNALIGNED.id), 0, 0, message, span=draft.span))


def _side(path: str, text: str) -> tuple[Side, str]:
    """A side's working text: NFC, with code, markup and news chrome masked (same length,
    so the offset map stays right), and the NFC text before masking; its language is set
    once both sides are read."""
    normalized = nfc_mapped(text)
    return (Side(FileText(path, text), mask_document(normalized.text), normalized.span, ""),
            normalized.text)


def _whole(side: Side, parts: list[Piece]) -> Piece:
    return _joined(side, parts, 0, len(side.text))


def _joined(side: Side, parts: list[Piece], start: int, end: int) -> Piece:
    """Paragraphs read as one piece [start, end), their hits (and a dateline's) together:
    a bead's paragraphs, none at all (an empty piece), or the whole text."""
    joined = Piece(side, start, end)
    for part in parts:
        joined.every.extend(part.every)
        joined.hits.extend(part.hits)
        joined.chrome.extend(part.chrome)
    return joined


def as_paragraph(piece: Piece) -> Paragraph:
    """A piece as lint.align weighs it: its length, its terms and its anchors."""
    side = piece.side
    return paragraph(side.text[piece.start:piece.end], side.lang,
                     [hit.entry.id for hit in piece.hits], {hit.found for hit in piece.hits})


def _neighbour_lines(units: list[Unit]) -> None:
    """Give each unit whose source and draft are lines of a block broken into short lines
    (subtitles' cue lines, a teleprompter's script: the next line follows with no blank line
    between, in both texts), or cues that both end inside a sentence the next goes on with
    (_ends_open), the draft pieces on either side as its `neighbours`: a term broken
    differently in the two languages (KOREA-JAPAN- / CHINA SUMMIT) stands in the piece
    beside, and its finding is told, not asserted (lint.terms._missing_or_kept)."""
    for at in range(len(units) - 1):
        first, second = units[at], units[at + 1]
        if (next_line(first.source, second.source) and next_line(first.draft, second.draft)
                or (_ends_open(first.source) and _ends_open(first.draft))):
            first.neighbours = (*first.neighbours, second.draft)
            first.neighbour_sources = (*first.neighbour_sources, second.source)
            second.neighbours = (first.draft, *second.neighbours)
            second.neighbour_sources = (first.source, *second.neighbour_sources)


# A piece's end that ends a sentence, a quotation, a bracket or a label.
_CLOSED_END = regex.compile(r"[.!?。…\"”’')\]:;]\s*$")


def _ends_open(piece: Piece) -> bool:
    """Whether a piece is a block of short lines (two or more, none over SHORT_LINE: a
    subtitle's cue, a caption) that ends inside a sentence, which the next piece goes on with:
    no stop, closing mark or colon at its end. Prose paragraphs and headings are left alone:
    a term missing there is no cue's break."""
    text = piece.side.text[piece.start:piece.end]
    lines = text.strip().split("\n")
    return (len(lines) > 1 and all(len(line) <= SHORT_LINE for line in lines)
            and _CLOSED_END.search(text) is None)


def _bead_unit(bead: Bead, source: list[Piece], draft: list[Piece]) -> Unit | None:
    """The unit of a bead of paragraphs: none for draft paragraphs with no source (nothing
    to translate); source paragraphs with no draft face an empty piece where they would be,
    so their terms are missing (and the paragraph an omission)."""
    if bead.source_start == bead.source_end:
        return None
    source_parts = source[bead.source_start:bead.source_end]
    draft_parts = draft[bead.draft_start:bead.draft_end]
    at = draft[bead.draft_start - 1].end if bead.draft_start else 0
    return Unit(_joined(source[0].side, source_parts, source_parts[0].start,
                        source_parts[-1].end),
                _joined(draft[0].side, draft_parts, draft_parts[0].start if draft_parts
                        else at, draft_parts[-1].end if draft_parts else at))


# What a worker process keeps for a pair's chunk tasks (see _chunk_runner).
_WORKER: dict = {}


def _words(chunk: tuple[int, int], state: dict | None = None
           ) -> tuple[Counter[str], list[Misspelling]]:
    state = _WORKER if state is None else state
    return state["pair"].words(*chunk, state["index"], state["memo"])


def _check(task: tuple, state: dict | None = None
           ) -> tuple[list[Finding], dict, TermStatistics | None]:
    state = _WORKER if state is None else state
    first, last, guessed, counts = task
    stats = state["stats"]
    if stats is None and state["statistics"] is not None:
        stats = TermStatistics(*state["statistics"])  # this chunk's, merged by the caller
    renderings = Renderings()
    found = state["pair"].check_chunk(first, last, state["index"], state["policy"], guessed,
                                      counts, stats, renderings)
    return found, renderings.portable(), stats


def _state(pair: _Pair, index: LintIndex, policy: Policy, memo: dict | None,
           stats: TermStatistics | None, statistics: tuple[float, int] | None) -> dict:
    """What the chunk tasks read: the pair, the compiled glossary, the policy, the spelling
    memo, the run's statistics collector (in this process) or its settings (in a worker)."""
    return {"pair": pair, "index": as_index(index), "policy": policy,
            "memo": {} if memo is None else memo, "stats": stats, "statistics": statistics}


def _start_worker(*args) -> None:
    _WORKER.update(_state(*args))


@contextmanager
def _chunk_runner(pair: _Pair, index: LintIndex, policy: Policy, memo: dict | None,
                  stats: TermStatistics | None, jobs: int
                  ) -> Iterator[Callable[[Callable, list], Iterable]]:
    """A map of chunk tasks in order: in this process (the run's own statistics collector
    counts directly), or over a pool of `jobs` processes that each get the pair and the
    glossary once and return a statistics part per chunk."""
    statistics = (stats.share, stats.minimum) if stats is not None else None
    if jobs <= 1:
        state = _state(pair, index, policy, memo, stats, statistics)
        yield lambda task, items: (task(item, state) for item in items)
        return
    from yongeo.processes import pool_context, process_pool

    context = pool_context()
    if context.get_start_method() == "fork":
        # Forked workers find the pair and the compiled glossary in memory as they are:
        # nothing is pickled and sent, which for a large glossary costs seconds per worker.
        _WORKER.update(_state(pair, index, policy, None, None, statistics))
        try:
            with process_pool(jobs, context) as pool:
                yield pool.map
        finally:
            _WORKER.clear()
        return
    with process_pool(jobs, context, _start_worker,
                      (pair, index, policy, None, None, statistics)) as pool:
        yield pool.map

