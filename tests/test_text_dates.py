"""text.dates: the years a passage is told of, and whether a former name is of its time."""

import pytest

from yongeo.text.dates import told_before, year_spoken_of, years_in
from yongeo.text.mention import renamed


@pytest.mark.parametrize(("text", "years"), [
    ("In 1965 and again in 1998.", [1965, 1998]),
    ("1998년 10월, 2007년까지", [1998, 2007]),
    ("the 1990s and 1990년대", [1990, 1990]),  # a decade: its first year
    ("2000명이 모였다", []),  # a count, not a year
    ("room 1965A, v1.1998, 12:2007", []),  # letters, points and colons around digits
    ("since 1500 or 2100", []),  # outside 1600-2099
])
def test_years_in(text, years):
    assert [year for _at, year in years_in(text)] == years


@pytest.mark.parametrize(("text", "word", "year"), [
    ("In 1998 the Japan Defense Agency sent a team.", "Japan Defense Agency", 1998),
    ("The Japan Defense Agency, in 1998, sent a team.", "Japan Defense Agency", 1998),
    ("In 1965 talks began. The Agency sent a team.", "Agency", 1965),  # earlier in the text
    ("The Agency sent a team.", "Agency", None),
    ("## The long era (1954~2007)\n\nThe Agency sent a team.", "Agency", 1954),  # its section
    ("## 1900\n\n## Today\n\nThe Agency sent a team.", "Agency", None),  # the last heading
    ("In 1965 talks began; the Agency in 2026 sent a team.", "Agency", 1965),  # nearest before
])
def test_year_spoken_of(text, word, year):
    start = text.index(word)
    paragraph = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    assert year_spoken_of(text, start, start + len(word), paragraph) == year


@pytest.mark.parametrize(("text", "word", "until", "expected"), [
    ("1965년 외무부는 협상을 이끌었다.", "외무부", 1998, True),
    ("1998년 2월까지 외무부였다.", "외무부", 1998, True),  # the year of the change itself
    ("2026년 외무부는 발표했다.", "외무부", 1998, False),
    ("외무부는 발표했다.", "외무부", 1998, False),  # no year: the present
    ("당시 외무부는 반대했다.", "외무부", 1998, True),  # put in its time
    ("the then Japan Defense Agency", "Japan Defense Agency", 2007, True),
])
def test_told_before(text, word, until, expected):
    start = text.index(word)
    assert told_before(text, start, start + len(word), until) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("외무부, 외교통상부로 개편", "외무부", True),  # the old name in a headline's change
    ("외무부, 외교통상부로 개편", "외교통상부", True),  # the name taken then
    ("외무부는 외교부가 되었고", "외무부", True),
    ("2012년 합병해 신일철주금이 되었다가", "신일철주금", True),  # the name taken then
    ("Japan Defense Agency upgraded to the Ministry of Defense", "Japan Defense Agency", True),
    ("the Ministry becomes the Ministry of Foreign Affairs and Trade",
     "Ministry of Foreign Affairs and Trade", True),
    ("외무부가 발표했다", "외무부", False),
    ("방위청은 2007년 방위성으로 바뀌었다", "방위청", True),
    # The name the subject of a change it makes, its object marked: no renaming.
    ("야스쿠니 신궁은 이 윤리를 국가의 도구로 바꾸어 놓았다", "야스쿠니 신궁", False),
    ("외무성은 기존 방침을 새 정책으로 전환했다", "외무성", False),
    ("신일철주금은 2019년 사명을 일본제철로 바꾸었다", "신일철주금", True),  # its name's noun
    ("the Japan Defense Agency said", "Japan Defense Agency", False),
])
def test_renamed(text, word, expected):
    start = text.rindex(word)
    assert renamed(text, start, start + len(word)) is expected

