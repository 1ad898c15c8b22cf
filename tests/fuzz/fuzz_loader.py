"""atheris target for a loader: `fuzz_loader.py po|tbx CORPUS [libFuzzer options]`.

What must hold is in fuzz_targets (check_po, check_tbx). Run it through tests/fuzz/run.py,
which seeds a corpus from the project's PO or TBX files.
"""

import sys

import atheris

with atheris.instrument_imports(include=["yongeo", "polib", "defusedxml", "fuzz_targets"]):
    import fuzz_targets

CHECKS = {"po": fuzz_targets.check_po, "tbx": fuzz_targets.check_tbx}


def main() -> None:
    target = sys.argv.pop(1)
    atheris.Setup(sys.argv, CHECKS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
