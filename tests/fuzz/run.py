"""Fuzz the PO or TBX loader for longer than CI does: atheris (libFuzzer) when it is
installed, else hypothesis with many examples. A crash is saved under the work directory;
add it to REGRESSIONS in test_fuzz_loaders.py once it is fixed.

    python tests/fuzz/run.py po --seconds 600
    python tests/fuzz/run.py tbx --seconds 600 --hypothesis
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=["po", "tbx"])
    parser.add_argument("--seconds", type=int, default=600, help="how long to run")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "yongeo-fuzz",
                        help="corpus and crashes live here, kept between runs")
    parser.add_argument("--hypothesis", action="store_true", help="do not use atheris")
    options = parser.parse_args()
    work = options.work / options.target
    if not options.hypothesis and _has_atheris():
        return _atheris(options.target, options.seconds, work)
    return _hypothesis(options.target, options.seconds)


def _has_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed (pip install atheris); using hypothesis",
              file=sys.stderr)
        return False
    return True


def _atheris(target: str, seconds: int, work: Path) -> int:
    from test_fuzz_loaders import PO_SEEDS, TBX_SEEDS

    corpus, crashes = work / "corpus", work / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    for number, seed in enumerate(PO_SEEDS if target == "po" else TBX_SEEDS):
        (corpus / f"seed-{number}").write_bytes(seed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(HERE.parents[1] / "src"), str(HERE), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, str(HERE / "fuzz_loader.py"), target, str(corpus),
               f"-max_total_time={seconds}", f"-artifact_prefix={crashes}/",
               "-max_len=65536", "-rss_limit_mb=4096", "-print_final_stats=1"]
    print(" ".join(command), file=sys.stderr)
    return subprocess.call(command, env=env)


def _hypothesis(target: str, seconds: int) -> int:
    import test_fuzz_loaders as loaders
    from fuzz_targets import check_po, check_tbx
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    check = check_po if target == "po" else check_tbx
    seeds, tokens = ((loaders.PO_SEEDS, loaders.PO_TOKENS) if target == "po"
                     else (loaders.TBX_SEEDS, loaders.TBX_TOKENS))
    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        @settings(max_examples=2000, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(st.one_of(loaders.mutations(seeds, tokens), st.binary(max_size=2000)))
        def fuzz(data: bytes) -> None:
            check(data)

        fuzz()  # raises, with the smallest failing input, when a check fails
        rounds += 1
    print(f"{rounds * 2000} inputs, no failure", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
