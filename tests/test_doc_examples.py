"""Every shell session in README.md and docs/*.md, run in a copy of the project and compared
with the output it shows, so the documentation is what the program prints.

The convention the documents follow:

- A session is a ```console block. A line starting with `$ ` is a command (bash syntax); the
  lines after it, up to the next command, are what it prints, standard output and standard
  error together. A line `...` stands for any number of lines; blank lines at the end of an
  output do not count. A command that prints nothing is followed directly by the next one.
- A session runs in a fresh copy of the project (its glossary, examples and seeds), with the
  bundled glossary, the cache under a temporary home, the English interface (LANG=C.UTF-8, so
  a `LANG=ko_KR.UTF-8 yongeo ...` command speaks Korean as it would in a shell), a fixed
  terminal width and no terminal. `cd DIR` changes the directory for the rest of the session.
- In what a session shows, `/tmp/demo` is the directory it started in, `/home/me` the home
  directory (the cache is `/home/me/.cache/yongeo`) and `/usr/lib/python3/dist-packages` the
  directory the package is installed in (the bundled glossary is in `yongeo/data/glossary`).
- `$ cat FILE` of a file the copy does not have shows the input the session starts from: the
  test writes the shown lines to FILE.
- A session that cannot run here (the network, a cluster, an editor, inputs that are not in the
  repository, a benchmark) has `<!-- not run: REASON -->` on the line before its block; it is
  listed as skipped with that reason.
- Commands without shown output (installation, a sequence to copy) are ```sh blocks and are not
  run; a block of any other kind that starts with `$ ` is an error, so no session escapes.

A command that is `yongeo ...` (after optional VAR=value assignments) runs in this process
through `yongeo.cli.main`; anything else (pipes, redirections, other programs) runs in bash,
with a `yongeo` on PATH.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from yongeo.cli import main

DOCUMENTS = ("README.md", *sorted(p.relative_to(ROOT).as_posix()
                                  for p in (ROOT / "docs").glob("*.md")))
COPIED = ("glossary", "examples", "seeds", "locales", "pyproject.toml", "README.md")
SHOWN_START, SHOWN_HOME = "/tmp/demo", "/home/me"
SHOWN_INSTALLED = "/usr/lib/python3/dist-packages"  # where the package is, as installed
NOT_RUN = re.compile(r"<!--\s*not run:\s*(\S.*?)\s*-->")
FENCE = re.compile(r"^( *)```(\S*)\s*$")
SHELL_SYNTAX = set("|&;<>()$`\\*?[]{}~")


@dataclass(frozen=True)
class Session:
    document: str
    line: int  # of the opening fence
    steps: tuple[tuple[str, tuple[str, ...]], ...]  # (command, shown output lines)
    skip: str | None  # the reason given by a `not run` marker

    @property
    def name(self) -> str:
        return f"{self.document}:{self.line}"


@dataclass(frozen=True)
class Block:
    document: str
    line: int
    info: str
    lines: tuple[str, ...]
    before: str  # the last non-blank line before the fence


def blocks(document: str) -> list[Block]:
    lines = (ROOT / document).read_text(encoding="utf-8").split("\n")
    found, number = [], 0
    while number < len(lines):
        opening = FENCE.match(lines[number])
        if not opening:
            number += 1
            continue
        indent, info = opening.groups()
        end = next(i for i in range(number + 1, len(lines))
                   if lines[i].strip() == "```")
        body = tuple(line[len(indent):] if line.startswith(indent) else line.lstrip()
                     for line in lines[number + 1:end])
        before = next((lines[i].strip() for i in range(number - 1, -1, -1) if lines[i].strip()),
                      "")
        found.append(Block(document, number + 1, info, body, before))
        number = end + 1
    return found


def sessions() -> list[Session]:
    found = []
    for document in DOCUMENTS:
        for block in blocks(document):
            if block.info != "console":
                continue
            steps: list[tuple[str, list[str]]] = []
            for line in block.lines:
                if line.startswith("$ "):
                    steps.append((line[2:], []))
                else:
                    assert steps, f"{document}:{block.line}: a console block starts with '$ '"
                    steps[-1][1].append(line)
            marker = NOT_RUN.search(block.before)
            found.append(Session(document, block.line,
                                 tuple((c, tuple(shown)) for c, shown in steps),
                                 marker.group(1) if marker else None))
    return found


SESSIONS = sessions()


def test_every_session_is_a_console_block():
    """A block that shows a `$ ` command is a console block, so the tests below run it."""
    strays = [f"{b.document}:{b.line}" for d in DOCUMENTS for b in blocks(d)
              if b.info != "console" and any(line.startswith("$ ") for line in b.lines)]
    assert not strays, "sessions outside ```console blocks: " + ", ".join(strays)
    markers = [f"{b.document}:{b.line}" for d in DOCUMENTS for b in blocks(d)
               if b.info != "console" and "not run" in b.before]
    assert not markers, "'not run' markers before blocks that are not sessions: " + ", ".join(
        markers)
    assert len([s for s in SESSIONS if s.skip is None]) >= 10


def shown_matches(shown: list[str], actual: list[str]) -> bool:
    """Whether the output matches what the document shows; a '...' line stands for any lines."""
    while shown and not shown[-1]:
        shown = shown[:-1]
    parts: list[list[str]] = [[]]
    for line in shown:
        if line == "...":
            parts.append([])
        else:
            parts[-1].append(line)
    if len(parts) == 1:
        return parts[0] == actual
    position = 0
    for number, part in enumerate(parts):
        if not part:
            continue
        starts = [i for i in range(position, len(actual) - len(part) + 1)
                  if actual[i:i + len(part)] == part]
        if not starts or number == 0 and starts[0] != 0:  # no '...' before the first part
            return False
        # the last part, with no '...' after it, ends the output
        last = number == len(parts) - 1
        position = (starts[-1] if last else starts[0]) + len(part)
    return not parts[-1] or position == len(actual)


@pytest.mark.parametrize(("shown", "actual", "matches"), [
    (["a", "b"], ["a", "b"], True),
    (["a", "b", ""], ["a", "b"], True),
    (["a"], ["a", "b"], False),
    (["a", "..."], ["a", "b", "c"], True),
    (["...", "c"], ["a", "b", "c"], True),
    (["...", "b"], ["a", "b", "c"], False),
    (["a", "...", "c"], ["a", "c"], True),
    (["b", "..."], ["a", "b"], False),
    (["a", "...", "b", "...", "d"], ["a", "x", "b", "y", "d"], True),
    (["a", "...", "d", "...", "b"], ["a", "b", "d"], False),
    ([], [], True),
    ([], ["a"], False),
])
def test_shown_matches(shown, actual, matches):
    assert shown_matches(shown, actual) is matches


def _bundled_state() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "glossary").iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


class Shell:
    """Runs a session's commands one by one in its copy of the project."""

    def __init__(self, start: Path, home: Path, bin_dir: Path):
        self.start = self.cwd = start
        self.home = home
        self.env = {name: value for name, value in os.environ.items()
                    if not name.startswith(("YONGEO_", "LC_")) and name != "LANGUAGE"}
        self.env.update(LANG="C.UTF-8", COLUMNS="100", HOME=str(home), TERM="dumb",
                        XDG_CACHE_HOME=str(home / ".cache"),
                        PYTHONPATH=str(ROOT / "src"),
                        PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        self.env.pop("NO_COLOR", None)

    def run(self, command: str, shown: tuple[str, ...]) -> list[str]:
        words = shlex.split(command)
        if words[0] == "cd" and len(words) == 2:
            self.cwd = (self.cwd / words[1]).resolve()
            return []
        if words[0] == "cat" and len(words) == 2 and not (self.cwd / words[1]).exists():
            text = "\n".join(shown).rstrip("\n") + "\n"
            (self.cwd / words[1]).write_text(text, encoding="utf-8")
        assignments = {}
        while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
            name, _, value = words.pop(0).partition("=")
            assignments[name] = value
        if words and words[0] == "yongeo" and not SHELL_SYNTAX & set(command):
            output = self._in_process(words[1:], assignments)
        else:
            output = subprocess.run(["bash", "-c", command], stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, cwd=self.cwd,
                                    env=self.env, timeout=120).stdout
        for real, shown_path in ((self.start, SHOWN_START), (self.home, SHOWN_HOME),
                                 (ROOT / "src", SHOWN_INSTALLED)):
            output = output.replace(str(real), shown_path)
        lines = output.rstrip("\n").split("\n")
        return [] if lines == [""] else lines

    def _in_process(self, argv: list[str], assignments: dict[str, str]) -> str:
        runner = CliRunner()
        env = {**{name: None for name in os.environ if name not in self.env},
               **self.env, **assignments}
        with runner.isolation(env=env) as (_, _, output), _working_directory(self.cwd):
            with contextlib.suppress(SystemExit):
                main(argv)
            sys.stdout.flush()
            sys.stderr.flush()
            return output.getvalue().decode("utf-8")


@contextlib.contextmanager
def _working_directory(path: Path):
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@pytest.mark.parametrize("session", [
    pytest.param(s, id=s.name, marks=[pytest.mark.skip(reason=f"not run: {s.skip}")]
                 if s.skip else []) for s in SESSIONS])
def test_session_prints_what_it_shows(tmp_path, session):
    start, home, bin_dir = tmp_path / "demo", tmp_path / "home", tmp_path / "bin"
    start.mkdir()
    home.mkdir()
    bin_dir.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, start / name, symlinks=True)
        else:
            shutil.copy2(source, start / name)
    (bin_dir / "yongeo").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m yongeo "$@"\n')
    (bin_dir / "yongeo").chmod(0o755)
    bundled = _bundled_state()
    shell = Shell(start, home, bin_dir)
    for command, shown in session.steps:
        actual = shell.run(command, shown)
        assert shown_matches(list(shown), actual), (
            f"{session.name}: $ {command}\n--- shown\n" + "\n".join(shown)
            + "\n--- printed\n" + "\n".join(actual))
    assert _bundled_state() == bundled, f"{session.name} changed the bundled glossary"
