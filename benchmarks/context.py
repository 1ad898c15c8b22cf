"""The worst case for the rules that read a missing term's context: a long pair whose every
paragraph leaves terms to it.

    PYTHONPATH=src python3 benchmarks/context.py [--paragraphs 2000] [--runs 3]

Every paragraph of the Korean source names a pair of countries' relations, a place, a body
and Seoul as who acts (한일관계, 사도광산, 대법원, 서울); the English draft renders them as a
text about the two does once they are named (*ties*, *the mine*, *the court*, *Seoul and
Tokyo*), so every paragraph has three terms the matcher does not find and the term check
asks the context rules (lint.terms, lint.referred, lint.referred_english) about each. The baseline, linted in turns
in the same run, is the same pair with each term written as the glossary writes it (*Korea-
Japan ties*, *Sado mine*, *Supreme Court*), which asks them nothing. Prints the CPU seconds of
each (medians) and the median of their ratios, with both findings counts; the bundled
glossary, compiled once before timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.glossary.stored import load_po_glossary
from yongeo.lint import LintIndex, lint_pair

KOREAN = "한일관계는 {i}년에 개선됐고 사도광산 문제와 대법원 판결, 서울은 정부를 언급했다."
LEFT = "Ties improved in {i}; the mine and the court ruling came up, and Seoul and Tokyo agreed."
WRITTEN = ("Korea-Japan ties improved in {i}; the Sado mine and the Supreme Court ruling came "
           "up, and Seoul and Tokyo agreed.")


def texts(paragraphs: int, draft: str) -> tuple[str, str]:
    return ("\n\n".join(KOREAN.format(i=i) for i in range(paragraphs)),
            "\n\n".join(draft.format(i=i) for i in range(paragraphs)))


def cpu(function) -> tuple[float, object]:
    start = time.process_time()
    result = function()
    return time.process_time() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    index = LintIndex.build(load_po_glossary(ROOT / "glossary" / "ko.po"))
    left = texts(args.paragraphs, LEFT)
    written = texts(args.paragraphs, WRITTEN)

    def lint(pair):
        return lambda: lint_pair(*pair, index, source_lang="ko", target_lang="en")

    lint(written)()  # warm up: what lint loads on first use
    times: dict[str, list[float]] = {"left": [], "written": []}
    ratios, counts = [], {}
    for _ in range(args.runs):
        base, found = cpu(lint(written))
        counts["written"] = len(found)
        took, found = cpu(lint(left))
        counts["left"] = len(found)
        times["written"].append(base)
        times["left"].append(took)
        ratios.append(took / base)
    print(f"{args.paragraphs:,} paragraphs; CPU seconds, median of {args.runs}")
    print(f"terms written as the glossary writes them: {statistics.median(times['written']):.2f} s"
          f" ({counts['written']:,} findings)")
    print(f"terms left to context: {statistics.median(times['left']):.2f} s "
          f"({counts['left']:,} findings)  {statistics.median(ratios):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
