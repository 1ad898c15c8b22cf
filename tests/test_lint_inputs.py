"""Lint inputs: pairs by paragraph, PO files (plurals, context, multi-line strings, fuzzy,
obsolete, suppression, markup; the one-pass reader against polib), single texts, files on
disk (NFD, CRLF, BOM, encodings)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lint_examples import glossary
from po_layouts import LAYOUTS, generated_files

from yongeo.errors import InputError, UsageError, YongeoError
from yongeo.lint import (
    LintIndex,
    LintOptions,
    Policy,
    collect_files,
    lint_file,
    lint_pair,
    lint_paths,
    lint_po,
    lint_text,
)
from yongeo.lint.findings import Severity

INDEX = LintIndex.build(glossary())
HEADER = ('msgid ""\nmsgstr ""\n"Language: ko\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n')


def rules(findings) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in findings]


# --- pairs ---------------------------------------------------------------------------------


def test_pair_paragraphs_are_checked_one_by_one():
    source = "They discussed shuttle diplomacy.\n\nWi Sung-lac spoke in Osaka."
    draft = "셔틀외교를 논의했다.\n\n위성락은 말했다."  # Osaka is in paragraph 2 only
    findings = lint_pair(source, draft, INDEX)
    assert rules(findings) == [("term.missing", 3, 1)]
    assert findings[0].suggestion == "오사카" and findings[0].en == "Osaka"


def test_pair_term_in_another_paragraph_does_not_count():
    source = "They discussed shuttle diplomacy.\n\nThey met again."
    draft = "양국이 논의했다.\n\n셔틀외교가 이어졌다."
    assert [f.rule for f in lint_pair(source, draft, INDEX)] == ["term.missing"]


def test_paragraphs_joined_or_left_out_are_paired_by_beads():
    source = "They discussed shuttle diplomacy.\n\nThey met in Osaka.\n\nThey left."
    draft = "셔틀외교를 논의했다. 오사카에서 만났다.\n\n떠났다."
    assert lint_pair(source, draft, INDEX, source_path="s", draft_path="d") == []
    # The Osaka paragraph joined to the first and left out of it: missing there.
    missing = lint_pair(source, "셔틀외교를 논의했다. 그들은 만났다.\n\n떠났다.", INDEX)
    assert [(f.rule, f.line) for f in missing] == [("term.missing", 1)]


def test_unpaired_pair_is_checked_as_one_document_and_said_once():
    source = "In 2019 they discussed shuttle diplomacy.\n\nIn 2020 they met in Osaka."
    draft = "1998년에 셔틀외교를 논의했다.\n\n1999년에 만났다.\n\n2001년에 떠났다."
    findings = lint_pair(source, draft, INDEX, source_path="s", draft_path="d")
    assert [f.rule for f in findings] == ["input.unaligned", "term.missing"]
    assert rules(findings)[0] == ("input.unaligned", 1, 1)


def test_a_misspelt_term_is_not_also_missing():
    findings = lint_pair("He spoke with Wi Sung-lac.", "그는 위성낙 실장과 말했다.", INDEX)
    assert [f.rule for f in findings] == ["term.misspelled"]
    assert findings[0].suggestion == "위성락"


def test_a_missing_term_is_reported_when_misspelled_is_disabled():
    policy = Policy(disabled=frozenset({"term.misspelled"}))
    findings = lint_pair("He spoke with Wi Sung-lac.", "그는 위성낙 실장과 말했다.", INDEX,
                         policy=policy)
    assert [f.rule for f in findings] == ["term.missing"]


def test_nfd_draft_positions_point_into_the_text_as_given():
    draft = unicodedata.normalize("NFD", "이번 회담에서 타카이치 총리는")
    findings = lint_pair("This time, Takaichi said.", draft, INDEX)
    assert [f.rule for f in findings] == ["term.deprecated"]
    finding = findings[0]
    assert unicodedata.normalize("NFC", draft[finding.start:finding.end]) == "타카이치"
    assert finding.found == "타카이치" and finding.column == len(
        unicodedata.normalize("NFD", "이번 회담에서 ")) + 1


def test_terms_broken_across_lines_and_spacing_variants():
    source = "The Korea-\nJapan summit and shuttle\ndiplomacy."
    draft = "한일\n정상회담과 셔틀\n외교."
    assert lint_pair(source, draft, INDEX) == []


def test_hits_do_not_run_across_a_paragraph_break():
    source = "They met in Korea\n\nJapan summit talks followed."
    draft = "한국에서 만났다\n\n일본 정상회담이 이어졌다."
    assert lint_pair(source, draft, INDEX) == []


def test_direction_can_be_forced():
    with pytest.raises(UsageError):
        lint_pair("셔틀외교", "셔틀외교", INDEX)
    findings = lint_pair("CPTPP", "CPTPP", INDEX, source_lang="en", target_lang="ko")
    assert findings == []


# --- single texts --------------------------------------------------------------------------


def test_single_text_language_is_told_by_script():
    assert [f.rule for f in lint_text("타카이치 총리와 Takahichi", INDEX)] == [
        "term.deprecated"]
    text = "Takahichi met the press, not 타카이치"
    assert [f.found for f in lint_text(text, INDEX)] == ["Takahichi"]
    assert [f.found for f in lint_text(text, INDEX, lang="ko")] == ["타카이치"]


# --- PO files ------------------------------------------------------------------------------


def po(body: str) -> str:
    return HEADER + body


def test_po_positions_in_multi_line_strings_and_escapes():
    text = po('msgid ""\n"Prime Minister "\n"Takaichi said so."\n'
              'msgstr ""\n"\\"총리\\" "\n"타카이치가 말했다."\n')
    findings = lint_po(text, INDEX, path="ko.po")
    assert rules(findings) == [("term.deprecated", 12, 2)]
    assert text[findings[0].start:findings[0].end] == "타카이치"


def test_po_escapes_before_a_term_shift_the_column():
    text = po('msgid "\\"Takaichi\\" said"\nmsgstr "\\"타카이치\\" 말했다"\n')
    finding = lint_po(text, INDEX)[0]
    assert (finding.line, finding.column, finding.end_column) == (8, 11, 15)


def test_po_plural_forms_pair_msgstr_n_with_msgid_or_msgid_plural():
    text = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n'
            '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
            'msgid "%d 정상회담"\nmsgid_plural "%d 셔틀외교 정상회담"\n'
            'msgstr[0] "%d summit"\nmsgstr[1] "%d summits"\n')
    findings = lint_po(text, INDEX)
    assert rules(findings) == [("term.missing", 9, 12)]
    assert findings[0].en == "shuttle diplomacy"


def test_po_korean_plural_uses_msgstr_0():
    text = po('msgid "%d summit in Osaka"\nmsgid_plural "%d summits in Osaka"\n'
              'msgstr[0] "오오사카에서 정상회담 %d회"\n')
    assert [(f.rule, f.found) for f in lint_po(text, INDEX)] == [("term.deprecated", "오오사카")]


def test_po_context_obsolete_fuzzy_and_untranslated_entries():
    text = po('msgctxt "headline"\nmsgid "Osaka"\nmsgstr "오오사카"\n\n'
              '#, fuzzy\nmsgid "Fukushima"\nmsgstr "후꾸시마"\n\n'
              'msgid "Nara"\nmsgstr ""\n\n'
              '#~ msgid "Tokyo"\n#~ msgstr "오오사카"\n')
    assert [f.found for f in lint_po(text, INDEX)] == ["오오사카"]
    assert [f.found for f in lint_po(text, INDEX, include_fuzzy=True)] == ["오오사카",
                                                                          "후꾸시마"]


def test_po_ignore_comment_silences_one_rule_for_one_entry():
    text = po('# yongeo: ignore term.missing\nmsgid "Wi Sung-lac in Osaka"\n'
              'msgstr "위성락 실장, 오오사카"\n\n'
              'msgid "Osaka"\nmsgstr "정상회담"\n')
    found = [(f.rule, f.line) for f in lint_po(text, INDEX)]
    assert found == [("term.deprecated", 9), ("term.missing", 12)]


def test_po_ignore_comment_alone_silences_every_rule_and_families_work():
    text = po('# yongeo: ignore\nmsgid "Osaka"\nmsgstr "오오사카"\n\n'
              '# yongeo: ignore term\nmsgid "Takahichi"\nmsgstr "타카이치"\n')
    assert [f.rule for f in lint_po(text, INDEX)] == ["source.deprecated"]


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # a search keyword list (desktop entry Keywords) lists variants on purpose: a
    # deprecated one is a search word, reported as info
    ("Osaka;Kansai;", "Osaka;오사카;오오사카;간사이;", [("term.deprecated", "info")]),
    ("Osaka;Fukushima;Nara;", "오오사카;후쿠시마;나라;", [("term.deprecated", "info")]),
    # the translation is still checked for missing terms (a place left out is info, one
    # replaced by another place is not)
    ("Osaka;Kansai;", "Kansai;간사이;", [("term.missing", "info")]),
    ("Osaka;Kansai;", "도쿄;간사이;", [("term.missing", "error")]),
    # one item, or no closing semicolon, is no list
    ("Osaka;", "오오사카;", [("term.deprecated", "error")]),
    ("Osaka; Kansai", "오오사카; 간사이", [("term.deprecated", "error")]),
])
def test_po_keyword_list_keeps_its_variants(msgid, msgstr, expected):
    text = po(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n')
    assert [(f.rule, f.severity.value) for f in lint_po(text, INDEX)] == expected


def test_configured_severity_does_not_undo_what_context_makes_info():
    text = po('msgid "Osaka;Kansai;"\nmsgstr "오오사카;간사이;"\n')
    policy = Policy(severities={"term.deprecated": Severity.WARNING})
    assert [f.severity for f in lint_po(text, INDEX, policy=policy)] == [Severity.INFO]


@pytest.mark.parametrize("comments", [
    ("", "# yongeo: ignore term.deprecated", "", "# yongeo: ignore", ""),
    ("# yongeo: ignore", "", "", "", "# yongeo: ignore term"),
    ("", "", "# yongeo: ignore term.missing", "", ""),
    ("# note", "# yongeo: ignore", "# yongeo: ignore", "", "# another note"),
])
def test_po_ignore_comments_among_entries_silence_their_own_entry_only(comments):
    entries = [(f"{comment}\n" if comment else "")
               + f"msgctxt \"{n}\"\nmsgid \"Osaka\"\nmsgstr \"오오사카 {n}\"\n"
               for n, comment in enumerate(comments)]
    text = po("\n".join(entries))
    lines = text.split("\n")
    silencing = {"# yongeo: ignore", "# yongeo: ignore term", "# yongeo: ignore term.deprecated"}
    reported = [n for n, comment in enumerate(comments) if comment not in silencing]
    expected = [lines.index(f'msgstr "오오사카 {n}"') + 1 for n in reported]
    found = [f.line for f in lint_po(text, INDEX) if f.rule == "term.deprecated"]
    assert found == expected


def test_po_ignore_comment_with_unknown_rule_is_an_input_error():
    text = po('# yongeo: ignore term.bogus\nmsgid "Osaka"\nmsgstr "오사카"\n')
    with pytest.raises(InputError) as error:
        lint_po(text, INDEX, path="ko.po")
    assert error.value.path == "ko.po" and error.value.line == 7


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # a term inside markup or a placeholder is not text, on either side
    ('Meet <b>Takaichi</b> in %(city)s', '%(city)s에서 <b>다카이치</b> 총리를', []),
    ('See <a title="Takahichi">the page</a>', '<a title="Takahichi">페이지</a>', []),
    ('Read :ref:`takahichi`.', ':ref:`takahichi`를 읽어라.', []),
    ('Read :ref:`the profile <takahichi>`.', ':ref:`프로필 <takahichi>`을 읽어라.', []),
    ('{Osaka} and %(Osaka)s', '{Osaka}와 %(Osaka)s', []),
    ('A talk in Osaka', '<span class="오사카">회담</span>', ["term.missing"]),
    ('A talk in Osaka', '<em>오오사카</em>에서 회담', ["term.deprecated"]),
    ('A talk in <em>Fukushima</em>', '<em>후쿠시마</em>산 수산물', []),
    ('Shuttle diplomacy', '<b>셔틀</b>외교', []),
])
def test_po_placeholders_and_markup_are_not_text(msgid, msgstr, expected):
    text = po(f'msgid "{msgid.replace(chr(34), chr(92) + chr(34))}"\n'
              f'msgstr "{msgstr.replace(chr(34), chr(92) + chr(34))}"\n')
    assert [f.rule for f in lint_po(text, INDEX)] == expected


def test_po_korean_source_and_english_translation():
    text = ('msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
            'msgid "오사카에서 셔틀외교"\nmsgstr "Shuttle diplomacy in Osaka, with Takahichi"\n')
    assert [(f.rule, f.found) for f in lint_po(text, INDEX)] == [
        ("term.deprecated", "Takahichi")]


# --- files on disk -------------------------------------------------------------------------


def write(path: Path, text: str, encoding: str = "utf-8", bom: bool = False,
          crlf: bool = False) -> Path:
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding))
    return path


@pytest.mark.parametrize(("bom", "crlf"), [(False, False), (True, False), (False, True),
                                           (True, True)])
def test_files_with_bom_and_crlf_locate_findings_alike(tmp_path, bom, crlf):
    source = write(tmp_path / "en.txt", "Takahichi spoke.\n\nThey met in Osaka.\n", bom=bom,
                   crlf=crlf)
    draft = write(tmp_path / "ko.txt", "다카이치가 말했다.\n\n양국은 오오사카에서 만났다.\n",
                  bom=bom, crlf=crlf)
    report = lint_file(draft, INDEX, LintOptions(source=source))
    assert [(f.path, f.rule, f.line, f.column) for f in report.findings] == [
        (str(draft), "term.deprecated", 3, 5), (str(source), "source.deprecated", 1, 1)]


def test_po_file_with_crlf_and_bom(tmp_path):
    text = po('msgid "Osaka"\nmsgstr "오오사카"\n')
    path = write(tmp_path / "ko.po", text, bom=True, crlf=True)
    report = lint_file(path, INDEX, LintOptions())
    assert [(f.rule, f.line, f.column) for f in report.findings] == [
        ("term.deprecated", 8, 9)]


def test_nfd_file(tmp_path):
    path = write(tmp_path / "ko.txt", unicodedata.normalize("NFD", "오오사카에서\n"))
    report = lint_file(path, INDEX, LintOptions())
    assert [(f.rule, f.found, f.column, f.end_column) for f in report.findings] == [
        ("term.deprecated", "오오사카", 1, len(unicodedata.normalize("NFD", "오오사카")) + 1)]


def test_legacy_encoding_needs_the_option(tmp_path):
    path = write(tmp_path / "ko.txt", "오오사카에서 만났다.\n", encoding="cp949")
    invalid = lint_file(path, INDEX, LintOptions())
    assert isinstance(invalid.error, InputError)
    assert [(f.rule, f.line) for f in invalid.findings] == [("input.invalid", 1)]
    report = lint_file(path, INDEX, LintOptions(encoding="cp949"))
    assert [f.found for f in report.findings] == ["오오사카"]


def test_directories_are_searched_for_po_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    write(tmp_path / "a" / "ko.po", po('msgid "Osaka"\nmsgstr "오오사카"\n'))
    write(tmp_path / "a" / "b" / "ja.po", po('msgid "Osaka"\nmsgstr "오사카"\n'))
    write(tmp_path / ".git" / "x.po", po('msgid "Osaka"\nmsgstr "오오사카"\n'))
    write(tmp_path / "a" / "notes.txt", "오오사카")
    files = collect_files([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/b/ja.po", "a/ko.po"]
    reports = list(lint_paths([tmp_path], INDEX))
    assert [(Path(r.path).name, len(r.findings)) for r in reports] == [("ja.po", 0),
                                                                      ("ko.po", 1)]


def test_collect_files_errors(tmp_path):
    with pytest.raises(UsageError):
        collect_files([])
    with pytest.raises(UsageError):
        collect_files([tmp_path / "a", tmp_path / "b"], source=tmp_path / "s")
    with pytest.raises(InputError):
        collect_files([tmp_path / "missing.po"])
    with pytest.raises(InputError):
        collect_files([tmp_path])  # a directory without PO files
    with pytest.raises(InputError):
        collect_files([tmp_path], source=tmp_path / "en.txt")


def test_malformed_po_is_an_error_with_a_line(tmp_path):
    path = write(tmp_path / "ko.po", po('msgid "Osaka"\nmsgstr "오사카\n'))
    report = lint_file(path, INDEX, LintOptions())
    assert report.error is not None and report.error.line == 8
    (finding,) = report.findings
    assert (finding.rule, finding.path, finding.line) == ("input.invalid", str(path), 8)


# --- the one-pass PO reader ------------------------------------------------------------------
# It reads a plainly written file in one pass, or leaves it to polib and the glossary's
# checks (None). What it reads must be what polib reads, each string placed where the
# entry-by-entry placing put it; what it leaves must include everything they refuse.

FIELDS = ("msgid", "msgid_plural", "msgctxt", "msgstr", "msgstr_plural", "flags", "tcomment",
          "obsolete", "linenum")


def read_both(text: str):
    """(the one pass's reading or None, polib's reading or the error it raised)."""
    from yongeo.glossary.po import parse_po
    from yongeo.lint.po_reader import scan_po

    scanned = scan_po(text)
    try:
        return scanned, parse_po(text, "x.po")
    except YongeoError as error:
        return scanned, error


def assert_read_alike(text: str) -> str:
    from yongeo.lint.po import _entry, _line_offsets, _place, _strings

    scanned, parsed = read_both(text)
    if isinstance(parsed, YongeoError):
        assert scanned is None, f"read in one pass what polib refuses: {parsed}"
        return "refused"
    if scanned is None:
        return "left to polib"
    assert scanned.metadata == parsed.metadata
    slow = [_entry(e) for e in parsed]
    assert [[getattr(e, f) for f in FIELDS] for e in scanned.entries] == [
        [getattr(e, f) for f in FIELDS] for e in slow]
    lines = _line_offsets(text)
    for fast, entry in zip(scanned.entries, slow, strict=True):
        if entry.obsolete:
            continue  # never placed: lint skips obsolete entries
        placed, old = _strings(fast), _place(text, lines, entry)
        assert placed.keys() == old.keys()
        for key, string in placed.items():
            if old[key].value and not old[key].runs:
                continue  # the old placing lost its way (and said only the entry's line)
            assert (string.value, string.runs, string.at, string.escaped) == (
                old[key].value, old[key].runs, old[key].at, old[key].escaped)
    return "read in one pass"


@pytest.mark.parametrize(("body", "expected"), LAYOUTS)
def test_po_reader_reads_as_polib_or_leaves_the_file_to_it(body, expected):
    assert assert_read_alike(po(body)) == expected


ENTRIES = [['msgid "A{n}"', 'msgstr "가{n}"'], ['msgctxt "c"', 'msgid "A{n}"', 'msgstr "가{n}"'],
           ['msgid "A{n}"', 'msgid_plural "As"', 'msgstr[0] "가{n}"'],
           ['#~ msgid "A{n}"', '#~ msgstr "가{n}"'],
           ['# yongeo: ignore', '#, fuzzy', 'msgid ""', '"A{n}"', 'msgstr "가{n}"', '"more"']]




@settings(max_examples=400, deadline=None)
@given(generated_files(ENTRIES), st.booleans(), st.sampled_from(["", "\n", "\n\n"]))
def test_po_reader_agrees_with_polib_on_generated_files(lines, header, end):
    text = (HEADER if header else "") + "\n".join(lines) + end
    assert_read_alike(text)
