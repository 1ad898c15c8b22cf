"""What must hold for any bytes given to the PO and TBX loaders; atheris and hypothesis share it.

check_po: a PO file is refused with one of yongeo's errors, or accepted, and then the store
writes it back byte for byte, lint reads it without crashing, and an entry added to it and
removed again leaves a file that reads back and the same bytes.
check_tbx: a TBX file is refused with one of yongeo's errors, or its entries all have an
English term, survive being written to a PO glossary and read back, and being exported as
TBX and imported again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
try:
    import yongeo  # noqa: F401
except ImportError:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from yongeo.errors import YongeoError
from yongeo.glossary.model import Entry, Glossary, Status, Term
from yongeo.glossary.po import PoStore, decode_po, parse_po, read_po
from yongeo.glossary.tbx import read_tbx, to_tbx

PO_NAME = "fuzz.po"
TBX_NAME = "fuzz.tbx"
PROBE = Entry("fuzz-probe", "concept", (Term("fuzz probe", "en", Status.PREFERRED),
                                        Term("퍼즈 탐침", "ko", Status.PREFERRED)))
_INDEX: list = []


def lint_index():
    if not _INDEX:
        from yongeo.lint import LintIndex

        _INDEX.append(LintIndex.build(Glossary((
            Entry("osaka", "place", (Term("Osaka", "en", Status.PREFERRED),
                                     Term("오사카", "ko", Status.PREFERRED),
                                     Term("오오사카", "ko", Status.DEPRECATED))),
            Entry("cptpp", "agreement", (Term("CPTPP", "en", Status.PREFERRED),
                                         Term("CPTPP", "ko", Status.PREFERRED)),
                  case_sensitive=True, untranslated=True),
        ))))
    return _INDEX[0]


def check_po(data: bytes) -> None:
    try:
        text = decode_po(data, PO_NAME)
        parse_po(text, PO_NAME)  # what polib and our stricter checks reject is no glossary
        # The store as `yongeo` opens one: the one-pass reader, polib where it steps back.
        store = PoStore(PO_NAME, data, text, read_po(text, PO_NAME))
    except YongeoError:
        return
    assert store.dumps() == data, "an untouched PO file is not saved byte for byte"
    _lint_po(text)
    try:
        store.add(PROBE)
        added = store.dumps()
    except YongeoError:  # the probe's term is there already, or the charset lacks Hangul
        return
    reread = parse_po(decode_po(added, PO_NAME), PO_NAME)
    assert reread.find("fuzz probe") is not None, "an added entry does not read back"
    store.remove(store.find("fuzz-probe"))
    if text.strip():  # an empty file got a header with its first entry, and keeps it
        assert store.dumps() == data, "adding and removing an entry changed other bytes"


def _lint_po(text: str) -> None:
    from yongeo.lint import lint_po

    try:
        lint_po(text, lint_index(), path=PO_NAME)
    except YongeoError:
        pass


def check_tbx(data: bytes) -> None:
    try:
        result = read_tbx(data, TBX_NAME)
    except YongeoError:
        return
    entries = list(result.entries)
    assert entries and all(e.en.strip() for e in entries), "an entry without English"
    kept = _through_po(entries)
    try:
        again = read_tbx(to_tbx(Glossary(tuple(kept))).encode("utf-8"), TBX_NAME).entries
    except YongeoError:  # a character XML cannot carry: refused, as documented
        return
    assert [(e.en, e.ko) for e in again] == [(e.en, e.ko) for e in kept], "TBX round trip"


def _through_po(entries: list[Entry]) -> list[Entry]:
    """Entries imported into a new PO glossary read back with the same preferred terms."""
    store = PoStore.new(PO_NAME)
    kept = []
    for entry in entries:
        try:
            store.add(entry)
        except YongeoError:  # the same term twice: import reports it as a conflict
            continue
        kept.append(entry)
    reread = parse_po(decode_po(store.dumps(), PO_NAME), PO_NAME)
    found = [(e.msgid, e.msgstr) for e in reread if not e.obsolete]
    assert found == [(e.en, e.ko) for e in kept], "TBX entries changed on their way into PO"
    return kept
