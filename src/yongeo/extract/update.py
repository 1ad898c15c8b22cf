"""Merging a template into a glossary, like msgmerge, without losing any human curation.

- A template term matches a glossary entry by the entry's msgid or any of its variants
  (admitted or deprecated, in the term's language), or through an acronym's long form.
  The entry's references and extracted comments are refreshed from the template; its
  translator comments (curation), flags, msgid and msgstr keep their bytes.
- A new term arrives fuzzy: untranslated, or with a Korean suggestion and a
  `# suggestion: ORIGIN` line saying where it came from.
- A glossary entry the template no longer has becomes obsolete (#~), unless it is
  reviewed (translated and not fuzzy): reviewed entries are human curation and stay active
  exactly as they are.
- An obsolete entry whose term comes back is revived, unless a reviewer rejected it
  (`# rejected: yes`): a rejected term does not come back with every update.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace

from yongeo.extract.parallel import propose, read_parallel, read_parallel_pairs
from yongeo.extract.suggest import Suggester, Suggestion, name_languages
from yongeo.extract.template import TemplateEntry, read_template_entries
from yongeo.glossary.model import ENTRY_TYPES, Entry, Status, Term, make_id, term_key
from yongeo.glossary.po import PoStore, edit_po, parse_po, read_po_file
from yongeo.speed import collector_paused

REJECTED = "rejected: yes"
SUGGESTION_KEY = "suggestion"
# A name is read by the rules of the countries named near it: in its file, within this many
# lines (an article's paragraphs, or a short article's sentences), so that a corpus of many
# articles in one file does not read every name by the language of one of them.
CONTEXT_LINES = 20


@dataclass(frozen=True)
class UpdateReport:
    """What an update did, term by term."""

    added: tuple[str, ...] = ()
    suggested: tuple[str, ...] = ()  # added with a fuzzy Korean suggestion
    refreshed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    obsoleted: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # reviewed entries the template no longer has
    revived: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()  # template terms a reviewer rejected before


def read_template(path: str | os.PathLike) -> list[TemplateEntry]:
    """The entries of a PO template written by `yongeo extract`."""
    _, text = read_po_file(path)
    return read_template_entries(parse_po(text, str(path)))


def update_glossary(template: str | os.PathLike, glossary: str | os.PathLike,
                    parallel: tuple[str | os.PathLike, str | os.PathLike] | None = None,
                    suggest: bool = True, analyser: str = "regex",
                    parallel_pairs: str | os.PathLike | None = None) -> UpdateReport:
    """Merge a template into a PO glossary (locked, saved atomically); aligned text comes
    as two line-aligned files (`parallel`), a TSV of pairs (`parallel_pairs`), or both."""
    # Many objects, no reference cycles: the cyclic collector would walk the growing
    # template and glossary again and again, for nothing.
    with collector_paused():
        terms = read_template(template)
    proposals = {}
    english: list[str] = []
    korean: list[str] = []
    if parallel is not None:
        english, korean = read_parallel(*parallel)
    if parallel_pairs is not None:
        more_english, more_korean = read_parallel_pairs(parallel_pairs)
        english, korean = english + more_english, korean + more_korean
    if english:
        proposals = propose(english, korean, [t.term for t in terms if t.lang == "en"],
                            analyser, [t.term for t in terms if t.type == "person"])
    with collector_paused(), edit_po(glossary) as store:
        suggester = Suggester(store.glossary(), proposals) if suggest else None
        return merge_template(store, terms, suggester)


def merge_template(store: PoStore, terms: list[TemplateEntry],
                   suggester: Suggester | None = None) -> UpdateReport:
    """Merge template entries into an open store (the caller saves)."""
    report: dict[str, list[str]] = defaultdict(list)
    index = _index(store.entries)
    matched: dict[str, list[TemplateEntry]] = defaultdict(list)
    new_terms: list[TemplateEntry] = []
    for term in terms:
        owners = _owners(index, term)
        if owners:
            for entry_id in owners:
                matched[entry_id].append(term)
        else:
            new_terms.append(term)
    obsolete = _obsolete_index(store)
    places = _places_by_file(terms) if suggester is not None else {}
    for entry in list(store.entries):
        found = matched.get(entry.id)
        if found:
            _refresh(store, entry, found, report)
        elif not entry.fuzzy and entry.ko:
            report["kept"].append(entry.en)
        else:
            store.make_obsolete(entry)
            report["obsoleted"].append(entry.en)
    for term in _one_per_key(new_terms):
        old = obsolete.get(_keys(term)[0])
        if old is not None:
            if REJECTED in (old.tcomment or "").split("\n"):
                report["rejected"].append(term.term)
                continue
            revived = store.revive(old)
            _refresh(store, revived, [term], report)
            report["revived"].append(term.term)
            continue
        entry, suggested = _new_entry(store, term, suggester,
                                      _languages_near(places, term.references))
        store.add(entry)
        report["added"].append(term.term)
        if suggested:
            report["suggested"].append(term.term)
    return UpdateReport(**{field: tuple(values) for field, values in report.items()})


def _reference(reference: str) -> tuple[str, int | None]:
    """(path, line) of a template reference; the line None when it has none."""
    path, _, line = reference.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (reference, None)


def _places_by_file(terms: list[TemplateEntry]) -> dict[str, list[tuple[int, str]]]:
    """Per source file, the sorted (line, language) of every country or city named there whose
    language has rules (suggest.name_languages: Istanbul, tr)."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for term in terms:
        codes = name_languages([term.term])
        for reference in term.references if codes else ():
            path, line = _reference(reference)
            found[path].extend((line or 0, code) for code in codes)
    return {path: sorted(places) for path, places in found.items()}


def _languages_near(places: dict[str, list[tuple[int, str]]], references: tuple[str, ...]
                    ) -> frozenset[str]:
    """The languages of the places named within CONTEXT_LINES of a term's references (in the
    whole file for a reference without a line)."""
    found: set[str] = set()
    for reference in references:
        path, line = _reference(reference)
        named = places.get(path, ())
        if line is None:
            found.update(code for _line, code in named)
            continue
        for near, code in named[bisect_left(named, (line - CONTEXT_LINES, "")):]:
            if near > line + CONTEXT_LINES:
                break
            found.add(code)
    return frozenset(found)


def _one_per_key(terms: list[TemplateEntry]) -> list[TemplateEntry]:
    """New terms one per term key, the first of each with the references of all: the
    extractor may list spellings a glossary folds into one term (Sly-dial, Slydial)."""
    grouped: dict[tuple[str, str], list[TemplateEntry]] = {}
    for term in terms:
        grouped.setdefault((term.lang, _keys(term)[0]), []).append(term)
    return [group[0] if len(group) == 1 else replace(group[0], references=tuple(sorted(
        {ref for term in group for ref in term.references}, key=_reference_order)))
        for group in grouped.values()]


def _keys(term: TemplateEntry) -> list[str]:
    keys = [term_key(term.term)]
    if term.long_form:
        keys.append(term_key(term.long_form))
    return keys


def _index(entries: list[Entry]) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(language, term key) -> [(rank, entry id)]: msgid 0, preferred 1, admitted 2, ..."""
    index: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for entry in entries:
        index["en", term_key(entry.en)].append((0, entry.id))
        for term in entry.terms:
            rank = 1 + term.status.rank
            index[term.lang, term_key(term.text)].append((rank, entry.id))
    return index


def _owners(index, term: TemplateEntry) -> list[str]:
    found: list[tuple[int, str]] = []
    for key in _keys(term):
        found.extend(index.get((term.lang, key), ()))
    if not found:
        return []
    best = min(rank for rank, _ in found)
    return sorted({entry_id for rank, entry_id in found if rank == best})


def _obsolete_index(store: PoStore) -> dict[str, object]:
    """Term key -> obsolete PO entry, by msgid and by the variants in its comments."""
    found: dict[str, object] = {}
    for po_entry in store.obsolete():
        found.setdefault(term_key(po_entry.msgid), po_entry)
        for line in (po_entry.tcomment or "").split("\n"):
            key, _, value = line.partition(":")
            if key.strip() in ("en-admitted", "en-deprecated", "ko-admitted") and value.strip():
                found.setdefault(term_key(value.strip()), po_entry)
        if po_entry.msgstr:
            found.setdefault(term_key(po_entry.msgstr), po_entry)
    return found


def _refresh(store: PoStore, entry: Entry, found: list[TemplateEntry],
             report: dict[str, list[str]]) -> None:
    references = sorted({ref for term in found for ref in term.references}, key=_reference_order)
    own = [t for t in found if term_key(t.term) == term_key(entry.en)]
    comments = (own or found)[0].comments
    if tuple(references) == entry.references and comments == entry.extracted_comments:
        report["unchanged"].append(entry.en)
        return
    store.refresh(entry, tuple(references), comments)
    report["refreshed"].append(entry.en)


def _reference_order(reference: str) -> tuple:
    path, _, line = reference.rpartition(":")
    return (tuple(path.split("/")), int(line)) if line.isdigit() else (tuple(reference.split(
        "/")), 0)


def _new_entry(store: PoStore, term: TemplateEntry, suggester: Suggester | None,
               languages: frozenset[str] = frozenset()) -> tuple[Entry, bool]:
    entry_type = term.type if term.type in ENTRY_TYPES else "concept"
    terms = [Term(term.term, "en", Status.PREFERRED)]
    if term.long_form and _holder(store, "en", term.long_form) is None:
        terms.append(Term(term.long_form, "en", Status.ADMITTED))
    # A person's name alone in the text (Bolton for John Bolton) is an admitted variant,
    # unless another entry has it; an institution's head alone (the Group) is too vague.
    for short in term.short_forms if entry_type == "person" else ():
        if _holder(store, "en", short) is None and all(
                term_key(short) != term_key(t.text) for t in terms):
            terms.append(Term(short, "en", Status.ADMITTED))
    comments: list[str] = []
    suggestion = None
    if suggester is not None and term.lang == "en":
        suggestion = suggester.suggest(term.term, entry_type, term.long_form, languages)
    other = _holder(store, "ko", suggestion.korean) if suggestion is not None else None
    if suggestion is not None and other is not None:
        comments.append(f"{SUGGESTION_KEY}: {suggestion.origin}: {suggestion.korean} is already "
                        f"the Korean of '{other.en}'")
        suggestion = None
    if suggestion is not None:
        terms.append(Term(suggestion.korean, "ko", Status.PREFERRED))
        for variant in suggestion.deprecated:
            if _holder(store, "ko", variant) is None:
                terms.append(Term(variant, "ko", Status.DEPRECATED))
        comments.append(_suggestion_line(suggestion))
    is_acronym = bool(term.long_form) and term.term.isupper()
    entry = Entry(
        id=_unique_id(make_id(term.term), store),
        type=entry_type,
        terms=tuple(terms),
        references=term.references,
        case_sensitive=is_acronym,
        untranslated=bool(suggestion and suggestion.origin == "acronym"),
        # Every new term awaits review, with or without a suggestion: an empty msgstr that is
        # not fuzzy would read as a reviewed entry with no Korean term (a `check` error).
        fuzzy=True,
        extra_comments=tuple(comments),
        extracted_comments=term.comments,
    )
    return entry, suggestion is not None


def _holder(store: PoStore, lang: str, text: str) -> Entry | None:
    """The last entry (in file order) that has this term in this language, any status, from
    the store's index: a new term costs a lookup, not a pass over the glossary."""
    found = [entry for entry, term in store.find_term(text) if term.lang == lang]
    return found[-1] if found else None


def _suggestion_line(suggestion: Suggestion) -> str:
    detail = "; ".join(p for p in (f"confidence {suggestion.confidence:.2f}", suggestion.detail)
                       if p)
    return f"{SUGGESTION_KEY}: {suggestion.origin} ({detail})"


def _unique_id(base: str, store: PoStore) -> str:
    if store.get(base) is None:
        return base
    number = 2
    while store.get(f"{base}-{number}") is not None:
        number += 1
    return f"{base}-{number}"
