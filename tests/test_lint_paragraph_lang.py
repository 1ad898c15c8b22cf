"""Single texts read paragraph by paragraph, each in its own language: positions, the
misspelling guard's counts over the whole text, the language a caller forces, the blocks
and panes a report shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lint_examples import glossary
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.lint import LintIndex, LintOptions, lint_file, lint_text
from yongeo.lint.annotate import annotate_file
from yongeo.lint.markup import mask_document
from yongeo.lint.single import paragraph_langs, read_single
from yongeo.lint.units import Block, paragraphs

INDEX = LintIndex.build(glossary())

ARTICLE = """\
다카이치 총리의 방한에 대해 외신은 다음과 같이 보도했다.

“Takahichi’s warm reception in Seoul was a turning point,” the report said.

오오사카에서 열린 회의에서도 같은 평가가 나왔다.
"""


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (ARTICLE, None, ["ko", "en", "ko"]),
    ("The talks in Osaka.\n\n오사카 회담이 열렸다.", None, ["en", "ko"]),
    # Korean prose with an English name is Korean
    ("Takahichi 총리가 오오사카를 방문했다고 밝혔다.", None, ["ko"]),
    # an English sentence with a Korean name in it is English
    ("Prime Minister Takaichi met 위성락 in Seoul on Monday.", None, ["en"]),
    # a paragraph with no letters (code, numbers) takes the text's language
    ("```\nprint(1)\n```\n\n회의가 열렸다. 양국은 합의했다.\n\n2026-12-03", None,
     ["ko", "ko", "ko"]),
    ("12345\n\nThe talks.", None, ["en", "en"]),
    ("12345", None, ["en"]),
    # the caller's language holds for every paragraph
    (ARTICLE, "ko", ["ko", "ko", "ko"]),
    (ARTICLE, "en", ["en", "en", "en"]),
])
def test_each_paragraph_has_its_language(text: str, lang: str | None, expected: list[str]):
    working = mask_document(text)
    assert paragraph_langs(working, paragraphs(text), lang) == expected
    document = read_single(text, INDEX, lang=lang)
    assert [p.side.lang for p in document.drafts] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    (None, [("Takahichi", 3, 2), ("오오사카", 5, 1)]),
    ("ko", [("오오사카", 5, 1)]),
    ("en", [("Takahichi", 3, 2)]),
])
def test_deprecated_terms_in_either_language_at_their_place(lang, expected):
    findings = lint_text(ARTICLE, INDEX, path="a.txt", lang=lang)
    assert [(f.found, f.line, f.column) for f in findings
            if f.rule == "term.deprecated"] == expected
    for finding in findings:
        assert ARTICLE[finding.start:finding.end] == finding.found


@pytest.mark.parametrize("crlf", [False, True])
def test_file_positions_with_bom_and_crlf(tmp_path: Path, crlf: bool):
    text = ARTICLE.replace("\n", "\r\n") if crlf else ARTICLE
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = lint_file(path, INDEX, LintOptions())
    assert [(f.rule, f.found, f.line, f.column) for f in report.findings] == [
        ("term.deprecated", "Takahichi", 3, 2), ("term.deprecated", "오오사카", 5, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    # written three times over both languages' paragraphs: established, not a slip
    ("Takaichy Road and Takaichy Park.\n\nTakaichy 공원에서 회의가 열렸다고 밝혔다.", []),
    ("Takaichy Road was closed.\n\nTakaichy 공원에서 회의가 열렸다고 밝혔다.",
     ["Takaichy", "Takaichy"]),
    ("위성낙 실장이 말했다.\n\nWi Sung-lac spoke in Osaka.\n\n위성낙 실장이 웃었다.",
     ["위성낙", "위성낙"]),
    ("위성낙 실장이 말했다.\n\nWi Sung-lac spoke.\n\n위성낙 실장이 웃었다. 위성낙 실장이 떠났다.",
     []),
])
def test_established_words_are_counted_over_the_whole_text(text: str, expected: list[str]):
    findings = lint_text(text, INDEX)
    assert [f.found for f in findings if f.rule == "term.misspelled"] == expected


def test_each_word_is_read_once():
    # Each paragraph is read by one language's side only: no finding twice.
    text = "Takaichy spoke.\n\n위성낙 실장이 Takaichy 총리를 만났다고 밝혔다."
    findings = lint_text(text, INDEX)
    assert [(f.found, f.line) for f in findings] == [("Takaichy", 1), ("위성낙", 3),
                                                     ("Takaichy", 3)]


def test_blocks_and_panes_keep_each_paragraph_language(tmp_path: Path):
    blocks: list[Block] = []
    lint_text(ARTICLE, INDEX, blocks=blocks)
    assert [(p.side.lang, p.side.text[p.start:p.end].strip()) for b in blocks for _k, p in b.drafts] \
        == [(lang, paragraph.strip()) for lang, paragraph
            in zip(["ko", "en", "ko"], ARTICLE.split("\n\n"), strict=True)]
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    annotation = annotate_file(path, INDEX)
    assert annotation.target_lang == "ko"
    assert [pane.lang for passage in annotation.passages for pane in passage.drafts] == [
        "ko", "en", "ko"]
    assert [pane.text.strip() for passage in annotation.passages for pane in passage.drafts] == [
        paragraph.strip() for paragraph in ARTICLE.split("\n\n")]


@pytest.mark.parametrize(("args", "code", "expected"), [
    (["-"], 1, [("<stdin>", "3", "term.deprecated")]),
    (["-", "--target-lang", "ko"], 0, []),
    (["-", "--stdin-filename", "article.ko.txt"], 0, []),
    (["-", "--stdin-filename", "article.txt"], 1, [("article.txt", "3", "term.deprecated")]),
], ids=["by-paragraph", "told-korean", "named-korean", "named-plainly"])
def test_cli_reads_a_quotation_in_its_language(tmp_path, monkeypatch, args, code, expected):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    text = ("다카이치 총리의 방한에 대해 외신은 다음과 같이 보도했다.\n\n"
            "“Takahichi met the press in Seoul,” the report said.\n")
    result = CliRunner().invoke(app, ["lint", *args], input=text, catch_exceptions=False)
    assert result.exit_code == code, result.output
    assert re.findall(r"^(\S+?):(\d+):\d+: error (\S+)", result.stdout, re.MULTILINE) == expected
