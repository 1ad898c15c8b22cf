"""Bounded fuzzing of the PO and TBX loaders for CI (hypothesis: random bytes and mutations
of the project's real files), and the table of inputs fuzzing found, kept as regressions.

tests/fuzz/run.py runs the same checks for longer (atheris when installed).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import polib
import pytest
from fuzz_targets import ROOT, check_po, check_tbx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SMALL = 6000  # seeds are cut to this many bytes so that an example costs milliseconds


def seeds(patterns: tuple[str, ...]) -> list[bytes]:
    found = []
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            data = path.read_bytes()
            found.append(data[:SMALL] if len(data) > SMALL else data)
    return found


PO_SEEDS = seeds(("glossary/*.po", "glossary/*.pot", "examples/*.po", "locales/**/*.po"))
TBX_SEEDS = seeds(("tests/data/*.tbx",))

PO_TOKENS = [b'"', b"\\", b"\\x", b'\\"', b"msgid ", b"msgstr ", b"msgstr[1] ", b"msgid_plural ",
             b"msgctxt ", b'msgid ""\nmsgstr ""\n', b"#~ ", b"#| ", b"#, fuzzy\n", b"# type: ",
             b"# en-admitted: ", b"# ko-deprecated: ", b"#: a.txt:1\n", b"\n", b"\n\n", b"\r",
             b"\r\n", b"\x00", b"\xef\xbb\xbf", "\u2028".encode(), "\x85".encode(), b"\x1c",
             b"charset=EUC-KR", b"charset=latin-1", b"charset=bogus", b"\xb0\xa1", b"\xff",
             "오사카".encode(), b"Osaka", b"%(name)s", b"<b>", b"# yongeo: ignore\n"]
TBX_TOKENS = [b"<", b">", b"</", b'"', b"&amp;", b"&#0;", b"&#x1F600;", b"<![CDATA[", b"]]>",
              b'<!DOCTYPE tbx [<!ENTITY e "x">]>', b"&e;", b"<termEntry>", b"<conceptEntry>",
              b'<langSec xml:lang="en">', b'<langSec xml:lang="ko">', b"<termSec>",
              b"<term>", b"</term>", b'<termNote type="administrativeStatus">',
              b"deprecatedTerm-admn-sts", b"<note>type: person</note>", b"\x00", b"\xff",
              b'<?xml version="1.0" encoding="EUC-KR"?>', "오사카".encode(), b"\r\n", b"\n"]


def mutations(seed_pool: list[bytes], tokens: list[bytes]) -> st.SearchStrategy[bytes]:
    """A real file changed a few times: tokens inserted, spans deleted, copied or swapped
    with another file's, bytes replaced, the end cut off."""
    edit = st.tuples(st.sampled_from(["insert", "delete", "duplicate", "splice", "byte",
                                      "truncate"]),
                     st.floats(min_value=0, max_value=1), st.integers(min_value=0, max_value=400),
                     st.one_of(st.sampled_from(tokens), st.binary(max_size=8)),
                     st.sampled_from(seed_pool))

    def apply(seed: bytes, edits: list) -> bytes:
        data = seed
        for kind, where, size, token, other in edits:
            at = int(where * len(data))
            if kind == "insert":
                data = data[:at] + token + data[at:]
            elif kind == "delete":
                data = data[:at] + data[at + size:]
            elif kind == "duplicate":
                data = data[:at + size] + data[at:at + size] + data[at + size:]
            elif kind == "splice":
                data = data[:at] + other[int(where * len(other)):][:size]
            elif kind == "byte" and data:
                at = min(at, len(data) - 1)
                data = data[:at] + bytes([size % 256]) + data[at + 1:]
            elif kind == "truncate":
                data = data[:at]
        return data

    return st.builds(apply, st.sampled_from(seed_pool), st.lists(edit, min_size=1, max_size=6))


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_WORD = st.one_of(_TEXT, st.sampled_from(["Osaka", "오사카", "오오사카", "CPTPP", "a\\b", 'q"q',
                                          "\u2028", "\r\n", " ", ""]))


# The strategies the generators draw from, built once: hypothesis checks a strategy each
# time one is made, which cost more than the loaders' work when made afresh per file.
_WRAP = st.sampled_from([0, 20, 78])
_PO_LANG = st.sampled_from(["ko", "en", "ja", ""])
_PO_ENTRIES = st.integers(min_value=0, max_value=5)
_CONTEXT = st.one_of(st.none(), _WORD)
_COMMENT = st.lists(st.one_of(
    st.builds("{}: {}".format, st.sampled_from(
        ["id", "type", "en-admitted", "ko-deprecated", "note", "case-sensitive",
         "untranslated", "yongeo"]), _WORD), _WORD), max_size=3)
_PO_FLAGS = st.sampled_from([[], ["fuzzy"], ["python-format"]])
_OCCURRENCES = st.sampled_from([[], [("a.txt", "3")]])
_LINE_END = st.sampled_from(["\n", "\r\n", "\r"])
_BOM = st.sampled_from([b"", b"\xef\xbb\xbf"])


@st.composite
def po_files(draw) -> bytes:
    """PO files as polib writes them, with whatever yongeo and gettext put in them."""
    po = polib.POFile(wrapwidth=draw(_WRAP))
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8",
                   "Language": draw(_PO_LANG)}
    seen = set()
    for _ in range(draw(_PO_ENTRIES)):
        msgid, context = draw(_WORD), draw(_CONTEXT)
        if not msgid or (context, msgid) in seen:
            continue
        seen.add((context, msgid))
        comment = "\n".join(draw(_COMMENT))
        plural = draw(st.booleans())
        po.append(polib.POEntry(
            msgid=msgid, msgctxt=context, tcomment=comment, msgstr="" if plural else draw(_WORD),
            msgid_plural=draw(_WORD) if plural else "",
            msgstr_plural={0: draw(_WORD), 1: draw(_WORD)} if plural else {},
            flags=list(draw(_PO_FLAGS)),
            occurrences=list(draw(_OCCURRENCES)),
            obsolete=draw(st.booleans()) and not plural))
    text = str(po).replace("\n", draw(_LINE_END))
    return draw(_BOM) + text.encode()


STATUS_TYPES = ["administrativeStatus", "normativeAuthorization", "usageStatus", "partOfSpeech"]
STATUS_VALUES = ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                 "forbidden", "obsolete", "noun"]
_V3 = st.booleans()
_GROUP = st.sampled_from(["tig", "ntig"])
_CONCEPTS = st.integers(min_value=0, max_value=4)
_SECTIONS = st.integers(min_value=0, max_value=3)
_TBX_LANG = st.sampled_from(["en", "EN-us", "eng", "ko", "ko_KR", "kor", "ja", ""])
_TERMS = st.integers(min_value=1, max_value=3)
_STATUS_TYPE = st.sampled_from(STATUS_TYPES)
_STATUS_VALUE = st.one_of(st.sampled_from(STATUS_VALUES), _WORD)
_NOTE = st.one_of(st.sampled_from(["type: person", "fuzzy: yes"]), _WORD)
_ENCODING = st.sampled_from(["UTF-8", "UTF-16", "EUC-KR", "ISO-8859-1"])


@st.composite
def tbx_files(draw) -> bytes:
    """TBX v2 and v3 documents as CAT tools write them, with any text in them."""
    v3 = draw(_V3)
    concept, section, group = (("conceptEntry", "langSec", "termSec") if v3
                               else ("termEntry", "langSet", draw(_GROUP)))
    body = []
    for number in range(draw(_CONCEPTS)):
        sections = []
        for _ in range(draw(_SECTIONS)):
            lang = draw(_TBX_LANG)
            terms = "".join(
                f"<{group}><term>{escape(draw(_WORD))}</term>"
                f"<termNote type=\"{draw(_STATUS_TYPE)}\">"
                f"{escape(draw(_STATUS_VALUE))}</termNote>"
                f"</{group}>" for _ in range(draw(_TERMS)))
            sections.append(f'<{section} xml:lang="{lang}">{terms}</{section}>')
        note = escape(draw(_NOTE))
        body.append(f'<{concept} id="c{number}"><note>{note}</note>{"".join(sections)}'
                    f"</{concept}>")
    root = ('<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">' if v3
            else '<martif type="TBX">')
    end = "</tbx>" if v3 else "</martif>"
    document = f"{root}<text><body>{''.join(body)}</body></text>{end}"
    document = _NOT_XML.sub("", document)
    encoding = draw(_ENCODING)
    try:
        return f'<?xml version="1.0" encoding="{encoding}"?>\n{document}'.encode(encoding)
    except UnicodeEncodeError:
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{document}'.encode()


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# The same inputs on every CI run, so that CI fails only for a change in yongeo; run.py
# explores new ones.
FUZZ = settings(max_examples=600, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.one_of(po_files(), mutations(PO_SEEDS, PO_TOKENS),
                 po_files().flatmap(lambda data: mutations([data], PO_TOKENS)),
                 st.binary(max_size=300)))
def test_po_loader(data):
    check_po(data)


@FUZZ
@given(st.one_of(tbx_files(), mutations(TBX_SEEDS, TBX_TOKENS),
                 tbx_files().flatmap(lambda data: mutations([data], TBX_TOKENS)),
                 st.binary(max_size=300)))
def test_tbx_loader(data):
    check_tbx(data)


def test_seeds_are_accepted():
    """The seeds themselves load: the fuzzer starts from files that exercise everything."""
    assert len(PO_SEEDS) >= 4 and len(TBX_SEEDS) >= 3
    for data in TBX_SEEDS:
        check_tbx(data)


# What fuzzing (and the hunt for issue 6) found: each input, which loader, what was wrong.
H = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
REGRESSIONS = [
    # polib ends lines at U+2028, U+0085 and \x1c inside strings and lost what came before
    ("po", H + 'msgid "Osaka\u2028Kobe"\nmsgstr "오사카\x85고베\x1c"\n'.encode()),
    # polib numbered the first entry of a file without a header 0: saving cut it in two
    ("po", b'# id: a\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n'),
    # a header after the entries was part of the last entry and went when it was edited
    ("po", b'msgid "a"\nmsgstr "b"\n\n' + H),
    # a second header: polib made it an entry with an empty msgid
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n' + H),
    # atheris: two headers alike, which polib took as one (and as two once an entry followed)
    ("po", b'#: a\n' + H + b'#:\n\n' + H + b'#:\n'),
    # atheris: a bare "#." (or "#,", "#:") ending the file made polib drop the last entry,
    # here a duplicate that went unseen until an entry was added after it
    ("po", b'msgid "a"\nmsgstr "q"\n\n# x\nmsgid "a"\nmsgstr "q"\n\n#. '),
    ("po", H + b'msgid "a"\nmsgstr "q"\n\nmsgid "b"\nmsgstr "r"\n#,\n#:\n'),
    # atheris: a comment gettext reads and polib called a syntax error ("#x", '#"', "#.x",
    # a bare "#~"); accepted while it was the last line, refused once an entry followed
    ("po", b'#"'),
    ("po", b"\x1f#|"),  # polib strips \x1c-\x1f as white space
    ("po", b"\n\n#~ u\n#~t"),  # refused at the end as anywhere else
    # atheris: white space polib strips (\v) before "#~ msgid" hid the line from our checks
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n\x0b\x0b#~ msgid "c"\n#~ msgstr "d"\n'),
    # hypothesis: an obsolete msgctxt with no msgid at the end, accepted until an entry
    # followed it and became its msgid
    ("po", H + b'msgid "0"\nmsgstr ""\n\n#~ msgctxt "x"\n#~ ""\n'),
    ("po", H + b'#x\n#"\n#.y\n#:ref:3\n#,fuzzy\n#~\n#|\nmsgid "a"\nmsgstr "b"\n'),
    # a msgid without msgstr (polib accepted it; gettext does not)
    ("po", H + b'msgid "a"\n'),
    ("po", H + b'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n'),
    # \x without a hex digit
    ("po", H + b'msgid "a"\nmsgstr "\\x"\n'),
    # mixed and old-Mac line ends, no last newline, trailing blank lines: kept as they were
    ("po", H.replace(b"\n", b"\r\n") + b'msgid "a"\nmsgstr "b"\r\n\r\n'),
    ("po", (H + b'msgid "a"\nmsgstr "b"\n').replace(b"\n", b"\r")),
    ("po", H + b'msgid "a"\nmsgstr "b"'),
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n\n'),
    # a NUL past the first 8 KB, UTF-16, a charset the bytes contradict
    ("po", H + b"#" * 9000 + b'\nmsgid "a\x00"\nmsgstr "b"\n'),
    ("po", b"\xff\xfe" + H.decode().encode("utf-16-le")),
    ("po", H.replace(b"UTF-8", b"ISO-8859-1") + 'msgid "a"\nmsgstr "가"\n'.encode()),
    # an empty file and one of blank lines: a glossary with nothing in it yet
    ("po", b""),
    ("po", b"\n\n"),
    # atheris: two Content-Type lines; reading took the first charset, saving the last one
    ("po", (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
            b'"Content-Type: text/plain; charset=UTF-8Forms: x\\n"\n\nmsgid "a"\nmsgstr "b"\n')),
    # atheris: a "#~|" line at the end made polib drop the entry before it; "#~ msgid" with
    # a plain msgstr (or "#~|" before a live entry) hid an entry as obsolete; and "#~|"
    # before an obsolete entry, which msgmerge --previous writes, was refused
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n#~| msgid "x"\n'),
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n#~| msgid "x"\nmsgid "c"\nmsgstr "d"\n'),
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n#~ msgid "c"\nmsgstr "d"\n'),
    ("po", H + b'msgid "a"\nmsgstr "b"\n\n#~| msgid "x"\n#~ msgid "c"\n#~ msgstr "d"\n'),
    # atheris: an encoding expat refuses with ValueError (UTF-7, UTF-32, UTF-8-SIG)
    ("tbx", b'<?xml version="1.0" encoding="UTF-7"?>\n<martif type="TBX"/>'),
    ("tbx", '<?xml version="1.0" encoding="UTF-7"?><tbx><text><body><conceptEntry id="a">'
            '<langSec xml:lang="en"><termSec><term>Osaka</term></termSec></langSec>'
            '</conceptEntry></body></text></tbx>'.encode("utf-7")),
    ("tbx", '<?xml version="1.0" encoding="UTF-32"?><tbx/>'.encode("utf-32")),
    ("tbx", b'<?xml version="1.0" encoding="UTF-8-SIG"?><tbx/>'),
    # TBX: not XML, empty, truncated, NUL, entity declarations, a legacy charset
    ("tbx", b"this is not xml\n"),
    ("tbx", b""),
    ("tbx", b'<?xml version="1.0"?>\n<tbx><text><body>\n<conceptEntry id="a">\n'),
    ("tbx", b'<?xml version="1.0"?>\n<tbx>\x00</tbx>'),
    ("tbx", b'<!DOCTYPE tbx [<!ENTITY e "x">]><tbx>&e;</tbx>'),
    ("tbx", '<?xml version="1.0" encoding="EUC-KR"?><tbx><text><body><conceptEntry id="a">'
            '<langSec xml:lang="en"><termSec><term>Osaka</term></termSec></langSec>'
            '<langSec xml:lang="ko"><termSec><term>오사카</term></termSec></langSec>'
            '</conceptEntry></body></text></tbx>'.encode("euc-kr")),
]


@pytest.mark.parametrize(("loader", "data"), REGRESSIONS,
                         ids=[f"{kind}-{n}" for n, (kind, _) in enumerate(REGRESSIONS)])
def test_regressions(loader, data):
    (check_po if loader == "po" else check_tbx)(data)
