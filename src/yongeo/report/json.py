"""Lint findings as JSON: {"findings": [...], "summary": {...}} (schema in docs/lint.md)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence

from yongeo.lint.rules import Policy
from yongeo.lint.run import FileReport, Summary
from yongeo.lint.stats import TermStat


def lint_json(reports: Iterable[FileReport], summary: Summary, policy: Policy,
              stats: Sequence[TermStat] | None = None) -> str:
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
    if stats is not None:
        data["stats"] = [s.to_json() for s in stats]
    return json.dumps(data, ensure_ascii=False, indent=2)


def stats_json(stats: Sequence[TermStat]) -> str:
    """`yongeo lint --stats --format json`: the term statistics alone."""
    return json.dumps({"stats": [s.to_json() for s in stats]}, ensure_ascii=False, indent=2)
