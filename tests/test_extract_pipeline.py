"""The extraction run: counting and merging, processes, progress, errors, Korean analysers."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from yongeo.cli import main
from yongeo.errors import UsageError
from yongeo.extract.counts import count_document, merge_counts
from yongeo.extract.korean import eojeols, resolve_analyser
from yongeo.extract.pipeline import Progress, extract_files
from yongeo.report.progress import ProgressLine, format_progress

ROOT = Path(__file__).resolve().parent.parent
DOCS = {
    "a.txt": "Shuttle diplomacy resumed. Economic security matters to Seoul and Tokyo.",
    "b.txt": "President Lee Jae-myung praised shuttle diplomacy in Nara.",
    "c.md": "# Notes\n\nThe **Asan Institute for Policy Studies** studies economic security.",
}


def _counts(names):
    return [count_document(name, DOCS[name]) for name in names]


def _snapshot(counts) -> dict:
    return {key: (s.frequency, dict(s.lemmas), dict(s.kinds), counts.references(s), s.example)
            for key, s in counts.terms.items()}


def test_merge_is_associative_and_commutative() -> None:
    left = merge_counts([merge_counts(_counts(["a.txt", "b.txt"])), *_counts(["c.md"])])
    right = merge_counts([*_counts(["c.md"]), merge_counts(_counts(["b.txt", "a.txt"]))])
    assert _snapshot(left) == _snapshot(right)
    assert left.documents == 3 and left.bytes == sum(len(t.encode()) for t in DOCS.values())


def test_counting_is_pure() -> None:
    assert _snapshot(count_document("a.txt", DOCS["a.txt"])) == _snapshot(
        count_document("a.txt", DOCS["a.txt"]))


def test_jobs_give_the_same_candidates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in DOCS.items():
        Path(name).write_text(text, encoding="utf-8")
    names = sorted(DOCS)
    assert extract_files(names, jobs=1).candidates == extract_files(names, jobs=3).candidates


def test_progress_reports_files_and_bytes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in DOCS.items():
        Path(name).write_text(text, encoding="utf-8")
    seen: list[Progress] = []
    extract_files(sorted(DOCS), progress=seen.append)
    assert seen[0].files_done == 0 and seen[-1].files_done == 3
    assert seen[-1].bytes_done == seen[-1].bytes_total == sum(
        Path(n).stat().st_size for n in DOCS)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_only() -> None:
    ticks = iter([0.0, 1.0, 2.0])
    terminal = _Terminal()
    line = ProgressLine(terminal, clock=lambda: next(ticks))
    line(Progress(1, 2, 1024 * 1024, 2 * 1024 * 1024))
    line(Progress(2, 2, 2 * 1024 * 1024, 2 * 1024 * 1024))
    output = terminal.getvalue()
    assert output.startswith("\r1/2 files, 1.0/2.0 MB, 1.0 MB/s, 1s left")
    assert output.endswith("done in 2.0s\n")
    piped = io.StringIO()
    ProgressLine(piped)(Progress(1, 2, 1, 2))
    assert piped.getvalue() == ""
    quiet = _Terminal()
    ProgressLine(quiet, enabled=False)(Progress(1, 2, 1, 2))
    assert quiet.getvalue() == ""


def test_format_progress_before_any_rate() -> None:
    assert format_progress(Progress(0, 4, 0, 10), 0.0) == "0/4 files, 0.0/0.0 MB, 0.0 MB/s, …"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys, jobs: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Shuttle diplomacy resumed.", encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("셔틀외교가 재개되었다.".encode("cp949"))
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(good), str(legacy), "--jobs", jobs, "-q"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith(f"yongeo: {legacy}:1: is not valid UTF-8")
    assert "cp949" in error and error.count("\n") == 1


def test_missing_file(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "no/such/file.txt", "-q"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == "yongeo: no/such/file.txt: no such file\n"


def test_korean_analyser_choice() -> None:
    assert resolve_analyser("regex") == "regex"
    assert resolve_analyser("auto") in ("mecab", "kiwi", "regex")
    with pytest.raises(UsageError):
        resolve_analyser("hannanum")


@pytest.mark.skipif(importlib.util.find_spec("mecab") is not None,
                    reason="python-mecab-ko is installed")
def test_asking_for_a_missing_analyser_says_how_to_install_it() -> None:
    with pytest.raises(UsageError, match=r"yongeo\[korean\]"):
        resolve_analyser("mecab")


@pytest.mark.parametrize("analyser", ["regex", "mecab"])
def test_korean_noun_stems(analyser: str) -> None:
    if analyser == "mecab":
        pytest.importorskip("mecab")
    text = "다카이치 총리는 셔틀외교를 안정 궤도에 오른 성과로 평가했다"
    words = {w.text: w for w in eojeols(text, analyser)}
    assert words["총리는"].stem == "총리" and words["총리는"].closes
    assert words["셔틀외교를"].stem == "셔틀외교"
    assert words["오른"].stem == ""  # a verb
    assert words["다카이치"].stem == "다카이치"
    if analyser == "mecab":
        assert words["다카이치"].proper == "person"
