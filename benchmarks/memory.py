"""Benchmark lint's memory and time on one huge token: a word of 1 MB or 5 MB, no spaces.

    PYTHONPATH=src python3 benchmarks/memory.py [--sizes 1 5] [--limit-mb 300]

Each case runs in a child process of its own, so its peak memory (ru_maxrss) is its own:
a Latin token (a misspelt name repeated: Takaichy...) and a Hangul one (위성낙...), as a
single text and as the draft of a pair, through the library (lint_text, lint_pair) and
through the CLI (`yongeo lint`). A tiny text gives the baseline (interpreter, glossary,
wordfreq lists). Growth is linear when going from the smallest to the largest size costs
no more than the ratio of the sizes (with 20% slack) above the baseline, in memory and in
time. Exit 1 when a peak passes --limit-mb or growth is not linear.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GLOSSARY = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

# id: takaichi-sanae
# type: person
# en-admitted: Takaichi
# ko-admitted: 다카이치
msgid "Takaichi Sanae"
msgstr "다카이치 사나에"

# id: wi-sung-lac
# type: person
msgid "Wi Sung-lac"
msgstr "위성락"

# id: institutionalization
# type: concept
msgid "institutionalization"
msgstr "제도화"

# id: transnational-crime
# type: concept
msgid "transnational crime"
msgstr "초국가범죄"
"""
UNITS = {"latin": ("Takaichy", "위성락 실장이 말했다."),  # (repeated unit, the other side)
         "hangul": ("위성낙", "Wi Sung-lac said so.")}

# The child: lint the files named on its command line, then print its peak RSS (KB) and
# the seconds the lint took. "library" calls lint_text / lint_pair; "cli" runs main().
CHILD = r"""
import resource, sys, time
sys.path.insert(0, {src!r})
how, glossary, draft, source = sys.argv[1:5]
start = time.perf_counter()
if how == "cli":
    from yongeo.cli import main
    args = ["lint", "--fail-on", "none", "-g", glossary, draft]
    if source != "-":
        args += ["--source", source]
    try:
        main(args)
    except SystemExit as exit:
        code = exit.code
else:
    from yongeo.glossary.stored import load_po_glossary
    from yongeo.lint import LintIndex, lint_pair, lint_text
    index = LintIndex.build(load_po_glossary(glossary))
    text = open(draft, encoding="utf-8").read()
    if source == "-":
        lint_text(text, index)
    else:
        lint_pair(open(source, encoding="utf-8").read(), text, index)
seconds = time.perf_counter() - start
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, seconds, file=sys.stderr)
"""


def run_case(how: str, glossary: Path, draft: Path, source: Path | None) -> tuple[float, float]:
    """Peak memory (MB) and seconds of one lint in a fresh child process."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(src=str(ROOT / "src")), how, str(glossary),
         str(draft), str(source) if source else "-"],
        capture_output=True, text=True, env={**os.environ, "YONGEO_NO_CACHE": "1"},
        check=False)
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    if "Traceback" in result.stderr or len(last.split()) != 2:
        raise SystemExit(f"{how} {draft.name}: failed\n{result.stderr[-2000:]}")
    rss_kb, seconds = last.split()
    return int(rss_kb) / 1024, float(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5],
                        help="token sizes in megabytes (default: 1 5)")
    parser.add_argument("--limit-mb", type=float, default=300,
                        help="the largest peak allowed (default: 300)")
    options = parser.parse_args()
    sizes = sorted(options.sizes)
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        glossary = tmp / "glossary.po"
        glossary.write_text(GLOSSARY, encoding="utf-8")
        print(f"{'script':7} {'as':5} {'via':8} {'MB':>5} {'peak MB':>8} {'seconds':>8}")
        for script, (unit, other) in UNITS.items():
            for shape in ("text", "pair"):
                for how in ("library", "cli"):
                    rows = []
                    for size in [0, *sizes]:
                        count = max(1, int(size * 1024 * 1024 / len(unit.encode())))
                        draft = tmp / f"{script}-{size}.txt"
                        draft.write_text(unit * count + "\n", encoding="utf-8")
                        source = None
                        if shape == "pair":
                            source = tmp / f"{script}-source.txt"
                            source.write_text(other + "\n", encoding="utf-8")
                        peak, seconds = run_case(how, glossary, draft, source)
                        rows.append((size, peak, seconds))
                        print(f"{script:7} {shape:5} {how:8} {size:5g} {peak:8.1f} "
                              f"{seconds:8.2f}", flush=True)
                    failed += _judge(f"{script} {shape} {how}", rows, options.limit_mb)
    for line in failed:
        print("FAIL:", line)
    if not failed:
        print(f"every peak under {options.limit_mb:g} MB; memory and time grow linearly")
    return 1 if failed else 0


def _judge(name: str, rows: list[tuple[float, float, float]], limit: float) -> list[str]:
    """Limits and linearity: from the smallest real size to the largest, the cost above
    the baseline grows no faster than the size (20% slack, 0.2 s and 5 MB of noise
    allowed). The baseline is the cheapest run: the tiny text may cost more than a huge
    token, as a misspelling in it loads the frequency lists and a huge token loads none."""
    out = [f"{name}: {peak:.0f} MB at {size:g} MB" for size, peak, _s in rows if peak > limit]
    if len(rows) < 3:
        return out
    base_peak = min(peak for _size, peak, _s in rows)
    base_time = min(seconds for _size, _p, seconds in rows)
    (small, small_peak, small_time), (large, large_peak, large_time) = rows[1], rows[-1]
    ratio = large / small * 1.2
    if large_peak - base_peak > ratio * max(small_peak - base_peak, 5):
        out.append(f"{name}: memory grows faster than the input")
    if large_time - base_time > ratio * max(small_time - base_time, 0.2):
        out.append(f"{name}: time grows faster than the input")
    return out


if __name__ == "__main__":
    sys.exit(main())
