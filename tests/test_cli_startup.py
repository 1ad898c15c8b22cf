"""What the command line builds at start: only the command a run names, all of them otherwise."""

from __future__ import annotations

import pytest

from yongeo import cli
from yongeo.cli import _invoked, app, main


def _names(commands: list) -> list[str]:
    from typer.main import get_command_name

    return [c.name or get_command_name(c.callback.__name__) for c in commands]


ALL = None  # every registered command is built


@pytest.mark.parametrize(("args", "built"), [
    (["lookup", "Takaichi"], ["lookup"]),
    (["lookup"], ["lookup"]),
    (["import", "terms.tsv"], ["import"]),
    (["config"], ["config"]),
    (["--ui-lang", "ko", "lint", "draft.po"], ["lint"]),
    (["--ui-lang=ko", "check"], ["check"]),
    (["lookup", "--help"], ["lookup"]),
    ([], ALL),
    (["--help"], ALL),
    (["-h", "lookup"], ALL),
    (["--version"], ALL),
    (["--ui-lang"], ALL),
    (["--ui-lang", "ko"], ALL),
    (["looku", "x"], ALL),  # typer names the nearest command: it needs them all
    (["--", "lookup"], ALL),
])
def test_only_the_named_command_is_built(args, built):
    chosen = _invoked(app.registered_commands, args)
    assert _names(chosen) == (built if built is not ALL else _names(app.registered_commands))


def test_tab_completion_builds_every_command(monkeypatch):
    monkeypatch.setenv("_YONGEO_COMPLETE", "complete_bash")
    assert _invoked(app.registered_commands, ["lookup"]) == app.registered_commands


@pytest.mark.parametrize("args", [["lookup", "Takaichi"], ["lookup", "--limit", "0", "x"],
                                  ["no-such-command"]])
def test_a_run_leaves_every_command_registered(args, capsys):
    registered = list(cli.app.registered_commands)
    with pytest.raises(SystemExit):
        main(args)
    assert cli.app.registered_commands == registered
