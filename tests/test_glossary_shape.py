"""The shape of real glossaries: part of speech and exclusions through every format, several
accepted translations and types through import, and concepts that share a term."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from conftest import make_entry

from yongeo.glossary.check import check_glossary
from yongeo.glossary.edit import import_entries
from yongeo.glossary.formats import from_csv, from_json, from_tsv, to_csv, to_json, to_tsv
from yongeo.glossary.model import Glossary, Status
from yongeo.glossary.po import PoStore, entry_from_po, parse_po, render_entry
from yongeo.glossary.stored import load_po_glossary
from yongeo.glossary.tbx import from_tbx, to_tbx
from yongeo.lookup import lookup, sense_text

SET = replace(make_entry("set", "concept", "set", "집합"), pos="noun",
              not_in=("set up", "is set to", "a phrase; with, punctuation: and colons?"))
HEADER = 'msgid ""\nmsgstr ""\n\n'  # else polib takes the first comments for the file's
SET_VERB = replace(make_entry("set-verb", "concept", "set", "설정"), pos="verb")
NO_SENSE = make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated"))


def po_entry(entry):
    po = parse_po(HEADER + render_entry(entry), "<test>")
    return entry_from_po(po[0], "<test>")


def sense(entry):
    return entry.pos, entry.not_in


def test_po_comments_carry_pos_and_one_not_in_line_per_phrase():
    text = render_entry(SET)
    assert "# pos: noun\n" in text
    assert "# not-in: set up\n# not-in: is set to\n" in text
    assert sense(po_entry(SET)) == sense(SET)
    assert sense(po_entry(NO_SENSE)) == (None, ())
    with_bars = replace(SET, not_in=("a | b",))
    assert sense(po_entry(with_bars)) == sense(with_bars)
    assert "pos:" not in render_entry(NO_SENSE) and "not-in" not in render_entry(NO_SENSE)


def test_a_not_in_phrase_wrapped_by_an_editor_is_read_whole():
    text = HEADER + ("# id: set\n# type: concept\n# not-in: in this very long phrase that some\n"
            "# editor wrapped\n# not-in: for instance\nmsgid \"set\"\nmsgstr \"집합\"\n")
    entry = entry_from_po(parse_po(text, "<t>")[0], "<t>")
    assert entry.extra_comments == ()
    assert entry.not_in == ("in this very long phrase that some editor wrapped", "for instance")


@pytest.mark.parametrize("entry", [SET, SET_VERB, NO_SENSE,
                                   replace(SET, pos="proper-noun", type="person")])
def test_tbx_round_trip_keeps_pos_and_not_in(entry):
    back = from_tbx(to_tbx(Glossary((entry,))), "<tbx>")
    assert sense(back[0]) == sense(entry)


def test_tbx_writes_part_of_speech_as_tbx_basic_picklist():
    text = to_tbx(Glossary((SET_VERB, replace(SET, pos="proper-noun"))))
    assert '<termNote type="partOfSpeech">verb</termNote>' in text
    assert "properNoun" not in text and "<note>pos: proper-noun</note>" in text


def test_tbx_of_another_tool_gives_pos_by_part_of_speech():
    text = ('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"><text><body>'
            '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>set</term>'
            '<termNote type="partOfSpeech">verb</termNote></termSec></langSec>'
            '<langSec xml:lang="ko"><termSec><term>설정하다</term></termSec></langSec>'
            '</conceptEntry></body></text></tbx>')
    assert from_tbx(text, "<tbx>")[0].pos == "verb"


def test_csv_round_trip_keeps_pos_and_not_in():
    back = from_csv(to_csv(Glossary((SET, NO_SENSE))), "<csv>")
    assert [sense(e) for e in back] == [sense(SET), sense(NO_SENSE)]
    header = next(csv.reader(io.StringIO(to_csv(Glossary(())))))
    assert header[-8:] == ["pos", "not_in", "references", "fuzzy", "en_rendering",
                           "ko_rendering", "en_superseded", "ko_superseded"]


def test_json_and_lookup_show_the_sense():
    data = json.loads(to_json(Glossary((SET,))))[0]
    assert data["pos"] == "noun" and data["not_in"] == list(SET.not_in)
    assert sense_text(SET_VERB) == "verb"
    assert sense_text(NO_SENSE) == ""


def test_po_to_tbx_to_csv_to_po(tmp_path):
    store = PoStore.new(tmp_path / "g.po")
    store.add(SET)
    store.save()
    loaded = load_po_glossary(tmp_path / "g.po")
    through = from_csv(to_csv(Glossary(tuple(from_tbx(to_tbx(loaded), "<tbx>")))), "<csv>")
    assert [sense(e) for e in through] == [sense(SET)]


# --- several accepted translations and types through import ---------------------------


def test_tsv_rows_of_one_source_term_are_one_entry_with_admitted_variants():
    text = "parser\t파서\nparser\t구문 분석기\nfile\t파일|화일\tA thing on disk\n"
    parser, file = from_tsv(text, "<tsv>")
    assert parser.ko == "파서"
    assert [t.text for t in parser.terms_in("ko", Status.ADMITTED)] == ["구문 분석기"]
    assert file.ko == "파일" and [t.text for t in file.terms_in("ko", Status.ADMITTED)] == [
        "화일"]
    assert file.note == "A thing on disk"


def test_tsv_type_and_pos_columns():
    text = ("Osaka\t오사카\tcity in Japan\tplace\n"
            "set\t집합\t\tconcept\tnoun\n"
            "set\t설정하다\t\tconcept\tverb\n"
            "Nara\t나라\tplace\n")
    osaka, set_noun, set_verb, nara = from_tsv(text, "<tsv>")
    assert (osaka.type, osaka.note) == ("place", "city in Japan")
    assert (set_noun.pos, set_verb.pos) == ("noun", "verb")
    assert set_noun.id != set_verb.id and (set_noun.ko, set_verb.ko) == ("집합", "설정하다")
    assert (nara.type, nara.note) == ("place", "")


def test_tsv_export_keeps_type_and_pos_when_the_comment_holds_a_note():
    entries = [replace(SET_VERB, note="to give a value"), replace(NO_SENSE, note="in Japan")]
    back = from_tsv(to_tsv(Glossary(tuple(entries))), "<tsv>")
    assert [(e.type, e.pos, e.note) for e in back] == [
        ("concept", "verb", "to give a value"), ("place", None, "in Japan")]


@pytest.mark.parametrize("text", ["set\t집합\t\tconcept\tnounish\n", "set\t집합\t\tthing\n"])
def test_tsv_unknown_type_or_pos_is_refused(text):
    with pytest.raises(Exception, match="unknown"):
        from_tsv(text, "<tsv>")


def test_csv_rows_and_bars_are_alternatives_and_deprecated_variants_add_up():
    text = ("en,ko,ko_deprecated,type\n"
            "desktop,데스크톱,데스크탑,concept\n"
            "desktop,바탕 화면,바탕화면,concept\n"
            "parser,파서|구문 분석기,,concept\n")
    desktop, parser = from_csv(text, "<csv>")
    assert desktop.ko == "데스크톱"
    assert [t.text for t in desktop.terms_in("ko", Status.ADMITTED)] == ["바탕 화면"]
    assert [t.text for t in desktop.terms_in("ko", Status.DEPRECATED)] == ["데스크탑",
                                                                            "바탕화면"]
    assert [t.text for t in parser.terms_in("ko", Status.ADMITTED)] == ["구문 분석기"]


# --- one term, several concepts ---------------------------------------------------------


GUIDE = ("en,ko,ko_deprecated\n"
         "clear,지우기,삭제\ndelete,삭제,지우기\nfind,찾기,검색\nsearch,검색,찾기\n"
         "link,링크,바로 가기\nshortcut,바로 가기,바로가기\nchange,바꾸기,변경\n"
         "replace,바꾸기,치환\n")


def test_import_takes_concepts_that_share_or_deprecate_each_others_terms(tmp_path):
    target = tmp_path / "g.po"
    report = import_entries(target, from_csv(GUIDE, "<csv>"))
    assert report.conflicts == [] and len(report.added) == 8
    glossary = load_po_glossary(target)
    assert sorted(e.id for e, _t in glossary.find_term("삭제")) == ["clear", "delete"]
    assert [r.entry.id for r in lookup(glossary, "바꾸기")] == ["change", "replace"]
    problems = check_glossary(glossary)
    # change and replace accept 바꾸기 and nothing tells them apart: a warning, no error.
    assert [(p.severity, p.code) for p in problems] == [("warning", "duplicate-term")]


def test_import_of_the_same_english_term_and_sense_still_reports_a_disagreement(tmp_path):
    target = tmp_path / "g.po"
    import_entries(target, from_csv(GUIDE, "<csv>"))
    report = import_entries(target, from_tsv("clear\t비우기\n", "<tsv>"))
    assert len(report.conflicts) == 1 and not report.added
    report = import_entries(target, from_tsv("clear\t지우기\t\tconcept\tverb\n", "<tsv>"))
    assert report.conflicts == [] and [e.pos for e in report.added] == ["verb"]


def test_check_reports_a_term_accepted_and_deprecated_in_one_entry():
    entry = make_entry("x", "concept", "shortcut", "바로 가기", ("바로 가기", "ko", "deprecated"),
                       ("바로가기", "ko", "deprecated"))
    codes = [p.code for p in check_glossary(Glossary((entry,)))]
    assert codes == ["preferred-and-deprecated"]  # 바로가기 is another spelling: no problem


def test_check_reports_an_unknown_part_of_speech():
    codes = [p.code for p in check_glossary(Glossary((replace(SET, pos="nown"),)))]
    assert codes == ["unknown-pos"]


def test_the_store_holds_a_msgid_once_per_context(tmp_path):
    store = PoStore.new(tmp_path / "g.po")
    store.add(SET)
    other = replace(SET_VERB, id="set-2", pos=None, type="person")  # another sense, no context
    with pytest.raises(Exception, match="context"):
        store.add(other)
    store.add(replace(other, context="set-2"))
    assert [(e.context, e.en) for e in store.entries] == [(None, "set"), ("set-2", "set")]


LAUNCH = make_entry("inauguration", "concept", "inauguration", "취임",
                    ("taking office", "en", "admitted"), ("launch", "en", "rendering"),
                    ("출범", "ko", "admitted"))


def renderings(entry):
    return [(t.text, t.lang, t.status, t.rendering) for t in entry.terms if t.rendering]


def test_po_comments_carry_a_rendering_and_read_it_back():
    text = render_entry(LAUNCH)
    assert "# en-admitted: taking office\n# en-rendering: launch\n# ko-admitted: 출범\n" in text
    assert renderings(po_entry(LAUNCH)) == [("launch", "en", Status.ADMITTED, True)]


@pytest.mark.parametrize(("write", "read"), [
    (to_csv, from_csv), (to_json, from_json), (to_tbx, from_tbx)])
def test_every_format_keeps_a_rendering(write, read):
    back = list(read(write(Glossary((LAUNCH,))), "<export>"))
    assert [renderings(e) for e in back] == [renderings(LAUNCH)]
    assert [t.text for t in back[0].terms_in("en", Status.ADMITTED)] == ["taking office",
                                                                        "launch"]


def test_a_rendering_is_shown_in_csv_apart_from_the_admitted_terms():
    rows = list(csv.DictReader(io.StringIO(to_csv(Glossary((LAUNCH,))))))
    assert (rows[0]["en_admitted"], rows[0]["en_rendering"]) == ("taking office", "launch")
