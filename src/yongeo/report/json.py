"""Lint findings as JSON: {"findings": [...], "summary": {...}} (schema in docs/lint.md)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from yongeo.lint.rules import Policy
from yongeo.lint.run import FileReport, Summary


def lint_json(reports: Iterable[FileReport], summary: Summary, policy: Policy) -> str:
    findings = [f for r in reports for f in r.findings]
    data = {
        "findings": [f.to_json() for f in findings],
        "summary": {
            "files": summary.files,
            "findings": len(findings),
            "by_severity": dict(summary.counts),
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
            "fail_on": policy.fail_on.value if policy.fail_on else "none",
            "failed": policy.fails(findings),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
