"""The on-disk cache of compiled glossaries: keyed by content, rebuilt when it changes or is
corrupt, and off with YONGEO_NO_CACHE."""

from __future__ import annotations

import pickle

import pytest
from conftest import SAMPLE_PO, make_entry
from lint_examples import glossary

from yongeo import cache
from yongeo.config import select_glossaries
from yongeo.glossary.model import Glossary
from yongeo.lint import compile_glossary, lint_text
from yongeo.lint.index import compile_selection


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_NO_CACHE", raising=False)
    return tmp_path / "cache" / "yongeo"


def cached_files(folder):
    return sorted(folder.glob("lint*.pickle")) if folder.exists() else []


def test_compiled_glossary_is_stored_and_read_back(cache_home):
    first = compile_glossary(glossary())
    files = cached_files(cache_home)
    assert len(files) == 1 and files[0].name.startswith("lint-")
    second = compile_glossary(glossary())
    assert second is not first  # read from disk
    assert [f.found for f in lint_text("오오사카에서", second)] == ["오오사카"]
    assert cached_files(cache_home) == files


def test_key_changes_with_content_and_version(cache_home, monkeypatch):
    base = glossary()
    changed = Glossary((*base.entries, make_entry("tokyo", "place", "Tokyo", "도쿄",
                                                  ("동경", "ko", "deprecated"))))
    assert cache.glossary_key(base) == cache.glossary_key(glossary())
    assert cache.glossary_key(base) != cache.glossary_key(changed)
    before = cache.glossary_key(base)
    with monkeypatch.context() as patched:
        patched.setattr(cache, "__version__", "99.0")
        cache._stamp.cache_clear()
        assert cache.glossary_key(base) != before
    cache._stamp.cache_clear()
    compile_glossary(base)
    index = compile_glossary(changed)
    assert len(cached_files(cache_home)) == 2
    assert [f.found for f in lint_text("동경에서", index)] == ["동경"]


def test_key_changes_with_the_sense_fields():
    entry = make_entry("set", "concept", "set", "집합")
    keys = {cache.glossary_key(Glossary((e,))) for e in (
        entry, make_entry("set", "concept", "set", "집합", pos="noun"),
        make_entry("set", "concept", "set", "집합", not_in=("set up",)))}
    assert len(keys) == 3


@pytest.mark.parametrize("module", [
    "yongeo.match",
    "yongeo.text.places",  # a pair's orders and phrasings are the matcher's forms
    "yongeo.text.english_names",  # the speller's patterns of persons' names
    "yongeo.text.korean_names",
])
def test_key_changes_with_the_code_that_compiles(tmp_path, monkeypatch, module):
    """A checkout that changes the matcher, the speller or the language knowledge they
    compile into a glossary without a version bump must not read glossaries compiled by the
    old code."""
    import importlib

    loaded = importlib.import_module(module)
    before = cache.glossary_key(glossary())
    moved = tmp_path / "module.py"
    moved.write_text("# another version of the module\n")
    with monkeypatch.context() as patched:
        patched.setattr(loaded, "__file__", str(moved))
        cache._stamp.cache_clear()
        assert cache.glossary_key(glossary()) != before
    cache._stamp.cache_clear()
    assert cache.glossary_key(glossary()) == before


def test_corrupt_cache_is_ignored_and_replaced(cache_home):
    compile_glossary(glossary())
    [path] = cached_files(cache_home)
    path.write_bytes(b"not a pickle")
    index = compile_glossary(glossary())
    assert [f.found for f in lint_text("오오사카에서", index)] == ["오오사카"]
    assert pickle.loads(path.read_bytes()).matcher is not None


def test_no_cache_environment_variable(cache_home, monkeypatch):
    monkeypatch.setenv("YONGEO_NO_CACHE", "1")
    compile_glossary(glossary())
    assert cached_files(cache_home) == []


def test_unwritable_cache_directory_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.delenv("YONGEO_NO_CACHE", raising=False)
    assert compile_glossary(glossary()).matcher is not None


def test_selection_is_keyed_by_file_bytes(cache_home, tmp_path):
    po = tmp_path / "ko.po"
    po.write_text(SAMPLE_PO, encoding="utf-8")
    selection = select_glossaries([po], start=tmp_path, environ={})
    index = compile_selection(selection)
    assert [f.found for f in lint_text("오오사카에서", index)] == ["오오사카"]
    po.write_text(SAMPLE_PO.replace("# ko-deprecated: 오오사카\n", ""), encoding="utf-8")
    index = compile_selection(selection)
    assert lint_text("오오사카에서", index) == []
    assert len(cached_files(cache_home)) == 2


def test_old_cache_files_are_pruned(cache_home, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    for n in range(4):
        compile_glossary(Glossary((make_entry(f"e{n}", "concept", f"term {n}", f"용어{n}"),)))
    assert len(cached_files(cache_home)) == 2
