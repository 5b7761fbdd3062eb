"""Metadata from plain page text: title, authors and date by ``extract_text`` on the dev sets.

Input: the records of ../shared/bench/metadata/*.jsonl.gz (see its README.md). Each page is
rendered to plain text by a *renderer* (a function from HTML to page text), then read by
``extract_text(text, url=record["url"])`` and scored with the sets' own scorer
(../shared/bench/score_meta.py), as ``benchmarks/metadata.py`` scores HTML mode. The table shows
the scorer's "wrong" shares too (a value given that is wrong: worse than a missing one), over all
ids and over the fixed halves A and B of ``metadata.py`` (by hash parity of the record id).

Renderers (``--renderer``):

- ``render_text``: the benchmark's own ../shared/bench/render_text.py (beautifulsoup4 + lxml),
  the page text a browser copy-paste gives; the same renderer that made the 181 text-mode pages.
- ``inscriptis``: the ``inscriptis`` package (a benchmark-only dependency, not an extra of the
  library), which lays pages out differently: tables as columns, inline elements run together,
  its own block spacing. A rule that only fits the first renderer's layout shows here.
- ``html-text``: the ``html-text`` package (benchmark-only too), text as a search engine indexes
  it: one line per block element, no blank lines kept between most of them.

A new renderer is one entry in :data:`RENDERERS`: a function that takes the shared folder and
returns the HTML-to-text function.

``--html`` adds the HTML-mode row (``extract_html`` on the same records) beside, for scale;
``--cache DIR`` keeps each renderer's page texts in DIR (``<renderer>.jsonl.gz``) so that a
second run reads them instead of rendering again.

    python benchmarks/textmeta.py [--renderer render_text] [--out DIR] [--half A|B|B1|B2]
                                  [--html] [--cache DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import load_shared_module, require_shared
from metadata import (
    COLUMNS,
    WRONG_COLUMNS,
    Record,
    in_part,
    load_scorer,
    prediction,
    read_records,
    set_figures,
    table,
    truth_of,
)
from metadata import _newscorpus as html_prediction

from newscorpus import extract_text

Renderer = Callable[[str], str]
"""HTML in, plain page text out."""


def render_text_renderer(shared: Path) -> Renderer:
    """The benchmark's own ``render_text.render`` (needs beautifulsoup4 + lxml)."""
    module = load_shared_module(shared, "render_text.py")
    render: Renderer = module.render

    def quiet_render(html: str) -> str:
        # Some pages are XHTML: bs4 warns once per page that it parses them as HTML, which is
        # what render_text means to do. Keep the benchmark's output readable.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return render(html)

    return quiet_render


def inscriptis_renderer(shared: Path) -> Renderer:
    """``inscriptis.get_text`` (benchmark-only dependency; ``shared`` unused)."""
    del shared
    try:
        from inscriptis import get_text
    except ImportError as exc:  # pragma: no cover - the benchmark's own environment has it
        raise SystemExit("the inscriptis renderer needs `pip install inscriptis`") from exc

    def render(html: str) -> str:
        return str(get_text(html))

    return render


def html_text_renderer(shared: Path) -> Renderer:
    """``html_text.extract_text`` (benchmark-only dependency; ``shared`` unused)."""
    del shared
    try:
        import html_text
    except ImportError as exc:  # pragma: no cover
        raise SystemExit("the html-text renderer needs `pip install html-text`") from exc

    def render(html: str) -> str:
        return str(html_text.extract_text(html, guess_layout=True))

    return render


RENDERERS: dict[str, Callable[[Path], Renderer]] = {
    "render_text": render_text_renderer,
    "inscriptis": inscriptis_renderer,
    "html-text": html_text_renderer,
}
"""Each renderer by name: a function of the shared folder that returns the HTML-to-text
function (so a renderer may load its code or data from ../shared)."""

DEFAULT_RENDERER = "render_text"


def rendered(records: list[Record], render: Renderer, cache: Path | None = None) -> dict[str, str]:
    """Each record's page text by ``render``, read from (and added to) the ``cache`` file."""
    texts: dict[str, str] = {}
    if cache is not None and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            texts = {row["id"]: row["text"] for row in map(json.loads, handle)}
    missing = [r for r in records if r["id"] not in texts]
    for record in missing:
        texts[record["id"]] = render(record["html"])
    if cache is not None and missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(cache, "wt", encoding="utf-8") as handle:
            for key, text in texts.items():
                handle.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
    return texts


def predict(
    records: list[Record], render: Renderer, cache: Path | None = None
) -> dict[str, dict[str, Any]]:
    """Each record's prediction: ``extract_text(render(html), url=record["url"])``."""
    texts = rendered(records, render, cache)
    return {
        r["id"]: {"id": r["id"], **prediction(extract_text(texts[r["id"]], url=r.get("url")))}
        for r in records
    }


def measure(shared: Path, renderer: str = DEFAULT_RENDERER) -> dict[str, float]:
    """The gated figures (``<set>.<figure>``, see ``metadata.GATED``) of text mode on every
    record of the development sets, the pages rendered by ``renderer``."""
    records = list(read_records(shared / "bench" / "metadata"))
    preds = predict(records, RENDERERS[renderer](shared))
    return set_figures(load_scorer(shared), truth_of(records), preds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--renderer", choices=sorted(RENDERERS), default=DEFAULT_RENDERER)
    parser.add_argument("--out", type=Path, help="write predictions DIR/newscorpus-text.jsonl")
    parser.add_argument(
        "--half", choices=("A", "B", "B1", "B2"), help="only this half (or quarter) of the ids"
    )
    parser.add_argument("--html", action="store_true", help="add the HTML-mode row for scale")
    parser.add_argument("--cache", type=Path, help="keep the rendered page texts in DIR")
    args = parser.parse_args(argv)
    shared = require_shared("the text-mode metadata benchmark")
    scorer = load_scorer(shared)
    records = [
        r
        for r in read_records(shared / "bench" / "metadata")
        if args.half is None or in_part(r["id"], args.half)
    ]
    cache = args.cache / f"{args.renderer}.jsonl.gz" if args.cache else None
    preds = predict(records, RENDERERS[args.renderer](shared), cache)
    rows = {f"text ({args.renderer})": preds}
    if args.html:
        rows["html"] = {r["id"]: {"id": r["id"], **html_prediction(r)} for r in records}
    out = args.out or Path(tempfile.mkdtemp(prefix="newscorpus-textmeta-"))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "newscorpus-text.jsonl").open("w", encoding="utf-8") as handle:
        for pred in preds.values():
            handle.write(json.dumps(pred, ensure_ascii=False, default=str) + "\n")
    print(f"{len(records)} records rendered by {args.renderer}; predictions in {out}")
    table(
        scorer,
        truth_of(records),
        rows,
        [args.half] if args.half else ["all", "A", "B"],
        COLUMNS + WRONG_COLUMNS,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
