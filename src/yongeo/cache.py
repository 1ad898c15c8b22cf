"""The on-disk cache of compiled glossaries, keyed by glossary content and the code that
compiles it."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from yongeo import __version__
from yongeo.errors import YongeoError
from yongeo.files import (  # where the cache is, and whether: files.py, for every layer
    atomic_write,
    cache_dir,
    enabled,
    read_bytes,
)
from yongeo.glossary.model import Glossary
from yongeo.speed import collector_paused

KEEP = 8  # compiled glossaries kept per kind; older ones are removed

T = TypeVar("T")


# The modules whose objects a compiled glossary pickles, or whose rules decide what it
# holds: a change to one of them makes every cached glossary stale, version bump or not
# (a checkout between releases, an editable install).
_COMPILED_BY = ("yongeo.match", "yongeo.lint.index", "yongeo.lint.spelling",
                "yongeo.glossary.model", "yongeo.text.english", "yongeo.text.korean",
                "yongeo.text.normalize", "yongeo.text.frequency", "yongeo.lint.sense",
                "yongeo.text.loanword", "yongeo.text.places", "yongeo.text.compounds",
                "yongeo.text.demonyms", "yongeo.text.english_names",
                "yongeo.text.korean_names")


# What a loaded glossary is made by (the PO reader), and what a lookup prepares from it.
_MADE_BY = {
    "glossary": ("yongeo.glossary.po", "yongeo.glossary.stored", "yongeo.glossary.model",
                 "yongeo.files"),
    "lookup": ("yongeo.lookup", "yongeo.glossary.model", "yongeo.text.korean",
               "yongeo.text.english", "yongeo.text.normalize"),
}


@functools.cache
def _stamp(modules: tuple[str, ...] = _COMPILED_BY) -> str:
    """The yongeo version and the size and modification time of the modules a cached
    object is made by, found without importing them (a lookup that reads the cache never
    loads the PO reader that made it)."""
    parts = [f"yongeo {__version__}"]
    for name in modules:
        module = sys.modules.get(name)
        if module is not None:
            where = getattr(module, "__file__", None)
        else:
            spec = importlib.util.find_spec(name)
            where = spec.origin if spec is not None else None
        with contextlib.suppress(OSError, TypeError):
            info = os.stat(where)  # type: ignore[arg-type]
            parts.append(f"{name} {info.st_size} {info.st_mtime_ns}")
    return "\n".join(parts) + "\n"


def content_key(kind: str, name: str, data: bytes) -> str:
    """sha256 of the code that makes a `kind` ("glossary") and of a file's name (as given:
    entries say where they were read from) and bytes."""
    digest = hashlib.sha256(_stamp(_MADE_BY[kind]).encode())
    digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def derived_key(kind: str, key: str) -> str:
    """The key of a `kind` ("lookup") derived from an object cached under `key`."""
    return hashlib.sha256(_stamp(_MADE_BY[kind]).encode() + key.encode()).hexdigest()


def glossary_key(glossary: Glossary) -> str:
    """sha256 of everything an entry holds, in order, and of the code that compiles it."""
    digest = hashlib.sha256(_stamp().encode())
    for entry in glossary.entries:
        digest.update(repr((entry.id, entry.type, entry.terms, entry.note, entry.references,
                            entry.case_sensitive, entry.untranslated, entry.fuzzy,
                            entry.context, entry.pos, entry.not_in, entry.former)
                           ).encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()


def files_key(paths: Iterable[Path]) -> str:
    """sha256 of the code that compiles glossaries and of each glossary file's path and
    bytes: a key that can be checked before anything is parsed. The files are read by the
    one strict reader, so an unreadable, special or oversized glossary file is the same
    one-line error here as where the glossary is parsed."""
    digest = hashlib.sha256(_stamp().encode())
    for path in paths:
        digest.update(str(Path(path).resolve()).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(read_bytes(path))
        digest.update(b"\0")
    return digest.hexdigest()


def load_or_build(kind: str, glossary: Glossary | str, build: Callable[[], T],
                  directory: Path | None = None) -> T:
    """The compiled object for this glossary (or cache key) from the cache, or built and
    stored there.

    A cache that cannot be read (corrupt, from another Python, unwritable directory) is
    ignored: the object is built again and the cache file replaced when possible.
    """
    if not enabled():
        return build()
    folder = directory or cache_dir()
    key = glossary if isinstance(glossary, str) else glossary_key(glossary)
    path = folder / f"{kind}-{key}.pickle"
    with contextlib.suppress(Exception), collector_paused():
        return pickle.loads(read_bytes(path))  # never blocks on a FIFO put in its place
    with collector_paused():
        value = build()
    # An unwritable cache (atomic_write raises EditError) only costs the next run a build.
    with contextlib.suppress(OSError, pickle.PicklingError, YongeoError):
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _prune(folder, kind)
    return value


def _prune(folder: Path, kind: str) -> None:
    files = sorted(folder.glob(f"{kind}-*.pickle"), key=_mtime, reverse=True)
    for old in files[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
