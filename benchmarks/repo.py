"""Benchmark `yongeo lint` on a real translation tree against polib parsing the same files.

    PYTHONPATH=src python3 benchmarks/repo.py [--copies 25] [--runs 3] [--profile]

The tree is the GNOME Korean translations of ../shared/corpora/gnome, copied `--copies`
times into a temporary directory (the copies are a repository's many files; nothing is
kept). The glossary is that team's word guide, compiled once before timing, as a warm
cache gives it. One run reports, as medians of `--runs`, in one process:

- the baseline: polib.pofile over every file (read from disk, as lint reads them);
- lint: `lint_paths` over the same tree with one process, and its ratio to the baseline;
- lint again with every file read by polib and placed entry by entry (the path the one-pass
  reader leaves unusual files to, and how lint read every file before it), with whether
  the two runs' findings are identical;
- with `--profile`, where lint's time goes (cProfile, one more run): reading and parsing,
  placing strings in the file, masking and matching, spelling, the rest.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import GNOME_FILES, gnome_glossary

import yongeo.lint.po as lint_po_module
from yongeo.lint import LintIndex, LintOptions, lint_paths

CORPUS = ROOT.parent / "shared" / "corpora" / "gnome"

# Where the time goes: the functions whose cumulative time makes each part (a part's figure
# is the largest cumulative time among its functions that are not inside one another).
PARTS = {
    "read and parse": ("read_po_file", "parse_po", "scan_po", "decode_po"),
    "place strings": ("_place",),
    "mask and match": ("_piece", "mask_markup", "nfc_mapped", "pieces", "find_all", "spans"),
    "spelling": ("find_misspellings", "count_words", "check_spelling"),
    "checks (terms, deprecated, consistency)": ("check_translation", "check_deprecated_units",
                                                "check_consistency", "check_deprecated"),
}


def make_tree(folder: Path, copies: int) -> list[Path]:
    files = []
    for copy in range(copies):
        target = folder / f"project-{copy:03d}" / "po"
        target.mkdir(parents=True)
        for name in GNOME_FILES:
            path = target / name.replace(".ko.po", "-ko.po")
            shutil.copyfile(CORPUS / name, path)
            files.append(path)
    return files


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.process_time()
        result = function()
        times.append(time.process_time() - start)
    return statistics.median(times), result


def parse_with_polib(files: list[Path]) -> int:
    return sum(len(polib.pofile(str(path), wrapwidth=78)) for path in files)


def lint_tree(folder: Path, index: LintIndex) -> list:
    return [f for report in lint_paths([folder], index, LintOptions(), jobs=1)
            for f in report.findings]


def breakdown(folder: Path, index: LintIndex) -> None:
    profile = cProfile.Profile()
    profile.enable()
    lint_tree(folder, index)
    profile.disable()
    stats = pstats.Stats(profile)
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\nwhere lint's time goes (cProfile, cumulative, of {total:.2f} s profiled):")
    for part, names in PARTS.items():
        seconds = 0.0
        for name in names:
            seconds = max([seconds] + [value[3] for (_file, _line, function), value
                                       in stats.stats.items()  # type: ignore[attr-defined]
                                       if function == name])
        print(f"  {part:42} {seconds:6.2f} s  {seconds / total:4.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent (the GNOME corpus this benchmark reads)")
        return
    index = LintIndex.build(gnome_glossary(CORPUS / "word-guide.tsv"))
    with tempfile.TemporaryDirectory(prefix="yongeo-repo-") as temporary:
        folder = Path(temporary)
        files = make_tree(folder, args.copies)
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} PO files, {size / 1e6:.1f} MB ({args.copies} copies of "
              f"{len(GNOME_FILES)} GNOME translations); CPU seconds, median of {args.runs}")
        lint_tree(files[0].parent, index)  # warm up: what lint loads on first use
        polib_seconds, entries = timed(lambda: parse_with_polib(files), args.runs)
        lint_seconds, findings = timed(lambda: lint_tree(folder, index), args.runs)
        one_pass = lint_po_module.scan_po
        lint_po_module.scan_po = lambda _text: None  # every file read by polib
        try:
            old_seconds, old_findings = timed(lambda: lint_tree(folder, index), args.runs)
        finally:
            lint_po_module.scan_po = one_pass
        print(f"polib parse of every file: {polib_seconds:.2f} s ({entries:,} entries)")
        print(f"yongeo lint, one process:  {lint_seconds:.2f} s ({len(findings):,} findings)"
              f"  {lint_seconds / polib_seconds:.2f}x polib")
        print(f"the same, files read by polib and placed entry by entry: {old_seconds:.2f} s"
              f"  {old_seconds / polib_seconds:.2f}x polib; findings "
              + ("identical" if old_findings == findings else "DIFFER"))
        if args.profile:
            breakdown(folder, index)


if __name__ == "__main__":
    main()
