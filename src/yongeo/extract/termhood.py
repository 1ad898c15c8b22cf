"""Termhood against general language: is a phrase specific to the documents, or just English?

C-value says a phrase recurs or heads others; it cannot tell *landmark ruling* (said once, of
words any text uses) from *stun grenade* (said once, of words news about bombs uses). So a
common-noun phrase seen once is kept only when one of its words is specific to the
documents, measured against general English from wordfreq (the word lists of Speer et al.,
a well-kept package the project already uses):

- the word is rare in general English (Zipf frequency below RARE_ZIPF: *stun*, *grenade*,
  *superhighway*), or
- the documents use it SALIENT_WEIRDNESS times more often than general English does (weirdness, Ahmad, Gillam and Tostevin 1999: *wind* in a text on
  wind power, *porn* in one on films), or
- the phrase is listed whole in the lexicon (*foreign policy*, *national security*), or its
  head or two of its words are lexicon words (*joint response*, *cultural heritage site*):
  the vocabulary of the domain the project ships.

A single common noun must pass the weirdness test too (*poll* in a text on polls, not
*power* or *company*). The project configuration adjusts the result: `[extract] keep` lists
terms always kept, `[extract] stop` terms never listed (docs/extract.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from yongeo.errors import ConfigError
from yongeo.extract.lexicon import LEXICON
from yongeo.extract.occurrence import parts
from yongeo.i18n import _

RARE_ZIPF = 3.5  # below this, a word is rare in English: about once in 3 million words
SALIENT_WEIRDNESS = 50.0
_FLOOR = 1e-9  # the frequency of a word wordfreq has never seen


@lru_cache(maxsize=65536)
def general_frequency(word: str) -> float:
    """The word's frequency in general English (a proportion of all words)."""
    from wordfreq import word_frequency

    return word_frequency(word, "en") or _FLOOR


@lru_cache(maxsize=65536)
def is_rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    return any(p.isalpha() and zipf_frequency(p, "en") < RARE_ZIPF for p in parts(word) if p)


def weirdness(word: str, words: dict[str, int], total: int) -> float:
    """How many times more often the documents use `word` than general English does."""
    if not total:
        return 0.0
    count = max((words.get(p, 0) for p in parts(word) if p), default=0)
    return (count / total) / general_frequency(word)


def salient(word: str, words: dict[str, int], total: int) -> bool:
    """Used far more often in the documents than in general English (in a large collection,
    a word said once is not)."""
    return weirdness(word, words, total) >= SALIENT_WEIRDNESS


def is_specific(words: Iterable[str], counts: dict[str, int], total: int) -> bool:
    """A phrase (folded words) that belongs to the documents' domain rather than to English."""
    words = tuple(words)
    if len(words) > 1 and (" ".join(words) in LEXICON or words[-1] in LEXICON or
                           sum(w in LEXICON for w in words) >= 2):
        return True
    return any(is_rare(w) or salient(w, counts, total) for w in words)


def term_lists(settings: Mapping | None, origin: str | None = None
               ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stop-list and keep-list of the project configuration:

        [extract]
        stop = ["press conference"]     # never a term
        keep = ["food aid"]             # a term whenever it occurs
    """
    table = settings.get("extract", {}) if settings else {}
    if not isinstance(table, Mapping):
        raise ConfigError(_("'extract' must be a table"), origin)
    lists = []
    for name in ("stop", "keep"):
        value = table.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise ConfigError(_("'extract.{name}' must be a list of terms").format(name=name),
                              origin)
        lists.append(tuple(value))
    return lists[0], lists[1]
