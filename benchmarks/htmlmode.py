"""Body extraction from HTML: ``extract_html`` beside trafilatura on the 181 benchmark pages.

Quality uses the benchmark's own metric (../shared/bench/evaluate.py); speed is pages per second,
one process, median of 3 passes, both tools timed in the same run on the same decoded pages.
trafilatura is not a dependency: install it in the benchmark's environment
(``pip install trafilatura``); without it only newscorpus is measured.

    python benchmarks/htmlmode.py [--out preds.json] [--worst 10] [--no-speed] [--keep-standfirst]

(Named htmlmode.py, not html.py: a script folder on sys.path must not shadow the standard
library's html package, which bs4 and trafilatura import.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, pages_per_second, require_shared
from textmode import half

from newscorpus import CleanOptions, ExtractOptions, extract_html


def load_pages(shared: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The ground truth and the decoded HTML of the 181 benchmark pages, keyed alike."""
    bench = shared / "bench" / "article-extraction"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        k: gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        for k in sorted(truth)
    }
    return truth, pages


def measure(shared: Path) -> dict[str, float]:
    """``extract_html``'s body F1, precision and recall on the 181 pages, with the benchmark's
    own metric (the figures of this script's ``newscorpus`` row)."""
    metric = load_metric(shared)
    truth, pages = load_pages(shared)
    preds = {k: {"articleBody": extract_html(pages[k]).text} for k in sorted(truth)}
    res = metric.evaluate(truth, preds)
    return {key: float(res[key]) for key in ("f1", "precision", "recall")}


# Rows timed but not scored: trafilatura's text with metadata carries a header of fields that
# the benchmark's body metric would count as noise.
SPEED_ONLY = {"trafilatura (with_metadata)"}


def _tools(standfirst: bool = False) -> dict[str, Callable[[str], str]]:
    tools: dict[str, Callable[[str], str]] = {"newscorpus": lambda html: extract_html(html).text}
    if standfirst:
        options = ExtractOptions(clean=CleanOptions(keep_standfirst=True))
        tools["newscorpus (keep_standfirst)"] = lambda html: (
            extract_html(html, options=options).text
        )
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: measuring newscorpus alone")
        return tools
    tools["trafilatura (defaults)"] = lambda html: trafilatura.extract(html) or ""
    tools["trafilatura (favor_precision)"] = lambda html: (
        trafilatura.extract(html, favor_precision=True) or ""
    )
    # extract_html always reads the metadata too; this row is the like-for-like speed figure.
    tools["trafilatura (with_metadata)"] = lambda html: (
        trafilatura.extract(html, with_metadata=True) or ""
    )
    return tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write newscorpus predictions JSON here")
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--keep-standfirst",
        action="store_true",
        help="also score newscorpus with CleanOptions(keep_standfirst=True)",
    )
    args = parser.parse_args(argv)
    shared = require_shared("the HTML benchmark")
    metric = load_metric(shared)
    truth, pages = load_pages(shared)
    keys = sorted(truth)
    halves = {"A": [k for k in keys if half(k) == "A"], "B": [k for k in keys if half(k) == "B"]}
    print(
        f"{'tool':<30} {'F1':>6} {'prec':>6} {'recall':>6}  {'F1 A':>6} {'F1 B':>6}  {'pages/s':>8}"
    )
    for name, run in _tools(args.keep_standfirst).items():
        speed = "-" if args.no_speed else f"{pages_per_second(run, list(pages.values())):8.1f}"
        if name in SPEED_ONLY:
            print(f"{name:<30} {'-':>6} {'-':>6} {'-':>6}  {'-':>6} {'-':>6}  {speed:>8}")
            continue
        preds = {k: {"articleBody": run(pages[k])} for k in keys}
        if args.out and name == "newscorpus":
            args.out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        res = metric.evaluate(truth, preds)
        part = {
            h: metric.evaluate({k: truth[k] for k in ks}, {k: preds[k] for k in ks})["f1"]
            for h, ks in halves.items()
        }
        print(
            f"{name:<30} {res['f1']:.4f} {res['precision']:.4f} {res['recall']:.4f}  "
            f"{part['A']:.4f} {part['B']:.4f}  {speed:>8}"
        )
        if args.worst and name == "newscorpus":
            worst = sorted(
                res["per_doc"].items(),
                key=lambda kv: min(
                    v for v in (kv[1]["precision"], kv[1]["recall"], 1.0) if v is not None
                ),
            )
            for k, d in worst[: args.worst]:
                print(f"    {k[:16]} P={d['precision']} R={d['recall']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
