"""term.misspelled: words in no entry that are one edit from a distinctive glossary word."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex
from rapidfuzz.distance import OSA

from yongeo.glossary.model import Entry, EntryType, Status, Term
from yongeo.i18n import _
from yongeo.lint.findings import FileText, Finding, SpanMap
from yongeo.lint.rules import MISSPELLED, Policy
from yongeo.text.korean import decompose, is_particle_chain

# Shorter words collide with ordinary ones too often (중국/중구, Lee/Leo, national/rational).
MIN_NAME_SYLLABLES = 3
MIN_WORD_SYLLABLES = 4
MIN_NAME_LETTERS = 5
MIN_ACRONYM_LETTERS = 4
MIN_WORD_LETTERS = 10
# The standard library's engine: plain character classes over megabytes run faster there.
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_LATIN_CLASS = "[" + "".join(
    f"{chr(a)}-{chr(b)}" for a, b in ((0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xBA, 0xBA),
                                      (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F),
                                      (0x1E00, 0x1EFF))) + "]"
# Only words that could be misspellings are read out of the text: Hangul runs of at least
# MIN_NAME_SYLLABLES, Latin words that are capitalised (names, acronyms) or long. The
# leftmost-longest search starts them at the start of a run, so no look-behind is needed.
_HANGUL_CANDIDATE = re.compile(f"[\uac00-\ud7a3]{{{MIN_NAME_SYLLABLES},}}")
_LATIN_CANDIDATE = re.compile(
    f"(?:[A-Z\u00c0-\u00de]{_LATIN_CLASS}{{{MIN_NAME_LETTERS - 2},}}"
    f"|{_LATIN_CLASS}{{{MIN_WORD_LETTERS - 1},}})(?!{_LATIN_CLASS})")
_NAME_TYPES = frozenset({EntryType.PERSON.value, EntryType.PLACE.value})
# Entry types whose first word is a name (Yonhap, Waseda, Sejong), not an ordinary word.
_NAMED_TYPES = frozenset({EntryType.ORGANIZATION.value, EntryType.AGREEMENT.value,
                          EntryType.EVENT.value, EntryType.PUBLICATION.value})


@dataclass(frozen=True)
class Guess:
    """The glossary word a misspelt word is closest to."""

    word: str     # what the text has (the stem, without particles)
    correct: str  # the glossary's spelling of that word
    entry: Entry
    term: Term


@dataclass(frozen=True)
class _Word:
    correct: str
    entry: int
    term: int
    # "name" needs a capitalised token, "acronym" an upper-case one, "word" any case.
    kind: str


class Speller:
    """An index of the distinctive words of preferred and admitted terms. Latin words: a
    symmetric-deletion index (one deletion on each side finds one edit or one swap). Hangul
    words: one jamo edit always changes exactly one syllable, so words are indexed with
    each syllable in turn left out, and the odd syllable pair is then compared as jamo."""

    def __init__(self, entries: Sequence[Entry]):
        self.entries = tuple(entries)
        self._known: set[str] = set()
        self._words: list[_Word] = []
        self._forms: list[str] = []
        self._deletes: dict[str, list[int] | tuple[int, ...]] = {}
        seen: dict[tuple[str, str], int] = {}
        for e_index, entry in enumerate(self.entries):
            for t_index, term in enumerate(entry.terms):
                for position, (word, kind) in enumerate(_words(term.text)):
                    self._known.add(_key(word, kind))
                    if term.status is Status.DEPRECATED:
                        continue
                    if not _distinctive(word, kind, position, entry.type):
                        continue
                    form = _compared(word, kind)
                    wanted = "acronym" if word.isupper() else (
                        "name" if kind == "latin" and word[0].isupper() else "word")
                    if (form, wanted) in seen:
                        continue
                    seen[(form, wanted)] = len(self._words)
                    self._words.append(_Word(word, e_index, t_index, wanted))
                    self._forms.append(form)
                    variants = _holes(word) if kind == "hangul" else _deletions(form)
                    for variant in variants:
                        self._deletes.setdefault(variant, []).append(len(self._words) - 1)
        # Tuples load from the cache faster than lists; most variants have one word.
        self._deletes = {k: tuple(v) for k, v in self._deletes.items()}

    def guess(self, token: str, stems: dict[str, Guess | None] | None = None
              ) -> Guess | None:
        """The glossary word `token` (one run of Hangul or Latin letters) misspells, if any."""
        if "\uac00" <= token[0] <= "\ud7a3":
            if len(token) < MIN_NAME_SYLLABLES:
                return None
            forms = _stems(token)
            if any(f in self._known for f in forms):
                return None
            for form in forms:
                if stems is not None and form in stems:
                    found = stems[form]
                else:
                    found = self._nearest_hangul(form)
                    if stems is not None:
                        stems[form] = found
                if found:
                    return found
            return None
        upper = token[0].isupper()
        if len(token) < (MIN_NAME_LETTERS - 1 if upper else MIN_WORD_LETTERS - 1):
            return None  # nothing that short is indexed for this case
        if token.lower() in self._known or _plural_of_known(token, self._known):
            return None
        wanted = "acronym" if token.isupper() and len(token) > 1 else (
            "name" if upper else "word")
        return self._nearest(token, token.lower(), wanted)

    def _nearest_hangul(self, form: str) -> Guess | None:
        best: int | None = None
        for position, hole in enumerate(_holes(form)):
            for index in self._deletes.get(hole, ()):
                target = self._words[index].correct
                if len(target) != len(form) or (best is not None and index >= best):
                    continue
                if _syllable_distance(form[position], target[position]) == 1:
                    best = index
        if best is None:
            return None
        known = self._words[best]
        entry = self.entries[known.entry]
        return Guess(form, known.correct, entry, entry.terms[known.term])

    def _nearest(self, word: str, form: str, wanted: str) -> Guess | None:
        candidates: set[int] = set()
        for variant in (form, *_deletions(form)):
            candidates.update(self._deletes.get(variant, ()))
        best: tuple[int, int] | None = None
        for index in candidates:
            known = self._words[index]
            if not _fits(wanted, known.kind):
                continue
            target = self._forms[index]
            if target.startswith(form) or form.startswith(target):
                continue  # Korea / Korean, remain / remains: another word, not a typo
            distance = OSA.distance(form, target, score_cutoff=1)
            if distance == 1 and (best is None or index < best[1]):
                best = (distance, index)
        if best is None:
            return None
        known = self._words[best[1]]
        entry = self.entries[known.entry]
        return Guess(word, known.correct, entry, entry.terms[known.term])


def _fits(wanted: str, kind: str) -> bool:
    # A lower-case token never misspells a name (ordinary words would); a name may be
    # written in capitals (TAKAICHY) and still be a name.
    if kind == "word":
        return True
    if kind == "name":
        return wanted in ("name", "acronym")
    return wanted == "acronym"


def _words(text: str) -> Iterator[tuple[str, str]]:
    for match in regex.finditer(r"[\uac00-\ud7a3]+|\p{Latin}+", text):
        word = match.group()
        yield word, "hangul" if "\uac00" <= word[0] <= "\ud7a3" else "latin"
    joined = regex.sub(r"\s+", "", text)
    if " " in text and _HANGUL_WORD.fullmatch(joined):
        yield joined, "hangul"  # 조세이탄광 written together is no misspelling


def _key(word: str, kind: str) -> str:
    return word if kind == "hangul" else word.lower()


def _compared(word: str, kind: str) -> str:
    return decompose(word) if kind == "hangul" else word.lower()


def _distinctive(word: str, kind: str, position: int, entry_type: str) -> bool:
    """Names and long words only: a one-letter slip from them is unlikely to be a real word."""
    named = entry_type in _NAME_TYPES or (entry_type in _NAMED_TYPES and position == 0)
    if kind == "hangul":
        need = MIN_NAME_SYLLABLES if named else MIN_WORD_SYLLABLES
        return len(word) >= need
    if word.isupper():
        return len(word) >= MIN_ACRONYM_LETTERS
    if word[0].isupper():
        return named and len(word) >= MIN_NAME_LETTERS
    return len(word) >= MIN_WORD_LETTERS


def _plural_of_known(token: str, known: set[str]) -> bool:
    lower = token.lower()
    return any(lower.endswith(end) and lower[:-len(end)] + add in known
               for end, add in (("s", ""), ("es", ""), ("ies", "y")))


def _holes(word: str) -> list[str]:
    """The word with each syllable in turn replaced by a hole."""
    return [f"{word[:i]}\x00{word[i + 1:]}" for i in range(len(word))]


@lru_cache(maxsize=65536)
def _syllable_distance(a: str, b: str) -> int:
    return OSA.distance(decompose(a), decompose(b))


@lru_cache(maxsize=4096)
def _particle_tail(tail: str) -> bool:
    return is_particle_chain(tail)


def _stems(token: str) -> list[str]:
    """The token and its stems before a particle chain, longest first, of three syllables
    or more (nothing shorter is indexed)."""
    stems = [token]
    for cut in range(len(token) - 1, MIN_NAME_SYLLABLES - 1, -1):
        if _particle_tail(token[cut:]):
            stems.append(token[:cut])
    return stems


def _deletions(form: str) -> list[str]:
    return [form[:i] + form[i + 1:] for i in range(len(form))]


@dataclass(frozen=True)
class Misspelling:
    """A likely misspelt word at [start, end) of a working text."""

    start: int
    end: int
    guess: Guess


def find_misspellings(text: str, speller: Speller, memo: dict[str, Guess | None],
                      taken: Iterable[tuple[int, int]] = (), lang: str | None = None
                      ) -> list[Misspelling]:
    """Words of `text` in no entry but one edit from a glossary word; words inside the
    `taken` spans (terms already found) are not looked at. Each distinct word is looked up
    once per run (`memo`), and only the flagged ones are then located. An English text
    (`lang` "en") is read for Latin words only; a Korean one for both scripts."""
    flagged: dict[str, Guess] = {}
    # Stems (a word without its particles) are shared by many words: 외교를, 외교의, ...
    stems = memo.setdefault(_STEMS, {})  # type: ignore[assignment]
    patterns = (_LATIN_CANDIDATE,) if lang == "en" else (_HANGUL_CANDIDATE, _LATIN_CANDIDATE)
    for pattern in patterns:
        for token in set(pattern.findall(text)):
            if token in memo:
                guess = memo[token]
            else:
                guess = memo[token] = speller.guess(token, stems)
            if guess is not None:
                flagged[token] = guess
    if not flagged:
        return []
    taken_spans = sorted(taken)
    found = []
    for start, end, token in _occurrences(text, flagged):
        guess = flagged[token]
        end = start + len(guess.word)
        if not _overlaps(taken_spans, start, end):
            found.append(Misspelling(start, end, guess))
    return found


def _occurrences(text: str, flagged: dict[str, Guess]) -> list[tuple[int, int, str]]:
    """Where the flagged words are: the candidate words read again, with positions, by the
    pattern of each script that has a flagged word."""
    out = []
    for pattern, hangul in ((_HANGUL_CANDIDATE, True), (_LATIN_CANDIDATE, False)):
        if not any(_is_hangul_char(t[0]) is hangul for t in flagged):
            continue
        for match in pattern.finditer(text):
            token = match.group()
            if token in flagged:
                out.append((match.start(), match.end(), token))
    out.sort()
    return out


_STEMS = "\x00stems"  # the memo's slot for stem lookups (no word can be this)


def _is_hangul_char(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"



def check_spelling(file: FileText, misspellings: Iterable[Misspelling], policy: Policy,
                   span: SpanMap | None = None) -> list[Finding]:
    """term.misspelled findings for misspellings found in a working text of `file`."""
    if not policy.enabled(MISSPELLED.id):
        return []
    findings = []
    for miss in misspellings:
        guess = miss.guess
        if guess.term.text == guess.correct:
            message = _("'{found}' is in no entry; did you mean '{correct}'?").format(
                found=guess.word, correct=guess.correct)
        else:
            message = _("'{found}' is in no entry; did you mean '{correct}' (as in "
                        "'{term}')?").format(found=guess.word, correct=guess.correct,
                                             term=guess.term.text)
        extra = {"span": span} if span else {}
        findings.append(file.finding(MISSPELLED.id, policy.severity(MISSPELLED.id),
                                     miss.start, miss.end, message, entry=guess.entry,
                                     found=guess.word, suggestion=guess.correct, **extra))
    return findings


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(spans, (start, float("inf"))) - 1
    if index >= 0 and spans[index][1] > start:
        return True
    return index + 1 < len(spans) and spans[index + 1][0] < end
