"""Properties of lint over generated text: it never fails on odd input, and every finding is
located inside the file it names, at the line and column its offset has there."""

from __future__ import annotations

import unicodedata

import polib
from hypothesis import given, settings
from hypothesis import strategies as st
from lint_examples import glossary

from yongeo.lint import LintIndex, lint_pair, lint_po, lint_text

INDEX = LintIndex.build(glossary())
_SETTINGS = settings(max_examples=80, deadline=None)

# Words the glossary knows, near misses, particles, markup and odd spacing, mixed freely.
_PIECES = st.sampled_from([
    "셔틀", "외교", "셔틀외교를", "오오사카", "오사카에서", "후꾸시마산", "타카이치", "다카이치",
    "위성낙", "CPTPP", "cptpp", "포괄적·점진적 환태평양경제동반자협정", "국가안보실장은", "안보실",
    "유해", "유골", "Takahichi’s", "Takaichy", "Korea–", "Japan", "summit", "remains",
    "shuttle", "diplomacy", "Osaka", "%(name)s", "{0}", "<b>", "</b>", ":ref:`x`", "\\", "\"",
    " ", "  ", "\n", "\n\n", "\t", "\u3000", "\u00a0", "-", "·", "é", "ㅅㅌ",
])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)
_NFD = st.booleans()


def located_correctly(findings, texts: dict[str, str]) -> None:
    for finding in findings:
        text = texts[finding.path]
        assert 0 <= finding.start <= finding.end <= len(text)
        before = text[:finding.start]
        assert finding.line == before.count("\n") + 1
        assert finding.column == len(before) - (before.rfind("\n") + 1) + 1
        assert (finding.end_line, finding.end_column) >= (finding.line, finding.column)


def maybe_nfd(text: str, nfd: bool) -> str:
    return unicodedata.normalize("NFD", text) if nfd else text


@_SETTINGS
@given(source=_TEXTS, draft=_TEXTS, nfd=_NFD)
def test_pairs(source, draft, nfd):
    draft = maybe_nfd(draft, nfd)
    findings = lint_pair(source, draft, INDEX, source_path="s", draft_path="d",
                         source_lang="en", target_lang="ko")
    located_correctly(findings, {"s": source, "d": draft})


@_SETTINGS
@given(text=_TEXTS, nfd=_NFD)
def test_single_texts(text, nfd):
    text = maybe_nfd(text, nfd)
    located_correctly(lint_text(text, INDEX, path="t"), {"t": text})


@_SETTINGS
@given(entries=st.lists(st.tuples(_TEXTS, _TEXTS), min_size=1, max_size=4), nfd=_NFD)
def test_po_files(entries, nfd):
    po = polib.POFile(wrapwidth=40)
    po.metadata = {"Language": "ko", "Content-Type": "text/plain; charset=UTF-8"}
    seen = set()
    for msgid, msgstr in entries:
        if not msgid.strip() or msgid in seen:
            continue
        seen.add(msgid)
        po.append(polib.POEntry(msgid=msgid, msgstr=maybe_nfd(msgstr, nfd)))
    text = str(po)
    findings = lint_po(text, INDEX, path="p.po", source_lang="en")
    located_correctly(findings, {"p.po": text})
    for finding in findings:
        if finding.found and finding.rule in ("term.deprecated", "source.deprecated"):
            # a term never spans an escape or a line of the file, so the file shows it
            excerpt = unicodedata.normalize("NFC", text[finding.start:finding.end])
            assert " ".join(excerpt.split()) == " ".join(finding.found.split()) or \
                '"' in excerpt or "\\" in excerpt
