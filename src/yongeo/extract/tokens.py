"""English tokens and sentences: words with their hyphens, possessives, acronyms, punctuation."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from yongeo.extract.markup import BLOCK_BREAK


@dataclass(slots=True)
class Token:
    """A token of a passage: offsets into the passage, kind, possessive mark.

    Not frozen: a corpus has millions of tokens, and a frozen dataclass is slower to build.
    Nothing changes a token once the tokenizer has made it.
    """

    text: str
    start: int
    end: int
    kind: str  # "word", "acronym", "dotted", "number", "hangul", "punct"
    possessive: bool = False
    # Derived once: the extractor asks for these many times per token.
    lower: str = ""
    capitalised: bool = False


def _token(text: str, start: int, end: int, kind: str, possessive: bool = False) -> Token:
    return Token(text, start, end, kind, possessive, text.lower(), text[:1].isupper())


_TOKEN = regex.compile(r"""
    (?P<dotted>(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{0,2}\.(?:\p{Lu}\p{Ll}?\.)+)     # U.S., Ph.D.
  | (?P<word>\p{Latin}[\p{Latin}\p{M}]*(?:(?:[-‐‑]|–(?=\p{Latin})|['’](?=\p{Latin}{2,}))
             [\p{Latin}\p{N}][\p{Latin}\p{M}\p{N}]*)*(?:['’][sS](?!\p{L}))?)
  | (?P<number>\d+(?:[.,:]\d+)*)
  | (?P<hangul>[\p{Hangul}]+(?:[-‐‑][\p{Hangul}]+)*)
  | (?P<space>\s+)
  | (?P<punct>.)
""", regex.VERBOSE)
_POSSESSIVE = regex.compile(r"['’]s$|(?<=s)['’]$", regex.IGNORECASE)
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d]*s?")

# Abbreviations a period does not end a sentence after.
_ABBREVIATIONS = frozenset("""
dr mr mrs ms mx prof sr jr st no nos vs etc al fig figs vol pp ed eds gen col lt sgt rep
sen gov pres dept univ inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec
mon tue wed thu fri sat sun approx est
""".split())
_OPENERS = frozenset("\"'“‘([{«")


def tokenize(text: str) -> list[Token]:
    """Tokens of a passage; "’s" and a plural's trailing apostrophe become a possessive mark."""
    tokens: list[Token] = []
    length = len(text)
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            continue
        value = match.group()
        start, end = match.span()
        if kind == "word":
            possessive = False
            if end < length and text[end] in "'’" and value[-1] in "sS" and (
                    end + 1 >= length or not text[end + 1].isalpha()):
                possessive = True  # leaders’ meeting
            if "'" in value or "’" in value:
                found = _POSSESSIVE.search(value)
                if found and found.start() > 0:
                    value, end, possessive = value[:found.start()], start + found.start(), True
            if value[1:2].isupper() and value[0].isupper() and len(value) <= 10 and \
                    _ACRONYM.fullmatch(value):
                kind = "acronym"
            tokens.append(_token(value, start, end, kind, possessive))
            continue
        if kind == "punct" and value in "'’" and tokens and tokens[-1].possessive \
                and tokens[-1].end == start:
            continue  # the apostrophe of a plural possessive
        tokens.append(_token(value, start, end, kind))
    return tokens


def split_sentences(tokens: list[Token]) -> list[list[Token]]:
    """Sentences as token lists: . ! ? end one unless an abbreviation precedes the period."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if token.text == BLOCK_BREAK:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(token)
        if token.kind != "punct" or token.text not in ".!?;":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == "." and _abbreviation_before(current):
            continue
        if token.text == ";" or following is None or _starts_sentence(following):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _abbreviation_before(current: list[Token]) -> bool:
    if len(current) < 2:
        return False
    before = current[-2]
    if before.end != current[-1].start:
        return False
    word = before.text.lower()
    return word in _ABBREVIATIONS or (len(before.text) == 1 and before.text.isupper())


def _starts_sentence(token: Token) -> bool:
    return token.text[:1].isupper() or token.text in _OPENERS or token.kind in (
        "number", "hangul", "dotted")
