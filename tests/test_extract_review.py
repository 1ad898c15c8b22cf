"""`yongeo review`: walk the unreviewed entries, each answer saved at once."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.errors import EditError
from yongeo.extract.review import Decision, apply_decision, pending
from yongeo.glossary.po import PoStore

GLOSSARY = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ko\\n"

# id: shuttle-diplomacy
# type: concept
msgid "shuttle diplomacy"
msgstr "셔틀외교"

# suggestion: japanese-rules
# id: ishiba-shigeru
# type: person
# ko-deprecated: 이시바 시게류
#. example: Ishiba Shigeru spoke.
#: a.txt:1
#, fuzzy
msgid "Ishiba Shigeru"
msgstr "이시바 시게루"

# suggestion: lexicon
# id: economic-security
# type: concept
#, fuzzy
msgid "economic security"
msgstr "경제 안보"

# id: food-safety
# type: concept
msgid "food safety"
msgstr ""

# suggestion: lexicon
# id: research-interest
# type: concept
#, fuzzy
msgid "research interest"
msgstr "연구 이익"

# id: 한일-정상회담
# type: event
#. lang: ko
msgid "한일 정상회담"
msgstr ""
'''


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.po"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def _entries(path: Path) -> dict:
    return {e.en: e for e in PoStore.open(path).entries}


def test_pending_lists_fuzzy_and_untranslated_in_file_order(glossary: Path) -> None:
    assert [e.en for e in pending(glossary)] == [
        "Ishiba Shigeru", "economic security", "food safety", "research interest", "한일 정상회담"]


def test_review_walk_with_every_answer(glossary: Path) -> None:
    answers = "\n".join([
        "a",  # Ishiba Shigeru: accept the Japanese-rules suggestion
        "e", "경제안보",  # economic security: edit the Korean
        "e", "식품 안전",  # food safety: give a Korean term
        "r",  # research interest: reject
        "e", "", "Korea-Japan summit",  # Korean term from a Korean text: give the English
    ]) + "\n"
    result = CliRunner().invoke(app, ["review", str(glossary)], input=answers)
    assert result.exit_code == 0, result.output
    assert "[1/5] Ishiba Shigeru" in result.output and "japanese-rules" in result.output
    entries = _entries(glossary)
    ishiba = entries["Ishiba Shigeru"]
    assert not ishiba.fuzzy and ishiba.ko == "이시바 시게루"
    assert not any(line.startswith("suggestion") for line in ishiba.extra_comments)
    assert [t.text for t in ishiba.terms_in("ko")] == ["이시바 시게루", "이시바 시게류"]
    assert entries["economic security"].ko == "경제안보" and not entries[
        "economic security"].fuzzy
    assert entries["food safety"].ko == "식품 안전"
    assert "research interest" not in entries
    obsolete = polib.pofile(str(glossary)).obsolete_entries()
    assert [e.msgid for e in obsolete] == ["research interest"]
    assert "rejected: yes" in obsolete[0].tcomment
    summit = entries["Korea-Japan summit"]
    assert summit.ko == "한일 정상회담" and not summit.fuzzy
    assert pending(glossary) == []


def test_quit_keeps_the_answers_already_given(glossary: Path) -> None:
    result = CliRunner().invoke(app, ["review", str(glossary)], input="a\ns\nq\n")
    assert result.exit_code == 0, result.output
    entries = _entries(glossary)
    assert not entries["Ishiba Shigeru"].fuzzy
    assert entries["economic security"].fuzzy
    assert "[3/5]" in result.output and "[4/5]" not in result.output
    assert "4 left to review" in result.output


def test_untouched_entries_keep_their_bytes(glossary: Path) -> None:
    apply_decision(glossary, "ishiba-shigeru", Decision("accept"))
    text = glossary.read_text("utf-8")
    assert text.startswith(GLOSSARY[:GLOSSARY.index("# suggestion: japanese-rules")])
    assert GLOSSARY[GLOSSARY.index("# suggestion: lexicon"):] in text


def test_accepting_nothing_is_refused(glossary: Path) -> None:
    with pytest.raises(EditError):
        apply_decision(glossary, "food-safety", Decision("accept"))


def test_an_edit_may_not_steal_another_entrys_term(glossary: Path) -> None:
    with pytest.raises(EditError):
        apply_decision(glossary, "economic-security", Decision("edit", korean="셔틀외교"))
    assert _entries(glossary)["economic security"].ko == "경제 안보"


def test_a_refused_answer_is_reported_and_the_walk_goes_on(glossary: Path) -> None:
    # Editing economic security to the Korean of shuttle diplomacy is refused; then accept.
    answers = "s\ne\n셔틀외교\na\n"
    result = CliRunner().invoke(app, ["review", str(glossary)], input=answers + "q\n")
    assert result.exit_code == 0, result.output
    assert "is already a term of 'shuttle diplomacy'" in result.stderr
    assert _entries(glossary)["food safety"].ko == ""
    assert _entries(glossary)["economic security"].fuzzy
