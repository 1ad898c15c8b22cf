"""Fetch the held-out PO files benchmarks/accuracy.py scores with --held-out.

    python3 benchmarks/fetch_held_out.py DIR

Korean translations of two projects no lint rule was written on, as their releases ship
them: Django 5.1 (the framework's and its contrib apps' catalogs) and Sphinx 8.1.3. They are
downloaded with pip from the package index pip is configured with, and only their Korean
PO files are kept, as DIR/django/contrib/admin/django.po, DIR/sphinx/sphinx.po and so on
(the locale folders left out of the path). Nothing is copied into the
repository; both projects are BSD-licensed. Without network or index, it says so and exits 0.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

# (requirement, pip options): a wheel, and a source archive (Sphinx's wheel has no PO files)
RELEASES = (
    ("django==5.1", ["--only-binary", ":all:"]),
    ("sphinx==8.1.3", ["--no-binary", ":all:"]),
)
MARKER = "/locale/ko/LC_MESSAGES/"  # where a release keeps its Korean catalogs


def korean_catalogs(archive: Path, marker: str) -> dict[str, bytes]:
    """The archive's PO files under a Korean locale folder, by their path inside it."""
    if archive.suffix == ".whl" or archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as opened:
            return {name: opened.read(name) for name in opened.namelist()
                    if marker in name and name.endswith(".po")}
    with tarfile.open(archive) as opened:
        return {member.name.split("/", 1)[1]: opened.extractfile(member).read()
                for member in opened.getmembers()
                if member.isfile() and marker in member.name and member.name.endswith(".po")}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    target = Path(args[0])
    with tempfile.TemporaryDirectory() as tmp:
        for requirement, options in RELEASES:
            done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                                   "--quiet", "--dest", tmp, *options, requirement],
                                  capture_output=True, text=True)
            if done.returncode:
                print(f"could not download {requirement}: nothing fetched "
                      f"({done.stderr.strip().splitlines()[-1] if done.stderr else 'pip failed'})")
                return 0
        count = 0
        for archive in sorted(Path(tmp).iterdir()):
            for inside, data in korean_catalogs(archive, MARKER).items():
                # django/contrib/admin/locale/ko/LC_MESSAGES/django.po as
                # django/contrib/admin/django.po
                path = target / inside.replace(MARKER, "/")
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                count += 1
    print(f"{count} Korean PO files under {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
