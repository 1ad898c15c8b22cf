"""Benchmark `yongeo lint` on a generated 20,000-term glossary and ~10 MB of aligned text.

    PYTHONPATH=src python3 benchmarks/lint.py [--terms 20000] [--megabytes 10] [--runs 3]

Everything is generated from a fixed seed, so two runs measure the same input. One run
reports:

- lint CPU time through the library (`lint_pair`, one process), and wall time through the
  CLI in a subprocess (cold: YONGEO_NO_CACHE=1; warm: the compiled glossary read from the
  cache), with `--jobs 1` and `--jobs 2` (one pair's chunks over two processes), and the
  library's lint_pair with jobs=1 and jobs=2, each pair of runs in turns;
- the floor: a raw ahocorasick_rs scan (and a pyahocorasick one) of the same texts for
  the same (folded) terms, every overlapping match, doing nothing with the hits;
- a digest of the findings, to compare two versions of lint on the same input;
- the baseline: one regular expression per term run over the text, measured on a sample
  and extrapolated to the full size (said so in the output);
- peak memory: each CLI subprocess's own peak resident memory (VmHWM, which a child's
  ru_maxrss overstates by this process's size; with --tracemalloc, also the library call's
  traced peak);
- start-up: `yongeo lookup` against `python -c pass` and an empty typer app (medians).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import ahocorasick
import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.glossary.model import Entry, Glossary, Status, Term, make_id
from yongeo.glossary.po import entry_to_po
from yongeo.lint import compile_glossary, lint_pair
from yongeo.text.normalize import fold, fold_term

SEED = 20260114

# Romanised syllables (Japanese-style names) and their Hangul, so names look like names.
_ROMAJI = [("ka", "카"), ("ki", "키"), ("ko", "코"), ("sa", "사"), ("shi", "시"), ("su", "스"),
           ("ta", "타"), ("to", "토"), ("na", "나"), ("ni", "니"), ("no", "노"), ("ha", "하"),
           ("hi", "히"), ("mi", "미"), ("mo", "모"), ("ra", "라"), ("ri", "리"), ("ro", "로"),
           ("ya", "야"), ("yo", "요"), ("wa", "와"), ("da", "다"), ("ga", "가"), ("go", "고"),
           ("be", "베"), ("ke", "케"), ("se", "세"), ("te", "테"), ("chi", "치"), ("fu", "후")]
_EN_SYLLABLES = ["con", "tra", "ver", "del", "im", "por", "sta", "gen", "mar", "lin", "ex",
                 "pro", "tec", "val", "ori", "ent", "ian", "ous", "ive", "ate", "ment", "ion",
                 "al", "ic", "ter", "nal", "sec", "form", "dis", "bal"]
_FILLER_EN = """the of and to in a is that for it as was with be by on not he this are or his
from at which but have an they you were her she there been one all we their has would when
who will more no if out so said what up its about into than them can only other new some
could time these two may then do first any my now such like our over man me even most made
after also did many before must through back years where much your way well down should
because each just those people how too little state good very make world still own see men
work long get here between both life being under never day same another know while last
might us great old year off come since against go came right used take three government
minister talks leaders meeting visit agreed countries officials both sides week during
according policy said would further relations plans next issue""".split()
_HANGUL_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4, 37)]
_PARTICLES = ["", "", "", "은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "도",
              "으로", "로", "까지", "부터", "에게"]


def _pseudo_en(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_EN_SYLLABLES) for _ in range(parts))


def _pseudo_ko(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_HANGUL_SYLLABLES) for _ in range(syllables))


def make_glossary(count: int, rng: random.Random) -> Glossary:
    """`count` entries: a third names (romaji with their Hangul), the rest concepts made of
    pseudo-words; some admitted and deprecated variants, a few case-sensitive acronyms."""
    en_words = sorted({_pseudo_en(rng, rng.randint(2, 4)) for _ in range(6000)})
    ko_words = sorted({_pseudo_ko(rng, rng.randint(2, 3)) for _ in range(6000)})
    entries: list[Entry] = []
    seen_en: set[str] = set()
    seen_ko: set[str] = set()
    while len(entries) < count:
        kind = rng.random()
        variants: list[Term] = []
        case_sensitive = False
        if kind < 0.33:
            pieces = [rng.choice(_ROMAJI) for _ in range(rng.randint(3, 5))]
            en = "".join(p[0] for p in pieces).capitalize()
            ko = "".join(p[1] for p in pieces)
            entry_type = rng.choice(["person", "place"])
            if rng.random() < 0.3:  # a deprecated tensed or aspirated spelling
                variants.append(Term(ko.replace("카", "까").replace("타", "따")
                                     if ("카" in ko or "타" in ko) else ko + "오", "ko",
                                     Status.DEPRECATED))
        elif kind < 0.36:
            en = "".join(rng.choice("ABCDEFGHKLMNPRSTUW") for _ in range(rng.randint(3, 5)))
            ko = en
            entry_type = "organization"
            case_sensitive = True
        else:
            size = rng.randint(1, 3)
            en = " ".join(rng.choice(en_words) for _ in range(size))
            ko = " ".join(rng.choice(ko_words) for _ in range(size))
            entry_type = rng.choice(["concept", "organization", "event", "title"])
            if rng.random() < 0.25:
                variants.append(Term(" ".join(rng.choice(ko_words) for _ in range(size)), "ko",
                                     Status.ADMITTED))
            if rng.random() < 0.15:
                variants.append(Term(_pseudo_en(rng, 3) + " " + en.split()[-1], "en",
                                     Status.DEPRECATED))
        if en.lower() in seen_en or ko in seen_ko:
            continue
        if any(t.text.lower() in seen_en or t.text in seen_ko for t in variants):
            continue
        seen_en.add(en.lower())
        seen_ko.add(ko)
        seen_en.update(t.text.lower() for t in variants if t.lang == "en")
        seen_ko.update(t.text for t in variants if t.lang == "ko")
        terms = (Term(en, "en", Status.PREFERRED), Term(ko, "ko", Status.PREFERRED), *variants)
        entries.append(Entry(f"{make_id(en)}-{len(entries)}", entry_type, terms,
                             case_sensitive=case_sensitive,
                             untranslated=case_sensitive))
    return Glossary(tuple(entries))


def make_texts(glossary: Glossary, megabytes: float, rng: random.Random) -> tuple[str, str]:
    """Aligned paragraphs: English filler with glossary terms, and a Korean draft with their
    translations; a few deprecated variants, omissions, typos and spacing variants."""
    entries = glossary.entries
    ko_filler = [_pseudo_ko(rng, rng.randint(1, 3)) for _ in range(3000)]
    src_parts: list[str] = []
    draft_parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        en_words: list[str] = []
        ko_words: list[str] = []
        for _ in range(rng.randint(50, 110)):
            if rng.random() < 0.09:
                entry = rng.choice(entries)
                en_words.append(entry.en)
                choice = rng.random()
                accepted = entry.terms_in("ko", Status.PREFERRED, Status.ADMITTED)
                deprecated = entry.terms_in("ko", Status.DEPRECATED)
                if choice < 0.02:
                    continue  # left out: term.missing
                if choice < 0.05 and deprecated:
                    ko = deprecated[0].text
                elif choice < 0.06:
                    ko = _typo(entry.ko, rng)
                else:
                    ko = rng.choice(accepted).text
                if " " in ko and rng.random() < 0.2:
                    ko = ko.replace(" ", "")  # spacing variant, not an error
                ko_words.append(ko + rng.choice(_PARTICLES))
            else:
                en_words.append(rng.choice(_FILLER_EN))
                ko_words.append(rng.choice(ko_filler) + rng.choice(_PARTICLES))
        source = " ".join(en_words).capitalize() + "."
        draft = " ".join(ko_words) + "."
        src_parts.append(_wrap(source, rng))
        draft_parts.append(_wrap(draft, rng))
        size += len(source.encode()) + len(draft.encode()) + 4
    return "\n\n".join(src_parts) + "\n", "\n\n".join(draft_parts) + "\n"


def _typo(word: str, rng: random.Random) -> str:
    index = rng.randrange(len(word))
    if not ("가" <= word[index] <= "힣"):
        return word
    return word[:index] + chr(ord(word[index]) + 28 * rng.choice([-1, 1])) + word[index + 1:]


def _wrap(text: str, rng: random.Random) -> str:
    """Break some paragraphs into lines, the way editors save them."""
    if rng.random() < 0.5:
        return text
    words = text.split(" ")
    lines, line = [], []
    for word in words:
        line.append(word)
        if len(line) >= 14:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def write_po(glossary: Glossary, path: Path) -> None:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Language": "ko", "MIME-Version": "1.0",
                   "Content-Type": "text/plain; charset=UTF-8",
                   "Content-Transfer-Encoding": "8bit",
                   "Plural-Forms": "nplurals=1; plural=0;"}
    for entry in glossary.entries:
        po.append(entry_to_po(entry))
    po.save(str(path))


# --- measurements -------------------------------------------------------------------------


def timed(function, runs: int, clock=time.perf_counter) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        start = clock()
        result = function()
        times.append(clock() - start)
    return statistics.median(times), result


def rs_floor(glossary: Glossary, texts: list[str]) -> tuple[float, int] | None:
    """A raw ahocorasick_rs scan (CPU seconds, median of 3): the folded terms, lower-cased
    text, every overlapping match counted; None when ahocorasick_rs is not installed."""
    try:
        import ahocorasick_rs
    except ImportError:
        return None
    terms = sorted({fold_term(t.text) for e in glossary for t in e.terms} - {""})
    automaton = ahocorasick_rs.AhoCorasick(terms)
    lowered = [t.lower() for t in texts]

    def scan() -> int:
        return sum(len(automaton.find_matches_as_indexes(text, overlapping=True))
                   for text in lowered)

    return timed(scan, 3, time.process_time)  # type: ignore[return-value]


def digest(findings) -> str:
    """The findings in order, as one short hash: equal digests, identical findings."""
    text = "\n".join(f"{f.path}|{f.rule}|{f.severity.value}|{f.start}|{f.end}|{f.line}|"
                     f"{f.column}|{f.message}|{f.suggestion}" for f in findings)
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def floor_scan(glossary: Glossary, texts: list[str]) -> tuple[float, int]:
    """A bare Aho–Corasick scan: the same folded terms, lower-cased text, hits counted."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for index, term in enumerate({fold_term(t.text) for e in glossary for t in e.terms}):
        if term:
            automaton.add_word(term, index)
    automaton.make_automaton()
    lowered = [t.lower() for t in texts]

    def scan() -> int:
        hits = 0
        for text in lowered:
            for _hit in automaton.iter(text):
                hits += 1
        return hits

    seconds, hits = timed(scan, 3)
    return seconds, hits  # type: ignore[return-value]


def naive_regex(glossary: Glossary, texts: list[str], sample_chars: int) -> tuple[float, float]:
    """One compiled pattern per term, each run over a sample of the text; extrapolated."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(t.text) + r"(?!\w)", re.IGNORECASE)
                for e in glossary for t in e.terms]
    sample = "\n\n".join(t[: sample_chars // len(texts)] for t in texts)
    start = time.perf_counter()
    for pattern in patterns:
        for _match in pattern.finditer(sample):
            pass
    seconds = time.perf_counter() - start
    total = sum(len(t) for t in texts)
    return seconds, seconds * total / len(sample)


def run_cli(args: list[str], env: dict[str, str]) -> float:
    return run_cli_rss(args, env)[0]


def run_cli_rss(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and maximum RSS (MiB) of one CLI subprocess."""
    seconds, rss, _cpu = run_cli_usage(args, env)
    return seconds, rss


# Runs `python -m yongeo ARGS...` and, at its exit, writes the process's own peak resident
# memory (VmHWM, kB) to the file named first. The child's ru_maxrss cannot tell it: a child
# that this (large) process starts with vfork or fork carries this process's resident size
# into its maximum, until and through its exec.
_PEAK = """import atexit, runpy, sys
out = sys.argv.pop(1)
def peak():
    with open("/proc/self/status") as status, open(out, "w") as handle:
        handle.write(next(l.split()[1] for l in status if l.startswith("VmHWM:")))
atexit.register(peak)
sys.argv[0] = "yongeo"
runpy.run_module("yongeo", run_name="__main__", alter_sys=True)
"""


def run_cli_usage(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident memory (MiB, VmHWM: its own, not this process's, and not
    a pool's workers') and CPU seconds (user + system) of one CLI subprocess."""
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", _PEAK, peak.name, *args], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _pid, _status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = 0
        written = Path(peak.name).read_text().strip()
    return seconds, int(written) / 1024 if written else float("nan"), \
        usage.ru_utime + usage.ru_stime


def paired_walls(first, second, runs: int) -> tuple[float, float]:
    """Median wall seconds of two functions, run in turns (so that a machine's changing
    load weighs on both alike)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for function, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            function()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def median_run(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=20_000)
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=9)
    parser.add_argument("--sample", type=int, default=10_000,
                        help="characters of text the naive regex loop is timed on")
    parser.add_argument("--keep", type=Path, help="write the generated files here")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace the library call's allocations (slow)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    args = parser.parse_args()

    rng = random.Random(SEED)
    build_start = time.perf_counter()
    glossary = make_glossary(args.terms, rng)
    source, draft = make_texts(glossary, args.megabytes, rng)
    print(f"generated {len(glossary)} entries, "
          f"{sum(len(e.terms) for e in glossary)} terms; source {len(source.encode()) / 1e6:.1f} "
          f"MB ({len(source):,} chars), draft {len(draft.encode()) / 1e6:.1f} MB "
          f"({len(draft):,} chars), {source.count(chr(10) * 2) + 1:,} paragraphs each "
          f"[{time.perf_counter() - build_start:.1f} s]")

    work = args.keep or Path(tempfile.mkdtemp(prefix="yongeo-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    po_path = work / "glossary.po"
    src_path, draft_path = work / "source.en.txt", work / "draft.ko.txt"
    write_po(glossary, po_path)
    src_path.write_text(source, encoding="utf-8")
    draft_path.write_text(draft, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "XDG_CACHE_HOME": str(work / "cache")}

    compile_seconds, index = timed(lambda: compile_glossary(glossary, use_cache=False), 1)
    lib_seconds, findings = timed(lambda: lint_pair(source, draft, index), args.runs,
                                  time.process_time)
    by_rule: dict[str, int] = {}
    for finding in findings:  # type: ignore[union-attr]
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    floor_seconds, floor_hits = floor_scan(glossary, [source, draft])
    rs = rs_floor(glossary, [source, draft])
    sample_seconds, naive_seconds = naive_regex(glossary, [source, draft], args.sample)

    cli_args = ["lint", str(draft_path), "--source", str(src_path), "-g", str(po_path),
                "--format", "json"]
    pooled: list = []
    lib_one, lib_two = paired_walls(lambda: lint_pair(source, draft, index, jobs=1),
                                    lambda: pooled.append(lint_pair(source, draft, index,
                                                                    jobs=2)),
                                    args.runs)
    cold_runs = [run_cli_usage(cli_args, {**env, "YONGEO_NO_CACHE": "1"})
                 for _ in range(args.runs)]
    cold = statistics.median(seconds for seconds, _rss, _cpu in cold_runs)
    cold_cpu = statistics.median(cpu for _seconds, _rss, cpu in cold_runs)
    run_cli(cli_args, env)  # fills the cache
    warm_runs = [run_cli_usage(cli_args, env) for _ in range(args.runs)]
    warm = statistics.median(seconds for seconds, _rss, _cpu in warm_runs)
    warm_cpu = statistics.median(cpu for _seconds, _rss, cpu in warm_runs)
    cold_rss = max(rss for _seconds, rss, _cpu in cold_runs)
    warm_rss = max(rss for _seconds, rss, _cpu in warm_runs)
    one_job, two_jobs = paired_walls(lambda: run_cli([*cli_args, "--jobs", "1"], env),
                                     lambda: run_cli([*cli_args, "--jobs", "2"], env),
                                     args.runs)

    traced_peak = None
    if args.tracemalloc:  # slow: every allocation of a 10 MB run is traced
        tracemalloc.start()
        lint_pair(source, draft, index)
        _current, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    folded_chars = sum(len(fold(t).text) for t in (source, draft))
    print(f"\nlint (library, lint_pair, compiled glossary given), CPU, median of {args.runs}: "
          f"{lib_seconds:.2f} s  ({lib_seconds / floor_seconds:.1f}x the pyahocorasick floor"
          + (f", {lib_seconds / rs[0]:.1f}x the ahocorasick_rs floor)" if rs else ")"))
    print(f"   findings: {len(findings)} {dict(sorted(by_rule.items()))}, "  # type: ignore[arg-type]
          f"digest {digest(findings)}")
    print(f"compile the glossary (matcher + spelling index, no cache): {compile_seconds:.2f} s")
    print(f"lint (CLI subprocess, JSON out), cold, no cache: {cold:.2f} s  "
          f"({cold / floor_seconds:.1f}x the floor); CPU {cold_cpu:.2f} s")
    print(f"lint (CLI subprocess, JSON out), warm cache:    {warm:.2f} s  "
          f"({warm / floor_seconds:.1f}x the floor); CPU {warm_cpu:.2f} s"
          + (f" ({warm_cpu / rs[0]:.1f}x the ahocorasick_rs floor)" if rs else ""))
    print(f"lint (CLI subprocess, JSON out), warm, --jobs 1: {one_job:.2f} s; --jobs 2: "
          f"{two_jobs:.2f} s  (speed-up {one_job / two_jobs:.2f}x; wall, in turns)")
    print(f"lint_pair (library), wall, in turns: jobs=1 {lib_one:.2f} s; jobs=2 "
          f"{lib_two:.2f} s  (speed-up {lib_one / lib_two:.2f}x); jobs=2 findings digest "
          f"{digest(pooled[-1])}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"floor: bare pyahocorasick scan, {floor_hits:,} raw hits over {folded_chars:,} "
          f"folded chars, median of 3: {floor_seconds:.2f} s")
    if rs:
        print(f"floor: raw ahocorasick_rs scan (overlapping), {rs[1]:,} matches, CPU, median "
              f"of 3: {rs[0]:.2f} s")
    else:
        print("floor: ahocorasick_rs is not installed (pip install ahocorasick-rs)")
    print(f"baseline: naive per-term regex loop, {sum(len(e.terms) for e in glossary):,} "
          f"patterns, timed on a {args.sample:,}-char sample ({sample_seconds:.1f} s) and "
          f"extrapolated: {naive_seconds:.0f} s  ({naive_seconds / floor_seconds:.0f}x the "
          f"floor, {naive_seconds / lib_seconds:.0f}x lint)")
    print(f"peak memory: CLI subprocess peak RSS (VmHWM) {cold_rss:.0f} MiB cold, {warm_rss:.0f} MiB "
          "warm" + (f"; library call tracemalloc peak {traced_peak / 2**20:.0f} MiB"
                    if traced_peak is not None else ""))

    if args.no_startup:
        print(f"\nfiles in {work}")
        return
    py = sys.executable
    empty_typer = ("import typer\napp = typer.Typer()\n@app.command()\ndef main() -> None:\n"
                   "    pass\napp()")
    startup_env = {**env, "YONGEO_NO_CACHE": "1"}
    bare = median_run([py, "-c", "pass"], startup_env, args.startup_runs)
    typer_app = median_run([py, "-c", empty_typer], startup_env, args.startup_runs)
    lookup = median_run([py, "-m", "yongeo", "lookup", "Takaichi"], startup_env,
                        args.startup_runs)
    print(f"\nstart-up, median of {args.startup_runs}: python -c pass {bare * 1000:.0f} ms; "
          f"empty typer app {typer_app * 1000:.0f} ms; yongeo lookup Takaichi (bundled "
          f"glossary) {lookup * 1000:.0f} ms")
    print(f"\nfiles in {work}")


if __name__ == "__main__":
    main()
