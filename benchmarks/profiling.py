"""Where extraction time goes, stage by stage, and a dump of every output to diff after a change.

Times ``extract_text`` on the 181 benchmark text pages split into its stages (blocks, classify,
header, tail, source, assembly), the median of 3 passes per stage, as a share of the total;
``--rules`` splits classify into its rules. ``--html`` does the same for ``extract_html``
(parse, html-meta, then the shared stages). Times are CPU time of this process
(``time.process_time``): on a shared machine wall time mostly measures the other jobs.
``--dump FILE`` writes the full ``Article.to_dict()`` of every text page, every HTML page and
the five samples (metadata and removals included), so a speed change can be checked to change
no output: dump before, dump after, ``cmp`` the two files. ``--cprofile N`` prints the N
functions with the most cumulative time instead.

    python benchmarks/profiling.py [--html] [--rules] [--dump out.json] [--cprofile 30]

(Named profiling.py, not profile.py: the script folder goes first on sys.path, and cProfile
imports the standard library's profile module.)
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import require_shared

from newscorpus import extract_html, extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import guess_language
from newscorpus.clean.classify import classify
from newscorpus.clean.page import Page
from newscorpus.clean.registry import RULES
from newscorpus.htmlblocks import parse_html
from newscorpus.io import decode_bytes
from newscorpus.meta.authors.signatures import read_tail
from newscorpus.meta.header import read_header
from newscorpus.meta.markup import read_html_meta
from newscorpus.meta.partial import merge
from newscorpus.meta.publisher import read_source
from newscorpus.options import ExtractOptions


def _load(shared: Path) -> tuple[list[str], list[str], list[str]]:
    bench = shared / "bench" / "article-extraction"
    keys = sorted(json.loads((bench / "ground-truth.json").read_text(encoding="utf-8")))
    texts = [(bench / "text" / f"{k}.txt").read_text(encoding="utf-8") for k in keys]
    htmls = [
        gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace")
        for k in keys
    ]
    folder = shared / "samples"
    samples = [decode_bytes(p.read_bytes(), path=str(p)) for p in sorted(folder.glob("[0-9]*.txt"))]
    return texts, htmls, samples


def _dump(path: Path, texts: list[str], htmls: list[str], samples: list[str]) -> None:
    out = {
        "text": [extract_text(t).to_dict() for t in texts],
        "html": [extract_html(h).to_dict() for h in htmls],
        "samples": [extract_text(s).to_dict() for s in samples],
    }
    path.write_text(
        json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True, default=str),
        encoding="utf-8",
    )
    print(f"wrote {path}")


def _stages(html: bool) -> list[tuple[str, Callable[[Any], Any]]]:
    """Each stage as a function of the previous stage's output (a dict of what is known)."""
    opts = ExtractOptions()

    def blocks(page: str) -> dict[str, Any]:
        return {"blocks": text_to_blocks(page, segmentation=opts.clean.segmentation)}

    def parse(page: str) -> dict[str, Any]:
        return {"page": parse_html(page)}

    def html_meta(s: dict[str, Any]) -> dict[str, Any]:
        found = read_html_meta(s["page"], url=None, options=opts.meta)
        return {"blocks": s["page"].blocks, "first": [found]}

    def classify_(s: dict[str, Any]) -> dict[str, Any]:
        return {**s, "classified": classify(s["blocks"], opts.clean)}

    def header(s: dict[str, Any]) -> dict[str, Any]:
        return {**s, "header": read_header(s["classified"], opts.meta)}

    def tail(s: dict[str, Any]) -> dict[str, Any]:
        return {**s, "tail": read_tail(s["classified"])}

    def source(s: dict[str, Any]) -> dict[str, Any]:
        return {**s, "source": read_source(s["blocks"], header=s["header"])}

    def found(s: dict[str, Any]) -> dict[str, Any]:
        parts = [*s.get("first", []), s["header"], s["tail"], s["source"]]
        return {**s, "found": merge(parts)}

    first = [("parse_html", parse), ("read_html_meta", html_meta)] if html else []
    shared = [("classify", classify_), ("read_header", header), ("read_tail", tail)]
    return [
        *(first or [("text_to_blocks", blocks)]),
        *shared,
        ("read_source", source),
        ("merge", found),
    ]


def _time_stages(pages: list[str], html: bool) -> None:
    """Run the stages page by page, as extraction does (nothing kept between pages, so the
    garbage collector sees what it sees in real use); each stage's time summed over the pages,
    the median of 3 passes."""
    stages = _stages(html)
    passes: list[list[float]] = []
    for _ in range(3):
        spent = [0.0] * len(stages)
        for page in pages:
            state: Any = page
            for i, (_, stage) in enumerate(stages):
                start = time.process_time()
                state = stage(state)
                spent[i] += time.process_time() - start
        passes.append(spent)
    rows = [(name, statistics.median(p[i] for p in passes)) for i, (name, _) in enumerate(stages)]
    whole = _whole(pages, html)
    total = sum(t for _, t in rows)
    rows.append(("(assembly, rest)", max(whole - total, 0.0)))
    print(f"{'stage':<20} {'ms/page':>8} {'share':>6}")
    for name, t in rows:
        print(f"{name:<20} {1000 * t / len(pages):8.2f} {t / whole:6.1%}")
    what = "extract_html" if html else "extract_text"
    print(
        f"{what + ' whole':<20} {1000 * whole / len(pages):8.2f}  ({len(pages) / whole:,.0f} pages/s)"
    )


def _time_rules(pages: list[str], html: bool) -> None:
    """Inside classify: building the page (folding every line), each rule, the language guess."""
    opts = ExtractOptions()
    blocks = [
        parse_html(p).blocks if html else text_to_blocks(p, segmentation=opts.clean.segmentation)
        for p in pages
    ]
    parts: list[tuple[str, Callable[[Any], Any]]] = [("Page.of", lambda b: Page.of(b, opts.clean))]
    built = [Page.of(b, opts.clean) for b in blocks]
    for entry in RULES:
        parts.append((entry.name, lambda i, rule=entry.rule: list(rule(built[i]))))
    parts.append(("guess_language", lambda b: guess_language(" ".join(x.text for x in b))))
    print(f"{'inside classify':<20} {'ms/page':>8}")
    for name, run in parts:
        args: list[Any] = list(range(len(pages))) if name not in _BY_BLOCKS else blocks
        times = []
        for _ in range(3):
            start = time.process_time()
            for arg in args:
                run(arg)
            times.append(time.process_time() - start)
        print(f"{name:<20} {1000 * statistics.median(times) / len(pages):8.3f}")


_BY_BLOCKS = frozenset({"Page.of", "guess_language"})


def _whole(pages: list[str], html: bool) -> float:
    run = extract_html if html else extract_text
    times = []
    for _ in range(3):
        start = time.process_time()
        for p in pages:
            run(p)
        times.append(time.process_time() - start)
    return statistics.median(times)


def _cprofile(pages: list[str], html: bool, top: int) -> None:
    run = extract_html if html else extract_text
    for p in pages:  # warm the lazy caches so the profile shows steady-state work
        run(p)
    prof = cProfile.Profile()
    prof.enable()
    for p in pages:
        run(p)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", action="store_true", help="profile extract_html instead")
    parser.add_argument("--dump", type=Path, help="write every Article.to_dict() here")
    parser.add_argument("--cprofile", type=int, default=0, help="print the top N functions")
    parser.add_argument("--rules", action="store_true", help="time each rule inside classify")
    args = parser.parse_args(argv)
    shared = require_shared("the profile")
    texts, htmls, samples = _load(shared)
    if args.dump:
        _dump(args.dump, texts, htmls, samples)
        return 0
    pages = htmls if args.html else texts
    if args.cprofile:
        _cprofile(pages, args.html, args.cprofile)
    elif args.rules:
        _time_rules(pages, args.html)
    else:
        _time_stages(pages, args.html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
