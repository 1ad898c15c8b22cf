"""Termhood against general English, verbs out of noun phrases, names whole, the term lists."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.errors import ConfigError
from yongeo.extract.counts import count_document
from yongeo.extract.score import select_candidates
from yongeo.extract.termhood import is_specific, term_lists
from yongeo.text.wordclass import verbal_positions

# An article on wind power: 'wind' is its word; the rest is general English. Weirdness
# needs a document of some length (in a sentence alone, every word is unusual).
_GENERAL = ("People in the city said they would wait and see what happens next year. Most of "
            "them have lived there for a long time and know the area well. ")
WIND = ("Energy companies are staking fortunes on wind power. The new lines will carry wind "
        "power to cities, and wind generation grew. A landmark ruling on Friday helped. The "
        "tycoon made a personal fortune in wind energy. Police used a stun grenade. A "
        "government official saw vehicle traffic through a shop window.\n"
        + "\n".join([_GENERAL] * 12) + "\n")


def _terms(text: str, **lists) -> set[str]:
    return {c.term for c in select_candidates(count_document("a.txt", text), **lists)}


@pytest.mark.parametrize(("phrase", "specific"), [
    ("wind power", True),  # wind: far more frequent here than in English
    ("wind energy", True),
    ("stun grenade", True),  # words rare in general English
    ("government official", False),  # frequent English words said once
    ("vehicle traffic", False),
    ("shop window", False),
])
def test_phrases_specific_to_the_documents(phrase, specific):
    counts = count_document("a.txt", WIND)
    assert is_specific(phrase.split(), counts.words, sum(counts.words.values())) is specific


@pytest.mark.parametrize("phrase", ["foreign policy", "national security", "joint response"])
def test_lexicon_phrases_are_specific(phrase):
    assert is_specific(phrase.split(), {}, 1000)


def test_generic_phrases_fall_away():
    terms = _terms(WIND)
    assert {"wind power", "wind generation", "stun grenade"} <= terms
    assert not {"government official", "vehicle traffic", "shop window"} & terms


@pytest.mark.parametrize(("sentence", "verbs", "nouns"), [
    ("the polls suggest a lead", ["suggest"], ["polls", "lead"]),
    ("where residents gather", ["gather"], ["residents"]),
    ("something many seniors lack", ["lack"], ["seniors"]),
    ("he encourages older people", ["encourages"], ["people"]),
    ("ambulances afterward", ["afterward"], ["ambulances"]),
    ("a plan to build transmission lines", ["build"], ["plan", "transmission", "lines"]),
    ("the cost of building new power lines", ["building"], ["cost", "power", "lines"]),
    ("arms control talks", [], ["arms", "control", "talks"]),  # a plural-only noun
    ("the power lines", [], ["power", "lines"]),
    ("a stun grenade", [], ["stun", "grenade"]),
    ("the wind power industry", [], ["wind", "power", "industry"]),
])
def test_verbs_and_adverbs_end_noun_phrases(sentence, verbs, nouns):
    words = sentence.split()
    found = {words[i] for i in verbal_positions(words, frozenset({"arms", "talks"}))}
    assert set(verbs) <= found and not set(nouns) & found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Some say the polls suggest a shift in the tracking poll.\n", set(), {"polls suggest"}),
    ("They plan to build transmission lines. Transmission lines carry power.\n",
     {"transmission line"}, {"build transmission line"}),
])
def test_no_verb_phrase_is_a_candidate(text, present, absent):
    terms = _terms(text)
    assert present <= terms and not absent & terms


@pytest.mark.parametrize(("text", "term", "entry_type"), [
    # a later short form is the full name's variant, not a candidate of its own
    ("Voters heard John McCain. Later McCain said no. McCain left.\n", "John McCain",
     "person"),
    ("A poll shows Barack Obama ahead. Obama now holds a lead.\n", "Barack Obama", "person"),
    # a compass word makes a region; 'X-based' names a place
    ("Power flows from West Texas to the cities.\n", "West Texas", "place"),
    ("It includes Dallas-based Oncor among others.\n", "Dallas", "place"),
    ("It includes Dallas-based Oncor among others.\n", "Oncor", "organization"),
    # an abbreviated title is not part of the name before it
    ("Istanbul Gov. Muammer Guler called the blasts terror.\n", "Istanbul", "place"),
    # an acronym keeps its case inside a name
    ("Zafer Karakoc told CNN Turk that it happened.\n", "CNN Turk", ""),
    # a sentence-initial word that is no English word is a name
    ("Zhu Yuguo, ranks at 102 on the list of investors.\n", "Zhu Yuguo", "person"),
    # multiword names whole
    ("They kept to the Agreed Framework then.\n", "Agreed Framework", "agreement"),
    ("The leaders of the Group of Eight met.\n", "Group of Eight", "organization"),
    # a later head alone is the longer name's short form, no candidate of its own
    ("The leaders of the Group of Eight met. The Group said so.\n", "Group of Eight",
     "organization"),
    ("They kept to the Agreed Framework then. The Framework failed.\n", "Agreed Framework",
     "agreement"),
    # a place run into a Korean name is two names
    ("Speaking in Washington Hong Seok-hyun said it.\n", "Hong Seok-hyun", "person"),
    ("Speaking in Washington Hong Seok-hyun said it.\n", "Washington", "place"),
    ("Then Assistant Secretary of State Christopher Hill left.\n",
     "Assistant Secretary of State", "title"),
    ("He went to the six-party talks. The six-party talks resumed.\n", "six-party talks",
     "event"),
    ("The vote at the United Nations failed.\n", "United Nations", "organization"),
    # a first name at a sentence start, before a name the document capitalises
    ("John Bolton spoke. Later Bolton said no.\n", "John Bolton", "person"),
    ("North Korea agreed. Talks with North Korea resumed.\n", "North Korea", "place"),
])
def test_names(text, term, entry_type):
    candidates = {c.term: c for c in select_candidates(count_document("a.txt", text))}
    assert term in candidates, sorted(candidates)
    if entry_type:
        assert candidates[term].type == entry_type
    short = term.split()[-1]
    if short != term and entry_type == "person":
        assert short not in candidates
    if "The Group said" in text or "The Framework failed" in text:
        head = "Group" if "Group" in term else "Framework"
        assert head not in candidates and candidates[term].short_forms == (head,)


@pytest.mark.parametrize(("text", "absent"), [
    ("Meanwhile China said no.\n", "Meanwhile China"),  # an adverb is no first name
    ("A three-day visit ended. The three-day visit was short.\n", "three-day visit"),
])
def test_no_false_names_or_measures(text, absent):
    assert absent not in _terms(text)


def test_stop_and_keep_lists():
    assert "wind power" not in _terms(WIND, stop=["Wind Powers"])
    assert "landmark ruling" in _terms(WIND, keep=["landmark rulings"])
    assert "never said" not in _terms(WIND, keep=["never said"])


@pytest.mark.parametrize(("settings", "lists"), [
    (None, ((), ())),
    ({"extract": {"stop": ["press conference"], "keep": "food aid"}},
     (("press conference",), ("food aid",))),
])
def test_term_lists_from_settings(settings, lists):
    assert term_lists(settings) == lists


@pytest.mark.parametrize("settings", [
    {"extract": []},
    {"extract": {"stop": [1]}},
    {"extract": {"keep": [""]}},
    {"extract": {"keep": {"a": "b"}}},
])
def test_bad_term_lists_are_config_errors(settings):
    with pytest.raises(ConfigError):
        term_lists(settings, "yongeo.toml")


def test_cli_reads_the_term_lists(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(WIND, encoding="utf-8")
    (tmp_path / "yongeo.toml").write_text('[extract]\nstop = ["wind power"]\n'
                                          'keep = ["landmark ruling"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "a.txt", "--quiet"])
    assert result.exit_code == 0, result.output
    assert 'msgid "landmark ruling"' in result.output
    assert 'msgid "wind power"' not in result.output


def test_cli_bad_term_list_is_one_line_and_exit_2(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    (tmp_path / "a.txt").write_text(WIND, encoding="utf-8")
    (tmp_path / "yongeo.toml").write_text('[extract]\nstop = 3\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "yongeo", "extract", "a.txt", "--quiet"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "yongeo.toml" in result.stderr
    assert not result.stdout
