"""TBX: the glossary written as TBX-Basic (ISO 30042:2019), and TBX v2 and v3 files read back."""

from __future__ import annotations

import codecs
import os
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex
from babel.core import parse_locale
from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser

from yongeo import __version__
from yongeo.errors import GlossaryError
from yongeo.files import read_bytes
from yongeo.glossary.model import (
    ENTRY_TYPES,
    LANGUAGES,
    PARTS_OF_SPEECH,
    Entry,
    Glossary,
    Status,
    Term,
    make_id,
)
from yongeo.i18n import _, ngettext
from yongeo.speed import collector_paused

# ISO 30042:2019 is the second edition of TBX; the current TBX-Basic schemas (dialect 1.2)
# require this namespace. Drafts of TBX v3 used urn:iso:std:iso:30042:ed:3.0; both are read.
NAMESPACE = "urn:iso:std:iso:30042:ed-2"
SCHEMA_RNG = ("https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
              "TBXcoreStructV03_TBX-Basic_integrated.rng")
SCHEMA_SCH = ("https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
              "TBX-Basic_DCA.sch")

ADMINISTRATIVE_STATUS = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
}
# A former name (Entry.former): a superseded term, with a term-level note of its year
# (in TBX v2, a deprecated term with that note).
SUPERSEDED_STATUS = "supersededTerm-admn-sts"
# TBX-Basic allows noun, verb, adjective, adverb and other. An entry that gives no part of
# speech names a thing; a proper noun is a noun there, and its own `pos:` note says more.
PART_OF_SPEECH = "noun"
_TBX_PART_OF_SPEECH = {"noun": "noun", "verb": "verb", "adjective": "adjective",
                       "adverb": "adverb", "proper-noun": "noun"}
# partOfSpeech values of other tools' files, folded as _category folds them.
_READ_PART_OF_SPEECH = {"noun": "noun", "verb": "verb", "adjective": "adjective",
                        "adverb": "adverb", "propernoun": "proper-noun"}
_SENSE_NOTE = regex.compile(r"(pos|not-in)\s*:\s*(.+)", regex.DOTALL)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NCNAME = regex.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_YONGEO_ID = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DECLARED_ENCODING = regex.compile(
    rb"\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_META_NOTE = regex.compile(r"(type|case-sensitive|untranslated|fuzzy)\s*:\s*(\S+)")
_YES = {"yes", "true", "1", "on"}
_NO = {"no", "false", "0", "off"}

# Status values as written by TBX v3 (administrativeStatus), TBX v2 (also normativeAuthorization
# and usageStatus), Weblate (forbidden, obsolete) and translate-toolkit (deprecated); keys are
# lower-cased, without punctuation and without the "-admn-sts" suffix.
_STATUS_VALUES = {
    "preferred": Status.PREFERRED,
    "preferredterm": Status.PREFERRED,
    "admitted": Status.ADMITTED,
    "admittedterm": Status.ADMITTED,
    "legalterm": Status.ADMITTED,
    "regulatedterm": Status.ADMITTED,
    "standardizedterm": Status.ADMITTED,
    "deprecated": Status.DEPRECATED,
    "deprecatedterm": Status.DEPRECATED,
    "superseded": Status.DEPRECATED,
    "supersededterm": Status.DEPRECATED,
    "notrecommended": Status.DEPRECATED,
    "forbidden": Status.DEPRECATED,
    "obsolete": Status.DEPRECATED,
}
_STATUS_CATEGORIES = {"administrativestatus", "normativeauthorization", "usagestatus", "status"}
# The usage note that marks a term accepted in translations only (Term.rendering).
RENDERING_NOTE = "in translations only"
# The term-level note of a former name's year: "until 2007".
_UNTIL_NOTE = regex.compile(r"until\s+(\d{3,4})")
_SUPERSEDED = {"superseded", "supersededterm"}
_NOTE_CATEGORIES = {"note", "definition", "", "explanation", "usagenote", "comment", "remark"}
_CONTEXT_CATEGORIES = {"context", "example"}
# Weblate writes translationNote "no", translate-toolkit "Translation needed" "no".
_UNTRANSLATED_CATEGORIES = {"translationnote", "translationneeded"}
# Elements of the TBX core structure; any other element is a data category in DCT style
# (<min:administrativeStatus>, <basic:definition>) and is read by its name.
_CORE = {
    "tbx", "martif", "tbxHeader", "martifHeader", "text", "body", "back", "conceptEntry",
    "termEntry", "langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "term", "termNote",
    "termNoteGrp", "descrip", "descripGrp", "descripNote", "admin", "adminGrp", "adminNote",
    "note", "ref", "xref", "transac", "transacGrp", "transacNote", "date", "termCompList",
    "termComp", "termCompGrp", "hi", "foreign", "sc", "ec", "ph", "bpt", "ept",
}
_TYPED = {"termNote", "descrip", "admin", "transac", "ref", "xref"}
_GROUPS = {"descripGrp", "adminGrp", "termNoteGrp"}


# --- writing ----------------------------------------------------------------------------


TBX_VERSIONS = (2, 3)

# TBX v2 (ISO 30042:2008, TBX-Basic 2.x): the `martif` root without a namespace, termEntry,
# langSet and tig, as translate-toolkit, Weblate and older MultiTerm read it.
_V2 = {"root": "martif", "header": "martifHeader", "concept": "termEntry", "language": "langSet",
       "term": "tig"}
_V3 = {"root": "tbx", "header": "tbxHeader", "concept": "conceptEntry", "language": "langSec",
       "term": "termSec"}
_V2_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'


def to_tbx(glossary: Glossary, version: int = 3) -> str:
    """The glossary as a TBX-Basic document, pretty-printed and deterministic: TBX v3
    (ISO 30042:2019, DCA style) by default, or TBX v2 (`martif`) for tools that read only
    that."""
    if version not in TBX_VERSIONS:
        raise ValueError(f"TBX version {version} (yongeo writes 2 or 3)")
    names = _V2 if version == 2 else _V3
    # The default namespace as a plain attribute: ET.register_namespace would change how every
    # other module's ElementTree output is written. TBX v2 has no namespace.
    attributes = ({"type": "TBX-Basic", _XML_LANG: "en"} if version == 2 else
                  {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en", "xmlns": NAMESPACE})
    root = ET.Element(names["root"], attributes)
    header = _add(root, names["header"])
    file_desc = _add(header, "fileDesc")
    _add(_add(file_desc, "titleStmt"), "title", "yongeo glossary")
    sources = ", ".join(Path(s).name for s in glossary.sources)
    _add(_add(file_desc, "sourceDesc"), "p",
         f"Exported by yongeo {__version__}" + (f" from {sources}" if sources else ""))
    if version == 2:
        _add(_add(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = _add(_add(root, "text"), "body")
    used: set[str] = set()
    for entry in glossary:
        body.append(_concept_entry(entry, used, names))
    ET.indent(root, space="  ")
    if version == 2:
        prolog = '<?xml version="1.0" encoding="UTF-8"?>\n' + _V2_DOCTYPE
    else:
        prolog = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-model href="{SCHEMA_RNG}" type="application/xml" '
            'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
            f'<?xml-model href="{SCHEMA_SCH}" type="application/xml" '
            'schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'
        )
    return prolog + ET.tostring(root, encoding="unicode") + "\n"


def _concept_entry(entry: Entry, used: set[str], names: dict[str, str] = _V3) -> ET.Element:
    concept = ET.Element(names["concept"], {"id": _xml_id(entry.id, used)})
    for line in metadata_notes(entry):
        _add(concept, "note", _xml_text(line, entry))
    for line in entry.extra_comments:
        _add(concept, "note", _xml_text(line, entry))
    if entry.note:
        _add(concept, "descrip", _xml_text(entry.note, entry), type="definition")
    for reference in entry.references:
        _add(concept, "admin", _xml_text(reference, entry), type="source")
    for lang in LANGUAGES:
        terms = sorted(entry.terms_in(lang), key=lambda t: t.status.rank)
        if not terms:
            continue
        lang_sec = _add(concept, names["language"], **{_XML_LANG: lang})
        for term in terms:
            term_sec = _add(lang_sec, names["term"])
            _add(term_sec, "term", _xml_text(term.text, entry))
            until = (entry.former_until(term.text, lang) if term.status is Status.DEPRECATED
                     else None)
            # translate-toolkit (and so Weblate), which TBX v2 is for, takes a superseded
            # term for an allowed one: there a former name is deprecated, with its note.
            superseded = until is not None and names is not _V2
            _add(term_sec, "termNote", SUPERSEDED_STATUS if superseded
                 else ADMINISTRATIVE_STATUS[term.status], type="administrativeStatus")
            if term.rendering:  # TBX-Basic has no termNote for it: a note of the term
                _add(term_sec, "note", RENDERING_NOTE)
            if until is not None:  # nor for a year: a note of the term too
                _add(term_sec, "note", f"until {until}")
            _add(term_sec, "termNote", _TBX_PART_OF_SPEECH.get(entry.pos or "", PART_OF_SPEECH),
                 type="partOfSpeech")
            if lang == "en" and term.status is Status.PREFERRED and entry.extracted_comments:
                _add(term_sec, "descrip", _xml_text(entry.extracted_comments, entry),
                     type="context")
    return concept


def metadata_notes(entry: Entry) -> list[str]:
    """The concept-level notes that carry what TBX-Basic has no data category for."""
    lines = [f"type: {entry.type}"]
    if entry.pos:
        lines.append(f"pos: {entry.pos}")
    # One note per phrase, as in the PO comments: a phrase may hold any punctuation.
    lines.extend(f"not-in: {' '.join(phrase.split())}" for phrase in entry.not_in)
    if entry.case_sensitive:
        lines.append("case-sensitive: yes")
    if entry.untranslated:
        lines.append("untranslated: yes")
    if entry.fuzzy:
        lines.append("fuzzy: yes")
    return lines


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    child.text = text
    return child


def _xml_id(entry_id: str, used: set[str]) -> str:
    """An xml:id-safe form of the entry id: ids that start with a digit get a leading '_'."""
    candidate = entry_id if _NCNAME.fullmatch(entry_id) else "_" + make_id(entry_id)
    unique, number = candidate, 2
    while unique in used:
        unique, number = f"{candidate}-{number}", number + 1
    used.add(unique)
    return unique


def _xml_text(text: str, entry: Entry) -> str:
    bad = _NOT_XML.search(text)
    if bad:
        path, line = entry.origin or (None, None)
        raise GlossaryError(_("'{id}' holds the character {char}, which XML cannot carry")
                            .format(id=entry.id, char=f"U+{ord(bad.group()):04X}"), path, line)
    return text


# --- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A concept entry of a TBX file that could not become a yongeo entry, and why."""

    line: int | None
    reason: str


@dataclass(frozen=True)
class TbxImport:
    """What a TBX file yields: the entries, and the concept entries left out."""

    entries: tuple[Entry, ...]
    skipped: tuple[Skipped, ...] = ()
    # Terms in languages that are neither English nor Korean, counted by language code:
    # left out, and said so (a TBX exported from a multilingual termbase).
    other_languages: tuple[tuple[str, int], ...] = ()


def load_tbx(path: str | os.PathLike) -> TbxImport:
    """Read a TBX file as bytes, so that its XML declaration decides the encoding."""
    return read_tbx(read_bytes(path), str(path))


def from_tbx(text: str | bytes, path: str) -> list[Entry]:
    """The entries of a TBX v2 or v3 document (the importer interface of formats.py)."""
    return list(read_tbx(text, path).entries)


@collector_paused()  # an import makes many objects and no reference cycles
def read_tbx(data: str | bytes, path: str) -> TbxImport:
    """Read TBX v3 (DCA or DCT style) or TBX v2 (martif); only English and Korean are kept.

    Raises GlossaryError when the XML is malformed or declares entities, and when no concept
    entry has an English term.
    """
    root, lines = _parse(data, path)
    if _local(root.tag) not in ("tbx", "martif"):
        raise GlossaryError(_("not a TBX file: the root element is <{element}>, not <tbx> or "
                              "<martif>").format(element=_local(root.tag)), path,
                            lines.get(root))
    default_lang = root.get(_XML_LANG)
    concepts = [e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry")]
    if not concepts:
        raise GlossaryError(_("no concept entries (<conceptEntry> or <termEntry>)"), path,
                            lines.get(root))
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    others: Counter[str] = Counter()
    for concept in concepts:
        result = _read_concept(concept, path, lines.get(concept), default_lang, others,
                               2 if _local(root.tag) == "martif" else 3)
        (entries if isinstance(result, Entry) else skipped).append(result)
    if not entries:
        first = skipped[0]
        message = _("nothing to import: {reason}").format(reason=first.reason)
        if len(skipped) > 1:
            message += " " + ngettext("({n} more entry skipped)", "({n} more entries skipped)",
                                      len(skipped) - 1).format(n=len(skipped) - 1)
        raise GlossaryError(message, path, first.line)
    return TbxImport(tuple(entries), tuple(skipped), tuple(sorted(others.items())))


class _LineTreeBuilder(ET.TreeBuilder):
    """Builds the tree and remembers the line each element starts on, for messages."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[ET.Element, int] = {}
        self.parser: DefusedXMLParser | None = None

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def _parse(data: str | bytes, path: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    # TBX files come from outside: entity declarations (billion laughs, external entities)
    # are refused outright, and expat never fetches the DTD a DOCTYPE names.
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    builder.parser = parser
    if isinstance(data, bytes):
        data = _decode_legacy(data, path)
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as exc:
        message = regex.sub(r":?\s*line \d+, column \d+$", "", str(exc))
        raise GlossaryError(_("malformed XML: {reason}").format(reason=message), path,
                            exc.position[0]) from None
    except EntitiesForbidden as exc:
        raise GlossaryError(_("refused: the file declares the entity '{entity}' (TBX needs no "
                              "entity declarations, and expanding them is unsafe)").format(
                                  entity=exc.name), path,
                            parser.parser.CurrentLineNumber) from None
    except DefusedXmlException as exc:
        raise GlossaryError(_("refused: {reason}").format(reason=exc), path,
                            parser.parser.CurrentLineNumber) from None
    except ValueError as exc:  # pyexpat's own refusals, such as an encoding it cannot read
        raise GlossaryError(_("malformed XML: {reason}").format(reason=exc), path,
                            parser.parser.CurrentLineNumber) from None
    return root, builder.lines


# What expat decodes itself; anything else (UTF-7, UTF-32, EUC-KR) it refuses with a
# ValueError, so Python decodes it.
_EXPAT_ENCODINGS = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "iso8859-1", "ascii"})


def _decode_legacy(data: bytes, path: str) -> str | bytes:
    """Bytes in a Unicode encoding go to expat as they are; text declared as EUC-KR, CP949 or
    another legacy encoding, which expat cannot decode, is decoded here."""
    declared = _DECLARED_ENCODING.match(data)
    if not declared:
        return data
    name = declared.group(1).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise GlossaryError(_("unknown encoding '{encoding}' in the XML declaration").format(
            encoding=name), path, 1) from None
    if codec in _EXPAT_ENCODINGS:
        return data
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GlossaryError(_("is not valid {encoding}, as its XML declaration says").format(
            encoding=name), path, line) from None


@dataclass
class _Concept:
    """What one concept entry says, gathered before it becomes an Entry."""

    meta: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # concept-level <note>s that are not meta
    definitions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    term_notes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    untranslated: bool = False
    pos: str | None = None  # from a `pos:` note (yongeo's own)
    not_in: list[str] = field(default_factory=list)
    # partOfSpeech of each English term, in order (other tools' files)
    parts_of_speech: list[str] = field(default_factory=list)
    # (text, status, rendering, until) of each term, by language; until is the year of a
    # superseded term's `until YEAR` note (a former name), else None.
    terms: dict[str, list[tuple[str, Status | None, bool, int | None]]] = field(
        default_factory=dict)
    other_languages: list[str] = field(default_factory=list)
    version: int = 3  # 2 for a <martif> file


def _read_concept(concept: ET.Element, path: str, line: int | None,
                  default_lang: str | None, others: Counter[str] | None = None,
                  version: int = 3) -> Entry | Skipped:
    found = _Concept(version=version)
    for category, element in _categories(concept):
        text = _text(element)
        if category == "note" and _local(element.tag) == "note":
            meta = _META_NOTE.fullmatch(text.strip())
            sense = _SENSE_NOTE.fullmatch(text.strip())
            if meta and _meta_value(meta.group(1), meta.group(2)) is not None:
                found.meta[meta.group(1)] = meta.group(2).lower()
            elif sense and sense.group(1) == "not-in":
                found.not_in.append(" ".join(sense.group(2).split()))
            elif sense and sense.group(2).strip().lower() in PARTS_OF_SPEECH:
                found.pos = sense.group(2).strip().lower()
            else:
                found.notes.append(text)
        elif category in _NOTE_CATEGORIES:
            found.definitions.append(text)
        elif category == "source":
            found.sources.append(text)
        elif category in _UNTRANSLATED_CATEGORIES and text.strip().lower() == "no":
            found.untranslated = True
    for section in concept:
        if _local(section.tag) in ("langSec", "langSet"):
            _read_language(section, default_lang, found, others)
    if found.terms.get("en") and not found.terms.get("ko") and found.other_languages:
        # Its translations are all in other languages: no Korean term, not an empty one.
        return Skipped(line, _("no Korean term (languages: {languages})").format(
            languages=", ".join(sorted(set(found.other_languages)))))
    return _make_entry(found, concept.get("id"), path, line)


def _read_language(section: ET.Element, default_lang: str | None, found: _Concept,
                   others: Counter[str] | None = None) -> None:
    code = section.get(_XML_LANG) or section.get("lang") or default_lang
    lang = language_of(code)
    if lang is None:
        found.other_languages.append(code or "?")
        if others is not None:
            # Language tags are case-insensitive (ja-JP = JA-JP): counted as one.
            others[(code or "?").lower()] += sum(1 for e in section.iter()
                                                 if _local(e.tag) == "term")
        return
    for category, element in _categories(section):
        if category in _NOTE_CATEGORIES:
            found.definitions.append(_text(element))
    for container in section:
        if _local(container.tag) in ("termSec", "tig", "ntig"):
            _read_term(container, lang, found)


def _read_term(container: ET.Element, lang: str, found: _Concept) -> None:
    term = next((e for e in container.iter() if _local(e.tag) == "term"), None)
    text = " ".join(_text(term).split()) if term is not None else ""
    if not text:
        return
    statuses: set[Status] = set()
    rendering = superseded = False
    until: tuple[int, str] | None = None  # an `until YEAR` note: the year, and the note
    for category, element in _categories(container):
        value = _text(element).strip()
        if category in ("note", "usagenote") and value.lower() == RENDERING_NOTE:
            rendering = True
        elif category in ("note", "usagenote") and until is None and (
                year := _UNTIL_NOTE.fullmatch(value.lower())):
            until = (int(year.group(1)), value)
        elif category in _STATUS_CATEGORIES:
            key = _NOT_LETTER.sub("", value.lower()).removesuffix("admnsts")
            if key in _STATUS_VALUES:
                statuses.add(_STATUS_VALUES[key])
                superseded = superseded or key in _SUPERSEDED
        elif category in _CONTEXT_CATEGORIES:
            found.contexts.append(value)
        elif category in _NOTE_CATEGORIES and value:
            found.term_notes.append(f"{text}: {value}")
        elif category in _UNTRANSLATED_CATEGORIES and value.lower() == "no":
            found.untranslated = True
        elif category == "partofspeech" and lang == "en":
            found.parts_of_speech.append(_category(value))
    # The most cautious status wins when a tool writes two that disagree.
    status = next((s for s in (Status.DEPRECATED, Status.PREFERRED, Status.ADMITTED)
                   if s in statuses), None)
    # yongeo's own TBX v2 marks a former name deprecated (_concept_entry); in any other
    # file, only a superseded term's year makes it one.
    former = superseded or ("type" in found.meta and found.version == 2)
    if until is not None and not former:  # a note like any other, as before
        found.term_notes.append(f"{text}: {until[1]}")
    year = until[0] if until is not None and former else None
    found.terms.setdefault(lang, []).append((text, status, rendering, year))


def _make_entry(found: _Concept, concept_id: str | None, path: str,
                line: int | None) -> Entry | Skipped:
    terms = {lang: _rank_terms(found.terms.get(lang, []), lang) for lang in LANGUAGES}
    former = {(lang, text): until for lang in LANGUAGES
              for text, _status, _rendering, until in found.terms.get(lang, ())
              if until is not None}
    en = next((t.text for t in terms["en"] if t.status is Status.PREFERRED), "")
    if not en:
        if found.terms.get("en"):
            return Skipped(line, _("every English term is deprecated"))
        languages = ", ".join(sorted(set(found.other_languages) | set(found.terms)))
        return Skipped(line, _("no English term (languages: {languages})").format(
            languages=languages) if languages else _("no English term"))
    ours = "type" in found.meta  # the entry was written by yongeo (see docs/glossary-format.md)
    references, cited = [], []
    for source in found.sources:
        (references if _is_reference(source) else cited).append(source)
    # yongeo keeps its own uninterpreted comment lines as concept notes; a CAT tool's
    # concept notes are the entry's note.
    note_parts = found.definitions + ([] if ours else found.notes) + found.term_notes
    note_parts += [f"Source: {s}" for s in cited]
    ordered = [t for lang in LANGUAGES for t in terms[lang] if t.status is Status.PREFERRED]
    ordered += [t for lang in LANGUAGES for t in terms[lang] if t.status is not Status.PREFERRED]
    return Entry(
        id=(_entry_id(concept_id) if ours else None) or make_id(en),
        type=found.meta.get("type", "concept"),
        terms=tuple(ordered),
        note=" ".join(" ".join(p.split()) for p in note_parts if p.strip()),
        references=tuple(references),
        case_sensitive=bool(_meta_value("case-sensitive", found.meta.get("case-sensitive"))),
        untranslated=found.untranslated or bool(
            _meta_value("untranslated", found.meta.get("untranslated"))),
        fuzzy=bool(_meta_value("fuzzy", found.meta.get("fuzzy"))),
        # yongeo's own files say a part of speech in a note (their partOfSpeech is "noun"
        # when none is given); another tool's partOfSpeech of the English terms is read.
        pos=found.pos if ours else _foreign_pos(found.parts_of_speech),
        not_in=tuple(dict.fromkeys(found.not_in)),
        former=tuple((lang, t.text, former[lang, t.text]) for lang in LANGUAGES
                     for t in terms[lang]
                     if t.status is Status.DEPRECATED and (lang, t.text) in former),
        origin=(path, line or 0),
        extra_comments=tuple(found.notes) if ours else (),
        extracted_comments="\n".join(_context_lines(found.contexts, keep_lines=ours)),
    )


def _foreign_pos(values: list[str]) -> str | None:
    """The part of speech the English terms agree on, if they all give one."""
    known = {_READ_PART_OF_SPEECH.get(v) for v in values}
    return known.pop() if len(known) == 1 and None not in known else None


def _rank_terms(raw: list[tuple[str, Status | None, bool, int | None]], lang: str
                ) -> list[Term]:
    """One preferred term per language: the first marked preferred, else the first one not
    deprecated nor a rendering only; other unmarked terms are admitted. A term written
    twice counts once (only exact repeats: 'Horyu-ji' and 'Horyuji' are both kept, as
    spelling variants)."""
    unique: list[tuple[str, Status | None, bool]] = []
    seen: set[str] = set()
    for text, status, rendering, _until in raw:
        if text not in seen:
            seen.add(text)
            unique.append((text, status, rendering))
    marked = [i for i, (_, s, _r) in enumerate(unique) if s is Status.PREFERRED]
    usable = [i for i, (_, s, r) in enumerate(unique) if s is not Status.DEPRECATED and not r]
    chosen = (marked or usable or [None])[0]
    terms = []
    for index, (text, status, rendering) in enumerate(unique):
        if index == chosen:
            status, rendering = Status.PREFERRED, False
        elif status is not Status.DEPRECATED:
            status = Status.ADMITTED
        terms.append(Term(text, lang, status, rendering and status is Status.ADMITTED))
    return terms


def language_of(code: str | None) -> str | None:
    """'en', 'en-US', 'EN', 'eng' -> 'en'; 'ko-KR', 'ko_KR', 'kor' -> 'ko'; others None."""
    if not code or not code.strip():
        return None
    try:
        language = parse_locale(code.strip().replace("_", "-"), sep="-")[0]
    except ValueError:
        return None
    language = {"eng": "en", "kor": "ko"}.get(language, language)
    return language if language in LANGUAGES else None


def _categories(element: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(data category, element) for the data categories directly inside element.

    A group (descripGrp, adminGrp, termNoteGrp) counts as its first member, since the rest
    (a source, a note) describe that member; a termGrp (TBX v2 ntig) is unfolded.
    """
    for child in element:
        name = _local(child.tag)
        if name == "termGrp":
            yield from _categories(child)
        elif name in _GROUPS:
            head = next(iter(_categories(child)), None)
            if head is not None:
                yield head
        elif name in _TYPED:
            # An untyped <descrip> is an explanation (Weblate); other untyped elements say
            # nothing yongeo can use (translate-toolkit's bare <termNote> part of speech).
            kind = child.get("type") or ("" if name == "descrip" else name)
            yield _category(kind), child
        elif name == "note":
            yield "note", child
        elif name not in _CORE:
            yield _category(name), child


# Compiled once: a pattern string costs a look-up in the regex module's cache every call.
_NOT_LETTER = regex.compile(r"[^a-z]")
_CATEGORY_SPACING = regex.compile(r"[\s_-]+")


def _category(name: str) -> str:
    """'administrativeStatus', 'Usage note', 'Translation needed' -> comparable keys."""
    return _CATEGORY_SPACING.sub("", name).lower()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _meta_value(key: str, value: str | None) -> str | bool | None:
    """The meaning of a metadata note's value, or None when it is not one yongeo knows."""
    if value is None:
        return None
    value = value.lower()
    if key == "type":
        return value if value in ENTRY_TYPES else None
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def _is_reference(source: str) -> bool:
    """A source that fits a PO reference comment: no spaces, and 'file' or 'file:line'."""
    if not source or regex.search(r"\s", source):
        return False
    _, colon, line = source.rpartition(":")
    return not colon or line.isdigit()


def _entry_id(concept_id: str | None) -> str | None:
    if not concept_id:
        return None
    if concept_id.startswith("_") and _YONGEO_ID.fullmatch(concept_id[1:]):
        return concept_id[1:]
    return concept_id if _YONGEO_ID.fullmatch(concept_id) else None


def _context_lines(contexts: list[str], keep_lines: bool) -> list[str]:
    """yongeo's own context is its extracted comments, line by line; a CAT tool's context is
    a sentence that pretty-printing may have wrapped."""
    if keep_lines:
        return [line.strip() for text in contexts for line in text.split("\n") if line.strip()]
    return [" ".join(text.split()) for text in contexts if text.strip()]
