"""The text report: one `path:line:column: severity rule message` line per finding, by file."""

from __future__ import annotations

import pytest
from lint_examples import glossary

from yongeo.lint import FileReport, LintIndex, Summary, lint_pair
from yongeo.report.text import finding_line, progress_line, report_block, summary_line

INDEX = LintIndex.build(glossary())


def report() -> FileReport:
    findings = lint_pair("Takahichi met Wi Sung-lac in Osaka.",
                         "다카이치 총리는 오오사카에서 위성락 실장을 만났다.", INDEX,
                         source_path="en.txt", draft_path="ko.txt")
    return FileReport("ko.txt", tuple(findings))


def test_finding_line_format():
    first = report().findings[0]
    assert finding_line(first) == (
        "ko.txt:1:10: error term.deprecated '오오사카' is deprecated; use '오사카'")


@pytest.mark.parametrize(("source", "draft", "line"), [
    ("다카이치 내각", "The Takahichi\nCabinet met.",
     ("en.txt:1:5: error term.deprecated 'Takahichi Cabinet' is deprecated; use 'Takaichi "
      "Cabinet'")),
    ("한반도와 인도적 접근", "the Korean Penin-\nsula and humani-\nty aims",
     ("en.txt:1:1: error term.missing '인도적 접근' (source line 1) is not translated as "
      "'humanitarian approach'")),
    ("다카이치 내각", "The Takahichi\r\n  Cabinet met.", None),
])
def test_a_term_across_lines_is_quoted_on_one_line(source, draft, line):
    # A term a hard-wrapped text breaks across lines: the finding is one line, the break a
    # space in what it quotes (none after a hyphen).
    findings = lint_pair(source, draft, INDEX, source_path="ko.txt", draft_path="en.txt")
    assert all("\n" not in finding_line(f) for f in findings)
    if line is not None:
        assert line in [finding_line(f) for f in findings]


def test_block_groups_findings_by_file():
    block = report_block(report())
    assert block.split("\n\n") == [
        "ko.txt:1:10: error term.deprecated '오오사카' is deprecated; use '오사카'",
        "en.txt:1:1: warning source.deprecated 'Takahichi' is deprecated; use 'Takaichi'"]
    assert report_block(FileReport("clean.txt", ())) == ""


def test_colour_only_when_asked():
    line = finding_line(report().findings[0], colour=True)
    assert "\x1b[31m" in line and line.endswith("use '오사카'")
    assert "\x1b[" not in finding_line(report().findings[0])


def test_summary_line_counts_and_plurals():
    summary = Summary()
    summary.add(report())
    assert summary_line(summary, failed=True) == (
        "2 problems (1 error, 1 warning, 0 info) in 1 file")
    empty = Summary()
    empty.add(FileReport("a", ()))
    empty.add(FileReport("b", ()))
    assert summary_line(empty, failed=False) == "no problems in 2 files"


def test_progress_line_fits_the_width():
    line = progress_line(3, 120, "translations/" + "x" * 200 + ".po", 60)
    assert line.startswith("\r[3/120] ") and len(line) == 60 and "…" in line


def test_stream_with_progress_wipes_the_line_before_printing():
    from yongeo.lint import Policy
    from yongeo.report.text import text_stream

    clean = FileReport("clean.txt", ())
    summary = Summary()
    chunks = list(text_stream([clean, report(), clean], summary, Policy(), total=3,
                              progress_width=40))
    errs = [c for to_err, c in chunks if to_err]
    outs = [c for to_err, c in chunks if not to_err]
    assert errs[0].startswith("\r[1/3] clean.txt") and errs[-1] == "\r" + " " * 39 + "\r"
    assert all(c.startswith("\r[") or not c.strip() for c in errs)
    # the progress line is wiped right before the block is printed
    block_at = next(i for i, (to_err, c) in enumerate(chunks) if not to_err)
    assert chunks[block_at - 1] == (True, "\r" + " " * 39 + "\r")
    assert outs[-1] == "\n2 problems (1 error, 1 warning, 0 info) in 3 files\n"
    assert summary.files == 3 and summary.fails(Policy())


def test_stream_without_progress_writes_only_stdout():
    from yongeo.lint import Policy
    from yongeo.report.text import text_stream

    chunks = list(text_stream([report()], Summary(), Policy()))
    assert [to_err for to_err, _c in chunks] == [False, False]
