"""Typer's own help texts in the interface language, wrapped by display width for Hangul.

Typer 0.29 vendors click (typer._click) without click's gettext calls: "Usage:", the help
option's "Show this message and exit." and the completion options' help are plain strings, and
click's parse errors ("Missing argument", "No such option") are f-strings that no catalog can
reach; they stay English (locales/README.md). Typer itself marks a few texts (section headings,
"[default: …]", "[required]") with the standard library's gettext, whose global "messages"
domain knows neither --ui-lang nor a catalog compiled in memory: those are bound to yongeo's
catalog here. Click measures text in characters; a Hangul syllable takes two terminal
columns, so help with wide characters is wrapped here by display width instead.
"""

from __future__ import annotations

import typer
import typer.core
from typer._click.exceptions import BadParameter, MissingParameter
from typer._click.exceptions import UsageError as ClickUsageError

from yongeo import cli_values
from yongeo.i18n import N_, _
from yongeo.report.table import display_width

# What typer.core passes to gettext (tests/test_i18n.py checks the list against typer's source).
TYPER_MESSAGES = (
    N_("Arguments"), N_("Options"), N_("Commands"), N_("default: {default}"), N_("required"),
    N_("env var: {var}"), N_("(dynamic)"), N_("Aborted!"), N_("Missing command."),
    N_("No such command {name!r}."),
)
typer.core._ = _  # typer reads this module global at help time, after --ui-lang is known


def _builtin_help(text: str) -> str:
    """The help of the options typer adds itself, which it does not mark for translation."""
    return {
        "Show this message and exit.": _("Show this message and exit."),
        "Install completion for the current shell.": _(
            "Install completion for the current shell."),
        "Show completion for the current shell, to copy it or customize the installation.": _(
            "Show completion for the current shell, to copy it or customize the installation."),
    }.get(text, text)


def _is_wide(text: str) -> bool:
    return display_width(text) != len(text)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of at most `width` columns (a longer word stands alone), broken at spaces, as
    Korean breaks between eojeol; paragraphs (blank lines) are kept, and a paragraph opened
    by click's no-rewrap marker (\\b) is kept as written."""
    lines: list[str] = []
    for number, paragraph in enumerate(text.expandtabs().split("\n\n")):
        if number:
            lines.append("")
        raw = paragraph.splitlines()
        if raw and raw[0].strip() == "\b":
            lines.extend(indent + line for line in raw[1:])
            continue
        line, used = indent, display_width(indent)
        # typer sets "[default: …]" off by two spaces; the second one travels with it
        for word in paragraph.replace("  [", " \0[").split():
            size = display_width(word)
            if line.strip() and used + 1 + size > width:
                lines.append(line)
                line, used = indent, display_width(indent)
            if line.strip():
                line, used = line + " ", used + 1
            line, used = line + word, used + size
        lines.append(line)
    return [line.replace("\0", " ") for line in lines]


def short_help(text: str, limit: int) -> str:
    """The first sentence of the first paragraph if it fits `limit` columns, else as many
    words as fit followed by '...' (click's rule, counted in columns)."""
    words = text.split("\n\n")[0].split()
    if words and words[0] == "\b":
        words = words[1:]
    shown: list[str] = []
    for word in words:
        candidate = " ".join([*shown, word])
        if display_width(candidate) > limit:
            break
        shown.append(word)
        if word.endswith("."):
            return candidate
    else:
        return " ".join(shown)
    while shown and display_width(" ".join(shown) + "...") > limit:
        shown.pop()
    return " ".join(shown) + "..."


class HelpFormatter(typer.Context.formatter_class):  # click's HelpFormatter, vendored
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _("Usage: ") if prefix is None else prefix)

    def write_text(self, text: str) -> None:
        if not _is_wide(text):
            return super().write_text(text)
        indent = " " * self.current_indent
        self.write("\n".join(line.rstrip() for line in wrap(text, self.width, indent)) + "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(first, _builtin_help(second)) for first, second in rows]
        if not any(_is_wide(second) for _first, second in rows):
            return super().write_dl(rows, col_max, col_spacing)
        first_col = min(max(display_width(first) for first, _second in rows), col_max)
        first_col += col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, max(self.width - first_col - 2, 10))
            pad = " " * (first_col + self.current_indent)
            self.write("\n".join([lines[0], *(pad + line if line else "" for line in lines[1:])])
                       + "\n")


class Context(typer.Context):
    formatter_class = HelpFormatter


# --- metavars and usage errors in people's words ----------------------------------------------

# What a value is, by its Python type, where a parameter names no metavar of its own.
_METAVARS = {"int": "N", "float": "NUMBER", "str": "TEXT", "Path": "PATH", "bool": ""}


def _value_name(param: typer.core.TyperArgument | typer.core.TyperOption) -> str:
    """PATH, N, TEXT, or the choices as [a|b|c]: never a Python type."""
    if param.metavar is not None:
        return param.metavar
    choices = param.type_descriptor.choices
    if choices:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in choices) + "]"
    annotation = param.type_descriptor.annotation
    if typer.core.get_origin(annotation) in (list, tuple):
        annotation = typer.core.get_args(annotation)[0]
    return _METAVARS.get(getattr(annotation, "__name__", ""), "VALUE")


class HumanArgument(typer.core.TyperArgument):
    """An argument shown by its metavar alone (PATH...), as in a man page."""

    def _name(self) -> str:
        return (self.metavar or self.name or "").upper() + ("..." if self.nargs != 1 else "")

    def get_help_record(self, ctx):
        record = super().get_help_record(ctx)
        return None if record is None else (self._name(), record[1])

    def display_type_rich(self, ctx) -> str | None:
        return None

    def get_usage_pieces(self, ctx) -> list[str]:
        return [self._name() if self.required else f"[{self._name()}]"]

    def get_runtime_param(self):
        cli_values.prepare(self)
        return super().get_runtime_param()


class HumanOption(typer.core.TyperOption):
    """An option's value shown as FILE, N, TEXT or [a|b], never as a Python type."""

    def display_type_rich(self, ctx) -> str | None:
        return _value_name(self)

    def _get_number_range_help_str(self) -> str | None:
        return None  # "x>=1" is the library's notation; the help text says what is allowed

    def get_runtime_param(self):
        cli_values.prepare(self)
        return super().get_runtime_param()


class BadValue(ClickUsageError):
    """A value an option or argument does not take: one line, in the interface language."""

    def show(self, file=None) -> None:
        typer.echo(f"yongeo: {self.format_message()}", err=True)


def _first(value, accepted) -> str:
    values = value if isinstance(value, list | tuple) else [value]
    return next((str(v) for v in values if not accepted(str(v))), str(values[0]))


def _is_at_least(minimum: int):
    def accepted(text: str) -> bool:
        try:
            return int(text) >= minimum
        except ValueError:
            return False
    return accepted


def _where(param, command: str) -> str:
    """How a message names a parameter: the command and the option, or the argument."""
    return f"{command} {param.opts[0]}".strip() if getattr(param, "opts", None) and \
        param.param_type_name == "option" else f"{command} {_value_name(param)}".strip()


def missing(param, command: str) -> BadValue:
    """Our own words for a required argument or option that was not given."""
    return BadValue(_("{option}: required, and not given (see 'yongeo {command} -h')").format(
        option=_where(param, command), command=command))


def bad_value(param, raw: dict, command: str) -> BadValue:
    """Our own words for a value typer (through its validation library) refused."""
    where = _where(param, command)
    value = raw.get(param.name)
    choices = param.type_descriptor.choices
    if value is None:
        return BadValue(_("{option}: not a valid value").format(option=where))
    if choices:
        names = [str(getattr(c, "value", c)) for c in choices]
        return BadValue(_("{option}: '{value}' is not one of {choices}").format(
            option=where, value=_first(value, names.__contains__), choices=", ".join(names)))
    if getattr(param, "min", None) is not None:
        return BadValue(_("{option}: '{value}' is not a whole number of at least {min}").format(
            option=where, value=_first(value, _is_at_least(param.min)), min=param.min))
    return BadValue(_("{option}: '{value}' is not a valid value").format(
        option=where, value=_first(value, lambda _text: False)))


class _Human:
    """Parameters in people's words; a refused value reported in one line of our own."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is typer.core.TyperArgument:
                param.__class__ = HumanArgument
            elif type(param) is typer.core.TyperOption:
                param.__class__ = HumanOption

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            cli_values.prepare(option)
        return option

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        raw_args = list(args)
        try:
            return super().parse_args(ctx, args)
        except MissingParameter as exc:  # a BadParameter too, but nothing was refused
            if exc.param is None:
                raise
            raise missing(exc.param, ctx.command_path.partition(" ")[2]) from None
        except BadParameter as exc:
            if exc.param is None:
                raise
            try:
                raw, _rest, _order = self.make_parser(ctx).parse_args(args=raw_args)
            except ClickUsageError:
                raw = {}
            command = ctx.command_path.partition(" ")[2]
            raise bad_value(exc.param, raw, command) from None


class Command(_Human, typer.core.TyperCommand):
    context_class = Context

    def get_short_help_str(self, limit: int = 45) -> str:
        text = super().get_short_help_str(limit)
        if not _is_wide(self.short_help or self.help or ""):
            return text
        return short_help(self.short_help or self.help or "", limit)


class Group(_Human, typer.core.TyperGroup):
    context_class = Context


class Typer(typer.Typer):
    """typer.Typer whose group and commands speak the interface language."""

    def __init__(self, **options) -> None:
        options.setdefault("cls", Group)
        super().__init__(**options)

    def command(self, name: str | None = None, **options):
        options["cls"] = options.get("cls") or Command
        return super().command(name, **options)
