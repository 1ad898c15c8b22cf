"""The scoring of benchmarks/accuracy.py on small made-up data, so a scoring bug cannot hide
behind the corpora (which the tests never need)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_SPEC)
sys.modules["accuracy"] = accuracy
_SPEC.loader.exec_module(accuracy)

Key = accuracy.Key
HEADER = "file\tsegment\trule\tterm\tfound\tverdict\tcategory\twhy\n"


def write_labels(tmp_path, *rows: str):
    path = tmp_path / "labels.tsv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_labels_are_read_by_key(tmp_path):
    path = write_labels(tmp_path, "a.po\ts1\tterm.missing\tdelete\t\tfp\t4\t삭제합니다 is inflected",
                        "a.po\ts1\tterm.deprecated\tfind\t검색\ttp\t\treal")
    labels = accuracy.read_labels(path)
    label = labels[Key("a.po", "s1", "term.missing", "delete", "")]
    assert (label.verdict, label.category, label.why) == ("fp", "4", "삭제합니다 is inflected")
    assert labels[Key("a.po", "s1", "term.deprecated", "find", "검색")].verdict == "tp"


@pytest.mark.parametrize("row, problem", [
    ("a.po\ts1\tterm.missing\tdelete\t\tmaybe\t\t", "verdict"),
    ("a.po\ts1\tterm.missing\tdelete\t\tfp\t9\t", "category"),
    ("a.po\ts1\tterm.missing\tdelete\t\tfp\t\t", "category"),
])
def test_bad_labels_fail(tmp_path, row, problem):
    with pytest.raises(ValueError, match=problem):
        accuracy.read_labels(write_labels(tmp_path, row))


def test_a_key_labelled_twice_fails(tmp_path):
    row = "a.po\ts1\tterm.missing\tdelete\t\tfp\t4\t"
    with pytest.raises(ValueError, match="twice"):
        accuracy.read_labels(write_labels(tmp_path, row, row.replace("fp\t4", "tp\t")))


def test_missing_label_file_is_empty(tmp_path):
    assert accuracy.read_labels(tmp_path / "none.tsv") == {}


def label(key, verdict, category=""):
    return accuracy.Label(key, verdict, category)


def test_score_counts_sampled_findings_only():
    tp = Key("a.po", "s1", "term.missing", "delete", "")
    fp = Key("a.po", "s1", "term.deprecated", "find", "검색")
    fp2 = Key("a.po", "s2", "term.deprecated", "link", "바로 가기")
    new = Key("a.po", "s2", "term.missing", "create", "")
    outside = Key("a.po", "s9", "term.missing", "delete", "")
    labels = {tp: label(tp, "tp"), fp: label(fp, "fp", "7"), fp2: label(fp2, "fp", "7"),
              outside: label(outside, "fp", "1")}
    sampled = {("a.po", "s1"), ("a.po", "s2")}
    # A finding reported twice in one segment (same key) counts once.
    scores, unlabelled = accuracy.score([tp, tp, fp, fp2, new, outside], labels, sampled)
    assert (scores["term.missing"].tp, scores["term.missing"].fp) == (1, 0)
    assert scores["term.missing"].unlabelled == 1
    assert (scores["term.deprecated"].tp, scores["term.deprecated"].fp) == (0, 2)
    assert scores["term.deprecated"].fp_by_category == {"7": 2}
    assert scores["term.deprecated"].precision == 0.0
    assert scores["term.missing"].precision == 1.0
    assert unlabelled == [new]


def test_a_label_whose_finding_is_gone_counts_for_nothing():
    gone = Key("a.po", "s1", "term.missing", "delete", "")
    scores, unlabelled = accuracy.score([], {gone: label(gone, "fp", "4")}, {("a.po", "s1")})
    assert scores == {} and unlabelled == []


def test_false_negatives_are_misses_until_reported():
    missed = Key("n.tsv", "dev:1", "term.misspelled", "Mexico", "멕시고")
    labels = {missed: label(missed, "fn")}
    sampled = {("n.tsv", "dev:1")}
    scores, _ = accuracy.score([], labels, sampled)
    assert scores["term.misspelled"].fn == 1 and scores["term.misspelled"].recall == 0.0
    scores, _ = accuracy.score([missed], labels, sampled)
    assert (scores["term.misspelled"].tp, scores["term.misspelled"].fn) == (1, 0)
    assert scores["term.misspelled"].recall == 1.0


def test_precision_of_nothing_is_unknown():
    assert accuracy.precision(0, 0) is None
    assert accuracy.precision(3, 1) == 0.75


def test_sampling_is_a_stable_hash():
    picks = [accuracy.sample_segment("gnome", "a.po", f"s{n}", 30) for n in range(400)]
    assert picks == [accuracy.sample_segment("gnome", "a.po", f"s{n}", 30) for n in range(400)]
    assert 80 < sum(picks) < 160
    assert not any(accuracy.sample_segment("gnome", "a.po", f"s{n}", 0) for n in range(50))
    assert all(accuracy.sample_segment("gnome", "a.po", f"s{n}", 100) for n in range(50))


def injection(segment="s1", rule="term.deprecated", term="directory", find="디렉터리",
              replace="디렉토리"):
    return accuracy.Injection("a.po", segment, find, replace, rule, term)


def test_an_edit_replaces_the_first_occurrence():
    assert accuracy.apply_edit("디렉터리와 디렉터리", injection()) == "디렉토리와 디렉터리"


def test_an_edit_whose_text_is_gone_fails():
    with pytest.raises(ValueError, match="not in the draft"):
        accuracy.apply_edit("폴더", injection())


def test_injected_recall():
    caught = injection("s1")
    missed = injection("s2")
    already = injection("s3")
    before = {("a.po", "s3", "term.deprecated", "directory")}
    after = before | {("a.po", "s1", "term.deprecated", "directory"),
                      ("a.po", "s2", "term.missing", "directory")}  # another rule: not caught
    scores, misses = accuracy.score_injections([caught, missed, already], before, after)
    result = scores["term.deprecated"]
    assert (result.hit, result.total, result.already) == (1, 2, 1)
    assert result.by_any_rule == 2  # s2 was reported for its term, under term.missing
    assert result.recall == 0.5
    assert misses == [missed]


def test_the_po_segment_id_tells_contexts_apart():
    assert accuracy.po_segment_id(None, "Open") == accuracy.po_segment_id("", "Open")
    assert accuracy.po_segment_id("verb", "Open") != accuracy.po_segment_id(None, "Open")


def test_without_corpora_the_benchmark_says_so_and_succeeds(tmp_path, capsys):
    assert accuracy.main(["--corpora", str(tmp_path)]) == 0
    assert "no corpora" in capsys.readouterr().out


_FETCH = importlib.util.spec_from_file_location("fetch_held_out",
                                                ROOT / "benchmarks" / "fetch_held_out.py")
fetch_held_out = importlib.util.module_from_spec(_FETCH)
_FETCH.loader.exec_module(fetch_held_out)

PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "Delete"\nmsgstr "삭제"\n')


def _compiled(tmp_path) -> bytes:
    import polib

    catalog = polib.pofile(PO)
    catalog.save_as_mofile(str(tmp_path / "x.mo"))
    return (tmp_path / "x.mo").read_bytes()


def test_held_out_catalogs_are_the_korean_ones_of_a_wheel_or_a_source_archive(tmp_path):
    import tarfile
    import zipfile

    wheel = tmp_path / "app-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("app/locale/ko/LC_MESSAGES/django.po", PO)
        archive.writestr("app/locale/ko/LC_MESSAGES/django.mo", _compiled(tmp_path))
        archive.writestr("app/locale/ja/LC_MESSAGES/django.po", PO)  # another language
        archive.writestr("pack/locale/ko_KR/LC_MESSAGES/lab.mo", _compiled(tmp_path))
    found = fetch_held_out.korean_catalogs(wheel)
    # A .po kept as shipped, its .mo left out; a .mo alone kept, to be read back.
    assert sorted(found) == ["app/locale/ko/LC_MESSAGES/django.po",
                             "pack/locale/ko_KR/LC_MESSAGES/lab.mo"]
    read_back = fetch_held_out.as_po("lab.mo", found["pack/locale/ko_KR/LC_MESSAGES/lab.mo"])
    assert 'msgid "Delete"\nmsgstr "삭제"' in read_back.decode("utf-8")

    source = tmp_path / "app-1.0.tar.gz"
    member = tmp_path / "sphinx.po"
    member.write_text(PO, encoding="utf-8")
    with tarfile.open(source, "w:gz") as archive:
        archive.add(member, arcname="app-1.0/app/locale/ko/LC_MESSAGES/sphinx.po")
    assert list(fetch_held_out.korean_catalogs(source)) == ["app/locale/ko/LC_MESSAGES/sphinx.po"]


def test_injected_edits_leave_the_other_files_of_the_corpus_in_the_run(tmp_path):
    (tmp_path / "a.po").write_text(PO, encoding="utf-8")
    (tmp_path / "b.po").write_text(PO.replace("Delete", "Remove"), encoding="utf-8")
    corpus = accuracy._po_corpus("held-out", None, [("a.po", tmp_path / "a.po"),
                                                    ("b.po", tmp_path / "b.po")])
    segment = accuracy.po_segment_id(None, "Delete")
    case = accuracy.Injection("a.po", segment, "삭제", "말소", "term.missing", "delete", "why")
    edited = accuracy.edited_files(corpus, [case])
    assert sorted(edited) == ["a.po", "b.po"]
    assert 'msgstr "말소"' in edited["a.po"]
    assert edited["b.po"] == corpus.files["b.po"]
    with pytest.raises(ValueError, match="files the corpus does not have"):
        accuracy.edited_files(corpus, [accuracy.Injection("c.po", segment, "삭제", "말소",
                                                          "term.missing", "delete", "why")])
