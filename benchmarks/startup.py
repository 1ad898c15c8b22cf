"""Benchmark the command line's start-up against a minimal typer app, in the same run.

    PYTHONPATH=src python3 benchmarks/startup.py [--rounds 21] [--target 1.2]

Four commands run in turn, round after round, each in a fresh interpreter:

- baseline: a typer app of one command that prints one line (`minimal hello`);
- `yongeo lookup Takaichi` on the bundled glossary (its compiled cache warm);
- baseline TAB: the same minimal app asked for completions, as bash asks on TAB;
- yongeo TAB: `yongeo lookup --f<TAB>`, as bash asks;
- typer imported: `import typer` and one line printed, no command run. typer 0.29 converts
  each parameter's value with a pydantic validator, which the baseline pays for and yongeo
  does not (yongeo.cli_values); yongeo's time over this floor is printed too, as what its
  own modules and work cost.

Every program runs from bytecode compiled once beforehand, as an installed package does.

For each, the median wall time and the median CPU time (user + system, from the child's own
resource usage, which other load on the machine disturbs less) are printed, and the ratios
of yongeo to the baseline. Exit 1 when a CPU ratio is above --target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = '''import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    typer.echo(f"hello {name}")


app(prog_name="minimal")
'''


def measure(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (its output discarded)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env, cwd=cwd)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited with {code}: "
                         f"{process.stderr.read().decode(errors='replace')}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--target", type=float, default=1.2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "minimal.py").write_text(MINIMAL, encoding="utf-8")
        # Bytecode as an installed package has it (written once, by the warm-up run, under
        # the temporary directory rather than in the checkout).
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
               "XDG_CACHE_HOME": str(work / "cache"), "LANGUAGE": "en",
               "PYTHONPYCACHEPREFIX": str(work / "pycache")}
        for name in ("YONGEO_GLOSSARY", "YONGEO_NO_CACHE", "_YONGEO_COMPLETE",
                     "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        python = sys.executable
        cases = {
            "baseline": ([python, "minimal.py", "--name", "Takaichi"], {}),
            "yongeo lookup Takaichi": ([python, "-m", "yongeo", "lookup", "Takaichi"], {}),
            "baseline TAB": ([python, "minimal.py"], {
                "_MINIMAL_COMPLETE": "complete_bash", "COMP_WORDS": "minimal --n",
                "COMP_CWORD": "1"}),
            "yongeo TAB": ([python, "-m", "yongeo"], {
                "_YONGEO_COMPLETE": "complete_bash", "COMP_WORDS": "yongeo lookup --f",
                "COMP_CWORD": "2"}),
            "typer imported": ([python, "-c", "import typer; print('hello')"], {}),
        }
        for command, extra in cases.values():  # warm: caches, the OS's file cache
            measure(command, {**env, **extra}, work)
        walls: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        for _round in range(args.rounds):
            for name, (command, extra) in cases.items():
                wall, cpu = measure(command, {**env, **extra}, work)
                walls[name].append(wall)
                cpus[name].append(cpu)

    wall = {name: statistics.median(values) for name, values in walls.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    print(f"median of {args.rounds} rounds, Python {sys.version.split()[0]}")
    print(f"{'':<24} {'wall ms':>8} {'cpu ms':>8}")
    for name in cases:
        print(f"{name:<24} {wall[name] * 1000:>8.0f} {cpu[name] * 1000:>8.0f}")
    ratios = {
        "lookup / baseline": ("yongeo lookup Takaichi", "baseline"),
        "TAB / baseline TAB": ("yongeo TAB", "baseline TAB"),
    }
    failed = False
    for label, (ours, base) in ratios.items():
        wall_ratio, cpu_ratio = wall[ours] / wall[base], cpu[ours] / cpu[base]
        failed |= cpu_ratio > args.target
        print(f"{label:<24} {wall_ratio:>7.2f}x {cpu_ratio:>7.2f}x  (target {args.target}x)")
    floor = "typer imported"
    print(f"{'lookup / typer imported':<24} {wall['yongeo lookup Takaichi'] / wall[floor]:>7.2f}x "
          f"{cpu['yongeo lookup Takaichi'] / cpu[floor]:>7.2f}x  (yongeo's own share)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
