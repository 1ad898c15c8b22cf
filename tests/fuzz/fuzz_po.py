"""atheris target for the PO loader (what must hold: fuzz_targets.check_po).

Run it through tests/fuzz/run.py, which seeds a corpus from the project's PO files.
"""

import sys

import atheris

with atheris.instrument_imports(include=["yongeo", "polib", "fuzz_targets"]):
    import fuzz_targets


def main() -> None:
    atheris.Setup(sys.argv, fuzz_targets.check_po)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
