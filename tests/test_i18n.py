"""The Korean interface: a complete catalog in step with the sources, the language chosen as
gettext does, Korean help and errors from the CLI, and a catalog that follows yongeo's own
glossaries."""

from __future__ import annotations

import ast
import contextlib
import io
import os
import shutil
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import typer.core
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from conftest import ROOT

from yongeo import i18n
from yongeo.config import load_glossary, select_glossaries
from yongeo.glossary.check import check_glossary
from yongeo.helptext import TYPER_MESSAGES, short_help, wrap
from yongeo.lint import LintOptions, compile_glossary, lint_paths
from yongeo.report.table import display_width

LOCALES = ROOT / "locales"
TEMPLATE = LOCALES / "yongeo.pot"
KOREAN = LOCALES / "ko" / "LC_MESSAGES" / "yongeo.po"
UI_TERMS = LOCALES / "ui-terms.po"
SOURCES = ROOT / "src" / "yongeo"

# The extraction of locales/README.md (its sed step only drops the creation date).
EXTRACT = ["pybabel", "extract", "-F", "babel.cfg", "--no-default-keywords", "-k", "_",
           "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2", "-c", "TRANSLATORS:",
           "--sort-by-file", "--add-location=file", "--project=yongeo",
           "--copyright-holder=yongeo developers", "."]
MARKERS = {"_": 1, "N_": 1, "ngettext": 2, "pgettext": 2}  # name -> literal arguments


def catalog(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def keys(cat) -> dict[tuple[str | None, str], object]:
    """(context, msgid) -> message, the header left out; a plural is keyed by its singular."""
    return {(m.context, m.id[0] if m.pluralizable else m.id): m for m in cat if m.id}


@pytest.fixture
def environment(monkeypatch):
    """No language variable and no --ui-lang unless a test sets one."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    i18n.set_language(None)
    yield monkeypatch
    i18n.set_language(None)


# --- the catalog is complete and in step with the sources --------------------------------


def test_every_template_message_is_translated_in_korean():
    translated = keys(catalog(KOREAN))
    problems = []
    for key in keys(catalog(TEMPLATE)):
        found = translated.get(key)
        strings = () if found is None else (
            found.string if found.pluralizable else (found.string,))
        if found is None:
            problems.append(f"missing: {key}")
        elif found.fuzzy:
            problems.append(f"fuzzy: {key}")
        elif not strings or not all(strings):
            problems.append(f"untranslated: {key}")
    assert not problems, "run the update of locales/README.md and translate:\n" + "\n".join(
        problems)


def test_template_is_up_to_date_with_the_sources(tmp_path):
    fresh = tmp_path / "fresh.pot"
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            CommandLineInterface().run([*EXTRACT, "-o", str(fresh)])
    finally:
        os.chdir(cwd)
    committed, extracted = keys(catalog(TEMPLATE)), keys(catalog(fresh))
    plural = {k: m.id for k, m in extracted.items() if m.pluralizable}
    assert sorted(extracted, key=str) == sorted(committed, key=str), (
        "locales/yongeo.pot is stale: extract again (locales/README.md)")
    assert plural == {k: m.id for k, m in committed.items() if m.pluralizable}


def _marked_calls(path: Path) -> list[tuple[int, tuple[str | None, str]]]:
    """Every _(), N_(), ngettext() and pgettext() call with literal arguments, f-strings
    included (which Babel cannot see into on Python 3.11)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS):
            continue
        literals = [a.value for a in node.args[:MARKERS[node.func.id]]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if len(literals) != MARKERS[node.func.id]:
            continue  # a variable: its value is marked where it is defined
        key = (literals[0], literals[1]) if node.func.id == "pgettext" else (None, literals[0])
        found.append((node.lineno, key))
    return found


def test_every_marked_message_reaches_the_template():
    in_template = set(keys(catalog(TEMPLATE)))
    lost = [f"{path.relative_to(ROOT)}:{line}: {key[1]!r}"
            for path in sorted(SOURCES.rglob("*.py")) for line, key in _marked_calls(path)
            if key not in in_template]
    assert not lost, ("marked but not extracted (a call inside an f-string is invisible to "
                      "Babel: translate into a variable first):\n" + "\n".join(lost))


_ERRORS = {"YongeoError", "InputError", "GlossaryError", "EditError", "ConfigError",
           "UsageError"}


def _has_words(node: ast.expr, allowed: str = "") -> bool:
    """A string literal or an f-string whose literal text has a word in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return False
    return any(c.isalpha() for c in text.replace(allowed, ""))


def test_user_facing_strings_go_through_the_catalog():
    unmarked = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func)
            # Errors reach the user as "yongeo: path:line: message".
            if name in _ERRORS and node.args and _has_words(node.args[0]):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
            if path.name != "cli.py":
                continue
            if name in ("typer.echo", "typer.prompt") and node.args and _has_words(
                    node.args[0], allowed="yongeo"):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
            for keyword in node.keywords:
                if keyword.arg == "help" and not (
                        isinstance(keyword.value, ast.Call)
                        and ast.unparse(keyword.value.func) == "_"):
                    unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}: help=")
    assert not unmarked, "wrap these in _():\n" + "\n".join(unmarked)


def test_typer_messages_are_the_ones_typer_marks():
    """helptext binds typer.core's gettext to yongeo's catalog; the list it extracts must be
    what this typer marks, or a typer upgrade leaves texts English."""
    source = Path(typer.core.__file__).read_text(encoding="utf-8")
    marked = {node.args[0].value for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "_" and node.args and isinstance(node.args[0], ast.Constant)}
    assert marked == set(TYPER_MESSAGES)
    import yongeo.helptext  # noqa: F401 - the binding happens on import

    assert typer.core._ is i18n._


# --- placeholders, and GNU gettext's own checks ------------------------------------------


def _fields(text: str) -> Counter:
    return Counter((name, conversion, spec) for _literal, name, spec, conversion
                   in string.Formatter().parse(text) if name is not None)


def test_placeholders_are_the_same_in_msgid_and_msgstr():
    wrong = []
    for message in catalog(KOREAN):
        if not message.id or "python-brace-format" not in message.flags:
            continue
        if message.pluralizable:
            # Korean has one form, used for every n: it says what the plural says.
            expected = _fields(message.id[1])
            renderings = message.string
        else:
            expected, renderings = _fields(message.id), (message.string,)
        wrong += [f"{message.id!r}: {text!r}" for text in renderings
                  if _fields(text) != expected]
    assert not wrong, "\n".join(wrong)


def test_no_brace_in_a_message_that_is_not_formatted():
    """A msgid without placeholders is printed as it is: braces in its translation would
    show literally."""
    stray = [m.id for m in catalog(KOREAN) if m.id and not m.pluralizable
             and "python-brace-format" not in m.flags and ("{" in m.string or "}" in m.string)]
    assert not stray


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not "
                    "installed (Debian package gettext)")
@pytest.mark.parametrize("path", [TEMPLATE, KOREAN, UI_TERMS], ids=lambda p: p.name)
def test_msgfmt_check(path):
    result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- which language -----------------------------------------------------------------------


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "ko_KR.UTF-8"}, ["ko"]),
    ({"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, ["ko"]),
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, ["en"]),
    ({"LC_ALL": "ko_KR.eucKR", "LANG": "en_US.UTF-8"}, ["ko"]),
    ({"LANGUAGE": "ko", "LANG": "en_US.UTF-8"}, ["ko"]),
    ({"LANGUAGE": "fr:ko_KR:en", "LC_ALL": "en_US.UTF-8"}, ["fr", "ko", "en"]),
    ({"LANGUAGE": "en:ko", "LANG": "ko_KR.UTF-8"}, ["en", "ko"]),
    ({"LANGUAGE": "ko", "LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, []),  # C silences LANGUAGE
    ({"LANGUAGE": "ko", "LANG": "C.UTF-8"}, []),
    ({"LANGUAGE": "ko"}, []),  # no locale at all is the C locale
    ({"LANG": "POSIX"}, []),
    ({"LC_ALL": "", "LANG": "ko-KR"}, ["ko"]),  # an empty variable is no variable
    ({}, []),
])
def test_requested_languages_follow_gettext(environment, variables, expected):
    assert i18n.requested_languages(variables) == expected


@pytest.mark.parametrize(("variables", "language"), [
    ({"LANG": "ko_KR.UTF-8"}, "ko"),
    ({"LANGUAGE": "fr:ko", "LANG": "fr_FR.UTF-8"}, "ko"),  # the first language with a catalog
    ({"LANGUAGE": "en:ko", "LANG": "ko_KR.UTF-8"}, "en"),  # English is asked for first
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French catalog: English
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_interface_language(environment, variables, language):
    for name, value in variables.items():
        environment.setenv(name, value)
    assert i18n.language() == language
    text = i18n._("Show the version and exit.")
    assert (text == "Show the version and exit.") == (language == "en")


@pytest.mark.parametrize(("option", "language"), [
    ("ko", "ko"), ("ko_KR.UTF-8", "ko"), ("en", "en"), ("C", "en"), ("xx", "en")])
def test_ui_lang_overrides_the_environment(environment, option, language):
    environment.setenv("LC_ALL", "en_US.UTF-8" if language == "ko" else "ko_KR.UTF-8")
    i18n.set_language(option)
    assert i18n.language() == language


def test_plural_and_context_messages_in_korean(environment):
    environment.setenv("LANG", "ko_KR.UTF-8")
    korean = keys(catalog(KOREAN))
    assert i18n.ngettext("{n} file", "{n} files", 3) == korean[(None, "{n} file")].string[0]
    assert i18n.pgettext("entry type", "title") == korean[("entry type", "title")].string
    assert i18n.N_("term") == "term"  # marked only; translated where it is shown


# --- the CLI --------------------------------------------------------------------------------


def run(*args: str, **variables: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    environ.update(PYTHONPATH=str(ROOT / "src"), COLUMNS="80", **variables)
    return subprocess.run([sys.executable, "-m", "yongeo", *args], capture_output=True,
                          text=True, env=environ, timeout=120, check=False)


def korean(msgid: str) -> str:
    return keys(catalog(KOREAN))[(None, msgid)].string


def test_cli_prints_korean_help():
    result = run("--help", LANG="ko_KR.UTF-8")
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())  # help is wrapped to the terminal
    assert result.stdout.startswith(korean("Usage: ") + "yongeo")
    assert " ".join(korean("Korean–English terminology for Korea–Japan diplomacy: look up, "
                           "lint and edit PO glossaries.").split()) in text
    assert "\n" + korean("Options") + ":\n" in result.stdout
    assert korean("Show this message and exit.") in text


def test_cli_prints_a_korean_error_line(tmp_path):
    missing = tmp_path / "missing.po"
    result = run("lookup", "summit", "--glossary", str(missing), LANG="ko_KR.UTF-8")
    assert result.returncode == 2
    assert result.stderr == (f"yongeo: {missing}: "
                             f"{korean('no such glossary file or directory')}\n")


def test_ui_lang_option_wins_over_lang():
    result = run("--ui-lang", "en", "lookup", "--help", LANG="ko_KR.UTF-8")
    assert "Find terms in either language" in result.stdout
    result = run("--ui-lang=ko", "lookup", "--help", LANG="en_US.UTF-8")
    assert korean("Arguments") + ":" in result.stdout


@pytest.mark.parametrize("command", ["", "lint", "add", "import", "completion"])
def test_korean_help_fits_the_terminal(command):
    """Hangul takes two columns: the help is wrapped by display width, not characters."""
    result = run(*command.split(), "--help", LANG="ko_KR.UTF-8")
    assert result.returncode == 0, result.stderr
    too_wide = [line for line in result.stdout.splitlines() if display_width(line) > 80]
    assert not too_wide


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("용어집 항목을 찾습니다", 13, ["용어집 항목을", "찾습니다"]),
    ("용어집 항목을 찾습니다", 12, ["용어집", "항목을", "찾습니다"]),
    ("short words only", 80, ["short words only"]),
    ("첫 문단입니다.\n\n둘째 문단입니다.", 40, ["첫 문단입니다.", "", "둘째 문단입니다."]),
    ("필수 인수입니다.  [필수]", 80, ["필수 인수입니다.  [필수]"]),
    ("아주긴낱말하나가폭보다넓음", 6, ["아주긴낱말하나가폭보다넓음"]),
])
def test_wrap_counts_columns(text, width, lines):
    assert wrap(text, width) == lines


@pytest.mark.parametrize(("text", "limit", "shown"), [
    ("용어를 찾습니다. 가장 잘 맞는 것부터 보여 줍니다.", 45, "용어를 찾습니다."),
    ("항목을 수정합니다: 용어, 변이형과 그 상태, 유형, 비고, 플래그.", 30, "항목을 수정합니다: 용어,..."),
])
def test_short_help_counts_columns(text, limit, shown):
    assert short_help(text, limit) == shown
    assert display_width(short_help(text, limit)) <= limit


# --- the Korean UI uses yongeo's own glossaries -----------------------------------------------


def test_ui_terms_is_a_clean_glossary():
    glossary = load_glossary(select_glossaries([UI_TERMS, ROOT / "glossary" / "ko.po"]))
    assert [p for p in check_glossary(glossary) if p.severity == "error"] == []


def test_korean_catalog_follows_the_ui_terms_and_the_bundled_glossary():
    """yongeo lint locales/ko/LC_MESSAGES/yongeo.po --glossary locales/ui-terms.po
    --glossary glossary/ko.po reports no error: 용어집, 항목, 우선 용어, 사용 금지 용어 …
    where the English says glossary, entry, preferred term, deprecated term, and the
    diplomacy words as glossary/ko.po has them."""
    glossary = load_glossary(select_glossaries([UI_TERMS, ROOT / "glossary" / "ko.po"]))
    reports = list(lint_paths([KOREAN], compile_glossary(glossary, use_cache=False),
                              LintOptions()))
    errors = [f"{f.line}: {f.rule} {f.message}" for r in reports for f in r.findings
              if f.severity.value == "error"]
    assert not errors, "\n".join(errors)
