"""How lint pairs paragraphs whose counts differ (yongeo.lint.align), measured on the probe
texts (benchmarks/data/probes): every correct pair of three paragraphs or more is re-laid out
as a translation may be, and linted with the bundled glossary in both directions.

    PYTHONPATH=src python3 benchmarks/align.py

- joined / cut: two neighbouring draft paragraphs joined in one, or one cut in two at its
  first sentence end. The translation is still correct, so what counts is how often lint
  gives up pairing (input.unaligned) and the findings at warning or above that the pair as
  laid out first did not have (false alarms).
- moved: one draft paragraph moved two places up (a newsletter's items in another order);
  what counts is the findings at warning or above that the pair in order did not have.

A pair whose translation has itself moved paragraphs (a newsletter edition's items in its
own order: lint.align.moved) is not re-laid out or moved again: two changes of order at once
are not paired, and it is measured as it is, by the probes.
- left out: one draft paragraph dropped whose source names glossary entries no other
  paragraph names; it counts as found when one of them is reported missing (term.missing,
  term.untranslated, or in an input.omission note) at any severity.
- unrelated: the source of one text against the draft of another with a different
  paragraph count, which should not be paired (input.unaligned); each is only read as lint
  reads a pair before its checks, whose note this is.
"""

from __future__ import annotations

import re
import sys
import zlib
from itertools import permutations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.glossary.stored import load_po_glossary
from yongeo.lint import LintIndex, lint_pair
from yongeo.lint.pair import read_pair
from yongeo.lint.sense import hits_in_sense
from yongeo.lint.units import paragraphs

PROBES = ROOT / "benchmarks" / "data" / "probes"
_FIRST_SENTENCE_END = re.compile(r"(?<=[.다])\s+")


def _paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraphs(text)]


def _pairs() -> list[tuple[str, list[str], list[str]]]:
    out = []
    for korean in sorted(PROBES.glob("*.ko.txt")):
        name = korean.name.split(".")[0]
        ko = _paragraphs(korean.read_text(encoding="utf-8"))
        en = _paragraphs((PROBES / f"{name}.en.txt").read_text(encoding="utf-8"))
        if len(ko) == len(en) >= 3:
            out.append((name, ko, en))
    return out


def _warned(findings) -> set[tuple[str, str]]:
    """Findings at warning or above, by rule and message without its line numbers."""
    return {(f.rule, f.message.split(" (source line")[0]) for f in findings
            if f.severity.value != "info"}


def _laid_out(draft: list[str]) -> list[list[str]]:
    """The draft joined at each place and cut at each paragraph's first sentence end."""
    out = [draft[:at] + [draft[at] + " " + draft[at + 1]] + draft[at + 2:]
           for at in range(len(draft) - 1)]
    for at, text in enumerate(draft):
        parts = _FIRST_SENTENCE_END.split(text, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():  # a sentence follows: a real cut
            out.append(draft[:at] + parts + draft[at + 1:])
    return out


def _in_another_order(source: list[str], draft: list[str], source_lang: str, target_lang: str,
                      index: LintIndex) -> bool:
    """Whether lint pairs the draft's paragraphs in another order than they are written."""
    document = read_pair("\n\n".join(source), "\n\n".join(draft), index,
                         source_lang=source_lang, target_lang=target_lang)
    starts = [unit.draft.start for unit in document.units]
    return starts != sorted(starts)


# The measures, each of which may be taken alone (a test runs them apart, in parallel).
MEASURES = ("laid", "moved", "dropped", "unrelated")


def measure(index: LintIndex, every: int = 1, measures: tuple[str, ...] = MEASURES,
            texts_every: float = 1) -> dict[str, int]:
    """The counts main prints (see the module's docstring); with `every` above 1, a quicker
    measure: every n-th layout, move, paragraph left out and unrelated pair; with
    `texts_every` above 1, of one text in n only, picked where its name's hash falls in the
    first n-th of the hash's range, so that texts added later, and an n that grows with
    them, leave the pick of the others mostly as it was (each text read costs a lint of it
    whole, however few of its layouts are taken); only the `measures` named (laid: drafts
    joined or cut; moved; dropped: a paragraph left out; unrelated)."""

    memo: dict = {}  # the words guessed, shared by the drafts as by one run's files

    def lint(source: list[str], draft: list[str], source_lang: str, target_lang: str):
        return lint_pair("\n\n".join(source), "\n\n".join(draft), index,
                         source_lang=source_lang, target_lang=target_lang, memo=memo)

    def entries(text: str, lang: str) -> dict:
        """The glossary entries a source paragraph names, as lint reads its hits: in their
        sense (a hit inside an entry's not-in phrase is no term of the paragraph)."""
        return {hit.entry.id: hit.entry
                for hit in hits_in_sense(text, index.matcher.find_all(text, lang))}

    def reported(entry, findings) -> bool:
        """The entry named missing: by term.missing or term.untranslated, or in an
        input.omission note."""
        return any(f.rule in ("term.missing", "term.untranslated")
                   and (f.en, f.ko) == (entry.en, entry.ko)
                   or f.rule == "input.omission" and f"'{entry.en or entry.ko}'" in f.message
                   for f in findings)

    pairs = _pairs()
    out = dict.fromkeys(("pairs", "reordered", "laid", "unaligned", "false", "moved",
                         "moved_false", "dropped", "found", "unrelated", "refused"), 0)
    out["pairs"] = len(pairs)
    per_pair = {"laid", "moved", "dropped"} & set(measures)
    for name, ko, en in pairs if per_pair else ():  # not unrelated
        if zlib.crc32(name.encode()) * texts_every >= 2**32:
            continue  # outside the first n-th of the hash's range
        for source_lang, source, target_lang, draft in (("ko", ko, "en", en),
                                                         ("en", en, "ko", ko)):
            if _in_another_order(source, draft, source_lang, target_lang, index):
                out["reordered"] += 1
                continue
            before = _warned(lint(source, draft, source_lang, target_lang)) \
                if {"laid", "moved"} & set(measures) else set()
            for number, variant in enumerate(_laid_out(draft) if "laid" in measures else ()):
                if number % every:
                    continue
                out["laid"] += 1
                after = _warned(lint(source, variant, source_lang, target_lang))
                out["unaligned"] += any(rule == "input.unaligned" for rule, _ in after)
                out["false"] += len({f for f in after if f[0] != "input.unaligned"} - before)
            for at in range(0, len(draft) - 2 if "moved" in measures else 0, every):
                out["moved"] += 1
                variant = draft[:at] + [draft[at + 2]] + draft[at:at + 2] + draft[at + 3:]
                out["moved_false"] += len(_warned(lint(source, variant, source_lang,
                                                       target_lang)) - before)
            for at in range(0, len(source) if "dropped" in measures else 0, every):
                others = set().union(*(entries(text, source_lang)
                                       for number, text in enumerate(source) if number != at))
                alone = [entry for key, entry in entries(source[at], source_lang).items()
                         if key not in others]
                if not alone:
                    continue
                out["dropped"] += 1
                findings = lint(source, draft[:at] + draft[at + 1:], source_lang, target_lang)
                out["found"] += any(reported(entry, findings) for entry in alone)
    for number, ((_a, ko, _ea), (_b, _kb, en)) in enumerate(
            permutations(pairs, 2) if "unrelated" in measures else ()):
        if len(ko) == len(en) or number % every:
            continue
        out["unrelated"] += 1
        # Refused when read (the pairing's note), before any check runs: what lint reports.
        out["refused"] += any(note.rule == "input.unaligned" for note in read_pair(
            "\n\n".join(ko), "\n\n".join(en), index, source_lang="ko",
            target_lang="en").notes)
    return out


def main() -> int:
    got = measure(LintIndex.build(load_po_glossary(ROOT / "glossary" / "ko.po")))
    print(f"{got['pairs']} probe pairs of three paragraphs or more, both directions "
          f"({got['reordered']} directions paired in another order, not re-laid out)")
    print(f"joined or cut: {got['laid']} drafts; not paired (input.unaligned) "
          f"{got['unaligned']}; findings at warning or above the layout added {got['false']}")
    print(f"moved: {got['moved']} drafts; findings at warning or above the move added "
          f"{got['moved_false']}")
    print(f"left out: {got['found']}/{got['dropped']} drafts report the paragraph's own terms "
          f"missing")
    print(f"unrelated: {got['refused']}/{got['unrelated']} pairs not paired "
          f"(input.unaligned)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
