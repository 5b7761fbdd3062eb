"""Authors of plain-text pages: byline lines without their prefix and the scorer that picks
among them (:mod:`newscorpus.meta.authors.text.lines`), the shapes read besides
(:mod:`newscorpus.meta.authors.text.shapes`) and what a candidate's words say
(:mod:`newscorpus.meta.authors.text.wording`)."""

from .lines import (
    BYLINE_FEATURES,
    KINDS,
    BylineCandidate,
    BylineScorer,
    best_byline,
    byline_candidates,
    byline_scorer,
)

__all__ = [
    "BYLINE_FEATURES",
    "KINDS",
    "BylineCandidate",
    "BylineScorer",
    "best_byline",
    "byline_candidates",
    "byline_scorer",
]
