"""Editing a PO glossary: add, change, remove and import entries, each under the file lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from yongeo.errors import EditError
from yongeo.files import atomic_write, exclusive_lock
from yongeo.glossary.model import (
    ACCEPTED,
    ENTRY_TYPES,
    LANGUAGES,
    PARTS_OF_SPEECH,
    Entry,
    Status,
    Term,
    make_id,
    term_key,
)
from yongeo.glossary.po import PoStore, edit_po, split_until
from yongeo.i18n import _
from yongeo.labels import status_label
from yongeo.speed import collector_paused


@dataclass(frozen=True)
class Change:
    """What `yongeo edit` changes; None and empty mean "leave as it is"."""

    en: str | None = None
    ko: str | None = None
    type: str | None = None
    note: str | None = None
    variants: tuple[Term, ...] = ()  # added, or moved to this status if present
    drop: tuple[str, ...] = ()  # variants to remove, any language
    case_sensitive: bool | None = None
    untranslated: bool | None = None
    fuzzy: bool | None = None
    pos: str | None = None  # a part of speech, or "" for none
    not_in: tuple[str, ...] = ()  # exclusion phrases added
    drop_not_in: tuple[str, ...] = ()  # exclusion phrases removed
    # Former names (lang, text, until) added as deprecated terms, or given their year.
    former: tuple[tuple[str, str, int], ...] = ()


def new_entry(en: str, ko: str, entry_type: str = "concept", note: str = "",
              variants: tuple[Term, ...] = (), case_sensitive: bool = False,
              untranslated: bool = False, fuzzy: bool = False, pos: str | None = None,
              not_in: tuple[str, ...] = (),
              former: tuple[tuple[str, str, int], ...] = ()) -> Entry:
    """A concept entry from command-line values, validated."""
    en, ko = en.strip(), ko.strip()
    if not en:
        raise EditError(_("the English term is empty"))
    _check_type(entry_type)
    terms = [Term(en, "en", Status.PREFERRED)]
    if ko:
        terms.append(Term(ko, "ko", Status.PREFERRED))
    entry = Entry(make_id(en), entry_type, tuple(terms), note=note.strip(),
                  case_sensitive=case_sensitive, untranslated=untranslated, fuzzy=fuzzy,
                  pos=_checked_pos(pos or None), not_in=_phrases(not_in))
    return _apply_variants(entry, variants, former)


def former_names(values: list[str] | tuple[str, ...] | None, lang: str
                 ) -> tuple[tuple[str, str, int], ...]:
    """Former names as `--en-superseded` and `--ko-superseded` give them, each
    'TERM (until YEAR)': (lang, text, until) each."""
    found = []
    for value in values or ():
        split = split_until(" ".join(value.split()))
        if split is None or not split[0]:
            raise EditError(_("'{value}' (--{lang}-superseded) gives no year: write the "
                              "former name as 'TERM (until YEAR)'").format(value=value,
                                                                          lang=lang))
        found.append((lang, *split))
    return tuple(found)


def _checked_pos(pos: str | None) -> str | None:
    if pos is not None and pos not in PARTS_OF_SPEECH:
        raise EditError(_("unknown part of speech '{pos}' (use one of {known})").format(
            pos=pos, known=", ".join(PARTS_OF_SPEECH)))
    return pos


def _phrases(phrases: tuple[str, ...], kept: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Exclusion phrases, each once, in the order given: one line each in the PO comment,
    so a phrase may hold no line break, and an empty one says nothing."""
    out = list(kept)
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        if not phrase:
            raise EditError(_("an exclusion phrase (--not-in) is empty"))
        if phrase not in out:
            out.append(phrase)
    return tuple(out)


def _check_type(entry_type: str) -> None:
    if entry_type not in ENTRY_TYPES:
        raise EditError(_("unknown type '{type}' (use one of {types})").format(
            type=entry_type, types=", ".join(ENTRY_TYPES)))


def _apply_variants(entry: Entry, variants: tuple[Term, ...],
                    former: tuple[tuple[str, str, int], ...] = ()) -> Entry:
    """The entry with the variants added or moved to their status, and the former names
    added as deprecated terms with their year; a variant given without a year is no
    longer a former name."""
    terms = list(entry.terms)
    years = {(lang, text): until for lang, text, until in entry.former}
    named = tuple(Term(text, lang, Status.DEPRECATED) for lang, text, _until in former)
    for variant in (*variants, *named):
        text = variant.text.strip()
        if not text:
            raise EditError(_("a variant is empty"))
        key = term_key(text)
        same = [t for t in terms if t.lang == variant.lang and term_key(t.text) == key]
        if any(t.status is Status.PREFERRED for t in same):
            raise EditError(_("'{term}' is the preferred term of '{id}'; it cannot also be "
                              "{status}").format(term=text, id=entry.id,
                                                 status=status_label(variant.status.value)))
        terms = [t for t in terms if t not in same]
        terms.append(Term(text, variant.lang, variant.status, variant.rendering))
        for old in same:
            years.pop((old.lang, old.text), None)
    years.update({(lang, text.strip()): until for lang, text, until in former})
    return _former_kept(replace(entry, terms=tuple(terms),
                                former=tuple((lang, text, until)
                                             for (lang, text), until in years.items())))


def _former_kept(entry: Entry) -> Entry:
    """The entry with only the former names that are still deprecated terms of it, in the
    order of its terms (the order a load from PO gives)."""
    former = tuple((lang, t.text, until) for lang in LANGUAGES
                   for t in entry.terms_in(lang, Status.DEPRECATED)
                   for until in [entry.former_until(t.text, lang)] if until is not None)
    return entry if former == entry.former else replace(entry, former=former)


def apply_change(entry: Entry, change: Change) -> Entry:
    """The entry after a change; a new preferred term demotes the old one to admitted."""
    result = entry
    for lang, text in (("en", change.en), ("ko", change.ko)):
        if text is not None and text.strip():
            result = _promote(result, lang, text.strip())
    if change.type is not None:
        _check_type(change.type)
        result = replace(result, type=change.type)
    if change.note is not None:
        result = replace(result, note=change.note.strip())
    result = _apply_variants(result, change.variants, change.former)
    if change.drop:
        keys = {term_key(d) for d in change.drop}
        missing = keys - {term_key(t.text) for t in result.terms}
        if missing:
            raise EditError(_("'{term}' is not a variant of '{id}'").format(
                term=change.drop[0], id=entry.id))
        kept = [t for t in result.terms
                if t.status is Status.PREFERRED or term_key(t.text) not in keys]
        if any(t.status is Status.PREFERRED and term_key(t.text) in keys for t in result.terms):
            raise EditError(_("a preferred term cannot be dropped; promote another term first"))
        result = result.with_terms(kept)
    for name in ("case_sensitive", "untranslated", "fuzzy"):
        value = getattr(change, name)
        if value is not None:
            result = replace(result, **{name: value})
    if change.pos is not None:
        result = replace(result, pos=_checked_pos(change.pos or None))
    if change.drop_not_in:
        absent = [p for p in change.drop_not_in
                  if " ".join(p.split()) not in result.not_in]
        if absent:
            raise EditError(_("'{phrase}' is not an exclusion phrase of '{id}'").format(
                phrase=absent[0], id=entry.id))
        dropped = {" ".join(p.split()) for p in change.drop_not_in}
        result = replace(result, not_in=tuple(p for p in result.not_in if p not in dropped))
    if change.not_in:
        result = replace(result, not_in=_phrases(change.not_in, result.not_in))
    # A former name promoted, admitted or dropped is no longer one.
    return _former_kept(result)


def _promote(entry: Entry, lang: str, text: str) -> Entry:
    key = term_key(text)
    terms = []
    for term in entry.terms:
        if term.lang != lang:
            terms.append(term)
        elif term_key(term.text) == key:
            continue  # it becomes the preferred term below
        elif term.status is Status.PREFERRED:
            terms.append(Term(term.text, lang, Status.ADMITTED))
        else:
            terms.append(term)
    terms.append(Term(text, lang, Status.PREFERRED))
    order = {"en": 0, "ko": 1}
    terms.sort(key=lambda t: (t.status is not Status.PREFERRED, order.get(t.lang, 2)))
    return entry.with_terms(terms)


def add_entry(path: Path, entry: Entry) -> Entry:
    with edit_po(path) as store:
        store.add(entry)
    return entry


def edit_entry(path: Path, term_or_id: str, change: Change) -> tuple[Entry, Entry]:
    with edit_po(path) as store:
        old = store.find(term_or_id)
        new = apply_change(old, change)
        _refuse_clash(store, old, new)
        if new != old:
            store.replace(old, new)
    return old, new


def _refuse_clash(store: PoStore, old: Entry, new: Entry) -> None:
    """A term newly accepted by the entry may not be accepted by another already; a term
    deprecated in one entry and accepted in another is ordinary (삭제: clear, delete)."""
    def accepted(entry: Entry) -> dict[tuple[str, str], str]:
        return {(t.lang, term_key(t.text)): t.text
                for t in entry.terms_in("en", *ACCEPTED) + entry.terms_in("ko", *ACCEPTED)}

    before = accepted(old)
    added = {key: text for key, text in accepted(new).items() if key not in before}
    # Only the entries that hold one of those terms, from the store's index, in file order.
    for other, term in store.find_term(*added.values()):
        if other.id == old.id:
            continue
        if term.status in ACCEPTED and (term.lang, term_key(term.text)) in added:
            raise EditError(_("'{term}' already belongs to entry '{id}'").format(
                term=term.text, id=other.id))


def remove_entry(path: Path, term_or_id: str) -> Entry:
    with edit_po(path) as store:
        entry = store.find(term_or_id)
        store.remove(entry)
    return entry


@dataclass
class ImportReport:
    added: list[Entry] = field(default_factory=list)
    unchanged: list[Entry] = field(default_factory=list)
    updated: list[Entry] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def import_entries(path: Path, entries: list[Entry],
                   progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Merge entries into a PO glossary (created if missing); disagreements are reported.

    An entry joins the existing one of the same English term and sense (type, part of
    speech, context); any other entry is added, even when it shares a Korean term with
    another (many-to-one is ordinary terminology; `yongeo check` says when two entries
    cannot be told apart). Each row costs a few index lookups, and the file is written
    once, at the end; `progress(done, total)` hears how far it is."""
    report = ImportReport()
    total = len(entries)
    # An import makes many objects and no reference cycles: the cyclic collector would walk
    # the growing glossary again and again, for nothing.
    with collector_paused(), edit_po(path, create=True) as store:
        # Indexed once, then kept up to date: a row costs a lookup, not a pass.
        by_en: dict[str, list[Entry]] = {}
        ids = {e.id for e in store.entries}
        for current in store.entries:
            for term in current.terms_in("en", *ACCEPTED):
                by_en.setdefault(term_key(term.text), []).append(current)
        for done, entry in enumerate(entries, 1):
            if progress is not None:
                progress(done, total)
            _import_one(store, entry, report, by_en, ids)
    return report


def _import_one(store: PoStore, entry: Entry, report: ImportReport,
                by_en: dict[str, list[Entry]], ids: set[str]) -> None:
    key = term_key(entry.en)
    same = [e for e in by_en.get(key, ()) if (e.type, e.pos) == (entry.type, entry.pos)
            and entry.context in (None, e.context)]
    if not same:
        if entry.id in ids:  # another sense of a term already there (set, verb)
            entry = replace(entry, id=_free_id(f"{entry.id}-{entry.pos or entry.type}", ids))
        if by_en.get(key) and entry.context is None:
            # A PO file holds a msgid once per msgctxt: the second concept of an English
            # term has its id as msgctxt (docs/glossary-format.md).
            entry = replace(entry, context=entry.id)
        try:
            store.add(entry)
        except EditError as exc:
            report.conflicts.append(f"{entry.en}: {exc.message}")
            return
        report.added.append(entry)
        ids.add(entry.id)
        for term in entry.terms_in("en", *ACCEPTED):
            by_en.setdefault(term_key(term.text), []).append(entry)
        return
    current = same[0]
    accepted = {term_key(t.text) for t in current.terms_in("ko", *ACCEPTED)}
    deprecated = {term_key(t.text) for t in current.terms_in("ko", Status.DEPRECATED)}
    if entry.ko and term_key(entry.ko) in deprecated:
        report.conflicts.append(
            f"{entry.en}: " + _("'{found}' is deprecated in the glossary; use "
                                "'{preferred}'").format(found=entry.ko,
                                                        preferred=current.ko))
    elif not entry.ko or term_key(entry.ko) in accepted:
        report.unchanged.append(current)
    elif not current.ko:
        new = apply_change(current, Change(ko=entry.ko))
        store.replace(current, new)
        report.updated.append(current)
        # Only the buckets that hold the entry (its English terms did not change).
        for term in current.terms_in("en", *ACCEPTED):
            bucket = by_en[term_key(term.text)]
            bucket[:] = [new if e is current else e for e in bucket]
    else:
        report.conflicts.append(
            f"{entry.en}: " + _("the file says '{file}', the glossary says "
                                "'{glossary}'").format(file=entry.ko, glossary=current.ko))


def _free_id(wanted: str, taken: set[str]) -> str:
    entry_id, number = wanted, 2
    while entry_id in taken:
        entry_id, number = f"{wanted}-{number}", number + 1
    return entry_id


def init_project(directory: Path, bundled: Path | None) -> tuple[Path, Path]:
    """A yongeo.toml and a Korean PO glossary (empty, or a copy of the bundled one), each
    written atomically under its lock, the configuration last."""
    _make_directory(directory)
    config = directory / "yongeo.toml"
    glossary_dir = directory / "glossary"
    target = glossary_dir / "ko.po"
    if config.exists():
        raise EditError(_("already initialised; remove yongeo.toml to start again"),
                        str(config))
    if target.exists():
        raise EditError(_("a glossary is already there"), str(target))
    _make_directory(glossary_dir)
    with exclusive_lock(target):
        if target.exists():  # made meanwhile by another init
            raise EditError(_("a glossary is already there"), str(target))
        if bundled is not None:
            atomic_write(target, bundled.read_bytes())
        else:
            with edit_po(target, create=True):
                pass
    atomic_write(config, "# yongeo project configuration (see 'yongeo --help').\n"
                         'glossary = ["glossary/ko.po"]\n')
    return config, target


def _make_directory(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise EditError(_("is a file, not a directory"), str(path)) from None
    except OSError as exc:
        raise EditError(_("cannot create the directory: {reason}").format(
            reason=exc.strerror or exc), str(path)) from None
