"""Counting articles per source and per author.

Example:
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="a", source="B"), Article(text="b", source="A"),
    ...         Article(text="c", source="B"), Article(text="d")]
    >>> sources(arts)
    [('B', 2), ('A', 1)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..article import Article

__all__ = ["authors", "sources"]


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def sources(articles: Iterable[Article]) -> list[tuple[str, int]]:
    """Each source with its number of articles, most common first, ties by name.

    Articles without a source are not counted; names are counted as printed (trimmed).

    Example:
        >>> from newscorpus.article import Article
        >>> sources([Article(text="x", source=" Courier "), Article(text="y", source="Courier")])
        [('Courier', 2)]
    """
    counts: Counter[str] = Counter()
    for article in articles:
        name = (article.source or "").strip()
        if name:
            counts[name] += 1
    return _ranked(counts)


def authors(articles: Iterable[Article]) -> list[tuple[str, int]]:
    """Each author with the number of articles naming them, most common first, ties by name.

    An author named twice on one article counts once for it.

    Example:
        >>> from newscorpus.article import Article
        >>> authors([Article(text="x", authors=("Lee", "Kim")),
        ...          Article(text="y", authors=("Kim",))])
        [('Kim', 2), ('Lee', 1)]
    """
    counts: Counter[str] = Counter()
    for article in articles:
        names = {name.strip() for name in article.authors if name.strip()}
        counts.update(names)
    return _ranked(counts)
