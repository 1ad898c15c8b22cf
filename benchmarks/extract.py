"""Throughput of `yongeo extract` on a generated corpus of 5 to 50 MB, with 1 and 2 processes.

The corpus is built reproducibly (a seeded generator) from the seeds: their sentences become
templates whose terms are slots, filled from the seeds' candidate terms and from new names
and phrases made of the seeds' words (Korean and Japanese personal names, institutions,
noun phrases), so the vocabulary keeps growing with the corpus as it does in real news.
Each document gets the page chrome of a scraped article (dates, share buttons, bylines).

    PYTHONPATH=src python3 benchmarks/extract.py [--corpus DIR] [--sizes 5 10 25 50]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import sys
import time
from pathlib import Path

import regex

from yongeo.extract.names import KOREAN_SURNAMES
from yongeo.extract.pipeline import extract_files
from yongeo.extract.template import render_template

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
SEED = 20260115

_KOREAN_SYLLABLES = ("jae", "myung", "sung", "lac", "eun", "mi", "hyun", "woo", "ji", "min",
                     "seo", "yeon", "jun", "ho", "young", "soo", "kyung", "hwa", "in", "tae",
                     "dong", "hee", "jin", "sang", "won", "chul", "bok", "ha", "na", "ra")
_JAPANESE_MORAE = ("ta", "ka", "i", "chi", "sa", "na", "e", "shi", "ge", "ru", "ki", "da",
                   "fu", "mi", "o", "ko", "zu", "mo", "to", "ya", "su", "hi", "ro", "ma", "no",
                   "yo", "ha", "ra", "se", "wa", "ku", "ji", "tsu", "ri", "me")
_ORG_HEADS = ("Institute", "University", "Center", "Foundation", "Council", "Forum")
_ORG_FIELDS = ("Policy Studies", "Foreign Affairs", "National Security", "East Asian Studies",
               "Peace and Unification", "International Relations", "Economic Research")
_PLACES = ("Busan", "Fukuoka", "Sapporo", "Incheon", "Kyoto", "Hiroshima", "Nagasaki", "Jeju",
           "Sendai", "Daegu", "Niigata", "Gwangju")
_MODIFIERS = ("economic", "regional", "strategic", "bilateral", "trilateral", "maritime",
              "historical", "cultural", "diplomatic", "humanitarian", "technological",
              "multilateral", "practical", "pragmatic", "institutional", "transnational")
_HEADS = ("cooperation", "security", "dialogue", "diplomacy", "reconciliation", "exchange",
          "partnership", "consultation", "framework", "agenda", "initiative", "alliance",
          "supply chain", "governance", "resilience", "deterrence")
_CHROME = ("print page small font big font", "facebook share", "tweet share", "view more",
           "scrolltop", "  • 프린트 아이콘", "  • 페이스북 아이콘", "closed")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def seed_material() -> tuple[list[str], dict[str, list[str]]]:
    """Sentence templates with typed slots, and the seeds' terms by type.

    Made from the seeds' prose and the gold list only, never from the extractor's output,
    so that the corpus stays the same while the extractor changes.
    """
    by_type: dict[str, list[str]] = {}
    gold = (ROOT / "tests" / "data" / "seeds_gold.tsv").read_text(encoding="utf-8")
    for line in gold.splitlines():
        if line and not line.startswith("#"):
            term, entry_type = line.split("\t")
            if not regex.search(r"\p{Hangul}", term):
                by_type.setdefault(entry_type, []).append(term)
    terms = sorted((t for ts in by_type.values() for t in ts), key=lambda t: (-len(t), t))
    types = {t: k for k, ts in by_type.items() for t in ts}
    pattern = regex.compile(r"\b(?:" + "|".join(regex.escape(t) for t in terms) + r")\b",
                            regex.IGNORECASE)
    templates = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for paragraph in seed.read_text(encoding="utf-8").splitlines():
            if len(paragraph) < 80 or "." not in paragraph:
                continue  # headlines, bylines and page chrome
            for sentence in _SENTENCE_BREAK.split(paragraph.strip()):
                if len(sentence) >= 40:
                    templates.append(pattern.sub(
                        lambda m: "{" + types[_original(m.group(), types)] + "}", sentence))
    return templates, by_type


_SENTENCE_BREAK = regex.compile(
    r"(?<!\b(?:Dr|Mr|Ms|Mrs|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?<=[.!?][”\"]?)\s+(?=[A-Z“])")


def _original(found: str, types: dict[str, str]) -> str:
    return next(t for t in types if t.casefold() == found.casefold())


class Generator:
    """Seeded documents: the same seed gives the same corpus, byte for byte."""

    def __init__(self, seed: int = SEED):
        self.random = random.Random(seed)
        self.templates, self.terms = seed_material()

    def korean_name(self) -> str:
        r = self.random
        surname = r.choice(sorted(KOREAN_SURNAMES - {"in", "no", "so", "do", "to", "u", "o"}))
        given = f"{r.choice(_KOREAN_SYLLABLES).capitalize()}-{r.choice(_KOREAN_SYLLABLES)}"
        return f"{surname.capitalize()} {given}"

    def japanese_name(self) -> str:
        r = self.random
        family = "".join(r.choice(_JAPANESE_MORAE) for _ in range(r.randint(2, 4)))
        given = "".join(r.choice(_JAPANESE_MORAE) for _ in range(r.randint(2, 3)))
        return f"{family.capitalize()} {given.capitalize()}"

    def fill(self, slot: str) -> str:
        r = self.random
        if slot == "person":
            return self.korean_name() if r.random() < 0.5 else self.japanese_name()
        if slot == "organization" and r.random() < 0.6:
            return f"{r.choice(_ORG_HEADS)} for {r.choice(_ORG_FIELDS)}"
        if slot == "place" and r.random() < 0.4:
            return r.choice(_PLACES)
        if slot in ("concept", "event") and r.random() < 0.6:
            return f"{r.choice(_MODIFIERS)} {r.choice(_HEADS)}"
        return r.choice(self.terms.get(slot) or self.terms["concept"])

    def document(self, number: int) -> str:
        r = self.random
        dateline = (f"{r.choice(_MONTHS)} {r.randint(1, 28)}, 2026, {r.randint(1, 12):02d}:"
                    f"{r.randint(0, 59):02d} {r.choice(('am', 'pm'))}")
        lines = [f"{self.fill('concept').capitalize()} and the {self.fill('event')} ahead", "",
                 dateline, ""]
        lines += [r.choice(_CHROME) for _ in range(3)] + [""]
        for _ in range(r.randint(8, 30)):
            sentences = [regex.sub(r"\{(\w+)\}", lambda m: self.fill(m.group(1)),
                                   r.choice(self.templates)) for _ in range(r.randint(1, 5))]
            lines += [" ".join(sentences), ""]
        lines += [f"#{self.fill('person')} #{self.fill('concept')}",
                  f"Copyright by {r.choice(('Asiatoday', 'Yonhap', 'Kyodo'))}", "view more"]
        return "\n".join(lines) + "\n"


def build_corpus(directory: Path, megabytes: int, seed: int = SEED) -> list[Path]:
    """Write documents until the corpus holds `megabytes`; the same call gives the same bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    generator = Generator(seed)
    files, total, number = [], 0, 0
    while total < megabytes * MB:
        path = directory / f"doc{number:05d}.txt"
        data = generator.document(number).encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        files.append(path)
        total += len(data)
        number += 1
    return files


def corpus_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def first_megabytes(files: list[Path], megabytes: int) -> list[Path]:
    chosen, total = [], 0
    for path in files:
        if total >= megabytes * MB:
            break
        chosen.append(path)
        total += path.stat().st_size
    return chosen


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # pool workers, once joined
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(files: list[Path], jobs: int) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds for extraction plus the template, and the candidates."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    result = extract_files([str(p) for p in files], jobs=jobs, analyser="regex")
    render_template(result.candidates, result.analyser)
    return time.perf_counter() - started, _cpu_seconds() - cpu, len(result.candidates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/yongeo-extract-corpus"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 25, 50])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    files = build_corpus(args.corpus, max(args.sizes), args.seed)
    size = sum(p.stat().st_size for p in files) / MB
    print(f"corpus: {len(files)} documents, {size:.1f} MB in {args.corpus} "
          f"(seed {args.seed}, sha256 {corpus_digest(files)}), built in "
          f"{time.perf_counter() - started:.1f}s")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start "
          "(wall-clock times include other processes' contention; CPU seconds do not)")
    print(f"{'MB':>5} {'jobs':>4} {'wall s':>7} {'MB/s':>6} {'CPU s':>7} {'MB/CPU-s':>8} "
          f"{'terms':>6} {'wall/first':>10}")
    times: dict[tuple[int, int], float] = {}
    for megabytes in args.sizes:
        subset = first_megabytes(files, megabytes)
        actual = sum(p.stat().st_size for p in subset) / MB
        for jobs in args.jobs:
            seconds, cpu, terms = measure(subset, jobs)
            times[megabytes, jobs] = seconds
            base = times.get((args.sizes[0], jobs))
            ratio = f"{seconds / base:10.2f}" if base else f"{'':>10}"
            print(f"{actual:5.1f} {jobs:>4} {seconds:7.2f} {actual / seconds:6.2f} {cpu:7.2f} "
                  f"{actual / cpu:8.2f} {terms:>6} {ratio}", flush=True)
    if len(args.jobs) > 1:
        first, other = args.jobs[0], args.jobs[1]
        print(f"speed-up of --jobs {other} over --jobs {first}: " + ", ".join(
            f"{m} MB {times[m, first] / times[m, other]:.2f}x" for m in args.sizes))
    low, high = args.sizes[0], args.sizes[-1]
    for jobs in args.jobs:
        growth = times[high, jobs] / times[low, jobs]
        print(f"--jobs {jobs}: {high} MB takes {growth:.1f}x the time of {low} MB "
              f"(data {high / low:.0f}x)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {own:.0f} MB in the main process, {worker:.0f} MB in the largest "
          "worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
