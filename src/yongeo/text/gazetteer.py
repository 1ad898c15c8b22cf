"""Places and institutions in English and Korean: both Koreas (data/gazetteer/korea.tsv) and
the states of the United States (us-states.tsv), which CLDR does not name.

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

KINDS = frozenset({"province", "city", "county", "island", "river", "mountain", "site",
                   "organization"})
COUNTRIES = frozenset({"KR", "KP", "US"})
FILES = ("korea.tsv", "us-states.tsv")


@dataclass(frozen=True)
class Place:
    """One row of the gazetteer."""

    english: tuple[str, ...]  # the first is the canonical spelling
    korean: str
    kind: str
    country: str
    source: str
    line: int

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
        if len(cells) != 5:
            raise ValueError(f"line {number}: expected 5 tab-separated cells")
        english, korean, kind, country, source = (c.strip() for c in cells)
        names = tuple(n.strip() for n in english.split("|") if n.strip())
        if not names or not korean or kind not in KINDS or country not in COUNTRIES \
                or not source:
            raise ValueError(f"line {number}: malformed row")
        rows.append(Place(names, korean, kind, country, source, number))
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
