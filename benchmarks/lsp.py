"""Benchmark the language server: a diagnostic update after a keystroke in a 2,000-line draft.

    PYTHONPATH=src python3 benchmarks/lsp.py [--lines 2000] [--keystrokes 40]

The draft is real news text (../shared/corpora/news/park-dev.tsv, Korean side; its English
side is the source of the pair), one sentence a paragraph; the run skips with a message when
the corpora are absent. Each keystroke types or deletes one character in a random paragraph.
Printed, as medians over the keystrokes:

- baseline: `lint_file` on the whole buffer, as `yongeo lint` checks it, with the compiled
  glossary and the spelling memo already in memory (what a server without its caches does);
- server: the server's check of the same buffer (`Project.check`: lint_file's findings, with
  only the changed paragraphs read again, yongeo.lint.incremental);
- over stdio: from sending textDocument/didChange to receiving the diagnostics, through
  `yongeo lsp` in a subprocess (lsp.debounce-ms = 0), JSON-RPC included; and how long a
  completion asked right after the keystroke waits for its answer while that check runs;

for a single text (deprecated and misspelled terms) and for a pair (the draft with its source).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.config import select_glossaries
from yongeo.files import files_given
from yongeo.lint.index import compile_selection
from yongeo.lint.run import LintOptions, lint_file
from yongeo.lsp.project import Project

CORPUS = ROOT.parent / "shared" / "corpora" / "news" / "park-dev.tsv"
SEED = 20261203


def read_pairs(count: int) -> list[tuple[str, str]]:
    pairs = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 4 and parts[2].strip() and parts[3].strip():
            pairs.append((parts[2].strip(), parts[3].strip()))
        if len(pairs) == count:
            break
    return pairs


def keystrokes(text: str, count: int, rng: random.Random) -> list[str]:
    """Successive buffers: a character typed somewhere, then deleted, and so on."""
    out = []
    current = text
    for number in range(count):
        if number % 2 == 0:
            at = rng.randrange(len(current))
            while current[at] == "\n":
                at = rng.randrange(len(current))
            typed = (at, current)
            current = current[:at] + "가" + current[at:]
        else:
            at, before = typed
            current = before
        out.append(current)
    return out


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def in_process(directory: Path, draft: Path, source: Path | None, buffers: list[str]
               ) -> tuple[float, float]:
    index = compile_selection(select_glossaries(start=directory))
    options = LintOptions(source=source)
    memo: dict = {}
    project = Project(directory)
    base, served = [], []
    for text in [buffers[0], *buffers]:  # the first one warms both
        contents = {str(draft): text.encode("utf-8")}
        started = time.perf_counter()
        with files_given(contents):
            expected = lint_file(draft, index, options, memo)
        base.append(time.perf_counter() - started)
        started = time.perf_counter()
        found = project.check(draft, {draft: text})
        served.append(time.perf_counter() - started)
        got = sorted((f.rule, f.start, f.end) for f in found.get(draft, []))
        assert got == sorted((f.rule, f.start, f.end) for f in expected.findings
                             if f.path == str(draft)), "server and lint disagree"
    return median_ms(base[1:]), median_ms(served[1:])


async def over_stdio(directory: Path, draft: Path, buffers: list[str]) -> float:
    from lsprotocol import types as lsp
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("benchmark", "1")
    received = asyncio.Queue()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: lsp.PublishDiagnosticsParams) -> None:
        if params.uri == draft.as_uri():
            received.put_nowait(time.perf_counter())

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    await client.start_io(sys.executable, "-m", "yongeo", "lsp", cwd=str(directory), env=env)
    await client.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=directory.as_uri()))
    client.initialized(lsp.InitializedParams())
    uri = draft.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(
        uri=uri, language_id="plaintext", version=1, text=buffers[0])))
    await asyncio.wait_for(received.get(), 120)
    times, completing = [], []
    for version, text in enumerate(buffers, 2):
        started = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=text)]))
        # A completion asked while the check runs is answered by the server meanwhile.
        asked = time.perf_counter()
        await client.text_document_completion_async(lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(0, 2)))
        completing.append(time.perf_counter() - asked)
        arrived = await asyncio.wait_for(received.get(), 120)
        times.append(arrived - started)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return median_ms(times), median_ms(completing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--keystrokes", type=int, default=40)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is not there (the development corpora)")
        return
    pairs = read_pairs(args.lines // 2)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name).resolve()
        (directory / "yongeo.toml").write_text("[lsp]\ndebounce-ms = 0\n", encoding="utf-8")
        source = directory / "news.en.txt"
        source.write_text("\n\n".join(en for en, _ko in pairs) + "\n", encoding="utf-8")
        draft_text = "\n\n".join(ko for _en, ko in pairs) + "\n"
        print(f"draft: {draft_text.count(chr(10))} lines, {len(draft_text):,} characters; "
              f"{args.keystrokes} keystrokes; medians")
        for kind, draft, paired in (("single text", directory / "news.txt", None),
                                    ("pair", directory / "news.ko.txt", source)):
            draft.write_text(draft_text, encoding="utf-8")
            buffers = keystrokes(draft_text, args.keystrokes, rng)
            base, served = in_process(directory, draft, paired, buffers)
            wire, completing = asyncio.run(over_stdio(directory, draft, buffers))
            print(f"{kind:12} baseline lint_file {base:6.1f} ms   server {served:6.1f} ms "
                  f"({base / served:.1f}x)   over stdio: keystroke to diagnostics "
                  f"{wire:6.1f} ms, a completion meanwhile {completing:6.1f} ms")
            draft.unlink()


if __name__ == "__main__":
    main()
