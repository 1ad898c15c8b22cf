"""The lint example tables: per rule, drafts that must be flagged and drafts that must pass.

Each example is a source and a draft (or a single text when there is no source). A pair is
checked as two plain-text files and, paragraph by paragraph, as a PO file (msgid = source,
msgstr = draft); a single text on its own. `flagged` lists the text each finding of the
rule covers, in order: WHOLE stands for the whole draft paragraph (or msgstr), and an
excerpt from the source is written SOURCE + excerpt. An empty list means the example must
pass. test_lint_examples.py runs them; its meta-test fails when a rule has no examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from conftest import make_entry

from yongeo.glossary.model import Glossary

WHOLE = "<the whole draft piece>"
SOURCE = "source:"


@dataclass(frozen=True)
class Example:
    rule: str
    draft: str
    source: str | None = None
    flagged: list[str] = field(default_factory=list)
    kinds: tuple[str, ...] = ("pair", "po")  # a pair also runs as PO; "text" for singles
    note: str = ""
    severity: str = ""  # the severity every flagged finding has, when it matters


def glossary() -> Glossary:
    """A small glossary in the shape of the bundled one."""
    return Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
        make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
        make_entry("fukushima", "place", "Fukushima", "후쿠시마", ("후꾸시마", "ko", "deprecated")),
        make_entry("nara", "place", "Nara", "나라"),
        make_entry("europe", "place", "Europe", "유럽"),
        make_entry("release", "concept", "release", "릴리스"),
        make_entry("key", "concept", "key", "키"),
        make_entry("update", "concept", "update", "업데이트", ("갱신", "ko", "deprecated")),
        make_entry("background", "concept", "background", "배경"),
        make_entry("change", "concept", "change", "바꾸기", ("변경", "ko", "deprecated")),
        make_entry("lebanon", "place", "Lebanon", "레바논"),
        make_entry("tokyo", "place", "Tokyo", "도쿄"),
        make_entry("japan", "place", "Japan", "일본"),
        make_entry("save-password", "concept", "save the password", "암호 저장"),
        make_entry("message", "concept", "message", "메시지"),
        make_entry("korean-language", "concept", "Korean", "한국어"),
        make_entry("national-security-office", "organization", "National Security Office",
                   "국가안보실", ("NSO", "en", "admitted"), ("안보실", "ko", "admitted")),
        make_entry("foreign-ministry", "organization", "Ministry of Foreign Affairs", "외교부",
                   ("Foreign Ministry", "en", "admitted")),
        make_entry("president", "title", "President", "대통령"),
        make_entry("head-of-nso", "title", "head of the National Security Office",
                   "국가안보실장", ("안보실장", "ko", "admitted")),
        make_entry("takaichi-sanae", "person", "Takaichi Sanae", "다카이치 사나에",
                   ("Takaichi", "en", "admitted"), ("Takahichi", "en", "deprecated"),
                   ("다카이치", "ko", "admitted"), ("타카이치", "ko", "deprecated"),
                   ("타카이치 사나에", "ko", "deprecated")),
        make_entry("wi-sung-lac", "person", "Wi Sung-lac", "위성락"),
        make_entry("lee-jae-myung", "person", "Lee Jae-myung", "이재명", ("Lee", "en", "admitted")),
        make_entry("south-korea", "place", "South Korea", "한국", ("Korea", "en", "admitted")),
        make_entry("knda", "organization", "Korea National Diplomatic Academy", "국립외교원",
                   ("KNDA", "en", "admitted")),
        make_entry("transnational-crime", "concept", "transnational crime", "초국가범죄"),
        make_entry("cptpp", "agreement", "CPTPP", "CPTPP",
                   ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
                    "en", "admitted"),
                   ("포괄적·점진적 환태평양경제동반자협정", "ko", "admitted"),
                   case_sensitive=True, untranslated=True),
        make_entry("josei-coal-mine", "place", "Josei coal mine", "조세이 탄광",
                   ("Chosei coal mine", "en", "admitted"), ("장생 탄광", "ko", "admitted")),
        make_entry("remains", "concept", "remains", "유해", ("유골", "ko", "admitted")),
        make_entry("summit", "event", "summit", "정상회담"),
        make_entry("korea-japan-summit", "event", "Korea-Japan summit", "한일 정상회담"),
        make_entry("humanitarian-approach", "concept", "humanitarian approach", "인도적 접근"),
        make_entry("us-japan-alliance", "concept", "U.S.-Japan alliance", "미일 동맹"),
        make_entry("institutionalization", "concept", "institutionalization", "제도화"),
        make_entry("seafood-import-restriction", "concept", "seafood import restriction",
                   "수산물 수입 규제"),
        make_entry("seoul", "place", "Seoul", "서울"),
        # Korean compounds and predicates (KOREAN_MORPHOLOGY below)
        make_entry("default", "concept", "default", "기본"),
        make_entry("assignment", "concept", "assignment", "대입", ("할당", "ko", "deprecated")),
        make_entry("mode", "concept", "mode", "모드"),
        make_entry("sanctions", "concept", "sanctions", "제재"),
        make_entry("replace", "concept", "replace", "바꾸기"),
        make_entry("paste", "concept", "paste", "붙여넣기"),
        # For the misspelling guard: ordinary words sit one letter from these terms.
        make_entry("processor", "concept", "processor", "프로세서"),
        make_entry("interpreter", "concept", "interpreter", "인터프리터"),
        make_entry("password", "concept", "password", "암호"),
        make_entry("filename", "concept", "filename", "파일 이름"),
        make_entry("stem-cell", "concept", "stem cell", "줄기 세포"),
        # A terminology guide's concepts: a rendering deprecated for one is right for another.
        make_entry("delete", "concept", "delete", "삭제", ("지우기", "ko", "deprecated"),
                   ("erase", "en", "deprecated")),
        make_entry("clear", "concept", "clear", "지우기", ("삭제", "ko", "deprecated"),
                   ("erase", "en", "admitted"), ("비우기", "ko", "deprecated")),
        make_entry("shortcut", "concept", "shortcut", "바로 가기", ("바로가기", "ko", "deprecated")),
        make_entry("link", "concept", "link", "링크", ("바로 가기", "ko", "deprecated"),
                   ("바로가기", "ko", "deprecated")),
        make_entry("takaichi-cabinet", "organization", "Takaichi Cabinet", "다카이치 내각"),
        make_entry("create", "concept", "create", "만들기", ("생성", "ko", "deprecated")),
        # English sense and inflection (SENSE below)
        make_entry("set", "concept", "set", "집합", pos="noun"),
        make_entry("windows", "concept", "Windows", "윈도"),
        make_entry("table", "concept", "table", "표", not_in=("table of contents",)),
        make_entry("crisis", "concept", "crisis", "위기"),
        make_entry("evaluate", "concept", "evaluate", "평가", pos="verb"),
        make_entry("find", "concept", "find", "찾기"),
        make_entry("about", "concept", "about", "정보"),
        make_entry("united-states", "place", "United States", "미국", ("U.S.", "en", "admitted"),
                   ("US", "en", "admitted")),
        make_entry("white-house", "organization", "White House", "백악관"),
    ))


MISSING = [
    # en -> ko: flagged
    Example("term.missing", "우리는 정상 간 왕래를 논의했다.", "We discussed shuttle diplomacy.",
            [WHOLE]),
    Example("term.missing", "오랜 과거사에 대한 인도주의적 접근이다.",
            "It is a humanitarian approach to the past.", [WHOLE], note="a near synonym"),
    Example("term.missing", "그는 오사카에서 말했다.", "Wi Sung-lac spoke in Osaka.", [WHOLE],
            note="a name left out"),
    Example("term.missing", "두 정상은 회담했다.", "The two leaders held a summit.", [WHOLE]),
    Example("term.missing", "이름을 입력하세요.", "Enter a file name.", [WHOLE],
            note="filename written open is the term"),
    # ko -> en: flagged
    Example("term.missing", "They discussed reciprocal visits.", "양국은 셔틀외교를 논의했다.",
            [WHOLE]),
    Example("term.missing", "The presidential office said so.", "국가안보실이 밝혔다.", [WHOLE]),
    Example("term.missing", "The election is over.", "대통령 선거가 끝났다.", [WHOLE],
            note="no word of the term's family"),
    Example("term.missing", "The Chinese government discussed shuttle diplomacy.",
            "일본 정부는 셔틀외교를 논의했다.", [WHOLE], severity="error",
            note="another country's adjective: the place replaced"),
    Example("term.missing", "The Japanese side discussed shuttle diplomacy.",
            "도쿄는 셔틀외교를 논의했다.", [WHOLE], note="a city is not its country's adjective"),
    # en -> ko: must pass (particles, spacing, compounds, nesting, plurals, possessives)
    Example("term.missing", "우리는 셔틀 외교를 논의했다.", "We discussed shuttle diplomacy."),
    Example("term.missing", "셔틀외교의 제도화", "the institutionalization of shuttle diplomacy"),
    Example("term.missing", "위성락 국가안보실장은 말했다.",
            "Wi Sung-lac, head of the National Security Office, said so."),
    Example("term.missing", "국가안보실장은 기자들에게 말했다.",
            "The National Security Office told reporters.", note="국가안보실장 holds 국가안보실"),
    Example("term.missing", "한일 정상회담이 끝났다.",
            "The Korea-Japan summit ended. The summit was short.",
            note="정상회담 inside 한일 정상회담 renders summit"),
    Example("term.missing", "다카이치 총리의 방문", "Takaichi’s visit"),
    Example("term.missing", "초국가범죄에 대응한다.", "They fight transnational crimes."),
    Example("term.missing", "한일 정상회담", "the Korea–\nJapan summit", note="broken line"),
    Example("term.missing", "조세이탄광의 희생자", "victims of the Josei coal mine"),
    Example("term.missing", "미일 동맹은 굳건하다.", "The U.S.-Japan alliance is firm."),
    # ko -> en: must pass
    Example("term.missing", "They discussed shuttle diplomacy.", "양국은 셔틀 외교를 논의했다."),
    Example("term.missing", "seafood from Fukushima", "후쿠시마산 수산물"),
    Example("term.missing", "Prime Minister Takaichi’s reception", "다카이치 총리의 환대"),
    Example("term.missing", "The NSO said so.", "국가안보실은 그렇게 밝혔다."),
    Example("term.missing", "Enter a file name.", "파일 이름을 입력하세요.",
            note="file name is filename written open"),
    Example("term.missing", "Two file-names were given.", "파일 이름 두 개가 주어졌다.",
            note="hyphenated, and plural"),
    Example("term.missing", "The Japanese government discussed shuttle diplomacy.",
            "일본 정부는 셔틀외교를 논의했다.", note="a country by its adjective"),
    # A Korean term two concepts share (바꾸기: change, replace): any one rendering will do,
    # and none is one finding.
    Example("term.missing", "Change the name of the key.", "키 이름 바꾸기",
            note="change renders 바꾸기"),
    Example("term.missing", "Replace the name of the key.", "키 이름 바꾸기",
            note="so does replace"),
    Example("term.missing", "Rename the key.", "키 이름 바꾸기", [WHOLE],
            note="one finding for the two concepts"),
    # A term whose English is a function word (about: 정보, the About box) is the term only
    # in a label; in running Korean text the word is the ordinary noun (information).
    Example("term.missing", "Print version information and exit.", "버전 정보를 표시하고 끝납니다",
            note="정보 in running text is information"),
    Example("term.missing", "Info", "정보", [WHOLE], note="a label: the About box"),
    Example("term.missing", "Error opening the keyring.", "키 모음을 여는 중 오류",
            note="key inside the solid compound keyring"),
    Example("term.missing", "Error opening the monkey cage.", "키 모음을 여는 중 오류", [WHOLE],
            note="no compound of key: mon is no noun"),
    Example("term.missing", "Americans welcomed shuttle diplomacy.",
            "미국인들은 셔틀외교를 반겼다.", note="a country by its people"),
    Example("term.missing", "The presidential election is over.", "대통령 선거가 끝났다.",
            note="a word derived from the term: presidential"),
]

UNTRANSLATED = [
    Example("term.untranslated", "한국은 포괄적·점진적 환태평양경제동반자협정 가입을 추진한다.",
            "Korea seeks to join the CPTPP.", ["포괄적·점진적 환태평양경제동반자협정"]),
    Example("term.untranslated", "한국은 환태평양경제동반자협정 가입을 추진한다.",
            "Korea seeks to join the CPTPP.", [WHOLE], note="not a glossary term at all"),
    Example("term.untranslated", "cptpp 가입", "joining the CPTPP", [WHOLE],
            note="the case changed"),
    Example("term.untranslated", "accession to the Trans-Pacific Partnership", "CPTPP 가입",
            [WHOLE]),
    Example("term.untranslated", "한국은 CPTPP 가입을 추진한다.", "Korea seeks to join the CPTPP."),
    Example("term.untranslated", "포괄적·점진적 환태평양경제동반자협정(CPTPP)",
            "the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"),
    Example("term.untranslated", "CPTPP accession", "CPTPP 가입"),
]

DEPRECATED = [
    Example("term.deprecated", "타카이치 총리가 말했다.", "Takaichi said so.", ["타카이치"]),
    Example("term.deprecated", "타카이치 사나에 총리", "Prime Minister Takaichi Sanae",
            ["타카이치 사나에"], note="longest match"),
    Example("term.deprecated", "오오사카에서 열린 브리핑", "a briefing in Osaka", ["오오사카"]),
    Example("term.deprecated", "후꾸시마산 수산물", "seafood from Fukushima", ["후꾸시마"],
            note="a place name takes 산"),
    Example("term.deprecated", "변경중...", "Changing...", ["변경"],
            note="중 (中, in progress) written onto its noun keeps the noun"),
    Example("term.deprecated", "파일이 갱신되지 않았습니다.", "The files were not updated.",
            ["갱신"], note="a loanword entry (업데이트) is a noun, but the verb still names its "
                          "concept: the rendering it deprecates is wrong for the verb too"),
    Example("term.deprecated", "네트워크 변경 사항을 저장합니다.", "Save the network changes.",
            note="an entry written as a Korean verb (바꾸기) keeps its part of speech: the noun "
                 "is another concept, and 변경 renders it"),
    Example("term.deprecated", "Takahichi said so.", "다카이치 총리가 말했다.", ["Takahichi"]),
    Example("term.deprecated", "TAKAHICHI’S VISIT", "다카이치 총리의 방문", ["TAKAHICHI"]),
    Example("term.deprecated", "오사카에서 열린 브리핑", "a briefing in Osaka"),
    Example("term.deprecated", "다카이치 총리는 말했다.", "Takaichi said so."),
    Example("term.deprecated", "Takaichi’s visit", "다카이치 총리의 방문"),
    Example("term.deprecated", "후쿠시마산 수산물", "seafood from Fukushima"),
]

SOURCE_DEPRECATED = [
    Example("source.deprecated", "다카이치 총리가 이 대통령을 만났다.", "Takahichi met Lee.",
            [SOURCE + "Takahichi"]),
    Example("source.deprecated", "Prime Minister Takaichi said so.", "타카이치 총리가 말했다.",
            [SOURCE + "타카이치"]),
    Example("source.deprecated", "다카이치 총리가 말했다.", "Takaichi said so."),
    # a text checked on its own is a draft: its deprecated terms are term.deprecated
    Example("source.deprecated", "Takahichi’s warm reception", None, kinds=("text",)),
    Example("source.deprecated", "오오사카에서 열린 회의", None, kinds=("text",)),
]

# A text checked on its own is a draft in either language: a deprecated term is an error.
SINGLE_DEPRECATED = [
    Example("term.deprecated", "Takahichi’s warm reception", None, ["Takahichi"],
            kinds=("text",)),
    Example("term.deprecated", "오오사카에서 열린 회의", None, ["오오사카"], kinds=("text",)),
    Example("term.deprecated", "타카이치 사나에 총리가 오오사카를 방문했다.", None,
            ["타카이치 사나에", "오오사카"], kinds=("text",)),
    Example("term.deprecated", "Takaichi’s warm reception", None, kinds=("text",)),
    Example("term.deprecated", "오사카에서 열린 회의", None, kinds=("text",)),
]

# A single text is read paragraph by paragraph, each in its own language: an English quote in
# a Korean article is English, a Korean paragraph naming an English term stays Korean.
_ARTICLE = ("다카이치 총리의 방한에 대해 외신은 다음과 같이 보도했다.\n\n"
            "“{name}’s warm reception in Seoul was a turning point,” the report said.\n\n"
            "오사카에서 열린 회의에서도 같은 평가가 나왔다.")
PARAGRAPH_LANGUAGE = [
    Example("term.deprecated", _ARTICLE.format(name="Takahichi"), None, ["Takahichi"],
            kinds=("text",), note="an English quote in a Korean article"),
    Example("term.deprecated", _ARTICLE.format(name="Takaichi"), None, kinds=("text",)),
    Example("term.deprecated", "오오사카 회의\n\nThe Osaka talks were held on Monday.", None,
            ["오오사카"], kinds=("text",), note="a Korean heading over an English paragraph"),
    Example("term.deprecated", "Takahichi 총리가 오오사카를 방문했다고 밝혔다.", None,
            ["오오사카"], kinds=("text",),
            note="Korean prose with an English name is Korean"),
    Example("term.misspelled", _ARTICLE.format(name="Takaichy"), None, ["Takaichy"],
            kinds=("text",)),
    Example("term.misspelled", "위성낙 실장이 말했다.\n\nWi Sung-lac spoke in Osaka.", None,
            ["위성낙"], kinds=("text",)),
    Example("term.misspelled", _ARTICLE.format(name="Takaichi"), None, kinds=("text",)),
]

MISSPELLED = [
    Example("term.misspelled", "Prime Minister Takaichy spoke.", None, ["Takaichy"],
            kinds=("text",)),
    Example("term.misspelled", "위성낙 실장은 말했다.", None, ["위성낙"], kinds=("text",)),
    Example("term.misspelled", "후쿠시나의 수산물", "seafood from Fukushima", ["후쿠시나"],
            note="and no term.missing for it"),
    Example("term.misspelled", "Fukushma seafood", "후쿠시마산 수산물", ["Fukushma"]),
    Example("term.misspelled", "An official of the National Secruity Office spoke.", None,
            ["Secruity"], kinds=("text",),
            note="an ordinary word of a name, misspelt between the name's other words"),
    Example("term.misspelled", "Secruity was tight at the National Office.", None,
            kinds=("text",), note="the same slip outside the name: any word's, not the term's"),
    Example("term.misspelled", "Korean officials met in Osaka.", None, kinds=("text",),
            note="Korea/Korean is another word"),
    Example("term.misspelled", "a rational choice", None, kinds=("text",)),
    Example("term.misspelled", "후쿠시마의 수산물과 셔틀 외교", None, kinds=("text",)),
    Example("term.misspelled", "중구청에서 열린 회의", None, kinds=("text",)),
    Example("term.misspelled", "후쿠시마산 수산물", "seafood from Fukushima"),
    Example("term.misspelled", "seafood from Fukushima", "후쿠시마산 수산물"),
]

INCONSISTENT = [
    Example("term.inconsistent", "유골이 발견됐다.\n\n유해가 반환됐다.",
            "The remains were found.\n\nThe remains were returned.", ["유골"],
            note="a tie goes to the preferred term"),
    Example("term.inconsistent", "국가안보실은 말했다.\n\n안보실이 덧붙였다.\n\n안보실이 발표했다.",
            "The National Security Office spoke.\n\nThe National Security Office added.\n\n"
            "The National Security Office announced.", ["국가안보실"],
            note="the most used wins"),
    Example("term.inconsistent", "The National Security Office spoke.\n\nThe NSO added.",
            "국가안보실은 말했다.\n\n국가안보실이 덧붙였다.", ["NSO"]),
    Example("term.inconsistent", "유해가 발견됐다.\n\n유해가 반환됐다.",
            "The remains were found.\n\nThe remains were returned."),
    Example("term.inconsistent", "셔틀외교가 이어졌다.\n\n셔틀 외교는 제도화됐다.",
            "Shuttle diplomacy went on.\n\nShuttle diplomacy was institutionalized.",
            note="spacing is no variant"),
    Example("term.inconsistent", "국가안보실은 말했다.\n\n국가안보실장도 말했다.",
            "The National Security Office spoke.\n\nThe National Security Office agreed.",
            note="안보실 inside 국가안보실장 is no rendering"),
    Example("term.inconsistent", "The National Security Office spoke.\n\nIt added.",
            "국가안보실은 말했다.\n\n그리고 덧붙였다."),
]

UNALIGNED = [
    Example("input.unaligned", "셔틀외교를 논의했다. 유해를 수습했다.",
            "They discussed shuttle diplomacy.\n\nThey recovered the remains.", [""],
            kinds=("pair",), note="two paragraphs against one"),
    Example("input.unaligned", "셔틀 외교를 논의했다.\n\n유해를 수습했다.",
            "They discussed shuttle diplomacy.\n\nThey recovered the remains.",
            kinds=("pair",)),
]

# A source sentence with a dateline, and one with a list of three items.
DATELINE = "TOKYO, Japan (CNN) -- The two leaders met in Osaka on Friday."
AGENDA = ("The leaders said the agenda of the long meetings would likely include the budget, "
          "shuttle diplomacy and the environment, among other questions.")

OMISSION = [
    Example("input.omission", "양국 정상이 만났다.",
            "Wi Sung-lac and Takaichi Sanae met in Osaka to discuss shuttle diplomacy.",
            [WHOLE], note="a clause left out: one finding, not three term.missing"),
    Example("input.omission", "They met.",
            "위성락 실장과 다카이치 사나에 총리가 오사카에서 셔틀외교를 논의했다.", [WHOLE]),
    Example("input.omission", "위성락 실장과 다카이치 총리가 오사카에서 만났다.",
            "Wi Sung-lac and Takaichi Sanae met in Osaka to discuss shuttle diplomacy.",
            note="one term of four missing is term.missing, not an omission"),
    Example("input.omission", "Wi Sung-lac met Takaichi in Osaka.",
            "위성락 실장과 다카이치 사나에 총리가 오사카에서 셔틀외교를 논의했다.", [WHOLE],
            note="under half as long as its source predicts: the talks were left out"),
    Example("input.omission", "Wi Sung-lac met Takaichi in Osaka to talk about many things.",
            "위성락 실장과 다카이치 사나에 총리가 오사카에서 셔틀외교를 논의했다."),
    # How long a faithful translation is (text.length) tells a passage left out from terms
    # rendered otherwise.
    Example("input.omission", "회담이 열렸다.",
            "Takaichi Sanae and her ministers arrived in Seoul on Friday for the annual summit "
            "that both governments had prepared for months.", [WHOLE],
            note="a draft a quarter as long as its source predicts left a passage out: one "
                 "missing term is part of that omission"),
    Example("term.missing", "회담이 열렸다.",
            "Takaichi Sanae and her ministers arrived in Seoul on Friday for the annual summit "
            "that both governments had prepared for months.", severity="info",
            note="folded into input.omission, so no term.missing"),
    Example("term.missing",
            "다카이치 사나에 총리와 각료들은 두 정부가 몇 달 동안 준비한 연례 만찬을 위해 금요일 "
            "서울에 도착했으며 곧바로 대통령과 오랜 과거사 문제를 논의했다.",
            "Takaichi Sanae and her ministers arrived in Seoul on Friday for the annual summit "
            "that both governments had prepared for months and at once discussed the past "
            "with the president.", [WHOLE], severity="error",
            note="a full-length draft renders the summit otherwise: a finding of its own"),
    Example("input.omission", "위성락 실장은 그 문제를 논의했다.",
            "Wi Sung-lac, Takaichi Sanae and the head of the National Security Office "
            "discussed shuttle diplomacy in Osaka before the summit.", [WHOLE]),
    Example("input.omission",
            "위성락 실장은 오사카에서 정상 간 왕래와 내각 문제를 한 시간 넘게 논의한 뒤 "
            "회담 전에 대통령에게 결과를 보고했다.",
            "Wi Sung-lac discussed shuttle diplomacy, the Takaichi Cabinet and the summit in "
            "Osaka for over an hour, then reported to the president.",
            note="three of four terms missing, but the draft is as long as a faithful "
                 "translation: each is reported as term.missing"),
    # A list rendered item for item (text.lists) left no passage out where the term stood.
    Example("input.omission", "의제는 예산, 정상외교, 환경이다.",
            AGENDA,
            note="the list kept item for item: the term was rendered otherwise"),
    Example("term.missing", "의제는 예산, 정상외교, 환경이다.",
            AGENDA, [WHOLE],
            note="a term replaced inside a list the draft keeps is its own finding"),
    # A dateline is not text to render, but its place is not to be replaced (lint.chrome).
    Example("term.missing", "중국 도쿄에서 두 정상이 금요일 오사카에서 만났다.",
            DATELINE, [WHOLE],
            kinds=("pair",), note="the dateline rendered with another country"),
    Example("term.missing", "일본 도쿄에서 두 정상이 금요일 오사카에서 만났다.",
            DATELINE, kinds=("pair",),
            note="the dateline rendered as it is"),
    Example("term.missing", "두 정상이 금요일 오사카에서 만났다.",
            DATELINE, kinds=("pair",),
            note="the dateline dropped, as news translation does"),
    Example("term.missing", "유럽 순방 중인 두 정상이 금요일 오사카에서 만났다.",
            DATELINE, kinds=("pair",),
            note="the dateline dropped; a place the story adds replaces nothing"),
    Example("input.omission", "의제는 예산 등이다.",
            AGENDA, [WHOLE],
            note="the list shortened: the term went with a passage"),
]

# A title right before the name of the person it belongs to (a title replaced by another one
# keeps its severity).
TITLED_WI = "The head of the National Security Office Wi Sung-lac discussed shuttle diplomacy."

# A missing term that the draft may render in a way the glossary cannot see is info: a person
# by a third-person pronoun, a title by the head of its Korean compound or beside the name of
# the person it belongs to.
REFERRED = [
    Example("term.missing", "그녀는 셔틀외교를 이어가겠다고 말했다.",
            "Takaichi Sanae said she would keep up shuttle diplomacy.", [WHOLE],
            severity="info", note="그녀는: a pronoun for the person"),
    Example("term.missing", "그 총리는 위성락과 셔틀외교를 이어가겠다고 말했다.",
            "Takaichi Sanae said she would keep up shuttle diplomacy.", [WHOLE],
            severity="error", note="그 before a space is the determiner, no pronoun, and "
                                   "another person named in her place"),
    Example("term.missing", "그녀는 위성락과 셔틀외교를 이어가겠다고 말했다.",
            "Takaichi Sanae said she would keep up shuttle diplomacy.", [WHOLE],
            severity="info", note="a pronoun for the person, beside another person"),
    Example("term.missing", "그 총리는 셔틀외교를 이어가겠다고 말했다.",
            "Takaichi Sanae said she would keep up shuttle diplomacy.", [WHOLE],
            severity="info", note="the person left out, no other person in her place"),
    Example("term.missing", "위성락 실장이 셔틀외교를 이어가겠다고 말했다.",
            "Takaichi Sanae said she would keep up shuttle diplomacy.", [WHOLE],
            severity="error", note="another person of the glossary named in her place"),
    Example("term.missing", "위 실장은 셔틀외교를 논의했다.",
            "The head of the National Security Office discussed shuttle diplomacy.", [WHOLE],
            severity="info", note="실장 is the head of 국가안보실장"),
    Example("term.missing", "위성락은 오사카에서 양국의 셔틀외교를 오랫동안 논의했다.",
            "The head of the National Security Office, Wi Sung-lac, discussed shuttle "
            "diplomacy.",
            [WHOLE], severity="info",
            note="the title dropped beside the name of the person it belongs to"),
    Example("term.missing", "위성락 장관이 셔틀외교를 논의했다.",
            TITLED_WI, [WHOLE],
            severity="error", note="another title (장관) right after the name the title stood "
                                   "before: replaced, not left out"),
    Example("term.missing", "위성락 일본 대사가 셔틀외교를 논의했다.",
            TITLED_WI, [WHOLE],
            severity="error", note="another title after a place after the name"),
    Example("term.missing", "위성락은 양국의 셔틀외교를 오랫동안 깊이 논의했다.",
            TITLED_WI,
            [WHOLE],
            severity="info", note="the title left out beside the name"),
    Example("term.missing", "위성락 주재 대사관이 셔틀외교를 논의했다.",
            TITLED_WI, [WHOLE],
            severity="info", note="대사관 (embassy) is no title, and 주재 no place"),
    Example("term.missing", "오사카 부지사가 셔틀외교를 논의했다.",
            "The head of the National Security Office discussed shuttle diplomacy.", [WHOLE],
            severity="error", note="no head of the title's Korean, no person named"),
    Example("term.missing", "%d개를 보내는 중입니다.", "Sending %d messages.", [WHOLE],
            severity="info", note="counted by the counter alone (개를): the thing is left to "
                                  "the context"),
    Example("term.missing", "3개 이상은 보낼 수 없습니다.", "You cannot send 3 messages or more.",
            [WHOLE], severity="info", note="a counter before a bound (이상) counts alone"),
    Example("term.missing", "%d개의 편지를 보내는 중입니다.", "Sending %d messages.", [WHOLE],
            severity="error", note="개의 joins the counter to the noun it counts: 편지 names "
                                   "another thing"),
    Example("term.missing", "편지 %d개를 보내는 중입니다.", "Sending %d messages.", [WHOLE],
            severity="error", note="a noun right before the number names the thing counted"),
    Example("term.missing", "%d개월 동안 보냈습니다.", "Sent for %d messages.", [WHOLE],
            severity="error", note="개월 (months) is no counter standing alone"),
    Example("term.missing", "5개를 보냈습니다.", "Sent %d messages.", [WHOLE],
            severity="error", note="another number in the draft: not the same count"),
    Example("term.missing", "편지 %d통을 보냈습니다.\n\n%d개를 더 보냈습니다.",
            "Sent %d messages.\n\n%d more were sent.", ["편지 %d통을 보냈습니다."],
            severity="error", note="the counter alone is in another paragraph: not this one's"),
    Example("term.missing", "위성락은 셔틀외교를 오랫동안 논의했다고 말했다.",
            "The head of the National Security Office said he had discussed shuttle "
            "diplomacy.", [WHOLE], severity="info",
            note="the title rendered by the name of a person the draft names"),
    # Another country's body by the term's short form (the Russian National Security
    # Office): the draft names that country, and the glossary's rendering is one country's.
    Example("term.missing", "러시아 국가안보회의가 셔틀외교를 논의했다.",
            "The Russian National Security Office discussed shuttle diplomacy.", [WHOLE],
            severity="info", note="Russian names Russia, and the draft names 러시아"),
    Example("term.missing", "중국 국가안보회의가 셔틀외교를 논의했다.",
            "Russia's National Security Office discussed shuttle diplomacy.", [WHOLE],
            severity="error", note="the draft names another country than the source"),
    # A news sentence's attribution (..., the office said; according to the office), which
    # Korean folds into its ending, and the seat of an office an election is run for (the
    # race for the White House: the presidential race) are told freely (text.news).
    Example("term.missing", "두 나라의 셔틀외교가 다음 달부터 재개된다고 화요일에 밝혔다.",
            "Shuttle diplomacy will resume, the National Security Office said Tuesday.",
            [WHOLE], severity="info", note="the attribution, folded into 밝혔다"),
    Example("term.missing", "두 나라의 셔틀외교가 다음 달부터 다시 재개된다고 한다.",
            "According to the National Security Office, shuttle diplomacy will resume.",
            [WHOLE], severity="info", note="according to"),
    Example("term.missing", "\u201c셔틀외교가 재개된다\u201d고 밝혔다.",
            "\u201cShuttle diplomacy will resume,\u201d said the National Security Office.",
            [WHOLE], severity="info", note="the speaker after the verb"),
    Example("term.missing", "셔틀외교가 재개된다고 밝혔다.",
            "The National Security Office said shuttle diplomacy would resume.", [WHOLE],
            severity="error", note="the subject of the sentence, not its attribution"),
    Example("term.missing", "셔틀외교가 재개되고 있다고 위성락 실장이 밝혔다.",
            "The National Security Office is resuming shuttle diplomacy, Wi Sung-lac said.",
            [WHOLE], severity="error", note="before the comma: what is reported"),
    Example("term.missing", "그는 대선에서 셔틀외교를 약속했다.",
            "In the race for the White House he promised shuttle diplomacy.", [WHOLE],
            severity="info", note="the seat sought: the presidential race"),
    Example("term.missing", "그는 대통령 관저에서 셔틀외교를 약속했다.",
            "In the White House he promised shuttle diplomacy.", [WHOLE], severity="error",
            note="the building itself"),
    # In an English draft of a Korean source too, a name left out with no other of its kind
    # in its place, or a person the draft refers to by a pronoun, is left to the context.
    Example("term.missing", "The Republican Party backed shuttle diplomacy on Tuesday.",
            "미국 공화당은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="info",
            note="미국 left to the context"),
    Example("term.missing", "He said he backed shuttle diplomacy.",
            "위성락은 셔틀외교를 지지한다고 말했다.", [WHOLE], severity="info",
            note="the person by a pronoun"),
    Example("term.missing", "Berlusconi backed shuttle diplomacy on Tuesday.",
            "베를루스코니 대통령은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="info",
            note="the title beside the name it is given to: 베를루스코니 writes Berlusconi"),
    Example("term.missing", "Wi Sung-lac backed shuttle diplomacy on Tuesday.",
            "위성락 국가안보실장은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="info",
            note="the title beside a person of the glossary"),
    Example("term.missing", "Security chief Wi Sung-lac backed shuttle diplomacy on Tuesday.",
            "위성락 국가안보실장은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="error",
            note="another officer's title beside the person: the title replaced"),
    Example("term.missing", "위성락 안보실 차장은 화요일에 셔틀외교를 지지했다.",
            "Wi Sung-lac, head of the National Security Office, backed shuttle diplomacy.",
            [WHOLE], severity="error",
            note="another Korean title after the person and the body's name"),
    Example("term.missing", "Lee backed shuttle diplomacy on Tuesday.",
            "이 대통령은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="info",
            note="a title after the surname of a person the draft names (이 for 이재명)"),
    Example("term.missing", "Takaichi backed shuttle diplomacy on Tuesday.",
            "이 대통령은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="error",
            note="the draft names someone whose name the surname does not begin"),
    Example("term.missing", "The minister backed shuttle diplomacy on Tuesday.",
            "베를루스코니 대통령은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="error",
            note="no name, no pronoun: the title rendered otherwise"),
    Example("term.missing", "The office said it backed shuttle diplomacy on Tuesday.",
            "국가안보실은 화요일에 셔틀외교를 지지한다고 밝혔다.", [WHOLE], severity="info",
            note="a body referred to by its head noun"),
    Example("term.missing", "The presidential office said it backed shuttle diplomacy.",
            "국가안보실은 화요일에 셔틀외교를 지지한다고 밝혔다.", [WHOLE], severity="error",
            note="a modifier makes it another office"),
    Example("term.missing", "그는 이번 회담이 성과를 거두었다고 말했다.",
            "He said the summit was a success.", [WHOLE], severity="info",
            note="a term referred back to by the head of its Korean compound (정상회담: 회담)"),
    Example("term.missing", "그는 이번 회의가 성과를 거두었다고 말했다.",
            "He said the summit was a success.", [WHOLE], severity="error",
            note="another noun after the determiner: no head of the term"),
    Example("term.missing", "Seoul must avoid being drawn into the dispute.",
            "한국은 분쟁에 휘말리지 않도록 해야 한다.", [WHOLE], severity="info",
            note="a country's city stands for it, as its capital does in news English"),
    Example("term.missing", "Tokyo must avoid being drawn into the dispute.",
            "한국은 분쟁에 휘말리지 않도록 해야 한다.", [WHOLE], severity="error",
            note="another country's city: the country replaced"),
    Example("term.missing", "Foreign Minister Cho Hyun backed shuttle diplomacy.",
            "조현 외교부 장관은 셔틀외교를 지지했다.",
            note="a body before its officer's title: English names it inside the title"),
    Example("term.missing", "The Minister of Foreign Affairs backed shuttle diplomacy.",
            "외교부 장관은 셔틀외교를 지지했다.",
            note="the body's full name with its officer's title for its head noun"),
    Example("term.missing", "The foreign minister backed shuttle diplomacy.",
            "외교부는 셔틀외교를 지지했다.", [WHOLE],
            note="the body alone in the source: its minister is another thing"),
    Example("term.missing", "Defense Minister Cho backed shuttle diplomacy.",
            "조현 외교부 장관은 셔틀외교를 지지했다.", [WHOLE],
            note="another body's officer"),
    Example("term.missing", "The Israeli ministry said it backed shuttle diplomacy today.",
            "이스라엘 국가안보실은 화요일에 셔틀외교를 지지한다고 밝혔다.", [WHOLE],
            severity="info", note="another country's body, that country in the draft"),
    Example("term.missing", "The value was assigned to the variable yesterday.",
            "어제 그 값을 변수에 대입했다.", [WHOLE], severity="info",
            note="a noun made a predicate: English renders it with a verb of its own"),
    Example("term.missing", "The two leaders met on Tuesday in Tokyo at length.",
            "두 정상은 화요일에 도쿄에서 정상회담을 가졌다.", [WHOLE], severity="info",
            note="the object of a support verb: English says it with a verb"),
    Example("term.missing", "The two leaders welcomed the talks on Tuesday in Tokyo.",
            "두 정상은 화요일에 도쿄에서 정상회담을 환영했다.", [WHOLE], severity="error",
            note="a verb of its own: the summit itself is missing"),
    Example("term.missing", "The value was checked against the variable yesterday.",
            "어제 그 변수의 대입을 확인했다.", [WHOLE], severity="error",
            note="the noun itself"),
    Example("term.missing", "The Republican Party in Tokyo backed shuttle diplomacy.",
            "미국 공화당은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="error",
            note="another place of the glossary in its place"),
    Example("term.missing", "The Republican Party in Canada backed shuttle diplomacy.",
            "미국 공화당은 화요일에 셔틀외교를 지지했다.", [WHOLE], severity="error",
            note="another place CLDR knows in its place"),
    # Mojibake (text.mojibake) is read as the text it was: a Korean system's apostrophe
    # read as Latin-1 still makes a possessive, and its quotes still end a word.
    Example("term.missing", "러시아 국가안보회의가 셔틀외교를 논의했다.",
            "Russia\u00a1\u00afs National Security Office discussed shuttle diplomacy.",
            [WHOLE], severity="info", note="Russia¡¯s is Russia’s"),
    Example("term.missing", "러시아 국가안보회의가 정상 간 왕래를 논의했다.",
            "Russia\u00a1\u00afs National Security Office discussed \u00a1\u00b0shuttle "
            "diplomacy\u00a1\u00b1.", [WHOLE, WHOLE], severity="",
            note="¡°shuttle diplomacy¡± is the term in quotes, and left out"),
    # A title left out beside a person in no entry, whom the draft names (a Hangul word
    # with the name's consonants) or refers to by a pronoun, is info; another title right
    # after that name is the title replaced.
    Example("term.missing", "아사드는 셔틀외교를 지지한다고 말했다.",
            "Syrian President Bashar Assad said he backed shuttle diplomacy.", [WHOLE],
            severity="info", note="아사드 writes Assad"),
    Example("term.missing", "그는 셔틀외교를 지지한다고 말했다.",
            "President Bush said he backed shuttle diplomacy.", [WHOLE], severity="info",
            note="a pronoun for the titled person"),
    Example("term.missing", "부시 총리는 셔틀외교를 지지한다고 말했다.",
            "President Bush said he backed shuttle diplomacy.", [WHOLE], severity="error",
            note="another title after the name: the title replaced"),
    Example("term.missing", "회의는 셔틀외교를 지지한다고 밝혔다.",
            "President Bush said he backed shuttle diplomacy.", [WHOLE], severity="error",
            note="the person named nowhere in the draft"),
    # Names left out of free translation (in Osaka; Zimbabwe's president -> 무가베 대통령) are
    # info; a name replaced by another name is not.
    Example("term.missing", "양국은 셔틀외교를 오랫동안 논의했다고 밝혔다.",
            "The two sides said they had discussed shuttle diplomacy in Osaka.", [WHOLE],
            severity="info", note="the place left out, no other place in its place"),
    Example("term.missing", "양국은 후쿠시마에서 셔틀외교를 논의했다고 밝혔다.",
            "The two sides said they had discussed shuttle diplomacy in Osaka.", [WHOLE],
            severity="error", note="another place of the glossary in its place"),
    Example("term.missing", "양국은 중국에서 셔틀외교를 논의했다고 밝혔다.",
            "The two sides said they had discussed shuttle diplomacy in Osaka.", [WHOLE],
            severity="error", note="a country CLDR knows in its place, which the source "
                                   "does not name"),
    Example("term.missing", "일본인 관리들은 셔틀외교를 논의했다고 밝혔다.",
            "Japanese officials said they had discussed shuttle diplomacy in Osaka.",
            [WHOLE], severity="info",
            note="the draft's country is the source's (Japanese): not a replacement"),
    Example("term.missing", "일본 정부는 셔틀외교를 이어가겠다고 거듭 밝혔다.",
            "The Tokyo government said again it would keep up shuttle diplomacy.", [WHOLE],
            severity="info", note="the city stands for its country (CLDR: Tokyo is in Japan)"),
    Example("term.missing", "중국 정부는 셔틀외교를 이어가겠다고 거듭 밝혔다.",
            "The Tokyo government said again it would keep up shuttle diplomacy.", [WHOLE],
            severity="error", note="another country than the city's"),
    # A title after a rank word is another title (Deputy Prime Minister, Assistant
    # Secretary of State).
    Example("term.missing", "국가안보실 차장이 셔틀외교를 오랫동안 논의했다.",
            "The deputy head of the National Security Office discussed shuttle diplomacy.",
            note="the deputy head is no head"),
    Example("term.missing", "국가안보실 차장이 셔틀외교를 오랫동안 논의했다.",
            "The head of the National Security Office discussed shuttle diplomacy.", [WHOLE],
            severity="error", note="the head, rendered as the deputy"),
    # A title after the name of a body is that body's officer (a company's president is
    # 사장, a bank's 총재), not the office of a state.
    Example("term.missing", "손 마사요시 소프트뱅크 사장이 말했다.",
            "Softbank President Masayoshi Son said so.", note="a name no dictionary holds"),
    Example("term.missing", "로버트 졸릭 세계은행 총재가 경고했다.",
            "World Bank President Robert Zoellick warned.", note="a noun that is no adjective"),
    Example("term.missing", "아사드 시리아 총리가 말했다.", "Syrian President Bashar Assad said so.",
            [WHOLE], severity="error", note="a nationality: the head of state, rendered as "
                                            "another title"),
    Example("term.missing", "전 대통령 부시가 말했다.", "Former President Bush said so.",
            note="an adjective keeps the title (and the draft has it)"),
    # A country by its one-syllable short form in a compound (한일, 주한미군, 대북).
    Example("term.missing", "한일 양국은 셔틀외교를 재개하기로 합의했다.",
            "Japan and South Korea agreed to resume shuttle diplomacy.",
            note="한일 names both countries"),
    Example("term.missing", "한·일 양국은 셔틀외교를 재개하기로 합의했다.",
            "Japan and South Korea agreed to resume shuttle diplomacy.",
            note="a middle dot between the short forms"),
    Example("term.missing", "북한은 셔틀외교를 재개하기로 합의했다.",
            "South Korea agreed to resume shuttle diplomacy.", [WHOLE], severity="error",
            note="북한 is North Korea, no compound of 북 and 한"),
    Example("term.missing", "양국은 인도적 셔틀외교를 논의했다고 밝혔다.",
            "The two sides said they had discussed shuttle diplomacy in Osaka.", [WHOLE],
            severity="info", note="인도적 (humanitarian) begins with 인도 but names no place"),
]

# term.misspelled is for rare words: a word common in the language (after its particles,
# endings or inflection) or used three times in the run's drafts is no misspelling; the
# source of a pair is not checked for misspellings.
MISSPELLED_GUARD = [
    Example("term.misspelled", "다카이찌 총리가 말했다.", "Prime Minister Takaichi spoke.",
            ["다카이찌"], note="one jamo from a name"),
    Example("term.misspelled", "위성낙 실장이 말했다.", "Wi Sung-lac said so.", ["위성낙"]),
    Example("term.misspelled", "초국가범지에 대응한다.", "They fight transnational crime.",
            ["초국가범지"], note="one jamo from a rare term"),
    Example("term.misspelled", "Prime Minister Takaichy spoke.", "다카이치 총리가 말했다.",
            ["Takaichy"]),
    Example("term.misspelled", "The institutionalizaton of the talks", "회담의 제도화",
            ["institutionalizaton"], note="one letter from a rare term"),
    Example("term.misspelled", "회담이 제도하된다.", "The talks are institutionalized.",
            ["제도하"], note="a slip in a noun made a verb by 되다"),
    Example("term.misspelled", "프로세스를 종료합니다.", "Ends the process.",
            note="프로세스 is a common word, one jamo from 프로세서"),
    Example("term.misspelled", "외부 프로세스에서 실행합니다.", None, kinds=("text",)),
    Example("term.misspelled", "The script is interpreted.", "스크립트는 해석된다.",
            note="interpreted is a common word, one letter from interpreter"),
    Example("term.misspelled", "Processes were interpreted.", None, kinds=("text",)),
    Example("term.misspelled", "위성낙 교수가 말했다. 위성낙 교수는 웃었다. 위성낙 교수가 떠났다.",
            "Professor Wi Seong-nak spoke, smiled and left.",
            note="a word written three times is established, not a slip"),
    Example("term.misspelled", "Takaichy Road, Takaichy Park and Takaichy Station", None,
            kinds=("text",)),
    Example("term.misspelled", "Wi Sung-lac said so.", "위성낙 실장이 말했다.",
            note="the source is not checked for misspellings"),
    Example("term.misspelled", "위성락 실장이 말했다.", "Prime Minister Takaichy spoke."),
    Example("term.misspelled", "메시자를 보냈습니다.", "The message was sent.", ["메시자"],
            note="one jamo from a three-syllable word; 메시 + 자 is no frequent reading"),
    Example("term.misspelled", "한국이 이겼다.", "Korea won.",
            note="one jamo from 한국어, but 한국 + 이 reads as a frequent word"),
    Example("term.misspelled", "오사카로 가는 레바는 없다.", None, ["레바는"], kinds=("text",)),
    Example("term.misspelled", "압호를 입력하세요.", "Enter the password.", ["압호"],
            note="one jamo from a two-syllable term of its own"),
    Example("term.misspelled", "압호를 입력하세요.", None, ["압호"], kinds=("text",)),
    Example("term.misspelled", "배가 암초에 걸렸다.", "The ship struck a reef.",
            note="암초 is a common word, one jamo from 암호"),
    Example("term.misspelled", "이를 덮어쓸지 묻습니다.", "Asks whether to overwrite it.",
            note="이 + 를, not a slip of 이름: a two-syllable word is no one-syllable word "
                 "with a particle"),
    Example("term.misspelled", "위험을 이해하는지 묻습니다.", None, kinds=("text",),
            note="이해 (one jamo from 유해) made a predicate with 하 and the ending 는지: a "
                 "common noun"),
    Example("term.misspelled", "이 설명을 이해해주세요.", None, kinds=("text",),
            note="해 (하여) with the auxiliary 주다 written onto it"),
    Example("term.misspelled", "유헤를 수습했다.", None, ["유헤"], kinds=("text",),
            note="one jamo from 유해 and no word of its own"),
    Example("term.misspelled", "세페 추기경이 말했다.", "Cardinal Seppe said so.",
            note="세포 is one word of the term 줄기 세포: two syllables are distinctive only "
                 "as a whole term"),
]

# English word sense and inflection: source hits that are not the term in their context (a
# noun entry used as a verb, an idiom, an entry's own exclusion, a lower-case common word for
# a capitalised name) ask for no translation; inflected terms are found on both sides.
SENSE = [
    # en -> ko: must pass
    Example("term.missing", "값은 5로 설정된다.", "The value is set to 5.", note="verb use"),
    Example("term.missing", "그들은 자기 규칙을 정한다.", "They set their own rules."),
    Example("term.missing", "설정해야 한다.", "It must be set first."),
    Example("term.missing", "기본으로 켜져 있다.", "It is enabled by default.", note="idiom"),
    Example("term.missing", "목차를 보라.", "See the table of contents.", note="not-in"),
    Example("term.missing", "모든 창을 닫는다.", "Close all windows.",
            note="a common word, not the name"),
    Example("term.missing", "두 위기가 겹쳤다.", "Two crises overlapped.", note="inflection"),
    Example("term.missing", "약 5분 걸립니다.", "It takes about 5 minutes.",
            note="a function word as a term names something (the About box): lower case is "
                 "the word"),
    Example("term.missing", "약 %u년 전", "About %u year ago",
            note="capitalised, but heading a phrase: the word, not the About box"),
    Example("term.missing", "이 파일에 대하여", "About this file"),
    Example("term.missing", "가격이 4센트 올랐다.", "The price rose 4 U.S. cents.",
            note="a place heading a currency's name is the currency"),
    Example("term.missing", "1,000달러를 냈다.", "They paid US$1,000."),
    Example("term.missing", "달러 가치가 올랐다.", "The U.S. dollar rose."),
    Example("term.missing", "장치를 해제하지 못했습니다.", "Failed to release the device.",
            note="a loanword entry (릴리스) is a noun: the verb is rendered natively"),
    Example("term.missing", "구현에 따른 서버 사양", "server specs, keyed by implementation",
            note="a loanword of one consonant (키 for key) is a noun entry too: keyed is the "
                 "verb"),
    Example("term.missing", "네트워크 변경 사항을 저장합니다.", "Save the network changes.",
            note="an entry written as a Korean verb (바꾸기) is a verb: the noun is another word"),
    Example("term.missing", "변경 사항을 저장합니다.", "Save changes.",
            note="an -s form right after an imperative is its object, a noun"),
    Example("term.missing", "되돌린 변경 사항을 찾을 수 없습니다.",
            "Could not find the reverted change.",
            note="after a participle that is no noun, the word is a noun it modifies"),
    Example("term.missing", "이사회가 계획에 대한 평가를 마쳤다.", "The board evaluated the plan."),
    Example("term.missing", "결과가 없습니다.", "No results found.",
            note="a bare past participle is a state, not the Find command"),
    Example("term.missing", "올바른 주소가 없습니다.", "No valid addresses were found.",
            note="a passive whose subject is none at all is a state too"),
    Example("term.missing", "다음 오류가 발견되었습니다:", "The following errors were found:",
            note="be found (exist, be located) is an idiom, not the Find command"),
    Example("term.missing", "읽어 보면 도움이 될 것입니다.",
            "You may find these notes on how to set up the printer useful.",
            note="find + object + adjective judges (text.english.judging_use)"),
    Example("term.missing", "자세한 내용은 설명서를 참조하세요.",
            "To find out more, see the manual.",
            note="find out (learn) is a phrasal verb, not the Find command"),
    Example("term.missing", "업데이트가 방해가 될 수 있습니다.",
            "Users may find the updates distracting.",
            note="an -ing form that is no noun ends the judgement"),
    Example("term.missing", "다시 시작하면 좋습니다.", "You may find it useful to restart.",
            note="an adjective before an infinitive"),
    Example("term.missing", "“%s”의 미디어 변화를 감시할 수 없습니다",
            "Unable to poll “%s” for media changes",
            note="a mass noun right before makes the -s form a noun it modifies"),
    Example("term.missing", "RPM 변경사항", "RPM Changes",
            note="so does an acronym: RPM names a thing"),
    Example("term.deprecated", "C API 변경 사항", "C API changes",
            note="the noun after an acronym is another concept than the Change command"),
    # en -> ko: flagged
    Example("term.missing", "그것을 목록에 추가한다.", "Add it to the set.", [WHOLE]),
    Example("term.missing", "암호를 입력하세요.", "Enter the key.", [WHOLE],
            note="the noun key is the loanword entry's term"),
    Example("term.missing", "API가 파일을 수정합니다.", "The API changes the file.", [WHOLE],
            note="an object after it: the acronym is the subject, the -s form its verb"),
    Example("term.missing", "결과를 보여 줍니다.", "They found the results.", [WHOLE],
            note="the verb with its subject and object is the term"),
    Example("term.missing", "열려 있는 파일을 볼 수 있습니다.", "You can find files that are open.",
            [WHOLE], note="the adjective is the relative clause's, not a judgement"),
    Example("term.missing", "폴더에서 파일을 볼 수 있습니다.", "You can find the file in the folder.",
            [WHOLE], note="no adjective ends the sentence: the action"),
    Example("term.missing", "오래된 패키지", "Find out-of-date packages.", [WHOLE],
            note="a hyphen joins out to what follows: a compound, not the phrasal verb"),
    Example("term.missing", "1MB보다 큰 파일", "Find files larger than 1 MB.", [WHOLE],
            note="an imperative has no subject: the Find command"),
    Example("term.missing", "처음 상태로 되돌린다.", "Restore the default.", [WHOLE]),
    Example("term.missing", "그림을 보라.", "See the table.", [WHOLE]),
    Example("term.missing", "운영체제가 시작된다.", "Windows starts.", [WHOLE]),
    Example("term.missing", "이 프로그램을 엽니다.", "Open About.", [WHOLE],
            note="the About box, capitalised"),
    Example("term.missing", "관리들이 그렇게 말했다.", "U.S. officials said so.", [WHOLE]),
    Example("term.missing", "금 보유고가 늘었다.", "U.S. gold reserves grew.", [WHOLE],
            note="gold is a metal CLDR lists, no currency unit"),
    Example("term.missing", "앱을 소개합니다.", "About GNOME", [WHOLE],
            note="the About box of a program"),
    Example("term.missing", "두 문제가 겹쳤다.", "Two crises overlapped.", [WHOLE],
            note="an irregular plural is the term"),
    Example("term.missing", "이사회는 계획을 검토했다.", "The board evaluated the plan.", [WHOLE]),
    Example("term.missing", "최신 버전을 받으세요.", "Download the latest release.", [WHOLE],
            note="the noun is the loanword entry's term"),
    Example("term.missing", "크기를 조정합니다.", "Change the size.", [WHOLE],
            note="the verb is the verb entry's term"),
    Example("term.missing", "크기를 조정할 수 있습니다.", "You can change the size.", [WHOLE],
            note="a base form after a modal is the verb"),
    # ko -> en: an inflected rendering is the term
    Example("term.missing", "The two crises overlapped.", "두 위기가 겹쳤다."),
    Example("term.missing", "The board evaluated it.", "이사회는 평가를 마쳤다."),
    Example("term.missing", "The two problems overlapped.", "두 위기가 겹쳤다.", [WHOLE]),
    Example("term.missing", "The board reviewed it.", "이사회는 평가를 마쳤다.", [WHOLE]),
    # an inflection of a term is no misspelling of it
    Example("term.misspelled", "The board evaluated the crises.", None, kinds=("text",)),
    Example("term.misspelled", "The board evaluated the crises.", "이사회는 위기를 평가했다."),
]

EXAMPLES: dict[str, list[Example]] = {
    "term.missing": MISSING + REFERRED,
    "term.untranslated": UNTRANSLATED,
    "term.deprecated": DEPRECATED + SINGLE_DEPRECATED,
    "source.deprecated": SOURCE_DEPRECATED,
    "term.misspelled": MISSPELLED + MISSPELLED_GUARD,
    "term.inconsistent": INCONSISTENT,
    "input.unaligned": UNALIGNED,
    "input.omission": OMISSION,
}

# Korean compounds and predicates (docs/lint.md): a common noun's translation is there when it
# heads, ends or sits inside a compound, is used as a predicate or an adverb, and a verb term
# when conjugated; names keep their boundaries; a deprecated term is flagged only as its word.
KOREAN_MORPHOLOGY = [
    # en -> ko: must pass
    Example("term.missing", "후쿠시마원전 사고가 났다.", "The Fukushima plant had an accident.",
            note="a place name heads a compound"),
    Example("term.missing", "신후쿠시마역에서 만났다.", "They met at Fukushima station.", [WHOLE],
            note="a place name keeps its left boundary"),
    Example("term.missing", "기본값을 바꿉니다.", "Replace the default value.",
            note="compound head (기본값) and a conjugated verb term (바꿉니다)"),
    Example("term.missing", "대북제재가 강화됐다.", "The sanctions were tightened.",
            note="compound end"),
    Example("term.missing", "값을 대입한 뒤 출력한다.", "Print the value after the assignment.",
            note="noun with 하다"),
    Example("term.missing", "값이 대입됩니다.", "The assignment is done.", note="noun with 되다"),
    Example("term.missing", "이 모드일 때 저장된다.", "It is saved in this mode.",
            note="copula"),
    Example("term.missing", "기본적으로 켜져 있다.", "It is on by default.", note="adverb with 적"),
    Example("term.missing", "암호를 저장할지 묻습니다.", "Ask whether to save the password.",
            note="a term of two nouns, the first with a particle, the second a predicate"),
    Example("term.missing", "암호를 입력한 뒤 저장할지 묻습니다.",
            "Ask whether to save the password.", [WHOLE],
            note="the two nouns are not next to each other"),
    Example("term.missing", "중국은 일본산 수산물에 대한 수입 규제를 다시 시행했다.",
            "China imposed a seafood import restriction again.",
            note="a term of three nouns, the first made to modify the rest by 에 대한"),
    Example("term.missing", "중국은 일본산 수산물에 대한 관세와 수입 규제를 시행했다.",
            "China imposed a seafood import restriction again.", [WHOLE],
            note="another noun between: the restriction is not on seafood"),
    Example("term.missing", "텍스트를 붙여 넣습니다.", "Paste the text.",
            note="verb term conjugated, spaced"),
    Example("term.missing", "오사카시에서 열렸다.", "It was held in Osaka.",
            note="a place name takes 시"),
    Example("term.missing", "바뀐 텍스트를 저장합니다.", "Save the replaced text.",
            note="a verb term in its passive (바꾸 -> 바뀌)"),
    Example("term.missing", "설정을 바꾸었습니다.", "The settings were replaced.",
            note="a verb term conjugated without fusing (바꾸었)"),
    Example("term.missing", "동유럽 국가들이 모였다.", "Countries of Eastern Europe met.",
            note="a place name after a one-syllable direction"),
    # en -> ko: flagged
    Example("term.missing", "설정이 바다에 빠졌다.", "The settings were replaced.", [WHOLE],
            note="바다 is no form of 바꾸다 or of its passive"),
    Example("term.missing", "북동유럽 국가들이 모였다.", "Countries of Europe met.", [WHOLE],
            note="only one syllable of direction goes before a place name"),
    Example("term.missing", "신후쿠시마역에서 만났다.", "They met in Fukushima.", [WHOLE],
            note="a name inside a longer word is another name"),
    Example("term.missing", "값을 할당량에 맞춘다.", "Check the assignment.", [WHOLE],
            note="the term is absent"),
    Example("term.missing", "키보드를 바꿉니다.", "Change the keyboard mode.", [WHOLE],
            note="모드 is not in 모든 or anywhere"),
    Example("term.deprecated", "오오사카시에서 열렸다.", "It was held in Osaka.", ["오오사카"],
            note="오오사카 is not 오사카, even with a place suffix"),
    Example("term.deprecated", "값을 할당하고 출력한다.", "Print the value after the assignment.",
            ["할당"], note="a deprecated noun used as a predicate is that word"),
    # en -> ko: not flagged as deprecated
    Example("term.deprecated", "할당량을 넘었다.", "The quota was exceeded.",
            note="a two-syllable deprecated term heading an unrelated longer word"),
    # ko -> en: flagged (the Korean source term found in its predicate form)
    Example("term.missing", "Store the value in the variable and print it.",
            "변수에 값을 대입하고 출력한다.", [WHOLE]),
    # ko -> en: must pass
    Example("term.missing", "the value after assignment", "대입된 값"),
    Example("term.missing", "This is the mode.", "모드입니다."),
]
for _example in KOREAN_MORPHOLOGY:
    EXAMPLES[_example.rule] = [*EXAMPLES[_example.rule], _example]

# Code, markup and news chrome are not text; a term the draft keeps in the source's
# language is term.kept-in-source-language, never term.missing.
MARKUP = [
    # en -> ko: a term inside code or chrome is not expected in the draft
    Example("term.missing", "자세한 내용은 :class:`Osaka`를 보라.",
            "See :class:`Osaka` for details.", note="a reST role"),
    Example("term.missing", "``summit``을 참으로 설정한다.", "Set ``summit`` to true.",
            note="an inline literal"),
    Example("term.missing", "`summit`을 참으로 설정한다.", "Set `summit` to true.",
            note="interpreted text, a Markdown code span"),
    Example("term.missing", "자세한 내용은 https://example.com/osaka/summit 문서를 참조하라.",
            "See https://example.com/osaka/summit for more.", note="a URL"),
    Example("term.missing", "summit@example.com으로 문의하라.",
            "Write to summit@example.com.", note="an e-mail address"),
    Example("term.missing", "먼저 osaka.summit()을 호출한다.", "Call osaka.summit() first.",
            kinds=("po",), note="identifiers joined by a dot"),
    Example("term.missing", "설정에서 summit_mode를 켜야 한다.", "Turn summit_mode on.", kinds=("po",),
            note="an identifier with an underscore"),
    Example("term.missing", "*summit*을 지정한다.", "Give *summit*.", kinds=("po",),
            note="one identifier in emphasis"),
    Example("term.missing", "해 보라:\n>>> summit(1)\n2", "Try it:\n>>> summit(1)\n2",
            kinds=("po",), note="a doctest block"),
    Example("term.missing", "이렇게 쓴다::\n    the summit in Osaka\n그리고 실행한다.",
            "Write this::\n    the summit in Osaka\nand run it.", kinds=("po",),
            note="a reST literal block"),
    Example("term.missing", "```\nsummit(osaka)\n```\n로 부른다.",
            "Call it as\n```\nsummit(osaka)\n```", note="a fenced code block"),
    Example("term.missing", "정상회담이 시작됐다.",
            "SEOUL, South Korea (CNN) -- The summit began.", kinds=("pair",),
            note="a dateline"),
    Example("term.missing", "정상회담이 시작됐다.",
            "By Wi Sung-lac, Staff Reporter\nThe summit began.", kinds=("pair",),
            note="a byline"),
    # ko -> en
    Example("term.missing", "The summit began.",
            "(서울=연합뉴스) 위성락 기자 = 정상회담이 시작됐다.", kinds=("pair",),
            note="a Korean agency dateline and byline"),
    Example("term.missing", "The summit began.", "정상회담이 시작됐다. 위성락 기자",
            kinds=("pair",), note="a Korean byline closing the paragraph"),
    Example("term.missing", "See :ref:`the page <venue>` for the summit.",
            ":ref:`오사카 <venue>`에서 열린 정상회담을 보라.", note="a reST role"),
    # a term in prose next to markup is still expected
    Example("term.missing", "``osaka_mode``를 쓴다.", "Use ``osaka_mode`` in Osaka.",
            [WHOLE], note="prose beside a literal"),
    Example("term.missing", "그들은 *정상 간 왕래*를 논의했다.",
            "They discussed *shuttle diplomacy*.", [WHOLE],
            note="several words in emphasis are prose"),
    Example("term.missing", "The talks moved from https://example.com/summit to a city.",
            "회담 장소는 https://example.com/summit 에서 오사카로 옮겨졌다고 한다.", [WHOLE],
            note="prose beside a URL"),
    Example("term.missing", "He said.", "SEOUL (Yonhap) -- 위성락 실장이 말했다.",
            [WHOLE], kinds=("pair",), note="a name after the dateline is text"),
    Example("term.missing", "회담이 시작됐다.", "By Wi Sung-lac\nThe summit began.",
            [WHOLE], kinds=("pair",), note="a term after the byline is text"),
    Example("term.missing", "먼저 그 함수를 호출한다.", "Call osaka.summit() at the summit.",
            [WHOLE], kinds=("po",), note="prose beside an identifier"),
    # single texts: a deprecated variant inside code or an address is not text
    Example("term.deprecated", "See https://example.com/Takahichi and `Takahichi`.",
            kinds=("text",)),
    Example("term.deprecated", "`타카이치` 말고 타카이치라고 썼다.", flagged=["타카이치"],
            kinds=("text",)),
]

KEPT_IN_SOURCE = [
    Example("term.kept-in-source-language", "양국은 shuttle diplomacy를 논의했다.",
            "They discussed shuttle diplomacy.", ["shuttle diplomacy"]),
    Example("term.kept-in-source-language", "정상들은 Osaka에서 만났다.",
            "The leaders met in Osaka.", ["Osaka"], note="a particle after the kept term"),
    Example("term.kept-in-source-language", "They discussed 셔틀외교.",
            "양국은 셔틀외교를 논의했다.", ["셔틀외교"]),
    Example("term.kept-in-source-language", "양국은 셔틀외교를 논의했다.",
            "They discussed shuttle diplomacy."),
    Example("term.kept-in-source-language", "They discussed shuttle diplomacy.",
            "양국은 셔틀외교를 논의했다."),
    Example("term.kept-in-source-language", "정상들은 Osakan 식당에서 만났다.",
            "The leaders met in Osaka.", note="inside a longer word is not the term kept"),
    Example("term.kept-in-source-language", "US 정부는 셔틀외교를 논의했다.",
            "The U.S. government discussed shuttle diplomacy.", ["US"],
            note="an acronym kept without its periods"),
    Example("term.kept-in-source-language", "USB 정부는 셔틀외교를 논의했다.",
            "The U.S. government discussed shuttle diplomacy.",
            note="a longer word is not the acronym"),
    Example("term.kept-in-source-language", "백그라운드에서 실행되는 앱",
            "Apps running in the background", ["백그라운드"],
            note="the English word written in Hangul, where the glossary has a word of its own"),
    Example("term.kept-in-source-language", "바탕에서 실행되는 앱",
            "Apps running in the background", note="another word is no transcription"),
    Example("term.kept-in-source-language", "릴리즈 노트를 읽으십시오.",
            "Read the release notes.",
            note="the glossary's rendering is a loanword: another Hangul spelling is a variant"),
    Example("term.missing", "바탕에서 실행되는 앱", "Apps running in the background", [WHOLE],
            note="another word stays missing"),
    Example("term.missing", "백그라운드에서 실행되는 앱", "Apps running in the background",
            note="written in Hangul: kept in the source language, not missing"),
]

EXAMPLES["term.missing"] = EXAMPLES["term.missing"] + [
    e for e in MARKUP if e.rule == "term.missing"]
EXAMPLES["term.deprecated"] = EXAMPLES["term.deprecated"] + [
    e for e in MARKUP if e.rule == "term.deprecated"]
EXAMPLES["term.kept-in-source-language"] = KEPT_IN_SOURCE

# A deprecated rendering belongs to its concept (삭제 is wrong for clear, right for delete),
# and a deprecated variant inside a longer term is reported once, as that term.
CONCEPT_DEPRECATED = [
    # en -> ko
    Example("term.deprecated", "기록 삭제", "Clear the history", ["삭제"]),
    Example("term.deprecated", "설정 변경", "Change the settings", ["변경"]),
    Example("term.deprecated", "모든 네트워크 변경 사항", "Any network changes",
            note="the noun changes is not the Change command (바꾸기, a verb): 변경 renders it"),
    Example("term.deprecated", "파일 삭제", "Delete the file"),
    Example("term.deprecated", "지우기 및 삭제", "Clear and delete",
            note="each word is right for a concept of the source"),
    Example("term.deprecated", "타카이치 총리가 말했다.", "The prime minister said so.",
            ["타카이치"], note="no entry accepts it: flagged without its source term"),
    Example("term.deprecated", "파일 삭제", "Remove the file",
            note="deprecated for clear, accepted for delete, neither in the source"),
    Example("term.deprecated", "바로 가기 열기", "Open the link", ["바로 가기"]),
    Example("term.deprecated", "바로 가기 열기", "Open the shortcut"),
    # a deprecated word choice is wrong for its concept; a deprecated spelling anywhere
    Example("term.deprecated", "폴더를 생성합니다.", "Create a folder.", ["생성"]),
    Example("term.deprecated", "코드를 생성합니다.", "Generate the code.",
            note="생성 renders generate, a concept the glossary does not hold"),
    Example("term.deprecated", "오오사카에서 코드를 만듭니다.", "Generate the code.",
            ["오오사카"], note="a deprecated spelling is wrong wherever it is"),
    Example("term.deprecated", "바로가기 만들기", "Create a shortcut", ["바로가기"],
            note="the spacing the guide deprecates"),
    Example("term.deprecated", "기록 비우기", "Clear the history", ["비우기"]),
    Example("term.deprecated", "휴지통 비우기", "Empty the trash",
            note="a jamo from 지우기 but another consonant: a word choice, not a spelling"),
    Example("term.deprecated", "타카이치 내각은 그렇게 밝혔다.", "The Takaichi Cabinet said so.",
            ["타카이치 내각"], note="one finding, as the compound"),
    Example("term.missing", "타카이치 내각은 그렇게 밝혔다.", "The Takaichi Cabinet said so.",
            note="the deprecated compound stands for the missing term"),
    # ko -> en
    Example("term.deprecated", "Erase the file", "파일 삭제", ["Erase"]),
    Example("term.deprecated", "Erase the history", "기록 지우기"),
    Example("source.deprecated", "Clear the history", "기록 삭제", [SOURCE + "삭제"]),
    Example("source.deprecated", "Delete the file", "파일 삭제"),
    # single texts: only a word that no entry accepts
    Example("term.deprecated", "파일 삭제", None, kinds=("text",)),
    Example("term.deprecated", "바로 가기 만들기", None, kinds=("text",)),
    Example("term.deprecated", "바로가기 만들기", None, ["바로가기"], kinds=("text",)),
    Example("term.deprecated", "타카이치 내각은 그렇게 밝혔다.", None, ["타카이치 내각"],
            kinds=("text",)),
]

for _example in [*CONCEPT_DEPRECATED, *SENSE, *PARAGRAPH_LANGUAGE]:
    EXAMPLES[_example.rule] = [*EXAMPLES[_example.rule], _example]
