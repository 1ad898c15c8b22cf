"""The PO store: faithful reading, byte-exact saving, locked atomic edits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED_PO, ROOT, SAMPLE_PO, make_entry

from yongeo.errors import EditError, GlossaryError
from yongeo.glossary.edit import Change, add_entry, edit_entry, remove_entry
from yongeo.glossary.model import Status
from yongeo.glossary.po import PoStore, edit_po, render_entry
from yongeo.glossary.stored import load_po_glossary

MSGFMT = shutil.which("msgfmt")


def msgfmt_check(path: Path) -> None:
    if MSGFMT is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    result = subprocess.run([MSGFMT, "--check", "-o", os.devnull, str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_reads_curation_from_translator_comments(sample_po):
    glossary = load_po_glossary(sample_po)
    osaka = glossary.get("osaka")
    assert osaka.type == "place"
    assert [t.text for t in osaka.terms_in("ko", Status.DEPRECATED)] == ["오오사카"]
    assert glossary.get("shuttle-diplomacy").references == ("seeds/000_60a393ccda4ab0f9.txt:1",)
    assert glossary.get("economic-security").fuzzy
    assert glossary.get("old-term") is None  # obsolete entries are not in the glossary


@pytest.mark.parametrize("variant", ["plain", "crlf", "bom"])
def test_load_and_save_untouched_is_byte_identical(tmp_path, variant):
    data = SAMPLE_PO.encode()
    if variant == "crlf":
        data = data.replace(b"\n", b"\r\n")
    if variant == "bom":
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / "g.po"
    path.write_bytes(data)
    assert PoStore.open(path).dumps() == data


def test_bundled_glossary_round_trips_byte_identical():
    assert PoStore.open(BUNDLED_PO).dumps() == BUNDLED_PO.read_bytes()


def test_rendering_matches_the_bundled_layout():
    """Re-rendering every bundled entry gives its exact text: edits never reflow others."""
    store = PoStore.open(BUNDLED_PO)
    for segment in store._segments:
        if segment.entry is not None:
            assert render_entry(segment.entry, list(segment.po_entry.flags)) == (
                segment.text.strip("\n") + "\n")


def test_add_then_remove_is_byte_identical(sample_po):
    before = sample_po.read_bytes()
    entry = make_entry("economic-statecraft", "concept", "economic statecraft", "경제책략",
                       ("경제 통치술", "ko", "deprecated"), note="A long note " * 12)
    add_entry(sample_po, entry)
    assert sample_po.read_bytes() != before
    msgfmt_check(sample_po)
    remove_entry(sample_po, "economic statecraft")
    assert sample_po.read_bytes() == before


def test_new_entries_go_before_obsolete_ones(sample_po):
    add_entry(sample_po, make_entry("nara", "place", "Nara", "나라"))
    text = sample_po.read_text(encoding="utf-8")
    assert text.index('msgid "Nara"') < text.index("#~ msgid")


def test_edit_touches_only_its_entry(sample_po):
    before = sample_po.read_text(encoding="utf-8")
    edit_entry(sample_po, "오사카", Change(note="Japan's second city."))
    after = sample_po.read_text(encoding="utf-8")
    assert before.split("# id: osaka")[0] == after.split("# id: osaka")[0]
    assert before.split('msgstr "오사카"')[1] == after.split('msgstr "오사카"')[1]
    assert "# note: Japan's second city." in after


def test_long_variants_are_never_wrapped(sample_po):
    long_name = "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
    add_entry(sample_po, make_entry("cptpp", "agreement", "CPTPP", "CPTPP",
                                    (long_name, "en", "admitted")))
    entry = load_po_glossary(sample_po).get("cptpp")
    assert [t.text for t in entry.terms_in("en", Status.ADMITTED)] == [long_name]
    msgfmt_check(sample_po)


def test_promoting_a_variant_demotes_the_old_preferred(sample_po):
    _, new = edit_entry(sample_po, "osaka", Change(ko="오오사카"))
    assert new.ko == "오오사카"
    assert [t.text for t in new.terms_in("ko", Status.ADMITTED)] == ["오사카"]
    assert not new.terms_in("ko", Status.DEPRECATED)


def test_adding_an_existing_term_points_to_edit(sample_po):
    with pytest.raises(EditError, match="yongeo edit"):
        add_entry(sample_po, make_entry("x", "concept", "Shuttle  Diplomacy", "왕복외교"))


def test_edit_refuses_a_term_of_another_entry(sample_po):
    with pytest.raises(EditError, match="already belongs"):
        edit_entry(sample_po, "Osaka", Change(ko="셔틀외교"))


@pytest.mark.parametrize(("text", "line", "fragment"), [
    ('msgid "a"\nmsgstr "b\n', 2, ""),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, "duplicate msgid"),
    ('msgid "a"\nmsgstr "b"\nbogus line\n', 3, ""),
])
def test_malformed_po_names_file_and_line(tmp_path, text, line, fragment):
    path = tmp_path / "bad.po"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_po_glossary(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert fragment in info.value.message


def test_unknown_type_is_an_error_with_line(tmp_path):
    path = tmp_path / "bad.po"
    path.write_text('msgid ""\nmsgstr ""\n\n# type: animal\nmsgid "a"\nmsgstr "b"\n',
                    encoding="utf-8")
    with pytest.raises(GlossaryError, match="unknown type") as info:
        load_po_glossary(path)
    assert info.value.line == 4


def test_failed_rename_leaves_the_old_file(sample_po, monkeypatch):
    before = sample_po.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(EditError, match="disk full"):  # one line on stderr, exit 2
        add_entry(sample_po, make_entry("nara", "place", "Nara", "나라"))
    assert sample_po.read_bytes() == before
    assert [p.name for p in sample_po.parent.iterdir() if p.suffix == ".tmp"] == []


def test_an_exception_inside_an_edit_saves_nothing(sample_po):
    before = sample_po.read_bytes()
    with pytest.raises(RuntimeError), edit_po(sample_po) as store:
        store.add(make_entry("nara", "place", "Nara", "나라"))
        raise RuntimeError("interrupted")
    assert sample_po.read_bytes() == before


def test_concurrent_adds_all_land(tmp_path):
    """Eight processes add at once; the lock makes every entry land and keeps every old one
    byte for byte, the file passes msgfmt, and no lock or temporary file is left behind."""
    path = tmp_path / "ko.po"
    path.write_bytes(BUNDLED_PO.read_bytes())
    old_segments = [s.text for s in PoStore.open(path)._segments if s.entry is not None]
    old_entries = load_po_glossary(path).entries
    script = (
        "import sys; from yongeo.cli import main; "
        "main(['add', f'term {sys.argv[1]}', f'용어 {sys.argv[1]}', '-g', sys.argv[2]])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", script, str(n), str(path)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for n in range(8)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    glossary = load_po_glossary(path)
    assert {f"term {n}" for n in range(8)} <= {e.en for e in glossary}
    assert set(old_entries) <= set(glossary.entries)
    text = path.read_text(encoding="utf-8")
    assert all(segment in text for segment in old_segments)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ko.po"]
    msgfmt_check(path)


PLURAL = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
          '# type: concept\nmsgid "sanction"\nmsgid_plural "sanctions"\nmsgstr[0] "제재"\n')


def test_a_plural_entry_reads_its_first_form_as_the_korean_term(tmp_path):
    path = tmp_path / "g.po"
    path.write_text(PLURAL, encoding="utf-8")
    (entry,) = load_po_glossary(path).entries
    assert [(t.text, t.lang, t.status) for t in entry.terms] == [
        ("sanction", "en", Status.PREFERRED), ("제재", "ko", Status.PREFERRED),
        ("sanctions", "en", Status.ADMITTED)]


def test_check_does_not_call_a_plural_entry_untranslated(tmp_path):
    (tmp_path / "g.po").write_text(PLURAL, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "yongeo", "check", "-g", "g.po"],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout
