"""atheris target for the TBX loader (what must hold: fuzz_targets.check_tbx).

Run it through tests/fuzz/run.py, which seeds a corpus from the project's TBX files.
"""

import sys

import atheris

with atheris.instrument_imports(include=["yongeo", "defusedxml", "fuzz_targets"]):
    import fuzz_targets


def main() -> None:
    atheris.Setup(sys.argv, fuzz_targets.check_tbx)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
