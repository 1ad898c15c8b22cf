"""Code, markup and news chrome are masked, and nothing else: one table per kind of input,
each row a text and the stretches of it that are not text."""

from __future__ import annotations

import pytest
from lint_examples import MARKUP, glossary
from test_lint_examples import flagged

from yongeo.lint import LintIndex, lint_po
from yongeo.lint.markup import (
    document_spans,
    markup_spans,
    mask_document,
    mask_markup,
    mask_markup_each,
)
from yongeo.lint.rules import Policy

INDEX = LintIndex.build(glossary())

PO_STRINGS = [
    # placeholders, tags and entities (as before)
    ("%(count)d files in {dir}", ["%(count)d", "{dir}"]),
    ("<b>Osaka</b> &amp; Nara", ["<b>", "</b>", "&amp;"]),
    # reStructuredText
    ("Use :class:`collections.abc.Sequence` here.", [":class:`collections.abc.Sequence`"]),
    ("See :py:func:`len` and :ref:`the label <target>`.",
     [":py:func:`len`", ":ref:`", " <target>`"]),  # an explicit title is text
    ("The `interpreted text` default role.", ["`interpreted text`"]),
    ("An `interpreted`:term: after.", ["`interpreted`:term:"]),
    ("The ``default`` value, ``a `b` c``.", ["``default``", "``a `b` c``"]),
    ("Read the Python_ docs.", []),
    # ``...´´ and ``...'' are quotation marks in some text, not literals: a literal does not
    # start or end with a space, nor cross a blank line, and one backtick is no second.
    ("``We need minds\u00b4\u00b4 said he. And ``more\u00b4\u00b4 too.", []),
    ("``Talks stalled,'' he said.\n\nThe envoy left. ``Not yet,'' he said.", []),
    ("A `` spaced`` pair and ``x ``.", []),
    ("A `link <https://example.com/>`_ here.", ["<https://example.com/>"]),
    ("Example::\n\n    x = summit()\n    y = 2\n\nProse again.", ["    x = summit()\n    y = 2"]),
    ("  Indented intro::\n\n      code\n  back to prose", ["      code"]),
    ("Try:\n\n>>> summit(1)\n2\n\nThen.", [">>> summit(1)\n2"]),
    # Markdown
    ("Run `make summit` first.", ["`make summit`"]),
    ("Before\n```python\nsummit()\n\nosaka()\n```\nafter", ["```python\nsummit()\n\nosaka()\n```"]),
    ("~~~\ncode\n~~~", ["~~~\ncode\n~~~"]),
    # emphasis: one identifier is code, several words are prose, Hangul is prose
    ("Set *mode* or **set_default** now.", ["*mode*", "**set_default**"]),
    ("In *shuttle diplomacy* we trust.", []),
    ("*모드*를 고른다.", []),
    ("*mode*를 고른다.", ["*mode*"]),
    # identifiers
    ("Call os.path.join, set_default or len().", ["os.path.join", "set_default", "len()"]),
    ("__init__ and _init_db and Gtk.Window.present().",
     ["__init__", "_init_db", "Gtk.Window.present()"]),
    # one underscore in front of an ordinary word reads as an accelerator mark: prose
    ("the _private helper", []),
    ("os.path.join을 호출한다.", ["os.path.join"]),
    # a word with an accelerator mark is a word (GTK: _File, P_roperties, Show _hidden)
    ("_Clear All, P_roperties, Show _hidden files, File _History", []),
    ("모두 지우기(_C)", []),
    ("Use file_name and max_size.", ["file_name", "max_size"]),
    # a file name or extension that starts with a dot
    ("Applications (by .desktop files), a .tar.gz, '.gitignore'.",
     [".desktop", ".tar.gz", ".gitignore"]),
    ("Loading... then. Done .", []),  # an ellipsis, a full stop: prose
    # command-line options
    ("Only one of --password and --password-file, or --type=TYPE.",
     ["--password", "--password-file", "--type=TYPE"]),
    ("It rose -- then fell; an e-mail re-sent.", []),
    # paths: two parts or more, or a trailing slash; a slash between words is prose
    ("Example: “/events/search/”.", ["/events/search/"]),
    ("Files in /usr/share/applications or ~/.local/share, then ../build/x.",
     ["/usr/share/applications", "~/.local/share", "../build/x"]),
    ("/desktop/ 경로를 연다.", ["/desktop/"]),
    ("TCP/IP and and/or, 1/2, 예/아니오, A / B, /etc alone, x//y/z", []),
    ("It ends with a mode. Next sentence.", []),
    ("The U.S.-Japan alliance, e.g. this, at 9 a.m. today.", []),
    ("Version 3.14 of len", []),
    # addresses
    ("Visit https://example.com/a_b?x=1. Or www.example.org, then.",
     ["https://example.com/a_b?x=1", "www.example.org"]),
    ("Mail a.b+c@example.org or mailto:x@y.co.kr!", ["a.b+c@example.org", "mailto:x@y.co.kr"]),
    ("(https://example.com/page)", ["https://example.com/page"]),
    ("https://example.com/문서를 본다", ["https://example.com/"]),
    # files' names: a document's, an archive's, an image's, whatever words they hold
    ("첨부파일 | 20260722_한일외교장관회담_사진.zip (4.8MB)", ["20260722_한일외교장관회담_사진.zip"]),
    ("See briefing-notes.PDF. Then (보도자료.hwpx).", ["briefing-notes.PDF", "보도자료.hwpx"]),
    ("Version 2.0, the summit's text.", []),
]


@pytest.mark.parametrize(("text", "masked"), PO_STRINGS)
def test_po_strings(text, masked):
    assert [text[s:e] for s, e in markup_spans(text)] == masked


DOCUMENTS = [
    ("Run `make summit` and see https://example.com/summit.",
     ["`make summit`", "https://example.com/summit"]),
    ("Write to summit@example.com today.", ["summit@example.com"]),
    ("Prose\n\n```\nsummit(osaka)\n```\n\nProse", ["```\nsummit(osaka)\n```"]),
    # in a document, identifiers and emphasis are prose
    ("The *mode* of os.path.join.", []),
    # English datelines and bylines, at a paragraph's start
    ("SEOUL, South Korea (CNN) -- The talks began.", ["SEOUL, South Korea (CNN) -- "]),
    ("LONDON, England (CNN) Singer Amy Winehouse", ["LONDON, England (CNN)"]),
    ("SOUTH PADRE ISLAND, Texas (CNN) Dolly grew.", ["SOUTH PADRE ISLAND, Texas (CNN)"]),
    ("WASHINGTON -- The president said.", ["WASHINGTON -- "]),
    ("Seoul (Yonhap) -- Talks resumed.", ["Seoul (Yonhap) -- "]),
    ("SEOUL, Jan. 5 (Yonhap) -- Talks resumed.", ["SEOUL, Jan. 5 (Yonhap) -- "]),
    ("(AP) -- Talks resumed.", ["(AP) -- "]),
    ("By John Smith, Staff Reporter\nThe talks began.", ["By John Smith, Staff Reporter"]),
    ("By Kim Tae-gyu\nThe talks began.", ["By Kim Tae-gyu"]),
    # ... and at its end
    ("The talks ended. (Yonhap)", [" (Yonhap)"]),
    ("The talks ended.\nBy John Smith", ["By John Smith"]),
    # not chrome
    ("By Wednesday, Read said, it will be late.", []),
    ("By Wednesday the talks had ended.", []),
    ("US - China talks resumed.", []),
    ("Seoul -- a city of ten million.", []),
    ("The talks (Yonhap) said resumed.", []),
    ("He met Osaka (the city) officials. Then (Nara) left", []),
    # a glossary's entry: the words before a Hangul gloss are no place of a dateline
    ("National Security Office (국가안보실) — the office that coordinates.", []),
    ("para one\n\nNEW YORK (CNN) Oil fell.", ["NEW YORK (CNN)"]),
    ("para one NEW YORK (CNN) Oil fell.", []),
    # Korean datelines and bylines
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 말했다.", ["(서울=연합뉴스) 홍길동 기자 = "]),
    ("[서울=뉴시스] 정부는 말했다.", ["[서울=뉴시스] "]),
    ("【워싱턴=AP/뉴시스】 정부는 말했다.", ["【워싱턴=AP/뉴시스】 "]),
    ("워싱턴=홍길동 특파원 정부는 말했다.", ["워싱턴=홍길동 특파원 "]),
    ("정부는 말했다. 홍길동 기자 hong@example.com", [" 홍길동 기자 hong@example.com"]),
    ("정부는 말했다.\n홍길동 기자", ["홍길동 기자"]),
    ("정부는 말했다. (연합뉴스)", [" (연합뉴스)"]),
    ("정부는 말했다. / 홍길동(CNN)", [" / 홍길동(CNN)"]),
    ("BERLIN, Germany (CNN) &#8212; Obama spoke.", ["BERLIN, Germany (CNN) &#8212; "]),
    # not chrome: a reporter inside a sentence
    ("마크 스미스 AP 기자가 보도합니다.", []),
    ("현장에 있던 기자는 말했다", []),
]


@pytest.mark.parametrize(("text", "masked"), DOCUMENTS)
def test_documents(text, masked):
    assert [text[s:e] for s, e in document_spans(text)] == masked


@pytest.mark.parametrize("text", [t for t, _ in PO_STRINGS + DOCUMENTS])
def test_masking_keeps_length_and_line_breaks(text):
    for masked in (mask_markup(text), mask_document(text)):
        assert len(masked) == len(text)
        assert [i for i, c in enumerate(masked) if c == "\n"] == [
            i for i, c in enumerate(text) if c == "\n"]


# Many strings are masked in one pass (a PO file's): each as alone, though a construct
# may seem to run from one string into the next.
STRINGS_MASKED_TOGETHER = [
    [t for t, _ in PO_STRINGS],
    ["<b", "Osaka>", "%(count", ")d files", "{di", "r}"],
    ["See `make", "summit` and ``a", "b``", ":class:`x", "y`"],
    ["https://example.com/a", "b www.", "example.org", "a@b", ".org"],
    ["Example::", "    x = summit()", ">>> summit(1)", "```", "code", "```"],
    ["set_", "default", "os.", "path.join", "len(", ")", "*mode", "*"],
    ["--pass", "word", "&amp", ";", "", "%s"],
]


@pytest.mark.parametrize("texts", STRINGS_MASKED_TOGETHER)
def test_strings_masked_together_are_masked_as_each_alone(texts):
    assert mask_markup_each(texts) == [mask_markup(text) for text in texts]


@pytest.mark.parametrize("example", [e for e in MARKUP
                                     if e.rule == "term.missing" and not e.flagged],
                         ids=lambda e: e.note or e.source)
def test_a_term_in_code_or_chrome_is_neither_missing_nor_kept(example):
    """The must-pass rows of the markup table would otherwise pass by being reported as
    kept in the source language (the code is kept in the draft too): neither is reported."""
    for kind in example.kinds:
        for rule in ("term.missing", "term.kept-in-source-language"):
            found = flagged(type(example)(rule, example.draft, example.source, [],
                                          example.kinds), kind)
            assert found == [], (kind, rule)


def po(body: str) -> str:
    return ('msgid ""\nmsgstr ""\n"Language: ko\\n"\n'
            '"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body)


def test_an_entry_kept_verbatim_is_not_checked_for_missing_terms():
    text = po('msgid "Osaka summit"\nmsgstr "Osaka summit"\n\n'
              'msgid "The Osaka summit"\nmsgstr "정상회담"\n')
    assert [(f.rule, f.line) for f in lint_po(text, INDEX)] == [("term.missing", 10)]


def test_a_kept_term_is_never_missing_even_with_its_rule_off():
    text = po('msgid "The summit in Osaka"\nmsgstr "Osaka에서 열린 정상회담"\n')
    assert [(f.rule, f.found) for f in lint_po(text, INDEX)] == [
        ("term.kept-in-source-language", "Osaka")]
    quiet = Policy(disabled=frozenset({"term.kept-in-source-language"}))
    assert lint_po(text, INDEX, policy=quiet) == []
