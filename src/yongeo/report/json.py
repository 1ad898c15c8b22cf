"""Lint findings as JSON: {"findings": [...], "summary": {...}} (schema in docs/lint.md)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TextIO

from yongeo.lint.rules import Policy
from yongeo.lint.run import FileReport, Summary
from yongeo.lint.stats import TermStat


def lint_json(reports: Iterable[FileReport], summary: Summary, policy: Policy,
              stats: Sequence[TermStat] | None = None) -> str:
    return json.dumps(_lint_data(reports, summary, policy, stats), ensure_ascii=False,
                      indent=2)


def write_lint_json(stream: TextIO, reports: Iterable[FileReport], summary: Summary,
                    policy: Policy, stats: Sequence[TermStat] | None = None) -> None:
    """lint_json's text, written to `stream` as it is encoded, with a newline after it: the
    same bytes, without the whole report in memory at once as one string and its pieces (46
    MB of a 10 MB pair's run)."""
    json.dump(_lint_data(reports, summary, policy, stats), stream, ensure_ascii=False,
              indent=2)
    stream.write("\n")


def _lint_data(reports: Iterable[FileReport], summary: Summary, policy: Policy,
               stats: Sequence[TermStat] | None) -> dict:
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
    return data


def stats_json(stats: Sequence[TermStat]) -> str:
    """`yongeo lint --stats --format json`: the term statistics alone."""
    return json.dumps({"stats": [s.to_json() for s in stats]}, ensure_ascii=False, indent=2)
