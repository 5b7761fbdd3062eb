"""How long ``Corpus.load`` takes on a news-archive export of 500 documents, per layout.

The exports are generated (``newscorpus.testing.exports``, from ``make_corpus_articles``): a
classic LexisNexis text file, its RTF, a Nexis Uni DOCX, a Factiva text file, its RTF, a
Factiva HTML file and a ProQuest text file, each holding every document. Each is loaded with
``Corpus.load`` (recognised by content, as a user would load it) ``--repeat`` times; the table
gives the median and the fastest run, and articles per second at the median. No Python peer reads
these exports (LexisNexisTools and the tm.plugin readers are R packages), so there is no
side-by-side figure.

Usage::

    python benchmarks/exports.py                     # 500 documents, 5 runs of each layout
    python benchmarks/exports.py --documents 2000 --repeat 3
    python benchmarks/exports.py --write DIR         # only write the exports into DIR
    python benchmarks/exports.py --load FILE         # load one file once (for an outside timer)

RTF needs ``striprtf`` (``pip install 'newscorpus[rtf]'``); without it the RTF rows say so.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.errors import MissingExtraError
from newscorpus.testing import make_corpus_articles
from newscorpus.testing.exports import (
    to_rtf,
    write_factiva_html,
    write_factiva_text,
    write_nexis_docx,
    write_nexis_text,
    write_proquest_text,
)

LAYOUTS: dict[str, Callable[[list[Article]], str | bytes]] = {
    "nexis.txt": write_nexis_text,
    "nexis.rtf": lambda a: to_rtf(write_nexis_text(a)),
    "nexis.docx": write_nexis_docx,
    "factiva.txt": write_factiva_text,
    "factiva.rtf": lambda a: to_rtf(write_factiva_text(a)),
    "factiva.html": write_factiva_html,
    "proquest.txt": write_proquest_text,
}


def articles(count: int) -> list[Article]:
    """``count`` varied articles, each with an archive document id and a printed word count."""
    return [
        a.evolve(url=None, meta={"document_id": f"NC{i:08d}", "word_count": a.word_count})
        for i, a in enumerate(make_corpus_articles(count))
    ]


def write_exports(folder: Path, count: int) -> list[Path]:
    """Write one export of ``count`` documents per layout into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = articles(count)
    paths = []
    for name, writer in LAYOUTS.items():
        data = writer(docs)
        path = folder / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        paths.append(path)
    return paths


def time_load(path: Path, repeat: int) -> tuple[int, list[float]]:
    """The number of articles loaded and each run's seconds."""
    times = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(Corpus.load(path))
        times.append(time.perf_counter() - start)
    return count, times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=500, help="documents per export")
    parser.add_argument("--repeat", type=int, default=5, help="loads of each export")
    parser.add_argument("--write", type=Path, help="only write the exports into this folder")
    parser.add_argument("--load", type=Path, help="only load this file once and print the time")
    args = parser.parse_args(argv)
    if args.write:
        for path in write_exports(args.write, args.documents):
            print(f"wrote {path} ({path.stat().st_size:,} bytes)")
        return 0
    if args.load:
        count, times = time_load(args.load, 1)
        print(f"{args.load.name}: {count} articles in {times[0]:.3f} s")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_exports(Path(tmp), args.documents)
        print(f"Corpus.load on exports of {args.documents} documents, {args.repeat} runs each")
        print(
            f"{'layout':<14}{'bytes':>12}{'articles':>10}{'median s':>10}{'fastest s':>11}{'art/s':>9}"
        )
        for path in paths:
            try:
                count, times = time_load(path, args.repeat)
            except MissingExtraError as err:
                print(f"{path.name:<14} skipped: {err}")
                continue
            median = statistics.median(times)
            print(
                f"{path.name:<14}{path.stat().st_size:>12,}{count:>10}{median:>10.3f}"
                f"{min(times):>11.3f}{count / median:>9.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
