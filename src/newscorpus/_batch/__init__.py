"""Extracting many pages: one page's outcome, a pool of worker processes that keeps the order,
and the progress display (private: :mod:`newscorpus.stream` and :class:`~newscorpus.Corpus`
are the public faces).

Example:
    >>> worker_count(None)
    1
"""

from .outcomes import (
    EMPTY_ARTICLE,
    Outcome,
    Record,
    Workers,
    clean_article,
    extract_outcomes,
    learn_templates,
    load_options,
    read_store,
    settle,
    worker_count,
)
from .pool import ordered_map
from .progress import Progress, ProgressBar

__all__ = [
    "EMPTY_ARTICLE",
    "Outcome",
    "Progress",
    "ProgressBar",
    "Record",
    "Workers",
    "clean_article",
    "extract_outcomes",
    "learn_templates",
    "load_options",
    "ordered_map",
    "read_store",
    "settle",
    "worker_count",
]
