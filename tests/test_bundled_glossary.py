"""The shipped glossary is tested like code: clean, complete, valid for gettext."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import BUNDLED_PO, ROOT

from yongeo.glossary.check import check_glossary
from yongeo.glossary.model import ENTRY_TYPES, Glossary, Status, term_key
from yongeo.glossary.stored import load_po_glossary
from yongeo.match import Matcher
from yongeo.text.normalize import nfc

GLOSSARY = load_po_glossary(BUNDLED_PO)


def test_no_conflicts_and_no_errors():
    assert GLOSSARY.conflicts == ()
    assert [p for p in check_glossary(GLOSSARY) if p.severity == "error"] == []


def test_every_entry_reviewed_translated_and_typed():
    for entry in GLOSSARY:
        assert not entry.fuzzy, entry.en
        assert entry.en.strip() and entry.ko.strip(), entry.id
        assert entry.type in ENTRY_TYPES, entry.id
        assert all(t.text == t.text.strip() and t.text == nfc(t.text) for t in entry.terms)


def test_ids_and_terms_are_unique():
    ids = [e.id for e in GLOSSARY]
    assert len(ids) == len(set(ids))
    seen: dict[tuple[str, str], str] = {}
    for entry in GLOSSARY:
        for term in entry.terms:
            key = (term.lang, term_key(term.text))
            owner = seen.setdefault(key, entry.id)
            # CPTPP-like untranslated terms are their own Korean form.
            assert owner == entry.id or entry.untranslated, (term.text, owner, entry.id)


def test_no_term_is_both_preferred_and_deprecated():
    preferred = {(t.lang, term_key(t.text)) for e in GLOSSARY for t in e.terms
                 if t.status is Status.PREFERRED}
    deprecated = {(t.lang, term_key(t.text)) for e in GLOSSARY for t in e.terms
                  if t.status is Status.DEPRECATED}
    assert preferred & deprecated == set()


@pytest.mark.parametrize(("en", "ko"), [
    ("shuttle diplomacy", "셔틀외교"),
    ("Josei coal mine", "조세이 탄광"),
    ("National Security Office", "국가안보실"),
    ("Takaichi Sanae", "다카이치 사나에"),
    ("Lee Jae-myung", "이재명"),
    ("Wi Sung-lac", "위성락"),
    ("Asan Institute for Policy Studies", "아산정책연구원"),
    ("Korea National Diplomatic Academy", "국립외교원"),
    ("Ministry of Foreign Affairs", "외교부"),
    ("Ministry of National Defense", "국방부"),
    ("economic security", "경제안보"),
    ("Tokyo", "도쿄"),
    ("Osaka", "오사카"),
    ("Fukushima", "후쿠시마"),
])
def test_required_entries(en, ko):
    entries = [e for e in GLOSSARY if e.en == en]
    assert entries and entries[0].ko == ko


def test_cptpp_has_its_full_name_in_both_languages():
    entry = next(e for e in GLOSSARY if e.en == "CPTPP")
    assert entry.case_sensitive and entry.untranslated
    assert any("Trans-Pacific Partnership" in t.text for t in entry.terms_in("en"))
    assert any("환태평양" in t.text for t in entry.terms_in("ko"))


@pytest.mark.parametrize(("term", "lang", "preferred"), [
    ("Takahichi", "en", "Takaichi Sanae"),
    ("Takahichi Sanae", "en", "Takaichi Sanae"),
    ("Lee Jae MMyung", "en", "Lee Jae-myung"),
    ("타카이치 사나에", "ko", "다카이치 사나에"),
    ("오오사카", "ko", "오사카"),
    ("토쿄", "ko", "도쿄"),
])
def test_misspellings_and_nonstandard_spellings_are_deprecated(term, lang, preferred):
    hits = GLOSSARY.find_term(term)
    assert hits, term
    entry, found = hits[0]
    assert found.status is Status.DEPRECATED and found.lang == lang
    assert entry.preferred(lang) == preferred


def test_references_point_at_lines_that_hold_the_term():
    """A reference line holds one of the entry's terms (maybe inside a longer name)."""
    for entry in GLOSSARY:
        matcher = Matcher(Glossary((entry,)))
        for reference in entry.references:
            path, _, line = reference.rpartition(":")
            text = (ROOT / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
            assert matcher.find(text), reference


def test_passes_msgfmt_check():
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    for path in sorted((ROOT / "glossary").glob("*.po*")):
        result = subprocess.run([msgfmt, "--check", "-o", os.devnull, str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, (path, result.stderr)


def test_curation_survives_msgcat(tmp_path):
    """GNU msgcat keeps translator comments, so ids, variants and notes survive it."""
    msgcat = shutil.which("msgcat")
    if msgcat is None:
        pytest.skip("msgcat (GNU gettext) is not installed")
    out = tmp_path / "cat.po"
    subprocess.run([msgcat, "-o", str(out), str(BUNDLED_PO)], check=True)
    again = load_po_glossary(out)
    assert {e.id: e.to_json() for e in again} == {e.id: e.to_json() for e in GLOSSARY}


@pytest.mark.parametrize("en", [
    "Takaichi Sanae", "Ishiba Shigeru", "Tokyo", "Osaka", "Nara", "Fukushima",
])
def test_japanese_names_follow_the_nikl_rules(en):
    """The Korean of each Japanese name is what the 외래어 표기법 rules give, and every
    non-standard spelling the rules derive (aspirated initials, long vowels) is deprecated."""
    from yongeo.text.japanese import transliterate

    entry = next(e for e in GLOSSARY if e.en == en)
    rules = transliterate(en)
    assert entry.ko == rules.standard
    deprecated = {term_key(t.text) for t in entry.terms_in("ko", Status.DEPRECATED)}
    assert {term_key(v) for v in rules.nonstandard} <= deprecated
