"""Accuracy of the Korean presence rules on tests/data/korean-presence.tsv (labelled by hand):
is a term's translation in a draft excerpt where it sits inside a longer word?

Three readings are scored: the matcher alone (a hit), the matcher with lint's presence check
(what term.missing uses), and, when python-mecab-ko is installed, a morpheme reading (the
term is present when it is a morpheme sequence of the excerpt, or a verb term's stem).

    PYTHONPATH=src python3 benchmarks/korean_presence.py
"""

from __future__ import annotations

import csv
import importlib.util
import sys
import time
from pathlib import Path

from yongeo.glossary.model import Entry, Status, Term
from yongeo.lint.presence import present
from yongeo.match import Matcher
from yongeo.text.korean import verb_stem

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "korean-presence.tsv"


def read_table(path: Path = TABLE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def entry_of(row: dict[str, str]) -> Entry:
    return Entry("term", row["type"], (Term("term", "en", Status.PREFERRED),
                                       Term(row["term"], "ko", Status.PREFERRED)))


def by_matcher(row: dict[str, str]) -> bool:
    return bool(Matcher([entry_of(row)]).find(row["draft"], "ko"))


def by_rules(row: dict[str, str]) -> bool:
    entry = entry_of(row)
    return by_matcher(row) or present(row["draft"], entry.terms, entry)


def mecab_reader():
    """A reading by python-mecab-ko morphemes, or None when it is not installed: a noun term
    is present when a run of morphemes spells it; a verb term (바꾸기) when a verb morpheme's
    lemma is its stem (마지막 verb of 붙여넣 counts alone: 붙이+넣 is split by the analyser)."""
    if importlib.util.find_spec("mecab") is None:
        return None
    import mecab

    tagger = mecab.MeCab()

    def by_mecab(row: dict[str, str]) -> bool:
        word = "".join(row["term"].split())
        morphs = tagger.parse(row["draft"])
        stem = verb_stem(word)
        if stem is not None:
            lemmas = "".join(_lemma(m) for m in morphs if "VV" in m.pos)
            if stem in lemmas:
                return True
        surfaces = [m.surface for m in morphs]
        for start in range(len(surfaces)):
            text = ""
            for surface in surfaces[start:]:
                text += surface
                if text == word:
                    return True
                if len(text) >= len(word):
                    break
        return False

    return by_mecab


def _lemma(morph) -> str:
    expression = morph.feature.expression
    if expression:
        return "".join(part.split("/")[0] for part in expression.split("+")
                       if "/VV/" in part)
    return morph.surface


def score(rows: list[dict[str, str]], reading) -> tuple[int, int, list[dict[str, str]], float]:
    started = time.perf_counter()
    wrong = [row for row in rows if reading(row) != (row["present"] == "yes")]
    return len(rows) - len(wrong), len(rows), wrong, time.perf_counter() - started


def main() -> int:
    rows = read_table()
    readings = [("matcher", by_matcher), ("matcher + presence rules", by_rules)]
    mecab = mecab_reader()
    if mecab is not None:
        readings.append(("mecab morphemes", mecab))
    else:
        print("python-mecab-ko is not installed: the mecab reading is skipped", file=sys.stderr)
    for name, reading in readings:
        right, total, wrong, seconds = score(rows, reading)
        print(f"{name}: {right}/{total} = {right / total:.3f} ({seconds * 1000:.0f} ms)")
        for row in wrong:
            print(f"    {row['present']:>3}  {row['term']} in {row['draft']!r}: {row['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
