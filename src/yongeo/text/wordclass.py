"""English word classes from lemminflect's readings, and the context rules that say when a word
is a verb or an adverb rather than part of a noun phrase.

lemminflect lists, for a word, every part of speech it can be (*lack*: noun, verb; *suggest*:
verb; *afterward*: adverb). No tagger decides between them here; the context does:

- a word that can only be an adverb never joins a noun phrase (*ambulances afterward*);
- a word that can only be a verb, and is inflected, is one (*encourages*, *suggests*);
- after *to* or a modal, a word that can be a verb is one (*to build transmission lines*);
- after a plural noun, a base form that can be a verb is the predicate (*polls suggest*,
  *residents gather*, *seniors lack*), except after a plural-only noun (*arms control*);
- an *-ing* form before an adjective-only word or a determiner is a verb (*building new
  power lines*).
"""

from __future__ import annotations

from functools import lru_cache

# After these, a word that can be a verb is one.
VERB_OPENERS = frozenset("to will would shall should can could may might must did does do "
                         "not never cannot".split())
_DETERMINERS = frozenset("a an the this that these those its their his her our your my "
                         "some any every each no".split())


@lru_cache(maxsize=65536)
def readings(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows for a word (NOUN, VERB, ADJ, ADV, ...)."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()))


def only(word: str, tag: str) -> bool:
    found = readings(word)
    return bool(found) and found == {tag}


@lru_cache(maxsize=65536)
def inflected_verb(word: str) -> bool:
    """A verb form that is not the base form (encourages, suggested)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return bool(lemmas) and word.lower() not in lemmas


def verbal_positions(words: list[str], plural_only: frozenset[str]) -> set[int]:
    """Positions of `words` (lower case, one per token) that are verbs or adverbs in their
    context, and so end any noun phrase there."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if not word.isalpha():
            continue
        tags = readings(word)
        if not tags:
            continue
        previous = words[index - 1] if index else ""
        following = words[index + 1] if index + 1 < len(words) else ""
        if tags == {"ADV"}:
            found.add(index)
        elif tags == {"VERB"} and inflected_verb(word):
            found.add(index)
        elif "VERB" in tags and previous in VERB_OPENERS:
            found.add(index)
        elif "VERB" in tags and _plural_noun(previous, plural_only) and \
                not word.endswith("s") and "NOUN" in readings(previous) and \
                not inflected_verb(word):
            found.add(index)
        elif word.endswith("ing") and "VERB" in tags and following and (
                following in _DETERMINERS or only(following, "ADJ")):
            found.add(index)
    return found


def _plural_noun(word: str, plural_only: frozenset[str]) -> bool:
    if not word.endswith("s") or word.endswith("ss") or word in plural_only:
        return False
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas
