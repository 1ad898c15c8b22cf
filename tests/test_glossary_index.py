"""The indexes that keep glossary operations linear: the PO store's, the lookup's prepared
terms, and the on-disk cache of loaded glossaries. Each must answer as a full pass would."""

from __future__ import annotations

import io
import marshal
import pickle
from pathlib import Path

import pytest
from conftest import BUNDLED_PO, make_entry
from rapidfuzz import fuzz

from yongeo.errors import EditError, GlossaryError
from yongeo.glossary.edit import Change, edit_entry, import_entries
from yongeo.glossary.model import (
    Entry,
    Glossary,
    Status,
    StoredEntries,
    Term,
    entry_from_record,
    entry_record,
    merge_glossaries,
    term_key,
)
from yongeo.glossary.po import PoStore, edit_po
from yongeo.glossary.stored import load_po_glossary
from yongeo.lookup import (
    _EXACT_KIND,
    HANGUL_FUZZY_MIN,
    LATIN_FUZZY_MIN,
    LookupResult,
    MatchKind,
    _query_keys,
    lookup,
)
from yongeo.report.progress import CountLine
from yongeo.text.korean import choseong, has_hangul, is_choseong_query, jamo_similarity
from yongeo.text.normalize import nfc


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_NO_CACHE", raising=False)


# --- lookup: the prepared terms answer as a pass over every term does -------------------


def _reference_lookup(glossary: Glossary, query: str, limit: int = 10) -> list[LookupResult]:
    """Every term scored one by one, as lookup once did: what the prepared search must equal."""
    query = nfc(query).strip()
    if not query:
        return []
    keys = _query_keys(query)
    initials = query.replace(" ", "") if is_choseong_query(query) else None
    best: dict[str, LookupResult] = {}
    for entry in glossary:
        for term in entry.terms:
            result = _reference_match(entry, term, keys, initials)
            if result is None:
                continue
            current = best.get(entry.id)
            if current is None or (result.kind, -result.score) < (current.kind, -current.score):
                best[entry.id] = result
    ranked = sorted(best.values(), key=lambda r: (r.kind, -r.score, r.entry.en.casefold()))
    return ranked[:limit]


def _reference_match(entry: Entry, term: Term, keys: list[str], initials: str | None):
    key = term_key(term.text)
    if not key:
        return None
    if initials is not None:
        found = choseong(term.text)
        if found == initials:
            return LookupResult(entry, term, MatchKind.CHOSEONG, 100.0)
        if len(initials) >= 2 and found.startswith(initials):
            return LookupResult(entry, term, MatchKind.PREFIX, 90.0)
        return None
    if key in keys:
        return LookupResult(entry, term, _EXACT_KIND[term.status], 100.0)
    for query_key in keys:
        if len(query_key) >= 2 and key.startswith(query_key):
            return LookupResult(entry, term, MatchKind.PREFIX, 100.0 * len(query_key) / len(key))
    for query_key in keys:
        if len(query_key) >= 3 and query_key in key:
            return LookupResult(entry, term, MatchKind.SUBSTRING,
                                100.0 * len(query_key) / len(key))
    best = 0.0
    words = [term_key(w) for w in term.text.split()]
    targets = [key, *(w for w in words if len(words) > 1)]
    for query_key in keys:
        hangul = has_hangul(query_key)
        for position, target in enumerate(targets):
            if not target or has_hangul(target) != hangul:
                continue
            if hangul:
                score, floor = 100.0 * jamo_similarity(query_key, target), 100 * HANGUL_FUZZY_MIN
            else:
                if min(len(query_key), len(target)) < 4:
                    continue
                score, floor = fuzz.ratio(query_key, target), LATIN_FUZZY_MIN
            if position:
                score *= 0.95
            if score >= floor:
                best = max(best, score)
    return LookupResult(entry, term, MatchKind.FUZZY, best) if best else None


QUERIES = [
    "shuttle diplomacy", "Shuttle", "shutle diplomacy", "diplomacy", "Takaichy", "Takaichi's",
    "셔틀외교를", "셔틀 외교", "안보실", "국가안보싱", "타카이치 사나에", "ㅅㅌㅇㄱ", "ㄱ", "ㄱㄱ",
    "ㅇㅅㅋ", "Diplomatic Acad", "crimes", "korea–japan", "KNDA", "오오사카", "sec", "se", "x",
    "delete", "삭제", "파일", "settings", "setting", "bookmark", "북마크를", "browser window",
    "window", "창", "ㅊ", "ㅍㅇ", "ㅂㅁㅋ", "ext", "extension", "Exension", "확장 기능",
    "확장기늘", "account", "accounts", "password", "비밀 번호", "비밀번호를", "Japan", "Korea",
]


# Terms a bulk preparation (texts joined, folded and translated at once) could get wrong.
ODD = (
    make_entry("newline", "concept", "line\nbreak", "줄\n바꿈", ("다카\n이치", "ko", "admitted")),
    make_entry("nul", "concept", "nul\x00byte", "널\x00바이트"),
    make_entry("nfd", "concept", "cafe\u0301 menu", "\u1109\u1167\u1110\u1173\u11af 외교"),
    make_entry("mark", "concept", "\u0301accent", "\u0301셔틀"),
    make_entry("empty", "concept", "-", ""),
)


@pytest.mark.parametrize("query", [*QUERIES, "line break", "줄바꿈", "다카이치", "ㄷㅋㅇㅊ", "nul",
                                   "셔틀외교", "cafe menu", "accent", "ㅈㅂㄲ", "ㄴㅂㅇㅌ"])
@pytest.mark.parametrize("stored", [False, True])
def test_lookup_of_odd_terms_equals_a_pass_over_every_term(small_glossary, query, stored):
    entries = (*small_glossary.entries, *ODD)
    if stored:  # as a loaded glossary holds them: records, folded in bulk
        entries = StoredEntries([entry_record(e) for e in entries])
    glossary = Glossary(entries)
    assert lookup(glossary, query, 1000) == _reference_lookup(glossary, query, 1000)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("which", ["small", "bundled"])
def test_lookup_equals_a_pass_over_every_term(small_glossary, which, query):
    glossary = small_glossary if which == "small" else load_po_glossary(BUNDLED_PO)
    for limit in (1, 10, 1000):
        assert lookup(glossary, query, limit) == _reference_lookup(glossary, query, limit)


def test_lookup_with_duplicate_ids_and_empty_terms():
    entries = (
        make_entry("dup", "concept", "window", "창"),
        make_entry("dup", "person", "windows", "윈도"),
        Entry("blank", "concept", (Term("—", "en", Status.PREFERRED),
                                   Term(" ", "ko", Status.PREFERRED))),
    )
    glossary = Glossary(entries)
    for query in ("window", "windo", "창", "ㅊ", "—", "winodws"):
        assert lookup(glossary, query) == _reference_lookup(glossary, query)


# --- the PO store's indexes follow every change -----------------------------------------


def _assert_index_matches(store: PoStore) -> None:
    glossary = Glossary(tuple(store.entries))
    for entry in store.entries:
        assert store.get(entry.id) == glossary.get(entry.id)
        for term in entry.terms:
            assert store.find_term(term.text) == glossary.find_term(term.text)


@pytest.mark.parametrize("steps", [
    ["add"],
    ["add", "remove-new"],
    ["replace"],
    ["replace", "add", "remove-first"],
    ["obsolete"],
    ["obsolete", "revive"],
    ["remove-first", "add", "replace"],
])
def test_store_indexes_follow_every_change(sample_po, steps):
    with edit_po(sample_po) as store:
        _assert_index_matches(store)
        for step in steps:
            first = store.entries[0]
            if step == "add":
                store.add(make_entry("new-term", "concept", "new term", "새 용어",
                                     ("셔틀외교", "ko", "admitted")))
            elif step == "remove-new":
                store.remove(store.get("new-term"))
            elif step == "remove-first":
                store.remove(first)
            elif step == "replace":
                store.replace(first, first.with_terms(
                    (*first.terms, Term("replacement", "en", Status.ADMITTED))))
            elif step == "obsolete":
                store.make_obsolete(first, "gone")
            elif step == "revive":
                store.revive(store.obsolete()[-1])
            _assert_index_matches(store)


def test_a_clash_names_the_first_entry_in_file_order(tmp_path):
    path = tmp_path / "g.po"
    import_entries(path, [make_entry("a", "concept", "alpha", "가"),
                          make_entry("b", "concept", "beta", "나"),
                          make_entry("c", "concept", "gamma", "다")])
    with pytest.raises(EditError, match="'alpha' already belongs to entry 'a'"):
        edit_entry(path, "gamma", Change(variants=(Term("beta", "en", Status.ADMITTED),
                                                   Term("alpha", "en", Status.ADMITTED))))


def test_a_msgid_of_an_obsolete_entry_is_still_refused_on_save(sample_po):
    with edit_po(sample_po) as store:
        obsolete = store.obsolete()[0]
    with pytest.raises(GlossaryError, match="duplicate msgid"), edit_po(sample_po) as store:
        store.add(make_entry("revenant", "concept", obsolete.msgid, "유령"))
    assert not any(e.id == "revenant" for e in load_po_glossary(sample_po))


# --- the cache of loaded glossaries -----------------------------------------------------


def _cached(tmp_path: Path, kind: str) -> list[Path]:
    return sorted((tmp_path / "cache" / "yongeo").glob(f"{kind}-*.pickle"))


def test_a_loaded_glossary_is_cached_by_content(tmp_path, sample_po):
    first = load_po_glossary(sample_po)
    assert len(_cached(tmp_path, "glossary")) == 1
    again = load_po_glossary(sample_po)
    assert again == first and again.conflicts == first.conflicts
    assert [e.origin for e in again] == [e.origin for e in first]
    with edit_po(sample_po) as store:
        store.add(make_entry("new-term", "concept", "new term", "새 용어"))
    changed = load_po_glossary(sample_po)
    assert changed.get("new-term") is not None
    assert len(_cached(tmp_path, "glossary")) == 2


def test_the_cache_holds_what_a_fresh_load_gives(tmp_path, sample_po, monkeypatch):
    load_po_glossary(sample_po)
    (stored,) = _cached(tmp_path, "glossary")
    monkeypatch.setenv("YONGEO_NO_CACHE", "1")
    fresh = load_po_glossary(sample_po)
    cached = pickle.loads(stored.read_bytes())
    assert cached == fresh and cached.conflicts == fresh.conflicts


def test_a_corrupt_cache_file_is_rebuilt(tmp_path, sample_po):
    expected = load_po_glossary(sample_po)
    (stored,) = _cached(tmp_path, "glossary")
    stored.write_bytes(b"not a pickle")
    assert load_po_glossary(sample_po) == expected


def test_a_bad_file_is_an_error_every_time(tmp_path):
    path = tmp_path / "bad.po"
    path.write_text('msgid "x"\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(GlossaryError, match="msgid without a msgstr"):
            load_po_glossary(path)
    assert _cached(tmp_path, "glossary") == []


def test_no_cache_when_switched_off(tmp_path, sample_po, monkeypatch):
    monkeypatch.setenv("YONGEO_NO_CACHE", "1")
    load_po_glossary(sample_po)
    lookup(load_po_glossary(sample_po), "osaka")
    assert not (tmp_path / "cache").exists()


def test_lookup_preparation_is_cached_with_the_glossary(tmp_path, sample_po):
    assert lookup(load_po_glossary(sample_po), "osaka")
    assert len(_cached(tmp_path, "lookup")) == 1


# --- progress of a long import ------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "total", "expected"), [
    (_Terminal, 2000, "\r1000/2000 entries, 1s left\r2000/2000 entries, done in 2.0s\n"),
    (_Terminal, 999, ""),  # a short import is done before a line is worth reading
    (io.StringIO, 2000, ""),  # piped or redirected: nothing
])
def test_import_progress_on_a_terminal_only(stream, total, expected):
    ticks = iter([0.0, 0.1, 1.0, 2.0])
    out = stream()
    line = CountLine(out, total, clock=lambda: next(ticks))
    for done in (1, total // 2, total):
        line(done, total)
    assert out.getvalue() == expected


def test_import_reports_progress_for_every_entry(tmp_path):
    seen = []
    entries = [make_entry(f"term-{n}", "concept", f"term {n}", f"용어 {n}") for n in range(5)]
    import_entries(tmp_path / "g.po", entries, lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(1, 6)]


# --- the cached form: entries as records, made when asked for ----------------------------

RECORDED = [
    make_entry("osaka", "place", "Osaka", "오사카"),
    make_entry("all", "person", "Takaichi Sanae", "다카이치 사나에", ("Takaichi", "en", "admitted"),
               ("타카이치", "ko", "deprecated"), note="a note", references=("n.txt:1",),
               extracted_comments="type: person", fuzzy=True, context="pm", pos="proper-noun",
               not_in=("in this case",), extra_comments=("suggestion: parallel",),
               case_sensitive=True, untranslated=True, origin=("g.po", 12)),
    Entry("bare", "concept", (Term("bare", "en", Status.PREFERRED),)),
]


@pytest.mark.parametrize("entry", RECORDED, ids=[e.id for e in RECORDED])
def test_an_entry_record_gives_the_entry_back(entry):
    again = entry_from_record(marshal.loads(marshal.dumps(entry_record(entry))))
    assert again == entry and again.origin == entry.origin
    # The preferred terms are set with the fields (model._Preferred), as the entry has them.
    assert {"en", "ko"} <= again.__dict__.keys()
    assert (again.en, again.ko) == (entry.preferred("en"), entry.preferred("ko"))
    assert all(type(t.status) is Status for t in again.terms)
    assert hash(again) == hash(entry)


def test_stored_entries_behave_as_the_tuple_they_stand_for():
    stored = StoredEntries([entry_record(e) for e in RECORDED])
    assert len(stored) == 3 and stored[1] == RECORDED[1] and stored[-1] == RECORDED[-1]
    assert stored[1] is stored[1]  # made once
    assert list(stored) == RECORDED and stored[1:] == tuple(RECORDED[1:])
    assert stored == tuple(RECORDED) and tuple(RECORDED) == stored
    assert hash(stored) == hash(tuple(RECORDED))
    assert pickle.loads(pickle.dumps(stored)) == tuple(RECORDED)
    assert stored.ids() == ["osaka", "all", "bare"]
    glossary = Glossary(stored)
    assert glossary == Glossary(tuple(RECORDED)) and glossary.get("bare") == RECORDED[2]
    assert glossary.find_term("타카이치")[0][0] == RECORDED[1]


def test_a_cached_glossary_makes_only_the_entries_asked_for(tmp_path, sample_po):
    fresh = load_po_glossary(sample_po)
    cached = load_po_glossary(sample_po)
    assert isinstance(cached.entries, StoredEntries)
    assert cached.get(fresh.entries[2].id) == fresh.entries[2]
    assert sum(e is not None for e in cached.entries._made) == 1
    assert merge_glossaries([cached]) is cached


@pytest.mark.parametrize("entries", [(), RECORDED[2:], RECORDED, ODD])
def test_prepared_terms_pickle_as_they_were(small_glossary, entries):
    from yongeo.lookup import PreparedGlossary

    for glossary in (Glossary(entries), Glossary((*small_glossary.entries, *entries))):
        prepared = PreparedGlossary.build(glossary)
        assert pickle.loads(pickle.dumps(prepared)) == prepared
