"""Fit the plain-text headline scorer (``src/newscorpus/data/title_scorer.json``) on half A.

Every record of half A of ../shared/bench/metadata whose truth has a title is rendered to page
text by each renderer of ``textmeta.py`` (``render_text``, ``inscriptis`` and ``html-text``, which
prints the page's ``<title>`` as its top line), classified, and
its headline candidates (:func:`newscorpus.meta.header.header_title_candidates`) are labelled:
a candidate is the headline when its token F1 with the true title is at least 0.5 (the scorer's
own "right" side). A conditional logit is fitted on the candidates' features (each page's
candidates compete with each other and with a "none of them" option whose score is 0; the
likelihood is that of the page's headline candidates together, or of "none" on a page without
one; L2, plain gradient descent, no dependency beyond numpy); then the bar is the lowest
probability at which,
over half A, the share of wrong titles is at most ``MAX_WRONG``, over all pages and on each set
as ``GATED_RENDERER`` renders it (the quality gate holds each set's wrong share with that
renderer under a ceiling; a wrong title costs more than a missing one; the acceptance ceiling is
0.10, the margin is for pages nobody tuned on). Two
scorers are fitted this way: one on the pages with their URL, one on the same pages without it
(text pages often come without one, and the URL's words are the strongest single feature).
Half B is never read.

    python benchmarks/fit_title_scorer.py [--cache DIR] [--write]

Without ``--write`` it prints the weights and the figures on half A; with it, it writes the
data file (weights rounded to 4 decimals, with a ``_doc`` saying on what they were fitted).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, require_shared
from conditional_logit import fit_conditional_logit
from metadata import in_part, read_records
from textmeta import RENDERERS, rendered

from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.header import header_title_candidates
from newscorpus.meta.titles.scorer import FEATURES, TitleScorer

OUT = ROOT / "src" / "newscorpus" / "data" / "title_scorer.json"
FIT_RENDERERS = ("render_text", "inscriptis", "html-text")
MAX_WRONG = 0.07
GATED_RENDERER = "render_text"  # the renderer benchmarks/gate.py measures text titles with
L2 = 0.01
STEPS = 3000
RATE = 0.5
_WORD = re.compile(r"\w+")

# candidates' features, their token F1; the page's set when GATED_RENDERER rendered it, else ""
Page = tuple[list[tuple[float, ...]], list[float], str]


def token_f1(truth: str, guess: str) -> float:
    """Token F1 of two titles (casefolded ``\\w+`` multisets), as score_meta.py computes it."""
    a, b = Counter(_WORD.findall(truth.casefold())), Counter(_WORD.findall(guess.casefold()))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def pages(shared: Path, cache: Path | None, *, with_url: bool) -> list[Page]:
    """Every half-A page with a true title, by each renderer: its candidates and their F1."""
    records = [
        r
        for r in read_records(shared / "bench" / "metadata")
        if in_part(r["id"], "A") and r["truth"].get("title")
    ]
    found: list[Page] = []
    for name in FIT_RENDERERS:
        texts = rendered(
            records, RENDERERS[name](shared), cache / f"{name}.jsonl.gz" if cache else None
        )
        for record in records:
            classified = classify(text_to_blocks(texts[record["id"]]))
            truth = record["truth"]["title"]
            url = record.get("url") if with_url else None
            candidates = header_title_candidates(classified, url=url)
            found.append(
                (
                    [c.features for c in candidates],
                    [token_f1(truth, c.block.text) for c in candidates],
                    record["id"].split(":")[0] if name == GATED_RENDERER else "",
                )
            )
    return found


def fit(found: list[Page]) -> tuple[np.ndarray[Any, Any], float]:
    """Conditional-logit weights and bias: on each page, the candidates whose token F1 is at
    least 0.5 against the others and against "none" (score 0)."""
    pages = [
        (np.array(feats, dtype=float), np.array(f1s) >= 0.5) for feats, f1s, _ in found if feats
    ]
    return fit_conditional_logit(pages, len(found), steps=STEPS, rate=RATE, l2=L2)


def figures(found: list[Page], scorer: TitleScorer, bar: float) -> tuple[float, float]:
    """Mean token F1 and wrong share of the best candidate per page, taken above ``bar``."""
    total, wrong = 0.0, 0
    for feats, f1s, _ in found:
        if not feats:
            continue
        scores = scorer.probabilities(feats)
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] >= bar:
            total += f1s[best]
            wrong += f1s[best] < 0.5
    return total / len(found), wrong / len(found)


def fit_one(shared: Path, cache: Path | None, *, with_url: bool) -> dict[str, Any]:
    """One scorer's weights, bias and bar, fitted on half A's pages (with or without URL)."""
    found = pages(shared, cache, with_url=with_url)
    weights, bias = fit(found)
    named = {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)}
    scorer = TitleScorer(weights=named, bias=round(bias, 4), bar=0.0)
    best_bar = 1.0
    for step in range(5, 96):
        f1, wrong = figures(found, scorer, step / 100)
        print(f"url={with_url} bar {step / 100:.2f}: token F1 {f1:.3f}, wrong {wrong:.3f}")
        sets = {name for *_, name in found if name}
        worst = max(
            (figures([p for p in found if p[2] == name], scorer, step / 100)[1] for name in sets),
            default=0.0,
        )
        if wrong <= MAX_WRONG and worst <= MAX_WRONG:
            best_bar = min(best_bar, step / 100)
    return {"pages": len(found), "weights": named, "bias": round(bias, 4), "bar": best_bar}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="rendered page texts (textmeta.py --cache)")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args(argv)
    shared = require_shared("fitting the headline scorer")
    fitted = {
        "with_url": fit_one(shared, args.cache, with_url=True),
        "without_url": fit_one(shared, args.cache, with_url=False),
    }
    print(json.dumps(fitted, indent=1))
    if args.write:
        count = fitted["with_url"]["pages"]
        doc = (
            "The plain-text headline scorers (newscorpus.meta.titles.scorer): conditional-logit "
            "weights over the candidate features (a page's candidates compete with each other "
            "and with 'none of them', whose score is 0), the bias and the bar (the lowest "
            "probability taken as the headline), one for pages given with their URL and one for "
            "pages without. "
            "Fitted by benchmarks/fit_title_scorer.py on half A of the metadata development "
            f"sets ({count} pages: each page with a true title rendered by "
            f"{' and '.join(FIT_RENDERERS)}); a candidate is positive when its token F1 with the "
            f"true title is at least 0.5; L2 {L2}, {STEPS} gradient steps at rate {RATE}; the bar "
            "is the lowest "
            f"probability at which at most {MAX_WRONG} of half A's titles are wrong, over all "
            f"pages and on each set rendered by {GATED_RENDERER}. Half B "
            "held out."
        )
        data: dict[str, Any] = {"_doc": doc}
        for key, one in fitted.items():
            data[key] = {k: one[k] for k in ("weights", "bias", "bar")}
        OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
