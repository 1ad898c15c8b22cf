"""Korean suggestions for new terms: parallel text, Japanese-name rules, composition.

Every suggestion says where it came from (its origin), so a reviewer knows what to check:

- `parallel`: the Korean phrase that co-occurs with the term in aligned text, taken only
  when nothing else suggests a term; when rules or the lexicon do, and the aligned text
  disagrees, their suggestion stands and the aligned text's is shown beside it (`X+parallel`
  when both agree);
- `japanese-rules` / `japanese-exception`: Hepburn romaji to Hangul by the National
  Institute of Korean Language's rules (text.japanese), with the non-standard spellings; a
  person's name family name first (Fumio Kishida -> 기시다 후미오);
- `cldr`: a country, region or city by its Korean name in CLDR (text.places);
- `korean-name`: a romanised Korean personal name read back into Hangul
  (text.korean_names), the other readings in the detail; with aligned text, the reading it
  uses (`korean-name+parallel`);
- `glossary`, `lexicon` (and combinations such as `japanese-rules+lexicon`): the term
  composed from the longest known pieces, from the glossary's reviewed entries and the
  built-in diplomatic lexicon;
- `acronym`: an acronym no piece of which is known stays as it is (CPTPP).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from yongeo.extract.lexicon import LEXICON
from yongeo.extract.names import is_korean_name, is_korean_surname
from yongeo.extract.parallel import ParallelProposal
from yongeo.extract.words import singular
from yongeo.glossary.model import Glossary, Status
from yongeo.text.japanese import family_name_first, looks_japanese, transliterate
from yongeo.text.korean_names import korean_name_readings
from yongeo.text.normalize import fold_term
from yongeo.text.places import korean_place
from yongeo.text.romanize import sounds_alike
from yongeo.text.wordclass import readings

# Korean pieces written solid with what precedes them (나라현, 국가안보실장).
_SUFFIXES = frozenset({"현", "장", "부", "청", "처", "도", "시"})
_CONNECTOR_ORDER = (" of the ", " of ", " for the ", " for ", " on ")
_SOURCE_ORDER = ("glossary", "lexicon", "cldr", "japanese-rules", "japanese-exception",
                 "acronym")


@dataclass(frozen=True)
class Suggestion:
    """A Korean term proposed for review, and where it came from."""

    korean: str
    origin: str
    deprecated: tuple[str, ...] = ()  # non-standard spellings to record as ko-deprecated
    detail: str = ""


class Suggester:
    """Proposes Korean terms; built once per update from the glossary and parallel text."""

    def __init__(self, glossary: Glossary | None = None,
                 parallel: dict[str, ParallelProposal] | None = None):
        self.known: dict[str, str] = {}
        for entry in glossary or ():
            if entry.fuzzy or not entry.ko:
                continue  # only reviewed Korean is worth building on
            for term in entry.terms_in("en"):
                if term.status is not Status.DEPRECATED:
                    self.known.setdefault(fold_term(term.text), entry.ko)
        self.parallel = parallel or {}

    def suggest(self, term: str, entry_type: str = "concept", long_form: str = ""
                ) -> Suggestion | None:
        """The best suggestion for an English term, or None."""
        if regex.search(r"\p{Hangul}", term):
            return None  # a term found in Korean text needs an English term, not Korean
        found = self.parallel.get(term)
        readings = korean_name_readings(term) if entry_type == "person" and \
            is_korean_name(term.split()) else []
        if readings:
            # A romanised Korean name: the reading the aligned text uses wins, if any does.
            if found is not None and found.korean.replace(" ", "") in readings:
                return Suggestion(found.korean.replace(" ", ""), "korean-name+parallel")
            others = ", ".join(readings[1:4])
            return Suggestion(readings[0], "korean-name", detail=f"or {others}" if others
                              else "")
        known = self._by_knowledge(term, entry_type, long_form)
        if found is None:
            return known
        evidence = (f"Dice {found.dice:.2f}, {found.together} of {found.english_lines} "
                    f"aligned lines")
        if known is None and not _consistent(term, entry_type, found.korean):
            return None  # a name's Korean must read like it: Beijing is no 전력
        if known is None or known.korean == found.korean:
            return Suggestion(found.korean, "parallel" if known is None else
                              f"{known.origin}+parallel", known.deprecated if known else (),
                              evidence)
        # Aligned text never overrides what rules or the lexicon say: it is offered beside.
        return Suggestion(known.korean, known.origin, known.deprecated,
                          f"parallel text suggests {found.korean}: {evidence}")

    def _by_knowledge(self, term: str, entry_type: str, long_form: str) -> Suggestion | None:
        """A suggestion from rules, CLDR, the glossary and the lexicon (no aligned text)."""
        if entry_type in ("person", "place") and _is_japanese(term, entry_type):
            return _japanese(term, entry_type)
        composed = self.compose(long_form or term)
        if composed is not None:
            return composed
        if long_form and regex.fullmatch(r"[A-Z][A-Z0-9&]+s?", term):
            return Suggestion(term, "acronym")
        return None

    def compose(self, term: str) -> Suggestion | None:
        """The term built from known pieces, longest first; None if a word is unknown."""
        for connector in _CONNECTOR_ORDER:
            head, sep, tail = term.partition(connector)
            if sep and head and tail:
                # Korean puts the modifier first: head of the Office -> Office + head.
                first, second = self.compose(tail), self.compose(head)
                if first is None or second is None:
                    return None
                return _join([first, second])
        words = term.split()
        best: list[list[Suggestion] | None] = [None] * (len(words) + 1)
        best[0] = []
        for end in range(1, len(words) + 1):
            for start in range(end):
                if best[start] is None:
                    continue
                piece = self._piece(words[start:end])
                if piece is None:
                    continue
                candidate = best[start] + [piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
        pieces = best[len(words)]
        return _join(pieces) if pieces else None

    def _piece(self, words: list[str]) -> Suggestion | None:
        phrase = " ".join(words)
        forms = [phrase, " ".join(words[:-1] + [singular(words[-1])])]
        for form in forms:
            key = fold_term(form)
            if key in self.known:
                return Suggestion(self.known[key], "glossary")
            if key in LEXICON:
                return Suggestion(LEXICON[key], "lexicon")
        if phrase[:1].isupper() and korean_place(phrase):
            return Suggestion(korean_place(phrase), "cldr")
        if len(words) != 1:
            return None
        word = words[0]
        if word.lower() == "and":
            return Suggestion("·", "lexicon")
        if regex.fullmatch(r"[A-Z][A-Z0-9&]+s?|\d+", word):
            return Suggestion(word, "acronym")
        if word[:1].isupper() and _is_japanese(word):
            return _japanese(word)
        return None


# How alike (0-100) a name and its Korean from aligned text must sound (text.romanize).
MIN_SOUND_LIKENESS = 60


def _consistent(term: str, entry_type: str, korean: str) -> bool:
    """Aligned text's Korean for a name (a person, place or organization written with
    capitals) must sound like it; other terms are translated, not transliterated."""
    if entry_type not in ("person", "place", "organization") or not term[:1].isupper() \
            or not regex.search(r"\p{Hangul}", korean):
        return True
    return sounds_alike(term, korean) >= MIN_SOUND_LIKENESS


def _is_japanese(term: str, entry_type: str = "") -> bool:
    # China parses as romaji too: a place the lexicon knows has its Korean name there. An
    # English word (Senate, Bureau) is read as Japanese only in a person's name.
    words = term.replace("–", "-").split()
    return all(looks_japanese(w) and not is_korean_surname(w) and fold_term(w) not in LEXICON
               and (entry_type == "person" or not readings(w.lower()))
               for w in words)


def _japanese(term: str, entry_type: str = "") -> Suggestion | None:
    if entry_type == "person":
        term = family_name_first(term)
    try:
        result = transliterate(term)
    except ValueError:
        return None
    origin = "japanese-exception" if result.origin == "exception" else "japanese-rules"
    return Suggestion(result.standard, origin, tuple(result.nonstandard))


def _join(pieces: list[Suggestion]) -> Suggestion:
    text = ""
    for piece in pieces:
        if piece.korean == "·":
            text += "·"
        elif not text or text.endswith("·") or piece.korean in _SUFFIXES:
            text += piece.korean
        else:
            text += " " + piece.korean
    origins = {part for piece in pieces for part in piece.origin.split("+")}
    origin = "+".join(o for o in _SOURCE_ORDER if o in origins)
    # Non-standard spellings only make sense for a name transliterated whole.
    deprecated = pieces[0].deprecated if len(pieces) == 1 else ()
    return Suggestion(text, origin, deprecated)
