"""lint_po: a gettext PO translation checked entry by entry (msgid = source, msgstr = draft)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import polib
import regex

from yongeo.errors import InputError, YongeoError
from yongeo.glossary.model import Glossary
from yongeo.glossary.po import parse_po
from yongeo.lint.consistency import check_consistency
from yongeo.lint.deprecated import check_deprecated_units, without_covered_missing
from yongeo.lint.direction import resolve_direction
from yongeo.lint.findings import FileText, Finding
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import mask_markup
from yongeo.lint.rules import (
    DEPRECATED,
    MISSPELLED,
    RULES,
    SOURCE_DEPRECATED,
    Policy,
    rule_ids,
)
from yongeo.lint.spelling import Guess, check_spelling, find_misspellings
from yongeo.lint.terms import check_translation
from yongeo.lint.units import Block, Piece, Side, Unit, pieces
from yongeo.match import Matcher
from yongeo.speed import collector_paused
from yongeo.text.normalize import nfc_mapped

_KEYWORD = regex.compile(r'^\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*"')
_IGNORE = regex.compile(r"^\s*yongeo:\s*ignore\b[\s:]*(.*?)\s*$")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\",
            '"': '"'}


@dataclass
class _Placed:
    """A PO string's value and where each of its characters is written in the file, kept
    as runs (a stretch of plain characters, or one escape written with two) so that a
    megabyte string costs a few numbers per line and escape rather than per character."""

    value: str
    anchor: tuple[int, int]  # the keyword line's string, when nothing finer is known
    runs: list[int] = field(default_factory=list)  # the value offset each run starts at
    at: list[int] = field(default_factory=list)  # where in the file that character is
    escaped: list[bool] = field(default_factory=list)  # a run of one escaped character

    def add_run(self, offset: int, position: int, escaped: bool = False) -> None:
        self.runs.append(offset)
        self.at.append(position)
        self.escaped.append(escaped)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not self.runs:
            return self.anchor
        size = len(self.value)
        first = self._start(start) if start < size else self._end(size - 1)
        return (first, self._end(end - 1)) if end > start else (first, first)

    def _start(self, index: int) -> int:
        run = bisect_right(self.runs, index) - 1
        return self.at[run] + index - self.runs[run]

    def _end(self, index: int) -> int:
        run = bisect_right(self.runs, index) - 1
        return self.at[run] + index - self.runs[run] + (2 if self.escaped[run] else 1)


def lint_po(text: str, glossary: Glossary | Matcher | LintIndex, *, path: str = "<po>",
            source_lang: str | None = None, target_lang: str | None = None,
            include_fuzzy: bool = False, policy: Policy | None = None,
            memo: dict[str, Guess | None] | None = None,
            blocks: list[Block] | None = None) -> list[Finding]:
    """Findings for a PO file's text: every translated entry, plural forms included.

    Obsolete entries and the header are skipped, fuzzy ones unless `include_fuzzy`; a
    `# yongeo: ignore RULE` translator comment silences RULE (or, alone, every rule) for
    its entry. Placeholders and markup are not text. A `blocks` list receives each checked
    entry's strings with their hits, for reports that show the text.
    """
    with collector_paused():
        return _lint_po(text, glossary, path=path, source_lang=source_lang, target_lang=target_lang,
                        include_fuzzy=include_fuzzy, policy=policy, memo=memo, blocks=blocks)


def _lint_po(text: str, glossary: Glossary | Matcher | LintIndex, path: str,
             source_lang: str | None, target_lang: str | None, include_fuzzy: bool,
             policy: Policy | None, memo: dict[str, Guess | None] | None,
             blocks: list[Block] | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    memo = {} if memo is None else memo
    po = parse_po(text, path)
    file = FileText(path, text)
    lines = _line_offsets(text)
    chosen = [e for e in po if not e.obsolete and e.msgid and _translated(e)
              and (include_fuzzy or "fuzzy" not in e.flags)]
    src_lang, tgt_lang = _direction(po, chosen, source_lang, target_lang)
    units: list[Unit] = []
    all_sources: list[Piece] = []
    all_drafts: list[Piece] = []
    regions: list[tuple[int, int, frozenset[str] | None]] = []
    findings: list[Finding] = []
    for entry in chosen:
        ignored = _ignored(entry, path)
        placed = _place(text, lines, entry)
        sources = {key: _piece(file, placed[key], src_lang, index.matcher)
                   for key in ("msgid", "msgid_plural") if key in placed}
        drafts = []
        keyed: list[tuple[str, Piece]] = []
        for key, value in _drafts(entry):
            if not value.strip() or key not in placed:
                continue
            draft = _piece(file, placed[key], tgt_lang, index.matcher)
            source_key = "msgid" if key in ("msgstr", "msgstr[0]") else "msgid_plural"
            units.append(Unit(sources.get(source_key) or sources["msgid"], draft))
            drafts.append(draft)
            keyed.append((key, draft))
        if blocks is not None:
            blocks.append(Block(list(sources.items()), keyed, units[len(units) - len(keyed):],
                                entry.msgctxt, "fuzzy" in entry.flags))
        all_sources.extend(sources.values())
        all_drafts.extend(drafts)
        spans = [placed[k].span(0, len(placed[k].value)) for k in placed]
        regions.append((min(s for s, _e in spans), max(e for _s, e in spans), ignored))
    if policy.enabled(MISSPELLED.id):
        for piece in [*all_drafts, *all_sources]:
            piece.side.misspellings = find_misspellings(
                piece.side.text, index.speller, memo, [(h.start, h.end) for h in piece.hits],
                piece.side.lang)
    findings += check_translation(units, policy)
    findings += check_deprecated_units(units, DEPRECATED, policy)
    findings += check_consistency(units, policy)
    findings += check_deprecated_units(units, SOURCE_DEPRECATED, policy, side="source")
    for piece in [*all_drafts, *all_sources]:
        findings += check_spelling(file, piece.side.misspellings, policy, piece.side.span)
    findings = without_covered_missing(findings)
    starts = [start for start, _end, _ignored in regions]
    kept = [f for f in findings if not _suppressed(f, starts, regions)]
    return sorted(policy.apply(kept), key=lambda f: (f.start, f.end, f.rule))


def _translated(entry: polib.POEntry) -> bool:
    return bool(entry.msgstr.strip()) or any(v.strip() for v in entry.msgstr_plural.values())


def _drafts(entry: polib.POEntry) -> list[tuple[str, str]]:
    if entry.msgid_plural:
        return [(f"msgstr[{n}]", v) for n, v in sorted(entry.msgstr_plural.items())]
    return [("msgstr", entry.msgstr)]


def _direction(po: polib.POFile, entries: list[polib.POEntry], source_lang: str | None,
               target_lang: str | None) -> tuple[str, str]:
    """The header's Language names the translation's language when it is en or ko;
    otherwise each side's script (markup masked) tells."""
    header = (po.metadata.get("Language") or "").split("_")[0].split("-")[0].lower()
    if target_lang is None and header in ("en", "ko") and source_lang != header:
        target_lang = header
    source = mask_markup("\n".join(e.msgid for e in entries[:2000]))
    draft = mask_markup("\n".join(v for e in entries[:2000] for _k, v in _drafts(e)))
    return resolve_direction(source, draft, source_lang, target_lang)


def _ignored(entry: polib.POEntry, path: str) -> frozenset[str] | None:
    """The rules a `yongeo: ignore` comment silences; None when there is no such comment."""
    ignored: set[str] = set()
    found = False
    for line in (entry.tcomment or "").splitlines():
        match = _IGNORE.match(line)
        if not match:
            continue
        found = True
        names = [n for n in regex.split(r"[,\s]+", match.group(1)) if n]
        if not names:
            return frozenset(RULES)
        try:
            ignored |= rule_ids(names)
        except YongeoError as exc:  # named again with the file and the entry's line
            raise InputError(exc.message, path, entry.linenum) from None
    return frozenset(ignored) if found else None


def _suppressed(finding: Finding, starts: list[int],
                regions: list[tuple[int, int, frozenset[str] | None]]) -> bool:
    """True when the finding lies in an entry whose comment ignores its rule (entries are
    in file order, so the one holding it is found by bisection)."""
    index = bisect_right(starts, finding.start) - 1
    if index < 0:
        return False
    _start, end, ignored = regions[index]
    return bool(ignored) and finding.start <= end and finding.rule in ignored


def _piece(file: FileText, placed: _Placed, lang: str, matcher: Matcher) -> Piece:
    normalized = nfc_mapped(mask_markup(placed.value))

    def span(start: int, end: int) -> tuple[int, int]:
        return placed.span(*normalized.span(start, end))

    side = Side(file, normalized.text, span, lang, shown=placed.value,
                shown_span=normalized.span)
    found = pieces(side, [(0, len(side.text))], matcher)
    return found[0]


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for line in text.split("\n")[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


def _place(text: str, lines: list[int], entry: polib.POEntry) -> dict[str, _Placed]:
    """Where each string of an entry is in the file, character by character, read from the
    entry's first line (polib keeps values but not their positions)."""
    placed: dict[str, _Placed] = {}
    current: str | None = None
    seen_msgstr = False
    for number in range(max(entry.linenum - 1, 0), len(lines)):
        start = lines[number]
        end = lines[number + 1] - 1 if number + 1 < len(lines) else len(text)
        line = text[start:end]
        bare = line.strip()
        keyword = _KEYWORD.match(line)
        if not bare or bare.startswith("#"):
            if seen_msgstr:
                break
            current = None
            continue
        if keyword:
            name = keyword.group(1)
            if seen_msgstr and not name.startswith("msgstr"):
                break
            seen_msgstr = seen_msgstr or name.startswith("msgstr")
            current = name
            quote = start + keyword.end() - 1
            placed[current] = _Placed("", (quote, quote))
        elif bare.startswith('"') and current is not None:
            quote = start + line.index('"')
        else:
            continue
        _read_string(text, quote, end, placed[current])
    expected = {"msgid": entry.msgid, "msgid_plural": entry.msgid_plural}
    expected.update(dict(_drafts(entry)))
    for key, value in expected.items():
        if not value and key not in placed:
            continue
        found = placed.get(key)
        if found is None or found.value != value:
            # The file is laid out in a way this reader does not follow: locate coarsely.
            anchor = found.anchor if found else (0, 0)
            placed[key] = _Placed(value, anchor)
    return {k: v for k, v in placed.items() if k in expected}


def _read_string(text: str, quote: int, line_end: int, into: _Placed) -> None:
    close = text.rfind('"', quote + 1, line_end)
    if close <= quote:
        return
    position = quote + 1
    parts = []
    offset = len(into.value)
    while position < close:
        slash = text.find("\\", position, close)
        stop = close if slash < 0 else slash
        if stop > position:
            into.add_run(offset, position)
            parts.append(text[position:stop])
            offset += stop - position
        if slash < 0:
            break
        if slash + 1 < close and text[slash + 1] in _ESCAPES:
            into.add_run(offset, slash, escaped=True)
            parts.append(_ESCAPES[text[slash + 1]])
            position = slash + 2
        else:  # not an escape polib reads: the backslash stands for itself
            into.add_run(offset, slash)
            parts.append("\\")
            position = slash + 1
        offset += 1
    into.value += "".join(parts)
    if not into.runs:
        into.anchor = (quote, close + 1)
