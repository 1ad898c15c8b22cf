"""How long a translation is expected to be, from the length of its source.

Korean is written in syllable blocks, English in letters: a faithful Korean translation of an
English sentence has about 0.43 Hangul syllables per Latin letter of its source (the median
over whole sentence pairs of two unrelated corpora, software messages and news, is 0.43 in
both; the middle half of the pairs lies between 0.36 and 0.51). Spaces, digits, punctuation
and words in other scripts are not counted. A draft far shorter than its source predicts
left something out; a piece too short to count is not judged.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

HANGUL_PER_LATIN = 0.43
# Fewer letters than this in the source (or their Hangul equivalent) say too little about
# length: a short UI string or a title is translated tersely or at length by taste.
MIN_SOURCE_LETTERS = 40

_LETTERS = {"en": regex.compile(r"\p{Latin}"), "ko": regex.compile(r"[\uac00-\ud7a3]")}
# Letters of `lang` per Latin letter of an English text of the same content.
_PER_LATIN = {"en": 1.0, "ko": HANGUL_PER_LATIN}


def letters(text: str, lang: str) -> int:
    """The letters of `text` in the script of `lang` (Latin for English, Hangul for Korean)."""
    pattern = _LETTERS.get(lang)
    return len(pattern.findall(text)) if pattern else 0


def latin_letters(text: str, lang: str) -> float:
    """The letters of `text` as an English text of the same content would have them: Latin
    letters as they are, Hangul syllables over HANGUL_PER_LATIN; 0 for another language."""
    per_latin = _PER_LATIN.get(lang)
    return letters(text, lang) / per_latin if per_latin else 0.0


def length_share(source: str, source_lang: str, draft: str, draft_lang: str,
                 known: Sequence[tuple[int, int, str]] = ()) -> float | None:
    """The draft's length as a share of what its source's length predicts (1.0: as long as a
    faithful translation usually is), or None when the source is too short to tell or a
    language is neither English nor Korean. `known`: spans of the source whose translation
    is known, [start, end) and that translation (a glossary term's), counted at the
    translation's length where it is shorter than predicted: a name's Korean is far shorter
    than the ratio says (국방부 for Ministry of National Defense), and a string of names
    would read as a passage left out; the lesser of the two, as a draft is weighed against
    the shortest faithful translation it could be."""
    if source_lang not in _PER_LATIN or draft_lang not in _PER_LATIN:
        return None
    in_latin = latin_letters(source, source_lang)
    if in_latin < MIN_SOURCE_LETTERS:
        return None
    per_latin = _PER_LATIN[draft_lang]
    predicted = in_latin * per_latin
    for start, end, rendering in known:  # what a known translation is shorter by
        predicted -= max(0.0, latin_letters(source[start:end], source_lang) * per_latin
                         - letters(rendering, draft_lang))
    return letters(draft, draft_lang) / predicted if predicted > 0 else None
