"""The glossary compiled for linting: the matcher and the spelling index, built once."""

from __future__ import annotations

from dataclasses import dataclass, field

from yongeo import cache
from yongeo.config import Selection, load_glossary, po_files
from yongeo.glossary.model import Glossary
from yongeo.lint.sense import compile_senses, remember
from yongeo.lint.spelling import Speller
from yongeo.match import Matcher
from yongeo.speed import collector_paused


@dataclass(frozen=True)
class LintIndex:
    """Everything the checks look terms up in; one per run, cached on disk."""

    matcher: Matcher
    speller: Speller
    # The sense of each English term (lint.sense), compiled with the rest so that a run
    # reads it from the cache instead of loading the English word tables.
    senses: dict = field(default_factory=dict)

    @classmethod
    def build(cls, glossary: Glossary | Matcher) -> LintIndex:
        matcher = glossary if isinstance(glossary, Matcher) else Matcher(glossary)
        return cls(matcher, Speller(matcher.entries), compile_senses(matcher.entries))


def compile_glossary(glossary: Glossary, use_cache: bool = True) -> LintIndex:
    """The LintIndex of a glossary, from the disk cache when its content is unchanged."""
    if not use_cache:
        with collector_paused():
            return LintIndex.build(glossary)
    return cache.load_or_build("lint", glossary, lambda: LintIndex.build(glossary))


def compile_selection(selection: Selection) -> LintIndex:
    """The LintIndex of the selected glossary files, keyed by their bytes, so an unchanged
    glossary is neither parsed nor compiled again."""
    files = [f for p in selection.paths for f in po_files(p)]
    key = cache.files_key(files) if cache.enabled() else ""
    return cache.load_or_build("lint-files", key,
                               lambda: LintIndex.build(load_glossary(selection)))


def as_index(glossary: Glossary | Matcher | LintIndex) -> LintIndex:
    """Accept what a library caller has at hand."""
    index = glossary if isinstance(glossary, LintIndex) else LintIndex.build(glossary)
    remember(index.senses)
    return index
