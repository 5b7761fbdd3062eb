"""The conditional-logit fit shared by the plain-text title and date scorers' fitting scripts.

On each page its candidates compete with "none" (score 0): the model's probability of a
candidate is ``exp(score) / (1 + sum of the page's exp(score))``, and the likelihood is that of
the page's right candidates taken together, or of "none" on a page without one. The shipped
scorers (``newscorpus.meta.titles.scorer.CandidateScorer``) read the weights the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["fit_conditional_logit"]

Array = np.ndarray[Any, Any]


def fit_conditional_logit(
    pages: Sequence[tuple[Array, Array]], count: int, *, steps: int, rate: float, l2: float
) -> tuple[Array, float]:
    """Weights and bias by gradient descent from zero. ``pages`` holds, per page with at least
    one candidate, its feature rows and a boolean array of its right candidates; ``count`` is
    the number of pages the loss is averaged over (pages without a candidate count too)."""
    x = np.vstack([feats for feats, _ in pages])
    positive = np.concatenate([pos for _, pos in pages]).astype(float)
    page_of = np.concatenate([np.full(len(pos), i) for i, (_, pos) in enumerate(pages)])
    has_right = np.array([bool(pos.any()) for _, pos in pages])[page_of]
    weights, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        exps = np.exp(np.clip(x @ weights + bias, -30, 30))
        totals = 1 + np.bincount(page_of, weights=exps)
        right = np.bincount(page_of, weights=exps * positive)
        # d(-log likelihood)/d score: the candidate's probability minus its share of the
        # page's right candidates (0 on a page without one, where "none" is right)
        share = np.where(has_right, exps * positive / np.maximum(right[page_of], 1e-300), 0)
        gradient = exps / totals[page_of] - share
        weights -= rate * (x.T @ gradient / count + l2 * weights)
        bias -= rate * float(gradient.sum() / count)
    return weights, bias
