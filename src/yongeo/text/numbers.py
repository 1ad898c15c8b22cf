"""Numbers as values, in either language (ASCII digits): 2.5 million and 250만 are one number,
1,000 and 1000 too; a year is its digits. What the two sides of a translation share whatever
they write."""

from __future__ import annotations

from decimal import Decimal

import regex

# English scale words, and the Korean units written onto a number (250만, 3억, 1조).
_ENGLISH_SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
                   "trillion": 10 ** 12}
_KOREAN_UNITS = {"천": 10 ** 3, "만": 10 ** 4, "억": 10 ** 8, "조": 10 ** 12}
# English counts under a hundred in words: the units and teens, then the tens.
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# English number words: what counts, no name (Three visiting researchers).
_NUMBER_WORDS = frozenset(_UNITS[1:]) | frozenset(_TENS) | frozenset(
    "hundred dozen dozens hundreds thousands millions".split()) | frozenset(_ENGLISH_SCALES)


def is_number_word(word: str) -> bool:
    """Whether an English word, in any case, is a number word (Three, twenty, hundred)."""
    return word.lower() in _NUMBER_WORDS


# A number: digits grouped by commas in threes, or plain, with a decimal part; then an English
# scale word after a space or a hyphen (2.5 million, a 3-billion deal).
# Each pattern here opens with a digit and looks behind it only then (not after a digit, a
# dot or a comma): the regex engine skips to the digits, where a look-behind first is tried
# at every letter of the text.
_NUMBER = regex.compile(
    r"([0-9](?<![0-9.,][0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*))(\.[0-9]+)?(?![.,]?[0-9])"
    r"(?:[ -](thousand|million|billion|trillion)\b)?",
    regex.IGNORECASE)
# A Korean number written with units, its parts added (1천400 is 1400, 2억5천만 is 2.5억;
# units in a row multiply: 3천만), not after 제 (제5조 is an article, not five trillion).
_KOREAN_NUMBER = regex.compile(
    r"(?<![0-9.,제])(?:[0-9]+(?:\.[0-9]+)?[천만억조]+)+[0-9]*(?![.,]?[0-9])")
_KOREAN_PART = regex.compile(r"([0-9]+(?:\.[0-9]+)?)([천만억조]*)")
# A Roman numeral of two letters or more standing alone, 2 to 39 (World War II, Elizabeth II,
# Chapter XII): Korean writes its digits (2차 세계대전). One letter is a word or an initial.
ROMAN_NUMERAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# Digits joined by dots more than once, or ending in a dot (versions, dates written 2026.12.05
# or 11.12.(목)): their parts, as the other language writes the date's month and day.
_DOTTED = regex.compile(
    r"[0-9](?<![0-9.][0-9])[0-9]*(?:\.[0-9]+)+\.(?![0-9])"
    r"|[0-9](?<![0-9.][0-9])[0-9]*(?:\.[0-9]+){2,}")


def number_values(text: str) -> set[str]:
    """The numbers of `text` as canonical values: 2.5 million, 2,500,000 and 250만 are all
    '2500000'; 1.5 is '1.5'; 007 is '7'. A version or a date written with dots (5.2.0,
    2026.12.05, 11.12.) gives its parts; a Roman numeral is its value (World War II: '2')."""
    values: set[str] = set()
    taken: list[tuple[int, int]] = []
    for match in _DOTTED.finditer(text):
        values.update(str(int(part)) for part in match.group().split(".") if part)
        taken.append(match.span())
    for match in _KOREAN_NUMBER.finditer(text):
        value = Decimal(0)
        for digits, units in _KOREAN_PART.findall(match.group()):
            part = Decimal(digits)
            for unit in units:
                part *= _KOREAN_UNITS[unit]
            value += part
        values.add(_canonical(value))
        taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        whole, fraction, scale = match.groups()
        value = Decimal(whole.replace(",", "") + (fraction or ""))
        if scale:
            value *= _ENGLISH_SCALES[scale.lower()]
        values.add(_canonical(value))
    values.update(str(_roman(match.group())) for match in ROMAN_NUMERAL.finditer(text))
    return values


# A count under a hundred in words: twenty, twenty-one, twenty one, seven.
_COUNT_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\-])(?:(" + "|".join(_TENS) + r")(?:[ \-](" + "|".join(_UNITS[1:10])
    + r"))?|(" + "|".join(_UNITS) + r"))(?![\p{L}\-])")


def counted_values(text: str) -> set[str]:
    """number_values, and the counts under a hundred an English text writes in words
    (twenty years, twenty-one: '20', '21'), as prose writes small counts."""
    values = number_values(text)
    for match in _COUNT_WORDS.finditer(text):
        tens, unit, alone = match.groups()
        if alone:
            values.add(str(_UNITS.index(alone.lower())))
        else:
            values.add(str(_TENS[tens.lower()] + (_UNITS.index(unit.lower()) if unit else 0)))
    return values


def _roman(numeral: str) -> int:
    total = 0
    for letter, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = _ROMAN[letter]
        total += -value if _ROMAN.get(after, 0) > value else value
    return total


def _canonical(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")
