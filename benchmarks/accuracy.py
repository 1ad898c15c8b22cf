"""Measure lint accuracy and speed on the shared real corpora, against hand-judged labels.

    PYTHONPATH=src python3 benchmarks/accuracy.py
        [--corpus gnome|news|news-bundled|news-reverse|all|held-out]
        [--runs 3]
        [--unlabelled] [--json] [--peer] [--corpora ../shared/corpora] [--held-out DIR]

The corpora are read from ../shared/corpora (see its README) and never copied here; when they
are absent the benchmark says so and exits 0. What it reports, per corpus:

- precision per rule against the labelled findings of a deterministic sample of segments
  (benchmarks/data/labels-*.tsv), with the false alarms by category;
- the findings of sampled segments that carry no label yet (`--unlabelled` lists them; label
  them before quoting a figure), and the labelled real errors lint missed (`fn`);
- recall per rule of errors injected into named segments (benchmarks/data/injected-*.tsv);
- the findings per rule over the whole corpus, and lint wall time (median of --runs);
- with --peer, ko-po-check's terminology check on the GNOME files beside yongeo's;
- with --held-out DIR, the same scores for Korean PO files of other projects, linted with the
  GNOME team's guide: data no rule was written on (benchmarks/fetch_held_out.py fetches
  the ones labelled in benchmarks/data/labels-held-out.tsv);
- news-bundled: the news pairs linted with the bundled glossary (glossary/ko.po), as a news
  desk would first run yongeo: every finding labelled (benchmarks/data/labels-news-bundled
  .tsv), with injected errors of its own;
- news-reverse: the same pairs read the other way, the Korean as the source and the English
  as its translation, with the bundled glossary, as the English version of a Korean readout
  is checked: every finding at warning or above labelled, errors injected into the English.
  The English was written first, so its free renderings are the hard case for this
  direction.

A segment is a PO entry (a hash of msgctxt + msgid) or a news sentence pair (split:line); a label
is keyed by (file, segment, rule, term, found text), never by offsets, so the labels stay
valid while lint changes. docs/lint.md ("Accuracy") says how to label.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import statistics
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
CORPORA = ROOT.parent / "shared" / "corpora"

# Share of segments (in percent) sampled for labelling: every segment, since the precision
# work left each corpus with only about 200 findings and a score needs 150+ labelled ones.
# A segment is sampled when its hash falls under the share, so raising it keeps every segment
# sampled before (and its labels) and adds others.
SAMPLE_PERCENT = {"gnome": 100, "news": 100, "held-out": 100, "news-bundled": 100,
                  "news-reverse": 100}
GNOME_FILES = ("glib.ko.po", "gnome-control-center.ko.po", "gnome-shell.ko.po",
               "gnome-text-editor.ko.po", "nautilus.ko.po")
NEWS_FILE = "park-dev.tsv"
# The corpora whose drafts are the English of the pairs.
REVERSED = frozenset({"news-reverse"})
CATEGORIES = {
    "1": "English polysemy / fixed phrase",
    "2": "code and markup",
    "3": "Korean compound",
    "4": "Korean inflection",
    "5": "ordinary word taken for a misspelling",
    "6": "news translation freedom",
    "7": "accepted alternative the glossary could not carry",
    "other": "other",
}
LABEL_FIELDS = ("file", "segment", "rule", "term", "found", "verdict", "category", "why")
PO_CORPORA = ("gnome", "held-out")  # corpora of PO files (the others are sentence pairs)
INJECT_FIELDS = ("file", "segment", "find", "replace", "rule", "term", "why")


# --- scoring (pure; tested by tests/test_accuracy_scoring.py) ---------------------------

@dataclass(frozen=True, order=True)
class Key:
    """What identifies a finding across lint versions: where (file, segment) and what."""

    file: str
    segment: str
    rule: str
    term: str
    found: str


@dataclass(frozen=True)
class Label:
    key: Key
    verdict: str  # tp, fp, or fn (a real error lint did not report)
    category: str = ""
    why: str = ""


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    unlabelled: int = 0
    fn: int = 0  # labelled real errors still not reported
    fp_by_category: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float | None:
        return precision(self.tp, self.fp)

    @property
    def recall(self) -> float | None:
        """Natural recall in the sample: reported real errors over all known real errors."""
        total = self.tp + self.fn
        return self.tp / total if total else None


def precision(tp: int, fp: int) -> float | None:
    return tp / (tp + fp) if tp + fp else None


def sample_segment(corpus: str, file: str, segment: str, percent: int) -> bool:
    """Whether a segment is in the labelled sample: a hash, so the choice never depends on
    what lint reports or on the order of the corpus."""
    digest = hashlib.sha1(f"{corpus}\0{file}\0{segment}".encode()).hexdigest()
    return int(digest[:8], 16) % 100 < percent


def read_labels(path: Path) -> dict[Key, Label]:
    """Labels from a TSV file with the LABEL_FIELDS header; a key labelled twice fails."""
    labels: dict[Key, Label] = {}
    if not path.exists():
        return labels
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=2):
            key = Key(row["file"], row["segment"], row["rule"], row["term"], row["found"])
            verdict = row["verdict"].strip()
            if verdict not in ("tp", "fp", "fn"):
                raise ValueError(f"{path}:{number}: verdict must be tp, fp or fn, not {verdict!r}")
            category = row["category"].strip()
            if verdict == "fp" and category not in CATEGORIES:
                raise ValueError(f"{path}:{number}: unknown category {category!r}")
            if key in labels:
                raise ValueError(f"{path}:{number}: {key} is labelled twice")
            labels[key] = Label(key, verdict, category, row["why"].strip())
    return labels


def score(found: Iterable[Key], labels: Mapping[Key, Label],
          sampled: set[tuple[str, str]]) -> tuple[dict[str, RuleScore], list[Key]]:
    """Per-rule scores of the findings in sampled segments, and those that have no label.

    A finding is counted once per key. A label of `fn` whose key is now reported counts as a
    true positive (lint has learned to catch it); one still unreported counts as a miss.
    """
    scores: dict[str, RuleScore] = defaultdict(RuleScore)
    unlabelled: list[Key] = []
    reported = {k for k in found if (k.file, k.segment) in sampled}
    for key in sorted(reported):
        label = labels.get(key)
        rule = scores[key.rule]
        if label is None:
            rule.unlabelled += 1
            unlabelled.append(key)
        elif label.verdict == "fp":
            rule.fp += 1
            rule.fp_by_category[label.category] += 1
        else:
            rule.tp += 1
    for key, label in labels.items():
        if label.verdict == "fn" and key not in reported and (key.file, key.segment) in sampled:
            scores[key.rule].fn += 1
    return dict(scores), unlabelled


@dataclass(frozen=True)
class Injection:
    """An edit to one segment's draft, and the finding it must then raise there."""

    file: str
    segment: str
    find: str
    replace: str
    rule: str
    term: str
    why: str = ""


def read_injections(path: Path) -> list[Injection]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Injection(*(row[f] for f in INJECT_FIELDS)) for row in reader]


def apply_edit(draft: str, injection: Injection) -> str:
    """The draft with the first occurrence of `find` replaced; a missing text fails, so a
    stale case is noticed instead of silently testing nothing."""
    if injection.find not in draft:
        raise ValueError(f"{injection.file} {injection.segment}: {injection.find!r} is not in "
                         f"the draft {draft!r}")
    return draft.replace(injection.find, injection.replace, 1)


@dataclass
class RecallScore:
    hit: int = 0
    total: int = 0
    already: int = 0  # the finding was there before the edit: the case tests nothing
    by_any_rule: int = 0  # caught, or reported for the same term under another rule

    @property
    def recall(self) -> float | None:
        return self.hit / self.total if self.total else None


# The term of an input.omission finding, which is about every term its piece left out.
OMITTED = "*"


def injected_term(finding) -> str:
    return OMITTED if finding.rule == "input.omission" else finding.en


def score_injections(cases: Iterable[Injection], before: set[tuple[str, str, str, str]],
                     after: set[tuple[str, str, str, str]]
                     ) -> tuple[dict[str, RecallScore], list[Injection]]:
    """Recall per rule: a case is caught when (file, segment, rule, term) is reported after
    the edit and was not before it. A miss that another rule reports for the same term (a
    misspelling reported as a missing translation) counts in `by_any_rule` only. Returns the
    scores and the missed cases."""
    any_before = {(f, s, t) for f, s, _r, t in before}
    any_after = {(f, s, t) for f, s, _r, t in after}
    scores: dict[str, RecallScore] = defaultdict(RecallScore)
    missed: list[Injection] = []
    for case in cases:
        where = (case.file, case.segment, case.rule, case.term)
        rule = scores[case.rule]
        if where in before:
            rule.already += 1
            continue
        rule.total += 1
        if where in after:
            rule.hit += 1
            rule.by_any_rule += 1
        else:
            missed.append(case)
            term = (case.file, case.segment, case.term)
            # input.omission stands for every term its piece left out (OMITTED).
            whole = (case.file, case.segment, OMITTED)
            if (term in any_after or whole in any_after) and not (
                    term in any_before or whole in any_before):
                rule.by_any_rule += 1
    return dict(scores), missed


# --- corpora -------------------------------------------------------------------------------

def gnome_glossary(guide: Path):
    """One concept entry per English term of the team's word guide: its first preferred_ko
    preferred (a second one admitted), every deprecated_ko deprecated; built exactly as the
    guide says, even where a Korean term is preferred for one concept and deprecated for
    another."""
    from yongeo.glossary.model import Entry, Glossary, Status, Term, make_id

    rows = [line.split("\t") for line in guide.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()]
    by_term: dict[str, list[tuple[str, str]]] = {}
    for en, preferred, deprecated in rows:
        by_term.setdefault(en.strip(), []).append((preferred.strip(), deprecated.strip()))
    entries = []
    for en, pairs in by_term.items():
        terms = [Term(en, "en", Status.PREFERRED)]
        seen: set[str] = set()
        for preferred, _deprecated in pairs:
            if preferred and preferred not in seen:
                terms.append(Term(preferred, "ko",
                                  Status.ADMITTED if seen else Status.PREFERRED))
                seen.add(preferred)
        for _preferred, deprecated in pairs:
            if deprecated and deprecated not in seen:
                terms.append(Term(deprecated, "ko", Status.DEPRECATED))
                seen.add(deprecated)
        entries.append(Entry(make_id(en), "concept", tuple(terms)))
    return Glossary(tuple(entries))


def po_segment_id(msgctxt: str | None, msgid: str) -> str:
    return hashlib.sha1(f"{msgctxt or ''}\x04{msgid}".encode()).hexdigest()[:12]


@dataclass
class Corpus:
    """A corpus ready to lint: its texts, its glossary index, and a way to name segments."""

    name: str
    files: dict[str, str]  # file name -> text linted
    index: object
    sampled: set[tuple[str, str]] = field(default_factory=set)
    # (file, segment) -> (source, draft), to show a person who labels
    texts: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # PO file -> (first line of each entry, its segment id), so that timed runs parse
    # nothing but what lint itself parses
    layout: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)


def load_gnome(corpora: Path) -> Corpus:
    from yongeo.lint import LintIndex

    folder = corpora / "gnome"
    index = LintIndex.build(gnome_glossary(folder / "word-guide.tsv"))
    return _po_corpus("gnome", index, [(name, folder / name) for name in GNOME_FILES])


def load_held_out(folder: Path, corpora: Path) -> Corpus:
    """Every PO file under `folder` (named by its path there), with the GNOME guide."""
    from yongeo.lint import LintIndex

    index = LintIndex.build(gnome_glossary(corpora / "gnome" / "word-guide.tsv"))
    return _po_corpus("held-out", index, [(path.relative_to(folder).as_posix(), path)
                                          for path in sorted(folder.rglob("*.po"))])


def _po_corpus(name: str, index, files: list[tuple[str, Path]]) -> Corpus:
    """A corpus of PO files, each (its name in labels, where it is), entries as segments."""
    corpus = Corpus(name, {}, index)
    for file, path in files:
        text = path.read_text(encoding="utf-8")
        corpus.files[file] = text
        corpus.layout[file] = _layout(text)
        for entry in _po_entries(text):
            segment = po_segment_id(entry.msgctxt, entry.msgid)
            if sample_segment(name, file, segment, SAMPLE_PERCENT[name]):
                corpus.sampled.add((file, segment))
            corpus.texts[(file, segment)] = (entry.msgid,
                                             entry.msgstr or entry.msgstr_plural.get(0, ""))
    return corpus


def _po_entries(text: str):
    import polib

    return [e for e in polib.pofile(text) if e.msgid and not e.obsolete]


def _layout(text: str) -> tuple[list[int], list[str]]:
    entries = sorted(_po_entries(text), key=lambda e: e.linenum)
    return [e.linenum for e in entries], [po_segment_id(e.msgctxt, e.msgid) for e in entries]


def lint_gnome_file(corpus: Corpus, name: str, text: str, stats=None
                    ) -> list[tuple[str, object]]:
    """(segment id, finding) for one PO file's findings: a finding belongs to the last
    entry starting on or before its line."""
    from yongeo.lint import lint_po

    same = corpus.files.get(name) == text
    starts, segments = corpus.layout[name] if same else _layout(text)
    found = []
    for finding in lint_po(text, corpus.index, path=name, stats=stats):
        at = bisect_right(starts, finding.line) - 1
        found.append((segments[max(at, 0)], finding))
    return found


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(segment, en, ko) of the news pairs; a segment is `split:line` (dev:3), since line
    numbers restart in each split."""
    pairs = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            pairs.append((f"{row['split']}:{row['line']}", row["en"].strip(),
                          row["ko"].strip()))
    return pairs


def load_news(corpora: Path, bundled: bool = False, reverse: bool = False) -> Corpus:
    """The news pairs, with the glossary written for them, or (`bundled`: the corpus
    "news-bundled") with the bundled glossary, as a news desk would first run yongeo; with
    `reverse` too ("news-reverse"), Korean to English."""
    from yongeo.glossary.stored import load_po_glossary
    from yongeo.lint import LintIndex

    glossary = ROOT / "glossary" / "ko.po" if bundled else DATA / "news-glossary.po"
    name = "news-reverse" if reverse else "news-bundled" if bundled else "news"
    index = LintIndex.build(load_po_glossary(glossary))
    corpus = Corpus(name, {}, index)
    pairs = read_pairs(corpora / "news" / NEWS_FILE)
    for line, en, ko in pairs:
        corpus.texts[(NEWS_FILE, line)] = (en, ko)
        if sample_segment(name, NEWS_FILE, line, SAMPLE_PERCENT[name]):
            corpus.sampled.add((NEWS_FILE, line))
    corpus.files[NEWS_FILE] = pairs  # type: ignore[assignment]
    return corpus


def lint_news_pairs(corpus: Corpus, pairs: list[tuple[str, str, str]], stats=None
                    ) -> list[tuple[str, object]]:
    """(pair line, finding): the pairs linted as one source text and one draft, a paragraph
    per sentence, so document-wide rules (consistency) see the whole corpus."""
    from yongeo.lint import lint_pair

    english = "\n\n".join(en for _line, en, _ko in pairs)
    korean = "\n\n".join(ko for _line, _en, ko in pairs)
    reverse = corpus.name in REVERSED
    source, draft = (korean, english) if reverse else (english, korean)
    langs = ("ko", "en") if reverse else ("en", "ko")
    found = []
    for finding in lint_pair(source, draft, corpus.index,
                             source_path=f"{NEWS_FILE}:{langs[0]}",
                             draft_path=f"{NEWS_FILE}:{langs[1]}", source_lang=langs[0],
                             target_lang=langs[1], stats=stats):
        paragraph = (finding.line - 1) // 2
        segment = pairs[paragraph][0] if 0 <= paragraph < len(pairs) else "?"
        found.append((segment, finding))
    return found


def lint_corpus(corpus: Corpus, files: Mapping[str, object] | None = None,
                ambiguous_out: list | None = None) -> list[tuple[str, str, object]]:
    """(file, segment, finding) for every finding of the corpus (or of edited copies), as
    one run of `yongeo lint` over its files gives them: with the run's term statistics, so
    that an entry the drafts mostly render otherwise has its findings demoted to info (its
    glossary.ambiguous findings are about the glossary, in no segment, and not scored)."""
    from yongeo.lint.stats import TermStatistics, demote

    files = corpus.files if files is None else files
    stats = TermStatistics()
    out = []
    for name, content in files.items():
        if corpus.name in PO_CORPORA:
            out += [(name, s, f) for s, f in lint_gnome_file(corpus, name, content, stats)]
        else:
            out += [(name, s, f) for s, f in lint_news_pairs(corpus, content, stats)]
    ambiguous = stats.ambiguous()
    if ambiguous_out is not None:
        ambiguous_out += [stat.entry for stat in ambiguous]
    if ambiguous:
        demoted = demote([f for _n, _s, f in out], ambiguous)
        out = [(n, s, f) for (n, s, _old), f in zip(out, demoted, strict=True)]
    return out


def rules_json(scores: Mapping[str, RuleScore], shown: Mapping[str, RuleScore]) -> dict:
    """Per-rule scores, with those of the findings at warning or above (`shown`)."""
    out = {}
    for rule, s in sorted(scores.items()):
        seen = shown.get(rule, RuleScore())
        out[rule] = {"tp": s.tp, "fp": s.fp, "precision": s.precision,
                     "unlabelled": s.unlabelled, "fn": s.fn, "recall_in_sample": s.recall,
                     "fp_by_category": dict(sorted(s.fp_by_category.items())),
                     "shown": {"tp": seen.tp, "fp": seen.fp, "precision": seen.precision}}
    return out


def finding_key(file: str, segment: str, finding) -> Key:
    return Key(file, segment, finding.rule, finding.en or "", finding.found or "")


def edited_files(corpus: Corpus, cases: list[Injection]) -> dict[str, object]:
    """Copies of the corpus files with every injected edit applied (one per segment); the
    files without an edit as they are, so that the run's statistics see the whole corpus."""
    by_file: dict[str, dict[str, Injection]] = defaultdict(dict)
    for case in cases:
        if case.segment in by_file[case.file]:
            raise ValueError(f"two injections in {case.file} {case.segment}")
        by_file[case.file][case.segment] = case
    unknown = set(by_file) - set(corpus.files)
    if unknown:
        raise ValueError(f"injections in files the corpus does not have: {sorted(unknown)}")
    out: dict[str, object] = dict(corpus.files)
    for name, edits in by_file.items():
        if corpus.name in PO_CORPORA:
            out[name] = _edit_po(corpus.files[name], name, edits)
        elif corpus.name in REVERSED:  # the English is the draft
            out[name] = [(line, apply_edit(en, edits[line]) if line in edits else en, ko)
                         for line, en, ko in corpus.files[name]]
        else:
            out[name] = [(line, en, apply_edit(ko, edits[line]) if line in edits else ko)
                         for line, en, ko in corpus.files[name]]
    return out


def _edit_po(text: str, name: str, edits: dict[str, Injection]) -> str:
    import polib

    po = polib.pofile(text)
    done = set()
    for entry in po:
        segment = po_segment_id(entry.msgctxt, entry.msgid)
        if segment in edits and not entry.obsolete and entry.msgid:
            if entry.msgid_plural:
                entry.msgstr_plural[0] = apply_edit(entry.msgstr_plural[0], edits[segment])
            else:
                entry.msgstr = apply_edit(entry.msgstr, edits[segment])
            done.add(segment)
    missing = set(edits) - done
    if missing:
        raise ValueError(f"{name}: no segment {sorted(missing)}")
    return str(po)


# --- ko-po-check, the peer -----------------------------------------------------------------

PEER_RULE = "kopocheck.word-guide"


def peer_check():
    """ko-po-check's word-guide check and its PO parser, or None when it is not installed.
    Its checks are plain files that its own script exec()s, so the same is done here."""
    try:
        import KPC.checks
        from KPC import poparse
    except ImportError:
        return None
    path = Path(KPC.checks.__path__[0]) / "terminology" / "word-guide.py"
    namespace: dict = {}
    exec(compile(path.read_bytes(), str(path), "exec"), namespace)  # noqa: S102
    return namespace, poparse


def peer_findings(check, texts: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """(file, segment, term, found) for every ko-po-check word-guide error, the guide term
    and wrong word read back from its message (`wrong: "term"은(는) "right"...`)."""
    import io

    namespace, poparse = check
    checker = namespace["checker"]
    found = []
    for name, text in texts.items():
        catalog = poparse.parse_file(io.StringIO(text))
        for entry in catalog.entries:
            if not entry.is_translated() or not entry.msgid:
                continue
            segment = po_segment_id(entry.msgctxt, entry.msgid)
            for error in checker._check(entry, {}):
                wrong, rest = error.message.split(": ", 1)
                found.append((name, segment, rest.split('"')[1], wrong))
    return found


def measure_peer(corpus: Corpus, guide: Path, runs: int) -> dict:
    """ko-po-check's terminology check on the GNOME files with the corpus's word guide:
    findings, time, precision against labels-kopocheck.tsv and recall of the injected
    errors, in the shape of run_corpus's result."""
    check = peer_check()
    if check is None:
        return {"corpus": "gnome (ko-po-check)",
                "skipped": "ko-po-check is not installed (pip install ko-po-check)"}
    namespace = check[0]
    rows = [line.split("\t") for line in guide.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()]
    namespace["data"][:] = [(en, good, bad) for en, good, bad in rows]  # the same guide
    times = []
    found: list[tuple[str, str, str, str]] = []
    for _ in range(max(runs, 1)):
        started = time.perf_counter()
        found = peer_findings(check, corpus.files)
        times.append(time.perf_counter() - started)
    keys = [Key(f, s, PEER_RULE, term, wrong) for f, s, term, wrong in found]
    labels = read_labels(DATA / "labels-kopocheck.tsv")
    # It reports few enough findings for every one to be labelled: no sampling.
    everything = set(corpus.texts)
    scores, unlabelled = score(keys, labels, everything)
    cases = read_injections(DATA / "injected-gnome.tsv")
    before = {(f, s, term) for f, s, term, _w in found}
    after = {(f, s, term) for f, s, term, _w in
             peer_findings(check, edited_files(corpus, cases))}
    # ko-po-check has one rule: any report of the term catches a case, whatever its rule.
    rules = {case.rule for case in cases}
    recall, missed = score_injections(
        cases, {(f, s, r, t) for f, s, t in before for r in rules},
        {(f, s, r, t) for f, s, t in after for r in rules})
    return {
        "corpus": "gnome (ko-po-check)",
        "seconds_median": statistics.median(times),
        "seconds_runs": times,
        "segments_sampled": len(everything),
        "findings_per_rule": {PEER_RULE: len(keys)},
        "rules": rules_json(scores, scores),
        **_recall_json(recall, missed, unlabelled, corpus, " (cases)"),
    }


# --- the run -------------------------------------------------------------------------------

def _recall_json(recall: Mapping[str, RecallScore], missed: list[Injection],
                 unlabelled: list[Key], corpus: Corpus, suffix: str = "") -> dict:
    """The injected-error recall and the unlabelled findings of a result, with the text of
    their segments for a person to label."""
    return {
        "injected": {f"{rule}{suffix}": {"hit": r.hit, "total": r.total, "recall": r.recall,
                                         "by_any_rule": r.by_any_rule,
                                         "already_reported": r.already}
                     for rule, r in sorted(recall.items())},
        "injected_missed": [c.__dict__ for c in missed],
        "unlabelled": len(unlabelled),
        "unlabelled_keys": [k.__dict__ for k in unlabelled],
        "unlabelled_context": {f"{k.file}\t{k.segment}": corpus.texts.get((k.file, k.segment),
                                                                          ("", ""))
                               for k in unlabelled},
    }


def run_corpus(corpus: Corpus, runs: int) -> dict:
    labels = read_labels(DATA / f"labels-{corpus.name}.tsv")
    times = []
    found: list[tuple[str, str, object]] = []
    for _ in range(max(runs, 1)):
        started = time.perf_counter()
        ambiguous: list = []
        found = lint_corpus(corpus, ambiguous_out=ambiguous)
        times.append(time.perf_counter() - started)
    keys = [finding_key(f, s, x) for f, s, x in found]
    scores, unlabelled = score(keys, labels, corpus.sampled)
    # What a reviewer is asked to act on: findings at warning or above (info, such as the
    # demoted findings of an ambiguous glossary entry, is context).
    shown, _unlabelled = score([finding_key(f, s, x) for f, s, x in found
                                if x.severity.value != "info"], labels, corpus.sampled)
    per_rule_total = Counter(x.rule for _f, _s, x in found)
    cases = read_injections(DATA / f"injected-{corpus.name}.tsv")
    recall: dict[str, RecallScore] = {}
    recall_shown: dict[str, RecallScore] = {}
    missed: list[Injection] = []
    if cases:
        before = {(f, s, x.rule, injected_term(x)) for f, s, x in found}
        edited = lint_corpus(corpus, edited_files(corpus, cases))
        after = {(f, s, x.rule, injected_term(x)) for f, s, x in edited}
        recall, missed = score_injections(cases, before, after)
        # Caught where a reviewer looks: at warning or above after the edit.
        recall_shown, _missed = score_injections(
            cases, before, {(f, s, x.rule, injected_term(x)) for f, s, x in edited
                            if x.severity.value != "info"})
    result = {
        "corpus": corpus.name,
        "seconds_median": statistics.median(times),
        "seconds_runs": times,
        "segments_sampled": len(corpus.sampled),
        "findings_per_rule": dict(sorted(per_rule_total.items())),
        "rules": rules_json(scores, shown),
        "ambiguous": sorted({e.en or e.ko for e in ambiguous}),
        **_recall_json(recall, missed, unlabelled, corpus),
        "injected_shown": {rule: {"hit": r.hit, "total": r.total, "recall": r.recall}
                           for rule, r in sorted(recall_shown.items())},
    }
    return result


def _one_line(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def render(result: dict, listing: bool = False) -> str:
    title = (f"== {result['corpus']}: lint {result['seconds_median']:.2f} s (median of "
             f"{len(result['seconds_runs'])}), {result['segments_sampled']} segments sampled")
    lines = [title]
    lines.append(f"{'rule':28} {'corpus':>6} {'tp':>4} {'fp':>4} {'prec':>5} {'unlab':>5} "
                 f"{'fn':>3} {'prec>=warning':>15}  fp by category")
    rules = sorted(set(result["findings_per_rule"]) | set(result["rules"]))
    for rule in rules:
        s = result["rules"].get(rule, {"tp": 0, "fp": 0, "precision": None, "unlabelled": 0,
                                       "fn": 0, "fp_by_category": {},
                                       "shown": {"tp": 0, "fp": 0, "precision": None}})
        cats = ", ".join(f"{c}:{n}" for c, n in s["fp_by_category"].items())
        shown = s["shown"]
        seen = f"{shown['tp']}/{shown['tp'] + shown['fp']} {_figure(shown['precision'])}"
        lines.append(f"{rule:28} {result['findings_per_rule'].get(rule, 0):>6} {s['tp']:>4} "
                     f"{s['fp']:>4} {_figure(s['precision']):>5} {s['unlabelled']:>5} "
                     f"{s['fn']:>3} {seen:>15}  {cats}")
    tp = sum(s["tp"] for s in result["rules"].values())
    fp = sum(s["fp"] for s in result["rules"].values())
    lines.append(f"{'all rules':28} {sum(result['findings_per_rule'].values()):>6} {tp:>4} "
                 f"{fp:>4} {_figure(precision(tp, fp)):>5}")
    if result.get("ambiguous"):
        lines.append("glossary.ambiguous (their term.missing demoted to info): "
                     + ", ".join(result["ambiguous"]))
    if result["injected"]:
        lines.append("injected errors: " + "; ".join(
            f"{rule} {r['hit']}/{r['total']} = {_figure(r['recall'])}"
            + (f" ({r['by_any_rule']} with other rules)" if r["by_any_rule"] != r["hit"] else "")
            + (f" ({r['already_reported']} already reported, not counted)"
               if r["already_reported"] else "")
            for rule, r in result["injected"].items()))
        if result.get("injected_shown"):
            lines.append("  of them at warning or above: " + "; ".join(
                f"{rule} {r['hit']}/{r['total']}"
                for rule, r in result["injected_shown"].items()))
        for case in result["injected_missed"]:
            lines.append(f"  missed: {case['file']} {case['segment']} {case['rule']} "
                         f"{case['term']}: {case['find']!r} -> {case['replace']!r}")
    if listing:
        lines.append(f"unlabelled findings in sampled segments: {result['unlabelled']}")
        for key in result["unlabelled_keys"]:
            source, draft = result["unlabelled_context"][f"{key['file']}\t{key['segment']}"]
            lines.append("\t".join((key["file"], key["segment"], key["rule"], key["term"],
                                    key["found"], "?", "", "")))
            lines.append(f"#   {_one_line(source)}\n#   {_one_line(draft)}")
    elif result["unlabelled"]:
        lines.append(f"unlabelled findings in sampled segments: {result['unlabelled']} (label "
                     f"them before quoting a figure: --unlabelled lists them)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("gnome", "news", "news-bundled", "news-reverse",
                                             "all", "held-out"),
                        default="all",
                        help="held-out: only the files of --held-out")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--unlabelled", action="store_true",
                        help="list the unlabelled findings of sampled segments, as label rows")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--peer", action="store_true",
                        help="run ko-po-check's terminology check on the GNOME files too")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--held-out", type=Path, metavar="DIR",
                        help="also score the PO files under DIR (benchmarks/fetch_held_out.py)")
    args = parser.parse_args(argv)
    if not (args.corpora / "README.md").exists():
        print(f"no corpora at {args.corpora}: nothing to measure (see benchmarks/accuracy.py)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    results = []
    if args.corpus in ("gnome", "all"):
        gnome = load_gnome(args.corpora)
        results.append(run_corpus(gnome, args.runs))
        if args.peer:
            results.append(measure_peer(gnome, args.corpora / "gnome" / "word-guide.tsv",
                                        args.runs))
    if args.corpus in ("news", "all"):
        results.append(run_corpus(load_news(args.corpora), args.runs))
    if args.corpus in ("news-bundled", "all"):
        results.append(run_corpus(load_news(args.corpora, bundled=True), args.runs))
    if args.corpus in ("news-reverse", "all"):
        results.append(run_corpus(load_news(args.corpora, bundled=True, reverse=True),
                                  args.runs))
    if args.corpus == "held-out" and args.held_out is None:
        parser.error("--corpus held-out needs --held-out DIR")
    if args.held_out is not None:
        if any(args.held_out.rglob("*.po")):
            results.append(run_corpus(load_held_out(args.held_out, args.corpora), args.runs))
        else:
            results.append({"corpus": "held-out",
                            "skipped": f"no PO file under {args.held_out}"})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(render(result, args.unlabelled) if "rules" in result
                  else f"== {result['corpus']}: {result['skipped']}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
