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

from yongeo.text.english import is_inflected_verb, is_plural_noun, word_classes

# After these, a word that can be a verb is one.
VERB_OPENERS = frozenset("to will would shall should can could may might must did does do "
                         "not never cannot".split())
_DETERMINERS = frozenset("a an the this that these those its their his her our your my "
                         "some any every each no".split())


def readings(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows for a word (NOUN, VERB, ADJ, ADV, AUX), from the
    word table text.english keeps."""
    return word_classes(word)


def only(word: str, tag: str) -> bool:
    found = readings(word)
    return bool(found) and found == {tag}


def verbal_positions(words: list[str], plural_only: frozenset[str]) -> set[int]:
    """Positions of `words` (lower case, one per token) that are verbs or adverbs in their
    context, and so end any noun phrase there."""
    found: set[int] = set()
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        following = words[index + 1] if index + 1 < len(words) else ""
        if word.isalpha() and _ends_a_phrase(word, previous, following, plural_only):
            found.add(index)
    return found


def _ends_a_phrase(word: str, previous: str, following: str,
                   plural_only: frozenset[str]) -> bool:
    """The rules of the module's docstring, first that applies."""
    tags = readings(word)
    if not tags:
        return False
    if tags == {"ADV"}:
        return True
    if "VERB" not in tags:
        return False
    if previous in VERB_OPENERS or (tags == {"VERB"} and is_inflected_verb(word)):
        return True
    if (_plural_noun(previous, plural_only) and not word.endswith("s")
            and not is_inflected_verb(word)):
        return True
    return word.endswith("ing") and bool(following) and (
        following in _DETERMINERS or only(following, "ADJ"))


def _plural_noun(word: str, plural_only: frozenset[str]) -> bool:
    if not word.endswith("s") or word.endswith("ss") or word in plural_only:
        return False
    return is_plural_noun(word)
