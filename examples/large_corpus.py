"""A pile too big for memory: stream the articles to JSONL on every core, index them into a
store, add pages and index again (only the new ones are extracted).

Run: python examples/large_corpus.py
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from newscorpus import iter_articles
from newscorpus.io import write_jsonl
from newscorpus.samples import sample_corpus_path
from newscorpus.stream import index_pages


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        pages = Path(temp) / "pages"
        shutil.copytree(sample_corpus_path(), pages)

        # One article at a time, extracted on every core, written as it comes.
        with iter_articles(pages, errors="skip", workers="auto") as stream:
            count = write_jsonl(stream, Path(temp) / "corpus.jsonl")
        print(f"streamed {count} articles to corpus.jsonl; {len(stream.skipped)} left out")

        # Into a store; indexing again extracts only the pages that are new or changed.
        db = Path(temp) / "news.db"
        first = index_pages(pages, db, errors="skip")
        print(f"indexed {first.added} articles ({first.stored} in the store)")
        (pages / "late.txt").write_text(
            "Ferry service resumes\n\nThe ferry between the two harbours resumed on Friday "
            "after a week of storms, the operator said.\n",
            encoding="utf-8",
        )
        again = index_pages(pages, db, errors="skip")
        print(
            f"indexed again: {again.added} new article, {again.unchanged} pages already "
            f"indexed and not read again ({again.stored} in the store)"
        )


if __name__ == "__main__":
    main()
