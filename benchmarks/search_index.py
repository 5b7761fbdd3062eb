"""Repeated searches on one corpus: the in-memory index against a scan, in one run.

Self-contained (needs no ../shared): a seeded synthetic corpus from newscorpus.testing. The
scan is ``newscorpus.query.search`` (tokenises every article for every query); the index is
``Corpus.search`` (tokenises once, on the first query, then looks up postings). Both must give
the same articles; the script checks it and prints the time of each and their ratio (timings on
a shared machine are noisy: compare the ratio, not the seconds).

    python benchmarks/search_index.py [--articles 3000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time

from newscorpus import Corpus
from newscorpus.query import search
from newscorpus.testing import make_corpus_articles

QUERIES = [
    "council",
    "flood* OR storm*",
    '"city council"',
    "rail AND strike",
    "title:(budget OR vote*) -sport",
    '"river plan"~4',
    "source:courier AND NOT flood*",
    "published:[2020 TO 2021-06]",
    "school* hospital*",
    "(bridge OR road) AND (repair* OR closed)",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = make_corpus_articles(args.articles)
    corpus = Corpus(articles)

    started = time.perf_counter()
    scanned = [[len(search(articles, q)) for q in QUERIES] for _ in range(args.rounds)]
    scan_seconds = time.perf_counter() - started

    started = time.perf_counter()
    indexed = [[len(corpus.search(q)) for q in QUERIES] for _ in range(args.rounds)]
    index_seconds = time.perf_counter() - started

    assert scanned == indexed, "the index and the scan disagree"
    total = args.rounds * len(QUERIES)
    print(
        f"articles         {len(articles)}; {total} searches ({len(QUERIES)} queries x {args.rounds})"
    )
    print(f"matches          {indexed[0]}")
    print(f"scan             {scan_seconds:.2f} s")
    print(f"index            {index_seconds:.2f} s (building it included)")
    print(f"scan / index     {scan_seconds / index_seconds:.1f}x")


if __name__ == "__main__":
    main()
