"""Shared fixtures: small glossaries built in code and PO files in a temporary directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# Where the environment turns bytecode writing off (PYTHONDONTWRITEBYTECODE), every test
# process would compile yongeo's sources and rewrite every test module's assertions again
# (seconds per worker): they keep that bytecode in a folder of the temporary directory
# instead, never beside the sources. This runs before the test modules are imported.
if sys.dont_write_bytecode and sys.pycache_prefix is None:
    sys.pycache_prefix = os.path.join(tempfile.gettempdir(),
                                      f"yongeo-tests-bytecode-{os.getuid()}")
    sys.dont_write_bytecode = False

from yongeo.glossary.model import Entry, Glossary, Status, Term

ROOT = Path(__file__).resolve().parent.parent


# The suite's slowest tests (ten to twenty seconds each, next to thousands of a few
# milliseconds): run first, so that the workers (pytest-xdist) start on them together and
# share out the quick ones after, rather than one of them running alone at the end.
_SLOWEST_FIRST = ("test_align_benchmark.py", "test_probes.py")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.path.name not in _SLOWEST_FIRST)


@pytest.fixture(autouse=True)
def _english_interface(monkeypatch):
    """Tests read yongeo's English messages, whatever language the machine is set to (the
    Korean interface has its own tests, which set the language themselves)."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    # A command run in-process with --ui-lang sets the interface language for the process
    # (as a real run does, once): the next test starts from the environment again.
    from yongeo import i18n

    i18n.set_language(None)
    yield
    i18n.set_language(None)
BUNDLED_PO = ROOT / "glossary" / "ko.po"


@pytest.fixture(scope="session", autouse=True)
def _children_keep_bytecode(tmp_path_factory):
    """Where the environment turns bytecode writing off (PYTHONDONTWRITEBYTECODE), each
    interpreter a test starts would compile yongeo's sources again (a third of a second a
    command): the test run's children keep their bytecode in a folder of the run instead."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        yield
        return
    patch = pytest.MonkeyPatch()
    patch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.mktemp("bytecode")))
    patch.delenv("PYTHONDONTWRITEBYTECODE")
    yield
    patch.undo()


@pytest.fixture(scope="session")
def run_cache(tmp_path_factory) -> Path:
    """A cache folder (for $XDG_CACHE_HOME) that only this test run fills, for tests that run
    yongeo but do not test its cache: each command then loads the compiled glossary and the
    English word table instead of building them again (seconds for a child process)."""
    return tmp_path_factory.mktemp("run-cache")


def make_entry(entry_id: str, entry_type: str, en: str, ko: str, *variants: tuple[str, str, str],
               **options) -> Entry:
    """An entry from preferred terms plus (text, lang, status) variants; status "rendering"
    is an admitted term accepted in translations only (Term.rendering)."""
    terms = [Term(en, "en", Status.PREFERRED), Term(ko, "ko", Status.PREFERRED)]
    terms += [Term(text, lang, Status.ADMITTED, True) if status == "rendering"
              else Term(text, lang, Status(status)) for text, lang, status in variants]
    return Entry(entry_id, entry_type, tuple(terms), **options)


@pytest.fixture
def small_glossary() -> Glossary:
    return Glossary((
        make_entry("shuttle-diplomacy", "concept", "shuttle diplomacy", "셔틀외교"),
        make_entry("osaka", "place", "Osaka", "오사카", ("오오사카", "ko", "deprecated")),
        make_entry("national-security-office", "organization", "National Security Office",
                   "국가안보실"),
        make_entry("takaichi-sanae", "person", "Takaichi Sanae", "다카이치 사나에",
                   ("Takaichi", "en", "admitted"), ("Takahichi", "en", "deprecated"),
                   ("다카이치", "ko", "admitted"), ("타카이치", "ko", "deprecated")),
        make_entry("korea", "place", "Korea", "한국"),
        make_entry("korea-national-diplomatic-academy", "organization",
                   "Korea National Diplomatic Academy", "국립외교원", ("KNDA", "en", "admitted")),
        make_entry("transnational-crime", "concept", "transnational crime", "초국가범죄"),
        make_entry("korea-japan-relations", "concept", "Korea-Japan relations", "한일관계"),
        make_entry("cptpp", "agreement", "CPTPP", "CPTPP", case_sensitive=True,
                   untranslated=True),
        make_entry("josei-coal-mine", "place", "Josei coal mine", "조세이 탄광",
                   ("Chosei coal mine", "en", "admitted")),
        make_entry("us-japan-alliance", "concept", "U.S.-Japan alliance", "미일 동맹"),
    ))


SAMPLE_PO = """\
# A small glossary.
msgid ""
msgstr ""
"Project-Id-Version: test\\n"
"Language: ko\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

# id: shuttle-diplomacy
# type: concept
# note: Regular reciprocal visits by the two leaders.
#: seeds/000_60a393ccda4ab0f9.txt:1
msgid "shuttle diplomacy"
msgstr "셔틀외교"

# id: osaka
# type: place
# ko-deprecated: 오오사카
msgid "Osaka"
msgstr "오사카"

#, fuzzy
msgid "economic security"
msgstr "경제안보"

#~ msgid "old term"
#~ msgstr "옛 용어"
"""


@pytest.fixture
def sample_po(tmp_path: Path) -> Path:
    path = tmp_path / "ko.po"
    path.write_text(SAMPLE_PO, encoding="utf-8")
    return path
