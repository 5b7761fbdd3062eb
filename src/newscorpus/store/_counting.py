"""Counts over time in SQL: the cells of :func:`~newscorpus.query.counts`, grouped in the store.

A *cell* is ``(period, group)``: the period label :func:`~newscorpus.query.period_key` gives
(computed in SQL from the stored local day and ISO week) and the group value
:func:`~newscorpus.query.group_values` gives (stored trimmed; one row per author).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..query.counts import CountRow, CountTable, Group, Period, fill_periods

if TYPE_CHECKING:
    from ._schema import Database
    from ._view import View

__all__ = ["count_cells", "rows_from_cells"]

Cells = dict[tuple[str, Any], int]

_PERIOD = {
    "day": "a.day",
    "week": "a.week",
    "month": "substr(a.day, 1, 7)",
    "year": "substr(a.day, 1, 4)",
}
_GROUP = {
    None: "NULL",
    "source": "a.source",
    "section": "a.section",
    "language": "a.language",
    "author": "coalesce(au.name, '')",
}


def count_cells(db: Database, view: View, by: Period, group: Group | None) -> Cells:
    """Articles per cell among the view's dated articles (``view`` must have no Python check)."""
    join = " LEFT JOIN authors au ON au.article = a.rowid" if group == "author" else ""
    conditions = ("a.day IS NOT NULL", *view.sql)
    sql = (
        f"SELECT {_PERIOD[by]}, {_GROUP[group]}, count(*) FROM articles a{join} WHERE "
        + " AND ".join(f"({c})" for c in conditions)
        + " GROUP BY 1, 2"
    )
    return {(period, cell): int(n) for period, cell, n in db.execute(sql, view.params)}


def rows_from_cells(
    totals: Cells, hits: list[Cells], labels: list[str], *, by: Period, group: Group | None
) -> CountTable:
    """The count rows, in the order and shape :func:`~newscorpus.query.counts` gives them
    (every period filled in)."""
    rows = []
    for period, cell in sorted(totals, key=lambda key: (key[0], key[1] or "")):
        total = totals[period, cell]
        if not labels:
            rows.append(CountRow(period=period, term=None, group=cell, count=total, total=total))
        for label, found in zip(labels, hits, strict=True):
            count = found.get((period, cell), 0)
            rows.append(CountRow(period=period, term=label, group=cell, count=count, total=total))
    return fill_periods(rows, by=by, group=group, terms=labels)
