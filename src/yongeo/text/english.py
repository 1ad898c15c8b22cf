"""English: plural forms of terms and the possessive endings that may follow them."""

from __future__ import annotations

import regex

_SIBILANT = regex.compile(r"(?:s|x|z|ch|sh)$", regex.IGNORECASE)
_CONSONANT_Y = regex.compile(r"[^aeiou]y$", regex.IGNORECASE)
_LATIN = regex.compile(r"\p{Latin}")



def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


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
