"""Loanwords: a Hangul word that writes an English word's sound."""

import pytest

from yongeo.text.loanword import english_consonants, hangul_consonants, is_loanword

LOANWORDS = [
    ("릴리스", "release", True), ("링크", "link", True), ("태블릿", "tablet", True),
    ("프로그램", "program", True), ("메시지", "message", True), ("키보드", "keyboard", True),
    ("디렉터리", "directory", True), ("터미널", "terminal", True), ("세팅", "setting", True),
    ("소프트웨어", "software", True), ("인터넷", "Internet", True),
    ("프로그램", "application", False), ("바꾸기", "change", False), ("삭제", "delete", False),
    ("위기", "crisis", False), ("정보", "about", False), ("검색", "search", False),
    ("경찰", "police", False), ("창", "window", False),
    ("데이터", "data", False),  # one consonant class on one side says too little
]


@pytest.mark.parametrize(("hangul", "english", "expected"), LOANWORDS)
def test_is_loanword(hangul: str, english: str, expected: bool):
    assert is_loanword(hangul, english) is expected


@pytest.mark.parametrize(("hangul", "english", "skeleton"), [
    ("릴리스", "release", "LS"), ("태블릿", "tablet", "TPLT"), ("링크", "link", "LK"),
    ("키보드", "keyboard", "KPT"),
])
def test_skeletons(hangul: str, english: str, skeleton: str):
    assert hangul_consonants(hangul) == english_consonants(english) == skeleton
