"""The language server, driven over stdio by pygls's own client; and the editor's findings
compared with `yongeo lint`'s for the same files."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra (pygls)")

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

from yongeo.config import select_glossaries
from yongeo.lint.index import compile_selection
from yongeo.lint.run import LintOptions, lint_file
from yongeo.lsp.fixes import agreeing_particle, ignore_edit, replacement
from yongeo.lsp.project import Project
from yongeo.lsp.terms import completion_prefix, completions

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPORA = ROOT.parent / "shared" / "corpora"
TIMEOUT = 60.0

GLOSSARY = """\
msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

# id: takaichi-sanae
# type: person
# note: Prime Minister of Japan.
# ko-deprecated: 타카이치 사나에
# en-deprecated: Takahichi
msgid "Takaichi Sanae"
msgstr "다카이치 사나에"

# id: shuttle-diplomacy
# type: concept
# note: Regular reciprocal visits by the two leaders.
msgid "shuttle diplomacy"
msgstr "셔틀외교"
"""

OSAKA = """
# id: osaka
# type: place
# ko-deprecated: 오오사카
msgid "Osaka"
msgstr "오사카"
"""

TRANSLATION = """\
msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: brief.txt:1
msgid "Takaichi Sanae spoke."
msgstr "타카이치 사나에가 말했다."
"""


# --- pure parts: the edits of the quick fixes ----------------------------------------------


@pytest.mark.parametrize(("tail", "old", "new", "expected"), [
    ("는 말했다", "타카이치 사나에", "다카이치 사나에", None),  # both end in a vowel
    ("는 말했다", "오사카", "위성락", (1, "은")),  # the new word gains a final consonant
    ("을 봤다", "위성락", "오사카", (1, "를")),
    ("이 왔다", "위성락", "오사카", (1, "가")),
    ("으로 갔다", "위성락", "오사카", (2, "로")),
    ("으로 갔다", "위성락", "서울", (2, "로")),  # final ㄹ takes 로
    ("로 갔다", "오사카", "위성락", (1, "으로")),
    ("과 함께", "위성락", "오사카", (1, "와")),
    ("이다", "위성락", "오사카", None),  # the copula, not the subject particle
    (" 말했다", "오사카", "위성락", None),  # no particle
    ("s said", "Takahichi", "Takaichi", None),  # Latin: nothing to agree
])
def test_particle_agreement(tail, old, new, expected):
    assert agreeing_particle(tail, old, new) == expected


@pytest.mark.parametrize(("text", "start", "end", "new", "expected"), [
    ("타카이치 사나에는 왔다", 0, 8, "다카이치 사나에", "다카이치 사나에는 왔다"),
    ("오사카는 크다", 0, 3, "위성락", "위성락은 크다"),
    ("Takahichi said", 0, 9, "Takaichi", "Takaichi said"),
])
def test_replacement_keeps_the_particle(text, start, end, new, expected):
    first, stop, inserted = replacement(text, start, end, new)
    assert text[:first] + inserted + text[stop:] == expected


ENTRY = '#: a.txt:1\nmsgid "Osaka"\nmsgstr "오오사카"\n'


@pytest.mark.parametrize(("text", "line", "rule", "expected"), [
    ("\n" + ENTRY, 2, "term.deprecated", "\n# yongeo: ignore term.deprecated\n" + ENTRY),
    ("# yongeo: ignore term.missing\n" + ENTRY, 3, "term.deprecated",
     "# yongeo: ignore term.missing, term.deprecated\n" + ENTRY),
    ("# yongeo: ignore term.deprecated\n" + ENTRY, 2, "term.deprecated", None),
    ("\n\n" + ENTRY, 0, "term.deprecated", None),  # a blank line is in no entry
])
def test_ignore_comment(text, line, rule, expected):
    found = ignore_edit(text, line, rule)
    if expected is None:
        assert found is None
    else:
        start, end, new = found
        assert text[:start] + new + text[end:] == expected


@pytest.mark.parametrize(("line", "prefix"), [
    ("그는 ㅅㅌㅇㄱ", "ㅅㅌㅇㄱ"), ("그는 셔틀", "셔틀"), ("met Takai", "Takai"), ("x ", ""),
])
def test_completion_prefix(line, prefix):
    assert completion_prefix(line) == prefix


@pytest.mark.parametrize(("prefix", "term"), [
    ("ㅅㅌㅇㄱ", "셔틀외교"), ("셔틀", "셔틀외교"), ("shuttle", "shuttle diplomacy"),
    ("다카", "다카이치 사나에"),
])
def test_completions_from_the_lookup(tmp_path, prefix, term):
    project = _project(tmp_path)
    assert term in [c.text for c in completions(project.glossary, prefix)]


@pytest.mark.parametrize(("text", "offset", "entry"), [
    ("Takahichi said so.", 3, "takaichi-sanae"),
    ("그는 셔틀 외교를 말했다", 4, "shuttle-diplomacy"),
    ("그는 셔틀 외교를 말했다", 0, None),
    ("line one\n다카이치 사나에는", 11, "takaichi-sanae"),
])
def test_the_term_under_the_cursor(tmp_path, text, offset, entry):
    from yongeo.lsp.terms import entry_markdown, term_at

    hit = term_at(_project(tmp_path).index.matcher, text, offset)
    assert (hit.entry.id if hit else None) == entry
    if hit:
        assert hit.start <= offset < hit.end
        assert "~~" in entry_markdown(hit.entry) or entry == "shuttle-diplomacy"


# --- the editor and CI agree ---------------------------------------------------------------


def _project(tmp_path: Path, glossary: str = GLOSSARY) -> Project:
    (tmp_path / "glossary").mkdir(exist_ok=True)
    (tmp_path / "glossary" / "ko.po").write_text(glossary, encoding="utf-8")
    (tmp_path / "yongeo.toml").write_text('glossary = "glossary/ko.po"\n', encoding="utf-8")
    return Project(tmp_path, environ={"YONGEO_NO_CACHE": "1"})


def _library(path: Path, source: Path | None = None) -> list[tuple]:
    index = compile_selection(select_glossaries(start=path.parent))
    report = lint_file(path, index, LintOptions(source=source))
    return sorted((f.path, f.rule, f.line, f.column, f.end_line, f.end_column)
                  for f in report.findings)


def _server(project: Project, path: Path, texts: dict[Path, str]) -> list[tuple]:
    found = project.check(path, texts)
    return sorted((f.path, f.rule, f.line, f.column, f.end_line, f.end_column)
                  for findings in found.values() for f in findings)


@pytest.mark.parametrize(("name", "source"), [
    ("brief.ko.txt", "brief.en.txt"), ("brief.ko.po", None), ("brief.en.txt", None),
])
def test_server_and_lint_agree_on_the_examples(tmp_path, name, source):
    for name_ in ("brief.ko.txt", "brief.en.txt", "brief.ko.po"):
        shutil.copy(EXAMPLES / name_, tmp_path / name_)
    project = Project(tmp_path.resolve())
    path = (tmp_path / name).resolve()
    paired = (tmp_path / source).resolve() if source else None
    expected = _library(paired and path or path, paired)
    if name == "brief.en.txt":  # the source of brief.ko.txt by name: the pair's findings
        expected = _library((tmp_path / "brief.ko.txt").resolve(), path)
    assert expected
    assert _server(project, path, {path: path.read_text(encoding="utf-8")}) == expected


def test_server_and_lint_agree_while_typing(tmp_path):
    """After edits, the cached paragraphs give what a fresh `yongeo lint` gives."""
    project = _project(tmp_path)
    draft = tmp_path / "note.ko.txt"
    paragraphs = ["타카이치 사나에는 셔틀외교를 말했다.", "셔틀 외교는 계속된다.",
                  "Takahichi 총리가 왔다.", "타카이치 사나에 총리"]
    for edit in range(len(paragraphs)):
        text = "\n\n".join(paragraphs[:edit + 1]) + "\n"
        draft.write_text(text, encoding="utf-8")
        assert _server(project, draft, {draft: text}) == _library(draft)


@pytest.mark.parametrize(("draft", "source"), [
    ("brief.ko.txt", "brief.en.txt"), ("brief.ko.txt", None), ("brief.en.txt", None),
])
def test_server_and_lint_agree_while_editing(tmp_path, draft, source):
    """Characters typed and deleted anywhere (a paragraph split or joined, a code quote):
    the server's paragraph-by-paragraph re-check gives what a fresh `yongeo lint` gives."""
    import random

    for name in ("brief.ko.txt", "brief.en.txt"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    tmp_path = tmp_path.resolve()
    path = tmp_path / draft
    if source is None and draft == "brief.ko.txt":
        (tmp_path / "brief.en.txt").unlink()  # no sibling: a single text
    paired = tmp_path / source if source else None
    project = Project(tmp_path)
    rng = random.Random(3)
    text = path.read_text(encoding="utf-8")
    for number in range(12):
        at = rng.randrange(len(text))
        text = (text[:at] + rng.choice(["낙", "오", "\n", "`", "s"]) + text[at:] if number % 4
                else text[:at] + text[at + 1:])
        path.write_text(text, encoding="utf-8")
        expected = _library(path, paired)
        if draft == "brief.en.txt" and source is None:  # the source of brief.ko.txt by name
            expected = _library(tmp_path / "brief.ko.txt", path)
        assert _server(project, path, {path: text}) == expected


@pytest.mark.skipif(not (CORPORA / "gnome").is_dir(), reason="corpora not present")
def test_server_and_lint_agree_on_real_po_files(tmp_path):
    project = Project(tmp_path)
    for path in sorted((CORPORA / "gnome").rglob("*.po"))[:2]:
        text = path.read_text(encoding="utf-8")
        assert _server(project, path, {path: text}) == _library(path)


@pytest.mark.skipif(not (CORPORA / "news").is_dir(), reason="corpora not present")
def test_server_and_lint_agree_on_news(tmp_path):
    rows = (CORPORA / "news" / "park-dev.tsv").read_text(encoding="utf-8").splitlines()[1:400]
    pairs = [r.split("\t") for r in rows if r.count("\t") == 3]
    source = tmp_path / "news.en.txt"
    draft = tmp_path / "news.ko.txt"
    source.write_text("\n\n".join(p[2] for p in pairs) + "\n", encoding="utf-8")
    draft.write_text("\n\n".join(p[3] for p in pairs) + "\n", encoding="utf-8")
    project = Project(tmp_path)
    texts = {draft: draft.read_text(encoding="utf-8")}
    assert _server(project, draft, texts) == _library(draft, source)


# --- over stdio ------------------------------------------------------------------------------


class Editor:
    """A pygls client that keeps the texts it opened and the diagnostics it was sent."""

    def __init__(self, root: Path):
        self.root = root
        self.client = LanguageClient("test-editor", "1")
        self.diagnostics: dict[str, list[lsp.Diagnostic]] = {}
        self.messages: list[lsp.ShowMessageParams] = []
        self.changed = asyncio.Condition()
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def published(params: lsp.PublishDiagnosticsParams) -> None:
            async with self.changed:
                self.diagnostics[params.uri] = params.diagnostics
                self.changed.notify_all()

        @self.client.feature(lsp.WINDOW_SHOW_MESSAGE)
        async def shown(params: lsp.ShowMessageParams) -> None:
            async with self.changed:
                self.messages.append(params)
                self.changed.notify_all()

    async def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "YONGEO_NO_CACHE": "1",
               "LC_ALL": "C.UTF-8"}
        await self.client.start_io(sys.executable, "-m", "yongeo", "lsp", cwd=str(self.root),
                                   env=env)
        await self.client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), root_uri=self.root.as_uri(),
            workspace_folders=[lsp.WorkspaceFolder(uri=self.root.as_uri(), name="test")]))
        self.client.initialized(lsp.InitializedParams())

    def open(self, path: Path) -> str:
        uri = path.as_uri()
        text = path.read_text(encoding="utf-8")
        self.texts[uri] = text
        self.versions[uri] = 1
        self.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
        return uri

    def apply(self, uri: str, edit: lsp.TextEdit) -> None:
        text = self.texts[uri]
        start, end = _offset(text, edit.range.start), _offset(text, edit.range.end)
        self.texts[uri] = text[:start] + edit.new_text + text[end:]
        self.versions[uri] += 1
        self.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [lsp.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))

    async def wait(self, check) -> None:
        async with self.changed:
            try:
                await asyncio.wait_for(self.changed.wait_for(lambda: check(self)), TIMEOUT)
            except TimeoutError:
                raise AssertionError(f"waited in vain; diagnostics {self.diagnostics}, "
                                     f"messages {self.messages}") from None

    def codes(self, uri: str) -> list[str]:
        return [d.code for d in self.diagnostics.get(uri, [])]


def _offset(text: str, position: lsp.Position) -> int:
    """A position (UTF-16, as the client counts) as an offset into `text`."""
    lines = text.split("\n")
    line = lines[position.line]
    units = 0
    for index, char in enumerate(line):
        if units >= position.character:
            return sum(len(x) + 1 for x in lines[:position.line]) + index
        units += 2 if ord(char) > 0xFFFF else 1
    return sum(len(x) + 1 for x in lines[:position.line]) + len(line)


def _session(tmp_path: Path, script) -> None:
    async def run() -> None:
        editor = Editor(tmp_path)
        await editor.start()
        try:
            await script(editor)
        finally:
            await editor.client.shutdown_async(None)
            editor.client.exit(None)
            await asyncio.wait_for(editor.client._server.wait(), TIMEOUT)
        assert editor.client._server.returncode == 0
    asyncio.run(run())


def test_a_draft_in_the_editor(tmp_path):
    """Open, diagnose, fix, hover, complete, retype, re-check on a glossary change, shut down."""
    _project(tmp_path)
    (tmp_path / "brief.en.txt").write_text(
        "Takaichi Sanae spoke of shuttle diplomacy in Osaka.\n", encoding="utf-8")
    draft = tmp_path / "brief.ko.txt"
    draft.write_text("타카이치 사나에는 오오사카에서 셔틀외교를 말했다.\n", encoding="utf-8")

    async def script(editor: Editor) -> None:
        uri = editor.open(draft)
        await editor.wait(lambda e: uri in e.diagnostics)
        [found] = editor.diagnostics[uri]
        assert found.code == "term.deprecated"
        assert (found.range.start.line, found.range.start.character,
                found.range.end.line, found.range.end.character) == (0, 0, 0, 8)
        assert found.severity == lsp.DiagnosticSeverity.Error
        assert "다카이치 사나에" in found.message
        assert found.code_description.href.endswith("docs/lint.md#rules")  # a checkout's

        actions = await editor.client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=found.range,
            context=lsp.CodeActionContext(diagnostics=[found])))
        [fix] = [a for a in actions if a.kind == lsp.CodeActionKind.QuickFix]
        [edit] = fix.edit.changes[uri]
        editor.apply(uri, edit)
        assert editor.texts[uri].startswith("다카이치 사나에는 오오사카에서")
        await editor.wait(lambda e: e.codes(uri) == [])

        hover = await editor.client.text_document_hover_async(lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            position=lsp.Position(0, editor.texts[uri].index("셔틀") + 1)))
        assert "shuttle diplomacy" in hover.contents.value
        assert hover.contents.kind == lsp.MarkupKind.Markdown

        end = len(editor.texts[uri].rstrip("\n"))
        editor.apply(uri, lsp.TextEdit(range=lsp.Range(lsp.Position(0, end),
                                                        lsp.Position(0, end)),
                                       new_text=" ㅅㅌㅇㄱ"))
        completion = await editor.client.text_document_completion_async(lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            position=lsp.Position(0, end + 5)))
        assert "셔틀외교" in [item.label for item in completion.items]

        # A glossary that now knows 오오사카 as deprecated re-checks the open draft.
        glossary = tmp_path / "glossary" / "ko.po"
        glossary.write_text(GLOSSARY + OSAKA, encoding="utf-8")
        editor.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            changes=[lsp.FileEvent(uri=glossary.as_uri(), type=lsp.FileChangeType.Changed)]))
        await editor.wait(lambda e: e.codes(uri) == ["term.deprecated"])
        [osaka] = editor.diagnostics[uri]
        assert editor.texts[uri][osaka.range.start.character:
                                 osaka.range.end.character] == "오오사카"

    _session(tmp_path, script)


def test_a_po_translation_and_the_glossary_in_the_editor(tmp_path):
    _project(tmp_path)
    translation = tmp_path / "brief.ko.po"
    translation.write_text(TRANSLATION, encoding="utf-8")

    async def script(editor: Editor) -> None:
        uri = editor.open(translation)
        await editor.wait(lambda e: e.codes(uri) == ["term.deprecated"])
        [found] = editor.diagnostics[uri]
        line = TRANSLATION.split("\n")[found.range.start.line]
        assert line[found.range.start.character:found.range.end.character] == "타카이치 사나에"
        actions = await editor.client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=found.range,
            context=lsp.CodeActionContext(diagnostics=[found])))
        [ignore] = [a for a in actions if a.title.startswith("Ignore")]
        editor.apply(uri, ignore.edit.changes[uri][0])
        assert "# yongeo: ignore term.deprecated\n#: brief.txt:1" in editor.texts[uri]
        await editor.wait(lambda e: e.codes(uri) == [])

        # "Add this term to the glossary": the code of `yongeo add`, then a re-check.
        result = await editor.client.workspace_execute_command_async(lsp.ExecuteCommandParams(
            command="yongeo.addTerm",
            arguments=[{"en": "Ishiba Shigeru", "ko": "이시바 시게루", "type": "person"}]))
        assert result["id"] == "ishiba-shigeru"
        assert 'msgid "Ishiba Shigeru"' in (tmp_path / "glossary" / "ko.po").read_text(
            encoding="utf-8")

        # The glossary itself: `yongeo check`'s problems as diagnostics.
        glossary = tmp_path / "glossary" / "ko.po"
        glossary.write_text(GLOSSARY + '\n# id: empty\n# type: concept\nmsgid "empty"\n'
                            'msgstr ""\n', encoding="utf-8")
        glossary_uri = editor.open(glossary)
        await editor.wait(lambda e: "glossary.empty-translation" in e.codes(glossary_uri))

        # A file closed takes its diagnostics with it.
        editor.client.text_document_did_close(lsp.DidCloseTextDocumentParams(
            text_document=lsp.TextDocumentIdentifier(uri=glossary_uri)))
        await editor.wait(lambda e: not e.diagnostics[glossary_uri])

    _session(tmp_path, script)


def test_a_broken_configuration_is_a_diagnostic_and_a_message(tmp_path):
    _project(tmp_path)
    draft = tmp_path / "note.ko.txt"
    draft.write_text("타카이치 사나에는 말했다.\n", encoding="utf-8")
    config = tmp_path / "yongeo.toml"

    async def script(editor: Editor) -> None:
        uri = editor.open(draft)
        await editor.wait(lambda e: e.codes(uri) == ["term.deprecated"])
        config.write_text('glossary = "glossary/ko.po"\n[lint\n', encoding="utf-8")
        editor.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
        await editor.wait(lambda e: e.messages and config.as_uri() in e.diagnostics)
        assert editor.messages[-1].type == lsp.MessageType.Error
        [problem] = editor.diagnostics[config.as_uri()]
        assert problem.range.start.line == 1
        # The server still answers, with the glossary it read last.
        assert editor.codes(uri) == ["term.deprecated"]
        # Saved in the editor this time: didSave of the configuration reads it again.
        config.write_text('glossary = "glossary/ko.po"\n[lint]\ndisable = ["term.deprecated"]\n',
                          encoding="utf-8")
        editor.client.text_document_did_save(lsp.DidSaveTextDocumentParams(
            text_document=lsp.TextDocumentIdentifier(uri=config.as_uri())))
        await editor.wait(lambda e: e.codes(uri) == [] and not e.diagnostics[config.as_uri()])

    _session(tmp_path, script)


def test_the_server_on_a_tcp_port(tmp_path):
    import socket
    import subprocess

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "YONGEO_NO_CACHE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "yongeo", "lsp", "--tcp", str(port)],
                               cwd=tmp_path, env=env, stderr=subprocess.PIPE)

    async def run() -> lsp.InitializeResult:
        client = LanguageClient("test-editor", "1")
        for _attempt in range(100):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.1)
        result = await client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), root_uri=tmp_path.as_uri()))
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()
        return result

    try:
        result = asyncio.run(asyncio.wait_for(run(), TIMEOUT))
    finally:
        process.kill()
        process.wait()
    assert result.server_info.name == "yongeo"
    assert result.capabilities.hover_provider
    assert "yongeo.addTerm" in result.capabilities.execute_command_provider.commands


def test_without_pygls_the_command_says_what_to_install(monkeypatch):
    from typer.testing import CliRunner

    from yongeo.cli import app

    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    monkeypatch.delitem(sys.modules, "yongeo.lsp.server", raising=False)
    result = CliRunner().invoke(app, ["lsp"])
    assert isinstance(result.exception, Exception)
    assert "yongeo[lsp]" in str(result.exception)


def test_positions_count_utf16_as_the_client_does(tmp_path):
    _project(tmp_path)
    draft = tmp_path / "note.ko.txt"
    draft.write_text("😀 타카이치 사나에는 말했다.\n", encoding="utf-8")

    async def script(editor: Editor) -> None:
        uri = editor.open(draft)
        await editor.wait(lambda e: uri in e.diagnostics)
        [found] = editor.diagnostics[uri]
        # The emoji is two UTF-16 units: the name starts at unit 3, character 2.
        assert (found.range.start.character, found.range.end.character) == (3, 11)

    _session(tmp_path, script)


@pytest.mark.parametrize(("mapping", "draft", "source"), [
    ({}, "brief.ko.txt", "brief.en.txt"),
    ({}, "x.ko.md", "x.md"),
    ({}, "x.md", None),
    ({}, "notes.txt", None),
    ({"ko/*.md": "en/{name}"}, "ko/guide.md", "en/guide.md"),
    ({"drafts/*.txt": "originals/{stem}.txt"}, "drafts/a.ko.txt", "originals/a.txt"),
])
def test_the_source_of_a_draft(tmp_path, mapping, draft, source):
    project = _project(tmp_path)
    table = ", ".join(f'"{k}" = "{v}"' for k, v in mapping.items())
    (tmp_path / "yongeo.toml").write_text(
        f'glossary = "glossary/ko.po"\n[lsp]\nsources = {{ {table} }}\n', encoding="utf-8")
    project.reload()
    for name in (draft, source):
        if name:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("x\n", encoding="utf-8")
    found = project.source_of((tmp_path / draft).resolve())
    assert found == ((tmp_path / source).resolve() if source else None)
    if source:
        assert project.draft_of((tmp_path / source).resolve()) == (tmp_path / draft).resolve()


@pytest.mark.parametrize(("config", "line"), [
    ('glossary = "glossary/ko.po"\n[lint\n', 2),
    ('glossary = "glossary/ko.po"\n[lsp]\ndebounce-ms = "soon"\n', 1),
    ('glossary = "glossary/ko.po"\n[lsp]\nsource = {}\n', 1),
    ('glossary = "glossary/ko.po"\n[lsp]\ndebounse-ms = 10\n', 1),
])
def test_a_bad_configuration_is_a_trouble_not_a_crash(tmp_path, config, line):
    project = _project(tmp_path)
    (tmp_path / "yongeo.toml").write_text(config, encoding="utf-8")
    [trouble] = project.reload()
    assert Path(trouble.path).name == "yongeo.toml"
    assert (trouble.error.line or 1) == line
    assert len(project.glossary) == 2  # the glossary read last stays in use


NEOVIM_SCRIPT = """
local id = vim.lsp.start_client({
  name = "yongeo", cmd = { "%(python)s", "-m", "yongeo", "lsp" },
  cmd_env = { PYTHONPATH = "%(src)s", YONGEO_NO_CACHE = "1" }, root_dir = vim.fn.getcwd(),
})
vim.cmd("edit brief.ko.txt")
vim.lsp.buf_attach_client(0, id)
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%%d:%%d %%s", d.lnum, d.col, d.code))
end
local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", {
  textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 0, character = 1 } }, 20000)
for _, r in pairs(hover or {}) do
  if r.result then table.insert(out, "hover " .. r.result.contents.value:match("^[^\\n]*")) end
end
vim.fn.writefile(out, "seen.txt")
vim.cmd("qa!")
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed")
def test_in_neovim(tmp_path):
    """A real editor's LSP client (Neovim's, headless) shows the findings and the entry."""
    import subprocess

    for name in ("brief.ko.txt", "brief.en.txt"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    script = tmp_path / "check.lua"
    script.write_text(NEOVIM_SCRIPT % {"python": sys.executable, "src": ROOT / "src"},
                      encoding="utf-8")
    subprocess.run(["nvim", "--headless", "-u", "NONE", "-c", f"luafile {script}"],
                   cwd=tmp_path, timeout=120, capture_output=True)
    seen = (tmp_path / "seen.txt").read_text(encoding="utf-8").splitlines()
    expected = _library((tmp_path / "brief.ko.txt").resolve(),
                        (tmp_path / "brief.en.txt").resolve())
    draft = [f for f in expected if f[0].endswith("brief.ko.txt")]
    shown = sorted((int(s.split(":")[0]), s.split()[1]) for s in seen
                   if not s.startswith("hover"))
    assert shown == sorted((f[2] - 1, f[1]) for f in draft)
    assert seen[0].split()[0] == "0:23"  # 이재명 대통령은 : Neovim counts bytes
    assert any(s.startswith("hover **Lee Jae-myung** = **이재명**") for s in seen)


def test_the_lsp_keys_are_those_the_server_reads(tmp_path):
    from yongeo.config import LSP_KEYS

    values = {"sources": {"ko/*.md": "en/{name}"}, "docs-url": "https://example.org/lint.md",
              "debounce-ms": 10}
    assert set(values) == LSP_KEYS
    project = _project(tmp_path)
    (tmp_path / "yongeo.toml").write_text(
        'glossary = "glossary/ko.po"\n[lsp]\nsources = { "ko/*.md" = "en/{name}" }\n'
        'docs-url = "https://example.org/lint.md"\ndebounce-ms = 10\n', encoding="utf-8")
    assert project.reload() == []
    assert (project.settings.debounce_ms, project.settings.docs_url) == (
        10, "https://example.org/lint.md")


def test_hover_says_a_rendering_is_for_translations_only():
    from conftest import make_entry

    from yongeo.lsp.terms import entry_markdown

    entry = make_entry("inauguration", "concept", "inauguration", "취임",
                       ("launch", "en", "rendering"))
    assert "launch (in translations only)" in entry_markdown(entry)


def test_a_transliteration_finding_is_a_quick_fix():
    from conftest import make_entry

    from yongeo.glossary.model import Glossary
    from yongeo.lint import lint_pair
    from yongeo.lsp.fixes import REPLACEABLE, replacement

    draft = "키시다 후미오 전 총리가 말했다."
    [found] = lint_pair("Former Prime Minister Kishida Fumio spoke.", draft,
                        Glossary((make_entry("pm", "title", "Prime Minister", "총리"),)))
    assert found.rule in REPLACEABLE
    first, stop, new = replacement(draft, found.start, found.end, found.suggestion)
    assert draft[:first] + new + draft[stop:] == "기시다 후미오 전 총리가 말했다."
