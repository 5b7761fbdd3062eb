"""WARC input and the Dask adapters used the way a user's code uses them; `mypy --strict` checks
this file.

Not collected by pytest; it also runs (``python tests/typing/use_warc.py``) when the ``warc``
and ``dask`` extras are installed, and writes only into a temporary folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import Article, Corpus, LoadOptions, Skipped
from newscorpus.dask import DaskLoad, load_bag, to_dataframe, to_parquet
from newscorpus.io import Document, WarcItem, iter_warc, read_warc
from newscorpus.testing import RecordKind, warc_record, write_warc


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        kinds: list[RecordKind] = ["request", "response", "metadata"]
        url = "https://example.org/a"
        html = b"<html><body><article><h1>A</h1><p>" + b"The bridge reopened. " * 8 + b"</p>"
        path: Path = write_warc(
            Path(folder) / "crawl.warc.gz", [warc_record(kind, url, html) for kind in kinds]
        )
        corpus: Corpus = Corpus.load(path, errors="skip")
        skipped: tuple[Skipped, ...] = corpus.skipped
        items: list[WarcItem] = list(iter_warc(path, max_bytes=10**6, span=(0, 10**9)))
        found: list[Skipped] = []
        documents: list[Document] = list(read_warc(path, LoadOptions(), found))
        loaded: DaskLoad = load_bag(path, partition_size=1024)
        again: Corpus = loaded.compute(scheduler="sync")
        first: Article = again[0]
        frame = to_dataframe(loaded.articles)
        written: int = to_parquet(loaded.articles, Path(folder) / "out", scheduler="sync")
        print(len(corpus), len(skipped), len(items), len(documents), first.url, written, frame)


if __name__ == "__main__":
    main()
