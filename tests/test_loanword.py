"""Loanwords: a Hangul word that writes an English word's sound."""

import pytest

from yongeo.text.loanword import (
    english_consonants,
    hangul_consonants,
    is_loanword,
    is_transcription,
)

LOANWORDS = [
    ("릴리스", "release", True), ("링크", "link", True), ("태블릿", "tablet", True),
    ("프로그램", "program", True), ("메시지", "message", True), ("키보드", "keyboard", True),
    ("디렉터리", "directory", True), ("터미널", "terminal", True), ("세팅", "setting", True),
    ("소프트웨어", "software", True), ("인터넷", "Internet", True),
    ("프로그램", "application", False), ("바꾸기", "change", False), ("삭제", "delete", False),
    ("위기", "crisis", False), ("정보", "about", False), ("검색", "search", False),
    ("경찰", "police", False), ("창", "window", False),
    ("데이터", "data", False),  # one consonant class, written by two letters: too little
    # One consonant on each side, one letter each, the same start: a loanword.
    ("키", "key", True), ("티", "tea", True), ("파이", "pie", True), ("바", "bar", True),
    ("키", "height", False), ("차", "car", False), ("이", "a", False), ("아이", "eye", False),
    ("키", "ski", False), ("셀", "sell", True),
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


# A word met in running text: the same skeleton of four consonants or more, and the same start.
TRANSCRIPTIONS = [
    ("백그라운드", "background", True), ("디렉터리", "directory", True),
    ("윈도우즈", "windows", False),  # three consonants: too little evidence in running text
    ("프린터", "printer", True), ("터미널", "terminal", True),
    ("프린트", "printer", True),  # the skeleton, not the vowels: a near spelling is one too
    ("포인터", "printer", False),  # P N T against P L N T
    ("발사", "police", False), ("입니다", "found", False), ("코드", "exited", False),
    ("배경", "background", False), ("등록된", "applications", False),
    ("인터페이스", "interface", True),  # both start with a vowel
    ("딘터페이스", "interface", False),  # one starts with a consonant, the other not
]


@pytest.mark.parametrize(("hangul", "english", "expected"), TRANSCRIPTIONS)
def test_is_transcription(hangul: str, english: str, expected: bool):
    assert is_transcription(hangul, english) is expected


@pytest.mark.parametrize(("text", "name", "end"), [
    ("조지 W 부시의 이라크 정책", "Bush", 8),  # 부시, its particle left out
    ("아사드는 지난달", "Assad", 3),  # a vowel start on both sides
    ("잘랄 탈라바니 대통령", "Talabani", 7),
    ("회의를 소집했다", "Talabani", None),
    ("아사드는 지난달", "Lee", None),  # one consonant says too little
    # A name of another language keeps an r before a consonant that an English loanword drops.
    ("메르켈 총리는", "Merkel", 3), ("카르자이 대통령", "Karzai", 4),
    ("올메르트 총리", "Olmert", 4), ("마르크 총리", "Merkel", None),
])
def test_name_written_in(text, name, end):
    from yongeo.text.loanword import name_written_in

    assert name_written_in(text, 0, len(text), name) == end
