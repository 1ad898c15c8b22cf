"""A scholarly text's apparatus: reference list entries and romanized titles (text.citations)."""

import pytest

from yongeo.text.citations import reference_spans


@pytest.mark.parametrize(("text", "cited"), [
    # Chicago author-date entries, in English, Korean and Japanese
    ('Kim, Seong-jin. 2024. "Judgments without Enforcement." Journal 17 (1): 105–130.',
     ['Kim, Seong-jin. 2024. "Judgments without Enforcement." Journal 17 (1): 105–130.']),
    ("Park, Yu-ha (박유하). 2005. Hwahae rŭl wihaesŏ: Tokto [For Reconciliation]. Seoul.",
     ["Park, Yu-ha (박유하). 2005. Hwahae rŭl wihaesŏ: Tokto [For Reconciliation]. Seoul."]),
    ("김지윤. 2023. 「제3자 변제안과 국내 정치」. 『한국정치학회보』 58(2): 33–58.",
     ["김지윤. 2023. 「제3자 변제안과 국내 정치」. 『한국정치학회보』 58(2): 33–58."]),
    ("木宮正史. 2021. 『日韓関係史』. 岩波書店.", ["木宮正史. 2021. 『日韓関係史』. 岩波書店."]),
    ("Ministry of Foreign Affairs of Japan. 2025. Diplomatic Bluebook 2025. Tokyo.",
     ["Ministry of Foreign Affairs of Japan. 2025. Diplomatic Bluebook 2025. Tokyo."]),
    ("- Cha, Victor D. 1999. Alignment Despite Antagonism. Stanford.",  # a bulleted entry
     ["- Cha, Victor D. 1999. Alignment Despite Antagonism. Stanford."]),
    ("Kim, J., and S. Lee. (2023). Title of the work. Publisher.",  # APA: the year in brackets
     ["Kim, J., and S. Lee. (2023). Title of the work. Publisher."]),
    # a note's own words stay text; its quoted romanized title, before its translation, not
    ('¹ See Kim Ji-yoon, "Yun Seok-yeol jeongbu-ui byeonje-an" [The Yoon plan], Hanguk 58.',
     ["Yun Seok-yeol jeongbu-ui byeonje-an"]),
    ('Nakagawa, "Nikkan kankei no tenkai to kadai" [Korea-Japan relations], 2025, 28.',
     ["Nikkan kankei no tenkai to kadai"]),  # Hepburn's no and to are particles
    ('He said "shuttle diplomacy is back" [Laughter] to reporters.', []),  # English words
    # notes that only cite: author, title, year
    ("¹ Gaimushō, *Gaikō seisho 2026* [Diplomatic Bluebook 2026] (Tōkyō: Gaimushō, 2026), ch. 2.",
     ["¹ Gaimushō, *Gaikō seisho 2026* [Diplomatic Bluebook 2026] (Tōkyō: Gaimushō, 2026), ch. 2."]),
    ("³ 외교부, 「일본 외교청서 독도 관련 기술에 대한 대변인 논평」, 2026년 4월 10일.",
     ["³ 외교부, 「일본 외교청서 독도 관련 기술에 대한 대변인 논평」, 2026년 4월 10일."]),
    ('12. Oegyobu, "Ilbon oegyo cheongseo," 10 April 2026.',
     ['12. Oegyobu, "Ilbon oegyo cheongseo," 10 April 2026.']),
    ("[^4]: 島根県総務部, 『竹島の日記念式典開催概要』(松江, 2026).",
     ["[^4]: 島根県総務部, 『竹島の日記念式典開催概要』(松江, 2026)."]),
    ("2. 일본 경제산업성, '대한국 수출관리 운용 재검토' (2023.3.16)",
     ["2. 일본 경제산업성, '대한국 수출관리 운용 재검토' (2023.3.16)"]),  # single quotes
    ("¹ As the minister said, “we will see” in 2026.", []),  # a note's own sentence
    ("4. 외교부, 「보도자료」를 참고하라.", []),  # no year: a list item's sentence
    # sentences, not entries
    ("The summit was held in Gyeongju. 2025. was a year of change.", []),
    ("다카이치 총리는 말했다. 2025. 그리고 회담이 열렸다.", []),
    ("On 30 October 2025, the leaders met. They agreed.", []),
    ('한국은 "이 섬들을 독도라고 부른다." [주: 편집자]', []),  # a Korean quotation: text
])
def test_reference_spans(text, cited):
    assert [text[start:end] for start, end in reference_spans(text)] == cited
