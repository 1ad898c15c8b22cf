"""Words a line's end breaks with a hyphen, as typesetting does (a PDF's text: diplo-/macy,
State-/ment): where a hyphen at a line's end is no hyphen of the text but a break inside one
word, which is read joined."""

from __future__ import annotations

from yongeo.patterns import lazy

# A hyphen, the line's end (blanks around it), then a lower-case word: typesetting never
# breaks a word before a capital (Korea-/Japan is a compound's own hyphen). It opens with
# the hyphen, so that the engine skips to hyphens; the letters before it are read after.
_LINE_END_HYPHEN = lazy(r"-[ \t]*\n[ \t]*(\p{Ll}+)")
_WORD_BEFORE = lazy(r"\p{L}+$")
# How far back the word before a hyphen is looked for.
_LONGEST_WORD = 40


# A hyphen and one space inside a line, then a lower-case word: a line's end a copy from a
# PDF turned into a space (Af- fairs, govern- ments).
_FLATTENED_HYPHEN = lazy(r"-[ \t](\p{Ll}+)")


def line_end_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of `text` (the hyphen, the line's end and the blanks around it) where a
    line's end breaks one English word: the word joined is a common one (State-/ment,
    accord-/ing, Penin-/sula), or the part after the break is none on its own (Taka-/ichi,
    diplo-/macy). A compound's hyphen that falls at a line's end stays one where the word
    after it is a word and the two joined none (people-to-/people, Busan-/based). A line's
    end that a copy turned into one space after the hyphen (Af- fairs, govern- ments) is one
    where the two joined make a common word that one of them is not, or whose first part is
    of two letters (pre- and post-war keeps its hyphen)."""
    if "-" not in text:
        return []
    from yongeo.text.frequency import is_common

    out = []
    for match in _LINE_END_HYPHEN.finditer(text) if "\n" in text else ():
        before = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_WORD),
                                     match.start())
        if before is None:
            continue
        after = match.group(1)
        if is_common(before.group() + after, "en") or not is_common(after, "en"):
            out.append((match.start(), match.start(1)))
    for match in _FLATTENED_HYPHEN.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_WORD),
                                     match.start())
        if before is None:
            continue
        word, after = before.group(), match.group(1)
        if is_common((word + after).lower(), "en") and (len(word) <= 2 or not (
                is_common(word.lower(), "en") and is_common(after, "en"))):
            out.append((match.start(), match.start(1)))
    return sorted(out)
