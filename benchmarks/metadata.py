"""Metadata extraction: title, authors, date, publisher and body snippets, beside peers.

Input: ../shared/bench/metadata/*.jsonl.gz (real pages with hand-checked metadata; see its
README.md), scored with the sets' own scorer (../shared/bench/score_meta.py). newscorpus is run
as ``extract_html(record["html"], url=record["url"])``; trafilatura (``bare_extraction`` with
metadata) and htmldate (``find_date``, original date) run in the same process on the same
records when they are installed (``pip install trafilatura==2.3.1 htmldate==1.11.0``; they are
not dependencies of newscorpus); without them only newscorpus is measured.

Rows: each tool on each set and on all records, over all ids, over half B (the fixed split of
:func:`textmode.half`, by hash parity of the record id) and over B2, the held-out quarter: half
B's ids whose hash is 3 modulo 4 (:func:`part`). Half A was the development half until the
seventh round; B1 (hash 1 modulo 4) joined it then, and B2 stays held out: tune on A and B1
only.

    python benchmarks/metadata.py [--tools newscorpus,trafilatura,htmldate] [--out DIR]
                                  [--half A|B|B1|B2] [--worst title|authors|date|site_name N]
                                  [--keep-standfirst]

``--out DIR`` writes each tool's predictions as DIR/<tool>.jsonl (the scorer's input format).
``--worst FIELD N`` lists N newscorpus misses on FIELD (truth beside prediction), A and B1 only,
to look at while developing rules. ``--keep-standfirst`` adds a row for newscorpus with
``CleanOptions(keep_standfirst=True)`` (the opt-in standfirst, see the HTML how-to).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_shared_module, require_shared
from textmode import half

from newscorpus import Article, CleanOptions, ExtractOptions, extract_html

_STANDFIRST = ExtractOptions(clean=CleanOptions(keep_standfirst=True))

Record = dict[str, Any]
Predict = Callable[[Record], dict[str, Any]]
Truth = dict[str, tuple[str, dict[str, Any]]]

# A table column: its heading, and the scorer's field and figure it shows.
Column = tuple[str, str, str]
COLUMNS: tuple[Column, ...] = (
    ("snip F1", "snippets", "f1"),
    ("title", "title", "acc"),
    ("title tF1", "title", "token_f1"),
    ("date", "date", "acc"),
    ("date±1", "date", "acc_pm1day"),
    ("auth F1", "authors", "f1"),
    ("site", "site_name", "acc"),
)
# The scorer's "wrong" shares: a value given that is wrong (costs more than a missing one).
WRONG_COLUMNS: tuple[Column, ...] = (
    ("title wr", "title", "wrong"),
    ("date wr", "date", "wrong"),
    ("auth wr", "authors", "wrong"),
)

# The figures the CI gate floors on each set: (figure name, the scorer's field, its figure).
GATED: tuple[tuple[str, str, str], ...] = (
    ("title_exact", "title", "acc"),
    ("title_wrong", "title", "wrong"),
    ("authors_f1", "authors", "f1"),
    ("authors_wrong", "authors", "wrong"),
    ("date_exact", "date", "acc"),
    ("date_wrong", "date", "wrong"),
    ("body_f1", "body", "f1"),
    ("snippets_f1", "snippets", "f1"),
)


def part(key: str) -> str:
    """The development part of a record id: ``"A"`` (:func:`textmode.half`'s half A), ``"B1"``
    (half B, hash 1 modulo 4: development from the seventh round) or ``"B2"`` (held out)."""
    if half(key) == "A":
        return "A"
    return "B1" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 1 else "B2"


def in_part(key: str, which: str) -> bool:
    """Whether a record id is in ``which``: ``"all"``, a half (``"A"``, ``"B"``) or a quarter."""
    return which == "all" or (half(key) if which in ("A", "B") else part(key)) == which


def load_scorer(shared: Path) -> ModuleType:
    """Import the sets' own scorer (score_meta.py, standard library only)."""
    return load_shared_module(shared, "score_meta.py")


def read_records(folder: Path) -> Iterator[Record]:
    """Every record of every ``*.jsonl.gz`` set in ``folder``, in file order."""
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def prediction(art: Article) -> dict[str, Any]:
    """An article as the scorer's prediction record (without its ``id``)."""
    return {
        "body": art.text,
        "title": art.title,
        "authors": list(art.authors),
        "date": art.published_iso,
        "site_name": art.source,
    }


def _newscorpus(record: Record, options: ExtractOptions | None = None) -> dict[str, Any]:
    return prediction(extract_html(record["html"], url=record.get("url"), options=options))


def truth_of(records: list[Record]) -> Truth:
    """The scorer's truth mapping: record id -> (set name, truth)."""
    return {r["id"]: (r["id"].split(":", 1)[0], r["truth"]) for r in records}


def set_figures(scorer: ModuleType, truth: Truth, preds: dict[str, Any]) -> dict[str, float]:
    """The :data:`GATED` figures of each set, named ``<set>.<figure>`` (a set whose truth lacks
    a field, such as htmldate-eval's titles, has no figure for it)."""
    result = scorer.score(truth, preds)
    figures: dict[str, float] = {}
    for name, res in result.items():
        if name.startswith("_") or name == "ALL":
            continue
        for figure, field, key in GATED:
            value = res.get(field, {}).get(key)
            if value is not None:
                figures[f"{name}.{figure}"] = float(value)
    return figures


def measure(shared: Path) -> dict[str, float]:
    """``extract_html(record["html"], url=record["url"])`` on every record of the development
    sets, scored by score_meta.py: the :data:`GATED` figures of each set."""
    records = list(read_records(shared / "bench" / "metadata"))
    preds = {r["id"]: {"id": r["id"], **_newscorpus(r)} for r in records}
    return set_figures(load_scorer(shared), truth_of(records), preds)


def trafilatura_prediction(trafilatura: Any, record: Record) -> dict[str, Any]:
    """trafilatura's body and metadata of ``record`` (its module passed in: an optional peer),
    with the fields named as the scorer names them."""
    doc = trafilatura.bare_extraction(record["html"], url=record.get("url"), with_metadata=True)
    if doc is None:
        return {}
    return {
        "body": getattr(doc, "text", None) or "",
        "title": getattr(doc, "title", None),
        "authors": getattr(doc, "author", None),
        "date": getattr(doc, "date", None),
        "site_name": getattr(doc, "sitename", None),
    }


def _peers(wanted: set[str]) -> dict[str, Predict]:
    tools: dict[str, Predict] = {}
    if "trafilatura" in wanted:
        try:
            import trafilatura

            tools["trafilatura"] = functools.partial(trafilatura_prediction, trafilatura)
        except ImportError:
            print("trafilatura not installed: not measured")
    if "htmldate" in wanted:
        try:
            from htmldate import find_date

            def run_htmldate(record: Record) -> dict[str, Any]:
                return {
                    "date": find_date(record["html"], url=record.get("url"), original_date=True)
                }

            tools["htmldate"] = run_htmldate
        except ImportError:
            print("htmldate not installed: not measured")
    return tools


def safe_prediction(run: Predict, record: Record) -> dict[str, Any]:
    try:
        return run(record)
    except Exception as exc:  # a peer's crash on one page is an empty prediction, not a stop
        print(f"  {record['id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return {}


# The fields each peer predicts; a field it does not try is shown as "–", not as a zero.
_FIELDS = {"htmldate": {"date"}}


def _row(
    result: dict[str, Any], fields: set[str] | None, columns: tuple[Column, ...]
) -> list[float | None]:
    def get(field: str, key: str) -> float | None:
        value = result.get(field, {}).get(key)
        if value is None or (fields is not None and field not in fields):
            return None
        return float(value)

    return [get(field, key) for _, field, key in columns]


def table(
    scorer: ModuleType,
    truth: Truth,
    preds: dict[str, dict[str, Any]],
    halves: list[str],
    columns: tuple[Column, ...] = COLUMNS,
) -> None:
    """Print each tool's scores on each set and on all records, over each of ``halves``
    (``"all"``, ``"A"``, ``"B"``, ``"B1"`` or ``"B2"``)."""
    width = max(12, *(len(tool) for tool in preds))
    print(
        f"{'tool':<{width}} {'set':<17} {'ids':<8} {'n':>5} "
        + " ".join(f"{c:>9}" for c, _, _ in columns)
    )
    for tool, tool_preds in preds.items():
        for which in halves:
            ids = {k for k in truth if in_part(k, which)}
            result = scorer.score({k: v for k, v in truth.items() if k in ids}, tool_preds)
            for name, res in result.items():
                if name.startswith("_"):
                    continue
                n = sum(1 for k in ids if name == "ALL" or truth[k][0] == name)
                cells = " ".join(
                    f"{'–' if v is None else f'{v:.3f}':>9}"
                    for v in _row(res, _FIELDS.get(tool), columns)
                )
                label = (
                    "all ids" if which == "all" else f"half {which}" if len(which) == 1 else which
                )
                print(f"{tool:<{width}} {name:<17} {label:<8} {n:>5} {cells}")


def _snippet_misses(scorer: ModuleType, rec: Record, pred: dict[str, Any]) -> list[str]:
    """The page's ``with`` snippets missing from the body and ``without`` snippets kept in it."""
    snippets = rec["truth"].get("body_snippets") or {}
    hay = scorer.snippet_norm(pred.get("body") or "")
    dropped = [
        f"  dropped: {s!r}" for s in snippets.get("with", []) if scorer.snippet_norm(s) not in hay
    ]
    kept = [
        f"  kept:    {s!r}" for s in snippets.get("without", []) if scorer.snippet_norm(s) in hay
    ]
    return dropped + kept


def _worst_snippets(
    scorer: ModuleType, records: list[Record], preds: dict[str, dict[str, Any]], n: int
) -> None:
    """The development pages with the most snippet misses, most first (ties in file order)."""
    misses = [
        (rec["id"], _snippet_misses(scorer, rec, preds.get(rec["id"], {}))) for rec in records
    ]
    misses = [m for m in misses if m[1] and part(m[0]) != "B2"]
    for page, lines in sorted(misses, key=lambda m: -len(m[1]))[:n]:
        print(f"{page} ({len(lines)} misses)")
        print("\n".join(lines))


def _worst(
    scorer: ModuleType, records: list[Record], preds: dict[str, dict[str, Any]], field: str, n: int
) -> None:
    if field == "snippets":
        _worst_snippets(scorer, records, preds, n)
        return
    shown = 0
    for rec in records:
        truth = rec["truth"].get(field)
        if truth is None or part(rec["id"]) == "B2":
            continue
        pred = preds.get(rec["id"], {}).get(field)
        if field == "authors":
            ok = set(scorer.author_names(truth)) == set(scorer.author_names(pred))
        elif field == "date":
            ok = scorer.day_of(pred) == truth
        else:
            ok = scorer.fold(truth) == scorer.fold(pred)
        if not ok:
            print(f"{rec['id']}\n    truth: {truth!r}\n    pred:  {pred!r}")
            shown += 1
            if shown >= n:
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--tools", default="newscorpus,trafilatura,htmldate")
    parser.add_argument("--out", type=Path, help="write predictions DIR/<tool>.jsonl here")
    parser.add_argument(
        "--half", choices=("A", "B", "B1", "B2"), help="only this half (or quarter) of the ids"
    )
    parser.add_argument(
        "--worst",
        nargs=2,
        metavar=("FIELD", "N"),
        help="list N development (A, B1) misses of FIELD (title, date, authors, site_name, or snippets: "
        "the pages with the most dropped 'with' / kept 'without' snippets)",
    )
    parser.add_argument(
        "--keep-standfirst",
        action="store_true",
        help="also run newscorpus with CleanOptions(keep_standfirst=True), as its own row",
    )
    args = parser.parse_args(argv)
    shared = require_shared("the metadata benchmark")
    scorer = load_scorer(shared)
    records = [
        r
        for r in read_records(shared / "bench" / "metadata")
        if args.half is None or in_part(r["id"], args.half)
    ]
    truth = truth_of(records)
    wanted = {t.strip() for t in args.tools.split(",") if t.strip()}
    tools: dict[str, Predict] = {"newscorpus": _newscorpus} if "newscorpus" in wanted else {}
    if args.keep_standfirst:
        tools["newscorpus+standfirst"] = lambda record: _newscorpus(record, _STANDFIRST)
    tools.update(_peers(wanted))
    out = args.out or Path(tempfile.mkdtemp(prefix="newscorpus-metadata-"))
    out.mkdir(parents=True, exist_ok=True)
    preds: dict[str, dict[str, Any]] = {}
    for name, run in tools.items():
        preds[name] = {r["id"]: {"id": r["id"], **safe_prediction(run, r)} for r in records}
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for pred in preds[name].values():
                handle.write(json.dumps(pred, ensure_ascii=False, default=str) + "\n")
    print(f"{len(records)} records; predictions in {out}")
    table(scorer, truth, preds, [args.half] if args.half else ["all", "B", "B2"])
    if args.worst and "newscorpus" in preds:
        _worst(scorer, records, preds["newscorpus"], args.worst[0], int(args.worst[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
