"""The template: deterministic bytes, the committed glossary/diplomacy.pot, quality on the seeds."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.extract import count_document, extract_files, merge_counts, render_template
from yongeo.extract.evaluate import evaluate, match_key, read_gold
from yongeo.extract.score import select_candidates
from yongeo.extract.template import ANALYSER_HEADER, read_template_entries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(f"seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt"))
TEMPLATE = ROOT / "glossary" / "diplomacy.pot"


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def _extract(files: list[str], jobs: int = 1, analyser: str = "regex") -> str:
    result = extract_files(files, jobs=jobs, analyser=analyser)
    return render_template(result.candidates, result.analyser)


def test_committed_template_is_what_extract_produces(at_root) -> None:
    committed = TEMPLATE.read_text(encoding="utf-8")
    analyser = polib.pofile(committed).metadata[ANALYSER_HEADER]
    runner = CliRunner()
    result = runner.invoke(app, ["extract", *SEEDS, "--korean-analyser", analyser, "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == committed, (
        "glossary/diplomacy.pot is stale: run 'yongeo extract seeds/*.txt -o "
        "glossary/diplomacy.pot'")


def test_same_bytes_twice_in_any_order_and_with_jobs(at_root) -> None:
    first = _extract(SEEDS)
    assert _extract(SEEDS) == first
    assert _extract(list(reversed(SEEDS))) == first
    assert _extract(SEEDS, jobs=2) == first


def test_merge_order_does_not_matter() -> None:
    texts = {path: (ROOT / path).read_text(encoding="utf-8") for path in SEEDS}
    parts = [count_document(path, text) for path, text in texts.items()]
    forward = select_candidates(merge_counts(parts))
    parts = [count_document(path, text) for path, text in texts.items()]
    backward = select_candidates(merge_counts(reversed(parts)))
    assert forward == backward


def test_output_file_and_no_timestamp(at_root, tmp_path: Path) -> None:
    target = tmp_path / "out.pot"
    result = CliRunner().invoke(app, ["extract", *SEEDS, "-o", str(target), "-q"])
    assert result.exit_code == 0 and result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "POT-Creation-Date" not in text and "PO-Revision-Date" not in text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_template_passes_msgfmt_check() -> None:
    run = subprocess.run(["msgfmt", "--check-format", "--check-domain", "-o", "/dev/null",
                          str(TEMPLATE)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_template_entries_carry_references_example_score_and_type() -> None:
    entries = {e.term: e for e in read_template_entries(polib.pofile(str(TEMPLATE)))}
    lee = entries["Lee Jae-myung"]
    assert lee.type == "person"
    assert "seeds/000_60a393ccda4ab0f9.txt:11" in lee.references
    assert "seeds/000_60a393ccda4ab0f9.txt:19" in lee.references  # 'Lee' alone
    assert "score: " in lee.comments and "example: " in lee.comments
    assert entries["CPTPP"].long_form == (
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")
    assert entries["IFANS"].type == "organization"
    for entry in entries.values():
        assert entry.references and entry.type


def test_every_entry_is_untranslated() -> None:
    po = polib.pofile(str(TEMPLATE))
    assert all(entry.msgstr == "" and not entry.flags for entry in po)


def test_quality_on_the_seeds(at_root) -> None:
    result = extract_files(SEEDS, analyser="regex")
    evaluation = evaluate(result.candidates, read_gold(ROOT / "tests" / "data" /
                                                       "seeds_gold.tsv"))
    assert evaluation.recall >= 0.9, [g.term for g in evaluation.missed]
    assert evaluation.precision >= 0.7, evaluation.extra


@pytest.mark.parametrize("a, b", [
    ("transnational crimes", "transnational crime"),
    ("South Korea’s", "south korea"),
    ("head of the National Security Office", "head of National Security Office"),
    ("Lee–Takaichi Summit", "Lee-Takaichi summit"),
])
def test_gold_matching_folds_case_plural_possessive_dashes_articles(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("word", ["Takaichy", "위성낙"])
def test_a_megabyte_word_without_spaces_is_extracted_in_bounded_memory(tmp_path, word):
    """One word of a megabyte: the example sentence of its candidate is cut around it without
    a case-insensitive search of the term over the sentence (their product in time)."""
    import os
    import resource
    import subprocess
    import sys

    from conftest import ROOT

    (tmp_path / "big.txt").write_text(word * (1024 * 1024 // len(word.encode())),
                                      encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))

    result = subprocess.run([sys.executable, "-m", "yongeo", "extract", "big.txt", "-o",
                             "out.pot", "--quiet"], cwd=tmp_path, capture_output=True,
                            text=True, preexec_fn=limit, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out.pot").read_text(encoding="utf-8").startswith("#")
