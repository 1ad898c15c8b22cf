"""A run over many files: one bad file never stops it, each file's direction is its own, and
--jobs gives the same findings in the same order as one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, make_entry
from in_process import run_yongeo

from yongeo.glossary.model import Glossary
from yongeo.lint import LintIndex, LintOptions, lint_paths
from yongeo.lint.direction import lang_from_header, lang_from_name
from yongeo.lint.run import default_jobs, lint_file
from yongeo.lint.stats import TermStatistics

HEADER = ('msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n')
GLOSSARY_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               '# type: place\n# ko-deprecated: 오오사카\nmsgid "Osaka"\nmsgstr "오사카"\n\n'
               '# type: concept\nmsgid "shuttle diplomacy"\nmsgstr "셔틀외교"\n')
INDEX = LintIndex.build(Glossary((
    make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
    make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
)))


def po(body: str, lang: str = "ko") -> str:
    return HEADER.format(lang=lang) + body


GOOD = po('\nmsgid "They met in Osaka."\nmsgstr "오오사카에서 만났다."\n')
# msgid repeated: msgfmt rejects the file too.
DUPLICATE = po('\nmsgid "Osaka"\nmsgstr "오사카"\n\nmsgid "Osaka"\nmsgstr "오사카"\n')
# Mostly untranslated copies: the script of the msgstrs says English, the header says Korean.
COPIES = po("".join(f'\nmsgid "Button {n}"\nmsgstr "Button {n}"\n' for n in range(6))
            + '\nmsgid "shuttle diplomacy"\nmsgstr "셔틀 외교"\n'
            + '\nmsgid "Osaka"\nmsgstr "오오사카"\n')


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "glossary.po").write_text(GLOSSARY_PO, encoding="utf-8")
    return root


ENVIRONMENT = {"YONGEO_NO_CACHE": "1", "LC_ALL": "C.UTF-8", "YONGEO_GLOSSARY": None,
               "LANGUAGE": None}


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return run_yongeo(["lint", *args, "--glossary", "glossary.po"], cwd, env=ENVIRONMENT)


def cli_process(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """A run in a process of its own, for one that starts worker processes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.update({name: value for name, value in ENVIRONMENT.items() if value is not None})
    for name in [name for name, value in ENVIRONMENT.items() if value is None]:
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "yongeo", "lint", *args, "--glossary",
                           "glossary.po"], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_one_bad_file_does_not_stop_the_run(tmp_path, fmt):
    tree(tmp_path, {"po/a/ko.po": GOOD, "po/b/ko.po": DUPLICATE, "po/c/ko.po": GOOD})
    result = cli(tmp_path, "po", "--format", fmt, "--jobs", "1")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("yongeo: po/b/ko.po:9: ")
    # The bad file is a finding of the report; both good files were checked.
    assert "input.invalid" in result.stdout
    assert result.stdout.count("오오사카") >= 2
    if fmt == "json":
        data = json.loads(result.stdout)
        rules = [(Path(f["path"]).parent.name, f["rule"]) for f in data["findings"]]
        assert rules == [("a", "term.deprecated"), ("b", "input.invalid"),
                         ("c", "term.deprecated")]
        assert data["summary"]["files"] == 3


def test_a_file_without_a_direction_is_invalid_and_the_run_goes_on(tmp_path):
    tree(tmp_path, {"en.txt": "They met in Osaka.\n", "notes.txt": "Shuttle diplomacy.\n"})
    result = cli(tmp_path, "notes.txt", "--source", "en.txt")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "both look English" in line
    assert "input.invalid" in result.stdout


@pytest.mark.parametrize(("name", "lang"), [
    ("ko.po", "ko"), ("brief.ko.txt", "ko"), ("notes_en.md", "en"), ("ko_KR.po", "ko"),
    ("brief.en-US.txt", "en"), ("dir/brief.KO.txt", "ko"),
    ("token.po", None), ("kor.txt", None), ("brief.txt", None), ("x.ko", None),
])
def test_language_from_the_file_name(name, lang):
    assert lang_from_name(name) == lang


@pytest.mark.parametrize(("header", "lang"), [
    ("ko", "ko"), ("ko_KR", "ko"), ("en-GB", "en"), ("ja", None), ("", None), (None, None),
])
def test_language_from_the_po_header(header, lang):
    assert lang_from_header(header) == lang


def test_the_po_header_decides_the_direction_before_the_script(tmp_path):
    path = tmp_path / "messages.po"
    path.write_text(COPIES, encoding="utf-8")
    report = lint_file(path, INDEX, LintOptions())
    assert report.error is None
    assert [f.rule for f in report.findings] == ["term.deprecated"]


def test_the_file_name_decides_when_there_is_no_header(tmp_path):
    path = tmp_path / "ko.po"
    path.write_text(COPIES.replace('"Language: ko\\n"\n', ""), encoding="utf-8")
    report = lint_file(path, INDEX, LintOptions())
    assert [f.rule for f in report.findings] == ["term.deprecated"]


def test_a_single_text_named_for_its_language(tmp_path):
    # Mostly Latin script (a code listing), but the name says Korean.
    path = tmp_path / "notes.ko.txt"
    path.write_text("print(Osaka) print(Osaka) print(Osaka)\n오오사카에서\n", encoding="utf-8")
    report = lint_file(path, INDEX, LintOptions())
    assert "오오사카" in [f.found for f in report.findings]


def test_jobs_give_the_same_findings_in_the_same_order(tmp_path):
    files = {f"po/{n:02d}/ko.po": GOOD if n % 3 else COPIES for n in range(12)}
    files["po/05/ko.po"] = DUPLICATE
    tree(tmp_path, files)
    one = cli(tmp_path, "po", "--format", "json", "--jobs", "1")
    two = cli_process(tmp_path, "po", "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert one.stderr == two.stderr


def test_an_unreadable_file_still_ends_the_run_with_2_when_the_glossary_is_ambiguous(tmp_path):
    # Every draft renders Osaka as one other place: the run's statistics blame the entry,
    # and the report of the unreadable file must survive that conclusion.
    files = {f"po/{n:02d}/ko.po": po('\nmsgid "They met in Osaka."\nmsgstr "교토에서 만났다."\n')
             for n in range(12)}
    files["po/05/ko.po"] = DUPLICATE
    tree(tmp_path, files)
    result = cli(tmp_path, "po")
    assert "glossary.ambiguous" in result.stdout
    assert result.returncode == 2
    assert "duplicate msgid 'Osaka'" in result.stderr


def test_jobs_merge_the_term_statistics(tmp_path):
    files = [tmp_path / f"{n}.ko.po" for n in range(4)]
    for path in files:
        path.write_text(GOOD, encoding="utf-8")
    alone, pooled = TermStatistics(), TermStatistics()
    first = list(lint_paths(files, INDEX, LintOptions(), alone, jobs=1))
    second = list(lint_paths(files, INDEX, LintOptions(), pooled, jobs=2))
    assert first == second
    assert [(s.entry.id, s.occurrences, s.translated) for s in alone.results()] == [
        (s.entry.id, s.occurrences, s.translated) for s in pooled.results()] == [
        ("osaka", 4, 0)]


@pytest.mark.parametrize(("files", "jobs"), [(0, 1), (1, 1)])
def test_one_file_is_checked_in_this_process(files, jobs):
    assert default_jobs(files) == jobs


def test_many_files_use_the_cores():
    assert 1 <= default_jobs(100) <= (os.cpu_count() or 1)
