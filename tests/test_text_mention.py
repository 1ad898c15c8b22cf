"""A name mentioned rather than used (text.mention): so-called, a verb of naming, a short
quotation, a gloss in brackets."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "word", "mentioned"), [
    ("the so-called \"Takeshima Day\" event", "Takeshima", True),
    ("시마네현의 이른바 '다케시마의 날' 행사", "다케시마", True),
    ("what Japan calls 'Takeshima'.", "Takeshima", True),  # a quoted name
    ("소위 다케시마 문제", "다케시마", True),
    ("Officials visited Takeshima.", "Takeshima", False),  # used
    ("Japan's Takeshima claim and Korea's reply", "Takeshima", False),  # apostrophes
    ("He said: \"We will never give up Takeshima, which is ours by law.\"", "Takeshima",
     False),  # a quoted sentence: its speaker's use
    ("\"Dokdo\" and then Takeshima", "Takeshima", False),  # after a quotation
    ("'기시다 후미오'(×키시다 후미오) 전 총리", "키시다 후미오", True),  # marked wrong before
    ("gives 기시다 후미오 (not 키시다 후미오) for Kishida", "키시다 후미오", True),
    ("maps published abroad call it the Sea of Japan", "Sea of Japan", True),
    ("people disagree about what to call the Sea of Japan", "Sea of Japan", False),  # the sea
    ("피고는 일본제철(당시 신일철주금)이었으며", "신일철주금", True),  # a former name
    ("일본제철(日本製鉄, 옛 신일철주금)이", "신일철주금", True),
    ("신일철주금(현 일본제철)이 배상하라", "신일철주금", True),
    ("판결(당시 피고 신일철주금, 현 일본제철) 이후", "신일철주금", True),  # a word between
    ("(defendant at the time: Nippon Steel & Sumitomo Metal, now Nippon Steel)",
     "Nippon Steel & Sumitomo Metal", True),
    ("일본제철(당시 신일본제철, 이후 신일철주금)을", "신일철주금", True),  # later, then too
    ("(then Nippon Steel Corporation, later Nippon Steel & Sumitomo Metal)",
     "Nippon Steel & Sumitomo Metal", True),
    ("(이후 신일철주금)", "신일철주금", False),  # later alone: maybe the name now
    ("The Ministry was upgraded from the Japan Defense Agency in 2007.",
     "Japan Defense Agency", True),
    ("방위성은 2007년 방위청에서 승격했다.", "방위청", True),
    ("방위청에서 발표했다.", "방위청", False),  # said by it: no change
    ("\"Tsushima (Korean: Daemado), Fukuoka Prefecture\"", "Daemado", True),  # a label
    ("쓰시마(한국명 대마도), 후쿠오카현", "대마도", True),
    ("| 동경 (Donggyeong, the old Sino-Korean reading) |", "Donggyeong", True),  # a reading
    ("서울과 ~~동경~~ 도쿄를 오가던", "동경", True),  # struck out: marked wrong
    ("좋아요~~ 동경 가요~~", "동경", False),  # a chat's drawn-out endings
    ("피고 신일철주금은 배상하라", "신일철주금", False),  # no former name marked
    ("옛 사명인 '신일철주금'이 남아 있는데", "신일철주금", True),
    ("'Nippon Steel & Sumitomo Metal'(신일철주금)로 적혀", "신일철주금", True),  # a quote's gloss
    ("Lee: \"solution kept, victims' views respected\" (Independence Day address)",
     "Independence Day", False),  # a quoted sentence's source in brackets, no gloss
    ("신일철주금은 배상하라", "신일철주금", False),  # used as the present name
    ("Nippon Steel, then called Nippon Steel & Sumitomo Metal; rulings", "Nippon Steel &",
     True),  # a former name after a comma
    ("the old company name 신일철주금 (Nippon Steel & Sumitomo Metal); I will", "Nippon Steel &",
     True),  # the old name's gloss
    ("Nippon Steel & Sumitomo Metal (신일철주금), the company's name at the time of the ruling,",
     "Nippon Steel & Sumitomo Metal", True),  # the name then, said after it
    ("Nippon Steel & Sumitomo Metal, its former name, appears", "Nippon Steel & Sumitomo Metal",
     True),
    ("Nippon Steel & Sumitomo Metal, the company that lost, appealed",
     "Nippon Steel & Sumitomo Metal", False),  # an apposition of another kind
    ("the Ministry, which had been the Japan Defense Agency until 2007, welcomed it",
     "Japan Defense Agency", True),  # the name it bore until a year
    ("2007년까지 방위청이었던 방위성", "방위청", True),
    ("the Japan Defense Agency until 2007 said", "Japan Defense Agency", False),  # no verb
    ("it was the Japan Defense Agency that objected until the end", "Japan Defense Agency",
     False),  # no year
])
def test_mentioned(text, word, mentioned):
    from yongeo.text.mention import mentioned as is_mentioned

    start = text.index(word)
    assert is_mentioned(text, start, start + len(word)) is mentioned


@pytest.mark.parametrize(("text", "word", "mentioned"), [
    ("the islands Japan calls Takeshima and South Korea calls Dokdo", "Takeshima", True),
    ("일본이 '다케시마'라고 부르는 독도", "다케시마", True),  # a particle on the closing mark
    ("일본이 다케시마라고 부르는 섬", "다케시마", True),  # a verb of naming after it
    ("a group known as Takeshima Friends", "Takeshima", True),
    ("Horyu-ji, known to Koreans as Beopryungsa", "Beopryungsa", True),  # whose name it is
    ("known to the Japanese as Takeshima", "Takeshima", True),
    ("Japan's 'Takeshima'x claim", "Takeshima", False),  # a Latin letter after the mark
    ("the islets, called Dokdo in Korea and Takeshima in Japan", "Takeshima", True),
    ("a sea known as the East Sea or the Sea of Japan", "Sea of Japan", True),  # the second
    ("the talks called for calm and Takeshima was raised", "Takeshima", False),  # no name
    ("독도(일본명 다케시마)에 대해", "다케시마", True),  # a gloss's label for Japan's name
    ("영문명: Sea of Japan", "Sea of Japan", True),
    ("일본의 다케시마 주장", "다케시마", False),
    # marked right or wrong, listed with its variants, after a verb of writing or a pronoun
    ("다카이치 사나에(O) / 타카이치 사나에(X)", "타카이치 사나에", True),
    ("다카이찌(X), 후꾸시마(×) → 다카이치", "다카이찌", True),
    ("논문 중에 다케시마나 리앙쿠르 암초라고 쓴 것도", "다케시마", True),
    ("papers that call it Takeshima or the Liancourt Rocks", "Takeshima", True),
    ("papers that call it Takeshima or the Liancourt Rocks", "Liancourt Rocks", True),
    ("타카이치 총리가 (X) 표시를 했다", "타카이치", False),  # no mark right after
    ("Tokyo calls the islands Takeshima and claims them", "Takeshima", True),
    ("a website that labels Dokdo only as Takeshima", "Takeshima", True),
    ("Japan's names for the islands and the sea, Takeshima and the Sea of Japan, appear",
     "Takeshima", True),
    ("Japan's names for the islands and the sea, Takeshima and the Sea of Japan, appear",
     "Sea of Japan", True),
    ("under their Edo-period Japanese names, Takeshima and Matsushima, which", "Takeshima",
     True),
    ("The names changed, and Takeshima is still claimed", "Takeshima", False),
    ("the island I knew as a child as Daemado", "Daemado", True),  # knew as: a name learned
    ("I knew Daemado well", "Daemado", False),
    ("the traditional Korean name Daemado (대마도) may be used", "Daemado", True),  # name
    ("under the name Takeshima", "Takeshima", True),
    ("the name of Takeshima Day", "Takeshima", False),  # of: the name's owner, not it
    ("일본해 표기에 반대한다", "일본해", True),  # a Korean noun of naming after it
    ("일본해 명칭은", "일본해", True),
    ("일본해에서 훈련했다", "일본해", False),
    ("동해를 일본해로만 표기한 경우", "일본해", True),  # 만 before the verb of writing
    ("일본해가 국제적으로 확립된 유일한 명칭이라고 했다", "일본해", True),  # said to be a name
    ("일본해가 넓어서 이름을 몰랐다", "일본해", False),  # a name, not its subject
    # a verb of saying, the clause ending after the name: the word said
    ("When a character says Takeshima, subtitle it as Dokdo.", "Takeshima", True),
    # a body's old name in a change from it, or a renaming's subject
    ("the transition from the Japan Defense Agency to the Ministry of Defense in 2007",
     "Japan Defense Agency", True),
    ("the Japan Defense Agency was upgraded to a ministry in 2007", "Japan Defense Agency",
     True),
    ("2007년 방위청이 방위성으로 승격되면서", "방위청", True),
    ("the Japan Defense Agency sent a delegation", "Japan Defense Agency", False),
    ("a change from Takeshima's fishing rules", "Takeshima", False),  # no to after it
    # a gloss in brackets, or the spaces lint masks it with, before the verb of naming
    ("일본이 다케시마(竹島)라 부르는 독도", "다케시마", True),
    ("일본이 다케시마    라 부르는 독도", "다케시마", True),
    ("Dokdo, Takeshima (竹島) as Japan calls the islets", "Takeshima", True),
    ("Takeshima, as they call it", "Takeshima", True),
    ("Japan claims Takeshima as its territory", "Takeshima", False),
    # a Markdown italic span: the word mentioned
    ("which older Koreans still call *Daemado*, for", "Daemado", True),
    ("a trip to *Daemado* island", "Daemado", True),
    ("a trip to **Daemado** island", "Daemado", False),  # bold: emphasis, no mention
    ("*a trip to Daemado*", "Daemado", False),  # part of a longer italic span
    ("Japan says Takeshima is its territory.", "Takeshima", False),  # a claim reported
])
def test_mentioned_by_a_verb_of_naming(text, word, mentioned):
    from yongeo.text.mention import mentioned as is_mentioned

    start = text.index(word)
    assert is_mentioned(text, start, start + len(word)) is mentioned


@pytest.mark.parametrize(("text", "word", "glossed"), [
    ("in the Sea of Japan (East Sea) and beyond", "Sea of Japan", True),
    ("일본해(동해) 등에서", "일본해", True),
    ("동해(일본해)에서", "일본해", True),
    ("the Sea of Japan and the East Sea", "Sea of Japan", False),
    ("동해 = 일본해(日本海·일본이 주장하는 동해의 명칭)는", "일본해", True),  # a gloss holding it
    ("Sea of Japan (the Japanese name for the East Sea)", "Sea of Japan", True),
    ("일본해(동해안 지역)에서", "일본해", False),  # inside a longer word
    ("일본해(일본 정부 표현)에서", "일본해", False),  # a gloss without the name
    # a second name after the first, a comma and or
    ("the East Sea, or Sea of Japan, as Japan calls it", "Sea of Japan", True),
    ("the Yellow Sea, or Sea of Japan, as Japan calls it", "Sea of Japan", False),  # another
])
def test_glossed(text, word, glossed):
    from yongeo.text.mention import glossed as is_glossed

    start = text.index(word)
    assert is_glossed(text, start, start + len(word), ["East Sea", "동해"]) is glossed


@pytest.mark.parametrize(("text", "word", "discussed"), [
    ("제목 '부산~츠시마 뱃길 승객 30% 늘어' 기사에서 '츠시마'로 적은 부분은 '쓰시마'로 바로잡습니다.",
     "츠시마", True),  # the headline's too
    ('Avoid "Tsushma"; write "Tsushima". Tsushma is a slip.', "Tsushma", True),
    ("부산~츠시마 뱃길 승객이 늘었다. '쓰시마'로 적는다.", "츠시마", False),  # never quoted
    ("'츠시마'로 적었다.\n\n'쓰시마'가 맞다.", "츠시마", False),  # another paragraph
])
def test_discussed(text, word, discussed):
    from yongeo.text.mention import discussed as is_discussed

    start = text.index(word)
    assert is_discussed(text, start, start + len(word), ["쓰시마", "Tsushima"]) is discussed


@pytest.mark.parametrize(("text", "word", "alone"), [
    ('Do not write "Lee Jae Myung" or "Yoon Suk-yeol".', "Lee Jae Myung", True),
    ("'츠시마'로 적은 부분", "츠시마", True),
    ("‘텍사르 전기톱 연쇄살인사건’", "텍사르", False),  # a word of a quoted title
    ("Lee Jae Myung said", "Lee Jae Myung", False),
    ('like "Lee Jae-myeong" or "Wi Seong-rak," you are wrong', "Wi Seong-rak", True),
    ("위성락(O) / 위성낙(X)", "위성낙", True),
])
def test_cited(text, word, alone):
    from yongeo.text.mention import cited

    start = text.index(word)
    assert cited(text, start, start + len(word)) is alone


@pytest.mark.parametrize(("text", "word", "listed"), [
    ("쓰시마/츠시마/대마도", "츠시마", True),
    ("츠시마/쓰시마", "츠시마", True),
    ("(다카이치 vs 타카이치 ㅠㅠ)", "타카이치", True),
    ("간단한 삭제/츠시마 이벤트", "츠시마", False),  # another word beside it
    ("the naming of 츠시마 / 쓰시마", "츠시마", False),  # a field's slash, spaced
    ("Takeshima. See Dokdo", "Takeshima", True),  # an index's cross-reference
    ("다케시마 → 독도", "다케시마", True),
    ("동경 → 오사카 → 부산", "동경", False),  # a route: the next stop is another place
    ("calling them Dokdo or Takeshima", "Takeshima", True),  # both names given
    ("독도 또는 다케시마로 부르는 것", "다케시마", True),
    ("the Takeshima or the Dokdo issue", "Takeshima", True),
    ("ships near Takeshima or Ulleungdo", "Takeshima", False),  # another place
    ("동해와 일본해를 병기해야 한다", "일본해", True),  # and: both names, side by side
    ("일본해와 동해를 병기해야 한다", "일본해", True),
    ("the East Sea and the Sea of Japan both", "Sea of Japan", True),
    ("부산과 일본해를 오가는", "일본해", False),  # another name
    # a table row: the accepted name in another cell
    ("| Tsushima | 쓰시마 | 츠시마 | 대마도도 가능 |", "츠시마", True),
    ("intro\n| East Sea | 동해 | 일본해 |\n", "일본해", True),
    ("| 섬 | 다케시마 |", "다케시마", False),  # no accepted name in the row
    ("| a | b |\n| 다케시마 | 섬 |\n| 독도 | c |", "다케시마", False),  # another row's
    ("동해 | 일본해", "일본해", False),  # no table: a line without its opening pipe
    ("| **동해** | 일본해 |", "일본해", True),  # the name emphasised, whole
    # an accepted name inside another cell's sentence: no term table
    ("| 2025 | 동경 방문 | 회담은 도쿄 시내에서 열렸다 |", "동경", False),
    # wrong forms listed before an arrow to the right one (an autocorrect rule)
    ("동경, 토쿄 → 도쿄", "동경", True),
    ("동경, 오사카, 교토에 간다", "동경", False),
])
def test_listed_with(text, word, listed):
    from yongeo.text.mention import listed_with

    start = text.index(word)
    assert listed_with(text, start, start + len(word),
                       ["쓰시마", "다카이치", "Dokdo", "독도", "도쿄", "동해", "East Sea"]) is listed


@pytest.mark.parametrize(("deprecated", "lang", "accepted", "variant"), [
    ("츠시마", "ko", ("쓰시마", "대마도"), True),  # つ as 츠: our name misspelt
    ("아베 신죠", "ko", ("아베 신조",), True),
    ("Takahichi", "en", ("Takaichi",), True),
    ("다케시마", "ko", ("독도",), False),  # another side's name
    ("조선반도", "ko", ("한반도",), False),
    ("Sea of Japan", "en", ("East Sea",), False),
])
def test_a_glossed_deprecated_form_is_a_mention_only_as_another_name(deprecated, lang,
                                                                      accepted, variant):
    """The deprecated check reads a form glossed with an accepted one (츠시마(대마도)) as a
    mention only where it is no spelling variant of them (lint.deprecated.is_variant_spelling)."""
    from conftest import make_entry

    from yongeo.glossary.model import Status
    from yongeo.lint.deprecated import is_variant_spelling
    from yongeo.match import Hit

    english, korean = ("X", accepted[0]) if lang == "ko" else (accepted[0], "엑스")
    entry = make_entry("e", "place", english, korean, (deprecated, lang, "deprecated"),
                       *((a, lang, "admitted") for a in accepted[1:]))
    term = next(t for t in entry.terms if t.status is Status.DEPRECATED)
    assert is_variant_spelling(Hit(0, len(deprecated), entry, term, deprecated)) is variant


@pytest.mark.parametrize(("text", "word", "found"), [
    ('We argued about words, "forced labor" or "wartime labor", for weeks', "forced labor",
     True),
    ('We argued about words, "forced labor" or "wartime labor", for weeks', "wartime labor",
     True),
    ("'강제노동'이냐 '전시 노동'이냐를 두고", "강제노동", True),
    ("'강제노동'이냐 '전시 노동'이냐를 두고", "전시 노동", True),
    ('Write "Dokdo", not "Takeshima".', "Takeshima", True),
    ('the so-called "forced labor" issue', "forced labor", False),  # quoted alone
    ('He said "forced labor" was real.', "forced labor", False),
    ("forced labor or wartime labor", "forced labor", False),  # not quoted
])
def test_weighed(text, word, found):
    from yongeo.text.mention import weighed

    start = text.index(word)
    assert weighed(text, start, start + len(word)) is found


@pytest.mark.parametrize(("text", "word", "inside"), [
    ('Heiyo replied: "We survey around Takeshima, Japanese waters." Then it left.', "Takeshima",
     True),  # a quoted sentence of any length
    ("선박은 “다케시마 주변을 조사 중”이라고 답했다.", "다케시마", True),
    ('He said "no" and went to Takeshima.', "Takeshima", False),  # after the quotation
    ("「다케시마의 날」 행사", "다케시마", True),
    ('"Dokdo"\nTakeshima is near', "Takeshima", False),  # another line
])
def test_in_quotation(text, word, inside):
    from yongeo.text.mention import in_quotation

    start = text.index(word)
    assert in_quotation(text, start, start + len(word)) is inside


@pytest.mark.parametrize(("text", "word", "bare"), [
    ("이른바 코노 담화를 발표했다", "코노", True),
    ("the so-called Takahichi Cabinet", "Takahichi", True),
    ("소위 다케시마 문제", "다케시마", True),
    ("이른바 '다케시마의 날'", "다케시마", False),  # a quotation mark: a quoted mention
    ("일명 다케시마", "다케시마", False),  # also known as: another name
    ("Japan calls Takeshima", "Takeshima", False),  # a verb of naming
])
def test_called_so_bare(text, word, bare):
    from yongeo.text.mention import called_so_bare

    assert called_so_bare(text, text.index(word)) is bare


@pytest.mark.parametrize(("text", "word", "span"), [
    ('그는 "조선반도의 평화"라고 말했다.', "조선반도", '"조선반도의 평화"'),
    ("He said “peace on the Korean Peninsula” today.", "Korean", "“peace on the Korean Peninsula”"),
    ("He spoke of peace.", "peace", None),  # no quotation
])
def test_quotation_span(text, word, span):
    from yongeo.text.mention import quotation_span

    start = text.index(word)
    found = quotation_span(text, start, start + len(word))
    assert (text[found[0]:found[1]] if found else None) == span
