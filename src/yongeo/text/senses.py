"""The other senses of English words that a glossary holds in one sense, as Korean writes
them: a translation into Korean tells which sense its source meant.

*Summit* is a meeting of leaders (정상회담) and a mountain's top, literally or figuratively;
Korean has a word for each, and the peak's words are never the meeting's: 산 정상 (a mountain's
top), 꼭대기, 정점, 최고봉, 정상(頂上) with its characters, 정상에 오르다 (to reach the top).
*Remains* are the dead's (유해, 유골) and what is left of a building or a site (유구, 유적)
or of a meal (찌꺼기). A company's or a university's *president* is its 사장, 회장 or
총장, never a state's 대통령. To *replace* a file is to write over it (덮어쓰다), where an editor's
*replace* is 바꾸기. Where a Korean draft writes the other sense as
often as its source writes the word, the word was that sense there, not the glossary's term.
A word that could also be a translator's slip in the term's place (잔해, wreckage, or 흔적,
traces, for 유해) is not listed: it is an error to report, not a sense."""

from __future__ import annotations

from yongeo.patterns import lazy

# An English word (lower case, singular and plural) -> how Korean writes its other senses.
_OTHER_SENSES = {
    ("summit", "summits"): lazy(
        r"정상\([頂顶]上\)|[頂顶]上|(?<=산)[ \t]*정상|산의[ \t]+정상|꼭대기|정점|최고봉|정상부"
        r"|정상에[ \t]*(?:오르|오른|올라|올랐|올려|서서|서[ \t]+있|섰|선[ \t]+)"),
    ("remains",): lazy(r"유구|유적|찌꺼기"),
    # Each a word of its own, not the end of another title (간사장, secretary-general;
    # 사무총장); not 총재, whose race (총재 선거) renders a party's *leadership race* as often.
    ("president", "presidents"): lazy(r"(?<![\uac00-\ud7a3])(?:사장|회장|총장|학장)"),
    # 덮어쓰다 in any form: 덮어 and a syllable of 써, 쓰 or 씌 with any final (덮어쓸, 덮어썼다).
    ("replace", "replaces", "replaced", "replacing"): lazy(
        r"덮어[ \t]?[\uc368-\uc383\uc4f0-\uc527]"),
}
_BY_WORD = {word: pattern for words, pattern in _OTHER_SENSES.items() for word in words}


def has_other_senses(word: str) -> bool:
    """Whether the English `word` has other senses listed here."""
    return word.lower() in _BY_WORD


def other_senses_written(word: str, korean: str) -> int:
    """How many times a Korean text writes another sense of the English `word` than a
    glossary term's (산 정상 for a mountain's summit, 유구 for a site's remains): 0 for a word
    of no listed senses."""
    pattern = _BY_WORD.get(word.lower())
    return 0 if pattern is None else sum(1 for _ in pattern.finditer(korean))
