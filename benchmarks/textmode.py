"""Body extraction from plain page text: ``extract_text`` on the 181 benchmark pages.

Input: ../shared/bench/article-extraction/text/KEY.txt (the page text a browser copy-paste gives,
made by the benchmark's render_text.py), scored against ground-truth.json with the benchmark's own
metric (../shared/bench/evaluate.py). Prints F1 / precision / recall overall, on two fixed halves
of the keys (so a figure on a half nobody tuned on can be quoted), and per language of the
ground-truth body.

    python benchmarks/textmode.py [--out preds.json] [--worst 10] [--speed]

``--speed`` also times extraction (pages/s, one process, median of 3 passes) beside the
benchmark's own render_text on the same pages in the same run, for scale.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, pages_per_second, require_shared

from newscorpus import extract_text
from newscorpus.clean import guess_language


def half(key: str) -> str:
    """A fixed split of the keys: 'A' or 'B' by the parity of a hash of the key."""
    return "A" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _score(
    metric: ModuleType, truth: dict[str, Any], preds: dict[str, Any], keys: list[str]
) -> dict[str, Any]:
    result: dict[str, Any] = metric.evaluate(
        {k: truth[k] for k in keys}, {k: preds[k] for k in keys}
    )
    return result


def load_pages(shared: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The ground truth and the plain page text (``text/KEY.txt``) of the 181 pages."""
    bench = shared / "bench" / "article-extraction"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {k: (bench / "text" / f"{k}.txt").read_text(encoding="utf-8") for k in truth}
    return truth, pages


def predict(truth: dict[str, Any], pages: dict[str, str]) -> dict[str, dict[str, str]]:
    """``extract_text(page, url=...)`` on every page, in the benchmark's predictions format."""
    return {k: {"articleBody": extract_text(pages[k], url=truth[k].get("url")).text} for k in truth}


def measure(shared: Path) -> dict[str, float]:
    """``extract_text``'s body F1, precision and recall on the 181 pages (the "all" row)."""
    metric = load_metric(shared)
    truth, pages = load_pages(shared)
    res = _score(metric, truth, predict(truth, pages), sorted(truth))
    return {key: float(res[key]) for key in ("f1", "precision", "recall")}


def _speed(pages: dict[str, str], shared: Path) -> None:
    ours = pages_per_second(extract_text, list(pages.values()))
    print(f"speed: extract_text {ours:,.0f} pages/s (one process, median of 3 passes)")
    spec = importlib.util.spec_from_file_location(
        "render_text", shared / "bench" / "render_text.py"
    )
    try:
        assert spec and spec.loader
        render = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(render)
        html_dir = shared / "bench" / "article-extraction" / "html"
        htmls = [
            gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
            for p in sorted(html_dir.glob("*.html.gz"))
        ]
        theirs = pages_per_second(render.render, htmls)
        print(
            f"speed: render_text (bs4+lxml, HTML to text) {theirs:,.0f} pages/s, same run; ratio {ours / theirs:.1f}x"
        )
    except Exception as exc:  # render_text needs bs4 + lxml; report, do not fail the benchmark
        print(f"speed: render_text not timed ({type(exc).__name__}: {exc})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write predictions JSON here")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args(argv)
    shared = require_shared("the text-mode benchmark")
    metric = load_metric(shared)
    truth, pages = load_pages(shared)
    preds = predict(truth, pages)
    if args.out:
        args.out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    keys = sorted(truth)
    rows = [
        ("all", keys),
        ("half A", [k for k in keys if half(k) == "A"]),
        ("half B", [k for k in keys if half(k) == "B"]),
    ]
    by_lang: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_lang[guess_language(truth[k]["articleBody"]) or "?"].append(k)
    rows += [
        (f"lang {lang}", ks) for lang, ks in sorted(by_lang.items(), key=lambda kv: -len(kv[1]))
    ]
    print(f"{'set':<10} {'pages':>5}  {'F1':>6}  {'prec':>6}  {'recall':>6}")
    for name, ks in rows:
        r = _score(metric, truth, preds, ks)
        print(f"{name:<10} {len(ks):>5}  {r['f1']:.4f}  {r['precision']:.4f}  {r['recall']:.4f}")
    if args.worst:
        per_doc = metric.evaluate(truth, preds)["per_doc"]
        worst = sorted(
            per_doc.items(),
            key=lambda kv: min(
                v for v in (kv[1]["precision"], kv[1]["recall"], 1.0) if v is not None
            ),
        )
        for k, d in worst[: args.worst]:
            print(f"  {k[:16]} P={d['precision']} R={d['recall']}")
    if args.speed:
        _speed(pages, shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
