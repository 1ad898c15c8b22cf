"""How long a translation is expected to be (text.length), and the Korean references a draft
may use instead of a glossary term (text.korean.refers_by_pronoun, compound_heads,
counts_alone) and the title of office a draft writes after a name (text.titles)."""

from __future__ import annotations

import re

import pytest

from yongeo.text.frequency import is_frequent
from yongeo.text.korean import (
    compound_heads,
    counts_alone,
    office_sibling,
    refers_by_head,
    refers_by_pronoun,
)
from yongeo.text.length import length_share, letters
from yongeo.text.titles import names_officer_of, officer_title_beside, title_after_name

SOURCE = "The two leaders agreed to resume shuttle diplomacy after a long pause."


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("Shuttle diplomacy, 2025!", "en", 16),
    ("셔틀외교를 재개했다 (2025)", "ko", 9),
    ("셔틀외교 shuttle", "en", 7),
    ("ㅋㅋ", "ko", 0),  # lone jamo are no syllables
    ("text", "ja", 0),
])
def test_letters(text, lang, count):
    assert letters(text, lang) == count


@pytest.mark.parametrize(("source", "source_lang", "draft", "draft_lang", "low", "high"), [
    # a faithful translation is about as long as predicted
    (SOURCE, "en", "두 정상은 오랜 공백 끝에 셔틀외교를 재개하기로 합의했다.", "ko", 0.7, 1.3),
    # a headline for the sentence
    (SOURCE, "en", "셔틀외교 재개", "ko", 0.0, 0.5),
    # Korean to English the other way round
    ("두 정상은 오랜 공백 끝에 셔틀외교를 재개하기로 합의했다.", "ko", SOURCE, "en", 0.7, 1.3),
    ("두 정상은 오랜 공백 끝에 셔틀외교를 재개하기로 합의했다.", "ko", "They met.", "en", 0.0, 0.5),
])
def test_length_share(source, source_lang, draft, draft_lang, low, high):
    assert low <= length_share(source, source_lang, draft, draft_lang) <= high


_GROUP = "Recipient group: Ministry of National Defense, Northeast Asia Policy Division"


@pytest.mark.parametrize(("known", "low", "high"), [
    ((), 0.4, 0.5),  # by the ratio alone, the names' Korean reads as a passage left out
    # the glossary term counted at its Korean's length: no more a passage left out
    # (lint.omission.CONDENSED, 0.5), though the division's name is terse too
    (((17, 45, "국방부"),), 0.55, 0.75),
])
def test_length_share_counts_known_renderings_at_their_length(known, low, high):
    assert low <= length_share(_GROUP, "en", "수신 그룹: 국방부 동북아정책과", "ko", known) <= high


@pytest.mark.parametrize(("source", "source_lang", "draft_lang"), [
    ("Shuttle diplomacy", "en", "ko"),  # too short to tell
    ("셔틀외교", "ko", "en"),
    (SOURCE, "en", "ja"),  # a language the ratio is not known for
])
def test_length_share_undecided(source, source_lang, draft_lang):
    assert length_share(source, source_lang, "아무 말", draft_lang) is None


@pytest.mark.parametrize(("text", "pronoun"), [
    ("그는 회담이 끝났다고 말했다.", True),
    ("그가 대통령직에서 물러나야 한다.", True),
    ("그녀의 발언", True),
    ("그들은 떠났다.", True),
    ("그 회의에서 말했다.", False),  # the determiner
    ("그래서 그런 결정이 나왔다.", False),
    ("이그는 없다", False),
])
def test_refers_by_pronoun(text, pronoun):
    assert refers_by_pronoun(text) is pronoun


@pytest.mark.parametrize(("term", "heads"), [
    ("상원의원", ("의원",)),
    ("국가안보실장", ("실장",)),
    ("국무부 장관", ("장관",)),
    ("유엔 사무총장", ("총장",)),  # 사무총장 is not frequent enough to stand alone
    ("대통령", ()),  # 통령 is a fragment of the word lists, not a word
    ("총리", ()),  # nothing shorter than two syllables
])
def test_compound_heads(term, heads):
    assert compound_heads(term, lambda w: is_frequent(w, "ko")) == heads


@pytest.mark.parametrize(("text", "alone"), [
    ("%d개를 여는 중입니다.", True),  # the counter and a particle: the thing is left out
    ("%s명에게 보냄", True),
    ("%d개 이상을 주문할 수 없습니다.", True),  # a bound after the counter
    ("3개 미만", True),
    ("3 개", True),  # spaced from its number, ending the text
    ("3건.", True),
    ("%d개의 파일", False),  # 의 joins the counter to the noun it counts
    ("%d개 파일을 복사", False),  # a noun after the counter names the thing
    ("3개월 동안", False),  # 개월 (months): no counter standing alone
    ("3대표", False),
    ("3 파일", False),  # no counter
])
def test_counts_alone(text, alone):
    number = re.match(r"%[ds]|\d+", text)  # every text opens with its number
    assert counts_alone(text, number.end()) is alone


@pytest.mark.parametrize(("text", "title"), [
    ("고든 브라운 영국 대통령은 말했다", "대통령"),  # after a place after the name
    ("고든 브라운 총리가", "총리"),
    ("고든 브라운 상원의원이", "상원의원"),  # the longest title
    ("고든 브라운은 말했다", None),  # the name takes particles: no title
    ("고든 브라운 대통령직에서", None),  # 직: the presidency, not the title
    ("고든 브라운 진영 대변인은", None),  # 진영 is no place: the phrase goes on otherwise
    ("고든 브라운 영국 영국 총리", None),  # at most one word between
    ("고든 브라운 안보실 차장은", "차장"),  # after the name of a body (실, 부, 청, 위원회...)
    ("고든 브라운 제1차관은", "차관"),  # an ordinal before the title
    ("고든 브라운 사무차관과", "사무차관"),  # a title made administrative, deputy, senior,
    ("고든 브라운 부대변인은", "부대변인"),  # which is another title than the plain one
    ("고든 브라운 관방부장관은", "부장관"),  # a body's title in one word
    ("고든 브라운 부시는", None),  # 부 + one syllable: no title
    ("고든 브라운 상원 의원은", None),  # 상원: two syllables, no body's name read so
    ("고든 브라운 장·차관", "장관"),  # two titles sharing their last syllable
    ("고든 브라운 한·일", None),
    ("고든 브라운 내각 관방장관은", "장관"),  # a body named by its kind before the title
    ("고든 브라운 내각 비서실장은", "실장"),
    ("고든 브라운 내각은", None),
    ("고든 브라운 회장은", "회장"),  # the head of an association or a company
    ("고든 브라운 삼성전자 사장이", None),  # 삼성전자: no place, no body's ending
    ("고든 브라운 회장직을", None),
    ("고든 브라운 환경상은", "환경상"),  # a Japanese minister by the ministry's syllables
    ("고든 브라운 경제산업상", "경제산업상"),
])
def test_title_after_name(text, title):
    assert title_after_name(text, len("고든 브라운")) == title


@pytest.mark.parametrize(("text", "words"), [
    ("외교부와 행정안전부 콜센터", ["외교부", "행정안전부"]),
    ("경찰청은 자문위원회를 열었다", ["경찰청", "자문위원회"]),  # particles written onto them
    ("부산에서 만났다", []),
    ("부가 늘었다", []),  # one syllable: no body's name
])
def test_body_words(text, words):
    from yongeo.text.titles import body_words

    assert [text[start:end] for start, end in body_words(text, 0, len(text))] == words


@pytest.mark.parametrize(("text", "body", "named"), [
    ("Foreign Minister Cho Hyun held a call", "Foreign Ministry", True),  # head replaced
    ("the Minister of Foreign Affairs said", "Ministry of Foreign Affairs", True),
    ("National Defense Minister Ahn", "Ministry of National Defense", True),  # of-phrase first
    ("Secretary of Defense Hegseth", "Department of Defense", True),
    ("Vice Minister for Foreign Affairs Funakoshi", "Ministry of Foreign Affairs", True),
    ("the foreign ministers met", "Foreign Ministry", True),  # case and number free
    ("a Defense Ministry spokesman", "Ministry of National Defense", False),  # another name
    ("the Foreign Ministry said", "Foreign Ministry", False),  # the body, not its officer
    ("the Foreign Affairs Committee", "Ministry of Foreign Affairs", False),  # no officer
    ("Foreign Minister Cho", "Ministry of Foreign Affairs", False),  # that name's words
    ("MOFA", "MOFA", False),  # one word: no head noun to replace
])
def test_names_officer_of(text, body, named):
    assert names_officer_of(text, body) is named


@pytest.mark.parametrize(("text", "head", "refers"), [
    ("이번 회담은 성과였다", "회담", True),  # 정상회담 once named: its head after a determiner
    ("그 회담에서 합의했다", "회담", True),
    ("해당 부처가 밝혔다", "부처", True),
    ("이번 회담장은 붐볐다", "회담", False),  # the head of a longer word: another thing
    ("정상회담은 끝났다", "회담", False),  # inside the compound itself, no determiner
    ("회담 이 후", "회담", False),  # the determiner after the noun
    ("이번에 회담이", "회담", False),  # 이번에: an adverb, not the determiner
    ("오늘 회담에서 합의했다", "회담", True),  # today's summit: the occasion the text is about
    ("이날 회담은 끝났다", "회담", True),
    ("오늘날 회담은 드물다", "회담", False),  # 오늘날: nowadays, not the day
])
def test_refers_by_head(text, head, refers):
    assert refers_by_head(text, head) is refers


@pytest.mark.parametrize(("text", "refers"), [
    ("이번 나라 회담이 주목된다", True),  # a place the text names between
    ("이번 도쿄 회담이 주목된다", False),  # a place it does not
    ("나라 회담이 주목된다", False),  # no determiner: the place's own (일본 정부)
    ("이번 나라 회담장이 붐볐다", False),  # the head of a longer word
])
def test_refers_by_head_after_a_place(text, refers):
    assert refers_by_head(text, "회담", ["나라"]) is refers


@pytest.mark.parametrize(("text", "name", "titled"), [
    ("Security chief Wi Sung-lac said", "Wi Sung-lac", True),  # right before the name
    ("Foreign Minister Cho Hyun said", "Cho Hyun", True),
    ("Wi Sung-lac, the national security chief, said", "Wi Sung-lac", True),  # apposition
    ("Wi Sung-lac said", "Wi Sung-lac", False),
    ("Wi Sung-lac, who leads the office, said", "Wi Sung-lac", False),  # no title word
    ("Wi Sung-lac, Director of the National Security Council", "Wi Sung-lac", True),  # list
    ("Cho Hyun, Minister for Foreign Affairs", "Cho Hyun", True),
    ("Cho Hyun, members of the delegation", "Cho Hyun", False),  # no title word
    ("the adviser. Wi Sung-lac said", "Wi Sung-lac", False),  # another sentence's word
    ("presidential chief of staff Wi Sung-lac said", "Wi Sung-lac", True),  # with its *of*
    ("the office of Wi Sung-lac", "Wi Sung-lac", False),  # no title before *of*
    ("with Motegi Toshimitsu as Finance Minister and Kihara", "Motegi Toshimitsu", True),
    ("Motegi Toshimitsu as Foreign Minister.", "Motegi Toshimitsu", True),
    ("Motegi Toshimitsu as well as Kihara", "Motegi Toshimitsu", False),  # no title after as
    ("Secretary-General Kihara Minoru is running", "Kihara Minoru", True),  # a hyphened title
    ("the Tokyo-Osaka Kihara Minoru", "Kihara Minoru", False),  # no title's part
])
def test_officer_title_beside(text, name, titled):
    start = text.index(name)
    assert officer_title_beside(text, start, start + len(name)) is titled


@pytest.mark.parametrize(("word", "other", "sibling"), [
    ("외무상", "외무성", True),  # the minister (相) and the ministry (省)
    ("조달처", "조달청", True),
    ("외무싱", "외무성", False),  # 싱 makes no office: a slip
    ("국방비", "국방부", False),  # 비 (費, cost) is no office's ending
    ("상", "성", False),  # no stem
])
def test_office_sibling(word, other, sibling):
    assert office_sibling(word, other) is sibling


@pytest.mark.parametrize(("word", "solid"), [
    ("한번도", True),  # 한 번도: a native numeral and its counter, written solid
    ("두명이", True),
    ("네번째", True),
    ("몇번이나", True),
    ("가있는", True),  # 가 있는: 있다 written onto a verb
    ("할수없다", True),
    ("한반도", False),  # a noun
    ("한국", False),
    ("세계", False),  # 세 and no counter
    ("있는", False),  # the verb itself
])
def test_phrase_written_solid(word, solid):
    from yongeo.text.korean import phrase_written_solid

    assert phrase_written_solid(word) is solid
