"""Reliability, second round (issue 13): special files, size limits, waits for a lock,
configuration mistakes, escaped names in messages and Unicode disguises, each through the
command line as the other reliability tables run it.

SPECIAL is the table of commands given a FIFO, a socket or a device node where a file is
expected: the nodes are made in a temporary directory (device nodes only as root; those
rows are skipped otherwise), never taken from /dev. MESSAGES and CONFIG are tables like
test_reliability_inputs.CASES. DISGUISES runs lint (pair and single text, both languages)
and lookup over a term with one character of each disguising class inside.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT
from test_reliability_inputs import (
    GOOD,
    HEADER,
    OSAKA,
    C,
    check_result,
    permissions_apply,
    run_main,
    run_process,
    write_files,
)

from yongeo.config import LINT_KEYS
from yongeo.errors import ConfigError
from yongeo.files import exclusive_lock
from yongeo.lint.rules import policy_from_settings, statistics_settings

GLOSSARY = {"g.po": GOOD.encode()}
KO_DRAFT = "그는 오오사카에서 만났다.\n".encode()
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A fresh directory, English messages, no user glossary, configuration or cache."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in ("YONGEO_GLOSSARY", "LANGUAGE", "LC_MESSAGES", "LANG", "YONGEO_LOCK_TIMEOUT",
                 "YONGEO_MAX_INPUT_BYTES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return work


# --- special files where a file is read or written ---------------------------------------

NODE_KINDS = ("fifo", "socket", "null", "zero")  # null and zero: character devices 1:3, 1:5


def make_node(path: Path, kind: str, keep: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        keep.append(server)
    else:
        minor = {"null": 3, "zero": 5}[kind]
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))


def kind_of(path: Path) -> str:
    mode = path.lstat().st_mode
    return ("fifo" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) else "file" if stat.S_ISREG(mode) else "other")


MEMORY_CEILING = 2 * 1024 ** 3


def _memory_ceiling() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))


def run_limited(args: list[str], cwd: Path, stdin: str | None = None
                ) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "C",
           "XDG_CACHE_HOME": str(cwd.parent / "cache")}
    for name in ("YONGEO_GLOSSARY", "LANGUAGE", "YONGEO_MAX_INPUT_BYTES", "YONGEO_LOCK_TIMEOUT"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "yongeo", *args], cwd=cwd, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120,
                          check=False, preexec_fn=_memory_ceiling)


@dataclass(frozen=True)
class Special:
    id: str
    args: str
    node: str  # the path made a special file
    kind: str
    files: dict[str, bytes] = field(default_factory=dict)
    err: tuple[str, ...] = ()


NAMED = {"fifo": "named pipe", "socket": "socket", "null": "device", "zero": "device"}
SPECIAL = [
    Special(f"{kind}-{what}", args, node, kind, files, (f"{node}: ", NAMED[kind]))
    for kind in NODE_KINDS
    for what, args, node, files in (
        ("as-glossary-lookup", "lookup Osaka -g n.po", "n.po", {}),
        ("as-glossary-check", "check -g n.po", "n.po", {}),
        ("as-glossary-lint", "lint k.txt -g n.po", "n.po", {"k.txt": KO_DRAFT}),
        ("as-glossary-add", "add Nara 나라 --glossary n.po", "n.po", {}),
        ("as-glossary-remove", "remove Osaka -g n.po", "n.po", {}),
        ("in-glossary-directory", "lookup Osaka -g dir", "dir/n.po", {"dir/g.po": GOOD.encode()}),
        ("in-glossary-directory-lint", "lint k.txt -g dir", "dir/n.po",
         {"dir/g.po": GOOD.encode(), "k.txt": KO_DRAFT}),
        ("as-draft", "lint n.txt -g g.po", "n.txt", GLOSSARY),
        ("as-po-draft", "lint n.po -g g.po", "n.po", GLOSSARY),
        ("as-source", "lint k.txt -s n.txt -g g.po", "n.txt", {"k.txt": KO_DRAFT, **GLOSSARY}),
        ("as-tsv-import", "import n.tsv --into g.po", "n.tsv", GLOSSARY),
        ("as-tbx-import", "import n.tbx -f tbx --into g.po", "n.tbx", GLOSSARY),
        ("as-import-target", "import t.tsv --into n.po", "n.po", {"t.tsv": "Nara\t나라\n".encode()}),
        ("as-config", "lookup Osaka -g g.po", "yongeo.toml", GLOSSARY),
        ("as-template", "update n.pot g.po", "n.pot", GLOSSARY),
        ("as-extract-input", "extract -q n.txt", "n.txt", {}),
        ("as-review", "review n.po", "n.po", {}),
    )
] + [
    # Writing: a glossary is never saved onto a special file, and -o never renames over a
    # socket; the node is still what it was afterwards.
    Special("socket-as-export-output", "export -o n.json -g g.po", "n.json", "socket", GLOSSARY,
            ("n.json: ", "socket")),
    Special("socket-as-lint-output", "lint k.txt -f json -o n.json -g g.po", "n.json", "socket",
            {"k.txt": KO_DRAFT, **GLOSSARY}, ("n.json: ", "socket")),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("case", SPECIAL, ids=[case.id for case in SPECIAL])
def test_special_files(case, isolated, capsys, monkeypatch):
    if case.kind in ("null", "zero") and not IS_ROOT:
        pytest.skip("device nodes can only be made by root")
    write_files(isolated, case.files)
    keep: list = []
    make_node(isolated / case.node, case.kind, keep)
    before = {name: (isolated / name).read_bytes() for name in case.files}
    stdin = "a\n" if case.args.startswith("review") else None
    try:
        if case.kind in ("fifo", "zero"):
            # What hung or read without end before: in a process of its own, with a memory
            # ceiling and a timeout, so a regression fails instead of taking the machine.
            result = run_limited(case.args.split(), isolated, stdin)
            code, out, err = result.returncode, result.stdout, result.stderr
        else:
            code, out, err = run_main(tuple(case.args.split()), stdin, capsys, monkeypatch)
    finally:
        for server in keep:
            server.close()
    check_result(C(case.id, case.args, code=2, err=case.err), code, out, err)
    assert kind_of(isolated / case.node) == ("device" if case.kind in ("null", "zero")
                                             else case.kind)
    assert {name: (isolated / name).read_bytes() for name in case.files} == before
    assert not list(isolated.rglob(".*.lock")) and not list(isolated.rglob(".*.tmp"))


def test_a_glossary_symlinked_to_a_device_is_not_replaced(isolated, capsys, monkeypatch):
    if not IS_ROOT:
        pytest.skip("device nodes can only be made by root")
    make_node(isolated / "null", "null", [])
    (isolated / "g.po").symlink_to(isolated / "null")
    code, out, err = run_main(("add", "Nara", "나라", "-g", "g.po"), None, capsys, monkeypatch)
    check_result(C("symlink", "x", code=2, err=["g.po: ", "device"]), code, out, err)
    assert kind_of(isolated / "null") == "device"


def read_fifo(path: Path, into: list) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as handle:
            into.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize(("args", "files", "expected"), [
    ("export -o out -g g.po", GLOSSARY, b'"id": "osaka"'),
    ("lint k.txt -f json -o out -g g.po --fail-on none", {"k.txt": KO_DRAFT, **GLOSSARY},
     b'"rule": "term.deprecated"'),
    ("extract -q k.txt -o out", {"k.txt": b"The Nara Treaty was signed in Nara.\n"},
     b'msgid "Nara Treaty"'),
], ids=["export", "lint", "extract"])
def test_output_to_a_fifo_is_written_to_its_reader(isolated, capsys, monkeypatch, args, files,
                                                   expected):
    """-o onto a FIFO writes into it (a reader waiting on it gets the output) instead of
    renaming a file over it."""
    write_files(isolated, files)
    os.mkfifo(isolated / "out")
    received: list[bytes] = []
    thread = read_fifo(isolated / "out", received)
    code, _out, err = run_main(tuple(args.split()), None, capsys, monkeypatch)
    thread.join(timeout=60)
    assert code == 0, err
    assert received and expected in received[0]
    assert kind_of(isolated / "out") == "fifo"


def test_output_to_a_character_device(isolated, capsys, monkeypatch):
    if not IS_ROOT:
        pytest.skip("device nodes can only be made by root")
    write_files(isolated, GLOSSARY)
    make_node(isolated / "null", "null", [])
    code, _out, err = run_main(("export", "-o", "null", "-g", "g.po"), None, capsys,
                              monkeypatch)
    assert (code, err) == (0, "")
    assert kind_of(isolated / "null") == "device"
    assert [p.name for p in isolated.iterdir()] == ["null"] or sorted(
        p.name for p in isolated.iterdir()) == ["g.po", "null"]


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="no /dev/fd here")
@pytest.mark.parametrize("prefix", ["/dev/fd", "/proc/self/fd"])
def test_output_to_a_descriptor_path(isolated, capsys, monkeypatch, prefix):
    """What bash's -o >(cmd) hands over: a path naming an open pipe."""
    if not Path(prefix).is_dir():
        pytest.skip(f"no {prefix} here")
    write_files(isolated, GLOSSARY)
    read_end, write_end = os.pipe()
    try:
        code, _out, err = run_main(("export", "-f", "tsv", "-o", f"{prefix}/{write_end}",
                                   "-g", "g.po"), None, capsys, monkeypatch)
        os.close(write_end)
        write_end = -1
        with open(read_end, "rb", closefd=False) as handle:
            received = handle.read()
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    assert (code, err) == (0, "")
    assert "Osaka\t오사카".encode() in received


@pytest.mark.skipif(shutil.which("bash") is None or not Path("/dev/fd").is_dir(),
                    reason="needs bash and /dev/fd")
def test_output_to_a_process_substitution(isolated):
    write_files(isolated, GLOSSARY)
    command = (f"PYTHONPATH={ROOT / 'src'} {sys.executable} -m yongeo export -f tsv "
               "-o >(cat > got.tsv) -g g.po; code=$?; wait; sleep 0.2; exit $code")
    result = subprocess.run(["bash", "-c", command], cwd=isolated, capture_output=True,
                            text=True, timeout=120, check=False,
                            env={**os.environ, "LC_ALL": "C", "YONGEO_NO_CACHE": "1"})
    assert (result.returncode, result.stderr) == (0, "")
    for _ in range(100):  # cat may still be writing when bash returns
        if (isolated / "got.tsv").exists() and b"Osaka" in (isolated / "got.tsv").read_bytes():
            break
        threading.Event().wait(0.1)
    assert "Osaka\t오사카" in (isolated / "got.tsv").read_text()


def test_output_to_dev_stdout(isolated):
    """-o /dev/stdout while stdout is a pipe: the output arrives there."""
    write_files(isolated, GLOSSARY)
    result = run_process(["export", "-f", "tsv", "-o", "/dev/stdout", "-g", "g.po"], isolated)
    assert (result.returncode, result.stderr) == (0, "")
    assert "Osaka\t오사카" in result.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_output_to_dev_stdout_appended_to_a_file(isolated):
    """-o /dev/stdout >> log: written through the redirection, so the log keeps its lines
    (a file renamed over it, or written from offset 0, would lose them)."""
    write_files(isolated, {**GLOSSARY, "log": b"an earlier line, longer than the output\n"})
    command = (f"PYTHONPATH={ROOT / 'src'} {sys.executable} -m yongeo export -f tsv "
               "-o /dev/stdout -g g.po >> log")
    result = subprocess.run(["bash", "-c", command], cwd=isolated, capture_output=True,
                            text=True, timeout=120, check=False,
                            env={**os.environ, "LC_ALL": "C", "YONGEO_NO_CACHE": "1"})
    assert (result.returncode, result.stderr) == (0, "")
    assert (isolated / "log").read_text() == ("an earlier line, longer than the output\n"
                                              "Osaka\t오사카\tplace\n")


# --- size limit -------------------------------------------------------------------------

SIZE = [  # with YONGEO_MAX_INPUT_BYTES=300
    C("limit-glossary", "lookup Osaka -g g.po", {"g.po": (GOOD + "#" * 300).encode()},
      err=["g.po: ", "larger than 300 bytes", "YONGEO_MAX_INPUT_BYTES"]),
    C("limit-draft", "lint k.txt -g g.po", {"k.txt": KO_DRAFT * 10, **GLOSSARY},
      err=["k.txt: ", "larger than 300 bytes"]),
    C("limit-source", "lint k.txt -s e.txt -g g.po",
      {"k.txt": KO_DRAFT, "e.txt": b"Osaka. " * 60, **GLOSSARY}, err=["e.txt: ", "larger"]),
    C("limit-tbx", "import t.tbx -f tbx --into n.po", {"t.tbx": b"<tbx>" + b" " * 400},
      err=["t.tbx: ", "larger than"]),
    C("limit-config", "lookup Osaka -g g.po", {"yongeo.toml": b"# " + b"x" * 400 + b"\n",
                                               **GLOSSARY}, err=["yongeo.toml: ", "larger"]),
    C("limit-under", "lint k.txt -g g.po --fail-on none", {"k.txt": KO_DRAFT, **GLOSSARY},
      code=0, out=["term.deprecated"]),
]


@pytest.mark.parametrize("case", SIZE, ids=[case.id for case in SIZE])
def test_size_limit(case, isolated, capsys, monkeypatch):
    monkeypatch.setenv("YONGEO_MAX_INPUT_BYTES", "300")
    write_files(isolated, case.files)
    code, out, err = run_main(case.args, case.stdin, capsys, monkeypatch)
    check_result(case, code, out, err)


@pytest.mark.parametrize(("value", "code"), [("1K", 0), ("bogus", 2), ("-5", 2)])
def test_size_limit_setting(isolated, capsys, monkeypatch, value, code):
    monkeypatch.setenv("YONGEO_MAX_INPUT_BYTES", value)
    write_files(isolated, GLOSSARY)
    got, _out, err = run_main(("lookup", "Osaka", "-g", "g.po"), None, capsys, monkeypatch)
    assert got == code, err
    if code == 2:
        line, = err.splitlines()
        assert "YONGEO_MAX_INPUT_BYTES" in line


def test_an_endless_file_stops_at_the_limit(isolated, capsys, monkeypatch):
    """A regular file that says it is empty and never ends (as /proc files do) is read no
    further than the limit; a /proc file stands in for it here."""
    proc = Path("/proc/self/maps")
    if not proc.exists():
        pytest.skip("no /proc here")
    monkeypatch.setenv("YONGEO_MAX_INPUT_BYTES", "64")
    write_files(isolated, {"g.po": b""})
    code, out, err = run_main(("lint", str(proc), "-g", "g.po"), None, capsys, monkeypatch)
    check_result(C("proc", "x", code=2, err=["maps: ", "larger than 64 bytes"]), code, out, err)


# --- permissions through the cache and the configuration ---------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses prctl and chmod")
@pytest.mark.parametrize(("args", "files"), [
    ("lint k.txt -g dir", {"dir/a.po": GOOD.encode(), "dir/b.po": GOOD.encode(),
                           "k.txt": KO_DRAFT}),
    ("lookup Osaka -g dir", {"dir/a.po": GOOD.encode(), "dir/b.po": GOOD.encode()}),
    ("lint k.txt", {"yongeo.toml": b'glossary = ["dir"]\n', "dir/a.po": GOOD.encode(),
                    "dir/b.po": GOOD.encode(), "k.txt": KO_DRAFT}),
    ("lint k.txt", {"yongeo.toml": b'glossary = ["dir/b.po"]\n', "dir/b.po": GOOD.encode(),
                    "k.txt": KO_DRAFT}),
], ids=["lint-directory", "lookup-directory", "lint-config-directory", "lint-config-file"])
def test_an_unreadable_glossary_file(isolated, args, files):
    """An unreadable PO file in a glossary directory (or named in yongeo.toml) is the one
    line the strict reader gives, from the cache key as from the parser."""
    if not permissions_apply():
        pytest.skip("file permissions do not bind this process (root with its capabilities)")
    write_files(isolated, files)
    (isolated / "dir" / "b.po").chmod(0)
    try:
        result = run_process(args.split(), isolated, unprivileged=True)
    finally:
        (isolated / "dir" / "b.po").chmod(0o644)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr
    line, = result.stderr.splitlines()
    assert line.startswith("yongeo: ") and "b.po: permission denied" in line


# --- waiting for a lock -----------------------------------------------------------------


def test_a_lock_wait_says_so_and_gives_up(isolated):
    """Another editor holds the glossary: the edit says who it waits for, gives up after
    the configured timeout with exit 2, and the glossary is as it was."""
    write_files(isolated, GLOSSARY)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "C",
           "YONGEO_NO_CACHE": "1", "YONGEO_LOCK_TIMEOUT": "1"}
    env.pop("YONGEO_GLOSSARY", None)
    with exclusive_lock(isolated / "g.po"):
        result = subprocess.run([sys.executable, "-m", "yongeo", "add", "Nara", "나라", "-g",
                                 "g.po"], cwd=isolated, env=env, capture_output=True,
                                text=True, timeout=300, check=False)
    assert result.returncode == 2, result.stderr
    waiting, gave_up = result.stderr.splitlines()
    assert waiting == f"yongeo: waiting for another yongeo editing g.po (pid {os.getpid()})…"
    assert gave_up.startswith("yongeo: g.po: ") and f"pid {os.getpid()}" in gave_up
    assert "YONGEO_LOCK_TIMEOUT" in gave_up
    assert (isolated / "g.po").read_bytes() == GOOD.encode()


def test_the_lock_file_names_its_holder(isolated):
    write_files(isolated, GLOSSARY)
    with exclusive_lock(isolated / "g.po"):
        assert (isolated / ".g.po.lock").read_text().strip() == str(os.getpid())
    assert not (isolated / ".g.po.lock").exists()


@pytest.mark.parametrize("value", ["soon", "-1", "inf"])
def test_a_wrong_lock_timeout_is_an_error(isolated, capsys, monkeypatch, value):
    write_files(isolated, GLOSSARY)
    monkeypatch.setenv("YONGEO_LOCK_TIMEOUT", value)
    code, out, err = run_main(("add", "Nara", "나라", "-g", "g.po"), None, capsys, monkeypatch)
    check_result(C("timeout", "x", code=2, err=["YONGEO_LOCK_TIMEOUT", value]), code, out, err)
    assert (isolated / "g.po").read_bytes() == GOOD.encode()


# --- configuration ----------------------------------------------------------------------

DEEP = b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n"
CONFIG = [
    C("toml-misspelt-glossary", "lookup Osaka",
      {"yongeo.toml": b'glosary = ["g.po"]\n', **GLOSSARY},
      err=["yongeo.toml: ", "'glosary'", "did you mean 'glossary'"]),
    C("pyproject-misspelt-glossary", "lookup Osaka",
      {"pyproject.toml": b'[tool.yongeo]\nglosary = ["g.po"]\n', **GLOSSARY},
      err=["pyproject.toml: ", "'glosary'", "'glossary'"]),
    C("toml-misspelt-lint-key-lookup", "lookup Osaka -g g.po",
      {"yongeo.toml": b'[lint]\nfali-on = "warning"\n', **GLOSSARY},
      err=["yongeo.toml: ", "'lint.fali-on'", "'lint.fail-on'"]),
    C("toml-misspelt-lint-key-lint", "lint k.txt -g g.po",
      {"yongeo.toml": b'[lint]\ndisabel = ["term.missing"]\n', "k.txt": KO_DRAFT, **GLOSSARY},
      err=["yongeo.toml: ", "'lint.disabel'", "'lint.disable'"]),
    C("toml-unknown-key-without-a-near-one", "lookup Osaka -g g.po",
      {"yongeo.toml": b"colour = true\n", **GLOSSARY},
      err=["yongeo.toml: ", "'colour'", "glossary, lint"]),
    C("toml-unknown-key-escaped", "lookup Osaka -g g.po",
      {"yongeo.toml": b'"glo\\u001bssary" = 1\n', **GLOSSARY},
      err=["yongeo.toml: ", "glo\\x1bssary"]),
    C("toml-nested-too-deep-lookup", "lookup Osaka -g g.po", {"yongeo.toml": DEEP, **GLOSSARY},
      err=["yongeo.toml: ", "nested too deeply"]),
    C("toml-nested-too-deep-add", "add Nara 나라 -g g.po", {"yongeo.toml": DEEP, **GLOSSARY},
      err=["yongeo.toml: ", "nested too deeply"]),
    C("pyproject-nested-too-deep", "lint k.txt -g g.po",
      {"pyproject.toml": b"[tool.yongeo]\n" + DEEP, "k.txt": KO_DRAFT, **GLOSSARY},
      err=["pyproject.toml: ", "nested too deeply"]),
    C("toml-is-a-directory", "lookup Osaka -g g.po", {"yongeo.toml/x": b"", **GLOSSARY},
      err=["yongeo.toml: ", "directory"]),
    C("toml-known-keys-pass", "lint k.txt -g g.po",
      {"yongeo.toml": b'glossary = ["g.po"]\n[lint]\ndisable = []\nfail-on = "none"\n'
                      b"include-fuzzy = false\nambiguous-share = 0.5\nambiguous-min = 3\n"
                      b"severity = {}\n", "k.txt": KO_DRAFT, **GLOSSARY}, code=0,
      out=["term.deprecated"]),
]


@pytest.mark.parametrize("case", CONFIG, ids=[case.id for case in CONFIG])
def test_configuration(case, isolated, capsys, monkeypatch):
    write_files(isolated, case.files)
    code, out, err = run_main(case.args, case.stdin, capsys, monkeypatch)
    check_result(case, code, out, err)
    assert "Traceback" not in err and len(err) < 1000


def test_the_lint_keys_are_those_lint_reads():
    """config.LINT_KEYS, checked at every command, is what lint itself accepts."""
    values = {"disable": [], "severity": {}, "fail-on": "error", "include-fuzzy": False,
              "ambiguous-share": 0.5, "ambiguous-min": 2}
    assert set(values) == LINT_KEYS
    for key, value in values.items():
        policy_from_settings({"lint": {key: value}}, "t")
        statistics_settings({"lint": {key: value}}, "t")
    with pytest.raises(ConfigError):
        policy_from_settings({"lint": {"not-a-key": 1}}, "t")


# --- messages ---------------------------------------------------------------------------

MANY = {f"dir/g{n:04}.po": GOOD.encode() for n in range(1000)}
MESSAGES = [
    C("name-with-a-newline", ["lookup", "Osaka", "-g", "no\nwhere.po"], {},
      err=["no\\nwhere.po: ", "no such"]),
    C("name-with-a-newline-in-an-edit", ["add", "Osaka", "오사카", "-g", "g\nx.po"],
      {"g\nx.po": GOOD.encode()}, err=["g\\nx.po: ", "already"]),
    C("name-with-a-terminal-escape", ["lint", "\x1b[2Jk.txt"], {},
      err=["\\x1b[2Jk.txt: ", "no such"]),
    C("name-with-a-carriage-return", ["check", "-g", "a\rb.po"], {}, err=["a\\rb.po: "]),
    C("name-not-utf8", ["lookup", "Osaka", "-g", "caf\udce9.po"], {},
      err=["caf\\xe9.po: ", "no such"]),
    C("name-with-a-newline-as-output", ["export", "-o", "no/x\ny.json", "-g", "g.po"],
      GLOSSARY, err=["no/x\\ny.json: "]),
    C("add-to-a-thousand-files", "add Nara 나라 -g dir", MANY,
      err=["several", "and 995 more", "--glossary"]),
    C("argument-not-utf8-add", ["add", "Nara", "\udcff\udcfe", "-g", "g.po"], GLOSSARY,
      err=["KO", "'\\xff\\xfe'", "not valid UTF-8"]),
    C("argument-not-utf8-variant", ["add", "Nara", "나라", "--en-variant", "N\udce9ra", "-g",
                                    "g.po"], GLOSSARY, err=["--en-variant", "not valid UTF-8"]),
    C("argument-not-utf8-edit", ["edit", "Osaka", "--note", "\udcff", "-g", "g.po"], GLOSSARY,
      err=["--note", "not valid UTF-8"]),
    C("argument-not-utf8-remove", ["remove", "Os\udcffaka", "-g", "g.po"], GLOSSARY,
      err=["TERM", "not valid UTF-8"]),
    C("argument-not-utf8-lookup", ["lookup", "x\udcff", "-g", "g.po"], GLOSSARY,
      err=["QUERY", "not valid UTF-8"]),
    C("query-with-a-terminal-escape", ["lookup", "\x1b[31mzz", "-g", "g.po"], GLOSSARY, code=1,
      err=["nothing found for '\\x1b[31mzz'"]),
]


@pytest.mark.parametrize("case", MESSAGES, ids=[case.id for case in MESSAGES])
def test_messages(case, isolated, capsys, monkeypatch):
    write_files(isolated, case.files)
    before = {name: (isolated / name).read_bytes() for name in case.files}
    code, out, err = run_main(case.args, case.stdin, capsys, monkeypatch)
    check_result(case, code, out, err)
    assert "\x1b" not in err and "\r" not in err and len(err) < 600
    assert {name: (isolated / name).read_bytes() for name in case.files} == before


def test_an_argument_not_utf8_through_a_real_argv(isolated):
    write_files(isolated, GLOSSARY)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "C.UTF-8",
           "YONGEO_NO_CACHE": "1"}
    result = subprocess.run([sys.executable.encode(), b"-m", b"yongeo", b"add", b"Nara",
                             b"\xb3\xaa\xb6\xf3", b"-g", b"g.po"],  # 나라 in EUC-KR
                            cwd=isolated, env=env, capture_output=True, timeout=300,
                            check=False)
    assert result.returncode == 2
    line, = result.stderr.decode().splitlines()
    assert "KO" in line and "not valid UTF-8" in line and "charset" not in line
    assert (isolated / "g.po").read_bytes() == GOOD.encode()


# --- Unicode disguises ------------------------------------------------------------------

# One character of each class that hides a term from a plain comparison.
INVISIBLE = {
    "zero-width-space": "\u200b", "zero-width-non-joiner": "\u200c",
    "zero-width-joiner": "\u200d", "left-to-right-mark": "\u200e",
    "right-to-left-mark": "\u200f", "byte-order-mark": "\ufeff", "soft-hyphen": "\u00ad",
    "word-joiner": "\u2060", "bidi-embedding": "\u202b", "bidi-isolate": "\u2066",
    "variation-selector": "\ufe0f", "hangul-filler": "\u3164", "tag-character": "\U000e0041",
    "arabic-letter-mark": "\u061c", "combining-grapheme-joiner": "\u034f",
}
DISGUISED = HEADER + OSAKA.replace("# ko-deprecated", "# en-deprecated: Oosaka\n# ko-deprecated")
EN_SOURCE = "He met them in Osaka.\n"
KO_SOURCE = "그는 오사카에서 그들을 만났다.\n"


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def half_width_jamo(text: str) -> str:
    return "".join(unicodedata.lookup("HALFWIDTH " + unicodedata.name(c)) for c in text)


@dataclass(frozen=True)
class Disguise:
    id: str
    # The deprecated term as written in a draft, a lead-in before it (shifts the column),
    # and the column where the finding must point in the original text.
    ko: str | None
    en: str | None
    lead: str = ""


DISGUISES = [
    Disguise(name, f"오오{char}사카", f"Oo{char}saka", lead=f"- {char}")
    for name, char in INVISIBLE.items()
] + [
    Disguise("full-width-latin", None, full_width("Oosaka"), lead=full_width("(") + " "),
    Disguise("full-width-mixed", None, "O" + full_width("os") + "aka", lead="\u3000"),
]


def draft_line(lang: str, disguise: Disguise) -> tuple[str, int]:
    """A draft holding the disguised deprecated term, and the term's 1-based column."""
    term = disguise.ko if lang == "ko" else disguise.en
    before = disguise.lead + ("그는 " if lang == "ko" else "He met them in ")
    after = "에서 그들을 만났다.\n" if lang == "ko" else ".\n"
    return before + term + after, len(before) + 1


LINT_ROWS = [(d, lang, how) for d in DISGUISES for lang in ("ko", "en")
             for how in ("single", "pair") if (d.ko if lang == "ko" else d.en) is not None]


@pytest.mark.parametrize(("disguise", "lang", "how"), LINT_ROWS,
                         ids=[f"{d.id}-{lang}-{how}" for d, lang, how in LINT_ROWS])
def test_lint_sees_through_disguises(isolated, capsys, monkeypatch, disguise, lang, how):
    """The deprecated term with an invisible or width-changed character inside is still
    flagged, at its column in the original text (characters before it counted)."""
    draft, column = draft_line(lang, disguise)
    files = {"g.po": DISGUISED.encode(), "d.txt": draft.encode()}
    args = ["lint", "d.txt", "-g", "g.po", "--fail-on", "none"]
    if how == "pair":
        files["s.txt"] = (EN_SOURCE if lang == "ko" else KO_SOURCE).encode()
        args += ["-s", "s.txt"]
    rule = "term.deprecated"  # a text checked on its own is a draft too
    write_files(isolated, files)
    code, out, err = run_main(tuple(args), None, capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert f"d.txt:1:{column}: " in out and rule in out, out
    assert "term.missing" not in out


WELL_HIDDEN = [(name, char) for name, char in INVISIBLE.items()]


@pytest.mark.parametrize(("name", "char"), WELL_HIDDEN, ids=[n for n, _ in WELL_HIDDEN])
def test_a_correct_term_with_a_disguise_is_no_missing_term(isolated, capsys, monkeypatch,
                                                            name, char):
    """The preferred term with an invisible character inside still counts as there."""
    write_files(isolated, {"g.po": DISGUISED.encode(), "s.txt": EN_SOURCE.encode(),
                           "d.txt": f"그는 오{char}사카에서 그들을 만났다.\n".encode(),
                           "e.txt": f"He met them in Os{char}aka.\n".encode(),
                           "k.txt": KO_SOURCE.encode()})
    for args in (("lint", "d.txt", "-s", "s.txt"), ("lint", "e.txt", "-s", "k.txt")):
        code, out, err = run_main((*args, "-g", "g.po", "--fail-on", "info"), None, capsys,
                                  monkeypatch)
        assert (code, err) == (0, ""), out
        assert "no problems" in out


LOOKUPS = [(d.id, term) for d in DISGUISES for term in (d.ko, d.en) if term is not None] + [
    ("half-width-jamo-initials", half_width_jamo("ㅇㅅㅋ")),
]


@pytest.mark.parametrize(("name", "query"), LOOKUPS,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(LOOKUPS)])
def test_lookup_sees_through_disguises(isolated, capsys, monkeypatch, name, query):
    write_files(isolated, {"g.po": DISGUISED.encode()})
    code, out, err = run_main(("lookup", query, "-g", "g.po", "--json"), None, capsys,
                              monkeypatch)
    assert (code, err) == (0, "")
    best = json.loads(out)[0]
    assert best["id"] == "osaka"
    if name == "half-width-jamo-initials":
        assert best["match"]["kind"] == "choseong"
    else:  # the deprecated term itself, not a near miss
        assert best["match"]["kind"] == "deprecated" and best["match"]["score"] == 100


def test_compatibility_jamo_are_not_composed(isolated, capsys, monkeypatch):
    """ㅇㅗ is two letters, not 오: no syllable is made of compatibility jamo."""
    write_files(isolated, {"g.po": DISGUISED.encode(), "d.txt": "ㅇㅗㅇㅗ사카\n".encode()})
    code, out, err = run_main(("lint", "d.txt", "-g", "g.po", "--fail-on", "info"), None,
                              capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert "deprecated" not in out


# --- the normalisation under the tables above -------------------------------------------


def test_the_ignorable_list_is_unicodes():
    import regex

    from yongeo.text.normalize import IGNORABLE_RANGES

    listed = {c for a, b in IGNORABLE_RANGES for c in range(a, b + 1)}
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    ignorable = {ord(c) for c in regex.findall(r"\p{Default_Ignorable_Code_Point}", every)}
    assert ignorable <= listed
    assert listed - ignorable == {0xFFF9, 0xFFFA, 0xFFFB}  # interlinear annotation marks


@pytest.mark.parametrize("text", [
    "오오\u200b사카", "\u200b\u200b오사카\u200b", "e\u200b\u0301x", "\u1100\u200b\u1161",
    unicodedata.normalize("NFD", "오\u200d오사카에서"), "Ｔａｋａ\u00adｉｃｈｉ", "ｶﾞｷﾞ",
    "\ufeff", "", "plain",
])
def test_spans_map_back_to_the_original(text):
    """Every character of the normalised text comes from the original span it maps to, and
    the spans run forward without overlap."""
    from yongeo.text.normalize import nfc, nfc_mapped

    mapped = nfc_mapped(text)
    assert mapped.text == nfc(text)
    last = 0
    for index, char in enumerate(mapped.text):
        start, end = mapped.span(index, index + 1)
        assert last <= start < end <= len(text)
        assert char in nfc(text[start:end])
        last = start
    whole = mapped.span(0, len(mapped.text))
    assert whole[0] >= 0 and whole[1] <= len(text)


# Many strings normalised together (a PO file's): as each alone, or None when every one
# is its own comparison form.
@pytest.mark.parametrize(("texts", "unchanged"), [
    (["plain", "", "오사카에서", "e\u0301"[:1]], True),
    (["plain", "오오\u200b사카"], False),
    ([unicodedata.normalize("NFD", "오사카"), "plain"], False),
    (["\u0301", "Ｔａｋａ"], False),
])
def test_strings_normalised_together_are_normalised_as_each_alone(texts, unchanged):
    from yongeo.text.normalize import nfc_mapped, nfc_mapped_each

    together = nfc_mapped_each(texts)
    assert (together is None) == unchanged
    alone = [nfc_mapped(text) for text in texts]
    if together is None:
        assert [n.text for n in alone] == texts
        assert all(n.span(0, len(n.text)) == (0, len(n.text)) for n in alone)
    else:
        assert together == alone


def test_fold_chars_keeps_length_with_widths():
    from yongeo.text.normalize import fold_chars

    text = "Ｔａｋａｉｃｈｉ－ｓａｎ ﾊﾝｸﾞﾙ ﾡﾤ"
    folded = fold_chars(text)
    assert len(folded) == len(text)
    assert folded.startswith("takaichi san ")
