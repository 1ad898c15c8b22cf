"""Terms a draft keeps in the source's language: a kept term is no missing translation.

A Korean msgstr often leaves a product name or a technical word in English ("GNOME Shell을
다시 시작합니다"), and a string that is a code sample or a name is kept whole. Neither is a
translation gone missing: the first is reported, if at all, as term.kept-in-source-language
(info); the second is not checked for missing terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from yongeo.glossary.model import Status, Term
from yongeo.lint.units import Unit
from yongeo.match import Hit
from yongeo.text.english import in_longer_name, next_capitalised_word, opens_longer_name
from yongeo.text.korean import is_syllable, strip_particles
from yongeo.text.loanword import (
    english_consonants,
    is_loanword,
    starts_like,
    transcribable,
    writes_sound,
)

_SPACES = re.compile(r"\s+")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_NON_SPACE = re.compile(r"\S")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def kept_verbatim(unit: Unit) -> bool:
    """The draft piece is the source piece as it stands (spacing aside), and has letters."""
    source, draft = unit.source, unit.draft
    # Most drafts are translations: their first letters differ, and nothing is copied.
    first = _NON_SPACE.search(source.side.text, source.start, source.end)
    other = _NON_SPACE.search(draft.side.text, draft.start, draft.end)
    if first is None or other is None or first.group() != other.group():
        return False
    kept = _SPACES.sub(" ", source.side.text[source.start:source.end]).strip()
    return (any(c.isalpha() for c in kept)
            and kept == _SPACES.sub(" ", draft.side.text[draft.start:draft.end]).strip())


def kept_in_source(unit: Unit, source_hits: Iterable[Hit]) -> tuple[int, int] | None:
    """Where the draft piece holds a source term of the entry as it was written in the source
    or in the glossary, standing as a word of its own (a particle may follow it: GNOME을):
    the term kept in the source language. None when it does not, or holds it only as a
    gloss in brackets right after a Hangul word (일본 외교부(Japanese Foreign Ministry)):
    there the Hangul before it is the translation, whatever it is."""
    draft = unit.draft
    text = draft.side.text
    hits = list(source_hits)
    if not hits:
        return None
    case_sensitive = hits[0].entry.case_sensitive
    forms = dict.fromkeys(variant for hit in hits for form in (hit.found, hit.term.text)
                          for variant in (form, _undotted(form)) if variant)
    piece = text[draft.start:draft.end].lower()
    for form in forms:
        # Most terms are not there at all: a substring test spares compiling their pattern.
        if _first_part(form) not in piece:
            continue
        for found in _pattern(form, case_sensitive).finditer(text, draft.start, draft.end):
            if not _glossing(text, *found.span()):
                return found.span()
    return None


def _glossing(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the whole of a bracketed gloss right after a Hangul word
    (외무성(Japanese Foreign Ministry))."""
    return (start >= 2 and text[start - 1] in "(（" and is_syllable(text[start - 2])
            and text[end:end + 1] in (")", "）"))


def transcribed_in(unit: Unit, source_hits: Iterable[Hit], expected: tuple[Term, ...]
                   ) -> tuple[int, int] | None:
    """Where a Korean draft piece writes an English source term in Hangul (백그라운드 for
    background) where the glossary translates it with a word of its own (배경): the term
    kept in the source language, only in another script. None when it does not, and when the
    glossary's own rendering is such a loanword (태블릿 for tablet), since a Hangul spelling
    of the word is then a variant of the translation, which term.deprecated and
    term.misspelled judge. A rendering the entry deprecates is term.deprecated's."""
    hits = list(source_hits)
    draft = unit.draft
    if hits and unit.source.side.lang == "ko" and draft.side.lang == "en":
        return _spelt_out_in(unit, hits)
    if not hits or unit.source.side.lang != "en" or draft.side.lang != "ko":
        return None
    entry = hits[0].entry
    words = {"".join(form.split()) for hit in hits for form in (hit.found, hit.term.text)}
    sounds = {sound for w in words if w.isascii() and w.isalpha()
              for sound in [transcribable(w)] if sound is not None}
    source = unit.source
    # The sounds of the words a name goes on with after the term's word (Hall of Summit
    # Hall): a Hangul word that writes the two solid (서밋홀) has them after the term's part.
    after: set[tuple[str, bool]] = set()
    opening = False  # the term's word opens the name: the name's next word must follow
    if not sounds and all(hit.found[:1].isupper() for hit in hits):
        if all(in_longer_name(source.side.text, hit.start) for hit in hits):
            sounds = _name_word_sounds(words)  # Trilateral Youth Summit: a name's word
        elif all(opens_longer_name(source.side.text, hit.end) for hit in hits):
            # Summit Hall, China Daily: a skeleton of three consonants or more (no Korea,
            # whose two would read in too many words), the next word's sound after it.
            sounds = {sound for sound in _name_word_sounds(words) if len(sound[0]) >= 3}
            after = _name_word_sounds(
                word for hit in hits
                for word in [next_capitalised_word(source.side.text, hit.end)] if word)
            opening = True
    japanese = _japanese_forms(words, expected)
    if (not sounds or any(is_loanword(t.text, w) for t in expected for w in words)) and (
            not japanese):
        return None
    deprecated = {"".join(t.text.split()) for t in entry.terms_in("ko", Status.DEPRECATED)}
    text = draft.side.text
    seen: set[str] = set()
    for found in _HANGUL_WORD.finditer(text, draft.start, draft.end):
        word = found.group()
        # A skeleton of four consonants needs two syllables; a piece repeats its words; and
        # most words start with another sound: the cheap tests first.
        if len(word) < 2 or word in seen:
            continue
        seen.add(word)
        spelt = [stem for stem in strip_particles(word) if stem in japanese
                 and stem not in deprecated] if japanese else []
        if spelt:  # 자이니치 for Zainichi: the Japanese word written as it sounds
            return found.start(), found.start() + len(spelt[-1])
        if not any(starts_like(word, sound) for sound in sounds):
            continue
        for stem in reversed(strip_particles(word)):
            # A name's word may be written solid with the name's next word (서밋홀 for
            # Summit Hall): its first syllables then, the rest starting as that word sounds.
            parts = [stem] + [stem[:cut] for cut in range(len(stem) - 1, 1, -1)
                              if any(starts_like(stem[cut:], sound) for sound in after)]
            for part in parts:
                if part in deprecated or not any(writes_sound(part, s) for s in sounds):
                    continue
                if opening and part == stem and not _next_word_sounds(
                        text, found.end(), draft.end, after):
                    continue
                return found.start(), found.start() + len(part)
    return None


def _japanese_forms(words: Iterable[str], expected: tuple[Term, ...]) -> set[str]:
    """The Hangul spellings of the source term's Japanese words (Zainichi -> 자이니치,
    자이니찌: text.japanese.transliterate), where each of the source's forms of it is one
    Japanese word, and the glossary translates the term with a word of its own (재일동포), not
    with that spelling (다카이치 for Takaichi, whose other
    spellings term.deprecated and term.transliteration judge)."""
    from yongeo.text.japanese import looks_japanese, transliterate

    forms: set[str] = set()
    for word in words:
        if not (word.isascii() and word.isalpha() and looks_japanese(word)):
            return set()  # the Korean residents in Japan, known as Zainichi: not all kept
        spelt = transliterate(word)
        if any(spelt.standard in "".join(t.text.split()) for t in expected):
            return set()
        forms.update((spelt.standard, *spelt.nonstandard))
    return forms


def _spelt_out_in(unit: Unit, hits: list[Hit]) -> tuple[int, int] | None:
    """Where an English draft piece spells a Korean source term out in Latin letters, a
    capitalised word of its own (동해항 -> the Port of Donghae, 동해시 -> Donghae:
    text.romanize.spelt_out): the source's word kept, as a name, only in another script."""
    from yongeo.text.places import place_named_after
    from yongeo.text.romanize import spelt_out

    draft = unit.draft
    source = unit.source.side.text
    # Only a place named after the term, its kind's suffix written onto it (동해시, 동해항):
    # another place, whose own name English spells out; the term's own Korean name spelt
    # out (대마도 -> Daemado) is no rendering of it.
    hits = [hit for hit in hits if place_named_after(source, hit.end)]
    names = {"".join(hit.found.split()) for hit in hits}
    if not names:
        return None
    text = draft.side.text[draft.start:draft.end]
    found = spelt_out(text, [name for name in names if name.isalpha()])
    return (found[0][0] + draft.start, found[0][1] + draft.start) if found else None


def _next_word_sounds(text: str, end: int, stop: int, sounds: set[tuple[str, bool]]
                     ) -> bool:
    """Whether the Hangul word after `end` (a space between) starts as one of `sounds` does
    (차이나 데일리: 데일리 for Daily), before `stop`."""
    found = _HANGUL_WORD.match(text, end + 1, stop) if text[end:end + 1] == " " else None
    return found is not None and any(starts_like(found.group(), sound) for sound in sounds)


def _name_word_sounds(words: Iterable[str]) -> set[tuple[str, bool]]:
    """What a Hangul spelling of a word of a name must read as: as transcribable asks, but a
    skeleton of two or three consonants will do (서밋 for the Summit of a youth summit's
    name), since the draft keeps a name's words as they sound more often than a text's."""
    return {(skeleton, w[:1].lower() in "aeiouwy") for w in words if w.isascii() and w.isalpha()
            for skeleton in [english_consonants(w)] if len(skeleton) >= 2}


# Letters that would continue a word: Latin letters and digits, or Hangul syllables (the
# texts are NFC). A Hangul particle may follow a Latin word (GNOME을), and the reverse.
_LATIN = "A-Za-z0-9"
_HANGUL = "\uac00-\ud7a3"


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def _undotted(form: str) -> str | None:
    """An acronym with periods as it is also written without them: U.N. -> UN, U.S. -> US."""
    return form.replace(".", "") if _DOTTED_ACRONYM.fullmatch(form) else None


@lru_cache(maxsize=4096)
def _first_part(form: str) -> str:
    """The form's first word in lower case, which any match of _pattern holds."""
    return next((p for p in _SEPARATORS.split(form.strip()) if p), "").lower()


@lru_cache(maxsize=4096)
def _pattern(form: str, case_sensitive: bool) -> re.Pattern[str]:
    """The form as a word: its spaces and hyphens may be any run of them, and it may not
    continue a word of its own script on either side."""
    parts = [re.escape(p) for p in _SEPARATORS.split(form.strip()) if p]
    body = _SEPARATORS.pattern.join(parts)
    edge = _LATIN if re.match(f"[{_LATIN}]", form) else _HANGUL
    before = f"(?<![{edge}])"
    edge = _LATIN if re.search(f"[{_LATIN}]$", form) else _HANGUL
    after = f"(?![{edge}])"
    return re.compile(before + body + after, 0 if case_sensitive else re.IGNORECASE)
