"""The fitted publication-day scorer of plain-text pages: weights, bias and bar as data.

A page's candidate days (see :mod:`newscorpus.meta.dates.scored`) compete: each gets a score
``bias + weights · features`` and the page a probability for each day and for "none of them"
(a conditional logit with the "none" score fixed at 0), so a day is taken only when it stands
out from the page's other dates. The weights were fitted on half A of the metadata development
sets (``data/date_scorer.json``; ``benchmarks/fit_date_scorer.py`` refits them).

Example:
    >>> scorer = DateScorer(weights={"header": 2.0}, bias=-1.0, bar=0.5, features=("header",))
    >>> [round(p, 2) for p in scorer.probabilities([(1.0,), (0.0,)])]
    [0.67, 0.09]
"""

from __future__ import annotations

from functools import cache

import attrs

from ...vocab import load_json
from ..titles.scorer import CandidateScorer

__all__ = ["FEATURES", "DateScorer", "date_scorer"]

FEATURES: tuple[str, ...] = (
    # what the page's reading rules already said of the day
    "chosen",  # the day the precedence table picks among the page's date candidates
    "header",  # a publication date line by the headline
    "header_modified",  # an "Updated …" line by the headline
    "lead",  # a date opening the first paragraph ("BERLIN, 2 March 2024 – …")
    "dateline",  # the first date line elsewhere on the page
    "labelled",  # a publication label before it ("Published:", "Veröffentlicht am")
    "modified",  # every mention labelled as an update
    "other_kind",  # every mention dates an event or a version ("Termin:", "Version 3,")
    # the page's address
    "url_day",  # the URL spells this day
    "url_other_day",  # the URL spells another day
    "url_month_in",  # the URL spells a year and month this day falls in
    "url_month_out",  # … or one it falls outside
    "url_only",  # the day is only in the URL
    "url_printed",  # the URL spells the day and the page prints it
    # where the day is printed
    "mentions",  # log(1 + times printed)
    "short_line",  # on a line of at most 12 words
    "sentence_only",  # only inside blocks of more than 30 words
    "above_body",  # printed above the body's first block
    "near_start",  # within 3 blocks of the body's start
    "in_body",  # only inside the body run
    "after_body",  # only after the body's end
    "distance",  # log(1 + blocks between its nearest mention and the body's start)
    "title_distance",  # log(1 + blocks between its nearest mention and the headline)
    "no_title",
    "above_title",  # every mention above the headline (a masthead's clock)
    "dated_neighbours",  # log(1 + nearby blocks holding another day): a teaser list
    "not_article",  # every mention in a related list, small print or a comment
    "crowded",  # its line holds other dates too (a range, a list)
    "has_time",  # printed with a time of day
    "date_line",  # on a line that is a date and its labels only
    "by_title",  # within 2 blocks of the headline
    "by_byline",  # on the byline's line or next to it
    "page_top",  # among the page's first 3 blocks (a masthead's clock)
    "below_title",  # within 4 blocks under the headline
    "prose",  # only in sentences of more than 12 words
    "web_address",  # only in lines holding a web address (a link's path)
    "byline_line",  # on a line that reads as a byline ("Von Ann Lee, 3. Mai 2024")
    "nearest_title",  # of the page's days, printed nearest the headline
    "nearest_start",  # of the page's days, printed nearest the body's start
    # against the page's other days
    "latest",
    "earliest",
    "first",  # the first day printed on the page
    "only_day",  # the page's one candidate day
    "days",  # log(1 + the page's candidate days): many days, less sure of each
)
"""The candidate days' features, in the order of their values."""


@attrs.frozen(kw_only=True)
class DateScorer(CandidateScorer):
    """The publication-day scorer: a :class:`~newscorpus.meta.titles.scorer.CandidateScorer`
    (weights, bias, bar) whose features are :data:`FEATURES` unless given.

    Example:
        >>> DateScorer(weights={}, bias=0.0, bar=0.5, features=("header",)).probabilities([(1.0,)])
        [0.5]
    """

    features: tuple[str, ...] = FEATURES


@cache
def date_scorer() -> DateScorer:
    """The shipped scorer (``data/date_scorer.json``, fitted on half A of the development sets
    by ``benchmarks/fit_date_scorer.py``).

    Example:
        >>> 0 < date_scorer().bar < 1
        True
    """
    data = load_json("date_scorer.json")
    return DateScorer(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        bar=float(data["bar"]),
        features=FEATURES,
    )
