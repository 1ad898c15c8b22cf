"""Which glossary is used: option, environment, configuration, bundled."""

import os
from pathlib import Path

import pytest

from yongeo.config import (
    bundled_glossary_dir,
    edit_target,
    find_config,
    load_glossary,
    select_glossaries,
)
from yongeo.errors import ConfigError, EditError, InputError


def test_option_beats_environment_and_config(tmp_path, sample_po):
    (tmp_path / "yongeo.toml").write_text('glossary = "other.po"\n', encoding="utf-8")
    selection = select_glossaries([sample_po], start=tmp_path,
                                  environ={"YONGEO_GLOSSARY": "/elsewhere.po"})
    assert (selection.origin, selection.paths) == ("option", (sample_po,))


def test_environment_holds_several_paths(tmp_path):
    value = os.pathsep.join(["a.po", "b"])
    selection = select_glossaries(None, start=tmp_path, environ={"YONGEO_GLOSSARY": value})
    assert selection.origin == "environment"
    assert selection.paths == (Path("a.po"), Path("b"))


@pytest.mark.parametrize(("name", "text"), [
    ("yongeo.toml", 'glossary = ["glossary/ko.po"]\n'),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.yongeo]\nglossary = "glossary/ko.po"\n'),
])
def test_config_found_upwards_with_paths_relative_to_it(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    selection = select_glossaries(None, start=nested, environ={})
    assert selection.origin == "config"
    assert selection.paths == ((tmp_path / "glossary" / "ko.po").resolve(),)


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path).path is None or find_config(tmp_path).path != (
        tmp_path / "pyproject.toml")


def test_bundled_is_the_fallback(tmp_path):
    selection = select_glossaries(None, start=tmp_path, environ={})
    assert selection.origin == "bundled"
    assert (bundled_glossary_dir() / "ko.po").is_file()
    assert len(load_glossary(selection)) > 50


def test_bad_toml_names_file_and_line(tmp_path):
    (tmp_path / "yongeo.toml").write_text('glossary = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        find_config(tmp_path)
    assert info.value.path.endswith("yongeo.toml") and info.value.line == 1


def test_directory_loads_every_po_and_reports_conflicts(tmp_path, sample_po):
    other = tmp_path / "more"
    other.mkdir()
    (other / "a.po").write_text('msgid "Osaka"\nmsgstr "오오사카"\n', encoding="utf-8")
    glossary = load_glossary(select_glossaries([sample_po, other]))
    assert [c.kind for c in glossary.conflicts] == ["merge"]


def test_empty_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no .po"):
        load_glossary(select_glossaries([tmp_path]))


def test_edit_needs_one_file(tmp_path, sample_po):
    copy = tmp_path / "two.po"
    copy.write_bytes(sample_po.read_bytes())
    with pytest.raises(EditError, match="several"):
        edit_target(select_glossaries([sample_po, copy]))
    assert edit_target(select_glossaries([sample_po])) == sample_po


def test_installed_bundled_glossary_is_read_only(tmp_path, monkeypatch):
    site = tmp_path / "site-packages" / "yongeo" / "data" / "glossary"
    site.mkdir(parents=True)
    (site / "ko.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    monkeypatch.setattr("yongeo.config.bundled_glossary_dir", lambda: site)
    with pytest.raises(EditError, match="yongeo init"):
        edit_target(select_glossaries(None, start=tmp_path, environ={}))
