"""term.misspelled: rare words in no entry that are one edit from a distinctive glossary word."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import regex
from rapidfuzz.distance import OSA

from yongeo.glossary.model import Entry, EntryType, Status, Term
from yongeo.i18n import _
from yongeo.lint.findings import FileText, Finding, Severity, SpanMap
from yongeo.lint.rules import MISSPELLED, Policy
from yongeo.match import SEPARATOR, separated_starts
from yongeo.text.english import heads_organization_name
from yongeo.text.korean import (
    COPULA_FORM_STARTS,
    LIGHT_VERBS,
    LONGEST_PARTICLE_CHAIN,
    PARTICLE_STARTS,
    conjugates,
    decompose,
    is_copula_form,
    is_particle_chain,
    office_sibling,
    phrase_written_solid,
    strip_particles,
    verb_stem,
)
from yongeo.text.normalize import WORD_GAP, without_marks, written_as_word
from yongeo.text.places import PLACE_KIND_SYLLABLES, without_place_suffix
from yongeo.text.romanize import transcription_score

# Shorter words collide with ordinary ones too often (중국/중구, Lee/Leo, national/rational).
# A two-syllable Korean word (암호, 버전) is distinctive only as a whole term of its own: one
# syllable of a longer term (세포 of 줄기 세포) meets too many names (세페) and words.
MIN_NAME_SYLLABLES = 3
# A name of this many syllables (서울, 도쿄) is looked for misspelt only in place of itself:
# where a pair's source names it, the draft piece does not, and the word is in no word list
# (a short guess: named_by_source); 미군, 중구 and 도교 are words of their own.
SHORT_NAME_SYLLABLES = 2
MIN_WORD_SYLLABLES = 2
WHOLE_TERM_SYLLABLES = 3
# The shortest end of a compound looked at for a slip (데이토 of 메타데이토).
COMPOUND_END_SYLLABLES = 3
# The shortest Korean word looked at, whatever its entry type.
_MIN_HANGUL = min(MIN_NAME_SYLLABLES, MIN_WORD_SYLLABLES)
MIN_NAME_LETTERS = 5
MIN_ACRONYM_LETTERS = 4
MIN_WORD_LETTERS = 10
# No word of a glossary is longer: longer ones are not indexed, so the per-word work (one
# variant per letter, each as long as the word) stays bounded, whatever a glossary holds.
MAX_WORD_LENGTH = 64
# A word seen this many times in the files of one run is written so on purpose: an
# established word of those files, not a slip (a slip is rare where it occurs).
ESTABLISHED_COUNT = 3
# A Korean word that is, as a whole, one edit from a glossary word is a misspelling unless
# it reads as a frequent word with particles or endings: a stem at least this frequent in
# wordfreq (ten in a million words: 한국 5.9, 설정 5.0, but not fragments such as 메시 3.6
# or 레바 3.3 that the lists hold because their tokenizer cut longer words there).
WHOLE_WORD_STEM_ZIPF = 4.0
# The longest particle chain after a Korean stem.
_MAX_TAIL = LONGEST_PARTICLE_CHAIN
# The standard library's engine: plain character classes over megabytes run faster there.
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_LATIN_CLASS = "[" + "".join(
    f"{chr(a)}-{chr(b)}" for a, b in ((0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xBA, 0xBA),
                                      (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F),
                                      (0x1E00, 0x1EFF))) + "]"
# Only words that could be misspellings are read out of the text: Hangul runs of at least
# MIN_NAME_SYLLABLES, Latin words that are capitalised (names, acronyms) or long. The
# leftmost-longest search starts them at the start of a run, so no look-behind is needed.
_HANGUL_CANDIDATE = re.compile(f"[\uac00-\ud7a3]{{{_MIN_HANGUL},}}")
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
    # For a word indexed only as part of its terms (Security of National Security Office):
    # a guess for each such term, with the term's words before and after the word, which
    # must stand around the slip as written (_in_frame); the first that does is the guess.
    frame: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    framed: tuple[Guess, ...] = ()
    # A short name's guess (SHORT_NAME_SYLLABLES): it holds only in place of the name.
    short: bool = False


@dataclass(frozen=True, slots=True)
class _Word:
    correct: str
    entry: int
    term: int
    # "name" needs a capitalised token, "acronym" an upper-case one, "word" any case.
    kind: str
    # The word's position in its term, for a word that counts only inside it (_in_frame).
    position: int | None = None
    # A short name (SHORT_NAME_SYLLABLES), looked for only in place of itself.
    short: bool = False


# One-syllable nouns of a kind written onto a name: a place's (나라시, 나라현, 이키섬:
# text.places.PLACE_KIND_SYLLABLES), a province's (도), a university's (와세다대, 고려대), a
# castle's (구마모토성). A word that is such a name without its kind, particles after it
# (와세다도, 'Waseda too'), is the name, no slip of the longer one.
_KIND_SYLLABLES = (*PLACE_KIND_SYLLABLES, "도", "대", "성")


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
        self._deletes: dict[str, list[int] | tuple[int, ...] | int] = {}
        # The longest indexed word of each script: a longer token cannot be one edit away.
        self._longest = {"hangul": 0, "latin": 0}
        seen: dict[tuple[str, str], int] = {}
        for e_index, entry in enumerate(self.entries):
            for t_index, term in enumerate(entry.terms):
                words = list(_words(term.text))
                for position, (word, kind) in enumerate(words):
                    self._known.add(_key(word, kind))
                    if term.status is Status.DEPRECATED:
                        continue
                    whole = len(words) == 1
                    framed = None
                    short = False
                    if not _distinctive(word, kind, position, entry.type, whole) or (
                            _korean_given_name(entry.type, kind, position, term.text)):
                        short = _short_name(word, kind, entry.type, whole)
                        if not short and not _framed(word, kind, words, term.text):
                            continue
                        if not short:
                            framed = term.text.split().index(word)
                    if len(word) > MAX_WORD_LENGTH:
                        continue
                    form = _compared(word, kind)
                    wanted = "acronym" if word.isupper() else (
                        "name" if kind == "latin" and word[0].isupper() else "word")
                    # A framed word once per term it is in, each with its own frame.
                    key = (form, wanted) if framed is None else (form, wanted, e_index, t_index)
                    if key in seen:
                        continue
                    seen[key] = len(self._words)
                    self._words.append(_Word(word, e_index, t_index, wanted, framed, short))
                    self._longest[kind] = max(self._longest[kind], len(word))
                    self._forms.append(form)
                    # Latin: the word itself too, which a word one letter longer (Tshushima
                    # for Tsushima) reaches by one deletion of its own.
                    variants = _holes(word) if kind == "hangul" else [form, *_deletions(form)]
                    for variant in variants:
                        self._deletes.setdefault(variant, []).append(len(self._words) - 1)
        # Most variants have one word: its index alone, a tuple of several (_indexed).
        # Tuples and integers load from the cache faster than lists, and a one-word tuple
        # for each of a 20,000-entry glossary's 225,000 variants would cost 10 MiB.
        self._deletes = {k: v[0] if len(v) == 1 else tuple(v)
                         for k, v in self._deletes.items()}
        # The first words of the Korean terms written in two words or more (파일 of 파일 이름),
        # whose joined form is indexed: where spaced_slips looks at two words together. Not
        # a person's or place's: each word of a name is compared on its own (사나에).
        # And the first two syllables of a concept's term of four or more written solid,
        # which writers space as two words (셔틀외교: 셔틀 외교, 셔틀 왜교 its slip).
        self.spaced_heads = frozenset(
            term.text.split()[0] for entry in self.entries if entry.type not in _NAME_TYPES
            for term in entry.terms
            if term.lang == "ko" and term.status is not Status.DEPRECATED
            and len(term.text.split()) > 1 and _HANGUL_WORD.fullmatch(term.text.split()[0])
        ) | frozenset(  # the first word of a pair inside a longer term (신원 of DNA 신원 확인)
            first for entry in self.entries if entry.type not in _NAME_TYPES
            for term in entry.terms
            if term.lang == "ko" and term.status is not Status.DEPRECATED
            for first, _second in _inner_pairs(term.text)
        ) | frozenset(
            term.text[:2] for entry in self.entries
            if entry.type == EntryType.CONCEPT.value for term in entry.terms
            if term.lang == "ko" and term.status is not Status.DEPRECATED
            and len(term.text) >= _SOLID_SPLIT and _HANGUL_WORD.fullmatch(term.text))
        # Their second words (교류 of 인적 교류), and those of the pairs inside longer terms:
        # a slip in the first word (인젹 교류) is read beside the second, as the joined form.
        tails: dict[str, set[str]] = {}
        for entry in self.entries:
            if entry.type in _NAME_TYPES:
                continue
            for term in entry.terms:
                if term.lang != "ko" or term.status is Status.DEPRECATED:
                    continue
                words = term.text.split()
                if len(words) == 2 and _HANGUL_WORD.fullmatch(words[1]):
                    tails.setdefault(words[1][0], set()).add(words[1])
                for _first, second in _inner_pairs(term.text):  # 확인 of DNA 신원 확인
                    tails.setdefault(second[0], set()).add(second)
        self.spaced_tails = {first: tuple(found) for first, found in tails.items()}
        self._names = _name_spellings(self.entries)
        # Built when first asked for (frame_slips): the words beside which a framed word's
        # short slip is looked for; False until then (None: built, and no framed word). A
        # plain value, since the speller is pickled into the compiled glossary's cache.
        self._frames: object = False

    def frame_slips(self, text: str, memo: dict) -> list[Misspelling]:
        """The short lower-case slips of a framed word (shutle of shuttle diplomacy, exhange
        of cultural exchange), where the term's other words stand around them as written:
        shorter than the candidates word_tokens reads (MIN_WORD_LETTERS - 1 letters, where a
        slip is any word's), a word is read only beside a word it is framed by, found by one
        scan for those words (an Aho-Corasick automaton of them). Each word is guessed once
        per run (`memo`, as the other words are)."""
        automaton = self._frame_index()
        if automaton is None:
            return []
        seen = memo.setdefault(_FRAMED, {})
        found = []
        for end, (word, roles) in automaton.iter(text):
            end += 1
            start = end - len(word)
            if (start and (text[start - 1].isalnum() or text[start - 1] in "-'’")) or (
                    end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue  # inside a longer word
            for role in roles:
                if role == "next":  # the slip stands before the word
                    match = _SLIP_BEFORE.search(text, max(0, start - 40), start)
                else:
                    match = _SLIP_AFTER.match(text, end)
                if match is None:
                    continue
                token = match.group(1)
                if token not in seen:
                    seen[token] = self._framed_short(token)
                guess = seen[token]
                if guess is None:
                    continue
                slip_start, slip_end = match.span(1)
                guess = next((g for g in guess.framed
                              if _in_frame(text, slip_start, slip_end, g.frame)), None)
                if guess is not None:
                    found.append(Misspelling(slip_start, slip_end, guess))
        return sorted(set(found), key=lambda m: m.start)

    def _frame_index(self):
        """The automaton of the words around framed lower-case words (as the term writes
        them, lower-case and capitalised), each with its roles: the word after a framed
        word (next), before it (previous), or both; None for a glossary with no framed
        word."""
        if self._frames is False:
            import ahocorasick

            roles: dict[str, set[str]] = {}
            for known in self._words:
                if known.position is None or known.kind != "word":
                    continue
                parts = self.entries[known.entry].terms[known.term].text.split()
                for index, role in ((known.position + 1, "next"),
                                    (known.position - 1, "previous")):
                    if 0 <= index < len(parts):
                        written = parts[index]  # as the term writes it (Korea-Japan) too
                        word = written.lower()
                        for form in {written, word, word[:1].upper() + word[1:]}:
                            roles.setdefault(form, set()).add(role)
            automaton = None
            if roles:
                automaton = ahocorasick.Automaton()
                for form, kinds in roles.items():
                    automaton.add_word(form, (form, tuple(sorted(kinds))))
                automaton.make_automaton()
            self._frames = automaton
        return self._frames

    def _framed_short(self, token: str) -> Guess | None:
        """A framed guess for a short lower-case word (frame_slips): one edit from a framed
        word, in no entry and no inflection of one."""
        if token in self._known or _plural_of_known(token, self._known):
            return None
        found = self._nearest(token, token, "word")
        return self._confirmed(token, found) if found is not None and found.framed else None

    def name_slips(self, text: str, lang: str | None = None) -> list[Misspelling]:
        """A person's name written otherwise than the glossary writes it: in English, a
        romanised name with its given name's syllables joined otherwise (Lee Jae Myung, Lee
        Jaemyung for Lee Jae-myung: text.english_names.given_name_spellings), not a form an
        entry accepts in either order, suggested in the order the text writes it (Jae Myung
        Lee -> Jae-myung Lee); in Korean, a name of two words the other way round (사나에
        다카이치 for 다카이치 사나에: Korean writes the glossary's order)."""
        korean = lang == "ko"
        compiled = self._names["ko" if korean else "en"]
        if compiled is None:
            return []
        from yongeo.text.english_names import name_orders, same_given_name
        from yongeo.text.korean_names import family_spellings

        pattern, people = compiled
        found = []
        for match in pattern.finditer(text):
            entry, term, given = people[match.lastgroup]
            word = " ".join(match.group().split())  # a line's end between its words too
            # Hepburn's macrons (Koizumi Shinjirō) write the glossary's name.
            plain = word if word.isascii() else without_marks(word)
            if any(plain in (t.text, *(() if korean else name_orders(t.text)))
                   for t in entry.terms if t.status is not Status.DEPRECATED):
                continue
            sourced = False
            if not korean and given is None and not self._near_slip(word, term.text):
                continue  # the surname beside another given name: another person
            surname, _, written = word.partition(" ")
            # Another romanisation of the surname's Hangul (Jo for Cho) is a slip only
            # beside the same given name (Jo Hyun); beside another, another person.
            if (not korean and given and surname != term.text.split()[0]
                    and word.split()[-1] != term.text.split()[0]
                    and not (written == term.text.split(" ", 1)[1]
                             or same_given_name(written, given))):
                continue
            # Read back: another romanisation of the same Hangul (Hyeon, Jae-myeong) is a
            # slip; one letter otherwise (Hyung for Hyun) only where a source names the
            # person (Misspelling.sourced); anything else is another person (Hwan).
            if (given and surname == term.text.split()[0] and written
                    and not same_given_name(written, given)):
                if _letters_apart(written, term.text.split(" ", 1)[1]) > 1:
                    continue
                sourced = True
            correct = term.text
            if not korean and surname not in family_spellings(term.text.split()[0]):
                correct = name_orders(term.text)[0]  # the given name first, as written
            found.append(Misspelling(match.start(), match.end(),
                                     Guess(word, correct, entry, term), True, sourced))
        return found

    @staticmethod
    def _near_slip(word: str, name: str) -> bool:
        """For a name of no Korean given name (Kihara Minoru), whether `word`, the surname
        beside a given name in either order, writes that given name with a slip
        (text.english_names.near_given_name); a name whose given name is romanised Korean
        (Lee Jae-myung) is matched only as written otherwise, and passes."""
        from yongeo.text.english_names import near_given_name

        surname, given = name.split(" ", 1)
        if "-" in given:
            return True  # Lee Jae Myung: matched only as written otherwise
        first, _, second = word.partition(" ")
        written = second if first == surname else first
        return near_given_name(written, given)

    def guess(self, token: str, stems: dict[str, Guess | None] | None = None
              ) -> Guess | None:
        """The glossary word `token` (one run of Hangul or Latin letters) misspells, if any:
        a word one edit from a distinctive glossary word that is no common word of the
        language (text.frequency), without its particles or inflection, and no inflection
        of a glossary word."""
        return self._confirmed(token, self._candidate(token, stems))

    def spaced_guess(self, first: str, second: str, stems: dict[str, Guess | None] | None
                     ) -> Guess | None:
        """The term of two words or more that `first` and `second`, written apart, misspell
        as one word (파일 + 이룸 for 파일 이름): guess's rules for the joined word, and only
        a stem reaching into the second word, compared with the joined forms of such terms."""
        joined = first + second
        if len(joined) > self._longest["hangul"] + _MAX_TAIL:
            return None
        forms = [f for f in _stems(joined, self._longest["hangul"]) if len(f) > len(first)]
        if any(f in self._known for f in forms):
            return None
        for form in forms:
            found = self._nearest_remembered(form, stems)
            # The term's joined form, reaching into its second word: not a slip of its first
            # word alone (한일 정상은, the leaders of the two, is no 한일중 of 한일중 정상회의).
            if found is not None and (_reaches_second(found)
                                      or _solid_spaced(found, first)):
                return self._confirmed(joined, found)
        return None

    def _confirmed(self, token: str, guess: Guess | None) -> Guess | None:
        """`guess` for `token`, unless the token is a common word or an inflection."""
        if guess is None:
            return None
        # Imported here: lemminflect's tables and wordfreq cost a second at start-up, and
        # most runs have no candidate at all.
        from yongeo.text.analysers import dictionary_noun
        from yongeo.text.english import american_spelling, lemmas
        from yongeo.text.frequency import (
            common_words,
            derived_from_frequent,
            is_common,
            predicate_stems,
            two_frequent_words,
        )
        if _is_hangul_char(token[0]):
            if phrase_written_solid(token) and not phrase_written_solid(guess.correct):
                return None  # 한번도 for 한 번도, 가있는 for 가 있는: no 한반도, no 가입
            if guess.short and (common_words("ko").get(guess.word) is not None
                                or not token.startswith(guess.word)):
                return None  # 미군 for 미국, 도교 for 도쿄: a word of its own
            if (len(guess.word) < WHOLE_TERM_SYLLABLES and not guess.short
                    and _particle_tail(guess.word[1:])):
                return None  # 이를 for 이름: the pronoun 이 and the particle 를
            if office_sibling(guess.word, guess.correct):
                return None  # 외무상 beside 외무성: the minister of the ministry
            named = guess.entry.type in _NAME_TYPES or guess.entry.type in _NAMED_TYPES
            if (not named and (verb_stem(guess.correct) or guess.entry.pos == "verb")
                    and set(predicate_stems(guess.word)) & set(predicate_stems(guess.correct))):
                return None  # 건너뛰고 for 건너뛰기: the same verb, another ending
            if not token.startswith(guess.word):  # the end of a compound (_compound_end)
                # The head a frequent word on its own (메타, Zipf 4.1), not a fragment of a
                # transcribed name (데바 of 데바나가리, 3.3); the end no word of its own.
                head = token[:token.rfind(guess.word)]
                if is_common(guess.word, "ko", predicate=False,
                             stem_zipf=WHOLE_WORD_STEM_ZIPF,
                             shorter_than=len(guess.word)) or not is_common(
                        head, "ko", predicate=False, stem_zipf=WHOLE_WORD_STEM_ZIPF,
                        shorter_than=len(head) + 1):
                    return None  # 멀티프로세스 ends in a word; 대시보드 is no 대 + 시보드
            # A word one edit from a term is read as a shorter stem and particles (메시자
            # as 메시 + 자) only when that stem is a frequent word (한국이 as 한국 + 이).
            if is_common(token, "ko", predicate=not named, stem_zipf=WHOLE_WORD_STEM_ZIPF,
                         shorter_than=len(guess.word)):
                # As an English word's (below): a slip into a common word still holds inside
                # the name it is one jamo from, the name's other words around it (조사이 탄광
                # for 조세이 탄광; 조사이 alone is 조사 and a particle).
                return _framed_by_term(guess) if token == guess.word else None
            # Two frequent words written together (이해관계가: 이해 + 관계, one jamo from
            # 이해관계자) are a compound the lists cut; a word too rare for the lists that an
            # installed analyser's dictionary holds (유휴, one jamo from 유해) is a word.
            if (two_frequent_words(token) or derived_from_frequent(token)
                    or dictionary_noun(guess.word)):
                return None  # 정상화의: 정상 + 화, a word
            return guess
        forms = lemmas(token)
        if any(form in self._known for form in forms):
            return None  # interpreted, interpreters: another form of a known word
        if is_common(token, "en"):
            # A common word is a slip only inside the name it is one letter from, the name's
            # other words around it as written (Josie coal mine for Josei coal mine), as a
            # guess already framed is (Industry inside Mitsubishi Heavy Industry).
            return guess if guess.framed else _framed_by_term(guess)
        american = american_spelling(token)
        correct = american_spelling(guess.correct)
        if american == correct or not (forms | lemmas(american)).isdisjoint(
                lemmas(guess.correct) | lemmas(correct)):
            return None  # institutionalizes, institutionalised: one verb's forms, spellings
        return guess

    def _candidate(self, token: str, stems: dict[str, Guess | None] | None
                   ) -> Guess | None:
        if _is_hangul_char(token[0]):
            # One jamo edit keeps the syllable count, so a stem is at most as long as the
            # longest indexed word; particles add at most _MAX_TAIL syllables after it.
            if not _MIN_HANGUL <= len(token) <= self._longest["hangul"] + _MAX_TAIL:
                return None
            forms = _stems(token, self._longest["hangul"])
            if any(f in self._known for f in forms):
                return None
            if any(f + kind in self._known for f in forms[1:] for kind in _KIND_SYLLABLES):
                return None  # 와세다도: 와세다 (of 와세다대) + 도, the name without its kind
            for form in forms:
                found = self._nearest_remembered(form, stems)
                if found:
                    return found
            placed = self._place_with_suffix(forms, stems)
            if placed is not None:
                return placed
            if len(token) < 2 + COMPOUND_END_SYLLABLES:  # no head and end in it
                return None
            return self._compound_end(_stems(token, len(token)), stems)
        return self._latin_candidate(token)

    def _place_with_suffix(self, forms: Sequence[str], stems: dict[str, Guess | None] | None
                     ) -> Guess | None:
        """A place's slip with a place's suffix or two before its particles (서을행, bound
        for 서울; 후쿠사마현산, from the prefecture: text.places.without_place_suffix), as the
        matcher reads the place itself there: a short place's guess holds only in place of
        the name, a longer one wherever a place's is."""
        for form in forms:
            place = without_place_suffix(form)
            if place is not None and place not in self._known:
                place = without_place_suffix(place) or place  # 현 and then 산: 후쿠시마현산
            if place is None or place in self._known:
                continue
            found = self._nearest_remembered(place, stems)
            if (found is not None and found.entry.type == EntryType.PLACE.value
                    and (found.short or len(place) > SHORT_NAME_SYLLABLES)):
                return found
        return None

    def _nearest_remembered(self, form: str, stems: dict[str, Guess | None] | None
                            ) -> Guess | None:
        if stems is not None and form in stems:
            return stems[form]
        found = self._nearest_hangul(form)
        if stems is not None:
            stems[form] = found
        return found

    def _compound_end(self, forms: Sequence[str], stems: dict[str, Guess | None] | None
                      ) -> Guess | None:
        """A slip in the word ending a compound (메타데이토 for 메타데이터): the last syllables
        of a stem (`forms`: stems of any length, a compound being longer than any glossary
        word), COMPOUND_END_SYLLABLES or more after a head of two or more (which guess
        asks to be a frequent word: 메타, not the 대 of 대시보드), one edit from a common noun
        of the glossary (a name inside a longer word is another name: 오오사카)."""
        longest = self._longest["hangul"]
        for form in forms:
            for cut in range(max(2, len(form) - longest), len(form) - COMPOUND_END_SYLLABLES + 1):
                found = self._nearest_remembered(form[cut:], stems)
                if found and found.entry.type not in _NAME_TYPES | _NAMED_TYPES:
                    return found
        return None

    def _latin_candidate(self, token: str) -> Guess | None:
        upper = token[0].isupper()
        if len(token) < (MIN_NAME_LETTERS - 1 if upper else MIN_WORD_LETTERS - 1):
            return None  # nothing that short is indexed for this case
        if len(token) > self._longest["latin"] + 1:
            return None  # one insertion makes a word at most one letter longer
        if token.lower() in self._known or _plural_of_known(token, self._known):
            return None
        if not token.isascii() and without_marks(token).lower() in self._known:
            return None  # Chōsei, Tōkyō: Hepburn's long vowels marked, the word itself
        wanted = "acronym" if token.isupper() and len(token) > 1 else (
            "name" if upper else "word")
        return self._nearest(token, token.lower(), wanted) or (
            self._inflected_in_name(token) if upper else self._plural_slip(token, wanted))

    def _plural_slip(self, token: str, wanted: str) -> Guess | None:
        """A slip in the plural of a glossary word (goverments for governments, of local
        government): the token without its -s one edit from the word, which is indexed in
        the singular only; the guess is the word's plural. Not a word of a framed term,
        whose slips count inside the term as written."""
        from yongeo.text.english import plural

        if not token.endswith("s") or token.endswith("ss") or len(token) < MIN_WORD_LETTERS:
            return None
        found = self._nearest(token[:-1], token[:-1].lower(), wanted)
        if found is None or found.frame is not None or found.framed:
            return None
        correct = plural(found.correct)
        return replace(found, word=token, correct=correct) if correct else None

    def _inflected_in_name(self, token: str) -> Guess | None:
        """A capitalised word that is a name's word in another number (Industry for the
        Industries of Mitsubishi Heavy Industries, Force for Self-Defense Forces): a slip only
        inside the name, its other words around it as written (a framed guess)."""
        from yongeo.text.english import plural, singular_forms

        lower = token.lower()
        others = {plural(lower), *singular_forms(lower)[1:]} - {None, lower}
        if self._known.isdisjoint(others):
            return None  # most words: no name's word in another number
        # A Latin word is indexed under its own form too (see __init__); each name that holds
        # it frames a guess (Studies of two institutes' names).
        guesses = tuple(self._guess(token, index) for other in others
                        for index in self._indexed(other)
                        if self._forms[index] == other
                        and self._words[index].position is not None
                        and not self._hyphened(index))
        return replace(guesses[0], frame=None, framed=guesses) if guesses else None

    def _indexed(self, variant: str) -> tuple[int, ...]:
        """The indexes of the words a variant (a deletion, a hole) is indexed under."""
        found = self._deletes.get(variant, ())
        return (found,) if type(found) is int else found

    def _hyphened(self, index: int) -> bool:
        """Whether the term of an indexed word holds a word with a hyphen (Self-Defense
        Forces): such a name may have kin in the other number (the Air Self-Defense Force),
        so a word of it in another number is not read as a slip."""
        known = self._words[index]
        return "-" in self.entries[known.entry].terms[known.term].text

    def count_keys(self, token: str) -> Sequence[str]:
        """The keys under which a token is counted: a Korean token's stems (as guess reads
        them), a Latin token in lower case; none for a token too long to be flagged."""
        if _is_hangul_char(token[0]):
            if len(token) > self._longest["hangul"] + _MAX_TAIL:
                return ()
            return _stems(token, self._longest["hangul"])
        if len(token) > self._longest["latin"] + 1:
            return ()
        return (token.lower(),)

    def _nearest_hangul(self, form: str) -> Guess | None:
        best: int | None = None
        for position, hole in enumerate(_holes(form)):
            for index in self._indexed(hole):
                target = self._words[index].correct
                if len(target) != len(form) or (best is not None and index >= best):
                    continue
                if _syllable_distance(form[position], target[position]) == 1:
                    best = index
        if best is None:
            return None
        known = self._words[best]
        entry = self.entries[known.entry]
        return Guess(form, known.correct, entry, entry.terms[known.term], short=known.short)

    def _nearest(self, word: str, form: str, wanted: str) -> Guess | None:
        candidates: set[int] = set()
        for variant in (form, *_deletions(form)):
            candidates.update(self._indexed(variant))
        best: int | None = None
        framed: list[int] = []
        for index in candidates:
            known = self._words[index]
            if not _fits(wanted, known.kind):
                continue
            target = self._forms[index]
            if (target.startswith(form) or form.startswith(target)) and not _doubled_end(
                    form, target):
                continue  # Korea / Korean, remain / remains: another word, not a typo
            if OSA.distance(form, target, score_cutoff=1) != 1:
                continue
            if known.position is not None:
                framed.append(index)
            elif best is None or index < best:
                best = index
        if best is not None:
            return self._guess(word, best)
        if not framed:
            return None
        guesses = tuple(self._guess(word, index) for index in sorted(framed))
        return replace(guesses[0], frame=None, framed=guesses)

    def _guess(self, word: str, index: int) -> Guess:
        known = self._words[index]
        entry = self.entries[known.entry]
        term = entry.terms[known.term]
        frame = None if known.position is None else _frame(term.text, known.position)
        return Guess(word, known.correct, entry, term, frame)


def _doubled_end(form: str, target: str) -> bool:
    """Whether `form` is `target` with its last letter written twice (Takaichii for
    Takaichi): a slip of the hand, where another letter after the word makes another word
    (Korean for Korea, remains for remain)."""
    return len(form) == len(target) + 1 and form[-1] == form[-2] == target[-1]


def _framed_by_term(guess: Guess) -> Guess | None:
    """`guess` made to hold only where its term's other words stand around the slip (a
    framed guess: _in_frame), for a word of a term of several Latin words; None for a word
    that is its term, or already framed."""
    if guess.frame is not None or guess.framed:
        return None
    parts = guess.term.text.split()
    if len(parts) < 2 or guess.correct not in parts or not all(
            part.replace("-", "").isalpha() for part in parts):
        return None
    frame = _frame(guess.term.text, parts.index(guess.correct))
    return replace(guess, framed=(replace(guess, frame=frame),))


def _frame(term: str, position: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A term's words before and after its word at `position`: what must stand around a
    slip of that word (_in_frame)."""
    parts = term.split()
    return tuple(parts[:position]), tuple(parts[position + 1:])


def _framed(word: str, kind: str, words: list[tuple[str, str]], term: str) -> bool:
    """Whether an ordinary word of a term of several Latin words (Security of National
    Security Office, relations of Korea-Japan relations) is indexed to be found misspelt
    inside that term only (_in_frame): the term's other words, as written around it, make a
    slip of it unmistakable where the word alone would be any word's (Secruity, realtions),
    and so for a capitalised word of four letters, too short to be indexed alone (Sato mine
    for Sado mine: Sato is a name of its own). A shorter lower-case word is read as a candidate only where a sentence's capital opens
    it (Shutle diplomacy: _LATIN_CANDIDATE reads lower-case words from MIN_WORD_LETTERS - 1
    letters on)."""
    # A word the term's spaces part off, so that its position is its place between the
    # others (Korea-Japan, one of them).
    parts = term.split()
    shortest = MIN_NAME_LETTERS - 1 if word[:1].isupper() else MIN_NAME_LETTERS
    if kind != "latin" or len(word) < shortest or len(parts) < 2 or word not in parts:
        return False
    return all(k == "latin" for _w, k in words)


# The words of a framed term around a slip: WORD_GAP between words.
# A short lower-case word right before or after a framing word (Speller.frame_slips): four
# letters (a five-letter word with one left out) to eight.
_SLIP_BEFORE = re.compile(rf"(?<![\w\-'’])([a-z]{{4,8}})(?:{WORD_GAP})$")
_SLIP_AFTER = re.compile(rf"(?:{WORD_GAP})([a-z]{{4,8}})(?![\w\-])")


def _in_frame(text: str, start: int, end: int, frame: tuple[tuple[str, ...], tuple[str, ...]]
              ) -> bool:
    """Whether the term's other words stand around text[start:end] as written, case aside
    (National Secruity Office for National Security Office)."""
    before, after = frame
    if before:
        pattern = _frame_pattern(before, True)
        if pattern.search(text, max(0, start - 120), start) is None:
            return False
    if after:
        pattern = _frame_pattern(after, False)
        if pattern.match(text, end) is None:
            return False
    return True


@lru_cache(maxsize=4096)
def _frame_pattern(words: tuple[str, ...], before: bool) -> regex.Pattern:
    body = f"(?:{WORD_GAP})".join(regex.escape(w) for w in words)
    if before:
        return regex.compile(rf"(?<!\p{{L}}){body}(?:{WORD_GAP})$", regex.IGNORECASE)
    # A Korean word takes its particles (조세이 탄광에서): only a Latin one must end there.
    end = "" if _is_hangul_char(words[-1][-1]) else r"(?!\p{L})"
    return regex.compile(rf"(?:{WORD_GAP}){body}{end}", regex.IGNORECASE)


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
    for first, second in _inner_pairs(text):
        yield first + second, "hangul"


def _inner_pairs(text: str) -> list[tuple[str, str]]:
    """The pairs of Hangul words side by side in a term of three words or more (신원 확인
    of DNA 신원 확인; 조세이 탄광, 탄광 수몰 and 수몰 사고 of 조세이 탄광 수몰 사고): their
    joined forms are indexed, so that a slip in a later word, too short to be compared
    alone (획인, 수물), is read beside its neighbour (spaced_slips), as a two-word term's
    is."""
    words = text.split()
    if len(words) < 3:
        return []
    return [(first, second) for first, second in pairwise(words)
            if _HANGUL_WORD.fullmatch(first) and _HANGUL_WORD.fullmatch(second)]


def _key(word: str, kind: str) -> str:
    return word if kind == "hangul" else word.lower()


def _compared(word: str, kind: str) -> str:
    return decompose(word) if kind == "hangul" else word.lower()


def _korean_given_name(entry_type: str, kind: str, position: int, term: str) -> bool:
    """Whether a word is the romanised given name of a Korean person's name (Eunmi of Choi
    Eunmi: its first word a Korean family name, text.korean_names.FAMILY_NAMES): many people
    share a given name one letter from it (Eunbi, Eunji), so it is a slip only beside the
    family name (framed: Choi Eunmu)."""
    from yongeo.text.korean_names import FAMILY_NAMES

    return (entry_type == EntryType.PERSON.value and kind == "latin" and position > 0
            and term.split()[0].lower() in FAMILY_NAMES)


def _short_name(word: str, kind: str, entry_type: str, whole: bool) -> bool:
    """Whether a Korean word is a whole name of SHORT_NAME_SYLLABLES (서울, 도쿄), indexed
    for slips in place of itself only (Guess.short)."""
    return (kind == "hangul" and whole and entry_type in _NAME_TYPES
            and len(word) == SHORT_NAME_SYLLABLES)


def _distinctive(word: str, kind: str, position: int, entry_type: str, whole: bool) -> bool:
    """Names and long words only: a one-letter slip from them is unlikely to be a real word.
    `whole` when the word is the whole term."""
    named = entry_type in _NAME_TYPES or (entry_type in _NAMED_TYPES and position == 0)
    if kind == "hangul":
        need = MIN_NAME_SYLLABLES if named else (
            MIN_WORD_SYLLABLES if whole else WHOLE_TERM_SYLLABLES)
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


@lru_cache(maxsize=65536)
def _stems(token: str, longest: int) -> tuple[str, ...]:
    """The token and its stems before a particle chain or a light verb (업데이트됩니다, 설치하고:
    a noun made a predicate) or a noun-making suffix (셔틀외교식, 외교적으로), longest first,
    of two syllables or more (nothing shorter is indexed) and at most `longest` (nothing
    longer is). Not before the copula's short forms
    (일, 여, 인), which end too many other words (동점일, 사용하여), but before its spoken and
    past forms (실용왜교예요, 셔틀왜교였어요: text.korean.is_copula_form). Remembered: the words of a
    text repeat, and an editor checks the same text again."""
    stems = [token]
    first = max(_MIN_HANGUL, len(token) - _MAX_TAIL)
    for cut in range(min(len(token) - 1, longest), first - 1, -1):
        if token[cut] in _TAIL_STARTS and (
                _particle_tail(token[cut:]) or _light_verb_tail(token[cut:])
                or is_copula_form(token[cut:], token[:cut]) or _derivation_tail(token[cut:])):
            stems.append(token[:cut])
    return tuple(stems)


@lru_cache(maxsize=65536)
def _light_verb_tail(tail: str) -> bool:
    """A form of 하다, 되다 or 시키다 (됩니다, 하고, 시킨): what makes a noun before it a verb."""
    if tail[:1] not in _VERBALISER_STARTS:  # most tails: no conjugation to try
        return False
    return any(conjugates(tail, verb) for verb in _VERBALISERS)


# The light verbs but the copula (이다, whose short forms end too many words), and the
# syllables their forms start with: the initial and vowel of the verb's first syllable or
# of its contraction (하여 → 해, 되어 → 돼), with any final consonant (한, 합, 했, 됩, 시킨).
_VERBALISERS = tuple(verb for verb in LIGHT_VERBS if verb != "이")
_VERBALISER_STARTS = frozenset(chr(ord(open_syllable) + final)
                               for open_syllable in "하해되돼시" for final in range(28))
# Suffixes that make a noun of a noun and may end a word alone or before particles or a
# light verb (셔틀외교식 visits in its style, 외교적으로, 제도화하다, 일본측, 다카이치계): a
# slip in the noun before them is the term's.
_DERIVATIONS = frozenset("식적화측계권형급")
# The syllables a tail after a stem can start with: a particle's first, a light verb's or a
# suffix's (most cut points of a word are at none of them, and cost no further look).
_TAIL_STARTS = PARTICLE_STARTS | _VERBALISER_STARTS | COPULA_FORM_STARTS | _DERIVATIONS


@lru_cache(maxsize=65536)
def _derivation_tail(tail: str) -> bool:
    """A noun-making suffix (_DERIVATIONS) alone or before particles or a light verb (식,
    식의, 적으로, 화하는)."""
    return tail[:1] in _DERIVATIONS and (
        len(tail) == 1 or _particle_tail(tail[1:]) or _light_verb_tail(tail[1:]))


def _deletions(form: str) -> list[str]:
    return [form[:i] + form[i + 1:] for i in range(len(form))]


def _name_spellings(entries: Sequence[Entry]):
    """Per language, one pattern for the glossary's persons' names written otherwise, a
    group per name, and each group's entry and term: English, a romanised name with its
    given name's syllables joined otherwise (given_name_spellings); Korean, a name of two
    words the other way round (사나에 다카이치 for 다카이치 사나에). None for a language no
    name can be written otherwise in."""
    from yongeo.text.english_names import NAME_START, given_name_spellings
    from yongeo.text.korean import name_the_other_way

    groups: dict[str, list[str]] = {"en": [], "ko": []}
    people: dict[str, tuple[Entry, Term, str | None]] = {}
    for entry in entries:
        if entry.type != "person":
            continue
        # A Korean's name: Korean writes it solid, in two to four syllables (조현, 이재명).
        hangul = next((t.text for t in entry.terms if t.lang == "ko"
                       and t.status is Status.PREFERRED and 2 <= len(t.text) <= 4
                       and all(map(_is_hangul_char, t.text))), None)
        for term in entry.terms:
            if term.status is not Status.PREFERRED:
                continue
            spelt = (given_name_spellings(term.text, hangul is not None) if term.lang == "en"
                     else name_the_other_way(term.text))
            if spelt is not None:
                name = f"p{len(people)}"
                groups[term.lang].append(f"(?P<{name}>{spelt})")
                # A Korean's given name is read back (Hyeon for 현, Jae-myeong for 재명).
                people[name] = (entry, term,
                                hangul[1:] if term.lang == "en" and hangul else None)
    # English: the names' one start (NAME_START) looked for once, before the alternatives,
    # not by each of them at every letter (three times faster over a text).
    english = [group.replace(NAME_START, "") for group in groups["en"]]
    groups["en"] = [f"{NAME_START}(?:{'|'.join(english)})"] if english else []
    return {lang: (regex.compile("|".join(found)), people) if found else None
            for lang, found in groups.items()}


@dataclass(frozen=True)
class Misspelling:
    """A likely misspelt word at [start, end) of a working text; `name`: a person's name
    written otherwise (Speller.name_slips), which may hold a term found (Lee of Lee Jae
    Myung) and is reported however often the document writes it so."""

    start: int
    end: int
    guess: Guess
    name: bool = False
    # A guess that holds only where the source names the entry (Cho Hyung for Cho Hyun):
    # dropped in a text checked alone and where a pair's source does not (named_by_source).
    sourced: bool = False


def count_words(text: str, speller: Speller, counts: Counter[str] | None = None,
                lang: str | None = None, tokens: Counter[str] | None = None) -> Counter[str]:
    """Add to `counts` how often each word of `text` occurs, as find_misspellings reads
    them: Korean words under each of their stems (프로세스를 counts for 프로세스), Latin
    words in lower case. Only words the speller could flag are counted, so a run's counts
    stay small. Call it on every draft text of a run before checking any of them.
    `tokens`: the text's word_tokens, when the caller has them already."""
    if tokens is None:
        tokens = word_tokens(text, lang)
    return _add_counts(tokens, speller, Counter() if counts is None else counts)


def find_misspellings(text: str, speller: Speller, memo: dict[str, Guess | None],
                      taken: Iterable[tuple[int, int]] = (), lang: str | None = None,
                      counts: Mapping[str, int] | None = None,
                      tokens: Counter[str] | None = None) -> list[Misspelling]:
    """Words of `text` in no entry but one edit from a glossary word; words inside the
    `taken` spans (terms already found) are not looked at. Each distinct word is looked up
    once per run (`memo`), and only the flagged ones are then located. An English text
    (`lang` "en") is read for Latin words only; a Korean one for both scripts.

    `counts` are the word counts of the drafts checked together (count_words over each draft
    text); a word counted ESTABLISHED_COUNT times or more is not reported. Without them,
    the words of `text` alone are counted; `tokens` are its word_tokens, when known."""
    if tokens is None:
        tokens = word_tokens(text, lang)
    if counts is None:
        counts = _add_counts(tokens, speller, Counter())
    flagged = _flagged(tokens, speller, memo, counts)
    spaced = spaced_slips(text, speller, memo, tokens)
    # A name written otherwise may hold a term found (Lee of Lee Jae Myung): not `taken`.
    names = speller.name_slips(text, lang)
    if not flagged and not spaced:
        return names
    taken_spans = sorted(taken)
    return _merged(names, [m for m in _located(text, flagged, spaced)
                           if not _overlaps(taken_spans, m.start, m.end, _solid(m))])


def _merged(names: list[Misspelling], found: list[Misspelling]) -> list[Misspelling]:
    """Names written otherwise and the other misspellings, but those inside a name or inside
    another slip (a word of a term written apart: 정상회이 of 한일중 정상회이, once)."""
    found = _outermost(found)
    if not names:
        return found
    return sorted(names + [m for m in found
                           if not any(n.start < m.end and m.start < n.end for n in names)],
                  key=lambda m: m.start)


def _outermost(found: list[Misspelling]) -> list[Misspelling]:
    """`found` (in text order) without the misspellings inside a longer one."""
    if len(found) < 2:
        return found
    out: list[Misspelling] = []
    reach = -1
    for miss in sorted(found, key=lambda m: (m.start, -m.end)):
        if miss.end <= reach:
            continue
        out.append(miss)
        reach = miss.end
    return out


_SPACED = "\x00spaced"  # the memo's slot for pairs of words (no word can be this)


# A Korean word of two syllables or more, and the word after it (not consumed: a word ends
# one pair and starts the next). One pattern for every text: an alternation of the heads
# would cost ten times as much on a glossary with thousands of them.
@lru_cache(maxsize=8192)
def _korean_word(word: str) -> bool:
    """Whether a Korean word is one of the language's own: a noun of the analyser's
    dictionary (영사, consul: text.analysers, where installed) or a frequent word."""
    from yongeo.text.analysers import dictionary_noun
    from yongeo.text.frequency import is_frequent

    return dictionary_noun(word) is True or is_frequent(word, "ko")


def _reaches_second(found: Guess) -> bool:
    """Whether a guess for two words read together is a term written in two words whose
    slip reaches into the second (not 한일중 of 한일중 정상회의 for 한일 정상은), or two words
    side by side in a longer term (_inner_pairs: 신원 획인 for 신원 확인 of DNA 신원 확인)."""
    if _inner_pair(found) is not None:
        return True
    split = found.term.text.find(" ")
    return split > 0 and len(found.correct) > split


def _in_whole_term(text: str, start: int, end: int, guess: Guess) -> bool:
    """Whether the misspelt word at text[start:end], one word of a pair inside a longer
    term (_inner_pair), stands with the term's other words around it as the term writes
    them (수산물 수입 구제 for 수산물 수입 규제): a word of its own is a slip only there."""
    term = guess.term.text
    words = term.split()
    written = text[start:end]
    for index, word in enumerate(words):
        if _syllables_apart(word, written):
            wanted = " ".join([*words[:index], written, *words[index + 1:]])
            low = max(0, start - len(term))
            if wanted in text[low:end + len(term)]:
                return True
    return False


def _syllables_apart(word: str, written: str) -> bool:
    """Whether two Korean words of one length differ in one syllable by one jamo."""
    return len(word) == len(written) and sum(
        _syllable_distance(a, b) for a, b in zip(word, written, strict=True)) == 1


def _inner_pair(found: Guess) -> str | None:
    """The two words of a longer term, spaced as the term writes them, whose joined form a
    guess's correct word is (신원 확인 for 신원확인 of DNA 신원 확인); None for another."""
    return next((f"{first} {second}" for first, second in _inner_pairs(found.term.text)
                 if first + second == found.correct), None)


def _solid_spaced(found: Guess, first: str) -> bool:
    """Whether a guess for two words read together is a concept written solid, four
    syllables or more, that the words space after its first two (셔틀 왜교 for 셔틀외교)."""
    return (" " not in found.term.text and found.entry.type == EntryType.CONCEPT.value
            and len(found.correct) >= _SOLID_SPLIT and len(first) == 2
            and found.correct.startswith(first))


# The shortest concept written solid that writers also space after its first two
# syllables (셔틀외교, 셔틀 외교).
_SOLID_SPLIT = 4
# The longest first word read beside a term's second word for a slip of its own (Speller.
# spaced_tails): two syllables, as a longer word is compared alone.
_SHORT_SPACED_HEAD = 2
_WORD_PAIR = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,})(?=[ \t]+([\uac00-\ud7a3]+))")


def spaced_slips(text: str, speller: Speller, memo: dict,
                 tokens: Mapping[str, int]) -> list[Misspelling]:
    """Slips in a term of several words read beside its other words: in a Korean term of two
    words written apart (파일 이룸 for 파일 이름), a word that starts such a term
    (Speller.spaced_heads) and the next word, read together as the term's joined form is
    indexed, and reported as written when they are one edit from it (guessed as any word
    is: no common word, particles aside; the second word alone is often too short to be
    compared, 이름, two syllables; only the heads among the text's `tokens`, word_tokens,
    are looked for, usually none), and so are a word and the second word of such a term
    after it, for a slip in the first (인젹 교류 for 인적 교류: Speller.spaced_tails); and a
    short lower-case slip of an English term's word
    beside its other words (Speller.frame_slips: shutle diplomacy)."""
    framed = speller.frame_slips(text, memo)
    heads = speller.spaced_heads.intersection(tokens) if speller.spaced_heads else ()
    tails = speller.spaced_tails
    if not heads and not tails:
        return framed
    seen = memo.setdefault(_SPACED, {})
    stems = memo.setdefault(_STEMS, {})
    out = []
    for pair in _WORD_PAIR.finditer(text):
        first = pair.group(1)
        second = pair.group(2)
        # Beside a tail, only a first word too short to be compared alone (인젹, two
        # syllables): a longer one is guessed on its own (다카이지 of 다카이치 내각).
        if first not in heads and not (len(first) <= _SHORT_SPACED_HEAD
                                       and second.startswith(tails.get(second[0], ()))
                                       and not _korean_word(first)):
            continue  # 영사 문제 (a consular issue): a word of its own, no slip of 역사
        joined = first + second
        if joined not in seen:
            seen[joined] = speller.spaced_guess(first, second, stems)
        guess = seen[joined]
        if guess is None:
            continue
        start = pair.start()
        end = pair.start(2) + len(guess.word) - len(first)
        correct = guess.term.text
        inner = _inner_pair(guess)
        if inner is not None:  # the one word of a longer term's pair that is misspelt
            head, tail = inner.split(" ")
            if first == head:
                start, correct = pair.start(2), tail  # 신원 획인: 획인 for 확인
            else:
                end, correct = pair.end(1), head  # 신웜 확인: 신웜 for 신원
            if _korean_word(text[start:end]) and not _in_whole_term(text, start, end, guess):
                continue  # 수입 구제 (import relief) alone; 수산물 수입 구제, a slip
        out.append(Misspelling(start, end, Guess(text[start:end], correct, guess.entry,
                                                 guess.term)))
    return sorted(out + framed, key=lambda m: m.start) if framed else out


def _flagged(tokens: Iterable[str], speller: Speller, memo: dict[str, Guess | None],
             counts: Counter) -> dict[str, Guess]:
    """The tokens that guess as misspellings of a term not used ESTABLISHED_COUNT times in
    the drafts (`counts`), each distinct word guessed once per run (`memo`)."""
    flagged: dict[str, Guess] = {}
    # Stems (a word without its particles) are shared by many words: 외교를, 외교의, ...
    stems = memo.setdefault(_STEMS, {})  # type: ignore[assignment]
    for token in tokens:
        if token in memo:
            guess = memo[token]
        else:
            guess = memo[token] = speller.guess(token, stems)
        if guess is not None and counts.get(_count_key(guess.word), 0) < ESTABLISHED_COUNT:
            flagged[token] = guess
    return flagged


def find_misspellings_each(texts: Sequence[str], speller: Speller,
                           memo: dict[str, Guess | None],
                           taken: Sequence[Iterable[tuple[int, int]]], lang: str | None
                           ) -> list[list[Misspelling]]:
    """find_misspellings of each of many texts of one language checked together (a PO
    file's drafts), with the counts count_words gives over them all: their words read in
    one pass over the texts joined (no word runs across SEPARATOR), each text's found again
    in it. `taken` holds each text's spans of terms already found."""
    out: list[list[Misspelling]] = [[] for _ in texts]
    joined = SEPARATOR.join(texts)
    tokens = word_tokens(joined, lang)
    counts = _add_counts(tokens, speller, Counter())
    flagged = _flagged(tokens, speller, memo, counts)
    # A pair of words never runs across SEPARATOR, which is neither Hangul nor a space.
    spaced = spaced_slips(joined, speller, memo, tokens)
    if flagged or spaced:
        _place_each(out, texts, joined, flagged, spaced, taken)
    return [_merged(speller.name_slips(text, lang), found)
            for text, found in zip(texts, out, strict=True)]


def _place_each(out: list[list[Misspelling]], texts: Sequence[str], joined: str,
                flagged: dict[str, Guess], spaced: list,
                taken: Sequence[Iterable[tuple[int, int]]]) -> None:
    """find_misspellings_each's words found in the joined texts, put back into each text,
    outside its `taken` spans."""
    starts = separated_starts(texts)
    taken_spans: dict[int, list[tuple[int, int]]] = {}
    for miss in _located(joined, flagged, spaced):
        number = bisect_right(starts, miss.start) - 1
        start, end = miss.start - starts[number], miss.end - starts[number]
        if number not in taken_spans:
            taken_spans[number] = sorted(taken[number])
        if not _overlaps(taken_spans[number], start, end, _solid(miss)):
            out[number].append(Misspelling(start, end, miss.guess))


def word_keys(text: str, speller: Speller, lang: str | None = None) -> list[str]:
    """The keys count_words adds for `text`, once per occurrence: a document's counts are
    the Counter of its paragraphs' keys together (a word never runs across paragraphs)."""
    keys: list[str] = []
    for token, number in word_tokens(text, lang).items():
        keys.extend(speller.count_keys(token) * number if number > 1
                    else speller.count_keys(token))
    return keys


def guessed_words(text: str, speller: Speller, memo: dict[str, Guess | None],
                  lang: str | None = None) -> list[Misspelling]:
    """Every occurrence in `text` of a word the speller flags, before find_misspellings
    leaves out the established words and those inside terms (see kept_misspellings): what
    one paragraph contributes, the same whatever the rest of the document says; names
    written otherwise (Speller.name_slips) among them."""
    return _with_names(text, lang, speller, _guessed(text, word_tokens(text, lang), speller,
                                                     memo))


def _with_names(text: str, lang: str | None, speller: Speller,
                guessed: list[Misspelling]) -> list[Misspelling]:
    """`guessed` with the names written otherwise in `text`, in order."""
    names = speller.name_slips(text, lang)
    return sorted(names + guessed, key=lambda m: m.start) if names else guessed


def read_words(text: str, speller: Speller, memo: dict[str, Guess | None],
               lang: str | None = None) -> tuple[Counter[str], list[Misspelling]]:
    """The candidate words of `text` with their counts, and the misspellings
    guessed_words finds among them, from one reading: for a long text read a chunk of
    paragraphs at a time (a word never runs across paragraphs). Add up the chunks' word
    counts, then weigh the misspellings with guessed_counts."""
    tokens = word_tokens(text, lang)
    return tokens, _with_names(text, lang, speller, _guessed(text, tokens, speller, memo))


def guessed_counts(guessed: Iterable[Misspelling], tokens: Mapping[str, int],
                   speller: Speller) -> dict[str, int]:
    """Of the counts count_words gives for a document whose candidate words are `tokens`
    (read_words), those kept_misspellings reads for `guessed`: only the words that could
    count under a guessed word's key (it heads them) are looked at."""
    wanted = {_count_key(m.guess.word) for m in guessed}
    if not wanted:
        return {}
    # A key is a Korean word's stem (its start) or a Latin word in lower case, and never
    # shorter than _MIN_HANGUL letters.
    heads = {key[:_MIN_HANGUL].lower() for key in wanted}
    counts: Counter[str] = Counter()
    for token, number in tokens.items():
        if token[:_MIN_HANGUL].lower() in heads:
            for key in speller.count_keys(token):
                if key in wanted:
                    counts[key] += number
    return counts


def _guessed(text: str, tokens: Counter[str], speller: Speller,
             memo: dict[str, Guess | None]) -> list[Misspelling]:
    stems = memo.setdefault(_STEMS, {})  # type: ignore[assignment]
    flagged: dict[str, Guess] = {}
    for token in tokens:
        if token in memo:
            guess = memo[token]
        else:
            guess = memo[token] = speller.guess(token, stems)
        if guess is not None:
            flagged[token] = guess
    return _located(text, flagged, spaced_slips(text, speller, memo, tokens))


def _located(text: str, flagged: dict[str, Guess], spaced: list[Misspelling]
             ) -> list[Misspelling]:
    """The flagged words where they stand in `text`, with the spaced slips, in text order;
    not a person's or place's name before an organization's head noun (Hosei University:
    text.english.heads_organization_name)."""
    found = []
    for start, end, token in _occurrences(text, flagged) if flagged else ():
        guess = flagged[token]
        if guess.framed:  # a slip only where one of its terms stands around it
            guess = next((g for g in guess.framed if _in_frame(text, start, end, g.frame)),
                         None)
            if guess is None:
                continue
        if (guess.entry.type in _NAME_TYPES and not _is_hangul_char(token[0])
                and heads_organization_name(text, end)):
            continue  # Hosei University is no slip of Josei: another name's part
        if not _is_hangul_char(token[0]) and _in_other_korean_name(text, start, end, guess):
            continue  # Park Seong-min is no slip of Sejong: a Korean name's syllable
        found.append(Misspelling(*_slip_span(start, token, guess), guess, sourced=guess.short))
    return sorted(found + spaced, key=lambda m: m.start) if spaced else found


def _in_other_korean_name(text: str, start: int, end: int, guess: Guess) -> bool:
    """Whether the word at text[start:end] is a syllable of a romanised Korean name's hyphened
    given name (text.korean_names.hyphened_name_around) whose family name is not the guessed
    term's (Park Seong-min is nobody's slip of Sejong; Lee Jae-myeong may be Lee Jae-myung's)."""
    from yongeo.text.korean_names import hyphened_name_around

    family = hyphened_name_around(text, start, end)
    return family is not None and guess.term.text.split()[0].lower() != family.lower()


def _slip_span(start: int, token: str, guess: Guess) -> tuple[int, int]:
    """Where the misspelt word is, for a token at `start`: a stem starts its token; the end
    of a compound (Speller._compound_end) is inside it."""
    if not token.startswith(guess.word):
        start += token.rfind(guess.word)
    return start, start + len(guess.word)


def kept_misspellings(guessed: Iterable[Misspelling], counts: Mapping[str, int],
                      taken: Iterable[tuple[int, int]] = ()) -> list[Misspelling]:
    """Of guessed_words' misspellings, those find_misspellings reports: a word counted
    fewer than ESTABLISHED_COUNT times in `counts`, outside the `taken` spans."""
    taken_spans = sorted(taken)
    guessed = list(guessed)
    return _merged([m for m in guessed if m.name], [
        m for m in guessed if not m.name
        and counts.get(_count_key(m.guess.word), 0) < ESTABLISHED_COUNT
        and not _overlaps(taken_spans, m.start, m.end, _solid(m))])


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
_FRAMED = "\x00framed"  # the memo's slot for the short words read beside their frame


def word_tokens(text: str, lang: str | None) -> Counter[str]:
    """The candidate words of `text` with their counts: an English text (`lang` "en") is
    read for Latin words only, a Korean one for both scripts."""
    patterns = (_LATIN_CANDIDATE,) if lang == "en" else (_HANGUL_CANDIDATE, _LATIN_CANDIDATE)
    found: Counter[str] = Counter()
    for pattern in patterns:
        found.update(pattern.findall(text))
    return found


def _add_counts(tokens: Counter[str], speller: Speller, counts: Counter[str]) -> Counter[str]:
    for token, number in tokens.items():
        for key in speller.count_keys(token):
            counts[key] += number
    return counts


def _count_key(word: str) -> str:
    return word if _is_hangul_char(word[0]) else word.lower()


def _is_hangul_char(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"



def names_among(misspellings: Sequence[Misspelling]) -> bool:
    """Whether any of `misspellings` is of a name: a person's or place's, or the capitalised
    first word of a body's or event's (Samil of Samil Movement)."""
    return any(_of_a_name(m.guess) for m in misspellings)


def _given_name_alone(miss: Misspelling, text: str) -> bool:
    """Whether a Latin word guessed as a slip of a person's given name (Shinzo of Abe Shinzo:
    a word of the name after its first) stands with no other word of the name beside it
    (a Shinto shrine): prose names a person by the family name alone, not the given name,
    so the word is another."""
    guess = miss.guess
    if guess.entry.type != EntryType.PERSON.value or _is_hangul_char(guess.word[:1]):
        return False
    words = guess.term.text.split()
    if len(words) < 2 or guess.correct == words[0]:
        return False
    near = text[max(0, miss.start - 40):miss.end + 40]
    return not any(word in near for word in words if word != guess.correct)


def _of_a_name(guess: Guess) -> bool:
    return guess.entry.type in _NAME_TYPES or (
        guess.entry.type in _NAMED_TYPES and guess.word[:1].isupper()
        and not _is_hangul_char(guess.word[:1]))


def _letters_apart(written: str, wanted: str) -> int:
    """How many letters two romanised given names differ by, case and hyphens aside."""
    return OSA.distance(written.lower().replace("-", "").replace(" ", ""),
                        wanted.lower().replace("-", "").replace(" ", ""))


def copied_from_source(misspellings: Sequence[Misspelling], units: Sequence
                       ) -> list[Misspelling]:
    """Of a draft side's misspellings in a pair, those that the source of the unit holding
    them does not write as they stand: a word copied from the source (a style sheet's
    wrong form, Wi Sung-rak, quoted in both languages) is the source's, not the
    translator's slip; so is a Korean name in the other order where the source sets both
    orders side by side (_in_source_order). `units`: the document's units whose draft pieces are on that
    side."""
    if not units:
        return list(misspellings)
    text = units[0].draft.side.text
    holding = units_holding(units)
    kept = []
    for miss in misspellings:
        word = text[miss.start:miss.end]
        sources = [unit.source.side.text[unit.source.start:unit.source.end]
                   for unit in holding(miss.start)]
        if not any(written_as_word(source, word) or _in_source_order(miss, word, source)
                   for source in sources):
            kept.append(miss)
    return kept


def units_holding(units: Sequence) -> Callable[[int], list]:
    """For a draft side's units, the function giving the units whose draft piece holds a
    position of that side, found by bisection (a side of thousands of units has as many
    misspellings to place)."""
    ordered = sorted(units, key=lambda unit: unit.draft.start)
    starts = [unit.draft.start for unit in ordered]

    def at(position: int) -> list:
        out = []
        index = bisect_right(starts, position) - 1
        while index >= 0 and position < ordered[index].draft.end:
            out.append(ordered[index])  # pieces of equal start (one piece, several units)
            index -= 1
        return out[::-1]

    return at


def quoting_source(misspellings: Sequence[Misspelling], units: Sequence) -> set[int]:
    """The ids of those misspellings whose unit's source quotes the guessed entry's own term
    (‘셔툴외교’ 태그 for a tag named “Shuttle diplomacy”): a quotation that translates the
    source's quotation uses the term, so a slip in it is no form cited (check_spelling)."""
    from yongeo.text.mention import quoted

    out = set()
    holding = units_holding(units)
    for miss in misspellings:
        for unit in holding(miss.start):
            source = unit.source
            if any(hit.entry.id == miss.guess.entry.id and hit.term.status is not
                   Status.DEPRECATED and quoted(source.side.text, hit.start, hit.end)
                   for hit in source.every):
                out.add(id(miss))
    return out


def _in_source_order(miss: Misspelling, word: str, source: str) -> bool:
    """Whether a Korean name written the other way round (사나에 다카이치 for 다카이치
    사나에) follows a source that sets the person's English name in both orders side by
    side (is it Sanae Takaichi or Takaichi Sanae?): a text about the order, whose other
    order is the source's example. A source that writes the English name given name first
    and no more is translated surname first, as Korean writes it."""
    from yongeo.text.english_names import name_orders

    wanted = miss.guess.correct.split()
    if len(wanted) != 2 or word.split() != wanted[::-1]:
        return False
    # The glossary writes the name surname first in both languages (Takaichi Sanae).
    name = miss.guess.entry.preferred("en")
    return written_as_word(source, name) and any(written_as_word(source, other)
                                                 for other in name_orders(name))


def not_defined_acronyms(misspellings: Sequence[Misspelling], side, units: Sequence
                         ) -> list[Misspelling]:
    """The misspellings but acronyms that the draft or its source defines (Korean National
    Police Agency (KNPA); a list of abbreviations, KIDA: 한국국방연구원:
    text.english.acronym_expansions) for words that are not the guessed entry's name:
    another body's own acronym, however near a glossary acronym it is spelt (KNPA, KIDA
    beside KNDA); not the entry's own acronym misspelt in brackets after its name
    (군사정보보호협정(GSOIMA))."""
    if not any(side.text[m.start:m.end].isupper() for m in misspellings):
        return list(misspellings)
    from yongeo.lint.terms import acronym_names, term_key
    from yongeo.text.english import acronym_expansions

    texts = {id(side): side.text}
    texts.update((id(unit.source.side), unit.source.side.text) for unit in units)
    defined: dict[str, list[tuple[str, bool]]] = {}
    for text in texts.values():
        for acronym, words, after in acronym_expansions(text):
            defined.setdefault(acronym, []).append((term_key(words), after))

    def others(miss) -> bool:  # defined for words that are not the guessed entry's name
        keys = tuple(term_key(t.text) for t in miss.guess.entry.terms)
        return any(not acronym_names(words, keys, after)
                   for words, after in defined.get(side.text[miss.start:miss.end], ()))

    return [m for m in misspellings if not others(m)]


def named_by_source(misspellings: Sequence[Misspelling], units: Sequence) -> list[Misspelling]:
    """Of a draft side's misspellings in a pair, those of a name (names_among) read
    with a particle after it (a Korean word's last syllables cut off) only where the source
    of the unit holding it names that entry: foreign names end in syllables that read as
    particles, so a word one letter from a name the source never mentions, once its end is
    cut off, is another name (모테이로, Monteiro, is no 모테기 + 로); a whole word one letter
    from the name is a slip whatever the source says (텍사르 레인저스, a team the source
    leaves unnamed), unless the source names someone or something the word transcribes more
    closely than it does the entry's names (하야티 for a source's Hayati is no slip of 하야시;
    Yeoul for an ensemble's 여울, whatever 서울 the source names). `units` are the
    document's units whose draft pieces are on that side; a misspelling in none of them is
    kept."""
    kept = []
    text = units[0].draft.side.text if units else ""
    units_at = units_holding(units)
    for miss in misspellings:
        if _of_a_name(miss.guess):
            cut = miss.end < len(text) and _is_hangul_char(text[miss.end])
            holding = units_at(miss.start)
            # By id: a chunk's misspellings may come from another process.
            entry_id = miss.guess.entry.id
            unnamed = holding and not any(hit.entry.id == entry_id
                                          for unit in holding for hit in unit.source.every)
            if unnamed and (cut or miss.sourced or _given_name_alone(miss, text)):
                continue
            if holding and _transcribes_source(miss.guess, holding):
                continue  # Yeoul for the source's 여울, beside a 서울 it names too
            if miss.guess.short and (not holding or any(
                    hit.entry.id == entry_id for unit in holding for hit in unit.draft.every)):
                continue  # a short name's slip only in place of the name
        kept.append(miss)
    return kept


# A source's word that a draft's word written in the other script transcribes: this alike
# (text.romanize.transcription_score), and more alike than any word of the entry's names.
_TRANSCRIBED = 80.0
_SOURCE_NAME = regex.compile(r"\b\p{Lu}[\p{L}'-]+|\p{Hangul}+")


def _transcribes_source(guess: Guess, units: Sequence) -> bool:
    """Whether the guessed word transcribes a name of the units' source (Hayati: 하야티;
    하시미가: Hashimi) more closely than it does any word of the entry's terms in the
    source's language, its accepted names (Hayashi, 하시마)."""
    draft_hangul = _is_hangul_char(guess.word[:1])
    # The entry's names word by word: a source naming another person of the same given
    # name (Ehud Goldwasser beside the entry's Ehud Olmert) leaves 헤후드 a slip.
    terms = [word for t in guess.entry.terms_in("en" if draft_hangul else "ko",
                                                 Status.PREFERRED, Status.ADMITTED)
             for word in t.text.split()]

    def alike(source_word: str) -> float:
        if draft_hangul:
            return transcription_score(source_word, guess.word)
        forms = strip_particles(source_word)
        named = [without_place_suffix(form) for form in forms]
        # A compound's first word too: Samul of samul nori writes 사물 of 사물놀이.
        heads = [form[:cut] for form in forms for cut in range(2, len(form) - 1)]
        return max(transcription_score(guess.word, form)
                   for form in [*forms, *(name for name in named if name), *heads])

    own = max((alike(term) for term in terms), default=0.0)
    for unit in units:
        source = unit.source.side.text[unit.source.start:unit.source.end]
        for word in _SOURCE_NAME.findall(source):
            if _is_hangul_char(word[:1]) == draft_hangul or any(
                    term in word for term in terms):
                continue  # the entry's own name (호류지에서): its slip stays one
            score = alike(word)
            if score >= _TRANSCRIBED and score > own:
                return True
    return False


def check_spelling(file: FileText, misspellings: Iterable[Misspelling], policy: Policy,
                   span: SpanMap | None = None, text: str | None = None,
                   uses: frozenset[int] | set[int] = frozenset()) -> list[Finding]:
    """term.misspelled findings for misspellings found in a working text of `file` (`text`,
    when given: a misspelling it cites as a form is info: Do not write "Lee Jae Myung",
    위성낙(X) (text.mention.cited); inside a quoted title it is still a slip, and so is
    one whose id is in `uses`, a quotation translating the source's: quoting_source)."""
    if not policy.enabled(MISSPELLED.id):
        return []
    from yongeo.text.mention import cited

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
        severity = policy.severity(MISSPELLED.id)
        if text is not None and id(miss) not in uses and cited(text, miss.start, miss.end):
            severity = Severity.INFO
        findings.append(file.finding(MISSPELLED.id, severity,
                                     miss.start, miss.end, message, entry=guess.entry,
                                     found=guess.word, suggestion=guess.correct, **extra))
    return findings


def _overlaps(spans: list[tuple[int, int]], start: int, end: int, solid: bool = False
              ) -> bool:
    """Whether a term found at one of `spans` (sorted) overlaps [start, end); for a `solid`
    misspelling (one word), other than as a shorter part of it: a misspelt long name written
    solid that holds a term found (국가안보실징 holds 국가안보실; 일제강제동원피해자지원제단
    holds 강제동원) is the longer term's slip, the hit one of its words. A slip of several
    words (다카이치 사나애) is reported by the word that holds it, the hit left alone."""
    index = bisect_right(spans, (end, -1)) - 1  # the last span that starts before `end`
    while index >= 0 and spans[index][0] > start - _LONGEST_HIT:
        span_start, span_end = spans[index]
        if span_end > start and not (solid and start <= span_start and span_end <= end
                                     and span_end - span_start < end - start):
            return True
        index -= 1
    return False


def _solid(miss: Misspelling) -> bool:
    """Whether a misspelling is one word, no space inside (see _overlaps)."""
    return not any(char.isspace() for char in miss.guess.word)


# Longer than any term found: where _overlaps stops looking back.
_LONGEST_HIT = 400
