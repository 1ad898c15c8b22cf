"""yongeo's command line run inside the test process, for tests that read what a command
prints and writes but not how a process ends: the exit code and output of `python -m
yongeo`, without a new interpreter importing the package for every run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from click.testing import CliRunner

from yongeo import i18n
from yongeo.cli import main


def run_yongeo(args: Sequence[str], cwd: Path | str | None = None, stdin: str | None = None,
               env: Mapping[str, str | None] | None = None) -> subprocess.CompletedProcess:
    """`yongeo ARGS` in `cwd` (else here), with `env` over the environment (None removes a name) and
    `stdin` as its input. Output reads as a text-mode pipe from a child would (line ends
    as newlines); an exception that is not an exit is raised, as it would be a traceback."""
    args = [str(a) for a in args]
    before = os.getcwd()
    with CliRunner().isolation(input=stdin, env=env) as (out, err, _):
        os.chdir(cwd or before)
        try:
            main(args)
        except SystemExit as exited:
            code = exited.code
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.chdir(before)
            i18n.set_language(None)  # a child's --ui-lang ends with it
        stdout, stderr = out.getvalue(), err.getvalue()
    if code is None:
        code = 0
    elif not isinstance(code, int):
        stderr += f"{code}\n".encode()
        code = 1
    return subprocess.CompletedProcess(["yongeo", *args], int(code), _text(stdout),
                                       _text(stderr))


def _text(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
