"""Read a web crawl's WARC file: the pages become articles, every other record is counted.

The script writes a small crawl first (the bundled HTML sample pages as HTTP responses, with the
request, metadata, image and redirect records a crawler writes around them, and a last record
cut short), then loads it as any other input. It needs the ``warc`` extra
(``pip install 'newscorpus[warc]'``).

Run: python examples/warc_crawl.py
"""

from __future__ import annotations

import importlib.util
import tempfile
from collections import Counter
from pathlib import Path

from newscorpus import Corpus
from newscorpus.samples import sample_pages
from newscorpus.testing import warc_record, write_warc


def write_crawl(path: Path) -> Path:
    """The sample HTML pages as a crawler would have saved them, the last record truncated."""
    records = [warc_record("warcinfo", "")]
    pages = {name: html for name, html in sample_pages().items() if name.endswith(".html")}
    for name, html in sorted(pages.items()):
        url = f"https://news.example.org/{name.removesuffix('.html')}"
        records += [
            warc_record("request", url),
            warc_record("response", url, html.encode("utf-8"), date="2024-05-14T09:30:00Z"),
            warc_record("metadata", url),
        ]
    records += [
        warc_record("response", "https://news.example.org/logo.png", b"\x89PNG\r\n",
                    content_type="image/png"),
        warc_record("response", "https://news.example.org/old", b"", status="301 Moved"),
    ]  # fmt: skip
    cut = warc_record("response", "https://news.example.org/cut", b"<p>" + b"x" * 4000)
    records.append(cut[: len(cut) // 2])  # the crawl was stopped while writing this record
    return write_warc(path, records)


def main() -> None:
    if importlib.util.find_spec("fastwarc") is None:
        print("skipped: reading WARC files needs the warc extra: pip install 'newscorpus[warc]'")
        return
    with tempfile.TemporaryDirectory() as folder:
        crawl = write_crawl(Path(folder) / "crawl.warc.gz")
        corpus = Corpus.load(crawl, errors="skip")
        print(f"{len(corpus)} articles from {crawl.name}:")
        for article in corpus:
            print(f"  {article.url}\n    {article.title!r}, crawled {article.meta['crawled']}")
        kinds = Counter(s.error for s in corpus.skipped)
        print(f"\n{len(corpus.skipped)} records left out: {dict(kinds)}")
        for skip in corpus.skipped:
            if skip.error != "NotAPage":
                print(f"  {skip.reason}")


if __name__ == "__main__":
    main()
