"""Counts over time: every month from the first to the last, empty months as zeros; as a pandas
frame; and drawn with matplotlib (the ``[plot]`` extra) by term and by source.

Run: python examples/over_time.py [FOLDER]   (writes over-time-terms.png and
over-time-sources.png into FOLDER, or into a new temporary folder, and prints where)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to files, no window

from newscorpus import Corpus
from newscorpus.testing import make_corpus_articles

corpus = Corpus(make_corpus_articles(300, seed=3))  # 300 invented articles over six years

table = corpus.counts(["flood*", "council"], by="month")
empty = [row.period for row in table if row.total == 0]
print(f"{len(table)} rows, {len(empty) // 2} months without any article, e.g. {empty[:1]}")
print(f"{len(table.observed())} rows when empty months are left out (the old behaviour)")

frame = table.to_pandas()
wide = frame.pivot(index="period", columns="term", values="count")
print(wide.groupby(wide.index.year).sum())  # a Period index: .year, .month, .start_time

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="newscorpus-"))
ax = table.plot(title="Articles mentioning floods and the council")
ax.figure.savefig(folder / "over-time-terms.png", dpi=100)
ax = corpus.counts("flood*", by="year", group="source").plot(normalize=True)
ax.figure.savefig(folder / "over-time-sources.png", dpi=100)
print(f"wrote over-time-terms.png and over-time-sources.png into {folder}")
