"""Benchmark glossary operations against polib doing the same work in the same process.

    PYTHONPATH=src python3 benchmarks/glossary.py [--quick] [--runs 3]

Everything is generated from a fixed seed: distinct English terms (names and pseudo-word
concepts of one to three words), their Korean terms, and on some rows admitted alternatives
('a|b' in the target cell) or a second row of the same term. One run reports, as medians of
the repeats, in CPU seconds of this process (the machine may be busy with other work; both
sides run here, single-threaded):

- import of 5,000 and 20,000 TSV rows into a new PO glossary (read the TSV, merge, save)
  against polib building and saving the same entries (target <= 3x);
- `add` into a 20,000-entry glossary against polib load + append + save (<= 2x);
- lookup in it (load + query) against a polib load: cold (no cache) <= 1.5x, warm (the
  glossary from the on-disk cache) <= 0.5x;
- TBX import of 20,000 concepts against the same polib build + save;
- the growth of import with the number of rows (1k, 2k, 5k, 10k): linear means 10x the
  rows take at most 12x the time;
- the growth of update (`yongeo update` without suggestions: a template of n new terms
  into a glossary of n entries) from 1,000 to 10,000 terms: linear means <= 12x.

--quick measures one repeat and leaves out the 20,000-row import (a minute at most).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.config import Selection, find_config, load_glossary
from yongeo.extract.update import update_glossary
from yongeo.glossary.edit import add_entry, import_entries, new_entry
from yongeo.glossary.formats import from_tsv
from yongeo.glossary.model import Entry, Glossary, Status, Term, make_id
from yongeo.glossary.po import WRAP_WIDTH, PoStore, render_entry
from yongeo.glossary.tbx import from_tbx, to_tbx
from yongeo.lookup import lookup

SEED = 20260114

_EN_SYLLABLES = ["con", "tra", "ver", "del", "im", "por", "sta", "gen", "mar", "lin", "ex",
                 "pro", "tec", "val", "ori", "ent", "ian", "ous", "ive", "ate", "ment", "ion",
                 "al", "ic", "ter", "nal", "sec", "form", "dis", "bal"]
_ROMAJI = [("ka", "카"), ("ki", "키"), ("ko", "코"), ("sa", "사"), ("shi", "시"), ("su", "스"),
           ("ta", "타"), ("to", "토"), ("na", "나"), ("ni", "니"), ("no", "노"), ("ha", "하"),
           ("hi", "히"), ("mi", "미"), ("mo", "모"), ("ra", "라"), ("ri", "리"), ("ro", "로"),
           ("da", "다"), ("ga", "가"), ("go", "고"), ("chi", "치"), ("fu", "후")]
_HANGUL = [chr(c) for c in range(0xAC00, 0xD7A4, 37)]
_TYPES = ["concept"] * 6 + ["person", "organization", "place"]


def make_rows(count: int, seed: int = SEED) -> list[tuple[str, list[str], str]]:
    """`count` distinct English terms with their Korean terms and a type."""
    rng = random.Random(seed)
    seen: set[str] = set()
    rows = []
    while len(rows) < count:
        if rng.random() < 0.3:
            parts = [rng.choice(_ROMAJI) for _ in range(rng.randint(2, 4))]
            en = "".join(p[0] for p in parts).capitalize()
            ko = ["".join(p[1] for p in parts)]
            kind = "person"
        else:
            words = [
                "".join(rng.choice(_EN_SYLLABLES) for _ in range(rng.randint(2, 3)))
                for _ in range(rng.choice((1, 1, 2, 2, 3)))]
            en = " ".join(words)
            ko = [" ".join("".join(rng.choice(_HANGUL) for _ in range(rng.randint(2, 3)))
                           for _ in words)]
            kind = rng.choice(_TYPES)
            if rng.random() < 0.15:  # an admitted alternative
                ko.append(ko[0].replace(" ", "") + rng.choice(_HANGUL))
        if en.casefold() in seen:
            continue
        seen.add(en.casefold())
        rows.append((en, ko, kind))
    return rows


def tsv_text(rows) -> str:
    lines = ["# term\ttranslation\ttype"]
    for number, (en, ko, kind) in enumerate(rows):
        if len(ko) > 1 and number % 2:  # half the alternatives as a second row
            lines.append(f"{en}\t{ko[0]}\t{kind}")
            lines.append(f"{en}\t{ko[1]}\t{kind}")
        else:
            lines.append(f"{en}\t{'|'.join(ko)}\t{kind}")
    return "\n".join(lines) + "\n"


def entries_of(rows) -> list[Entry]:
    out = []
    for en, ko, kind in rows:
        terms = [Term(en, "en", Status.PREFERRED), Term(ko[0], "ko", Status.PREFERRED)]
        terms += [Term(k, "ko", Status.ADMITTED) for k in ko[1:]]
        out.append(Entry(make_id(en), kind, tuple(terms)))
    return out


def write_glossary(path: Path, entries: list[Entry]) -> None:
    """A glossary file written directly (not through import, which is what is measured)."""
    header = PoStore.new(path).dumps().decode()
    path.write_text(header + "".join("\n" + render_entry(e) for e in entries),
                    encoding="utf-8")


def polib_build(path: Path, rows) -> None:
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ko"}
    for en, ko, kind in rows:
        po.append(polib.POEntry(msgid=en, msgstr=ko[0], tcomment="\n".join(
            [f"id: {make_id(en)}", f"type: {kind}", *(f"ko-admitted: {k}" for k in ko[1:])])))
    po.save(str(path))


def timed(function, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def bench_import(folder: Path, count: int, runs: int) -> tuple[float, float]:
    rows = make_rows(count)
    source = folder / f"rows-{count}.tsv"
    source.write_text(tsv_text(rows), encoding="utf-8")
    target = folder / f"import-{count}.po"
    baseline = folder / f"polib-{count}.po"

    def ours() -> None:
        report = import_entries(target, from_tsv(source.read_text(encoding="utf-8"),
                                                 str(source)))
        assert len(report.added) == count, (len(report.added), report.conflicts[:3])

    def clean() -> None:
        target.unlink(missing_ok=True)

    yongeo = timed(ours, runs, clean)
    floor = timed(lambda: polib_build(baseline, rows), runs)
    return yongeo, floor


def bench_update(folder: Path, count: int, runs: int) -> float:
    """`yongeo update` of a glossary of `count` entries from a template of as many new
    terms, written as `yongeo extract` writes one (type in an extracted comment, references),
    without Korean suggestions."""
    rows = make_rows(2 * count)
    glossary = folder / f"update-{count}.po"
    write_glossary(glossary, entries_of(rows[:count]))
    pristine = glossary.read_bytes()
    template = polib.POFile(wrapwidth=WRAP_WIDTH)
    template.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for number, (en, _ko, kind) in enumerate(rows[count:]):
        template.append(polib.POEntry(msgid=en, comment=f"type: {kind}",
                                      occurrences=[(f"doc{number % 50}.txt", str(number))]))
    source = folder / f"template-{count}.pot"
    template.save(str(source))

    def ours() -> None:
        report = update_glossary(source, glossary, suggest=False)
        assert len(report.added) == count, len(report.added)

    return timed(ours, runs, lambda: glossary.write_bytes(pristine))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one repeat, no 20,000-row import")
    parser.add_argument("--runs", type=int, default=3, help="repeats (medians are shown)")
    parser.add_argument("--glossary", type=int, default=20000,
                        help="entries of the glossary add and lookup work on")
    parser.add_argument("--tbx", type=int, default=20000, help="concepts of the TBX import")
    parser.add_argument("--growth", default="1000,2000,5000,10000",
                        help="row counts for the growth of import")
    parser.add_argument("--update-growth", default="1000,10000",
                        help="template sizes for the growth of update ('' leaves it out)")
    parser.add_argument("--import-sizes", default=None,
                        help="row counts of the import comparison (default 5000,20000)")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    sizes = ([int(n) for n in args.import_sizes.split(",")] if args.import_sizes
             else [5000] if args.quick else [5000, 20000])
    growth = [int(n) for n in args.growth.split(",") if n]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
        print(f"glossary benchmark: medians of {runs} run(s)")
        if growth:
            # First, in a process that holds nothing else yet (the later stages leave
            # glossaries of 20,000 entries in memory, which slow a large import by up to a
            # half and no user's import pays), after one import that is thrown away (the
            # first one compiles patterns and fills caches, which the smallest size would
            # pay alone).
            bench_import(folder, growth[0], 1)
            times, floors = {}, {}
            for count in growth:
                # Five repeats at least: a 1,000-row import is short, and the ratio rests on it.
                times[count], floors[count] = bench_import(folder, count, max(runs, 5))
            first = growth[0]
            cells = "   ".join(f"{n}: {t:.3f} s ({t / times[first]:.1f}x)"
                               for n, t in times.items())
            print(f"import growth: {cells}")
            if len(growth) > 1:
                last = growth[-1]
                # polib's build + save of the same rows, linear code, shows what the machine's
                # caches add as the data outgrows them.
                print(f"  {last // first}x the rows: {times[last] / times[first]:.1f}x the time "
                      f"(linear: <= {1.2 * last / first:.0f}x; polib build+save on the same "
                      f"rows: {floors[last] / floors[first]:.1f}x)")

        for count in sizes:
            ours, floor = bench_import(folder, count, runs)
            print(f"import {count:>6} TSV rows: {ours:8.3f} s   polib build+save "
                  f"{floor:7.3f} s   ratio {ours / floor:6.2f}x (target <= 3x)")

        big = folder / "big.po"
        entries = entries_of(make_rows(args.glossary))
        write_glossary(big, entries)
        pristine = big.read_bytes()
        extra = make_rows(args.glossary + 1)[-1]
        assert extra[0].casefold() not in {e.en.casefold() for e in entries}

        def restore() -> None:
            big.write_bytes(pristine)

        def ours_add() -> None:
            add_entry(big, new_entry(extra[0], extra[1][0], extra[2]))

        def polib_add() -> None:
            po = polib.pofile(str(big), wrapwidth=WRAP_WIDTH)
            po.append(polib.POEntry(msgid=extra[0], msgstr=extra[1][0],
                                    tcomment=f"id: {make_id(extra[0])}\ntype: {extra[2]}"))
            po.save(str(big))

        ours = timed(ours_add, runs, restore)
        floor = timed(polib_add, runs, restore)
        restore()
        print(f"add into {args.glossary} entries: {ours:8.3f} s   polib load+append+save "
              f"{floor:7.3f} s   ratio {ours / floor:6.2f}x (target <= 2x)")

        selection = Selection((big,), "option", find_config(folder))
        queries = [entries[len(entries) // 3].en, entries[len(entries) // 2].ko,
                   entries[7].en[:-1] + "x"]

        def ours_lookup() -> None:
            glossary = load_glossary(selection)
            for query in queries:
                lookup(glossary, query)

        def clear_cache() -> None:
            for old in (folder / "cache").rglob("*"):
                if old.is_file():
                    old.unlink()

        polib_load = timed(lambda: polib.pofile(str(big), wrapwidth=WRAP_WIDTH), runs)
        cold = timed(ours_lookup, runs, clear_cache)
        ours_lookup()
        warm = timed(ours_lookup, max(runs, 3))
        print(f"lookup ({len(queries)} queries) in {args.glossary}: cold {cold:7.3f} s "
              f"({cold / polib_load:5.2f}x, target <= 1.5x)   warm {warm:7.3f} s "
              f"({warm / polib_load:5.2f}x, target <= 0.5x)   polib load {polib_load:7.3f} s")

        tbx = folder / "concepts.tbx"
        tbx_rows = make_rows(args.tbx)
        tbx.write_text(to_tbx(Glossary(tuple(entries_of(tbx_rows)))), encoding="utf-8")
        target = folder / "from-tbx.po"

        def ours_tbx() -> None:
            import_entries(target, from_tbx(tbx.read_bytes(), str(tbx)))

        ours = timed(ours_tbx, runs, lambda: target.unlink(missing_ok=True))
        floor = timed(lambda: polib_build(folder / "polib-tbx.po", tbx_rows), runs)
        print(f"TBX import of {args.tbx} concepts: {ours:8.3f} s   polib build+save "
              f"{floor:7.3f} s   ratio {ours / floor:6.2f}x")

        sizes = [int(n) for n in args.update_growth.split(",") if n]
        if sizes:
            times = {n: bench_update(folder, n, max(runs, 3)) for n in sizes}
            first, last = sizes[0], sizes[-1]
            cells = "   ".join(f"{n}: {t:.3f} s" for n, t in times.items())
            print(f"update growth (new terms into as many entries): {cells}")
            if len(sizes) > 1:
                print(f"  {last // first}x the terms: {times[last] / times[first]:.1f}x the time "
                      f"(linear: <= {1.2 * last / first:.0f}x)")


if __name__ == "__main__":
    main()
