"""General word frequencies: whether a word is common in Korean or English (wordfreq's lists).

A word is common when wordfreq gives it a Zipf frequency of at least COMMON_ZIPF, that is
when it occurs at least once in a million words of running text. wordfreq's Korean list
starts there (its rarest word has Zipf 3.01), so for Korean "common" means "in the list";
the English list goes down to Zipf 1, and only its words at or above the threshold count.

wordfreq's own lookups (word_frequency, zipf_frequency) tokenize Korean with MeCab, which is
not installed, so the lists are read directly, once per language, only when a word is first
looked up, and kept as a set of the common words (about 30,000 per language, 4 MB; loading
takes about 0.1 s and 25 MB transiently). The Korean list holds morphemes as MeCab cuts
them (프로세스, 문법, 에서), so a Korean word is looked up without its particles.
"""

from __future__ import annotations

from functools import lru_cache

import wordfreq

from yongeo.text.english import lemmas
from yongeo.text.korean import copula_noun, predicate_noun, strip_particles

# Once per million words. Ordinary words one letter from a term sit well above it (프로세스
# 4.0, 문법 4.05, interpreted 3.9, processes 4.5); slips and rare spellings are not in the
# lists at all (위성낙, 다카이찌, 후쿠시나, 디렉토리, 프라퍼티, takahichi, takaichy).
COMMON_ZIPF = 3.0
# Ten times in a million words: a word frequent enough to be read as a word of its own in
# any context (의원 5.3, 장관 5.0), not a fragment the lists hold because their tokenizer cut
# longer words there (통령 3.0, 원회 3.2).
FREQUENT_ZIPF = 4.0
# A thousand times in a million words: the function words of a language, which no term
# renders (Korean 수 6.6, 이 7.5, 것 6.6, 때 6.2, 등 6.2; English the, and, with), while
# ordinary content words stay below (사용 5.8, 정보 5.5, 변경 5.1; use 5.6).
FUNCTION_ZIPF = 6.0
# wordfreq's lists are bucketed by centibel: bucket i holds the words of frequency
# 10^(-i/100), that is Zipf 9 - i/100.
_LAST_BUCKET = round((9 - COMMON_ZIPF) * 100)
# A Korean stem shorter than this is not taken as a word of its own (막 in 막대기), unless
# a predicate ending follows it (읽습니다, 받았다): verb stems are one syllable.
_MIN_KOREAN_STEM = 2
# Predicate endings (eomi) as whole syllables, the pre-final tense and honorific syllables
# that may come before them, and the light verbs (하다, 되다, 시키다) that make a noun a
# predicate: 사용하고 -> 사용하 -> 사용, 저장할지 -> 저장할 -> 저장, 받았습니다 -> 받.
_ENDINGS = frozenset("""
다 고 지 기 게 은 을 는 던 면 며 서 요 까 네 나 도 니 자 라 죠 니다 습니다 습니까 니까 세요
어요 아요 지만 는데 은데 도록 려고 면서 거나 든지 어서 아서 어도 아도 었다 았다 였다
는지 은지 던지 는가 은가 야 되
""".split())
_PREFINAL = frozenset("았 었 였 겠".split())
_LIGHT_VERBS = ("하", "할", "한", "함", "합", "해", "했", "되", "될", "된", "됨", "됩", "돼", "됐",
                "시키", "시킬", "시킨", "시켜",
                # with the auxiliary verbs of giving and trying (기입해 주세요, 확인해 보세요,
                # often written as one word)
                "해주", "해줍", "해줄", "해준", "해드리", "해드립", "해드릴", "해드린", "해보",
                "해봅", "해볼", "해본")
# The light verbs' forms whose last consonant or vowel is the ending itself (ㄴ, ㄹ, ㅁ:
# 제기될, 저장한, 완료됨; 해 and 돼 for 하여 and 되어: 개입해, 완료돼): a whole predicate after
# the noun, with no ending syllable to cut.
_FUSED_LIGHT_VERBS = frozenset("할 한 함 될 된 됨 해 돼 시킬 시킨 시킴 시켜".split())


@lru_cache(maxsize=4)
def common_words(lang: str) -> dict[str, float]:
    """The words of `lang` with a Zipf frequency of at least COMMON_ZIPF (lower-case), and
    that frequency."""
    # The undecorated reader: wordfreq's cache would keep the whole list (320,000 English
    # words) alive for the life of the process; the common words are a tenth of it.
    read = getattr(wordfreq.get_frequency_list, "__wrapped__", wordfreq.get_frequency_list)
    return {word: 9 - index / 100
            for index, bucket in enumerate(read(lang)[:_LAST_BUCKET + 1]) for word in bucket}


def is_common(word: str, lang: str, predicate: bool = True,
              stem_zipf: float = COMMON_ZIPF, shorter_than: int = 0) -> bool:
    """True when `word`, without its particles (Korean) or inflection (English), is a
    common word of `lang` ("ko" or "en"): 프로세스를, 문법에서, interpreted, processes.
    A Korean word is also read as a predicate (사용하고, 읽습니다) unless `predicate` is
    False: names are not inflected, and their syllables often look like endings; even then
    a frequent noun (FREQUENT_ZIPF) with a light verb is read so (고려해, 고려한).

    A Korean stem of fewer than `shorter_than` syllables counts only if its frequency is at
    least `stem_zipf`: a caller that has another reading of the word's first `shorter_than`
    syllables (one edit from a glossary term) asks for more than a fragment such as 메시
    before it reads 메시자 as 메시 + 자."""
    if lang == "ko":
        common = common_words("ko")

        def frequent(stem: str) -> bool:
            need = stem_zipf if len(stem) < shorter_than else COMMON_ZIPF
            return common.get(stem, 0.0) >= need

        for stem in strip_particles(word):
            if len(stem) >= _MIN_KOREAN_STEM and frequent(stem):
                return True
            if predicate and any(frequent(verb) for verb in predicate_stems(stem)):
                return True
            # A frequent noun with a light verb is that verb even where other endings are
            # not read (a name's syllables): 고려해 is 고려 + 해, not a slip of 고려대.
            if not predicate:
                # ... and so is a frequent noun with the copula after its vowel: 나라면 is 나라
                # + 면 ('if two countries'), not a slip of 나라현.
                for noun in (predicate_noun(stem), copula_noun(stem)):
                    if noun is not None and common.get(noun, 0.0) >= FREQUENT_ZIPF:
                        return True
                # ... and so is a light verb itself with its endings: 하시며 is 하 + 시 + 며
                # ('saying'), not a slip of 하시마.
                if _light_verb_form(stem):
                    return True
        return False
    common = common_words("en")
    return any(form in common for form in lemmas(word))


def _light_verb_form(word: str) -> bool:
    """Whether a Korean word is 하다 or 되다 itself with its endings, the honorific 시 and a
    tense between allowed: 하며, 하시며, 되었다."""
    if len(word) < 2 or word[0] not in "하되":
        return False
    tail = word[1:]
    if tail[0] == "시" and tail[1:]:
        tail = tail[1:]
    while tail and tail[0] in _PREFINAL and tail[1:]:
        tail = tail[1:]
    return tail in _ENDINGS


def two_frequent_words(word: str) -> bool:
    """Whether a Korean word is two frequent words written together and particles
    (이해관계가: 이해 + 관계 + 가, each word of two syllables or more and FREQUENT_ZIPF): a
    compound the lists do not hold whole, since their tokenizer cut it, not a slip of the
    pen. Only with particles after it: a loanword's slip often cuts into two frequent
    fragments (프로그럼: 프로 + 그럼; 라이선수: 라이 + 선수)."""
    common = common_words("ko")
    for stem in strip_particles(word)[1:]:
        for cut in range(_MIN_KOREAN_STEM, len(stem) - _MIN_KOREAN_STEM + 1):
            if (common.get(stem[:cut], 0.0) >= FREQUENT_ZIPF
                    and common.get(stem[cut:], 0.0) >= FREQUENT_ZIPF):
                return True
    return False


# Sino-Korean suffixes that make a noun of a frequent noun (정상화 normalization, 국제적,
# 안정성, 주도권, 실용론): the lists' tokenizer cuts them off.
_DERIVING_SUFFIXES = ("화", "적", "성", "권", "론")


def derived_from_frequent(word: str) -> bool:
    """Whether a Korean word, its particles aside, is a frequent noun (FREQUENT_ZIPF, two
    syllables or more) with a Sino-Korean suffix that derives another noun (정상화의:
    정상 + 화 + 의), a word, not a slip of one (정상회의)."""
    common = common_words("ko")
    return any(len(stem) > _MIN_KOREAN_STEM and stem.endswith(_DERIVING_SUFFIXES)
               and common.get(stem[:-1], 0.0) >= FREQUENT_ZIPF
               for stem in strip_particles(word))


@lru_cache(maxsize=4)
def function_words(lang: str) -> frozenset[str]:
    """The most frequent words of `lang`, as written (lower-case for English): function words
    rather than renderings of a term (FUNCTION_ZIPF; a few hundred per language)."""
    return frozenset(w for w, zipf in common_words(lang).items() if zipf >= FUNCTION_ZIPF)


def predicate_stems(word: str) -> list[str]:
    """The stems a Korean predicate form can have, before its endings and, for a noun made
    a predicate, before the light verb: 사용하고 -> [사용하, 사용]; 읽습니다 -> [읽];
    제기될 -> [제기]."""
    stems = []
    for cut in range(len(word) - 1, 0, -1):
        tail = word[cut:]
        if tail in _FUSED_LIGHT_VERBS and cut >= _MIN_KOREAN_STEM:
            stems.append(word[:cut])  # 제기될 -> 제기
            continue
        while tail and tail[0] in _PREFINAL and tail[1:]:
            tail = tail[1:]
        if tail not in _ENDINGS:
            continue
        stem = word[:cut]
        stems.append(stem)
        stems += [stem[:-len(light)] for light in _LIGHT_VERBS
                  if stem.endswith(light) and len(stem) - len(light) >= _MIN_KOREAN_STEM]
    return stems


def is_frequent(word: str, lang: str) -> bool:
    """Whether `word` (as written, lower-case for English) has a Zipf frequency of at least
    FREQUENT_ZIPF in `lang`."""
    return common_words(lang).get(word, 0.0) >= FREQUENT_ZIPF
