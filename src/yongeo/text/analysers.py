"""Korean morphological analysers, where one is installed (the `yongeo[korean]` extra).

python-mecab-ko (or kiwipiepy, for `yongeo extract`) carries a dictionary of Korean words: the
rules of text.korean and text.frequency stay the path when none is installed, and an analyser
is asked only where they are unsure (docs/lint.md, docs/extract.md).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

# The modules of the analysers yongeo can use, by the name `yongeo extract` gives them.
MODULES = {"mecab": "mecab", "kiwi": "kiwipiepy"}


@lru_cache(maxsize=4)
def installed(name: str) -> bool:
    """Whether the analyser `name` ("mecab" or "kiwi") can be imported."""
    return importlib.util.find_spec(MODULES[name]) is not None


@lru_cache(maxsize=1)
def mecab():
    """python-mecab-ko's analyser (its dictionary loads once)."""
    from mecab import MeCab  # the optional extra

    return MeCab()


@lru_cache(maxsize=1)
def kiwi():
    """kiwipiepy's analyser, used by extract when it is what is installed."""
    from kiwipiepy import Kiwi

    return Kiwi()


@lru_cache(maxsize=4096)
def dictionary_noun(word: str) -> bool | None:
    """Whether python-mecab-ko's dictionary has the Korean `word`, of two syllables or more,
    as one common noun (유휴, 기입): False when the analyser reads it as anything else, even
    a noun with particles or endings, which is how it reads many slips (키보두 as 키보 + 두,
    오바머 as 오바 + 머); None when python-mecab-ko is not installed."""
    if not installed("mecab"):
        return None
    if len(word) < 2:
        return False
    morphemes = mecab().parse(word)
    return len(morphemes) == 1 and morphemes[0].pos == "NNG" and morphemes[0].surface == word


@lru_cache(maxsize=4096)
def adnominal_ending(word: str) -> bool | None:
    """Whether python-mecab-ko reads the Korean `word` as ending in an adnominal ending (ETM:
    받는, 사는, 열린), the form of a verb or an adjective that modifies the next noun; not the
    copula's (고향인: VCP+ETM), which sets a name beside another; None when python-mecab-ko
    is not installed."""
    if not installed("mecab"):
        return None
    morphemes = mecab().parse(word)
    if not morphemes:
        return False
    tags = morphemes[-1].pos.split("+")
    return tags[-1] == "ETM" and "VCP" not in tags
