"""Quick fixes as text edits: a term replaced with its particle kept in agreement, and a
`# yongeo: ignore RULE` comment added to a PO entry."""

from __future__ import annotations

import regex

from yongeo.lint.rules import (
    DEPRECATED,
    INCONSISTENT,
    INVALID,
    MISSPELLED,
    SOURCE_DEPRECATED,
    TRANSLITERATION,
)
from yongeo.text.korean import is_syllable

# The rules whose finding spans the word to replace and whose suggestion replaces it.
REPLACEABLE = frozenset({DEPRECATED.id, SOURCE_DEPRECATED.id, MISSPELLED.id, INCONSISTENT.id,
                         TRANSLITERATION.id})
# The rules a comment cannot silence.
NOT_IGNORABLE = frozenset({INVALID.id})

# Particles whose form follows the last syllable of the word before them: (after a final
# consonant, after a vowel). 로 also follows a final ㄹ; longest first, so 으로 wins over 로.
_PAIRS = (("이라고", "라고"), ("으로", "로"), ("이나", "나"), ("이랑", "랑"), ("이며", "며"),
          ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("아", "야"))
_RIEUL = 8  # the index of final ㄹ among Hangul syllable tails
_IGNORE_LINE = regex.compile(r"^#\s*yongeo:\s*ignore\b[\s:]*(.*?)\s*$")


def _tail(word: str) -> int | None:
    """The final consonant's index of a word's last syllable (0: none), None for no Hangul."""
    if not word or not is_syllable(word[-1]):
        return None
    return (ord(word[-1]) - 0xAC00) % 28


def agreeing_particle(particle_text: str, old: str, new: str) -> tuple[int, str] | None:
    """When `new` replaces `old` before `particle_text` and the particle that opens it must
    change with the last syllable (타카이치는 -> 다카이치는 keeps 는; a word that gains a
    final consonant turns 는 into 은): (how many characters to replace, with what)."""
    old_tail, new_tail = _tail(old), _tail(new)
    if old_tail is None or new_tail is None:
        return None
    for consonant, vowel in _PAIRS:
        for form in (consonant, vowel):
            if not particle_text.startswith(form):
                continue
            after = particle_text[len(form):len(form) + 1]
            if after and is_syllable(after) and form in ("이", "아"):
                return None  # 이/아 opening a longer word, not a particle
            if consonant == "으로":
                wanted = vowel if new_tail in (0, _RIEUL) else consonant
            else:
                wanted = vowel if new_tail == 0 else consonant
            return None if wanted == form else (len(form), wanted)
    return None


def replacement(text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The edit (start, end, new text) that puts `new` for text[start:end], the particle
    after it brought into agreement."""
    old = text[start:end]
    change = agreeing_particle(text[end:end + 4], old, new)
    if change is None:
        return start, end, new
    length, particle = change
    return start, end + length, new + particle


def ignore_edit(text: str, line: int, rule: str) -> tuple[int, int, str] | None:
    """The edit that silences `rule` for the PO entry holding 0-based `line`: the rule added
    to the entry's `# yongeo: ignore` comment, or that comment put first in the entry.
    Offsets are into `text` (LF line ends)."""
    lines = text.split("\n")
    if not 0 <= line < len(lines) or not lines[line].strip():
        return None
    first = line
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = line
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    offsets = [0]
    for each in lines[:-1]:
        offsets.append(offsets[-1] + len(each) + 1)
    for number in range(first, last + 1):
        found = _IGNORE_LINE.match(lines[number])
        if not found:
            continue
        named = [n for n in regex.split(r"[,\s]+", found.group(1)) if n]
        if not named or rule in named:
            return None  # already silenced
        start = offsets[number]
        return start, start + len(lines[number]), f"# yongeo: ignore {', '.join([*named, rule])}"
    return offsets[first], offsets[first], f"# yongeo: ignore {rule}\n"
