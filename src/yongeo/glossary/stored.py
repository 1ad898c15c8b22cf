"""A glossary file loaded through the disk cache: read back as records, parsed only on a miss.

A lookup reads its glossary from the cache (yongeo.cache) and needs none of the PO reader
(yongeo.glossary.po, with polib's and gettext's rules), which is imported only when a file
has not been seen with these bytes before.
"""

from __future__ import annotations

import marshal
import os

from yongeo import cache
from yongeo.files import read_bytes
from yongeo.glossary.model import Glossary, StoredEntries, entry_record


def load_po_glossary(path: str | os.PathLike) -> Glossary:
    """Load one PO (or POT) file as a glossary; obsolete entries are not part of it.

    The loaded glossary is cached on disk by the file's name and bytes (yongeo.cache), so a
    file that has not changed is not parsed again; a file that cannot be read is an error
    every time, as nothing is cached for it."""
    name = str(path)
    raw = read_bytes(path)
    key = cache.content_key("glossary", name, raw) if cache.enabled() else ""
    found = cache.load_or_build("glossary", key, lambda: _Stored(_parsed(name, raw, key)))
    return found.glossary if isinstance(found, _Stored) else found


def _parsed(name: str, raw: bytes, key: str) -> Glossary:
    from yongeo.glossary.po import build_glossary

    return build_glossary(name, raw, key)


class _Stored:
    """A loaded glossary as the cache keeps it: its entries as records (model.entry_record)
    marshalled into one string, which reads back in milliseconds as a glossary whose entries
    are made when asked for (model.StoredEntries)."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary

    def __reduce__(self):
        glossary = self.glossary
        entries = glossary.entries
        records = marshal.dumps(list(entries.records()) if isinstance(entries, StoredEntries)
                                else [entry_record(e) for e in entries])
        return _restore, (records, glossary.sources, glossary.conflicts, glossary.key)


def _restore(records: bytes, sources: tuple[str, ...], conflicts: tuple, key: str | None
             ) -> Glossary:
    return Glossary(StoredEntries(marshal.loads(records)), sources, conflicts, key)
