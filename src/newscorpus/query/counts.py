"""Counts over time: how many articles match each query, per day, week, month or year.

:func:`counts` is the one definition of a count row that every corpus answers the same way — an
in-memory :class:`~newscorpus.corpus.Corpus` here, the SQLite store in SQL — so a researcher's
plot does not change when the corpus moves to disk.

A row is one period (and one group, when grouping), one query term, the number of articles in
that period and group that match it, and the number of articles there at all, so shares can be
computed without a second pass. Articles without a publication date are left out (they belong
to no period); with ``group="author"`` an article counts once for each of its authors.

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="Floods in the valley.", published=datetime(2023, 5, 2)),
    ...         Article(text="Calm weather.", published=datetime(2023, 5, 20)),
    ...         Article(text="More floods.", published=datetime(2023, 6, 1))]
    >>> [(r.period, r.count, r.total) for r in counts(arts, "flood*")]
    [('2023-05', 1, 2), ('2023-06', 1, 1)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Literal, get_args

import attrs

from ..article import Article
from .nodes import ArticleTokens
from .search import Query, parse_query

__all__ = [
    "GROUPS",
    "PERIODS",
    "CountRow",
    "Group",
    "Period",
    "counts",
    "group_values",
    "period_key",
    "tabulate",
]

Period = Literal["day", "week", "month", "year"]
"""How finely :func:`counts` buckets dates."""

Group = Literal["source", "author", "section", "language"]
"""The article field :func:`counts` may group by."""

PERIODS: tuple[str, ...] = get_args(Period)
GROUPS: tuple[str, ...] = get_args(Group)


@attrs.frozen(kw_only=True)
class CountRow:
    """One cell of a count table.

    Attributes:
        period: the period's label: ``"2023"``, ``"2023-05"``, ISO week ``"2023-W07"`` or
            ``"2023-05-14"``; labels of one granularity sort in time order.
        term: the query as the caller wrote it; ``None`` when all articles were counted.
        group: the group's value (a source name, an author, …); ``None`` when not grouping.
        count: articles of the period (and group) that match ``term``.
        total: articles of the period (and group) at all.

    Example:
        >>> row = CountRow(period="2023-05", term="flood*", group=None, count=1, total=4)
        >>> row.share
        0.25
    """

    period: str
    term: str | None
    group: str | None
    count: int
    total: int

    @property
    def share(self) -> float:
        """``count / total``, 0.0 for an empty cell.

        Example:
            >>> CountRow(period="2023", term=None, group=None, count=0, total=0).share
            0.0
        """
        return self.count / self.total if self.total else 0.0

    def value(self, *, normalize: bool) -> float:
        """The figure to plot: the share when ``normalize``, else the count.

        Args:
            normalize: ``True`` for :attr:`share` (0.0 to 1.0), ``False`` for the count as a float.

        Example:
            >>> CountRow(period="2023", term="x", group=None, count=2, total=8).value(normalize=True)
            0.25
        """
        return self.share if normalize else float(self.count)


def period_key(day: date, by: Period) -> str:
    """The label of the period ``day`` falls in (local calendar day, no zone shift).

    Raises:
        ValueError: ``by`` is not one of ``"day"``, ``"week"``, ``"month"``, ``"year"``.

    Example:
        >>> from datetime import date
        >>> [period_key(date(2024, 1, 1), by) for by in ("day", "week", "month", "year")]
        ['2024-01-01', '2024-W01', '2024-01', '2024']
    """
    if isinstance(day, datetime):
        day = day.date()
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if by == "day":
        return day.isoformat()
    if by == "year":
        return f"{day.year:04d}"
    if by == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")


def group_values(article: Article, group: Group | None) -> tuple[str | None, ...]:
    """The groups an article counts in: one value, one per author, or ``(None,)``.

    Articles lacking the field count in the group ``""`` so that totals still add up.

    Raises:
        ValueError: ``group`` is not a field :func:`counts` groups by.

    Example:
        >>> group_values(Article(text="x", authors=("Lee", "Kim")), "author")
        ('Lee', 'Kim')
    """
    if group is None:
        return (None,)
    if group == "author":
        names = tuple(dict.fromkeys(a.strip() for a in article.authors if a.strip()))
        return names or ("",)
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)} or None, not {group!r}")
    value = getattr(article, group)
    return ((value or "").strip(),)


def counts(
    articles: Iterable[Article],
    terms: str | Sequence[str] | None = None,
    *,
    by: Period = "month",
    group: Group | None = None,
) -> list[CountRow]:
    """Count matching articles per period (and group) for each query in ``terms``.

    Args:
        articles: the articles to count.
        terms: one query or several, in the search language (:doc:`/query-language`); ``None``
            counts every article.
        by: the period: ``"day"``, ``"week"`` (ISO weeks), ``"month"`` or ``"year"``.
        group: an article field to split the counts by, or ``None``.

    Returns:
        One row per period, group and term, in period, group and term order; every term gets a
        row in every period and group that has articles, zero counts included.

    Raises:
        QuerySyntaxError: a term is not a valid query.
        ValueError: ``by`` or ``group`` is not a known name.

    Example:
        >>> from datetime import datetime
        >>> from newscorpus.article import Article
        >>> arts = [Article(text="Floods.", source="A", published=datetime(2023, 5, 2)),
        ...         Article(text="Calm.", source="B", published=datetime(2023, 5, 3))]
        >>> [(r.group, r.count, r.total) for r in counts(arts, ["flood*"], group="source")]
        [('A', 1, 1), ('B', 0, 1)]
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    labels, queries = _queries(terms)
    items = list(articles)
    matched: list[set[int]] = [set() for _ in queries]
    if queries:
        for position, article in enumerate(items):
            if article.published is None:
                continue
            tokens = ArticleTokens(article)
            for i, query in enumerate(queries):
                if query.matches(tokens):
                    matched[i].add(position)
    return tabulate(items, labels, matched, by=by, group=group)


def tabulate(
    articles: Sequence[Article],
    labels: Sequence[str],
    matched: Sequence[set[int]],
    *,
    by: Period = "month",
    group: Group | None = None,
) -> list[CountRow]:
    """The rows of :func:`counts` once it is known which articles match each query.

    The search index of a :class:`~newscorpus.corpus.Corpus` finds ``matched`` without a scan
    and hands it here, so both ways give the same rows.

    Args:
        articles: the articles counted.
        labels: the query labels, one per entry of ``matched``.
        matched: for each query, the positions in ``articles`` of those matching it.
        by: the period (see :func:`counts`).
        group: the field to group by (see :func:`counts`).

    Raises:
        ValueError: ``by`` or ``group`` is not a known name, or ``labels`` and ``matched``
            differ in length.

    Example:
        >>> from datetime import datetime
        >>> arts = [Article(text="x", published=datetime(2023, 5, 2))]
        >>> [(r.term, r.count, r.total) for r in tabulate(arts, ["x"], [{0}], by="year")]
        [('x', 1, 1)]
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    if len(labels) != len(matched):
        raise ValueError(f"{len(labels)} labels for {len(matched)} sets of matches")
    totals: dict[tuple[str, str | None], int] = defaultdict(int)
    hits: dict[tuple[str, str | None, int], int] = defaultdict(int)
    for position, article in enumerate(articles):
        if article.published is None:
            continue
        period = period_key(article.published, by)
        found = [i for i, members in enumerate(matched) if position in members]
        for cell in group_values(article, group):
            totals[period, cell] += 1
            for i in found:
                hits[period, cell, i] += 1
    rows = []
    for period, cell in sorted(totals, key=lambda key: (key[0], key[1] or "")):
        total = totals[period, cell]
        if not labels:
            rows.append(CountRow(period=period, term=None, group=cell, count=total, total=total))
        for i, label in enumerate(labels):
            count = hits.get((period, cell, i), 0)
            rows.append(CountRow(period=period, term=label, group=cell, count=count, total=total))
    return rows


def _queries(terms: str | Sequence[str] | None) -> tuple[list[str], list[Query]]:
    if terms is None:
        return [], []
    labels = [terms] if isinstance(terms, str) else list(terms)
    return labels, [parse_query(label) for label in labels]
