"""GitHub Actions annotations: one workflow command per finding, escaped as GitHub parses."""

from __future__ import annotations

import pytest
from conftest import ROOT
from in_process import run_yongeo

from yongeo.lint.findings import Finding, Severity
from yongeo.report.github import annotation


def finding(**changes) -> Finding:
    values = dict(rule="term.deprecated", severity=Severity.ERROR, path="docs/a.ko.txt",
                  start=0, end=4, line=3, column=5, end_line=3, end_column=9,
                  message="'오오사카' is deprecated; use '오사카'", en="Osaka", ko="오사카",
                  found="오오사카", suggestion="오사카")
    values.update(changes)
    return Finding(**values)


@pytest.mark.parametrize(("severity", "command"), [
    (Severity.ERROR, "::error "), (Severity.WARNING, "::warning "), (Severity.INFO, "::notice "),
])
def test_severity_maps_to_command(severity, command):
    assert annotation(finding(severity=severity)).startswith(command)


def test_properties_and_message():
    line = annotation(finding())
    assert line == ("::error file=docs/a.ko.txt,line=3,col=5,endLine=3,endColumn=9,"
                    "title=yongeo term.deprecated::'오오사카' is deprecated; use '오사카'")


@pytest.mark.parametrize(("field", "value", "escaped"), [
    ("path", "dir,with:odd%chars.po", "file=dir%2Cwith%3Aodd%25chars.po,"),
    ("path", "two\nlines.po", "file=two%0Alines.po,"),
    ("message", "100% sure", "::100%25 sure"),
    # A message is one line (lint.findings.Finding): a line break in it reads as a space.
    ("message", "two\nlines", "::two lines"),
])
def test_escaping(field, value, escaped):
    assert escaped in annotation(finding(**{field: value}))


def test_suggestion_added_when_the_message_lacks_it():
    assert annotation(finding(message="near miss", suggestion="위성락")).endswith(
        "::near miss (위성락)")


def test_cli_github_format_on_the_example():
    result = run_yongeo(["lint", "examples/brief.ko.txt", "--source", "examples/brief.en.txt",
                         "--format", "github"], ROOT, env={"YONGEO_NO_CACHE": "1"})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice "))
                         for line in lines)
    assert any("title=yongeo term.deprecated" in line for line in lines)
