"""The glossary through the ecosystem's own tools: translate-toolkit's TBX, Babel's and polib's
PO writers, msgmerge and msgfmt."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from conftest import BUNDLED_PO, ROOT
from in_process import run_yongeo

from yongeo.glossary.model import Status
from yongeo.glossary.stored import load_po_glossary
from yongeo.glossary.tbx import read_tbx, to_tbx


def run(*args: str, cwd, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_yongeo(args, cwd, stdin, env={"YONGEO_GLOSSARY": None})


# --- TBX v2 for translate-toolkit and Weblate ----------------------------------------------


def test_translate_toolkit_reads_every_preferred_term_of_the_v2_export(tmp_path):
    tbx = pytest.importorskip("translate.storage.tbx")
    exported = tmp_path / "glossary.tbx"
    result = run("export", "--format", "tbx", "--tbx-version", "2", "-o", str(exported),
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    store = tbx.tbxfile.parsefile(str(exported))
    bundled = load_po_glossary(BUNDLED_PO)
    assert [(u.source, u.target) for u in store.units] == [(e.en, e.ko) for e in bundled]
    for unit, entry in zip(store.units, bundled, strict=True):
        deprecated = {t.text for t in unit.get_target_terms() if t.deprecated}
        assert deprecated == {t.text for t in entry.terms_in("ko", Status.DEPRECATED)}


@pytest.mark.parametrize("version", ["2", "3"])
def test_either_version_round_trips_through_import(tmp_path, version):
    exported = tmp_path / "glossary.tbx"
    assert run("export", "-f", "tbx", "--tbx-version", version, "-o", str(exported),
               cwd=tmp_path).returncode == 0
    result = run("import", str(exported), "--into", "back.po", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    before = run("export", cwd=tmp_path).stdout
    after = run("export", "--glossary", "back.po", cwd=tmp_path).stdout
    assert json.loads(after) == json.loads(before)


@pytest.mark.parametrize(("version", "root"), [("2", "<martif "), ("3", "<tbx ")])
def test_version_chooses_the_root(tmp_path, version, root):
    result = run("export", "-f", "tbx", "--tbx-version", version, cwd=tmp_path)
    assert result.returncode == 0 and root in result.stdout


def test_version_3_is_the_default(tmp_path):
    assert run("export", "-f", "tbx", cwd=tmp_path).stdout == run(
        "export", "-f", "tbx", "--tbx-version", "3", cwd=tmp_path).stdout


def test_unknown_version_is_a_usage_error(tmp_path):
    result = run("export", "-f", "tbx", "--tbx-version", "4", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_what_translate_toolkit_writes_is_imported():
    tbx = pytest.importorskip("translate.storage.tbx")
    bundled = load_po_glossary(BUNDLED_PO)
    store = tbx.tbxfile(sourcelanguage="en", targetlanguage="ko")
    for entry in bundled:
        unit = store.addsourceunit(entry.en)
        unit.target = entry.ko
        if entry.note:
            unit.addnote(entry.note, origin="definition")
    loaded = read_tbx(bytes(store), "tt.tbx")
    assert loaded.skipped == () and loaded.other_languages == ()
    assert [(e.en, e.ko, e.note) for e in loaded.entries] == [
        (e.en, e.ko, e.note) for e in bundled]


def test_translate_toolkit_save_of_the_v2_export_reads_back_the_same(tmp_path):
    tbx = pytest.importorskip("translate.storage.tbx")
    bundled = load_po_glossary(BUNDLED_PO)
    store = tbx.tbxfile.parsestring(to_tbx(bundled, version=2).encode("utf-8"))
    resaved = bytes(store)
    back = read_tbx(resaved, "resaved.tbx").entries
    assert [e.to_json() for e in back] == [e.to_json() for e in bundled]


def test_tbx2po_converts_every_entry(tmp_path):
    if shutil.which("tbx2po") is None:
        pytest.skip("translate-toolkit's tbx2po is not installed")
    exported = tmp_path / "glossary.tbx"
    exported.write_text(to_tbx(load_po_glossary(BUNDLED_PO), version=2), encoding="utf-8")
    subprocess.run(["tbx2po", str(exported), str(tmp_path / "out.po")], check=True,
                   capture_output=True, timeout=120)
    import polib

    converted = [(e.msgid, e.msgstr) for e in polib.pofile(str(tmp_path / "out.po"))]
    assert converted == [(e.en, e.ko) for e in load_po_glossary(BUNDLED_PO)]


# --- import: the format from the extension, lossless CSV and JSON ---------------------------

EVERY_FIELD_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"

# id: 2026-apec-summit
# type: event
# pos: proper-noun
# en-admitted: APEC summit 2026
# en-deprecated: APEC Sumit
# en-superseded: APEC Summit Korea (until 2025)
# ko-admitted: 2026 APEC
# ko-deprecated: 에이펙 정상회의
# ko-superseded: APEC 정상회의 (until 2025)
# not-in: APEC summit season
# note: A note, with "quotes" | and a bar.
# case-sensitive: yes
# untranslated: yes
#: seeds/a.txt:3 seeds/b.txt:7
#, fuzzy
msgid "2026 APEC Summit"
msgstr "2026 APEC 정상회의"

# id: set-noun
# type: concept
# pos: noun
#: seeds/c.txt:1
msgid "set"
msgstr "집합"

# id: set-verb
# type: concept
# pos: verb
msgctxt "set-verb"
msgid "set"
msgstr "설정하다"
"""


@pytest.mark.parametrize("fmt", ["csv", "json", "tbx", "po"])
def test_every_field_survives_export_and_import(tmp_path, fmt):
    (tmp_path / "every.po").write_text(EVERY_FIELD_PO, encoding="utf-8")
    exported = tmp_path / f"exported.{fmt}"
    result = run("export", "-f", fmt, "--glossary", "every.po", "-o", str(exported),
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = run("import", str(exported), "--into", "back.po", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    before = json.loads(run("export", "--glossary", "every.po", cwd=tmp_path).stdout)
    after = json.loads(run("export", "--glossary", "back.po", cwd=tmp_path).stdout)
    assert after == before
    assert before[0]["references"] and before[0]["fuzzy"]  # the fields under test are set
    assert before[0]["former"] == [{"lang": "en", "term": "APEC Summit Korea", "until": 2025},
                                   {"lang": "ko", "term": "APEC 정상회의", "until": 2025}]


@pytest.mark.parametrize(("name", "fmt"), [
    ("g.tbx", "TBX"), ("G.TBX", "TBX"), ("g.csv", "CSV"), ("g.tsv", "TSV"), ("g.json", "JSON"),
    ("g.po", "PO"),
])
def test_import_infers_the_format_from_the_extension_and_says_so(tmp_path, name, fmt):
    source = tmp_path / "source.po"
    source.write_text(EVERY_FIELD_PO, encoding="utf-8")
    assert run("export", "-f", fmt.lower(), "--glossary", "source.po", "-o", name,
               cwd=tmp_path).returncode == 0
    result = run("import", name, "--into", "back.po", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith(f" conflicts (read as {fmt}, from its extension)\n")
    assert [e.en for e in load_po_glossary(tmp_path / "back.po")] == [
        "2026 APEC Summit", "set", "set"]


def test_format_option_overrides_the_extension(tmp_path):
    (tmp_path / "terms.txt").write_text("en,ko\nOsaka,오사카\n", encoding="utf-8")
    result = run("import", "terms.txt", "--format", "csv", "--into", "g.po", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == "" and "read as" not in result.stdout
    assert [(e.en, e.ko) for e in load_po_glossary(tmp_path / "g.po")] == [("Osaka", "오사카")]


def test_unknown_extension_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "terms.xlsx").write_bytes(b"PK\x03\x04")
    result = run("import", "terms.xlsx", "--into", "g.po", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "terms.xlsx" in result.stderr and "--format" in result.stderr
    assert not (tmp_path / "g.po").exists()


@pytest.mark.parametrize(("text", "line"), [
    ("[{", 1),
    ('{"id": "x"}', 1),
    ('[{"terms": {"en": []}}]', None),
    ('[{"terms": {"en": [{"term": "x", "status": "preferred"}]}, "type": "dog"}]', None),
])
def test_bad_json_is_one_line_and_exit_2(tmp_path, text, line):
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    result = run("import", "bad.json", "--into", "g.po", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    error = result.stderr.splitlines()[-1]
    assert error.startswith("yongeo: bad.json" + (f":{line}:" if line else ":"))


@pytest.mark.parametrize("code", ["xx", "x-klingon", "tlh"])
def test_tbx_target_language_unknown_is_named_never_an_empty_korean_term(tmp_path, code):
    document = f"""<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry><langSet xml:lang="en"><tig><term>Nara</term></tig></langSet>
<langSet xml:lang="{code}"><tig><term>nara</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="en"><tig><term>Kyoto</term></tig></langSet>
<langSet xml:lang="ko"><tig><term>교토</term></tig></langSet></termEntry>
</body></text></martif>
"""
    (tmp_path / "t.tbx").write_text(document, encoding="utf-8")
    result = run("import", "t.tbx", "--into", "g.po", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"'{code}'" in result.stderr and "t.tbx:3:" in result.stderr
    assert [(e.en, e.ko) for e in load_po_glossary(tmp_path / "g.po")] == [("Kyoto", "교토")]


# --- PO saved by other tools: re-wrapped translator comments ---------------------------------

LONG_VALUES_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"

# reviewed by the Seoul desk, who also checked the Korean against the treaty text of 2018
# id: cptpp
# type: agreement
# en-admitted: Comprehensive and Progressive Agreement for Trans-Pacific Partnership
# en-deprecated: Comprehensive and Progressive Trans-Pacific Partnership Agreement (TPP-11)
# ko-admitted: 포괄적·점진적 환태평양경제동반자협정 포괄적·점진적 환태평양경제동반자협정 포괄적 협정
# not-in: the Comprehensive and Progressive Agreement negotiations of the member economies
# note: A trade agreement among eleven Pacific Rim economies, in force since December 2018; the acronym stays as it is in Korean texts.
# case-sensitive: yes
# untranslated: yes
msgid "CPTPP"
msgstr "CPTPP"
"""


def _save_with_polib(source, target):
    polib = pytest.importorskip("polib")
    polib.pofile(str(source)).save(str(target))


def _save_with_babel(source, target):
    pofile = pytest.importorskip("babel.messages.pofile")
    with open(source, "rb") as handle:
        catalog = pofile.read_po(handle)
    with open(target, "wb") as handle:
        pofile.write_po(handle, catalog)


def _save_with_translate_toolkit(source, target):
    pypo = pytest.importorskip("translate.storage.pypo")
    target.write_bytes(bytes(pypo.pofile.parsefile(str(source))))


def _save_with_msgcat(source, target):
    if shutil.which("msgcat") is None:
        pytest.skip("GNU gettext's msgcat is not installed")
    subprocess.run(["msgcat", "-o", str(target), str(source)], check=True, timeout=60)


SAVERS = {"polib": _save_with_polib, "babel": _save_with_babel, "msgcat": _save_with_msgcat,
          "translate-toolkit": _save_with_translate_toolkit}


@pytest.mark.parametrize("tool", sorted(SAVERS))
@pytest.mark.parametrize("glossary", ["long-values", "bundled"])
def test_a_save_by_another_po_tool_keeps_every_term_status_and_note(tmp_path, tool, glossary):
    source = tmp_path / "source.po"
    if glossary == "bundled":
        shutil.copy(BUNDLED_PO, source)
    else:
        source.write_text(LONG_VALUES_PO, encoding="utf-8")
    saved = tmp_path / "saved.po"
    SAVERS[tool](source, saved)
    before, after = load_po_glossary(source), load_po_glossary(saved)
    assert [e.to_json() for e in after] == [e.to_json() for e in before]
    # A free comment line may come back as two lines: its words stay, in order.
    assert [" ".join(e.extra_comments) for e in after] == [
        " ".join(e.extra_comments) for e in before]
    if glossary == "long-values" and tool in ("polib", "babel"):
        # The tool did wrap the comments: the test is not vacuous.
        assert "# Partnership\n" in saved.read_text(encoding="utf-8")


def test_check_names_a_comment_line_it_cannot_attribute(tmp_path):
    (tmp_path / "g.po").write_text(LONG_VALUES_PO.replace(
        "# type: agreement\n", "# type: agreement\n# Pacific Rim\n"), encoding="utf-8")
    result = run("check", "--glossary", "g.po", cwd=tmp_path)
    assert "warning stray-comment" in result.stdout
    assert "'Pacific Rim'" in result.stdout and "g.po:" in result.stdout


# --- msgmerge against the template: what it damages, check reports ---------------------------

needs_msgmerge = pytest.mark.skipif(shutil.which("msgmerge") is None,
                                    reason="GNU gettext's msgmerge is not installed")


def _msgmerge(tmp_path, *options: str):
    merged = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "-q", *options, "-o", str(merged), str(BUNDLED_PO),
                    str(ROOT / "glossary" / "diplomacy.pot")], check=True, timeout=120)
    return merged


def _findings(stdout: str) -> list[tuple[str, str, str]]:
    """(location, severity, code) of each line of `yongeo check`."""
    found = []
    for line in stdout.splitlines():
        location, _, rest = line.partition(": ")
        if rest and location.startswith("merged.po:"):
            severity, code = rest.split(":", 1)[0].split()
            found.append((location, severity, code))
    return found


@needs_msgmerge
@pytest.mark.parametrize("previous", [False, True])
def test_check_reports_what_msgmerge_did(tmp_path, previous):
    merged = _msgmerge(tmp_path, *(["--previous"] if previous else []))
    result = run("check", "--glossary", "merged.po", cwd=tmp_path)
    assert result.returncode == 1
    found = _findings(result.stdout)
    codes = {code for _, _, code in found}
    assert {"preferred-and-deprecated", "duplicate-id", "msgid-changed",
            "obsolete-reviewed"} <= codes
    assert "merge-conflict" not in codes and "two glossaries" not in result.stdout
    text = merged.read_text(encoding="utf-8").split("\n")
    # Each finding points at the first line of its entry.
    for location, _, _ in found:
        number = int(location.split(":")[1])
        assert text[number - 2] == "" and text[number - 1], location
    takahichi = next(n for n, line in enumerate(text, 1) if line == 'msgid "Takahichi Sanae"')
    while text[takahichi - 2]:
        takahichi -= 1
    assert (f"merged.po:{takahichi}", "error", "preferred-and-deprecated") in found
    assert (f"merged.po:{takahichi}", "error" if previous else "warning",
            "msgid-changed") in found
    reported = [int(loc.split(":")[1]) for loc, _, code in found if code == "obsolete-reviewed"]
    assert reported
    for number in reported:  # an obsolete entry: its comments, then #~ lines
        entry = text[number - 1:text.index("", number)]
        assert entry[-1].startswith("#~ msgstr ") and "# id:" in entry[0]


@needs_msgmerge
def test_lookup_never_advises_a_deprecated_term(tmp_path):
    _msgmerge(tmp_path)
    result = run("lookup", "Takahichi", "--json", "--glossary", "merged.po", cwd=tmp_path)
    assert result.returncode == 0
    entries = json.loads(result.stdout)
    for entry in entries:
        advice = entry["match"].get("use_instead")
        if advice is not None:
            lang = entry["match"]["lang"]
            deprecated = {t["term"] for t in entry["terms"][lang] if t["status"] == "deprecated"}
            assert advice not in deprecated
    assert entries[0]["match"]["use_instead"] == "Takaichi"


def test_update_then_check_is_clean_where_msgmerge_is_not(tmp_path):
    shutil.copy(BUNDLED_PO, tmp_path / "ko.po")
    assert run("update", str(ROOT / "glossary" / "diplomacy.pot"), "ko.po",
               cwd=tmp_path).returncode == 0
    result = run("check", "--glossary", "ko.po", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert " 0 errors" in result.stdout


@pytest.mark.parametrize(("comment", "code"), [
    ("# id: osaka\n# type: place\n# Checked twice.\n", "stray-comment"),
    ("# id: osaka\n# type: place\n# case-sensitive: yes\n# by hand\n", "stray-comment"),
    ("# id: osaka\n# type: place\n# note: Checked\n# twice.\n", None),
    ("# Checked twice.\n# id: osaka\n# type: place\n", None),
    ("# id: osaka\n# type: place\n# ko-deprecated: 오오\n# 사카\n", None),
])
def test_comment_lines_no_field_takes_are_reported(tmp_path, comment, code):
    (tmp_path / "g.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'{comment}msgid "Osaka"\nmsgstr "오사카"\n', encoding="utf-8")
    result = run("check", "--glossary", "g.po", cwd=tmp_path)
    # the stray line is the last comment line
    assert (f"g.po:{4 + comment.count(chr(10))}: warning stray-comment" in result.stdout) == (
        code is not None), result.stdout


# (the comment lines after `type:`, the line check reports, the former names read)
FORMER_LINES = [
    ("# en-superseded: Osaka Prefecture\n", 7, ()),
    ("# ko-deprecated: 오오사카\n# ko-superseded: 대판 (until)\n", 8, ()),
    ("# en-superseded: Osaka Prefecture (until 2007)\n# ko-superseded: 대판\n", 8,
     (("en", "Osaka Prefecture", 2007),)),
    ("# en-superseded: Osaka Prefecture (until 2007)\n", None,
     (("en", "Osaka Prefecture", 2007),)),
    (("# en-superseded: the very long former name of Osaka that an editor has\n"
      "# wrapped (until 1945)\n"), None,
     (("en", "the very long former name of Osaka that an editor has wrapped", 1945),)),
    ("# en-deprecated: Osaka Prefecture\n", None, ()),
]


@pytest.mark.parametrize(("comment", "line", "former"), FORMER_LINES)
def test_a_former_name_without_its_year_is_reported_by_its_line(tmp_path, comment, line,
                                                                 former):
    (tmp_path / "g.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'# id: osaka\n# type: place\n{comment}msgid "Osaka"\nmsgstr "오사카"\n',
        encoding="utf-8")
    result = run("check", "--glossary", "g.po", cwd=tmp_path)
    found = [row.split(": ")[0] for row in result.stdout.splitlines()
             if "superseded-without-year" in row]
    assert found == ([] if line is None else [f"g.po:{line}"]), result.stdout
    assert load_po_glossary(tmp_path / "g.po").entries[0].former == former


def test_a_wrapped_variant_is_one_term():
    from yongeo.glossary.po import read_comments

    comments = read_comments("id: osaka\nko-deprecated: 오오\n사카\nen-admitted: Trans-\nPacific")
    assert [t.text for t in comments.variants] == ["오오 사카", "Trans-Pacific"]
    assert comments.unattributed == []


# --- PO files yongeo creates pass msgfmt --check ----------------------------------------------


def _created_by_init(tmp_path):
    assert run("init", "team", cwd=tmp_path).returncode == 0
    return tmp_path / "team" / "glossary" / "ko.po"


def _created_by_import(tmp_path):
    (tmp_path / "t.csv").write_text("en,ko\nOsaka,오사카\n", encoding="utf-8")
    assert run("import", "t.csv", "--into", "new.po", cwd=tmp_path).returncode == 0
    return tmp_path / "new.po"


def _created_by_update(tmp_path):
    (tmp_path / "news.txt").write_text("Foreign Minister Iwaya Takeshi visited Kagoshima.\n",
                                       encoding="utf-8")
    assert run("extract", "news.txt", "-o", "news.pot", cwd=tmp_path).returncode == 0
    (tmp_path / "ko.po").write_bytes(b"")  # a glossary file started empty
    result = run("update", "news.pot", "ko.po", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "ko.po"


def _created_by_export(tmp_path):
    assert run("export", "--format", "po", "-o", "all.po", cwd=tmp_path).returncode == 0
    return tmp_path / "all.po"


def _created_by_add(tmp_path):
    assert run("init", "team", cwd=tmp_path).returncode == 0
    assert run("add", "Osaka", "오사카", cwd=tmp_path / "team").returncode == 0
    return tmp_path / "team" / "glossary" / "ko.po"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("create", [_created_by_init, _created_by_import, _created_by_update,
                                    _created_by_add, _created_by_export])
def test_created_po_files_pass_msgfmt_check_without_a_warning(tmp_path, create):
    created = create(tmp_path)
    result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(created)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""
    header = load_po_header(created)
    assert header["Language-Team"] and header["PO-Revision-Date"][:2] == "20"


def load_po_header(path) -> dict[str, str]:
    import polib

    return polib.pofile(str(path)).metadata
