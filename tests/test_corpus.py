"""Corpus: the sequence protocol, loading options, queries and exports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newscorpus import Corpus, QuerySyntaxError, from_source, not_
from newscorpus.testing import make_article, make_corpus_articles, sample_corpus_path


def test_sequence_protocol() -> None:
    articles = make_corpus_articles(5)
    corpus = Corpus(articles)
    assert len(corpus) == 5 and list(corpus) == articles and corpus[-1] == articles[-1]
    part = corpus[1:3]
    assert isinstance(part, Corpus) and list(part) == articles[1:3]
    assert corpus == Corpus(articles) and corpus != Corpus(articles[:2])
    assert "5 articles" in repr(corpus)
    with pytest.raises(TypeError):
        hash(corpus)


def test_filter_where_and_predicates() -> None:
    corpus = Corpus(
        [
            make_article(
                source="Valley Courier",
                authors=("Ann Lee",),
                published=datetime(2023, 5, 1),
                language="en",
            ),
            make_article(
                source="Harbour Ledger",
                authors=("Tom Park",),
                published=datetime(2021, 1, 1),
                language="de",
            ),
        ]
    )
    assert len(corpus.where(source="valley courier")) == 1
    assert len(corpus.where(author="park")) == 1
    assert len(corpus.where(since="2022-01-01", until="2023-12-31")) == 1
    assert len(corpus.where(language=["en", "de"])) == 2
    assert len(corpus.filter(not_(from_source("Harbour Ledger")))) == 1
    assert corpus.where() is corpus


def test_search_kwic_counts() -> None:
    corpus = Corpus(
        [
            make_article(text="The flood closed the valley road."),
            make_article(text="A rail strike ended on Monday."),
        ]
    )
    assert len(corpus.search("flood AND valley")) == 1
    assert len(corpus.search('"rail strike" OR flood*')) == 2
    with pytest.raises(QuerySyntaxError):
        corpus.search("(flood")
    hits = corpus.kwic("strike", width=10)
    assert [h.match for h in hits] == ["strike"]
    assert corpus.sources() and corpus.authors() is not None


def test_load_with_workers_and_progress_matches_serial() -> None:
    seen: list[int] = []
    serial = Corpus.load(sample_corpus_path())
    parallel = Corpus.load(sample_corpus_path(), workers=2, progress=seen.append)
    assert list(parallel) == list(serial)
    assert seen[-1] == 12


def test_load_format_override(tmp_path: Path) -> None:
    page = tmp_path / "page.dat"
    page.write_text(
        "<html><body><p>The harbour reopened after repairs on Monday, the port said.</p></body></html>",
        encoding="utf-8",
    )
    assert Corpus.load(page, format="html")[0].text.startswith("The harbour")


def test_exports_round_trip(tmp_path: Path) -> None:
    corpus = Corpus(make_corpus_articles(4))
    assert corpus.to_jsonl(tmp_path / "a.jsonl") == 4
    assert list(Corpus.load(tmp_path / "a.jsonl")) == [
        a.evolve(origin=b.origin)
        for a, b in zip(corpus, Corpus.load(tmp_path / "a.jsonl"), strict=True)
    ]
    assert corpus.to_csv(tmp_path / "a.csv") == 4
    assert len(corpus.to_dicts()) == 4
