"""Checking a plain text again after an edit, reading only the paragraphs that changed.

A text or a pair is read as `yongeo lint` reads it (yongeo.lint.single, yongeo.lint.pair), but
what the reader does to each paragraph is remembered by the paragraph's text: normalising and
masking it, its script counts (for its language), its term hits, its words' counting keys and
the words the speller flags in it. The document-level parts are then put together from those
pieces: the working text, the language, the word counts behind the established-word guard,
the misspellings kept, and every check (yongeo.lint.runner.check_document). The findings are
those of lint_file on the same text.

A paragraph is read on its own only where that reads it as the whole text would; a text
where it might not (inline code or fences, which may run across paragraphs; characters the
normalisation removes, recomposes or mends; a pair whose paragraph counts differ) is left to
lint_file: `check_again` answers None and the caller reads the whole text.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

import regex

from yongeo.errors import YongeoError
from yongeo.files import read_text
from yongeo.lint.align import repaired
from yongeo.lint.chrome import news_chrome, with_chrome
from yongeo.lint.direction import _SAMPLE, lang_from_name, other
from yongeo.lint.findings import FileText
from yongeo.lint.index import LintIndex
from yongeo.lint.markup import mask_document
from yongeo.lint.pair import as_paragraph
from yongeo.lint.rules import MISSPELLED
from yongeo.lint.run import ENCODING_OPTION, FileReport, LintOptions
from yongeo.lint.runner import PAIR, TEXT, Document, check_document
from yongeo.lint.spelling import Misspelling, guessed_words, kept_misspellings, word_keys
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import Piece, Side, Unit, as_source, paragraphs
from yongeo.match import Hit, select_longest
from yongeo.speed import collector_paused
from yongeo.text.normalize import Normalized, nfc_mapped

# A role (:ref:`...`) whose text does not end in the paragraph: the one code span that may
# run across a blank line (``literal`` and `code` never do; see yongeo.lint.markup).
_OPEN_ROLE = regex.compile(r":[\w-]+:`[^`]*\Z")
_HANGUL = regex.compile(r"[\uac00-\ud7a3]")
_LATIN = regex.compile(r"\p{Latin}")
# Paragraphs remembered (each in each language it was read in), most recently used last.
CACHE_SIZE = 50_000
# Whole texts whose paragraph layout is remembered: a pair's source is read once while it
# does not change.
LAYOUTS = 8


class _Whole(Exception):
    """This text is read whole (see the module's docstring)."""


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph of a file as the reader makes it, whatever is around it."""

    normalized: str
    masked: str
    hangul: int
    latin: int


def _lang(paragraph: _Paragraph) -> str | None:
    """detect_lang of one paragraph, from its counts (a text as long as a sample is read
    whole)."""
    if not paragraph.hangul and not paragraph.latin:
        return None
    return "ko" if paragraph.hangul * 3 >= paragraph.latin else "en"


@dataclass
class _Reading:
    """A masked paragraph in a language: its hits, and (for a draft) its words."""

    every: tuple[Hit, ...]
    longest: tuple[Hit, ...]
    keys: tuple[str, ...] | None = None
    guessed: tuple[Misspelling, ...] | None = None


@dataclass(frozen=True)
class _Layout:
    """A whole text: its paragraphs where they are, and its working text."""

    text: str
    spans: tuple[tuple[int, int], ...]
    paragraphs: tuple[_Paragraph, ...]
    normalized: str
    working: str
    hangul: int
    latin: int
    # The text as a file findings are located in (its line starts), by the path it is read
    # from: a source is located once while it does not change.
    files: dict[str, FileText] = field(default_factory=dict, compare=False)

    def lang(self) -> str | None:
        """detect_lang of the working text, from the paragraphs' counts."""
        if not self.hangul and not self.latin:
            return None
        return "ko" if self.hangul * 3 >= self.latin else "en"


@dataclass
class ParagraphCache:
    """What the reader made of each paragraph seen, for one compiled glossary: start a new
    one when the glossary changes."""

    index: LintIndex
    size: int = CACHE_SIZE
    _paragraphs: OrderedDict = field(default_factory=OrderedDict)
    _readings: OrderedDict = field(default_factory=OrderedDict)
    _layouts: OrderedDict = field(default_factory=OrderedDict)

    def clear(self) -> None:
        self._paragraphs.clear()
        self._readings.clear()
        self._layouts.clear()

    def layout(self, text: str) -> _Layout:
        found = self._layouts.get(text)
        if found is not None:
            self._layouts.move_to_end(text)
            return found
        spans = paragraphs(text)
        normalized: list[str] = []
        working: list[str] = []
        read: list[_Paragraph] = []
        last = 0
        for start, end in spans:
            if start > last:
                gap = _gap(text[last:start])
                normalized.append(gap)
                working.append(gap)
            paragraph = self._paragraph(text[start:end])
            read.append(paragraph)
            normalized.append(paragraph.normalized)
            working.append(paragraph.masked)
            last = end
        if last < len(text):
            gap = _gap(text[last:])
            normalized.append(gap)
            working.append(gap)
        if len(text) > _SAMPLE:
            raise _Whole  # detect_lang reads a sample of the text, not all of it
        layout = _Layout(text, tuple(spans), tuple(read), "".join(normalized),
                         "".join(working), sum(p.hangul for p in read),
                         sum(p.latin for p in read))
        self._layouts[text] = layout
        if len(self._layouts) > LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def _paragraph(self, text: str) -> _Paragraph:
        found = self._paragraphs.get(text)
        if found is None:
            found = self._paragraphs[text] = _read_paragraph(text)
            if len(self._paragraphs) > self.size:
                self._paragraphs.popitem(last=False)
        else:
            self._paragraphs.move_to_end(text)
        if found is _UNSUPPORTED:
            raise _Whole
        return found

    def reading(self, masked: str, lang: str, memo: dict | None) -> _Reading:
        """The paragraph's hits; with `memo`, its words too (a draft's, for spelling)."""
        key = (masked, lang)
        found = self._readings.get(key)
        if found is None:
            every = tuple(self.index.matcher.find_all(masked, lang))
            found = self._readings[key] = _Reading(every, tuple(select_longest(every)))
            if len(self._readings) > self.size:
                self._readings.popitem(last=False)
        else:
            self._readings.move_to_end(key)
        if memo is not None and found.keys is None:
            found.keys = tuple(word_keys(masked, self.index.speller, lang))
            found.guessed = tuple(guessed_words(masked, self.index.speller, memo, lang))
        return found


_UNSUPPORTED = _Paragraph("", "", 0, 0)


def _read_paragraph(text: str) -> _Paragraph:
    normalized = _same_length(text)
    if normalized is None or "```" in normalized or "~~~" in normalized or (
            "`" in normalized and _OPEN_ROLE.search(normalized)):
        return _UNSUPPORTED  # a fence, or a role's text that may go on past this paragraph
    if normalized != text and any(a != b and (a.isspace() or b.isspace())
                                  for a, b in zip(text, normalized)):
        return _UNSUPPORTED  # a space folded: paragraph breaks might fall elsewhere
    masked = mask_document(normalized)
    return _Paragraph(normalized, masked, len(_HANGUL.findall(masked)),
                      len(_LATIN.findall(masked)))


def _same_length(text: str) -> str | None:
    """nfc_mapped's text when it keeps every offset (widths folded at most), else None."""
    normalized = nfc_mapped(text)
    return normalized.text if normalized.keeps_offsets else None


def _gap(text: str) -> str:
    """What lies between paragraphs: blank, and left blank by the reader. (A blank line of
    ideographic spaces alone is read whole: a ``literal`` may run across it.)"""
    if not text.strip(" \t\n"):
        return text
    if "\u3000" in text:
        raise _Whole
    normalized = _same_length(text)
    if normalized is None or paragraphs(normalized):
        raise _Whole
    return normalized


def _shifted(hits, by: int) -> list[Hit]:
    if not hits:
        return []
    new = tuple.__new__
    return [new(Hit, (h.start + by, h.end + by, h.entry, h.term, h.found)) for h in hits]


def _side(path: str, layout: _Layout, lang: str) -> Side:
    span: Callable = Normalized(layout.normalized, None, None, (), (), len(layout.text)).span
    file = layout.files.get(path)
    if file is None:
        file = layout.files[path] = FileText(path, layout.text)
    return Side(file, layout.working, span, lang)


def _pieces(cache: ParagraphCache, side: Side, layout: _Layout, memo: dict | None
            ) -> tuple[list[Piece], list[_Reading]]:
    out, readings = [], []
    for (start, end), paragraph in zip(layout.spans, layout.paragraphs, strict=True):
        reading = cache.reading(paragraph.masked, side.lang, memo)
        out.append(Piece(side, start, end, _shifted(reading.longest, start),
                         _shifted(reading.every, start)))
        readings.append(reading)
    return out, readings


def _spell(side: Side, parts: list[Piece], readings: list[_Reading]) -> None:
    """find_misspellings over the whole side, from the paragraphs' words."""
    counts = Counter(chain.from_iterable(r.keys or () for r in readings))
    found: list[Misspelling] = []
    for piece, reading in zip(parts, readings, strict=True):
        if not reading.guessed:
            continue
        taken = [(h.start, h.end) for h in reading.longest]
        found += [replace(m, start=m.start + piece.start, end=m.end + piece.start)
                  for m in kept_misspellings(reading.guessed, counts, taken)]
    side.misspellings = found


def check_again(path: Path, cache: ParagraphCache, index: LintIndex, options: LintOptions,
                memo: dict, stats: TermStatistics | None = None) -> FileReport | None:
    """lint_file's report on a plain-text file (a single text, or a draft with
    options.source), read through `cache`; None when this text is to be read whole (then
    call lint_file). The files are read as lint_file reads them (yongeo.files)."""
    try:
        with collector_paused():
            return _check_again(path, cache, index, options, memo, stats)
    except (_Whole, YongeoError):
        return None


def _check_again(path: Path, cache: ParagraphCache, index: LintIndex, options: LintOptions,
                 memo: dict, stats: TermStatistics | None) -> FileReport:
    name = str(path)
    policy = options.policy
    spelling = memo if policy.enabled(MISSPELLED.id) else None
    draft = cache.layout(read_text(path, options.encoding, ENCODING_OPTION))
    if options.source is None:
        told = options.target_lang or options.source_lang or lang_from_name(name)
        lang = told or draft.lang() or "en"
        if told is None and any(_lang(p) not in (None, lang) for p in draft.paragraphs):
            raise _Whole  # paragraphs in both languages: read_single reads each in its own
        side = _side(name, draft, lang)
        parts, readings = _pieces(cache, side, draft, spelling)
        if spelling is not None:
            _spell(side, parts, readings)
        document = Document(TEXT, name, drafts=parts)
    else:
        source_name = str(options.source)
        source = cache.layout(read_text(options.source, options.encoding, ENCODING_OPTION))
        if len(source.spans) != len(draft.spans):
            raise _Whole  # paired by beads (lint.align) or compared whole: lint_file's
        named = not (options.source_lang or options.target_lang)
        source_lang = options.source_lang or (lang_from_name(source_name) if named else None)
        target_lang = options.target_lang or (lang_from_name(name) if named else None)
        if source_lang and target_lang and source_lang == target_lang:
            raise _Whole  # an error, said by lint_file
        src = source_lang or source.lang()
        tgt = target_lang or draft.lang()
        if src is None and tgt is not None:
            src = other(tgt)
        elif tgt is None and src is not None:
            tgt = other(src)
        if src is None or tgt is None or src == tgt:
            raise _Whole
        source_side, draft_side = _side(source_name, source, src), _side(name, draft, tgt)
        # A dateline's places, as lint.pair reads them (lint.chrome).
        source_side.chrome = news_chrome(source.normalized)
        draft_side.chrome = news_chrome(draft.normalized)
        source_parts, _readings = _pieces(cache, source_side, source, None)
        source_parts = with_chrome(as_source(source_parts, index.matcher), index.matcher)
        draft_parts, readings = _pieces(cache, draft_side, draft, spelling)
        draft_parts = with_chrome(draft_parts, index.matcher)
        if spelling is not None:
            _spell(draft_side, draft_parts, readings)
        if len(source_parts) >= 3 and any(part is not None for part in repaired(
                [as_paragraph(p) for p in source_parts], [as_paragraph(p) for p in draft_parts])):
            raise _Whole  # paragraphs moved, or merged and split: lint_file pairs them
        document = Document(PAIR, name, source_parts, draft_parts)
        document.units = [Unit(s, d) for s, d in zip(source_parts, draft_parts, strict=True)]
    return FileReport(name, tuple(check_document(document, index, policy, stats)))
