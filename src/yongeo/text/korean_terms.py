"""Korean language knowledge for term extraction: which stems are no nouns, and what a noun's
last word says about its type (title, organization, place).

Without a morphological analyser, particle rules find a stem; these patterns catch the
predicate and adverb forms those rules leave behind: a past tense (수정됐으나 → 수정됐으),
a nominalised or adverbial verb (활용하기, 개척하게, 이루어지길, 구매하는지), numbers with
their counters (2010년, 49억달러, 150여명).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from yongeo.text.korean import is_particle_chain, is_syllable

# A stem that ends in a verb form, not a noun.
_VERB_STEM = regex.compile(
    r"(?:[했됐였겠었았왔갔졌렸쳤셨혔켰웠꿨뤘봤줬놨뒀](?:으|다|던|는|고|지)?"
    r"|(?:하|되|시키)(?:기|게|길|는지|며|고|는|던)|(?:해|돼)(?:서|야|달|도)|워(?:서|한|하)"
    r"|지(?:길|게)|(?<=\p{Hangul}{2})(?:하|되)|습니|(?<=\p{Hangul})(?:으|져))$")
_NUMBER = regex.compile(r"\d")
# Title words: a noun ending in one is a title (터키총리, 주지사, 보좌관).
TITLE_ENDINGS = ("대통령", "총리", "수상", "장관", "차관", "주지사", "지사", "시장", "대사",
                 "총영사", "사장", "회장", "부회장", "대표", "감독", "보좌관", "비서관",
                 "대변인", "의원", "위원장", "국장", "청장", "의장", "총장", "교수", "특사",
                 "국무장관", "외무상", "외상", "기자", "특파원", "사령관", "참모총장")
# Organization heads (신화통신, 루비 프로덕션, 외교부); 부 and 청 only after two syllables.
ORGANIZATION_ENDINGS = ("통신", "통신사", "프로덕션", "방송", "신문", "일보", "정부", "위원회",
                        "협회", "연구소", "연구원", "대학교", "대학", "은행", "그룹", "공사",
                        "재단", "기구", "연합", "본부", "외교부", "국방부", "통일부", "국무부",
                        "의회", "당")
# Place heads after a name (텍사스주, 나라현, 베이징시): the name before them must be two
# syllables or more.
PLACE_ENDINGS = ("주", "성", "현", "시", "군", "도", "구", "섬", "반도", "해협", "광장",
                 "공항", "항", "발전소")


def not_a_noun_stem(stem: str) -> bool:
    """A stem the particle rules left that is a verb form or a number."""
    return bool(_NUMBER.search(stem) or _VERB_STEM.search(stem))


@lru_cache(maxsize=1 << 16)  # asked of every Korean word and phrase
def type_by_ending(noun: str) -> str:
    """The type a Korean noun's last word gives it: title, organization, place or ''."""
    last = noun.split()[-1]
    if any(last.endswith(t) for t in TITLE_ENDINGS):
        return "title"
    if any(last.endswith(o) and len(last) > len(o) for o in ORGANIZATION_ENDINGS) or \
            last in ORGANIZATION_ENDINGS[:3]:
        return "organization"
    if any(last.endswith(p) and (len(last) - len(p) >= 2 or (len(p) >= 2 and " " in noun))
           for p in PLACE_ENDINGS):
        return "place"
    return ""


# The heads of a body's name that a common noun's term may be written onto in one word
# (일한문화교류기금: a foundation's name holding 문화교류): the organization endings, and a
# fund's; not a government's, a parliament's or a party's, which a place or a person names;
# and 체, the body a concept's people form (실무 협의체, a working-level body, is not
# working-level consultation; 협력체, 공동체), with nothing but particles after it (협의체계
# is a system of consultation).
_NOT_BODY_HEADS = ("정부", "의회", "당")
_BODY_NAME_HEADS = tuple(sorted(
    {*ORGANIZATION_ENDINGS, "기금", "협의회", "센터", "체"} - set(_NOT_BODY_HEADS),
    key=len, reverse=True))
# The most syllables between a term and the body's head it names the body with (정보통신 in
# 과학기술정보통신부).
_BODY_NAME_MIDDLE = 4
# A ministry's, an agency's or an office's one syllable, read as a body's head only after a
# word of two syllables or more between (정보통신부, 특허청; not 일부, a part).
_MINISTRY_SUFFIXES = ("부", "청", "처")


def heads_body_name(text: str, end: int) -> bool:
    """Whether the word a Korean term ends at `end` goes on with a body's head and only
    particles after it (일한문화교류기금이: the term is part of a body's name, which asks for
    that body's own name in a translation, not the term's), a few other syllables allowed
    before the head (과학기술정보통신부: the Ministry of Science and ICT), none that make a
    government, a parliament or a party (과학기술정부)."""
    tail = end
    while tail < len(text) and is_syllable(text[tail]):
        tail += 1
    word = text[end:tail]
    for cut in range(min(len(word), _BODY_NAME_MIDDLE + 1)):
        rest = word[cut:]
        heads = _BODY_NAME_HEADS + (_MINISTRY_SUFFIXES if cut >= 2 else ())
        for head in heads:
            if rest.startswith(head) and is_particle_chain(rest[len(head):]):
                return cut == 0 or not any(word[:cut + len(head)].endswith(other)
                                           for other in _NOT_BODY_HEADS)
    return False
