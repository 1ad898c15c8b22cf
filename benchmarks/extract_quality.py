"""Recall and precision of `yongeo extract seeds/*.txt` against tests/data/seeds_gold.tsv."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from yongeo.extract.evaluate import evaluate, read_gold
from yongeo.extract.pipeline import extract_files

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", help="documents (default: seeds/*.txt)")
    parser.add_argument("--gold", default=str(ROOT / "tests" / "data" / "seeds_gold.tsv"))
    parser.add_argument("--analyser", default="regex",
                        help="Korean analyser: auto, mecab, kiwi or regex (default regex, as "
                             "the committed template)")
    args = parser.parse_args(argv)
    files = args.files or sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))
    extraction = extract_files([str(ROOT / f) if not Path(f).is_absolute() else f
                                for f in files], analyser=args.analyser)
    result = evaluate(extraction.candidates, read_gold(args.gold))
    print(f"candidates {len(extraction.candidates)}, gold terms "
          f"{len(result.found) + len(result.missed)}")
    print(f"recall    {result.recall:.3f}  ({len(result.found)} found)")
    print(f"precision {result.precision:.3f}  ({len(result.extra)} not in the gold list)")
    print(f"type guess agrees with the gold list for {result.types_agreeing} of "
          f"{len(result.found)} found ({result.type_accuracy:.3f})")
    print("missed:", ", ".join(f"{g.term} ({g.type})" for g in result.missed) or "none")
    print("extra: ", ", ".join(result.extra) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
