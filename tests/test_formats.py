"""Interchange round trips of the bundled glossary through the CLI: TSV, CSV and TBX."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import BUNDLED_PO
from in_process import run_yongeo

from yongeo.glossary.formats import EXPORTERS, IMPORTERS
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
