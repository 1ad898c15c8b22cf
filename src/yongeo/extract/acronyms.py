"""Acronyms and their long forms: 'Korea National Diplomatic Academy (KNDA)'."""

from __future__ import annotations

import regex

from yongeo.extract.names import CONNECTORS
from yongeo.extract.words import STOPWORDS

_PARTS = regex.compile(r"[\p{L}\p{N}]+")


def acronym_letters(acronym: str) -> str:
    """The letters an acronym stands for, upper case; a plural s is not one (NGOs)."""
    letters = "".join(c for c in acronym if c.isalnum())
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.upper()


def long_form_length(words: list[str], acronym: str) -> int:
    """How many of the last words form the acronym's long form (0 when none do).

    The shortest tail whose word initials spell the acronym in order wins: every initial
    of a content word must be used except at most one (Agreement in CPTPP), connectors
    may lend theirs (ROK: Republic of Korea), and the long form starts with the first
    letter. This is stricter than Schwartz and Hearst's letter matching, which would
    accept 'University of Michigan (USA)'.
    """
    letters = acronym_letters(acronym)
    if len(letters) < 2:
        return 0
    longest = min(len(letters) + 5, 2 * len(letters))
    for size in range(1, min(longest, len(words)) + 1):
        tail = words[-size:]
        first = tail[0].lower()
        if first in CONNECTORS or first in STOPWORDS:
            continue
        if _spells(letters, tail):
            return size
    return 0


def _spells(letters: str, words: list[str]) -> bool:
    initials: list[tuple[str, bool]] = []  # (initial, optional)
    for word in words:
        optional = word.lower() in CONNECTORS or word.lower() in STOPWORDS
        for part in _PARTS.findall(word):
            initials.append((part[0].upper(), optional))
    if not initials or initials[0][0] != letters[0]:
        return False
    return _match(letters, initials, 0, 0, 0)


def _match(letters: str, initials: list[tuple[str, bool]], i: int, j: int, skipped: int) -> bool:
    if i == len(letters):
        rest = sum(1 for _, optional in initials[j:] if not optional)
        return skipped + rest <= 1
    if j == len(initials):
        return False
    initial, optional = initials[j]
    if initial == letters[i] and _match(letters, initials, i + 1, j + 1, skipped):
        return True
    penalty = 0 if optional else 1
    return skipped + penalty <= 1 and _match(letters, initials, i, j + 1, skipped + penalty)
