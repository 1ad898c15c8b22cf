"""`yongeo update`: curation survives, new terms arrive, vanished ones go obsolete."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.extract.update import update_glossary
from yongeo.glossary.po import PoStore

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "glossary" / "ko.po"
TEMPLATE = ROOT / "glossary" / "diplomacy.pot"

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"
'''


def _blocks(text: str) -> dict[str, dict[str, str]]:
    """msgid -> the raw translator comments, msgid and msgstr lines of an active entry."""
    found = {}
    for block in text.split("\n\n"):
        lines = block.strip("\n").split("\n")
        if any(line.startswith("#~") for line in lines):
            continue
        msg = [line for line in lines if not line.startswith("#")]
        msgid = polib.pofile(HEADER + "\n" + block + "\n")
        entries = [e for e in msgid if e.msgid]
        if not entries:
            continue
        found[entries[0].msgid] = {
            "translator": "\n".join(line for line in lines
                                    if line == "#" or line.startswith("# ")),
            "msg": "\n".join(msg),
            "flags": "\n".join(line for line in lines if line.startswith("#,")),
        }
    return found


def _reviewed(path: Path) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(path)) if e.msgstr and "fuzzy" not in e.flags
            and not e.obsolete]


def test_update_keeps_every_reviewed_entry_of_the_bundled_glossary(tmp_path: Path) -> None:
    glossary = tmp_path / "ko.po"
    shutil.copy(BUNDLED, glossary)
    result = CliRunner().invoke(app, ["update", str(TEMPLATE), str(glossary)])
    assert result.exit_code == 0, result.output
    before, after = _blocks(BUNDLED.read_text("utf-8")), _blocks(glossary.read_text("utf-8"))
    reviewed = _reviewed(BUNDLED)
    assert len(reviewed) > 80
    for entry in reviewed:
        assert entry.msgid in after, f"{entry.msgid} is no longer active"
        assert after[entry.msgid] == before[entry.msgid], entry.msgid
    assert {e.msgid for e in _reviewed(glossary)} >= {e.msgid for e in reviewed}


def test_update_refreshes_references_through_variants(tmp_path: Path) -> None:
    glossary = tmp_path / "ko.po"
    shutil.copy(BUNDLED, glossary)
    update_glossary(TEMPLATE, glossary)
    entries = {e.en: e for e in PoStore.open(glossary).entries}
    # The template says 'Takahichi Sanae' (the Asiatoday misspelling, a deprecated variant).
    assert "Takahichi Sanae" not in entries
    takaichi = entries["Takaichi Sanae"]
    assert "seeds/000_60a393ccda4ab0f9.txt:11" in takaichi.references
    assert "type: person" in takaichi.extracted_comments
    # 셔틀외교, found in the Korean title of the Asan brief, is the Korean of an entry.
    assert "seeds/004_18aed26ff2987422.txt:32" in entries["shuttle diplomacy"].references
    # An acronym found with its long form matches the entry keyed by the long form.
    assert "seeds/004_18aed26ff2987422.txt:39" in entries[
        "Institute of Foreign Affairs and National Security"].references


def test_second_update_changes_nothing(tmp_path: Path) -> None:
    glossary = tmp_path / "ko.po"
    shutil.copy(BUNDLED, glossary)
    update_glossary(TEMPLATE, glossary)
    once = glossary.read_bytes()
    report = update_glossary(TEMPLATE, glossary)
    assert glossary.read_bytes() == once
    assert not report.added and not report.refreshed and not report.obsoleted


TEMPLATE_TEXT = HEADER + '''
#. type: person
#. score: 2.00 (C-value), 1 occurrence
#. example: Prime Minister Ishiba Shigeru spoke.
#: a.txt:1
msgid "Ishiba Shigeru"
msgstr ""

#. type: concept
#. score: 1.58 (C-value), 1 occurrence
#. example: They discussed economic security.
#: a.txt:2
msgid "economic security"
msgstr ""

#. type: place
#. score: 1.00 (C-value), 1 occurrence
#. example: Lee visited Fukushima.
#: a.txt:3
msgid "Fukushima"
msgstr ""

#. type: concept
#. score: 1.58 (C-value), 1 occurrence
#. example: Blue skies ahead.
#: a.txt:4
msgid "blue sky"
msgstr ""

#. type: agreement
#. long form: Comprehensive and Progressive Agreement for Trans-Pacific Partnership
#. score: 1.00 (C-value), 1 occurrence
#. example: Seoul wants to join the CPTPP.
#: a.txt:5
msgid "CPTPP"
msgstr ""
'''

GLOSSARY_TEXT = HEADER + '''
# id: shuttle-diplomacy
# type: concept
# note: A reviewed entry the template no longer has.
#: old.txt:9
msgid "shuttle diplomacy"
msgstr "셔틀외교"

# id: old-candidate
# type: concept
#: old.txt:3
msgid "old candidate"
msgstr ""

# suggestion: lexicon
# id: stale-suggestion
# type: concept
#: old.txt:4
#, fuzzy
msgid "stale suggestion"
msgstr "낡은 제안"

# id: fukushima
# type: place
# ko-deprecated: 후꾸시마
#: old.txt:5
msgid "Fukushima"
msgstr "후쿠시마"

# id: blue-sky
# type: concept
# rejected: yes
#~ msgid "blue sky"
#~ msgstr ""
'''


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "t.pot"
    glossary = tmp_path / "g.po"
    template.write_text(TEMPLATE_TEXT, encoding="utf-8")
    glossary.write_text(GLOSSARY_TEXT, encoding="utf-8")
    return template, glossary


def test_update_adds_obsoletes_keeps_and_respects_rejections(small) -> None:
    template, glossary = small
    report = update_glossary(template, glossary)
    assert report.added == ("Ishiba Shigeru", "economic security", "CPTPP")
    assert report.refreshed == ("Fukushima",)
    assert report.kept == ("shuttle diplomacy",)
    assert set(report.obsoleted) == {"old candidate", "stale suggestion"}
    assert report.rejected == ("blue sky",)
    po = polib.pofile(str(glossary))
    obsolete = {e.msgid for e in po.obsolete_entries()}
    assert obsolete == {"old candidate", "stale suggestion", "blue sky"}
    active = {e.msgid: e for e in po if not e.obsolete}
    assert set(active) == {"shuttle diplomacy", "Fukushima", "Ishiba Shigeru",
                           "economic security", "CPTPP"}
    # Reviewed and no longer in the template: left exactly as it was.
    assert "#: old.txt:9\nmsgid \"shuttle diplomacy\"" in glossary.read_text("utf-8")


def test_new_terms_arrive_fuzzy_with_the_origin_of_their_suggestion(small) -> None:
    template, glossary = small
    update_glossary(template, glossary)
    entries = {e.en: e for e in PoStore.open(glossary).entries}
    ishiba = entries["Ishiba Shigeru"]
    assert ishiba.fuzzy and ishiba.ko == "이시바 시게루"
    assert "suggestion: japanese-rules (confidence 0.70)" in ishiba.extra_comments
    security = entries["economic security"]
    assert security.fuzzy and security.ko == "경제안보"
    assert "suggestion: lexicon (confidence 0.90)" in security.extra_comments
    cptpp = entries["CPTPP"]
    assert cptpp.case_sensitive and [t.text for t in cptpp.terms_in("en")][1:] == [
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]


def test_japanese_suggestions_record_the_nonstandard_spellings(tmp_path: Path) -> None:
    template = tmp_path / "t.pot"
    template.write_text(HEADER + '\n#. type: person\n#: a.txt:1\nmsgid "Takaichi Sanae"\n'
                        'msgstr ""\n', encoding="utf-8")
    glossary = tmp_path / "g.po"
    glossary.write_text(HEADER, encoding="utf-8")
    update_glossary(template, glossary)
    entry = PoStore.open(glossary).entries[0]
    assert entry.ko == "다카이치 사나에" and entry.fuzzy
    deprecated = [t.text for t in entry.terms_in("ko") if t.status.value == "deprecated"]
    assert "타카이치 사나에" in deprecated


@pytest.mark.parametrize(("reference", "korean"), [
    ("a.txt:3", "무아메르 귈레르"),  # near Istanbul in its file
    ("a.txt:3 b.txt:9", "무아메르 귈레르"),
    ("a.txt:400", ""),  # the same file, far away: another article
    ("b.txt:2", ""),  # a file that names no country
])
def test_a_name_is_read_by_the_language_of_the_country_named_near_it(
        tmp_path: Path, reference: str, korean: str) -> None:
    def entry(entry_type: str, references: str, term: str) -> str:
        return f'\n#. type: {entry_type}\n#: {references}\nmsgid "{term}"\nmsgstr ""\n'

    template = tmp_path / "t.pot"
    template.write_text(HEADER + entry("place", "a.txt:1 a.txt:5", "Istanbul")
                        + entry("person", reference, "Muammer Guler"), encoding="utf-8")
    glossary = tmp_path / "g.po"
    glossary.write_text(HEADER, encoding="utf-8")
    update_glossary(template, glossary)
    guler = {e.en: e for e in PoStore.open(glossary).entries}["Muammer Guler"]
    assert guler.ko == korean
    if korean:
        assert "suggestion: turkish-rules (confidence 0.40)" in guler.extra_comments


def test_spellings_a_glossary_folds_into_one_term_make_one_new_entry(tmp_path: Path) -> None:
    template = tmp_path / "t.pot"
    template.write_text(HEADER + '\n#. type: concept\n#: a.txt:2\nmsgid "Sly-dial"\nmsgstr ""\n'
                        '\n#. type: concept\n#: a.txt:8 b.txt:1\nmsgid "Slydial"\n'
                        'msgstr ""\n', encoding="utf-8")
    glossary = tmp_path / "g.po"
    glossary.write_text(HEADER, encoding="utf-8")
    report = update_glossary(template, glossary)
    entries = PoStore.open(glossary).entries
    assert [e.en for e in entries] == ["Sly-dial"] and report.added == ("Sly-dial",)
    assert entries[0].references == ("a.txt:2", "a.txt:8", "b.txt:1")


def test_no_suggestion_means_untranslated_and_fuzzy_and_check_passes(small) -> None:
    from yongeo.glossary.check import check_glossary

    template, glossary = small
    update_glossary(template, glossary, suggest=False)
    store = PoStore.open(glossary)
    entry = {e.en: e for e in store.entries}["economic security"]
    assert entry.ko == "" and entry.fuzzy  # to review, not a reviewed entry without Korean
    assert [p for p in check_glossary(store.glossary()) if p.severity == "error"] == []


def test_a_vanished_term_that_returns_is_revived_with_its_curation(small) -> None:
    template, glossary = small
    update_glossary(template, glossary)
    # 'old candidate' went obsolete; a later template has it again.
    template.write_text(TEMPLATE_TEXT + '\n#. type: concept\n#: b.txt:7\nmsgid "old candidate"\n'
                        'msgstr ""\n', encoding="utf-8")
    report = update_glossary(template, glossary)
    assert report.revived == ("old candidate",)
    entry = {e.en: e for e in PoStore.open(glossary).entries}["old candidate"]
    assert entry.id == "old-candidate" and entry.references == ("b.txt:7",)


def test_refreshing_keeps_hand_wrapped_translator_comments(tmp_path: Path) -> None:
    glossary = tmp_path / "g.po"
    glossary.write_text(HEADER + '''
# id: fukushima
# type: place
# note: A note   wrapped
#   by hand, with odd spacing.
# reviewer: kim
#: old.txt:5
msgid "Fukushima"
msgstr "후쿠시마"
''', encoding="utf-8")
    template = tmp_path / "t.pot"
    template.write_text(TEMPLATE_TEXT, encoding="utf-8")
    update_glossary(template, glossary, suggest=False)
    text = glossary.read_text("utf-8")
    assert ("# note: A note   wrapped\n#   by hand, with odd spacing.\n# reviewer: kim\n"
            "#. type: place\n") in text
    assert "#: a.txt:3\nmsgid \"Fukushima\"" in text


@pytest.mark.parametrize(("text", "term", "short_forms"), [
    ("John Bolton spoke. Later Bolton said no.\n", "John Bolton", ("Bolton",)),
    ("Voters heard John McCain. Later McCain said no. McCain left.\n", "John McCain",
     ("McCain",)),
    ("John Bolton spoke at length.\n", "John Bolton", ()),
])
def test_a_persons_short_form_is_an_admitted_variant(tmp_path: Path, text, term,
                                                      short_forms) -> None:
    from yongeo.extract.counts import count_document
    from yongeo.extract.score import select_candidates
    from yongeo.extract.template import render_template

    candidates = select_candidates(count_document("a.txt", text))
    assert {c.term: c.short_forms for c in candidates}[term] == short_forms
    assert not set(short_forms) & {c.term for c in candidates}
    template = tmp_path / "t.pot"
    template.write_text(render_template(candidates, "regex"), encoding="utf-8")
    glossary = tmp_path / "g.po"
    glossary.write_text(HEADER, encoding="utf-8")
    update_glossary(template, glossary, suggest=False)
    entry = {e.en: e for e in PoStore.open(glossary).entries}[term]
    admitted = tuple(t.text for t in entry.terms_in("en") if t.status.value == "admitted")
    assert admitted == short_forms


def test_update_and_review_default_to_the_glossary_add_edits(tmp_path: Path,
                                                              monkeypatch) -> None:
    """In a project, `update TEMPLATE` and `review` work on the project's glossary, as `add`
    does; the summary names it."""
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["init", "."]).exit_code == 0
    result = CliRunner().invoke(app, ["update", str(TEMPLATE), "--no-suggest"])
    assert result.exit_code == 0, result.output
    glossary = (tmp_path / "glossary" / "ko.po").resolve()
    assert result.output.startswith(f"{glossary}: ")
    assert len(polib.pofile(str(glossary))) > 20
    first = polib.pofile(str(glossary))
    waiting = sum(1 for e in first if e.msgid and ("fuzzy" in e.flags or not e.msgstr))
    reviewed = CliRunner().invoke(app, ["review"], input="r\nq\n")
    assert reviewed.exit_code == 0, reviewed.output
    assert f"[1/{waiting}]" in reviewed.output
    rejected = [e for e in polib.pofile(str(glossary)).obsolete_entries()
                if "rejected: yes" in e.tcomment]
    assert len(rejected) == 1
