"""Korean: Hangul syllables and jamo, choseong, particles and suffixes after nouns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from yongeo.patterns import compiled, covers, lazy

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONGSEONG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
              "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_CHOSEONG_SET = frozenset(_CHOSEONG)
# Consonants that spell one sound in variant spellings (is_spelling_variant): one place of
# articulation, plain, aspirated or tense; ㅅ and ㅈ both write a loanword's s or z.
_SOUND_GROUPS = ("ㄱㅋㄲ", "ㄷㅌㄸ", "ㅂㅍㅃ", "ㅈㅊㅉㅅㅆ")

# Particles (josa), copula forms and noun suffixes that attach directly to a noun. A noun
# followed only by a chain of these is still that noun (셔틀외교를, 국가안보실장은, 조세이 탄광의;
# 삭제중 'deleting', with 中 written onto its noun as UI strings often do).
PARTICLES = frozenset("""
은 는 이 가 을 를 의 에 에서 에게 에게서 께 께서 한테 와 과 로 으로 도 만 까지 부터 보다
처럼 마다 조차 마저 이나 나 이랑 랑 이며 며 이다 다 인 이고 고 이라는 라는 이란 란 이라 라 서
로서 으로서 로써 으로써 든지 이든지 든 이든 야 이야 요 이요 뿐 밖에 이었다 였다 이었 였 입니다
이며 이자 자 라고 이라고 에선 엔 선 과도 와도 과는 와는 에서도 에게는 으로는 로는 에는 에도 께도
들 님 씨 측 간 상 내 외 등 및 과의 와의 에서의 으로의 로의 에의 으로부터 로부터 에서부터 만의
별 별로 하고 중
""".split())
_MAX_PARTICLE = max(len(p) for p in PARTICLES)
# The syllables a particle starts with: a chain can begin nowhere else.
PARTICLE_STARTS = frozenset(p[0] for p in PARTICLES)
# The longest chain is_particle_chain accepts (three particles).
LONGEST_PARTICLE_CHAIN = 3 * _MAX_PARTICLE


# A direction written before a place name in one word: a syllable (동유럽, 서아시아, 남태평양)
# or an English direction in Hangul (이스트예루살렘, 웨스트버지니아, 사우스캐롤라이나, 노스다코타).
DIRECTION_PREFIXES = ("동", "서", "남", "북", "이스트", "웨스트", "사우스", "노스")
# 駐 (stationed in) written onto a place in one word, as a mission is named (주오사카 총영사관,
# 주일본 대사관); only before a place of STATIONED_MIN_SYLLABLES or more (주나라 is the Zhou
# dynasty, not a mission in Nara).
STATIONED_PREFIX = "주"
STATIONED_MIN_SYLLABLES = 3
# A stance toward a place written onto its name in one word: 對 (대중국 억제, deterring China;
# 대일본 정책), 親 (친중국), 反 (반중국) and 脫 (탈중국, away from China): the place itself,
# before a place of two syllables or more (one-syllable short forms make words of their own:
# 대미, 반일).
STANCE_PREFIXES = ("대", "친", "반", "탈")


def is_syllable(char: str) -> bool:
    return _SYLLABLE_FIRST <= ord(char) <= _SYLLABLE_LAST


def words_starting(text: str, word: str, enough: int | None = None) -> int:
    """How many words of a Korean text `word` starts (particles may follow it; not inside
    a longer word: 동포 in 동포 사회, not in 재일동포), counted up to `enough`."""
    return len(word_starts(text, word, enough))


def word_starts(text: str, word: str, enough: int | None = None) -> list[int]:
    """Where `word` starts a word of a Korean text (words_starting), the first `enough`."""
    found: list[int] = []
    at = text.find(word)
    while at != -1 and (enough is None or len(found) < enough):
        if at == 0 or not is_syllable(text[at - 1]):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def is_hangul(char: str) -> bool:
    """A Hangul syllable or a compatibility jamo (ㄱ..ㅣ)."""
    code = ord(char)
    return _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST or 0x3131 <= code <= 0x318E


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def decompose(text: str) -> str:
    """Hangul syllables as compatibility jamo (다카이치 -> ㄷㅏㅋㅏㅇㅣㅊㅣ); other chars kept."""
    return "".join(_decompose_char(c) for c in text)


@lru_cache(maxsize=4096)
def _decompose_char(char: str) -> str:
    if not is_syllable(char):
        return char
    index = ord(char) - _SYLLABLE_FIRST
    lead, rest = divmod(index, 588)
    vowel, tail = divmod(rest, 28)
    return _CHOSEONG[lead] + _JUNGSEONG[vowel] + _JONGSEONG[tail]


def choseong(text: str) -> str:
    """The initial consonant of each syllable (셔틀외교 -> ㅅㅌㅇㄱ); other chars dropped."""
    return "".join(_decompose_char(c)[0] for c in text if is_syllable(c))


def is_choseong_query(text: str) -> bool:
    """True for a query made only of initial consonants (and spaces), like ㅅㅌㅇㄱ."""
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and all(c in _CHOSEONG_SET for c in letters)


def jamo_distance(a: str, b: str) -> int:
    """Edit distance counted in jamo, so 타카이치 is one step from 다카이치."""
    return Levenshtein.distance(decompose(a), decompose(b))


def is_spelling_variant(a: str, b: str, max_jamo: int = 2) -> bool:
    """Whether two Korean words are spellings of one word: at most `max_jamo` jamo apart
    (spaces aside), where every consonant written in place of another keeps its place of
    articulation, plain, aspirated or tense (타카이치/다카이치, 후꾸시마/후쿠시마), or is the
    s/z of a loanword (릴리즈/릴리스); vowels may differ (디렉토리/디렉터리) and a jamo or two
    may be added (오오사카/오사카). 비우기 and 지우기 are a jamo apart but two words."""
    left, right = decompose("".join(a.split())), decompose("".join(b.split()))
    if Levenshtein.distance(left, right, score_cutoff=max_jamo) > max_jamo:
        return False
    for op in Levenshtein.editops(left, right):
        if op.tag != "replace":
            continue
        old, new = left[op.src_pos], right[op.dest_pos]
        if old in _JUNGSEONG and new in _JUNGSEONG:
            continue
        if not any(old in group and new in group for group in _SOUND_GROUPS):
            return False
    return True


def jamo_similarity(a: str, b: str) -> float:
    """1.0 for equal strings, falling with the share of jamo that differ."""
    return Levenshtein.normalized_similarity(decompose(a), decompose(b))


def is_particle_chain(text: str, max_parts: int = 3) -> bool:
    """True when text is one to three particles or suffixes in a row (를, 에서는, 장은 is not);
    the copula's sentence-final forms (다, 이다, 였다, 이었다, 입니다) end a chain, but for
    the quotative 는 after them (도쿄였다는 사실): 하야시다의 is no 하야시 + 다 + 의."""
    if not text:
        return True
    if max_parts == 0 or text[0] not in PARTICLE_STARTS:
        return False
    for size in range(min(_MAX_PARTICLE, len(text)), 0, -1):
        part = text[:size]
        if part in PARTICLES and is_particle_chain(text[size:], max_parts - 1) and (
                part not in SENTENCE_FINAL_PARTS or text[size:] in ("", "는")):
            return True
    return False


# The copula's sentence-final forms among PARTICLES: they end a sentence, so nothing but the
# quotative's 는 follows them in a word, and a word (a given name) rarely follows them.
SENTENCE_FINAL_PARTS = frozenset({"다", "이다", "였다", "이었다", "입니다"})


def ends_sentence(tail: str) -> bool:
    """Whether the particles `tail` end in one of the copula's sentence-final forms (다,
    였다, 에서였다), not a particle that merely ends as one does (보다, than)."""
    if tail in PARTICLES:
        return tail in SENTENCE_FINAL_PARTS
    return any(tail.endswith(final) and is_particle_chain(tail[:-len(final)], 2)
               for final in SENTENCE_FINAL_PARTS)


def word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where `word` stands in a Korean text as a word of its own, particles or nothing after
    it (키시다가, 키시다의; not 키시다마 nor 오키시다)."""
    import regex

    for match in compiled(r"(?<![\uac00-\ud7a3])" + regex.escape(word)
                          + r"([\uac00-\ud7a3]*)").finditer(text):
        if is_particle_chain(match.group(1)):
            yield match.start(), match.start() + len(word)


def strip_particles(word: str) -> list[str]:
    """Forms of a word with trailing particle chains removed, longest stem first.

    국가안보실은 -> [국가안보실은, 국가안보실]; the caller decides which stem is a term.
    """
    forms = [word]
    # A chain is at most three particles long, so only the word's tail is tried: linear in
    # the word, however long (a megabyte without spaces).
    for cut in range(len(word) - 1, max(0, len(word) - LONGEST_PARTICLE_CHAIN - 1), -1):
        if word[cut] in PARTICLE_STARTS and is_particle_chain(word[cut:]):
            forms.append(word[:cut])
    return forms


# Predicates and adverbs made of a noun. A noun followed by a form of a light verb (하다 'do',
# 되다 'become', 시키다 'make do') or the copula 이다 is still that noun used as a predicate:
# 대입하고, 대입된, 대입할, 대입해, 대입했다, 대입됩니다, 대입시키는, 모드일, 모드입니다.
LIGHT_VERBS = ("하", "되", "시키", "이")
# Derivational suffixes after a noun (的, 化): 기본적으로, 기본적인; 제도화, 암호화하다. 적 keeps
# the noun's meaning and confirms a translation (holds_term); 화 makes another concept
# (암호화 'encryption' is not 암호 'password'), so a 화 derivation never holds the noun.
NOUN_SUFFIXES = ("적", "화")
# The syllables an ending of a vowel-final stem starts with when it does not fuse with the stem
# (하고, 하는, 하면, 하지, 하게, 하기, 하며, 하시, 하려면, 하도록, 하니, 하던, 하거나, 하겠다,
# 하다, 하세요, 하여, 하되). Not 나 or 오: 하나 and 하오 are words of their own; nor 단, 위, 루:
# 하단, 하위, 하루 are nouns.
_ENDING_STARTS = frozenset("고는면지게기며시십셔려도니므던든거겠다세여자라러요죠되")
# After a consonant-final stem the ending may start with the linking vowel or 아/어 (찾아, 찾은).
_CONSONANT_ENDING_STARTS = _ENDING_STARTS | frozenset("아어았었은을음습으")
# What goes on after a one-syllable stem fused with its ending's first sound (한다, 합니다,
# 할게, 함으로써, 해서, 했다, 열었다 after 열): the ending's next syllables.
_FUSED_CONTINUATIONS = _CONSONANT_ENDING_STARTS | frozenset("데대가걸까래야줘에은이어서진")
# A vowel-final noun drops the copula's 이 (모드다, 모드였다, 모드라면, 모드지만).
_COPULA_AFTER_VOWEL = ("였", "다", "라", "면", "지만", "므로", "니까", "예요", "야")
# How a stem's last vowel fuses with the ending 아/어 (바꾸+어 = 바꿔, 시키+어 = 시켜,
# 되+어 = 돼, 나가+아 = 나가); 하+여 = 해 is the one irregular light verb.
_FUSED = {"ㅗ": "ㅘ", "ㅜ": "ㅝ", "ㅣ": "ㅕ", "ㅡ": "ㅓ", "ㅚ": "ㅙ", "ㅏ": "ㅏ", "ㅓ": "ㅓ",
          "ㅐ": "ㅐ", "ㅔ": "ㅔ", "ㅕ": "ㅕ"}
# A stem ending in these vowels may also be written without fusing (바꾸어, 바꾸었습니다,
# 되어, 바뀌었다); other vowels always fuse or never take 어 at all (하여 is in _ENDING_STARTS).
_UNFUSED_VOWELS = frozenset("ㅗㅜㅚㅟ")
_UNFUSED_ENDING_STARTS = frozenset("어었아았")
# Passive stems (passive_stems): how a last vowel fuses with the suffix 이, and the suffix a
# final consonant takes.
_PASSIVE_FUSED = {"ㅜ": "ㅟ", "ㅗ": "ㅚ"}
_PASSIVE_SUFFIXES = (("히", frozenset("ㄱㄷㅂㅈㅊ") | {"ㄺ", "ㄼ"}), ("리", {"ㄹ"}),
                     ("기", frozenset("ㄴㅁㅅ") | {"ㄶ", "ㄵ", "ㄻ"}), ("이", {"ㅎ", "ㄲ", "ㄳ"}))
# Verb stems are written as the nominalised form (바꾸기, 붙여넣기) or the dictionary form (바꾸다).
_VERB_NOUN_ENDINGS = ("기", "다")


def _parts(syllable: str) -> tuple[int, int, int]:
    lead, rest = divmod(ord(syllable) - _SYLLABLE_FIRST, 588)
    vowel, tail = divmod(rest, 28)
    return lead, vowel, tail


def _syllable(lead: int, vowel: int, tail: int) -> str:
    return chr(_SYLLABLE_FIRST + lead * 588 + vowel * 28 + tail)


def _with_tail(syllable: str, jamo: str) -> str:
    lead, vowel, _tail = _parts(syllable)
    return _syllable(lead, vowel, _JONGSEONG.index(jamo))


@lru_cache(maxsize=4096)
def stem_heads(stem: str) -> tuple[tuple[str, bool], ...]:
    """The ways a conjugated form of a verb stem begins: (head, needs an ending start).

    For 바꾸: (바꾸, True) for 바꾸고/바꾸는/바꾸려면; (바꾼, 바꿀, 바꿈, 바꿉, 바꿔, 바꿨, False)
    for the forms where the ending fuses with the stem's last syllable. Consonant-final stems
    (찾, 붙여넣) take 찾아/찾은/찾습니다 through the wider set of ending starts; ㄹ-final
    stems drop the ㄹ (만들: 만드는, 만든, 만듭니다). Irregular stems (ㅂ, ㄷ, 르, ㅅ) are not
    modelled: 돕다 in 도와 is not recognised.
    """
    if not stem or not is_syllable(stem[-1]):
        return ()
    body, last = stem[:-1], stem[-1]
    lead, vowel, tail = _parts(last)
    heads: list[tuple[str, bool]] = [(stem, True)]
    if tail == 0:
        for jamo in ("ㄴ", "ㄹ", "ㅁ", "ㅂ"):
            heads.append((body + _with_tail(last, jamo), False))
        if stem == "하" or stem.endswith("하"):
            fused = _JUNGSEONG.index("ㅐ")
        else:
            fused = _JUNGSEONG.index(_FUSED.get(_JUNGSEONG[vowel], _JUNGSEONG[vowel]))
        heads.append((body + _syllable(lead, fused, 0), False))
        heads.append((body + _syllable(lead, fused, _JONGSEONG.index("ㅆ")), False))
    elif _JONGSEONG[tail] == "ㄹ":
        # The stem is its own adnominal form (만들 수 있다, 만들 파일).
        heads[0] = (stem, False)
        bare = _syllable(lead, vowel, 0)
        heads += [(body + bare + ending, False) for ending in ("는", "니", "시", "세", "오")]
        heads += [(body + _with_tail(bare, jamo), False) for jamo in ("ㄴ", "ㅂ")]
    return tuple(heads)


def conjugates(text: str, stem: str) -> bool:
    """True when `text` starts with a conjugated form of the verb stem (바꿉니다 for 바꾸)."""
    consonant = _parts(stem[-1])[2] != 0 if stem and is_syllable(stem[-1]) else False
    if consonant:
        starts = _CONSONANT_ENDING_STARTS
    elif _JUNGSEONG[_parts(stem[-1])[1]] in _UNFUSED_VOWELS:
        starts = _ENDING_STARTS | _UNFUSED_ENDING_STARTS
    else:
        starts = _ENDING_STARTS
    for head, needs_ending in stem_heads(stem):
        if not text.startswith(head):
            continue
        if not needs_ending:
            # A one-syllable stem's fused form is a common syllable (한, 할, 해, 열): more of
            # the word after it must go on as an ending does (한다, 합니다, 했고, 열었다), not
            # as another word (한국에서, 합의, 해외, 함께, 열차).
            rest = text[len(head):]
            if len(stem) == 1 and rest and rest[0] not in _FUSED_CONTINUATIONS:
                continue
            return True
        rest = text[len(head):]
        if rest and (rest[0] in starts or (rest[0] == "였" and head.endswith("하"))):
            return True  # 하였다: 하다's past as formal writing spells it
        # 하다 itself in dictionary form or nominalised, or the stem at the end of the text.
        if not rest:
            return stem in LIGHT_VERBS
    return False


def passive_stems(stem: str) -> tuple[str, ...]:
    """The passive stems derived from a verb stem with the suffixes 이, 히, 리 and 기, by the
    shape of its last syllable: a vowel-final 우 or 오 fuses with 이 (바꾸 -> 바뀌, 나누 ->
    나뉘, 보 -> 뵈), 오, 으 and 아 take 이 (보 -> 보이, 쓰 -> 쓰이) and the 으 of a longer stem
    drops (잠그 -> 잠기);
    르 doubles its ㄹ (누르 -> 눌리); a final ㄱ ㄷ ㅂ ㅈ ㅊ takes 히 (닫 -> 닫히), ㄹ takes 리
    (열 -> 열리), ㄴ ㅁ ㅅ ㄶ take 기 (끊 -> 끊기), ㅎ ㄲ take 이 (놓 -> 놓이); a 하다 verb's
    passive is 되다 (변경하 -> 변경되). Which suffix a given verb takes is lexical: the shapes
    here are the candidates, and a candidate that is no word is simply never met in a text.
    (바뀐 설정 'the changed settings' renders the term 'change' as much as 바꾼 does.)"""
    if not stem or not is_syllable(stem[-1]):
        return ()
    body, last = stem[:-1], stem[-1]
    lead, vowel, tail = _parts(last)
    jamo_vowel, jamo_tail = _JUNGSEONG[vowel], _JONGSEONG[tail]
    if last == "하":
        return (body + "되",)
    if tail == 0:
        stems = []
        if jamo_vowel in _PASSIVE_FUSED:
            stems.append(body + _syllable(lead, _JUNGSEONG.index(_PASSIVE_FUSED[jamo_vowel]), 0))
        if last == "르" and body and is_syllable(body[-1]) and _parts(body[-1])[2] == 0:
            stems.append(body[:-1] + _with_tail(body[-1], "ㄹ") + "리")
        elif jamo_vowel == "ㅡ" and body:
            stems.append(body + _syllable(lead, _JUNGSEONG.index("ㅣ"), 0))
        if jamo_vowel in ("ㅗ", "ㅡ", "ㅏ"):
            stems.append(stem + "이")
        return tuple(stems)
    for suffix, tails in _PASSIVE_SUFFIXES:
        if jamo_tail in tails:
            return (stem + suffix,)
    return ()


def verb_stem(term: str) -> str | None:
    """The verb stem a term is written from: 바꾸기 -> 바꾸, 붙여넣기 -> 붙여넣, 바꾸다 -> 바꾸;
    None for a term that is not written as a verb (a noun: 대입, 모드)."""
    if len(term) >= 2 and term.endswith(_VERB_NOUN_ENDINGS) and is_syllable(term[-2]):
        return term[:-1]
    return None


def is_predicate_tail(tail: str, noun: str) -> bool:
    """True when `tail`, written right after `noun`, makes it a predicate: a form of a light
    verb or the copula (대입|하고, 대입|된, 대입|시키는, 모드|일, 모드|입니다, 모드|였다)."""
    if not tail:
        return False
    if any(conjugates(tail, verb) for verb in LIGHT_VERBS):
        return True
    if noun and is_syllable(noun[-1]) and _parts(noun[-1])[2] == 0:
        return tail.startswith(_COPULA_AFTER_VOWEL)
    return False


# The copula's spoken and past forms after a noun (셔틀외교예요, 실용외교였어요, 협정이었습니다,
# 회담이에요) and the quotative's contraction (셔틀외교래요, 외교부래요): a vowel-final noun
# takes the first, a consonant-final one the second.
_COPULA_AFTER_VOWEL_FORMS = ("예요", "였", "래요", "래서")
_COPULA_AFTER_CONSONANT_FORMS = ("이에요", "이었", "이래요", "이래서")
COPULA_FORM_STARTS = frozenset(f[0] for f in (*_COPULA_AFTER_VOWEL_FORMS,
                                              *_COPULA_AFTER_CONSONANT_FORMS))


def is_copula_form(tail: str, noun: str) -> bool:
    """Whether `tail`, written right after `noun`, is one of the copula's spoken or past forms
    (or the quotative's contraction) that end no other word of a register's text: 예요,
    였어요, 였습니다, 래요 after a vowel (실용외교예요), 이에요, 이었다 after a consonant
    (협정이에요); at most _MAX_COPULA_TAIL syllables."""
    if (not tail or not noun or len(tail) > _MAX_COPULA_TAIL or not is_syllable(noun[-1])
            or noun.endswith(LIGHT_VERBS)):
        return False  # 설명하였다, 변경되었다: a light verb's past, not the copula
    forms = (_COPULA_AFTER_VOWEL_FORMS if _parts(noun[-1])[2] == 0
             else _COPULA_AFTER_CONSONANT_FORMS)
    return tail.startswith(forms)


def copula_noun(word: str) -> str | None:
    """The noun a Korean word ending in a vowel makes a predicate of with the copula's short
    forms (나라면 'if it is countries', 모드였다, 나라다): the word before them, of two
    syllables or more; None for any other word."""
    for cut in range(2, len(word)):
        noun, tail = word[:cut], word[cut:]
        if (len(tail) <= _MAX_COPULA_TAIL and tail.startswith(_COPULA_AFTER_VOWEL)
                and is_syllable(noun[-1]) and _parts(noun[-1])[2] == 0):
            return noun
    return None


# The most syllables the copula's forms take after a noun (였습니다).
_MAX_COPULA_TAIL = 4


def predicate_noun(word: str) -> str | None:
    """The noun a Korean word makes a predicate of with a light verb (하다, 되다, 시키다): its
    shortest head of two syllables or more that a form of one follows (변경되었습니다 -> 변경,
    수정할 -> 수정, 삭제하시겠습니까 -> 삭제); None when there is none (비밀번호를, 않습니다).
    Not the copula, whose short forms end many words (이메일, 로그인, 스타일)."""
    starts = _light_verb_starts()
    for cut in range(2, len(word)):
        if word[cut] not in starts or not is_syllable(word[cut - 1]):
            continue  # the cheap test first: most words hold no light verb's syllable
        tail = word[cut:]
        if any(conjugates(tail, verb) for verb in LIGHT_VERBS if verb != "이"):
            return word[:cut]
    return None


@lru_cache(maxsize=1)
def _light_verb_starts() -> frozenset[str]:
    """The first syllables of the forms of 하다, 되다 and 시키다 (하, 한, 해, 되, 돼, 시...)."""
    return frozenset(head[0] for verb in LIGHT_VERBS if verb != "이"
                     for head, _needs in stem_heads(verb))


def is_derived_tail(tail: str, noun: str) -> bool:
    """True when `tail` derives an adverb, adjective or verb from the noun with 적 or 화,
    followed by nothing, particles or a predicate (기본적으로, 기본적인, 제도화하다)."""
    for suffix in NOUN_SUFFIXES:
        if tail.startswith(suffix):
            rest = _leading_syllables(tail[len(suffix):])
            # Not the copula's short forms after 화: 바탕화면 is no 바탕화 + 면.
            return is_particle_chain(rest) or any(conjugates(rest, verb)
                                                  for verb in LIGHT_VERBS)
    return False


def _leading_syllables(text: str) -> str:
    return text[:_syllables_end(text, 0)]


def _syllables_end(text: str, start: int) -> int:
    """Where the run of Hangul syllables from `start` ends (`start` when there is none)."""
    end = start
    while end < len(text) and is_syllable(text[end]):
        end += 1
    return end


def syllables_start(text: str, end: int) -> int:
    """Where the run of Hangul syllables that ends at `end` starts (`end` when there is
    none): the word a suffix or a term is written onto."""
    start = end
    while start > 0 and is_syllable(text[start - 1]):
        start -= 1
    return start


def written_onto(text: str, end: int, suffix: str) -> bool:
    """Whether `suffix` is written onto the Korean word ending at `end`, particles or nothing
    after it (님 in 연구원님께, 장 in 외교부장과)."""
    if not text.startswith(suffix, end):
        return False
    after = end + len(suffix)
    stop = _syllables_end(text, after)
    return stop == after or is_particle_chain(text[after:stop])


def holds_term(text: str, start: int, end: int, term: str) -> bool:
    """Whether the occurrence text[start:end] of a common (non-name) Korean noun term is that
    term used in a longer word: heading a compound (기본값 holds 기본), ending it (대북제재
    holds 제재) or inside it (지방선거법 holds 선거), used as a predicate (대입하고,
    모드입니다) or as an adverb or adjective with 적 (기본적으로, 기본적인). Not derived with 화,
    which names another concept (암호화 'encryption' is not 암호 'password'). A term of one
    syllable counts only at the end of a word, with particles or a predicate after it or
    nothing: as a word of its own (키를), or ending a compound after a noun of two syllables
    or more (보안키, 대화창, 기본값); not after one syllable, where it is more often the end
    of another word (쿠키, 스키, 합창), nor heading or inside one (키보드, 스키마). Lenient by
    design: it confirms a translation, never flags one."""
    tail = _leading_syllables(text[end:])
    if tail.startswith(NOUN_SUFFIXES[1]) and is_derived_tail(tail, term[-1]):
        return False
    if sum(1 for c in term if is_syllable(c)) >= 2:
        return True
    before = syllables_start(text, start)
    if 0 < start - before < _MIN_COMPOUND_HEAD:
        return False
    return not tail or is_particle_chain(tail) or is_predicate_tail(tail, term[-1])


# The syllables a one-syllable term must follow in a word to end a compound (보안 in 보안키).
_MIN_COMPOUND_HEAD = 2


# Verbs that take a noun for object and add little to it (회담을 갖다 'hold talks', 회의를 열다,
# 협상을 벌이다, 논의를 하다, 회담을 진행하다): as their stems.
SUPPORT_VERBS = ("갖", "가지", "하", "열", "벌이", "진행하", "개최하")
_WORD_AFTER = lazy(r"[을를][ \t]+([\uac00-\ud7a3]+)")


def support_verb_object(text: str, end: int) -> bool:
    """Whether the noun that ends at `end` is the object of a support verb: 을 or 를 after
    it, then a form of one as the next word (정상회담을 가졌다, 회의를 열었다, 논의를 했다).
    Korean says with the noun what English may say with a verb (the two leaders met)."""
    match = _WORD_AFTER.match(text, end)
    return match is not None and any(conjugates(match.group(1), verb) for verb in SUPPORT_VERBS)


# Suffixes that make a noun another noun of a person or a place: 자 (者), 관 (官, 館).
AGENT_SUFFIXES = ("자", "관")


def makes_agent_noun(tail: str) -> bool:
    """Whether the syllables after a Korean noun make it a person's noun with 자 (者: 가입자
    'subscriber' of 가입 'joining', 피해자 'victim' of 피해 'damage', 사용자) or an official's
    or a building's with 관 (官, 館: 외교관 'diplomat' of 외교 'diplomacy', 대사관 'embassy'),
    alone, with 들 or 간 (가입자들, 가입자간) and particles: a concept of its own, not the
    noun's (자료, 자체, 관계 are other words)."""
    if not tail.startswith(AGENT_SUFFIXES):
        return False
    rest = tail[1:]
    rest = rest[1:] if rest.startswith(("들", "간")) else rest
    return not rest or is_particle_chain(rest)


# The syllables after a root ending in 해 that make it 하다's connective form, not the noun
# (피해서, 피해야, 피해도, 피해요: avoiding, of 피하다; 피해를, 피해의 are the noun 피해).
_CONNECTIVE_AFTER_HAE = ("서", "야", "도", "요")


def person_root(term: str) -> str | None:
    """The noun a Korean person's noun is made of with the agent suffix 자 (者): 피해 of 피해자
    (victim), 희생 of 희생자, 참석 of 참석자; None for a term of another shape, or whose root
    has fewer than two syllables (학자, 기자: 자 is no suffix of a noun there)."""
    if not (term.endswith("자") and len(term) >= 3 and all(map(is_syllable, term))):
        return None
    return term[:-1]


def names_by_root(text: str, root: str) -> bool:
    """Whether a Korean text writes `root` (person_root) as a word of its own, particles or
    nothing after it (강제동원 피해 가족, 가해와 피해를, 희생 85주기): the event or state that
    befell the persons, which Korean lets stand for them; or made a passive predicate, the
    persons it befell (희생된 183명, 희생당한 이들: 되다, 당하다). Not inside a longer word
    (무피해), nor 피해서 or 피해야 (하다's connective: avoiding)."""
    for start, end in word_spans(text, root):
        if root.endswith("해") and text.startswith(_CONNECTIVE_AFTER_HAE, end):
            continue
        return True
    import regex

    for match in regex.finditer(r"(?<![\uac00-\ud7a3])" + regex.escape(root)
                                + r"([\uac00-\ud7a3]+)", text):
        if any(conjugates(match.group(1), verb) for verb in _BEFALLING_VERBS):
            return True
    return False


# The verbs that make a noun of what befell someone a passive predicate (희생되다, 희생당하다).
_BEFALLING_VERBS = ("되", "당하")


def anniversary_years(text: str, holiday: str) -> set[str]:
    """The counts of years a Korean text gives the event a holiday named with 절 is named
    for (광복절, 제헌절, 개천절: 광복 81주년, 제헌 78주년을 맞아): Korean says a holiday's
    anniversary with the event's noun, English with the holiday (the 81st Liberation Day,
    the 81st anniversary of Liberation Day), and so the years since it (광복 20년 만에:
    twenty years after Liberation Day). Empty for a name of another shape."""
    if not (holiday.endswith("절") and len(holiday) >= 3 and all(map(is_syllable, holiday))):
        return set()
    counts = set()
    for _start, end in word_spans(text, holiday[:-1]):
        match = _YEARS_COUNTED.match(text, end)
        if match is not None:
            counts.add(str(int(match.group(1))))
    return counts


# A count of years right after a word: 81주년, 81 주년; or years since it (광복 20년 만에,
# 20년 후, 20년 뒤).
_YEARS_COUNTED = lazy(r"[ \t]*([0-9]{1,4})[ \t]*(?:주년|년(?=[ \t]*(?:만|후|뒤)))")


# The third-person pronouns of news and prose (그 he, 그녀 she, 그들 they) as words of their
# own. 그 alone is also the determiner "that" (그 외, 그 회의), which stands before a space;
# the pronoun takes a particle (그는, 그가, 그의, 그에게), 그녀 and 그들 may stand bare.
_PRONOUN = lazy(
    r"(?<![\uac00-\ud7a3])(?:그녀|그들|그(?=[는가의를도와에]|에게|로서))")


# A gloss in Chinese characters or Japanese script in brackets right after a Korean word
# (조세이(長生) 탄광, 한일(韓日), 다카이치(高市) 사나에) or after a Latin word and its space
# (the Josei (長生) coal mine, Takaichi Sanae (高市早苗)).
# (The bracket first, so that a scan jumps to it; the letter before it is read after.)
_SCRIPT_GLOSS = lazy(
    r"[(（](?<=(?:[\uac00-\ud7a3]|\p{Latin} ?)[(（])"
    r"[\p{Han}\p{Hiragana}\p{Katakana}ー・·、 ]+[)）]")


def script_glosses(text: str) -> list[tuple[int, int]]:
    """Where a Korean or English text glosses a word in Chinese characters or Japanese
    script, in brackets right after it (조세이(長生) 탄광, the Josei (長生) coal mine): the
    gloss, brackets included, is no part of the words it stands between, and holds no Korean
    or English term."""
    if "(" not in text and "（" not in text:
        return []
    return [m.span() for m in _SCRIPT_GLOSS.finditer(text)]


# The matters of persons a Korean noun phrase names after them: their issue, redress,
# compensation, reparations, lawsuits, support (강제동원 피해자 문제, 피해자 구제).
_MATTER_AFTER = lazy(r"[ \t]*(?:문제|구제|보상|배상|소송|지원)")


def matter_after(text: str, end: int) -> bool:
    """Whether a noun of the persons' matter (문제, 구제, 보상, 배상, 소송, 지원) follows the
    Korean word ending at `end`: 강제동원 피해자 문제 and 피해자 구제, the issue of and redress
    for the victims of forced mobilization, which English names by the wrong alone (the
    forced mobilization issue, redress for forced mobilization)."""
    return _MATTER_AFTER.match(text, end) is not None


# 생존 (surviving) right before a noun of persons (생존 피해자, 생존 피해자들), or made a
# clause of living (생존해 있는, 생존한, 생존 중인) with a word or two between (생존해 있는
# 소수의 피해자).
_SURVIVING_BEFORE = lazy(r"(?<![\uac00-\ud7a3])생존(?:[ \t]*$|(?:해[ \t]*있는|하고[ \t]*있는|한|하는"
                         r"|[ \t]*중인)(?:[ \t]+[\uac00-\ud7a3]+){0,2}[ \t]+$)")


def surviving_before(text: str, start: int) -> bool:
    """Whether 생존 (surviving) qualifies the Korean word starting at `start` (생존 피해자,
    the surviving victims; 생존해 있는 소수의 피해자, the few victims still alive), whom
    English names survivors."""
    return _SURVIVING_BEFORE.search(text, max(0, start - 30), start) is not None


# Korean nouns of a body's beginning: launched (출범), set up (발족, 설립, 창설), established
# (수립), opened (개원, 개소).
_BEGINNINGS = frozenset("출범 발족 설립 창설 수립 개원 개소".split())


def names_beginning(term: str) -> bool:
    """Whether a Korean term is a noun of a body's beginning (출범, 발족, 설립, 창설, 수립,
    개원, 개소): 다카이치 내각 출범, the launch of the Takaichi Cabinet, which English often
    names by the body alone (the Takaichi Cabinet and Korea-Japan relations)."""
    return term.replace(" ", "") in _BEGINNINGS


# The time after a moment, right after the moment's noun: 취임 후, 출범 이후에도, 취임 100일,
# 출범 2년 차 (a count, then 차, 째 or 만).
_COUNTED_FROM = lazy(
    r"[ \t]*(?:(?:이후|이래|직후|후|뒤)(?:에는|에도|부터|에|로|의)?(?![\uac00-\ud7a3])"
    r"|\d+[ \t]*(?:일|주|개월|달|년|주년)(?:[ \t]*(?:차|째|만))?)")


def counted_from(text: str, end: int) -> bool:
    """Whether the Korean noun ending at `end` names the moment a span of time is counted
    from (취임 후, 출범 이후, 취임 100일, 출범 2년 차): English tells the span instead (as
    prime minister, in its second year, the first hundred days, since)."""
    return _COUNTED_FROM.match(text, end) is not None


# The agreement reached at an event, right after the event's name: 정상회담에서 합의한,
# 정상회담 합의에 따라, 회담의 합의 사항.
_AGREED_AT = lazy(r"(?:에서|의)?[ \t]*합의")


def agreed_at(text: str, end: int) -> bool:
    """Whether the Korean word ending at `end`, an event's name, is followed by the
    agreement reached at it (정상회담에서 합의된, 1월 정상회담 합의에 따라): a translation may
    name the agreement alone (the agreed identification, the January agreement)."""
    return _AGREED_AT.match(text, end) is not None


# What a Korean phrase describing a name says it is about, after its topic and at most one
# noun (위안부 문제에 관한, 식민 지배에 대한, 납치 관련), with a year or 의 before the name.
_ABOUT = lazy(r"(?:[ \t]+[\uac00-\ud7a3]{1,4})?(?:에[ \t]*관한|에[ \t]*대한|에[ \t]*관련된"
              r"|[ \t]+관련)[ \t]+(?:(?:\d{4}년|\d{1,2}월)(?:의)?[ \t]+)*")


def described_name_at(text: str, end: int) -> int | None:
    """Where the name starts that the Korean word ending at `end` describes as what it is
    about (위안부 문제에 관한 1993년 고노 담화: the Kono Statement), or None: a translation
    may give the name alone (the Kono Statement of 1993)."""
    match = _ABOUT.match(text, end)
    return match.end() if match is not None else None


# The words Korean prose names its own country by without naming it: 우리 (our, we) before a
# particle or a noun of the country (우리나라, 우리 땅, 우리 정부), and 국내 (at home).
_HOME = lazy(r"(?<![\uac00-\ud7a3])(?:우리(?:나라|[는의가도]|[ \t]+(?:땅|국민|정부|나라|영토))"
             r"|국내)")


def names_home_implicitly(text: str) -> bool:
    """Whether a Korean text names its own country without its name: 우리나라, 우리는, 우리의,
    우리 땅, 우리 정부, 국내 (the families in Korea -> 국내 유족)."""
    return _HOME.search(text) is not None


def first_part_stands(text: str, first: str) -> bool:
    """Whether a Korean text writes `first`, a compound term's first part without its
    generic head (한일 정상 of 한일 정상회담), as a modifier of its own, spaced any way:
    coordinated with another (정상 및 고위급 교류, 정상·장관급 회담), or, a first part of two
    words or more, before the noun it modifies (한일 정상 공동기자회견); not a one-word first
    part before another noun, which may be the term's head replaced (경제 안전 for
    경제안보), nor the start of a longer word (정상화)."""
    import regex

    words = "".join(first.split())
    if len(words) < 2:
        return False
    spaced = r"[ \t]*".join(map(regex.escape, words))
    after = r"(?=[ \t]|$)" if " " in first.strip() else r"(?:[ \t]*(?:·|,|및[ \t])|[와과][ \t])"
    pattern = r"(?<![\uac00-\ud7a3])" + spaced + r"(?:급)?" + after
    return regex.search(pattern, text) is not None


def written_around(text: str, term: str, between: int = 2) -> bool:
    """Whether a Korean text writes a term of two words with up to `between` words between
    them (한일 경제안보 협력 for 한일 협력), its last word as a word's start, particles or
    nothing after (협력과, 협력의): the term, with what an English complement said of it
    (Korea-Japan cooperation on economic security) put before its head, as Korean does."""
    import regex

    words = term.split()
    if len(words) != 2 or words[0] not in text:
        return False
    first, last = map(regex.escape, words)
    pattern = (r"(?<![\uac00-\ud7a3])" + first + r"(?:[ \t]+[\uac00-\ud7a3·]+){1,"
               + str(between) + r"}[ \t]+" + last + r"([\uac00-\ud7a3]*)")
    return any(is_particle_chain(match.group(1)) for match in regex.finditer(pattern, text))


def refers_by_pronoun(text: str) -> bool:
    """Whether `text` refers to someone by a third-person pronoun: a translation may render
    a name repeated in its source as 그는 or 그녀의 (Bush said → 그는 말했다)."""
    return _PRONOUN.search(text) is not None


# Nouns of a person by what they do (연구원, 연구자) and the suffix naming their team (연구진:
# the researchers of a project or an institute; 의료진, 취재진).
_PERSON_ENDINGS = ("원", "자")
_COLLECTIVE = "진"


# The most words a Korean phrase puts between a spaced term's words (수산물에 대한 한국의
# 수입 규제 for 수산물 수입 규제), and the most syllables after each (particles).
_APART_WORDS = 3
_APART_TAIL = 3


@lru_cache(maxsize=1024)
def _apart_pattern(term: str):
    import regex

    words = term.split()
    gap = rf"[\uac00-\ud7a3]{{0,{_APART_TAIL}}}(?:[ \t]+\S+){{0,{_APART_WORDS}}}[ \t]+"
    return regex.compile(r"(?<![\uac00-\ud7a3])" + gap.join(regex.escape(w) for w in words))


def korean_modifier_occurrences(text: str, modifier: str, start: int = 0,
                                end: int | None = None) -> list[int]:
    """Where `text[start:end]` writes the Korean noun `modifier` at a word's start, as a word
    or a compound's first part (확장 in 확장억제, 확장 정책; not in 기능확장): the offset of
    each."""
    limit = len(text) if end is None else end
    found = []
    at = text.find(modifier, start, limit)
    while at != -1:
        if at == 0 or not is_syllable(text[at - 1]):
            found.append(at)
        at = text.find(modifier, at + len(modifier), limit)
    return found


def korean_head_occurrences(text: str, head: str, start: int = 0, end: int | None = None
                            ) -> list[int]:
    """Where `text[start:end]` writes the Korean noun `head` as a word or at a compound's
    end, particles after it (교류가, 인적 교류, 대중문화교류; not 교류회, a longer word): the
    offset of each."""
    found = []
    limit = len(text) if end is None else end
    at = text.find(head, start, limit)
    while at != -1:
        after = at + len(head)
        tail = after
        while tail < limit and is_syllable(text[tail]):
            tail += 1
        if is_particle_chain(text[after:tail]):
            found.append(at)
        at = text.find(head, after, limit)
    return found


def head_compounds(text: str, head: str, start: int = 0, end: int | None = None,
                   spaced: bool = False) -> list[tuple[int, int]]:
    """The Korean compounds of `text[start:end]` that end with the noun `head` written onto
    a modifier of two syllables or more (셔틀외교, 순방외교, 정상외교 for 외교; not 외교부, a
    longer word, nor 외교 alone), particles after them, as (start, end) of the compound;
    with `spaced`, also a modifier written as a word before it whose last syllable starts
    no particle (대중문화 교류, 인적 교류; not 일본의 교류)."""
    import regex

    gap = r"([ \t]+)?" if spaced else "()"
    found = []
    for match in regex.finditer(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,6}?)" + gap
                                + regex.escape(head) + r"(?=([\uac00-\ud7a3]*))",
                                text, pos=start, endpos=len(text) if end is None else end):
        modifier, spaces, tail = match.groups()
        # Written apart, the modifier is a word of its own that ends in no particle.
        if is_particle_chain(tail) and (not spaces or modifier[-1] not in PARTICLE_STARTS):
            found.append((match.start(), match.end()))
    return found


def written_apart(text: str, term: str) -> bool:
    """Whether the words of a Korean term (term_words: a solid compound of four syllables
    as two) stand in `text` in their order with particles after them and up to
    _APART_WORDS words between (수산물에 대한 한국의 수입 규제: 수산물 수입 규제; 두 정상의
    회담: 정상회담), as Korean writes a modifier's phrase into a term; False for a term of
    one word, and where nothing between ends in a particle: bare nouns put between make
    another compound (조세이 탄광 붕괴 사고, a collapse, for 조세이 탄광 사고)."""
    words = term_words(term)
    # Each word as written is in the text, or the pattern (compiled per term) cannot match.
    if len(words) < 2 or not all(word in text for word in words):
        return False
    for match in _apart_pattern(" ".join(words)).finditer(text):
        between = match.group()
        for word in words:
            between = between.replace(word, " ", 1)
        pieces = between.split()
        if not pieces or any(_PHRASE_END.search(piece) for piece in pieces):
            return True
    return False


# What ends a modifier's phrase written into a term: a particle (의, 에, 에서, 로) or the
# verb of 대한/관한 (about).
_PHRASE_END = lazy(r"(?:의|에|에서|로|으로|과|와|대한|관한|위한)$")


@lru_cache(maxsize=1024)
def _shared_head_pattern(term: str):
    import regex

    *modifiers, head = term.split()
    joint = r"(?:[·ㆍ・,][ \t]*|[와과][ \t]+|[ \t]+및[ \t]+)"
    return regex.compile(r"(?<![\uac00-\ud7a3])" + r"[ \t]*".join(map(regex.escape, modifiers))
                         + rf"{joint}[\uac00-\ud7a3]+(?:{joint}[\uac00-\ud7a3]+)*[ \t]*"
                         + regex.escape(head))


# Nouns for a government named after its leader (다카이치 내각, 이재명 정부, 아베 정권), which
# Korean uses alike for it, and the titles that may stand between the leader and the noun.
_LEADER_BODIES = ("내각", "정부", "정권")
_LEADER_TITLES = ("총리", "대통령", "수상")


def leaders_government_forms(term: str) -> tuple[str, ...]:
    """The forms a Korean term naming a government after its leader (a name in Hangul, then
    one of _LEADER_BODIES: 다카이치 내각; the caller knows that the term is such a name, as
    중앙 정부 is none) is written in: with the other nouns (다카이치 정부,
    다카이치 정권) and with the leader's title between (다카이치 총리 정부, 이재명 대통령
    정부), as the English forms take *government*, *Cabinet* and the title alike
    (text.english.leaders_government_forms). Empty for any other term."""
    words = term.split()
    if len(words) != 2 or words[1] not in _LEADER_BODIES or not all(
            is_syllable(char) for char in words[0]):
        return ()
    name = words[0]
    out = [f"{name} {body}" for body in _LEADER_BODIES if body != words[1]]
    out += [f"{name} {title} {body}" for title in _LEADER_TITLES for body in _LEADER_BODIES]
    return tuple(out)


def shares_head(text: str, term: str) -> bool:
    """Whether a Korean text writes a spaced term's modifier as the first of several joined
    by a middle dot, a comma, 와/과 or 및 before its head (문화·인적 교류, 문화와 인적 교류:
    문화 교류), the head read once for all."""
    words = term.split()
    # The first modifier and the head are in the text as written, or the pattern (compiled
    # per term) cannot match.
    return (len(words) > 1 and words[0] in text and words[-1] in text
            and _shared_head_pattern(" ".join(words)).search(text) is not None)


def within_phrase(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether text[start:end] lies inside one of the Korean `phrases` (a glossary entry's
    `not-in`: 보험 가입, where 가입 is enrolment, not accession), its words written apart or
    together (보험가입), the phrase anywhere in a longer word (여행자보험 가입: a compound's
    head) and with any particles or endings after it."""
    pattern = _phrase_pattern(phrases)
    return pattern is not None and covers(pattern, text, start, end, _PHRASE_REACH)


# How far before and after a hit a phrase holding it is looked for.
_PHRASE_REACH = 40


def phrase_in_paragraph(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether the paragraph around text[start:end] (lines up to a blank one) holds the
    same word elsewhere as the head that ends one of the Korean `phrases` (5. 가입 및 보험금
    청구 방법 / 보험 가입은 ...: the word's sense in this paragraph is the phrase's, one sense
    per discourse, so the bare 가입 is enrolment too). A phrase the word only modifies (집합
    연산) says nothing of the word's own sense."""
    pattern = _phrase_pattern(phrases)
    if pattern is None:
        return False
    word = text[start:end]
    low = text.rfind("\n\n", 0, start) + 1
    high = text.find("\n\n", end)
    high = len(text) if high < 0 else high
    for found in pattern.finditer(text, low, high):
        if found.group().endswith(word):
            return True
    return False


@lru_cache(maxsize=1024)
def _phrase_pattern(phrases: tuple[str, ...]):
    import regex

    alternatives = [r"[ \t]*".join(map(regex.escape, phrase.split()))
                    for phrase in sorted(phrases, key=len, reverse=True) if phrase.split()]
    return regex.compile("|".join(alternatives)) if alternatives else None


# A Sino-Korean compound written solid, most often two words of two syllables each.
_SOLID_COMPOUND = 4


def term_words(term: str) -> list[str]:
    """The words of a Korean term: as spaced, or, for a term written solid in four
    syllables, two words of two (수출규제: 수출 + 규제; 정상회담: 정상 + 회담), as a Sino-Korean
    compound most often is made."""
    words = term.split()
    if len(words) == 1 and len(term) == _SOLID_COMPOUND and all(map(is_syllable, term)):
        return [term[:_SOLID_COMPOUND // 2], term[_SOLID_COMPOUND // 2:]]
    return words


def rival_compounds(text: str, term: str) -> list[tuple[int, int]]:
    """Where a Korean text writes a spaced term (인적 교류, 수산물 수입 규제) with one of its
    modifiers replaced by a word written like it, as many syllables and one of them shared
    (인문 교류, 수산물 수출 규제): a rival of the term that a translator may confuse with it.
    Not any modifier: 청년 교류 and 협력 관계 name other things. A term written solid in four
    syllables is read as two words of two (수출규제: 수출 + 규제, rivalled by 수입규제); other
    terms of one word have no rival."""
    words = term_words(term)
    if len(words) < 2:
        return []
    import regex

    spans = []
    for at, modifier in enumerate(words[:-1]):
        before = "".join(regex.escape(word) + r"[ \t]*" for word in words[:at])
        pattern = (r"(?<![\uac00-\ud7a3])" + before + r"([\uac00-\ud7a3]+)[ \t]*"
                   + r"[ \t]*".join(map(regex.escape, words[at + 1:])))
        spans += [match.span() for match in compiled(pattern).finditer(text)
                  if match.group(1) != modifier and len(match.group(1)) == len(modifier)
                  and set(match.group(1)) & set(modifier)]
    return sorted(set(spans))


def names_person(term: str) -> bool:
    """Whether a Korean term names a person by what they do or what befell them (연구원,
    피해자, 희생자): a stem of two syllables or more and a person's suffix (員, 者)."""
    word = term.replace(" ", "")
    return len(word) >= 3 and word.endswith(_PERSON_ENDINGS) and all(map(is_syllable, word))


def collective_of(term: str) -> str | None:
    """The noun for the team of the persons a Korean term names (연구원, 연구자 -> 연구진),
    as Korean renders an English plural of them (our researchers -> 연구진은); None for a
    term that names no person by what they do (names_person)."""
    return term.replace(" ", "")[:-1] + _COLLECTIVE if names_person(term) else None


def compound_heads(term: str, is_word) -> tuple[str, ...]:
    """The nouns a Korean compound term ends with that `is_word` accepts, longest first, of
    two syllables or more and shorter than the term (상원의원 → 의원; 국가안보실장 → 실장):
    a compound may be shortened to its head once its referent is clear (오바마 의원)."""
    word = term.replace(" ", "")
    return tuple(word[cut:] for cut in range(1, len(word) - 1)
                 if all(is_syllable(c) for c in word[cut:]) and is_word(word[cut:]))


# A Hangul word right before a position, with the spaces after it.
_WORD_BEFORE = lazy(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]+)[ \t]+$")


def word_before(text: str, start: int, low: int = 0) -> str | None:
    """The Hangul word written right before `start`, spaces between, looked for no earlier
    than `low` (이스라엘 국방부: 이스라엘; 이 대통령: 이); None when none stands there."""
    match = _WORD_BEFORE.search(text, max(low, start - 20), start)
    return match.group(1) if match else None


def name_the_other_way(name: str) -> str | None:
    """A pattern (regex source) for a name of two Hangul words written the other way round
    (사나에 다카이치 for 다카이치 사나에: Korean writes a Japanese name family name first, a
    Western one given name first, each in its one order), as a word of its own; None for
    any other name."""
    import regex

    words = name.split()
    if len(words) != 2 or not all(map(is_syllable, "".join(words))):
        return None
    return (r"(?<![\uac00-\ud7a3])" + regex.escape(words[1]) + r"[ \t]+"
            + regex.escape(words[0]))


# One word for two of a kind the context has named (양국 both countries, 양 정상 both
# leaders, 양측, 두 나라): a closed class.
_DUAL = lazy(r"(?<![\uac00-\ud7a3])(?:양국|양측|(?:양|두)[ \t]?(?:정상|나라|장관|지도자|정부))"
             r"([\uac00-\ud7a3]*)")
# What joins two names coordinated in Korean, a title after the first allowed (한국과 일본,
# 이재명 대통령과 다카이치 총리, 한국·일본, 한국 및 일본).
_COORDINATION = lazy(r"[ \t]*(?:[\uac00-\ud7a3]{1,5}[ \t]*)?(?:와|과|및|,|·)[ \t]*")


def names_both(text: str) -> bool:
    """Whether a Korean text refers to two of a kind by one word for both (양국은, 양 정상이,
    양측, 두 나라의), particles or nothing after it."""
    return any(is_particle_chain(match.group(1)) for match in _DUAL.finditer(text))


def coordinated(between: str) -> bool:
    """Whether the Korean text between two names coordinates them (과 in 한국과 일본, 이재명
    대통령과 다카이치 총리; ·, 및, a comma)."""
    return _COORDINATION.fullmatch(between) is not None


# Sino-Korean endings that make a body or an office of one stem (외무성 外務省 the ministry,
# 외무상 外務相 its minister; 조달처 and 조달청, 방위성 and 방위상): a closed class.
_OFFICE_ENDINGS = frozenset("성상부처청원실국장관")


def office_sibling(word: str, other: str) -> bool:
    """Whether two Korean words of two syllables or more of stem are one stem with two
    endings that each make a body or an office (외무상 and 외무성: the minister and the
    ministry): another word of the same family, not a slip of the pen."""
    return (len(word) == len(other) >= 3 and word[:-1] == other[:-1]
            and word[-1] != other[-1]
            and word[-1] in _OFFICE_ENDINGS and other[-1] in _OFFICE_ENDINGS)


# Determiners Korean refers back with, before a noun its context has named (이번 회담,
# 그 회의, 해당 부처, 당시 정부), and the words for the day of the occasion a text is about
# (오늘 회담, 이날 회의: today's summit): a closed class.
_DETERMINER = r"(?:이번|해당|당시|이|그|저|오늘|금일|이날|금번)[ \t]+"
_REFERRING = lazy(r"(?<![\uac00-\ud7a3])" + _DETERMINER + r"([\uac00-\ud7a3]+)")


def head_stands_alone(text: str, head: str) -> bool:
    """Whether a Korean text writes the noun `head` as a word of its own, particles after
    it, opening a clause or after a word that ends in a particle (회담 결과는, 일본 측은
    회담마다: a compound once named, 정상회담, referred back to by its head, as Korean does
    without a determiner); not after a bare noun, which makes another compound with it
    (외교장관 회담, 비공개 회담)."""
    for at in korean_head_occurrences(text, head):
        if at and is_syllable(text[at - 1]):
            continue  # the end of a compound (정상회담), not the head alone
        before = word_before(text, at, max(0, at - 20))
        if before is None:
            line = text.rfind("\n", 0, at) + 1
            written = text[line:at].rstrip()  # a mark, then spaces: a sentence's start
            if not written or written[-1] in _CLAUSE_MARKS:
                return True
        elif len(strip_particles(before)) > 1:
            return True
    return False


# What may open a clause right before a word: marks and brackets.
_CLAUSE_MARKS = frozenset(".,;:!?()[]\"“”'‘’")


# The Korean word for the leaders of states (정상, heads of state or government), and the
# titles that name one (대통령, 총리): a text naming them names a summit's participants.
LEADERS_WORD = "정상"


def names_participants(text: str, term: str, head: str) -> bool:
    """Whether a Korean text names who takes part in the compound `term`'s event apart from
    its `head`: the first part as a word of its own, particles after it (양 정상은 ... 회담
    for 정상회담), or, for the leaders (LEADERS_WORD), one of their titles (이재명
    대통령께서 회담 결과를: _LEADER_TITLES), so that the head alone refers to the event."""
    import regex

    word = "".join(term.split())
    if not word.endswith(head) or word == head:
        return False
    first = word[:-len(head)]
    forms = (first, LEADERS_WORD, *_LEADER_TITLES) if first.endswith(LEADERS_WORD) else (
        first,)
    pattern = (r"(?<![\uac00-\ud7a3])(?:" + "|".join(map(regex.escape, forms))
               + r")([\uac00-\ud7a3]*)")
    return any(is_particle_chain(m.group(1)) for m in regex.finditer(pattern, text))


def refers_by_head(text: str, head: str, places: Iterable[str] = ()) -> bool:
    """Whether a Korean text refers to something by the noun `head` right after a
    determiner, with particles or nothing after it (이번 회담은 for the summit, 정상회담
    shortened to its head once named: compound_heads), or after a determiner and one of
    `places` (이번 나라 회담: the summit by where it is held; a place alone before the head
    is that place's, 일본 정부); not the noun heading a longer word (이번 회담장)."""
    words = _REFERRING.finditer(text)
    places = [place for place in places if place in text]
    if places:
        import regex

        after_place = regex.compile(
            r"(?<![\uac00-\ud7a3])" + _DETERMINER + "(?:"
            + "|".join(map(regex.escape, places)) + r")[ \t]+([\uac00-\ud7a3]+)")
        words = (*words, *after_place.finditer(text))
    return any(word.group(1).startswith(head) and is_particle_chain(word.group(1)[len(head):])
               for word in words)


# Korean writes the countries of its diplomacy by one Sino-Korean syllable inside compounds:
# 한일 (Korea–Japan), 한미일, 미중, 북미, 한·일; after 방 (訪, visiting: 방일), 주 (駐, stationed
# in: 주일 대사, 주한미군), 대 (對, towards: 대북제재), 친 (親) and 반 (反); before 군 (軍: 미군)
# and 측 (側: 일측). A country's full name is no compound of short forms (북한 is North Korea,
# not North and South); two prefixed forms are other words (대중 'the public', 대한 'about').
COUNTRY_SHORT_FORMS = {"한국": "한", "대한민국": "한", "남한": "한", "북한": "북", "일본": "일",
                       "미국": "미", "중국": "중", "러시아": "러"}
_SHORT_FORMS = frozenset(COUNTRY_SHORT_FORMS.values())
_SHORT_FORM_PREFIXES = frozenset("방주대친반")
_SHORT_FORM_SUFFIXES = frozenset("군측")
_NOT_SHORT_FORM_COMPOUNDS = frozenset({"대중", "대한"})
# The middle dots Korean writes between the members of a pair (한·일, 韓日 aside) and between
# words that share their ending, written once (장·차관: 장관 and 차관).
MIDDLE_DOTS = frozenset("·ㆍ・")


def sibling_compound(text: str, term: str, head: str) -> bool:
    """Whether a Korean text writes the compound `term`'s first part (two syllables or
    more, spacing aside) with another noun in the place of its `head` (한일 공동성명 for
    한일 공동선언, head 선언): a sibling compound, another thing of the kind; not the first
    part as a word of its own (한일 정상이 for 한일 정상회담), nor a word derived from it with
    a suffix (정상화, normalisation; 정상적: NOUN_SUFFIXES), which is no compound."""
    import regex

    word = "".join(term.split())
    if not word.endswith(head) or len(word) - len(head) < 2:
        return False
    first = "[ \t]?".join(map(regex.escape, word[:-len(head)]))
    for match in regex.finditer(first + r"[ \t]?([\uac00-\ud7a3]+)", text):
        rest = match.group(1)
        if (not rest.startswith(head) and not is_particle_chain(rest)
                and not rest.startswith(NOUN_SUFFIXES)):
            return True
    return False


def cousin_compound(text: str, term: str, head: str) -> bool:
    """Whether a Korean text writes the compound `term`'s `head` onto another first part, of
    two syllables or more, as one word (배상협정 for 청구권협정, head 협정): another thing of
    the kind, which a determiner with the head (이 협정) may refer back to; not the term's own
    first part or a longer one ending in it (한일청구권협정), nor the head before more of a
    word than particles (협정문)."""
    import regex

    word = "".join(term.split())
    if not word.endswith(head) or word == head:
        return False
    first = word[:-len(head)]
    pattern = r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,}?)" + regex.escape(head) + \
        r"([\uac00-\ud7a3]*)"
    for match in regex.finditer(pattern, text):
        before, rest = match.group(1), match.group(2)
        if before.endswith(first) or (rest and not is_particle_chain(rest)):
            continue
        return True
    return False


def pair_orders(term: str) -> tuple[str, ...]:
    """A Korean term that begins with two countries' one-syllable short forms (한일관계, 한·일
    관계, 중일 갈등), with the two the other way round (일한관계, 일·한 관계, 일중 갈등), as
    the other country's own Korean texts write it (a Japanese embassy's 일한 정상회담); empty
    for any other term."""
    split = _pair_split(term)
    if split is None:
        return ()
    first, middle, second, rest = split
    return (second + middle + first + rest,)


def pair_reordered(found: str, term: str) -> bool:
    """Whether a Korean text's `found`, a form of the `term` that begins with two countries'
    short forms (한일관계), puts them the other way round (일한관계, 일·한 관계)."""
    wanted = _pair_split(term)
    written = _pair_split(found)
    return wanted is not None and written is not None and written[0] == wanted[2]


def _pair_split(term: str) -> tuple[str, str, str, str] | None:
    """A term that begins with two countries' short forms as (first, the dot between or
    nothing, second, the rest): 한·일 관계 -> 한, ·, 일, " 관계"; None for another term and
    for three countries (한미일), which have no one other order."""
    first = term[:1]
    dotted = term[1:2] in MIDDLE_DOTS
    second = term[2:3] if dotted else term[1:2]
    rest = term[3 if dotted else 2:]
    third = rest[1:2] if rest[:1] in MIDDLE_DOTS else rest[:1]
    if first in _SHORT_FORMS and second in _SHORT_FORMS and first != second \
            and third not in _SHORT_FORMS:
        return first, term[1:2] if dotted else "", second, rest
    return None


# Suffixes that make a noun another noun or its plural (관계자, 관계들).
_NOUN_SUFFIXES = frozenset("자들")
_WORD_REST = lazy(r"[\uac00-\ud7a3]*")


def stands_as_pair_term(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a pair of countries the other way round with its noun
    (일한관계, 일한 관계: pair_orders), stands as words of their own: at a word's start, with
    particles only after it, and, written apart from its noun, no noun suffix (일한 also
    ends a verb: 일한 관계자는, the officials who worked)."""
    rest = _WORD_REST.match(text, end).group()
    return (start == 0 or not is_syllable(text[start - 1])) and is_particle_chain(rest) \
        and not (" " in text[start:end] and rest[:1] in _NOUN_SUFFIXES)


_WORD_NEXT = lazy(r"[ \t]+[\uac00-\ud7a3]")


def modifies_next_word(text: str, end: int) -> bool:
    """Whether the Korean noun ending at `end` stands with no particle before the next word,
    as the first noun of a compound written apart (조세이 탄광 추도 광장: the memorial plaza of
    the mine)."""
    return _WORD_NEXT.match(text, end) is not None


# 등 (and so on) right before a noun: the things listed before it are examples of its kind
# (나가사키현과 쓰시마시 등 지방자치단체).
_EXAMPLES_BEFORE = lazy(r"(?<![\uac00-\ud7a3])등(?:의)?[ \t]+$")


def after_examples(text: str, start: int) -> bool:
    """Whether the Korean noun at `start` follows 등 (등의): a kind whose members the text
    has just listed (나가사키현과 쓰시마시 등 지방자치단체), which a translation may name by
    the members alone."""
    return _EXAMPLES_BEFORE.search(text, max(0, start - 8), start) is not None


def tells_by_predicate(text: str, noun: str) -> bool:
    """Whether a Korean text makes `noun` a predicate with a light verb (수몰 -> 탄광이
    수몰된, 수몰돼: predicate_noun), as a clause tells an event its noun names."""
    return any(predicate_noun(word) == noun for word in text.split() if noun in word)


# Nouns for people who died: the victims of a disaster (희생자, 犧牲者), the dead (사망자,
# 고인, 망자), the fallen (전사자, 순직자), the martyrs of a cause (순국자, 순난자).
_OF_THE_DEAD = frozenset("희생자 사망자 고인 망자 전사자 순직자 순국자 순난자".split())


def names_the_dead(term: str) -> bool:
    """Whether a Korean noun names people who died (희생자, 사망자, 전사자), which English may
    tell by the verb of their death (183 miners died, the dead)."""
    return term.replace(" ", "") in _OF_THE_DEAD


# The words for the families of the dead, which hold whose families they are (遺族).
_BEREAVED = lazy(r"(?<![\uac00-\ud7a3])(?:유족|유가족)")


# The bereaved written after the persons whose families they are (피해자 유족, 피해자들의
# 유족, 희생자 유가족): a plural suffix and 의 between allowed.
_BEREAVED_AFTER = lazy(r"(?:들)?(?:의)?[ \t]*(?:유족|유가족)(?:들)?([\uac00-\ud7a3]*)")


# Words that date a title, between a name and its country (조 바이든 당시 미국 대통령: then;
# 전 일본 총리: former).
TITLE_DATE_WORDS = frozenset(("당시", "전", "현", "前", "現"))
# The case particles a phrase ends in before a country and a title (회담에서 미국 대통령은);
# not 에 nor 든, which end names too (사나에, 바이든).
_CASE_PARTICLES = frozenset("에서 에서는 에선 에는 는 은 이 가 을 를 와 과 에게 의 도 로 으로".split())


def case_phrase(word: str) -> bool:
    """Whether a Korean word is a frequent noun and a case particle (회담에서, 정부는), not a
    name, whose last syllables may read as particles too (김정은, 이시카와: no frequent
    noun before them)."""
    from yongeo.text.frequency import is_frequent

    return any(word[len(stem):] in _CASE_PARTICLES and is_frequent(stem, "ko")
               for stem in strip_particles(word)[1:])


def bereaved_after(text: str, end: int) -> bool:
    """Whether the families of the dead are named right after the persons a Korean term
    ending at `end` names (피해자 유족, 피해자들의 유족에게: the victims' families), the word
    ending in particles only (not 유족회관), the Korean twin of text.english.families_of."""
    match = _BEREAVED_AFTER.match(text, end)
    return match is not None and (not match.group(1) or is_particle_chain(match.group(1)))


def names_the_bereaved(text: str) -> bool:
    """Whether a Korean text names the families of the dead by their own word (유족, 유가족),
    which says whose families they are: the dead's (victims' families -> 유족)."""
    return _BEREAVED.search(text) is not None


def names_pair_by_both(text: str, term: str) -> bool:
    """Whether a Korean text names a term that begins with two countries' short forms
    (한일관계, 한일 협력) by 양국 and the rest (양국 관계, 양국 간 협력, 양국의 협력), or the rest
    after 양국 as its subject (양국이 협력하는 것, 양국은 관계를), as a text that has named the
    two writes it."""
    split = _pair_split(term)
    rest = "".join(split[3].split()) if split else ""
    if not rest:
        return False
    import regex

    pattern = (r"(?<![\uac00-\ud7a3])양국(?:[ \t]*간|의|이|은|도)?[ \t]*"
               + r"[ \t]*".join(map(regex.escape, rest)))
    return regex.search(pattern, text) is not None


def names_trio_by_count(text: str, term: str) -> bool:
    """Whether a Korean text names a term that begins with three countries' short forms
    (한일중 정상회의, 한미일 협력) by their count and the rest (3국 정상회의, 세 나라 간 협력,
    삼국의 협력), as a text that has named the three writes it: names_pair_by_both's twin."""
    if len(term) < 4 or not all(c in _SHORT_FORMS for c in term[:3]) \
            or len(set(term[:3])) != 3:
        return False
    rest = "".join(term[3:].split())
    if not rest:
        return False
    import regex

    pattern = (r"(?<![\uac00-\ud7a3\d])(?:3국|삼국|세[ \t]?나라)(?:[ \t]*간|의)?[ \t]*"
               + r"[ \t]*".join(map(regex.escape, rest)))
    return regex.search(pattern, text) is not None


# Nouns Korean uses alike for the relation between two countries after their short forms
# (한일관계, 한일 국교: diplomatic relations).
_RELATION_NOUNS = ("관계", "국교")


def names_pair_relation(text: str, term: str) -> bool:
    """Whether a Korean text names a pair's relation (한일관계) by another noun of relation
    after the same pair (한일 국교가 정상화되었다), as English writes relations for both."""
    split = _pair_split(term)
    rest = "".join(split[3].split()) if split else ""
    if rest not in _RELATION_NOUNS:
        return False
    import regex

    pair = regex.escape(split[0]) + r"[·ㆍ・]?" + regex.escape(split[2])
    others = "|".join(noun for noun in _RELATION_NOUNS if noun != rest)
    return regex.search(rf"(?<![\uac00-\ud7a3]){pair}[ \t]*(?:{others})", text) is not None


# The most words a Korean phrase puts between a pair of countries named in full and the
# noun of their relation (대한민국과 일본국 간의 재산 및 청구권에 관한 문제의 해결과 경제협력).
_PAIR_IN_FULL_WORDS = 10


def names_pair_in_full(text: str, term: str) -> bool:
    """Whether a Korean text names a term that begins with two countries' short forms
    (한일관계, 한일 협력) by the two countries' names joined by 과/와, in either order, then
    the rest, ending a word of the same sentence (한국과 일본의 관계, 일본과 한국의 관계,
    대한민국과 일본국 간의 ... 경제협력에): the pair written out, as a formal text or a
    treaty's title writes it."""
    split = _pair_split(term)
    rest = "".join(split[3].split()) if split else ""
    if not rest:
        return False
    import regex

    def names(short: str) -> str:
        full = [name for name, form in COUNTRY_SHORT_FORMS.items() if form == short]
        return "(?:" + "|".join(map(regex.escape, full)) + ")국?"

    first, second = names(split[0]), names(split[2])
    pattern = (rf"(?<![\uac00-\ud7a3])(?:{first}[과와][ \t]+{second}|{second}[과와][ \t]+{first})"
               rf"(?:[ \t]*(?:간|사이)|의)?[ \t]*(?:의[ \t]+)?"
               rf"(?:[^\s.?!]+[ \t]+){{0,{_PAIR_IN_FULL_WORDS}}}?[\uac00-\ud7a3]*"
               + r"[ \t]*".join(map(regex.escape, rest)))
    return regex.search(pattern, text) is not None


# The short forms news Korean also writes as a word of their own before a noun (미 국무부,
# 북 도발, 러 외무부); not 한 (the determiner 'one'), 일 (work, day) or 중 (during), which
# stand alone as other words.
_STANDALONE_SHORT_FORMS = frozenset("미북러")
_STANDALONE = lazy(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])[ \t]+(?=[\uac00-\ud7a3])")
# Korean headlines write the short forms in Hanja (韓日 정상회담, 日 총리, 北 미사일, 韓美日
# 공조), each read as its Hangul short form, one character for one; alone, a Hanja short form
# is unambiguous (日, 韓에 촉구), where its Hangul reading is also another word (일, 한).
HANJA_SHORT_FORMS = {"韓": "한", "日": "일", "美": "미", "中": "중", "北": "북", "露": "러",
                     "英": "영", "獨": "독", "佛": "불"}
_HANJA_READINGS = str.maketrans(HANJA_SHORT_FORMS)
_HANJA_ALONE = lazy(r"(?<![\p{Han}])([" + "".join(HANJA_SHORT_FORMS) + r"])(?![\p{Han}])")
_SHORT_FORM_WORD = lazy(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3](?:[·ㆍ・\-]?[\uac00-\ud7a3])*")
_SHORT_FORM_JOINS = lazy(r"[·ㆍ・\-]")  # 한·미·일, 한-일


# 韓 joined by a mark to a name of any length at a word's start (한·아세안, 한·태평양도서국,
# 한-아프리카): Korea's short form paired with a region or a country named in full. Only
# 한's: 일·가정 (work and family), 중·고등학교 (middle and high school) are other words.
_JOINED_ALONE = {"한": lazy(r"(?<![\uac00-\ud7a3])한[·ㆍ・\-](?=[\uac00-\ud7a3]{2})")}
# 在 and a country's short form at a word's start: residents in that country (재일동포,
# 재일한국인). Only Japan's: 재미 is also "fun", and the others are rare.
_RESIDENT_IN = {"일": lazy(r"(?<![\uac00-\ud7a3])재일")}
# A country's short form and 帝 or 製 as a word's start: imperial Japan (일제에 동원된, 일제강점기)
# or made in Japan; not 一齊 made an adverb (일제히, all at once). 一齊 as a noun (일제 단속, a
# crackdown at once) reads so too: lenient, as the other short forms are. Only Japan's: 미제
# is also unsolved (未濟).
_EMPIRE_OF = {"일": lazy(r"(?<![\uac00-\ud7a3])일제(?!히)")}


def holds_short_form(text: str, short: str) -> bool:
    """Whether a Korean text names a country by its one-syllable short form `short` (일 for
    일본: COUNTRY_SHORT_FORMS) in a compound of short forms (한일, 한·미·일, 북미), or after a
    prefix or before a suffix of the kind (방일, 주한미군, 대북, 미군, 일측; 재일동포, residents in
    Japan; 일제, imperial Japan), at a word's start, or, for 한, joined by a mark to a longer
    name (한·아세안, 한·태평양도서국); the rest of the word may follow (한일관계, 대북제재를).
    미, 북 and 러 also count as a word of their own before another word (미 국무부, 북 도발);
    a headline's Hanja short form counts in a compound (韓日) and alone (日 총리, 韓에:
    HANJA_SHORT_FORMS)."""
    if len(short) != 1:
        return False
    if not text.isascii() and any(c in HANJA_SHORT_FORMS for c in text):
        if any(HANJA_SHORT_FORMS[m.group(1)] == short for m in _HANJA_ALONE.finditer(text)):
            return True  # 日 총리, 韓에
        text = text.translate(_HANJA_READINGS)  # 韓日 as 한일: one character for one
    if short in _STANDALONE_SHORT_FORMS and any(
            match.group(1) == short for match in _STANDALONE.finditer(text)):
        return True
    if short in _RESIDENT_IN and _RESIDENT_IN[short].search(text):
        return True  # 재일동포: residents in Japan
    if short in _EMPIRE_OF and _EMPIRE_OF[short].search(text):
        return True  # 일제에 동원된: mobilized by imperial Japan
    if short in _JOINED_ALONE and _JOINED_ALONE[short].search(text):
        return True  # 한·태평양도서국 정상회의: Korea and the Pacific islands
    forms = _SHORT_FORMS | {short}  # a short form the glossary admits (불 for 프랑스) too
    for match in _SHORT_FORM_WORD.finditer(text):
        word = _SHORT_FORM_JOINS.sub("", match.group())
        if short not in word[:4] or any(word.startswith(name) for name in COUNTRY_SHORT_FORMS):
            continue
        prefix = word[0] in _SHORT_FORM_PREFIXES and len(word) > 1 and word[1] in forms
        start = 1 if prefix else 0
        end = start
        while end < len(word) and word[end] in forms:
            end += 1
        run = word[start:end]
        if short not in run or prefix and word[:2] in _NOT_SHORT_FORM_COMPOUNDS:
            continue
        if len(run) >= 2 or prefix or word[end:end + 1] in _SHORT_FORM_SUFFIXES:
            return True
    return False


# Counters (classifiers): the bound nouns that follow a number to count things (3개, 5명,
# 2건). Korean may count with the counter alone and leave the thing counted to its context
# (%d개를 여는 중 for Opening %d items; %s명에게 for to %s users).
COUNTERS = frozenset("개 명 건 곳 장 대 권 편 통 가지 종".split())
# Words that bound a count and may follow it before its particles (%d개 이상을, 3명 미만).
COUNT_BOUNDS = frozenset("이상 이하 미만 초과 정도 가량 내외 씩 까지 남짓 이내".split())
_COUNTER_AFTER = lazy(
    r"[ \t]?(" + "|".join(sorted(COUNTERS, key=len, reverse=True)) + r")"
    r"(?:([\uac00-\ud7a3]+)|[ \t]+([\uac00-\ud7a3]+))?")


def counts_alone(text: str, at: int) -> bool:
    """Whether the number that ends at `at` in `text` is followed by a counter that stands
    for what it counts: the counter ends its word, or takes particles (not 의, which joins
    it to the noun it counts: %d개의 파일) or a bound (이상, 미만); the word after it, if
    any, is a bound too. %d개를 열고 and 3명 이상이 count alone; %d개 파일 and 파일 %d개
    (tested by the caller: the noun before the number) name the thing."""
    match = _COUNTER_AFTER.match(text, at)
    if match is None:
        return False
    attached, next_word = match.group(2), match.group(3)
    if attached is not None:
        return not attached.startswith("의") and (
            is_particle_chain(attached) or _bound_with_particles(attached))
    return next_word is None or _bound_with_particles(next_word)


# Native numerals that count with a counter, as people write them solid with it (한번도,
# 두명이): a count, one jamo from a noun (한반도) only by chance.
_NATIVE_NUMERALS = frozenset("한 두 세 네 몇".split())
# The counters written solid after a native numeral: COUNTERS and those of times and people.
_SOLID_COUNTERS = COUNTERS | frozenset("번 번째 분 살 마리 차례 군데".split())
# The verbs of being and having, written solid after a verb as casual writing does (가있는,
# 와있어요, 할수없다): a predicate, no noun.
_EXISTENCE_SYLLABLES = ("있", "없")


def phrase_written_solid(word: str) -> bool:
    """Whether a Korean word is a phrase written without its space, as people type it: a
    native numeral and its counter with particles (한번도 for 한 번도, 두명이), or a verb
    with 있다 or 없다 written onto it (가있는 for 가 있는, 할수없다). Such a word is no slip of
    a noun one jamo from it (한반도, 가입)."""
    if len(word) >= 2 and word[0] in _NATIVE_NUMERALS:
        for counter in _SOLID_COUNTERS:
            if word.startswith(counter, 1):
                rest = word[1 + len(counter):]
                if not rest or is_particle_chain(rest):
                    return True
    return any(syllable in word[1:] for syllable in _EXISTENCE_SYLLABLES)


def _bound_with_particles(word: str) -> bool:
    return any(word.startswith(bound) and is_particle_chain(word[len(bound):])
               for bound in COUNT_BOUNDS)


# Determiners that make the noun after them a common noun (어느 나라, 모든 나라, 이 나라에서):
# a proper name takes none of them as its head. Not 한 (a, one), which news writes before a
# place used as a modifier (한 미국 관리: an American official).
_GENERAL_DETERMINERS = frozenset("어느 모든 다른 여러 각 우리 어떤 이 그 저 두 세 네 몇 서로의 "
                                  "각자의 저마다의".split())
# Of them, those that count or choose (두 나라 국민, 여러 나라), or say whose each is (서로의
# 나라를, each other's countries): no name takes them, whatever follows; a demonstrative
# (이 나라) may be the next noun's.
_QUANTIFIERS = frozenset("어느 모든 다른 여러 각 어떤 두 세 네 몇 서로의 각자의 저마다의".split())
# A determiner is a word of its own: not a particle written onto a closing bracket or
# quotation mark (협정(군사정보보호협정)이 조선반도와: 이 is the subject's particle).
_DETERMINER_BEFORE = lazy(r"(?<![\uac00-\ud7a3)\]）」』》〉\"'”’])([\uac00-\ud7a3]+)[ \t]+$")


def as_common_noun(text: str, start: int, end: int) -> bool:
    """Whether the Korean word at [start, end) is a common noun where a name is spelt alike
    (나라, the city of Nara, is also 'country'): the plural suffix 들 written onto it, which no
    name takes (뜻을 같이하는 나라들과); a word that counts or chooses right before it
    (어느 나라에서, 두 나라 국민: _QUANTIFIERS), or a demonstrative (이, 그, 저, 우리) with the
    word the head of its phrase, particles after it (이 나라가; not 이 일본 기업, where the
    determiner is the next noun's and the place its modifier; nor 이 나라 국민); or, for a
    word that is one of the commonest nouns (is_homograph), a verb's or an adjective's
    adnominal form right before it (존경받는 나라를: _adnominal). A name takes such a
    clause too (지난달 방문한 도쿄), so that needs the dictionary's word."""
    if written_onto(text, end, _PLURAL):
        return True
    before = _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
    if before is None or before.group(1) not in _GENERAL_DETERMINERS:
        # The cheap test first: the word before must end as an adnominal form does.
        word = _adnominal_shaped_before(text, start)
        return word is not None and is_homograph(text[start:end]) and _adnominal(word)
    if before.group(1) in _QUANTIFIERS:
        return True
    after = _syllables_end(text, end)
    return after > end and is_particle_chain(text[end:after])


# The plural suffix of nouns; names take none.
_PLURAL = "들"
# The last syllables of a predicate's adnominal form: 는 and 던 after any stem (받는, 하던);
# ㄴ or ㄹ written onto its last syllable (중요한, 될, 열린) is read from the syllable.
_ADNOMINAL_SYLLABLES = ("는", "던")


def _adnominal_shaped_before(text: str, start: int) -> str | None:
    """The word before `start` when it ends as an adnominal form may (는, 던, a final ㄴ or
    ㄹ), else None."""
    match = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    word = match.group(1)
    last = word[-1]
    if last not in _ADNOMINAL_SYLLABLES and decompose(last)[-1:] not in ("ㄴ", "ㄹ"):
        return None
    return word


def _adnominal(word: str) -> bool:
    """Whether a word shaped as an adnominal form (_adnominal_shaped_before) is the
    adnominal form of a verb or an adjective, a clause's end that modifies the next noun
    (뜻을 같이하는 나라, 중요한 나라, 존경을 받는 나라): a noun made a predicate by a light
    verb in such a form (같이하는, 중요한, 방문한: predicate_noun), or, where python-mecab-ko
    is installed, a word it reads as ending in an adnominal ending (받는, 사는: ETM); never a
    noun and its particle (정부는 나라를) or the copula's 인 (고향인 나라현), which sets a
    name beside another."""
    noun = predicate_noun(word)
    if noun is not None and word[len(noun):len(noun) + 1] in ("하", "한", "할", "되", "된",
                                                               "될", "시"):
        return True
    from yongeo.text.analysers import adnominal_ending

    return bool(adnominal_ending(word))


# How common a word must be for its common-noun reading to outweigh a name spelt alike.
_HOMOGRAPH_ZIPF = 5.0


@lru_cache(maxsize=4096)
def is_homograph(word: str) -> bool:
    """Whether a name is spelt as one of the commonest nouns of Korean (나라 'country'):
    python-mecab-ko's dictionary reads the word alone as a common noun and its frequency is
    at least _HOMOGRAPH_ZIPF, so that the common noun is the likelier reading. Not a name
    the dictionary merely lists as a common noun (북경, 동경: Beijing's and Tokyo's older
    Korean names, which a clause may modify: 열리는 북경 올림픽); False where python-mecab-ko
    is not installed."""
    from yongeo.text.analysers import dictionary_noun
    from yongeo.text.frequency import common_words

    return common_words("ko").get(word, 0.0) >= _HOMOGRAPH_ZIPF and bool(dictionary_noun(word))


def holds_as_adjective(text: str, term: str) -> bool:
    """Whether a Korean text holds a compound term of two Sino-Korean nouns with its first
    made an adjective by 적 (실용외교 as 실용적 외교, 실용적인 외교; 역사 화해 as 역사적 화해), each
    noun of two syllables or more, the head a word of its own (particles may follow)."""
    import regex

    word = "".join(term.split())
    if len(word) < 4 or not all(map(is_syllable, word)):
        return False
    cuts = [len(term.split()[0])] if " " in term.strip() else range(2, len(word) - 1)
    for cut in cuts:
        head, tail = word[:cut], word[cut:]
        if len(tail) < 2 or head + "적" not in text:  # most texts: no such adjective
            continue
        for match in regex.finditer(rf"(?<![\uac00-\ud7a3]){head}적(?:인)?[ \t]*{tail}"
                                    r"([\uac00-\ud7a3]*)", text):
            if not match.group(1) or is_particle_chain(match.group(1)):
                return True
    return False


# The honorific suffix Korean writes onto a title or a name when it addresses or mentions a
# person politely (연구원님, 교수님께, 대사님은).
HONORIFIC = "님"


def honorific_after(text: str, end: int) -> bool:
    """Whether 님 is written onto the Korean word ending at `end`, particles or nothing
    after it (연구원님께, 교수님은)."""
    return written_onto(text, end, HONORIFIC)


# A word for a line of business: 여행업계, 유통업계, 외식업계 (업계, the trade of a kind).
_INDUSTRY_WORD = lazy(r"(?:[\uac00-\ud7a3]+|(?<![\uac00-\ud7a3]))업계")
# A swap between persons (카드 교환, 선수 트레이드): what fans and teams call a trade.
_SWAP_WORD = lazy(r"(?:교환|맞교환|트레이드)")


def names_an_industry(text: str) -> bool:
    """Whether a Korean text names a line of business by a word ending in 업계 (여행업계,
    유통업계), or the industry itself (업계 관계자): what English says as the travel trade,
    the distribution trade, trade visitors."""
    return _INDUSTRY_WORD.search(text) is not None


def names_a_swap(text: str) -> bool:
    """Whether a Korean text names a swap (교환, 맞교환, 트레이드): what English says as a
    card trade, a player trade."""
    return _SWAP_WORD.search(text) is not None
