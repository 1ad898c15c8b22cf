"""A long pair is checked in chunks of paragraphs, in this process or in several: the
findings and term statistics are those of the pair checked whole, in the same order."""

from __future__ import annotations

import multiprocessing

import pytest
from lint_examples import EXAMPLES, glossary

from yongeo import processes
from yongeo.lint import LintIndex, lint_pair
from yongeo.lint import pair as pair_module
from yongeo.lint.direction import detect_lang
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import paragraphs

INDEX = LintIndex.build(glossary())
WHOLE = 10**9  # characters per chunk: one chunk, the pair checked whole
PAIRS = [e for examples in EXAMPLES.values() for e in examples
         if e.source is not None and "pair" in e.kinds]
# The examples of an English source and a Korean draft whose paragraphs pair up, one after
# another: a long pair where consistency and the established-word guard read across chunks.
ALIGNED = [e for e in PAIRS if len(paragraphs(e.source)) == len(paragraphs(e.draft))
           and detect_lang(e.source) == "en" and detect_lang(e.draft) == "ko"]
LONG_SOURCE = "\n\n".join(e.source for e in ALIGNED) + "\n"  # type: ignore[misc]
LONG_DRAFT = "\n\n".join(e.draft for e in ALIGNED) + "\n"


def checked(source: str, draft: str, chunk: int, jobs: int, monkeypatch) -> tuple:
    monkeypatch.setattr(pair_module, "CHUNK_CHARS", chunk)
    stats = TermStatistics()
    found = lint_pair(source, draft, INDEX, source_path="en.txt", draft_path="ko.txt",
                      stats=stats, jobs=jobs)
    return found, [(s.entry.id, s.occurrences, s.translated, s.alternatives)
                   for s in stats.results()]


def test_the_long_pair_is_long_enough():
    assert len(ALIGNED) >= 20
    found, _stats = lint_pair(LONG_SOURCE, LONG_DRAFT, INDEX), None
    rules = {f.rule for f in found}
    assert {"term.missing", "term.deprecated", "term.inconsistent",
            "term.misspelled"} <= rules


@pytest.mark.parametrize(("chunk", "jobs"), [
    (1, 1),  # every paragraph its own chunk
    (60, 1),
    (400, 1),
    (1, 2),
    (300, 2),
])
def test_chunks_give_the_findings_of_the_whole_pair(chunk, jobs, monkeypatch):
    whole = checked(LONG_SOURCE, LONG_DRAFT, WHOLE, 1, monkeypatch)
    assert checked(LONG_SOURCE, LONG_DRAFT, chunk, jobs, monkeypatch) == whole


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_started_either_way_give_the_same_findings(method, monkeypatch):
    # fork shares the glossary in memory; forkserver (a process with other threads, or not
    # Linux) is sent it.
    whole = checked(LONG_SOURCE, LONG_DRAFT, WHOLE, 1, monkeypatch)
    context = multiprocessing.get_context(method)
    monkeypatch.setattr(processes, "pool_context", lambda: context)
    assert checked(LONG_SOURCE, LONG_DRAFT, 1, 2, monkeypatch) == whole


@pytest.mark.parametrize("example", PAIRS, ids=lambda e: f"{e.rule}:{e.draft[:30]}")
def test_each_example_in_chunks_of_one_paragraph(example, monkeypatch):
    whole = checked(example.source, example.draft, WHOLE, 1, monkeypatch)
    assert checked(example.source, example.draft, 1, 1, monkeypatch) == whole


def test_a_pair_whose_paragraphs_differ_is_paired_alike_with_any_jobs(monkeypatch):
    source = LONG_SOURCE + "\n\nOne more paragraph in Osaka, 2025.\n"
    one = checked(source, LONG_DRAFT, 1, 1, monkeypatch)
    assert one == checked(source, LONG_DRAFT, 1, 2, monkeypatch)
    # Paired by beads (lint.align): the paragraph with no translation has its term missing.
    assert "input.unaligned" not in [f.rule for f in one[0]]
    assert any(f.rule == "term.missing" and "'Osaka'" in f.message for f in one[0])
