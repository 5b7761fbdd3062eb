"""Fit the HTML headline scorer (``src/newscorpus/data/html_title_scorer.json``) on half A.

Every record of half A of ../shared/bench/metadata whose truth has a title (trafilatura-eval
and fundus-dev; htmldate-eval and the 181-page body benchmark have no title truth) is run
through ``extract_html`` with its URL, and the headline wordings its markup and ``<h1>``s offer
(:func:`newscorpus.meta.titles.markup_scorer.markup_title_candidates`, with the hand-written
rule's pick as a feature) are recorded as the page sees them. A wording is right when it is the
page's best: the highest exact match and then token F1 with the true title (as score_meta.py
folds them) of all its wordings, and a token F1 of at least 0.5. A conditional logit is fitted
on the wordings' features (each page's wordings compete with each other; the likelihood is that
of the page's right wordings together; pages whose wordings are all right or all wrong carry no
information and drop out; L2, plain gradient descent, numpy only). The L2 strength is chosen by
two-fold cross-validation inside half A (the split by a second hash of the record id), as the
strength with the highest token F1 on the fold not fitted on (the mean of the sets' means).
Every page weighs the same: weighting the sets the same (fundus-dev's pages five times
trafilatura-eval's) raised fundus-dev and lowered trafilatura-eval in cross-validation, the two
sets' truths following different conventions (fundus-dev the JSON-LD headline, trafilatura-eval
the visible ``<h1>``). Half B is never read.

    python benchmarks/fit_html_title_scorer.py [--write]

Without ``--write`` it prints the weights and the figures on half A; with it, it writes the
data file (weights rounded to 4 decimals, with a ``_doc`` saying on what they were fitted).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, require_shared
from metadata import in_part, load_scorer, read_records

import newscorpus.meta.titles.markup as title_markup
from newscorpus import extract_html
from newscorpus.meta.titles.markup_scorer import MARKUP_FEATURES, markup_title_candidates

OUT = ROOT / "src" / "newscorpus" / "data" / "html_title_scorer.json"
STRENGTHS = (0.001, 0.003, 0.01, 0.03, 0.1)
STEPS = 4000
RATE = 0.5

# A page: its set, record id, wordings' features, and each wording's (exact, token F1).
Page = tuple[str, str, np.ndarray[Any, Any], list[tuple[float, float]], int]


def pages(shared: Path) -> list[Page]:
    """Every half-A page with a true title: its wordings' features and scores, and which
    wording the hand-written rule picked."""
    score = load_scorer(shared)
    seen: list[Any] = []
    original = title_markup.choose_markup_title

    def recording(entries: Any, **kwargs: Any) -> Any:
        given = {k: v for k, v in kwargs.items() if k != "scorer"}
        seen.append(markup_title_candidates(entries, **given))
        return original(entries, **kwargs)

    found: list[Page] = []
    title_markup.choose_markup_title = recording  # type: ignore[assignment]
    try:
        for record in read_records(shared / "bench" / "metadata"):
            truth = record["truth"].get("title")
            if not truth or not in_part(record["id"], "A"):
                continue
            seen.clear()
            extract_html(record["html"], url=record.get("url"))
            if not seen or not seen[0]:
                continue
            candidates = seen[0]
            rows = np.array([c.features for c in candidates], dtype=float)
            marks = [
                (
                    float(score.fold(truth) == score.fold(c.text)),
                    score.multiset_f1(score.tokens(truth), score.tokens(c.text)),
                )
                for c in candidates
            ]
            base = MARKUP_FEATURES.index("baseline")
            picked = next((i for i, c in enumerate(candidates) if c.features[base]), -1)
            found.append((record["id"].split(":")[0], record["id"], rows, marks, picked))
    finally:
        title_markup.choose_markup_title = original  # type: ignore[assignment]
    return found


def _informative(
    found: Sequence[Page],
) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """The pages where the choice matters: a right wording and a wrong one."""
    out = []
    for _, _, rows, marks, _ in found:
        best = max(marks)
        if best[1] < 0.5:
            continue
        right = np.array([m == best for m in marks])
        if right.all():
            continue
        out.append((rows, right))
    return out


def fit(found: Sequence[Page], l2: float) -> np.ndarray[Any, Any]:
    """Conditional-logit weights: each page's right wordings against its others."""
    data = _informative(found)
    width = len(MARKUP_FEATURES)
    if not data:
        return np.zeros(width)
    x = np.vstack([rows for rows, _ in data])
    right = np.concatenate([r for _, r in data]).astype(float)
    page_of = np.concatenate([np.full(len(r), i) for i, (_, r) in enumerate(data)])
    weights = np.zeros(width)
    for _ in range(STEPS):
        scores = x @ weights
        exps = np.exp(np.clip(scores, -30, 30))
        totals = np.bincount(page_of, weights=exps)
        on_right = np.bincount(page_of, weights=exps * right)
        # d(-log likelihood)/d score: the wording's probability minus its share of the page's
        # right wordings
        gradient = (exps / totals[page_of] - exps * right / on_right[page_of]) / len(data)
        weights -= RATE * (x.T @ gradient + l2 * weights)
    return weights


def figures(
    found: Sequence[Page], weights: np.ndarray[Any, Any] | None
) -> dict[str, tuple[float, float, int]]:
    """Per set: mean exact match and token F1 of the chosen wording (the hand-written rule's
    pick when ``weights`` is None), and the page count."""
    sums: dict[str, list[float]] = {}
    for set_name, _, rows, marks, picked in found:
        chosen = picked if weights is None else int(np.argmax(rows @ weights))
        exact, f1 = marks[chosen] if chosen >= 0 else (0.0, 0.0)
        total = sums.setdefault(set_name, [0.0, 0.0, 0])
        total[0] += exact
        total[1] += f1
        total[2] += 1
    return {k: (v[0] / v[2], v[1] / v[2], int(v[2])) for k, v in sums.items()}


def _fold_of(record_id: str) -> int:
    return int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 2


def choose_strength(found: Sequence[Page]) -> float:
    """The L2 strength with the best set-averaged token F1 in two-fold cross-validation."""
    best, best_f1 = STRENGTHS[0], -1.0
    for l2 in STRENGTHS:
        f1s = []
        for fold in (0, 1):
            train = [p for p in found if _fold_of(p[1]) != fold]
            test = [p for p in found if _fold_of(p[1]) == fold]
            res = figures(test, fit(train, l2))
            f1s.append(sum(v[1] for v in res.values()) / len(res))
        mean = sum(f1s) / 2
        print(f"L2 {l2}: cross-validated token F1 {mean:.4f}")
        if mean > best_f1:
            best, best_f1 = l2, mean
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args(argv)
    shared = require_shared("fitting the HTML headline scorer")
    found = pages(shared)
    l2 = choose_strength(found)
    weights = fit(found, l2)
    named = {n: round(float(w), 4) for n, w in zip(MARKUP_FEATURES, weights, strict=True)}
    print(json.dumps(named, indent=1))
    for label, res in (("rule", figures(found, None)), ("fitted", figures(found, weights))):
        for set_name, (exact, f1, n) in sorted(res.items()):
            print(f"{label:<7} {set_name:<17} n={n:<4} exact {exact:.4f} token F1 {f1:.4f}")
    if args.write:
        doc = (
            "The HTML headline scorer (newscorpus.meta.titles.markup_scorer): conditional-logit "
            "weights over the features of a page's headline wordings (JSON-LD headline, "
            "og:title, twitter:title, <title> with and without the site's name, itemprop "
            "headline, the <h1>s), which compete with each other; the best scored is the "
            "headline. Fitted by benchmarks/fit_html_title_scorer.py on half A of the metadata "
            f"development sets with a title truth ({len(found)} pages of trafilatura-eval and "
            "fundus-dev, each page weighted the same); a wording is right when it has the "
            "page's best exact match and token F1 with the true title (F1 >= 0.5); "
            f"L2 {l2} (chosen by two-fold cross-validation inside half A among {STRENGTHS}), "
            f"{STEPS} gradient steps at rate {RATE}. Bias and bar unused (the wordings compete "
            "with each other only). Half B held out."
        )
        data = {"_doc": doc, "weights": named, "bias": 0.0, "bar": 0.0}
        OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
