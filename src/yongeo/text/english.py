"""English: inflections and lemmas of terms, plural forms, the possessives after them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

from yongeo.patterns import compiled, lazy
from yongeo.text.normalize import WORD_GAP

_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")


def _without_possessive(word: str) -> str:
    """The word without a final 's, ’s or bare apostrophe (Korea's, allies')."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


_LATIN = lazy(r"\p{Latin}")
# Universal part-of-speech tags as lemminflect names them, by the glossary's pos names.
_UPOS = {"noun": "NOUN", "verb": "VERB", "adjective": "ADJ", "adverb": "ADV",
         "proper-noun": "PROPN"}



def _lemminflect():
    """lemminflect, imported on first use: with numpy, it costs a quarter of a second, which
    a command that inflects nothing should not pay."""
    import lemminflect

    return lemminflect

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
    upos = _UPOS.get(pos) if pos else None
    found: dict[str, None] = {word: None}
    table = _lemminflect().getAllInflections(word, upos=upos)
    for forms in table.values():
        found.update(dict.fromkeys(forms))
    # Rules only for a word the tables do not know at all: one they know as an inflection
    # (settings, remains) is not inflected again (no "settingses").
    if not table and lemmas(word) == {word} and not _lemminflect().getAllInflections(word):
        for forms in _lemminflect().getAllInflectionsOOV(word, upos=upos or "NOUN").values():
            found.update(dict.fromkeys(forms))
    return tuple(found)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The dictionary forms an English word can be an inflection of, itself included:
    interpreted -> {interpreted, interpret}; crises -> {crises, crisis}."""
    lower = word.lower()
    found = {lower}
    if lower.isalpha():
        for forms in _lemminflect().getAllLemmas(lower).values():
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
    if len(last) > 1 and last[-1] in "yY" and last[-2].lower() not in "aeiou":
        return term[:-1] + "ies"
    if last.lower().endswith(_SIBILANT_ENDS):
        return term + "es"
    return term + "s"


def singular_forms(word: str) -> list[str]:
    """Candidate singulars of a possibly plural or possessive word, the word itself first."""
    forms = [word]
    base = _without_possessive(word)
    if base != word:
        forms.append(base)
    lower = base.lower()
    if lower.endswith("ies") and len(base) > 4:
        forms.append(base[:-3] + "y")
    elif lower.endswith("es") and base[:-2].lower().endswith(_SIBILANT_ENDS):
        forms.append(base[:-2])
    elif lower.endswith("s") and not lower.endswith("ss") and len(base) > 3:
        forms.append(base[:-1])
    return list(dict.fromkeys(forms))


def term_forms(term: str, pos: str | None = None) -> tuple[str, ...]:
    """Every written form of a glossary term, the term first. One word takes all its
    inflections (of `pos` alone when given); several words inflect their head: the last
    word of a noun phrase (financial sanction -> financial sanctions), the first of a verb
    phrase (log in -> logged in). A hyphenated head inflects its last part (e-mails); a
    lower-case noun before the complement of a noun phrase inflects too (Korean residents in
    Japan -> Korean resident in Japan). A
    phrase of several words led by a verb's -ing form is a verb phrase too, its verb in
    every form beside the noun phrase's (taking office -> takes office, took office); one
    ending in a verb's -ing noun takes the verb's own noun (DNA testing -> DNA tests). A
    lower-case noun after a preposition inside the term may take *the* (centered on
    national interests -> centered on the national interests)."""
    words = term.split(" ")
    at = 0 if pos == "verb" and len(words) > 1 else len(words) - 1
    verb = _gerund_verb(words[0]) if len(words) > 1 and pos is None else None
    if len(words) > 1 and pos is None:
        pos = "noun"
    head = words[at]
    stem, dash, last = head.rpartition("-")
    found = [term]
    for form in inflections(last, pos):
        if form != last:
            found.append(" ".join([*words[:at], stem + dash + form, *words[at + 1:]]))
    if verb is not None:
        found += [" ".join([form, *words[1:]]) for form in inflections(verb, "verb")]
    # A noun phrase whose head is a verb's -ing noun takes the verb's own noun too, where
    # English has one (DNA testing -> DNA tests).
    action = _gerund_verb(last) if len(words) > 1 and pos == "noun" and not dash else None
    if action is not None and "NOUN" in word_classes(action):
        found += [" ".join([*words[:-1], form]) for form in inflections(action, "noun")]
    # A noun phrase with a complement inflects the noun before it too (Korean residents in
    # Japan -> a Korean resident in Japan).
    before = next((i - 1 for i in range(1, len(words) - 1) if words[i] in _POSTMODIFYING),
                  None) if pos == "noun" and verb is None else None
    if before is not None and words[before].isalpha() and words[before].islower():
        forms = {form for lemma in sorted(lemmas(words[before]))
                 for form in inflections(lemma, "noun")}  # residents: resident too
        found += [" ".join([*words[:before], form, *words[before + 1:]])
                  for form in sorted(forms) if form != words[before]]
    # A noun after a preposition inside the term takes the article as prose writes it
    # (centered on national interests -> centered on the national interest).
    at = next((i for i in range(1, len(words) - 1) if words[i] in _POSTMODIFYING
               and words[i + 1][:1].islower() and words[i + 1] not in _ARTICLES), None)
    if at is not None:
        found += [" ".join([*form.split(" ")[:at + 1], "the", *form.split(" ")[at + 1:]])
                  for form in found]
    return tuple(dict.fromkeys(found))


_ARTICLES = frozenset({"the", "a", "an"})


def _gerund_verb(word: str) -> str | None:
    """The verb a word in lower case is the -ing form of (taking -> take), or None."""
    if not (word.endswith("ing") and word.isalpha() and word.islower()):
        return None
    verbs = _lemminflect().getAllLemmas(word).get("VERB", ())
    return next((lemma for lemma in verbs if lemma != word), None)


# Prepositions that put a noun's modifier after it: the protection of intellectual property
# for intellectual property protection, restrictions on seafood imports, the accident at the
# mine.
_POSTMODIFYING = ("of", "on", "for", "against", "over", "at", "in")
# What may stand between the preposition and the modifier: a determiner or possessive, then
# one word more (restrictions on Fukushima seafood, the protection of their property).
_POSTMODIFIER_GAP = (r"(?:(?:the|a|an|its|their|our|his|her|this|these|that|those)[ \t\n]+)?"
                     r"(?:[\p{L}\p{N}'’\-]+[ \t\n]+)?")
# How deep a modifier may itself be put after its head (restrictions on imports of seafood).
_POSTMODIFIER_DEPTH = 2


def _noun_phrase_pattern(words: tuple[str, ...], depth: int) -> str:
    """A regex for a noun phrase of `words` with its last word singular or plural, or, below
    `depth`, with a modifier put after its head by a preposition (_POSTMODIFYING)."""
    import regex

    *rest, last = words
    # The regular plural only: lemminflect's tables are not loaded for it in a lint run.
    many = plural(last) if last.islower() else None
    forms = [last, many] if many else [last]
    written = r"[ \t\n]+".join([*map(regex.escape, rest),
                                "(?:" + "|".join(map(regex.escape, forms)) + ")"])
    choices = [written]
    if depth > 0:
        for at in range(1, len(words)):
            choices.append(_noun_phrase_pattern(words[at:], 0) + r"[ \t\n]+(?:"
                           + "|".join(_POSTMODIFYING) + r")[ \t\n]+" + _POSTMODIFIER_GAP
                           + _noun_phrase_pattern(words[:at], depth - 1))
    return "(?:" + "|".join(choices) + ")"


@lru_cache(maxsize=4096)
def _postmodified_pattern(term: str):
    import regex

    words = tuple(term.split())
    return regex.compile(r"(?i)(?<![\p{L}\p{N}])" + "|".join(
        _noun_phrase_pattern(words[at:], 0) + r"[ \t\n]+(?:" + "|".join(_POSTMODIFYING)
        + r")[ \t\n]+" + _POSTMODIFIER_GAP + _noun_phrase_pattern(words[:at],
                                                                _POSTMODIFIER_DEPTH - 1)
        for at in range(1, len(words))) + r"(?![\p{L}\p{N}])")


def postmodified(text: str, term: str) -> bool:
    """Whether an English text names a noun phrase `term` of several words with a modifier
    put after its head by a preposition, as English writes a compound either way: the
    protection of intellectual property (intellectual property protection), import
    restrictions on Fukushima seafood and restrictions on imports of seafood (seafood import
    restriction). A determiner and one more word may come before the modifier."""
    words = term.split()
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    return (_may_stand(text, words)
            and _postmodified_pattern(" ".join(words)).search(text) is not None)


# Endings that make an action's noun of its verb, and what the verb ends with instead
# (normalization: normalize; cooperation: cooperate; consultation: consult; restriction:
# restrict; management: manage); none for a noun that is its verb (control, ban, curb).
_ACTION_NOUN_ENDINGS = (("ization", "ize"), ("isation", "ise"), ("ication", "y"),
                        ("ation", "ate"), ("ation", ""), ("ion", ""), ("ment", ""), ("", ""))
# The words of a term that put its object after its head (restrictions on seafood imports).
_OBJECT_AFTER = ("on", "of", "against")


def action_verb(noun: str) -> str | None:
    """The verb whose action an English noun names (restrictions -> restrict, export controls'
    controls -> control, normalization -> normalize), by lemminflect's tables, or None."""
    if not noun.isalpha() or not noun.islower():
        return None
    tables = _lemminflect()
    for single in (*tables.getAllLemmas(noun).get("NOUN", ()), noun):
        for ending, verb_ending in _ACTION_NOUN_ENDINGS:
            if ending and not single.endswith(ending):
                continue
            verb = single[:len(single) - len(ending)] + verb_ending
            if len(verb) >= 3 and verb in tables.getAllLemmas(verb).get("VERB", ()):
                return verb
    return None


def verbal(text: str, term: str) -> bool:
    """Whether an English text says a term of several words that names an action and its
    object with the action's verb and the object after it, as English phrases a noun either
    way: restrict seafood imports (seafood import restriction, restrictions on seafood
    imports), control exports (export controls), normalize relations (normalization of
    relations), an adjective's noun for the object (revitalize the regions for regional
    revitalization). A determiner and one more word may come before the object."""
    words = term.lower().split()
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    if len(words) > 2 and words[1] in _OBJECT_AFTER:
        head, objects = words[0], words[2:]
    else:
        head, objects = words[-1], words[:-1]
    verb = action_verb(head)
    if verb is None:
        return False
    # An object that is an adjective made from a noun stands as that noun after the verb
    # (regional revitalization: revitalize the regions).
    nouns = [_noun_of_adjective(word) or word for word in objects]
    return any(_may_stand(text, found) and _verbal_pattern(verb, head, tuple(found)).search(
        text) is not None for found in dict.fromkeys((tuple(objects), tuple(nouns))))


def _noun_of_adjective(word: str) -> str | None:
    """The noun an English adjective is made from by a suffix (regional: region; national:
    nation), where English has that noun; None otherwise."""
    stems = [stem for stem in derivational_stems(word)
             if stem != word and word.startswith(stem) and "NOUN" in word_classes(stem)]
    return max(stems, key=len) if stems and "ADJ" in word_classes(word) else None


# What may stand between a verb and its object: a determiner, then one word that is no
# conjunction or preposition (restrict Fukushima seafood imports; not talks and working-level
# meetings).
_OBJECT_GAP = (r"(?:(?:the|its|their|our|his|her|this|these|those|all|some|any|further)"
               r"[ \t\n]+)?(?:(?!(?:and|or|but|nor|to|from|with|for|of|in|on|at|by|as|than"
               r"|that|which|while)[ \t\n])[\p{L}\p{N}'’\-]+[ \t\n]+)?")


@lru_cache(maxsize=1024)
def _verbal_pattern(verb: str, head: str, objects: tuple[str, ...]):
    import regex

    # A noun that is its verb (controls, talks) is the noun in its own plural: not the verb.
    nouns = {head, plural(head)}
    forms = sorted(set(inflections(verb, "verb")) - nouns, key=len, reverse=True)
    return regex.compile(r"(?i)(?<![\p{L}\p{N}\-])(?:" + "|".join(map(regex.escape, forms))
                         + r")[ \t\n]+" + _OBJECT_GAP + _noun_phrase_pattern(objects, 0)
                         + r"(?![\p{L}\p{N}])")


# A noun for the holder of the same post on the other side (his counterpart).
_COUNTERPART = lazy(r"(?i)(?<![\p{L}])counterparts?(?![\p{L}])")


def counterparts(text: str, start: int = 0, end: int | None = None) -> int:
    """How many times an English text names someone as another's counterpart (his South
    Korean counterpart): a post named once and given again."""
    return len(_COUNTERPART.findall(text, start, len(text) if end is None else end))


def is_verbal_phrase(term: str) -> bool:
    """Whether an English term of several words is a verb's phrase, not a noun's: it ends in
    a past participle that is no noun (forcibly mobilized) or in a verb after *to* (forced
    to work); forced labor and the remains are nouns."""
    words = term.lower().split()
    if len(words) < 2 or not all(word.isalpha() for word in words):
        return False
    if words[-2] == "to":
        return bool(verb_lemmas(words[-1]))
    tables = _lemminflect().getAllLemmas(words[-1])
    return "NOUN" not in tables and any(
        words[-1] in forms.get("VBN", ()) + forms.get("VBD", ())
        for lemma in tables.get("VERB", ())
        for forms in (_lemminflect().getAllInflections(lemma, upos="VERB"),))


def _may_stand(text: str, words: Sequence[str]) -> bool:
    """Whether each of `words` may stand in `text`, in any case and number: its letters
    but the last two are there (policy, policies; a plural changes no more of a word).
    Patterns compiled per term are searched only where they may match, as a large glossary
    has more terms than their caches keep."""
    lowered = text.lower()
    return all(word.lower()[:max(1, len(word) - 2)] in lowered for word in words)


@lru_cache(maxsize=1024)
def _coordinated_pattern(term: str):
    import regex

    *modifiers, head = term.split()
    conjunct = r"[\p{L}\-]+(?:[ \t]+[\p{L}\-]+)?"
    return regex.compile(
        r"(?i)(?<![\p{L}\p{N}\-])" + r"[ \t]+".join(map(regex.escape, modifiers))
        + rf"(?:,[ \t]+{conjunct})*,?[ \t]+(?:and|or)[ \t]+{conjunct}[ \t]+"
        + _noun_forms(head.lower()) + r"(?![\p{L}\p{N}])")


def shares_head(text: str, term: str) -> bool:
    """Whether an English text names a term of several words as the first of coordinated
    modifiers sharing its head (cultural and people-to-people exchanges: cultural
    exchange; economic, security and cultural cooperation: economic cooperation)."""
    words = term.split()
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    return (_may_stand(text, words[:-1])  # the head may be irregular (crises, people)
            and _coordinated_pattern(" ".join(words)).search(text) is not None)


# Nouns for a government named after its leader (the Lee administration, the Takaichi
# Cabinet), and the titles that may come before the leader's name.
_LEADER_BODIES = ("administration", "government", "cabinet")
_LEADER_TITLES = ("", "President ", "Prime Minister ", "PM ", "Premier ", "Chancellor ")


def leaders_government_forms(term: str) -> tuple[str, ...]:
    """The forms a term naming a government after its leader (Lee Jae-myung administration,
    Takaichi Cabinet: capitalised words, then one of _LEADER_BODIES) is written in with the
    leader's possessive or an of-phrase, the full name or the surname, with a title or
    none, and any of administration, government, cabinet, as English uses them alike for
    it: President Lee's administration, the government of Prime Minister Takaichi, the Lee
    Jae-myung government. Empty
    for any other term."""
    words = term.split()
    if len(words) < 2 or words[-1].lower() not in _LEADER_BODIES or not all(
            w[:1].isupper() for w in words[:-1]):
        return ()
    names = list(dict.fromkeys((" ".join(words[:-1]), words[0])))
    bodies = [words[-1], *(b for b in _LEADER_BODIES if b != words[-1].lower())]
    out = [f"{name} {body}" for name in names for body in bodies[1:]]  # Lee government
    for name in names:
        for title in _LEADER_TITLES:
            for body in bodies:
                out += [f"{title}{name}'s {body}", f"the {body} of {title}{name}"]
    return tuple(dict.fromkeys(out))


# Nouns that name a matter by what it concerns, which prose may leave out (역사 문제 ->
# history must not be ignored; the history issue -> history).
_LIGHT_HEADS = frozenset("issue problem question matter".split())


@lru_cache(maxsize=1024)
def _modifier_pattern(words: tuple[str, ...]):
    """The words before a light head, as words of their own, and the word after them."""
    import regex

    return regex.compile(r"(?i)(?<![\p{L}\p{N}\-])" + r"[ \t\n]+".join(
        map(regex.escape, words)) + r"(?![\p{L}\p{N}\-])[ \t]*(?P<next>[\p{L}'’]+)?")


def by_gerund_modifier(text: str, term: str) -> bool:
    """Whether an English text names a one-word noun term by the -ing form of its verb
    modifying a noun after it (a trading partner for trade, a mining town for mine), as
    English makes a compound of the verb of the noun's root; not the form before a function
    word or a verb (trading with Japan, trading is up), nor a form that is a noun of its own
    in lemminflect's tables, drifted from the root's sense (setting, building, meeting: a
    setting value is no set)."""
    if not term.isalpha() or not term.islower():
        return False
    for form in inflections(term, "verb"):
        if not form.endswith("ing") or form == term or "NOUN" in word_classes(form):
            continue
        for match in compiled(rf"(?i)(?<![\p{{L}}]){form}(?![\p{{L}}\-])").finditer(text):
            after = _WORD_AFTER.match(text, match.end())
            if (after is not None and after.group(1) is None
                    and modifies_noun_after(text, match.end())
                    and "NOUN" in word_classes(after.group(2).lower())):
                return True
    return False


def by_modifier_alone(text: str, term: str) -> bool:
    """Whether an English text names a term that ends in a light noun (_LIGHT_HEADS: history
    issue) by the noun before it alone, standing as a noun of its own: followed by no other
    noun or preposition ("history must not be ignored"; not "history textbook", nor "the
    history of Japan") and owned by no pronoun ("their full history" is something's own)."""
    words = term.split()
    if len(words) < 2 or words[-1].lower() not in _LIGHT_HEADS:
        return False
    if not _may_stand(text, words[:-1]):
        return False
    for match in _modifier_pattern(tuple(words[:-1])).finditer(text):
        word = (match.group("next") or "").lower()
        if _POSSESSIVE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # their full history: the history of something, not the matter
        if not word or word not in _PREPOSITIONS and (
                word in _CLOSED or is_inflected_verb(word) or "NOUN" not in word_classes(word)):
            return True  # punctuation, the end, or no noun or preposition after it
    return False


# A possessive pronoun before a noun, with a modifier or two between (their full history).
_POSSESSIVE_BEFORE = lazy(r"(?i)(?<![\p{L}\p{N}])(?:its|their|his|her|our|your|my|whose)"
                          r"(?:[ \t\n]+\p{Ll}+){0,2}[ \t\n]+$")


def rival_names(text: str, term: str, others: Iterable[str] = (), complements: bool = True
                ) -> list[tuple[int, int]]:
    """Where an English text names something as a capitalised term of several words is named
    (Liberation Day), with the same head and other capitalised words before it
    (Independence Day): a rival name of the term's kind. Not the term's own last words, or
    those of one of `others` (the entry's other terms), after a determiner or none (The
    Joint Declaration for Korea-Japan Joint Declaration: the term shortened), nor after an
    adverb with its capital from a sentence (Previously Minister at ...). A term whose
    head comes first, its complement after of, for or on (Ministry of Foreign Affairs), has
    rivals of that shape with other capitalised words (the Ministry of the Interior and
    Safety: _rival_complements), unless `complements` is false. Not a person's name before
    a word of the head's (Rep. Park Ji-hoon Minister, ...: a romanized Korean given name,
    then a speaker addressing the minister). A name of one word of two parts joined by a
    hyphen has rivals with another first part (Asia-Pacific for Indo-Pacific:
    _rival_first_parts). Empty for a term in lower case or of one other word."""
    words = term.split()
    if len(words) >= 3 and words[1] in _COMPLEMENT_WORDS and words[0][:1].isupper() and all(
            word[:1].isupper() for word in words[2:]):
        return _rival_complements(text, words[0], words[1], (term, *others)) if complements \
            else []
    if len(words) == 1:
        return _rival_first_parts(text, term, others)
    if not all(word[:1].isupper() for word in words):
        return []
    import regex

    head = regex.escape(words[-1])
    modifiers = len(words) - 1
    pattern = (r"(?<![\p{L}\p{N}\-])(?:\p{Lu}[\p{L}\-’']*" + WORD_GAP + "){1,"
               + str(modifiers) + "}" + head + r"(?![\p{L}\p{N}\-])")
    names = [[word.lower() for word in name.split()] for name in (term, *others)]
    out = []
    for match in compiled(pattern).finditer(text):
        found = match.group().split()
        while len(found) > 1 and (is_function_word(found[0])
                                  or word_classes(found[0].lower()) == {"ADV"}):
            found = found[1:]  # The Joint Declaration: the term's own last words; an
            # adverb opening a sentence (Previously Minister at the Embassy) no name's word
        if _ROMANIZED_GIVEN_NAME.fullmatch(found[0]) and _given_name_at(
                text, text.find(found[0], match.start())):
            continue  # Park Ji-hoon Minister, ...: a person's name, then a word of address
        lowered = [word.lower() for word in found]
        if len(found) > 1 and all(lowered != name[-len(found):] for name in names):
            out.append(match.span())
    return out


def _rival_first_parts(text: str, term: str, others: Iterable[str]) -> list[tuple[int, int]]:
    """For a name of one word of two capitalised parts joined by a hyphen (Indo-Pacific),
    the words of the text with another capitalised first part before the same last one
    (Asia-Pacific): rival_names for such a name."""
    first, dash, last = term.rpartition("-")
    if not dash or not first[:1].isupper() or not last[:1].isupper() or "-" in first:
        return []
    import regex

    own = {name.lower() for name in (term, *others)}
    pattern = (r"(?<![\p{L}\p{N}\-])\p{Lu}\p{L}*-" + regex.escape(last)
               + r"(?![\p{L}\p{N}\-])")
    return [match.span() for match in regex.finditer(pattern, text)
            if match.group().lower() not in own]


# A Korean given name romanised, its two syllables joined by a hyphen, the second in lower
# case (Ji-hoon, Jae-myung): no word of a name's modifiers is written so (Vice-Minister,
# Self-Defense keep their capitals).
_ROMANIZED_GIVEN_NAME = lazy(r"\p{Lu}\p{Ll}{1,6}-\p{Ll}{2,7}")


def _given_name_at(text: str, start: int) -> bool:
    """Whether the hyphened word at `start` is the given name of a romanised Korean name, its
    family name before or after it (Park Ji-hoon: text.korean_names.hyphened_name_around);
    not a Japanese temple's name, which is written so too (Todai-ji Temple)."""
    from yongeo.text.korean_names import hyphened_name_around

    end = start
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return hyphened_name_around(text, start, end) is not None


# The words between a name's head and its complement (Ministry of Foreign Affairs, Minister
# for Foreign Affairs, Treaty on Basic Relations).
_COMPLEMENT_WORDS = frozenset({"of", "for", "on"})


def _rival_complements(text: str, head: str, joint: str, names: tuple[str, ...]
                       ) -> list[tuple[int, int]]:
    """Where an English text names a head with another complement of capitalised words, an
    *and* or an ampersand between them (the Ministry of the Interior and Safety for the
    Ministry of Foreign Affairs): rival_names for a term whose head comes first. The
    complement goes on no further than its capitalised words, so a name of the term's own
    words is the term (Ministry of Foreign Affairs of Japan holds it first)."""
    import regex

    pattern = (r"(?<![\p{L}\p{N}\-])" + regex.escape(head) + WORD_GAP + regex.escape(joint)
               + WORD_GAP + r"(?:the" + WORD_GAP + r")?\p{Lu}[\p{L}\-’']*(?:" + WORD_GAP
               + r"(?:(?:and|&)" + WORD_GAP + r")?\p{Lu}[\p{L}\-’']*)*")
    wanted = {" ".join(w for w in name.lower().split() if w != "the") for name in names}
    out = []
    for match in compiled(pattern).finditer(text):
        found = " ".join(w for w in match.group().lower().split() if w != "the")
        if not any(found == name or name.startswith(found + " ") for name in wanted):
            out.append(match.span())
    return out


# The endings English spells two ways, British first, each with the endings that may follow
# it: organise, organisation, analyse, labour, centre, catalogue, defence, programme. Read at
# a word's end after two letters at least (four and your have no other spelling).
_SPELLINGS = (("is", "iz", ("e", "es", "ed", "ing", "ation", "ations", "er", "ers")),
              ("ys", "yz", ("e", "es", "ed", "ing")),
              ("our", "or", ("", "s", "ed", "ing", "ite", "ites")),
              ("tre", "ter", ("", "s")),
              ("ogue", "og", ("", "s")),
              ("ence", "ense", ("", "s")),
              ("amme", "am", ("", "s")))


def _spelling_patterns(british_first: bool) -> tuple:
    """(pattern, replacement) for each of _SPELLINGS, from the British spelling to the
    American one or (`british_first` false) back."""
    out = []
    for british, american, tails in _SPELLINGS:
        found, put = (british, american) if british_first else (american, british)
        tail = "|".join(tails)
        out.append((lazy(rf"(?<=[a-z]{{2}}){found}({tail})$"), rf"{put}\1"))
    return tuple(out)


_BRITISH_ENDINGS = _spelling_patterns(True)
_AMERICAN_ENDINGS = _spelling_patterns(False)
# Every ending _SPELLINGS changes: a word with none of them has one spelling, and is passed
# by this test alone.
_SPELLING_ENDINGS = tuple({stem + tail for british, american, tails in _SPELLINGS
                           for stem in (british, american) for tail in tails})


# The short forms with a full stop that names' words take in lists, programmes, headlines
# and affiliations (Korea Univ., the Foreign Min.), after style guides' tables of
# abbreviations; only for a capitalised word, as a name writes it.
_NAME_WORD_ABBREVIATIONS = {
    "University": ("Univ.",), "Institute": ("Inst.",), "Department": ("Dept.",),
    "Government": ("Govt.", "Gov't"), "National": ("Natl.", "Nat'l"),
    "International": ("Intl.", "Int'l"), "Association": ("Assn.", "Assoc."),
    "Corporation": ("Corp.",), "Company": ("Co.",), "Center": ("Ctr.",), "Centre": ("Ctr.",),
    "Foundation": ("Fdn.",), "Ministry": ("Min.",), "Minister": ("Min.",),
    "Ambassador": ("Amb.",), "Professor": ("Prof.",), "Secretary": ("Sec.",),
}


def abbreviated_forms(term: str) -> tuple[str, ...]:
    """The term with its capitalised words in their short forms with a full stop (Korea
    University: Korea Univ.; Korea National Diplomatic Academy: Korea Natl. Diplomatic
    Academy, Korea Nat'l Diplomatic Academy), each word alone and all of them at once: a
    programme's or a headline's way of writing the same name. A word in lower case takes
    them in lower case, with the full stop or without, as notes write them (local
    government: local govt, local govt., local gov't)."""
    words = term.split(" ")

    def shorts_of(word: str) -> tuple[str, ...]:
        if word in _NAME_WORD_ABBREVIATIONS:
            return _NAME_WORD_ABBREVIATIONS[word]
        if word.islower() and word.capitalize() in _NAME_WORD_ABBREVIATIONS:
            lower = [short.lower() for short in _NAME_WORD_ABBREVIATIONS[word.capitalize()]]
            return tuple(dict.fromkeys(form for short in lower
                                       for form in (short.rstrip("."), short)))
        return ()

    singles = [" ".join([*words[:at], short, *words[at + 1:]])
               for at, word in enumerate(words) for short in shorts_of(word)]
    shorts = [(shorts_of(word) or (word,))[0] for word in words]
    return tuple(form for form in dict.fromkeys([*singles, " ".join(shorts)])
                 if form != term)


def slashed_forms(term: str) -> tuple[str, ...]:
    """A term of two words or phrases joined by *and* written with a slash instead (science
    and technology: science/technology, science / technology), as lists, tables and notes
    write a pair; empty for any other term."""
    first, joint, second = term.partition(" and ")
    if not joint or " and " in second or not first or not second or "," in term:
        return ()  # not a list's last two (Ministry of Economy, Trade and Industry)
    return (f"{first}/{second}", f"{first} / {second}")


def spelling_variants(term: str) -> tuple[str, ...]:
    """The English term in the other spelling, British for American and American for
    British, where one of its words (or a hyphened word's parts) has one (Defense Ministry:
    Defence Ministry; Self-Defense Forces: Self-Defence Forces; forced labour: forced labor;
    organization: organisation), each word's other form a word English writes (wordfreq: no
    *motour* for *motor*), its case kept. A body's name written the other way (the
    Self-Defence Forces in a British text) is the same body's."""
    import regex

    words = regex.split(r"([ \-])", term)  # the separators kept, at the odd places
    out = []
    for british in (True, False):
        changed = []
        for word in words:
            other = _other_spelling(word.lower(), british)
            if other is None:
                changed.append(word)
            elif word.isupper():
                changed.append(other.upper())
            else:
                changed.append(other.capitalize() if word[:1].isupper() else other)
        if changed != words:
            out.append("".join(changed))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=8192)
def _other_spelling(lower: str, british: bool) -> str | None:
    """A lower-case word in the British spelling (`british`) or the American one, when it
    differs and is a word English writes (wordfreq), else None."""
    if not lower.endswith(_SPELLING_ENDINGS):
        return None
    other = lower
    for pattern, replacement in _AMERICAN_ENDINGS if british else _BRITISH_ENDINGS:
        other = pattern.sub(replacement, other)
    if other == lower:
        return None
    from yongeo.text.frequency import COMMON_ZIPF, common_words

    return other if common_words("en").get(other, 0.0) >= COMMON_ZIPF else None


def american_spelling(word: str) -> str:
    """An English word in lower case with a British ending spelt the American way
    (institutionalised -> institutionalized, labour -> labor, defence -> defense): two words
    alike so are one word's two spellings, not a slip of one for the other."""
    lower = word.lower()
    for pattern, american in _BRITISH_ENDINGS:
        lower = pattern.sub(american, lower)
    return lower


# Derivational suffixes: a noun's adjective, agent or action (president -> presidential,
# terrorism -> terrorist, inauguration -> inaugural, modify -> modification, briefing ->
# briefed). A stem is a word less one of them, five letters or more.
_DERIVATIONS = ("ications", "ication", "ations", "ation", "ions", "ion", "ical", "ial", "al",
                "ists", "ist", "isms", "ism", "ive", "ary", "ized", "ised", "izes", "ises",
                "ize", "ise", "ing", "y")
_MIN_STEM = 5


def derivational_stems(term: str) -> frozenset[str]:
    """The stems an English word shares with the words derived from it: the word itself and
    the word less a derivational suffix (terrorism: terrorism, terror; inauguration:
    inaugur; modify: modif; a verb's noun, briefing: brief, as in were briefed)."""
    word = term.lower()
    stems = {word}
    for suffix in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            stems.add(word[:-len(suffix)])
    return frozenset(stems)


def derived_from(word: str, stems: frozenset[str]) -> bool:
    """Whether an English word is one of `stems` (derivational_stems) with a derivational
    suffix or none, or a derived verb's inflection: presidential and president for
    president; terrorist for terrorism; inaugural and inaugurated for inauguration;
    modification and modifying for modify; institutionalizing for institutionalization."""
    lower = word.lower()
    return any(lower.startswith(stem) and lower[len(stem):] in _DERIVED_ENDINGS
               for stem in stems)


# What a stem may end a derived word with: a derivational suffix, with the plural of agents
# and actions, or the inflections of a derived verb (institutionalizing, inaugurated).
_DERIVED_ENDINGS = frozenset(("", "s", "e", "es", "ed", "ing", *_DERIVATIONS))


def is_common_word(word: str) -> bool:
    """Whether the lower-case form of a word is an ordinary English word (windows, apple),
    by lemminflect's tables: a capitalised term that is one is a name only when capitalised."""
    return bool(_lemminflect().getAllLemmas(word.lower()))


# General English idioms in which a common word is no technical term: "in this case" is no
# letter case, "by default" no default value, "for instance" no object instance. Words are
# given in their dictionary form and match in every inflection (be the case: is the case,
# was the case); matching ignores case and spacing. Lint applies a phrase to every entry
# whose English term is one lower-case word that the phrase holds (docs/lint.md, "Sense").
FIXED_PHRASES: tuple[str, ...] = (
    # case
    "in this case", "in that case", "in any case", "in either case", "in which case",
    "in case", "just in case", "in the case of", "be the case", "not the case",
    "case by case",
    # instance, example
    "for instance", "in the first instance", "for example",
    # default
    "by default",
    # order
    "in order to", "in order for", "in order that",
    # result, fact, effect
    "as a result", "as a result of", "in fact", "in effect", "take effect", "come into effect",
    # degree and sequence
    "at least", "at most", "at last", "at first", "at all", "at once", "after all",
    "first of all", "above all", "by far", "so far", "as far as", "as well", "as well as",
    "as long as", "as soon as", "no longer", "any longer", "at the same time",
    "from time to time", "in time", "on time", "all the time", "in a row",
    # discourse
    "on the other hand", "on the one hand", "of course", "in general", "in particular",
    "in addition", "in addition to", "in turn", "in short", "in brief", "in other words",
    "by the way", "in the end", "in the meantime", "on the whole", "for the most part",
    "in common", "on purpose", "by accident", "by chance", "by hand", "in person",
    "for good", "for now", "for the time being",
    # relation
    "in spite of", "in front of", "on behalf of", "in terms of", "in place of",
    "in favor of", "in favour of", "in charge of", "in line with", "with respect to",
    "with regard to", "in view of", "point of view", "on top of", "in case of",
    "instead of", "because of", "according to", "due to", "in response to",
    # verbs with a light object
    "take place", "take care", "take care of", "take part", "take part in",
    "take advantage of", "take into account", "make sense", "make sure", "keep track of",
    "keep in mind", "bear in mind", "come true", "in place", "out of place",
    # be found: exist, be located (No match was found, more can be found below), not the act
    # of finding
    "be found",
    # find out: learn (to find out more), a phrasal verb, not the act of finding
    "find out",
)

# Words around a hit that tell its part of speech (lint's sense filter, docs/lint.md).
_DETERMINERS = frozenset("""a an the this these those each every any some no another its
their your my our his her whose what either neither all both several many few such""".split())
_PREPOSITIONS = frozenset("""of in on for with by from into onto about at between per without
under over via within across through against among after before during""".split())
_MODALS = frozenset("""can could will would shall should may might must cannot can't couldn't
won't wouldn't shouldn't mustn't do does did don't doesn't didn't please let's""".split())
_BE = frozenset("am is are was were be been being get gets got gotten getting".split())
_HAVE = frozenset("have has had having".split())
_SUBJECTS = frozenset("i you we they he she it who".split())
# Conjunctions that head a clause with its subject left out: if set, when enabled.
_CLAUSE_HEADS = frozenset("if when unless once until while whether where as than".split())
_OBJECT_STARTS = _DETERMINERS - {"no", "what", "whose", "either", "neither", "such"} | \
    frozenset("it them him me us up down out off".split())
# Words that follow a noun subject: the set is, mount doesn't.
_NOUN_FOLLOWERS = frozenset("""of is isn't was wasn't are aren't were weren't has hasn't have
haven't can can't cannot will won't should shouldn't must may might could couldn't would
wouldn't does doesn't did didn't which whose""".split())
_ADVERBS = frozenset("not n't only also just still then first again now always never already "
                     "even ever often".split())
_CLOSED = (_DETERMINERS | _PREPOSITIONS | _MODALS | _BE | _HAVE | _SUBJECTS | _CLAUSE_HEADS
           | {"to", "and", "or", "but", "that", "which"})
_WORD = lazy(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
# What ends the stretch of text the neighbouring words are taken from.
_PLURAL_POSSESSIVE = lazy(r"\p{L}s['’][ \t]+$")
_CLAUSE_BREAK = lazy(r"[.!?;:,()\[\]{}\"“”<>|\n]")
_CONTEXT = 60


def verb_lemmas(word: str) -> frozenset[str]:
    """The verbs a word form can be an inflection of (found -> find, found), itself
    included when it is a verb's base form."""
    return frozenset(_lemminflect().getAllLemmas(word.lower()).get("VERB", ()))


def _verb_tags(word: str) -> frozenset[str]:
    """The Penn verb tags (VB, VBD, VBG, VBN, VBZ) a word form can have."""
    tags = set()
    for lemma in _lemminflect().getAllLemmas(word).get("VERB", ()):
        for tag, forms in _lemminflect().getAllInflections(lemma, upos="VERB").items():
            if word in forms:
                tags.add("VB" if tag == "VBP" else tag)
    return frozenset(tags)


# What word_use reads of a word form, packed in one integer per word (_word_table): the
# word classes lemminflect knows it in, its verb tags, whether it is a singular noun, and
# whether it is its own noun or verb lemma (a base form: poll, suggest; not polls, suggests).
_TABLE_CLASSES = ("NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN")
_TABLE_TAGS = ("VB", "VBD", "VBG", "VBN", "VBZ")
_SINGULAR_BIT = 1 << (len(_TABLE_CLASSES) + len(_TABLE_TAGS))
_NOUN_LEMMA_BIT = _SINGULAR_BIT << 1
_VERB_LEMMA_BIT = _SINGULAR_BIT << 2
# Bump when the packing changes: the file name carries it.
_TABLE_FORMAT = 3


def _lemma_bits(by_class: dict, word: str) -> int:
    # lemminflect gives a lower-case word its lemmas in lower case (ph: pH -> ph).
    def among(upos: str) -> bool:
        return any(word == lemma.lower() for lemma in by_class.get(upos, ()))

    return (_NOUN_LEMMA_BIT if among("NOUN") else 0) | (_VERB_LEMMA_BIT if among("VERB") else 0)


def _packed(word: str) -> int:
    classes = _lemminflect().getAllLemmas(word)
    bits = sum(1 << i for i, name in enumerate(_TABLE_CLASSES) if name in classes)
    tags = _verb_tags(word)
    bits |= sum(1 << (len(_TABLE_CLASSES) + i) for i, tag in enumerate(_TABLE_TAGS)
                if tag in tags)
    if "NOUN" in classes and word in _lemminflect().getAllInflections(
            classes["NOUN"][0], upos="NOUN").get("NN", ()):
        bits |= _SINGULAR_BIT
    return bits | _lemma_bits(classes, word)


def _build_word_table() -> dict[str, int]:
    """Every word form of lemminflect's lexicon with what word_use reads of it, read from
    its two tables directly (the per-word functions copy their answers and take five
    times as long); the per-word path is kept for a version whose tables differ."""
    module = _lemminflect()
    try:
        # Singletons: the tables the module's functions read, and their overrides, which
        # replace a word's (or a lemma's) entries class by class, as those functions do.
        lemmas = module.Lemmatizer()._getLemmaDict()
        lemma_overrides = module.Lemmatizer()._getOverridesDict()
        inflections = module.Inflections()._getInflDict()
        inflection_overrides = module.Inflections()._getOverridesDict()
    except AttributeError:
        return {word: bits for word in module.Lemmatizer()._getLemmaDict()
                if (bits := _packed(word))}

    def forms(lemma: str) -> dict:
        return {**inflections.get(lemma, {}), **inflection_overrides.get(lemma, {})}

    table = {}
    verb_tags = {f"VB{t}" for t in ("", "D", "G", "N", "Z", "P")}
    for word in {**lemmas, **lemma_overrides}:
        if not word.islower():
            continue  # lemminflect looks a word up in lower case: such a key is never read
        by_class = {**lemmas.get(word, {}), **lemma_overrides.get(word, {})}
        bits = sum(1 << i for i, name in enumerate(_TABLE_CLASSES) if name in by_class)
        tags = set()
        for lemma in by_class.get("VERB", ()):
            for tag, written in forms(lemma).items():
                if tag in verb_tags and word in written:
                    tags.add("VB" if tag == "VBP" else tag)
        bits |= sum(1 << (len(_TABLE_CLASSES) + i) for i, tag in enumerate(_TABLE_TAGS)
                    if tag in tags)
        nouns = by_class.get("NOUN", ())
        if nouns and word in forms(nouns[0]).get("NN", ()):
            bits |= _SINGULAR_BIT
        bits |= _lemma_bits(by_class, word)
        if bits:
            table[word] = bits
    return table


@lru_cache(maxsize=1)
def _word_table() -> dict[str, int]:
    """The word table, built once per machine and lemminflect version and kept in yongeo's
    cache folder: loading it takes a tenth of the time and memory of lemminflect's own
    tables, which a lint run that reads word uses would otherwise load every time."""
    import pickle
    from importlib.metadata import version

    from yongeo.files import atomic_write, cache_dir, enabled

    path = cache_dir() / f"english-words-{version('lemminflect')}-{_TABLE_FORMAT}.pickle"
    if enabled():
        try:
            table = pickle.loads(path.read_bytes())
            if isinstance(table, dict):
                return table
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass
    table = _build_word_table()
    if enabled():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a read-only cache only costs the next run the build again
    return table


@lru_cache(maxsize=65536)
def _classes(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The word classes lemminflect knows a word form in (NOUN, VERB, ADJ, ...), and its
    verb tags, read from the word table."""
    return _classes_of_bits(_word_table().get(word, 0))


@cache
def _classes_of_bits(bits: int) -> tuple[frozenset[str], frozenset[str]]:
    """The classes and tags a word table's bits stand for: fewer than a hundred combinations, each
    made once and shared by every word that has it (two sets for each of 65,536 words
    would cost 6 MiB)."""
    classes = frozenset(n for i, n in enumerate(_TABLE_CLASSES) if bits >> i & 1)
    tags = frozenset(t for i, t in enumerate(_TABLE_TAGS)
                     if bits >> (len(_TABLE_CLASSES) + i) & 1)
    return classes, tags


def word_classes(word: str) -> frozenset[str]:
    """The word classes lemminflect knows a word form in (NOUN, VERB, ADJ, ADV, AUX), read
    from the cached word table (set: NOUN, VERB; suggest: VERB; afterward: ADV)."""
    return _classes(word.lower())[0]


def is_inflected_verb(word: str) -> bool:
    """A verb form that is not the base form (encourages, suggested; not set, suggest)."""
    bits = _word_table().get(word.lower(), 0)
    return "VERB" in _classes(word.lower())[0] and not bits & _VERB_LEMMA_BIT


def is_plural_noun(word: str) -> bool:
    """A noun form that is not its own lemma (polls, residents; not poll, news, his)."""
    bits = _word_table().get(word.lower(), 0)
    return "NOUN" in _classes(word.lower())[0] and not bits & _NOUN_LEMMA_BIT


_TITLE_WORD = lazy(r"(?<![\p{L}\p{N}_'’])\p{Latin}{4,}(?![\p{L}\p{N}])")


def is_title_case(text: str) -> bool:
    """Whether `text` is written in title case, where every word of four letters or more
    other than a function word starts with a capital (Close All Windows, Search Results):
    there a capital says nothing of a name. Two such words at least."""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _CLOSED]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


# What stands between a sentence's end and the next sentence's first word.
_SENTENCE_GAP = lazy(r"[.!?:;][\p{Pi}\p{Pf}\p{Pe}\"')]*\s+[\p{Ps}\p{Pi}\"'_]*$")
# The last letter or digit before a position, searched backwards (no copy of what precedes).
_LAST_LETTER_OR_DIGIT = lazy(r"(?r)[\p{L}\p{N}]")


def starts_sentence(text: str, start: int, begin: int = 0) -> bool:
    """Whether the word at `start` opens a sentence of `text[begin:]`: no letter or digit
    before it (a label: "Windows", "_Windows", "“Windows”"), or a sentence's end before it
    ("Done. Windows are closed."). There a capital is the sentence's, and says nothing of a
    name."""
    last = _LAST_LETTER_OR_DIGIT.search(text, begin, start)
    return last is None or _SENTENCE_GAP.search(text, last.end(), start) is not None


def is_function_word(word: str) -> bool:
    """A preposition, determiner, pronoun, auxiliary or conjunction (about, over, the, if):
    as a glossary term such a word can only name something (the About box)."""
    return word.lower() in _CLOSED


# Object pronouns, which lemminflect's tables hold as nouns (me, us).
_OBJECT_PRONOUNS = frozenset("me him her us them whom".split())


# A person referred to in the third person singular, as a translation may refer to a name
# its source repeats (부시는 말했다 -> he said).
_PERSON_PRONOUN = lazy(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers|[Hh]imself|[Hh]erself)\b")


# The prepositions a head noun's complement starts with (Ministry of ..., Treaty on ...,
# Foundation for ..., Agreement between ..., Embassy in ..., Ambassador to ...).
_COMPLEMENT_STARTS = frozenset(("of", "on", "for", "between", "in", "to"))


# A complement after a term: *on*, *in*, *for* or *over* and a word (cooperation on
# economic security).
_COMPLEMENT_AFTER = lazy(r"[ \t]+(?i:on|in|for|over|against|with)[ \t]+\p{L}")


def takes_complement_after(text: str, end: int) -> bool:
    """Whether the term ending at `end` goes on with a complement (Korea-Japan cooperation
    on economic security), which Korean puts before the term's head."""
    return _COMPLEMENT_AFTER.match(text, end) is not None


def head_noun(term: str) -> str | None:
    """The head noun of an English term of several words, in lower case: the word before
    its first complement's preposition (Ministry of National Defense -> ministry; Treaty on
    Basic Relations -> treaty; Minister for Foreign Affairs of Japan -> minister), else the
    last (Defense Ministry -> ministry); None for one word, an acronym or a head of three
    letters or fewer."""
    words = term.split()
    if len(words) < 2:
        return None
    lower = [word.lower() for word in words]
    at = next((i for i in range(1, len(words)) if lower[i] in _COMPLEMENT_STARTS), None)
    head = words[at - 1] if at is not None else words[-1]
    return head.lower() if len(head) > 3 and head.isalpha() else None


# A word in -ee or -ees (abductees, detainees, evacuee).
_EE_WORD = lazy(r"(?i)(?<![\p{L}\p{N}])(\p{L}{3,})ees?(?![\p{L}\p{N}])")
# The words an English name of persons ends with (comfort women, Korean residents), besides
# the nouns of a doer (-er, -or, -ist, -ian) and of a patient (-ee).
_PERSON_NOUNS = frozenset("women men people persons children families residents victims "
                          "survivors woman man person child family resident victim "
                          "survivor".split())
_DOER_ENDINGS = ("ers", "ors", "ists", "ians")


def patient_noun(word: str) -> bool:
    """Whether an English word in -ee(s) names persons by what was done to them: the rest of
    it, with e or -ate back (evacuee: evacuate; nominee: nominate), is a verb (abductees,
    detainee, deportees; not committee, degree, refugee)."""
    match = _EE_WORD.fullmatch(word.lower())
    if match is None:
        return False
    stem = match.group(1)
    return any("VERB" in _classes(verb)[0] for verb in (stem, stem + "e", stem + "ate"))


def holds_patient_noun(text: str) -> bool:
    """Whether `text` names persons by what was done to them (the abductees: patient_noun)."""
    return any(patient_noun(match.group()) for match in _EE_WORD.finditer(text))


@lru_cache(maxsize=4096)
def _doer_pattern(term: str):
    import regex

    words = [regex.escape(word) for word in term.split()]
    return regex.compile(r"(?i)(?<![\p{L}\p{N}])" + r"[ \t\n-]+".join(words)
                         + r"(?:ers?|ors?)(?:['’]s?)?(?![\p{L}\p{N}])")


def holds_doer_of(text: str, term: str) -> bool:
    """Whether `text` names a doer of an English term's activity by adding -er to it (forced
    labor -> a forced laborer's daughter): the persons of the concept, as English names
    them."""
    return bool(term) and term[-1:].isalpha() and _doer_pattern(term).search(text) is not None


# Persons a wrong was done to, named by a noun of persons and the wrong as what happened to
# them: Koreans forcibly mobilized, Koreans they (or a named subject) had forcibly mobilized,
# Koreans subjected to forced mobilization, those who were mobilized, Koreans compensated
# for forced labor; or the wrong's participle before them (forcibly mobilized Koreans).
_PATIENTS = (r"(?:Koreans|Chinese|people|persons|workers|labou?rers|men|women|girls|boys|"
             r"those|individuals|civilians|conscripts|children|citizens)")
_PATIENTS_BEFORE = lazy(
    rf"(?<![\p{{L}}]){_PATIENTS}(?:[ \t]+(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been)"
    r"|[ \t]+(?:they|it|we|\p{Lu}\p{L}*(?:[ \t]+\p{Ll}+)?)[ \t]+had)?"
    r"(?:[ \t]+(?:subjected|submitted)[ \t]+to|[ \t]+for)?[ \t]+$")
_PATIENTS_AFTER = lazy(rf"[ \t]+{_PATIENTS}(?![\p{{L}}])")


def describes_patients(text: str, start: int, end: int) -> bool:
    """Whether the wrong written at [start, end) of an English text says what was done to the
    persons beside it (Koreans forcibly mobilized, Koreans they had forcibly mobilized,
    Koreans subjected to forced mobilization, to compensate Koreans for forced labor,
    forcibly mobilized Koreans): the persons named as that wrong's victims."""
    return (_PATIENTS_BEFORE.search(text, max(0, start - 60), start) is not None
            or (text[start:end].lower().endswith(("ed", "en"))
                and _PATIENTS_AFTER.match(text, end) is not None))


# Words that tell that people died (they died, were killed, the dead, the death toll,
# lost their lives): where English tells a disaster's victims by what befell them.
_DEATHS = lazy(r"(?i)(?<![\p{L}])(?:d(?:ie[sd]?|ying)|dead|deaths?|killed|killing|perish(?:ed|ing)"
               r"|drown(?:ed|ing)|fatalities|lost[ \t]+their[ \t]+lives)(?![\p{L}])")


def tells_deaths(text: str) -> bool:
    """Whether an English text tells that people died by a word of dying (died, killed, the
    dead, the death toll, perished, drowned, lost their lives)."""
    return _DEATHS.search(text) is not None


# The families of persons named as their possessive's owner: victims' families, the
# victims' relatives, the families of the victims.
_FAMILIES_AFTER = lazy(r"['’]s?[ \t]+(?:bereaved[ \t]+)?(?:families|family(?:[ \t]+members?)?|"
                       r"relatives?|kin)(?![\p{L}])")
_FAMILIES_BEFORE = lazy(r"(?i)(?:families|relatives?|family[ \t]+members?)[ \t]+of[ \t]+"
                        r"(?:the[ \t]+|a[ \t]+)?$")


# The families of the dead as English names them, and the words after "of" that say whose
# (relatives of those who have died; families of the survivors).
_FAMILIES = lazy(r"(?i)(?<![\p{L}])(?:(?:bereaved[ \t]+)?(?:famil(?:y|ies)|relatives"
                 r"|next[ \t]+of[ \t]+kin)|the[ \t]+bereaved(?![ \t]+(?:famil|relatives)))"
                 r"(?![\p{L}])(?:[ \t]+of((?:[ \t]+[\p{L}'’-]+){1,6}))?")


def names_families(text: str) -> bool:
    """Whether an English text names families of the dead with no other persons as theirs
    (the families, relatives of those who have since died; not the families of the
    survivors): the English twin of text.korean.names_the_bereaved."""
    return any(not (match.group(1) and any(names_persons(word)
                                           for word in match.group(1).split()))
               for match in _FAMILIES.finditer(text))


def families_of(text: str, start: int, end: int) -> bool:
    """Whether the persons named at [start, end) of an English text are named as those whose
    families something is (victims' families, the families of the victims): a phrase
    Korean renders by one word for the families of the dead (유족)."""
    return (_FAMILIES_AFTER.match(text, end) is not None
            or _FAMILIES_BEFORE.search(text, max(0, start - 30), start) is not None)


def names_persons(term: str) -> bool:
    """Whether an English term names persons by its head (its last word, or the one before
    its complement: Korean residents in Japan): women, men, people, residents... or one of
    them (a comfort woman); a doer's noun (workers, activists) or a patient's (abductees)."""
    words = term.lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in _PREPOSITIONS), len(words))
    last = words[cut - 1] if words else ""
    return (last in _PERSON_NOUNS or last.endswith(("women", "men")) or patient_noun(last)
            or (last.endswith(_DOER_ENDINGS) and "NOUN" in _classes(last)[0]))


# The nouns English refers back to a thing of a kind with, whatever its name: a report for a
# publication (the Diplomatic Bluebook: the report says), a treaty for an agreement.
KIND_NOUNS = {
    "publication": ("report", "document", "publication", "edition"),
    "agreement": ("agreement", "treaty", "accord", "pact"),
}
# The Korean word each of those kind nouns renders and nothing else does, as a source writes
# the thing plainly (맺어진 조약 -> the treaty): a draft's kind noun may stand for it, not for
# the term. (합의 and 협정 are settlements, arrangements and deals as often: not listed.)
KIND_NOUNS_IN_KOREAN = {"report": ("보고서",), "treaty": ("조약",)}


def _noun_forms(noun: str) -> str:
    """A regex alternation of a noun, plural first (consultations|consultation)."""
    import regex

    return "(?:" + "|".join(regex.escape(form) for form in (plural(noun), noun) if form) + ")"


# The most words between a term's first word and its other words written apart.
_APART_WORDS = 6


def written_apart(text: str, term: str) -> bool:
    """Whether an English text writes a term of three words or more in lower case with its
    first word before the others and a few words between (seafood ... import restrictions
    for seafood import restriction: whose seafood falls under South Korea's import
    restrictions), in one sentence, the others together, their last in either number: the
    term, its first word made the subject or object of the clause it names."""
    words = term.split()
    if len(words) < 3 or not all(word.isalpha() and word.islower() for word in words):
        return False
    pattern = _apart_english_pattern(term)
    return pattern.search(text) is not None if words[0] in text.lower() else False


# Nouns of a span of time, which a word before them names the time of (the shuttle era,
# the summit years): the time of the thing the word stands for.
TIME_NOUNS = frozenset("era eras age ages period periods years days decade decades phase "
                       "phases times season".split())


def name_between(text: str, term: str) -> bool:
    """Whether an English text writes a term of two lower-case words, an adjective and a
    noun, with a name between them as a further modifier (a joint Korea-Japan response
    for joint response; practical Korea-Japan cooperation): the term, said of whom; or with
    one lower-case adjective between, a further modifier too, never a function word or a
    verb alone (a joint military response for joint response; a working-level bilateral
    consultation). The adjective may be a compound of a hyphen (working-level).
    Not a noun alone between: a noun there tells another thing apart (a third-party
    arbitration solution is no third-party solution)."""
    import regex

    words = term.split()
    if len(words) != 2 or not all(_HYPHENED_WORD.fullmatch(word) for word in words):
        return False
    first = words[0]
    if not ("-" in first or "ADJ" in word_classes(first)) or first not in text.lower():
        return False
    head = r"(?i:(?<![\p{L}\-])" + regex.escape(first) + r")[ \t]+"
    tail = r"[ \t]+" + _noun_forms(words[1]) + r"(?![\p{L}\-])"
    if regex.search(head + r"\p{Lu}[\p{L}.]*(?:[\-‐–—]\p{Lu}[\p{L}.]*)*" + tail, text):
        return True
    return any(_adjective_between(found.group(1))
               for found in regex.finditer(head + r"(\p{Ll}[\p{Ll}\-]*)" + tail, text))


# A lower-case word, or words joined by hyphens (working-level).
_HYPHENED_WORD = lazy(r"[a-z]+(?:-[a-z]+)*")


def _adjective_between(word: str) -> bool:
    """Whether a lower-case word between an adjective and its noun modifies the noun as
    the adjective does: an adjective lemminflect knows, not a function word."""
    return "ADJ" in word_classes(word) and not is_function_word(word)


@lru_cache(maxsize=256)
def _apart_english_pattern(term: str):
    import regex

    first, *rest = term.split()
    between = r"(?:[ \t]+[^\s.!?;]+){1," + str(_APART_WORDS) + r"}?"
    return regex.compile(
        r"(?i)(?<![\p{L}\-])" + _noun_forms(first) + r"(?![\p{L}\-])" + between + r"[ \t]+"
        + r"[ \t]+".join(regex.escape(word) for word in rest[:-1]) + r"[ \t]+"
        + _noun_forms(rest[-1]) + r"(?![\p{L}\-])")


# The English verbs that hold an event named by a noun (hold talks, a meeting was held,
# convene a session, conduct consultations, host a summit, give a press conference): the
# twins of Korean support verbs (개최하다, 열다, 진행하다, 하다 with its object).
_SUPPORT_VERB = lazy(r"(?i)(?<![\p{L}])(?:(?:hold(?:s|ing)?|held|convene[sd]?|convening"
                     r"|conduct(?:s|ed|ing)?|host(?:s|ed|ing)?)(?![\p{L}])"
                     r"|(?:give[sn]?|gave|giving)[ \t]+(?:a|an|the)[ \t]+)")


def holds_support_verb(text: str) -> bool:
    """Whether an English text has a verb that holds an event named by a noun (hold, held,
    convene, conduct, host; give before an article): a Korean noun made the object of a
    support verb (협의를 개최할, 브리핑을 합니다) was then rendered as a noun too, with the
    verb's twin."""
    return _SUPPORT_VERB.search(text) is not None


def event_verb_forms(term: str) -> frozenset[str]:
    """The forms of the verb an event's English term is named by, as an -ing noun (flooding of
    the Josei coal mine -> flood, floods, flooded, flooding); empty for a term of no such
    word (Josei coal mine accident)."""
    forms: set[str] = set()
    for word in term.lower().split():
        if word.endswith("ing") and len(word) > 5:
            for lemma in verb_lemmas(word):
                forms.update(word_forms(lemma))
    return frozenset(forms)


def names_dweller(text: str, place: str) -> bool:
    """Whether an English text names a dweller of a place of one word by the place's name
    and a dweller's ending (Osakan, Osakans, Tokyoite, Seoulite, Londoner), as a translation
    renders 오사카 사람: the place is named."""
    if not place.isalpha() or " " in place:
        return False
    import regex

    vowel = place[-1].lower() in "aeiou"
    endings = "n|ns|ite|ites" if vowel else "an|ans|ite|ites|er|ers"
    pattern = (r"(?<![\p{L}\-])" + regex.escape(place) + r"(?:" + endings + r")(?![\p{L}\-])")
    return compiled(pattern).search(text) is not None


def region_adjective(name: str) -> str | None:
    """The adjective English makes of a region's name of two words or more by its last
    word's ending (Northeast Asia -> Northeast Asian, Southeast Asia -> Southeast Asian,
    Eastern Europe -> Eastern European, the Middle East -> Middle Eastern); None for a name
    of one word (a country's or a city's adjective is CLDR's, or none: Nara) or another
    ending (the Indo-Pacific)."""
    words = name.removeprefix("the ").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    last = words[-1]
    if last.endswith("a"):
        last += "n"  # Asia -> Asian, Africa -> African
    elif last.endswith("pe"):
        last = last[:-1] + "ean"  # Europe -> European
    elif last in ("East", "West", "North", "South"):
        last += "ern"  # Middle East -> Middle Eastern
    else:
        return None
    return " ".join([*words[:-1], last])


def holds_noun(text: str, noun: str) -> bool:
    """Whether an English text holds the noun `noun` (lower case) as a word, singular or
    plural, in any case (consultation: High-level consultations)."""

    return compiled(r"(?i)(?<![\p{L}\p{N}])" + _noun_forms(noun)
                    + r"(?![\p{L}\p{N}])").search(text) is not None


# A determiner right before a noun: the ministry, this office, its ministers, my Cabinet (a
# speaker's own); and the indefinite article, with which a news story first describes a
# place (a shrine that...).
# Between a determiner and its noun, as between the words of a name: blanks, or a line's end
# (WORD_GAP: The / Ministry).
_DETERMINER_BEFORE = (r"(?:\b(?:the|this|that|its|their|his|her|my|our|your)" + WORD_GAP
                      + r"(?:(?:two|three|four|both)[ ]+)?"  # the three ministers
                      + r"(?:(?:1[89]|20)\d\d[ ]+)?"  # the 1998 declaration
                      + r"|\b(?:1[89]|20)\d\d[ ]+)")  # a headline's: of 1998 declaration
_INDEFINITE_BEFORE = (r"\b(?:the|this|that|its|their|his|her|my|our|your|a|an)" + WORD_GAP
                      + r"(?:(?:two|three|four|both)[ ]+)?")


@lru_cache(maxsize=256)
def _head_pattern(head: str, indefinite: bool = False):
    import regex

    return regex.compile((_INDEFINITE_BEFORE if indefinite else _DETERMINER_BEFORE)
                         + _noun_forms(head) + r"\b", regex.IGNORECASE)


# The heads of a company's name and the nouns English refers back to a company by (the
# company, the Japanese firm, the conglomerate).
CORPORATE_HEADS = frozenset("Industries Corporation Corp Company Co Holdings Group Motors "
                            "Electric Steel".split())
COMPANY_NOUNS = ("company", "firm", "conglomerate", "group", "maker", "manufacturer")
# A determiner, then a nationality adjective or none, then a company's noun.
_COMPANY = lazy(r"(?i)\b(?:the|this|that|its|their)[ ]+(?:(\p{Lu}\p{Ll}+)[ ]+)?"
                r"(?:" + "|".join(COMPANY_NOUNS) + r")(?:s|'s|’s)?\b")


def refers_to_company(text: str) -> bool:
    """Whether an English text refers back to a company by a noun of its kind after a
    determiner, a nationality adjective allowed between (the company, the Japanese firm's
    appeal, the conglomerate); not another capitalised word (the Toyota group: a name)."""
    from yongeo.text.demonyms import is_demonym

    return any(match.group(1) is None or is_demonym(match.group(1))
               for match in _COMPANY.finditer(text))


def head_after_country(text: str, head: str, codes: Iterable[str]) -> bool:
    """Whether an English text names a body by its head noun in lower case right after a
    country of `codes` (CLDR codes), by its name, short name or adjective, possessive or not,
    a rank word allowed between (S.Korea court, South Korea's top court, a South Korean
    court: the country's own body, as wires name it); not a capitalised head (Court of ...:
    a name's word)."""
    import regex

    from yongeo.text.demonyms import demonym_countries
    from yongeo.text.places import country_code

    wanted = set(codes)
    for match in regex.finditer(r"(?<![\p{L}])" + _noun_forms(head) + r"\b", text):
        before = _COUNTRY_WORDS_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        words = regex.sub(r"^S\.[ ]?", "South ", before.group(1)).split()
        if words[-2:-1] == ["South"] and "KR" in demonym_countries(words[-1]):
            found = {"KR"}  # South Korean: the South's
        else:
            found = {country_code(" ".join(words[-2:])), country_code(words[-1])}
            adjective = demonym_countries(words[-1])
            found |= adjective if len(adjective) == 1 else set()
        if wanted & (found - {None}):
            return True
    return False


# The capitalised words before a body's head: a country's name or adjective, possessive or
# not, and a rank word (top, highest) between or none.
_COUNTRY_WORDS_BEFORE = lazy(r"((?:\p{Lu}[\p{L}.]*[ ]?){1,2}?)(?:['’]s)?[ ]+"
                             r"(?:(?:top|highest|high)[ ]+)?$")


# Nouns of an event and the forms of the verb for what happens at it, as English tells an
# event by its verb (the two leaders met for the summit; they visited Tokyo on the visit).
_EVENT_VERBS = {
    "summit": ("meet", "meets", "met"),
    "meeting": ("meet", "meets", "met"),
    "talks": ("meet", "meets", "met", "talked"),
    "visit": ("visit", "visits", "visited"),
    "consultation": ("consult", "consults", "consulted"),
    "negotiation": ("negotiate", "negotiates", "negotiated"),
}
# Nouns of an event: a text that tells one by a verb but names another by its noun (met
# reporters after a one-on-one meeting before the plenary session) tells that other one.
_EVENT_NOUNS = ("summit", "meeting", "session", "conference", "talks", "forum", "plenary",
                "consultation", "consultations", "dialogue", "negotiation", "negotiations",
                "visit", "gathering")


def names_event_by_verb(text: str, term: str) -> bool:
    """Whether an English text tells the event an English term names (Korea-Japan summit,
    working-level consultation) by the verb of what happens at it (the two leaders met,
    they consulted: _EVENT_VERBS), in any form, as a word of its own, and names no event by
    a noun (_EVENT_NOUNS), which would be the event it tells."""
    import regex

    words = term.lower().split()
    if not words:
        return False
    head = words[-1]
    forms = _EVENT_VERBS.get(head) or _EVENT_VERBS.get(head.removesuffix("s"))
    if not forms or regex.search(r"(?i)(?<![\p{L}\-])(?:" + "|".join(_EVENT_NOUNS)
                                 + r")(?![\p{L}\-])", text):
        return False
    return regex.search(r"(?i)(?<![\p{L}\-])(?:" + "|".join(forms) + r")(?![\p{L}\-])",
                        text) is not None


_AGREE = r"(?:agree|agrees|agreed|agreeing|agreements?)"
_AGREEMENT = lazy(rf"(?i)(?<![\p{{L}}\-]){_AGREE}(?![\p{{L}}\-])")
# An event named by its noun beside an agreement: the agreement reached at the meeting,
# agreed during the talks, the summit's agreement.
_AGREEMENT_EVENT = lazy(
    rf"(?i)(?<![\p{{L}}\-]){_AGREE}" + r"(?:[ \t]+[\p{L}'’\-]+){0,3}?"
    r"[ \t]+(?:at|during|in)[ \t]+(?:[\p{L}'’\-]+[ \t]+){0,3}?(?:" + "|".join(_EVENT_NOUNS)
    + r")(?![\p{L}\-])|(?<![\p{L}\-])(?:" + "|".join(_EVENT_NOUNS)
    + r")(?:['’]s?)?[ \t]+agreements?(?![\p{L}\-])")


def tells_agreement(text: str) -> bool:
    """Whether an English text tells an agreement (agreed, the January agreement) without
    naming by a noun the event it was reached at (agreed at the meeting, the summit
    agreement: _EVENT_NOUNS), which would be that event rendered: a translation may leave an
    event to the agreement reached at it (정상회담에서 합의된 -> the agreed)."""
    return (_AGREEMENT.search(text) is not None
            and _AGREEMENT_EVENT.search(text) is None)


# A span of time told from its start: an ordinal (her first visit, in its second year), a
# count of days, since, a post held (as prime minister) or a holder's tenure (under Takaichi).
_SPAN_TOLD = lazy(
    r"(?i:(?<![\p{L}\-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th)|since|hundred[ \t]+days|\d+[ \t]+days|as[ \t]+(?:the[ \t]+)?"
    r"(?:prime[ \t]+minister|president|premier|chancellor|minister|secretary|leader))"
    r"(?![\p{L}\-]))|(?<![\p{L}\-])under[ \t]+\p{Lu}")

_ANNIVERSARY_OF = lazy(r"(?i)[ \t]+(?:anniversary[ \t]+)?of(?![\p{L}])")


def tells_span(text: str) -> bool:
    """Whether an English text tells a span of time from its start: an ordinal (her first
    bilateral visit, in its second year), a count of days (the first hundred days), since,
    a post held (as prime minister) or a tenure (under Takaichi); as a translation tells
    취임 후 or 출범 2년 차 (text.korean.counted_from) without naming the inauguration; not
    an anniversary *of* something (the 107th anniversary of ..., the 81st of Liberation),
    which names its moment."""
    return any(_ANNIVERSARY_OF.match(text, match.end()) is None
               for match in _SPAN_TOLD.finditer(text))


def refers_by_head(text: str, head: str, indefinite: bool = False, closed: bool = False
                   ) -> bool:
    """Whether an English text refers to something by the head noun `head` right after a
    determiner and a number or none (the ministry, its office, the three ministers), or
    with `indefinite` the article a or an too (a
    shrine that honours the war dead, as a story describes a place before or instead of
    naming it); not with a modifier between (the presidential office is another office);
    with `closed`, not where a capitalised head goes on with *of* and a capitalised word
    (the Basic Treaty of Friendship: another name, takes_complement)."""
    pattern = _head_pattern(head, indefinite)
    if not closed:
        return pattern.search(text) is not None
    return any(not takes_complement(text, found.end()) for found in pattern.finditer(text))


# Words that make what follows someone's or a known one: determiners and possessives.
_OWNERS = "the|this|that|these|those|its|their|his|her|my|our|your"
_OWNED = lazy(rf"(?i)(?:\b(?:{_OWNERS})|['’]s?)[ \t]+$")


def owned_before(text: str, start: int) -> bool:
    """Whether a determiner or a possessive stands right before `start` (the researchers,
    our researchers, the institute's researchers); this or that before a plural is a
    conjunction or a pronoun, no determiner (aware that researchers use it)."""
    owner = _OWNED.search(text, max(0, start - 12), start)
    if owner is None:
        return False
    word = owner.group().strip().lower()
    if word in ("this", "that"):
        after = _WORD_AT.match(text, start)
        return after is None or not is_plural_noun(after.group())
    return True


_WORD_AT = lazy(r"[\p{L}]+")
# The indefinite article, and up to two modifiers after it, right before a noun.
_ARTICLE_BEFORE = lazy(r"(?i)(?<![\p{L}\p{N}])an?(?:[ \t]+[\p{L}’'\-]+){0,2}[ \t]+$")


def indefinite_before(text: str, start: int) -> bool:
    """Whether the noun at `start` follows the indefinite article, with a modifier or two
    between (a researcher, a Korean researcher): one of a kind, no one's post."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=256)
def _bare_head_pattern(head: str):
    import regex

    owner = rf"(?:\b(?:{_OWNERS})|\p{{L}}+['’]s?)"
    return regex.compile(rf"(?i)(?:{owner}[ ]+(?:\p{{L}}+ed[ ]+)?|\b\p{{L}}+ed[ ]+)"
                         + _noun_forms(head) + r"\b")


@lru_cache(maxsize=256)
def _rival_head_pattern(head: str):
    import regex

    owner = rf"(?:{_OWNERS}|a|an)"
    return regex.compile(rf"(?i)(?<!\b{owner}[ ])(?<![\p{{L}}'’\-])([\p{{L}}\-]+(?:['’]s?)?)[ ]+"
                         + _noun_forms(head) + r"\b")


def names_head_otherwise(text: str, head: str, modifiers: tuple[str, ...]) -> bool:
    """Whether an English text writes the head noun `head` after a modifier of its own that
    is none of `modifiers` (the term's) and follows no determiner or possessive (US expanded
    deterrence, high-level consultations; not the tightened controls): the concept rendered
    with another modifier, a rival to the term."""
    wanted = {m.lower() for m in modifiers}
    for match in _rival_head_pattern(head).finditer(text):
        word = match.group(1).lower()
        if word.endswith(("'", "’", "'s", "’s")) or word in wanted or word in _CLOSED:
            continue  # Tokyo's deterrence: a possessive, an owner
        return True
    return False


def place_complement(term: str) -> tuple[str, str] | None:
    """An English term of two words or more that *in* and a capitalised place end
    (Korean residents in Japan, Korean community in Japan), as its words before *in*, in
    lower case, and the place; None for any other term (Ministry of Foreign Affairs; an
    Embassy in Seoul, one word before *in*)."""
    before, found, place = term.partition(" in ")
    words = before.split()
    if not found or len(words) < 2 or not place or not all(
            word[:1].isupper() for word in place.split()):
        return None
    return before.lower(), place


def names_without_place(text: str, whole: str, term: str) -> int:
    """How often an English text names `term` without the place its *in* ends it with (the
    Korean community, Korean residents' associations for Korean residents in Japan:
    place_complement; not Korean residents in Japan itself, nor the words of a longer name,
    Korean Residents Union), where the whole text it is
    part of, `whole`, names that place or, for a country, its adjective (Japan, Japanese):
    a writer leaves to the context the place the context names. 0 for a term of no such
    place."""
    import regex

    from yongeo.text.demonyms import adjectives_of
    from yongeo.text.places import country_code

    parts = place_complement(term)
    if parts is None:
        return 0
    before, place = parts
    code = country_code(place)
    names = (place, *(adjectives_of(code) if code else ()))
    if regex.search(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, names))
                    + r")(?![\p{L}])", whole) is None:
        return 0
    *modifiers, head = before.split()
    phrase = r"[ ]+".join(regex.escape(word) for word in modifiers)
    return len(regex.findall(r"(?<![\p{L}\p{N}\-])(?i:" + phrase + r"[ ]+"
                             + _noun_forms(head) + r")(?![\p{L}\p{N}\-])(?![ ]+in[ ]+"
                             + regex.escape(place) + r")(?!['’]?s?[ ]+\p{Lu})", text))


def bare_head_count(text: str, head: str) -> int:
    """How often an English text names something by the head noun `head` bare, as
    refers_by_bare_head reads it (the community, the community's)."""
    return len(_bare_head_pattern(head).findall(text))


def head_phrases(text: str, head: str, start: int = 0, end: int | None = None
                 ) -> list[tuple[int, int]]:
    """The English phrases of `text[start:end]` that end with the noun `head` after a
    modifier of their own (shuttle diplomacy, reciprocal-visit diplomacy, Japan's
    diplomacy; not the diplomacy, of diplomacy: a function word before it; nor a verb that
    takes the head as its object, the United States extends deterrence: a word only a verb
    and no participle, _finite_verb), singular or plural, as (start, end) of the modifier
    and the head."""
    found = []
    for match in _head_phrase_pattern(head).finditer(
            text, pos=start, endpos=len(text) if end is None else end):
        modifier = match.group(1).lower()
        if (modifier not in _CLOSED and modifier not in _ADVERBS
                and not _finite_verb(modifier)):
            found.append((match.start(), match.end()))
    return found


# The endings of English participles, which modify a noun as adjectives do (extended
# deterrence, growing trade, broken promises, drawn lines).
_PARTICIPLE_ENDINGS = ("ed", "ing", "en", "wn")


def _finite_verb(word: str) -> bool:
    """Whether a lower-case English word is only a verb and no participle (extends, pursue,
    conducts): before a noun, it takes the noun as its object, modifying nothing."""
    return word_classes(word) == {"VERB"} and not word.endswith(_PARTICIPLE_ENDINGS)


def modifier_phrases(text: str, modifier: str, start: int = 0, end: int | None = None
                     ) -> list[tuple[int, int]]:
    """The English phrases of `text[start:end]` that begin with the word `modifier` (lower
    case) before a noun of their own (extended defense, extended deterrence; not extended
    to, a function word; nor a participle in -ing after a verb's object, kept the shuttle
    running: the object's complement), as (start, end) of the modifier and the noun."""
    import regex

    found = []
    pattern = (r"(?<![\p{L}\p{N}\-])" + regex.escape(modifier) + r"[ \t]+(\p{Ll}[\p{L}\-]*)"
               r"(?![\p{L}\p{N}\-])")
    for match in regex.finditer(pattern, text, pos=start,
                                endpos=len(text) if end is None else end):
        noun = match.group(1)
        if noun in _CLOSED or "NOUN" not in word_classes(noun):
            continue
        if noun.endswith("ing") and _COMPLEMENT_VERB_BEFORE.search(
                text, max(0, match.start() - 30), match.start()):
            continue  # kept the shuttle running: the object's complement, no compound
        found.append(match.span())
    return found


# A verb that takes an object and a participle after it (kept the shuttle running, set the
# talks going), and the object's determiner.
_COMPLEMENT_VERB_BEFORE = lazy(
    r"(?i)(?<![\p{L}])(?:keep|keeps|keeping|kept|get|gets|getting|got|set|sets|setting|"
    r"leave|leaves|leaving|left|have|has|had|see|sees|saw|seen|find|finds|found|send|sends|"
    r"sent)[ \t]+(?:the|a|an|its|their|this|that)[ \t]+$")


def head_occurrences(text: str, head: str, start: int = 0, end: int | None = None
                     ) -> list[int]:
    """Where `text[start:end]` writes the noun `head`, singular or plural, in any case and
    with any words around it (the offset of each)."""
    return [match.start() for match in _head_word_pattern(head).finditer(
        text, pos=start, endpos=len(text) if end is None else end)]


@lru_cache(maxsize=256)
def _head_word_pattern(head: str):
    import regex

    return regex.compile(r"(?i)(?<![\p{L}\p{N}\-])" + _noun_forms(head)
                         + r"(?![\p{L}\p{N}\-])")


@lru_cache(maxsize=256)
def _head_phrase_pattern(head: str):
    import regex

    return regex.compile(r"(?i)(?<![\p{L}\p{N}\-])(\p{L}[\p{L}\-]*)(?:['’]s?)?[ \t]+"
                         + _noun_forms(head) + r"(?![\p{L}\p{N}\-])")


def refers_by_bare_head(text: str, head: str) -> bool:
    """Whether an English text names something by the head noun `head` after a determiner,
    a possessive or a past participle only, no modifier of its own (the controls, China's
    controls, the tightened controls; not high-level consultations, personnel exchanges,
    wartime labor), as a text refers back to what it has named in full."""
    return _bare_head_pattern(head).search(text) is not None


@lru_cache(maxsize=256)
def _named_by_head_pattern(head: str):
    """Capitalised words, then the head noun capitalised (Constitutional Court), a line's
    end between them too (a hard-wrapped text)."""
    import regex

    return regex.compile(r"(?<![\p{L}])((?:\p{Lu}[\p{L}.'’-]*" + WORD_GAP + r")+)"
                         + _noun_forms(head.capitalize()) + r"\b")


@lru_cache(maxsize=256)
def _head_named_pattern(head: str):
    """The head noun, capitalised or not, then its complement, a preposition and capitalised
    words (Foundation for Supporting Victims of Forced Labor; the head of the National
    Security Council)."""
    import regex

    return regex.compile(r"(?<![\p{L}])(?:" + _noun_forms(head.capitalize())
                         + r"(?:" + WORD_GAP + r"(?:of|on|for|between)"
                         r"(?:" + WORD_GAP + r"(?:the|of|for|on|and|by|under|in|to|"
                         r"\p{Lu}[\p{L}.'’-]*))*"
                         + WORD_GAP + r"\p{Lu}[\p{L}.'’-]*)"
                         # in lower case, only before *of* and a name (head of the National
                         # Security Council; not ministries on Korea's accession)
                         r"|" + _noun_forms(head) + r"[ \t]+of[ \t]+(?:the[ \t]+)?"
                         r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:of|for|and|\p{Lu}[\p{L}.'’-]*))*)")


def describes_another_by_head(text: str, head: str) -> bool:
    """Whether an English text introduces a thing of the kind `head` (lower case) with the
    indefinite article and words of its own (a reparations agreement, a new treaty), as it
    describes another than a named one it would refer back to (the agreement); not across a
    preposition, which ends the article's phrase (a drafter of the 1998 joint declaration)."""
    import regex

    return regex.search(r"(?i)(?<![\p{L}])an?[ \t]+(?:(?!" + _PHRASE_ENDS + r"[ \t])"
                        r"[\p{Ll}\p{N}][\p{L}\p{N}'’-]*[ \t]+){1,3}"
                        + _noun_forms(head) + r"(?![\p{L}])", text) is not None


# A preposition, which ends a noun phrase before another starts (a drafter of the
# declaration).
_PHRASE_ENDS = "(?:" + "|".join(sorted(_PREPOSITIONS | {"to"})) + ")"


def describes_by_kind_and_name(text: str, kind: str, names: Iterable[str]) -> bool:
    """Whether an English text describes a thing by the noun of its kind `kind` (lower case)
    after a determiner or a possessive and up to three words in lower case or numbers, one
    of them a word of one of `names` (its annual diplomatic report for the Diplomatic
    Bluebook, the 1965 claims agreement): the thing itself, told by its kind and its name's
    own word, where other words alone describe another (the presidential office:
    refers_by_head), and capitalised words name another (the Claims Settlement
    Agreement)."""
    import regex

    own = {word.lower() for name in names for word in regex.findall(r"[\p{L}]+", name)
           if not is_function_word(word.lower()) and word.lower() != kind}
    if not own:
        return False
    pattern = (rf"(?<![\p{{L}}])(?i:{_OWNERS})[ \t]+((?:[\p{{Ll}}\p{{N}}][\p{{L}}\p{{N}}'’-]*[ \t]+){{1,3}})"
               + _noun_forms(kind) + r"(?![\p{L}])")
    return any(not own.isdisjoint(match.group(1).lower().split())
               for match in regex.finditer(pattern, text))


def names_another_by_head(text: str, head: str, names: Iterable[str]) -> bool:
    """Whether an English text names a body by the head noun `head` (lower case) after
    capitalised words, or before a complement of capitalised words, that make none of
    `names` (Constitutional Court, where the names are Supreme Court; Foundation for
    Supporting Victims, where it is Foundation for Victims of Forced Mobilization): another
    body of that kind, not the one referred to by its head."""

    known = {" ".join(name.lower().split()) for name in names}
    for match in _named_by_head_pattern(head).finditer(text):
        words = match.group(1).split()
        while words and is_function_word(words[0]):  # The Constitutional Court
            words = words[1:]
        named = " ".join([*words, head]).lower()
        if words and named not in known and named.removesuffix("s") not in known:
            return True
    for match in _head_named_pattern(head).finditer(text):
        named = " ".join(match.group().lower().split())
        if not any(name == named or name.startswith(named + " ") for name in known):
            return True
    return False


def refers_by_pronoun(text: str) -> bool:
    """Whether an English text refers to a person by a third-person singular pronoun (he,
    she, his, her): the English twin of text.korean.refers_by_pronoun."""
    return _PERSON_PRONOUN.search(text) is not None


def is_pronoun(word: str) -> bool:
    """A personal pronoun, subject or object (he, me, them)."""
    return word.lower() in _SUBJECTS or word.lower() in _OBJECT_PRONOUNS


# What may follow a word in its clause: spaces, then a lower-case word, a number or a
# printf/brace placeholder (%u, %d, {count}).
_PHRASE_GOES_ON = lazy(r"[ \t]+(?:\p{Ll}|\p{N}|%|\{)")


# Words that make a title another, lower one: an Assistant Secretary of State is no Secretary
# of State, a Vice President no President, a deputy prime minister no prime minister.
_RANK_BEFORE = lazy(r"(?:(assistant|deputy|vice|under|associate|lieutenant)"
                    r"|(Assistant|Deputy|Vice|Under|Associate|Lieutenant))[ \t-]+$")


# The rank words English writes before a researcher's or an academic's title (a senior
# fellow, a visiting researcher, a principal research fellow).
_RANK_WORDS = ("senior", "chief", "principal", "lead", "associate", "assistant", "visiting",
               "adjunct", "distinguished", "honorary", "resident", "nonresident",
               "non-resident")


def holds_ranked_title(text: str, head: str) -> bool:
    """Whether an English text holds the title noun `head` (lower case: fellow, researcher)
    after a rank word (senior fellow, Visiting Researcher), as it renders a Korean title
    with a rank written onto it (선임연구위원)."""
    import regex

    return regex.search(r"(?i)(?<![\p{L}])(?:" + "|".join(_RANK_WORDS) + r")[ \t]+"
                        + _noun_forms(head) + r"(?![\p{L}])", text) is not None


def ranked_before(text: str, start: int) -> bool:
    """Whether a rank word stands right before the title at `start` (Assistant Secretary of
    State, Vice-President, deputy prime minister), written as the title is: a lower-case
    word before a capitalised title is something else (under President Lee), and *under* a
    rank before a secretary only (Under Secretary; Under Prime Minister Kishida opens a
    sentence with the preposition)."""
    match = _RANK_BEFORE.search(text, max(0, start - 16), start)
    if match is None or match.start() > 0 and text[match.start() - 1].isalpha():
        return False
    if (match.group(1) or match.group(2)).lower() == "under" and not text.startswith(
            ("Secretary", "secretary"), start):
        return False  # under Prime Minister Kishida: the preposition; Under Secretary a rank
    return bool(match.group(2)) == text[start:start + 1].isupper()


# A title spoken to: an honorific before it, the end of the address after it (Madam
# President, / Mr. Chairman: / Mr. Speaker.), a vocative that in a meeting addresses whoever
# presides (the chair of a council), whom Korean addresses by that office (의장님).
_ADDRESS_BEFORE = lazy(r"(?<![\p{L}\p{N}])(?:Mr|Mister|Madam|Madame|Mme)\.?[ \t]+$")
_ADDRESS_AFTER = lazy(r"[ \t]*(?:[,!?:]|\.(?!\w)|\n|$)")


def addressed_title(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is spoken to (Madam President, Mr. Chairman:): an
    honorific right before it and the address's end right after; not Mr. President Lee."""
    return (_ADDRESS_BEFORE.search(text, max(0, start - 12), start) is not None
            and _ADDRESS_AFTER.match(text, end) is not None)


# The lower-case word after a name: where a name modifies a noun.
_WORD_AFTER_NAME = lazy(r"[ \t]+(?P<word>\p{Ll}[\p{Ll}\-]*)(?![\p{L}\p{N}])")


def names_a_kind(text: str, end: int) -> bool:
    """Whether the name ending at `end` modifies the noun after it, which names what it is
    (Iwami Kagura performances, the Sakura festival): a lower-case word that is a noun and
    nothing else, no function word (Fumio Kishida said, Tanaka Yui and ...)."""
    match = _WORD_AFTER_NAME.match(text, end)
    if match is None:
        return False
    word = match.group("word")
    return not is_function_word(word) and word_classes(word) == {"NOUN"}


def heads_phrase(text: str, end: int) -> bool:
    """Whether the word ending at `end` goes on into a phrase of ordinary words: a
    lower-case word, a number or a placeholder follows it (About 5 years ago, about this),
    not a capitalised name or the end of the clause (About GNOME, About)."""
    return _PHRASE_GOES_ON.match(text, end) is not None


def _is_adverb(word: str) -> bool:
    return word in _ADVERBS or (word not in _CLOSED and _classes(word)[0] == {"ADV"})


def _modifies(word: str) -> bool:
    """Whether a word before another can only make it a noun: an adjective that is no verb
    (new, private), or a singular or mass noun (configuration change, character set, media
    changes)."""
    if word in _CLOSED or word in _ADVERBS:
        return False
    classes, verb_tags = _classes(word)
    if "ADJ" in classes and "VERB" not in classes:
        return True
    if not classes and _negated_participle(word):
        return True
    return ("NOUN" in classes and not verb_tags - {"VB"}
            and bool(_word_table().get(word, 0) & (_SINGULAR_BIT | _NOUN_LEMMA_BIT)))


_LAST_WORD = lazy(r"(?r)[\p{L}\p{N}]+")


def _is_acronym(before: str) -> bool:
    """Whether the last word of `before` is an acronym (RPM, API): written in capitals, two
    letters or more. It names a thing, a noun that modifies the next word as configuration
    does (RPM changes, C API changes)."""
    match = _LAST_WORD.search(before)
    word = match.group() if match else ""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _negated_participle(word: str) -> bool:
    """un + a verb's past participle, an adjective the word tables may lack (unsaved,
    unformatted): a modifier, never a verb. Read from the packed word table, as word_use
    is, so that a lint run loads no lemminflect for it (a regular verb's past participle is
    in the table as its past tense: saved)."""
    if not word.startswith("un") or len(word) < 6:
        return False
    return bool(_classes(word[2:])[1] & {"VBN", "VBD"})


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# Code and markup are masked as spaces in the text lint reads (lint.markup): a run of them
# after a word stands for an identifier or a literal.
_MASKED_OBJECT = "   "


def word_use(text: str, start: int, end: int) -> str | None:
    """How the word at [start, end) of `text` is used, "noun" or "verb", read from the
    words next to it in its clause; None when they do not tell. Rules, first that applies:
    a determiner, possessive or preposition just before -> noun (a set, the set, user's
    set, the victims' remains, of sets); to, a modal or do + base form -> verb (to set, must set); be/get +
    participle, have + past participle -> verb (is set, must be set, has set); a subject
    pronoun + finite form -> verb (they set); "of", "which", "whose" or an auxiliary just
    after -> noun (set of, the set is); a verb form + an object or particle just after ->
    verb (set the value, set it, set up); an adjective (unsaved too: _negated_participle)
    or a singular noun just before -> noun (new set, character set); if/when/unless... +
    participle -> verb (if set); a linking verb's -s form after a pronoun that is its
    subject (this remains unchanged, little remains of), after its subject, before to +
    a verb, or after a comma before a preposition (_linking_use: the same risk remains,
    remains to be seen), or after a singular noun that is no adjective and before a name
    (market remains China), or after a name before a preposition or a complement
    (_name_subject: South Korea remains in the group), or after a singular noun before an -ly
    adverb and a participle (shuttle diplomacy remains thinly institutionalized); a
    clause's first word in base form with masked code right after -> verb (Set ``x`` to true); right after a verb form, a noun (_after_verb_form:
    Suggested change, Save changes). A quotation mark opening right before the word after
    another word is read through (that Wi "remains in his post"). A line break before a
    word in lower case joins its
    lines (a subtitle, a wrapped paragraph). A word lemminflect knows in only one of the two
    classes is that one."""
    word = text[start:end].lower()
    classes, verb_tags = _classes(word)
    if not verb_tags:
        return "noun" if "NOUN" in classes else None
    if "NOUN" not in classes:
        return "verb"
    left = _joined_lines(text[max(0, start - _CONTEXT):start + 1])[:-1]
    # A quotation mark that opens right before the word, after a word, quotes the clause
    # from the word on (that Wi "remains in his post"): its subject stands before it.
    left = _QUOTE_BEFORE.sub("", left, count=1)
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
    before = _words(left[cut:])
    # A quotation mark that opens right after the word quotes its complement (remains
    # "ironclad."): the clause goes on.
    right = _QUOTE_OPENS.sub(" ", _joined_lines(text[end:end + _CONTEXT]), count=1)
    stop = _CLAUSE_BREAK.search(right)
    after = _words(right[:stop.start() if stop else None])
    last = before[-1] if before else None
    near = next((w for w in reversed(before) if not _is_adverb(w)), None)
    if (last in _PRONOUN_SUBJECTS and "VBZ" in verb_tags and word[:-1] in _LINKING_VERBS
            and word.endswith("s")):
        return "verb"  # this remains unchanged: a singular word takes no plural noun
    if last is not None:
        if last in _DETERMINERS or last.endswith("'s") or _PLURAL_POSSESSIVE.search(left):
            return "noun"  # a set, user's set, the victims' remains
        if last in _PREPOSITIONS:
            return "verb" if "VBG" in verb_tags and after and after[0] in _OBJECT_STARTS \
                else "noun"
        if near == "to" or near in _MODALS:
            if "VB" in verb_tags:
                return "verb"
        elif near in _BE:
            if verb_tags & {"VBN", "VBG"}:
                return "verb"
        elif near in _HAVE:
            if "VBN" in verb_tags:
                return "verb"
        elif near in _SUBJECTS and verb_tags & {"VB", "VBZ", "VBD"}:
            return "verb"
    if (last in _VERB_ADVERBS and "VBZ" in verb_tags and len(before) > 1
            and before[-2] not in _CLOSED):
        return "verb"  # the threat still remains (not: there are still changes)
    if after:
        if after[0] in _NOUN_FOLLOWERS:
            return "noun"
        if after[0] in _OBJECT_STARTS:
            return "verb"
        if "VBZ" in verb_tags and word[:-1] in _LINKING_VERBS and _complement_follows(after):
            return "verb"  # remains uncertain, remains largely hostile, remains one of
    if "VBZ" in verb_tags and word[:-1] in _LINKING_VERBS and _noun_stack_follows(after, right):
        return "noun"  # victim remains DNA identification: a noun in a stack of nouns
    if "VBZ" in verb_tags and word[:-1] in _LINKING_VERBS and _linking_use(
            before, after, _after_aside(left[:cut]), _BARE_COMPLEMENT.match(right) is not None,
            _after_adverb_aside(left[:cut]), _STOP_AFTER.match(right) is not None):
        return "verb"  # the same risk remains, remains to be seen, ..., remains in dispute
    if ("VBZ" in verb_tags and word[:-1] in _LINKING_VERBS and last is not None
            and _singular_noun(last) and name_follows(right, 0)):
        return "verb"  # whose largest export market remains China: a name its complement
    if ("VBZ" in verb_tags and word[:-1] in _LINKING_VERBS and last is not None
            and _singular_noun(last) and (_adverb_and_participle(after)
                                          or (after and _participle(after[0]))
                                          or right.lstrip(" \t").startswith(","))):
        return "verb"  # shuttle diplomacy remains thinly institutionalized; accession
        # remains tied to: a participle after a singular noun, its subject; or an aside
        # (cooperation on dispute settlement remains, in her words, the backbone)
    if ("VBZ" in verb_tags and word[:-1] in _LINKING_VERBS
            and ((not after and right.lstrip(" \t")[:1] in (".", ";", "!", "?"))
                 or (after and ((after[0] in _PREPOSITIONS and after[0] != "of")
                                or _complement_follows(after) or _participle(after[0])
                                or name_follows(right, 0))))
            and _name_subject(left[cut:])):
        return "verb"  # South Korea remains in the group: a name its subject (... Defense
        # remains.; Nagatacho remains preoccupied with)
    if not before and "VB" in verb_tags and text.startswith(_MASKED_OBJECT, end):
        return "verb"  # code masked right after a clause's first word is its object
    if last is not None and (_modifies(last) or _is_acronym(left[cut:])):
        return "noun"
    if near in _CLAUSE_HEADS and "VBN" in verb_tags:
        return "verb"
    if last is not None and _after_verb_form(before, "VBZ" in verb_tags, not after):
        return "noun"
    if last is None and "VBZ" in verb_tags and _opens_noun_clause(after):
        return "noun"
    return None


# Adverbs of time and frequency that stand before a verb, never between a determiner or a
# modifier and a plural noun (still remains, also changes, always updates).
_VERB_ADVERBS = frozenset("still also always never already often usually rarely seldom "
                          "sometimes".split())


# Verbs that link their subject to an adjective (remains uncertain, seems right): their -s
# form before one is the verb. A plural noun may take an adjective after it (updates
# available), so only these verbs are read so.
_LINKING_VERBS = frozenset("remain seem become stay appear look sound feel prove grow get "
                           "keep".split())


# Adverbs set off by commas inside a clause, between its subject and its verb (the plan,
# however, remains ...).
_DISCOURSE_ADVERBS = frozenset("however though therefore meanwhile nevertheless nonetheless "
                               "moreover furthermore thus too also still instead".split())


def _after_adverb_aside(left: str) -> bool:
    """Whether a clause cut at the end of `left` opens after a discourse adverb between
    commas (accession, however, remains): the subject stands before the adverb."""
    stripped = left.rstrip(" \t")
    words = _words(stripped[:-1]) if stripped.endswith(",") else []
    return bool(words) and words[-1] in _DISCOURSE_ADVERBS


def _after_aside(left: str) -> bool:
    """Whether a clause cut at the end of `left` opens after an aside: a comma (quotes
    after it aside) or a closing bracket (..., including the comfort women, remains; ...
    (Gunma and Chiba) remains in place)."""
    return left.rstrip("\"”’'").endswith((",", ")"))


# A capitalised word right after a word: a name (remains China, Takeshima Day).
_NAME_AFTER = lazy(r"[ \t\u00a0]+\p{Lu}[\p{L}.\-]*(?![\p{L}])")


def name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word follows the word ending at `end`, after spaces: a name
    goes on, or is the word's complement (Takeshima Day, remains China)."""
    return _NAME_AFTER.match(text, end) is not None


# Capitalised words ending a stretch of text, spaces after them, with the word before them.
_NAME_BEFORE_VERB = lazy(r"(?:([\p{L}'’]+)[ \t]+)?((?:\p{Lu}[\p{L}\-]*[ \t]+)+)$")


def _name_subject(left: str) -> bool:
    """Whether `left` (a clause up to a word) ends with a name that may be the word's
    subject: capitalised words, no determiner before them (South Korea, Tokyo; not the
    Josei, a name modifying the word), the last no adjective, a nationality or a function
    word (not Human, Korean, The)."""
    from yongeo.text.demonyms import is_demonym

    match = _NAME_BEFORE_VERB.search(left)
    if match is None:
        return False
    before = (match.group(1) or "").lower()
    last = match.group(2).split()[-1]
    lower = last.lower()
    classes = _classes(lower)[0]
    return (before not in _DETERMINERS and not before.endswith(("'s", "’s"))
            and lower not in _CLOSED and "ADJ" not in classes and not is_demonym(last))


def _singular_noun(word: str) -> bool:
    """Whether a lower-case word is a singular noun that is no adjective (market, risk; not
    human, the modifier of human remains): the subject a linking verb's -s form may follow."""
    classes, _tags = _classes(word)
    return ("NOUN" in classes and "ADJ" not in classes
            and bool(_word_table().get(word, 0) & _SINGULAR_BIT))


def _noun_stack_follows(after: list[str], right: str) -> bool:
    """Whether two nouns follow a word, the second right after the first (remains DNA
    identification, remains identification cooperation): a stack of nouns the word stands
    in, which a linking verb does not take as its complement (remains president of: one
    noun; remains a priority: a determiner). The first is an acronym or a word that is only a
    noun; the second a noun or an acronym."""
    words = right.split(None, 2)[:2]
    if len(words) < 2 or len(after) < 2:
        return False
    first, second = (word.strip(".,;:!?()[]\"'") for word in words)

    def acronym(word: str) -> bool:
        return len(word) > 1 and word.isupper() and word.isalpha()

    def noun_only(word: str) -> bool:
        return (word.islower() and _classes(word)[0] == frozenset({"NOUN"})
                and not is_function_word(word))

    return (acronym(first) or noun_only(first)) and (
        acronym(second) or (second.islower() and "NOUN" in _classes(second)[0]
                            and not is_function_word(second)))


def _linking_use(before: list[str], after: list[str], after_comma: bool,
                 bare_complement: bool = False, after_adverb: bool = False,
                 ends_sentence: bool = False) -> bool:
    """Whether a linking verb's -s form (remains, stays, looks), not settled by the words
    next to it, is the verb: before "to" and a verb's base form (remains to be seen: after a
    determiner or preposition the noun was read first, sets of remains to be returned);
    after a singular noun that is no adjective, alone or after a determiner, a possessive or
    an adjective that is no noun, or after a determiner and an adjective (the same risk
    remains, Tension remains., A gap remains between them, a wide gap remains, Tokyo's
    position remains: its subject; a
    plural noun or an adjective before is the noun's modifier, human remains); after a
    conjunction that follows a clause with a verb, before a preposition or a complement
    (was in force and remains in force; not bones and remains of); after a plural noun
    that ends a prepositional phrase, the subject's complement (views of historical issues
    remains), or a singular one before *that*, a preposition or a complement (the position
    of the Korean government remains that ...); after a singular noun that ends a compound,
    before a preposition and a bare noun (`bare_complement`: the reimbursement policy
    remains in place, under review); after a year that ends a phrase of time, before a
    preposition (not of) or a complement (the regime built since 2006 remains in force); or
    opening a clause after a comma or a bracket so, or after a discourse adverb's aside
    (`after_adverb`) before a participle (..., remains in dispute; (... and Chiba) remains
    in place; ..., however, remains entangled: the subject stands before the aside)."""
    if len(after) > 1 and after[0] == "to" and "VB" in _classes(after[1])[1]:
        return True
    if not before:
        return after_comma and bool(after) and (after[0] in _PREPOSITIONS
                                                or _complement_follows(after)
                                                or (after_adverb and _participle(after[0])))
    last = before[-1]
    if last in _CONJUNCTIONS:  # was in force for three years and remains in force
        return bool(after) and (
            (any(w in _BE or w in _HAVE or w in _MODALS for w in before)
             and (after[0] in _PREPOSITIONS or _complement_follows(after)))
            # works well ... but remains hostile; rests on ... and remains weakly
            # institutionalized: a verb's -s form before, the clause's first verb
            or (any("VBZ" in _classes(w)[1] for w in before[:-1])
                and (_complement_follows(after) or _adverb_and_participle(after))))
    if _YEAR.fullmatch(last) and len(before) > 1 and before[-2] in _TIME_PREPOSITIONS:
        return bool(after) and after[0] != "of" and (after[0] in _PREPOSITIONS
                                                     or _complement_follows(after))
        # the regime built since 2006 remains in force: a year that ends a phrase of time
        # ends the subject, where a count stands before its noun (of 136 remains in 2023)
    if last in _CLOSED or last in _ADVERBS:
        return False
    if is_plural_noun(last) and not _PREPOSITIONS.isdisjoint(before[:-1]):
        return True  # the gap between their views of history issues remains: a plural ends
        # the subject's complement (a noun's modifier is singular, or owns it: victims')
    if not _singular_noun(last):
        return False
    if not _PREPOSITIONS.isdisjoint(before[:-1]) and (after and (
            after[0] == "that" or after[0] in _PREPOSITIONS or _complement_follows(after))
            or ends_sentence and _determined(before)):
        return True  # the position of the Korean government remains that ...: a singular
        # noun ends the subject's complement, and a clause or a complement follows, or the
        # sentence ends (the responsibility of the Japanese government remains.)
    earlier = before[-2] if len(before) > 1 else None
    if earlier is None or earlier in _DETERMINERS or earlier.endswith(("'s", "’s")):
        return True  # the same risk remains, Tokyo's position remains
    if len(before) > 2 and before[-3] in _DETERMINERS and "ADJ" in _classes(earlier)[0]:
        return True  # a wide gap remains: a determiner, an adjective and the noun
    if bare_complement:
        return True  # the reimbursement policy remains in place
    classes = _classes(earlier)[0]
    return earlier not in _CLOSED and "ADJ" in classes and "NOUN" not in classes


def _determined(before: list[str]) -> bool:
    """Whether the noun ending `before` has a determiner after the last preposition (of the
    Japanese government), which no modifier of a plural noun has (of victim remains)."""
    last = max(i for i, w in enumerate(before) if w in _PREPOSITIONS)
    return any(w in _DETERMINERS for w in before[last + 1:-1])


# The end of a sentence or a clause's stop right after a word (remains.; remains;).
_STOP_AFTER = lazy(r"[ \t]*[.!?;](?!\w)")
_CONJUNCTIONS = frozenset("and but or yet".split())
# A year (1800 to 2099) and the prepositions that make a phrase of time of it (since 2006).
_YEAR = lazy(r"1[89][0-9]{2}|20[0-9]{2}")
_TIME_PREPOSITIONS = frozenset("since in until till after before from through during".split())
# Pronouns that stand as a verb's singular subject right before it: a -s form after them is
# the verb (this remains unchanged; it remains to be seen; what remains of the mine).
_PRONOUN_SUBJECTS = frozenset(
    "this that it which who what nothing everything something much little".split())
# A line break inside a sentence: before a word in lower case, the line goes on (a subtitle
# or a wrapped paragraph), no clause ends there.
_SOFT_BREAK = lazy(r"\n(?=[ \t]*\p{Ll})")


def _joined_lines(text: str) -> str:
    """`text` with its soft line breaks as spaces (same length)."""
    return _SOFT_BREAK.sub(" ", text) if "\n" in text else text


# A preposition and a bare noun in lower case, a state (in place, in force, under review,
# on hold), an -ly adverb before it or none (remains fully in place): no determiner, no
# name (remains in Japan, remains in the mine).
_BARE_COMPLEMENT = lazy(r"[ \t\n]+(?:\p{Ll}+ly[ \t\n]+)?(?:in|on|under|at|out[ \t]+of)[ \t\n]+"
                        r"(?!(?:the|a|an|this|that"
                        r"|these|those|its|their|his|her|our|my|your)\b)\p{Ll}+\b(?![-'’])")


def _adverb_and_participle(after: list[str]) -> bool:
    """Whether the words after a linking verb's -s form are an -ly adverb and a verb's -ed
    form (thinly institutionalized, largely settled): a complement after a singular noun,
    its subject (shuttle diplomacy remains thinly institutionalized), where after an
    adjective they tell what befell a plural noun (Korean remains recently returned)."""
    return (len(after) > 1 and after[0].endswith("ly") and _classes(after[0])[0] == {"ADV"}
            and after[1].endswith("ed") and bool(_classes(after[1])[1] & {"VBD", "VBN"}))


# A quotation mark opening right after a word, spaces before it.
_QUOTE_OPENS = lazy(r"^[ \t]*[\"“‘](?=\p{L})")
# A quotation mark opening at the end of a stretch, after a word and a space.
_QUOTE_BEFORE = lazy(r"(?<=\p{L}[ \t]{1,3})[\"“‘]$")


def _participle(word: str) -> bool:
    """Whether a word is a verb's past form in -ed and no noun (preoccupied, divided): a
    participle, which a linking verb takes as its complement."""
    classes, tags = _classes(word)
    return word.endswith("ed") and "NOUN" not in classes and bool(tags & {"VBN", "VBD"})


def _complement_follows(after: list[str]) -> bool:
    """Whether the words after a linking verb's -s form are its complement: an adjective
    (uncertain, unresolved), an -ly adverb ending the clause or before an adjective (largely
    hostile), "one of" (remains one of the greatest), a number (the age remains 18 to
    30), or *as* and an adjective (remains as popular as ever)."""
    first = after[0]
    if _is_adjective(first) or _negated_participle(first) or first[:1].isdigit():
        return True
    if first == "as" and len(after) > 1 and _is_adjective(after[1]):
        return True  # remains as popular as ever
    if first.endswith("ly") and _classes(first)[0] == {"ADV"}:
        # largely hostile; largely ad hoc (a phrase no table knows, no noun nor determiner)
        return len(after) == 1 or _is_adjective(after[1]) or (
            after[1] not in _CLOSED and not _classes(after[1])[0])
    return first == "one" and len(after) > 1 and after[1] == "of"


def _opens_noun_clause(after: list[str]) -> bool:
    """Whether an -s form opening its clause is a noun by what follows: nothing (a label,
    Changes; a verb in -s needs a subject), or a past participle that ends the clause or
    comes before a preposition (Changes requested by, Updates installed.: the noun and what
    was done to it). A participle before a noun is left alone: Opens selected files is a
    tooltip's verb."""
    if not after:
        return True
    classes, tags = _classes(after[0])
    if not tags & {"VBN", "VBD"} or "NOUN" in classes or "VB" in tags:
        return False
    return len(after) == 1 or after[1] in _PREPOSITIONS


# Verbs whose object may be a bare infinitive (help change, let it set): after them a base
# form can be a verb.
_BARE_INFINITIVE_VERBS = frozenset("help let make see hear watch have".split())


def _after_verb_form(before: list[str], third_person: bool, ends_clause: bool) -> bool:
    """Whether the word after `before` is a noun for standing right after a verb form: after
    a past tense or participle that is no noun (the reverted change, Suggested changes,
    selected items: a modifier, or the verb whose object it is); or, for an -s form (a
    plural noun or a verb's third person), after an -ing form inside the clause or ending
    it with the word (prior to pushing changes, Discarding changes...) or after a
    base form opening an imperative or following to, a modal or do (Save changes, will
    commit changes, to fetch updates): a third-person verb there would have no subject."""
    last = before[-1]
    if last in _CLOSED or last in _ADVERBS:
        return False
    classes, tags = _classes(last)
    if tags & {"VBD", "VBN"} and "NOUN" not in classes and "VB" not in tags:
        return True
    if third_person and "VBG" in tags and (len(before) > 1 or ends_clause):
        # prior to pushing changes, Discarding changes...: the object of the -ing form (one
        # that opens a clause that goes on may be its subject: Scrolling changes quickly)
        return True
    if not third_person or "VB" not in tags or last in _BARE_INFINITIVE_VERBS:
        return False
    if len(before) == 1:
        return "VERB" in classes
    near = next((w for w in reversed(before[:-1]) if not _is_adverb(w)), None)
    return near == "to" or near in _MODALS


def past_participles(lemma: str) -> frozenset[str]:
    """The past participles of a verb (find -> found), other than its base form."""
    forms = _lemminflect().getAllInflections(lemma.lower(), upos="VERB").get("VBN", ())
    return frozenset(f for f in forms if f != lemma.lower())


# Verbs with a judging use: followed by an object and an adjective, they say what someone
# thinks of it (you may find these notes useful, users may find it distracting), another
# sense than the action (find a file).
JUDGING_VERBS = frozenset("find consider deem judge think believe".split())
# Where a sentence ends: its punctuation before a space or the end, or a line break.
_SENTENCE_END = lazy(r"[.!?](?=\s|$)|\n")
# Words that open a clause of their own inside a sentence: an adjective after them is that
# clause's (find files that are open), not the judging verb's.
_CLAUSE_OPENERS = frozenset("that which who whom whose where when if whether because".split())
_SENTENCE_REACH = 300


def judging_use(text: str, start: int, end: int) -> bool:
    """Whether the verb at [start, end) (a form of a JUDGING_VERBS verb) judges: it has a
    subject pronoun or a modal before it (you find, may find), and the rest of its sentence
    is an object ended by an adjective (useful; an -ing form that is no noun: distracting),
    or an adjective before an infinitive (find it easier to), with no clause or finite
    verb of its own between (files that are open). "You may find these instructions on how
    to use them useful." judges; "Find files larger than 1 MB", "You can find the file in
    the folder" do not."""
    left = text[max(0, start - _CONTEXT):start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
    near = next((w for w in reversed(_words(left[cut:])) if not _is_adverb(w)), None)
    if near is None or not (near in _MODALS or near in _SUBJECTS):
        return False
    right = text[end:end + _SENTENCE_REACH]
    stop = _SENTENCE_END.search(right)
    if stop is None and end + _SENTENCE_REACH < len(text):
        return False  # the sentence goes on past the reach: undecided
    words = _words(right[:stop.start() if stop else None])
    if len(words) < 2 or words[0] in _PREPOSITIONS or words[0] in _CLAUSE_OPENERS:
        return False
    # The adjective ends the sentence, or comes before an infinitive (find it easier to).
    ends = [len(words) - 1] + [k for k in range(1, len(words) - 1) if words[k + 1] == "to"]
    for index in ends:
        if any(w in _CLAUSE_OPENERS or w in _BE or w in _MODALS for w in words[:index]):
            continue
        if words[index] not in _CLOSED and _is_adjective(words[index]):
            return True
    return False


def _is_adjective(word: str) -> bool:
    """An adjective, or an -ing form that is no noun (distracting, confusing)."""
    classes, tags = _classes(word)
    return "ADJ" in classes or ("VBG" in tags and "NOUN" not in classes)


_NO_SUBJECT = frozenset({"no", "nothing", "none"})


def is_state_participle(text: str, start: int, end: int, participles: frozenset[str]) -> bool:
    """Whether the word at [start, end), one of a verb's `participles`, stands for a state,
    with no auxiliary, subject or object around it: "No results found", "Attribute not
    found", "header found but", or after be in a clause whose subject is none ("No valid
    addresses were found"): the result, not the action the verb names (find). "is found",
    "has found", "they found", "found the file" are the verb. Reads closed word
    lists only, so a lint run needs no word tables for it."""
    if text[start:end].lower() not in participles:
        return False
    left = text[max(0, start - _CONTEXT):start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
    before = _words(left[cut:])
    near = next((w for w in reversed(before) if w not in _ADVERBS and w != "not"), None)
    if near in _BE and before[0] in _NO_SUBJECT:
        # A passive whose subject is none at all (No devices were found, Nothing is
        # selected) says that none is there: the state, as "No devices found" does.
        return True
    if near is not None and (near in _BE or near in _HAVE or near in _MODALS
                             or near in _SUBJECTS or near == "to"):
        return False
    right = text[end:end + _CONTEXT]
    stop = _CLAUSE_BREAK.search(right)
    after = _words(right[:stop.start() if stop else None])
    return not (after and after[0] in _OBJECT_STARTS)


def phrase_words(phrase: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(phrase)]


@lru_cache(maxsize=4096)
def word_forms(word: str) -> tuple[str, ...]:
    """A phrase word in every inflection lemminflect knows for it (be: is, was, been...);
    words it does not know (the, of) stay as they are."""
    found = {word: None}
    for forms in _lemminflect().getAllInflections(word).values():
        found.update(dict.fromkeys(forms))
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def _fixed_phrase_index() -> dict[str, tuple[str, ...]]:
    """The idioms by each dictionary form of each of their words: "be found" is found under
    find (and found), as a term is looked up by its lemma."""
    index: dict[str, list[str]] = {}
    for phrase in FIXED_PHRASES:
        for word in sorted({lemma for w in phrase_words(phrase) for lemma in lemmas(w)}):
            index.setdefault(word, []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


def fixed_phrases_with(word: str) -> tuple[str, ...]:
    """The built-in idioms that hold `word` (in any inflection: cases, default)."""
    index = _fixed_phrase_index()
    found: dict[str, None] = {}
    for lemma in sorted(lemmas(word)):
        found.update(dict.fromkeys(index.get(lemma, ())))
    return tuple(found)


# One phrase for two of a kind the context has named (the two countries, both leaders, the
# Korean and Japanese leaders: two nationality adjectives coordinated before the noun).
_TWO = r"(?<![\p{L}])(?:(?i:the[ \t]+two|both)|\p{Lu}\p{Ll}+[ \t]+and[ \t]+\p{Lu}\p{Ll}+)[ \t]+"
_BOTH = lazy(_TWO + r"(?i:countries|nations|leaders|sides|"
             r"governments|(?:foreign[ \t]+)?ministers|neighbou?rs|capitals|"
             r"(?:foreign[ \t]+|defen[cs]e[ \t]+)?ministries)\b")
# The phrases of names_both that name two bodies (the two foreign ministries, both sides).
_BOTH_BODIES = lazy(_TWO + r"(?i:sides|governments|"
                    r"(?:foreign[ \t]+|defen[cs]e[ \t]+)?ministries)\b")


def names_both(text: str) -> bool:
    """Whether an English text refers to two of a kind by one phrase for both (the two
    countries, both leaders, the two sides, both governments, the two foreign ministries, the
    Korean and Japanese foreign ministries)."""
    return _BOTH.search(text) is not None


def names_both_bodies(text: str) -> bool:
    """Whether an English text refers to two bodies by one phrase for both (the two foreign
    ministries, both governments, the two sides): names_both, for bodies."""
    return _BOTH_BODIES.search(text) is not None


def coordinated(between: str) -> bool:
    """Whether the English text between two names coordinates them (and, &, a comma)."""
    return between.strip() in ("and", "&", ",", ", and")


# A word of two capitalised parts or more written together, as a hashtag writes a phrase
# (#ShuttleDiplomacy, #KoreaJapanSummit), and its parts.
_CAMEL_CASE = lazy(r"(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+){2,}(?![\p{L}\p{N}])")
_CAMEL_PART = lazy(r"\p{Lu}\p{Ll}+")


def in_camel_case(text: str, terms: Iterable[str]) -> bool:
    """Whether an English text writes one of `terms` as a hashtag writes a phrase, its words
    capitalised and joined (#ShuttleDiplomacy for shuttle diplomacy, #KoreaJapanSummit for
    Korea-Japan summit), as whole words of the joined ones."""
    joined = [" ".join(_CAMEL_PART.findall(word)).lower()
              for word in _CAMEL_CASE.findall(text)]
    if not joined:
        return False
    wanted = [" ".join(term.lower().replace("-", " ").replace("–", " ").split())
              for term in terms]
    return any(f" {want} " in f" {phrase} " for phrase in joined for want in wanted if want)


def rival_camel_case(text: str, terms: Iterable[str]) -> bool:
    """Whether an English text writes, as a hashtag writes a phrase, one of `terms` with
    one of its words changed and the others in place (#SummitDiplomacy for shuttle
    diplomacy, #ForcedMigration for forced mobilization): a tag that renders the term
    otherwise; not a phrase of another length (#PutHistoryOnTheShuttle, a slogan), nor the
    term in the plural (#ForeignMinisters)."""
    joined = [[part.lower() for part in _CAMEL_PART.findall(word)]
              for word in _CAMEL_CASE.findall(text)]
    if not joined:
        return False
    wanted = [term.lower().replace("-", " ").replace("–", " ").split() for term in terms]
    for words in joined:
        for want in wanted:
            if len(want) != len(words):
                continue
            changed = [(a, b) for a, b in zip(words, want) if a != b and a != b + "s"]
            if len(changed) == 1 and len(want) > 1:
                return True
    return False


# A capitalised word, and an acronym alone in brackets (JKPU).
_CAPITALISED = lazy(r"(?<![\p{L}])\p{Lu}[\p{L}.\-]*")
_ACRONYM_IN_BRACKETS = lazy(r"\(\p{Lu}{2,6}\)")


def names_a_body(text: str) -> bool:
    """Whether an English text names a body: a capitalised word that is the proper part of
    an organization's name (Waseda University, ... Fisheries Cooperative:
    heads_organization_name) or an acronym alone in brackets (President (JKPU))."""
    return _ACRONYM_IN_BRACKETS.search(text) is not None or any(
        heads_organization_name(text, match.end()) for match in _CAPITALISED.finditer(text))


# Nouns that end an organization's name after its proper part (Hosei University, Mizuho Bank).
ORGANIZATION_HEADS = frozenset(
    "University College Institute Foundation Corporation Corp Company Co Bank Group School "
    "Hospital Museum Party Association Center Centre Agency Council Committee Society "
    "Airlines Motors Electric Industries Holdings Times Post News Press Headquarters "
    "Academy Cooperative Federation Alliance Authority Union Chamber Fund "
    # the lines of business a company's name ends with (Minato Energy, Daehan Shipping,
    # Toyo Mining)
    "Energy Steel Shipping Chemical Chemicals Electronics Telecom Airways Securities "
    "Insurance Logistics Mining Trading Construction Engineering Inc Ltd "
    # ... and a company's plant (the Yawata Steel Works, Kamaishi Ironworks)
    "Works Ironworks Steelworks Shipyard Shipyards".split())
_NEXT_WORD = lazy(r"[ \t]+(\p{Lu}[\p{L}]*)")


# The heads of a school's name: a body's own school is another body (the Japan Coast Guard
# Academy is no part of what the Japan Coast Guard's name asks a translation for), where a
# legal form (Nippon Steel Corp.) or a unit (Sejong Institute Center for ...) is the body's.
_SCHOOL_HEADS = frozenset("Academy University College School".split())


def heads_school_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a school's head noun (Japan Coast Guard
    Academy, Korea National Defense University): the name of the body's school, another
    body. Not a university's own college or school (Korea University College of
    Engineering, Waseda University School of Law): a unit of the university named."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).rstrip(".") not in _SCHOOL_HEADS:
        return False
    return not (text[:end].endswith("University") and after.group(1) in _UNIVERSITY_UNITS)


# The units of a university named after it (its College of Engineering, School of Law).
_UNIVERSITY_UNITS = frozenset(("College", "School"))


# The rest of a name after a word: capitalised words, or a name's own joining words, up to
# its head noun (Overseas Koreans and Consular Affairs Office).
_NAME_REST = lazy(r"(?:[ \t]+(?:and|&|of|\p{Lu}[\p{L}'’\-]*)){1,5}")
_JOINING = frozenset(("and", "&", "of"))


def heads_organization_name(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` is the proper part of an organization's
    name: an organization's head noun follows it (Hosei University, Mizuho Bank), or a
    body's head ends the capitalised words joined to it by and or of (Overseas Koreans and
    Consular Affairs Office), no officer's title after it (Motegi Toshimitsu and Chief
    Cabinet Secretary Kihara: a title)."""
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).rstrip(".") in ORGANIZATION_HEADS:
        return True
    rest = _NAME_REST.match(text, end)
    if rest is None:
        return False
    from yongeo.text.titles import ENGLISH_OFFICER_TITLES

    words = rest.group().split()
    # No officer's title after the head (Chief Cabinet Secretary: a title, whose Cabinet
    # heads no body there; Consular Affairs Office: a body).
    heads = [index for index, word in enumerate(words) if word.rstrip(".") in BODY_HEADS]
    return (not _JOINING.isdisjoint(words) and bool(heads) and all(
        word.lower() not in ENGLISH_OFFICER_TITLES for word in words[heads[-1] + 1:]))


def opens_longer_name(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` is followed by another capitalised word
    that is no function word (the China Daily newspaper, Summit Hall): the first word of a
    longer name; in a line in title case, whose capitals name nothing (Launcher Error), only
    before a site's noun (Summit Hall (3F): text.places.is_site_noun)."""
    from yongeo.text.places import is_site_noun

    word = next_capitalised_word(text, end)
    if word is None or is_function_word(word):
        return False
    return is_site_noun(word) or not is_title_case(_line_around(text, end))


def next_capitalised_word(text: str, end: int) -> str | None:
    """The capitalised word right after `end`, a space between (Hall after Summit in Summit
    Hall), or None."""
    after = _NEXT_WORD.match(text, end)
    return after.group(1) if after is not None else None


# *of* or *for* and a capitalised word: a name's complement (Minister for Foreign Affairs).
_NAME_COMPLEMENT = lazy(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}")


def takes_complement(text: str, end: int) -> bool:
    """Whether the capitalised name ending at `end` goes on with *of* or *for* and a
    capitalised word (Japanese Minister for Foreign Affairs): the start of a longer name,
    not a name of its own."""
    return _NAME_COMPLEMENT.match(text, end) is not None


# A pair of names joined by a dash that opens a term (Korea-Japan cooperation), and a name
# joined by a dash right before a position (U.S.– in U.S.–Korea–Japan).
_DASHED_PAIR = lazy(r"\p{Lu}[\p{L}.]*[\-‐–—]\p{Lu}")
_DASHED_BEFORE = lazy(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.]*[\-‐–—]$")


def in_longer_dashed_group(term: str, text: str, start: int) -> bool:
    """Whether a term that opens with a pair of names joined by a dash (Korea-Japan
    cooperation, Korea–Japan relations) stands at `start` after another name and a dash:
    one of a trio's (U.S.–Korea–Japan cooperation is trilateral, 한미일 협력, not the pair's)."""
    return (_DASHED_PAIR.match(term) is not None
            and _DASHED_BEFORE.search(text, max(0, start - 20), start) is not None)


# The word right before a position, spaces between; not across a tab, which separates a
# table's cells (Foreign Minister<TAB>Japanese Ministry of Foreign Affairs: two cells).
_TOKEN_BEFORE = lazy(r"(?<![^ \t\n])([\p{L}][\p{L}'’.\-]*)[ \u00a0]+$")


def in_longer_name(text: str, start: int) -> bool:
    """Whether the name at `start` of an English text is the end of a longer name: a
    capitalised word right before it that is neither a function word, a possessive
    (Korea's), a hyphenated adjective (Seoul-based), a country's adjective or name (the
    Russian National Security Office, the Korea-US Nuclear Consultative Group: a country's
    body, not another name) nor the head of
    another body's name (Sejong Institute Center for Japanese Studies) or its acronym (the
    IFANS Center for Japanese Studies: that body's unit) nor a word ending a
    sentence or a label (A. Japan Coast Guard ships, an answer's label) nor an adjective
    that has its capital from opening a sentence (Local Mindan offices) or from a line
    written in title case (Final Supreme Court Rulings), nor a word that cannot be a noun in
    such a line, or an inflected verb first on its line (Victims Sue Nippon Steel; a flash
    card's definition, Ordered Nippon Steel to ...; not a service's Ask MOFA): King Sejong
    Institute, not the Sejong Institute."""
    before = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if not word[:1].isupper() or is_function_word(word) or word.endswith(("'s", "’s")):
        return False
    if _is_adjective(word.lower()) and (starts_sentence(text, before.start(1))
                                        or is_title_case(_line_around(text, start))):
        return False
    readings = word_classes(word.lower())
    if readings and "NOUN" not in readings and (
            is_title_case(_line_around(text, start)) or (
                _opens_line(text, before.start(1)) and len(lemmas(word)) > 1)):
        return False  # Victims Sue Nippon Steel, a card's Ordered Nippon Steel ...: a verb
    if word.endswith(".") and "." not in word[:-1]:  # A. (an answer), 1. : a label or a
        return False  # sentence's end; U.S. Coast Guard a country's body (below)
    if word.rstrip(".,") in ORGANIZATION_HEADS:  # Sejong Institute Center for ...: a body's
        return False  # unit after the body's own name, not one longer name
    if len(word) > 1 and word.isupper() and word.isalpha():  # the IFANS Center for ...: a
        return False  # body's unit after its acronym
    from yongeo.text.demonyms import is_demonym
    from yongeo.text.places import names_countries

    if is_demonym(word) or names_countries(word):  # the Russian National Security Office,
        return False  # the Korea-US Nuclear Consultative Group: a country's body, which the
        # term check tells by its country
    return not ("-" in word and word.rsplit("-", 1)[1][:1].islower())


def _opens_line(text: str, at: int) -> bool:
    """Whether the word at `at` is the first of its line (after spaces and a list's bullet):
    a capital there may be the line's, as a definition under its term opens with its verb."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \t-*•·")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds [start, end) (text.sentences), looked for within a
    few hundred characters around it."""
    from yongeo.text.sentences import sentence_spans

    for begin, stop in sentence_spans(text, max(0, start - 300), min(len(text), end + 300)):
        if begin <= start < stop:
            return begin, stop
    return start, end


def _line_around(text: str, at: int) -> str:
    """The line of `text` that holds position `at`."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def is_plural_of(found: str, term: str) -> bool:
    """Whether `found` is the plural of the term's last word as written (foreign ministries
    for Foreign Ministry), the term itself not being a plural."""
    last, wanted = found.split()[-1].lower(), term.split()[-1].lower()
    return last != wanted and last == (plural(wanted) or "")


# A name's head and *of* or *for*, then its list's capitalised words, each with its comma
# (Ministry of Economy, ...; Ministry of Education, Culture, Sports, ...).
_LISTED_BEFORE = lazy(r"\p{Lu}[\p{L}]*[ \t]+(?:of|for)[ \t]+(?:\p{Lu}[\p{L}\-]*,[ \t]+)*"
                      r"\p{Lu}[\p{L}\-]*, $")
_LISTED_AFTER = lazy(r"(?:,[ \t]+|[ \t]+and[ \t]+)\p{Lu}")


# A name's head and its complement's capitalised words, the last before *and*: the list that
# ends a name (Korea Institute for Industrial Economics and Trade).
_LAST_LISTED_BEFORE = lazy(r"\p{Lu}[\p{L}]*[ \t]+(?:of|for)[ \t]+(?:\p{Lu}[\p{L}]*[ \t]+)*"
                           r"\p{Lu}[\p{L}]*[ \t]+and[ \t]+$")


# The head nouns that end a body's or a law's name, for in_body_name: an organization's, a
# union's, a government department's, an act's or a treaty's.
_LAW_ENDS = frozenset("Act Law Code Treaty Convention Protocol".split())
_BODY_ENDS = ORGANIZATION_HEADS | _LAW_ENDS | frozenset(
    "Union Unions Federation Confederation Organization Organisation Commission Chamber "
    "Forum Alliance Office Ministry Department Bureau Service Authority".split())
_CAPITALISED_AFTER = lazy(r"(?:[ \t]+\p{Lu}[\p{L}]*){1,3}")

# The head nouns of a name of each kind of entry that names things one of a few of their
# kind (organization, agreement, publication), for named_of_kind.
_KIND_HEADS = {
    "organization": _BODY_ENDS - _LAW_ENDS | frozenset(
        "Cabinet Court Force Forces Guard Assembly Diet".split()),
    "agreement": frozenset("Treaty Agreement Accord Accords Pact Convention Declaration "
                           "Arrangement Protocol".split()),
    "publication": frozenset("Bluebook Whitebook Paper Report Yearbook".split()),
}
_NAME_WORD = lazy(r"(?<![\p{L}\p{N}'’\-])(\p{Lu}[\p{L}'’\-]*|of|for|on)[ \t]+$")
_NAME_AFTER_HEAD = lazy(r"(?:[ \t]+(?:of|on|for)(?:[ \t]+the)?(?:[ \t]+\p{Lu}[\p{L}'’\-]*"
                        r"(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’\-]*)*)+)+")


def named_of_kind(text: str, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """The names of a kind of entry in text[start:end] (organization, agreement,
    publication), as spans: capitalised words, joined by of, for or on, ending with a head
    noun of the kind (the National Intelligence Service, the Kishida Cabinet) or opening
    with it before of, on or for (the Treaty on Basic Relations), at least one capitalised
    word beside the head."""
    heads = _KIND_HEADS.get(kind)
    if not heads:
        return []
    spans = []
    for match in _CAPITALISED_WORD_RUN.finditer(text, start, end):
        if match.group() not in heads:
            continue
        first = at = match.start()
        while True:
            before = _NAME_WORD.search(text, max(start, at - 40), at)
            if before is None:
                break
            if before.group(1) in _CAPITAL_ARTICLES or before.group(1).endswith(("'s", "’s")):
                break  # the article; an owner (Japan's Defense White Paper)
            at = before.start()
            if before.group(1)[0].isupper():
                first = at
        after = _NAME_AFTER_HEAD.match(text, match.end(), end)
        last = after.end() if after is not None else match.end()
        if first < match.start() or last > match.end():
            spans.append((first, last))
    return spans


_CAPITAL_ARTICLES = frozenset(("The", "A", "An"))
_CAPITALISED_WORD_RUN = lazy(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*")


def in_body_name(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` is a word of a body's or a law's name:
    capitalised words follow it up to such a name's head noun (Korean Confederation of Trade
    Unions, Korea International Trade Association, the Trade Ministry, the Foreign Exchange
    and Foreign Trade Act), so an ordinary word there is the name's, not a concept."""
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and any(word.rstrip(".,") in _BODY_ENDS
                                     for word in after.group().split())


# A name's head and *of* before a word that ends the name (Secretary of State).
_NAME_OF_BEFORE = lazy(r"(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+of[ \t]+(?:the[ \t]+)?$")


def ends_name_with_first_word(text: str, start: int, end: int) -> bool:
    """Whether the phrase at [start, end), its first word capitalised and its others in
    lower case, has that first word from a name that ends with it: a capitalised head and
    *of* right before it (the Secretary of State visits Tokyo: State ends the title, no
    state visit); not in a line in title case, whose capitals name nothing."""
    words = text[start:end].split()
    if len(words) < 2 or not words[0][:1].isupper() or not all(
            word.islower() for word in words[1:]):
        return False
    return (_NAME_OF_BEFORE.search(text, max(0, start - 40), start) is not None
            and not is_title_case(_line_around(text, start)))


def in_listed_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at [start, end) is one of a list of capitalised words
    inside a name (Ministry of Economy, Trade and Industry): a name's head, *of* or *for* and
    the list's capitalised words with their commas before it (not a heading's list, 5.
    Economy, People-to-People Exchanges and ...), and a comma or *and* and a capitalised
    word after it, or itself a capitalised phrase that ends the list with its own *and*
    (Culture, Sports, Science and Technology); or the last of the list that ends a name,
    after its head, *of* or *for* and *and* (Korea Institute for Industrial Economics and
    Trade), outside a line in title case."""
    if text[max(0, start - 5):start] == " and ":
        return (not is_title_case(_line_around(text, start))  # a heading's capitals name nothing
                and _LAST_LISTED_BEFORE.search(text, max(0, start - 80), start) is not None)
    if text[max(0, start - 2):start] != ", ":  # most words: no list before them
        return False
    if _LISTED_BEFORE.search(text, max(0, start - 100), start) is None:
        return False
    # Listed words go on after it, or it ends the list with its own *and* (Ministry of
    # Education, Culture, Sports, Science and Technology).
    return (_LISTED_AFTER.match(text, end) is not None
            or " and " in text[start:end] and all(
                word == "and" or word[:1].isupper() for word in text[start:end].split()))


# A name and the acronym a text gives it in brackets: Japan Coast Guard (JCG), the Nuclear
# Consultative Group (NCG).
_DEFINED_ACRONYM = lazy(r"((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+)?){1,7}"
                        r"\p{Lu}[\p{L}'’-]*)[ \t]*\((\p{Lu}{2,6})\)")


def bracketed_acronyms(text: str) -> list[tuple[str, str]]:
    """Each acronym an English text writes in brackets after a capitalised name, with that
    name, whether or not its initials give the acronym: the name the writer gives it, right
    or wrong (the ROK-U.S. Nuclear Planning Group (NCG))."""
    return [(match.group(2), match.group(1)) for match in _DEFINED_ACRONYM.finditer(text)]


# An acronym in capitals (letters, then digits or hyphens), as a text defines it.
_ACRONYM_WORD = r"\p{Lu}[\p{Lu}\d\-]{1,7}"
# An acronym in brackets, after the name it stands for in either language (국립외교원(KNDA),
# 동북아역사재단 (NAHF)): the bracket first, so that a scan jumps to it; the name is read
# back from it.
_BRACKETED_ACRONYM = lazy(r"[(（](" + _ACRONYM_WORD + r")[)）]")
# The most characters of the name read back from an acronym's bracket (Comprehensive and
# Progressive Agreement for Trans-Pacific Partnership (CPTPP): 68).
_NAME_BEFORE_ACRONYM = 80
# An acronym and its expansion after a colon, an equals sign or a dash, as a list or a table
# of abbreviations writes them (KIDA: 한국국방연구원 · NAHF: 동북아역사재단).
_ACRONYM_THEN_NAME = lazy(r"(?<![\p{L}\p{N}])(" + _ACRONYM_WORD + r")[ \t]*[:=—–][ \t]*"
                          r"([^\n·|,;:()（）]{2,60})")


# The last syllables of a Korean body's name: 국가정보원, 외교부, 해상보안청, 국가안보실,
# 연구소, 재단, 위원회, 센터.
_KOREAN_BODY_END = lazy(r"(?:[원부처청실소단회]|센터|재단|위원회)$")


def names_body(words: str) -> bool:
    """Whether words in either language end as a body's name does: an English head noun of
    a body (the National Intelligence Service, BODY_HEADS) or a Korean body's last syllables
    (국가정보원, 한국국방연구원); not a person's name (Baek Na-rae)."""
    words = words.strip()
    last = words.split()[-1] if words else ""
    return last in BODY_HEADS or _KOREAN_BODY_END.search(words) is not None


# A person's name as a text writes it before a bracket: a romanized name of two or three
# capitalised words (Baek Na-rae), or two to four Hangul syllables (백나래).
_PERSON_LIKE = lazy(r"(?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,2}\p{Lu}[\p{Ll}'’\-]+|[\uac00-\ud7a3]{2,4}")
# What sets one item of a line apart from the next (Chair: Park Eun-seo | Speakers: ...).
_ITEM_BREAK = lazy(r"[|:,;·]")


def names_person(words: str) -> bool:
    """Whether the last item of words read back from a bracket is a person's name (whose
    affiliation the bracket's acronym gives: Baek Na-rae (NAHF), 백나래(동북아역사재단)),
    not a body's (핵자문그룹(NCG))."""
    last = _ITEM_BREAK.split(words)[-1].strip()
    return _PERSON_LIKE.fullmatch(last) is not None and not names_body(last)


def acronym_expansions(text: str) -> list[tuple[str, str, bool]]:
    """(acronym, words, after) for each acronym a text in either language defines: in
    brackets after the words it stands for (국립외교원(KNDA): the words end with the name,
    `after` false: whatever stands there, a wrong expansion, 국가정보원(NSO), or a person's
    affiliation, Baek Na-rae (NAHF), too), or before them after a colon, an equals sign or a dash, as a list of
    abbreviations writes it (NAHF: 동북아역사재단: the words start with the name, `after`
    true), English words there only where their initials give the acronym and Korean ones
    only where they are one word or a body's name (not a label, LIVE: Liberation Day
    ceremony; CPTPP: 한국의 가입 여부 검토 중). Whether the words hold a glossary term is the
    caller's question."""
    from yongeo.text.korean import has_hangul

    found = []
    if "(" in text or "（" in text:
        for match in _BRACKETED_ACRONYM.finditer(text):
            start = match.start()
            low = max(0, start - _NAME_BEFORE_ACRONYM, text.rfind("\n", 0, start) + 1,
                      max(text.rfind(mark, 0, start) for mark in "()（）") + 1)
            words = text[low:start].strip()
            if words:
                found.append((match.group(1), words, False))
    for match in _ACRONYM_THEN_NAME.finditer(text):
        acronym, words = match.group(1), match.group(2).strip()
        hangul = has_hangul(words)
        # Korean words there name the acronym's body when they are one word or a body's
        # name (동북아역사재단; not a bullet's label, CPTPP: 한국의 가입 여부 검토 중).
        if (hangul and (" " not in words or names_body(words))) or (
                not hangul and acronym in initials(words)):
            found.append((acronym, words, True))
    return found


_DAY_AFTER = lazy(r"[ \t]+Day(?![\p{L}\p{N}\-])")


def day_named_after(text: str, end: int) -> bool:
    """Whether the capitalised name ending at `end` is followed by Day, the name of a day
    named after it (March First Independence Movement Day, the holiday 3·1절: not the
    movement)."""
    return _DAY_AFTER.match(text, end) is not None


def holds_last_words(text: str, term: str) -> bool:
    """Whether an English text holds the last two words or more of a capitalised term of
    three or more, in any case, as words of their own (Security adviser for National
    Security Adviser), not after the word before them in the term: the term written whole
    (Deputy Chief Cabinet Secretary, another office, is no Chief Cabinet Secretary
    shortened); False for a term with a word in lower case (head of the Office)."""
    words = term.split()
    if len(words) < 3 or not all(word[:1].isupper() for word in words):
        return False
    import regex

    return any(regex.search(r"(?i)(?<![\p{L}\p{N}\-])(?<!" + regex.escape(words[at - 1])
                            + r"[ \t]+)" + r"[ \t]+".join(map(regex.escape, words[at:]))
                            + r"(?![\p{L}\p{N}\-])", text) is not None
               for at in range(1, len(words) - 1))


def initials(name: str) -> tuple[str, ...]:
    """The acronyms a capitalised name of two words or more is written as by its words'
    initials: of every word, and of its words but the function words (Korea University: KU;
    Nuclear Consultative Group: NCG; Ministry of Foreign Affairs: MOFA, MFA). Empty for a
    name of one word or with a word in lower case but its function words."""
    # A hyphenated word of capitalised parts gives each part's initial (Self-Defense: SD).
    words = [part for word in name.split()
             for part in (word.split("-") if all(p[:1].isupper() for p in word.split("-"))
                          else [word])]
    content = [word for word in words if not is_function_word(word)]
    if len(content) < 2 or not all(word[:1].isupper() for word in content):
        return ()
    every = "".join(word[0] for word in words).upper()
    return tuple(dict.fromkeys((every, "".join(word[0] for word in content).upper())))


@lru_cache(maxsize=1024)
def _word_pattern(word: str):
    import regex

    return regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])")


# A first-person plural word: we, our, ours, us (not US, a country's code).
_FIRST_PERSON_PLURAL = lazy(r"(?<![\p{L}])(?:[Ww]e|[Oo]urs?|us)(?![\p{L}])")


# A quotation on one line: someone else's words, whose *we* is theirs.
_QUOTED = lazy(r"\"[^\"\n]*\"|“[^”\n]*”")


def speaks_as_we(text: str) -> bool:
    """Whether an English text speaks in the first person plural (we, our, us) outside the
    quotations it reports: a body's own message."""
    return _FIRST_PERSON_PLURAL.search(_QUOTED.sub(" ", text)) is not None


# A group of persons as the speaker's own or as those spoken of: our community, their
# compatriots.
_OUR_GROUP = lazy(r"(?<![\p{L}])(?:[Oo]ur|[Tt]heir)[ \t]+(?:community|communities|"
                  r"compatriots|people)(?![\p{L}])")


def names_our_group(text: str) -> bool:
    """Whether an English text calls a group of persons by the community of a speaker or of
    those it speaks of (our community, their community's challenges, our compatriots): a
    member, or a group's officials, speaking of the group."""
    return _OUR_GROUP.search(text) is not None


def holds_word(text: str, word: str) -> bool:
    """Whether `text` holds `word` as a word of its own, as written."""
    return _word_pattern(word).search(text) is not None


def word_ends(text: str, word: str) -> list[int]:
    """Where each occurrence of `word` as a word of its own, as written, ends in `text`."""
    return [match.end() for match in _word_pattern(word).finditer(text)]


# A word rarer than this in English (Zipf) is a name's own word (Asan, Waseda, Sejong).
_SHORT_NAME_ZIPF = 3.0


def short_name(name: str) -> str | None:
    """The word an English text may call a body by for short: the first word of a name of
    two words or more, where it is a name's own word, rare in English and no place (Asan
    for the Asan Institute for Policy Studies, Waseda for Waseda University); None for a
    name that starts with a common word or a place (Korea University, National Security
    Office)."""
    from yongeo.text.frequency import common_words
    from yongeo.text.places import country_code, korean_place

    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if len(first) < 4 or not first.isalpha() or not first[0].isupper() or first.isupper():
        return None
    if common_words("en").get(first.lower(), 0.0) >= _SHORT_NAME_ZIPF:
        return None
    if country_code(first) is not None or korean_place(first) is not None:
        return None
    return first


# A name's own word before a word in lower case that it modifies (the Josei memorial plaza).
_LOWER_WORD_AFTER = lazy(r"[ \t]+(\p{Ll}[\p{L}\-]*)")


def modifies_as_short_name(text: str, name: str) -> bool:
    """Whether an English text writes a place's or body's name by its own first word
    (short_name) as the modifier of a noun in lower case after it (the Josei memorial plaza
    for the memorial plaza of the Josei coal mine), no longer name around it."""
    word = short_name(name)
    if word is None:
        return False
    for match in _word_pattern(word).finditer(text):
        after = _LOWER_WORD_AFTER.match(text, match.end())
        if (after is not None and not is_function_word(after.group(1))
                and not in_longer_name(text, match.start())):
            return True
    return False


# A noun and the words that open a list of its members after it (crimes, including online
# scams; partners such as local governments; a note's abbreviations: stakeholders, incl.
# local governments; partners, e.g. local governments).
_KIND_BEFORE_LIST = lazy(r"(?<![\p{L}])(\p{L}[\p{L}\-]*),?[ \t]+(?:including|such[ \t]+as"
                         r"|incl\.|e\.[ \t]?g\.,?)"
                         r"[ \t]+(?!(?:those|these|them|it)\b)\p{L}")


def names_kind_before_list(text: str) -> bool:
    """Whether an English text names a kind by a noun and then lists its members
    (organized crime, including online scams): the kind has words of its own there, not
    left to its members as 온라인 사기 등 초국가범죄 may be. A light noun (matters, such as
    ...), a noun of people (100 people, including officials from ...) or a pronoun after
    it (all workers, including those from ...) lists no kind's members."""
    for match in _KIND_BEFORE_LIST.finditer(text):
        noun = match.group(1).lower()
        if not ({noun, *singular_forms(noun)} & (_LIGHT_HEADS | _PERSON_NOUNS)):
            return True
    return False


def other_complement(text: str, name: str) -> bool:
    """Whether an English text writes the word before the last *of* of a name (Ministry,
    of Japanese Ministry of Foreign Affairs) and *of* with another capitalised complement
    after them (the Ministry of Finance): another body of the name's kind."""
    import regex

    head, of, complement = name.rpartition(" of ")
    if not of or not head or not complement:
        return False
    last = head.split()[-1]
    pattern = (rf"(?<![\p{{L}}]){regex.escape(last)}[ \t]+of[ \t]+(?:the[ \t]+)?"
               r"(\p{Lu}[\p{L}\-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}\-]*)*)")
    return any(not complement.startswith(match.group(1)) and not match.group(1).startswith(
        complement) for match in regex.finditer(pattern, text))


def shares_plural_head(text: str, name: str) -> bool:
    """Whether an English text writes the name of two words or more `name` (Kono Statement)
    coordinated with another of its kind, the two sharing their head in the plural (the Kono
    and Murayama Statements, the Murayama and Kono statements): each name is written."""
    import regex

    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    many = plural(words[-1])
    if many is None or many.lower() not in text.lower():  # most texts: no such plural
        return False
    own = r"[ \t]+".join(map(regex.escape, words[:-1]))
    other = r"\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}"
    joined = r"(?:,[ \t]+" + other + r")*,?[ \t]+(?:and|or|&)[ \t]+"
    pattern = (rf"(?<![\p{{L}}])(?:{own}{joined}{other}|{other}{joined}{own})[ \t]+"
               rf"(?i:{regex.escape(many)})(?![\p{{L}}])")
    return regex.search(pattern, text) is not None


def name_without_head(name: str) -> str | None:
    """A body's name without its last word, a body's head noun (ORGANIZATION_HEADS), where
    what is left is two capitalised words or more, the first no place (Mitsubishi Heavy for
    Mitsubishi Heavy Industries, as wires write it; not Korea Development for the Korea
    Development Bank); None otherwise."""
    from yongeo.text.places import country_code, korean_place

    words = name.split()
    if len(words) < 3 or words[-1] not in ORGANIZATION_HEADS:
        return None
    if not all(word[:1].isupper() and word.isalpha() for word in words[:-1]):
        return None
    if country_code(words[0]) is not None or korean_place(words[0]) is not None:
        return None
    return " ".join(words[:-1])


# The head nouns an English text calls a body by alone once it has named the body (the
# Ministry, the Foundation): a name's own head word.
_BODY_HEADS = ORGANIZATION_HEADS | frozenset(
    "Ministry Office Department Secretariat Commission Embassy Consulate Court".split())
# A head word with *of* and a capitalised word after it: a name that goes on (Ministry of
# Unification), not the head alone.
_NAME_GOES_ON_OF = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}")
_CAPITAL_NEXT = lazy(r"[ \t]+\p{Lu}")
# The definite article right before a word: the ministry, a body named before.
_THE_BEFORE = lazy(r"(?<![\p{L}])[Tt]he[ \t]+$")


def body_head(name: str) -> str | None:
    """The head noun of a body's English name, where it is a body's: the word before *of*
    in a name whose head comes first (Ministry of Foreign Affairs: Ministry), else its last
    word (Korea Foundation: Foundation); None for a name of one word or another head."""
    words = name.split()
    if len(words) < 2:
        return None
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return head if head in _BODY_HEADS else None


def names_body_alone(whole: str, names: Sequence[str], head: str) -> bool:
    """Whether an English text `whole` names a body in full (one of `names`, its English
    names) and no other body of its head noun `head` (the Ministry of Unification, the
    Defense Ministry, the Korean Embassy): where the head alone can refer to the body only
    (head_alone_in). Read once per text and body."""
    import regex

    spans = [(m.start(), m.end()) for name in names
             for m in compiled(r"(?<![\p{L}])" + regex.escape(name) + r"(?![\p{L}])",
                               regex.IGNORECASE).finditer(whole)]
    if not spans:
        return False
    for match in _word_pattern(head).finditer(whole):
        if any(start <= match.start() < end for start, end in spans):
            continue
        if _named_before(whole, match.start()) or _NAME_GOES_ON_OF.match(whole, match.end()):
            return False  # another body of that head: the head alone says which no more
    return True


def head_alone_in(piece: str, head: str) -> bool:
    """Whether `piece` calls a body by its head noun `head` alone (the Ministry said; a
    headline's Ministry Hopes for ...), the short name English gives a body it has named
    (names_body_alone tells whether it has): capitalised or after *the* (the ministry; a
    court ruling is any court's), with no capitalised word before it but a function word
    (the Korean Embassy, the Defense Ministry: another body), no *of* and a name after it,
    and no capitalised word after it outside a line in title case."""
    import regex

    for match in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(head)
                                + r"(?![\p{L}\p{N}])", piece, regex.IGNORECASE):
        if _named_before(piece, match.start()) or _NAME_GOES_ON_OF.match(piece, match.end()):
            continue
        if _CAPITAL_NEXT.match(piece, match.end()) and not is_title_case(
                _line_around(piece, match.start())):
            continue
        if match.group()[0].islower() and not _THE_BEFORE.search(
                piece, max(0, match.start() - 8), match.start()):
            continue  # a court ruling: any court, not the one named
        return True
    return False


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word other than a function word stands right before `start`
    (the Korean Embassy, Foreign Ministry), which makes the word there part of a name."""
    before = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and not is_function_word(
        before.group(1))


# What may follow a name's short word: a possessive, or no capitalised word (another name's).
_NOT_NAME_GOES_ON = lazy(r"['’]s?(?!\p{L})|(?![ \t]+\p{Lu})")


def stands_alone(text: str, word: str) -> bool:
    """Whether `text` holds the capitalised `word` as a name of its own somewhere: no
    capitalised word before it (King Sejong: in_longer_name) nor after it (Sejong Center),
    a possessive allowed (Asan's survey)."""
    return any(not in_longer_name(text, match.start())
               and _NOT_NAME_GOES_ON.match(text, match.end())
               for match in _word_pattern(word).finditer(text))


# A name of a group of people by where they live (Korean residents in Japan, ethnic Koreans
# in China): the group, "in", and one capitalised place word or two.
_PLACE_COMPLEMENT = lazy(r"(?P<head>.+?)[ \t]+in[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)")
# A place complement after a group's name in a text: in or of, then a capitalised word.
_PLACE_AFTER = lazy(r"[ \t]+(?:in|of|from)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\-]*)")


def without_place(name: str) -> tuple[str, str] | None:
    """A group's name without the place it lives in, and that place (Korean residents in
    Japan: Korean residents, Japan), for a name of two words or more before "in" and a
    country (text.places.country_code); None for any other name."""
    from yongeo.text.places import country_code

    match = _PLACE_COMPLEMENT.fullmatch(name)
    if match is None or len(match.group("head").split()) < 2:
        return None
    if country_code(match.group("place")) is None:
        return None
    return match.group("head"), match.group("place")


def _group_at_home(whole: str, name: str) -> tuple[str, Callable[[str], bool]] | None:
    """For a group's name with the place it lives in (without_place), in a `whole` text that
    names that place: the name's head, and a test of whether an English place name is
    elsewhere (a place of another country; one no table knows is not)."""
    from yongeo.text.places import country_of_korean, korean_place

    parts = without_place(name)
    if parts is None or not holds_word(whole, parts[1]):
        return None
    home = korean_place(parts[1])

    def elsewhere(word: str) -> bool:
        korean = korean_place(word)
        return korean is not None and home not in country_of_korean(korean)

    return parts[0], elsewhere


def named_without_place(text: str, whole: str, name: str) -> bool:
    """Whether `text` calls a group by its name without the place it lives in (without_place)
    where the `whole` text it is part of names that place (many Korean residents live there,
    in a text about Japan), with no place of another country after it (not Korean residents
    in China or in Beijing; Korean residents in Fukuoka or Tokyo live in Japan, or in a place
    no table says is elsewhere)."""
    group = _group_at_home(whole, name)
    if group is None:
        return False
    head, elsewhere = group
    for match in _word_pattern(head).finditer(text):
        after = _PLACE_AFTER.match(text, match.end())
        if after is None or not elsewhere(after.group(1)):
            return True
    return False


# A place that says where a group lives, around its name: a possessive before it (Osaka's
# Korean community), or a short clause after it (the Korean community that has lived in
# Japan, Korean residents living in Fukuoka).
_PLACE_OWNS = lazy(r"(\p{Lu}[\p{L}\-]*)['’]s[ \t]+$")
_PLACE_CLAUSE_AFTER = lazy(r"[ \t]+(?:(?:that|who|which)[ \t]+(?:[\p{Ll}]+[ \t]+){0,3}?"
                           r"|(?:living|settled|based)[ \t]+)in[ \t]+(?:the[ \t]+)?"
                           r"(\p{Lu}[\p{L}\-]*)")


def named_with_its_place(text: str, whole: str, name: str) -> bool:
    """Whether `text` calls a group by its name without the place it lives in (without_place)
    and says a place another way around it, in a `whole` text that names the group's place
    (as named_without_place): a possessive before (Osaka's Korean community, Japan's Korean
    community) or a short clause after (the Korean community that has lived in Japan, Korean
    residents living in Fukuoka); not a place of another country (Chicago's)."""
    group = _group_at_home(whole, name)
    if group is None:
        return False
    head, elsewhere = group
    for match in _word_pattern(head).finditer(text):
        owner = _PLACE_OWNS.search(text, max(0, match.start() - 40), match.start())
        after = _PLACE_CLAUSE_AFTER.match(text, match.end())
        if (owner is not None and not elsewhere(owner.group(1))) or (
                after is not None and not elsewhere(after.group(1))):
            return True
    return False


# An appositive description after a name and its comma: an article or a possessive, then a
# word in lower case (a pro-Seoul association of ..., the pro-Pyongyang federation, South
# Korea's easternmost islets), closed by a comma, a full stop, a semicolon, a dash or a
# bracket; a list (Japan, the United States and ...) goes on with a capitalised word.
_APPOSITION = lazy(r"(?:(?:an?|the)[ \t]+|(?:\p{Lu}[\p{L}.\-]*[ \t]+){0,2}\p{Lu}[\p{L}.\-]*['’]s"
                   r"[ \t]+)[\p{Ll}][^,.;()\n—–]{0,100}?(?=[,;)—–]|\.(?:[ \t\n]|$)|[ \t]--)")
_NAME_BEFORE_COMMA = lazy(r"\p{Lu}[\p{L}.'’\-]*,[ \t]+$")
# The most characters back from a word to the comma opening its apposition.
_APPOSITION_REACH = 100


# A clause that tells what a name before it means in another time or language (Joseon, as
# Korea was then called; Edo, now Tokyo; Hanyang, today's Seoul).
_AS_CALLED_BEFORE = lazy(r"\p{L}[\p{L}'’\-]*,?[ \t]+as[ \t]+$")
_AS_CALLED_AFTER = lazy(r"[ \t]+(?:was|is|were|are)[ \t]+(?:then[ \t]+|once[ \t]+|formerly[ \t]+"
                        r"|long[ \t]+|also[ \t]+|now[ \t]+)?(?:called|known)(?![\p{L}])")
_NOW_BEFORE = lazy(r"\p{Lu}[\p{L}'’\-]*,?[ \t]+\(?(?:now|today['’]s|present-day|modern-day)"
                   r"[ \t]+$")


def glosses_other_name(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) of an English text only glosses the name before it
    for the reader (Joseon, as Korea was then called; Edo, now Tokyo; Hanyang, today's
    Seoul): a note for readers abroad, which a translation into the named country's own
    language leaves to its own name (조선, 에도)."""
    if _AS_CALLED_BEFORE.search(text, max(0, start - 40), start):
        return _AS_CALLED_AFTER.match(text, end) is not None
    return _NOW_BEFORE.search(text, max(0, start - 40), start) is not None


def apposition_of(text: str, start: int, end: int) -> int | None:
    """Where the name ends that the appositive description holding [start, end) of an English
    text describes (Mindan, a pro-Seoul association of Korean residents in Japan, ...;
    Dokdo, South Korea's easternmost islets, came up): the offset of the comma after the
    name, or None where the words stand in no such description (Japan, the United States
    and China: a list)."""
    low = max(0, start - _APPOSITION_REACH)
    comma = text.rfind(",", low, start)
    if comma < 0 or any(c in text[comma + 1:start] for c in ";()\n"):
        return None
    opening = comma + 1
    while opening < start and text[opening] in " \t":
        opening += 1
    if opening == comma + 1 or _NAME_BEFORE_COMMA.search(text, max(0, comma - 60), opening) \
            is None:
        return None
    body = _APPOSITION.match(text, opening)
    if body is None or body.end() < end:
        return None
    # A description, no clause (In Tokyo, the minister met South Korea's envoy, ...).
    if any(word_use(text, word.start(), word.end()) == "verb"
           for word in _LOWER_WORD.finditer(text, body.start(), body.end())):
        return None
    return comma


_LOWER_WORD = lazy(r"(?<![\p{L}\-])\p{Ll}+(?![\p{L}\-])")


def describes_name_before(text: str, name_end: int, start: int, end: int) -> bool:
    """Whether the lower-case word at [start, end) of an English text describes what the name
    ending at `name_end` is, between the name and the noun that says its kind (the CPTPP
    trade pact, the CPTPP Pacific trade pact, RCEP's free trade agreement): a gloss for
    readers who may not know the name, which a translation naming it leaves out (CPTPP
    가입); one capitalised word or one lower-case modifier may stand between."""
    return (text[start:end].islower()
            and _BEFORE_DESCRIBED.fullmatch(text, name_end, start) is not None
            and _KIND_OF_NAMED.match(text, end) is not None)


# Between a name and the descriptive word: a space, and perhaps a possessive's ending, one
# capitalised word or one lower-case modifier (free, regional) with its space.
_BEFORE_DESCRIBED = lazy(r"(?:['’]s)?[ \t]+(?:(?:\p{Lu}\p{L}*|free|regional|global|"
                         r"multilateral|bilateral)[ \t]+)?")
# The noun after it that says what kind of thing a name names: a pact, a bloc, a forum.
_KIND_OF_NAMED = lazy(r"[ \t]+(?:pacts?|agreements?|deals?|blocs?|treat(?:y|ies)|accords?|"
                      r"frameworks?|partnerships?|forums?|groupings?|zones?)(?![\p{L}\-])")


# The head nouns of a body's name, capitalised: a ministry, an agency, a force, a court.
BODY_HEADS = ORGANIZATION_HEADS | frozenset(
    "Ministry Guard Agency Office Forces Force Court Assembly Embassy Government Police "
    "Service Bureau Department Cabinet Navy Army Parliament Diet Commission Secretariat".split())
_OWNED_NAME = lazy(r"(?:['’]s)?[ \t]+((?:\p{Lu}[\p{L}\-]*[ \t]+){0,4}\p{Lu}[\p{L}\-]*)")


_OWNING_OF = lazy(r"(\p{Lu}[\p{L}\-]*)[ \t]+of[ \t]+(?:the[ \t]+)?$")


# A body's name and a comma before its country, as a letterhead or a signature writes it
# (Ministry of Foreign Affairs, Republic of Korea): up to six words, capitalised or joining.
_OWNING_BEFORE_COMMA = lazy(r"((?:(?:\p{Lu}[\p{L}\-]*|of|and|for|the)[ \t]+){0,6}"
                            r"\p{Lu}[\p{L}\-]*),[ \t]+(?:the[ \t]+)?$")


def owns_body(text: str, start: int, end: int) -> bool:
    """Whether the country's name at [start, end) says whose body the capitalised name
    beside it is: before the name (Korea Coast Guard, Korea's Interior Ministry, Japan's
    Foreign Ministry: five words at most, ending in a body's head noun, BODY_HEADS, or
    glossed by its initials in brackets, the country's among them: Korea Open Government
    License (KOGL), a proper name the translation gives by its own name), as
    its complement (Supreme Court of Korea, Embassy of Japan) or after it and a comma, as a
    letterhead writes it (Ministry of Foreign Affairs, Republic of Korea)."""
    match = _OWNED_NAME.match(text, end)
    if match is not None and match.group(1).split()[-1] in BODY_HEADS:
        return True
    if match is not None and _initials_after(text, match.end(),
                                             [text[start:end], *match.group(1).split()]):
        return True  # Korea Open Government License (KOGL): a name its initials gloss
    before = _OWNING_OF.search(text, max(0, start - 40), start)
    if before is not None and before.group(1) in BODY_HEADS:
        return True
    named = _OWNING_BEFORE_COMMA.search(text, max(0, start - 80), start)
    return named is not None and any(word in BODY_HEADS for word in named.group(1).split())


# An acronym in brackets right after a name: (KOGL).
_ACRONYM_AFTER = lazy(r"[ \t]*[(（]([A-Z]{2,8})[)）]")


def _initials_after(text: str, end: int, words: list[str]) -> bool:
    """Whether an acronym in brackets right after `end` is the initials of `words`, the
    capitalised ones (Korea Open Government License (KOGL))."""
    match = _ACRONYM_AFTER.match(text, end)
    if match is None:
        return False
    initials = "".join(word[0] for word in words if word[:1].isupper())
    return match.group(1) == initials.upper()


# A country's possessive before a noun in lower case (Korea's accession, Japan's position):
# what the country does or holds, not a body of it.
_POSSESSIVE_BEFORE_NOUN = lazy(r"['’]s[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}?[\p{Ll}]")


def owns_as_possessive(text: str, end: int) -> bool:
    """Whether the country's name ending at `end` is a possessive before a noun in lower case
    (Korea's accession to the CPTPP, Korea's position): whose act or stance it is, which a
    translation into that country's own language leaves to its reader (CPTPP 가입)."""
    return _POSSESSIVE_BEFORE_NOUN.match(text, end) is not None


def titled_by_initials(text: str, acronym: str) -> bool:
    """Whether an English text writes `acronym`, a title's initials (PM for Prime Minister),
    as a word of its own right before a capitalised name (PM Takaichi, FM Motegi's): the
    title abbreviated, not the letters standing for something else (the PM said; 10 PM)."""
    import regex

    return compiled(r"(?<![\p{L}\p{N}.])(?<!\p{N}[ \t])" + regex.escape(acronym)
                    + r"\.?[ \t]+\p{Lu}\p{Ll}").search(text) is not None


def country_by_initials(text: str, acronym: str) -> bool:
    """Whether an English text writes `acronym`, a title's initials, right after a country's
    people's word or its name's possessive (a Japanese PM, Japan's FM): an office of that
    country, not the letters standing for something else (3 PM)."""
    import regex

    from yongeo.text.demonyms import is_demonym
    from yongeo.text.places import names_countries

    for match in compiled(r"(?<![\p{L}])(\p{L}+)(?:['’]s)?[ \t]+" + regex.escape(acronym)
                          + r"(?![\p{L}\p{N}])").finditer(text):
        word = match.group(1)
        if is_demonym(word.capitalize()) or names_countries(word.capitalize()):
            return True
    return False


def stands_bare(text: str, start: int, end: int) -> bool:
    """Whether the noun at [start, end) of an English text stands with no complement after it
    (of ...) and no modifier before it but a function word or a number (the victims, 183
    victims; not victims of wartime labor, wartime victims)."""
    import regex

    if regex.match(r"[ \t]+of\b", text[end:end + 4]):
        return False
    before = regex.search(r"([\p{L}\p{N}'’\-]+)[ \t]+$", text[max(0, start - 30):start])
    return before is None or before.group(1)[:1].isdigit() or is_function_word(before.group(1))


# What follows a noun that modifies the noun after it: a word of its own, or a coordinated
# modifier first (summit and high-level exchanges).
_WORD_AFTER = lazy(r"[ \t]+(?:(?:and|or|&)[ \t]+([\p{L}\-]+)[ \t]+)?([\p{L}][\p{L}\-]*)")


def modifies_noun_after(text: str, end: int) -> bool:
    """Whether the noun ending at `end` modifies a noun after it (a Summit Joint Press
    Conference, summit and high-level exchanges): the next word, past a coordinated modifier,
    is no function word and no verb (the summit was held, the summit in Nara); nor is the
    coordinated word one (the Embassy of Japan or the presidential office: another noun
    phrase, with its own determiner)."""
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return False
    coordinated, word = match.group(1), match.group(2)
    if is_function_word(word) or (coordinated is not None and is_function_word(coordinated)):
        return False
    return word_use(text, match.start(2), match.end(2)) != "verb"


# Nouns before *leaders* that name polities, whose leaders are heads of state or government
# (world leaders, alliance leaders): the summit's leaders still.
_POLITY_NOUNS = frozenset("world state nation country government alliance bloc union "
                          "member summit".split())
_WORD_BEFORE = lazy(r"(\p{L}+)[ \t]+$")


def _noun_modifier_before(text: str, start: int) -> str | None:
    """The word right before `start`, in lower case, when it is a common word lemminflect
    reads as a noun and not as an adjective, and no function word: a noun that says which
    kind the next noun is (business leaders, the travel trade); None otherwise (economic
    leaders, bilateral trade, their trade, a name of no dictionary: Japan)."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return None
    word = found.group(1).lower()
    classes = word_classes(word)
    if "NOUN" not in classes or "ADJ" in classes or is_function_word(word):
        return None
    return word


def leaders_of_a_group(text: str, start: int) -> bool:
    """Whether *leaders* at `start` are a group's named by the noun before them (Business
    Leaders' Meeting, faith leaders, youth leaders): people who lead business, a faith or
    the young, not heads of state or government. The noun is a noun modifier
    (_noun_modifier_before: not a function word, so that leaders' meetings ...) and no
    polity's noun (world leaders); an adjective (Economic Leaders' Meeting, regional
    leaders) or a name (Japan-Korea Leaders' Meeting) leaves them the summit's."""
    if text[start:start + 6].lower() != "leader":
        return False
    word = _noun_modifier_before(text, start)
    return word is not None and word not in _POLITY_NOUNS


# Nouns that name a line of business after a noun that says which (the travel trade, the
# seafood distribution trade, the restaurant trade): Korean says so with 업계 (여행업계,
# 유통업계, 외식업계), not with the word for commerce between countries (교역, 통상).
LINE_OF_BUSINESS_NOUNS = frozenset({"trade"})


def names_line_of_business(text: str, start: int, end: int) -> bool:
    """Whether the noun at [start, end) (trade, trades) follows a noun that says which
    business it is (Travel Trade, the seafood distribution trade, a photo card trade:
    _noun_modifier_before), or goes before the people of the business (trade visitors,
    trade buyers, the trade press); not after an adjective or a country (foreign trade,
    bilateral trade, Japan's trade, Korea-Japan trade)."""
    word = text[start:end].lower()
    if word not in LINE_OF_BUSINESS_NOUNS and word[:-1] not in LINE_OF_BUSINESS_NOUNS:
        return False  # most hits: another word, read without the word tables
    return (_noun_modifier_before(text, start) is not None
            or _BUSINESS_PEOPLE_AFTER.match(text, end) is not None)


# The people of a line of business after its noun (trade visitors, trade buyers, the trade
# press): those who work in it, which Korean names 업계 관계자.
_BUSINESS_PEOPLE_AFTER = lazy(r"[ \t]+(?i:visitors?|buyers?|professionals?|delegates?|press|"
                              r"audiences?|attendees?)(?![\p{L}])")


# What makes a summit a mountain's top: of a mountain after it (the summit of Mt. Fuji, of
# Mount Halla, of Hallasan, of the volcano), or a mountain's before it (the mountain's summit).
_MOUNTAIN_AFTER = lazy(r"[ \t]+of[ \t]+(?:the[ \t]+|their[ \t]+|its[ \t]+)?"
                       r"(?:(?i:mt\.?|mount|mountains?|peak|volcano|hill)(?![\p{L}])"
                       r"|\p{Lu}\p{Ll}*(?:san|yama|dake|zan)(?![\p{L}])"
                       # a placeholder named for a mountain ({mountain}, %(peak)s)
                       r"|(?:\{|%\()(?i:mountain|peak|mt|hill|volcano)\w*(?:\}|\)s)"
                       # the top of a ranking: the summit of the (group) table, of the J1
                       # table, of the Order of Merit (not of the two leagues' commissioners)
                       r"|(?:[\p{L}\p{N}'’\-]+[ \t]+){0,2}(?i:tables?|standings|leagues?|"
                       r"rankings?|charts?|leaderboards?|order[ \t]+of[ \t]+merit|ladders?|"
                       r"podium)(?![\p{L}'’]))")
_MOUNTAIN_BEFORE = lazy(r"(?i:mountain|peak|volcano|hill)(?:['’]s)?[ \t]+$"
                        # a distance to the top: 3 km to the summit
                        r"|(?i:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|ft|feet)[ \t]+"
                        r"(?i:to|from)[ \t]+(?i:the[ \t]+)?$")
# Abstract nouns of which a summit is the peak and remains what is left, figuratively (the
# summit of his career, of ambition; the remains of trust, of the day), and the nouns of
# time a day's remains are (the remains of my weekend, of a streak).
_FIGURED_NOUNS = (r"trust|hopes?|faith|friendship|relationships?|relations|ties|goodwill|"
                  r"confidence|dignity|dreams?|pride|ambitions?|power|success|fame|careers?|"
                  r"glory|popularity|achievements?|diplomacy|happiness|love|life|youth|"
                  r"day|weekends?|week|year|nights?|evenings?|summers?|winters?|"
                  r"holidays?|streaks?|empire|"
                  # ... and what is left of a building, a vessel or a place after a disaster
                  # (the remains of collapsed houses, of damaged buildings, of the ship)
                  r"houses?|homes?|buildings?|structures?|walls?|roofs?|bridges?|"
                  r"factor(?:y|ies)|ships?|vessels?|boats?|castles?|forts?|temples?|"
                  r"shrines?|towns?|villages?|cars?|vehicles?|missiles?|rockets?|aircraft|"
                  r"planes?|jets?|satellites?|"
                  # ... and of a meal or a sum (the remains of dinner, of my budget)
                  r"dinner|lunch|breakfast|meals?|feast|banquet|broth|soup|sauce|budget|"
                  r"savings|money|" + "|".join(sorted(TIME_NOUNS)))
# Of, a determiner or a possessive and a word perhaps, and one of those nouns (the remains of
# trust, of a perfect day, of my weekend).
_FIGURED_OF = lazy(r"[ \t]+of[ \t]+(?:(?i:a|an|the|this|that|my|his|her|their|its|our|your)"
                   r"[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?i:" + _FIGURED_NOUNS + r")(?![\p{L}'’])")
# Of and a possessive, any or every before a noun that names no persons meeting: a summit's
# peak (the summit of their relationship, of his young career, of any Osaka trip; not the
# summit of their leaders, of its member states).
_PEAK_OF = lazy(
    r"[ \t]+of[ \t]+(?i:my|his|her|their|its|our|your|any|every)[ \t]+(?!(?i:leaders?|heads?|"
    r"ministers?|members?|member[ \t]+states|nations?|countries|governments?|"
    r"presidents?|premiers?|delegations?)(?![\p{L}]))")


def remains_of_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the word remains at [start, end) is what is left of a thing or a time, not of
    the dead: remains of an abstract noun or a noun of time, an article or a possessive and
    a word perhaps between (the remains of trust, of a perfect day, of my weekend, the
    remains of the day), or of a building, a vessel, a machine or a place (the remains of
    collapsed houses, of the ship, of the missiles); a machine's remains (missile remains)
    or remains beside debris (missile debris or remains); not of persons, whoever they are
    (the remains of the victims, of 183 miners, of his brother, of the ship's crew)."""
    return text[start:end].lower() == "remains" and (
        _FIGURED_OF.match(text, end) is not None
        or _THING_BEFORE.search(text, max(0, start - 40), start) is not None
        or _REMAINS_VERB_BEFORE.search(text, max(0, start - 20), start) is not None)


# A pronoun that makes remains a verb, what is left (what remains of the sauce, whatever
# remains of my budget, all that remains, nothing remains).
_REMAINS_VERB_BEFORE = lazy(r"(?<![\p{L}])(?i:what|whatever|all[ \t]+that|nothing|little|"
                            r"much|it|this|that|which)[ \t]+$")


# A machine's noun or debris right before remains (missile remains, debris or remains,
# wreckage and remains): what is left of a thing.
_THING_BEFORE = lazy(r"(?<![\p{L}])(?i:missiles?|rockets?|aircraft|satellites?|"
                     r"(?:debris|wreckage|rubble)[ \t]+(?:or|and))[ \t]+$")


# A noun after summit that makes it a mountain's: the summit marker, loop, trail, elevation.
_MOUNTAIN_NOUN_AFTER = lazy(
    r"[ \t]+(?i:markers?|loop|trails?|path|route|cairn|station|hut|shelter|ridge|crater|"
    r"plateau|elevation|altitude|push|attempt|views?|area|post|signs?|rocks?|stone|"
    r"photos?|selfies?)(?![\p{L}])")
# A month or a year right before a noun: a dated event (the January summit).
_DATED_BEFORE = lazy(r"(?<![\p{L}\p{N}])(?:(?:January|February|March|April|May|June|July|"
                     r"August|September|October|November|December)|(?:19|20)\d\d)[ \t]+$")
# The verb to summit: the climb to a top (summited, summiting; time to summit, with nothing
# after it to be the meeting's noun).
_SUMMIT_VERB = lazy(r"(?i:summit(?:t?ed|t?ing))(?![\p{L}])")
_TO_BEFORE = lazy(r"(?i:(?<![\p{L}])to)[ \t]+$")
_NOTHING_AFTER = lazy(r"[ \t]*(?:$|[.,;:!?)\n]|(?i:at|in|on|by|before|after|from)(?![\p{L}]))")
# Words of mountains and climbing that make a summit in their sentence a top, and words of
# meetings that keep it a meeting even there (leaders at a mountain resort's summit).
_CLIMBING = lazy(
    r"(?i)(?<![\p{L}])(?:mountains?|mountaintops?|mountainside|peaks?|climb(?:s|ed|ing|ers?)?|"
    r"hik(?:e|es|ed|ing|ers?)|trails?|trailheads?|trek(?:s|ked|king|kers?)?|ascents?|"
    r"ascend(?:s|ed|ing)?|descents?|altitude|elevation|above[ \t]+sea[ \t]+level|"
    r"cable[ \t-]+cars?|volcano(?:es)?|craters?|ridges?|slopes?|glaciers?|"
    r"mountaineer(?:s|ing)?|base[ \t]+camps?|reach(?:es|ed|ing)?[ \t]+the[ \t]+summit|"
    r"above[ \t]+[\d,.]+[ \t]*(?:m|met(?:er|re)s|ft|feet))"
    r"(?![\p{L}])")
_MEETING = lazy(
    r"(?i)(?<![\p{L}])(?:leaders?|talks|bilateral|trilateral|summitry|heads[ \t]+of|"
    r"president|prime[ \t]+minister|delegations?|agenda|declaration|communiqu[eé]|"
    r"diplomacy|diplomatic|ministers?|G\d+|APEC|ASEAN)(?![\p{L}])")


def mountain_top(text: str, start: int, end: int) -> bool:
    """Whether the word summit at [start, end) is a mountain's top, not a meeting of leaders
    (Hiking to the summit of Mt. Fuji; the volcano's summit; the summit of {mountain}; the
    summit marker), or a peak, figuratively (the summit of his career, of ambition), or the
    top of a ranking (the summit of their group table, of the J1 table, of the Order of
    Merit); or the verb
    to summit (time to summit); or where its sentence, or else its line, speaks of
    mountains or climbing (hiked, the trail, above sea level, above 2,000 m, reached the
    summit) and of no meeting (leaders, talks, diplomacy); never a summit dated by a month
    or a year before it (the January summit)."""
    if not text[start:end].lower().startswith("summit"):
        return False
    if _DATED_BEFORE.search(text, max(0, start - 12), start):
        return False  # the January summit, the 2026 summit: a meeting, dated
    if _SUMMIT_VERB.match(text, start) or (
            _TO_BEFORE.search(text, max(0, start - 4), start)
            and _NOTHING_AFTER.match(text, end)):
        return True
    if (_MOUNTAIN_AFTER.match(text, end) is not None
            or _MOUNTAIN_BEFORE.search(text, max(0, start - 24), start) is not None
            or _MOUNTAIN_NOUN_AFTER.match(text, end) is not None
            or _PEAK_OF.match(text, end) is not None
            or _FIGURED_OF.match(text, end) is not None):
        return True  # the summit of their relationship, of ambition: a peak, figuratively
    begin, stop = _sentence_around(text, start, end)
    sentence = text[begin:stop]
    if _MEETING.search(sentence):
        return False
    if _CLIMBING.search(sentence):
        return True
    line = _line_around(text, start)  # the climb told in the sentences around it
    return bool(_CLIMBING.search(line)) and not _MEETING.search(line)
