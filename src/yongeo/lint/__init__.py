"""Lint: terminology checks that turn glossary matches in drafts into findings."""

from yongeo.lint.findings import FileText, Finding, Severity
from yongeo.lint.index import LintIndex, compile_glossary
from yongeo.lint.pair import lint_pair
from yongeo.lint.po import lint_po
from yongeo.lint.rules import RULES, Policy, Rule, policy_from_settings
from yongeo.lint.run import FileReport, LintOptions, Summary, collect_files, lint_file, lint_paths
from yongeo.lint.single import lint_text

__all__ = [
    "RULES", "FileReport", "FileText", "Finding", "LintIndex", "LintOptions", "Policy", "Rule",
    "Severity", "Summary", "collect_files", "compile_glossary", "lint_file", "lint_pair",
    "lint_paths", "lint_po", "lint_text", "policy_from_settings",
]
