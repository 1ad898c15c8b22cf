"""Patterns compiled on first use behave as the compiled pattern, and cost nothing before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from yongeo.patterns import compiled, lazy

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("pattern", "method", "args"), [
    (r"[\s\p{Pd}]+", "sub", (" ", "Korea–Japan  summit")),
    (r"(?i)(?:s|x|z|ch|sh)$", "search", ("CHURCH",)),
    (r"(?r)[\p{L}\p{N}]", "search", ("셔틀외교 — ",)),
    (r"\X", "findall", ("e\u0301한",)),
    (r"(?<![\uac00-\ud7a3])그녀", "finditer", ("그녀는 오그녀",)),
    (rb"charset=([A-Za-z0-9._-]+)", "search", (b"text/plain; charset=UTF-8",)),
    (r"\w-$", "match", ("x-",)),
    (r"([a-z]+):(\d+)", "split", ("a:1 b:2",)),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, method, args):
    def plain(found):
        if isinstance(found, regex.Match):
            return found.span(), found.groups()
        if hasattr(found, "__next__"):
            return [plain(match) for match in found]
        return found

    compiled, stand_in = regex.compile(pattern), lazy(pattern)
    # Twice: the first call compiles, the second uses the methods copied onto the stand-in.
    for _ in range(2):
        assert plain(getattr(stand_in, method)(*args)) == plain(getattr(compiled, method)(*args))
    assert (stand_in.pattern, stand_in.flags, stand_in.groups) == (
        compiled.pattern, compiled.flags, compiled.groups)


def test_a_lazy_pattern_is_compiled_once():
    stand_in = lazy(r"\p{Hangul}+")
    first = stand_in.search
    assert stand_in.search == first  # now an attribute of its own, not looked up again
    assert "search" in vars(stand_in)


def test_a_pattern_built_at_run_time_is_compiled_once_and_kept():
    # More patterns than the regex module's own cache holds (500): each is compiled once.
    words = [f"낱말{number}" for number in range(600)]
    first = [compiled(r"(?<![\uac00-\ud7a3])" + regex.escape(word)) for word in words]
    assert all(compiled(r"(?<![\uac00-\ud7a3])" + regex.escape(word)) is pattern
               for word, pattern in zip(words, first, strict=True))
    assert compiled("x", regex.IGNORECASE).search("X") is not None
    assert compiled("x").search("X") is None  # the flags are part of what is kept


@pytest.mark.parametrize(("pattern", "text", "at", "end", "found"), [
    # What a match reads at `at`, with a reach of 20: the same as without it where the
    # match is shorter; nothing past the reach; an end given is kept.
    (r"[ \t]*에서[ \t]*승격", "방위청 에서 승격했다", 3, None, (3, 9)),
    (r"[ \t]*에서", "방위청 " + " " * 40 + "에서", 3, None, None),
    (r"[ \t]*에서", "방위청 " + " " * 40 + "에서", 3, 60, (3, 46)),
    (r"[ \t]*에서", "방위청" + " " * 25 + "에서", 3, None, None),
    (r"(?i:to|into)[ \t]", "renamed into the Ministry", 8, None, (8, 13)),
])
def test_a_pattern_with_a_reach_reads_no_further(pattern, text, at, end, found):
    stand_in = lazy(pattern, reach=20)
    for _ in range(2):  # compiling, then the bound method kept
        match = stand_in.match(text, at) if end is None else stand_in.match(text, at, end)
        assert (match.span() if match else None) == found
    searched = stand_in.search(text), regex.compile(pattern).search(text)  # unbounded
    assert [match and match.span() for match in searched] == [searched[1] and searched[1].span()] * 2


def test_a_bad_pattern_fails_where_it_is_used():
    stand_in = lazy(r"(unclosed")
    with pytest.raises(regex.error):
        stand_in.search("x")


@pytest.fixture(scope="module")
def lookup_cache(tmp_path_factory):
    """One cache folder for the lookups below: the bundled glossary compiled once."""
    return tmp_path_factory.mktemp("lookup-cache")


@pytest.mark.parametrize("query", ["Takaichi", "다카이치를", "ㄷㅋㅇㅊ", "Takahichi"])
def test_a_lookup_imports_neither_regex_nor_the_po_reader(lookup_cache, query):
    """A lookup reads the compiled glossary and folds its query with the standard library:
    importing `regex` and compiling the text modules' patterns would be a fifth of its
    start-up, and the PO reader (which made the cached glossary) is not needed to read it.
    The first run of a query may compile the bundled glossary; the second reads it."""
    tmp_path = lookup_cache
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path)}
    for name in ("YONGEO_GLOSSARY", "YONGEO_NO_CACHE"):
        env.pop(name, None)
    probe = ("import sys, runpy\n"
             f"sys.argv = ['yongeo', 'lookup', {query!r}]\n"
             "try:\n    runpy.run_module('yongeo', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print('regex' in sys.modules or 'yongeo.glossary.po' in sys.modules,"
             " file=sys.stderr)\n")
    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=120)

    if not (tmp_path / "yongeo").exists():
        run()  # compiles the bundled glossary into the cache
    done = run()
    assert "다카이치" in done.stdout
    assert done.stderr.strip().endswith("False")
