"""English: inflections and lemmas of terms, plural forms, the possessives after them."""

from __future__ import annotations

from functools import lru_cache

import regex

_SIBILANT = regex.compile(r"(?:s|x|z|ch|sh)$", regex.IGNORECASE)
_CONSONANT_Y = regex.compile(r"[^aeiou]y$", regex.IGNORECASE)
_LATIN = regex.compile(r"\p{Latin}")
# Universal part-of-speech tags as lemminflect names them, by the glossary's pos names.
_UPOS = {"noun": "NOUN", "verb": "VERB", "adjective": "ADJ", "adverb": "ADV",
         "proper-noun": "PROPN"}


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


@lru_cache(maxsize=65536)
def inflections(word: str, pos: str | None = None) -> tuple[str, ...]:
    """Every inflected form of an English word (lemminflect's tables, with its rules for
    words not in them), the word first: evaluate -> evaluates, evaluated, evaluating;
    crisis -> crises. `pos` ("noun", "verb", ...) limits them to that part of speech.
    Capitalised words and acronyms are names and are not inflected, bar a plural."""
    if not word.isalpha() or not word.islower():
        many = plural(word) if word[:1].isupper() and not word.isupper() else None
        return (word, many) if many else (word,)
    import lemminflect  # with numpy, a quarter of a second: only when a term needs it

    upos = _UPOS.get(pos) if pos else None
    found: dict[str, None] = {word: None}
    for forms in lemminflect.getAllInflections(word, upos=upos).values():
        found.update(dict.fromkeys(forms))
    if len(found) == 1:
        for forms in lemminflect.getAllInflectionsOOV(word, upos=upos or "NOUN").values():
            found.update(dict.fromkeys(forms))
    return tuple(found)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The dictionary forms an English word can be an inflection of, itself included:
    interpreted -> {interpreted, interpret}; crises -> {crises, crisis}."""
    import lemminflect

    lower = word.lower()
    found = {lower}
    if lower.isalpha():
        for forms in lemminflect.getAllLemmas(lower).values():
            found.update(forms)
    return frozenset(found)


def plural(term: str) -> str | None:
    """The regular plural of a term's last word (crime -> crimes, policy -> policies).

    Returns None where a plural makes no sense: acronyms, words already ending in s.
    """
    last = term.rsplit(" ", 1)[-1]
    if not last.isalpha() or last.isupper() or last.endswith(("ss", "us", "is")):
        return None
    if last.endswith("s"):
        return None
    if _CONSONANT_Y.search(last):
        return term[:-1] + "ies"
    if _SIBILANT.search(last):
        return term + "es"
    return term + "s"


def singular_forms(word: str) -> list[str]:
    """Candidate singulars of a possibly plural or possessive word, the word itself first."""
    forms = [word]
    base = regex.sub(r"['’]s?$", "", word)
    if base != word:
        forms.append(base)
    lower = base.lower()
    if lower.endswith("ies") and len(base) > 4:
        forms.append(base[:-3] + "y")
    elif lower.endswith("es") and _SIBILANT.search(base[:-2]):
        forms.append(base[:-2])
    elif lower.endswith("s") and not lower.endswith("ss") and len(base) > 3:
        forms.append(base[:-1])
    return list(dict.fromkeys(forms))
