"""The conditions ``StoredCorpus.where`` adds: SQL that selects exactly what the in-memory
predicates of :mod:`newscorpus.query` accept, or a superset plus that predicate to confirm.

Example:
    >>> from newscorpus.query import from_source
    >>> view = View()
    >>> names_in(view, "source_key", from_source, ("Valley  Courier",)).params
    ('valley courier',)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from ..query._dates import parse_bound
from ..query._text import fold, words
from ..query.predicates import by_author, in_language, published_between
from ._schema import folded_key
from ._sql import match_sql
from ._view import View

__all__ = ["between", "by_author_in", "languages_in", "names_in"]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def names_in(
    view: View, column: str, factory: Callable[..., object], names: tuple[str, ...]
) -> View:
    """Names (``source``/``section``) compared folded, as :func:`~newscorpus.query.from_source`."""
    factory(*names)  # the same validation (and errors) as the in-memory filter
    keys = sorted({folded_key(n) or "" for n in names})
    return view.narrowed(f"a.{column} IN ({_marks(len(keys))})", keys)


def languages_in(view: View, codes: tuple[str, ...]) -> View:
    """Language codes, ``"en"`` also taking ``"en-GB"``, as :func:`~newscorpus.query.in_language`."""
    in_language(*codes)
    keys = sorted({" ".join(fold(c).split()).replace("_", "-") for c in codes})
    base = "substr(a.language_key, 1, instr(a.language_key || '-', '-') - 1)"
    sql = f"a.language_key IN ({_marks(len(keys))}) OR {base} IN ({_marks(len(keys))})"
    return view.narrowed(sql, keys + keys)


def by_author_in(view: View, name: str) -> View:
    """Author names holding ``name`` as whole words, as :func:`~newscorpus.query.by_author`."""
    predicate = by_author(name)
    found = words(name)
    match = f'author : "{" ".join(found)}"'
    exact = len(found) == 1 and found[0].isascii()  # a phrase might run across two names
    return view.narrowed(match_sql("fts_meta"), (match,), None if exact else predicate)


def _bound(value: date | datetime | str | None, *, end: bool) -> date | None:
    if isinstance(value, str):
        try:
            return parse_bound(value, end=end)
        except ValueError:
            return None  # published_between() has already said what is wrong
    return value


def between(view: View, since: Any, until: Any) -> View:
    """Published in the range, as :func:`~newscorpus.query.published_between`."""
    predicate = published_between(since, until)
    conditions, params, exact = ["a.day IS NOT NULL"], [], True
    for value, op, slack in (
        (_bound(since, end=False), ">=", -2),
        (_bound(until, end=True), "<=", 2),
    ):
        if value is None:
            continue
        day = value
        if isinstance(value, datetime):
            # A time is compared in its zone; the calendar day can differ by up to a day
            # each side, so SQL keeps a wider window and Python decides.
            day, exact = value.date() + timedelta(days=slack), False
        conditions.append(f"a.day {op} ?")
        params.append(day.isoformat())
    return view.narrowed(" AND ".join(conditions), params, None if exact else predicate)
