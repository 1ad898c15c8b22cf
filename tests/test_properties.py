"""Properties over generated input: the PO store and the matcher hold for any text."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import SAMPLE_PO, make_entry
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from yongeo.errors import YongeoError
from yongeo.glossary.model import Glossary, Status, Term, term_key
from yongeo.glossary.po import PoStore, parse_po
from yongeo.glossary.stored import load_po_glossary
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


# --- generated input beyond the vocabulary above (issue 6) ------------------------------

# Any text a UTF-8 file can hold except NUL (which marks a file as binary): controls, line
# separators, combining marks, quotes and backslashes included.
_ANY = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=60)
_BOUNDARY = st.sampled_from([" ", "\n", ", ", " (", "\t", " — ", ". ", "\u3000"])
_LATIN_TERMS = ["shuttle diplomacy", "Osaka", "National Security Office", "Josei coal mine"]


def _found(matcher, text: str, term: str) -> set[str]:
    owners = {e.id for e in matcher.entries if any(t.text == term for t in e.terms)}
    return owners & {h.entry.id for h in matcher.find(text)}


def _spans(matcher, text: str) -> list[tuple[int, int, str]]:
    return [(h.start, h.end, h.entry.id) for h in matcher.find(text)]


@settings(max_examples=200, deadline=None)
@given(text=_ANY, term=_TERMS, more=_ANY)
def test_matching_is_the_same_on_nfc_and_nfd(matcher, text, term, more):
    """Offsets are in the NFC text, so any text and its NFD form give the same hits."""
    sample = f"{text} {term} {more}"
    nfc = unicodedata.normalize("NFC", sample)
    assert _spans(matcher, unicodedata.normalize("NFD", sample)) == _spans(matcher, nfc)
    assert _spans(matcher, sample) == _spans(matcher, nfc)


@settings(max_examples=200, deadline=None)
@given(before=_ANY, left=_BOUNDARY, term=_TERMS, right=_BOUNDARY, after=_ANY,
       particle=_PARTICLES, nfd=st.booleans())
def test_a_term_is_found_wherever_it_is_inserted(matcher, before, left, term, right, after,
                                                 particle, nfd):
    """Between word boundaries in arbitrary text, NFC or NFD, with a particle after a
    Korean term: always found."""
    korean = "가" <= term[0] <= "힣"
    text = f"{before}{left}{term}{particle if korean else ''}{right}{after}"
    if nfd:
        text = unicodedata.normalize("NFD", text)
    assert _found(matcher, text, term)


@settings(max_examples=150, deadline=None)
@given(before=_ANY, term=st.sampled_from(_LATIN_TERMS), after=_ANY,
       spaces=st.lists(st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0"]),
                       min_size=3, max_size=3))
def test_a_latin_term_is_found_across_any_spacing(matcher, before, term, after, spaces):
    words = term.split()
    spaced = words[0] + "".join(s + w for s, w in zip(spaces, words[1:], strict=False))
    assert _found(matcher, f"{before} {spaced}, {after}", term)


@settings(max_examples=150, deadline=None)
@given(before=_ANY, term=_TERMS, after=_ANY, data=st.data())
def test_a_term_with_a_changed_letter_is_never_found(matcher, before, term, after, data):
    index = data.draw(st.integers(min_value=0, max_value=len(term) - 1))
    assume(not term[index].isspace())
    replacement = "쀍" if "가" <= term[index] <= "힣" else "q"
    assume(term[index].lower() != replacement)
    broken = term[:index] + replacement + term[index + 1:]
    # The text around must not hold the term itself.
    assume(term.lower() not in f"{before} {after}".lower().replace(" ", ""))
    assert not _found(matcher, f"{before} {broken} {after}", term)


_LONG = st.integers(min_value=0, max_value=5000)
_PO_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   min_size=1, max_size=120)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(en=_PO_TEXT, ko=_PO_TEXT, variant=_PO_TEXT, note=_PO_TEXT, long_en=_LONG,
       long_ko=_LONG, line_ends=st.sampled_from(["\n", "\r\n", "\r"]))
def test_store_round_trips_arbitrary_entries(tmp_path, en, ko, variant, note, long_en,
                                             long_ko, line_ends):
    """Any Unicode (controls, line separators, quotes, backslashes, newlines, very long
    strings) in msgid and msgstr comes back exactly, in a file with any line ends; a
    variant, kept in a comment line, comes back with its line breaks as spaces; removing
    the entry restores the file's bytes."""
    en, ko = en + "\\\"x" * long_en, ko + "\n" * (long_ko % 3) + "가" * long_ko
    assume(en.strip() and variant.strip() and term_key(en) != term_key(variant))
    path = tmp_path / "g.po"
    path.write_bytes(SAMPLE_PO.replace("\n", line_ends).encode())
    before = path.read_bytes()
    store = PoStore.open(path)
    assume(not any(store.glossary().find_term(t) for t in (en, ko, variant)))
    store.add(make_entry("generated", "concept", en, ko, (variant, "en", "admitted"),
                         note=note))
    store.save()
    again = PoStore.open(path)
    assert again.dumps() == path.read_bytes()
    loaded = load_po_glossary(path).get("generated")
    assert (loaded.en, loaded.ko) == (en, ko)
    admitted = [t.text for t in loaded.terms if t.status is Status.ADMITTED]
    assert [" ".join(t.split()) for t in admitted] == [" ".join(variant.split())]
    assert " ".join(loaded.note.split()) == " ".join(note.split())
    again.remove(again.find("generated"))
    again.save()
    assert path.read_bytes() == before


_LINT_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=150, deadline=None)
@given(source=_LINT_TEXT, draft=_LINT_TEXT, langs=st.sampled_from(
    [(None, None), ("en", "ko"), ("ko", "en")]))
def test_lint_never_raises_on_arbitrary_unicode(source, draft, langs):
    """A pair, a single text and a PO draft made of any Unicode: findings or one of
    yongeo's own errors (a direction it cannot tell), never a crash."""
    import polib

    from yongeo.lint import LintIndex, lint_pair, lint_po, lint_text

    index = _LINT_INDEX.setdefault("index", LintIndex.build(Glossary(_LINT_ENTRIES)))
    try:
        lint_pair(source, draft, index, source_lang=langs[0], target_lang=langs[1])
    except YongeoError:
        pass
    lint_text(draft, index)
    po = polib.POFile()
    po.metadata = {"Language": langs[1] or "ko", "Content-Type": "text/plain; charset=UTF-8"}
    if source.strip("\x00"):
        po.append(polib.POEntry(msgid=source.replace("\x00", ""),
                                msgstr=draft.replace("\x00", "")))
    try:
        lint_po(str(po), index)
    except YongeoError:
        pass
    try:
        lint_po(source + draft, index)  # not PO at all
    except YongeoError:
        pass


_LINT_INDEX: dict = {}
_LINT_ENTRIES = (
    make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
    make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
    make_entry("cptpp", "agreement", "CPTPP", "CPTPP", ("(CPTPP)", "en", "deprecated"),
               case_sensitive=True, untranslated=True),
    make_entry("us-japan", "concept", "U.S.-Japan alliance", "미일 동맹"),
    make_entry("cpp", "concept", "C++", "C++", ("C+", "en", "deprecated")),
    make_entry("blank", "concept", "Kyoto", "   "),
)


_META = Matcher(Glossary((
    make_entry("us-japan-alliance", "concept", "U.S.-Japan alliance", "미일 동맹"),
    make_entry("cpp", "concept", "C++", "씨플플"),
    make_entry("cptpp-parenthesised", "agreement", "(CPTPP)", "(CPTPP)"),
    make_entry("star", "concept", "a.*b [x]?", "$1 \\1 ^"),
)))
_META_TERMS = st.sampled_from(["U.S.-Japan alliance", "C++", "(CPTPP)", "a.*b [x]?", "$1 \\1 ^"])


@settings(max_examples=150, deadline=None)
@given(before=_ANY, left=_BOUNDARY, term=_META_TERMS, right=_BOUNDARY, after=_ANY, data=st.data())
def test_pattern_characters_in_terms_are_literal(before, left, term, right, after, data):
    """Dots, pluses, brackets, stars, dollars and backslashes in a term are its letters:
    found as written, and not found when one of them is another character."""
    assert _found(_META, f"{before}{left}{term}{right}{after}", term)
    index = data.draw(st.sampled_from([i for i, c in enumerate(term) if not c.isalnum()
                                       and not c.isspace()]))
    other = data.draw(st.sampled_from("xX7-_~"))
    assume(other != term[index] and term not in f"{before} {after}")
    broken = term[:index] + other + term[index + 1:]
    assume(term.replace("-", " ") != broken.replace("-", " "))  # a hyphen reads as a space
    text = f"{before}{left}{broken}{right}{after}"
    # Nor may the text around the broken term write the term again, a hyphen for a space
    # (' $1 \\1 - ^' holds '$1 \\1 ^').
    assume(" ".join(term.replace("-", " ").split())
           not in " ".join(text.replace("-", " ").split()))
    assert not _found(_META, text, term)
