"""Lint findings as SARIF 2.1.0, for code-scanning interfaces."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePath
from urllib.parse import quote

from yongeo import __version__
from yongeo.lint.findings import Finding
from yongeo.lint.rules import RULES, Policy
from yongeo.lint.run import FileReport

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def lint_sarif(reports: Iterable[FileReport], policy: Policy) -> str:
    """One run with yongeo as the driver, every rule described, one result per finding.
    Columns count Unicode code points (SARIF's default would be UTF-16 code units)."""
    rule_ids = list(RULES)
    rules = [{
        "id": rule.id,
        "name": _camel(rule.id),
        "shortDescription": {"text": rule.description},
        "defaultConfiguration": {"level": policy.severity(rule.id).sarif_level,
                                 "enabled": policy.enabled(rule.id)},
    } for rule in RULES.values()]
    results = [_result(f, rule_ids.index(f.rule)) for r in reports for f in r.findings]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "yongeo", "version": __version__,
                                "semanticVersion": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _result(finding: Finding, rule_index: int) -> dict:
    result: dict = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": finding.severity.sarif_level,
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.path)},
            "region": {"startLine": finding.line, "startColumn": finding.column,
                       "endLine": finding.end_line, "endColumn": finding.end_column},
        }}],
    }
    properties = {k: v for k, v in (("en", finding.en), ("ko", finding.ko),
                                    ("found", finding.found),
                                    ("suggestion", finding.suggestion)) if v}
    if properties:
        result["properties"] = properties
    return result


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference, an absolute one as a file: URI."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return quote(pure.as_posix())


def _camel(rule_id: str) -> str:
    parts = rule_id.replace("-", ".").split(".")
    return parts[0] + "".join(p.title() for p in parts[1:])
