"""The yongeo command line: parse options, call the library, render, exit."""

# No `from __future__ import annotations` here: typer reads every command's annotations at
# each start (for help and TAB completion as well), and evaluating them from strings cost
# more than the rest of building the commands. Names imported only for type checking are
# quoted instead.

import enum
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from yongeo import __version__
from yongeo.errors import UsageError, WriteError, YongeoError
from yongeo.files import decode_text, read_text, refuse_overwriting, report_waits, write_output
from yongeo.helptext import Typer
from yongeo.i18n import _, ngettext, set_language
from yongeo.shown import has_undecodable, show_list, show_path, show_text

# Each command imports the library it runs when it runs: the glossary, the matcher, the
# reports and their dependencies are not paid for by --help, TAB completion or another
# command.
if TYPE_CHECKING:
    from yongeo.config import Selection
    from yongeo.glossary.model import Glossary, Term
    from yongeo.lint.run import FileReport


def _ui_lang_from_argv(argv: list[str]) -> str | None:
    """--ui-lang must act before the commands' help texts are built, at import time."""
    for index, arg in enumerate(argv):
        if arg == "--ui-lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--ui-lang="):
            return arg.split("=", 1)[1]
    return None


set_language(_ui_lang_from_argv(sys.argv[1:]))


class ExitCode(enum.IntEnum):
    """0 clean or found, 1 findings or nothing found, 2 usage or input error."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


app = Typer(
    name="yongeo",
    help=_("Korean–English terminology for Korea–Japan diplomacy: look up, lint and edit "
           "PO glossaries."),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=False,  # `yongeo completion SHELL` is the one way to install it
    context_settings={"help_option_names": ["-h", "--help"]},
)

GlossaryOption = Annotated[
    list[Path] | None,
    typer.Option("--glossary", "-g", help=_(
        "A PO glossary or a directory of them (repeatable). Default: $YONGEO_GLOSSARY, "
        "then yongeo.toml or [tool.yongeo], then the bundled glossary."),
        show_default=False),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"yongeo {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help=_("Show the version and exit."))] = False,
    ui_lang: Annotated[str | None, typer.Option(
        "--ui-lang", metavar="LANG", help=_("Language of yongeo's own messages (en, ko); default follows "
                            "LANGUAGE, LC_ALL, LC_MESSAGES, LANG."))] = None,
) -> None:
    # Every invocation decides afresh (one process may run several: tests, the editor).
    set_language(ui_lang)


def fail(message: str) -> NoReturn:
    typer.echo(f"yongeo: {message}", err=True)
    raise typer.Exit(ExitCode.ERROR)


def _texts(arguments: dict[str, str | list[str] | None]) -> None:
    """Refuse a term, query or note that holds bytes that are not UTF-8 (the shell passed
    them through; Python keeps them as surrogate escapes), naming the argument, before they
    are taken for text a glossary cannot store."""
    for name, value in arguments.items():
        for text in [value] if isinstance(value, str) else value or ():
            if has_undecodable(text):
                raise UsageError(_("the argument {name} ('{value}') is not valid UTF-8 text; "
                                   "check the terminal's or the script's encoding").format(
                    name=name, value=show_text(text)))


def _variant_options(en_variant, ko_variant, en_deprecated, ko_deprecated,
                     en_rendering=None, ko_rendering=None, en_superseded=None,
                     ko_superseded=None) -> dict:
    return {"--en-variant": en_variant, "--ko-variant": ko_variant,
            "--en-deprecated": en_deprecated, "--ko-deprecated": ko_deprecated,
            "--en-rendering": en_rendering, "--ko-rendering": ko_rendering,
            "--en-superseded": en_superseded, "--ko-superseded": ko_superseded}


def _glossary(paths: list[Path] | None) -> "Glossary":
    from yongeo.config import load_glossary, select_glossaries
    return load_glossary(select_glossaries(paths))


def _target(paths: list[Path] | None) -> Path:
    from yongeo.config import edit_target, select_glossaries
    return edit_target(select_glossaries(paths))


def _width() -> int:
    return max(60, shutil.get_terminal_size((100, 24)).columns)


# --- look up ---------------------------------------------------------------------------


class LookupFormat(enum.StrEnum):
    text = "text"
    json = "json"
    tsv = "tsv"


@app.command(help=_(
    "Find terms in either language, best match first.\n\n"
    "Several queries are looked up one after the other; - reads one query per line from "
    "standard input."))
def lookup(
    queries: Annotated[list[str], typer.Argument(metavar="QUERY", help=_(
        "A term in English or Korean: particles, spacing, typos and initial consonants "
        "(ㅅㅌㅇㄱ) are fine. - reads one query per line from standard input."),
        show_default=False)],
    fmt: Annotated[LookupFormat, typer.Option("--format", "-f", help=_(
        "Output format (json: one query gives an array of entries, several an array of "
        "objects holding the query and its entries; tsv: a header row, then one row per "
        "entry found)."))
                   ] = LookupFormat.text,
    as_json: Annotated[bool, typer.Option("--json", help=_("The same as --format json."))
                       ] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1,
                                       help=_("Show at most this many entries per query."))
                     ] = 10,
    glossary: GlossaryOption = None,
) -> None:
    from yongeo.config import load_glossary, select_glossaries
    from yongeo.lookup import lookup as find_entries
    from yongeo.report.entries import lookup_batch_json, lookup_json, lookup_table, lookup_tsv

    from_stdin = "-" in queries
    queries = _queries(queries)
    _texts({"QUERY": queries})
    if as_json:
        fmt = LookupFormat.json
    selection = select_glossaries(glossary)
    loaded = load_glossary(selection)
    batches = [(query, find_entries(loaded, query, limit)) for query in queries]
    for query, results in batches:
        if not results:
            typer.echo(_nothing_found(query, loaded, selection), err=True)
    if fmt is LookupFormat.json:
        typer.echo(lookup_json(batches[0][1]) if len(batches) == 1 and not from_stdin
                   else lookup_batch_json(batches))
    elif fmt is LookupFormat.tsv:
        typer.echo(lookup_tsv(batches))
    else:
        shown = [(query, results) for query, results in batches if results]
        for number, (query, results) in enumerate(shown):
            if len(batches) > 1:
                typer.echo(("\n" if number else "") + f"{show_text(query)}:")
            typer.echo(lookup_table(results, _width()))
    raise typer.Exit(ExitCode.OK if all(results for _q, results in batches)
                     else ExitCode.FINDINGS)


def _queries(arguments: list[str]) -> list[str]:
    """The queries as given, with - replaced by the lines of standard input (blank lines
    skipped)."""
    if "-" not in arguments:
        return arguments
    from yongeo.files import read_stdin

    text = decode_text(read_stdin(), "<stdin>")
    queries: list[str] = []
    for argument in arguments:
        if argument == "-":
            queries.extend(line.strip() for line in text.splitlines() if line.strip())
        else:
            queries.append(argument)
    if not queries:
        raise UsageError(_("nothing to look up: standard input held no query"))
    return queries


def _nothing_found(query: str, loaded: "Glossary", selection: "Selection") -> str:
    """'nothing found', naming the glossaries searched: a project's own glossary hides the
    bundled one, and an empty one finds nothing at all."""
    searched = _selection_text(selection)
    if not len(loaded):
        return _("nothing found for '{query}': the glossary {paths} has no entries").format(
            query=show_text(query), paths=searched)
    return _("nothing found for '{query}' in {paths}").format(query=show_text(query),
                                                             paths=searched)


def _near(path: Path) -> Path:
    """A path under the working directory as relative to it, others as they are."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return path


def _selection_text(selection: "Selection") -> str:
    """The glossaries in use and where that choice came from, for one line of a message."""
    from yongeo.config import ENV_GLOSSARY

    files = show_list([_near(p) for p in selection.paths])
    if selection.origin == "bundled":
        return _("{files} (the bundled glossary)").format(files=files)
    if selection.origin == "config":
        return _("{files} (from {config})").format(
            files=files, config=show_path(_near(selection.config.path)))
    if selection.origin == "environment":
        return _("{files} (from ${variable})").format(files=files, variable=ENV_GLOSSARY)
    return files


# --- edit ------------------------------------------------------------------------------

EnVariants = Annotated[list[str] | None, typer.Option(
    "--en-variant", metavar="TERM", help=_("An admitted English term (repeatable)."), show_default=False)]
KoVariants = Annotated[list[str] | None, typer.Option(
    "--ko-variant", metavar="TERM", help=_("An admitted Korean term (repeatable)."), show_default=False)]
EnDeprecated = Annotated[list[str] | None, typer.Option(
    "--en-deprecated", metavar="TERM", help=_("A deprecated (forbidden) English term (repeatable)."),
    show_default=False)]
KoDeprecated = Annotated[list[str] | None, typer.Option(
    "--ko-deprecated", metavar="TERM", help=_("A deprecated (forbidden) Korean term (repeatable)."),
    show_default=False)]
EnRenderings = Annotated[list[str] | None, typer.Option(
    "--en-rendering", metavar="TERM", help=_("An English rendering accepted in translations "
                                             "only, never looked for in an English source "
                                             "(repeatable)."), show_default=False)]
KoRenderings = Annotated[list[str] | None, typer.Option(
    "--ko-rendering", metavar="TERM", help=_("A Korean rendering accepted in translations "
                                             "only, never looked for in a Korean source "
                                             "(repeatable)."), show_default=False)]
EnSuperseded = Annotated[list[str] | None, typer.Option(
    "--en-superseded", metavar="'TERM (until YEAR)'", help=_(
        "A former English name: a deprecated term that was the entry's name until YEAR, "
        "written 'TERM (until YEAR)' (repeatable)."), show_default=False)]
KoSuperseded = Annotated[list[str] | None, typer.Option(
    "--ko-superseded", metavar="'TERM (until YEAR)'", help=_(
        "A former Korean name: a deprecated term that was the entry's name until YEAR, "
        "written 'TERM (until YEAR)' (repeatable)."), show_default=False)]
TypeOption = Annotated[str | None, typer.Option(
    "--type", "-t", metavar="TYPE", help=_("person, place, organization, agreement, title, concept, event "
                           "or publication."), show_default=False)]
NoteOption = Annotated[str | None, typer.Option("--note", metavar="TEXT", help=_("A note or definition."),
                                                show_default=False)]
PosOption = Annotated[str | None, typer.Option(
    "--pos", metavar="POS", help=_("The English term's part of speech: noun, verb, adjective, "
                                   "adverb or proper-noun (a noun entry does not match the "
                                   "word used as a verb)."), show_default=False)]
NotInOption = Annotated[list[str] | None, typer.Option(
    "--not-in", metavar="PHRASE", help=_("A phrase in which the word is not this term: "
                                         "English for the English word, such as 'in this "
                                         "case', Korean for the Korean, such as '보험 가입' "
                                         "(repeatable)."),
    show_default=False)]


def _variants(en_variant, ko_variant, en_deprecated, ko_deprecated, en_rendering=None,
              ko_rendering=None) -> "tuple[Term, ...]":
    from yongeo.glossary.model import Status, Term

    groups = ((en_variant, "en", Status.ADMITTED, False),
              (ko_variant, "ko", Status.ADMITTED, False),
              (en_deprecated, "en", Status.DEPRECATED, False),
              (ko_deprecated, "ko", Status.DEPRECATED, False),
              (en_rendering, "en", Status.ADMITTED, True),
              (ko_rendering, "ko", Status.ADMITTED, True))
    return tuple(Term(text, lang, status, rendering) for values, lang, status, rendering
                 in groups for text in values or ())


def _former(en_superseded, ko_superseded) -> "tuple[tuple[str, str, int], ...]":
    from yongeo.glossary.edit import former_names

    return former_names(en_superseded, "en") + former_names(ko_superseded, "ko")


@app.command(help=_("Add a concept entry to the glossary."))
def add(
    en: Annotated[str, typer.Argument(metavar="EN", help=_("The preferred English term."))],
    ko: Annotated[str, typer.Argument(metavar="KO", help=_("The preferred Korean term."))],
    entry_type: TypeOption = None,
    note: NoteOption = None,
    en_variant: EnVariants = None,
    ko_variant: KoVariants = None,
    en_deprecated: EnDeprecated = None,
    ko_deprecated: KoDeprecated = None,
    en_rendering: EnRenderings = None,
    ko_rendering: KoRenderings = None,
    en_superseded: EnSuperseded = None,
    ko_superseded: KoSuperseded = None,
    case_sensitive: Annotated[bool, typer.Option(
        "--case-sensitive", help=_("Match the English terms with their case (acronyms)."))
    ] = False,
    untranslated: Annotated[bool, typer.Option(
        "--untranslated", help=_("The term stays as it is in translations."))] = False,
    fuzzy: Annotated[bool, typer.Option("--fuzzy", help=_("Mark as not yet reviewed."))
                     ] = False,
    pos: PosOption = None,
    not_in: NotInOption = None,
    glossary: GlossaryOption = None,
) -> None:
    from yongeo.glossary import edit as editing

    _texts({"EN": en, "KO": ko, "--type": entry_type, "--note": note, "--pos": pos,
            "--not-in": not_in, **_variant_options(en_variant, ko_variant, en_deprecated,
                                                   ko_deprecated, en_rendering, ko_rendering,
                                                   en_superseded, ko_superseded)})
    target = _target(glossary)
    entry = editing.new_entry(
        en, ko, entry_type or "concept", note or "",
        _variants(en_variant, ko_variant, en_deprecated, ko_deprecated, en_rendering,
                  ko_rendering),
        case_sensitive, untranslated, fuzzy, pos, tuple(not_in or ()),
        _former(en_superseded, ko_superseded))
    editing.add_entry(target, entry)
    typer.echo(_("added '{en}' = '{ko}' ({id}) to {path}").format(
        en=show_text(entry.en), ko=show_text(entry.ko), id=entry.id, path=show_path(target)))


@app.command(help=_("Change an entry: terms, variants and their status, type, note, flags."))
def edit(
    term: Annotated[str, typer.Argument(metavar="TERM",
                                        help=_("Any term of the entry, or its id."))],
    en: Annotated[str | None, typer.Option(
        "--en", metavar="TERM", help=_("New preferred English term (the old one becomes admitted)."),
        show_default=False)] = None,
    ko: Annotated[str | None, typer.Option(
        "--ko", metavar="TERM", help=_("New preferred Korean term (the old one becomes admitted)."),
        show_default=False)] = None,
    entry_type: TypeOption = None,
    note: NoteOption = None,
    en_variant: EnVariants = None,
    ko_variant: KoVariants = None,
    en_deprecated: EnDeprecated = None,
    ko_deprecated: KoDeprecated = None,
    en_rendering: EnRenderings = None,
    ko_rendering: KoRenderings = None,
    en_superseded: EnSuperseded = None,
    ko_superseded: KoSuperseded = None,
    drop: Annotated[list[str] | None, typer.Option(
        "--drop", metavar="TERM", help=_("Remove this variant (repeatable)."), show_default=False)] = None,
    case_sensitive: Annotated[bool | None, typer.Option(
        "--case-sensitive/--no-case-sensitive", help=_("Match English terms with their case."),
        show_default=False)] = None,
    untranslated: Annotated[bool | None, typer.Option(
        "--untranslated/--translated", help=_("The term stays as it is in translations."),
        show_default=False)] = None,
    fuzzy: Annotated[bool | None, typer.Option(
        "--fuzzy/--reviewed", help=_("Mark as not reviewed, or as reviewed."),
        show_default=False)] = None,
    pos: Annotated[str | None, typer.Option(
        "--pos", metavar="POS", help=_("Set the English term's part of speech (noun, verb, "
                                       "adjective, adverb, proper-noun), or none to remove "
                                       "it."), show_default=False)] = None,
    not_in: NotInOption = None,
    drop_not_in: Annotated[list[str] | None, typer.Option(
        "--drop-not-in", metavar="PHRASE", help=_("Remove this exclusion phrase "
                                                  "(repeatable)."), show_default=False)] = None,
    glossary: GlossaryOption = None,
) -> None:
    from yongeo.glossary import edit as editing

    _texts({"TERM": term, "--en": en, "--ko": ko, "--type": entry_type, "--note": note,
            "--drop": drop, "--pos": pos, "--not-in": not_in, "--drop-not-in": drop_not_in,
            **_variant_options(en_variant, ko_variant, en_deprecated, ko_deprecated,
                               en_rendering, ko_rendering, en_superseded, ko_superseded)})
    target = _target(glossary)
    change = editing.Change(
        en=en, ko=ko, type=entry_type, note=note,
        variants=_variants(en_variant, ko_variant, en_deprecated, ko_deprecated,
                           en_rendering, ko_rendering),
        drop=tuple(drop or ()), case_sensitive=case_sensitive, untranslated=untranslated,
        fuzzy=fuzzy, pos="" if pos == "none" else pos, not_in=tuple(not_in or ()),
        drop_not_in=tuple(drop_not_in or ()), former=_former(en_superseded, ko_superseded))
    old, new = editing.edit_entry(target, term, change)
    if old == new:
        typer.echo(_("'{en}' is unchanged").format(en=show_text(old.en)))
    else:
        typer.echo(_("updated '{en}' = '{ko}' ({id}) in {path}").format(
            en=show_text(new.en), ko=show_text(new.ko), id=new.id, path=show_path(target)))


@app.command(help=_("Remove an entry from the glossary."))
def remove(
    term: Annotated[str, typer.Argument(metavar="TERM",
                                        help=_("Any term of the entry, or its id."))],
    glossary: GlossaryOption = None,
) -> None:
    from yongeo.glossary import edit as editing

    _texts({"TERM": term})
    target = _target(glossary)
    entry = editing.remove_entry(target, term)
    typer.echo(_("removed '{en}' = '{ko}' ({id}) from {path}").format(
        en=show_text(entry.en), ko=show_text(entry.ko), id=entry.id, path=show_path(target)))


@app.command(help=_(
    "Validate the glossary: duplicates, clashes, empty terms, types; exit 1 on "
    "errors."))
def check(glossary: GlossaryOption = None) -> None:
    from yongeo.config import load_glossary, select_glossaries
    from yongeo.glossary.check import check_glossary
    from yongeo.report.entries import problems_text

    selection = select_glossaries(glossary)
    loaded = load_glossary(selection)
    typer.echo(_("checked {glossaries}").format(glossaries=_selection_text(selection)))
    problems = check_glossary(loaded)
    fuzzy = sum(1 for e in loaded if e.fuzzy)
    typer.echo(problems_text(problems, len(loaded), fuzzy))
    errors = any(p.severity == "error" for p in problems)
    raise typer.Exit(ExitCode.FINDINGS if errors else ExitCode.OK)


@app.command(help=_("Start a project glossary: a yongeo.toml and a Korean PO file."))
def init(
    directory: Annotated[Path, typer.Argument(help=_("Where to start the project glossary."))
                         ] = Path("."),
    from_bundled: Annotated[bool, typer.Option(
        "--from-bundled", help=_("Start from a copy of the bundled diplomacy glossary."))
    ] = False,
) -> None:
    from yongeo.config import bundled_glossary_dir
    from yongeo.glossary import edit as editing

    bundled = bundled_glossary_dir() / "ko.po" if from_bundled else None
    config, target = editing.init_project(directory, bundled)
    typer.echo(_("created {config} and {glossary}").format(config=show_path(config),
                                                           glossary=show_path(target)))
    typer.echo(_("from now on yongeo uses {glossary} here, not the bundled glossary "
                 "('yongeo config' shows what is in effect)").format(glossary=show_path(target)))


@app.command("config", help=_(
    "Show what is in effect here: the glossary files and where that choice came from, the "
    "lint settings, the cache and the interface language."))
def config_(glossary: GlossaryOption = None) -> None:
    from yongeo import cache
    from yongeo.config import load_glossary, po_files, select_glossaries
    from yongeo.i18n import language
    from yongeo.lint.rules import (
        include_fuzzy_setting,
        policy_from_settings,
        statistics_settings,
    )

    selection = select_glossaries(glossary)
    loaded = load_glossary(selection)
    settings, origin = selection.config.settings, selection.config.path
    policy = policy_from_settings(settings, origin and str(origin))
    share, minimum = statistics_settings(settings, origin and str(origin))
    files = [f for p in selection.paths for f in po_files(p)]
    lines = [(_("glossary"), _selection_text(selection)),
             *((" ", show_path(_near(f))) for f in files
               if len(files) > 1 or f != selection.paths[0]),
             (_("entries"), str(len(loaded))),
             (_("configuration"), show_path(_near(origin)) if origin else _("none")),
             ("lint.fail-on", policy.fail_on.value if policy.fail_on else "none"),
             ("lint.disable", ", ".join(sorted(policy.disabled)) or "-"),
             ("lint.severity", ", ".join(f"{rule}={severity.value}" for rule, severity
                                         in sorted(policy.severities.items())) or "-"),
             ("lint.include-fuzzy", str(include_fuzzy_setting(settings)).lower()),
             ("lint.ambiguous-share", f"{share:g}"), ("lint.ambiguous-min", str(minimum)),
             (_("cache"), show_path(cache.cache_dir()) if cache.enabled() else _("off")),
             (_("interface language"), language())]
    width = max(len(name) for name, _value in lines)
    typer.echo("\n".join(f"{name:<{width}}  {value}".rstrip() if name.strip()
                         else f"{'':<{width}}  {value}" for name, value in lines))


# --- export and import -----------------------------------------------------------------


class ExportFormat(enum.StrEnum):
    json = "json"
    tsv = "tsv"
    csv = "csv"
    tbx = "tbx"
    po = "po"


class ImportFormat(enum.StrEnum):
    tsv = "tsv"
    csv = "csv"
    tbx = "tbx"
    json = "json"
    po = "po"


@app.command(help=_(
    "Write the glossary as JSON, TSV (OmegaT), CSV, TBX (TBX-Basic, for CAT tools) or one "
    "PO file."))
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help=_("Output format."))
                   ] = ExportFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help=_(
        "Write to this file instead of standard output."), show_default=False)] = None,
    glossary: GlossaryOption = None,
    tbx_version: Annotated[int, typer.Option(
        "--tbx-version", min=2, max=3, metavar="2|3", help=_(
            "TBX version: 3 (ISO 30042:2019), or 2 (martif) for translate-toolkit, Weblate "
            "and older MultiTerm."))] = 3,
) -> None:
    from yongeo.glossary.formats import EXPORTERS
    from yongeo.glossary.tbx import to_tbx

    loaded = _glossary(glossary)
    if output is not None:
        refuse_overwriting(output, loaded.sources)
    if fmt is ExportFormat.tbx:
        text = to_tbx(loaded, version=tbx_version)
    else:
        text = EXPORTERS[fmt.value](loaded)
    if output is None:
        sys.stdout.write(text)
    else:
        write_output(output, text)


@app.command("import", help=_(
    "Merge a TSV (OmegaT), CSV, TBX (v2 or v3), JSON or PO glossary into a PO glossary."))
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=_("The file to import."))],
    into: Annotated[Path | None, typer.Option("--into", metavar="FILE", help=_(
        "The PO glossary to merge into (created if missing). Default: the one 'yongeo "
        "add' edits ($YONGEO_GLOSSARY, else yongeo.toml's)."), show_default=False)] = None,
    fmt: Annotated[ImportFormat | None, typer.Option("--format", "-f", help=_(
        "Input format; by default the file's extension says it (.tsv .csv .tbx .json "
        ".po)."), show_default=False)] = None,
) -> None:
    from yongeo.glossary import edit as editing
    from yongeo.glossary.formats import IMPORTERS, format_of, unknown_csv_columns
    from yongeo.glossary.po import read_po_file
    from yongeo.glossary.tbx import load_tbx

    chosen = into is None  # then the summary says where the entries went
    if into is None:
        into = _target(None)
    inferred = fmt is None
    if fmt is None:
        by_name = format_of(str(file))
        if by_name is None:
            fail(f"{show_path(file)}: " + _(
                "cannot tell the format from the file name; give --format (tsv, csv, tbx, "
                "json or po)"))
        fmt = ImportFormat(by_name)
    if fmt is ImportFormat.tbx:  # read as bytes: the XML declaration names the encoding
        loaded = load_tbx(file)
        entries = list(loaded.entries)
        for skip in loaded.skipped:
            typer.echo(f"{show_path(file)}:{skip.line}: " + _("skipped: {reason}").format(
                reason=skip.reason), err=True)
        left_out = loaded.other_languages
    else:
        # A PO file's header names its charset.
        text = read_po_file(file)[1] if fmt is ImportFormat.po else read_text(file)
        entries = IMPORTERS[fmt.value](text, str(file))
        left_out = unknown_csv_columns(text) if fmt is ImportFormat.csv else []
    for language, count in left_out:
        typer.echo(f"{show_path(file)}: " + ngettext(
            "warning: {n} term in '{language}' left out (yongeo keeps English and Korean)",
            "warning: {n} terms in '{language}' left out (yongeo keeps English and Korean)",
            count).format(n=count, language=show_text(language)), err=True)
    from yongeo.report.progress import CountLine  # only when a command needs it

    report = editing.import_entries(into, entries, CountLine(sys.stderr, len(entries)))
    for conflict in report.conflicts:
        detail = show_text(conflict)
        typer.echo(f"{show_path(file)}: " + _("conflict: {detail}").format(detail=detail),
                   err=True)
    typer.echo(", ".join((
        _("{n} added").format(n=len(report.added)),
        _("{n} updated").format(n=len(report.updated)),
        _("{n} unchanged").format(n=len(report.unchanged)),
        ngettext("{n} conflict", "{n} conflicts", len(report.conflicts)).format(
            n=len(report.conflicts))))
        # The format the extension chose, said in the summary (standard error stays for
        # problems).
        + (" " + _("(read as {format}, from its extension)").format(format=fmt.value.upper())
           if inferred else "")
        + (" " + _("into {path}").format(path=show_path(into)) if chosen else ""))
    raise typer.Exit(ExitCode.FINDINGS if report.conflicts else ExitCode.OK)


# --- completion ------------------------------------------------------------------------


class Shell(enum.StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@app.command(help=_(
    "Print the completion script for bash, zsh or fish.\n\n"
    "Load it from the shell's startup file: eval \"$(yongeo completion bash)\" in "
    "~/.bashrc, the same with zsh in ~/.zshrc (after compinit); for fish, save the "
    "output of yongeo completion fish as ~/.config/fish/completions/yongeo.fish."))
def completion(shell: Annotated[Shell, typer.Argument(metavar="SHELL", help=_("bash, zsh or fish."))]) -> None:
    from typer.completion import get_completion_script

    typer.echo(get_completion_script(prog_name="yongeo", complete_var="_YONGEO_COMPLETE",
                                     shell=shell.value))


# --- lint ------------------------------------------------------------------------------


class LintFormat(enum.StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    html = "html"
    github = "github"


class LintLang(enum.StrEnum):
    en = "en"
    ko = "ko"


class FailOn(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


@app.command(help=_(
    "Check drafts against the glossary: a draft with --source, PO files, or one text."))
def lint(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=_(
        "A draft (with --source), PO files, directories of PO files, or a text to check on "
        "its own."), show_default=False)],
    source: Annotated[Path | None, typer.Option("--source", "-s", metavar="FILE", help=_(
        "The source text the draft translates, aligned by blank-line paragraphs."),
        show_default=False)] = None,
    source_lang: Annotated[LintLang | None, typer.Option(
        "--source-lang", help=_("Language of the source (default: told by its script)."),
        show_default=False)] = None,
    target_lang: Annotated[LintLang | None, typer.Option(
        "--target-lang", help=_("Language of the draft (default: told by its script)."),
        show_default=False)] = None,
    fmt: Annotated[LintFormat, typer.Option("--format", "-f", help=_(
        "Output format (html: one self-contained page, source and draft side by side; "
        "github: GitHub Actions annotations)."))
                   ] = LintFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help=_(
        "Write the report to this file instead of standard output."), show_default=False)
    ] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help=_(
        "Exit with 1 when a finding is at least this severe (default: error, or lint.fail-on "
        "in the configuration)."), show_default=False)] = None,
    disable: Annotated[list[str] | None, typer.Option("--disable", metavar="RULE", help=_(
        "Do not run this rule, or this family of rules (repeatable)."), show_default=False)
    ] = None,
    include_fuzzy: Annotated[bool, typer.Option("--include-fuzzy", help=_(
        "Also check PO entries marked fuzzy."))] = False,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help=_(
        "Encoding of plain-text files (default UTF-8), e.g. cp949."), show_default=False)
    ] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help=_(
        "Check files, or the chunks of paragraphs of one long pair, in this many processes "
        "(default: one per core when there are several files)."), show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help=_(
        "Check files on a Dask cluster: its scheduler's address (tcp://host:8786), or local "
        "for a cluster of this machine's cores. Needs yongeo[dask]."), show_default=False)
    ] = None,
    stdin_filename: Annotated[str | None, typer.Option("--stdin-filename", metavar="NAME", help=_(
        "With - (the draft on standard input): the name to report it under, which also tells "
        "its kind (a .po name is read as a PO file) and language (brief.ko.txt). Default: "
        "<stdin>."), show_default=False)] = None,
    stats_only: Annotated[bool, typer.Option("--stats", help=_(
        "Print only the term statistics of the run: for each glossary term, its occurrences "
        "in the sources, how many have its translation, and the other renderings."))] = False,
    glossary: GlossaryOption = None,
) -> None:

    from yongeo.config import find_config, select_glossaries
    from yongeo.files import enabled as cache_enabled
    from yongeo.lint import LintOptions, Summary, collect_files, lint_paths
    from yongeo.lint.annotate import annotate_paths
    from yongeo.lint.index import compile_selection
    from yongeo.lint.rules import (
        include_fuzzy_setting,
        policy_from_settings,
        statistics_settings,
    )
    from yongeo.lint.run import default_jobs
    from yongeo.report import text as text_report
    from yongeo.report.github import lint_github
    from yongeo.report.html import lint_html
    from yongeo.report.json import lint_json, stats_json, write_lint_json
    from yongeo.report.sarif import lint_sarif

    if scheduler is not None:
        from yongeo.cluster import require_dask
        require_dask()
    config = find_config()
    origin = str(config.path) if config.path else None
    policy = policy_from_settings(config.settings, origin,
                                  disable=disable or (), fail_on=fail_on and fail_on.value)
    options = LintOptions(source, source_lang and source_lang.value,
                          target_lang and target_lang.value,
                          include_fuzzy or include_fuzzy_setting(config.settings), encoding,
                          policy, *statistics_settings(config.settings, origin))
    paths = _stdin_draft(paths, stdin_filename)
    files = collect_files(paths, source)
    if output is not None:
        refuse_overwriting(output, [*paths, *([source] if source else [])])
    index = compile_selection(select_glossaries(glossary))
    stats = options.statistics()
    workers = jobs if jobs is not None else default_jobs(len(files))
    summary = Summary()
    # On a terminal, a run of many files shows its progress on stderr, file by file: in the
    # text report as it streams to the terminal, else while the report is being made.
    progress = sys.stderr.isatty() and len(files) >= PROGRESS_FROM
    streamed = fmt is LintFormat.text and output is None and not stats_only
    checked = lint_paths(files, index, options, stats, workers, scheduler,
                         cache=cache_enabled())
    if progress and not (streamed and sys.stdout.isatty()):
        checked = _shown_progress(checked, len(files), lambda r: r)
    reports = _announce_invalid(checked)
    if stats_only:
        for report in reports:
            summary.add(report)
        results = stats.results()
        rendered = (stats_json(results) if fmt is LintFormat.json
                    else text_report.stats_table(results))
        if output is None:
            typer.echo(rendered)
        else:
            write_output(output, rendered + "\n")
        raise typer.Exit(ExitCode.ERROR if summary.invalid else ExitCode.OK)
    if fmt is LintFormat.text and output is None:
        progress = progress and sys.stdout.isatty()
        colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        for to_stderr, chunk in text_report.text_stream(
                reports, summary, policy, colour=colour, total=len(files),
                progress_width=_width() if progress else 0, stats=stats):
            typer.echo(chunk, err=to_stderr, nl=False)
    else:
        # html shows the text around the findings: the same lint, with its hits kept.
        if fmt is LintFormat.html:
            annotating = annotate_paths(files, index, options, stats)
            annotated = list(_shown_progress(annotating, len(files), lambda a: a.report)
                             if progress else annotating)
            reports = list(_announce_invalid(a.report for a in annotated))
        else:
            annotated, reports = [], list(reports)
        for report in reports:
            summary.add(report)
        results = stats.results()
        if fmt is LintFormat.json and output is None:
            # Written as it is encoded: the report of a large run need not be one string.
            write_lint_json(sys.stdout, reports, summary, policy, results)
            sys.stdout.flush()
        else:
            rendered = (
                lint_html(annotated, summary, policy, results) if fmt is LintFormat.html
                else lint_json(reports, summary, policy, results) if fmt is LintFormat.json
                else lint_sarif(reports, policy) if fmt is LintFormat.sarif
                else lint_github(reports) if fmt is LintFormat.github
                else text_report.render_text(reports, summary, summary.fails(policy),
                                             stats=results))
            if output is None:
                typer.echo(rendered)
            else:
                write_output(output, rendered + "\n")
    failed = summary.fails(policy)
    raise typer.Exit(ExitCode.ERROR if summary.invalid
                     else ExitCode.FINDINGS if failed else ExitCode.OK)


def _stdin_draft(paths: list[Path], name: str | None) -> list[Path]:
    """The paths to check, with - (standard input) read now and held under its name for
    the rest of the command; - goes alone, as the one draft."""
    if not any(str(p) == "-" for p in paths):
        if name is not None:
            raise UsageError(_("--stdin-filename goes with - (the draft on standard input)"))
        return paths
    if len(paths) != 1:
        raise UsageError(_("- (standard input) is the one draft of a run; give no other "
                           "path"))
    from typer._click.globals import get_current_context

    from yongeo.files import files_given, read_stdin

    name = name or "<stdin>"
    get_current_context().with_resource(files_given({name: read_stdin(name)}))
    return [Path(name)]


PROGRESS_FROM = 20  # files: fewer are done before a progress line would help


def _shown_progress(items: Iterable, total: int, report_of) -> Iterator:
    """The items as they come, with a progress line on stderr redrawn after each file and
    wiped at the end (and before an unreadable file is named there)."""
    from yongeo.report.text import clear_line, progress_line

    width, done = _width(), 0
    for item in items:
        report = report_of(item)
        if report.error is not None:
            typer.echo(clear_line(width), err=True, nl=False)
        yield item
        if report.checked:  # not a glossary's report of the run's statistics
            done += 1
            typer.echo(progress_line(done, total, report.path, width), err=True, nl=False)
    typer.echo(clear_line(width), err=True, nl=False)


def _announce_invalid(reports: "Iterable[FileReport]") -> "Iterator[FileReport]":
    """The reports as they come, each unreadable file also named in one line on stderr."""
    for report in reports:
        if report.error is not None:
            typer.echo(f"yongeo: {report.error}", err=True)
        yield report


# --- extract, update, review -----------------------------------------------------------


class KoreanAnalyser(enum.StrEnum):
    auto = "auto"
    mecab = "mecab"
    kiwi = "kiwi"
    regex = "regex"


_REVIEW_KEYS = {"a": "accept", "e": "edit", "s": "skip", "r": "reject", "q": "quit"}


@app.command(help=_("Extract candidate terms from documents into a PO template."))
def extract(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", help=_(
        "UTF-8 text, Markdown or HTML files, in English or Korean."), show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help=_(
        "Write the PO template here instead of standard output."), show_default=False)] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help=_(
        "Count documents in this many processes."))] = 1,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help=_(
        "Count documents on a Dask cluster: its scheduler's address (tcp://host:8786), or "
        "local for a cluster of this machine's cores. Needs yongeo[dask]."),
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_(
        "No progress line and no summary."))] = False,
    analyser: Annotated[KoreanAnalyser, typer.Option("--korean-analyser", help=_(
        "Korean morphological analyser (auto: python-mecab-ko or kiwipiepy if installed, "
        "else particle rules)."))] = KoreanAnalyser.auto,
) -> None:
    from yongeo.config import find_config
    from yongeo.extract import extract_files, render_template
    from yongeo.extract.termhood import term_lists
    from yongeo.report.progress import ProgressLine

    if scheduler is not None:
        from yongeo.cluster import require_dask
        require_dask()
    config = find_config()
    stop, keep = term_lists(config.settings, str(config.path) if config.path else None)
    if output is not None:
        refuse_overwriting(output, files)
    progress = ProgressLine(sys.stderr, enabled=not quiet)
    result = extract_files([f.as_posix() for f in files], jobs, analyser.value, progress,
                           scheduler, stop, keep)
    text = render_template(result.candidates, result.analyser)
    if output is None:
        sys.stdout.write(text)
    else:
        write_output(output, text)
    if not quiet and sys.stderr.isatty():
        typer.echo(_("{terms} candidate terms from {files} files").format(
            terms=len(result.candidates), files=result.documents), err=True)


@app.command(help=_(
    "Merge a template into a glossary: curation kept, new terms added, vanished ones "
    "obsolete."))
def update(
    template: Annotated[Path, typer.Argument(metavar="TEMPLATE", help=_(
        "The PO template from 'yongeo extract'."))],
    glossary_file: Annotated[Path | None, typer.Argument(metavar="GLOSSARY", help=_(
        "The PO glossary to update in place. Default: the one 'yongeo add' edits."),
        show_default=False)] = None,
    parallel: Annotated[tuple[Path, Path] | None, typer.Option(
        "--parallel", metavar="EN_FILE KO_FILE", help=_(
            "Sentence-aligned English and Korean text (one sentence per line) to propose "
            "Korean terms from."), show_default=False)] = None,
    parallel_pairs: Annotated[Path | None, typer.Option(
        "--parallel-pairs", metavar="PAIRS.tsv", help=_(
            "Sentence-aligned text as one English<TAB>Korean pair per line (with or instead "
            "of --parallel)."), show_default=False)] = None,
    suggest: Annotated[bool, typer.Option("--suggest/--no-suggest", help=_(
        "Propose Korean terms (fuzzy) for new entries."))] = True,
) -> None:
    from yongeo.extract.update import update_glossary
    from yongeo.report.review import update_summary

    if glossary_file is None:
        glossary_file = _target(None)
    report = update_glossary(template, glossary_file, parallel, suggest,
                             parallel_pairs=parallel_pairs)
    typer.echo(update_summary(report, str(glossary_file)))


@app.command(help=_(
    "Walk the entries awaiting review: accept, edit, skip, reject; each answer is "
    "saved."))
def review(
    glossary_file: Annotated[Path | None, typer.Argument(metavar="GLOSSARY", help=_(
        "The PO glossary whose fuzzy and untranslated entries to review. Default: the one "
        "'yongeo add' edits."), show_default=False)] = None,
) -> None:
    from yongeo.extract.review import Decision, apply_decision, needs_english, pending
    from yongeo.report.review import review_card

    if glossary_file is None:
        glossary_file = _target(None)

    entries = pending(glossary_file)
    prompt = _("[a]ccept, [e]dit, [s]kip, [r]eject, [q]uit")
    for position, entry in enumerate(entries, 1):
        typer.echo(("\n" if position > 1 else "") + review_card(entry, position, len(entries)))
        action = _REVIEW_KEYS.get(typer.prompt(prompt, default="a" if entry.ko else "e")
                                  .strip().lower()[:1], "skip")
        if action == "quit":
            break
        korean = english = ""
        if action == "edit":
            korean = typer.prompt(_("Korean term"), default=entry.ko or "", show_default=bool(
                entry.ko))
            if needs_english(entry):
                english = typer.prompt(_("English term"))
        try:
            apply_decision(glossary_file, entry.id, Decision(action, korean, english))
        except WriteError:
            raise  # the file cannot be saved: no later answer could be either
        except YongeoError as exc:  # one refused answer does not end the review
            typer.echo(f"yongeo: {exc}", err=True)
    typer.echo(_("{left} left to review in {path}").format(left=len(pending(glossary_file)),
                                                           path=show_path(glossary_file)))


# --- lsp -------------------------------------------------------------------------------


@app.command(help=_(
    "Run the language server: terminology findings, quick fixes, hovers and completions "
    "in editors (over standard input and output). Needs yongeo[lsp]."))
def lsp(
    tcp: Annotated[int | None, typer.Option("--tcp", metavar="PORT", min=1, max=65535, help=_(
        "Listen on this port of localhost instead, for debugging."), show_default=False)
    ] = None,
    glossary: GlossaryOption = None,
) -> None:
    try:
        from yongeo.lsp.server import serve
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol"):
            raise
        raise UsageError(_("the language server needs pygls: pip install 'yongeo[lsp]'")
                         ) from None
    serve(glossary, tcp)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: every YongeoError becomes one line on stderr and exit code 2."""
    report_waits(lambda notice: typer.echo(f"yongeo: {notice}", err=True))
    if "_YONGEO_COMPLETE" in os.environ:  # TAB pressed: the shells typer completes for
        from typer._completion_classes import completion_init
        completion_init()
    registered = app.registered_commands
    app.registered_commands = _invoked(registered, sys.argv[1:] if argv is None else argv)
    try:
        app(args=argv, prog_name="yongeo")  # standalone: typer exits with the command's code
    except YongeoError as exc:
        typer.echo(f"yongeo: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
    finally:
        app.registered_commands = registered
    sys.exit(ExitCode.OK)


def _invoked(commands: list, args: list[str]) -> list:
    """The command the arguments run, alone, when they name one: typer builds every command
    it is given (signature, options, types) at each start, and one is all a run needs.
    Anything else (help, --version, a misspelt name, TAB completion) gets them all."""
    from typer.main import get_command_name

    rest = iter(args)
    for arg in rest:
        if arg == "--ui-lang":
            next(rest, None)
        elif not arg.startswith("--ui-lang="):
            break
    else:
        return commands
    if arg.startswith("-") or "_YONGEO_COMPLETE" in os.environ:
        return commands
    chosen = [c for c in commands
              if (c.name or get_command_name(c.callback.__name__)) == arg]
    return chosen or commands
