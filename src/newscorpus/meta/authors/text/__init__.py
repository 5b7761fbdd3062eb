"""Authors of plain-text pages: byline lines without their prefix and the scorer that picks
among them (:mod:`newscorpus.meta.authors.text.lines`)."""

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
