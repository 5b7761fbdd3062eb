"""How much learned site templates add over the per-page rules.

1. The synthetic multi-site corpus of ``newscorpus.testing.make_site_pages`` (several sites,
   many pages each, templates with variations, true bodies known): body F1 / precision / recall
   without a model, with a model fitted on the same pages (what ``Corpus.load(...,
   learn_boilerplate=True)`` does), and with a model fitted on the first half of each site's
   pages and applied to the second half (new pages). Sites are known by URL, by ``source`` only,
   or by nothing (grouped by similarity).
2. The five sample pages of ../shared/samples: a model fitted on them must remove no line of the
   expected body (``body lines lost``, must be 0).
3. The 181 pages of ../shared/bench/article-extraction (text, at most 2 pages per host): fitted
   with the default options nothing is learned; with ``min_pages=2`` the F1 change on all keys
   and on textmode.py's halves A and B (nothing was tuned on either), and the ground-truth body
   paragraphs the rules kept and the model removed. ``--no-real`` skips this part.

The metric is ../shared/bench/evaluate.py's when present, else a built-in copy of its definition
(4-gram shingles of ``\\w+`` tokens, per-document normalised, averaged), so part 1 runs anywhere.

    python benchmarks/templates.py [--sites 6] [--pages 40] [--seed 0] [--kind text|html]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, pages_per_second, shared_dir

from newscorpus import CleanOptions, ExtractOptions, extract
from newscorpus.clean import BoilerplateModel, TemplateOptions
from newscorpus.io import Document, decode_bytes
from newscorpus.testing import SitePage, make_site_pages

_WORD = re.compile(r"\w+")


def _fallback_metric() -> Any:
    """The same definition as ../shared/bench/evaluate.py, for when ../shared is absent."""

    def bag(text: str) -> Counter[tuple[str, ...]]:
        tokens = _WORD.findall(text or "")
        if not tokens:
            return Counter()
        if len(tokens) <= 4:
            return Counter([tuple(tokens)])
        return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))

    def doc_counts(truth: str, pred: str) -> tuple[float, float, float]:
        t, p = bag(truth), bag(pred)
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        total = tp + fp + fn
        return (0.0, 0.0, 0.0) if total == 0 else (tp / total, fp / total, fn / total)

    def aggregate(counts: Sequence[tuple[float, float, float]], _exact: object) -> dict[str, float]:
        precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp]
        recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn]
        p = sum(precisions) / len(precisions) if precisions else 0.0
        r = sum(recalls) / len(recalls) if recalls else 0.0
        return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}

    return SimpleNamespace(doc_counts=doc_counts, aggregate=aggregate)


def _score(metric: Any, pages: Sequence[SitePage], docs: Sequence[Document], model: Any) -> str:
    options = ExtractOptions(clean=CleanOptions(boilerplate=model))
    articles = [extract(doc, options=options) for doc in docs]
    counts = [metric.doc_counts(p.body, a.text) for p, a in zip(pages, articles, strict=True)]
    titles = sum(a.title == p.title for p, a in zip(pages, articles, strict=True))
    s = metric.aggregate(counts, [0.0] * len(counts))
    return (
        f"F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}"
        f"  titles {titles}/{len(pages)}"
    )


def synthetic(metric: Any, args: argparse.Namespace) -> None:
    pages = make_site_pages(sites=args.sites, pages=args.pages, seed=args.seed, kind=args.kind)
    print(
        f"synthetic corpus: {args.sites} sites x {args.pages} pages ({args.kind}), seed {args.seed}"
    )
    half = len(pages) // 2  # the sites take turns, so the first half holds half of each site
    for label, url, source in (
        ("by URL", True, False),
        ("by source", False, True),
        ("by similarity", False, False),
    ):
        docs = [p.document(url=url, source=source) for p in pages]
        whole = BoilerplateModel.fit(docs)
        first = BoilerplateModel.fit(docs[:half])
        print(f"\n  sites known {label}: {len(whole.sites)} site(s) found")
        print(f"    per-page rules only            {_score(metric, pages, docs, None)}")
        print(f"    + model fitted on these pages  {_score(metric, pages, docs, whole)}")
        print(
            f"    second half, rules only        {_score(metric, pages[half:], docs[half:], None)}"
        )
        print(
            f"    second half, model of 1st half {_score(metric, pages[half:], docs[half:], first)}"
        )
    _speed(pages)


def _speed(pages: Sequence[SitePage]) -> None:
    """Extraction speed with the model against without it, one process, in the same run."""
    docs = {p.content: p.document() for p in pages[:120]}
    model = BoilerplateModel.fit(docs.values())
    with_model = ExtractOptions(clean=CleanOptions(boilerplate=model))
    plain = pages_per_second(lambda c: extract(docs[c]), list(docs))
    learned = pages_per_second(lambda c: extract(docs[c], options=with_model), list(docs))
    fits = pages_per_second(lambda _c: BoilerplateModel.fit(docs.values()), ["all"])
    print(
        f"\n  speed: extraction with the model runs at {learned / plain:.2f}x the pages/s without;"
    )
    print(
        f"  fitting on {len(docs)} pages takes {plain / (fits * len(docs)):.2f}x the time of extracting them"
    )


def samples(metric: Any) -> int:
    shared = shared_dir()
    if shared is None or not (shared / "samples" / "expected.json").is_file():
        print("\nsamples check skipped: ../shared/samples not found")
        return 0
    folder = shared / "samples"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    texts = {
        name: decode_bytes((folder / name).read_bytes(), path=str(folder / name))
        for name in sorted(expected)
    }
    worst = 0
    for label, hints, options in (
        ("sites by similarity, default options", {}, TemplateOptions()),
        ("all five as one site, min_pages=2", {"source": "one site"}, TemplateOptions(min_pages=2)),
    ):
        docs = {n: Document(content=t, kind="text", hints=hints) for n, t in texts.items()}
        print(f"\nsamples, {label}:")
        lost = _samples_lost(metric, expected, docs, BoilerplateModel.fit(docs.values(), options))
        worst = max(worst, lost)
    return worst


def _samples_lost(
    metric: Any, expected: dict[str, Any], docs: dict[str, Document], model: BoilerplateModel
) -> int:
    options = ExtractOptions(clean=CleanOptions(boilerplate=model))
    lost = learned = 0
    counts_without, counts_with = [], []
    for name, doc in docs.items():
        body = [" ".join(p.split()) for p in expected[name]["body"].split("\n\n") if p.strip()]
        without, with_model = extract(doc), extract(doc, options=options)
        learned += sum(1 for r in with_model.removed if r.rule == "learned-template")
        kept = {" ".join(p.split()) for p in with_model.paragraphs}
        before = {" ".join(p.split()) for p in without.paragraphs}
        lost += sum(1 for line in body if line in before and line not in kept)
        counts_without.append(metric.doc_counts(expected[name]["body"], without.text))
        counts_with.append(metric.doc_counts(expected[name]["body"], with_model.text))
    f_without = metric.aggregate(counts_without, [0.0] * len(docs))["f1"]
    f_with = metric.aggregate(counts_with, [0.0] * len(docs))["f1"]
    print(
        f"  model fitted on the {len(docs)} sample pages: {len(model.sites)} site(s), "
        f"{sum(len(s.lines) for s in model.sites)} template line(s), {learned} block(s) removed"
    )
    print(
        f"  body lines lost to the model: {lost}   body F1 without {f_without:.4f}, with {f_with:.4f}"
    )
    return lost


def _paragraphs_lost(body: str, plain: str, article: Any) -> int:
    truth = {" ".join(p.split()) for p in body.split("\n\n")}
    kept = {" ".join(p.split()) for p in plain.split("\n\n")}
    return sum(
        1
        for r in article.removed
        if r.rule == "learned-template" and " ".join(r.text.split()) in truth & kept
    )


def real_pages(metric: Any, shared: Path) -> None:
    from textmode import half  # the benchmark's fixed split of the keys

    root = shared / "bench" / "article-extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    docs = {
        k: Document(
            content=(root / "text" / f"{k}.txt").read_text(encoding="utf-8"),
            kind="text",
            url=truth[k].get("url"),
        )
        for k in sorted(truth)
    }
    plain = {k: extract(d).text for k, d in docs.items()}
    print(f"\nthe {len(docs)} article-extraction pages (text), sites by URL:")
    for label, options in (
        ("default options", TemplateOptions()),
        ("min_pages=2", TemplateOptions(min_pages=2)),
    ):
        model = BoilerplateModel.fit(docs.values(), options)
        with_model = ExtractOptions(clean=CleanOptions(boilerplate=model))
        learned = {k: extract(d, options=with_model) for k, d in docs.items()}
        lines = sum(len(s.lines) for s in model.sites)
        print(
            f"  {label}: {sum(1 for s in model.sites if s.lines)} site(s) learned {lines} line(s)"
        )
        for name, keys in (
            ("all", list(docs)),
            ("half A", [k for k in docs if half(k) == "A"]),
            ("half B", [k for k in docs if half(k) == "B"]),
        ):
            before = metric.evaluate(
                {k: truth[k] for k in keys}, {k: {"articleBody": plain[k]} for k in keys}
            )
            after = metric.evaluate(
                {k: truth[k] for k in keys}, {k: {"articleBody": learned[k].text} for k in keys}
            )
            print(
                f"    {name:<6} F1 {before['f1']:.4f} -> {after['f1']:.4f}   P {before['precision']:.4f} -> "
                f"{after['precision']:.4f}   R {before['recall']:.4f} -> {after['recall']:.4f}"
            )
        lost = sum(
            _paragraphs_lost(truth[k]["articleBody"], plain[k], a) for k, a in learned.items()
        )
        print(f"    ground-truth body paragraphs the rules kept and the model removed: {lost}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--no-real", action="store_true", help="skip the 181 benchmark pages")
    args = parser.parse_args(argv)
    shared = shared_dir()
    metric = (
        load_metric(shared)
        if shared and (shared / "bench" / "evaluate.py").is_file()
        else _fallback_metric()
    )
    print("metric:", "../shared/bench/evaluate.py" if shared else "built-in copy of its definition")
    synthetic(metric, args)
    lost = samples(metric)
    if shared is not None and not args.no_real:
        real_pages(metric, shared)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
