"""Each PO file's lint results kept on disk by content: a file unchanged since a run with the
same glossary, options and code is not checked again."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from yongeo import __version__
from yongeo.errors import YongeoError
from yongeo.files import atomic_write, cache_dir, enabled, read_bytes
from yongeo.i18n import language
from yongeo.lint.index import LintIndex
from yongeo.lint.stats import TermStatistics
from yongeo.speed import collector_paused

FOLDER = "lint-results"
# Results kept at most; the least recently used go first (a repository of 500 files leaves
# 500 per state of its files, glossary and options).
KEEP = 20_000
# The libraries whose data or behaviour findings depend on, beside yongeo's own code.
# python-mecab-ko, when installed, decides some misspellings (text.analysers): its dictionary
# too.
_LIBRARIES = ("polib", "regex", "pyahocorasick", "rapidfuzz", "wordfreq", "lemminflect",
              "python-mecab-ko", "python-mecab-ko-dic")


@functools.cache
def _code_stamp() -> str:
    """yongeo's version, the size and modification time of every file of the package (its
    code and its data: any of them may change a finding), and the libraries' versions."""
    package = Path(__file__).resolve().parent.parent
    parts = [f"yongeo {__version__}"]
    for path in sorted(package.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        with contextlib.suppress(OSError):
            info = path.stat()
            parts.append(f"{path.relative_to(package)} {info.st_size} {info.st_mtime_ns}")
    for name in _LIBRARIES:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    return "\n".join(parts) + "\n"


@dataclass(frozen=True)
class ResultCache:
    """Where a run's results are kept, and the key of all that decides them but the file:
    the code, the compiled glossary (every entry, as it is, with where it was read), the
    options that change findings, and the language findings speak."""

    key: str
    folder: Path

    @classmethod
    def of(cls, index: LintIndex, options) -> ResultCache | None:
        """The cache of a run (options: a LintOptions), or None when caching is off."""
        if not enabled():
            return None
        policy = options.policy
        settings = repr((options.source_lang, options.target_lang, options.include_fuzzy,
                         sorted(policy.disabled),
                         sorted((rule, severity.value)
                                for rule, severity in policy.severities.items()),
                         language()))
        digest = hashlib.sha256(_code_stamp().encode())
        digest.update(settings.encode())
        digest.update(repr([(entry, entry.origin) for entry in index.matcher.entries])
                      .encode("utf-8", "surrogatepass"))
        return cls(digest.hexdigest(), cache_dir() / FOLDER)

    def file_key(self, path: Path, with_stats: bool) -> str | None:
        """The key of a file's results (with its term statistics or without); None when the
        file cannot be read (lint then says why)."""
        data = readable(path)
        return None if data is None else self.key_of(path, data, with_stats)

    def key_of(self, path: Path, data: bytes, with_stats: bool) -> str:
        """The key of the results of a file of these bytes."""
        digest = hashlib.sha256(self.key.encode())
        digest.update(b"statistics\0" if with_stats else b"\0")
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def load(self, key: str) -> tuple[tuple, TermStatistics | None] | None:
        """The findings and term statistics stored under `key`, if any can be read."""
        path = self.folder / f"{key}.pickle"
        with contextlib.suppress(Exception), collector_paused():
            found = pickle.loads(read_bytes(path))
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: kept longest
            return found
        return None

    def store(self, key: str, findings: tuple, stats: TermStatistics | None) -> None:
        """Keep a file's findings and statistics; a cache that cannot be written only costs
        the next run a check."""
        with contextlib.suppress(OSError, pickle.PicklingError, YongeoError):
            self.folder.mkdir(parents=True, exist_ok=True)
            # Without the lock: a results file is written whole under a name of its content,
            # so two runs writing it at once write the same bytes.
            atomic_write(self.folder / f"{key}.pickle",
                         pickle.dumps((findings, stats), protocol=pickle.HIGHEST_PROTOCOL),
                         lock=False)

    def prune(self) -> None:
        """Remove the least recently used results beyond KEEP."""
        with contextlib.suppress(OSError):
            kept = [e for e in os.scandir(self.folder) if e.name.endswith(".pickle")]
            if len(kept) <= KEEP:
                return
            kept.sort(key=_mtime, reverse=True)
            for old in kept[KEEP:]:
                with contextlib.suppress(OSError):
                    os.unlink(old.path)


def readable(path: Path) -> bytes | None:
    """A file's bytes, or None when it cannot be read (lint then says why)."""
    try:
        return read_bytes(path)
    except (OSError, YongeoError):
        return None


def _mtime(entry: os.DirEntry) -> float:
    try:
        return entry.stat().st_mtime
    except OSError:
        return 0.0
