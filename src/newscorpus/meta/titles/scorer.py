"""The fitted headline scorer of plain-text pages: weights, bias and bar as data.

A page's headline candidates compete: each gets a logistic score ``bias + weights · features``
and the page a probability for each candidate and for "none of them" (a conditional logit with
the "none" score fixed at 0), so a line is sure to be the headline only when it stands out from
the page's other lines. The weights were fitted on half A of the metadata development sets
(``data/title_scorer.json``; ``benchmarks/fit_title_scorer.py`` refits them).

Example:
    >>> scorer = TitleScorer(weights={"short": -1.0}, bias=0.0, bar=0.5, features=("short",))
    >>> [round(p, 2) for p in scorer.probabilities([(0.0,), (1.0,)])]
    [0.42, 0.16]
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from functools import cache

import attrs

from ...vocab import load_json

__all__ = ["FEATURES", "CandidateScorer", "TitleScorer", "title_scorer"]

FEATURES: tuple[str, ...] = (
    # where the line stands
    "walk_title",  # the header walk's headline (the line just above the body, over dates)
    "walk_subtitle",
    "distance",  # log(1 + blocks between the line and the body start)
    "char_distance",  # log(1 + characters between them) / 10
    "far",  # more than 15 blocks above the body
    "in_body",  # one of the body's first blocks (a heading cleaning took for body)
    "rank",  # its place among the candidates, nearest first (0 to 1)
    # its shape
    "log_words",
    "one_word",
    "short",
    "long",
    "end_period",
    "end_question",
    "end_colon",
    "all_caps",
    "capitalised",
    "digits",
    "has_year",
    "separators",
    "commas",
    # the page around it
    "repeated",  # printed again as a line of its own
    "repeated_long",  # the same, four words or more
    "contained",  # printed again inside a longer line (a breadcrumb, a share text)
    "next_meta",  # a date line or byline under it
    "prev_meta",
    "next_long",  # a long block under it (a standfirst)
    "prev_short",  # a short line over it (a kicker, a menu item)
    "next_is_start",
    "page_title",  # the page's top line (a "Headline | Site" title) prints it: the share it covers
    "top_line",  # the page's first line (where a renderer prints the page's <title>)
    # the words it shares
    "body_overlap",  # with the body's first blocks
    "url_overlap",  # its words in the address
    "slug_overlap",  # its words in the address's slug
    "slug_cover",  # the slug's words it holds
    "dir_overlap",  # its words only in the address's directories (a section)
    "dir_only",  # every word of it a directory's and none the slug's (a section's name)
    "no_url",
    # what cleaning said
    "interface",
    "named_outside",
    "named_nav",
    "named_other",
)
"""The headline candidates' features, in the order of their values."""


@attrs.frozen(kw_only=True)
class CandidateScorer:
    """A conditional logit over a page's candidates (headlines, days): weights over their
    features, the bias and the bar a candidate must reach. The title and date scorers are this
    with their own features.

    Attributes:
        weights: one weight per feature name (a feature without one weighs 0).
        bias: the score of a candidate whose features are all 0, against the "none" option's 0.
        bar: the lowest probability taken as the page's value.
        features: the feature names, in the order of the candidates' feature values.

    Example:
        >>> CandidateScorer(weights={}, bias=0.0, bar=0.5, features=("short",)).probabilities(
        ...     [(1.0,)])
        [0.5]
    """

    weights: dict[str, float]
    bias: float
    bar: float
    features: tuple[str, ...]
    _vector: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # The weights in the order of the features, read once rather than once per candidate.
        vector = tuple(self.weights.get(name, 0.0) for name in self.features)
        object.__setattr__(self, "_vector", vector)

    def score(self, features: Sequence[float]) -> float:
        """A candidate's score (its logit against the "none" option).

        Example:
            >>> CandidateScorer(weights={"header": 2.0}, bias=-1.0, bar=0.5,
            ...                 features=("header",)).score((1.0,))
            1.0
        """
        total: float = self.bias + sum(map(operator.mul, self._vector, features))
        return max(-30.0, min(30.0, total))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Each candidate's probability of being the page's value, given all of them (the rest,
        to 1, is the probability that none is).

        Example:
            >>> CandidateScorer(weights={}, bias=0.0, bar=0.5, features=()).probabilities([(), ()])
            [0.3333333333333333, 0.3333333333333333]
        """
        exps = [math.exp(self.score(row)) for row in rows]
        total = 1.0 + sum(exps)
        return [e / total for e in exps]


@attrs.frozen(kw_only=True)
class TitleScorer(CandidateScorer):
    """The headline scorer: a :class:`CandidateScorer` whose features are :data:`FEATURES`
    unless given.

    Example:
        >>> TitleScorer(weights={}, bias=0.0, bar=0.5, features=("short",)).probabilities([(1.0,)])
        [0.5]
    """

    features: tuple[str, ...] = FEATURES


@cache
def title_scorer(*, with_url: bool = True) -> TitleScorer:
    """The shipped scorer (``data/title_scorer.json``, fitted on half A of the development
    sets by ``benchmarks/fit_title_scorer.py``): one for pages given with their URL, one for
    pages without (the URL's words are the strongest evidence where there is one).

    Args:
        with_url: the scorer for pages given with their URL, else the one for pages without.

    Example:
        >>> 0 < title_scorer().bar < 1, 0 < title_scorer(with_url=False).bar < 1
        (True, True)
    """
    data = load_json("title_scorer.json")["with_url" if with_url else "without_url"]
    return TitleScorer(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        bar=float(data["bar"]),
        features=FEATURES,
    )
