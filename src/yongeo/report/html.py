"""Lint results as one self-contained HTML page: source and draft side by side, terms marked."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources

from yongeo import __version__
from yongeo.i18n import N_, _, language, ngettext
from yongeo.labels import severity_label, status_label
from yongeo.lint.annotate import RULE_STATUS, FileAnnotation, HitStatus, Mark, Pane, Passage
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import RULES, UNALIGNED, Policy
from yongeo.lint.run import Summary
from yongeo.lint.stats import TermStat
from yongeo.report.font import font_face
from yongeo.report.text import STATS_MIN_DEPARTURES, STATS_SHOWN, summary_line

# Babel cannot see _() inside f-strings: these marks put those strings in the template.
_IN_F_STRINGS = (
    N_("Count"),
    N_("English"),
    N_("Findings"),
    N_("Findings by rule"),
    N_("Findings by term"),
    N_("fuzzy"),
    N_("Highlight correct terms"),
    N_("Korean"),
    N_("Legend"),
    N_("No glossary terms in the checked texts."),
    N_("Not in this text:"),
    N_("off"),
    N_("Only passages with findings"),
    N_("Rule"),
    N_("Severity"),
    N_("Skip to the passages"),
    N_("Suggestion:"),
    N_("Summary"),
    N_("Total"),
    N_("View"),
)



@dataclass(frozen=True)
class Look:
    """How a status is drawn: a tint behind dark text, and a line whose style alone tells
    the status apart (for readers who do not see the colours)."""

    background: str
    line: str
    decoration: str  # CSS text-decoration-line and -style


TEXT_COLOUR = "#1f2328"
PAGE_BACKGROUND = "#ffffff"
# Tints keep dark text above 4.5:1 (WCAG AA) and lines above 3:1 against their tint;
# tests/test_report_html.py measures both.
PALETTE: dict[HitStatus, Look] = {
    HitStatus.OK: Look("#e3f5e8", "#1a7f37", "underline solid"),
    HitStatus.MISSING: Look("#fde1df", "#b42318", "underline double"),
    HitStatus.DEPRECATED: Look("#ffe2c6", "#9a3f00", "line-through solid"),
    HitStatus.MISSPELLED: Look("#ece4fb", "#6535b8", "underline wavy"),
    HitStatus.UNTRANSLATED: Look("#dceafd", "#1b4fc4", "underline dashed"),
    HitStatus.INCONSISTENT: Look("#fbf0b4", "#7c5800", "underline dotted"),
}
STATUS_ORDER = tuple(PALETTE)
# Typographic samples drawn in each status's look (not words to translate).
SWATCH = "Aa"
SAMPLE = "Term 용어"


def status_labels() -> dict[HitStatus, tuple[str, str]]:
    """Legend label and explanation per status (a function: the language is chosen late)."""
    return {
        HitStatus.OK: (_("Correct"), _("a glossary term, nothing to report")),
        HitStatus.MISSING: (_("Missing"), _("a source term whose translation is not in the "
                                            "draft")),
        HitStatus.DEPRECATED: (_("Deprecated"), _("a variant the glossary forbids, in the "
                                                  "draft or the source")),
        HitStatus.MISSPELLED: (_("Misspelled"), _("one letter or jamo away from a glossary "
                                                  "term")),
        HitStatus.UNTRANSLATED: (_("Changed"), _("a term that stays untranslated (CPTPP) but "
                                                 "was changed or left out")),
        HitStatus.INCONSISTENT: (_("Inconsistent"), _("rendered differently elsewhere in the "
                                                      "document")),
    }


def rule_titles() -> dict[str, str]:
    """Rule names for people, beside the ids that configuration uses."""
    return {
        "term.missing": _("Missing translation"),
        "term.deprecated": _("Deprecated in the draft"),
        "term.untranslated": _("Untranslated term changed"),
        "term.inconsistent": _("Inconsistent rendering"),
        "term.misspelled": _("Misspelled term"),
        "source.deprecated": _("Deprecated in the source"),
        "input.unaligned": _("Paragraphs not aligned"),
    }


def _language_names() -> dict[str, str]:
    return {"en": _("English"), "ko": _("Korean")}


def lint_html(annotations: Sequence[FileAnnotation], summary: Summary, policy: Policy,
              stats: Sequence[TermStat] = ()) -> str:
    """The whole page. Everything user-supplied is escaped; the page loads nothing (a
    Content-Security-Policy allows only its own style and script, by hash), carries no
    date, and is the same for the same input. `stats` are the run's term statistics."""
    page = _Page(annotations, summary, policy, stats)
    return page.render()


class _Page:
    def __init__(self, annotations: Sequence[FileAnnotation], summary: Summary, policy: Policy,
                 stats: Sequence[TermStat] = ()):
        self.annotations = annotations
        self.stats = stats
        self.summary = summary
        self.policy = policy
        self.labels = status_labels()
        self.languages = _language_names()
        # Findings are numbered through the page in the order it shows them: a file's own
        # notes, then its passages'.
        self.numbers: dict[int, int] = {}
        for annotation in annotations:
            shown = [*annotation.notes, *(f for p in annotation.passages for f in p.findings)]
            for finding in shown:
                self.numbers.setdefault(id(finding), len(self.numbers) + 1)

    # -- the page ------------------------------------------------------------------------

    def render(self) -> str:
        failed = self.summary.fails(self.policy)
        title = _("Terminology report")
        names = ", ".join(a.report.path for a in self.annotations)
        made_by = _("Made by yongeo {version}").format(version=__version__)
        title_line = f"<title>{escape(title)}{' · ' + escape(names) if names else ''}</title>"
        body = [
            "<body>",
            f'<a class="skip" href="#files">{escape(_("Skip to the passages"))}</a>',
            '<header class="top">',
            f'<h1>{escape(title)}</h1>',
            self._overview(failed),
            "</header>",
            '<main>',
            self._legend(),
            self._tables(),
            self._controls(),
            '<div id="files">',
            *(self._file(n, a) for n, a in enumerate(self.annotations, 1)),
            "</div>",
            "</main>",
            f'<footer class="foot">{escape(made_by)}</footer>',
            f"<script>{SCRIPT}</script>",
            "</body>",
            "</html>",
        ]
        # The Korean font carries the glyphs of this page only (markup and attributes add
        # no Hangul that the page does not show, tooltips aside).
        css = font_face("".join(body)) + stylesheet()
        policy = ("default-src 'none'; "
                  f"style-src '{_digest(css)}'; script-src '{_digest(SCRIPT)}'; "
                  "font-src data:; img-src 'none'; base-uri 'none'; form-action 'none'")
        head = [
            "<!DOCTYPE html>",
            f'<html lang="{escape(language())}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="yongeo {escape(__version__)}">',
            title_line,
            f"<style>{css}</style>",
            "</head>",
        ]
        return "\n".join(head + body)

    def _overview(self, failed: bool) -> str:
        counts = self.summary.counts
        line = summary_line(self.summary, failed)
        fail_on = self.policy.fail_on
        if fail_on is None:
            verdict, kind = _("never fails (--fail-on none)"), "pass"
        elif failed:
            verdict, kind = _("fails: findings at or above {severity}").format(
                severity=severity_label(fail_on.value)), "fail"
        else:
            verdict, kind = _("passes: nothing at or above {severity}").format(
                severity=severity_label(fail_on.value)), "pass"
        correct = sum(1 for a in self.annotations for p in a.passages for pane in p.drafts
                      for m in pane.marks if m.status is HitStatus.OK)
        cards = [
            ("error", counts[Severity.ERROR.value], ngettext("error", "errors",
                                                             counts[Severity.ERROR.value])),
            ("warning", counts[Severity.WARNING.value], ngettext(
                "warning", "warnings", counts[Severity.WARNING.value])),
            ("info", counts[Severity.INFO.value], severity_label("info")),
            ("ok", correct, ngettext("correct term", "correct terms", correct)),
        ]
        files = "".join(
            f"<li>{self._file_caption(a)}</li>" for a in self.annotations)
        return "".join([
            '<div class="overview">',
            f'<p class="summary-line" id="summary-line">{escape(line)}</p>',
            f'<p class="verdict verdict-{kind}" id="verdict">{escape(verdict)}</p>',
            '<ul class="cards">',
            *(f'<li class="card card-{key}" data-kind="{key}"><span class="card-n">{n}</span> '
              f'<span class="card-label">{escape(label)}</span></li>' for key, n, label in cards),
            "</ul>",
            f'<ul class="files-checked">{files}</ul>' if files else "",
            "</div>",
        ])

    def _file_caption(self, annotation: FileAnnotation) -> str:
        """The file's name, its source's, and the direction of translation."""
        caption = f"<code>{escape(annotation.report.path)}</code>"
        if annotation.source_path:
            caption = escape(_("{draft} against {source}")).format(
                draft=caption, source=f"<code>{escape(annotation.source_path)}</code>")
        if annotation.source_lang and annotation.target_lang:
            arrow = _("{source} → {target}").format(
                source=self.languages.get(annotation.source_lang, annotation.source_lang),
                target=self.languages.get(annotation.target_lang, annotation.target_lang))
            caption += f' <span class="dir">{escape(arrow)}</span>'
        return caption

    # -- legend and tables ------------------------------------------------------------------

    def _legend(self) -> str:
        items = []
        for status in STATUS_ORDER:
            label, meaning = self.labels[status]
            items.append(
                f'<li data-status="{status.value}"><span class="m m-{status.value} sample" '
                f'aria-hidden="true">{SAMPLE}</span> '
                f'<b>{escape(label)}</b> <span class="meaning">{escape(meaning)}</span></li>')
        hint = _("Hover over a term to see its glossary entry and findings, and the same term "
                 "in the other column. Numbers point to the findings listed under each passage.")
        return (f'<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">'
                f'{escape(_("Legend"))}</h2><ul>{"".join(items)}</ul><p class="hint">'
                f"{escape(hint)}</p></section>")

    def _tables(self) -> str:
        return (f'<section class="tables" aria-label="{escape(_("Summary"))}">'
                f"{self._by_rule()}{self._by_term()}{self._term_stats()}</section>")

    def _term_stats(self) -> str:
        """The run's term statistics: the terms rendered otherwise most often."""
        shown = [s for s in self.stats if s.departures >= STATS_MIN_DEPARTURES][:STATS_SHOWN]
        if not shown:
            return ""
        rows = []
        for stat in shown:
            target = stat.target_lang
            others = ", ".join(f"{t} ({n})" for t, n in stat.alternatives)
            rows.append(
                f'<tr data-entry="{escape(stat.entry.id)}"><th scope="row">'
                f'{escape(stat.entry.preferred(stat.source_lang))} → '
                f'{escape(stat.entry.preferred(target))}</th>'
                f'<td class="n">{stat.occurrences}</td><td class="n">{stat.translated}</td>'
                f'<td class="n">{round(100 * stat.share)}%</td><td>{escape(others)}</td></tr>')
        title, term, occurrences = _("Term statistics"), _("Term"), _("Occurrences")
        translated, share, renderings = _("Translated"), _("Share"), _("Other renderings")
        return (f'<div class="table-box"><h2 id="stats-h">{escape(title)}</h2>'
                f'<table id="term-stats" aria-labelledby="stats-h"><thead><tr>'
                f'<th scope="col">{escape(term)}</th>'
                f'<th scope="col" class="n">{escape(occurrences)}</th>'
                f'<th scope="col" class="n">{escape(translated)}</th>'
                f'<th scope="col" class="n">{escape(share)}</th>'
                f'<th scope="col">{escape(renderings)}</th></tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table></div>')

    def _by_rule(self) -> str:
        counts = Counter(f.rule for a in self.annotations for f in a.report.findings)
        titles = rule_titles()
        rows = []
        for rule in RULES.values():
            count = counts.get(rule.id, 0)
            enabled = self.policy.enabled(rule.id)
            severity = self.policy.severity(rule.id)
            status = RULE_STATUS.get(rule.id)
            swatch = (f'<span class="m m-{status.value} swatch" aria-hidden="true">'
                      f'{SWATCH}</span>' if status else
                      '<span class="swatch swatch-none" aria-hidden="true"></span>')
            state = (f'<span class="sev sev-{severity.value}">'
                     f"{escape(severity_label(severity.value))}</span>" if enabled else
                     f'<span class="sev sev-off">{escape(_("off"))}</span>')
            zero = ' class="zero"' if not count else ""
            rows.append(
                f'<tr data-rule="{rule.id}" data-count="{count}"{zero} '
                f'title="{escape(rule.description)}"><th scope="row">{swatch}'
                f'<span class="rule-name">{escape(titles.get(rule.id, rule.id))}</span> '
                f'<code>{rule.id}</code></th><td>{state}</td><td class="n">{count}</td></tr>')
        total = sum(counts.values())
        return (f'<div class="table-box"><h2 id="by-rule-h">{escape(_("Findings by rule"))}</h2>'
                f'<table id="by-rule" aria-labelledby="by-rule-h"><thead><tr>'
                f'<th scope="col">{escape(_("Rule"))}</th>'
                f'<th scope="col">{escape(_("Severity"))}</th>'
                f'<th scope="col" class="n">{escape(_("Count"))}</th></tr></thead>'
                f'<tbody>{"".join(rows)}</tbody><tfoot><tr><th scope="row" colspan="2">'
                f'{escape(_("Total"))}</th><td class="n" data-count="{total}">{total}</td>'
                "</tr></tfoot></table></div>")

    def _by_term(self) -> str:
        rows: dict[tuple[str, str], Counter] = {}
        for annotation in self.annotations:
            for finding in annotation.report.findings:
                status = RULE_STATUS.get(finding.rule)
                if status is not None and (finding.en or finding.ko):
                    rows.setdefault((finding.en, finding.ko), Counter())[status] += 1
            for passage in annotation.passages:
                for pane in passage.drafts:
                    for mark in pane.marks:
                        if mark.status is HitStatus.OK and mark.entry is not None:
                            key = (mark.entry.en, mark.entry.ko)
                            rows.setdefault(key, Counter())[HitStatus.OK] += 1
        flagged = STATUS_ORDER[1:]

        def order(item: tuple[tuple[str, str], Counter]) -> tuple:
            (en, ko), counts = item
            problems = sum(counts[s] for s in flagged)
            return (-problems, -counts[HitStatus.OK], en.lower(), ko)

        head = "".join(
            f'<th scope="col" class="n" data-status="{s.value}"><span class="m m-{s.value} '
            f'swatch" aria-hidden="true">{SWATCH}</span>{escape(self.labels[s][0])}</th>'
            for s in STATUS_ORDER)
        body = []
        for (en, ko), counts in sorted(rows.items(), key=order):
            # A zero is left blank to the eye (the counts stand out), not to screen readers.
            cells = "".join(
                f'<td class="n" data-status="{s.value}" data-count="{counts[s]}">{counts[s]}</td>'
                if counts[s] else
                f'<td class="n zero" data-status="{s.value}" data-count="0"><span class="sr">0'
                "</span></td>" for s in STATUS_ORDER)
            body.append(f'<tr data-en="{escape(en)}" data-ko="{escape(ko)}">'
                        f'<th scope="row" lang="en">{escape(en)}</th>'
                        f'<td lang="ko">{escape(ko)}</td>{cells}</tr>')
        if not body:
            body.append(f'<tr><td colspan="{len(STATUS_ORDER) + 2}" class="empty">'
                        f'{escape(_("No glossary terms in the checked texts."))}</td></tr>')
        return (f'<div class="table-box"><h2 id="by-term-h">{escape(_("Findings by term"))}</h2>'
                f'<div class="scroll" tabindex="0" role="region" aria-labelledby="by-term-h">'
                f'<table id="by-term"><thead><tr><th scope="col">{escape(_("English"))}</th>'
                f'<th scope="col">{escape(_("Korean"))}</th>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table></div></div>')

    def _controls(self) -> str:
        # The legend again, in short, where it stays in view while the passages scroll by.
        chips = "".join(f'<span class="m m-{s.value}">{escape(self.labels[s][0])}</span>'
                        for s in STATUS_ORDER)
        return (f'<div class="controls" role="group" aria-label="{escape(_("View"))}">'
                f'<label><input type="checkbox" id="only-findings"> '
                f'{escape(_("Only passages with findings"))}</label>'
                f'<label><input type="checkbox" id="show-ok" checked> '
                f'{escape(_("Highlight correct terms"))}</label>'
                f'<span class="chips" aria-hidden="true">{chips}</span></div>')

    # -- files and passages -----------------------------------------------------------------

    def _file(self, number: int, annotation: FileAnnotation) -> str:
        single = annotation.kind == "text"
        found = len(annotation.report.findings)
        meta = ngettext("{n} passage", "{n} passages", len(annotation.passages)).format(
            n=len(annotation.passages)) + " · " + ngettext(
            "{n} finding", "{n} findings", found).format(n=found)
        heads = ""
        if annotation.passages:
            # What each column holds: a pair's file names, a PO file's string kinds.
            po = annotation.kind == "po"
            columns = [] if single else [(_("Source"), annotation.source_lang,
                                          "msgid" if po else annotation.source_path or "")]
            columns.append((_("Text") if single else _("Draft"), annotation.target_lang,
                            "msgstr" if po else "" if single else annotation.report.path))
            heads = '<div class="col-heads" aria-hidden="true"><span></span>' + "".join(
                f'<span>{escape(title)} · {escape(self.languages.get(lang or "", "?"))}'
                + (f"<code>{escape(what)}</code>" if what else "") + "</span>"
                for title, lang, what in columns) + "</div>"
        notes = ""
        if annotation.notes:
            notes = (f'<ol class="notes file-notes">'
                     f'{"".join(self._note(f) for f in annotation.notes)}</ol>')
        passages = "".join(self._passage(number, n, p, annotation)
                           for n, p in enumerate(annotation.passages, 1))
        if not annotation.passages:
            nothing = _("Nothing to show: no text was checked in this file.")
            passages = f'<p class="empty">{escape(nothing)}</p>'
        return (f'<section class="file{" single" if single else ""}" id="file-{number}" '
                f'data-path="{escape(annotation.report.path)}" data-kind="{annotation.kind}">'
                f'<h2>{self._file_caption(annotation)}</h2><p class="file-meta">{escape(meta)}</p>'
                f"{notes}{heads}{passages}</section>")

    def _passage(self, file_number: int, number: int, passage: Passage,
                 annotation: FileAnnotation) -> str:
        worst = max((f.severity.rank for f in passage.findings), default=-1)
        severity = next((s.value for s in Severity if s.rank == worst), "none")
        classes = ["passage", f"worst-{severity}"]
        if passage.findings:
            classes.append("has-findings")
        if annotation.kind == "po":
            label = _("entry {n}").format(n=number)
        elif any(f.rule == UNALIGNED.id for f in annotation.notes):
            label = _("whole text")
        else:
            label = _("¶ {n}").format(n=number)
        badges = []
        if passage.context:
            badges.append(f'<span class="badge" title="msgctxt">{escape(passage.context)}</span>')
        if passage.fuzzy:
            badges.append(f'<span class="badge badge-fuzzy">{escape(_("fuzzy"))}</span>')
        if passage.findings:
            count = len(passage.findings)
            found = ngettext("{n} finding", "{n} findings", count).format(n=count)
            badges.append(f'<span class="badge badge-{severity}">{escape(found)}</span>')
        columns = []
        if annotation.kind != "text":
            columns.append(self._column(passage.sources, "source", _("Source"),
                                        annotation.source_lang))
        columns.append(self._column(passage.drafts, "draft",
                                    _("Text") if annotation.kind == "text" else _("Draft"),
                                    annotation.target_lang))
        notes = ""
        if passage.findings:
            notes = (f'<ol class="notes" aria-label="{escape(_("Findings"))}">'
                     f'{"".join(self._note(f) for f in passage.findings)}</ol>')
        return (f'<article class="{" ".join(classes)}" id="p-{file_number}-{number}" '
                f'data-findings="{len(passage.findings)}">'
                f'<div class="gutter"><span class="label">{escape(label)}</span>{"".join(badges)}'
                f'</div>{"".join(columns)}{notes}</article>')

    def _column(self, panes: Iterable[Pane], role: str, title: str, lang: str | None) -> str:
        # The column heads are drawn once per file; a screen reader hears them per passage.
        label = f"{title} · {self.languages.get(lang or '', lang or '')}"
        out = [f'<div class="col col-{role}" role="group" aria-label="{escape(label)}">']
        for pane in panes:
            caption = _("line {line}").format(line=pane.line)
            if pane.key:
                caption = f"{pane.key} · {caption}"
            out.append(
                f'<div class="pane" data-role="{role}" data-key="{escape(pane.key)}" '
                f'data-line="{pane.line}"><div class="pane-cap">{escape(caption)}</div>'
                f'<p class="text" lang="{escape(pane.lang or lang or "")}">'
                f"{self._text(pane)}</p>"
                + "".join(self._pane_note(f, pane) for f in pane.notes)
                + "</div>")
        out.append("</div>")
        return "".join(out)

    def _text(self, pane: Pane) -> str:
        text = pane.text
        out = []
        cursor = 0
        for mark in pane.marks:
            if mark.start < cursor:  # overlapping marks cannot be drawn; keep the refs
                out.append("".join(self._ref(f) for f in mark.findings))
                continue
            out.append(self._plain(text, cursor, mark.start, pane.markup))
            out.append(self._mark(mark, text[mark.start:mark.end]))
            cursor = mark.end
        out.append(self._plain(text, cursor, len(text), pane.markup))
        return "".join(out)

    @staticmethod
    def _plain(text: str, start: int, end: int, markup: Sequence[tuple[int, int]]) -> str:
        """Text between marks, its placeholders and tags set apart as code."""
        out = []
        for m_start, m_end in markup:
            if m_end <= start or m_start >= end:
                continue
            m_start, m_end = max(m_start, start), min(m_end, end)
            out.append(escape(text[start:m_start]))
            out.append(f'<code class="ph">{escape(text[m_start:m_end])}</code>')
            start = m_end
        out.append(escape(text[start:end]))
        return "".join(out)

    def _mark(self, mark: Mark, shown: str) -> str:
        entry = mark.entry
        tip = []
        if entry is not None:
            tip.append(_("Glossary: {en} = {ko}").format(en=entry.en or "—", ko=entry.ko or "—"))
        if mark.term is not None:
            tip.append(_("'{term}': {status} term").format(
                term=mark.term.text, status=status_label(mark.term.status.value)))
        for finding in mark.findings:
            number = self.numbers.get(id(finding), "?")
            tip.append(f"[{number}] {severity_label(finding.severity.value)} {finding.rule}: "
                       f"{finding.message}")
            if finding.suggestion:
                tip.append("    " + _("Suggestion: {text}").format(text=finding.suggestion))
        if not mark.findings and mark.status is not HitStatus.OK:
            tip.append(_("Not reported: the rule is off or suppressed here."))
        described = " ".join(f"n{self.numbers[id(f)]}" for f in mark.findings
                             if id(f) in self.numbers)
        attributes = [f'class="m m-{mark.status.value}"', f'data-status="{mark.status.value}"']
        if entry is not None:
            attributes.append(f'data-entry="{escape(entry.id)}"')
        if described:
            attributes.append(f'aria-describedby="{described}"')
        attributes.append(f'title="{escape(chr(10).join(tip))}"')
        refs = "".join(self._ref(f, entry.id if entry else None) for f in mark.findings)
        return f"<mark {' '.join(attributes)}>{escape(shown)}</mark>{refs}"

    def _pane_note(self, finding: Finding, pane: Pane) -> str:
        """A finding about a whole draft string, shown where the term should have been:
        what is missing, and the source term it renders."""
        status = RULE_STATUS.get(finding.rule)
        if not finding.suggestion or status is None:
            return f'<p class="pane-note">{escape(finding.message)}{self._ref(finding)}</p>'
        source_term = finding.en if pane.lang == "ko" else finding.ko
        for_term = (" " + escape(_("for {term}").format(term=source_term))
                    if source_term and source_term != finding.suggestion else "")
        return (f'<p class="pane-note" data-rule="{finding.rule}">'
                f'{escape(_("Not in this text:"))} '
                f'<span class="m m-{status.value} ghost" lang="{escape(pane.lang)}">'
                f"{escape(finding.suggestion)}</span>{self._ref(finding)}{for_term}</p>")

    def _ref(self, finding: Finding, entry: str | None = None) -> str:
        number = self.numbers.get(id(finding))
        if number is None:
            return ""
        linked = f' data-entry="{escape(entry)}"' if entry else ""
        label = escape(_("finding {n}").format(n=number))
        return (f'<sup class="ref"><a href="#n{number}"{linked} aria-label="{label}">'
                f"{number}</a></sup>")

    def _note(self, finding: Finding) -> str:
        number = self.numbers.get(id(finding), 0)
        status = RULE_STATUS.get(finding.rule)
        swatch = (f'<span class="m m-{status.value} swatch" aria-hidden="true">'
                  f'{SWATCH}</span>' if status else
                  '<span class="swatch swatch-none" aria-hidden="true"></span>')
        suggestion = ""
        if finding.suggestion:
            suggestion = (f' <span class="sugg">{escape(_("Suggestion:"))} '
                          f"<b>{escape(finding.suggestion)}</b></span>")
        where = f"{finding.path}:{finding.line}:{finding.column}"
        return (f'<li class="note" id="n{number}" data-rule="{finding.rule}" '
                f'data-severity="{finding.severity.value}"><span class="num">{number}</span>'
                f'{swatch}'
                f'<span class="sev sev-{finding.severity.value}">'
                f"{escape(severity_label(finding.severity.value))}</span> "
                f"<code class=\"rule\">{escape(finding.rule)}</code> "
                f'<span class="msg">{escape(finding.message)}</span>{suggestion} '
                f'<span class="loc">{escape(where)}</span></li>')


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@lru_cache(maxsize=1)
def _base_css() -> str:
    return (resources.files("yongeo.report") / "report.css").read_text(encoding="utf-8")


def stylesheet() -> str:
    """The page's CSS: the palette as custom properties, then the static sheet."""
    variables = [f"--text: {TEXT_COLOUR};", f"--page: {PAGE_BACKGROUND};"]
    rules = []
    for status, look in PALETTE.items():
        variables.append(f"--{status.value}-bg: {look.background}; "
                         f"--{status.value}-line: {look.line};")
        line, style = look.decoration.split()
        rules.append(f".m-{status.value} {{ background: var(--{status.value}-bg); "
                     f"text-decoration-line: {line}; text-decoration-style: {style}; "
                     f"text-decoration-color: var(--{status.value}-line); }}")
    return ":root { " + " ".join(variables) + " }\n" + "\n".join(rules) + "\n" + _base_css()


# Hovering or focusing a term lights up every mark of the same entry in its passage, so the
# source term and its rendering are seen together.
SCRIPT = """(function () {
  var lit = [];
  function clear() {
    lit.forEach(function (node) { node.classList.remove("linked"); });
    lit = [];
  }
  function link(event) {
    var node = event.target && event.target.closest ? event.target.closest("[data-entry]") : null;
    clear();
    if (!node) { return; }
    var passage = node.closest(".passage");
    if (!passage) { return; }
    var selector = 'mark[data-entry="' + CSS.escape(node.getAttribute("data-entry")) + '"]';
    passage.querySelectorAll(selector).forEach(function (mark) {
      mark.classList.add("linked");
      lit.push(mark);
    });
  }
  document.addEventListener("mouseover", link);
  document.addEventListener("focusin", link);
})();"""
