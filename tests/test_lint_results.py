"""A PO file's lint results kept on disk: the same reports as a run that checks every file,
read back only for the very file, glossary, options and code they were made by."""

from __future__ import annotations

import pytest
from conftest import make_entry
from lint_examples import glossary
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.glossary.model import Glossary
from yongeo.i18n import set_language
from yongeo.lint import LintIndex, LintOptions, lint_paths
from yongeo.lint import results as results_module
from yongeo.lint.rules import Policy

INDEX = LintIndex.build(glossary())

PO = """msgid ""
msgstr ""
"Language: ko\\n"

msgid "Takaichi met the National Security Office."
msgstr "다카이치는 만났다."

msgid "A shuttle diplomacy visit to Osaka."
msgstr "오오사카 셔틀외교 방문."

msgid "Wi Sung-lac spoke."
msgstr "위성낙이 말했다."
"""
BROKEN = 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n'


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_NO_CACHE", raising=False)
    return tmp_path / "cache" / "yongeo" / results_module.FOLDER


def kept(folder):
    return sorted(folder.glob("*.pickle")) if folder.exists() else []


def run(paths, index=INDEX, options=None, cache=True, with_stats=True):
    """The reports and term statistics of a run, as values to compare."""
    options = options or LintOptions()
    stats = options.statistics() if with_stats else None
    reports = [(r.path, r.findings, r.checked) for r in
               lint_paths(paths, index, options, stats, cache=cache)]
    return reports, (stats.results() if stats is not None else None)


@pytest.fixture
def tree(tmp_path):
    folder = tmp_path / "po"
    folder.mkdir()
    (folder / "a.ko.po").write_text(PO, encoding="utf-8")
    (folder / "b.ko.po").write_text(PO.replace("Osaka", "Nara"), encoding="utf-8")
    (folder / "c.ko.po").write_text(BROKEN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("with_stats", [True, False])
def test_reports_are_those_of_a_run_without_the_cache(cache_home, tree, with_stats):
    expected = run([tree], cache=False, with_stats=with_stats)
    assert any(findings for _path, findings, _checked in expected[0])
    assert kept(cache_home) == []
    cold = run([tree], with_stats=with_stats)
    assert len(kept(cache_home)) == 2  # the broken file is checked every time
    warm = run([tree], with_stats=with_stats)
    assert cold == warm == expected


def test_results_are_read_back_instead_of_checking(cache_home, tree, monkeypatch):
    run([tree])
    monkeypatch.setattr("yongeo.lint.run.lint_file", _refuse)
    with pytest.raises(AssertionError):  # only the broken file is checked again
        run([tree])
    (tree / "c.ko.po").unlink()
    assert run([tree])[0]


def _refuse(*_args, **_kwargs):
    raise AssertionError("checked again")


@pytest.mark.parametrize("change", ["file", "glossary", "options", "language", "statistics",
                                    "corrupt"])
def test_results_are_not_read_back_when_anything_they_depend_on_changes(
        cache_home, tree, request, change):
    index, options, with_stats = INDEX, LintOptions(), True
    before = run([tree], index, options)
    if change == "file":
        (tree / "a.ko.po").write_text(PO.replace("오오사카", "오사카"), encoding="utf-8")
    elif change == "glossary":
        index = LintIndex.build(Glossary((*glossary().entries,
                                          make_entry("nara", "place", "Nara", "나라"))))
    elif change == "options":
        options = LintOptions(policy=Policy(disabled=frozenset({"term.misspelled"})))
    elif change == "language":  # the findings' messages
        set_language("ko")
        request.addfinalizer(lambda: set_language(None))
    elif change == "statistics":
        with_stats = False
    else:
        for path in kept(cache_home):
            path.write_bytes(b"not a pickle")
    expected = run([tree], index, options, cache=False, with_stats=with_stats)
    assert (expected == before) is (change == "corrupt")
    assert run([tree], index, options, with_stats=with_stats) == expected


def test_the_key_changes_with_the_code(cache_home, tree, monkeypatch):
    before = results_module.ResultCache.of(INDEX, LintOptions())
    monkeypatch.setattr(results_module, "__version__", "99.0")
    results_module._code_stamp.cache_clear()
    try:
        assert results_module.ResultCache.of(INDEX, LintOptions()).key != before.key
    finally:
        results_module._code_stamp.cache_clear()


def test_no_cache_environment_variable(cache_home, tree, monkeypatch):
    monkeypatch.setenv("YONGEO_NO_CACHE", "1")
    run([tree])
    assert kept(cache_home) == []


def test_least_recently_used_results_are_pruned(cache_home, tree, monkeypatch):
    monkeypatch.setattr(results_module, "KEEP", 1)
    run([tree])
    assert len(kept(cache_home)) == 1


def test_the_cli_keeps_results_and_reports_the_same(cache_home, tree):
    runner = CliRunner()
    first = runner.invoke(app, ["lint", "--format", "json", "--jobs", "1", str(tree)])
    assert kept(cache_home)
    second = runner.invoke(app, ["lint", "--format", "json", "--jobs", "1", str(tree)])
    assert (first.exit_code, first.stdout) == (second.exit_code, second.stdout)
    assert first.exit_code == 2  # the broken file


def test_processes_check_only_the_files_not_kept(cache_home, tree, monkeypatch):
    options = LintOptions()

    def in_processes(jobs):
        stats = options.statistics()
        reports = [(r.path, r.findings, r.checked) for r in
                   lint_paths([tree], INDEX, options, stats, jobs=jobs, cache=True)]
        return reports, stats.results()

    expected = run([tree], cache=False)
    assert in_processes(2) == expected  # cold: every file checked by the pool
    (tree / "b.ko.po").write_text(PO.replace("Osaka", "Kyoto"), encoding="utf-8")
    (tree / "d.ko.po").write_text(PO.replace("Osaka", "Nara"), encoding="utf-8")
    expected = run([tree], cache=False)
    assert in_processes(2) == expected  # two files checked again, by the pool
    monkeypatch.setattr("yongeo.lint.run._in_processes", _refuse)
    assert in_processes(2) == expected  # warm: no pool for the one broken file


def test_a_file_checked_and_kept_is_read_once(cache_home, tree, monkeypatch):
    from yongeo import files

    reads: list[str] = []
    real = files.read_bytes

    def counted(path):
        if not files.is_given(path):  # held bytes are no read of the file
            reads.append(str(path))
        return real(path)

    from yongeo.glossary import po

    for module in (files, results_module, po):  # every reader of a draft's bytes
        monkeypatch.setattr(module, "read_bytes", counted)
    run([tree])  # nothing kept yet: every file read for its key and its check
    drafts = sorted(str(p) for p in tree.iterdir())
    assert sorted(r for r in reads if r.startswith(str(tree))) == drafts
