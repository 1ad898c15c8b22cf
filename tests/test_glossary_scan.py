"""The glossary's one-pass PO reader reads what polib reads, or leaves the file to polib and
the glossary's checks; it never accepts what they refuse."""

from __future__ import annotations

import re
import unicodedata

import pytest
import regex
from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st
from po_layouts import LAYOUTS, generated_files

from yongeo.errors import YongeoError
from yongeo.glossary.model import _SPACING, SPACING_CLASS, term_key
from yongeo.glossary.po import _KEY_LINE, PoStore, key_line, parse_po
from yongeo.glossary.scan import scan

HEADER = ('# A glossary.\nmsgid ""\nmsgstr ""\n"Language: ko\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"'
          '\n\n')
FIELDS = ("msgid", "msgid_plural", "msgctxt", "msgstr", "msgstr_plural", "flags", "tcomment",
          "comment", "occurrences", "obsolete", "linenum")


def read_alike(text: str) -> str:
    """How the pass read the text ('read in one pass', 'left to polib', 'refused'), after
    checking that what it read is what parse_po reads."""
    scanned = scan(text)
    try:
        parsed = parse_po(text, "x.po")
    except YongeoError as error:
        assert scanned is None, f"read in one pass what parse_po refuses: {error}"
        return "refused"
    if scanned is None:
        return "left to polib"
    metadata, entries = scanned
    assert metadata == parsed.metadata
    assert [[getattr(e, f) for f in FIELDS] for e in entries] == [
        [getattr(e, f) for f in FIELDS] for e in parsed]
    return "read in one pass"


@pytest.mark.parametrize(("body", "expected"), LAYOUTS)
def test_the_pass_reads_as_polib_or_leaves_the_file_to_it(body, expected):
    assert read_alike(HEADER + body) == expected


ENTRIES = [['msgid "A{n}"', 'msgstr "가{n}"'], ['msgctxt "c"', 'msgid "A{n}"', 'msgstr "가{n}"'],
           ['msgid "A{n}"', 'msgid_plural "As"', 'msgstr[0] "가{n}"'],
           ['#~ msgid "A{n}"', '#~ msgstr "가{n}"'],
           ['# id: a{n}', '#. x', '#: f.txt:{n}', '#, fuzzy', 'msgid ""', '"A{n}"',
            'msgstr "가{n}"', '"more"']]


@settings(max_examples=400, deadline=None)
@given(generated_files(ENTRIES), st.booleans(), st.sampled_from(["", "\n", "\n\n"]))
# A last entry of no msgid and no msgstr, comments after it or not: a second header to polib.
@example(['#. extracted', 'msgid_plural "Osakas"'], True, "")
@example(['#. extracted', 'msgid_plural "Osakas"', '#. extracted'], True, "")
def test_the_pass_agrees_with_polib_on_generated_files(lines, header, end):
    read_alike((HEADER if header else "") + "\n".join(lines) + end)


def test_a_store_read_in_one_pass_is_the_store_polib_reads(tmp_path, monkeypatch):
    """Segments, entries and bytes are the same whichever reader read the file."""
    text = HEADER + (
        '# id: osaka\n# type: place\n#: a.txt:1\nmsgid "Osaka"\nmsgstr "오사카"\n\n'
        '#| msgid "Nara-shi"\n# id: nara\n#, fuzzy\nmsgctxt "n"\nmsgid "Nara"\nmsgstr "나라"\n\n'
        '#~ msgid "Tokyo"\n#~ msgstr "도쿄"\n\n# trailing\n')
    path = tmp_path / "g.po"
    path.write_text(text, encoding="utf-8")
    fast = PoStore.open(path)
    monkeypatch.setattr("yongeo.glossary.po.scan", lambda text: None)
    slow = PoStore.open(path)
    assert [s.text for s in fast._segments] == [s.text for s in slow._segments]
    assert [s.entry for s in fast._segments] == [s.entry for s in slow._segments]
    assert [s.raw for s in fast._segments] == [s.raw for s in slow._segments]
    assert fast.dumps() == slow.dumps() == path.read_bytes()


# --- reading the lines of a translator comment, and folding terms -----------------------

KEY_LINES = ["id: osaka", "type: place", "note: a: b", "ko-admitted: 오사카 ", "key:value",
             "key:  value", " id: x", "id : x", "id:", "id: ", "Id: x", "-id: x", "a-b: c",
             "id:\u3000x", "id: x\x1c", "id: \x1cx", "note: x\u2028", "suggestion: a (b)", "",
             "# id: x", "id:: x", "x1: y"]


@pytest.mark.parametrize("line", KEY_LINES)
def test_a_key_line_is_read_as_the_pattern_reads_it(line):
    match = _KEY_LINE.match(line)
    assert key_line(line) == (None if match is None else (match.group(1), match.group(2)))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab-: \t\u3000\x1cZ1é"), max_size=12))
def test_any_key_line_is_read_as_the_pattern_reads_it(line):
    match = _KEY_LINE.match(line)
    assert key_line(line) == (None if match is None else (match.group(1), match.group(2)))


@pytest.mark.parametrize("code", range(128))
def test_an_ascii_term_is_folded_as_any_other(code):
    text = f"Ab{chr(code)}C d"
    assert term_key(text) == _SPACING.sub("", unicodedata.normalize("NFC", text).casefold())


def test_the_spacing_a_key_drops_is_white_space_and_every_dash():
    """The class written out for the standard library's engine is what `regex` calls white
    space or a dash, character for character."""
    everything = "".join(map(chr, range(0x110000)))
    listed = re.findall(f"[{SPACING_CLASS}]", everything)
    assert listed == regex.findall(r"[\s\p{Pd}]", everything)
    assert term_key("Korea\u2013Japan\u3000summit") == term_key("korea japan summit")


PLAIN = '''# A translator comment of the file.
msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

# translator comment
#. extracted comment
#: src/a.c:12 src/b.c
#, fuzzy, c-format
#| msgid "Osaka old"
msgctxt "place"
msgid "Osaka"
msgstr "오사카"

#~ msgid "Nara"
#~ msgstr "나라"
'''


@pytest.mark.parametrize("text", [PLAIN, (ROOT / "glossary" / "ko.po").read_text("utf-8")])
def test_plain_files_are_read_in_one_pass_by_both_readers(text):
    """Both one-pass readers (glossary.scan, lint.po_reader) read what gettext tools write
    themselves, every comment kind included, instead of handing it to the full parser."""
    from yongeo.lint.po_reader import scan_po

    assert scan(text) is not None
    assert scan_po(text) is not None
