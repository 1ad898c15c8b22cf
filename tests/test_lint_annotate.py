"""annotate: the checked text with its glossary hits, each hit's status and its findings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from lint_examples import glossary

from yongeo.lint import LintIndex, LintOptions, Policy, lint_file
from yongeo.lint.annotate import FileAnnotation, HitStatus, Pane, annotate_file, annotate_paths

INDEX = LintIndex.build(glossary())

SOURCE = """\
Takahichi met Wi Sung-lac in Osaka to discuss shuttle diplomacy.

The remains were recovered; it was a humanitarian approach. Korea seeks to join the CPTPP.

The remains of the victims were honoured at the summit.
"""
DRAFT = """\
다카이치는 오오사카에서 위성낙 실장과 셔틀 외교를 논의했다.

유골이 수습되었다. 한국은 포괄적·점진적 환태평양경제동반자협정 가입을 추진한다.

희생자들의 유해가 정상회담에서 기려졌다.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def pair(tmp_path: Path, source: str = SOURCE, draft: str = DRAFT, **options) -> FileAnnotation:
    src = write(tmp_path, "en.txt", source)
    dst = write(tmp_path, "ko.txt", draft)
    return annotate_file(dst, INDEX, LintOptions(source=src, **options))


def marks(pane: Pane) -> list[tuple[str, str]]:
    return [(pane.text[m.start:m.end], m.status.value) for m in pane.marks]


def test_pair_marks_every_hit_with_its_status(tmp_path):
    annotation = pair(tmp_path)
    assert annotation.kind == "pair" and len(annotation.passages) == 3
    assert (annotation.source_lang, annotation.target_lang) == ("en", "ko")
    first, second, third = annotation.passages
    assert marks(first.sources[0]) == [
        ("Takahichi", "deprecated"), ("Wi Sung-lac", "ok"), ("Osaka", "ok"),
        ("shuttle diplomacy", "ok")]
    assert marks(first.drafts[0]) == [
        ("다카이치", "ok"), ("오오사카", "deprecated"), ("위성낙", "misspelled"),
        ("셔틀 외교", "ok")]
    # The missing term is marked in the source; the draft holds the finding as a note.
    assert marks(second.sources[0]) == [
        ("remains", "ok"), ("humanitarian approach", "missing"), ("Korea", "ok"),
        ("CPTPP", "untranslated")]
    assert marks(second.drafts[0]) == [
        ("유골", "inconsistent"), ("한국", "ok"),
        ("포괄적·점진적 환태평양경제동반자협정", "untranslated"), ("가입", "ok")]
    assert [f.rule for f in second.drafts[0].notes] == ["term.missing"]
    assert marks(third.drafts[0]) == [("희생자", "ok"), ("유해", "ok"), ("정상회담", "ok")]
    assert third.findings == ()


def test_marks_carry_their_entry_term_and_findings(tmp_path):
    first = pair(tmp_path).passages[0]
    osaka = first.drafts[0].marks[1]
    assert osaka.entry.id == "osaka" and osaka.term.text == "오오사카"
    assert [(f.rule, f.suggestion) for f in osaka.findings] == [("term.deprecated", "오사카")]
    misspelt = first.drafts[0].marks[2]
    assert misspelt.term is None and misspelt.entry.id == "wi-sung-lac"
    assert [f.rule for f in first.findings] == [
        "term.deprecated", "term.misspelled", "source.deprecated"]


def test_the_same_findings_as_lint(tmp_path):
    annotation = pair(tmp_path)
    src = tmp_path / "en.txt"
    plain = lint_file(tmp_path / "ko.txt", INDEX, LintOptions(source=src))
    assert annotation.report == plain
    shown = [f for p in annotation.passages for f in p.findings] + list(annotation.notes)
    assert sorted(map(id, shown)) == sorted(map(id, annotation.report.findings))


def test_every_finding_is_shown_exactly_once_and_marks_point_at_them(tmp_path):
    annotation = pair(tmp_path)
    for passage in annotation.passages:
        located = {id(f) for p in (*passage.sources, *passage.drafts) for m in p.marks
                   for f in m.findings}
        noted = {id(f) for p in passage.drafts for f in p.notes}
        assert located | noted == {id(f) for f in passage.findings}
        assert len(passage.findings) == len({id(f) for f in passage.findings})


def test_spans_are_offsets_of_the_file_text(tmp_path):
    annotation = pair(tmp_path)
    text = (tmp_path / "ko.txt").read_text(encoding="utf-8")
    for passage in annotation.passages:
        pane = passage.drafts[0]
        assert text.splitlines()[pane.line - 1].startswith(pane.text.splitlines()[0])
        for mark in pane.marks:
            for finding in mark.findings:
                if finding.path.endswith("ko.txt"):
                    assert text[finding.start:finding.end] == pane.text[mark.start:mark.end]


def test_nfd_text_is_shown_as_written(tmp_path):
    draft = unicodedata.normalize("NFD", DRAFT)
    annotation = pair(tmp_path, draft=draft)
    pane = annotation.passages[0].drafts[0]
    assert pane.text == draft.split("\n\n")[0]
    assert [(unicodedata.normalize("NFC", t), s) for t, s in marks(pane)] == [
        ("다카이치", "ok"), ("오오사카", "deprecated"), ("위성낙", "misspelled"),
        ("셔틀 외교", "ok")]


def test_paragraphs_joined_in_the_draft_are_one_passage(tmp_path):
    annotation = pair(tmp_path, draft=DRAFT.replace("\n\n", " ", 1))
    assert len(annotation.passages) == 2
    assert not annotation.notes
    assert "\n\n" in annotation.passages[0].sources[0].text


def test_unpaired_texts_are_one_passage_with_a_file_note(tmp_path):
    draft = "1998년에 셔틀외교를 논의했다.\n\n1999년에 만났다.\n\n2001년에 떠났다."
    source = "In 2019 they discussed shuttle diplomacy.\n\nIn 2020 they met in Osaka.\n"
    annotation = pair(tmp_path, source=source, draft=draft)
    assert len(annotation.passages) == 1
    assert [f.rule for f in annotation.notes] == ["input.unaligned"]


def test_a_deprecated_term_stays_marked_when_its_rule_is_off(tmp_path):
    policy = Policy(disabled=frozenset({"term.deprecated"}))
    pane = pair(tmp_path, policy=policy).passages[0].drafts[0]
    osaka = pane.marks[1]
    assert (osaka.status, osaka.findings) == (HitStatus.DEPRECATED, ())


PO = """\
msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "headline"
msgid ""
"Takaichi met the <b>National Security Office</b> on %(day)s about the "
"humanitarian approach."
msgstr ""
"다카이치는 %(day)s <b>국가안보실</b>과 \\"인도주의적 접근\\"을 논의했다."

#, fuzzy
msgid "Osaka"
msgstr "오오사카"

msgid "%d summit in Osaka"
msgid_plural "%d summits in Osaka"
msgstr[0] "오오사카에서 %d번의 정상회담"
"""


def test_po_entries_are_shown_unescaped_with_markup_apart(tmp_path):
    path = write(tmp_path, "brief.po", PO)
    annotation = annotate_file(path, INDEX)
    assert annotation.kind == "po" and len(annotation.passages) == 2  # fuzzy skipped
    first, plural = annotation.passages
    assert first.context == "headline" and not first.fuzzy
    source, draft = first.sources[0], first.drafts[0]
    assert (source.key, draft.key) == ("msgid", "msgstr")
    assert draft.text == '다카이치는 %(day)s <b>국가안보실</b>과 "인도주의적 접근"을 논의했다.'
    assert marks(draft) == [("다카이치", "ok"), ("국가안보실", "ok")]
    assert marks(source) == [("Takaichi", "ok"), ("National Security Office", "ok"),
                             ("humanitarian approach", "missing")]
    assert [draft.text[s:e] for s, e in draft.markup] == ["%(day)s", "<b>", "</b>"]
    assert [f.rule for f in draft.notes] == ["term.missing"]
    assert [p.key for p in plural.sources] == ["msgid", "msgid_plural"]
    assert [p.key for p in plural.drafts] == ["msgstr[0]"]
    assert marks(plural.drafts[0]) == [("오오사카", "deprecated"), ("정상회담", "ok")]
    assert (plural.sources[1].line, plural.drafts[0].line) == (18, 19)


def test_po_fuzzy_entries_are_marked_when_included(tmp_path):
    path = write(tmp_path, "brief.po", PO)
    annotation = annotate_file(path, INDEX, LintOptions(include_fuzzy=True))
    fuzzy = annotation.passages[1]
    assert fuzzy.fuzzy and marks(fuzzy.drafts[0]) == [("오오사카", "deprecated")]


def test_a_text_alone_has_drafts_only(tmp_path):
    path = write(tmp_path, "note.txt", "Prime Minister Takaichy met Takahichi.\n\nOsaka.\n")
    annotation = annotate_file(path, INDEX)
    assert annotation.kind == "text" and annotation.source_path is None
    first, second = annotation.passages
    assert first.sources == ()
    assert marks(first.drafts[0]) == [("Takaichy", "misspelled"), ("Takahichi", "deprecated")]
    assert marks(second.drafts[0]) == [("Osaka", "ok")]


def test_annotate_paths_reads_directories_like_lint(tmp_path):
    write(tmp_path, "a.po", PO)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.po", PO)
    found = list(annotate_paths([tmp_path], INDEX))
    assert [Path(a.report.path).name for a in found] == ["a.po", "b.po"]


@pytest.mark.parametrize("draft", ["", "\n\n"])
def test_empty_draft(tmp_path, draft):
    annotation = pair(tmp_path, draft=draft)
    assert annotation.report.findings  # everything is missing, or unaligned
    shown = [f for p in annotation.passages for f in p.findings] + list(annotation.notes)
    assert len(shown) == len(annotation.report.findings)
