"""Properties over generated input: the PO store and the matcher hold for any text."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import SAMPLE_PO, make_entry
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from yongeo.errors import YongeoError
from yongeo.glossary.model import Glossary, Status, Term, term_key
from yongeo.glossary.po import PoStore, load_po_glossary, parse_po
from yongeo.match import Matcher

# Any printable Unicode, quotes and backslashes included; no surrogates or control characters.
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn")), min_size=1,
                max_size=80)
_LINE = _TEXT.map(lambda s: " ".join(s.split())).filter(bool)
_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(en=_LINE, ko=_LINE, variant=_LINE, note=_LINE,
       long_tail=st.integers(min_value=0, max_value=400))
def test_store_round_trips_any_entry(tmp_path, en, ko, variant, note, long_tail):
    en = en + "x" * long_tail
    assume(term_key(en) and term_key(ko) and term_key(variant))
    assume(len({term_key(en), term_key(variant)}) == 2 and term_key(ko) != term_key(variant))
    path = tmp_path / "g.po"
    path.write_text(SAMPLE_PO, encoding="utf-8")
    before = path.read_bytes()
    entry = make_entry("generated", "concept", en, ko, (variant, "en", "deprecated"),
                       (variant, "ko", "admitted"), note=note)
    store = PoStore.open(path)
    assume(not store.glossary().find_term(en) and not store.glossary().find_term(ko))
    assume(not store.glossary().find_term(variant))
    store.add(entry)
    store.save()
    loaded = load_po_glossary(path).get("generated")
    assert loaded is not None
    assert (loaded.en, loaded.ko, loaded.note) == (en, ko, note)
    assert set(loaded.terms) == set(entry.terms)
    again = PoStore.open(path)
    assert again.dumps() == path.read_bytes()
    again.remove(loaded)
    again.save()
    assert path.read_bytes() == before


@_SETTINGS
@given(msgid=_TEXT, msgstr=_TEXT)
def test_multiline_msgid_and_msgstr_round_trip(tmp_path, msgid, msgstr):
    """Newlines, quotes and backslashes in msgid/msgstr survive (they are PO strings)."""
    msgid = msgid + "\n" + msgid
    path = tmp_path / "g.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
                    encoding="utf-8")
    store = PoStore.open(path)
    store.add(make_entry("generated", "concept", msgid, msgstr))
    store.save()
    loaded = load_po_glossary(path).get("generated")
    assert (loaded.en, loaded.ko) == (msgid, msgstr)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(SAMPLE_PO.splitlines(keepends=True)), max_size=40).map("".join),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
))
def test_po_parser_never_crashes(text):
    """Whatever the text, loading either works or raises one of yongeo's own errors."""
    try:
        parse_po(text, "fuzz.po")
    except YongeoError:
        pass


_WORDS = st.lists(st.sampled_from(
    ["회담", "에서", "일본", "정부는", "the", "talks", "on", "Monday", ",", ".", "그리고",
     "협력을", "diplomacy", "policy", "\n"]), max_size=12).map(" ".join)


@pytest.fixture(scope="module")
def matcher():
    glossary = Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
        make_entry("osaka", "place", "Osaka", "오사카"),
        make_entry("nso", "organization", "National Security Office", "국가안보실"),
        make_entry("josei", "place", "Josei coal mine", "조세이 탄광"),
    ))
    return Matcher(glossary)


_TERMS = st.sampled_from(["셔틀외교", "오사카", "국가안보실", "조세이 탄광", "shuttle diplomacy",
                          "Osaka", "National Security Office", "Josei coal mine"])
_PARTICLES = st.sampled_from(["", "를", "는", "에서", "의", "와"])


@settings(max_examples=150, deadline=None)
@given(before=_WORDS, term=_TERMS, particle=_PARTICLES, after=_WORDS)
def test_inserted_term_is_found_in_nfc_and_nfd(matcher, before, term, particle, after):
    korean = "가" <= term[0] <= "힣"
    text = f"{before} {term}{particle if korean else ''} {after}"
    expected_id = {e.id for e in matcher.entries for t in e.terms if t.text == term}
    nfc_hits = [h.entry.id for h in matcher.find(text)]
    nfd_hits = [h.entry.id for h in matcher.find(unicodedata.normalize("NFD", text))]
    assert expected_id <= set(nfc_hits)
    assert nfc_hits == nfd_hits


@settings(max_examples=150, deadline=None)
@given(before=_WORDS, term=_TERMS, after=_WORDS, data=st.data())
def test_spacing_varied_korean_term_is_found(matcher, before, term, after, data):
    assume("가" <= term[0] <= "힣")
    compact = term.replace(" ", "")
    cut = data.draw(st.integers(min_value=1, max_value=len(compact) - 1))
    spaced = compact[:cut] + " " + compact[cut:]
    assert {h.entry.id for h in matcher.find(f"{before} {spaced}을 {after}")} >= {
        e.id for e in matcher.entries if any(t.text == term for t in e.terms)}


@settings(max_examples=150, deadline=None)
@given(before=_WORDS, term=_TERMS, after=_WORDS, data=st.data())
def test_term_with_a_changed_character_is_not_found(matcher, before, term, after, data):
    index = data.draw(st.integers(min_value=0, max_value=len(term) - 1))
    assume(not term[index].isspace())
    replacement = "쀍" if "가" <= term[index] <= "힣" else "q"
    assume(term[index].lower() != replacement)
    broken = term[:index] + replacement + term[index + 1:]
    text = f"{before} {broken} {after}"
    owners = {e.id for e in matcher.entries if any(t.text == term for t in e.terms)}
    assert not owners & {h.entry.id for h in matcher.find(text)}


def test_status_values_are_the_tbx_three():
    assert [s.value for s in Status] == ["preferred", "admitted", "deprecated"]
    assert Term("a", "en", Status.PREFERRED).status is Status.PREFERRED
