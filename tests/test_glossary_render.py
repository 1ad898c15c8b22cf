"""Writing entries: the store's own layout of an entry is polib's, byte for byte."""

from __future__ import annotations

import pytest
from conftest import make_entry
from hypothesis import given, settings
from hypothesis import strategies as st

from yongeo.glossary.model import Entry
from yongeo.glossary.po import WRAP_WIDTH, _plain_body, _polib_body, render_entry

LONG = "word " * 20  # wrapped by polib
# Exactly as long as a one-line msgid may be, and one character longer.
FITS = "m" * (WRAP_WIDTH - len('msgid ""'))
OVER = FITS + "m"

TRICKY = [
    # (what it shows, entry, flags kept from the file)
    ("plain", make_entry("osaka", "place", "Osaka", "오사카"), None),
    ("no Korean", make_entry("x", "concept", "term", ""), None),
    ("quotes and backslashes", make_entry("q", "concept", 'say "hi" \\ there', '"따옴표"'),
     None),
    ("escapes polib writes", make_entry("e", "concept", "a\tb\bc", "탭\t"), None),
    ("\\r, \\v and \\f end a line for polib",
     make_entry("e2", "concept", "a\rb\vc\fd", "가\r"), None),
    ("a newline inside: split over lines", make_entry("n", "concept", "one\ntwo", "하나\n둘"),
     None),
    ("a newline at the end", make_entry("n2", "concept", "end\n", "끝\n"), None),
    ("U+2028 splits a line for polib", make_entry("u", "concept", "a\u2028b", "가"), None),
    ("\\x1c too", make_entry("u2", "concept", "a\x1cb", "가"), None),
    ("just fits", make_entry("f", "concept", FITS, "가"), None),
    ("one over: wrapped", make_entry("o", "concept", OVER, "가"), None),
    ("escapes count towards the width", make_entry("w", "concept", '"' * 70 + "x" * 3, "가"),
     None),
    ("long: wrapped", make_entry("l", "concept", LONG, LONG), None),
    ("long Korean", make_entry("k", "concept", "k", "가나다라 " * 20), None),
    ("context", make_entry("c", "concept", "set", "설정", context="set-verb"), None),
    ("empty context", make_entry("c2", "concept", "set", "설정", context=""), None),
    ("long context", make_entry("c3", "concept", "set", "설정", context="c" * 80), None),
    ("fuzzy", make_entry("z", "concept", "fuzzy one", "퍼지", fuzzy=True), None),
    ("flags kept", make_entry("z2", "concept", "f", "가", fuzzy=True),
     ["python-format", "fuzzy", "no-wrap"]),
    ("flags, not fuzzy", make_entry("z3", "concept", "f", "가"), ["c-format"]),
    ("references", make_entry("r", "concept", "r", "가", references=("a.txt:3", "b.md", "c:")),
     None),
    ("long references: wrapped", make_entry(
        "r2", "concept", "r", "가", references=tuple(f"docs/some-file-{n}.txt:{n}"
                                                    for n in range(9))), None),
    ("extracted comments", make_entry("x2", "concept", "x", "가",
                                      extracted_comments="type: person\nlang: en"), None),
    ("a long extracted comment: wrapped", make_entry(
        "x3", "concept", "x", "가", extracted_comments="said " * 30), None),
    ("an empty extracted comment line", make_entry(
        "x4", "concept", "x", "가", extracted_comments="one\n\nthree"), None),
    ("everything", make_entry(
        "all", "person", "Takaichi Sanae", "다카이치 사나에", ("Takaichi", "en", "admitted"),
        ("타카이치", "ko", "deprecated"), note="a note " * 15, references=("n.txt:1",),
        extracted_comments="type: person", fuzzy=True, context="pm", pos="proper-noun",
        not_in=("in this case",), extra_comments=("suggestion: parallel",)), ["c-format"]),
]


@pytest.mark.parametrize("entry,flags", [(e, f) for _name, e, f in TRICKY],
                         ids=[name for name, _e, _f in TRICKY])
def test_an_entry_is_written_as_polib_writes_it(entry: Entry, flags):
    assert render_entry(entry, flags).endswith(_polib_body(entry, flags))
    plain = _plain_body(entry, flags)
    assert plain is None or plain == _polib_body(entry, flags)


@pytest.mark.parametrize("name", ["plain", "quotes and backslashes", "escapes polib writes",
                                  "a newline at the end", "just fits", "context", "flags kept",
                                  "references", "everything"])
def test_the_common_entries_are_written_without_polib(name):
    _name, entry, flags = next(row for row in TRICKY if row[0] == name)
    assert _plain_body(entry, flags) is not None


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=90)


@settings(max_examples=300, deadline=None)
@given(en=_TEXT.filter(bool), ko=_TEXT, context=st.none() | _TEXT, comments=_TEXT,
       references=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Z", "Cc")),
                                   min_size=1, max_size=30), max_size=4),
       fuzzy=st.booleans(), flags=st.none() | st.lists(st.sampled_from(
           ["fuzzy", "c-format", "no-wrap"]), max_size=2))
def test_any_entry_is_written_as_polib_writes_it(en, ko, context, comments, references, fuzzy,
                                                 flags):
    entry = make_entry("g", "concept", en, ko, context=context, extracted_comments=comments,
                       references=tuple(references), fuzzy=fuzzy)
    plain = _plain_body(entry, flags)
    assert plain is None or plain == _polib_body(entry, flags)
