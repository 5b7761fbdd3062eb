"""Score extraction on the five sample pages of ../shared/samples against expected.json.

Prints, for each page, each field right or wrong, the body F1 (the metric of
../shared/bench/evaluate.py) and every line of ``Article.text`` that is not part of the expected
body. With ``--gate`` it exits 1 when the figures drop below the floors reached so far (the CI
quality gate).

    python benchmarks/samples.py [--gate] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, require_shared

from newscorpus import extract_text
from newscorpus.io import decode_bytes

FIELDS = ("title", "subtitle", "section", "authors", "published", "source")
FLOOR_FIELDS = 30
FLOOR_F1 = 0.97
FLOOR_STRAY_LINES = 0


def _norm(text: str) -> str:
    return " ".join(text.split())


def _value(article: object, field: str) -> object:
    if field == "authors":
        return list(article.authors)
    if field == "published":
        return article.published_iso
    return getattr(article, field)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 below the floors")
    parser.add_argument("--verbose", action="store_true", help="print removals too")
    args = parser.parse_args(argv)
    shared = require_shared("the samples benchmark")
    metric = load_metric(shared)
    folder = shared / "samples"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    right = total = stray = 0
    counts = []
    for name, truth in sorted(expected.items()):
        article = extract_text(decode_bytes((folder / name).read_bytes(), path=str(folder / name)))
        print(f"== {name}")
        for field in FIELDS:
            got, want = _value(article, field), truth[field]
            ok = got == want
            right += ok
            total += 1
            print(
                f"  {'ok ' if ok else 'BAD'} {field:<10} {got!r}"
                + ("" if ok else f"   expected {want!r}")
            )
        body_lines = {_norm(p) for p in truth["body"].split("\n\n")}
        for paragraph in article.paragraphs:
            if _norm(paragraph) not in body_lines:
                stray += 1
                print(f"  STRAY line in text: {paragraph[:90]!r}")
        counts.append(metric.doc_counts(truth["body"], article.text))
        doc = metric.aggregate([counts[-1]], [0.0])
        print(f"  body P={doc['precision']:.3f} R={doc['recall']:.3f}")
        if args.verbose:
            for removal in article.removed:
                print(f"    - [{removal.rule}] {removal.text[:70]!r}")
    scores = metric.aggregate(counts, [0.0] * len(counts))
    print(f"\nfields right: {right}/{total}")
    print(
        f"body F1 {scores['f1']:.4f}  precision {scores['precision']:.4f}  recall {scores['recall']:.4f}"
    )
    print(f"stray lines in Article.text: {stray}")
    if args.gate:
        failures = []
        if right < FLOOR_FIELDS:
            failures.append(f"fields {right} < {FLOOR_FIELDS}")
        if scores["f1"] < FLOOR_F1:
            failures.append(f"body F1 {scores['f1']:.4f} < {FLOOR_F1}")
        if stray > FLOOR_STRAY_LINES:
            failures.append(f"stray lines {stray} > {FLOOR_STRAY_LINES}")
        if failures:
            print("QUALITY GATE FAILED: " + "; ".join(failures))
            return 1
        print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
