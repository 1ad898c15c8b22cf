"""Page chrome never becomes a candidate; names inside credits still can; markup is stripped."""

from __future__ import annotations

from pathlib import Path

import pytest

from yongeo.extract.clean import clean_lines
from yongeo.extract.counts import count_document
from yongeo.extract.markup import BLOCK_BREAK, strip_markup
from yongeo.extract.pipeline import extract_files

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_extraction():
    return extract_files(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")),
                         analyser="regex")

# Lines that are chrome on any site: interface words, icons, dates, counters, menus.
CHROME = [
    "print page small font big font",
    "facebook share",
    "tweet share",
    "Share on Facebook | Tweet | Email",
    "  • 프린트 아이콘",
    "  • 페이지 링크 복사 아이콘",
    "즐겨찾기 추가 아이콘",
    "페이스북 공유하기",
    "글자크기 확대 축소",
    "view more",
    "scrolltop",
    "closed",
    "Back to top",
    "Jan 15, 2026, 07:57 am",
    "1142026.02.03",
    "2026-02-03 14:05",
    "Updated: 2026.01.15 07:57",
    "입력 2026.01.15 07:57 | 수정 2026.01.15 08:10",
    "2026년 1월 15일 오전 7:57",
    "Publications | Issue Briefs",
    "Home > Opinion > Columns",
    "Copyright by Asiatoday",
    "© 2026 Example Media. All rights reserved.",
    "#Lee Jae-myung #Takahichi Sanae #Korea-Japan relations #summit diplomacy",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line_leaves_no_prose(line: str) -> None:
    passages = clean_lines([line])
    assert all(p.role != "text" for p in passages)


@pytest.mark.parametrize("lines, label", [
    (["Publications | Issue Briefs", "", "Issue Briefs", "Publications"], "Issue Briefs"),
    (["Home > World > Asia", "World"], "World"),
])
def test_menu_labels_vanish_wherever_they_stand(lines: list[str], label: str) -> None:
    assert not any(p.text == label for p in clean_lines(lines))


@pytest.mark.parametrize("line, credits", [
    ("Lee and Takaichi pose at Horyu-ji Temple on Jan. 14. / Yonhap", ["Yonhap"]),
    ("The leaders met in Nara. (Photo: Kyodo News)", []),
    ("Copyright by Asiatoday", ["Asiatoday"]),
    ("Copyright by AsiatodayPublications", ["Asiatoday"]),  # a menu label glued on
    ("© 2026 The Korea Herald. All rights reserved.", ["The Korea Herald"]),
    ("By Kim Tong-hyung, Associated Press", ["Kim Tong-hyung", "Associated Press"]),
    ("[서울=연합뉴스] 홍길동 기자 = 한일 정상회담이 열렸다.", ["연합뉴스"]),
])
def test_credits_keep_their_names(line: str, credits: list[str]) -> None:
    lines = [line, "Publications | Issue Briefs"] if "Publications" in line else [line]
    found = [p.text for p in clean_lines(lines) if p.role == "credit"]
    assert found == credits


def test_photo_credit_is_cut_from_the_caption() -> None:
    passages = clean_lines(["The two leaders pose in Nara on Jan. 14. / Yonhap"])
    assert [(p.role, p.text) for p in passages] == [
        ("text", "The two leaders pose in Nara on Jan. 14."), ("credit", "Yonhap")]


def test_byline_pattern_leaves_prose_alone() -> None:
    passages = clean_lines(["By the end of the talks both sides agreed to meet again."])
    assert [p.role for p in passages] == ["text"]


def test_hashtags_are_separate_keywords() -> None:
    passages = clean_lines(["#Lee Jae-myung\u00a0#summit diplomacy\u00a0"])
    assert [(p.role, p.text) for p in passages] == [
        ("tag", "Lee Jae-myung"), ("tag", "summit diplomacy")]


def test_editorial_notice_is_stripped_but_the_title_kept() -> None:
    passages = clean_lines(["This article is an English Summary of Asan Issue Brief (2026-07)."])
    assert passages[0].text == "Asan Issue Brief (2026-07)."


def test_content_lines_survive() -> None:
    lines = ["Korea-Japan ties deepen beyond shuttle diplomacy", "Research Fellow", "Choi Eunmi",
             "Japan", "The summit is open to the press."]
    assert [p.text for p in clean_lines(lines)] == lines


def test_line_numbers_are_the_file_lines() -> None:
    passages = clean_lines(["facebook share", "", "Seoul and Tokyo agreed.", "view more"])
    assert [(p.line, p.text) for p in passages] == [(3, "Seoul and Tokyo agreed.")]


SEED_CHROME = ["print page small font big font", "facebook share", "tweet share",
               "프린트 아이콘", "페이지 링크 복사 아이콘", "view more", "scrolltop", "closed",
               "Publications", "Issue Briefs", "Jan 15, 2026, 07:57 am", "1142026.02.03",
               "Copyright by Asiatoday", "Issue Brief"]


def test_no_chrome_in_the_seed_candidates(seed_extraction) -> None:
    terms = {c.term.casefold() for c in seed_extraction.candidates}
    pieces = {w.casefold() for s in SEED_CHROME for w in s.split()} - {"by"}
    assert not terms & {s.casefold() for s in SEED_CHROME}
    # Not even a word of it: no 'font', 'share', 'tweet', 'scrolltop', 'closed', '아이콘'.
    assert not terms & (pieces - {"asiatoday", "issue", "brief", "page"})
    assert "asiatoday" in terms  # the publisher named in the copyright line


# --- markup ------------------------------------------------------------------------------


def test_markdown_markup_is_stripped_line_for_line() -> None:
    text = ("# Shuttle diplomacy\n\nThe **Asan Institute** met [Yonhap](https://x.y).\n"
            "```\ncode Asan\n```\n- a *list* item\n> quoted `text`\n")
    lines = strip_markup(text, "markdown")
    assert len(lines) == text.count("\n") + 1
    assert lines[0] == "Shuttle diplomacy"
    assert lines[2] == "The Asan Institute met Yonhap."
    assert lines[3:6] == ["", "", ""]
    assert lines[6] == "a list item"
    assert lines[7] == "quoted text"


def test_html_markup_is_stripped_line_for_line() -> None:
    text = ("<html><head><title>x</title><style>p {color: red}</style></head>\n"
            "<body><p>Shuttle <b>diplomacy</b> &amp; trade</p><p>Nara</p>\n"
            "<script>var Asan = 1;</script><img alt=\"Horyu-ji Temple\"></body></html>\n")
    lines = strip_markup(text, "html")
    assert len(lines) == 4
    assert lines[0].strip() == ""
    assert [s.strip() for s in lines[1].split(BLOCK_BREAK) if s.strip()] == [
        "Shuttle diplomacy & trade", "Nara"]
    assert "Asan" not in lines[2] and "Horyu-ji Temple" in lines[2]


def test_html_document_gives_candidates_at_their_lines() -> None:
    text = "<html><body>\n<p>Prime Minister Takaichi Sanae visited Seoul.</p>\n</body></html>\n"
    counts = count_document("page.html", text)
    stats = counts.terms["takaichi sanae"]
    assert counts.references(stats) == [("page.html", 2)]
