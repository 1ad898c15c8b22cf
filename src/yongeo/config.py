"""Which glossary is used, and the project configuration (yongeo.toml or [tool.yongeo])."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from yongeo.errors import ConfigError, EditError, InputError
from yongeo.files import decode_text, read_bytes
from yongeo.glossary.model import Glossary, merge_glossaries
from yongeo.glossary.stored import load_po_glossary
from yongeo.i18n import _
from yongeo.shown import show_list, show_text

ENV_GLOSSARY = "YONGEO_GLOSSARY"
CONFIG_NAME = "yongeo.toml"


@dataclass(frozen=True)
class Config:
    """The [tool.yongeo] table (or a yongeo.toml), with paths made absolute."""

    path: Path | None = None
    glossaries: tuple[Path, ...] = ()
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Selection:
    """The glossary paths in use and where the choice came from."""

    paths: tuple[Path, ...]
    origin: str  # "option", "environment", "config" or "bundled"
    config: Config


def bundled_glossary_dir() -> Path:
    """The glossary shipped inside the package (a real directory in wheel and checkout)."""
    return Path(str(resources.files("yongeo") / "data" / "glossary"))


def find_config(start: Path | None = None) -> Config:
    """The nearest yongeo.toml, or pyproject.toml with a [tool.yongeo] table, upwards."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / CONFIG_NAME
        if own.exists():  # a FIFO or directory by that name is an error, not skipped
            table = _read_toml(own)
            return _make_config(own, table.get("tool", {}).get("yongeo", table))
        project = directory / "pyproject.toml"
        if project.is_file():
            table = _read_toml(project).get("tool", {}).get("yongeo")
            if table is not None:
                return _make_config(project, table)
    return Config()


def _read_toml(path: Path) -> dict:
    import tomllib  # only where there is a configuration file

    data = read_bytes(path)  # the one strict reader: special files, size, permissions
    text = decode_text(data, str(path))  # TOML is UTF-8: a clear error, with the line
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError(_("invalid TOML: values are nested too deeply"), str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's message carries "(at line N, column M)" or "(at end of document)";
        # make the line ours.
        import regex

        found = regex.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = regex.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "",
                            str(exc))
        line = int(found.group(1)) if found else None
        if line is None and "end of document" in str(exc):
            line = max(1, len(text.rstrip("\n").split("\n")))
        raise ConfigError(_("invalid TOML: {reason}").format(reason=message), str(path),
                          line) from None


# The settings yongeo reads, and for a table the keys it holds. The lint keys are those
# lint.rules.policy_from_settings and statistics_settings accept (tests keep them equal).
LINT_KEYS = frozenset({"disable", "severity", "fail-on", "include-fuzzy", "ambiguous-share",
                       "ambiguous-min"})
# The language server's keys (yongeo.lsp.project reads them).
LSP_KEYS = frozenset({"sources", "docs-url", "debounce-ms"})
EXTRACT_KEYS = frozenset({"stop", "keep"})  # extract.termhood.term_lists reads them
SETTINGS: dict[str, frozenset[str] | None] = {"glossary": None, "lint": LINT_KEYS,
                                              "lsp": LSP_KEYS, "extract": EXTRACT_KEYS}


def check_keys(table: Mapping, path: Path) -> None:
    """Raise ConfigError for a setting yongeo does not know, at any level it reads, with
    the nearest known name (a misspelt `glosary` would otherwise be ignored in silence)."""
    _refuse_unknown(table, SETTINGS, "", path)
    for name, keys in SETTINGS.items():
        value = table.get(name)
        if keys is not None and isinstance(value, Mapping):
            _refuse_unknown(value, dict.fromkeys(keys), f"{name}.", path)


def _refuse_unknown(table: Mapping, known, prefix: str, path: Path) -> None:
    unknown = [key for key in table if key not in known]
    if not unknown:
        return
    key = unknown[0]
    import difflib  # only when a key is unknown: not at every command's start

    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
    if close:
        message = _("unknown setting '{key}'; did you mean '{suggestion}'?").format(
            key=show_text(prefix + str(key)), suggestion=prefix + close[0])
    else:
        message = _("unknown setting '{key}'; the settings are {known}").format(
            key=show_text(prefix + str(key)), known=show_list(sorted(prefix + k for k in known)))
    raise ConfigError(message, str(path))


def _make_config(path: Path, table: dict) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(_("[tool.yongeo] must be a table"), str(path))
    check_keys(table, path)
    raw = table.get("glossary", [])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        raise ConfigError(_("'glossary' must be a path or a list of paths"), str(path))
    paths = tuple((path.parent / p).resolve() for p in raw)
    settings = {k: v for k, v in table.items() if k != "glossary"}
    return Config(path, paths, settings)


def select_glossaries(options: list[Path] | None = None, start: Path | None = None,
                      environ: dict[str, str] | None = None) -> Selection:
    """--glossary, else $YONGEO_GLOSSARY, else the configuration, else the bundled glossary."""
    env = os.environ if environ is None else environ
    config = find_config(start)
    if options:
        return Selection(tuple(Path(p) for p in options), "option", config)
    value = env.get(ENV_GLOSSARY, "").strip()
    if value:
        paths = tuple(Path(p) for p in value.split(os.pathsep) if p.strip())
        return Selection(paths, "environment", config)
    if config.glossaries:
        return Selection(config.glossaries, "config", config)
    return Selection((bundled_glossary_dir(),), "bundled", config)


def po_files(path: Path) -> list[Path]:
    """A PO file itself, or the PO files (not templates) of a directory, sorted. A *.po
    there that is not a regular file (a FIFO, a device) is kept, for the reader to refuse
    by name rather than to leave out of the glossary in silence."""
    if path.is_dir():
        found = sorted(p for p in path.glob("*.po") if not p.is_dir())
        if not found:
            raise InputError(_("directory holds no .po glossary"), str(path))
        return found
    if not path.exists():
        raise InputError(_("no such glossary file or directory"), str(path))
    return [path]


def load_glossary(selection: Selection) -> Glossary:
    """Load and merge every selected glossary; conflicts between them are kept, not hidden."""
    glossaries = [load_po_glossary(f) for p in selection.paths for f in po_files(p)]
    return merge_glossaries(glossaries)


def edit_target(selection: Selection) -> Path:
    """The one PO file an edit goes to; the installed bundled glossary is read-only."""
    candidates: list[Path] = []
    for path in selection.paths:
        if path.is_dir():
            candidates.extend(po_files(path))
        else:
            candidates.append(path)
    if len(candidates) != 1:
        names = show_list(candidates)  # a directory may hold a thousand
        raise EditError(_("several glossaries are selected ({names}); choose one with "
                          "--glossary").format(names=names))
    target = candidates[0]
    if selection.origin == "bundled" and not in_checkout(target):
        raise EditError(_("the installed bundled glossary is read-only; run 'yongeo init "
                          "--from-bundled' to make a project glossary you can edit"),
                        str(target))
    return target


def in_checkout(path: Path) -> bool:
    """True when a bundled glossary file is the one in a source checkout of yongeo."""
    root = path.resolve().parent.parent
    return (root / "pyproject.toml").is_file() and (root / "src" / "yongeo").is_dir()
