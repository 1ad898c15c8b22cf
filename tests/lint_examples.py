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


def glossary() -> Glossary:
    """A small glossary in the shape of the bundled one."""
    return Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
        make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
        make_entry("fukushima", "place", "Fukushima", "후쿠시마", ("후꾸시마", "ko", "deprecated")),
        make_entry("nara", "place", "Nara", "나라"),
        make_entry("national-security-office", "organization", "National Security Office",
                   "국가안보실", ("NSO", "en", "admitted"), ("안보실", "ko", "admitted")),
        make_entry("head-of-nso", "title", "head of the National Security Office",
                   "국가안보실장", ("안보실장", "ko", "admitted")),
        make_entry("takaichi-sanae", "person", "Takaichi Sanae", "다카이치 사나에",
                   ("Takaichi", "en", "admitted"), ("Takahichi", "en", "deprecated"),
                   ("다카이치", "ko", "admitted"), ("타카이치", "ko", "deprecated"),
                   ("타카이치 사나에", "ko", "deprecated")),
        make_entry("wi-sung-lac", "person", "Wi Sung-lac", "위성락"),
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
        # English sense and inflection (SENSE below)
        make_entry("set", "concept", "set", "집합", pos="noun"),
        make_entry("default", "concept", "default", "기본값"),
        make_entry("windows", "concept", "Windows", "윈도"),
        make_entry("table", "concept", "table", "표", not_in=("table of contents",)),
        make_entry("crisis", "concept", "crisis", "위기"),
        make_entry("evaluate", "concept", "evaluate", "평가", pos="verb"),
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
    # ko -> en: flagged
    Example("term.missing", "They discussed reciprocal visits.", "양국은 셔틀외교를 논의했다.",
            [WHOLE]),
    Example("term.missing", "The presidential office said so.", "국가안보실이 밝혔다.", [WHOLE]),
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
    Example("source.deprecated", "Takahichi’s warm reception", None, ["Takahichi"],
            kinds=("text",)),
    Example("source.deprecated", "오오사카에서 열린 회의", None, ["오오사카"], kinds=("text",)),
    Example("source.deprecated", "다카이치 총리가 말했다.", "Takaichi said so."),
    Example("source.deprecated", "Takaichi’s warm reception", None, kinds=("text",)),
    Example("source.deprecated", "오사카에서 열린 회의", None, kinds=("text",)),
]

MISSPELLED = [
    Example("term.misspelled", "Prime Minister Takaichy spoke.", None, ["Takaichy"],
            kinds=("text",)),
    Example("term.misspelled", "위성낙 실장은 말했다.", None, ["위성낙"], kinds=("text",)),
    Example("term.misspelled", "후쿠시나의 수산물", "seafood from Fukushima", ["후쿠시나"],
            note="and no term.missing for it"),
    Example("term.misspelled", "Fukushma seafood", "후쿠시마산 수산물", ["Fukushma"]),
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
    Example("term.missing", "이사회가 계획에 대한 평가를 마쳤다.", "The board evaluated the plan."),
    # en -> ko: flagged
    Example("term.missing", "그것을 목록에 추가한다.", "Add it to the set.", [WHOLE]),
    Example("term.missing", "처음 상태로 되돌린다.", "Restore the default.", [WHOLE]),
    Example("term.missing", "그림을 보라.", "See the table.", [WHOLE]),
    Example("term.missing", "운영체제가 시작된다.", "Windows starts.", [WHOLE]),
    Example("term.missing", "두 문제가 겹쳤다.", "Two crises overlapped.", [WHOLE],
            note="an irregular plural is the term"),
    Example("term.missing", "이사회는 계획을 검토했다.", "The board evaluated the plan.", [WHOLE]),
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
    "term.missing": MISSING,
    "term.untranslated": UNTRANSLATED,
    "term.deprecated": DEPRECATED,
    "source.deprecated": SOURCE_DEPRECATED,
    "term.misspelled": MISSPELLED,
    "term.inconsistent": INCONSISTENT,
    "input.unaligned": UNALIGNED,
}
for _example in SENSE:
    EXAMPLES[_example.rule] = [*EXAMPLES[_example.rule], _example]
