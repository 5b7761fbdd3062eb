"""Streaming, workers, progress and incremental indexing used as a user's code uses them;
`mypy --strict` checks this file. It also runs (``python tests/typing/use_streaming.py``) and
writes only into a temporary folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import ArticleStream, Corpus, Skipped, iter_articles
from newscorpus.io import write_jsonl
from newscorpus.samples import sample_corpus_path
from newscorpus.stream import IndexReport, index_pages


def stream_to_jsonl(folder: Path) -> int:
    stream: ArticleStream = iter_articles(sample_corpus_path(), workers="auto", errors="skip")
    with stream:
        written: int = write_jsonl(stream, folder / "corpus.jsonl")
    left_out: tuple[Skipped, ...] = stream.skipped
    print(stream.report(), stream.done, len(left_out))
    return written


def load_with_progress() -> Corpus:
    done: list[int] = []
    Corpus.load(sample_corpus_path(), workers=2, progress=done.append)
    return Corpus.load(sample_corpus_path(), workers=None, progress=True)


def index_twice(folder: Path) -> IndexReport:
    index_pages(sample_corpus_path(), folder / "news.db", workers=1)
    report: IndexReport = index_pages([sample_corpus_path()], folder / "news.db")
    assert report.unchanged == report.stored
    return report


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temp:
        assert stream_to_jsonl(Path(temp)) == len(load_with_progress())
        print(index_twice(Path(temp)))
