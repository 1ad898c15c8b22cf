"""lint_po: a gettext PO translation checked entry by entry (msgid = source, msgstr = draft)."""

from __future__ import annotations

from bisect import bisect_right

import polib
import regex

from yongeo.errors import InputError, YongeoError
from yongeo.glossary.model import Glossary
from yongeo.glossary.po import parse_po
from yongeo.lint.direction import lang_from_header, lang_from_name, other, resolve_direction
from yongeo.lint.findings import FileText, Finding, same_span
from yongeo.lint.index import LintIndex, as_index
from yongeo.lint.markup import mask_markup, mask_markup_each
from yongeo.lint.po_reader import Placed, PoEntry, read_string, scan_po
from yongeo.lint.rules import DEPRECATED, INCONSISTENT, RULES, Policy, rule_ids
from yongeo.lint.runner import PO, Document, run_checks
from yongeo.lint.spelling import Guess
from yongeo.lint.stats import TermStatistics
from yongeo.lint.units import Block, Piece, Side, Unit, as_source
from yongeo.match import Hit, Matcher, select_longest
from yongeo.speed import collector_paused
from yongeo.text.normalize import Normalized, nfc_mapped_each

_KEYWORD = regex.compile(r'^\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*"')
_IGNORE = regex.compile(r"^\s*yongeo:\s*ignore\b[\s:]*(.*?)\s*$")


def lint_po(text: str, glossary: Glossary | Matcher | LintIndex, *, path: str = "<po>",
            source_lang: str | None = None, target_lang: str | None = None,
            include_fuzzy: bool = False, policy: Policy | None = None,
            memo: dict[str, Guess | None] | None = None,
            blocks: list[Block] | None = None,
            stats: TermStatistics | None = None) -> list[Finding]:
    """Findings for a PO file's text: every translated entry, plural forms included.

    Obsolete entries and the header are skipped, fuzzy ones unless `include_fuzzy`; a
    `# yongeo: ignore RULE` translator comment silences RULE (or, alone, every rule) for
    its entry. Placeholders and markup are not text. A `blocks` list receives each checked
    entry's strings with their hits, for reports that show the text.
    """
    with collector_paused():
        return _lint_po(text, glossary, path=path, source_lang=source_lang,
                        target_lang=target_lang, include_fuzzy=include_fuzzy, policy=policy,
                        memo=memo, blocks=blocks, stats=stats)


def _lint_po(text: str, glossary: Glossary | Matcher | LintIndex, path: str,
             source_lang: str | None, target_lang: str | None, include_fuzzy: bool,
             policy: Policy | None, memo: dict[str, Guess | None] | None,
             blocks: list[Block] | None = None,
             stats: TermStatistics | None = None) -> list[Finding]:
    index = as_index(glossary)
    policy = policy or Policy()
    document = read_po(text, index, path=path, source_lang=source_lang,
                       target_lang=target_lang, include_fuzzy=include_fuzzy)
    if blocks is not None:
        blocks.extend(document.blocks)
    return run_checks(document, index, policy, memo, stats)


def read_po(text: str, index: LintIndex, *, path: str = "<po>", source_lang: str | None = None,
            target_lang: str | None = None, include_fuzzy: bool = False) -> Document:
    """A PO translation as a document: one block per translated entry, each msgstr (and
    msgstr[n]) a draft piece paired with its msgid (or msgid_plural); the entries'
    `# yongeo: ignore` comments decide what is suppressed."""
    scanned = scan_po(text)
    if scanned is None:  # not written plainly, or malformed: polib reads it, or says why
        po = parse_po(text, path)
        metadata, entries = po.metadata, [_entry(e) for e in po]
    else:
        metadata, entries = scanned.metadata, scanned.entries
    file = FileText(path, text)
    lines: list[int] | None = None
    chosen = [e for e in entries if not e.obsolete and e.msgid and _translated(e)
              and (include_fuzzy or "fuzzy" not in e.flags)]
    src_lang, tgt_lang = _direction(metadata, chosen, path, source_lang, target_lang)
    document = Document(PO, path)
    regions: list[tuple[int, int, frozenset[str] | None, str | None]] = []
    # The strings of every entry first, so that each side is masked, normalised and matched
    # in one pass over all its strings (a PO file has thousands, most of a few words).
    read: list[tuple[PoEntry, frozenset[str] | None, dict[str, Placed], list[str],
                     list[str]]] = []
    source_strings: list[Placed] = []
    draft_strings: list[Placed] = []
    for entry in chosen:
        ignored = _ignored(entry, path)
        if scanned is not None:
            placed = _strings(entry)
        else:
            lines = lines or _line_offsets(text)
            placed = _place(text, lines, entry)
        source_keys = [key for key in ("msgid", "msgid_plural") if key in placed]
        draft_keys = [key for key, value in _drafts(entry) if value.strip() and key in placed]
        source_strings += [placed[key] for key in source_keys]
        draft_strings += [placed[key] for key in draft_keys]
        read.append((entry, ignored, placed, source_keys, draft_keys))
    source_pieces = iter(as_source(_pieces(file, source_strings, src_lang, index.matcher),
                                   index.matcher))
    draft_pieces = iter(_pieces(file, draft_strings, tgt_lang, index.matcher))
    for entry, ignored, placed, source_keys, draft_keys in read:
        sources = {key: next(source_pieces) for key in source_keys}
        keyed: list[tuple[str, Piece]] = []
        units: list[Unit] = []
        for key in draft_keys:
            draft = next(draft_pieces)
            source_key = "msgid" if key in ("msgstr", "msgstr[0]") else "msgid_plural"
            units.append(Unit(sources.get(source_key) or sources["msgid"], draft))
            keyed.append((key, draft))
        document.blocks.append(Block(list(sources.items()), keyed, units, entry.msgctxt,
                                     "fuzzy" in entry.flags))
        document.units.extend(units)
        document.sources.extend(sources.values())
        document.drafts.extend(piece for _key, piece in keyed)
        listed = _keyword_list(entry)
        if ignored or listed:  # only these entries change anything
            spans = [placed[k].span(0, len(placed[k].value)) for k in placed]
            regions.append((min(s for s, _e in spans), max(e for _s, e in spans), ignored,
                            listed))
    if regions:
        starts = [region[0] for region in regions]
        document.suppressed = lambda finding: _suppressed(finding, starts, regions)
        document.softened = lambda finding: _softened(finding, starts, regions)
    return document


def _entry(po_entry: polib.POEntry) -> PoEntry:
    """A polib entry as the reader's (its strings placed later, by _place)."""
    return PoEntry(po_entry.msgid, po_entry.msgid_plural, po_entry.msgctxt, po_entry.msgstr,
                   po_entry.msgstr_plural, po_entry.flags, po_entry.tcomment,
                   bool(po_entry.obsolete), po_entry.linenum)


def _strings(entry: PoEntry) -> dict[str, Placed]:
    """The placed strings lint checks: msgid, msgid_plural when written, and the drafts."""
    keys = ["msgid", "msgid_plural"] + [key for key, _value in _drafts(entry)]
    return {key: entry.placed[key] for key in keys if key in entry.placed}


def _translated(entry: PoEntry) -> bool:
    return bool(entry.msgstr.strip()) or any(v.strip() for v in entry.msgstr_plural.values())


def _drafts(entry: PoEntry) -> list[tuple[str, str]]:
    if entry.msgid_plural:
        return [(f"msgstr[{n}]", v) for n, v in sorted(entry.msgstr_plural.items())]
    return [("msgstr", entry.msgstr)]


def _direction(metadata: dict[str, str], entries: list[PoEntry], path: str,
               source_lang: str | None, target_lang: str | None) -> tuple[str, str]:
    """The translation's language: as the options say, else the header's Language, else a
    language code in the file name (ko.po), else each side's script (markup masked); the
    source is in the other language."""
    if target_lang is None:
        named = lang_from_header(metadata.get("Language")) or lang_from_name(path)
        if named is not None and named != source_lang:
            target_lang = named
    if target_lang is not None and source_lang is None:
        return other(target_lang), target_lang
    source = mask_markup("\n".join(e.msgid for e in entries[:2000]))
    draft = mask_markup("\n".join(v for e in entries[:2000] for _k, v in _drafts(e)))
    return resolve_direction(source, draft, source_lang, target_lang)


# A search keyword list: a desktop entry's Keywords (Tablet;Wacom;Stylus;), items each ended
# by a semicolon. Its translation lists the words people may search for, variants a glossary
# deprecates among them on purpose (Tablet;태블릿;타블렛;, reboot;재시작;): a deprecated
# variant there is reported as info, and consistency is no virtue of a list of variants.
_KEYWORD_LIST = regex.compile(r"(?:[^;\n]+;){2,}")


def _keyword_list(entry: PoEntry) -> bool:
    """Whether the entry is a search keyword list."""
    return _KEYWORD_LIST.fullmatch(entry.msgid) is not None


def _ignored(entry: PoEntry, path: str) -> frozenset[str] | None:
    """The rules a `yongeo: ignore` comment silences; None when there is no such comment."""
    if "yongeo" not in (entry.tcomment or ""):  # the usual comment, or none: read no line
        return None
    ignored: set[str] = set()
    found = False
    for line in entry.tcomment.splitlines():
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
                regions: list[tuple[int, int, frozenset[str] | None, bool]]) -> bool:
    """True when the finding lies in an entry whose comment ignores its rule, or is a
    term.inconsistent in a keyword list. `regions` are those entries' extents, in file
    order and apart, so the one that may hold it is found by bisection (a finding in an
    entry between them lies past that one's end)."""
    region = _region(finding, starts, regions)
    if region is None:
        return False
    _start, _end, ignored, listed = region
    if listed and finding.rule == INCONSISTENT.id:
        return True
    return bool(ignored) and finding.rule in ignored


def _softened(finding: Finding, starts: list[int],
              regions: list[tuple[int, int, frozenset[str] | None, bool]]) -> bool:
    """True for a deprecated variant in a keyword list: a search word, reported as info."""
    region = _region(finding, starts, regions)
    return region is not None and region[3] and finding.rule == DEPRECATED.id


def _region(finding: Finding, starts: list[int],
            regions: list[tuple[int, int, frozenset[str] | None, bool]]
            ) -> tuple[int, int, frozenset[str] | None, bool] | None:
    """The region (entry) holding the finding, if any."""
    index = bisect_right(starts, finding.start) - 1
    if index < 0 or finding.start > regions[index][1]:
        return None
    return regions[index]


def _pieces(file: FileText, strings: list[Placed], lang: str, matcher: Matcher
            ) -> list[Piece]:
    """Each string of one side as a piece: its working text (markup masked, NFC) with the
    way back to the file, and its hits."""
    masked = mask_markup_each([placed.value for placed in strings])
    normalized = nfc_mapped_each(masked)
    if normalized is None:  # every working text is the masked string: offsets as they are
        found = matcher.find_all_each(masked, lang)
        return [Piece(Side(file, text, placed.span, lang, shown=placed.value,
                           shown_span=same_span),
                      0, len(text), select_longest(every) if every else [], every)
                for placed, text, every in zip(strings, masked, found, strict=True)]
    found = matcher.find_all_each([n.text for n in normalized], lang)
    return [_piece(file, placed, each, lang, every)
            for placed, each, every in zip(strings, normalized, found, strict=True)]


def _piece(file: FileText, placed: Placed, normalized: Normalized, lang: str,
           every: list[Hit]) -> Piece:
    def span(start: int, end: int) -> tuple[int, int]:
        return placed.span(*normalized.span(start, end))

    side = Side(file, normalized.text, span, lang, shown=placed.value,
                shown_span=normalized.span)
    # units.pieces for the one piece that is the whole string: every hit is in it, and
    # most strings have none.
    return Piece(side, 0, len(side.text), select_longest(every) if every else [], every)


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for line in text.split("\n")[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


def _place(text: str, lines: list[int], entry: PoEntry) -> dict[str, Placed]:
    """Where each string of an entry is in the file, character by character, read from the
    entry's first line (polib keeps values but not their positions)."""
    placed: dict[str, Placed] = {}
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
            placed[current] = Placed("", (quote, quote))
        elif bare.startswith('"') and current is not None:
            quote = start + line.index('"')
        else:
            continue
        read_string(text, quote, end, placed[current])
    expected = {"msgid": entry.msgid, "msgid_plural": entry.msgid_plural}
    expected.update(dict(_drafts(entry)))
    for key, value in expected.items():
        if not value and key not in placed:
            continue
        found = placed.get(key)
        if found is None or found.value != value:
            # The file is laid out in a way this reader does not follow: locate coarsely.
            anchor = found.anchor if found else (0, 0)
            placed[key] = Placed(value, anchor)
    return {k: v for k, v in placed.items() if k in expected}
