"""Text for the review walk and the update summary."""

from __future__ import annotations

from yongeo.extract.review import suggestion_origin
from yongeo.extract.update import UpdateReport
from yongeo.glossary.model import Entry, Status
from yongeo.i18n import _
from yongeo.labels import type_label
from yongeo.shown import show_path

_SHOWN_REFERENCES = 3


def review_card(entry: Entry, position: int, total: int) -> str:
    """One fuzzy or untranslated entry, as the reviewer sees it before answering."""
    lines = [f"[{position}/{total}] {entry.en}  ({type_label(entry.type)})"]
    if entry.ko:
        origin = suggestion_origin(entry)
        lines.append("  " + _("Korean:   {ko}").format(ko=entry.ko)
                     + (f"   [{origin}]" if origin else ""))
    else:
        lines.append("  " + _("Korean:   (none yet)"))
    for status, label in ((Status.ADMITTED, _("also:     {terms}")),
                          (Status.DEPRECATED, _("avoid:    {terms}"))):
        for lang in ("en", "ko"):
            terms = entry.terms_in(lang, status)
            if terms:
                lines.append("  " + label.format(terms=", ".join(t.text for t in terms)))
    example = _field(entry.extracted_comments, "example")
    if example:
        lines.append("  " + _("example:  {text}").format(text=example))
    if entry.references:
        shown = " ".join(entry.references[:_SHOWN_REFERENCES])
        more = len(entry.references) - _SHOWN_REFERENCES
        lines.append("  " + _("found at: {refs}").format(refs=shown)
                     + (" " + _("(+{n} more)").format(n=more) if more > 0 else ""))
    return "\n".join(lines)


def _field(comments: str, key: str) -> str:
    lines = comments.split("\n")
    for index, line in enumerate(lines):
        if line.startswith(key + ":"):
            rest = [line.partition(":")[2].strip()]
            for following in lines[index + 1:]:
                if following.partition(":")[0] in ("type", "lang", "long form", "score",
                                                    "example"):
                    break
                rest.append(following.strip())
            return " ".join(rest)
    return ""


def update_summary(report: UpdateReport, path: str) -> str:
    """One line per kind of change an update made."""
    parts = [
        _("{path}: {added} new ({suggested} with a suggestion to review), {refreshed} "
          "refreshed, {unchanged} unchanged").format(
            path=show_path(path), added=len(report.added), suggested=len(report.suggested),
            refreshed=len(report.refreshed), unchanged=len(report.unchanged)),
        _("{obsolete} made obsolete, {kept} reviewed entries kept although the template no "
          "longer has them, {revived} revived, {rejected} rejected earlier and left out").format(
            obsolete=len(report.obsoleted), kept=len(report.kept),
            revived=len(report.revived), rejected=len(report.rejected)),
    ]
    return "\n".join(parts)
