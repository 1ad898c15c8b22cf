"""`yongeo lint` end to end: the example brief, formats, exit codes and configuration."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from in_process import run_yongeo
from typer.testing import CliRunner

from yongeo.cli import app

EXAMPLES = ROOT / "examples"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): "
                  r"(?P<severity>error|warning|info) (?P<rule>[a-z]+\.[a-z]+) .+$")
ALL_RULES = {"term.missing", "term.deprecated", "term.untranslated", "term.inconsistent",
             "term.misspelled", "source.deprecated"}


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, run_cache):
    """No user configuration, cache or glossary leaks into a run (the cache is this test
    run's own)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(run_cache))
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)
    monkeypatch.delenv("YONGEO_NO_CACHE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", *args], catch_exceptions=False)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_yongeo(["lint", *args], cwd)


def run_process(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """A run in a process of its own, for one that starts worker processes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("YONGEO_GLOSSARY", None)
    return subprocess.run([sys.executable, "-m", "yongeo", "lint", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def finding_lines(output: str) -> list[re.Match]:
    return [m for m in map(LINE.match, output.splitlines()) if m]


def test_example_brief_shows_every_kind_of_finding():
    result = lint(str(EXAMPLES / "brief.ko.txt"), "--source", str(EXAMPLES / "brief.en.txt"))
    assert result.exit_code == 1
    lines = finding_lines(result.output)
    assert {m["rule"] for m in lines} == ALL_RULES
    # Grouped by file: the draft's findings, a blank line, the source's; then the summary.
    paths = [Path(m["path"]).name for m in lines]
    assert paths == sorted(paths, key=lambda p: p != "brief.ko.txt")
    blocks = result.output.strip().split("\n\n")
    assert len(blocks) == 3 and blocks[-1].startswith(f"{len(lines)} problems (")
    assert "\x1b[" not in result.output  # not a terminal: no colour
    # The spacing variant 셔틀 외교 is fine; the realistic errors are found where they are.
    found = {(m["rule"], int(m["line"])) for m in lines}
    assert ("term.deprecated", 1) in found and ("term.misspelled", 5) in found
    data = json.loads(lint(str(EXAMPLES / "brief.ko.txt"), "--source",
                           str(EXAMPLES / "brief.en.txt"), "-f", "json").output)
    assert not [f for f in data["findings"] if f["en"] == "shuttle diplomacy"]


def test_example_po_draft():
    result = lint(str(EXAMPLES / "brief.ko.po"), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert [(f["rule"], f["line"]) for f in data["findings"]] == [
        ("term.deprecated", 16), ("term.untranslated", 29), ("term.missing", 34)]
    fuzzy = json.loads(lint(str(EXAMPLES / "brief.ko.po"), "-f", "json",
                            "--include-fuzzy").output)
    assert len(fuzzy["findings"]) == 4


def test_example_directory_and_many_files():
    result = lint(str(EXAMPLES))
    assert result.exit_code == 1 and "brief.ko.po" in result.output


def test_clean_text_exits_zero(tmp_path):
    (tmp_path / "ko.txt").write_text("다카이치 총리는 오사카에서 셔틀 외교를 논의했다.\n",
                                     encoding="utf-8")
    result = lint("ko.txt")
    assert result.exit_code == 0 and result.output.strip() == "no problems in 1 file"


@pytest.mark.parametrize(("options", "code"), [
    ([], 1), (["--fail-on", "warning"], 1), (["--fail-on", "none"], 0),
    (["--disable", "term.deprecated"], 0), (["--disable", "source.deprecated"], 1)])
def test_fail_on_and_disable(tmp_path, options, code):
    # a text checked on its own is a draft: its deprecated term is an error
    (tmp_path / "en.txt").write_text("Takahichi met the press.\n", encoding="utf-8")
    assert lint("en.txt", *options).exit_code == code


def test_fail_on_none_never_fails():
    result = lint(str(EXAMPLES / "brief.ko.po"), "--fail-on", "none")
    assert result.exit_code == 0 and "error term.deprecated" in result.output


def test_configuration_table_is_honoured(tmp_path):
    (tmp_path / "yongeo.toml").write_text(
        '[lint]\nfail-on = "warning"\ndisable = ["term.inconsistent"]\n'
        '[lint.severity]\n"term.deprecated" = "info"\n', encoding="utf-8")
    (tmp_path / "ko.txt").write_text("위성낙 실장이 말했다.\n", encoding="utf-8")
    result = lint("ko.txt", "-f", "json")
    data = json.loads(result.output)
    assert result.exit_code == 1 and data["summary"]["fail_on"] == "warning"
    assert lint("ko.txt", "--fail-on", "error").exit_code == 0
    pair = json.loads(lint(str(EXAMPLES / "brief.ko.txt"), "--source",
                           str(EXAMPLES / "brief.en.txt"), "-f", "json").output)
    rules = {f["rule"]: f["severity"] for f in pair["findings"]}
    assert "term.inconsistent" not in rules and rules["term.deprecated"] == "info"


def test_custom_glossary_option(tmp_path):
    (tmp_path / "g.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\n# id: tokyo\n# type: place\n'
        '# ko-deprecated: 동경\nmsgid "Tokyo"\nmsgstr "도쿄"\n', encoding="utf-8")
    (tmp_path / "ko.txt").write_text("동경에서 만났다. 타카이치.\n", encoding="utf-8")
    data = json.loads(lint("ko.txt", "-g", "g.po", "-f", "json").output)
    assert [f["found"] for f in data["findings"]] == ["동경"]


def test_no_progress_or_colour_when_piped(tmp_path):
    for n in range(25):
        (tmp_path / f"{n:02}.po").write_text('msgid "Osaka"\nmsgstr "오오사카"\n',
                                             encoding="utf-8")
    result = run_process(".", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == ""
    assert "\x1b[" not in result.stdout and "25 files" in result.stdout


@pytest.mark.parametrize("args", [
    ["--disable", "term.bogus", "x.txt"],
    ["missing.txt"],
    ["a.txt", "b.txt", "--source", "s.txt"],
    ["x.txt", "--source-lang", "ko", "--target-lang", "ko", "--source", "x.txt"],
    ["bad.po"],
])
def test_usage_and_input_errors_exit_2_with_one_line(tmp_path, args):
    (tmp_path / "x.txt").write_text("셔틀외교\n", encoding="utf-8")
    (tmp_path / "bad.po").write_text('msgid "Osaka"\nmsgstr "오사카\n', encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("yongeo: ") and "Traceback" not in lines[0]


def test_bad_option_value_exits_2(tmp_path):
    result = run("--format", "xml", "x.txt", cwd=tmp_path)
    assert result.returncode == 2


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: yongeo-lint" in text and "entry: yongeo lint" in text
    assert r"files: \.po$" in text


def run_on_terminal(args: list[str], cwd: Path, stdout_too: bool = False,
                    command: str = "lint") -> tuple[int, str, str]:
    """Run yongeo with stderr (and, if asked, stdout) on a pseudo-terminal: what a user at a
    terminal sees. Returns the exit code, stdout and what the terminal got."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "100", "NO_COLOR": "1"}
    env.pop("YONGEO_GLOSSARY", None)
    process = subprocess.Popen([sys.executable, "-m", "yongeo", *filter(None, [command]), *args],
                               cwd=cwd, env=env,
                               stdout=slave if stdout_too else subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out = b"" if stdout_too else process.stdout.read()
    code = process.wait(timeout=120)
    os.close(master)
    return code, out.decode(), seen.decode(errors="replace")


def many_po_files(folder: Path, n: int = 25) -> None:
    for index in range(n):
        (folder / f"{index:02}.po").write_text('msgid "Osaka"\nmsgstr "오오사카"\n',
                                               encoding="utf-8")


@pytest.mark.parametrize(("args", "stdout_too"), [
    ([], True), ([], False), (["-f", "json"], False), (["-f", "sarif", "-o", "out.sarif"], False),
    (["-f", "html", "-o", "out.html"], False),
], ids=["text-terminal", "text-piped", "json", "sarif-file", "html-file"])
def test_progress_advances_file_by_file_on_a_terminal(tmp_path, args, stdout_too):
    many_po_files(tmp_path)
    code, out, terminal = run_on_terminal([".", *args], tmp_path, stdout_too)
    assert code == 1, terminal
    steps = [int(n) for n in re.findall(r"\[(\d+)/25\]", terminal)]
    assert steps == list(range(1, 26)), terminal
    if args[:2] == ["-f", "json"]:
        rules = [f["rule"] for f in json.loads(out)["findings"]]
        assert rules.count("term.deprecated") == 25  # the report itself holds no progress
        assert "[1/25]" not in out


def test_no_progress_for_a_few_files_on_a_terminal(tmp_path):
    many_po_files(tmp_path, 3)
    code, _out, terminal = run_on_terminal(["."], tmp_path)
    assert code == 1 and "/3]" not in terminal


def test_extract_progress_on_a_terminal(tmp_path):
    for index in range(6):
        (tmp_path / f"d{index}.txt").write_text("The Nara Treaty was signed in Nara.\n" * 50,
                                                encoding="utf-8")
    code, out, terminal = run_on_terminal(["extract", *(f"d{i}.txt" for i in range(6))],
                                          tmp_path, command="")
    assert code == 0
    assert "0/6 files" in terminal and "6/6 files" in terminal
    assert "files" not in out and 'msgid "Nara Treaty"' in out


def test_a_run_with_a_compiled_glossary_loads_no_word_tables(tmp_path):
    """The sense rules read packed tables compiled with the glossary: once it is compiled, a
    lint run must not load lemminflect (and numpy), which double its memory and time."""
    source, draft = tmp_path / "brief.en.txt", tmp_path / "brief.ko.txt"
    source.write_text("You have unsaved changes. Changes which are not saved are lost.\n\n"
                      "Change the setting, then install Windows now.\n", encoding="utf-8")
    draft.write_text("저장하지 않은 내용이 있습니다. 저장하지 않은 내용은 잃습니다.\n\n"
                     "설정을 고친 다음 지금 설치하십시오.\n", encoding="utf-8")
    (tmp_path / "glossary.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '# type: concept\nmsgid "change"\nmsgstr "바꾸기"\n\n'
        '# type: concept\nmsgid "Windows"\nmsgstr "윈도우"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("YONGEO_GLOSSARY", None)
    env.pop("YONGEO_NO_CACHE", None)
    probe = ("import sys, runpy\n"
             "sys.argv = ['yongeo', 'lint', 'brief.ko.txt', '--source', 'brief.en.txt',"
             " '-g', 'glossary.po']\n"
             "try:\n    runpy.run_module('yongeo', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print('loaded' if 'lemminflect' in sys.modules else 'not loaded', file=sys.stderr)\n")
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           cwd=tmp_path, env=env, timeout=120) for _ in range(2)]
    # The first run compiles the glossary (and may load the tables); the second reads it.
    assert "term." in runs[1].stdout
    assert runs[1].stderr.strip().endswith("not loaded")
