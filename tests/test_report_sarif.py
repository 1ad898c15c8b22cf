"""The SARIF report: a valid SARIF 2.1.0 log with yongeo's rules and one result per finding."""

from __future__ import annotations

import json

from lint_examples import glossary

from yongeo.lint import RULES, FileReport, LintIndex, Policy, lint_pair
from yongeo.report.sarif import artifact_uri, lint_sarif

INDEX = LintIndex.build(glossary())
LEVELS = {"none", "note", "warning", "error"}


def render(policy: Policy | None = None) -> dict:
    findings = lint_pair("Takahichi met Wi Sung-lac in Osaka.",
                         "다카이치 총리는\n오오사카에서 만났다.", INDEX,
                         source_path="texts/en.txt", draft_path="texts/한국어.txt")
    return json.loads(lint_sarif([FileReport("texts/한국어.txt", tuple(findings))],
                                 policy or Policy()))


def require(obj: dict, *keys: str) -> None:
    for key in keys:
        assert key in obj, f"missing required property {key!r} in {sorted(obj)}"


def test_log_has_the_required_sarif_properties():
    log = render()
    require(log, "version", "runs")
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run = log["runs"][0]
    require(run, "tool")
    require(run["tool"], "driver")
    driver = run["tool"]["driver"]
    require(driver, "name")
    assert driver["name"] == "yongeo" and isinstance(driver["version"], str)
    assert run["columnKind"] in ("utf16CodeUnits", "unicodeCodePoints")
    for rule in driver["rules"]:
        require(rule, "id", "shortDescription", "defaultConfiguration")
        require(rule["shortDescription"], "text")
        assert rule["defaultConfiguration"]["level"] in LEVELS
        assert "helpUri" not in rule
    for result in run["results"]:
        require(result, "message", "ruleId", "level", "locations")
        require(result["message"], "text")
        assert result["level"] in LEVELS
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            require(physical, "artifactLocation", "region")
            require(physical["artifactLocation"], "uri")
            region = physical["region"]
            require(region, "startLine", "startColumn", "endLine", "endColumn")
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert region["endLine"] >= region["startLine"]
            if region["endLine"] == region["startLine"]:
                assert region["endColumn"] >= region["startColumn"]


def test_rules_are_all_described_with_their_levels():
    driver = render()["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels["term.missing"] == "error" and levels["term.inconsistent"] == "note"
    disabled = render(Policy(disabled=frozenset({"term.misspelled"})))["runs"][0]
    enabled = {r["id"]: r["defaultConfiguration"]["enabled"]
               for r in disabled["tool"]["driver"]["rules"]}
    assert enabled["term.misspelled"] is False and enabled["term.missing"] is True


def test_results_point_at_the_findings():
    results = render()["runs"][0]["results"]
    summary = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]
                ["uri"], r["locations"][0]["physicalLocation"]["region"]) for r in results]
    # Wi Sung-lac is left out with no other person in his place: info, a SARIF note.
    assert summary == [
        ("term.missing", "note", "texts/%ED%95%9C%EA%B5%AD%EC%96%B4.txt",
         {"startLine": 1, "startColumn": 1, "endLine": 2, "endColumn": 12}),
        ("term.deprecated", "error", "texts/%ED%95%9C%EA%B5%AD%EC%96%B4.txt",
         {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 5}),
        ("source.deprecated", "warning", "texts/en.txt",
         {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 10}),
    ]
    assert results[1]["properties"] == {"en": "Osaka", "ko": "오사카", "found": "오오사카",
                                        "suggestion": "오사카"}


def test_artifact_uris():
    assert artifact_uri("a b/c.po") == "a%20b/c.po"
    assert artifact_uri("/tmp/x.po") == "file:///tmp/x.po"
