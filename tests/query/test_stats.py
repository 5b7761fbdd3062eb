"""Counting sources and authors."""

from __future__ import annotations

from newscorpus.article import Article
from newscorpus.query import authors, sources


def test_sources_most_common_first_ties_by_name() -> None:
    arts = [
        Article(text="1", source="Ledger"),
        Article(text="2", source="Courier"),
        Article(text="3", source="Ledger"),
        Article(text="4", source="Atlas"),
        Article(text="5"),
        Article(text="6", source="  "),
        Article(text="7", source="Courier "),
    ]
    assert sources(arts) == [("Courier", 2), ("Ledger", 2), ("Atlas", 1)]


def test_authors_count_articles_not_mentions() -> None:
    arts = [
        Article(text="1", authors=("Lee", "Kim", "Lee")),
        Article(text="2", authors=("Kim",)),
        Article(text="3", authors=("Ahn", "")),
        Article(text="4"),
    ]
    assert authors(arts) == [("Kim", 2), ("Ahn", 1), ("Lee", 1)]


def test_empty_and_generators() -> None:
    assert sources([]) == [] and authors(iter([])) == []
    assert sources(a for a in [Article(text="x", source="S")]) == [("S", 1)]
