"""Reading a text again paragraph by paragraph (yongeo.lint.incremental) gives lint_file's
findings, to the message; and a text it cannot read so is left to lint_file."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from yongeo.config import select_glossaries
from yongeo.lint.incremental import ParagraphCache, check_again
from yongeo.lint.index import compile_selection
from yongeo.lint.rules import MISSPELLED, Policy
from yongeo.lint.run import LintOptions, lint_file
from yongeo.text.mojibake import has_mojibake

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPORA = ROOT.parent / "shared" / "corpora"
KO = (EXAMPLES / "brief.ko.txt").read_text(encoding="utf-8").strip().split("\n\n")
EN = (EXAMPLES / "brief.en.txt").read_text(encoding="utf-8").strip().split("\n\n")


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return compile_selection(select_glossaries(start=tmp_path_factory.mktemp("bundled")))


def _both(path: Path, index, options: LintOptions, cache: ParagraphCache, memo: dict):
    again = check_again(path, cache, index, options, memo)
    whole = lint_file(path, index, options, {})
    return again, whole


@pytest.mark.parametrize(("text", "by_paragraph"), [
    (_text(*KO), True),
    ("", True),
    ("\n\n  \n", True),
    (_text(KO[0], "  " + KO[1] + "  "), True),
    (KO[0] + "\n \t\n\n" + KO[2], True),
    ("\n" + KO[0] + "\n\n\u00a0\n\n" + KO[1] + "\n\u00a0\n" + KO[2], True),  # odd spaces
    # `quotes´ as news text writes them, and inline code: within their paragraph.
    (_text("`라이트 앤드 빌딩 2008’에서 위성낙 실장이 말했다.", "``We meet`` 오오사카 `code`"), True),
    # Addresses, and the dateline and byline of a news paragraph.
    (_text("(서울=연합뉴스) 홍길동 기자 = " + KO[2], "https://example.com/오오사카 a@b.org"), True),
    # Full-width letters fold to the same length.
    (_text(KO[0], KO[3].replace("DNA", "ＤＮＡ")), True),
    # A word used again and again is written so on purpose (the established-word guard).
    (_text(*KO, "위성낙 위성낙", "위성낙"), True),
    # A role's text may run across a blank line; a fence does.
    (_text(KO[0] + " :ref:`위성낙", KO[2] + "`"), False),
    (_text("```", KO[1], KO[2], "```"), False),
    # Removed or recomposed characters shift offsets; an ideographic-space blank line.
    (_text(KO[0], KO[2].replace("위성낙", "위성\u200b낙")), False),
    (_text(KO[0], unicodedata.normalize("NFD", KO[1])), False),
    (KO[0] + "\n\u3000\n" + KO[2], False),
])
@pytest.mark.parametrize("name", ["draft.ko.txt", "draft.txt"])
def test_a_text_reads_as_lint_reads_it(tmp_path, index, text, by_paragraph, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    again, whole = _both(path, index, LintOptions(), ParagraphCache(index), {})
    assert (again is not None) == by_paragraph
    if again is not None:
        assert again == whole


NAMED = ("brief.en.txt", "brief.ko.txt")


@pytest.mark.parametrize(("names", "source", "draft", "by_paragraph"), [
    (NAMED, _text(*EN), _text(*KO), True),
    (("source.txt", "draft.txt"), _text(*EN), _text(*KO), True),  # languages by script
    (NAMED, _text(*EN), _text(*KO[:3]), False),  # unaligned: compared whole, with a note
    (NAMED, _text(*EN, "Visit https://example.org."), _text(*KO, "(도쿄=연합뉴스) https://x.kr"),
     True),
    (NAMED, _text(*EN), _text(*EN), True),  # the names say which is which
    # A dateline's places on either side (lint.chrome), read as lint reads them.
    (("s.ko.txt", "d.en.txt"), _text("(사도=연합뉴스) 일본 니가타현의 사도섬에서 열렸다.", "끝."),
     _text("SADO, Japan, Nov. 24 (Yonhap) -- It was held on Sado Island.", "The end."), True),
    (NAMED, _text("TOKYO (AP) -- Japan said so.", "The end."),
     _text("(도쿄=AP) 일본은 그렇게 말했다.", "끝."), True),
    (("source.txt", "draft.txt"), _text(*EN), _text(*EN), False),  # lint_file says why not
    # As many paragraphs, two merged and one split (lint.align.repaired): read whole.
    (NAMED, _text("Officials met in Seoul in 1965 to sign the treaty.",
                  "They met again in 1998 to sign the joint declaration.",
                  "In 2026 the leaders met in Nara and agreed on the remains of 183 victims. "
                  "They also agreed in 2027 on a new fund for 450 families and on regular "
                  "visits.", "The next meeting is set for Andong in July."),
     _text("관계자들은 1965년 서울에서 만나 조약에 서명했다. 그들은 1998년 다시 만나 공동선언에 "
           "서명했다.", "2026년 두 정상은 나라에서 만나 희생자 183명의 유해에 합의했다.",
           "2027년에는 450가구를 위한 새 기금과 정례 방문에도 합의했다.", "다음 회담은 7월 안동에서 열린다."),
     False),
    # Mended mojibake (text.mojibake) changes the source's offsets: it is read whole.
    (NAMED, _text(EN[0].replace("'", "\u00a1\u00af") + " \u00a1\u00b0Osaka\u00a1\u00b1", *EN[1:]),
     _text(*KO), False),
])
def test_a_pair_reads_as_lint_reads_it(tmp_path, index, names, source, draft, by_paragraph):
    (tmp_path / names[0]).write_text(source, encoding="utf-8")
    (tmp_path / names[1]).write_text(draft, encoding="utf-8")
    options = LintOptions(source=tmp_path / names[0])
    again, whole = _both(tmp_path / names[1], index, options, ParagraphCache(index), {})
    assert (again is not None) == by_paragraph
    if again is not None:
        assert again == whole


@pytest.mark.parametrize(("paired", "policy"), [
    (False, Policy()), (True, Policy()),
    (False, Policy(disabled=frozenset({MISSPELLED.id}))),
])
def test_while_typing_the_cache_gives_what_a_fresh_run_gives(tmp_path, index, paired, policy):
    (tmp_path / "brief.en.txt").write_text(_text(*EN), encoding="utf-8")
    draft = tmp_path / "brief.ko.txt"
    options = LintOptions(source=tmp_path / "brief.en.txt" if paired else None, policy=policy)
    cache, memo = ParagraphCache(index), {}
    text = _text(*KO)
    rng = random.Random(7)
    read = 0
    for number in range(30):
        at = rng.randrange(len(text))
        typed = rng.choice(["낙", "락", "오", " ", "\n", "`", "x"])
        text = text[:at] + typed + text[at:] if number % 3 else text[:at] + text[at + 1:]
        draft.write_text(text, encoding="utf-8")
        again, whole = _both(draft, index, options, cache, memo)
        assert again is None or again == whole, text
        read += again is not None
    # Many edits are read paragraph by paragraph; the others change the paragraphs' count or
    # leave them paired otherwise than one for one (lint.align.repaired), read whole.
    assert read >= 8


@pytest.mark.skipif(not (CORPORA / "news").is_dir(), reason="corpora not present")
@pytest.mark.parametrize("paired", [False, True])
def test_news_while_typing(tmp_path, index, paired):
    rows = (CORPORA / "news" / "park-dev.tsv").read_text(encoding="utf-8").splitlines()[1:300]
    # Rows whose English holds no mojibake: a mended text is read whole (the module's
    # docstring; test_a_pair_reads_as_lint_reads_it).
    pairs = [r.split("\t") for r in rows if r.count("\t") == 3 and not has_mojibake(r)]
    (tmp_path / "news.en.txt").write_text(_text(*(p[2] for p in pairs)), encoding="utf-8")
    draft = tmp_path / "news.ko.txt"
    options = LintOptions(source=tmp_path / "news.en.txt" if paired else None)
    cache, memo = ParagraphCache(index), {}
    text = _text(*(p[3] for p in pairs))
    rng = random.Random(11)
    for _ in range(6):
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice(["가", "낙", "s", " "]) + text[at:]
        draft.write_text(text, encoding="utf-8")
        again, whole = _both(draft, index, options, cache, memo)
        assert again is not None
        assert again == whole


@pytest.mark.parametrize(("name", "by_paragraph"), [
    ("draft.txt", False),  # paragraphs in both languages: read whole, each in its own
    ("draft.ko.txt", True),  # the name says one language for every paragraph
])
def test_a_text_in_two_languages_reads_as_lint_reads_it(tmp_path, index, name, by_paragraph):
    path = tmp_path / name
    path.write_text(_text(KO[0], "Takahichi met the press in Osaka yesterday.", KO[2]),
                    encoding="utf-8")
    again, whole = _both(path, index, LintOptions(), ParagraphCache(index), {})
    assert (again is not None) == by_paragraph
    if again is not None:
        assert again == whole
    else:
        assert any(f.rule == "term.deprecated" and f.found == "Takahichi"
                   for f in whole.findings) == (name == "draft.txt")
