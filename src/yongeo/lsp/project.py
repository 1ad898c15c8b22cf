"""The language server's project: configuration and compiled glossary kept in memory, and each
open file checked through the same calls as `yongeo lint` and `yongeo check`."""

from __future__ import annotations

import fnmatch
import os
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from yongeo.config import (
    CONFIG_NAME,
    ENV_GLOSSARY,
    Config,
    Selection,
    bundled_glossary_dir,
    load_glossary,
    po_files,
    select_glossaries,
)
from yongeo.errors import ConfigError, YongeoError
from yongeo.files import files_given, read_given
from yongeo.glossary.check import Problem, check_glossary
from yongeo.glossary.model import Glossary
from yongeo.i18n import _
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.incremental import ParagraphCache, check_again
from yongeo.lint.index import LintIndex, compile_selection
from yongeo.lint.rules import (
    INVALID,
    Policy,
    include_fuzzy_setting,
    policy_from_settings,
    statistics_settings,
)
from yongeo.lint.run import PO_SUFFIXES, LintOptions, conclude, lint_file
from yongeo.lint.units import paragraphs
from yongeo.match import Hit, Matcher

# Files whose change means the project is read again: the configuration and the glossaries.
CONFIG_FILES = (CONFIG_NAME, "pyproject.toml")
# Paragraphs (or PO strings) whose hits are kept, most recently used first; bounds memory
# whatever the number of open documents.
HIT_CACHE_SIZE = 50_000
# Distinct words whose spelling guess is kept (the memo `yongeo lint` keeps for one run);
# past this the memo starts again, so a session of many documents stays bounded.
MEMO_SIZE = 200_000
DEFAULT_DEBOUNCE_MS = 150


class CachedMatcher:
    """A Matcher that remembers the hits of each paragraph by its text, so that after a
    keystroke only the changed paragraph is scanned again. `split` is for documents whose
    pieces are blank-line paragraphs (a pair, a single text): a hit never runs across their
    paragraph breaks, so scanning paragraph by paragraph finds what one scan would; a PO
    string is one piece and is remembered whole."""

    def __init__(self, matcher: Matcher, split: bool, store: OrderedDict):
        self._matcher = matcher
        self._split = split
        self._store = store

    def __getattr__(self, name: str):
        return getattr(self._matcher, name)

    def find_all(self, text: str, lang: str | None = None, *,
                 normalized: bool = False) -> list[Hit]:
        """Matcher.find_all, paragraph by paragraph from the cache (`normalized` changes
        nothing: the matcher normalises what it scans, and NFC text is its own NFC)."""
        if not self._split:
            return list(self._hits(text, lang))
        out: list[Hit] = []
        new = tuple.__new__
        for start, end in paragraphs(text):
            for hit in self._hits(text[start:end], lang):
                out.append(new(Hit, (hit.start + start, hit.end + start, hit.entry, hit.term,
                                     hit.found)))
        return out

    def _hits(self, text: str, lang: str | None) -> tuple[Hit, ...]:
        key = (lang, text)
        store = self._store
        hits = store.get(key)
        if hits is None:
            hits = store[key] = tuple(self._matcher.find_all(text, lang))
            if len(store) > HIT_CACHE_SIZE:
                store.popitem(last=False)
        else:
            store.move_to_end(key)
        return hits


class CachedSpeller:
    """The speller with its per-word counting keys remembered (a pure function of the word),
    since every check counts the words of the whole document again."""

    def __init__(self, speller, store: dict):
        self._speller = speller
        self._store = store

    def __getattr__(self, name: str):
        return getattr(self._speller, name)

    def count_keys(self, token: str) -> list[str]:
        keys = self._store.get(token)
        if keys is None:
            if len(self._store) > HIT_CACHE_SIZE:
                self._store.clear()
            keys = self._store[token] = self._speller.count_keys(token)
        return keys


@dataclass
class Settings:
    """The [lsp] table: draft-to-source mappings, the documentation link, the debounce."""

    sources: dict[str, str] = field(default_factory=dict)
    docs_url: str | None = None
    debounce_ms: int = DEFAULT_DEBOUNCE_MS


@dataclass(frozen=True)
class Trouble:
    """A configuration or glossary file that could not be read: shown on that file and in a
    message, while the server goes on with what it read last."""

    path: str
    error: YongeoError


class Project:
    """What the server knows of a workspace: configuration, glossary, policy, caches."""

    def __init__(self, root: Path, glossary_paths: list[Path] | None = None,
                 environ: Mapping[str, str] | None = None):
        self.root = root
        self.glossary_option = glossary_paths
        self.environ = dict(os.environ if environ is None else environ)
        self.config = Config()
        self.selection = Selection((bundled_glossary_dir(),), "bundled", self.config)
        self.policy = Policy()
        self.options = LintOptions()
        self.settings = Settings()
        self.index: LintIndex | None = None
        self.glossary = Glossary(())
        self.troubles: list[Trouble] = []
        self.memo: dict = {}
        self._hits: OrderedDict = OrderedDict()
        self._counts: dict = {}
        self._indexes: dict[bool, LintIndex] = {}
        self._paragraphs: ParagraphCache | None = None
        self.reload()

    # --- reading the project ---------------------------------------------------------

    def reload(self) -> list[Trouble]:
        """Read the configuration and the glossary again. A file that cannot be read becomes
        a Trouble; the last good configuration or glossary stays in use."""
        troubles: list[Trouble] = []
        try:
            self.selection = select_glossaries(self.glossary_option, self.root, self.environ)
            self.config = self.selection.config
            origin = str(self.config.path) if self.config.path else None
            self.policy = policy_from_settings(self.config.settings, origin)
            self.options = LintOptions(include_fuzzy=include_fuzzy_setting(self.config.settings),
                                       policy=self.policy,
                                       **dict(zip(("ambiguous_share", "ambiguous_min"),
                                                  statistics_settings(self.config.settings,
                                                                      origin), strict=True)))
            self.settings = _lsp_settings(self.config)
        except YongeoError as error:
            troubles.append(Trouble(error.path or str(self._config_path()), error))
            if self.index is None:
                self.selection = self._fallback_selection()
        try:
            index = compile_selection(self.selection)
        except YongeoError as error:
            troubles.append(Trouble(error.path or str(self.selection.paths[0]), error))
            if self.index is None:
                index = LintIndex.build(Glossary(()))
            else:
                index = self.index
        if index is not self.index:
            self.index = index
            self.glossary = Glossary(index.matcher.entries)
            self.memo.clear()
            self._hits.clear()
            self._counts.clear()
            self._paragraphs = ParagraphCache(index)
            self._indexes = {
                split: replace(index, matcher=CachedMatcher(index.matcher, split, self._hits),
                               speller=CachedSpeller(index.speller, self._counts))
                for split in (True, False)}
        self.troubles = troubles
        return troubles

    def _config_path(self) -> Path:
        for directory in (self.root, *self.root.parents):
            for name in CONFIG_FILES:
                if (directory / name).exists():
                    return directory / name
        return self.root / CONFIG_NAME

    def _fallback_selection(self) -> Selection:
        """The glossary when the configuration cannot be read: the option, the environment,
        else the bundled glossary."""
        if self.glossary_option:
            return Selection(tuple(self.glossary_option), "option", Config())
        value = self.environ.get(ENV_GLOSSARY, "").strip()
        if value:
            return Selection(tuple(Path(p) for p in value.split(os.pathsep) if p.strip()),
                             "environment", Config())
        return Selection((bundled_glossary_dir(),), "bundled", Config())

    def glossary_files(self) -> list[Path]:
        found: list[Path] = []
        for path in self.selection.paths:
            try:
                found.extend(p.resolve() for p in po_files(path))
            except YongeoError:
                continue
        return found

    def is_config(self, path: Path) -> bool:
        return path.name in CONFIG_FILES

    def is_glossary(self, path: Path) -> bool:
        return path.resolve() in self.glossary_files()

    def watched(self, path: Path) -> bool:
        """True when a change to this file means the project is read again."""
        return self.is_config(path) or self.is_glossary(path)

    # --- the source of a draft ---------------------------------------------------------

    def source_of(self, path: Path, open_paths: frozenset[Path] = frozenset()) -> Path | None:
        """The source a draft translates: an [lsp] sources mapping in the configuration, else
        a sibling by name (brief.ko.txt <- brief.en.txt or brief.txt, x.ko.md <- x.md)."""
        mapped = self._mapped_source(path)
        if mapped is not None:
            return mapped
        name_parts = path.name.split(".")
        if len(name_parts) < 3 or name_parts[-2].lower() != "ko":
            return None
        stem, suffix = ".".join(name_parts[:-2]), name_parts[-1]
        for candidate in (path.with_name(f"{stem}.en.{suffix}"), path.with_name(f"{stem}.{suffix}")):
            if candidate in open_paths or candidate.is_file():
                return candidate
        return None

    def draft_of(self, path: Path, open_paths: frozenset[Path] = frozenset()) -> Path | None:
        """The draft that translates this file, when it is a source by name or mapping."""
        for pattern, template in self.settings.sources.items():
            base = self.config.path.parent if self.config.path else self.root
            for draft in sorted(base.glob(pattern)):
                if self._render(template, draft, base) == path:
                    return draft
        name_parts = path.name.split(".")
        if len(name_parts) < 2 or (len(name_parts) >= 3 and name_parts[-2].lower() == "ko"):
            return None
        if len(name_parts) >= 3 and name_parts[-2].lower() == "en":
            stem = ".".join(name_parts[:-2])
        else:
            stem = ".".join(name_parts[:-1])
        candidate = path.with_name(f"{stem}.ko.{name_parts[-1]}")
        if candidate in open_paths or candidate.is_file():
            return candidate
        return None

    def _mapped_source(self, path: Path) -> Path | None:
        if not self.settings.sources:
            return None
        base = self.config.path.parent if self.config.path else self.root
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            return None
        for pattern, template in self.settings.sources.items():
            if fnmatch.fnmatchcase(relative, pattern):
                return self._render(template, path, base)
        return None

    @staticmethod
    def _render(template: str, draft: Path, base: Path) -> Path:
        stem = draft.name.split(".")[0]
        return (base / template.format(name=draft.name, stem=stem)).resolve()

    # --- checking ------------------------------------------------------------------------

    def check(self, path: Path, texts: Mapping[Path, str]) -> dict[Path, list[Finding]]:
        """The findings of one open file (its text in `texts`, with any other open file's),
        by the file they are in: a draft's pair also has findings in its source, a run's
        statistics in the glossary. The calls are those of `yongeo lint` on this file."""
        open_paths = frozenset(texts)
        if self.is_glossary(path):
            return {path: self.glossary_problems(path, texts[path])}
        if self.is_config(path):
            return {path: []}
        source = draft = None
        if path.suffix not in PO_SUFFIXES:
            source = self.source_of(path, open_paths)
            if source is None:
                found = self.draft_of(path, open_paths)
                if found is not None:
                    draft, source = found, path
        target = draft or path
        if len(self.memo) > MEMO_SIZE:
            self.memo.clear()
        contents = {str(p): t.encode("utf-8") for p, t in texts.items()
                    if p in (target, source)}
        options = replace(self.options, source=source)
        stats = options.statistics()
        index = self._indexes[target.suffix not in PO_SUFFIXES]
        with files_given(contents):
            # A plain text is read again only where it changed (yongeo.lint.incremental);
            # what that reader leaves to the whole text, and a PO file, go through lint_file.
            report = None
            if target.suffix not in PO_SUFFIXES and self._paragraphs is not None:
                report = check_again(target, self._paragraphs, index, options, self.memo,
                                     stats)
            if report is None:
                report = lint_file(target, index, options, self.memo, stats=stats)
        reports = conclude([report], stats, self.policy)
        out: dict[Path, list[Finding]] = {path: []}
        if source is not None:
            out.setdefault(source, [])
            out.setdefault(target, [])
        for each in reports:
            for finding in each.findings:
                out.setdefault(Path(finding.path), []).append(finding)
        return out

    def glossary_problems(self, path: Path, text: str) -> list[Finding]:
        """`yongeo check`'s problems of a glossary file (its text as in the editor, merged
        with the other selected glossaries), as findings on that file."""
        from yongeo.lint.findings import FileText

        with files_given({str(p): (text.encode("utf-8") if p == path else read_given(p))
                          for p in self.glossary_files()}):
            try:
                loaded = load_glossary(replace(self.selection, paths=tuple(
                    self.glossary_files())))
            except YongeoError as error:
                return [error_finding(error, str(path))]
        file = FileText(str(path), text.replace("\r\n", "\n"))
        return [problem_finding(p, file) for p in check_glossary(loaded)
                if p.path is not None and Path(p.path).resolve() == path]


def error_finding(error: YongeoError, path: str) -> Finding:
    """A file that cannot be read, as lint_file reports it: input.invalid at its line."""
    line = error.line or 1
    return Finding(INVALID.id, Severity.ERROR, error.path or path, 0, 0, line, 1, line, 1,
                   error.message)


def problem_finding(problem: Problem, file) -> Finding:
    """A `yongeo check` problem as a finding on its entry's line (its code as the rule)."""
    line = problem.line or 1
    starts = [0] + [i + 1 for i, c in enumerate(file.text) if c == "\n"]
    start = starts[min(line, len(starts)) - 1]
    end = file.text.find("\n", start)
    end = len(file.text) if end < 0 else end
    return Finding(f"glossary.{problem.code}", Severity(problem.severity), file.path, start,
                   end, line, 1, line, end - start + 1, problem.message)


def _lsp_settings(config: Config) -> Settings:
    table = config.settings.get("lsp", {})
    origin = str(config.path) if config.path else None
    if not isinstance(table, Mapping):
        raise ConfigError(_("'lsp' must be a table"), origin)
    sources = table.get("sources", {})
    if not isinstance(sources, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in sources.items()):
        raise ConfigError(_("'lsp.sources' must be a table of draft pattern = source path"),
                          origin)
    docs = table.get("docs-url")
    if docs is not None and not isinstance(docs, str):
        raise ConfigError(_("'lsp.docs-url' must be a web address"), origin)
    debounce = table.get("debounce-ms", DEFAULT_DEBOUNCE_MS)
    if isinstance(debounce, bool) or not isinstance(debounce, int) or debounce < 0:
        raise ConfigError(_("'lsp.debounce-ms' must be a whole number of milliseconds"), origin)
    return Settings(dict(sources), docs, debounce)
