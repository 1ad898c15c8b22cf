"""Command-line values converted without a pydantic validator for each parameter.

Typer 0.29 converts a parameter's value with a pydantic TypeAdapter that it builds when the
parameter is first used: the first one imports pydantic, about a third of a lookup's
start-up, and each of a command's options costs milliseconds more. yongeo's parameters are
of a few plain types (text, a whole number with bounds, a choice of an Enum, a path, lists and
pairs of them), which typer's own helpers convert without pydantic: `coerce_cli_choice` and
`coerce_cli_path` are what its adapters call for them too. A value that is not plainly valid
(a number written otherwise than in digits or out of its bounds, a choice not among the
choices, a flag given as text, a type not listed here) goes to typer's adapter, so every
value typer refuses is refused with typer's own message, and every value it converts
otherwise is converted by typer. Where typer has no such internals, nothing changes.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer._typing import get_args, get_origin
except ImportError:  # another typer: its own conversion stays
    RuntimeParam = None  # type: ignore[assignment,misc]

_TYPER = object()  # not plainly valid: typer's adapter decides


def _whole(value: Any, info) -> Any:
    if isinstance(value, bool):
        return _TYPER
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit()):
            return _TYPER
        value = int(value)
    if not isinstance(value, int):
        return _TYPER
    if (info.min is not None and value < info.min) or (info.max is not None and value > info.max):
        return _TYPER
    return value


def _path(value: Any, annotation: type, info, param, ctx) -> Any:
    path_type = info.path_type or annotation
    if not (isinstance(path_type, type) and issubclass(path_type, Path)):
        return _TYPER
    if isinstance(value, str):
        if not value or "\0" in value:
            return _TYPER
        value = path_type(value)
    if not isinstance(value, path_type):
        return _TYPER
    return coerce_cli_path(value, info, path_type=path_type, param=param, ctx=ctx)


def _leaf(annotation: Any, info, value: Any, param, ctx) -> Any:
    if not isinstance(annotation, type):
        return _TYPER
    if issubclass(annotation, enum.Enum):
        try:
            return coerce_cli_choice(value, choices=list(annotation),
                                     case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:
            return _TYPER
    if annotation is str:
        return value if isinstance(value, str) else _TYPER
    if annotation is bool:
        return value if isinstance(value, bool) else _TYPER
    if annotation is int:
        return _whole(value, info)
    if issubclass(annotation, Path):
        return _path(value, annotation, info, param, ctx)
    return _TYPER


def _convert(annotation: Any, info, value: Any, param, ctx) -> Any:
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation)
        values = value if isinstance(value, list | tuple) else [value]
        converted = [_convert(item, info, one, param, ctx) for one in values]
        return _TYPER if any(one is _TYPER for one in converted) else converted
    if origin is tuple:
        items = get_args(annotation)
        if Ellipsis in items or not isinstance(value, list | tuple) or len(value) != len(items):
            return _TYPER
        converted = [_convert(item, info, one, param, ctx) for item, one in zip(items, value)]
        return _TYPER if any(one is _TYPER for one in converted) else tuple(converted)
    if origin is not None:
        return _TYPER
    return _leaf(annotation, info, value, param, ctx)


if RuntimeParam is not None:
    class PlainRuntimeParam(RuntimeParam):
        """A parameter of plain types: converted here, or by typer's adapter when unsure."""

        def _coerce_value(self, value: Any, param, ctx) -> Any:
            converted = _convert(self.annotation, self.parameter_info, value, param, ctx)
            if converted is _TYPER:
                return build_runtime_param(param.type_descriptor)._coerce_value(
                    value, param=param, ctx=ctx)
            return converted


def prepare(param) -> None:
    """Give one of typer's arguments or options (before its first value) the conversion
    above, unless it reads its values with a parser of its own or opens files."""
    descriptor = getattr(param, "type_descriptor", None)
    if (RuntimeParam is not None and getattr(param, "_runtime_param", True) is None
            and descriptor.file_annotation is None
            and descriptor.parameter_info.parser is None):
        param._runtime_param = PlainRuntimeParam(parameter_info=descriptor.parameter_info,
                                                 annotation=descriptor.annotation)
