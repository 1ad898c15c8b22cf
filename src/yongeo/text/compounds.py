"""English compounds of two nouns, which English writes solid, open or hyphenated for one
word: filename, file name, file-name; username, user name; keyring, key ring; and a compound
whose first word is an adjective made from a noun, which English also writes with the noun
itself: cultural exchange, culture exchange; historical issues, history issues."""

from __future__ import annotations

from functools import lru_cache

from yongeo.text.english import is_function_word, is_plural_noun, word_classes

# The shortest part of a compound that compound_spellings splits a word into.
_MIN_PART = 3
# The shortest stem an adjective's ending is taken off (noun_modifier_spellings).
_MIN_STEM = 4


def compound_spellings(term: str) -> tuple[str, ...]:
    """The other spellings of a lower-case English compound of two nouns: a solid word that
    splits into two common nouns (_part) is also written open (the hyphen is a space to the
    matcher); two such nouns are also written solid where that spelling is itself common
    (wordfreq: username, database, homepage; not shuttlediplomacy, nor the rarer filename).
    Names, phrases of other words (shuttle diplomacy, soft ware) and longer ones have none."""
    if not term.islower() or not term.replace(" ", "").replace("-", "").isalpha():
        return ()
    words = term.replace("-", " ").split()
    if len(words) > 2:
        return ()
    # wordfreq's lists load when a glossary with such a term is compiled, not on import.
    from yongeo.text.frequency import COMMON_ZIPF, common_words

    if len(words) == 2:
        solid = "".join(words)
        return (solid,) if (_part(words[0]) and _part(words[1])
                            and common_words("en").get(solid, 0.0) >= COMMON_ZIPF) else ()
    return tuple(f"{first} {second}" for first, second in compound_parts(words[0]))


def _part(word: str) -> bool:
    """A frequent noun (wordfreq Zipf 4 or more: file 4.8, ring 4.8, maker 4.2; not ting,
    3.4, which would split setting into set ting) of three letters or more, in its
    dictionary form (work space, not works pace), and no function word."""
    from yongeo.text.frequency import FREQUENT_ZIPF, common_words

    return (len(word) >= _MIN_PART and not is_function_word(word)
            and common_words("en").get(word, 0.0) >= FREQUENT_ZIPF
            and "NOUN" in word_classes(word) and not is_plural_noun(word))


@lru_cache(maxsize=8192)
def compound_parts(word: str) -> tuple[tuple[str, str], ...]:
    """The ways a lower-case English word written solid splits into two common nouns
    (keyring: key + ring; filename: file + name), as compound_spellings reads it; none for
    another word (monkey: mon is no noun)."""
    if not word.isalpha() or not word.islower():
        return ()
    return tuple((word[:cut], word[cut:]) for cut in range(_MIN_PART, len(word) - _MIN_PART + 1)
                 if _part(word[:cut]) and _part(word[cut:]))


# How an adjective is made from a noun, read backwards: the adjective's ending and the
# noun's endings in its place (historical: history; diplomatic: diplomacy; economic:
# economy; industrial: industry; commercial: commerce; regional: region; cultural: culture).
_ADJECTIVE_ENDINGS = (("ical", ("y",)), ("atic", ("acy",)), ("ic", ("y",)),
                      ("ial", ("y", "e")), ("al", ("", "e")))


def noun_modifier_spellings(term: str) -> tuple[str, ...]:
    """A lower-case English term of two words or more whose first word is an adjective made
    from a noun, with that noun in its place: cultural exchange, culture exchange; historical
    issue, history issue; economic cooperation, economy cooperation. English modifies a noun
    by a noun as readily as by its adjective, and a translation that writes either names the
    same thing. The noun is a frequent one (_part) that the adjective's ending undoes
    (_ADJECTIVE_ENDINGS). Names (National Security Office) keep their own words."""
    words = term.split(" ", 1)
    if (len(words) < 2 or not term.islower() or not words[0].isalpha()
            or "ADJ" not in word_classes(words[0])):
        return ()
    for ending, nouns in _ADJECTIVE_ENDINGS:
        if words[0].endswith(ending):
            stem = words[0][:-len(ending)]
            if len(stem) < _MIN_STEM:
                return ()  # legal is no leg
            return tuple(f"{stem}{noun} {words[1]}" for noun in nouns
                         if _part(stem + noun))
    return ()
