"""Interchange round trips of the bundled glossary through the CLI: TSV, CSV and TBX; former
names through every format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from dataclasses import replace

import pytest
from conftest import BUNDLED_PO, make_entry
from in_process import run_yongeo

from yongeo.errors import GlossaryError
from yongeo.glossary.formats import EXPORTERS, IMPORTERS, from_csv, from_json, to_csv
from yongeo.glossary.model import Glossary, Status
from yongeo.glossary.stored import load_po_glossary


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    return run_yongeo(args, cwd, env={"YONGEO_GLOSSARY": None})


def export_and_import(tmp_path, fmt: str):
    exported = tmp_path / f"glossary.{fmt}"
    result = run("export", "--format", fmt, "-o", str(exported), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    target = tmp_path / "imported.po"
    result = run("import", str(exported), "--format", fmt, "--into", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return target


@pytest.mark.parametrize("fmt", ["tsv", "csv", "tbx"])
def test_round_trip_keeps_every_preferred_term(tmp_path, fmt):
    target = export_and_import(tmp_path, fmt)
    bundled = load_po_glossary(BUNDLED_PO)
    assert [(e.en, e.ko) for e in load_po_glossary(target)] == [(e.en, e.ko) for e in bundled]


def test_po_tbx_po_loses_nothing_the_json_export_shows(tmp_path):
    target = export_and_import(tmp_path, "tbx")
    before = run("export", "--format", "json", cwd=tmp_path)
    after = run("export", "--format", "json", "--glossary", str(target), cwd=tmp_path)
    assert before.returncode == after.returncode == 0
    assert json.loads(after.stdout) == json.loads(before.stdout)  # ids included


def test_every_exported_format_can_be_imported():
    assert set(EXPORTERS) <= set(IMPORTERS)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_library_round_trip_keeps_preferred_terms(small_glossary, fmt):
    entries = IMPORTERS[fmt](EXPORTERS[fmt](small_glossary), f"small.{fmt}")
    assert [(e.en, e.ko) for e in entries] == [(e.en, e.ko) for e in small_glossary]


# --- former names: the superseded columns of CSV, the former list of JSON ------------------

DEFENSE = make_entry(
    "japanese-ministry-of-defense", "organization", "Japanese Ministry of Defense", "방위성",
    ("Japanese Defense Ministry", "en", "admitted"), ("JDA", "en", "deprecated"),
    ("Japan Defense Agency", "en", "deprecated"), ("Defence Agency", "en", "deprecated"),
    ("일본 방위성", "ko", "admitted"), ("방위청", "ko", "deprecated"),
    former=(("en", "Japan Defense Agency", 2007), ("en", "Defence Agency", 2007),
            ("ko", "방위청", 2007)))


@pytest.mark.parametrize("fmt", ["csv", "json", "tbx", "po"])
@pytest.mark.parametrize("former", [
    DEFENSE.former,
    (("ko", "방위청", 2007),),
    (),
])
def test_former_names_survive_every_format(fmt, former):
    entry = replace(DEFENSE, former=former)
    (back,) = IMPORTERS[fmt](EXPORTERS[fmt](Glossary((entry,))), f"former.{fmt}")
    assert back.former == former
    assert back.to_json() == entry.to_json()


def test_csv_writes_a_former_name_with_its_year_in_its_own_column():
    (row,) = csv.DictReader(io.StringIO(to_csv(Glossary((DEFENSE,)))))
    assert row["en_deprecated"] == "JDA"
    assert row["en_superseded"] == "Japan Defense Agency (until 2007) | Defence Agency (until 2007)"
    assert (row["ko_deprecated"], row["ko_superseded"]) == ("", "방위청 (until 2007)")


# Files written before former names: no superseded column, no former key.
OLD_CSV = ("en,ko,en_deprecated,ko_deprecated,en_rendering,ko_rendering\n"
           "Japanese Ministry of Defense,방위성,Japan Defense Agency,방위청,,\n")
OLD_JSON = json.dumps([{"id": "mod", "type": "organization", "terms": {
    "en": [{"term": "Japanese Ministry of Defense", "status": "preferred"},
           {"term": "Japan Defense Agency", "status": "deprecated"}],
    "ko": [{"term": "방위성", "status": "preferred"}]}, "not_in": []}])


@pytest.mark.parametrize(("read", "text", "deprecated"), [
    (from_csv, OLD_CSV, ["Japan Defense Agency", "방위청"]),
    (from_json, OLD_JSON, ["Japan Defense Agency"]),
])
def test_a_file_without_former_names_reads_as_before(read, text, deprecated):
    (entry,) = read(text, "old")
    assert entry.former == ()
    assert [t.text for t in entry.terms if t.status is Status.DEPRECATED] == deprecated


@pytest.mark.parametrize(("text", "message"), [
    ("en,en_superseded\nMinistry of Defense,Defense Agency\n", "en_superseded"),
    ("en,ko_superseded\nMinistry of Defense,방위청 (until)\n", "ko_superseded"),
    ("en,ko,ko_superseded\nMinistry of Defense,국방부,(until 2007)\n", "ko_superseded"),
])
def test_a_csv_former_name_without_its_year_is_an_error_naming_the_line(text, message):
    with pytest.raises(GlossaryError, match=message) as caught:
        from_csv(text, "f.csv")
    assert caught.value.line == 2


@pytest.mark.parametrize("former", [
    [{"lang": "en", "term": "Defense Agency", "until": 2007}],  # not a deprecated term
    [{"lang": "en", "term": "Japan Defense Agency", "until": "soon"}],
    [{"lang": "en", "term": "Japan Defense Agency"}],
])
def test_a_json_former_name_must_be_a_deprecated_term_with_a_year(former):
    data = json.loads(OLD_JSON)
    data[0]["former"] = former
    with pytest.raises(GlossaryError, match="entry 1"):
        from_json(json.dumps(data), "f.json")
