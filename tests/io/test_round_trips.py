"""What newscorpus writes loads back as equal articles, each keeping its own ``origin``.

Where an article was read from in this session is kept apart from it, in
``Article.read_from`` (not part of equality, never written), so that
``list(Corpus.load(path)) == list(corpus)`` holds for JSONL, Parquet and the store.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newscorpus import Corpus, extract_html
from newscorpus.article import Origin
from newscorpus.samples import sample_corpus_path

ROOT = Path(__file__).resolve().parents[2]


def _write(corpus: Corpus, folder: Path, kind: str) -> Path:
    path = folder / f"corpus.{kind}"
    {"jsonl": corpus.to_jsonl, "parquet": corpus.to_parquet, "db": corpus.save}[kind](path)
    return path


@pytest.fixture(scope="module")
def sample() -> Corpus:
    return Corpus.load(sample_corpus_path())


@pytest.mark.parametrize("kind", ["jsonl", "parquet", "db"])
def test_what_newscorpus_writes_loads_back_equal(sample: Corpus, tmp_path: Path, kind: str) -> None:
    again = Corpus.load(_write(sample, tmp_path, kind))
    assert list(again) == list(sample)
    assert [a.origin for a in again] == [a.origin for a in sample]
    assert all(a.origin is not None and a.origin.path.endswith((".txt", ".html")) for a in again)


@pytest.mark.parametrize(
    ("kind", "fmt"), [("jsonl", "jsonl"), ("parquet", "parquet"), ("db", "store")]
)
def test_where_an_article_was_read_from_is_kept_apart_from_its_origin(
    sample: Corpus, tmp_path: Path, kind: str, fmt: str
) -> None:
    path = _write(sample, tmp_path, kind)
    again = Corpus.load(path)
    assert [a.read_from for a in again] == [
        Origin(path=str(path), line=n, format=fmt) for n in range(1, len(sample) + 1)
    ]
    assert again[0].origin != again[0].read_from
    assert "read_from" not in again[0].to_dict()


def test_a_loaded_page_is_read_from_its_own_file(sample: Corpus) -> None:
    assert all(a.read_from == a.origin for a in sample)


def test_from_parquet_and_load_agree(sample: Corpus, tmp_path: Path) -> None:
    path = _write(sample, tmp_path, "parquet")
    assert list(Corpus.from_parquet(path)) == list(Corpus.load(path))


def _shared() -> Path | None:
    env = os.environ.get("NEWSCORPUS_SHARED")
    folder = Path(env) if env else ROOT.parent / "shared"
    pages = folder / "bench" / "article-extraction" / "html"
    return pages if pages.is_dir() else None


@pytest.mark.skipif(_shared() is None, reason="needs ../shared (or NEWSCORPUS_SHARED)")
def test_the_benchmark_pages_round_trip_through_jsonl_parquet_and_the_store(tmp_path: Path) -> None:
    pages = sorted(_shared().glob("*.html.gz"))  # type: ignore[union-attr]
    assert len(pages) == 181
    corpus = Corpus(
        extract_html(gzip.decompress(p.read_bytes()).decode("utf-8", "replace")).evolve(
            origin=Origin(path=p.name, format="html")
        )
        for p in pages
    )
    for kind in ("jsonl", "parquet", "db"):
        assert list(Corpus.load(_write(corpus, tmp_path, kind))) == list(corpus), kind
