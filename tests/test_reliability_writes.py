"""Nothing is lost: every command that writes does it atomically under the lock, a write
killed at any step leaves the old file whole, a failed rename changes nothing, and any PO
file yongeo reads is saved back byte for byte when nothing in it changed."""

from __future__ import annotations

import ast
import errno
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import polib
import pytest
from conftest import BUNDLED_PO, ROOT, SAMPLE_PO, make_entry
from in_process import run_yongeo
from test_po_store import msgfmt_check

from yongeo.errors import EditError
from yongeo.files import atomic_write, exclusive_lock
from yongeo.glossary.po import PoStore
from yongeo.glossary.stored import load_po_glossary

TBX = (ROOT / "tests" / "data" / "weblate-ko.tbx").read_bytes()
TEMPLATE = (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            b'#. type: place\n#: a.txt:1\nmsgid "Nara"\nmsgstr ""\n')
PENDING = SAMPLE_PO.encode()  # holds one fuzzy entry for `yongeo review`

# Every command that writes a file: (id, arguments, files before, the file it writes).
WRITERS = [
    ("add", "add Nara 나라 -g g.po", {"g.po": PENDING}, "g.po"),
    ("edit", "edit Osaka --note Japan's-second-city -g g.po", {"g.po": PENDING}, "g.po"),
    ("remove", "remove Osaka -g g.po", {"g.po": PENDING}, "g.po"),
    ("import-tsv", "import t.tsv --into g.po", {"t.tsv": "Nara\t나라\n".encode(),
                                                 "g.po": PENDING}, "g.po"),
    ("import-tbx", "import t.tbx -f tbx --into g.po", {"t.tbx": TBX, "g.po": PENDING}, "g.po"),
    ("update", "update t.pot g.po --no-suggest", {"t.pot": TEMPLATE, "g.po": PENDING}, "g.po"),
    ("review", "review g.po", {"g.po": PENDING}, "g.po"),
    ("export", "export -f tbx -o out.tbx -g g.po", {"g.po": PENDING, "out.tbx": b"old\n"},
     "out.tbx"),
    ("lint", "lint k.txt -f json -o out.json", {"k.txt": "오오사카.\n".encode(),
                                                "out.json": b"old\n"}, "out.json"),
    ("extract", "extract -q k.txt -o out.pot", {"k.txt": b"The Nara Treaty in Nara.\n",
                                                 "out.pot": b"old\n"}, "out.pot"),
    ("init", "init .", {}, "yongeo.toml"),
]

# A child that runs the CLI with one step of the write sabotaged.
CHILD = r"""
import errno, os, signal, sys
step, args = sys.argv[1], sys.argv[2:]

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if step == "kill-before-rename":
    os.replace = die
elif step == "kill-at-fsync":  # the temporary file is written but not yet durable
    os.fsync = die
elif step == "kill-mid-write":
    real_fdopen = os.fdopen

    class HalfWritten:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return False
        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            die()

    os.fdopen = lambda fd, *a, **k: HalfWritten(real_fdopen(fd, *a, **k))
elif step == "kill-after-rename":
    real_replace = os.replace

    def replace_then_die(src, dst):
        real_replace(src, dst)
        die()

    os.replace = replace_then_die
elif step == "rename-fails":
    def no_space(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.replace = no_space
elif step == "fsync-fails":
    def io_error(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))
    os.fsync = io_error

from yongeo.cli import main
main(args)
"""


def environment(work: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "C",
           "YONGEO_NO_CACHE": "1", "XDG_CACHE_HOME": str(work.parent / "cache")}
    for name in ("YONGEO_GLOSSARY", "LANGUAGE"):
        env.pop(name, None)
    return env


def run(step: str | None, args: str, work: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", CHILD, step] if step else [sys.executable, "-m", "yongeo"]
    return subprocess.run([*command, *args.split()], check=False, cwd=work,
                          env=environment(work), input="a\n", capture_output=True, text=True,
                          timeout=120)


def run_here(args: str, work: Path) -> subprocess.CompletedProcess:
    """The command in this process, where how it ends is not under test: as `run`."""
    return run_yongeo(args.split(), work, stdin="a\n", env={
        "LC_ALL": "C", "YONGEO_NO_CACHE": "1", "XDG_CACHE_HOME": str(work.parent / "cache"),
        "YONGEO_GLOSSARY": None, "LANGUAGE": None})


def no_space(src, dst):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def setup(tmp_path: Path, files: dict[str, bytes]) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    for name, data in files.items():
        (work / name).write_bytes(data)
    return work


def leftovers(work: Path) -> list[str]:
    return sorted(p.name for p in work.rglob(".*") if p.suffix in (".tmp", ".lock"))


def readable(path: Path) -> None:
    """The written file is whole: a PO file loads, any other is complete text."""
    if path.suffix in (".po", ".pot"):
        PoStore.open(path)
    else:
        path.read_text(encoding="utf-8")


INTERRUPTIONS = [
    pytest.param(step, *writer[1:], id=f"{writer[0]}-{step}")
    for writer in WRITERS for step in ("kill-before-rename", "rename-fails")]


@pytest.mark.parametrize(("step", "args", "files", "target"), INTERRUPTIONS)
def test_an_interrupted_write_leaves_the_old_file(tmp_path, monkeypatch, step, args, files,
                                                  target):
    work = setup(tmp_path, files)
    before = {p.name: p.read_bytes() for p in work.iterdir()}
    if step == "rename-fails":  # a failure the command reports: no process need die
        with monkeypatch.context() as patched:
            patched.setattr(os, "replace", no_space)
            result = run_here(args, work)
    else:
        result = run(step, args, work)
    if step == "rename-fails":
        assert result.returncode == 2, result.stderr
        line, = result.stderr.splitlines()[-1:]
        assert line.startswith("yongeo: ") and "No space left" in line
        assert "Traceback" not in result.stderr
        assert leftovers(work) == []
    else:
        assert result.returncode == -signal.SIGKILL, result.stderr
    if target in before:
        assert (work / target).read_bytes() == before[target]
    else:  # init: nothing half-made that a second init would trip over
        assert not (work / target).exists()
    # The lock died with the process: the same command now runs, and clears what was left.
    again = run_here(args, work)
    assert again.returncode in (0, 1), again.stderr
    readable(work / target)
    assert leftovers(work) == []


@pytest.mark.parametrize("step", ["kill-mid-write", "kill-at-fsync", "kill-after-rename",
                                  "fsync-fails"])
def test_every_step_of_a_save(tmp_path, step):
    work = setup(tmp_path, {"g.po": BUNDLED_PO.read_bytes()})
    before = (work / "g.po").read_bytes()
    result = run(step, "add Nara-Dreamland 나라드림랜드 -g g.po", work)
    after = (work / "g.po").read_bytes()
    if step == "kill-after-rename":  # renamed: the new file, whole
        assert result.returncode == -signal.SIGKILL
        old = load_po_glossary(BUNDLED_PO).entries
        new = load_po_glossary(work / "g.po")
        assert new.get("nara-dreamland") is not None and set(old) < set(new.entries)
    else:
        assert after == before
        assert result.returncode == (2 if step == "fsync-fails" else -signal.SIGKILL)
    msgfmt_check(work / "g.po")


def test_killed_at_random_moments_the_glossary_stays_whole(tmp_path):
    """A process adding entries one by one is killed at arbitrary moments; every time the
    file loads, passes msgfmt, keeps every old entry and holds a prefix of the new ones."""
    path = tmp_path / "g.po"
    path.write_bytes(BUNDLED_PO.read_bytes())
    old = {e.id: e for e in load_po_glossary(path)}
    script = ("import sys; from yongeo.glossary.edit import add_entry, new_entry\n"
              "for n in range(int(sys.argv[2]), 400):\n"
              "    add_entry(sys.argv[1], new_entry(f'generated term {n}', f'생성 용어 {n}'))\n")
    chance = random.Random(6)
    added = 0
    for _ in range(4):
        child = subprocess.Popen([sys.executable, "-c", script, str(path), str(added)],
                                 env=environment(tmp_path), stderr=subprocess.PIPE)
        time.sleep(chance.uniform(0.5, 1.5))  # where it is killed, not what is asserted
        child.kill()
        child.communicate()
        glossary = {e.id: e for e in load_po_glossary(path)}
        assert all(glossary[key] == entry for key, entry in old.items())
        new = sorted(int(e.en.rsplit(" ", 1)[1]) for e in glossary.values()
                     if e.en.startswith("generated term"))
        assert new == list(range(len(new)))
        added = len(new)
        msgfmt_check(path)
    # The next write (of a term the glossary does not have) clears what was left.
    assert run(None, f"add Nara-Dreamland 나라드림랜드 -g {path}", tmp_path).returncode == 0
    assert leftovers(tmp_path) == []


# --- atomic_write and the lock ------------------------------------------------------------


def test_atomic_write_keeps_permissions_and_honours_the_umask(tmp_path):
    old = tmp_path / "old.po"
    old.write_text("x")
    old.chmod(0o640)
    atomic_write(old, "y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_text() == "y"
    umask = os.umask(0o027)
    try:
        atomic_write(tmp_path / "new.po", "z")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.po").stat().st_mode) == 0o640  # not mkstemp's 0600


def test_atomic_write_goes_through_a_symbolic_link(tmp_path):
    real = tmp_path / "shared" / "ko.po"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "ko.po"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_atomic_write_refuses_what_it_cannot_write(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(EditError, match="directory"):
        atomic_write(tmp_path / "dir", "x")
    with pytest.raises(EditError, match="no such directory"):
        atomic_write(tmp_path / "missing" / "x.po", "x")


def test_the_lock_is_reentrant_and_leaves_no_file(tmp_path):
    target = tmp_path / "g.po"
    with exclusive_lock(target):
        assert (tmp_path / ".g.po.lock").exists()
        atomic_write(target, "saved under the lock already held")
    assert target.read_text().startswith("saved") and leftovers(tmp_path) == []


def test_the_lock_excludes_other_threads(tmp_path):
    target = tmp_path / "g.po"
    inside, order = threading.Event(), []

    def other() -> None:
        inside.wait()
        with exclusive_lock(target):
            order.append("other")

    thread = threading.Thread(target=other)
    thread.start()
    with exclusive_lock(target):
        inside.set()
        thread.join(0.3)  # the other thread cannot get in meanwhile
        order.append("first")
    thread.join()
    assert order == ["first", "other"]


# --- PO round trips -----------------------------------------------------------------------


def project_po_files() -> list[Path]:
    found = []
    for pattern in ("glossary/*.po", "glossary/*.pot", "examples/*.po", "locales/**/*.po",
                    "locales/**/*.pot", "tests/data/**/*.po", "tests/data/**/*.pot"):
        found.extend(sorted(ROOT.glob(pattern)))
    return found


def variants() -> dict[str, bytes]:
    """The bundled glossary as other tools and systems write it."""
    data = BUNDLED_PO.read_bytes()
    body = data.decode()
    cut = body.index("# id: ", body.index("# id: ") + 1)
    # The bundled glossary has characters EUC-KR lacks (ō, –); the sample has none.
    legacy = SAMPLE_PO + '\n# id: ttombang\n# type: title\nmsgid "Ttombang"\nmsgstr "똠방각하"\n'
    return {
        "crlf": data.replace(b"\n", b"\r\n"),
        "cr": data.replace(b"\n", b"\r"),
        "mixed-line-ends": (body[:cut].replace("\n", "\r\n") + body[cut:]).encode(),
        "bom": b"\xef\xbb\xbf" + data,
        "euc-kr": SAMPLE_PO.replace("charset=UTF-8", "charset=EUC-KR").encode("euc-kr"),
        "cp949": legacy.replace("charset=UTF-8", "charset=CP949").encode("cp949"),
        "cp949-crlf": legacy.replace("charset=UTF-8", "charset=cp949").replace(
            "\n", "\r\n").encode("cp949"),
        "no-trailing-newline": data.rstrip(b"\n"),
        "header-last": (body[body.index("\n\n") + 2:] + "\n" + body[:body.index("\n\n") + 1]
                        ).encode(),
        "no-header": body[body.index("\n\n") + 2:].encode(),
        "line-separators": data.replace(b'msgstr "\xec', b'msgstr "\xe2\x80\xa8\xec', 3),
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[str, bytes]:
    """PO files yongeo itself writes: a new glossary, a template, an import, an update."""
    work = tmp_path_factory.mktemp("generated") / "work"
    work.mkdir()
    (work / "t.tbx").write_bytes(TBX)
    (work / "k.txt").write_bytes((ROOT / "examples" / "brief.en.txt").read_bytes())
    for args in ("init .", "import t.tbx -f tbx --into imported.po",
                 "extract -q k.txt -o template.pot", "update template.pot imported.po"):
        assert run_here(args, work).returncode == 0, args
    return {name: (work / name).read_bytes()
            for name in ("glossary/ko.po", "imported.po", "template.pot")}


def round_trip_cases(generated: dict[str, bytes]) -> dict[str, bytes]:
    cases = {str(p.relative_to(ROOT)): p.read_bytes() for p in project_po_files()}
    cases.update({f"ko.po as {name}": data for name, data in variants().items()})
    cases.update({f"generated {name}": data for name, data in generated.items()})
    return cases


def test_every_po_file_round_trips_byte_for_byte(tmp_path, generated):
    """Loaded and saved untouched, loaded and saved after an entry was added and removed
    again: the same bytes, for every PO file the project reads and the odd ways it may be
    written (line ends, charsets, BOM, the header elsewhere or missing)."""
    cases = round_trip_cases(generated)
    assert len(cases) >= 15
    for name, data in cases.items():
        path = tmp_path / "g.po"
        path.write_bytes(data)
        store = PoStore.open(path)
        assert store.dumps() == data, name
        store.changed = True
        store.save()
        assert path.read_bytes() == data, name
        extra = make_entry("round-trip-probe", "concept", "round trip probe", "왕복 시험")
        store = PoStore.open(path)
        store.add(extra)
        store.save()
        assert load_po_glossary(path).get("round-trip-probe") is not None, name
        store = PoStore.open(path)
        store.remove(store.find("round-trip-probe"))
        store.save()
        assert path.read_bytes() == data, name


def test_editing_one_entry_keeps_every_other_entry_s_bytes(tmp_path):
    """Mixed line ends and a legacy charset: only the edited entry is written anew."""
    data = variants()["mixed-line-ends"]
    path = tmp_path / "g.po"
    path.write_bytes(data)
    store = PoStore.open(path)
    osaka = store.find("osaka")
    store.replace(osaka, make_entry("osaka", "place", "Osaka", "오사카", note="Edited."))
    store.save()
    after = path.read_bytes()
    old_block = data[data.index(b"# id: osaka"):].split(b"\n\n", 1)
    assert after.startswith(data[:data.index(b"# id: osaka")])
    assert after.endswith(old_block[1])
    assert polib.pofile(after.decode()).find("Osaka").msgstr == "오사카"


def test_a_line_separator_inside_a_string_is_kept(tmp_path):
    """polib alone cuts lines at U+2028 and U+0085 and loses the text before them."""
    path = tmp_path / "g.po"
    path.write_bytes(SAMPLE_PO.encode())
    odd = make_entry("odd", "concept", "Osaka\u2028Kobe", "오사카\x85고베\x1c",
                     ("Kobe\u2029Osaka", "en", "admitted"))
    store = PoStore.open(path)
    store.add(odd)
    store.save()
    loaded = load_po_glossary(path).get("odd")
    assert (loaded.en, loaded.ko) == ("Osaka\u2028Kobe", "오사카\x85고베\x1c")
    # A variant lives in a comment line, which a line break would end: it becomes a space.
    assert [t.text for t in loaded.terms if t.status.value == "admitted"] == ["Kobe Osaka"]
    msgfmt_check(path)


def test_an_empty_file_becomes_a_glossary_msgfmt_accepts(tmp_path):
    path = tmp_path / "g.po"
    path.write_bytes(b"")
    assert PoStore.open(path).dumps() == b""
    result = run_here(f"add Nara 나라 -g {path}", tmp_path)
    assert result.returncode == 0, result.stderr
    assert load_po_glossary(path).get("nara").ko == "나라"
    msgfmt_check(path)


def test_glossary_with_a_legacy_charset_stays_in_it(tmp_path):
    path = tmp_path / "g.po"
    path.write_bytes(variants()["cp949"])
    assert run_here(f"add Ttokbaegi 뚝배기 -g {path}", tmp_path).returncode == 0
    text = path.read_bytes().decode("cp949")
    assert 'msgstr "뚝배기"' in text and "charset=CP949" in text
    refused = run_here(f"add Smile 😀 -g {path}", tmp_path)
    assert refused.returncode == 2 and "CP949" in refused.stderr
    assert path.read_bytes().decode("cp949") == text


_WRITING_CALLS = {"write_text", "write_bytes", "copy", "copyfile", "copy2", "move", "replace",
                  "rename", "mkstemp", "NamedTemporaryFile", "touch"}


def _writes(call: ast.Call) -> str | None:
    """The name of a call that writes a file outside files.atomic_write, if it is one."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in _WRITING_CALLS:
        owner = func.value
        if isinstance(owner, ast.Call) and getattr(owner.func, "id", "") == "super":
            return None  # a method of a class of ours (helptext's formatter)
        if isinstance(owner, ast.Name) and owner.id in ("str", "text", "value", "line"):
            return None  # str.replace
        if func.attr == "replace" and not (isinstance(owner, ast.Name) and owner.id == "os"):
            return None
        return func.attr
    if isinstance(func, ast.Name) and func.id == "open":
        modes = [a for a in call.args[1:2]] + [k.value for k in call.keywords if k.arg == "mode"]
        if any(isinstance(m, ast.Constant) and set(str(m.value)) & set("wax+") for m in modes):
            return "open"
    return None


def test_no_write_bypasses_atomic_write():
    """Commands write files only through files.atomic_write, so atomically and under the
    lock; a direct write anywhere else in the package is reported here."""
    offenders = []
    for source in sorted((ROOT / "src" / "yongeo").rglob("*.py")):
        if source.name == "files.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (name := _writes(node)):
                offenders.append(f"{source.relative_to(ROOT)}:{node.lineno}: {name}")
    assert offenders == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt is not installed")
def test_generated_files_pass_msgfmt(tmp_path, generated):
    for name, data in generated.items():
        path = tmp_path / Path(name).name
        path.write_bytes(data)
        msgfmt_check(path)


@pytest.mark.parametrize("args", [
    ["lint", "{draft}", "--source", "{source}", "--format", "json", "-o", "{source}"],
    ["lint", "{draft}", "--source", "{source}", "-o", "{draft}"],
    ["extract", "{source}", "-o", "{source}"],
])
def test_output_onto_an_input_is_refused(tmp_path, args):
    source = tmp_path / "brief.en.txt"
    draft = tmp_path / "brief.ko.txt"
    source.write_text("The shuttle diplomacy resumed.\n", encoding="utf-8")
    draft.write_text("셔틀외교가 재개됐다.\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (source, draft)}
    argv = [a.format(draft=draft, source=source) for a in args]
    result = run_yongeo(argv, tmp_path, env={"YONGEO_NO_CACHE": "1"})
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in (source, draft)} == before
