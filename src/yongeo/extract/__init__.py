"""Term extraction: cleaning, candidates, scoring, the template, and Korean suggestions."""

from yongeo.extract.counts import CandidateCounts, count_document, merge_counts
from yongeo.extract.pipeline import Extraction, Progress, extract_files
from yongeo.extract.score import Candidate, select_candidates
from yongeo.extract.template import render_template

__all__ = [
    "Candidate",
    "CandidateCounts",
    "Extraction",
    "Progress",
    "count_document",
    "extract_files",
    "merge_counts",
    "render_template",
    "select_candidates",
]
