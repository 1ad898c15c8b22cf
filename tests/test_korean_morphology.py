"""Korean terms inside longer words: compounds, predicates, conjugated verbs (docs/lint.md,
"Korean compounds and predicates"). Tables of draft word, term, entry type -> expected."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yongeo.glossary.model import Entry, Status, Term
from yongeo.lint.presence import present
from yongeo.match import Matcher
from yongeo.text.korean import (
    conjugates,
    holds_short_form,
    holds_term,
    is_predicate_tail,
    is_spelling_variant,
    makes_agent_noun,
    passive_stems,
    predicate_noun,
    support_verb_object,
    verb_stem,
)
from yongeo.text.korean import coordinated as korean_coordinated
from yongeo.text.korean import names_both as korean_names_both

DATA = Path(__file__).resolve().parent / "data" / "korean-presence.tsv"


def entry(term: str, entry_type: str = "concept", pos: str | None = None) -> Entry:
    return Entry("e", entry_type, (Term("e", "en", Status.PREFERRED),
                                   Term(term, "ko", Status.PREFERRED)), pos=pos)


def hit(text: str, term: str, entry_type: str = "concept") -> bool:
    return bool(Matcher([entry(term, entry_type)]).find(text, "ko"))


def confirmed(text: str, term: str, entry_type: str = "concept", pos: str | None = None) -> bool:
    """What term.missing asks: a hit, or else the presence rules."""
    made = entry(term, entry_type, pos)
    return hit(text, term, entry_type) or present(text, made.terms, made)


# A translation is confirmed (term.missing must not fire) ...
PRESENT = [
    ("기본값을 지정합니다", "기본", "concept"),  # compound head
    ("명령행 옵션", "명령", "concept"),
    ("대북제재가 강화됐다", "제재", "concept"),  # compound end
    ("국무총리가 말했다", "총리", "title"),
    ("지방선거법에 따라", "선거", "concept"),  # inside a compound
    ("값을 대입하다", "대입", "concept"),  # 하다, 되다, 시키다
    ("값을 대입하고", "대입", "concept"),
    ("대입된 값", "대입", "concept"),
    ("대입할 값", "대입", "concept"),
    ("값을 대입해 둔다", "대입", "concept"),
    ("값을 대입했다", "대입", "concept"),
    ("값이 대입됩니다", "대입", "concept"),
    ("값을 대입시키는", "대입", "concept"),
    ("이 모드일 때", "모드", "concept"),  # the copula
    ("보기 모드입니다", "모드", "concept"),
    ("보기 모드이며", "모드", "concept"),
    ("보기 모드였다", "모드", "concept"),
    ("기본적으로 켜져 있다", "기본", "concept"),  # 적
    ("기본적인 설정", "기본", "concept"),
    ("설정을 바꿉니다", "바꾸기", "concept"),  # verb terms, conjugated
    ("설정을 바꾸려면", "바꾸기", "concept"),
    ("설정을 바꿀 수 없습니다", "바꾸기", "concept"),
    ("볼륨 바꿈", "바꾸기", "concept"),
    ("파일을 지웁니다", "지우기", "concept"),
    ("텍스트를 붙여 넣습니다", "붙여넣기", "concept"),
    ("텍스트를 붙여넣을 수 없습니다", "붙여넣기", "concept"),
    ("링크를 만드는 메뉴", "만들기", "concept"),  # ㄹ-final stems drop ㄹ
    ("폴더를 만들 수 있다", "만들기", "concept"),
    ("디렉터리를 만듭니다", "만들기", "concept"),
    ("파일을 찾을 수 없습니다", "찾기", "concept"),  # consonant-final stems
    ("설정을 바꾸다", "바꾸다", "concept"),
    ("오사카시에서 열린 회의", "오사카", "place"),  # names: suffixes and particles
    ("오사카행 열차", "오사카", "place"),
    ("오사카지방재판소는", "오사카", "place"),  # a body named after its place in one word
    ("오사카총영사관에서", "오사카", "place"),
    ("오사카에서 열린 회의", "오사카", "place"),
    ("키를 누르십시오", "키", "concept"),
    ("이라크전을 끝내겠다", "이라크", "place"),  # a place name heads a compound
    ("베이징올림픽 경기장", "베이징", "place"),
    ("미국 텍사스주 휴스턴", "텍사스", "place"),
    ("동예루살렘 정착촌", "예루살렘", "place"),  # after a one-syllable direction
    ("이스트예루살렘 정착촌", "예루살렘", "place"),  # or an English one in Hangul
    ("사우스캐롤라이나에서", "캐롤라이나", "place"),
    ("바뀐 사항", "바꾸기", "concept"),  # the verb's passive (바꾸 -> 바뀌)
    ("설정이 바뀌었습니다", "바꾸기", "concept"),
    ("문이 닫혔다", "닫기", "concept"),
    ("설정을 바꾸었습니다", "바꾸기", "concept"),  # unfused 바꾸+었
]

# ... or it is not: term.missing may fire.
ABSENT = [
    ("오오사카에서 열린 회의", "오사카", "place"),  # names keep their left boundary
    ("신후쿠시마역에서", "후쿠시마", "place"),
    ("수동예루살렘 정착촌", "예루살렘", "place"),  # a direction only at a word's start
    ("비이스트예루살렘", "예루살렘", "place"),
    ("노무현정부 출범", "노무현", "person"),  # a person's name stays a word of its own
    ("위성락화 정책", "위성락", "person"),
    ("키보드를 누르십시오", "키", "concept"),  # one syllable inside another word
    ("스키마 경로", "키", "concept"),
    ("암호화된 볼륨", "암호", "concept"),  # 화 names another concept
    ("모든 파일", "모드", "concept"),  # not a verb term: no conjugation
    ("바다 사항", "바꾸기", "concept"),  # neither the verb nor its passive
    ("파일을 덮어씁니다", "바꾸기", "concept"),
    ("작업을 제거하면", "지우기", "concept"),
    ("앱을 설치합니다", "프로그램", "concept"),
    ("바꾸기", "고치", "concept"),  # a stem without part of speech is a noun
]


@pytest.mark.parametrize(("text", "term", "entry_type"), PRESENT)
def test_the_translation_is_confirmed(text: str, term: str, entry_type: str):
    assert confirmed(text, term, entry_type)


@pytest.mark.parametrize(("text", "term", "entry_type"), ABSENT)
def test_the_translation_is_not_confirmed(text: str, term: str, entry_type: str):
    assert not confirmed(text, term, entry_type)


def test_a_verb_stem_entry_is_conjugated_when_its_part_of_speech_says_verb():
    assert confirmed("코드를 고칩니다", "고치", pos="verb")
    assert not confirmed("코드를 고칩니다", "고치")


# Hits (what term.deprecated and the source side see) stay careful: predicates of nouns of two
# syllables or more, yes; compounds of short terms and 적/화 derivations, no.
HITS = [
    ("값을 대입하고", "대입", "concept", True),
    ("대입된 값", "대입", "concept", True),
    ("값을 대입시키는", "대입", "concept", True),
    ("이 모드일 때", "모드", "concept", True),
    ("값을 할당하고", "할당", "concept", True),
    ("할당량을 넘었다", "할당", "concept", False),
    ("대입시험을 본다", "대입", "concept", False),
    ("메뉴하단", "메뉴", "concept", False),
    ("기본값을", "기본", "concept", False),
    ("기본적으로", "기본", "concept", False),
    ("국가안보실장은", "국가안보실", "organization", True),
    ("오사카하고 도쿄", "오사카", "place", True),
    ("오오사카에서", "오사카", "place", False),
    ("위성락하고", "위성락", "person", True),
]


@pytest.mark.parametrize(("text", "term", "entry_type", "expected"), HITS)
def test_hits(text: str, term: str, entry_type: str, expected: bool):
    assert hit(text, term, entry_type) is expected


CONJUGATED = [
    ("바꿉니다", "바꾸", True), ("바꿔서", "바꾸", True), ("바꿨다", "바꾸", True),
    ("바꾼", "바꾸", True), ("바꾸고", "바꾸", True), ("바꾸기", "바꾸", True),
    ("해서", "하", True), ("했다", "하", True), ("합니다", "하", True), ("하시겠습니까", "하", True),
    ("돼", "되", True), ("됐다", "되", True), ("시켜", "시키", True), ("찾아", "찾", True),
    ("찾습니다", "찾", True), ("만듭니다", "만들", True), ("만든", "만들", True),
    ("바꾸었습니다", "바꾸", True), ("되어", "되", True), ("바뀌었다", "바뀌", True),
    ("하였다", "하", True), ("하였으며", "하", True),  # 하다's past as formal writing spells it
    ("하되", "하", True), ("바꾸되", "바꾸", True),  # -되: do it, but ...
    ("되였다", "되", False),
    ("바꾸", "바꾸", False), ("하나", "하", False), ("하단", "하", False), ("하위", "하", False),
    ("바다", "바꾸", False), ("찾", "찾", False), ("만두", "만들", False),
]


@pytest.mark.parametrize(("text", "stem", "expected"), CONJUGATED)
def test_conjugates(text: str, stem: str, expected: bool):
    assert conjugates(text, stem) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("타카이치", "다카이치", True), ("후꾸시마", "후쿠시마", True), ("릴리즈", "릴리스", True),
    ("디렉토리", "디렉터리", True), ("오오사카", "오사카", True), ("바로가기", "바로 가기", True),
    ("비우기", "지우기", False), ("생성", "만들기", False), ("동경", "도쿄", False),
    ("데이타", "데이터", True), ("파일", "타일", False),
])
def test_is_spelling_variant(a: str, b: str, expected: bool):
    assert is_spelling_variant(a, b) is expected


@pytest.mark.parametrize(("stem", "passives"), [
    ("바꾸", ("바뀌",)), ("나누", ("나뉘",)), ("보", ("뵈", "보이")), ("쓰", ("쓰이",)),
    ("누르", ("눌리", "누르이")), ("닫", ("닫히",)), ("열", ("열리",)), ("끊", ("끊기",)),
    ("놓", ("놓이",)), ("변경하", ("변경되",)), ("고치", ()), ("a", ()),
])
def test_passive_stems(stem: str, passives: tuple[str, ...]):
    assert passive_stems(stem) == passives


@pytest.mark.parametrize(("term", "stem"), [("바꾸기", "바꾸"), ("붙여넣기", "붙여넣"),
                                            ("바꾸다", "바꾸"), ("대입", None), ("모드", None)])
def test_verb_stem(term: str, stem: str | None):
    assert verb_stem(term) == stem


@pytest.mark.parametrize(("noun", "tail", "expected"), [
    ("모드", "다", True), ("모드", "라면", True), ("대입", "다", False), ("대입", "입니다", True),
    ("바탕", "화면", False),
])
def test_predicate_tails(noun: str, tail: str, expected: bool):
    assert is_predicate_tail(tail, noun) is expected


def test_the_labelled_table_reads_and_holds_both_answers():
    """The hand-labelled corpus table (benchmarks/korean_presence.py scores the rules on it)."""
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")),
                                   delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 60
    assert {row["present"] for row in rows} == {"yes", "no"}
    assert all(row["draft"] and row["term"] and row["why"] for row in rows)


# A country by its one-syllable short form in a compound of short forms, or with a prefix
# (訪 駐 對 親 反) or suffix (軍 側) of the kind; never a country's full name or another word.
@pytest.mark.parametrize(("text", "short", "expected"), [
    ("한일 양국은", "일", True),
    ("한·일 정상회담", "일", True),  # a middle dot between the forms
    ("한미일 공조", "미", True),
    ("한일관계를", "한", True),  # the rest of the compound follows solid
    ("주한미군", "미", True),
    ("주한미군", "한", True),
    ("대북제재", "북", True),
    ("방일 중", "일", True),
    ("미군이", "미", True),
    ("일측은", "일", True),
    ("북미 정상회담", "미", True),
    ("북한은", "한", False),  # a country's full name: North Korea, not North and South
    ("일본은", "일", False),
    ("대중 매체", "중", False),  # the public
    ("대한민국", "한", False),
    ("중독", "중", False),  # 독 is no short form here
    ("독일", "일", False),
    ("일하는", "일", False),
    ("미술", "미", False),
    ("한일", "한국", False),  # a short form is one syllable
    # 미, 북 and 러 as a word of their own before another word; not 한, 일, 중 (other words).
    ("미 버지니아 공대에서", "미", True),
    ("북 도발에 대해", "북", True),
    ("한 사람이", "한", False),
    ("그 일 때문에", "일", False),
    ("회의 중 발언", "중", False),
    ("미.", "미", False),  # no word after it
    # A headline's Hanja short forms: in a compound, and alone, where they are unambiguous.
    ("韓日정상회담서 합의", "일", True),
    ("韓美日 공조", "미", True),
    ("日, 韓에 규제 해제 촉구", "한", True),
    ("北 탄도미사일 발사", "북", True),
    ("日本政府", "일", False),  # a Han word (Japanese), not a headline's short form
    ("中, 韓에 촉구", "일", False),
    ("재일동포 3세인 그는", "일", True),  # 在日: residents in Japan
    ("일제에 동원된 한국인", "일", True),  # 日帝: imperial Japan
    ("일제강점기의 기록", "일", True),
    ("모두 일제히 일어섰다", "일", False),  # 一齊히: all at once
    ("미제 사건으로 남았다", "미", False),  # 未濟: unsolved, no 美
    ("재미있는 이야기", "미", False),  # 재미 is fun
    ("부재일 처리", "일", False),  # inside another word
    # 한 joined by a mark to a longer name: Korea with a region or a country in full.
    ("제2차 한·태평양도서국 정상회의", "한", True),
    ("한-아세안 특별정상회의", "한", True),
    ("일·가정 양립", "일", False),  # work and family
    ("중·고등학교", "중", False),  # middle and high school
    ("대한·민국", "한", False),  # inside a word
])
def test_holds_short_form(text, short, expected):
    assert holds_short_form(text, short) is expected


@pytest.mark.parametrize(("text", "word", "spans"), [
    ("기본 설정을 바꾼다", "기본설정", [(0, 5)]),
    ("기본설정, 기본  설정\n과 기본\t설정", "기본설정", [(0, 4), (6, 12), (15, 20)]),
    ("붙여 넣습니다", "붙여넣", [(0, 4)]),
    ("기본값 기", "기본값기", [(0, 5)]),
    ("설정 없음", "기본설정", []),
    ("", "기본", []),
    # an information separator is no white space (Unicode's White_Space, as \s reads it)
    ("기\x1c본", "기본", []),
])
def test_spaced_spans(text, word, spans):
    from yongeo.lint.presence import spaced_spans

    assert list(spaced_spans(text, word)) == spans


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="기본설정 \t\n\x1c\u3000가", max_size=30),
       st.text(alphabet="기본설정가", min_size=1, max_size=4))
def test_spaced_spans_are_what_the_pattern_finds(text, word):
    """Walked by hand, the spans are those of the pattern presence compiled per word before
    (the word's characters joined by \\s*, matched from the left)."""
    import regex

    from yongeo.lint.presence import spaced_spans

    pattern = regex.compile(r"\s*".join(regex.escape(c) for c in word))
    assert list(spaced_spans(text, word)) == [m.span() for m in pattern.finditer(text)]


# A one-syllable term at the end of a word: its own word, or the end of a compound after a
# noun of two syllables or more; never after one syllable, at a word's head or inside it.
@pytest.mark.parametrize(("text", "term", "expected"), [
    ("보안키를 추가합니다", "키", True),
    ("공개키가 복사되었습니다", "키", True),
    ("대화창을 닫습니다", "창", True),
    ("기본값", "값", True),
    ("키를 누르세요", "키", True),
    ("쿠키를 지웁니다", "키", False),  # cookie: one syllable before
    ("스키를 탄다", "키", False),
    ("합창", "창", False),
    ("키보드", "키", False),  # heading another word
    ("스키마에", "키", False),  # inside one
    ("보안키보드", "키", False),  # inside a longer word, even after two syllables
])
def test_a_one_syllable_term_ends_a_compound(text, term, expected):
    start = text.index(term, 1) if text.count(term) > 1 else text.index(term)
    assert holds_term(text, start, start + len(term), term) is expected


@pytest.mark.parametrize(("word", "noun"), [
    ("변경되었습니다", "변경"), ("수정할", "수정"), ("삭제하시겠습니까", "삭제"), ("생성된", "생성"),
    ("제도화시키는", "제도화"),
    # no light verb after a head of two syllables: a noun, a particle, another verb
    ("비밀번호를", None), ("않습니다", None), ("하다", None), ("사용자", None),
    # the copula's short forms end many words: not read as a predicate here
    ("이메일", None), ("로그인", None), ("기본값입니다", None),
])
def test_predicate_noun(word: str, noun: str | None):
    assert predicate_noun(word) == noun


@pytest.mark.parametrize(("tail", "expected"), [
    ("자", True), ("자들이", True), ("자간", True), ("자의", True),
    ("자료", False), ("자체", False), ("", False), ("하자", False),
    ("관", True), ("관은", True), ("관들의", True),  # 외교관, 대사관: an official, a building
    ("관계", False), ("관련", False),  # other words
])
def test_makes_agent_noun(tail, expected):
    assert makes_agent_noun(tail) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("정상회담을 가졌다", True), ("정상회담을 갖고 논의했다", True), ("회의를 열었다", True),
    ("논의를 했다", True), ("협상을 벌였다", True),
    ("정상회담을 환영했다", False),  # a verb of its own
    ("정상회담을 위한 준비", False), ("정상회담이 열렸다", False),  # no object particle
])
def test_support_verb_object(text, expected):
    noun_end = len(text.split()[0]) - 1
    assert support_verb_object(text, noun_end) is expected


@pytest.mark.parametrize(("text", "both"), [
    ("양국은 합의했다", True), ("양 정상이 만났다", True), ("두 나라의 관계", True),
    ("양측은", True),
    ("양국간 협력", True),  # between the two countries
    ("양도를", False),  # 양 heading another word: a transfer
    ("생산량", False),  # 양 ending a word: an amount
])
def test_names_both(text, both):
    assert korean_names_both(text) is both


@pytest.mark.parametrize(("between", "joined"), [
    ("과 ", True),  # 한국과 일본
    (" 대통령과 ", True),  # 이재명 대통령과 다카이치 총리
    ("·", True), (" 및 ", True),
    ("의 ", False),  # 한국의 일본: not two of a kind side by side
    (" 측이 ", False),
])
def test_coordinated(between, joined):
    assert korean_coordinated(between) is joined
