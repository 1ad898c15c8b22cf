"""Regular expressions of the `regex` module compiled on first use, not on import.

The modules a short command loads (lookup, TAB completion, the glossary store, text
normalisation) define their patterns at module level, but such a command uses one or two of
them, if any: importing `regex` and compiling them all cost a quarter of `yongeo lookup`'s own
start-up. A `LazyPattern` stands in for the compiled pattern; the first attribute asked of it
imports `regex`, compiles, and copies the compiled pattern's methods onto itself, so later
calls cost what a compiled pattern's do.

A pattern matched where a word ends, to read what follows it, can declare its `reach`: the
most characters a match of it reads. Its `match` then stops the text there unless told
otherwise, since the `regex` module looks for a literal a pattern requires (the 에서 of
`[ \t]*에서`) through the whole rest of the text before it tries the pattern: a call cost the
text's length, and a check that asks it at every mention of a long line took quadratic time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# What a compiled pattern offers, copied onto the stand-in once it is compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall",
               "scanner", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A `regex` pattern compiled the first time one of its attributes is used."""

    def __init__(self, pattern: str | bytes, flags: int = 0, reach: int | None = None):
        self._source = (pattern, flags)
        self._reach = reach

    def __getattr__(self, name: str) -> Any:
        # Only reached for what the instance does not have yet: the first use.
        if name.startswith("__") or name in ("_source", "_reach"):
            raise AttributeError(name)
        import regex

        compiled = regex.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        if self._reach is not None:
            self.match = _reaching(compiled.match, self._reach)
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r})"


def _reaching(match, reach: int):
    """`match` that reads at most `reach` characters from where it starts, unless an end is
    given."""

    def bounded(string, pos=0, endpos=None, *args, **kwargs):
        if endpos is None:
            endpos = pos + reach
        return match(string, pos, endpos, *args, **kwargs)

    return bounded


def lazy(pattern: str | bytes, flags: int = 0, reach: int | None = None) -> LazyPattern:
    """`regex.compile(pattern, flags)`, done when the pattern is first used; with `reach`,
    its `match` reads at most that many characters (a pattern with no match longer, whose
    end is not `$`)."""
    return LazyPattern(pattern, flags, reach)


# How many patterns built at run time `compiled` keeps: those made from terms (a word's own
# spans, a name's rivals) recur across a run's pieces in their thousands.
_KEPT = 8192


@lru_cache(maxsize=_KEPT)
def compiled(pattern: str, flags: int = 0):
    """`regex.compile(pattern, flags)`, kept: a pattern built from a term at run time (where a
    word stands as a word of its own, the rivals of a name) recurs for every piece that holds
    the term, and the `regex` module's own cache holds 500 patterns, fewer than a run over
    the bundled glossary makes, so it compiled the same ones again and again (a tenth of a
    probe run's time)."""
    import regex

    return regex.compile(pattern, flags)


def covers(pattern, text: str, start: int, end: int, reach: int) -> bool:
    """Whether an occurrence of `pattern` within `reach` characters of text[start:end]
    covers it (a phrase an exclusion names, holding a hit): overlapping occurrences read."""
    low = max(0, start - reach)
    return any(match.start() <= start and end <= match.end()
               for match in pattern.finditer(text, low, min(len(text), end + reach),
                                             overlapped=True))

