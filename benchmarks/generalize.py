"""Every development set at once: each field for half A, half B and a peer, in one run.

The sets are the 181-page body benchmark (../shared/bench/article-extraction, scored with its own
metric, evaluate.py) and the metadata sets (../shared/bench/metadata/*.jsonl.gz: trafilatura-eval,
htmldate-eval, fundus-dev, scored with their own score_meta.py). newscorpus runs as
``extract_html`` on every page (``url=`` given where the set has one, as in ``metadata.py``; the
181 pages without, as in ``htmlmode.py``). trafilatura, when installed, runs on the same pages in
the same process: ``extract`` with its defaults on the 181 pages (``htmlmode.py``'s row) and
``bare_extraction`` with metadata on the metadata sets (``metadata.py``'s).

Rows per set: newscorpus on half A (the development half), on half B (held out) and on all pages;
then trafilatura on the same. The halves are :func:`textmode.half` (hash parity of the page key or
record id). Columns: body F1 / precision / recall, snippets F1, title exact and token F1,
publication day, authors F1 and site name; a set whose truth lacks a field shows "–".

    python benchmarks/generalize.py [--tools newscorpus,trafilatura] [--peer-cache DIR]
                                    [--sets bench,fundus-dev,...] [--worst SET N]

``--peer-cache DIR`` keeps the peer's predictions in DIR (one JSON file per tool, set and peer
version) and reads them back on the next run: the peer does not change between runs, newscorpus
does. ``--worst SET N`` lists the N half-A pages of SET with the lowest body recall (or, on a set
scored by snippets, the most snippet misses), to look at while developing; half B stays unread.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_metric, require_shared
from htmlmode import load_pages
from metadata import (
    Record,
    load_scorer,
    prediction,
    read_records,
    safe_prediction,
    trafilatura_prediction,
)
from textmode import half

from newscorpus import extract_html

BENCH = "bench"
"""The name this script gives the 181-page body benchmark."""
HALVES = ("A", "B", "all")

# A table column: its heading, and the scorer's field and figure it shows.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("body F1", "body", "f1"),
    ("body P", "body", "precision"),
    ("body R", "body", "recall"),
    ("snip F1", "snippets", "f1"),
    ("title", "title", "acc"),
    ("title tF1", "title", "token_f1"),
    ("date", "date", "acc"),
    ("auth F1", "authors", "f1"),
    ("site", "site_name", "acc"),
)

Preds = dict[str, dict[str, Any]]
Runner = Callable[[Record], dict[str, Any]]


def bench_records(shared: Path) -> list[Record]:
    """The 181 benchmark pages as records of the metadata sets' shape (id ``bench:KEY``, the
    body as truth), so that one loop runs every set."""
    truth, pages = load_pages(shared)
    return [
        {
            "id": f"{BENCH}:{key}",
            "url": None,
            "html": pages[key],
            "truth": {"body": t["articleBody"]},
        }
        for key, t in truth.items()
    ]


def all_records(shared: Path, sets: set[str] | None) -> dict[str, list[Record]]:
    """Every development record, grouped by set name, in file order."""
    grouped: dict[str, list[Record]] = {}
    if sets is None or BENCH in sets:
        grouped[BENCH] = bench_records(shared)
    for record in read_records(shared / "bench" / "metadata"):
        name = record["id"].split(":", 1)[0]
        if sets is None or name in sets:
            grouped.setdefault(name, []).append(record)
    return grouped


def run_newscorpus(record: Record) -> dict[str, Any]:
    """``extract_html`` on one record, as the scorer's prediction."""
    return prediction(extract_html(record["html"], url=record.get("url")))


def _trafilatura() -> tuple[dict[str, Runner], str] | None:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: measuring newscorpus alone")
        return None

    def on_bench(record: Record) -> dict[str, Any]:
        return {"body": trafilatura.extract(record["html"]) or ""}

    return {BENCH: on_bench, "*": functools.partial(trafilatura_prediction, trafilatura)}, str(
        getattr(trafilatura, "__version__", "?")
    )


def peer_predictions(
    records: dict[str, list[Record]], cache: Path | None
) -> tuple[str, dict[str, Preds]] | None:
    """trafilatura's predictions per set (read from ``cache`` when there), or None."""
    found = _trafilatura()
    if found is None:
        return None
    runners, version = found
    name = f"trafilatura {version}"
    out: dict[str, Preds] = {}
    for set_name, recs in records.items():
        path = cache / f"trafilatura-{version}-{set_name}.json" if cache else None
        if path is not None and path.exists():
            out[set_name] = json.loads(path.read_text(encoding="utf-8"))
            continue
        run = runners.get(set_name, runners["*"])
        out[set_name] = {r["id"]: safe_prediction(run, r) for r in recs}
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(out[set_name], ensure_ascii=False, default=str), "utf-8")
    return name, out


def score_set(
    set_name: str,
    records: list[Record],
    preds: Preds,
    which: str,
    *,
    metric: ModuleType,
    scorer: ModuleType,
) -> dict[str, dict[str, float]]:
    """One set's figures over ``which`` (``"A"``, ``"B"`` or ``"all"``): the scorer's result
    (field -> figure -> value); the 181 pages' body by their own metric."""
    chosen = [r for r in records if which == "all" or half(_key(r["id"])) == which]
    if set_name == BENCH:
        truth = {r["id"]: {"articleBody": r["truth"]["body"]} for r in chosen}
        guess = {r["id"]: {"articleBody": preds.get(r["id"], {}).get("body") or ""} for r in chosen}
        res = metric.evaluate(truth, guess)
        return {"body": {k: float(res[k]) for k in ("f1", "precision", "recall")}}
    result = scorer.score({r["id"]: (set_name, r["truth"]) for r in chosen}, preds)
    return dict(result.get(set_name, {}))


def _key(record_id: str) -> str:
    """The key :func:`textmode.half` splits on: the benchmark's own page key for the 181
    pages (as ``htmlmode.py`` splits them), the record id for the metadata sets."""
    prefix, _, rest = record_id.partition(":")
    return rest if prefix == BENCH else record_id


def _cells(result: dict[str, dict[str, float]]) -> str:
    cells = []
    for _, field, key in COLUMNS:
        value = result.get(field, {}).get(key)
        cells.append(f"{'–' if value is None else f'{value:.3f}':>9}")
    return " ".join(cells)


def print_table(
    records: dict[str, list[Record]],
    tools: dict[str, dict[str, Preds]],
    metric: ModuleType,
    scorer: ModuleType,
) -> None:
    """Each set: every tool on half A, half B and all pages."""
    width = max(12, *(len(t) for t in tools))
    print(
        f"{'set':<17} {'tool':<{width}} {'half':<4} {'n':>5} "
        + " ".join(f"{c:>9}" for c, _, _ in COLUMNS)
    )
    for set_name, recs in records.items():
        for tool, per_set in tools.items():
            for which in HALVES:
                n = sum(1 for r in recs if which == "all" or half(_key(r["id"])) == which)
                res = score_set(
                    set_name, recs, per_set[set_name], which, metric=metric, scorer=scorer
                )
                print(f"{set_name:<17} {tool:<{width}} {which:<4} {n:>5} {_cells(res)}")


def worst(set_name: str, records: list[Record], preds: Preds, scorer: ModuleType, n: int) -> None:
    """The ``n`` half-A pages of ``set_name`` with the lowest body recall (or most snippet
    misses), worst first."""
    rows: list[tuple[float, str, str]] = []
    for rec in records:
        if half(_key(rec["id"])) != "A":
            continue
        body = preds.get(rec["id"], {}).get("body") or ""
        truth = rec["truth"]
        if "body" in truth:
            tp, fp, fn = scorer.body_tp_fp_fn(truth["body"], body)
            recall = tp / (tp + fn) if tp + fn else 1.0
            precision = tp / (tp + fp) if tp + fp else 1.0
            rows.append((recall, rec["id"], f"R={recall:.3f} P={precision:.3f}"))
        elif "body_snippets" in truth:
            hay = scorer.snippet_norm(body)
            snippets = truth["body_snippets"]
            missed = sum(scorer.snippet_norm(s) not in hay for s in snippets.get("with", []))
            kept = sum(scorer.snippet_norm(s) in hay for s in snippets.get("without", []))
            if missed or kept:
                rows.append((-float(missed + kept), rec["id"], f"dropped={missed} kept={kept}"))
    for _, rid, text in sorted(rows)[:n]:
        print(f"  {rid} {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--tools", default="newscorpus,trafilatura")
    parser.add_argument(
        "--peer-cache", type=Path, help="keep and reuse the peer's predictions here"
    )
    parser.add_argument("--sets", help="only these sets (comma-separated; bench = the 181 pages)")
    parser.add_argument("--worst", nargs=2, metavar=("SET", "N"), help="list N half-A misses")
    parser.add_argument("--out", type=Path, help="write newscorpus predictions DIR/<set>.json")
    args = parser.parse_args(argv)
    shared = require_shared("the generalization benchmark")
    wanted = {t.strip() for t in args.tools.split(",") if t.strip()}
    sets = {s.strip() for s in args.sets.split(",")} if args.sets else None
    records = all_records(shared, sets)
    tools: dict[str, dict[str, Preds]] = {}
    if "newscorpus" in wanted:
        tools["newscorpus"] = {
            name: {r["id"]: run_newscorpus(r) for r in recs} for name, recs in records.items()
        }
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            for name, preds in tools["newscorpus"].items():
                (args.out / f"{name}.json").write_text(
                    json.dumps(preds, ensure_ascii=False, default=str), "utf-8"
                )
    if "trafilatura" in wanted:
        peer = peer_predictions(records, args.peer_cache)
        if peer is not None:
            tools[peer[0]] = peer[1]
    metric, scorer = load_metric(shared), load_scorer(shared)
    print_table(records, tools, metric, scorer)
    if args.worst and "newscorpus" in tools:
        set_name, n = args.worst[0], int(args.worst[1])
        worst(set_name, records.get(set_name, []), tools["newscorpus"][set_name], scorer, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
