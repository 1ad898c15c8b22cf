"""The glossary commands end to end: lookup, add, edit, remove, check, init, export, import."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import ROOT
from in_process import run_yongeo

from yongeo.glossary.stored import load_po_glossary


def run(*args: str, cwd=None, env=None) -> subprocess.CompletedProcess:
    return run_yongeo(args, cwd, env={"YONGEO_GLOSSARY": None} if env is None else env)


def test_lookup_table_on_bundled_glossary(tmp_path):
    result = run("lookup", "셔틀외교를", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[2]
    assert first.startswith("shuttle diplomacy") and "셔틀외교" in first


def test_lookup_json_shape(tmp_path):
    result = run("lookup", "Takahichi", "--json", cwd=tmp_path)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data[0]["id"] == "takaichi-sanae"
    assert data[0]["match"] == {"term": "Takahichi", "lang": "en", "status": "deprecated",
                                "kind": "deprecated", "score": 100.0,
                                "use_instead": "Takaichi Sanae"}
    assert {"id", "type", "terms", "note", "references"} <= set(data[0])


@pytest.mark.parametrize(("args", "code"), [
    (["lookup", "zzzzqx"], 1),
    (["lookup", "x", "--glossary", "/no/such.po"], 2),
    (["lookup"], 2),
    (["frobnicate"], 2),
])
def test_lookup_exit_codes(tmp_path, args, code):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == code
    assert "Traceback" not in result.stderr


def test_edit_cycle(tmp_path, sample_po):
    g = ["--glossary", str(sample_po)]
    before = sample_po.read_bytes()
    added = run("add", "economic statecraft", "경제책략", "--type", "concept",
                "--ko-deprecated", "경제 통치술", "--note", "Using economic tools for aims.", *g)
    assert added.returncode == 0, added.stderr
    again = run("add", "Economic Statecraft", "경제 책략", *g)
    assert again.returncode == 2 and "yongeo edit" in again.stderr
    edited = run("edit", "경제책략", "--en-variant", "economic coercion", "--reviewed", *g)
    assert edited.returncode == 0, edited.stderr
    entry = load_po_glossary(sample_po).get("economic-statecraft")
    assert [t.text for t in entry.terms if t.status.value == "admitted"] == ["economic coercion"]
    removed = run("remove", "economic coercion", *g)
    assert removed.returncode == 0, removed.stderr
    assert sample_po.read_bytes() == before


def test_renderings_through_add_edit_and_lookup(tmp_path, sample_po):
    g = ["--glossary", str(sample_po)]
    added = run("add", "inauguration", "취임", "--en-rendering", "launch", *g)
    assert added.returncode == 0, added.stderr
    edited = run("edit", "inauguration", "--ko-rendering", "개시", *g)
    assert edited.returncode == 0, edited.stderr
    text = sample_po.read_text(encoding="utf-8")
    assert "# en-rendering: launch\n# ko-rendering: 개시\n" in text
    entry = load_po_glossary(sample_po).get("inauguration")
    assert [(t.text, t.rendering) for t in entry.terms if t.status.value == "admitted"] == [
        ("launch", True), ("개시", True)]
    found = run("lookup", "launch", "--json", *g)
    assert json.loads(found.stdout)[0]["terms"]["en"][1] == {
        "term": "launch", "status": "admitted", "rendering": True}
    table = run("lookup", "launch", *g, env={"YONGEO_GLOSSARY": None, "COLUMNS": "200"})
    assert "in translations only" in table.stdout


def test_former_names_through_add_edit_and_lookup(tmp_path, sample_po):
    g = ["--glossary", str(sample_po)]
    added = run("add", "Japanese Ministry of Defense", "방위성", "--type", "organization",
                "--en-superseded", "Japan Defense Agency (until 2007)", *g)
    assert added.returncode == 0, added.stderr
    edited = run("edit", "방위성", "--ko-superseded", "방위청  (until 2007)", *g)
    assert edited.returncode == 0, edited.stderr
    text = sample_po.read_text(encoding="utf-8")
    assert ("# en-superseded: Japan Defense Agency (until 2007)\n"
            "# ko-superseded: 방위청 (until 2007)\n") in text
    entry = load_po_glossary(sample_po).get("japanese-ministry-of-defense")
    assert entry.former == (("en", "Japan Defense Agency", 2007), ("ko", "방위청", 2007))
    found = run("lookup", "방위청", "--json", *g)
    assert json.loads(found.stdout)[0]["match"]["until"] == 2007
    table = run("lookup", "Japan Defense Agency", *g,
                env={"YONGEO_GLOSSARY": None, "COLUMNS": "200"})
    assert "former name until 2007" in table.stdout
    korean = run("--ui-lang", "ko", "lookup", "방위청", *g,
                 env={"YONGEO_GLOSSARY": None, "COLUMNS": "200"})
    assert "2007년까지의 옛 이름" in korean.stdout


# (the options of `yongeo edit 방위성` on the entry above, its former names after)
FORMER_EDITS = [
    (["--en-superseded", "Japan Defense Agency (until 2006)"],
     (("en", "Japan Defense Agency", 2006),)),
    (["--en-deprecated", "Japan Defense Agency"], ()),
    (["--en-variant", "Japan Defense Agency"], ()),
    (["--drop", "Japan Defense Agency"], ()),
    (["--en", "Japan Defense Agency"], ()),
    (["--ko-superseded", "방위청 (until 2007)"],
     (("en", "Japan Defense Agency", 2007), ("ko", "방위청", 2007))),
    (["--note", "Japan's defence ministry."], (("en", "Japan Defense Agency", 2007),)),
]


@pytest.mark.parametrize(("args", "former"), FORMER_EDITS)
def test_edit_keeps_a_former_name_only_while_it_is_one(sample_po, args, former):
    g = ["--glossary", str(sample_po)]
    assert run("add", "Japanese Ministry of Defense", "방위성", "--en-superseded",
               "Japan Defense Agency (until 2007)", *g).returncode == 0
    edited = run("edit", "방위성", *args, *g)
    assert edited.returncode == 0, edited.stderr
    assert load_po_glossary(sample_po).entries[-1].former == former


@pytest.mark.parametrize("args", [
    ["add", "Ministry of Defense", "방위성", "--en-superseded", "Japan Defense Agency"],
    ["add", "Ministry of Defense", "방위성", "--ko-superseded", "방위청 (2007)"],
    ["add", "Ministry of Defense", "방위성", "--ko-superseded", "(until 2007)"],
    ["edit", "Osaka", "--ko-superseded", "대판 until 1945"],
    ["add", "Ministry of Defense", "방위성", "--ko-superseded", "방위성 (until 2007)"],
])
def test_a_former_name_without_its_year_is_refused(sample_po, args):
    before = sample_po.read_bytes()
    result = run(*args, "--glossary", str(sample_po))
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert sample_po.read_bytes() == before


@pytest.mark.parametrize("args", [
    ["add", "x", "엑스", "--type", "animal"],
    ["edit", "no such term", "--note", "n"],
    ["remove", "no such term"],
])
def test_edit_errors_exit_2_with_one_line(sample_po, args):
    result = run(*args, "--glossary", str(sample_po))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(sample_po) in result.stderr or "unknown type" in result.stderr


def test_check_reports_problems_and_exit_code(tmp_path, sample_po):
    assert run("check", "--glossary", str(sample_po)).returncode == 0
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "가"\n\nmsgid "b"\nmsgstr "가"\n\nmsgid "c"\nmsgstr ""\n',
                   encoding="utf-8")
    result = run("check", "--glossary", str(bad))
    assert result.returncode == 1
    assert "duplicate-term" in result.stdout and "empty-translation" in result.stdout


def test_check_bundled_glossary_is_clean(tmp_path):
    result = run("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "0 errors" in result.stdout


def test_init_then_edit_through_config(tmp_path):
    project = tmp_path / "team"
    result = run("init", str(project))
    assert result.returncode == 0, result.stderr
    assert (project / "yongeo.toml").is_file()
    added = run("add", "shuttle diplomacy", "셔틀외교", cwd=project)
    assert added.returncode == 0, added.stderr
    assert load_po_glossary(project / "glossary" / "ko.po").get("shuttle-diplomacy")
    assert run("lookup", "셔틀외교", cwd=project).returncode == 0
    assert run("init", str(project)).returncode == 2


def test_init_from_bundled(tmp_path):
    result = run("init", str(tmp_path), "--from-bundled")
    assert result.returncode == 0, result.stderr
    assert len(load_po_glossary(tmp_path / "glossary" / "ko.po")) > 50


def test_environment_variable_selects_the_glossary(tmp_path, sample_po):
    result = run("lookup", "Osaka", cwd=tmp_path, env={"YONGEO_GLOSSARY": str(sample_po)})
    assert result.returncode == 0
    assert run("lookup", "Takaichi", cwd=tmp_path,
               env={"YONGEO_GLOSSARY": str(sample_po)}).returncode == 1


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_export_import_round_trip_keeps_preferred_terms(tmp_path, fmt):
    exported = tmp_path / f"g.{fmt}"
    assert run("export", "--format", fmt, "-o", str(exported), cwd=tmp_path).returncode == 0
    target = tmp_path / "new.po"
    result = run("import", str(exported), "--format", fmt, "--into", str(target))
    assert result.returncode == 0, result.stderr
    bundled = {(e.en, e.ko) for e in load_po_glossary(ROOT / "glossary" / "ko.po")}
    assert {(e.en, e.ko) for e in load_po_glossary(target)} == bundled
    again = run("import", str(exported), "--format", fmt, "--into", str(target))
    # Importing the same file again changes nothing.
    assert again.returncode == 0
    assert again.stdout.startswith("0 added, 0 updated,")
    assert f"{len(bundled)} unchanged" in again.stdout


def test_csv_round_trip_keeps_every_field(tmp_path):
    exported = tmp_path / "g.csv"
    run("export", "--format", "csv", "-o", str(exported), cwd=tmp_path)
    target = tmp_path / "new.po"
    run("import", str(exported), "--format", "csv", "--into", str(target))
    original = {e.id: e.to_json() for e in load_po_glossary(ROOT / "glossary" / "ko.po")}
    for entry in load_po_glossary(target):
        copy = entry.to_json()
        copy["references"] = original[entry.id]["references"]
        assert copy == original[entry.id]


def test_export_json_is_the_documented_shape(tmp_path):
    result = run("export", "--format", "json", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert all(set(d) >= {"id", "type", "terms", "note", "references"} for d in data)
    assert all(d["terms"]["en"][0]["status"] == "preferred" for d in data)


def test_import_conflict_is_reported(tmp_path, sample_po):
    tsv = tmp_path / "in.tsv"
    tsv.write_text("Osaka\t오오사카\tplace\nNara\t나라\tplace\n", encoding="utf-8")
    result = run("import", str(tsv), "--into", str(sample_po))
    assert result.returncode == 1
    assert "conflict" in result.stderr and "1 added" in result.stdout


def test_import_bad_tsv_names_line(tmp_path, sample_po):
    tsv = tmp_path / "in.tsv"
    tsv.write_text("Osaka\t오사카\nonly-one-column\n", encoding="utf-8")
    result = run("import", str(tsv), "--into", str(sample_po))
    assert result.returncode == 2
    assert f"{tsv}:2:" in result.stderr


def test_import_without_into_goes_where_add_would(tmp_path):
    """In a project, `import` merges into the glossary `add` edits, and says which; where
    only the installed bundled glossary is in effect, the edit is refused as add's is."""
    project = tmp_path / "team"
    assert run("init", str(project)).returncode == 0
    tsv = project / "terms.tsv"
    tsv.write_text("shuttle diplomacy\t셔틀외교\nNara\t나라\tplace\n", encoding="utf-8")
    result = run("import", "terms.tsv", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added")
    assert result.stdout.rstrip().endswith("into " + str(project / "glossary" / "ko.po"))
    assert load_po_glossary(project / "glossary" / "ko.po").get("shuttle-diplomacy")
    given = run("import", "terms.tsv", "--into", "other.po", cwd=project)
    assert given.returncode == 0 and "into" not in given.stdout  # named by the user already
    env = {"YONGEO_GLOSSARY": str(project / "glossary"), "HOME": str(tmp_path)}
    both = project / "glossary" / "more.po"
    both.write_bytes((project / "glossary" / "ko.po").read_bytes())
    refused = run("import", str(tsv), cwd=tmp_path, env=env)
    assert refused.returncode == 2 and "several glossaries" in refused.stderr


def test_part_of_speech_and_exclusions_from_the_command_line(tmp_path, sample_po):
    """add and edit set what docs/glossary-format.md's `# pos:` and `# not-in:` say, and
    lint reads them: the noun entry no longer matches the verb, nor the excluded phrase."""
    added = run("add", "set", "집합", "--pos", "noun", "--not-in", "in this  set of cases",
                "--glossary", str(sample_po))
    assert added.returncode == 0, added.stderr
    entry = load_po_glossary(sample_po).get("set")
    assert (entry.pos, entry.not_in) == ("noun", ("in this set of cases",))
    source, draft = tmp_path / "s.en.txt", tmp_path / "d.ko.txt"
    source.write_text("You must set the value.\n\nAdd it to the set.\n", encoding="utf-8")
    draft.write_text("값을 지정해야 합니다.\n\n목록에 추가하세요.\n", encoding="utf-8")
    linted = run("lint", str(draft), "--source", str(source), "--glossary", str(sample_po),
                 "--format", "json")
    lines = [f["line"] for f in json.loads(linted.stdout)["findings"]
             if f["rule"] == "term.missing"]
    assert lines == [3]  # the noun, not the verb
    for args, expected in ((["--pos", "verb", "--drop-not-in", "in this set of cases",
                             "--not-in", "set off"], ("verb", ("set off",))),
                           (["--pos", "none"], (None, ("set off",)))):
        edited = run("edit", "set", *args, "--glossary", str(sample_po))
        assert edited.returncode == 0, edited.stderr
        entry = load_po_glossary(sample_po).get("set")
        assert (entry.pos, entry.not_in) == expected
    for args, message in ((["--pos", "noun-ish"], "unknown part of speech 'noun-ish'"),
                          (["--drop-not-in", "set up"], "'set up' is not an exclusion phrase"),
                          (["--not-in", " "], "exclusion phrase (--not-in) is empty")):
        refused = run("edit", "set", *args, "--glossary", str(sample_po))
        assert refused.returncode == 2 and message in refused.stderr, refused.stderr
