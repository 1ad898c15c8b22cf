"""The Language Server Protocol side: pygls handlers that turn the project's findings into
diagnostics, quick fixes, hovers and completions."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from yongeo import __version__
from yongeo.config import edit_target
from yongeo.errors import YongeoError
from yongeo.glossary import edit as editing
from yongeo.i18n import _
from yongeo.lint.findings import Finding, Severity
from yongeo.lint.rules import RULES
from yongeo.lsp.fixes import NOT_IGNORABLE, REPLACEABLE, ignore_edit, replacement
from yongeo.lsp.project import Project
from yongeo.lsp.terms import completion_prefix, completions, entry_markdown, term_at
from yongeo.text.korean import has_hangul

ADD_TERM = "yongeo.addTerm"
SOURCE = "yongeo"
_SEVERITY = {Severity.ERROR: lsp.DiagnosticSeverity.Error,
             Severity.WARNING: lsp.DiagnosticSeverity.Warning,
             Severity.INFO: lsp.DiagnosticSeverity.Information}
# The key under which the project's own troubles (a broken yongeo.toml or glossary) are kept
# among the diagnostics of a file.
_PROJECT = "<project>"


class YongeoServer(LanguageServer):
    """A pygls server holding one Project and the diagnostics it has published."""

    def __init__(self, glossary: list[Path] | None = None):
        super().__init__("yongeo", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.glossary_option = glossary
        self.project: Project | None = None
        # Diagnostics by the file they are in, then by the check that found them (the draft
        # of a pair, for both of its files), so that two checks never hide each other.
        self.diagnostics: dict[Path, dict[object, list[lsp.Diagnostic]]] = {}
        self.pending: dict[Path, asyncio.TimerHandle] = {}
        self.troubles_shown: set[tuple[str, str]] = set()
        self.uris: dict[Path, str] = {}
        # One thread checks, in the order asked: the project's caches are never shared.
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yongeo-check")

    # --- the project --------------------------------------------------------------------

    def start_project(self, root: Path) -> None:
        self.project = Project(root, self.glossary_option)
        self.report_troubles()

    def ensure_project(self) -> Project:
        if self.project is None:
            self.start_project(Path(self.workspace.root_path or Path.cwd()))
        return self.project  # type: ignore[return-value]

    def reload(self) -> None:
        """The configuration or a glossary changed: read them again (in the worker, after the
        check running there), then check every open file."""
        future = asyncio.get_running_loop().run_in_executor(
            self.worker, self.ensure_project().reload)
        future.add_done_callback(self._reloaded)

    def _reloaded(self, future: asyncio.Future) -> None:
        if not future.cancelled() and future.exception() is not None:
            self.window_log_message(lsp.LogMessageParams(
                type=lsp.MessageType.Error, message=f"yongeo: {future.exception()!r}"))
        self.report_troubles()
        for path in self.open_texts():
            self.schedule(path, 0)

    def report_troubles(self) -> None:
        """A file that could not be read: one diagnostic on it and one message, never a crash."""
        project = self.ensure_project()
        by_file: dict[Path, list[lsp.Diagnostic]] = {}
        shown = set()
        for trouble in project.troubles:
            path = Path(trouble.path).resolve()
            line = max((trouble.error.line or 1) - 1, 0)
            by_file.setdefault(path, []).append(lsp.Diagnostic(
                range=lsp.Range(lsp.Position(line, 0), lsp.Position(line + 1, 0)),
                message=trouble.error.message, severity=lsp.DiagnosticSeverity.Error,
                source=SOURCE, code="input.invalid"))
            key = (str(path), str(trouble.error))
            shown.add(key)
            if key not in self.troubles_shown:
                self.window_show_message(lsp.ShowMessageParams(
                    type=lsp.MessageType.Error,
                    message=_("yongeo: {error}; the last good configuration and glossary "
                              "stay in use").format(error=trouble.error)))
        self.troubles_shown = shown
        for path, origins in list(self.diagnostics.items()):
            if _PROJECT in origins and path not in by_file:
                origins.pop(_PROJECT)
                self.publish(path)
        for path, diagnostics in by_file.items():
            self.diagnostics.setdefault(path, {})[_PROJECT] = diagnostics
            self.publish(path)

    # --- open files ---------------------------------------------------------------------

    def open_texts(self) -> dict[Path, str]:
        texts = {}
        for uri, doc in self.workspace.text_documents.items():
            path = path_of(uri)
            self.uris[path] = uri  # an editor's own URI (untitled:, a symlink) is kept
            texts[path] = doc.source
        return texts

    def schedule(self, path: Path, delay: float | None = None) -> None:
        """Check a file once typing pauses (lsp.debounce-ms), or after `delay` seconds."""
        waiting = self.pending.pop(path, None)
        if waiting is not None:
            waiting.cancel()
        if delay is None:
            delay = self.ensure_project().settings.debounce_ms / 1000
        loop = asyncio.get_running_loop()
        self.pending[path] = loop.call_later(delay, self._start_check, path)

    def _start_check(self, path: Path) -> None:
        """The check runs in the worker thread, so that hovers and completions are answered
        while it runs; its diagnostics are published unless the text changed meanwhile."""
        self.pending.pop(path, None)
        texts = self.open_texts()
        if path not in texts:
            return
        version = self.doc_version(path)
        future = asyncio.get_running_loop().run_in_executor(
            self.worker, self._check, self.ensure_project(), path, texts)
        future.add_done_callback(lambda done: self._checked(path, version, texts, done))

    @staticmethod
    def _check(project: Project, path: Path, texts: dict[Path, str]
               ) -> tuple[dict[Path, list[Finding]], object]:
        try:
            found = project.check(path, texts)
        except YongeoError as error:  # an error lint_file does not catch (a usage error)
            found = {path: [_invalid(error, path)]}
        return found, job_of(project, path, texts)

    def _checked(self, path: Path, version: int | None, texts: dict[Path, str],
                 future: asyncio.Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            self.window_log_message(lsp.LogMessageParams(
                type=lsp.MessageType.Error, message=f"yongeo: {future.exception()!r}"))
            return
        if path not in self.open_texts() or self.doc_version(path) != version:
            return  # typed meanwhile: the next check is already scheduled
        found, origin = future.result()
        for each, origins in self.diagnostics.items():
            if each not in found and origin in origins:
                origins.pop(origin)
                self.publish(each)
        for each, findings in found.items():
            each = each.resolve()
            lines = texts.get(each)
            self.diagnostics.setdefault(each, {})[origin] = self.diagnostics_of(findings, lines)
            self.publish(each)

    def doc_version(self, path: Path) -> int | None:
        uri = self.uris.get(path)
        document = self.workspace.text_documents.get(uri) if uri else None
        return document.version if document is not None else None

    def forget(self, path: Path) -> None:
        """A file was closed: drop what its check published unless another open file of the
        same pair still shows it."""
        texts = self.open_texts()
        texts.pop(path, None)
        project = self.ensure_project()
        origin = job_of(project, path, {**texts, path: ""})
        others = [p for p in texts if job_of(project, p, texts) == origin]
        waiting = self.pending.pop(path, None)
        if waiting is not None:
            waiting.cancel()
        for each, origins in self.diagnostics.items():
            if origin in origins:
                origins.pop(origin)
                self.publish(each)
        for other in others:
            self.schedule(other, 0)

    def publish(self, path: Path) -> None:
        seen = set()
        diagnostics = []
        for found in self.diagnostics.get(path, {}).values():
            for diagnostic in found:
                key = (diagnostic.range.start.line, diagnostic.range.start.character,
                       diagnostic.code, diagnostic.message)
                if key not in seen:
                    seen.add(key)
                    diagnostics.append(diagnostic)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri=self.uris.get(path) or from_fs_path(str(path)) or path.as_uri(),
            diagnostics=diagnostics))

    # --- findings as diagnostics --------------------------------------------------------

    def diagnostics_of(self, findings: list[Finding], text: str | None
                       ) -> list[lsp.Diagnostic]:
        lines = text.split("\n") if text is not None else None
        bom = 1 if text and text.startswith("\ufeff") else 0
        href = docs_url(self.ensure_project())
        return [self.diagnostic(f, lines, bom, href) for f in findings]

    def diagnostic(self, finding: Finding, lines: list[str] | None, bom: int,
                   href: str | None) -> lsp.Diagnostic:
        start = self.position(lines, finding.line - 1, finding.column - 1, bom)
        end = self.position(lines, finding.end_line - 1, finding.end_column - 1, bom)
        message = finding.message
        if finding.suggestion and finding.suggestion not in message:
            message = f"{message} → '{finding.suggestion}'"
        described = None
        if finding.rule in RULES and href:
            described = lsp.CodeDescription(href=f"{href}#rules")
        return lsp.Diagnostic(
            range=lsp.Range(start, end), message=message, severity=_SEVERITY[finding.severity],
            code=finding.rule, code_description=described, source=SOURCE,
            data={"rule": finding.rule, "suggestion": finding.suggestion,
                  "found": finding.found, "en": finding.en, "ko": finding.ko})

    def position(self, lines: list[str] | None, line: int, column: int, bom: int
                 ) -> lsp.Position:
        """A line and column in characters as the client counts them (UTF-16 by default)."""
        if line == 0:
            column += bom
        if lines is None or line >= len(lines):
            return lsp.Position(line, column)
        text = lines[line].rstrip("\r")
        codec = self.workspace.position_codec
        return lsp.Position(line, codec.client_num_units(text[:column]))

    def offset(self, text: str, position: lsp.Position) -> int:
        """A client position as an offset into the text."""
        lines = text.split("\n")
        if position.line >= len(lines):
            return len(text)
        codec = self.workspace.position_codec
        server = codec.position_from_client_units([lines[position.line]],
                                                  lsp.Position(0, position.character))
        return sum(len(each) + 1 for each in lines[:position.line]) + server.character

    def client_range(self, text: str, start: int, end: int) -> lsp.Range:
        def at(offset: int) -> lsp.Position:
            line = text.count("\n", 0, offset)
            column = offset - (text.rfind("\n", 0, offset) + 1)
            return self.position(text.split("\n"), line, column, 0)
        return lsp.Range(at(start), at(end))


def path_of(uri: str) -> Path:
    return Path(to_fs_path(uri) or uri).resolve()


def job_of(project: Project, path: Path, texts) -> object:
    """The check a file's diagnostics come from: a pair's draft for both of its files."""
    open_paths = frozenset(texts)
    if (path.suffix != ".po" and not project.watched(path)
            and project.source_of(path, open_paths) is None):
        draft = project.draft_of(path, open_paths)
        if draft is not None:
            return draft
    return path


def docs_url(project: Project) -> str | None:
    """Where the rules are documented: lsp.docs-url, else docs/lint.md of a source checkout."""
    return project.settings.docs_url or _checkout_docs()


@lru_cache(maxsize=1)
def _checkout_docs() -> str | None:
    package = Path(str(resources.files("yongeo")))
    docs = package.parent.parent / "docs" / "lint.md"
    return docs.as_uri() if docs.is_file() else None


def _invalid(error: YongeoError, path: Path) -> Finding:
    from yongeo.lsp.project import error_finding
    return error_finding(error, str(path))


def build_server(glossary: list[Path] | None = None) -> YongeoServer:
    server = YongeoServer(glossary)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: YongeoServer, _params: lsp.InitializedParams) -> None:
        ls.ensure_project()
        capabilities = ls.client_capabilities.workspace
        watched = capabilities and capabilities.did_change_watched_files
        if watched and watched.dynamic_registration:
            ls.client_register_capability(lsp.RegistrationParams(registrations=[
                lsp.Registration(
                    id="yongeo-watch", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=[
                        lsp.FileSystemWatcher(glob_pattern="**/*.po"),
                        lsp.FileSystemWatcher(glob_pattern="**/yongeo.toml"),
                        lsp.FileSystemWatcher(glob_pattern="**/pyproject.toml")]))]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: YongeoServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(path_of(params.text_document.uri), 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: YongeoServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(path_of(params.text_document.uri))

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: YongeoServer, params: lsp.DidSaveTextDocumentParams) -> None:
        path = path_of(params.text_document.uri)
        if ls.ensure_project().watched(path):
            ls.reload()
        else:
            ls.schedule(path, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: YongeoServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(path_of(params.text_document.uri))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_changed(ls: YongeoServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        project = ls.ensure_project()
        if any(project.watched(path_of(change.uri)) for change in params.changes):
            ls.reload()

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.Refactor]))
    def code_action(ls: YongeoServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        path = path_of(uri)
        text = ls.open_texts().get(path)
        if text is None:
            return []
        project = ls.ensure_project()
        actions = []
        for diagnostic in params.context.diagnostics:
            data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
            rule = data.get("rule") or diagnostic.code
            if diagnostic.source != SOURCE or not isinstance(rule, str):
                continue
            suggestion = data.get("suggestion")
            if rule in REPLACEABLE and suggestion:
                start = ls.offset(text, diagnostic.range.start)
                end = ls.offset(text, diagnostic.range.end)
                first, stop, new = replacement(text, start, end, suggestion)
                actions.append(lsp.CodeAction(
                    title=_("Replace with '{term}'").format(term=new),
                    kind=lsp.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                    is_preferred=True, edit=_edit(uri, ls.client_range(text, first, stop), new)))
            if (path.suffix == ".po" and not project.is_glossary(path)
                    and rule in RULES and rule not in NOT_IGNORABLE):
                found = ignore_edit(text.replace("\r\n", "\n"), diagnostic.range.start.line,
                                    rule)
                if found is not None:
                    first, stop, new = found
                    actions.append(lsp.CodeAction(
                        title=_("Ignore {rule} in this entry").format(rule=rule),
                        kind=lsp.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                        edit=_edit(uri, ls.client_range(text, first, stop), new)))
        selected = _selected(ls, text, params.range)
        if selected and not project.is_glossary(path) and not has_hangul(selected):
            actions.append(lsp.CodeAction(
                title=_("Add '{term}' to the glossary").format(term=selected),
                kind=lsp.CodeActionKind.Refactor,
                command=lsp.Command(title=_("Add to the glossary"), command=ADD_TERM,
                                    arguments=[{"en": selected, "ko": "", "fuzzy": True}])))
        return actions

    @server.command(ADD_TERM)
    def add_term(ls: YongeoServer, *arguments) -> dict | None:
        """The code of `yongeo add`, under its lock: {"en", "ko", "type", "note", "fuzzy"}."""
        given = arguments[0] if arguments and isinstance(arguments[0], dict) else {}
        try:
            project = ls.ensure_project()
            target = edit_target(project.selection)
            entry = editing.new_entry(str(given.get("en", "")), str(given.get("ko", "")),
                                      str(given.get("type") or "concept"),
                                      str(given.get("note") or ""),
                                      fuzzy=bool(given.get("fuzzy", False)))
            editing.add_entry(target, entry)
        except YongeoError as error:
            ls.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Error, message=f"yongeo: {error}"))
            return None
        ls.window_show_message(lsp.ShowMessageParams(
            type=lsp.MessageType.Info,
            message=_("added '{en}' = '{ko}' ({id}) to {path}").format(
                en=entry.en, ko=entry.ko, id=entry.id, path=target)))
        ls.reload()
        return {"id": entry.id, "path": str(target)}

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: YongeoServer, params: lsp.HoverParams) -> lsp.Hover | None:
        path = path_of(params.text_document.uri)
        text = ls.open_texts().get(path)
        project = ls.ensure_project()
        if text is None or project.index is None:
            return None
        offset = ls.offset(text, params.position)
        hit = term_at(project.index.matcher, text, offset)
        if hit is None:
            return None
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown,
                                       value=entry_markdown(hit.entry, hit.found)),
            range=ls.client_range(text, hit.start, hit.end))

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions())
    def complete(ls: YongeoServer, params: lsp.CompletionParams) -> lsp.CompletionList:
        path = path_of(params.text_document.uri)
        text = ls.open_texts().get(path)
        if text is None:
            return lsp.CompletionList(is_incomplete=False, items=[])
        offset = ls.offset(text, params.position)
        line_start = text.rfind("\n", 0, offset) + 1
        prefix = completion_prefix(text[line_start:offset])
        found = completions(ls.ensure_project().glossary, prefix)
        where = ls.client_range(text, offset - len(prefix), offset)
        items = [lsp.CompletionItem(
            label=c.text, kind=lsp.CompletionItemKind.Text,
            detail=f"{c.entry.en if c.text != c.entry.en else c.entry.ko} · {c.entry.type}",
            documentation=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown,
                                            value=entry_markdown(c.entry)),
            filter_text=prefix, sort_text=f"{rank:03d}",
            text_edit=lsp.TextEdit(range=where, new_text=c.text))
            for rank, c in enumerate(found)]
        return lsp.CompletionList(is_incomplete=True, items=items)

    return server


def _edit(uri: str, where: lsp.Range, new_text: str) -> lsp.WorkspaceEdit:
    return lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=where, new_text=new_text)]})


def _selected(ls: YongeoServer, text: str, where: lsp.Range) -> str:
    if where.start == where.end:
        return ""
    chosen = text[ls.offset(text, where.start):ls.offset(text, where.end)].strip()
    return chosen if chosen and "\n" not in chosen and len(chosen) <= 100 else ""


def serve(glossary: list[Path] | None = None, tcp: int | None = None) -> None:
    """Run the server over standard input and output, or on localhost:`tcp`."""
    server = build_server(glossary)
    if tcp is not None:
        server.start_tcp("127.0.0.1", tcp)
    else:
        server.start_io()
