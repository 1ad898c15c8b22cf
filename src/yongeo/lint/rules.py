"""The lint rules (stable dotted ids, default severities) and the policy that tunes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from yongeo.config import LINT_KEYS
from yongeo.errors import ConfigError, UsageError
from yongeo.i18n import N_, _
from yongeo.lint.findings import Finding, Severity


@dataclass(frozen=True)
class Rule:
    """A rule id users write in configuration and suppression comments, and what it means."""

    id: str
    severity: Severity
    summary: str  # English, as written here; `description` is what people read

    @property
    def description(self) -> str:
        """The summary in the interface language."""
        return _(self.summary)


MISSING = Rule("term.missing", Severity.ERROR,
               N_("A source term's preferred or admitted translation is absent from the draft."))
DEPRECATED = Rule("term.deprecated", Severity.ERROR,
                  N_("The draft, or a text checked on its own, uses a deprecated variant of "
                     "a term."))
UNTRANSLATED = Rule("term.untranslated", Severity.ERROR,
                    N_("A term that stays untranslated (CPTPP) was changed in the draft."))
INCONSISTENT = Rule("term.inconsistent", Severity.INFO,
                    N_("One source term is rendered by different admitted variants in one "
                       "document."))
MISSPELLED = Rule("term.misspelled", Severity.WARNING,
                  N_("A word that is in no entry but is one letter (jamo for Hangul) from a "
                     "glossary term."))
TRANSLITERATION = Rule("term.transliteration", Severity.WARNING,
                       N_("A Japanese name of the source that no entry holds is written in "
                          "the Korean draft against the Korean rules for Japanese (키시다 "
                          "for Kishida: 기시다)."))
SOURCE_DEPRECATED = Rule("source.deprecated", Severity.WARNING,
                         N_("The source uses a deprecated variant of a term."))
KEPT_IN_SOURCE = Rule("term.kept-in-source-language", Severity.INFO,
                      N_("The draft keeps a source term in the source language (as written, "
                         "or an English word in Hangul) instead of its translation."))
UNALIGNED = Rule("input.unaligned", Severity.WARNING,
                 N_("Source and draft have different paragraph counts, so they were compared "
                    "as whole documents."))
OMISSION = Rule("input.omission", Severity.INFO,
                N_("A draft paragraph leaves out most of its source's glossary terms; it is "
                   "reported once instead of once per term."))
AMBIGUOUS = Rule("glossary.ambiguous", Severity.WARNING,
                 N_("Over the whole run, a glossary term's translation is present in under a "
                    "set share of its source occurrences: the entry, not every translator, "
                    "needs fixing; its per-paragraph findings become info."))

INVALID = Rule("input.invalid", Severity.ERROR,
               N_("A file could not be read, parsed or given a direction; the other files "
                  "were checked, and the run ends with exit code 2."))

RULES: dict[str, Rule] = {r.id: r for r in (MISSING, DEPRECATED, UNTRANSLATED, INCONSISTENT,
                                            MISSPELLED, TRANSLITERATION, SOURCE_DEPRECATED,
                                            UNALIGNED, KEPT_IN_SOURCE, OMISSION, AMBIGUOUS,
                                            INVALID)}
# Rules about a run's files or its glossary as a whole, found outside a document's checks.
RUN_RULES = frozenset({AMBIGUOUS.id, INVALID.id})

FAIL_NEVER = "none"


def rule_ids(patterns: Iterable[str], origin: str | None = None) -> frozenset[str]:
    """Rule ids from ids or families (`term` means every `term.*` rule); unknown ones fail."""
    found: set[str] = set()
    for raw in patterns:
        pattern = raw.strip().removesuffix(".*")
        if not pattern:
            continue
        matched = {r for r in RULES if r == pattern or r.startswith(pattern + ".")}
        if not matched:
            message = _("unknown rule '{rule}' (known: {known})").format(
                rule=raw, known=", ".join(RULES))
            raise ConfigError(message, origin) if origin else UsageError(message)
        found |= matched
    return frozenset(found)


def parse_severity(value: str, origin: str | None = None, *, allow_none: bool = False
                   ) -> Severity | None:
    text = str(value).strip().lower()
    if allow_none and text in (FAIL_NEVER, "never"):
        return None
    try:
        return Severity(text)
    except ValueError:
        choices = ", ".join(s.value for s in Severity) + (f", {FAIL_NEVER}" if allow_none
                                                          else "")
        message = _("unknown severity '{value}' (expected one of {choices})").format(
            value=value, choices=choices)
        raise (ConfigError(message, origin) if origin else UsageError(message)) from None


@dataclass(frozen=True)
class Policy:
    """Which rules run, at what severity, and from which severity a run fails."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.ERROR

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled

    @property
    def active(self) -> frozenset[str]:
        return frozenset(r for r in RULES if r not in self.disabled)

    def severity(self, rule: str) -> Severity:
        return self.severities.get(rule) or RULES[rule].severity

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """Drop disabled rules and apply severity overrides."""
        out = []
        for finding in findings:
            if finding.rule in self.disabled:
                continue
            wanted = self.severities.get(finding.rule)
            out.append(replace(finding, severity=wanted) if wanted and
                       wanted is not finding.severity else finding)
        return out

    def fails(self, findings: Iterable[Finding]) -> bool:
        if self.fail_on is None:
            return False
        return any(f.severity.rank >= self.fail_on.rank for f in findings)


def policy_from_settings(settings: Mapping, origin: str | None = None, *,
                         disable: Iterable[str] = (), fail_on: str | None = None) -> Policy:
    """The `lint` table of yongeo.toml / [tool.yongeo], then command-line options on top.

    [tool.yongeo.lint]
    disable = ["term.inconsistent"]
    fail-on = "warning"
    severity = { "term.misspelled" = "error" }
    """
    table = settings.get("lint", {}) if settings else {}
    if not isinstance(table, Mapping):
        raise ConfigError(_("'lint' must be a table"), origin)
    unknown = set(table) - LINT_KEYS
    if unknown:
        raise ConfigError(_("unknown lint setting '{key}'").format(key=min(unknown)),
                          origin)
    configured = table.get("disable", [])
    if isinstance(configured, str):
        configured = [configured]
    if not isinstance(configured, list):
        raise ConfigError(_("'lint.disable' must be a list of rule ids"), origin)
    disabled = rule_ids(configured, origin or "config") | rule_ids(disable)
    overrides = table.get("severity", {})
    if not isinstance(overrides, Mapping):
        raise ConfigError(_("'lint.severity' must be a table of rule = severity"), origin)
    severities: dict[str, Severity] = {}
    for pattern, value in overrides.items():
        level = parse_severity(value, origin or "config")
        for rule in rule_ids([pattern], origin or "config"):
            severities[rule] = level  # type: ignore[assignment]
    chosen = fail_on if fail_on is not None else table.get("fail-on", Severity.ERROR.value)
    level = parse_severity(chosen, None if fail_on is not None else (origin or "config"),
                           allow_none=True)
    return Policy(disabled, severities, level)


def include_fuzzy_setting(settings: Mapping) -> bool:
    table = settings.get("lint", {}) if settings else {}
    return bool(table.get("include-fuzzy", False)) if isinstance(table, Mapping) else False


# A glossary term is reported as ambiguous when its translation is present in under this
# share of its source occurrences, counted over at least this many occurrences: then the
# glossary, not every translator, needs fixing (lint.ambiguous-share, lint.ambiguous-min).
AMBIGUOUS_SHARE = 0.3
AMBIGUOUS_MIN = 20


def statistics_settings(settings: Mapping, origin: str | None = None) -> tuple[float, int]:
    """lint.ambiguous-share (0..1) and lint.ambiguous-min (occurrences) from configuration,
    with the documented defaults."""
    table = settings.get("lint", {}) if settings else {}
    if not isinstance(table, Mapping):
        return AMBIGUOUS_SHARE, AMBIGUOUS_MIN
    share = table.get("ambiguous-share", AMBIGUOUS_SHARE)
    minimum = table.get("ambiguous-min", AMBIGUOUS_MIN)
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
        raise ConfigError(_("'lint.ambiguous-share' must be a number from 0 to 1"), origin)
    if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 1:
        raise ConfigError(_("'lint.ambiguous-min' must be a whole number of at least 1"),
                          origin)
    return float(share), minimum
