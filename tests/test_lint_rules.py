"""Rule ids, the policy (disable, severities, fail-on) and the [tool.yongeo.lint] table."""

from __future__ import annotations

import pytest
from conftest import ROOT
from lint_examples import glossary

from yongeo.config import find_config
from yongeo.errors import ConfigError, UsageError
from yongeo.lint import RULES, LintIndex, Policy, Severity, lint_pair, policy_from_settings
from yongeo.lint.rules import include_fuzzy_setting, rule_ids

INDEX = LintIndex.build(glossary())
SOURCE = "Takahichi met Wi Sung-lac in Osaka.\n\nThe remains.\n\nThe remains."
DRAFT = "다카이치 총리는 오오사카에서 위성락 실장을 만났다.\n\n유골.\n\n유해."


def test_rule_ids_are_dotted_and_have_a_summary_and_severity():
    for rule in RULES.values():
        assert rule.id.count(".") == 1 and rule.id == rule.id.lower()
        assert rule.summary.endswith(".") and isinstance(rule.severity, Severity)


def test_default_severities():
    assert {r: RULES[r].severity.value for r in RULES} == {
        "term.missing": "error", "term.deprecated": "error", "term.untranslated": "error",
        "term.inconsistent": "info", "term.misspelled": "warning",
        "term.transliteration": "warning",
        "source.deprecated": "warning", "input.unaligned": "warning",
        "term.kept-in-source-language": "info", "input.omission": "info",
        "input.invalid": "error", "glossary.ambiguous": "warning"}


def test_rule_ids_accept_families_and_reject_unknown_ones():
    assert rule_ids(["term"]) == {r for r in RULES if r.startswith("term.")}
    assert rule_ids(["source.*", "input.unaligned"]) == {"source.deprecated",
                                                         "input.unaligned"}
    with pytest.raises(UsageError):
        rule_ids(["term.bogus"])
    with pytest.raises(ConfigError):
        rule_ids(["terms"], "yongeo.toml")


def test_disabled_rules_do_not_run_and_severities_change():
    findings = lint_pair(SOURCE, DRAFT, INDEX)
    assert [f.rule for f in findings] == ["term.deprecated", "term.inconsistent",
                                          "source.deprecated"]
    policy = Policy(disabled=frozenset({"term.inconsistent"}),
                    severities={"source.deprecated": Severity.ERROR})
    findings = lint_pair(SOURCE, DRAFT, INDEX, policy=policy)
    assert [(f.rule, f.severity.value) for f in findings] == [
        ("term.deprecated", "error"), ("source.deprecated", "error")]


@pytest.mark.parametrize(("fail_on", "fails"), [
    (Severity.ERROR, False), (Severity.WARNING, True), (Severity.INFO, True), (None, False)])
def test_fail_on(fail_on, fails):
    findings = [f for f in lint_pair(SOURCE, DRAFT, INDEX) if f.rule != "term.deprecated"]
    assert Policy(fail_on=fail_on).fails(findings) is fails


def test_policy_from_the_config_table_and_options(tmp_path):
    (tmp_path / "yongeo.toml").write_text(
        '[lint]\ndisable = ["term.inconsistent"]\nfail-on = "warning"\ninclude-fuzzy = true\n'
        '[lint.severity]\n"source" = "info"\n', encoding="utf-8")
    config = find_config(tmp_path)
    policy = policy_from_settings(config.settings, str(config.path))
    assert policy.disabled == {"term.inconsistent"}
    assert policy.fail_on is Severity.WARNING
    assert policy.severity("source.deprecated") is Severity.INFO
    assert include_fuzzy_setting(config.settings) is True
    overridden = policy_from_settings(config.settings, str(config.path),
                                      disable=["term.misspelled"], fail_on="none")
    assert overridden.disabled == {"term.inconsistent", "term.misspelled"}
    assert overridden.fail_on is None


def test_policy_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.yongeo.lint]\ndisable = "term"\n', encoding="utf-8")
    config = find_config(tmp_path)
    assert policy_from_settings(config.settings).disabled == {
        r for r in RULES if r.startswith("term.")}


@pytest.mark.parametrize("table", [
    '[lint]\ndisable = ["term.bogus"]\n',
    '[lint]\nfail-on = "fatal"\n',
    '[lint]\nseverity = { "term.missing" = "loud" }\n',
    '[lint]\nseverity = "error"\n',
    '[lint]\ncolour = true\n',
    'lint = 3\n',
])
def test_bad_config_is_a_config_error_naming_the_file(tmp_path, table):
    (tmp_path / "yongeo.toml").write_text(table, encoding="utf-8")
    with pytest.raises(ConfigError) as error:  # unknown keys: already when it is read
        config = find_config(tmp_path)
        policy_from_settings(config.settings, str(config.path))
    assert error.value.path == str((tmp_path / "yongeo.toml").resolve())


def test_bad_fail_on_option_is_a_usage_error():
    with pytest.raises(UsageError):
        policy_from_settings({}, None, fail_on="fatal")


def test_every_rule_is_documented_with_its_default_severity():
    doc = (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.severity.value} |" in doc, rule.id
