"""term.misspelled beyond the example tables: the frequency guard, run counts, bounded work."""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
from collections import Counter

import pytest
from conftest import ROOT, make_entry
from lint_examples import glossary

from yongeo.glossary.model import Glossary
from yongeo.lint import LintIndex
from yongeo.lint.spelling import (
    ESTABLISHED_COUNT,
    MAX_WORD_LENGTH,
    Speller,
    count_words,
    find_misspellings,
    find_misspellings_each,
)
from yongeo.text import analysers
from yongeo.text.analysers import dictionary_noun
from yongeo.text.frequency import COMMON_ZIPF, function_words, is_common, predicate_stems

INDEX = LintIndex.build(glossary())
SPELLER = INDEX.speller


@pytest.mark.parametrize(("word", "lang", "common"), [
    ("프로세스", "ko", True),       # Zipf 4.0: a loanword one jamo from 프로세서
    ("프로세스를", "ko", True),     # ... with a particle
    ("문법에서", "ko", True),       # 문법 (Zipf 4.05) + 에서, one jamo from 문법에러
    ("사용하고", "ko", True),       # 사용 + 하 + 고: a noun made a predicate
    ("읽습니다", "ko", True),       # a verb stem + ending
    ("위성낙", "ko", False),        # a slip of the name 위성락
    ("다카이찌", "ko", False),
    ("디렉토리", "ko", False),      # a deprecated spelling: rare, left to term.deprecated
    ("프라퍼티", "ko", False),
    ("interpreted", "en", True),   # Zipf 3.9
    ("Processes", "en", True),
    ("Takahichi", "en", False),
    ("takaichy", "en", False),
])
def test_common_words_after_particles_endings_and_inflections(word, lang, common):
    assert is_common(word, lang) is common


def test_names_are_not_read_as_predicates():
    # 후쿠 + 시 + 나 would read as a predicate; a name is not inflected.
    assert is_common("후쿠시나", "ko", predicate=False) is False
    assert COMMON_ZIPF == 3.0
    # but a frequent noun with a light verb is the verb (고려해: considering), not a slip
    assert is_common("고려해", "ko", predicate=False)
    assert is_common("고려데", "ko", predicate=False) is False
    # and so is 하다 or 되다 itself, the honorific 시 and a tense allowed (하시며: saying),
    # which no name's slip (하시마) is taken for; a stem before 시 is still no verb for a name
    assert is_common("하시며", "ko", predicate=False)
    assert is_common("되었다", "ko", predicate=False)
    assert is_common("하시마", "ko", predicate=False) is False
    assert is_common("다카이시", "ko", predicate=False) is False


def test_predicate_stems():
    assert predicate_stems("사용하고") == ["사용하", "사용"]
    assert predicate_stems("설명하되") == ["설명하", "설명"]  # -되: explain, but ...
    assert "건너뛰" in predicate_stems("건너뛰기")
    assert predicate_stems("정상회담") == []
    # a light verb whose last consonant is the ending: the noun before it
    assert predicate_stems("제기될") == ["제기"]
    assert predicate_stems("완료됨") == ["완료"]
    assert predicate_stems("대한") == []  # one syllable before it: no noun stem


def test_a_common_noun_made_a_predicate_is_no_misspelling():
    # 제기 (to raise a question) is one jamo from 제거 (remove), and a common word: 제기될 is
    # 제기 + 될, whatever a glossary holds.
    assert is_common("제기될", "ko", predicate=True, stem_zipf=4.0, shorter_than=2)


def test_a_word_established_in_the_run_is_not_reported():
    text = "위성낙 실장이 말했다."
    assert [m.guess.word for m in find_misspellings(text, SPELLER, {})] == ["위성낙"]
    counts = Counter({"위성낙": ESTABLISHED_COUNT})
    assert find_misspellings(text, SPELLER, {}, counts=counts) == []
    below = Counter({"위성낙": ESTABLISHED_COUNT - 1})
    assert len(find_misspellings(text, SPELLER, {}, counts=below)) == 1


# A PO file's drafts are read for misspellings together, in one pass: as each alone, with
# the words of them all counted.
DRAFTS_READ_TOGETHER = [
    (["위성낙 실장이 말했다.", "그리고 위성낙은", "위성", "낙은", "Takaichy said"], "ko"),
    (["Takaichy", "said Takaichy", "", "Nara"], "en"),
    (["Takaichy", "Takaichy said", "", "TAKAICHY"], "en"),  # established: counted together
    (["위성낙은 위성낙이", "위성낙을", "위성낙", "위성낙"] * 2, "ko"),
]


@pytest.mark.parametrize(("texts", "lang"), DRAFTS_READ_TOGETHER)
def test_drafts_read_together_are_read_as_each_alone(texts, lang):
    counts: Counter[str] = Counter()
    for text in texts:
        count_words(text, SPELLER, counts, lang)
    taken = [[(0, 3)] if text.startswith("위성낙 ") else [] for text in texts]
    alone = [find_misspellings(text, SPELLER, {}, spans, lang, counts)
             for text, spans in zip(texts, taken)]
    assert find_misspellings_each(texts, SPELLER, {}, taken, lang) == alone


def test_count_words_counts_korean_stems_and_latin_words_in_lower_case():
    counts = count_words("위성낙은 위성낙이 위성낙을", SPELLER)
    count_words("Takaichy TAKAICHY Takaichy takaichy", SPELLER, counts)
    assert counts["위성낙"] == 3
    assert counts["takaichy"] == 3  # the lower-case one is no candidate, so not counted


def test_glossary_words_too_long_to_be_words_are_not_indexed():
    long = "가" * (MAX_WORD_LENGTH + 1)
    from conftest import make_entry
    speller = Speller([make_entry("long", "person", "x" * (MAX_WORD_LENGTH + 1), long)])
    assert speller.guess(long[:-1] + "각") is None


@pytest.mark.parametrize("token", ["Takaichy" * 20_000, "위성낙" * 50_000,
                                   "위성낙" + "은" * 100_000])
def test_a_huge_token_is_dismissed_by_its_length(token):
    assert SPELLER.guess(token) is None
    assert not SPELLER.count_keys(token)
    assert find_misspellings(token, SPELLER, {}) == []


def test_the_frequency_lists_load_only_when_a_candidate_needs_them(tmp_path):
    # Lint start-up stays cheap: wordfreq (and its lists) come in with the first candidate.
    # The compiled glossary comes from the cache, as a run reads it (compiling one asks
    # wordfreq which compounds are written solid: text.english.compound_spellings).
    probe = ("import sys; sys.path[:0] = [{tests!r}, {src!r}]\n"
             "from lint_examples import glossary\n"
             "from yongeo.lint import compile_glossary, lint_text\n"
             "index = compile_glossary(glossary())\n"
             "lint_text(sys.argv[1], index)\n"
             "print(int('wordfreq' in sys.modules))\n").format(
        tests=str(ROOT / "tests"), src=str(ROOT / "src"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "YONGEO_NO_CACHE": ""}
    subprocess.run([sys.executable, "-c", probe, "셔틀외교"], env=env, check=True,
                   capture_output=True)  # compiles the glossary into the cache
    loaded = {}
    for text in ("셔틀외교를 논의했다.", "위성낙 실장이 말했다."):
        result = subprocess.run([sys.executable, "-c", probe, text], capture_output=True,
                                text=True, check=True, env=env)
        loaded[text] = int(result.stdout)
    assert loaded == {"셔틀외교를 논의했다.": 0, "위성낙 실장이 말했다.": 1}


GLOSSARY = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

# id: wi-sung-lac
# type: person
msgid "Wi Sung-lac"
msgstr "위성락"

# id: institutionalization
# type: concept
msgid "institutionalization"
msgstr "제도화"
"""
ADDRESS_SPACE = 1536 * 1024 * 1024  # before the bound, a 100 KB token alone took over 4 GB


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
@pytest.mark.parametrize(("unit", "source"), [("Takaichy", None), ("위성낙", None),
                                              ("위성낙", "Wi Sung-lac said so."),
                                              ("institutionalizaton", "제도화")])
def test_the_cli_lints_a_one_megabyte_token_in_bounded_memory(tmp_path, unit, source):
    (tmp_path / "g.po").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(unit * (1024 * 1024 // len(unit.encode())) + "\n",
                                        encoding="utf-8")
    args = [sys.executable, "-m", "yongeo", "lint", "-g", "g.po", "draft.txt"]
    if source:
        (tmp_path / "source.txt").write_text(source + "\n", encoding="utf-8")
        args += ["--source", "source.txt"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "YONGEO_NO_CACHE": "1"}
    result = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=env,
                            preexec_fn=_limit_memory, check=False)
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert result.returncode in (0, 1), result.stderr[-2000:]


@pytest.mark.parametrize(("token", "stem", "read"), [
    ("업데이투됩니다", "업데이투", True),  # a noun made a verb by 되다
    ("설치하고", "설치", True),  # by 하다
    ("제도하시킨", "제도하", True),  # by 시키다
    ("메시지를", "메시지", True),  # a particle, as before
    ("동점일", "동점", False),  # the copula's short form ends too many words
    ("사용하여", "사용하", False),  # 하여 is 하다's: the stem is 사용
])
def test_a_misspelling_is_looked_for_before_a_light_verb(token, stem, read):
    from yongeo.lint.spelling import _stems

    assert (stem in _stems(token, 10)) is read


_COMPOUNDS = LintIndex.build(Glossary((
    make_entry("keyboard", "concept", "keyboard", "키보드"),
    make_entry("data", "concept", "data", "데이터"),
    make_entry("exit", "concept", "exit", "나가기"),
    make_entry("processor", "concept", "processor", "프로세서"),
    make_entry("message", "concept", "message", "메시지"),
    make_entry("trilateral-summit", "event", "trilateral summit", "한일중 정상회의"),
)))


@pytest.mark.parametrize(("text", "found"), [
    ("메타데이토를 반환합니다", ["데이토"]),  # a slip ending a compound after a frequent head
    ("오류메시자가 나옵니다", ["메시자"]),
    ("대시보드를 엽니다", []),  # 대 is no head: 시보드 is no slip of 키보드
    ("데바나가리 문자", []),  # 데바 is a fragment of a transcribed name, not a word
    ("멀티프로세스 지원", []),  # the end is a common word (프로세스)
])
def test_a_slip_ending_a_compound(text, found):
    misspelt = find_misspellings(text, _COMPOUNDS.speller, {}, lang="ko")
    assert [text[m.start:m.end] for m in misspelt] == found


_KINDS = LintIndex.build(Glossary((
    make_entry("waseda", "organization", "Waseda University", "와세다대"),
    make_entry("kumamoto-castle", "place", "Kumamoto Castle", "구마모토성"),
)))


@pytest.mark.parametrize(("text", "found"), [
    ("와세다도 그렇게 여기길 바란다", []),  # 와세다 + 도 ('Waseda too'): the name, no kind
    ("구마모토도 그렇다", []),  # 구마모토 + 도
    ("와세다디와 겨룬다", ["와세다디"]),  # a slip of the name with its kind
])
def test_a_name_without_its_kind_is_no_slip_of_it(text, found):
    misspelt = find_misspellings(text, _KINDS.speller, {}, lang="ko")
    assert [text[m.start:m.end] for m in misspelt] == found


_SPACED_TERMS = LintIndex.build(Glossary((
    make_entry("filename", "concept", "filename", "파일 이름"),
    make_entry("stem-cell", "concept", "stem cell", "줄기 세포"),
    make_entry("message", "concept", "message", "메시지"),
    make_entry("trilateral-summit", "event", "trilateral summit", "한일중 정상회의"),
)))


@pytest.mark.parametrize(("text", "found", "suggestion"), [
    ("목차의 파일 이룸 (기본값)", ["파일 이룸"], "파일 이름"),  # the second word slipped
    ("파일 이룸을 바꿉니다", ["파일 이룸"], "파일 이름"),  # with a particle after it
    ("파일  이룸", ["파일  이룸"], "파일 이름"),  # any run of spaces
    ("파일 이름을 바꿉니다", [], None),  # the term as written
    ("파일 이동", [], None),  # two words, but no slip of the term (이동 is a word)
    ("줄기 세표를 배양했다", ["줄기 세표"], "줄기 세포"),
    ("파일 메시자", ["메시자"], "메시지"),  # a slip of a one-word term, reported once
    ("한일 정상은 만났다", [], None),  # 한일정 is one jamo from the first word 한일중 alone
    ("한일중 정상회이", ["한일중 정상회이"], "한일중 정상회의"),
])
def test_a_slip_in_a_term_written_in_two_words(text, found, suggestion):
    for misspelt in (find_misspellings(text, _SPACED_TERMS.speller, {}, lang="ko"),
                     find_misspellings_each(["앞", text], _SPACED_TERMS.speller, {},
                                            [(), ()], "ko")[1]):
        assert [text[m.start:m.end] for m in misspelt] == found
        assert all(m.guess.correct == suggestion for m in misspelt)


def test_a_light_verb_form_starts_with_a_syllable_the_fast_path_lets_through():
    """_light_verb_tail tries a conjugation only after one of _VERBALISER_STARTS: every
    syllable that starts a form of 하다, 되다 or 시키다 must be among them."""
    from yongeo.lint.spelling import _VERBALISER_STARTS, _VERBALISERS
    from yongeo.text.korean import conjugates

    missed = [chr(code) + ending for code in range(0xAC00, 0xD7A4)
              for ending in ("", "다", "고", "니다", "어", "여", "서", "었다", "켜", "킨")
              if chr(code) not in _VERBALISER_STARTS
              and any(conjugates(chr(code) + ending, verb) for verb in _VERBALISERS)]
    assert missed == []


@pytest.mark.parametrize(("word", "lang", "function"), [
    ("수", "ko", True), ("것", "ko", True), ("없", "ko", True), ("the", "en", True),
    ("with", "en", True),
    ("변경", "ko", False), ("사용", "ko", False), ("비밀번호", "ko", False),
    ("change", "en", False), ("password", "en", False),
])
def test_function_words_are_the_most_frequent(word: str, lang: str, function: bool):
    assert (word in function_words(lang)) is function


@pytest.mark.parametrize(("word", "stem"), [
    ("이해하는지", "이해"),  # 하 + 는지
    ("개입해", "개입"), ("완료돼", "완료"),  # 하여, 되어 contracted, the ending fused
    ("개입해야", "개입"), ("기입해주세요", "기입"), ("확인해보세요", "확인"),  # auxiliaries
    ("제기될", "제기"), ("사용하고", "사용"),
])
def test_predicate_stems_reach_the_noun(word: str, stem: str):
    assert predicate_stems(word)[-1] == stem


MECAB = importlib.util.find_spec("mecab") is not None


@pytest.mark.parametrize(("word", "noun"), [
    ("유휴", True), ("기입", True),  # rarer than the frequency lists go, in the dictionary
    # read as a noun with particles or endings, or not as a noun at all: slips
    ("키보두", False), ("오바머", False), ("러시야", False), ("유헤", False), ("압호", False),
    ("다카이찌", False), ("디렉토리", False), ("프라퍼티", False), ("유", False),
])
@pytest.mark.skipif(not MECAB, reason="python-mecab-ko (yongeo[korean]) is not installed")
def test_dictionary_nouns(word: str, noun: bool):
    assert dictionary_noun(word) is noun


@pytest.mark.parametrize("analyser", [
    pytest.param(True, marks=pytest.mark.skipif(not MECAB, reason="python-mecab-ko (yongeo["
                                                "korean]) is not installed")),
    False])
def test_a_dictionary_word_too_rare_for_the_lists_is_no_slip(monkeypatch, analyser):
    """유휴 (idle) is one jamo from the term 유해 and too rare for wordfreq: with the analyser
    it is a word of the dictionary, without it a slip, as the rules alone must say; a real
    slip (유헤) is one either way."""
    if not analyser:
        monkeypatch.setattr(analysers, "installed", lambda _name: False)
        analysers.dictionary_noun.cache_clear()
    speller = Speller(glossary().entries)
    found = [m.guess.word for m in find_misspellings("유휴 인력과 유헤를 수습했다.", speller, {})]
    assert found == (["유헤"] if analyser else ["유휴", "유헤"])
    analysers.dictionary_noun.cache_clear()
