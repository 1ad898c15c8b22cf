"""Benchmark `yongeo lint` on a real translation tree against polib parsing the same files.

    PYTHONPATH=src python3 benchmarks/repo.py [--copies 25] [--runs 3] [--profile]

The tree is the GNOME Korean translations of ../shared/corpora/gnome, copied `--copies`
times into a temporary directory (the copies are a repository's many files; nothing is
kept). The glossary is that team's word guide, compiled once before timing, as a warm
cache gives it. One run reports, as medians of `--runs`, in one process (each ratio is the
median of the ratios of runs made in turns with a polib parse, which keeps it right while the
machine's speed drifts):

- the baseline: polib.pofile over every file (read from disk, as lint reads them);
- lint as `yongeo lint --format json --jobs 1` runs it: `lint_paths` over the tree with
  the run's term statistics, and the JSON report rendered; its ratio to the baseline, with
  every file checked (no results kept on disk: YONGEO_NO_CACHE=1, or a first run) and, in
  a cache of its own, cold (every file checked, its results written) and warm (every file
  unchanged since the last run: its results read back); with whether the reports are
  identical;
- lint again with every file read by polib and placed entry by entry (the path the one-pass
  reader leaves unusual files to, and how lint read every file before it), every file
  checked;
- the speed-up of `--jobs 2` (two worker processes) over one process, in wall time, every
  file checked, with whether the reports are identical;
- with `--profile`, where lint's time goes when every file is checked (cProfile, one more
  run): reading and checking the files, masking markup, NFC, matching, spelling, the term
  checks (and the Korean and English knowledge they call), statistics, the report, and the
  rest (pieces, units, sorting).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
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
from yongeo.lint.run import Summary
from yongeo.report.json import lint_json

CORPUS = ROOT.parent / "shared" / "corpora" / "gnome"

# Where the time goes: each part is the sum of the cumulative times of its functions (module,
# name), chosen so that on this path none of them runs inside another of the same part.
PARTS = {
    "read and check the files (one pass)": (("glossary/po.py", "read_po_file"),
                                            ("lint/po_reader.py", "scan_po"),
                                            ("glossary/po.py", "parse_po")),
    "mask markup": (("lint/markup.py", "mask_markup_each"), ("lint/markup.py", "mask_markup")),
    "NFC and its offset map": (("text/normalize.py", "nfc_mapped_each"),),
    "match terms": (("match.py", "find_all_each"),),
    "spelling": (("lint/spelling.py", "find_misspellings_each"),
                 ("lint/spelling.py", "check_spelling")),
    "term checks (missing, deprecated, consistency)": (
        ("lint/terms.py", "check_translation"), ("lint/deprecated.py", "check_deprecated_units"),
        ("lint/consistency.py", "check_consistency"), ("lint/omission.py", "fold_omissions"),
        ("lint/deprecated.py", "without_covered_missing")),
    "  of which Korean presence (compounds, predicates)": (("lint/presence.py", "present"),),
    "  of which English senses": (("lint/sense.py", "hits_in_sense"),),
    "statistics": (("lint/stats.py", "add"), ("lint/run.py", "conclude")),
    "report (JSON)": (("report/json.py", "lint_json"),),
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


def in_turns(baseline, function, runs: int) -> tuple[float, float, object]:
    """`function` and the baseline run in turns, `runs` times each: the median CPU seconds of
    `function`, the median of its ratios to the baseline run just before it (pairing keeps a
    ratio right while the machine's speed drifts), and its last result."""
    seconds, ratios, result = [], [], None
    for _ in range(runs):
        start = time.process_time()
        baseline()
        base = time.process_time() - start
        start = time.process_time()
        result = function()
        took = time.process_time() - start
        seconds.append(took)
        ratios.append(took / base)
    return statistics.median(seconds), statistics.median(ratios), result


def parse_with_polib(files: list[Path]) -> int:
    return sum(len(polib.pofile(str(path), wrapwidth=78)) for path in files)


def lint_tree(folder: Path, index: LintIndex, cache: bool = False, jobs: int = 1) -> str:
    """What `yongeo lint --format json --jobs 1 FOLDER` computes: the findings of every file
    with the run's statistics, and the JSON report; with `cache`, each file's results read
    from the cache, or checked and written there; with `jobs`, by that many processes."""
    options = LintOptions()
    stats = options.statistics()
    reports = list(lint_paths([folder], index, options, stats, jobs=jobs, cache=cache))
    summary = Summary()
    for report in reports:
        summary.add(report)
    return lint_json(reports, summary, options.policy, stats.results())


def breakdown(folder: Path, index: LintIndex) -> None:
    profile = cProfile.Profile()
    profile.enable()
    lint_tree(folder, index)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = max(value[3] for value in stats.values())
    print(f"\nwhere lint's time goes (cProfile, cumulative, of {total:.2f} s profiled):")
    counted = 0.0
    for part, functions in PARTS.items():
        seconds = sum(value[3] for (file, _line, name), value in stats.items()
                      if (Path(file).parent.name + "/" + Path(file).name
                          if Path(file).parent.name != "yongeo" else Path(file).name,
                          name) in functions)
        if not part.startswith(" "):
            counted += seconds
        print(f"  {part:52} {seconds:6.2f} s  {seconds / total:4.0%}")
    rest = total - counted
    print(f"  {'the rest (pieces, units, blocks, sorting)':52} {rest:6.2f} s  {rest / total:4.0%}")


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
        folder = Path(temporary) / "tree"
        files = make_tree(folder, args.copies)
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} PO files, {size / 1e6:.1f} MB ({args.copies} copies of "
              f"{len(GNOME_FILES)} GNOME translations); CPU seconds, median of {args.runs}")
        lint_tree(files[0].parent, index)  # warm up: what lint loads on first use
        polib_seconds, entries = timed(lambda: parse_with_polib(files), args.runs)

        def polib() -> int:
            return parse_with_polib(files)

        lint_seconds, lint_ratio, report = in_turns(polib, lambda: lint_tree(folder, index),
                                                    args.runs)
        caches = iter(range(args.runs + 1))

        def cold() -> str:  # a cache of its own, empty: every file checked and written
            os.environ["XDG_CACHE_HOME"] = str(Path(temporary) / f"cache-{next(caches)}")
            return lint_tree(folder, index, cache=True)

        before = {name: os.environ.get(name) for name in ("XDG_CACHE_HOME", "YONGEO_NO_CACHE")}
        os.environ.pop("YONGEO_NO_CACHE", None)
        try:
            cold_seconds, cold_ratio, cold_report = in_turns(polib, cold, args.runs)
            warm_seconds, warm_ratio, warm_report = in_turns(
                polib, lambda: lint_tree(folder, index, cache=True), args.runs)
        finally:
            for name, value in before.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        one_pass = lint_po_module.scan_po
        lint_po_module.scan_po = lambda _text: None  # every file read by polib
        try:
            old_seconds, old_ratio, old_report = in_turns(
                polib, lambda: lint_tree(folder, index), args.runs)
        finally:
            lint_po_module.scan_po = one_pass
        print(f"polib parse of every file: {polib_seconds:.2f} s ({entries:,} entries)")
        findings = json.loads(report)["summary"]["findings"]
        print(f"yongeo lint, one process, every file checked: {lint_seconds:.2f} s "
              f"({findings:,} findings)  {lint_ratio:.2f}x polib")
        print(f"  results cache cold (every file checked, results written): {cold_seconds:.2f} s"
              f"  {cold_ratio:.2f}x polib")
        print(f"  results cache warm (every file unchanged, results read back): "
              f"{warm_seconds:.2f} s  {warm_ratio:.2f}x polib; reports "
              + ("identical" if report == cold_report == warm_report else "DIFFER"))
        print(f"the same, files read by polib and placed entry by entry: {old_seconds:.2f} s"
              f"  {old_ratio:.2f}x polib; reports "
              + ("identical" if old_report == report else "DIFFER"))
        speedups, two_report = [], ""
        for _ in range(args.runs):  # wall time: the workers' CPU is not this process's
            start = time.perf_counter()
            lint_tree(folder, index)
            one = time.perf_counter() - start
            start = time.perf_counter()
            two_report = lint_tree(folder, index, jobs=2)
            speedups.append(one / (time.perf_counter() - start))
        print(f"--jobs 2 against one process, every file checked (wall): "
              f"{statistics.median(speedups):.2f}x faster; reports "
              + ("identical" if two_report == report else "DIFFER"))
        if args.profile:
            breakdown(folder, index)


if __name__ == "__main__":
    main()
