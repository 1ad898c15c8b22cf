"""Renderers for glossary commands: lookup results and check problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from yongeo.i18n import _, ngettext, pgettext
from yongeo.labels import match_label, severity_label, term_status_label, type_label
from yongeo.lookup import LookupResult, MatchKind, sense_text
from yongeo.report.table import render_table

if TYPE_CHECKING:  # `yongeo lookup` does not load the glossary checks
    from yongeo.glossary.check import Problem


def lookup_table(results: Sequence[LookupResult], width: int = 100) -> str:
    headers = [pgettext("lookup column", "term"), pgettext("lookup column", "Korean"),
               pgettext("lookup column", "type"), pgettext("lookup column", "status"),
               pgettext("lookup column", "note")]
    rows = []
    for result in results:
        status = term_status_label(result.term, result.entry)
        if result.kind > MatchKind.DEPRECATED:
            status += f" ({match_label(result.kind.label)})"
        note = result.entry.note
        if result.use_instead:
            note = _("use '{term}' instead").format(term=result.use_instead) + (
                f"; {note}" if note else "")
        elif result.term.status.value != "preferred":
            note = _("matched '{term}'").format(term=result.term.text) + (
                f"; {note}" if note else "")
        sense = sense_text(result.entry)
        if sense:
            note = f"{sense}; {note}" if note else sense
        rows.append([result.entry.en, result.entry.ko, type_label(result.entry.type), status,
                     note])
    return render_table(headers, rows, width)


def lookup_json(results: Sequence[LookupResult]) -> str:
    import json  # only for this format: not paid for by every lookup

    return json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2)


def lookup_batch_json(batches: Sequence[tuple[str, Sequence[LookupResult]]]) -> str:
    """Several queries: one object per query, in order, with its entries (maybe none)."""
    import json

    return json.dumps([{"query": query, "entries": [r.to_json() for r in results]}
                       for query, results in batches], ensure_ascii=False, indent=2)


LOOKUP_TSV_COLUMNS = ("query", "id", "en", "ko", "type", "matched", "lang", "status", "kind",
                      "use_instead")


def _cell(text: str) -> str:
    # A tab or a line break inside a field would shift the columns of every later row.
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text


def lookup_tsv(batches: Sequence[tuple[str, Sequence[LookupResult]]]) -> str:
    """One header row, then one row per entry found, the query first (for cut, awk, join,
    spreadsheets); a query that found nothing has no row."""
    rows = ["\t".join(LOOKUP_TSV_COLUMNS)]
    for query, results in batches:
        for r in results:
            rows.append("\t".join(_cell(v) for v in (
                query, r.entry.id, r.entry.en, r.entry.ko, r.entry.type, r.term.text,
                r.term.lang, r.term.status.value, r.kind.label, r.use_instead or "")))
    return "\n".join(rows)


def problems_text(problems: Sequence[Problem], entries: int, fuzzy: int) -> str:
    lines = []
    for problem in problems:
        if problem.code == "fuzzy":
            continue
        where = problem.location()
        prefix = f"{where}: " if where else ""
        lines.append(f"{prefix}{severity_label(problem.severity)} {problem.code}: "
                     f"{problem.message}")
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = sum(1 for p in problems if p.severity == "warning" and p.code != "fuzzy")
    lines.append(", ".join((
        ngettext("{n} entry", "{n} entries", entries).format(n=entries),
        ngettext("{n} error", "{n} errors", errors).format(n=errors),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
        _("{n} fuzzy").format(n=fuzzy))))
    return "\n".join(lines)
