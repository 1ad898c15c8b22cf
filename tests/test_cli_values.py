"""Command-line values converted without pydantic (yongeo.cli_values), exactly as typer's own
adapters convert or refuse them: every parameter of every command, against a table of values."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.main import get_command

from yongeo import cli_values
from yongeo.cli import app

# Raw values as the command line gives them, by the parameter's leaf type; each is tried
# alone and, for a list or a pair, as items.
VALUES = {
    str: ["Takaichi", "", "다카이치 사나에", "-", " spaced "],
    int: ["1", "0", "10", "65535", "65536", "-1", "+3", " 2", "1_0", "1.5", "x", "",
          "٣", "2.0", 7, 0],
    bool: [True, False, "true", "no", ""],
    Path: ["draft.po", "a/b.txt", "-", "", "~/x", "한국어.po", Path("given.po")],
}


def _leaf(annotation):
    origin = typer.core.get_origin(annotation)
    return typer.core.get_args(annotation)[0] if origin in (list, tuple) else annotation


def _values(annotation) -> list:
    leaf = _leaf(annotation)
    if isinstance(leaf, type) and issubclass(leaf, Path):
        singles = VALUES[Path]
    elif isinstance(leaf, type) and issubclass(leaf, __import__("enum").Enum):
        singles = [m.value for m in leaf] + [m.value.upper() for m in leaf] + ["bogus", "",
                                                                             next(iter(leaf))]
    else:
        singles = VALUES.get(leaf, ["x"])
    origin = typer.core.get_origin(annotation)
    if origin is list:
        return [(v,) for v in singles] + [tuple(singles[:3]), ()]
    if origin is tuple:
        return [(a, b) for a in singles[:3] for b in singles[:2]] + [(singles[0],)]
    return singles


def _parameters():
    command = get_command(app)
    found = []
    for name, sub in command.commands.items():
        ctx = typer.Context(sub, info_name=name)
        for param in sub.params:
            found.append(pytest.param(sub, ctx, param, id=f"{name}-{param.name}"))
    return found


def _outcome(runtime, value, param, ctx):
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "refused", exc.format_message()
    return "converted", type(result), result


@pytest.mark.parametrize(("command", "ctx", "param"), _parameters())
def test_values_are_converted_and_refused_as_typer_does(command, ctx, param):
    descriptor = param.type_descriptor
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        pytest.skip("typer converts it itself")
    ours = cli_values.PlainRuntimeParam(parameter_info=descriptor.parameter_info,
                                        annotation=descriptor.annotation)
    typers = build_runtime_param(descriptor)
    for value in _values(descriptor.annotation):
        assert _outcome(ours, value, param, ctx) == _outcome(typers, value, param, ctx), value


def test_a_lookup_runs_without_pydantic(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    probe = ("import sys\nfrom yongeo.cli import main\n"
             "try:\n    main(['lookup', '--limit', '3', '--format', 'tsv', 'Takaichi'])\n"
             "except SystemExit:\n    pass\n"
             "print('pydantic' in sys.modules, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120)
    assert "다카이치" in done.stdout
    assert done.stderr.strip().endswith("False")
