"""Score extraction on the five sample pages of ../shared/samples against expected.json.

Prints, for each page, each field right or wrong, the body F1 (the metric of
../shared/bench/evaluate.py) and every line of ``Article.text`` that is not part of the expected
body. With ``--gate`` it exits 1 when a figure is below its floor in ``benchmarks/floors.json``
(the ``samples.*`` floors; ``benchmarks/gate.py`` checks them with every other floor in CI).

    python benchmarks/samples.py [--gate] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, require_shared

from newscorpus import Article, extract_text
from newscorpus.io import decode_bytes

FIELDS = ("title", "subtitle", "section", "authors", "published", "source")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _value(article: Article, field: str) -> object:
    if field == "authors":
        return list(article.authors)
    if field == "published":
        return article.published_iso
    return getattr(article, field)


def _quiet(_line: str) -> None:
    return None


def measure(
    shared: Path, say: Callable[[str], None] = _quiet, verbose: bool = False
) -> dict[str, float]:
    """The sample figures: ``fields_right`` (of 30), ``body_f1``, ``stray_lines``.

    ``say`` receives the per-page report (each field, stray lines, body P/R); it is silent by
    default, so the gate can measure without printing.
    """
    metric = load_metric(shared)
    folder = shared / "samples"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    right = stray = 0
    counts = []
    for name, truth in sorted(expected.items()):
        article = extract_text(decode_bytes((folder / name).read_bytes(), path=str(folder / name)))
        say(f"== {name}")
        for field in FIELDS:
            got, want = _value(article, field), truth[field]
            ok = got == want
            right += ok
            say(
                f"  {'ok ' if ok else 'BAD'} {field:<10} {got!r}"
                + ("" if ok else f"   expected {want!r}")
            )
        body_lines = {_norm(p) for p in truth["body"].split("\n\n")}
        for paragraph in article.paragraphs:
            if _norm(paragraph) not in body_lines:
                stray += 1
                say(f"  STRAY line in text: {paragraph[:90]!r}")
        counts.append(metric.doc_counts(truth["body"], article.text))
        doc = metric.aggregate([counts[-1]], [0.0])
        say(f"  body P={doc['precision']:.3f} R={doc['recall']:.3f}")
        if verbose:
            for removal in article.removed:
                say(f"    - [{removal.rule}] {removal.text[:70]!r}")
    scores = metric.aggregate(counts, [0.0] * len(counts))
    return {
        "fields_right": float(right),
        "fields_total": float(len(expected) * len(FIELDS)),
        "body_f1": float(scores["f1"]),
        "body_precision": float(scores["precision"]),
        "body_recall": float(scores["recall"]),
        "stray_lines": float(stray),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 below the floors")
    parser.add_argument("--verbose", action="store_true", help="print removals too")
    args = parser.parse_args(argv)
    shared = require_shared("the samples benchmark")
    figures = measure(shared, say=print, verbose=args.verbose)
    print(f"\nfields right: {figures['fields_right']:.0f}/{figures['fields_total']:.0f}")
    print(
        f"body F1 {figures['body_f1']:.4f}  precision {figures['body_precision']:.4f}"
        f"  recall {figures['body_recall']:.4f}"
    )
    print(f"stray lines in Article.text: {figures['stray_lines']:.0f}")
    if args.gate:
        import gate  # the floors and their comparison live in one place: gate.py

        floors = {k: v for k, v in gate.load_floors().items() if k.startswith("samples.")}
        checks = gate.compare({f"samples.{k}": v for k, v in figures.items()}, floors)
        print("\n".join(gate.format_checks(checks)))
        if not all(check.passed for check in checks):
            print("QUALITY GATE FAILED")
            return 1
        print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
