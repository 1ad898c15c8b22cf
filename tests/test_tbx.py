"""TBX: the TBX-Basic export, TBX v2 and v3 from other tools read back, and hostile XML refused."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from conftest import BUNDLED_PO, ROOT, make_entry
from in_process import run_yongeo

from yongeo.errors import GlossaryError
from yongeo.glossary.edit import import_entries
from yongeo.glossary.model import Glossary
from yongeo.glossary.stored import load_po_glossary
from yongeo.glossary.tbx import (
    NAMESPACE,
    SCHEMA_RNG,
    SCHEMA_SCH,
    Skipped,
    from_tbx,
    language_of,
    load_tbx,
    read_tbx,
    to_tbx,
)

DATA = ROOT / "tests" / "data"
NS = "{" + NAMESPACE + "}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return run_yongeo(args, cwd, env={"YONGEO_GLOSSARY": None})


def terms(entry) -> dict[str, list[tuple[str, str]]]:
    return {lang: [(t["term"], t["status"]) for t in found]
            for lang, found in entry.to_json()["terms"].items()}


# --- PO -> TBX -> PO ----------------------------------------------------------------------


def test_bundled_glossary_survives_po_tbx_po(tmp_path):
    original = load_po_glossary(BUNDLED_PO)
    entries = from_tbx(to_tbx(original), "bundled.tbx")
    report = import_entries(tmp_path / "ko.po", entries)
    assert report.conflicts == [] and len(report.added) == len(original)
    back = load_po_glossary(tmp_path / "ko.po")
    assert [e.to_json() for e in back] == [e.to_json() for e in original]


EVERY_FIELD_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"

# id: 2026-apec-summit
# type: event
# en-admitted: APEC summit 2026
# en-deprecated: APEC Sumit
# en-superseded: APEC Summit Korea (until 2025)
# ko-admitted: 2026 APEC
# ko-deprecated: 에이펙 정상회의
# ko-superseded: APEC 정상회의 (until 2025)
# note: type: person & <b>"quoted"</b> -- a note that looks like metadata and markup.
# case-sensitive: yes
# untranslated: yes
# reviewed by Kim Minji, 2026-01-20
#. example: Leaders met at the 2026 APEC Summit in Gyeongju.
#. score: 0.91
#: seeds/a.txt:3 seeds/b.txt:7
#, fuzzy
msgid "2026 APEC Summit"
msgstr "2026 APEC 정상회의"

# id: osaka
# type: place
msgid "Osaka"
msgstr ""
"""


def test_every_field_survives_po_tbx_po(tmp_path):
    source = tmp_path / "source.po"
    source.write_text(EVERY_FIELD_PO, encoding="utf-8")
    original = load_po_glossary(source)
    tbx = to_tbx(original)
    assert 'id="_2026-apec-summit"' in tbx  # an XML id cannot start with a digit
    import_entries(tmp_path / "copy.po", from_tbx(tbx, "every.tbx"))
    back = load_po_glossary(tmp_path / "copy.po")
    assert list(back) == list(original)  # every field, ids, comments and flags included
    assert back.entries[0].extra_comments == ("reviewed by Kim Minji, 2026-01-20",)
    assert back.entries[0].fuzzy and back.entries[0].untranslated
    assert back.entries[0].former == (("en", "APEC Summit Korea", 2025),
                                      ("ko", "APEC 정상회의", 2025))


def test_export_is_deterministic(small_glossary):
    assert to_tbx(small_glossary) == to_tbx(small_glossary)
    assert to_tbx(small_glossary).endswith("</tbx>\n")


def test_duplicate_and_odd_ids_stay_unique_xml_names():
    glossary = Glossary((make_entry("seoul", "place", "Seoul", "서울"),
                         make_entry("seoul", "place", "Seoul City", "서울시"),
                         make_entry("3 kingdoms", "concept", "Three Kingdoms", "삼국")))
    ids = [e.get("id") for e in ET.fromstring(to_tbx(glossary)).iter(NS + "conceptEntry")]
    assert ids == ["seoul", "seoul-2", "_3-kingdoms"]


def test_character_xml_cannot_carry_is_refused():
    glossary = Glossary((make_entry("x", "concept", "vertical\x0btab", "탭"),))
    with pytest.raises(GlossaryError):
        to_tbx(glossary)


# --- the TBX-Basic structure --------------------------------------------------------------

# The closed lists of the TBX-Basic DCA schema (TBXcoreStructV03_TBX-Basic_integrated.rng) and
# the levels its Schematron (TBX-Basic_DCA.sch) allows them at.
TERM_NOTES = {"administrativeStatus", "grammaticalGender", "geographicalUsage", "partOfSpeech",
              "termLocation", "termType"}
DESCRIPS = {"context": {"termSec"}, "definition": {"conceptEntry", "langSec"},
            "subjectField": {"conceptEntry"}}
ADMINS = {"customerSubset", "projectSubset", "source"}
ADMINISTRATIVE_STATUS = {"preferredTerm-admn-sts", "admittedTerm-admn-sts",
                         "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"}
PARTS_OF_SPEECH = {"noun", "verb", "adjective", "adverb", "other"}


def test_export_is_tbx_basic_dca():
    glossary = load_po_glossary(BUNDLED_PO)
    text = to_tbx(glossary)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="'
                           + SCHEMA_RNG)
    assert f'<?xml-model href="{SCHEMA_SCH}"' in text
    root = ET.fromstring(text)
    assert root.tag == NS + "tbx"
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "en")
    assert root.find(f"{NS}tbxHeader/{NS}fileDesc/{NS}sourceDesc/{NS}p") is not None
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        assert element.tag.startswith(NS), element.tag
    level = {e: parents[e].tag.removeprefix(NS) for e in parents}
    for note in root.iter(NS + "termNote"):
        assert level[note] == "termSec" and note.get("type") in TERM_NOTES
    for descrip in root.iter(NS + "descrip"):
        assert level[descrip] in DESCRIPS[descrip.get("type")]
    for admin in root.iter(NS + "admin"):
        assert admin.get("type") in ADMINS
    for lang_sec in root.iter(NS + "langSec"):
        assert lang_sec.get(XML_LANG) in ("en", "ko") and lang_sec.find(NS + "termSec") is not None
    for term_sec in root.iter(NS + "termSec"):
        assert term_sec[0].tag == NS + "term" and term_sec[0].text
        notes = {n.get("type"): n.text for n in term_sec.iter(NS + "termNote")}
        assert notes["administrativeStatus"] in ADMINISTRATIVE_STATUS
        assert notes["partOfSpeech"] in PARTS_OF_SPEECH
    concepts = list(root.iter(NS + "conceptEntry"))
    assert len(concepts) == len(glossary)
    assert len({c.get("id") for c in concepts}) == len(concepts)
    for concept, entry in zip(concepts, glossary, strict=True):
        first_en = concept.find(f"{NS}langSec[@{XML_LANG}='en']/{NS}termSec/{NS}term")
        assert first_en.text == entry.en


def test_statuses_are_written_as_administrative_status():
    entry = make_entry("osaka", "place", "Osaka", "오사카", ("Ōsaka", "en", "admitted"),
                       ("오오사카", "ko", "deprecated"))
    root = ET.fromstring(to_tbx(Glossary((entry,))))
    written = [(s.find(NS + "term").text,
                s.find(f"{NS}termNote[@type='administrativeStatus']").text)
               for s in root.iter(NS + "termSec")]
    assert written == [("Osaka", "preferredTerm-admn-sts"), ("Ōsaka", "admittedTerm-admn-sts"),
                       ("오사카", "preferredTerm-admn-sts"),
                       ("오오사카", "deprecatedTerm-admn-sts")]


# --- TBX from other tools -----------------------------------------------------------------


def test_weblate_export():
    result = load_tbx(DATA / "weblate-ko.tbx")
    assert result.skipped == ()
    by_en = {e.en: e for e in result.entries}
    assert terms(by_en["Osaka"]) == {"en": [("Osaka", "preferred")],
                                     "ko": [("오사카", "preferred"), ("오오사카", "deprecated")]}
    assert terms(by_en["Fukushima"])["ko"] == [("후쿠시마", "preferred"),
                                               ("후꾸시마", "deprecated")]
    assert by_en["CPTPP"].untranslated and not by_en["Osaka"].untranslated
    assert "Regular reciprocal visits" in by_en["shuttle diplomacy"].note
    assert "셔틀외교: Written without a space." in by_en["shuttle diplomacy"].note
    assert [e.id for e in result.entries] == ["shuttle-diplomacy", "osaka", "fukushima", "cptpp"]


def test_translate_toolkit_export():
    result = load_tbx(DATA / "translate-toolkit.tbx")
    by_en = {e.en: e for e in result.entries}
    assert terms(by_en["President"])["ko"] == [("대통령", "preferred"), ("대통령님", "deprecated"),
                                               ("대통령각하", "deprecated")]
    assert by_en["National Security Office"].note == "Part of the Office of the President."
    assert by_en["National Security Office"].type == "concept"
    assert result.skipped == (Skipped(32, result.skipped[0].reason),)  # only deprecated English


def test_cat_tool_export():
    result = load_tbx(DATA / "memoq-like.tbx")
    nso, takaichi, revitalization = result.entries
    assert terms(nso) == {
        "en": [("National Security Office", "preferred"), ("NSO", "admitted")],
        "ko": [("국가안보실", "preferred"), ("안보실", "admitted"), ("국가안전보장실", "deprecated")],
    }
    assert nso.note == "The presidential office that coordinates national security policy."
    assert nso.references == ("seeds/000_60a393ccda4ab0f9.txt:13",)
    assert nso.extracted_comments == ("The National Security Office briefed reporters after "
                                      "the summit.")
    assert nso.origin == (str(DATA / "memoq-like.tbx"), 19)
    assert terms(takaichi) == {"en": [("Takaichi Sanae", "preferred"),
                                      ("Takahichi Sanae", "deprecated")],
                               "ko": [("다카이치 사나에", "preferred"),
                                      ("타카이치 사나에", "deprecated")]}
    assert terms(revitalization) == {"en": [("regional revitalization", "preferred")], "ko": []}
    assert [s.line for s in result.skipped] == [109]  # Japanese only


def test_encoding_comes_from_the_xml_declaration(tmp_path):
    text = (DATA / "memoq-like.tbx").read_text(encoding="utf-8")
    utf16 = tmp_path / "utf16.tbx"
    utf16.write_bytes(text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert load_tbx(utf16).entries == load_tbx(DATA / "memoq-like.tbx").entries


@pytest.mark.parametrize("encoding", ["EUC-KR", "CP949"])
def test_korean_legacy_encodings_named_by_the_declaration(encoding):
    # expat cannot decode multi-byte legacy encodings itself.
    document = tbx_v2("administrativeStatus", "admittedTerm-admn-sts").replace(
        'encoding="UTF-8"', f'encoding="{encoding}"')
    (entry,) = read_tbx(document.encode(encoding), "legacy.tbx").entries
    assert terms(entry)["ko"] == [("한국", "preferred"), ("남한", "admitted")]


@pytest.mark.parametrize(("declared", "data", "line"), [
    ("x-unknown", "서울".encode(), 1),
    ("EUC-KR", "서울".encode(), 3),  # UTF-8 bytes where EUC-KR was promised
])
def test_wrong_encoding_names_the_line(declared, data, line):
    document = (f'<?xml version="1.0" encoding="{declared}"?>\n<martif>\n'.encode() + data
                + b"</martif>")
    with pytest.raises(GlossaryError) as caught:
        read_tbx(document, "enc.tbx")
    assert caught.value.line == line


def tbx_v2(status_category: str, value: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1">
  <langSet xml:lang="en"><tig><term>South Korea</term></tig></langSet>
  <langSet xml:lang="ko">
    <tig><term>한국</term></tig>
    <ntig><termGrp><term>남한</term>
      <termNote type="{status_category}">{value}</termNote></termGrp></ntig>
  </langSet>
</termEntry>
</body></text></martif>"""


def tbx_v3(status_category: str, value: str) -> str:
    return f"""<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>South Korea</term></termSec></langSec>
  <langSec xml:lang="ko">
    <termSec><term>한국</term></termSec>
    <termSec><term>남한</term><termNote type="{status_category}">{value}</termNote></termSec>
  </langSec>
</conceptEntry></body></text></tbx>"""


def tbx_v3_dct(status_category: str, value: str) -> str:
    return f"""<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
  xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>South Korea</term></termSec></langSec>
  <langSec xml:lang="ko">
    <termSec><term>한국</term></termSec>
    <termSec><term>남한</term><min:{status_category}>{value}</min:{status_category}></termSec>
  </langSec>
</conceptEntry></body></text></tbx>"""


# (category, value as the file spells it, status of the marked Korean term '남한'); a marked
# preferred term takes the place of the unmarked '한국', which becomes admitted.
STATUSES = [
    ("administrativeStatus", "preferredTerm-admn-sts", "preferred"),
    ("administrativeStatus", "admittedTerm-admn-sts", "admitted"),
    ("administrativeStatus", "deprecatedTerm-admn-sts", "deprecated"),
    ("administrativeStatus", "supersededTerm-admn-sts", "deprecated"),
    ("administrativeStatus", "legalTerm-admn-sts", "admitted"),
    ("administrativeStatus", "forbidden", "deprecated"),
    ("administrativeStatus", "obsolete", "deprecated"),
    ("administrativeStatus", "deprecated", "deprecated"),
    ("administrativeStatus", "notRecommended", "deprecated"),
    ("normativeAuthorization", "preferredTerm", "preferred"),
    ("normativeAuthorization", "admittedTerm", "admitted"),
    ("normativeAuthorization", "deprecatedTerm", "deprecated"),
    ("normativeAuthorization", "supersededTerm", "deprecated"),
    ("normativeAuthorization", "legalTerm", "admitted"),
    ("normativeAuthorization", "regulatedTerm", "admitted"),
    ("normativeAuthorization", "standardizedTerm", "admitted"),
    ("usageStatus", "notRecommended", "deprecated"),
    ("usageStatus", "preferred", "preferred"),
    ("usageStatus", "admitted", "admitted"),
    ("administrativeStatus", "something-else", "admitted"),
]


@pytest.mark.parametrize("document", [tbx_v2, tbx_v3, tbx_v3_dct])
@pytest.mark.parametrize(("category", "value", "status"), STATUSES)
def test_status_mapping(document, category, value, status):
    (entry,) = read_tbx(document(category, value), "s.tbx").entries
    korean = dict(terms(entry)["ko"])
    assert korean["남한"] == status
    assert korean["한국"] == ("admitted" if status == "preferred" else "preferred")


# --- former names: a superseded term with its year -----------------------------------------

DEFENSE = make_entry(
    "japanese-ministry-of-defense", "organization", "Japanese Ministry of Defense", "방위성",
    ("Japanese Defense Ministry", "en", "admitted"), ("JDA", "en", "deprecated"),
    ("Japan Defense Agency", "en", "deprecated"), ("일본 방위성", "ko", "admitted"),
    ("방위청", "ko", "deprecated"),
    former=(("en", "Japan Defense Agency", 2007), ("ko", "방위청", 2007)))


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("former", [
    (("en", "Japan Defense Agency", 2007), ("ko", "방위청", 2007)),
    (("en", "Japan Defense Agency", 2007),),
    (("ko", "방위청", 1998),),
    (),  # no former name: every deprecated term stays plain
])
def test_former_names_survive_tbx(version, former):
    entry = replace(DEFENSE, former=former)
    (back,) = from_tbx(to_tbx(Glossary((entry,)), version), "former.tbx")
    assert back == entry and back.former == former


@pytest.mark.parametrize(("version", "status"), [
    (3, "supersededTerm-admn-sts"),
    # translate-toolkit and Weblate, which read v2, know no superseded status: deprecated
    (2, "deprecatedTerm-admn-sts"),
])
def test_a_former_name_is_written_with_a_note_of_its_year(version, status):
    root = ET.fromstring(to_tbx(Glossary((DEFENSE,)), version))
    ns = NS if version == 3 else ""
    sections = root.iter(ns + ("termSec" if version == 3 else "tig"))
    written = {s.find(ns + "term").text: (
        s.find(f"{ns}termNote[@type='administrativeStatus']").text,
        [n.text for n in s.findall(ns + "note")]) for s in sections}
    assert written["Japan Defense Agency"] == (status, ["until 2007"])
    assert written["방위청"] == (status, ["until 2007"])
    assert written["JDA"] == ("deprecatedTerm-admn-sts", [])


def test_a_deprecated_term_with_a_year_is_a_former_name_only_in_yongeos_own_v2():
    ours = to_tbx(Glossary((DEFENSE,)), 2)
    theirs = ours.replace("<note>type: organization</note>", "")
    assert from_tbx(ours, "ours.tbx")[0].former == DEFENSE.former
    (entry,) = from_tbx(theirs, "theirs.tbx")
    assert entry.former == ()
    assert entry.note == "Japan Defense Agency: until 2007 방위청: until 2007"


def tbx_term(status: str, note: str | None) -> str:
    """A v3 document whose Korean '남한' has this status and, if given, this term note."""
    return tbx_v3("administrativeStatus", status).replace(
        "</termNote></termSec>", "</termNote>" + (f"<note>{note}</note>" if note else "")
        + "</termSec>")


# (the status and the term note of the Korean '남한', the entry's former names, its note)
FORMER_READ = [
    ("supersededTerm-admn-sts", "until 1948", (("ko", "남한", 1948),), ""),
    ("supersededTerm", "Until  1948", (("ko", "남한", 1948),), ""),
    ("supersededTerm-admn-sts", None, (), ""),
    ("deprecatedTerm-admn-sts", "until 1948", (), "남한: until 1948"),
    ("supersededTerm-admn-sts", "used until the war", (), "남한: used until the war"),
]


@pytest.mark.parametrize(("status", "note", "former", "entry_note"), FORMER_READ)
def test_only_a_superseded_term_with_its_year_is_a_former_name(status, note, former,
                                                                entry_note):
    (entry,) = read_tbx(tbx_term(status, note), "f.tbx").entries
    assert dict(terms(entry)["ko"])["남한"] == "deprecated"
    assert (entry.former, entry.note) == (former, entry_note)


@pytest.mark.parametrize(("code", "lang"), [
    ("en", "en"), ("EN", "en"), ("en-US", "en"), ("en_GB", "en"), ("eng", "en"),
    ("ko", "ko"), ("KO-KR", "ko"), ("ko_KR", "ko"), ("kor", "ko"), ("ko-Kore-KR", "ko"),
    ("ja", None), ("ja-JP", None), ("x-klingon", None), ("", None), (None, None),
])
def test_language_codes(code, lang):
    assert language_of(code) == lang


def test_two_preferred_terms_keep_the_first_and_repeats_count_once():
    document = tbx_v2("administrativeStatus", "preferredTerm-admn-sts").replace(
        "<tig><term>한국</term></tig>",
        "<tig><term>대한민국</term><termNote type=\"administrativeStatus\">"
        "preferredTerm-admn-sts</termNote></tig><tig><term>대한민국</term></tig>")
    (entry,) = read_tbx(document, "p.tbx").entries
    assert terms(entry)["ko"] == [("대한민국", "preferred"), ("남한", "admitted")]


def test_nothing_usable_is_an_error_naming_the_first_skipped_entry():
    document = tbx_v2("administrativeStatus", "x").replace('xml:lang="en"><tig>',
                                                           'xml:lang="ja"><tig>')
    with pytest.raises(GlossaryError) as caught:
        read_tbx(document, "ja.tbx")
    assert (caught.value.path, caught.value.line) == ("ja.tbx", 3)


@pytest.mark.parametrize(("document", "line"), [
    ("<martif>\n<text><body>\n<termEntry>\n</body></text></martif>", 4),  # mismatched tag
    ("<?xml version='1.0'?>\n\n<martif><text><body></body></text>", 3),  # unclosed
    ("", 1),
    ("<html>\n<body/></html>", 1),  # not TBX
    ("<martif type='TBX'>\n<text><body/></text></martif>", 1),  # no entries
])
def test_bad_documents_name_the_line(document, line):
    with pytest.raises(GlossaryError) as caught:
        read_tbx(document, "bad.tbx")
    assert (caught.value.path, caught.value.line) == ("bad.tbx", line)


# --- hostile XML ----------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<martif type="TBX"><text><body><termEntry>
  <langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet>
</termEntry></body></text></martif>
"""


def external_entity(target: str) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY secret SYSTEM "{target}">
]>
<martif type="TBX"><text><body><termEntry>
  <langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet>
</termEntry></body></text></martif>
"""


def test_billion_laughs_is_refused_without_expansion():
    with pytest.raises(GlossaryError) as caught:
        read_tbx(BILLION_LAUGHS, "laughs.tbx")
    assert caught.value.line == 3  # at the first declaration, before any expansion
    assert "lollol" not in str(caught.value)


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    for target in (secret.as_uri(), "http://127.0.0.1:9/never-fetched"):
        with pytest.raises(GlossaryError) as caught:
            read_tbx(external_entity(target), "xxe.tbx")
        assert caught.value.line == 3
        assert "TOP-SECRET-VALUE" not in str(caught.value)


def test_parameter_entity_is_refused():
    document = ('<?xml version="1.0"?>\n<!DOCTYPE martif [\n'
                '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n%remote;\n]>\n'
                '<martif><text><body/></text></martif>')
    with pytest.raises(GlossaryError):
        read_tbx(document, "pe.tbx")


def test_the_dtd_a_doctype_names_is_not_read(tmp_path):
    # If the parser loaded this DTD, its entity declaration would be refused.
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY injected "boom">', encoding="utf-8")
    document = (DATA / "weblate-ko.tbx").read_text(encoding="utf-8").replace(
        '"TBXcdv04.dtd"', f'"{dtd.as_uri()}"')
    assert len(read_tbx(document, "w.tbx").entries) == 4


# --- the command line -----------------------------------------------------------------------


def test_cli_import_reports_skipped_entries(tmp_path):
    target = tmp_path / "ko.po"
    result = run("import", str(DATA / "memoq-like.tbx"), "--format", "tbx", "--into",
                 str(target))
    assert result.returncode == 0, result.stderr
    # the Japanese-only entry, named by its line; then the Japanese terms left out, counted
    skipped, *warnings = result.stderr.splitlines()
    assert skipped.startswith(f"{DATA / 'memoq-like.tbx'}:109: ")
    assert [w.split(": ", 1)[1].split(" in ")[1] for w in warnings] == [
        "'ja-jp' left out (yongeo keeps English and Korean)"]
    assert {e.en for e in load_po_glossary(target)} == {
        "National Security Office", "Takaichi Sanae", "regional revitalization"}


@pytest.mark.parametrize(("content", "line"), [
    ("<martif>\n<text><body>\n<termEntry>\n</body></text></martif>\n", 4),
    (BILLION_LAUGHS, 3),
])
def test_cli_bad_tbx_is_one_line_and_exit_2(tmp_path, content, line):
    bad = tmp_path / "bad.tbx"
    bad.write_text(content, encoding="utf-8")
    result = run("import", str(bad), "--format", "tbx", "--into", str(tmp_path / "ko.po"))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"yongeo: {bad}:{line}: ")
    assert not (tmp_path / "ko.po").exists()


OTHER_LANGUAGES_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
<conceptEntry id="c1">
<langSec xml:lang="en"><termSec><term>Nara</term></termSec></langSec>
<langSec xml:lang="ko"><termSec><term>나라</term></termSec></langSec>
<langSec xml:lang="ja"><termSec><term>奈良</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c2">
<langSec xml:lang="en"><termSec><term>Kyoto</term></termSec></langSec>
<langSec xml:lang="x-klingon"><termSec><term>qyoto</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def test_terms_in_other_languages_are_counted_and_never_an_empty_entry():
    from yongeo.glossary.tbx import read_tbx

    loaded = read_tbx(OTHER_LANGUAGES_TBX, "t.tbx")
    assert [e.en for e in loaded.entries] == ["Nara"]
    assert loaded.other_languages == (("ja", 1), ("x-klingon", 1))
    (skip,) = loaded.skipped
    assert skip.line == 9 and "x-klingon" in skip.reason


@pytest.mark.parametrize(("name", "text", "fmt", "warnings"), [
    ("t.tbx", OTHER_LANGUAGES_TBX, "tbx", ["1 term in 'ja'", "1 term in 'x-klingon'"]),
    ("t.csv", "en,ko,ja,fr\nNara,나라,奈良,\nKyoto,교토,京都,Kyōto\n", "csv",
     ["1 term in 'fr'", "2 terms in 'ja'"]),
])
def test_import_names_the_languages_it_leaves_out(tmp_path, name, text, fmt, warnings):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("import", name, "--into", "g.po", "-f", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert sorted(lines) == sorted(f"{name}: warning: {w} left out (yongeo keeps English and "
                                   f"Korean)" for w in warnings)
    assert 'msgstr ""\n\n' not in (tmp_path / "g.po").read_text(encoding="utf-8").split(
        "\n\n", 1)[1]
