"""Extraction on news the project never saw: precision, P@k, recall and type accuracy per document.

Documents are stitched from ../shared/corpora/news/park-dev.tsv (consecutive sentences of
one article, benchmarks/data/extract-news-docs.tsv) and scored against gold lists written by
hand before any extractor ran on them (benchmarks/data/extract-news-gold.tsv):

- precision: candidates that are a gold `term` or `admissible` entry, over all candidates;
- P@k: the same over the k best-scored candidates;
- recall: gold `term` entries found, over all of them;
- type accuracy: found entries whose type guess is the gold type;
- suggestions: for the English persons, places and organizations found, the Korean suggested
  by `yongeo update` (benchmarks/data/extract-news-korean.tsv: right, acceptable, wrong,
  none), without and with the documents' aligned Korean as parallel text;
- types on other news: the names, titles and acronyms of two more documents (types-a and
  types-b), typed by hand (benchmarks/data/extract-news-types.tsv): type accuracy only;
- peers: translate-toolkit's poterminology and YAKE on the same English documents and gold
  (`pip install -e '.[bench]'`; each is skipped with a message when it is not installed).
  Neither types its terms. Each peer's ranked list is cut at the number of candidates
  yongeo gives for the document, so that precision and recall compare lists of one length;
  P@k reads the first k of each.

    PYTHONPATH=src python3 benchmarks/extract_news.py [--analyser regex] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from yongeo.extract.evaluate import match_key
from yongeo.extract.pipeline import extract_files

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "news" / "park-dev.tsv"
DOCS = ROOT / "benchmarks" / "data" / "extract-news-docs.tsv"
GOLD = ROOT / "benchmarks" / "data" / "extract-news-gold.tsv"
KOREAN = ROOT / "benchmarks" / "data" / "extract-news-korean.tsv"
TYPES = ROOT / "benchmarks" / "data" / "extract-news-types.tsv"
NAME_KINDS = ("name", "acronym", "title")
TOP_K = (10, 20)


@dataclass(frozen=True)
class Gold:
    term: str
    type: str
    verdict: str
    keys: tuple[str, ...]


@dataclass
class Score:
    candidates: int = 0
    right: int = 0  # candidates that are a term or admissible
    at_k: dict[int, tuple[int, int]] = field(default_factory=dict)
    terms: int = 0
    found: int = 0
    typed: int = 0
    type_right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    mistyped: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.candidates += other.candidates
        self.right += other.right
        for k, (hits, n) in other.at_k.items():
            old = self.at_k.get(k, (0, 0))
            self.at_k[k] = (old[0] + hits, old[1] + n)
        self.terms += other.terms
        self.found += other.found
        self.typed += other.typed
        self.type_right += other.type_right


@dataclass(frozen=True)
class Ranked:
    """A peer's term, scored by its rank (the best first), as score_document reads it."""

    term: str
    score: float
    type: str = ""
    long_form: str = ""


def poterminology_terms(text: str, name: str) -> list[str] | None:
    """translate-toolkit's poterminology with its command's defaults for one input file (up to
    three words, a phrase in at least two messages), one message per line; best first."""
    try:
        from translate.storage import po
        from translate.tools.poterminology import TerminologyExtractor
    except ImportError:
        return None
    extractor = TerminologyExtractor()
    units = [po.pounit(line) for line in text.splitlines() if line.strip()]
    extractor.processunits(units, name)
    terms = extractor.extract_terms(inputmin=1, fullmsgmin=1, substrmin=2, locmin=2)
    items = extractor.filter_terms(terms, nonstopmin=1,
                                   sortorders=["frequency", "dictionary", "length"])
    return [unit.source for _count, unit in items]


def yake_terms(text: str, top: int) -> list[str] | None:
    """YAKE with its defaults for English (up to three words, its deduplication); best first."""
    try:
        import yake
    except ImportError:
        return None
    extractor = yake.KeywordExtractor(lan="en", n=3, top=top)
    return [keyword for keyword, _score in extractor.extract_keywords(text)]


PEERS = {"poterminology": lambda text, name, top: poterminology_terms(text, name),
         "YAKE": lambda text, name, top: yake_terms(text, top)}


def peer_candidates(terms: list[str], size: int) -> list[Ranked]:
    return [Ranked(term, float(-rank)) for rank, term in enumerate(terms[:size])]


def _keys(term: str, lang: str) -> set[str]:
    key = match_key(term).rstrip(".")  # an abbreviation's point: Co. and Co
    return {key, key.replace(" ", "")} if lang == "ko" else {key}


def read_documents(corpus: Path, pairs: dict | None = None) -> dict[str, tuple[str, str]]:
    """doc -> (lang, text): the corpus's sentences in order, one per line; `pairs`, when
    given, gets each English document's aligned (English, Korean) sentences."""
    rows: dict[tuple[str, int], tuple[str, str]] = {}
    with corpus.open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 4 and cells[1].isdigit():
                rows[(cells[0], int(cells[1]))] = (cells[2], cells[3])
    documents = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, lang, split, first, last, _what = line.split("\t")
        sentences = [rows[(split, n)][0 if lang == "en" else 1]
                     for n in range(int(first), int(last) + 1) if (split, n) in rows]
        documents[doc] = (lang, "\n".join(sentences) + "\n")
        if pairs is not None and lang == "en":
            pairs[doc] = [rows[(split, n)] for n in range(int(first), int(last) + 1)
                          if (split, n) in rows]
    return documents


def read_gold() -> dict[str, list[Gold]]:
    gold: dict[str, list[Gold]] = defaultdict(list)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, term, entry_type, verdict, _why = line.split("\t")
        lang = "ko" if doc.startswith("ko-") else "en"
        variants = [v.strip() for v in term.split("|")]
        # The full form's keys first: a suggestion is scored on the candidate of the name as
        # the gold writes it (Ruby Productions), not on its short form (Ruby) when both are.
        keys = dict.fromkeys(k for v in variants for k in sorted(_keys(v, lang)))
        gold[doc].append(Gold(variants[0], entry_type, verdict, tuple(keys)))
    return gold


def score_document(candidates, gold: list[Gold], lang: str) -> Score:
    by_key = {key: entry for entry in gold for key in entry.keys}
    score = Score()
    hits: dict[Gold, object] = {}
    ranked = sorted(candidates, key=lambda c: (-c.score, c.term))
    good = []
    for candidate in ranked:
        names = [candidate.term] + ([candidate.long_form] if candidate.long_form else [])
        entry = next((by_key[k] for name in names for k in _keys(name, lang) if k in by_key),
                     None)
        ok = entry is not None and entry.verdict != "not"
        good.append(ok)
        if ok:
            hits.setdefault(entry, candidate)
        else:
            score.wrong.append(candidate.term)
    score.candidates = len(ranked)
    score.right = sum(good)
    for k in TOP_K:
        score.at_k[k] = (sum(good[:k]), min(k, len(good)))
    terms = [g for g in gold if g.verdict == "term"]
    score.terms = len(terms)
    score.found = sum(1 for g in terms if g in hits)
    score.misses = [g.term for g in terms if g not in hits]
    score.typed = len(hits)
    for entry, candidate in hits.items():
        if candidate.type == entry.type:
            score.type_right += 1
        else:
            score.mistyped.append(f"{candidate.term} ({candidate.type}, gold {entry.type})")
    return score


def read_types() -> dict[tuple[str, str], str]:
    """(doc, key) -> the hand-given type ("x": no term)."""
    found = {}
    for line in TYPES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc, term, entry_type = line.split("\t")
            found[(doc, match_key(term))] = entry_type
    return found


def score_types(doc: str, candidates, types) -> tuple[int, int, int, list[str]]:
    """(right, judged, non-terms, misses) over the names, titles and acronyms listed."""
    right = judged = junk = 0
    wrong = []
    for candidate in candidates:
        expected = types.get((doc, match_key(candidate.term)))
        if candidate.kind not in NAME_KINDS or expected is None:
            continue
        if expected == "x":
            junk += 1
            continue
        judged += 1
        if candidate.type == expected:
            right += 1
        else:
            wrong.append(f"{candidate.term} ({candidate.type}, by hand {expected})")
    return right, judged, junk, wrong


def read_korean() -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    found = {}
    for line in KOREAN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, term, right, acceptable = (line.split("\t") + [""])[:4]
        found[(doc, term)] = ({right.strip()}, {a.strip() for a in acceptable.split("|")
                                                if a.strip()})
    return found


def score_suggestions(doc, candidates, gold: list[Gold], korean, parallel_pairs=None
                      ) -> tuple[Counter, list[str]]:
    """right / acceptable / wrong / none for the gold persons, places and organizations."""
    from yongeo.extract.parallel import propose
    from yongeo.extract.suggest import Suggester, name_languages

    by_key = {}
    for candidate in candidates:
        names = [candidate.term] + ([candidate.long_form] if candidate.long_form else [])
        for name in names:
            for key in _keys(name, "en"):
                by_key.setdefault(key, candidate)
    parallel = None
    if parallel_pairs:
        english, hangul = zip(*parallel_pairs)
        parallel = propose(list(english), list(hangul), [c.term for c in candidates],
                           persons=[c.term for c in candidates if c.type == "person"])
    suggester = Suggester(parallel=parallel)
    languages = name_languages(c.term for c in candidates)
    tally: Counter = Counter()
    notes = []
    for entry in gold:
        if (doc, entry.term) not in korean or entry.verdict != "term":
            continue
        right, acceptable = korean[(doc, entry.term)]
        candidate = next((by_key[k] for k in entry.keys if k in by_key), None)
        if candidate is None:
            continue  # not extracted: counted in recall, not here
        suggestion = suggester.suggest(candidate.term, candidate.type, candidate.long_form,
                                       languages)
        if suggestion is None:
            verdict = "none"
        elif suggestion.korean in right:
            verdict = "right"
        elif suggestion.korean in acceptable:
            verdict = "acceptable"
        else:
            verdict = "wrong"
        tally[verdict] += 1
        notes.append(f"{entry.term} -> {suggestion.korean if suggestion else '-'} "
                     f"({suggestion.origin if suggestion else ''}) {verdict}")
    return tally, notes


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def _row(name: str, s: Score, typed: bool = True) -> str:
    at_k = " | ".join(_ratio(*s.at_k.get(k, (0, 0))) for k in TOP_K)
    types = _ratio(s.type_right, s.typed) if typed else "-"
    return (f"| {name} | {s.candidates} | {_ratio(s.right, s.candidates)} | {at_k}"
            f" | {_ratio(s.found, s.terms)} ({s.found}/{s.terms}) | {types} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--analyser", default="regex", help="Korean analyser (default regex)")
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong candidates")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"skipped: no corpus at {corpus}")
        return 0
    pairs: dict = {}
    documents = read_documents(corpus, pairs)
    gold = read_gold()
    korean = read_korean()
    suggestions = {"without parallel text": Counter(), "with parallel text": Counter()}
    suggestion_notes = []
    types = read_types()
    type_rows: list[tuple[str, int, int, int, list[str]]] = []
    verdicts: dict[str, dict] = {label: {} for label in suggestions}
    totals: dict[str, Score] = {"en": Score(), "ko": Score()}
    peers: dict[str, Score] = {}
    peer_rows: list[tuple[str, str, Score]] = []
    missing_peers: list[str] = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc, (lang, text) in documents.items():
            path = Path(tmp) / f"{doc}.txt"
            path.write_text(text, encoding="utf-8")
            extraction = extract_files([str(path)], analyser=args.analyser)
            candidates = [c for c in extraction.candidates if c.lang == lang]
            if doc.startswith("types-"):
                type_rows.append((doc, *score_types(doc, candidates, types)))
                continue
            score = score_document(candidates, gold[doc], lang)
            totals[lang].add(score)
            rows.append((doc, score))
            if lang == "en":
                for peer, run in PEERS.items():
                    terms = run(text, str(path), len(candidates))
                    if terms is None:
                        if peer not in missing_peers:
                            missing_peers.append(peer)
                        continue
                    peer_score = score_document(peer_candidates(terms, len(candidates)),
                                                gold[doc], lang)
                    peers.setdefault(peer, Score()).add(peer_score)
                    peer_rows.append((peer, doc, peer_score))
                for label, aligned in (("without parallel text", None),
                                       ("with parallel text", pairs[doc])):
                    tally, notes = score_suggestions(doc, candidates, gold[doc], korean,
                                                     aligned)
                    suggestions[label].update(tally)
                    suggestion_notes.extend(f"{doc} {label}: {n}" for n in notes)
                    for note in notes:
                        verdicts[label][doc, note.split(" -> ")[0]] = note.rsplit(" ", 1)[1]
    k_head = " | ".join(f"P@{k}" for k in TOP_K)
    print(f"| document | candidates | precision | {k_head} | recall | type accuracy |")
    print("| --- | ---: | ---: |" + " ---: |" * len(TOP_K) + " ---: | ---: |")
    for doc, score in rows:
        print(_row(doc, score))
    for lang, score in totals.items():
        print(_row(f"**all {lang}**", score))
    print()
    print("| English names on other news | judged | type right | type accuracy | non-terms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for doc, right, judged, junk, _wrong in type_rows:
        print(f"| {doc} | {judged} | {right} | {_ratio(right, judged)} | {junk} |")
    if type_rows:
        right, judged, junk = (sum(row[i] for row in type_rows) for i in (1, 2, 3))
        print(f"| **all** | {judged} | {right} | {_ratio(right, judged)} | {junk} |")
    print()
    print(f"| English, all documents | candidates | precision | {k_head} | recall | type accuracy |")
    print("| --- | ---: | ---: |" + " ---: |" * len(TOP_K) + " ---: | ---: |")
    print(_row("yongeo", totals["en"]))
    for peer, score in peers.items():
        print(_row(peer, score, typed=False))
    for peer in missing_peers:
        print(f"skipped {peer}: not installed (pip install -e '.[bench]')")
    print()
    print("| English persons, places, organizations | right | acceptable | wrong | none |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, tally in suggestions.items():
        print(f"| {label} | {tally['right']} | {tally['acceptable']} | {tally['wrong']} | "
              f"{tally['none']} |")
    lost = [term for (doc, term), verdict in verdicts["without parallel text"].items()
            if verdict == "right" and verdicts["with parallel text"].get((doc, term)) != "right"]
    print(f"\nright without parallel text but not with it: {len(lost)}"
          + (f" ({', '.join(lost)})" if lost else ""))
    if args.verbose:
        print("\n".join(suggestion_notes))
        for doc, score in rows:
            print(f"\n{doc}")
            print("  missed:  ", "; ".join(score.misses) or "none")
            print("  wrong:   ", "; ".join(score.wrong) or "none")
            print("  mistyped:", "; ".join(score.mistyped) or "none")
        for doc, *_counts, wrong in type_rows:
            print(f"\n{doc}\n  mistyped:", "; ".join(wrong) or "none")
        for peer, doc, score in peer_rows:
            print(f"\n{peer} on {doc}: {_row(doc, score, typed=False)}")
            print("  missed:  ", "; ".join(score.misses) or "none")
            print("  wrong:   ", "; ".join(score.wrong) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
