"""term.transliteration: a Japanese name of an English source that the Korean draft writes
against the National Institute of Korean Language's rules (키시다 for Kishida, 토시미츠 for
Toshimitsu), where the glossary has no entry for it.

A glossary entry decides its own names (its deprecated spellings are term.deprecated). Any
other capitalised word of the source that reads as Japanese in Hepburn
(text.japanese.looks_japanese) is taken for a Japanese name where the source says so: the
word is one of two such words in a row (Kishida Fumio, Motegi Toshimitsu), or its paragraph
names Japan (Japan, Japanese, Japan's). Many names of elsewhere read as Hepburn too (Kaka,
Toronto), so a word that is a place CLDR puts in another country or a frequent English word
(Koran) is none. The draft is then searched for the spellings the rules deprecate (an
aspirated initial, a long vowel written out, 츠 or 쯔 for つ: text.japanese.transliterate)
as a word of their own, with particles after it; one that is a frequent Korean word, or of
one syllable, is left alone: the draft may use it for something else (초 is a second). A
name of two such words is also reported where the draft writes it given name first (후미오
기시다), where its endings tell the family name (text.japanese.family_name_known).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

import regex

from yongeo.i18n import _
from yongeo.lint.findings import Finding
from yongeo.lint.rules import TRANSLITERATION, Policy
from yongeo.lint.units import Piece, Unit
from yongeo.spans import Spans
from yongeo.text.english import names_a_kind
from yongeo.text.japanese import (
    Transliteration,
    family_name_known,
    looks_japanese,
    transliterate,
)
from yongeo.text.korean import word_spans

# A capitalised word of the source: where an English text writes a name.
_NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}\-])")

_looks_japanese = lru_cache(maxsize=4096)(looks_japanese)


@lru_cache(maxsize=4096)
def _japanese_name(word: str) -> bool:
    """Whether a capitalised word that reads as Japanese is no place of another country nor
    a frequent English word (asked only where the source says the word is Japanese: the
    word lists and CLDR's places are then read)."""
    from yongeo.text.frequency import is_frequent
    from yongeo.text.places import country_names, korean_place

    if korean_place(word) is not None and "일본" not in country_names(word):
        return False  # Toronto
    return not is_frequent(word.lower(), "en")


@lru_cache(maxsize=4096)
def _japanese(word: str) -> Transliteration | None:
    """The NIKL spelling of a word and its deprecated spellings worth looking for (two
    syllables or more, no frequent Korean word); None when there is none."""
    from yongeo.text.frequency import is_frequent

    try:
        spelt = transliterate(word)
    except ValueError:
        return None
    wrong = tuple(v for v in spelt.nonstandard if len(v) > 1 and not is_frequent(v, "ko"))
    return Transliteration(spelt.source, spelt.standard, wrong, spelt.origin) if wrong else None


def _finding(draft: Piece, policy: Policy, start: int, end: int, message: str, wrong: str,
             standard: str) -> Finding:
    return draft.side.file.finding(
        TRANSLITERATION.id, policy.severity(TRANSLITERATION.id), draft.start + start,
        draft.start + end, message, found=wrong, suggestion=standard, span=draft.side.span)


# The capitalised words written with single spaces around a word: the name it is part of.
_NAME_RUN_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{N}'’\-])\p{Lu}\p{L}+ )+$")
_NAME_RUN_AFTER = regex.compile(r"(?: \p{Lu}\p{L}+(?![\p{L}\p{N}\-]))+")


def _in_foreign_name(text: str, word: regex.Match) -> bool:
    """Whether a word that reads as Japanese is part of a name with a word that cannot be
    Japanese nor is an English word (Kao of Kao Kim Hourn, a Cambodian name: Hourn), so not
    a Japanese name; a title or another English word beside it (Prime Minister Kishida,
    Kishida Cabinet) says nothing of the name."""
    from yongeo.text.frequency import is_common

    before = _NAME_RUN_BEFORE.search(text, max(0, word.start() - 60), word.start())
    after = _NAME_RUN_AFTER.match(text, word.end())
    others = (before.group().split() if before else []) + (
        after.group().split() if after else [])
    return any(not _looks_japanese(other) and not is_common(other.lower(), "en")
               for other in others)


def _adjacent(text: str, first: regex.Match, second: regex.Match) -> bool:
    """Two words with one space between: a name of two words (Kishida Fumio)."""
    return text[first.end():second.start()] == " "


def check_transliteration(units: Iterable[Unit], policy: Policy) -> list[Finding]:
    """term.transliteration for each unit of an English source and a Korean draft."""
    if not policy.enabled(TRANSLITERATION.id):
        return []
    findings: list[Finding] = []
    for unit in units:
        source, draft = unit.source, unit.draft
        if source.side.lang != "en" or draft.side.lang != "ko":
            continue
        text = source.side.text
        words = [m for m in _NAME_WORD.finditer(text, source.start, source.end)
                 if _looks_japanese(m.group())]
        if not words:  # most pieces: no word that reads as Japanese
            continue
        covered = Spans((hit.start, hit.end) for hit in source.every)
        words = [m for m in words if not covered.cover(m.start())]
        draft_text = draft.side.text[draft.start:draft.end]
        in_japan = "Japan" in text[source.start:source.end]  # Japan, Japanese, Japan's
        seen: set[str] = set()
        for at, match in enumerate(words):
            paired = any(0 <= other < len(words) and _adjacent(text, words[min(at, other)],
                                                               words[max(at, other)])
                         for other in (at - 1, at + 1))
            if match.group() in seen or not (in_japan or paired):
                continue
            seen.add(match.group())
            spelt = _japanese(match.group())
            if spelt is None or any(word_spans(draft_text, spelt.standard)):
                continue
            for wrong in spelt.nonstandard:
                # What costs most (the word lists, CLDR's places) last: only for a draft
                # that holds a deprecated spelling.
                for start, end in word_spans(draft_text, wrong):
                    if not _japanese_name(match.group()) or _in_foreign_name(text, match):
                        break
                    message = _("'{found}' writes the Japanese name '{name}' against the "
                                "Korean rules for Japanese (NIKL): '{standard}'").format(
                        found=wrong, name=match.group(), standard=spelt.standard)
                    findings.append(_finding(draft, policy, start, end, message, wrong,
                                             spelt.standard))
        findings += _given_name_first(draft, text, words, draft_text, policy)
    return findings


def _given_name_first(draft: Piece, text: str, words: list, draft_text: str,
                      policy: Policy) -> list[Finding]:
    """term.transliteration for a Japanese name of two words that the Korean draft writes
    given name first (후미오 기시다 for Fumio Kishida), where the name's endings tell its
    family name (text.japanese.family_name_known): Korean writes it family name first."""
    found: list[Finding] = []
    pairs = [(first, second) for first, second in pairwise(words)
             if _adjacent(text, first, second)]
    # A name that only ever stands before a noun names a thing of that kind (Iwami Kagura
    # performances: a dance of a region), not a person: its words keep their own order.
    names = dict.fromkeys(f"{first.group()} {second.group()}" for first, second in pairs
                          if not names_a_kind(text, second.end()))
    for name in names:  # each name once, however often the source writes it
        ordered = family_name_known(name)
        if ordered is None:
            continue
        family, given = ordered.split()
        try:
            family_ko, given_ko = (transliterate(w).standard for w in (family, given))
        except ValueError:
            continue
        wrong = f"{given_ko} {family_ko}"
        if given_ko == family_ko:
            continue  # Sakura Sakura (a song's title): the same both ways, no order to get wrong
        for start, end in word_spans(draft_text, wrong):
            if not (_japanese_name(family) and _japanese_name(given)):
                break
            standard = f"{family_ko} {given_ko}"
            message = _("'{found}' puts the given name of '{name}' first; Korean writes a "
                        "Japanese name family name first: '{standard}'").format(
                found=wrong, name=name, standard=standard)
            found.append(_finding(draft, policy, start, end, message, wrong, standard))
    return found
