"""Term statistics over a run, and glossary.ambiguous: example tables through the library and
the CLI (a run of many paragraphs is the only way to see a glossary-level problem)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import make_entry
from in_process import run_yongeo

from yongeo.errors import ConfigError
from yongeo.glossary.model import Glossary
from yongeo.lint import LintIndex, LintOptions, Severity, lint_paths
from yongeo.lint.rules import statistics_settings
from yongeo.lint.stats import TermStatistics, _tell_neighbour, _words, fisher_less
from yongeo.text.english import is_title_case, starts_sentence

GLOSSARY = Glossary((
    make_entry("application", "concept", "application", "프로그램"),
    make_entry("windows", "concept", "windows", "윈도우"),
    make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
    make_entry("osaka", "place", "Osaka", "오사카"),
    make_entry("data", "concept", "data", "데이터"),
))
INDEX = LintIndex.build(GLOSSARY)


def write_pair(tmp_path: Path, pairs: list[tuple[str, str]]) -> tuple[Path, Path]:
    source, draft = tmp_path / "source.en.txt", tmp_path / "draft.ko.txt"
    source.write_text("\n\n".join(s for s, _d in pairs) + "\n", encoding="utf-8")
    draft.write_text("\n\n".join(d for _s, d in pairs) + "\n", encoding="utf-8")
    return source, draft


def run(tmp_path: Path, pairs: list[tuple[str, str]], **options):
    source, draft = write_pair(tmp_path, pairs)
    stats = TermStatistics(options.pop("share", 0.3), options.pop("minimum", 20))
    reports = list(lint_paths([draft], INDEX, LintOptions(source=source), stats))
    return reports, stats


# Words a departure may render the term by, each once: departures that scatter.
SCATTERED = ["도구", "기능", "서비스", "화면", "창", "항목", "파일", "작업", "모듈", "요소"]

# (translated, the renderings of the others): the application entry over one run.
SHARES = [
    # 4 of 24 rendered as the glossary says: the glossary is the problem.
    pytest.param(4, ["앱"] * 20, True, id="mostly-otherwise"),
    # 10 of 24 (42%): above the share, each departure stays an error.
    pytest.param(10, ["앱"] * 14, False, id="above-the-share"),
    # 0 of 10, rendered ten ways: too few occurrences to blame the glossary.
    pytest.param(0, SCATTERED, False, id="too-few"),
    # 0 of 10, and the drafts agree on one other rendering: a convention of their own.
    pytest.param(0, ["앱"] * 10, True, id="agreed"),
    pytest.param(0, ["앱"] * 9, False, id="agreed-but-too-few"),
    # one rendering in half of 12 occurrences is agreement; in 5 of 12 it is not
    pytest.param(2, ["앱"] * 6 + SCATTERED[:4], True, id="agreed-by-half"),
    pytest.param(2, ["앱"] * 5 + SCATTERED[:5], False, id="agreed-by-less-than-half"),
]


@pytest.mark.parametrize(("kept", "others", "ambiguous"), SHARES)
def test_glossary_ambiguous_needs_a_low_share_of_enough_occurrences(tmp_path, kept, others,
                                                                     ambiguous):
    # Every draft closes something: a word all pieces share agrees on nothing.
    pairs = [("They closed shuttle diplomacy.", "셔틀외교를 닫습니다.")] * 10
    pairs += [("Close the application.", "프로그램을 닫습니다.")] * kept
    pairs += [("Close the application.", f"{word}을 닫습니다.") for word in others]
    reports, stats = run(tmp_path, pairs)
    findings = [f for r in reports for f in r.findings]
    glossary_level = [f for f in findings if f.rule == "glossary.ambiguous"]
    missing = [f for f in findings if f.rule == "term.missing"]
    other = len(others)
    assert len(missing) == other
    (stat,) = [s for s in stats.results() if s.entry.id == "application"]
    assert (stat.occurrences, stat.translated) == (kept + other, kept)
    if ambiguous:
        assert len(glossary_level) == 1
        assert glossary_level[0].en == "application"
        assert all(f.severity is Severity.INFO for f in missing)
        # The report of the glossary is not one of the checked files.
        assert [r.checked for r in reports] == [True, False]
    else:
        assert not glossary_level
        assert all(f.severity is Severity.ERROR for f in missing)


def test_a_deprecated_rendering_is_no_convention(tmp_path):
    # The drafts agree on 오오사카 and 만났, but in pieces that hold a rendering the entry
    # rejects: term.deprecated's business, not a convention the glossary lacks.
    index = LintIndex.build(Glossary((
        make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),)))
    source, draft = write_pair(tmp_path, [("They met in Osaka.", "오오사카에서 만났다.")] * 12)
    stats = TermStatistics()
    reports = list(lint_paths([draft], index, LintOptions(source=source), stats))
    assert not [f for r in reports for f in r.findings if f.rule == "glossary.ambiguous"]
    assert ("오오사카", 12) in stats.results()[0].alternatives


# (translated, rendered as the entry deprecates, rendered by another word, ambiguous): the
# directory entry (디렉터리, 디렉토리 deprecated) over 24 occurrences.
SENSE_SHARES = [
    # every draft writes the rejected spelling: the term in its sense, each an error of
    # term.deprecated; nothing about the glossary's sense to report
    pytest.param(0, 24, 0, False, id="all-deprecated"),
    pytest.param(2, 20, 2, False, id="mostly-deprecated"),
    # the translation and the rejected spelling together in 8 of 24 (33%): above the share
    pytest.param(4, 4, 16, False, id="sense-above-the-share"),
    # in 6 of 24 (25%): the other word is the glossary's problem
    pytest.param(3, 3, 18, True, id="sense-under-the-share"),
    pytest.param(0, 0, 24, True, id="all-another-word"),
]


@pytest.mark.parametrize(("kept", "rejected", "other", "ambiguous"), SENSE_SHARES)
def test_a_deprecated_rendering_renders_the_term_in_its_sense(tmp_path, kept, rejected, other,
                                                              ambiguous):
    index = LintIndex.build(Glossary((
        make_entry("directory", "concept", "directory", "디렉터리",
                   ("디렉토리", "ko", "deprecated")),
        make_entry("file", "concept", "file", "파일"))))
    # Every draft opens something: a word all pieces share is no rendering of the term.
    pairs = [("Open the file.", "파일을 엽니다.")] * 10
    pairs += [("Open the directory.", "디렉터리를 엽니다.")] * kept
    pairs += [("Open the directory.", "디렉토리를 엽니다.")] * rejected
    pairs += [("Open the directory.", "폴더를 엽니다.")] * other
    source, draft = write_pair(tmp_path, pairs)
    stats = TermStatistics()
    reports = list(lint_paths([draft], index, LintOptions(source=source), stats))
    findings = [f for r in reports for f in r.findings]
    (stat,) = [s for s in stats.results() if s.entry.id == "directory"]
    assert (stat.occurrences, stat.translated, stat.rejected) == (24, kept, rejected)
    # term.deprecated is never demoted: each rejected spelling stays an error.
    deprecated = [f for f in findings if f.rule == "term.deprecated"]
    assert len(deprecated) == rejected
    assert all(f.severity is Severity.ERROR for f in deprecated)
    glossary_level = [f for f in findings if f.rule == "glossary.ambiguous"]
    assert len(glossary_level) == ambiguous
    if ambiguous:
        # The other renderings it offers come from the pieces without a rejected one.
        assert "폴더" in glossary_level[0].message
        assert "디렉토리" not in glossary_level[0].message
        assert glossary_level[0].suggestion == "폴더"


# (capitalised occurrences translated, capitalised rendered otherwise, lower-case translated,
# lower-case rendered otherwise): the windows entry over one run.
CASES = [
    # the OS as the glossary says, the lower-case word as 창: the lower case is split off
    pytest.param(9, 0, 0, 8, True, id="another-word-in-lower-case"),
    pytest.param(4, 0, 1, 7, True, id="one-lower-case-kept"),
    # too few lower-case occurrences to tell
    pytest.param(9, 0, 0, 4, False, id="too-few"),
    # capitalised ones are rendered otherwise as much: no contrast
    # (and neither rendering stands in for half of the 11 occurrences: no agreement either)
    pytest.param(1, 5, 0, 5, False, id="no-contrast"),
    # the lower-case word is mostly translated as the glossary says
    pytest.param(9, 0, 4, 4, False, id="above-the-share"),
]


@pytest.mark.parametrize(("upper_kept", "upper_other", "lower_kept", "lower_other", "split"),
                         CASES)
def test_lower_case_word_rendered_otherwise_is_split_off(tmp_path, upper_kept, upper_other,
                                                         lower_kept, lower_other, split):
    pairs = [("She installed Windows.", "그녀는 윈도우를 설치했다.")] * upper_kept
    pairs += [("She installed Windows.", "그녀는 운영체제를 설치했다.")] * upper_other
    pairs += [("Close the windows.", "윈도우를 닫습니다.")] * lower_kept
    pairs += [("Close the windows.", "창을 닫습니다.")] * lower_other
    glossary_level, upper, lower = _split_run(tmp_path, pairs, upper_kept + upper_other)
    assert len(upper) == upper_other and len(lower) == lower_other
    # The capitalised departures are errors whatever happens to the lower-case ones.
    assert all(f.severity is Severity.ERROR for f in upper)
    _assert_split(glossary_level, lower, split, "lower case", "case-sensitive")


def _split_run(tmp_path, pairs: list[tuple[str, str]], split_from: int):
    """A run's glossary.ambiguous findings, and its term.missing findings of the pairs before
    `split_from` and from it on (one pair per paragraph, a blank line between: pair i is on
    line 2i + 1)."""
    reports, _stats = run(tmp_path, pairs)
    findings = [f for r in reports for f in r.findings]
    glossary_level = [f for f in findings if f.rule == "glossary.ambiguous"]
    after = [f for f in findings if f.rule == "term.missing" and (f.line - 1) // 2 >= split_from]
    before = [f for f in findings if f.rule == "term.missing" and f not in after]
    return glossary_level, before, after


def _assert_split(glossary_level, split_off, split: bool, *said: str) -> None:
    """Split off: one glossary finding that says `said`, and those departures info; else no
    glossary finding, and the departures errors."""
    if split:
        (finding,) = glossary_level
        assert all(words in finding.message for words in said)
        assert all(f.severity is Severity.INFO for f in split_off)
    else:
        assert not glossary_level
        assert all(f.severity is Severity.ERROR for f in split_off)


# (elsewhere translated, elsewhere rendered otherwise, after "personal" translated, after
# "personal" rendered otherwise): the data entry over one run.
NEIGHBOURS = [
    # personal data as 개인 정보 every time, data elsewhere as the glossary says: split off
    pytest.param(8, 0, 0, 2, True, id="a-fixed-phrase"),
    pytest.param(8, 0, 0, 1, False, id="once-is-no-phrase"),
    pytest.param(8, 0, 1, 2, False, id="the-phrase-translated-once"),
    # too little contrast: 3 translated elsewhere against 2 not beside the word (p = 0.1)
    pytest.param(3, 0, 0, 2, False, id="too-few-elsewhere"),
    # the term is rendered otherwise elsewhere too: no sense of its own beside the word
    pytest.param(2, 5, 0, 2, False, id="otherwise-elsewhere-too"),
]


@pytest.mark.parametrize(("kept", "other", "phrase_kept", "phrase_other", "split"), NEIGHBOURS)
def test_occurrences_beside_one_word_rendered_otherwise_are_split_off(
        tmp_path, kept, other, phrase_kept, phrase_other, split):
    pairs = [("Export the data now.", "데이터를 지금 내보냅니다.")] * kept
    pairs += [("Export the data now.", "자료를 지금 내보냅니다.")] * other
    pairs += [("Clear your personal data.", "개인 데이터를 지웁니다.")] * phrase_kept
    pairs += [("Clear your personal data.", "개인 정보를 지웁니다.")] * phrase_other
    glossary_level, _elsewhere, phrase = _split_run(tmp_path, pairs, kept + other)
    assert len(phrase) == phrase_other
    _assert_split(glossary_level, phrase, split, "'data' after 'personal'", "'personal data'",
                  "none of its 2")


# A neighbour's counts ([occurrences, translated, departing pieces]) given departing pieces
# (None: a translated occurrence, already counted): the pieces are kept only while none of
# the neighbour's occurrences is translated, the only case _by_neighbour reads them.
TOLD = [
    pytest.param([1, 0, None], [("a.po", 0, 5)], [1, 0, {("a.po", 0, 5)}], id="first-departure"),
    pytest.param([2, 0, {("a.po", 0, 5)}], [("a.po", 9, 12)],
                 [2, 0, {("a.po", 0, 5), ("a.po", 9, 12)}], id="another-departure"),
    pytest.param([2, 1, {("a.po", 0, 5)}], None, [2, 1, None], id="translated-drops-them"),
    pytest.param([3, 1, None], [("a.po", 9, 12)], [3, 1, None], id="translated-before"),
    pytest.param([1, 0, None], None, [1, 0, None], id="nothing-to-add"),
]


@pytest.mark.parametrize(("counts", "pieces", "expected"), TOLD)
def test_a_neighbours_departing_pieces_are_kept_only_while_none_is_translated(
        counts, pieces, expected):
    _tell_neighbour(counts, pieces)
    assert counts == expected


def test_title_case_capitals_count_as_lower_case(tmp_path):
    pairs = [("Install Windows now, she said.", "윈도우를 지금 설치하라고 했다.")] * 6
    pairs += [("Close All Windows", "모든 창 닫기")] * 6
    reports, _stats = run(tmp_path, pairs)
    findings = [f for r in reports for f in r.findings]
    (finding,) = [f for f in findings if f.rule == "glossary.ambiguous"]
    assert "0 of its 6" in finding.message
    assert [f.severity for f in findings if f.rule == "term.missing"] == [Severity.INFO] * 6


@pytest.mark.parametrize("label", ["Windows", "_Windows", "Done. Windows are listed."])
def test_a_capital_that_opens_a_sentence_counts_as_lower_case(tmp_path, label):
    pairs = [("Install Windows now, she said.", "윈도우를 지금 설치하라고 했다.")] * 6
    pairs += [(label, "창")] * 6
    reports, _stats = run(tmp_path, pairs)
    findings = [f for r in reports for f in r.findings]
    (finding,) = [f for f in findings if f.rule == "glossary.ambiguous"]
    assert "0 of its 6" in finding.message
    assert [f.severity for f in findings if f.rule == "term.missing"] == [Severity.INFO] * 6


def test_a_capital_inside_a_sentence_still_counts(tmp_path):
    pairs = [("Install Windows now, she said.", "윈도우를 지금 설치하라고 했다.")] * 6
    pairs += [("Then install Windows.", "그다음 창을 설치한다.")] * 6
    reports, _stats = run(tmp_path, pairs)
    findings = [f for r in reports for f in r.findings]
    assert not [f for f in findings if f.rule == "glossary.ambiguous"]
    assert [f.severity for f in findings if f.rule == "term.missing"] == [Severity.ERROR] * 6


@pytest.mark.parametrize(("text", "title"), [
    ("Close All Windows", True),
    ("Search Results", True),
    ("Use the same source for all windows", False),
    ("Windows", False),  # one word tells nothing
    ("The Windows update failed", False),
    ("Open the Preferences of the App", True),  # function words stay lower case
])
def test_is_title_case(text, title):
    assert is_title_case(text) is title


@pytest.mark.parametrize(("a", "n", "b", "m", "p"), [
    (0, 8, 9, 9, 1 / 24310),  # 1 / C(17, 9): the only table as extreme
    (1, 8, 4, 4, 0.0101),
    (5, 5, 5, 5, 1.0),
    (0, 1, 0, 1, 1.0),
    (2, 4, 2, 4, 0.7571),
])
def test_fisher_less(a, n, b, m, p):
    assert fisher_less(a, n, b, m) == pytest.approx(p, abs=1e-4)


def test_fisher_less_on_a_term_met_tens_of_thousands_of_times():
    # A huge run: the sum runs over 3,001 tables, in floats (an exact sum of products of
    # integers of thousands of digits would take minutes).
    assert fisher_less(3000, 50000, 40000, 50000) < 1e-12
    assert fisher_less(15000, 50000, 15000, 50000) == pytest.approx(0.5, abs=0.01)


def test_other_renderings_are_the_words_particular_to_the_departures(tmp_path):
    pairs = [("Close the application.", "앱을 닫습니다."),
             ("Quit the application.", "앱을 끝냅니다.")] * 6
    pairs += [("Open the application.", "애플리케이션을 엽니다."),
              ("Hide the application.", "애플리케이션을 숨깁니다.")] * 4
    pairs += [("Start the application.", "프로그램을 시작합니다.")] * 3
    pairs += [("Osaka is near.", "오사카는 가깝습니다.")] * 5
    _reports, stats = run(tmp_path, pairs)
    (stat,) = [s for s in stats.results() if s.entry.id == "application"]
    # 앱 and 애플리케이션 are what the drafts write instead, more often than any verb.
    assert [word for word, _count in stat.alternatives[:2]] == ["앱", "애플리케이션"]
    assert stat.alternatives[0] == ("앱", 12)


def test_other_renderings_are_no_function_words(tmp_path):
    """수, 없 (없습니다) and 것 stand in many departing pieces but render no term: they are
    never offered; a conjugated rendering counts as one word (변경, however written)."""
    pairs = [("Close the application.", "변경할 수 없습니다.")] * 4
    pairs += [("Quit the application.", "변경된 것이 없습니다.")] * 4
    pairs += [("Open the application.", "애플리케이션을 엽니다.")] * 3
    pairs += [("Osaka is near.", "오사카는 가깝습니다.")] * 5
    _reports, stats = run(tmp_path, pairs)
    (stat,) = [s for s in stats.results() if s.entry.id == "application"]
    words = [word for word, _count in stat.alternatives]
    assert words[:2] == ["변경", "애플리케이션"] and stat.alternatives[0] == ("변경", 8)
    assert not {"수", "없", "것"} & set(words)


def test_statistics_are_counted_over_every_file_of_a_run(tmp_path):
    files = []
    for number in range(3):
        path = tmp_path / f"f{number}.ko.po"
        entries = "".join(f'\nmsgid "Quit the application {n}"\nmsgstr "앱 {n} 종료"\n'
                          for n in range(8))
        path.write_text('msgid ""\nmsgstr ""\n"Language: ko\\n"\n"Content-Type: text/plain; '
                        'charset=UTF-8\\n"\n' + entries, encoding="utf-8")
        files.append(path)
    stats = TermStatistics()
    reports = list(lint_paths(files, INDEX, LintOptions(), stats))
    (stat,) = stats.results()
    assert (stat.occurrences, stat.translated) == (24, 0)
    assert sum(f.rule == "glossary.ambiguous" for r in reports for f in r.findings) == 1


@pytest.mark.parametrize(("text", "lang", "words"), [
    # a noun made a predicate is that noun, however conjugated
    ("프로그램을 시작합니다.", "ko", {"프로그램", "시작"}),
    ("설정이 변경되었습니다. 변경할 수 없는 설정", "ko", {"설정", "변경", "수", "없"}),
    ("파일을 삭제하시겠습니까?", "ko", {"파일", "삭제"}),
    # a function verb's forms are its stem; a content verb's and a noun's are as written
    ("지울 수 없습니다", "ko", {"지울", "수", "없"}),
    ("메시지와 페이지", "ko", {"메시지", "페이지"}),
    ("셔틀외교의 제도화", "ko", {"셔틀외교", "제도화"}),
    ("The applications are open.", "en", {"the", "applications", "are", "open"}),
])
def test_words_of_a_rendering(text, lang, words):
    assert _words(text, lang) == words


@pytest.mark.parametrize(("table", "expected"), [
    ({}, (0.3, 20)),
    ({"lint": {"ambiguous-share": 0.5, "ambiguous-min": 5}}, (0.5, 5)),
    ({"lint": {"ambiguous-share": 1}}, (1.0, 20)),
])
def test_statistics_settings(table, expected):
    assert statistics_settings(table) == expected


@pytest.mark.parametrize("table", [
    {"lint": {"ambiguous-share": 1.5}},
    {"lint": {"ambiguous-share": "high"}},
    {"lint": {"ambiguous-min": 0}},
    {"lint": {"ambiguous-min": 2.5}},
    {"lint": {"ambiguous-min": True}},
])
def test_bad_statistics_settings_are_config_errors(table):
    with pytest.raises(ConfigError):
        statistics_settings(table, "yongeo.toml")


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return run_yongeo(["lint", *args], tmp_path,
                      env={"YONGEO_NO_CACHE": "1", "YONGEO_GLOSSARY": None})


@pytest.fixture
def ambiguous_run(tmp_path):
    glossary = tmp_path / "glossary.po"
    glossary.write_text('msgid ""\nmsgstr ""\n"Language: ko\\n"\n"Content-Type: text/plain; '
                        'charset=UTF-8\\n"\n\n# type: concept\nmsgid "application"\n'
                        'msgstr "프로그램"\n', encoding="utf-8")
    pairs = [("Close the application.", "앱을 닫습니다."),
             ("Open the application.", "앱을 엽니다."),
             ("Restart the application.", "앱을 다시 시작합니다.")] * 7
    pairs += [("Start the application.", "프로그램을 시작합니다.")] * 2
    write_pair(tmp_path, pairs)
    return tmp_path


def test_cli_reports_the_glossary_entry_once_and_demotes_the_rest(ambiguous_run):
    result = cli(ambiguous_run, "draft.ko.txt", "--source", "source.en.txt", "--glossary",
                 "glossary.po", "--format", "json")
    data = json.loads(result.stdout)
    rules = [(f["rule"], f["severity"]) for f in data["findings"]]
    assert rules.count(("term.missing", "info")) == 21
    assert ("glossary.ambiguous", "warning") in rules
    (finding,) = [f for f in data["findings"] if f["rule"] == "glossary.ambiguous"]
    assert (finding["path"], finding["line"]) == ("glossary.po", 6)
    assert finding["suggestion"] == "앱"
    (stat,) = data["stats"]
    assert stat | {"alternatives": None} == {
        "id": "application", "term": "application", "translation": "프로그램",
        "occurrences": 23, "translated": 2, "share": 0.087, "alternatives": None}
    assert stat["alternatives"][0] == {"rendering": "앱", "count": 21}
    assert data["summary"]["files"] == 1
    # Warnings do not fail a run by default: the departures are info now.
    assert result.returncode == 0


def test_cli_stats_prints_the_table_alone(ambiguous_run):
    result = cli(ambiguous_run, "draft.ko.txt", "--source", "source.en.txt", "--glossary",
                 "glossary.po", "--stats")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["term", "translation", "occurrences", "translated", "share",
                                "other", "renderings"]
    assert lines[1].split()[:5] == ["application", "프로그램", "23", "2", "9%"]
    assert "앱 (21)" in lines[1]
    assert "term.missing" not in result.stdout


def test_text_report_ends_with_the_terms_most_rendered_otherwise(ambiguous_run):
    result = cli(ambiguous_run, "draft.ko.txt", "--source", "source.en.txt", "--glossary",
                 "glossary.po")
    blocks = result.stdout.strip().split("\n\n")
    assert blocks[-2].startswith("Terms most often rendered otherwise:")
    assert "application" in blocks[-2] and "앱 (21)" in blocks[-2]
    assert blocks[-1].startswith("22 problems (0 errors, 1 warning, 21 info) in 1 file")


def test_html_report_has_the_statistics_table(ambiguous_run):
    result = cli(ambiguous_run, "draft.ko.txt", "--source", "source.en.txt", "--glossary",
                 "glossary.po", "--format", "html")
    assert 'id="term-stats"' in result.stdout
    assert 'data-entry="application"' in result.stdout
    assert "glossary.ambiguous" in result.stdout


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("Windows", "Windows", True),  # a label
    ("_Windows", "Windows", True),  # its mnemonic mark is no letter
    ("“Windows”", "Windows", True),
    ("Done. Windows are closed.", "Windows", True),
    ("Open: Windows", "Windows", True),
    ("Close the Windows", "Windows", False),
    ("Install Windows now", "Windows", False),
    ("Version 11 Windows", "Windows", False),  # a digit is a word before it
])
def test_starts_sentence(text, word, opens):
    assert starts_sentence(text, text.index(word)) is opens


def test_starts_sentence_reads_only_from_the_pieces_start():
    text = "Close the\n\nWindows"  # a piece starting after the blank line
    assert not starts_sentence(text, text.index("Windows"))
    assert starts_sentence(text, text.index("Windows"), begin=text.index("Windows"))
