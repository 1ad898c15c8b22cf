"""Places and institutions in English and Korean: both Koreas (data/gazetteer/korea.tsv), Japan's
prefectures, cities, islands and regions (japan.tsv) and the states of the United States
(us-states.tsv), which CLDR does not name.

Every row names its source (the administrative divisions of South and North Korea, the
Government Organization Act, the register of political parties, the National Institute of
Korean Language's register of foreign place names ...); each file's header lists them. English spellings are folded like glossary terms, so Pyongyang, PYONGYANG and the
Revised Romanisation's Pyeongyang are one key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from yongeo.text.normalize import fold_term

KINDS = frozenset({"province", "city", "county", "town", "island", "region", "river",
                   "mountain", "sea", "site", "organization"})
COUNTRIES = frozenset({"KR", "KP", "JP", "US"})
FILES = ("korea.tsv", "japan.tsv", "us-states.tsv")
FLAGS = frozenset({"ko-word"})


@dataclass(frozen=True)
class Place:
    """One row of the gazetteer."""

    english: tuple[str, ...]  # the first is the canonical spelling
    korean: str
    kind: str
    country: str
    source: str
    line: int
    ordinary_korean: bool = False  # the Korean is also an ordinary word (나라, 대전): flag ko-word

    @property
    def entry_type(self) -> str:
        """The glossary entry type: organization, or place for everything else."""
        return "organization" if self.kind == "organization" else "place"


def parse_gazetteer(text: str) -> list[Place]:
    """The rows of a gazetteer file; ValueError names the line of a malformed one."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (5, 6):
            raise ValueError(f"line {number}: expected 5 or 6 tab-separated cells")
        english, korean, kind, country, source = (c.strip() for c in cells[:5])
        flags = set(cells[5].split()) if len(cells) == 6 else set()
        names = tuple(n.strip() for n in english.split("|") if n.strip())
        if not names or not korean or kind not in KINDS or country not in COUNTRIES \
                or not source or not flags <= FLAGS:
            raise ValueError(f"line {number}: malformed row")
        rows.append(Place(names, korean, kind, country, source, number, "ko-word" in flags))
    return rows


@cache
def gazetteer() -> tuple[Place, ...]:
    """The bundled gazetteer, all files."""
    folder = resources.files("yongeo") / "data" / "gazetteer"
    return tuple(place for name in FILES
                 for place in parse_gazetteer((folder / name).read_text(encoding="utf-8")))


@cache
def _by_english() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in gazetteer():
        for name in place.english:
            index.setdefault(fold_term(name), place)
    return index


@cache
def _by_korean() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in gazetteer():
        index.setdefault(place.korean, place)
    return index


def find_place(english: str) -> Place | None:
    """The gazetteer row of an English name (Wonsan, Blue House, North Hamgyong Province,
    Texas)."""
    return _by_english().get(fold_term(english))


def find_korean_place(korean: str) -> Place | None:
    """The gazetteer row of a Korean name (원산, 청와대, 함경북도), for typing Korean terms."""
    return _by_korean().get(korean)


# Nouns of a place's kind of more than one syllable that Korean writes onto its name (고토
# 열도, 간사이 지방 with a space; 서울특별시, 김해공항), and of the waters off it (오키 근해,
# 쓰시마 해역, 고베 앞바다, 동해 연안); the one-syllable ones are
# text.places.PLACE_KIND_SYLLABLES (나라현, 고베항, 이키섬).
_LONGER_PLACE_NOUNS = r"[ ]?(?:열도|제도|지방|지역|반도|근해|해역|앞바다|연안)|특별시|광역시|공항"


# Hepburn's long vowels, read as the plain letters the gazetteer spells (Kyōto is Kyoto), one
# letter for one so that offsets stand.
_MACRONS = str.maketrans("āēīōūĀĒĪŌŪâêîôû", "aeiouAEIOUaeiou")


@cache
def _places() -> tuple[Place, ...]:
    """The rows that are places (not bodies)."""
    return tuple(place for place in gazetteer() if place.kind != "organization")


@cache
def _english_pattern():
    """Every English name of a place, longest first, as a word of its own and written as a
    name (capitalised); none that is also an English word (Saga, Reading), which is no sign
    of a place (text.places.is_english_word)."""
    import regex

    from yongeo.text.places import is_english_word

    names = {name for place in _places() for name in place.english
             if name[:1].isupper() and not is_english_word(name)}
    alternatives = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")


@cache
def _korean_pattern():
    """Every Korean name of a place, longest first, with no Hangul before it; then a noun of
    its kind, if any, and the rest of its word."""
    import regex

    from yongeo.text.places import PLACE_KIND_SYLLABLES

    names = {place.korean for place in _places()}
    alternatives = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    nouns = rf"(?:{_LONGER_PLACE_NOUNS}|[{''.join(PLACE_KIND_SYLLABLES)}])"
    return regex.compile(rf"(?<![\uac00-\ud7a3])({alternatives})({nouns}?)"
                         r"([\uac00-\ud7a3]*)")


# The English head nouns that tell a place's kind by its name (the East Sea, the Korea
# Strait, Dokdo Island, Horyu-ji Temple, the Sado mine), as the gazetteer's kinds have them.
_KIND_BY_HEAD = {"Sea": "sea", "Strait": "sea", "Channel": "sea", "Island": "island",
                 "Islands": "island", "Islets": "island", "River": "river", "Temple": "site",
                 "Shrine": "site", "Mine": "site", "mine": "site"}


def kind_of_name(english: str) -> str | None:
    """The gazetteer kind a place's English name says by its last word (East Sea: sea; Han
    River: river); None for a name that says none (Dokdo, Osaka)."""
    words = english.split()
    return _KIND_BY_HEAD.get(words[-1]) if len(words) > 1 else None


# 産 written onto a place's name: goods made there (후쿠오카산 수산물), the place named.
_MADE_IN = "산"


def places_named(text: str, lang: str, loose: bool = False) -> list[tuple[int, int, Place]]:
    """The gazetteer's places a text in `lang` names, once per mention, with where the name
    stands. English: a name written as one (Kobe, Kobe's, the Goto Islands, Kyōto), none that is
    also an English word. Korean: a name with no Hangul before it and, after it, the word's
    end, particles or a place noun (고베에서, 나라현, 이키섬) or 산 (産: 후쿠오카산 수산물), a
    name that is also an ordinary word (나라 'country') only with its place noun; with
    `loose`, also a name heading a longer word (고베대학, 교토의정서) and an ordinary word's
    homograph alone, as a text that names the place at all may: what a source names is read
    generously, what a draft adds, strictly."""
    from yongeo.text.korean import is_particle_chain

    found: list[tuple[int, int, Place]] = []
    if lang == "en":
        return [(m.start(), m.end(), find_place(m.group()))
                for m in _english_pattern().finditer(text.translate(_MACRONS))]
    if lang != "ko":
        return found
    for match in _korean_pattern().finditer(text):
        place = find_korean_place(match.group(1))
        noun, tail = match.group(2), match.group(3)
        if loose or (is_particle_chain(tail) and (noun or not place.ordinary_korean)):
            found.append((match.start(1), match.end(1), place))
        elif noun and not place.ordinary_korean and is_particle_chain(noun.strip() + tail):
            found.append((match.start(1), match.end(1), place))  # 고베부터: 고베 + 부터
        elif (not noun and not place.ordinary_korean and tail[:1] == _MADE_IN
              and is_particle_chain(tail[1:])):
            found.append((match.start(1), match.end(1), place))  # 후쿠오카산: made there
    return found
