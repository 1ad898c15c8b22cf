"""The everyday command line: standard input, batch lookups and their formats, which
glossary is in effect, and help and usage errors in people's words."""

from __future__ import annotations

import io
import json
import re

import pytest
from typer.testing import CliRunner

from yongeo.cli import app, main

KO_DRAFT = "타카이치 사나에 총리가 오오사카를 방문했다.\n"
EN_SOURCE = "Prime Minister Takaichi Sanae visited Osaka.\n"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No user configuration, cache or glossary leaks into a run."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def invoke(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def findings(output: str) -> list[tuple[str, str, str]]:
    """(path, severity, rule) of each finding line of the text report."""
    return re.findall(r"^(\S+?):\d+:\d+: (error|warning|info) (\S+)", output, re.MULTILINE)


# --- lint of standard input ------------------------------------------------------------------


@pytest.mark.parametrize(("args", "stdin", "files", "code", "expected"), [
    (["-"], KO_DRAFT, {}, 1,
     [("<stdin>", "error", "term.deprecated"), ("<stdin>", "error", "term.deprecated")]),
    (["-"], "Takahichi met the press.\n", {}, 1, [("<stdin>", "error", "term.deprecated")]),
    (["-"], "다카이치 총리가 오사카를 방문했다.\n", {}, 0, []),
    (["-", "--stdin-filename", "brief.ko.txt"], KO_DRAFT, {}, 1,
     [("brief.ko.txt", "error", "term.deprecated"), ("brief.ko.txt", "error", "term.deprecated")]),
    (["-", "--source", "en.txt"], KO_DRAFT, {"en.txt": EN_SOURCE}, 1,
     [("<stdin>", "error", "term.deprecated"), ("<stdin>", "error", "term.deprecated")]),
    (["-", "--stdin-filename", "ko.po"],
     ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ko\\n"\n\n'
      'msgid "Osaka"\nmsgstr "오오사카"\n'), {}, 1, [("ko.po", "error", "term.deprecated")]),
], ids=["ko-single", "en-single", "clean", "named", "pair", "po"])
def test_lint_reads_the_draft_from_standard_input(tmp_path, args, stdin, files, code, expected):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = invoke("lint", *args, stdin=stdin)
    assert result.exit_code == code, result.output
    assert findings(result.stdout) == expected


@pytest.mark.parametrize(("args", "message"), [
    (["lint", "-", "other.txt"], "standard input"),
    (["lint", "x.txt", "--stdin-filename", "y.txt"], "--stdin-filename"),
])
def test_standard_input_misuse_is_one_line(tmp_path, capsys, monkeypatch, args, message):
    (tmp_path / "x.txt").write_text("x\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("yongeo: ") and message in err


def test_lint_json_names_standard_input():
    result = invoke("lint", "-", "-f", "json", stdin=KO_DRAFT)
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["findings"]} == {"<stdin>"}
    assert [f["rule"] for f in data["findings"]] == ["term.deprecated", "term.deprecated"]


# --- lookup: several queries, standard input, formats ------------------------------------------


@pytest.mark.parametrize(("args", "stdin", "code", "found"), [
    (["Takaichi", "Osaka"], None, 0, {"Takaichi": "takaichi-sanae", "Osaka": "osaka"}),
    (["-"], "Takaichi\n\n오사카\n", 0, {"Takaichi": "takaichi-sanae", "오사카": "osaka"}),
    (["Osaka", "-"], "Takahichi\n", 0, {"Osaka": "osaka", "Takahichi": "takaichi-sanae"}),
    (["-"], "Osaka\nqqqzzzxxyy\n", 1, {"Osaka": "osaka"}),
], ids=["arguments", "stdin", "both", "one-missing"])
def test_lookup_batch_tsv(args, stdin, code, found):
    result = invoke("lookup", "-n", "1", "--format", "tsv", *args, stdin=stdin)
    assert result.exit_code == code
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0][:4] == ["query", "id", "en", "ko"]
    assert {row[0]: row[1] for row in rows[1:]} == found
    assert all(len(row) == len(rows[0]) for row in rows)


@pytest.mark.parametrize(("args", "stdin", "shape"), [
    (["Osaka"], None, "entries"),
    (["Osaka", "--json"], None, "entries"),
    (["Osaka", "Nara"], None, "queries"),
    (["-"], "Osaka\n", "queries"),
])
def test_lookup_json_shape(args, stdin, shape):
    result = invoke("lookup", "-f", "json", *args, stdin=stdin)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    if shape == "entries":
        assert data[0]["id"] == "osaka"
    else:
        assert [item["query"] for item in data] == [a for a in args if a != "-"] or \
            [item["query"] for item in data] == stdin.split()
        assert all(item["entries"] for item in data)


def test_lookup_text_of_several_queries_heads_each():
    result = invoke("lookup", "-n", "1", "Osaka", "Nara")
    assert result.exit_code == 0
    assert re.findall(r"^(\S+):$", result.stdout, re.MULTILINE) == ["Osaka", "Nara"]


def test_lookup_of_empty_standard_input_is_a_usage_error(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\n\n")))
    with pytest.raises(SystemExit) as exit_:
        main(["lookup", "-"])
    assert exit_.value.code == 2
    assert "standard input" in capsys.readouterr().err


# --- which glossary is in effect ---------------------------------------------------------------


def test_after_init_lookup_says_the_project_glossary_is_empty(tmp_path):
    assert invoke("init").exit_code == 0
    result = invoke("lookup", "Takaichi")
    assert result.exit_code == 1
    assert "glossary/ko.po" in result.stderr and "no entries" in result.stderr


def test_init_says_the_directory_now_uses_its_own_glossary():
    result = invoke("init")
    assert "bundled" in result.stdout and "yongeo config" in result.stdout


@pytest.mark.parametrize(("setup", "args", "expected"), [
    ("none", [], ["(the bundled glossary)", "configuration  none"]),
    ("init", [], ["glossary/ko.po (from yongeo.toml)", "configuration         yongeo.toml",
                  "entries               0"]),
    ("init", ["-g", "own.po"], ["own.po", "entries               1"]),
    ("env", [], ["own.po (from $YONGEO_GLOSSARY)"]),
    ("toml", [], ["lint.fail-on          warning", "lint.disable          term.inconsistent"]),
])
def test_config_shows_what_is_in_effect(tmp_path, monkeypatch, setup, args, expected):
    (tmp_path / "own.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '# id: nara\n# type: place\nmsgid "Nara"\nmsgstr "나라"\n', encoding="utf-8")
    if setup == "init":
        invoke("init")
    elif setup == "env":
        monkeypatch.setenv("YONGEO_GLOSSARY", "own.po")
    elif setup == "toml":
        (tmp_path / "yongeo.toml").write_text(
            'glossary = "own.po"\n[lint]\nfail-on = "warning"\ndisable = ["term.inconsistent"]\n',
            encoding="utf-8")
    result = invoke("config", *args)
    assert result.exit_code == 0
    for text in expected:
        assert text in result.stdout.replace("configuration         none",
                                             "configuration  none"), result.stdout
    assert "interface language" in result.stdout and "cache" in result.stdout


def test_check_names_the_files_it_checked(tmp_path):
    invoke("init")
    result = invoke("check")
    assert result.stdout.splitlines()[0] == "checked glossary/ko.po (from yongeo.toml)"


# --- help and usage errors in people's words ---------------------------------------------------

COMMANDS = ["lookup", "add", "edit", "remove", "check", "init", "config", "export", "import",
            "completion", "lint", "extract", "update", "review"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_help_shows_no_python_types(command, lang):
    result = invoke("--ui-lang", lang, *([command] if command else []), "--help")
    assert result.exit_code == 0
    for python in ("<str>", "<int", "<path>", "list[", "Path]", "{", "x>=", "<bool>"):
        assert python not in result.stdout, (python, result.stdout)
    assert "--install-completion" not in result.stdout
    assert "--show-completion" not in result.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["lint", "x.txt", "-f", "xml"], ["--format", "'xml'", "text, json, sarif, html, github"]),
    (["lookup", "x", "-n", "0"], ["--limit", "'0'", "1"]),
    (["lookup", "x", "-n", "many"], ["--limit", "'many'"]),
    (["lint", "x.txt", "--source-lang", "fr"], ["--source-lang", "'fr'", "en, ko"]),
    (["completion", "tcsh"], ["SHELL", "'tcsh'", "bash, zsh, fish"]),
    (["export", "--format", "xlsx"], ["--format", "'xlsx'", "json, tsv, csv, tbx"]),
    (["lint", "x.txt", "--jobs", "0"], ["--jobs", "'0'"]),
    # a required argument or option left out is said to be missing, not refused
    (["add"], ["add EN", "yongeo add -h"]),
    (["lookup", "-n", "3"], ["lookup QUERY", "yongeo lookup -h"]),
    (["lint"], ["lint PATH", "yongeo lint -h"]),
])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_usage_errors_speak_our_words(args, words, lang):
    result = CliRunner().invoke(app, ["--ui-lang", lang, *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("yongeo: "), result.stderr
    for word in words:
        assert word in lines[0]
    for library in ("Value error", "Input should", "is not one of '", "x>=", "pydantic"):
        assert library not in lines[0]
    if lang == "ko":
        assert re.search(r"[가-힣]", lines[0]), lines[0]
