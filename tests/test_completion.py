"""`yongeo completion SHELL`: the scripts, and the completions they ask the program for."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.run([sys.executable, "-m", "yongeo", *args], capture_output=True,
                          text=True, env=environ, timeout=120)


@pytest.mark.parametrize(("shell", "marker"), [
    ("bash", "complete -o default -F _yongeo_completion yongeo"),
    ("zsh", "compdef _yongeo_completion yongeo"),
    ("fish", "complete --command yongeo"),
])
def test_script_for_each_shell(shell, marker):
    result = run("completion", shell)
    assert result.returncode == 0, result.stderr
    assert "_YONGEO_COMPLETE=complete_" + shell in result.stdout
    assert marker in result.stdout


def test_unknown_shell_is_a_usage_error():
    assert run("completion", "tcsh").returncode == 2


# What the scripts do when the user presses Tab: call yongeo with these variables set.
@pytest.mark.parametrize(("env", "expected"), [
    ({"_YONGEO_COMPLETE": "complete_bash", "COMP_WORDS": "yongeo exp", "COMP_CWORD": "1"},
     "export"),
    ({"_YONGEO_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "yongeo export --format "},
     "tbx"),
    ({"_YONGEO_COMPLETE": "complete_fish", "_TYPER_COMPLETE_FISH_ACTION": "get-args",
      "_TYPER_COMPLETE_ARGS": "yongeo compl"}, "completion"),
])
def test_the_program_answers_the_scripts(env, expected):
    result = run(env=env)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
