"""text.news: the parts of a news sentence a translation may render freely."""

from __future__ import annotations

import pytest

from yongeo.text.news import in_attribution, is_headline, seat_sought

ATTRIBUTION = [
    # sentence, the word looked at, in the attribution
    ("A man from East Jerusalem with a criminal record, police said.", "police", True),
    ("The storm was centered in the Gulf, the hurricane center said.", "hurricane", True),
    ("Two students were victims of an attack, police said Wednesday.", "police", True),
    ("The talks ended, the ministry told reporters on Monday.", "ministry", True),
    ("The talks ended in Barbados, the defense ministry said", "defense ministry", True),
    ("“Trouble ahead,” said CNN Senior Political Researcher Alan Silverleib.", "Researcher",
     True),
    ("The fire spread, according to police officials.", "police", True),
    ("According to police, the fire spread.", "police", True),
    ("The attack happened nearby, U.S. State Department spokesman Sean McCormack said.",
     "State Department", True),
    # The subject of a sentence that reports, or what is reported.
    ("Police said the driver fled.", "Police", False),
    ("Guler said police have launched an investigation into the blasts.", "police", False),
    ("Police are still looking for the driver, Interior Minister Besir Atalay said.", "Police",
     False),
    ("The attack happened at a police booth, spokesman Sean McCormack said.", "police", False),
    # More of the sentence after the attribution: not its end.
    ("Two students were victims, police said Wednesday, as they appealed for help.", "police",
     False),
    ("No one was hurt, police said, but the road stays closed.", "police", False),
    # An attribution ends with its sentence: the next sentence's subject is no speaker.
    ("Ships were warned, according to the Kantei.\nThe Japan Coast Guard issued a warning.",
     "Japan Coast Guard", False),
    ("Ships were warned, according to the Kantei. The Japan Coast Guard issued a warning.",
     "Japan Coast Guard", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ATTRIBUTION)
def test_in_attribution(sentence, word, expected):
    start = sentence.index(word)
    assert in_attribution(sentence, start, start + len(word)) is expected


SEATS = [
    ("McCain is in the race for the White House.", "White House", True),
    ("the Democratic bid for the White House, but", "White House", True),
    ("her campaign for the Blue House", "Blue House", True),
    ("as a consequence of living in the White House.", "White House", False),
    ("a spokesman for the White House said", "White House", False),
    ("a race in the White House garden", "White House", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), SEATS)
def test_seat_sought(text, name, expected):
    assert seat_sought(text, text.index(name)) is expected


@pytest.mark.parametrize(("text", "headline"), [
    ("셔틀외교 복원, 역사 문제 외면해선 안 된다\n\n본문이 이어진다.", True),
    ("Japan, South Korea extend currency swap\n\nTOKYO -- Japan and South Korea agreed.", True),
    ("Japan and South Korea agreed on Friday.\n\nThe two sides met.", False),  # a sentence
    ("Japan, South Korea extend currency swap", False),  # no text after it
    ("First line\nsecond line\n\nBody.", False),  # two lines
])
def test_is_headline(text, headline):
    end = text.find("\n\n") if "\n\n" in text else len(text)
    assert is_headline(text, 0, end) is headline


@pytest.mark.parametrize(("block", "expected"), [
    (("KOREA-JAPAN/SECURITY (UPDATE 3)\nUPDATE 3-Security adviser meets Takaichi\n(Adds "
      "comments from Japan's chief cabinet secretary in paragraphs 6-7.)\n* Lee expected to "
      "visit Japan"), True),  # slug, headline, the desk's note in brackets, a bullet
    ("위성락 안보실장, 도쿄서 다카이치 총리 예방\n위 실장, 일본 당국자들과도 회담", True),
    ("한일 실무 협의서 의견 접근\n사진 설명: 잠수사들이 조사를 준비하고 있다. [연합뉴스 자료사진]",
     True),  # a photo caption's line
    ("한국, 독도 주장에 항의\n※ 5번째 문단을 추가했습니다.", True),  # the desk's note
    ("셔틀외교 복원, 역사 문제 외면해선 안 된다", False),  # one line: a headline (is_headline)
    ("Embassy of Japan, Seoul\nTo: Ministry of Foreign Affairs\nSubject: Protest", False),
    ("Japan and South Korea agreed on Friday.\nThe two sides met.", False),  # sentences
    ("1\n2\n3\n4\n5\n6\n7", False),  # too many lines
])
def test_is_headline_block(block, expected):
    from yongeo.text.news import is_headline_block

    text = f"{block}\n\nThe story follows."
    assert is_headline_block(text, 0, len(block)) is expected
    assert not is_headline_block(block, 0, len(block))  # no story after it


def test_a_headline_opens_its_text():
    text = "Body first.\n\nNot a headline\n\nMore."
    start = text.index("Not")
    assert not is_headline(text, start, start + len("Not a headline"))


@pytest.mark.parametrize(("text", "word", "aside"), [
    ("방문했습니다(1월 13∼14일 나라 한일 정상회담). 두 정상", "한일 정상회담", True),
    ("외교부(장관 조현)는", "조현", True),
    ("한일 정상회담이 열렸다", "한일 정상회담", False),
    ("(a) 한일 정상회담 (b)", "한일 정상회담", False),  # between two brackets, in none
])
def test_in_aside(text, word, aside):
    from yongeo.text.news import in_aside

    start = text.index(word)
    assert in_aside(text, start, start + len(word)) is aside


@pytest.mark.parametrize(("aside", "lists"), [
    ("(expanded deterrence and Indo-Pacific cooperation)", True),
    ("(Conference Hall, 18F)", True),
    ("(확장억제 및 협력)", True),
    ("(확장억제와 협력)", True),
    ("(한국·일본)", True),
    ("(Briefing Room)", False),
    ("(외교부 청사 브리핑룸)", False),
    ("(andante)", False),  # and inside a word
    ("(과학기술)", False),  # 과 opening a word
])
def test_lists_things(aside, lists):
    from yongeo.text.news import lists_things

    assert lists_things(aside) is lists


@pytest.mark.parametrize(("text", "word", "span"), [
    ("세미나(확장억제 및 인도·태평양 협력), 8월", "확장억제", "(확장억제 및 인도·태평양 협력)"),
    ("외교부(장관 조현)는", "조현", "(장관 조현)"),
    ("한일 정상회담이 열렸다", "한일 정상회담", None),
])
def test_aside_around(text, word, span):
    from yongeo.text.news import aside_around

    start = text.index(word)
    found = aside_around(text, start, start + len(word))
    assert (text[found[0]:found[1]] if found else None) == span


@pytest.mark.parametrize(("text", "word", "title"), [
    ("저서로 『김대중-오부치에서 이재명-다카이치까지의 한일 정상외교』(2025)가 있다.", "정상외교", True),
    ("논문 「셔틀외교의 제도화」에서", "셔틀외교", True),
    ("《한일관계사》 개정판", "한일관계", True),
    ("셔틀외교는 『책』에서 다뤘다", "셔틀외교", False),  # before the title
    ("『책 제목\n셔틀외교』", "셔틀외교", False),  # a line between: no one title
    ("정부는 『고노 담화』를 계승한다", "고노 담화", False),  # the brackets hold the term alone
    ("「 야스쿠니 신사 」 참배", "야스쿠니 신사", False),
])
def test_in_work_title(text, word, title):
    from yongeo.text.news import in_work_title

    start = text.index(word)
    assert in_work_title(text, start, start + len(word)) is title


@pytest.mark.parametrize(("text", "word", "tagged"), [
    ("소식은 @mofa_kr 에서! #한일관계 #셔틀외교", "한일관계", True),
    ("#셔틀외교", "셔틀외교", True),
    ("#KoreaJapan relations", "relations", False),  # a word after the tag
    ("한일관계 #셔틀외교", "한일관계", False),
])
def test_in_hashtag(text, word, tagged):
    from yongeo.text.news import in_hashtag

    start = text.index(word)
    assert in_hashtag(text, start, start + len(word)) is tagged


_GUIDE = ("1. Intro\n\nBody one.\n\n2. A Changing Landscape\n\nExport controls were lifted."
          "\n\n3. Key Checks under Japan's System\n\nMore.")


@pytest.mark.parametrize(("line", "heading"), [
    ("1. Intro", True),
    ("2. A Changing Landscape", True),
    ("Body one.", False),  # no label, a full stop
    ("3. Key Checks under Japan's System", True),
])
def test_is_section_heading(line, heading):
    from yongeo.text.news import is_section_heading

    start = _GUIDE.index(line)
    assert is_section_heading(_GUIDE, start, start + len(line)) is heading


@pytest.mark.parametrize(("text", "heading"), [
    ("제2장 한일관계의 전개\n\n본문", True),
    ("II. Background\n\nText", True),
    ("2. The talks were held.\n\nText", False),  # a sentence
    ("2. Background", False),  # nothing after it
])
def test_section_heading_kinds(text, heading):
    from yongeo.text.news import is_section_heading

    assert is_section_heading(text, 0, text.find("\n") if "\n" in text else len(text)) \
        is heading


def test_section_after():
    from yongeo.text.news import section_after

    end = _GUIDE.index("2. A Changing Landscape") + len("2. A Changing Landscape")
    assert section_after(_GUIDE, end).strip() == "Export controls were lifted."


@pytest.mark.parametrize(("text", "word", "alone"), [
    ("Economic Co-operation (the Claims Agreement) concluded", "Claims Agreement", True),
    ("한국의 재단(일제강제동원피해자지원재단)이", "일제강제동원피해자지원재단", True),
    ("세미나(확장억제 및 인도·태평양 협력)", "확장억제", False),  # a list
])
def test_names_alone(text, word, alone):
    from yongeo.text.news import aside_around, names_alone

    start = text.index(word)
    span = aside_around(text, start, start + len(word))
    assert names_alone(text, span, start, start + len(word)) is alone


def test_short_asides():
    from yongeo.text.news import short_asides

    assert short_asides("협정」(청구권협약)으로, 자민당(LDP) 의원") == ["청구권협약", "LDP"]
    assert short_asides("(" + "가" * 100 + ")") == []  # too long for an aside


@pytest.mark.parametrize(("text", "chrome"), [
    ("The leaders met on Thursday. (Yonhap)", ["(Yonhap)"]),  # an agency closing a story
    ("Takaichi enters the venue. (Pool Photo/Yonhap)", ["(Pool Photo/Yonhap)"]),
    ("다카이치 총리가 회담장에 들어서고 있다. [공동취재/연합뉴스]", ["[공동취재/연합뉴스]"]),  # a credit
    ("악수하고 있다. 2025.10.30 [공동취재/연합뉴스]", ["2025.10.30 [공동취재/연합뉴스]"]),  # dated
    ("수령 현황\n사진 설명: 재단 사무실 입구 [연합뉴스 자료사진]", ["[연합뉴스 자료사진]"]),  # a caption's
    ("재단 사무실 입구 [연합뉴스 자료사진]", []),  # no caption's line, no sentence before it
    ("악수하고 있다. 도쿄=연합뉴스", ["도쿄=연합뉴스"]),  # the place and the agency, no brackets
    ("사진을 공개했다. [외교부 제공]", ["[외교부 제공]"]),
    ("[김영자 / 강제동원 피해자 유족]", []),  # a line of its own in brackets: a label
    ("그는 말했다 [주: 1월 정상회담에서 합의 발표를 목표로 함]", []),  # a note, no credit
    ("양국은 [경제 협력]을 논의했다.", []),  # brackets inside a sentence
    ("SEOUL (Yonhap) -- The leaders met.", ["SEOUL (Yonhap) --"]),  # a dateline opening
    ("The talks ended.\n(Reporting by Jihoon Park in Seoul; Editing by Martin Hale)",
     ["(Reporting by Jihoon Park in Seoul; Editing by Martin Hale)"]),  # a wire's credits
    ("He said so. (Additional reporting by Kaori Sasaki)",
     ["(Additional reporting by Kaori Sasaki)"]),
    ("He was reporting by phone (Seoul).", []),  # no credit's bracket
    ("The leaders met on Thursday. (Yonhap)\n", ["(Yonhap)"]),  # a file's last line
    ("(도쿄 AP=연합뉴스) 이재명 대통령이 27일 도쿄에서 인사했다.", ["(도쿄 AP=연합뉴스)"]),  # a
    # foreign agency's wire relayed, its name in Latin capitals
    ("(도쿄 =) 이재명 대통령이 인사했다.", []),  # no agency
])
def test_chrome_spans(text, chrome):
    from yongeo.text.news import chrome_spans

    assert [text[start:end].strip() for start, end in chrome_spans(text)] == chrome


@pytest.mark.parametrize(("text", "lines"), [
    ("본문이다.\nⓒ 무단 전재-재배포 금지", ["ⓒ 무단 전재-재배포 금지"]),
    ("본문이다.\n관련 기사: 위성락 안보실장, 도쿄서 예방", ["관련 기사: 위성락 안보실장, 도쿄서 예방"]),
    ("Body.\nRelated stories: Japan PM visits Seoul", ["Related stories: Japan PM visits Seoul"]),
    ("Body.\n© 2026 Reuters. All rights reserved.", ["© 2026 Reuters. All rights reserved."]),
    ("See also: Korea-Japan summit", []),  # a dictionary's cross-reference: its own text
    ("관련어: 한일 정상회담", []),
    ("관련 기사를 쓴 기자는 말했다.", []),  # the words inside a sentence
    ("본문.\n\n관련 기사\n▶ 일본, 추도식 개최\n▶ 외교장관 발언\n\n다음 문단.",
     ["관련 기사\n▶ 일본, 추도식 개최\n▶ 외교장관 발언"]),  # a heading and its list
    ("Body.\n\nRelated stories:\n- Japan to hold memorial\n(END)",
     ["Related stories:\n- Japan to hold memorial"]),
    ("관련 기사\n한일 셔틀외교 복원 합의", ["관련 기사"]),  # lines with no list's mark: read
    ("[관련 기사]\n▶ 한일 셔틀외교 복원 합의", ["[관련 기사]\n▶ 한일 셔틀외교 복원 합의"]),
])
def test_away_lines(text, lines):
    from yongeo.text.news import away_lines

    assert [text[start:end] for start, end in away_lines(text)] == lines
