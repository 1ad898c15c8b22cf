"""Glossary terms under the cursor and before it: the entry for a hover, terms to complete."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from yongeo.glossary.model import Entry, Glossary, Status
from yongeo.i18n import _
from yongeo.labels import term_status_label, type_label
from yongeo.lookup import MatchKind, lookup
from yongeo.match import Hit, Matcher
from yongeo.text.korean import has_hangul, is_choseong_query
from yongeo.text.normalize import nfc_mapped

# What a completion prefix is made of: Hangul syllables and jamo, Latin letters, and the
# hyphens and apostrophes inside names.
_PREFIX = regex.compile(r"[\p{Hangul}\p{Latin}0-9'’\-]+$")
COMPLETION_LIMIT = 20


def term_at(matcher: Matcher, text: str, offset: int) -> Hit | None:
    """The glossary term covering `offset` of `text` (the longest when several do), with its
    span in `text`; only the line around the offset is read."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line = nfc_mapped(text[start:end])
    best: Hit | None = None
    for hit in matcher.find_all(line.text):
        first, stop = line.span(hit.start, hit.end)
        first, stop = first + start, stop + start
        covers = first <= offset < stop or (offset == stop and best is None)
        if covers and (best is None or stop - first > best.end - best.start):
            best = Hit(first, stop, hit.entry, hit.term, text[first:stop])
    return best


def entry_markdown(entry: Entry, found: str | None = None) -> str:
    """An entry for people, in Markdown: preferred and admitted terms in both languages,
    deprecated ones struck through, type, note."""
    lines = [f"**{entry.en}** = **{entry.ko}** · {type_label(entry.type)}"
             + (" · " + _("not reviewed") if entry.fuzzy else ""), ""]
    for lang, name in (("en", "English"), ("ko", "한국어")):
        shown = []
        for status in (Status.PREFERRED, Status.ADMITTED, Status.DEPRECATED):
            for term in entry.terms_in(lang, status):
                text = f"~~{term.text}~~" if status is Status.DEPRECATED else term.text
                shown.append(f"{text} ({term_status_label(term, entry)})")
        if shown:
            lines.append(f"- {name}: " + ", ".join(shown))
    if found is not None:
        for term in entry.terms:
            if term.status is Status.DEPRECATED and _same(term.text, found):
                lines += ["", _("'{found}' is deprecated; use '{term}'").format(
                    found=found, term=entry.preferred(term.lang))]
                break
    if entry.note:
        lines += ["", entry.note]
    return "\n".join(lines)


def _same(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def completion_prefix(line: str) -> str:
    """The word being typed at the end of `line` (text before the cursor)."""
    found = _PREFIX.search(line)
    return found.group(0) if found else ""


@dataclass(frozen=True)
class Completion:
    """A term to insert for a prefix, with the entry it comes from."""

    text: str
    entry: Entry
    kind: MatchKind


def completions(glossary: Glossary, prefix: str, limit: int = COMPLETION_LIMIT
                ) -> list[Completion]:
    """Preferred terms for what is being typed, as `yongeo lookup` finds them: a Korean
    prefix or its initial consonants (ㅅㅌㅇㄱ) gives Korean terms, a Latin one English."""
    if not prefix or (len(prefix) < 2 and not is_choseong_query(prefix)):
        return []
    lang = "ko" if has_hangul(prefix) or is_choseong_query(prefix) else "en"
    out: list[Completion] = []
    for result in lookup(glossary, prefix, limit):
        if result.kind is MatchKind.FUZZY and result.term.lang != lang:
            continue
        text = result.entry.preferred(lang)
        if text:
            out.append(Completion(text, result.entry, result.kind))
    return out
