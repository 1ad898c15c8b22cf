"""Lint and extract on a Dask cluster (yongeo[dask]): the same findings, candidates, order and
exit codes as a local run; a one-line usage error without the extra."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, make_entry

from yongeo.cli import main
from yongeo.errors import InputError
from yongeo.extract import extract_files, render_template
from yongeo.files import files_given, read_bytes, read_given
from yongeo.glossary.model import Glossary
from yongeo.lint import LintIndex, LintOptions, lint_paths
from yongeo.lint.stats import TermStatistics

DASK = importlib.util.find_spec("distributed") is not None
needs_dask = pytest.mark.skipif(
    not DASK, reason="the dask extra is not installed (pip install 'yongeo[dask]')")

HEADER = ('msgid ""\nmsgstr ""\n"Language: ko\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n')
GLOSSARY_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               '# type: place\n# ko-deprecated: 오오사카\nmsgid "Osaka"\nmsgstr "오사카"\n\n'
               '# type: concept\nmsgid "shuttle diplomacy"\nmsgstr "셔틀외교"\n')
GOOD = HEADER + '\nmsgid "They met in Osaka."\nmsgstr "오오사카에서 만났다."\n'
OTHER = HEADER + ('\nmsgid "shuttle diplomacy"\nmsgstr "셔틀 외교"\n'
                  '\nmsgid "Osaka and Osaka"\nmsgstr "오사카와 오오사카"\n')
# msgid repeated: msgfmt rejects the file too, and the run goes on.
DUPLICATE = HEADER + '\nmsgid "Osaka"\nmsgstr "오사카"\n\nmsgid "Osaka"\nmsgstr "오사카"\n'
INDEX = LintIndex.build(Glossary((
    make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
    make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
)))
DOCS = {
    "a.txt": "Shuttle diplomacy resumed. Economic security matters to Seoul and Tokyo.",
    "b.txt": "President Lee Jae-myung praised shuttle diplomacy in Nara.",
    "c.md": "# Notes\n\nThe **Asan Institute for Policy Studies** studies economic security.",
    "d.txt": "셔틀외교가 재개되었다. 경제안보는 서울과 도쿄에 중요하다.",
    "e.html": "<p>The Asan Institute for Policy Studies met in Seoul.</p>",
}


@pytest.fixture(scope="module")
def scheduler():
    """A cluster of two worker processes, so the glossary and the files really travel
    pickled, as they do to another machine."""
    if not DASK:
        pytest.skip("the dask extra is not installed (pip install 'yongeo[dask]')")
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def tree(root: Path) -> Path:
    files = {f"po/{n:02d}/ko.po": GOOD if n % 2 else OTHER for n in range(8)}
    files["po/03/ko.po"] = DUPLICATE
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Not the charset the header names: a reader's error, made on the worker from the bytes.
    (root / "po/06/ko.po").write_bytes(OTHER.encode("utf-16"))
    (root / "glossary.po").write_text(GLOSSARY_PO, encoding="utf-8")
    return root


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    """Run yongeo in this process (a cluster's client is as happy here as in a shell), in
    tmp_path, with no configuration or cache from outside."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YONGEO_NO_CACHE", "1")
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)

    def run(*args: str) -> Run:
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            main(list(args))
        out, err = capsys.readouterr()
        return Run(exit_.value.code, out, err)

    return run


@needs_dask
def test_lint_on_a_cluster_is_the_local_run(tmp_path, cli, scheduler):
    tree(tmp_path)
    local = cli("lint", "po", "--format", "json", "--jobs", "1", "-g", "glossary.po")
    remote = cli("lint", "po", "--format", "json", "--scheduler", scheduler,
                 "-g", "glossary.po")
    assert local.returncode == remote.returncode == 2
    assert remote.stdout == local.stdout
    data = json.loads(remote.stdout)
    invalid = [Path(f["path"]).parent.name for f in data["findings"]
               if f["rule"] == "input.invalid"]
    assert invalid == ["03", "06"]
    assert data["summary"]["files"] == 8
    # One line on stderr per unreadable file, naming it as given, as in the local run.
    assert remote.stderr.splitlines() == local.stderr.splitlines()
    assert [line.split(":")[1] for line in remote.stderr.splitlines()] == [
        " po/03/ko.po", " po/06/ko.po"]
    # The workers started elsewhere, where these relative paths name nothing: the findings
    # come from the bytes the client sent, as on a cluster without a shared file system.
    from distributed import Client

    with Client(scheduler) as client:
        assert all(not Path(cwd, "po").exists() for cwd in client.run(os.getcwd).values())


@needs_dask
def test_a_pair_on_a_cluster_is_the_local_run(cli, scheduler):
    examples = ROOT / "examples"
    args = ("lint", str(examples / "brief.ko.txt"), "--source", str(examples / "brief.en.txt"),
            "--format", "json")
    local = cli(*args)
    remote = cli(*args, "--scheduler", scheduler)
    assert local.returncode == remote.returncode == 1
    assert remote.stdout == local.stdout
    assert json.loads(remote.stdout)["findings"]


@needs_dask
def test_the_term_statistics_are_merged_from_the_workers(tmp_path, scheduler):
    files = []
    for n in range(6):
        path = tmp_path / f"{n}.ko.po"
        path.write_text(GOOD if n % 3 else OTHER, encoding="utf-8")
        files.append(path)
    alone, spread = TermStatistics(), TermStatistics()
    local = list(lint_paths(files, INDEX, LintOptions(), alone, jobs=1))
    remote = list(lint_paths(files, INDEX, LintOptions(), spread, scheduler=scheduler))
    assert remote == local
    assert [(s.entry.id, s.occurrences, s.translated) for s in spread.results()] == [
        (s.entry.id, s.occurrences, s.translated) for s in alone.results()]
    assert sum(s.occurrences for s in spread.results()) == 8


@needs_dask
def test_lint_with_a_local_cluster(tmp_path, cli):
    tree(tmp_path)
    local = cli("lint", "po", "--jobs", "1", "-g", "glossary.po")
    remote = cli("lint", "po", "--scheduler", "local", "-g", "glossary.po")
    assert local.returncode == remote.returncode == 2
    assert remote.stdout == local.stdout
    assert remote.stderr.splitlines() == local.stderr.splitlines()


@needs_dask
def test_extract_on_a_cluster_is_the_local_run(tmp_path, monkeypatch, scheduler):
    monkeypatch.chdir(tmp_path)
    for name, text in DOCS.items():
        Path(name).write_text(text, encoding="utf-8")
    names = sorted(DOCS)
    local = extract_files(names, jobs=1, analyser="regex")
    remote = extract_files(names, analyser="regex", scheduler=scheduler)
    assert remote.candidates == local.candidates
    assert remote.candidates
    assert (remote.documents, remote.bytes) == (local.documents, local.bytes)
    assert render_template(remote.candidates, remote.analyser) == render_template(
        local.candidates, local.analyser)


@needs_dask
def test_extract_cli_on_a_cluster(tmp_path, cli, scheduler):
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    names = sorted(DOCS)
    local = cli("extract", *names, "-q", "--korean-analyser", "regex")
    remote = cli("extract", *names, "-q", "--korean-analyser", "regex",
                 "--scheduler", scheduler)
    assert local.returncode == remote.returncode == 0
    assert remote.stdout == local.stdout and "msgid" in remote.stdout
    # A document that is not UTF-8 stops both runs with the same one line.
    (tmp_path / "legacy.txt").write_bytes("셔틀외교가 재개되었다.".encode("cp949"))
    local = cli("extract", *names, "legacy.txt", "-q")
    remote = cli("extract", *names, "legacy.txt", "-q", "--scheduler", scheduler)
    assert local.returncode == remote.returncode == 2
    assert remote.stderr == local.stderr
    assert remote.stderr.startswith("yongeo: legacy.txt:1: is not valid UTF-8")


@pytest.mark.parametrize("command", [["lint", "draft.txt"], ["extract", "draft.txt"]])
def test_without_the_extra_scheduler_is_a_usage_error(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    Path("draft.txt").write_text("Shuttle diplomacy.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--scheduler", "local"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "pip install 'yongeo[dask]'" in error


def test_given_bytes_are_read_instead_of_the_file_system(tmp_path):
    path = tmp_path / "ko.po"
    missing = tmp_path / "gone.po"
    with files_given({str(path): b"given", str(missing): read_given(missing)}):
        assert read_bytes(path) == b"given"
        with pytest.raises(InputError) as error:
            read_bytes(missing)
    assert str(error.value) == f"{missing}: no such file"
    # Outside the block the file system answers again.
    with pytest.raises(InputError):
        read_bytes(path)
