"""The JSON report: {"findings": [...], "summary": {...}}, as docs/lint.md documents it."""

from __future__ import annotations

import json

from lint_examples import glossary

from yongeo.lint import FileReport, LintIndex, Policy, Severity, Summary, lint_pair, lint_text
from yongeo.report.json import lint_json

INDEX = LintIndex.build(glossary())
FINDING_FIELDS = {"path": str, "line": int, "column": int, "end_line": int, "end_column": int,
                  "rule": str, "severity": str, "message": str, "en": str, "ko": str,
                  "found": (str, type(None)), "suggestion": (str, type(None))}


def render(policy: Policy | None = None) -> dict:
    reports = [
        FileReport("ko.txt", tuple(lint_pair("Takahichi met Wi Sung-lac in Osaka.",
                                             "다카이치 총리는 오오사카에서 만났다.", INDEX,
                                             source_path="en.txt", draft_path="ko.txt"))),
        FileReport("note.txt", tuple(lint_text("Prime Minister Takaichy", INDEX,
                                               path="note.txt"))),
    ]
    summary = Summary()
    for report in reports:
        summary.add(report)
    return json.loads(lint_json(reports, summary, policy or Policy()))


def test_shape_of_every_finding():
    data = render()
    assert set(data) == {"findings", "summary"}
    assert data["findings"]
    for finding in data["findings"]:
        assert set(finding) == set(FINDING_FIELDS)
        for key, kind in FINDING_FIELDS.items():
            assert isinstance(finding[key], kind), key
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["severity"] in ("error", "warning", "info")


def test_values_of_findings():
    findings = render()["findings"]
    assert [(f["path"], f["rule"], f["line"], f["column"]) for f in findings] == [
        ("ko.txt", "term.missing", 1, 1), ("ko.txt", "term.deprecated", 1, 10),
        ("en.txt", "source.deprecated", 1, 1), ("note.txt", "term.misspelled", 1, 16)]
    missing, deprecated = findings[0], findings[1]
    assert (missing["en"], missing["ko"], missing["found"], missing["suggestion"]) == (
        "Wi Sung-lac", "위성락", None, "위성락")
    assert (deprecated["found"], deprecated["suggestion"], deprecated["end_column"]) == (
        "오오사카", "오사카", 14)


def test_summary():
    summary = render()["summary"]
    assert summary == {"files": 2, "findings": 4,
                       "by_severity": {"info": 1, "warning": 2, "error": 1},
                       "by_rule": {"source.deprecated": 1, "term.deprecated": 1,
                                   "term.misspelled": 1, "term.missing": 1},
                       "fail_on": "error", "failed": True}
    relaxed = render(Policy(fail_on=None))["summary"]
    assert relaxed["fail_on"] == "none" and relaxed["failed"] is False
    strict = render(Policy(fail_on=Severity.WARNING))["summary"]
    assert strict["failed"] is True


def test_the_streamed_report_is_the_same_text(tmp_path):
    """write_lint_json (what `yongeo lint --format json` writes to standard output, as it is
    encoded) gives lint_json's text and a newline, byte for byte; and the CLI's standard
    output is what `-o FILE` writes."""
    import io

    from yongeo.lint.stats import TermStatistics
    from yongeo.report.json import write_lint_json

    reports = [FileReport("ko.txt", tuple(lint_pair(
        "Takahichi met Wi Sung-lac in Osaka.", "다카이치 총리는 오오사카에서 만났다.", INDEX,
        source_path="en.txt", draft_path="ko.txt")))]
    summary = Summary()
    summary.add(reports[0])
    stats = TermStatistics().results()
    stream = io.StringIO()
    write_lint_json(stream, reports, summary, Policy(), stats)
    assert stream.getvalue() == lint_json(reports, summary, Policy(), stats) + "\n"
    source, draft = tmp_path / "en.txt", tmp_path / "ko.txt"
    source.write_text("Takahichi met Wi Sung-lac in Osaka.\n", encoding="utf-8")
    draft.write_text("다카이치 총리는 오오사카에서 만났다.\n", encoding="utf-8")
    from in_process import run_yongeo

    args = ("lint", str(draft), "--source", str(source), "--format", "json")
    printed = run_yongeo(args, tmp_path)
    written = run_yongeo((*args, "-o", str(tmp_path / "out.json")), tmp_path)
    assert printed.returncode == written.returncode == 1
    assert printed.stdout == (tmp_path / "out.json").read_text(encoding="utf-8")
    assert json.loads(printed.stdout)["findings"]
