"""Korean noun phrases: eojeols from an optional morphological analyser or from particle rules.

With the `yongeo[korean]` extra (python-mecab-ko) an eojeol is nominal when its morphemes are
nouns followed only by particles; without it, the particle chain is stripped by rule
(text.korean.strip_particles) and predicate endings mark the eojeols that are not nouns.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from yongeo.errors import UsageError
from yongeo.i18n import _
from yongeo.text.analysers import installed, kiwi, mecab
from yongeo.text.korean import strip_particles
from yongeo.text.korean_terms import not_a_noun_stem

ANALYSERS = ("auto", "mecab", "kiwi", "regex")


@dataclass(frozen=True, slots=True)
class Eojeol:
    """A space-delimited Korean word: its noun stem, if it has one, and how it ends."""

    text: str
    start: int
    end: int
    stem: str  # the nominal part ("" when the eojeol is not a noun)
    proper: str = ""  # "person", "place" or "proper" for a proper noun (analysers only)
    closes: bool = False  # a particle follows the stem: the noun phrase ends here
    compound: bool = False  # the stem is several nouns written solid (셔틀외교)


# A hyphen between Hangul words coordinates them (이재명-다카이치): two eojeols, not one.
_EOJEOL = regex.compile(r"[\p{Hangul}\p{Latin}\d]+(?:·[\p{Hangul}\p{Latin}\d]+)*")
# Endings that make an eojeol a predicate or an adverb, not a noun (regex fallback only).
# Single syllables are listed only where hardly a noun ends so (오른, 했던, 된, 하며).
_PREDICATE = regex.compile(
    r"(?:하다|했다|한다|된다|됐다|이다|였다|있다|없다|겠다|습니다|합니다|하고|하며|하면|해서|하여|"
    r"하는|되는|있는|없는|했던|하던|적인|적으로|스러운|로운|으며|면서|지만|도록|려고|는데|은데|거나|"
    r"른|던|된|는|며)$")
_HANGUL = regex.compile(r"\p{Hangul}")
_LATIN_OR_DIGIT = regex.compile(r"\p{Latin}|\d")
_TWO_HANGUL = regex.compile(r"\p{Hangul}{2}")
_NOUN_TAGS = frozenset({"NNG", "NNP", "NR", "SL", "SH", "SN", "XPN", "XSN", "MM"})


def looks_predicate(word: str) -> bool:
    """Whether a word ends like a predicate or an adverb (했다, 있던, 적으로)."""
    return bool(_PREDICATE.search(word))


def resolve_analyser(name: str = "auto") -> str:
    """The analyser to use: the named one, or for 'auto' the best one installed."""
    if name not in ANALYSERS:
        raise UsageError(_("unknown Korean analyser '{name}' (expected one of {choices})")
                         .format(name=name, choices=", ".join(ANALYSERS)))
    if name == "auto":
        for candidate in ("mecab", "kiwi"):
            if installed(candidate):
                return candidate
        return "regex"
    if name != "regex" and not installed(name):
        package = {"mecab": "python-mecab-ko", "kiwi": "kiwipiepy"}[name]
        raise UsageError(_("the Korean analyser '{name}' is not installed (pip install "
                           "'yongeo[korean]' or pip install {package})")
                         .format(name=name, package=package))
    return name


def eojeols(text: str, analyser: str, stems: dict[str, str] | None = None) -> list[Eojeol]:
    """The Korean words of a text with their noun stems; `stems` (from document_stems) gives
    the particle rules the document's own choice of stem."""
    if analyser == "mecab":
        return _by_morphemes(text, _mecab_morphemes(text))
    if analyser == "kiwi":
        return _by_morphemes(text, _kiwi_morphemes(text))
    return [_by_rule(m.group(), m.start(), m.end(), stems) for m in _EOJEOL.finditer(text)
            if _HANGUL.search(m.group())]


def document_stems(texts: list[str]) -> dict[str, str]:
    """For the particle rules: each word's stem, chosen over the whole document.

    Of the forms particle stripping leaves (도쿠다는 -> 도쿠다, 도쿠), the stem is the one the
    document follows with the most different syllables (도쿠다는, 도쿠다가, 도쿠다의: 는, 가,
    의 after 도쿠다; only 다 after 도쿠), and on a tie the shorter (회담에서, 회담에서는: 회담). So a name whose last syllable looks
    like a particle keeps it (도쿠다, 오에), where a word seen once is stripped as before.
    """
    forms_of: dict[str, list[str]] = {}
    tails: dict[str, set[str]] = {}
    for text in texts:
        for match in _EOJEOL.finditer(text):
            word = match.group()
            if word in forms_of or not _HANGUL.search(word):
                continue
            forms = [f for f in strip_particles(word) if len(f) >= 2]
            forms_of[word] = forms
            for form in forms:
                if len(word) > len(form):  # the first syllable of what follows the form
                    tails.setdefault(form, set()).add(word[len(form)])
    return {word: max(forms, key=lambda f: (len(tails.get(f, ())), -len(f)))
            for word, forms in forms_of.items() if len(forms) > 1}


def _by_rule(word: str, start: int, end: int, stems: dict[str, str] | None = None) -> Eojeol:
    if _LATIN_OR_DIGIT.search(word) and not _TWO_HANGUL.search(word):
        return Eojeol(word, start, end, "")
    # The longest particle chain that leaves a stem of two syllables (정상회담에서 -> 정상회담),
    # unless the document shows the word's stem is longer (도쿠다는 -> 도쿠다).
    forms = [f for f in strip_particles(word) if len(f) >= 2]
    stem = forms[-1] if forms else word
    if stems and word in stems:
        stem = stems[word]
    if stem == word and _PREDICATE.search(word):
        return Eojeol(word, start, end, "")
    # One syllable alone is a particle, an ending or a bound noun (고, 수, 것); a stem with a
    # number or a verb ending is no noun (2010년, 수정됐으나 -> 수정됐으).
    if len(stem) < 2 or not_a_noun_stem(stem):
        return Eojeol(word, start, end, "")
    return Eojeol(word, start, end, stem, closes=stem != word, compound=len(stem) >= 4)


# python-mecab-ko's parse takes time in the square of its input's length: a text is given to
# it in pieces of about this many characters, cut at white space (or, in a run of text
# without any, anywhere: such a run is no word of Korean).
_MECAB_PIECE = 2000
_SPACE = regex.compile(r"\s+")


def _mecab_morphemes(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, tag, semantic class) of each morpheme."""
    found = []
    for offset, piece in _pieces(text, _MECAB_PIECE):
        for morpheme in mecab().parse(piece):
            tag = morpheme.pos.split("+")[0]
            semantic = morpheme.feature.semantic or ""
            found.append((offset + morpheme.span.start, offset + morpheme.span.end, tag,
                          semantic))
    return found


def _pieces(text: str, size: int) -> list[tuple[int, str]]:
    """`text` cut into (offset, piece) of about `size` characters, at white space."""
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = _SPACE.search(text, end)  # the next break after the size
            end = space.end() if space and space.start() - start < 2 * size else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _kiwi_morphemes(text: str) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.start + t.len, t.tag, "") for t in kiwi().tokenize(text)]


def _by_morphemes(text: str, morphemes: list[tuple[int, int, str, str]]) -> list[Eojeol]:
    words: list[Eojeol] = []
    morphemes = sorted(morphemes)
    first = 0  # morphemes before it end before the current word
    for match in _EOJEOL.finditer(text):
        start, end = match.span()
        while first < len(morphemes) and morphemes[first][0] < start:
            first += 1
        if not _HANGUL.search(match.group()):
            continue
        inside = []
        at = first
        while at < len(morphemes) and morphemes[at][0] < end:
            if morphemes[at][1] <= end:
                inside.append(morphemes[at])
            at += 1
        words.append(_eojeol_from(text, start, end, inside))
    return words


def _eojeol_from(text: str, start: int, end: int,
                 morphemes: list[tuple[int, int, str, str]]) -> Eojeol:
    word = text[start:end]
    nouns = []
    for morpheme in morphemes:
        if morpheme[2] in _NOUN_TAGS:
            nouns.append(morpheme)
        else:
            break
    rest = morphemes[len(nouns):]
    # The plural suffix is no part of the term (전력회사들 -> 전력회사).
    while len(nouns) > 1 and nouns[-1][2] == "XSN" and text[nouns[-1][0]:nouns[-1][1]] == "들":
        rest = [nouns.pop()] + rest
        rest[0] = (rest[0][0], rest[0][1], "JX", rest[0][3])
    if not nouns or any(not tag.startswith(("J", "SC", "SS", "SY", "SF", "SP", "VCP", "E"))
                        for _, _, tag, _ in rest) or (rest and rest[0][2].startswith("E")):
        return Eojeol(word, start, end, "")
    stem = text[nouns[0][0]:nouns[-1][1]]
    proper = ""
    for _start, _end, tag, semantic in nouns:
        if tag == "NNP":
            proper = {"인명": "person", "지명": "place"}.get(semantic, "proper")
    content = [m for m in nouns if m[2] in ("NNG", "NNP")]
    return Eojeol(word, start, end, stem, proper, closes=bool(rest), compound=len(content) >= 2)
