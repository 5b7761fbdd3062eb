"""Counts over time: how many articles match each query, per day, week, month or year.

:func:`counts` is the one definition of a count row that every corpus answers the same way — an
in-memory :class:`~newscorpus.corpus.Corpus` here, the SQLite store in SQL — so a researcher's
plot does not change when the corpus moves to disk.

A row is one period (and one group, when grouping), one query term, the number of articles in
that period and group that match it, and the number of articles there at all, so shares can be
computed without a second pass. Articles without a publication date are left out (they belong
to no period); with ``group="author"`` an article counts once for each of its authors.

The rows come as a :class:`CountTable`: a list of rows with every period from the first to the
last filled in — a month without articles is a row with a zero count, not a gap a plot would
draw straight across — plus :meth:`CountTable.to_pandas` and :meth:`CountTable.plot`.

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="Floods in the valley.", published=datetime(2023, 5, 2)),
    ...         Article(text="Calm weather.", published=datetime(2023, 5, 20)),
    ...         Article(text="More floods.", published=datetime(2023, 6, 1))]
    >>> [(r.period, r.count, r.total) for r in counts(arts, "flood*")]
    [('2023-05', 1, 2), ('2023-06', 1, 1)]
    >>> arts.append(Article(text="Floods return.", published=datetime(2023, 9, 3)))
    >>> [(r.period, r.count) for r in counts(arts, "flood*")]
    [('2023-05', 1), ('2023-06', 1), ('2023-07', 0), ('2023-08', 0), ('2023-09', 1)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, get_args

import attrs

from ..article import Article
from ..errors import import_extra
from ._dates import PERIODS, Period, period_key, period_range, period_start
from .nodes import ArticleTokens
from .search import Query, parse_query

if TYPE_CHECKING:
    import pandas
    from matplotlib.axes import Axes

__all__ = [
    "GROUPS",
    "PERIODS",
    "CountRow",
    "CountTable",
    "Group",
    "Period",
    "counts",
    "fill_periods",
    "group_values",
    "period_key",
    "period_range",
    "period_start",
    "tabulate",
]

Group = Literal["source", "author", "section", "language"]
"""The article field :func:`counts` may group by."""

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


class CountTable(list[CountRow]):
    """The rows of :func:`counts`, every period from the first to the last filled in, with
    exports to pandas and a plot.

    It is a list of :class:`CountRow` (equal to a plain list of the same rows) that also knows
    how it was counted. In each period every group and every term has a row: a period, or a
    group within it, without articles has ``count`` and ``total`` 0.

    Args:
        rows: the rows, in period, group and term order.
        by: the period the rows count by.
        group: the field the rows are split by, or ``None``.
        terms: the queries counted, in order (empty when every article was counted).

    Attributes:
        by: the period the rows count by.
        group: the field the rows are split by, or ``None``.
        terms: the queries counted, in order.

    Example:
        >>> rows = [CountRow(period="2023-01", term=None, group=None, count=2, total=2)]
        >>> table = CountTable(rows, by="month")
        >>> table == rows, table.by, table.terms
        (True, 'month', ())
    """

    __slots__ = ("by", "group", "terms")

    def __init__(
        self,
        rows: Iterable[CountRow] = (),
        *,
        by: Period = "month",
        group: Group | None = None,
        terms: Sequence[str] = (),
    ) -> None:
        super().__init__(rows)
        self.by: Period = by
        self.group: Group | None = group
        self.terms: tuple[str, ...] = tuple(terms)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt_table, (list(self), self.by, self.group, self.terms))

    def observed(self) -> CountTable:
        """Only the rows of periods (and groups) that have articles: the table without its
        zero filling.

        Example:
            >>> from datetime import datetime
            >>> arts = [Article(text="x", published=datetime(2023, m, 1)) for m in (1, 3)]
            >>> [r.period for r in counts(arts)], [r.period for r in counts(arts).observed()]
            (['2023-01', '2023-02', '2023-03'], ['2023-01', '2023-03'])
        """
        kept = (row for row in self if row.total)
        return CountTable(kept, by=self.by, group=self.group, terms=self.terms)

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a pandas ``DataFrame``: ``period`` (a pandas ``Period`` column of the
        table's frequency, ISO weeks as ``W-SUN``), ``term``, ``group``, ``count``, ``total`` and
        ``share``.

        Pivot it for one column per term or group:
        ``frame.pivot(index="period", columns="term", values="count")``.

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).

        Example:
            >>> from datetime import datetime
            >>> arts = [Article(text="x", published=datetime(2023, m, 1)) for m in (1, 3)]
            >>> frame = counts(arts).to_pandas()
            >>> [str(p) for p in frame.period], frame["count"].tolist()
            (['2023-01', '2023-02', '2023-03'], [1, 0, 1])
        """
        pandas = import_extra("pandas", "pandas", "CountTable.to_pandas()")
        freq = _PANDAS_FREQ[self.by]
        periods = [pandas.Period(period_start(r.period, self.by), freq=freq) for r in self]
        return pandas.DataFrame(
            {
                "period": pandas.PeriodIndex(periods, freq=freq),
                "term": pandas.Series([r.term for r in self], dtype=object),
                "group": pandas.Series([r.group for r in self], dtype=object),
                "count": pandas.Series([r.count for r in self], dtype="int64"),
                "total": pandas.Series([r.total for r in self], dtype="int64"),
                "share": pandas.Series([r.share for r in self], dtype="float64"),
            }
        )

    def plot(
        self,
        *,
        normalize: bool = False,
        top: int | None = 10,
        ax: Axes | None = None,
        title: str | None = None,
    ) -> Axes:
        """Draw the counts over time with matplotlib: one line per term, per group, or per group
        and term, over the start day of each period.

        Args:
            normalize: plot each count's share of its period's (and group's) articles instead
                of the count.
            top: draw only this many lines, those with the most matches (``None``: all).
            ax: the matplotlib ``Axes`` to draw on; a new figure when ``None``.
            title: the plot's title.

        Returns:
            The ``Axes`` drawn on (save its figure with ``ax.figure.savefig(...)``).

        Raises:
            MissingExtraError: matplotlib is not installed (``pip install 'newscorpus[plot]'``).
            ValueError: ``top`` is less than 1.

        Example:
            >>> from datetime import datetime
            >>> import matplotlib
            >>> matplotlib.use("Agg")
            >>> arts = [Article(text="floods", published=datetime(2023, m, 1)) for m in (1, 3)]
            >>> ax = counts(arts, "flood*").plot()
            >>> [line.get_label() for line in ax.get_lines()]
            ['flood*']
            >>> [float(y) for y in ax.get_lines()[0].get_ydata()]
            [1.0, 0.0, 1.0]
        """
        from ..plot import draw_lines  # noqa: PLC0415  (matplotlib is imported only to plot)

        if top is not None and top < 1:
            raise ValueError(f"top must be 1 or more, or None, not {top}")
        lines = self._lines(normalize=normalize)
        shown = lines if top is None else lines[:top]
        label = "share of articles" if normalize else "articles"
        if len(shown) < len(lines):
            title = f"{title or ''} (top {len(shown)} of {len(lines)})".strip()
        return draw_lines(shown, ylabel=f"{label} per {self.by}", title=title, ax=ax)

    def _lines(self, *, normalize: bool) -> list[tuple[str, list[date], list[float]]]:
        """The table's series, those with the most matches first (ties in table order)."""
        series: dict[tuple[str | None, str | None], tuple[list[date], list[float]]] = {}
        hits: dict[tuple[str | None, str | None], int] = defaultdict(int)
        for row in self:
            key = (row.group, row.term)
            days, values = series.setdefault(key, ([], []))
            days.append(period_start(row.period, self.by))
            values.append(row.value(normalize=normalize))
            hits[key] += row.count
        order = sorted(series, key=lambda key: -hits[key])
        return [(self._label(*key), *series[key]) for key in order]

    def _label(self, group: str | None, term: str | None) -> str:
        what = term if term is not None else "articles"
        if self.group is None:
            return what
        name = group or f"(no {self.group})"
        return f"{name}: {what}" if len(self.terms) > 1 else name


def _rebuilt_table(
    rows: list[CountRow], by: Period, group: Group | None, terms: tuple[str, ...]
) -> CountTable:
    return CountTable(rows, by=by, group=group, terms=terms)


_PANDAS_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}


def fill_periods(
    rows: Iterable[CountRow],
    *,
    by: Period,
    group: Group | None = None,
    terms: Sequence[str] = (),
) -> CountTable:
    """The :class:`CountTable` of ``rows`` with every missing period (and group and term in
    it) filled in with a zero row, from the first period of ``rows`` to the last.

    Args:
        rows: rows of periods that have articles, as ``tabulate`` makes them.
        by: the rows' period.
        group: the field the rows are split by (every group gets a row in every period).
        terms: the query labels (every term gets a row in every period and group).

    Raises:
        ValueError: a row's period is not a label of granularity ``by``.

    Example:
        >>> rows = [CountRow(period=p, term=None, group=None, count=1, total=1)
        ...         for p in ("2023", "2025")]
        >>> [(r.period, r.count) for r in fill_periods(rows, by="year")]
        [('2023', 1), ('2024', 0), ('2025', 1)]
    """
    given = list(rows)
    if not given:
        return CountTable(by=by, group=group, terms=terms)
    found = {(r.period, r.group, r.term): r for r in given}
    totals = {(r.period, r.group): r.total for r in given}
    cells = sorted({r.group for r in given}, key=lambda cell: cell or "")
    periods = sorted({r.period for r in given})
    keys: list[str | None] = list(terms) if terms else [None]
    table = CountTable(by=by, group=group, terms=terms)
    for period in period_range(periods[0], periods[-1], by):
        for cell in cells:
            total = totals.get((period, cell), 0)
            for term in keys:
                row = found.get((period, cell, term))
                count = total if term is None else 0
                table.append(
                    row or CountRow(period=period, term=term, group=cell, count=count, total=total)
                )
    return table


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
) -> CountTable:
    """Count matching articles per period (and group) for each query in ``terms``.

    Args:
        articles: the articles to count.
        terms: one query or several, in the search language (:doc:`/query-language`); ``None``
            counts every article.
        by: the period: ``"day"``, ``"week"`` (ISO weeks), ``"month"`` or ``"year"``.
        group: an article field to split the counts by, or ``None``.

    Returns:
        One row per period, group and term, in period, group and term order: every period from
        the first dated article's to the last one's, every group in every period and every term
        in each, zero counts included (:meth:`CountTable.observed` keeps only the periods and
        groups with articles).

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
) -> CountTable:
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
    return fill_periods(rows, by=by, group=group, terms=labels)


def _queries(terms: str | Sequence[str] | None) -> tuple[list[str], list[Query]]:
    if terms is None:
        return [], []
    labels = [terms] if isinstance(terms, str) else list(terms)
    return labels, [parse_query(label) for label in labels]
