"""Fit the weights of the body-run decision (``src/newscorpus/data/classifier.json``) on half A.

The pages are every development page with a body truth: the 181-page benchmark as HTML
(``bench``) and as plain text (``bench-text``, the weights serve ``extract_text`` too), and the
trafilatura-eval and fundus-dev metadata sets (../shared/bench). Each page is read once (its
blocks, its own statement of its article, the blocks the metadata readers take for the headline
and byline); then, for each trial set of weights, only the decision
(:func:`newscorpus.clean.classify`) runs again, and each set is scored by its own metric: body
F1 for the benchmark and fundus-dev, snippets F1 for trafilatura-eval.

The objective is the mean of the sets' figures on half A (each set weighs the same, however many
pages it has). A coordinate search walks each weight over its grid in turn, keeping a value only
when it raises the objective and lowers no set's figure on half A, until a sweep changes
nothing. Half B is scored and printed, never used to choose, so that the held-out check (no set
and no half may drop) is read off the same run.

    python benchmarks/fit_run_weights.py [--cache FILE] [--no-fit] [--write]

The fit sees the body only: before ``--write`` is shipped, the held-out rule is checked on every
benchmark (``generalize.py``, ``textmeta.py``, ``samples.py``), since the weights serve the
text-mode metadata readers too.

``--cache`` keeps the read pages in a pickle (the first run reads every page, a few minutes);
``--no-fit`` only scores the shipped weights; ``--write`` writes the fitted weights into the
data file, keeping its ``_doc``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, load_metric, require_shared
from generalize import BENCH, _key, all_records
from metadata import load_scorer
from textmode import half
from textmode import load_pages as load_text_pages

from newscorpus import extract_html, extract_text
from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import classify
from newscorpus.clean import run as run_module
from newscorpus.clean.statement import ArticleStatement
from newscorpus.clean.weights import Weights, weights
from newscorpus.extract import _statement
from newscorpus.htmlblocks import parse_html

OUT = ROOT / "src" / "newscorpus" / "data" / "classifier.json"
BENCH_TEXT = "bench-text"
SETS = (BENCH, BENCH_TEXT, "trafilatura-eval", "fundus-dev")

# The grid each weight is walked over; the search starts from the shipped weights.
GRID: dict[str, tuple[float, ...]] = {
    "rule_penalty": (10, 20, 40, 60, 80, 100, 120, 160),
    "rule_length_cap": (100, 200, 300, 400, 600),
    "short_penalty": (0, 5, 10, 15, 20, 30, 40),
    "short_per_char": (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0),
    "short_length_cap": (50, 150, 200, 300, 400, 600),
    "inside_short_penalty": (0.0, 1.0, 2.0, 4.0, 8.0),
    "inside_short_per_char": (0.0, 0.02, 0.05, 0.1, 0.2),
    "min_stopword_share": (0.04, 0.06, 0.08, 0.1, 0.12, 0.15),
    "timestamp-line": (150, 250, 400, 800),
}
# A weight of the grid that is a rule's own penalty, not a field of Weights.
RULE_WEIGHTS = frozenset({"timestamp-line"})


@attrs.frozen
class Page:
    """A page as the fit reads it: its set, id, blocks, statement and the blocks the metadata
    readers took (the headline, the byline), which never count as body."""

    set_name: str
    id: str
    blocks: tuple[Block, ...]
    statement: ArticleStatement | None
    taken: frozenset[int]


Truths = dict[str, Any]
Scoring = tuple[ModuleType, ModuleType]  # the 181 pages' metric, the metadata sets' scorer


def _taken(article_removed: Sequence[Any], verdicts: Any) -> frozenset[int]:
    return frozenset(
        r.block for r in article_removed if r.block is not None and r.block not in verdicts
    )


def _read(shared: Path) -> tuple[list[Page], Truths]:
    records = all_records(shared, {BENCH, "trafilatura-eval", "fundus-dev"})
    truths: Truths = {}
    pages: list[Page] = []
    for set_name, recs in records.items():
        for rec in recs:
            html, url = rec["html"], rec.get("url")
            parsed = parse_html(html)
            statement = _statement(html, parsed)
            verdicts = classify(parsed.blocks, statement=statement).verdicts
            taken = _taken(extract_html(html, url=url).removed, verdicts)
            pages.append(Page(set_name, rec["id"], tuple(parsed.blocks), statement, taken))
            truths[rec["id"]] = rec["truth"]
    truth, texts = load_text_pages(shared)
    for key, text in texts.items():
        blocks = text_to_blocks(text)
        verdicts = classify(blocks).verdicts
        taken = _taken(extract_text(text).removed, verdicts)
        rid = f"{BENCH_TEXT}:{key}"
        pages.append(Page(BENCH_TEXT, rid, tuple(blocks), None, taken))
        truths[rid] = {"body": truth[key]["articleBody"]}
    return pages, truths


def read_pages(shared: Path, cache: Path | None) -> tuple[list[Page], Truths]:
    """Every page with a body truth, read once (from ``cache`` when there), and the truths."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            found: tuple[list[Page], Truths] = pickle.load(handle)  # a file this script wrote
            return found
    pages, truths = _read(shared)
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump((pages, truths), handle)
    return pages, truths


@contextmanager
def using(trial: Weights) -> Iterator[None]:
    """The decision reads ``trial`` instead of the shipped weights."""
    shipped = run_module.weights
    run_module.weights = lambda: trial  # type: ignore[assignment]
    try:
        yield
    finally:
        run_module.weights = shipped


def bodies(pages: Sequence[Page], trial: Weights) -> dict[str, str]:
    """Each page's body under ``trial``, as ``extract_html`` / ``extract_text`` join it."""
    out: dict[str, str] = {}
    with using(trial):
        for page in pages:
            result = classify(page.blocks, statement=page.statement)
            skip = result.verdicts.keys() | page.taken
            out[page.id] = "\n\n".join(b.text for b in result.blocks if b.index not in skip)
    return out


def in_half(page: Page, which: str) -> bool:
    """Whether ``page`` is in ``which`` (``"A"``, ``"B"`` or ``"all"``), split as
    ``generalize.py`` splits it (the text pages as their HTML twins)."""
    key = page.id.replace(f"{BENCH_TEXT}:", f"{BENCH}:", 1)
    return which == "all" or half(_key(key)) == which


def figures(
    pages: Sequence[Page], truths: Truths, body: dict[str, str], which: str, scoring: Scoring
) -> dict[str, float]:
    """Each set's figure on ``which``: body F1, or snippets F1 on trafilatura-eval."""
    metric, scorer = scoring
    out: dict[str, float] = {}
    for set_name in SETS:
        ids = [p.id for p in pages if p.set_name == set_name and in_half(p, which)]
        if not ids:
            continue
        if set_name in (BENCH, BENCH_TEXT):
            res = metric.evaluate(
                {i: {"articleBody": truths[i]["body"]} for i in ids},
                {i: {"articleBody": body[i]} for i in ids},
            )
            out[set_name] = float(res["f1"])
            continue
        res = scorer.score(
            {i: (set_name, truths[i]) for i in ids}, {i: {"body": body[i]} for i in ids}
        )
        field = "snippets" if set_name == "trafilatura-eval" else "body"
        out[set_name] = float(res[set_name][field]["f1"])
    return out


def with_value(base: Weights, name: str, value: float) -> Weights:
    """``base`` with one weight changed."""
    if name in RULE_WEIGHTS:
        return attrs.evolve(base, rule_penalties={**base.rule_penalties, name: value})
    kind = type(getattr(base, name))
    return attrs.evolve(base, **{name: kind(value)})


def objective(score: dict[str, float]) -> float:
    """The mean of the sets' figures."""
    return sum(score.values()) / len(score)


def fit(pages: Sequence[Page], truths: Truths, scoring: Scoring) -> Weights:
    """The coordinate search on half A (see the module's docstring)."""
    train = [p for p in pages if in_half(p, "A")]
    best = weights()
    best_score = figures(train, truths, bodies(train, best), "A", scoring)
    print(f"start {objective(best_score):.5f}", flush=True)
    changed = True
    while changed:
        changed = False
        for name, grid in GRID.items():
            for value in grid:
                trial = with_value(best, name, value)
                if trial == best:
                    continue
                score = figures(train, truths, bodies(train, trial), "A", scoring)
                rises = objective(score) > objective(best_score) + 1e-6
                if rises and all(score[s] >= best_score[s] for s in score):
                    best, best_score, changed = trial, score, True
                    print(f"  {name}={value}: {objective(score):.5f}", flush=True)
    return best


def report(
    label: str, pages: Sequence[Page], truths: Truths, trial: Weights, scoring: Scoring
) -> None:
    """Each set's figure under ``trial`` on half A, half B and all pages."""
    body = bodies(pages, trial)
    for which in ("A", "B", "all"):
        score = figures(pages, truths, body, which, scoring)
        cells = " ".join(f"{s}={v:.4f}" for s, v in score.items())
        print(f"{label:<8} {which:<3} {cells}", flush=True)


def write(fitted: Weights) -> None:
    """The data file with the fitted weights, its ``_doc`` kept."""
    raw = json.loads(OUT.read_text(encoding="utf-8"))
    values = attrs.asdict(fitted)
    raw.update({k: values[k] for k in raw if not k.startswith("_")})
    OUT.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the read pages here (a pickle)")
    parser.add_argument("--no-fit", action="store_true", help="only score the shipped weights")
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    args = parser.parse_args(argv)
    shared = require_shared("the run-weight fit")
    scoring = (load_metric(shared), load_scorer(shared))
    pages, truths = read_pages(shared, args.cache)
    report("shipped", pages, truths, weights(), scoring)
    if args.no_fit:
        return 0
    fitted = fit(pages, truths, scoring)
    report("fitted", pages, truths, fitted, scoring)
    print(json.dumps(attrs.asdict(fitted), indent=1))
    if args.write and fitted != weights():
        write(fitted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
