"""Streaming and worker benchmarks for ``newscorpus extract`` (issue 17, items 3 and 4).

Three measurements, each on pages made from the shared benchmark (``../shared/bench/
article-extraction``) by repetition into a temporary folder:

* ``rss``: peak resident memory of ``newscorpus extract`` on N text pages (default 2,000 and
  20,000), for the command's own process and for its largest worker process. Streaming holds a
  window of pages, so the two runs should differ by little.
* ``workers``: ``extract`` of the 181 HTML pages copied five times (905 pages) with
  ``--workers 1`` and ``--workers 2``: wall time of each (one run; for figures to quote, time
  the two commands it prints with a whole-process timer, several runs, on a quiet machine) and
  whether the two outputs are byte-identical.
* ``small``: wall time of ``Corpus.load`` on 1 to 64 HTML pages in one process and with a pool
  of two, to see below how many pages a pool does not repay its start-up (``workers="auto"``
  stays in one process below ``newscorpus._batch.outcomes.SMALL_INPUT`` pages).

Usage::

    python benchmarks/streaming.py rss [--pages 2000 20000]
    python benchmarks/streaming.py workers [--copies 5] [--keep DIR]
    python benchmarks/streaming.py small
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import require_shared

# Runs the command line in a child process and reports the child's own peak RSS and its
# largest worker's (ru_maxrss is in kB on Linux).
_MEASURED = """
import json, resource, sys
from newscorpus.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status,
                  "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "workers_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}),
      file=sys.stderr)
"""


def _bench_folder(kind: str) -> list[Path]:
    shared = require_shared(f"the {kind} benchmark pages")
    folder = shared / "bench" / "article-extraction" / kind
    suffix = ".txt" if kind == "text" else ".html.gz"
    return sorted(p for p in folder.iterdir() if p.name.endswith(suffix))


def make_pages(kind: str, count: int, into: Path) -> Path:
    """``count`` pages copied round-robin from the benchmark's ``kind`` pages into ``into``."""
    sources = _bench_folder(kind)
    into.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copyfile(source, into / f"{number:06d}-{source.name}")
    return into


def _extract(folder: Path, output: Path, workers: str) -> dict[str, int]:
    command = [sys.executable, "-c", _MEASURED, "extract", str(folder), "-o", str(output)]
    done = subprocess.run(
        [*command, "--workers", workers], capture_output=True, text=True, check=True
    )
    return json.loads(done.stderr.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run_rss(counts: list[int], workers: str) -> None:
    with tempfile.TemporaryDirectory(prefix="newscorpus-rss-") as temp:
        rows = []
        for count in counts:
            folder = make_pages("text", count, Path(temp) / f"pages-{count}")
            start = time.perf_counter()
            figures = _extract(folder, Path(temp) / f"out-{count}.jsonl", workers)
            elapsed = time.perf_counter() - start
            rows.append((count, figures, elapsed))
            shutil.rmtree(folder)
        print(f"newscorpus extract, text pages, --workers {workers}")
        print(f"{'pages':>7} {'main MB':>8} {'worker MB':>10} {'seconds':>8}")
        for count, figures, elapsed in rows:
            print(
                f"{count:>7} {figures['self_kb'] / 1024:>8.1f} "
                f"{figures['workers_kb'] / 1024:>10.1f} {elapsed:>8.1f}"
            )
        if len(rows) > 1:
            grow = (rows[-1][1]["self_kb"] - rows[0][1]["self_kb"]) / 1024
            print(f"main process grew by {grow:.1f} MB from {rows[0][0]} to {rows[-1][0]} pages")


def run_workers(copies: int, keep: Path | None) -> None:
    temp = Path(tempfile.mkdtemp(prefix="newscorpus-workers-"))
    try:
        pages = len(_bench_folder("html")) * copies
        folder = make_pages("html", pages, temp / "pages")
        outputs = {}
        for workers in ("1", "2"):
            outputs[workers] = temp / f"out-{workers}.jsonl"
            start = time.perf_counter()
            _extract(folder, outputs[workers], workers)
            print(f"--workers {workers}: {time.perf_counter() - start:.1f} s for {pages} pages")
        same = filecmp.cmp(outputs["1"], outputs["2"], shallow=False)
        print(f"outputs byte-identical: {same}")
        for workers in ("1", "2"):
            print(
                f"to time: {sys.executable} -m newscorpus extract {folder} "
                f"-o {temp}/timed-{workers}.jsonl --workers {workers}"
            )
    finally:
        if keep is None:
            shutil.rmtree(temp)
        else:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.move(str(temp / "pages"), keep / "pages")
            shutil.rmtree(temp)
            print(f"pages kept in {keep / 'pages'}")


def run_small() -> None:
    from newscorpus import Corpus

    with tempfile.TemporaryDirectory(prefix="newscorpus-small-") as temp:
        Corpus.load(make_pages("html", 2, Path(temp) / "warm"), workers=1)  # imports, caches
        print(f"{'pages':>6} {'1 process s':>12} {'pool of 2 s':>12}")
        for count in (1, 2, 4, 8, 16, 32, 64):
            folder = make_pages("html", count, Path(temp) / f"p{count}")
            timings = []
            for workers in (1, 2):
                start = time.perf_counter()
                Corpus.load(folder, workers=workers)
                timings.append(time.perf_counter() - start)
            print(f"{count:>6} {timings[0]:>12.2f} {timings[1]:>12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    rss = sub.add_parser("rss", help="peak RSS of extract on N text pages")
    rss.add_argument("--pages", type=int, nargs="+", default=[2000, 20000])
    rss.add_argument("--workers", default="auto")
    workers = sub.add_parser("workers", help="--workers 2 against 1 on 905 HTML pages")
    workers.add_argument("--copies", type=int, default=5)
    workers.add_argument("--keep", type=Path, default=None, help="keep the pages in this folder")
    sub.add_parser("small", help="pool start-up against one process on a few pages")
    args = parser.parse_args()
    if args.what == "rss":
        run_rss(args.pages, args.workers)
    elif args.what == "workers":
        run_workers(args.copies, args.keep)
    else:
        run_small()


if __name__ == "__main__":
    main()
