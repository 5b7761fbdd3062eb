"""Dates in queries: the bounds of filters and date ranges (``2023``, ``2023-06``,
``2023-06-30`` or a full ISO date-time), and the periods counts are bucketed in.

A year or a month stands for its first day as a start bound and its last day as an end bound.
A period is labelled by :func:`period_key` (``2023``, ``2023-05``, ``2023-W07``,
``2023-05-14``); :func:`period_start` and :func:`period_range` read such labels back.

Example:
    >>> parse_day("2023-02", end=True)
    datetime.date(2023, 2, 28)
    >>> parse_bound("2023-06-30T12:00Z", end=False)
    datetime.datetime(2023, 6, 30, 12, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import Literal, get_args

__all__ = [
    "PERIODS",
    "Period",
    "as_date",
    "is_aware",
    "parse_bound",
    "parse_day",
    "period_key",
    "period_range",
    "period_start",
]

_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


def parse_day(text: str, *, end: bool) -> date:
    """A day from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a year or month is widened to its
    first day (``end=False``) or last day (``end=True``).

    Raises:
        ValueError: ``text`` is not such a date.

    Example:
        >>> parse_day("2024", end=True), parse_day("2024-03-05", end=True)
        (datetime.date(2024, 12, 31), datetime.date(2024, 3, 5))
    """
    text = text.strip()
    short = _YEAR_MONTH.fullmatch(text)
    if short is None:
        if len(text) != 10:
            raise ValueError(f"not a date: {text!r}")
        return date.fromisoformat(text)
    year = int(short.group(1))
    month = int(short.group(2)) if short.group(2) else (12 if end else 1)
    if not end:
        return date(year, month, 1)
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, not {month}")
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_bound(text: str, *, end: bool) -> date | datetime:
    """A day (see :func:`parse_day`) or, when ``text`` has a time, an ISO 8601 date-time.

    Raises:
        ValueError: ``text`` is neither.

    Example:
        >>> parse_bound("2023-01-01 08:30", end=False)
        datetime.datetime(2023, 1, 1, 8, 30)
    """
    stripped = text.strip()
    if len(stripped) <= 10:
        return parse_day(stripped, end=end)
    if stripped.endswith(("Z", "z")):
        stripped = stripped[:-1] + "+00:00"
    return datetime.fromisoformat(stripped)


def is_aware(value: date) -> bool:
    """Whether ``value`` is a date-time that knows its UTC offset.

    Example:
        >>> is_aware(datetime(2023, 1, 1)), is_aware(date(2023, 1, 1))
        (False, False)
    """
    return isinstance(value, datetime) and value.utcoffset() is not None


def as_date(value: date) -> date:
    """The calendar day of a date or date-time.

    Example:
        >>> as_date(datetime(2023, 1, 2, 23, 59))
        datetime.date(2023, 1, 2)
    """
    return value.date() if isinstance(value, datetime) else value


Period = Literal["day", "week", "month", "year"]
"""How finely :func:`counts` buckets dates."""
PERIODS: tuple[str, ...] = get_args(Period)


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


def period_start(label: str, by: Period) -> date:
    """The first day of the period :func:`period_key` labels ``label`` (a Monday for a week).

    Raises:
        ValueError: ``label`` is not a period label of granularity ``by``.

    Example:
        >>> [period_start(p, by) for p, by in (("2024-W01", "week"), ("2024-03", "month"))]
        [datetime.date(2024, 1, 1), datetime.date(2024, 3, 1)]
    """
    try:
        if by == "week":
            year, week = label.split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        if by == "day":
            return date.fromisoformat(label)
        parts = [int(part) for part in label.split("-")]
        if (by, len(parts)) in (("month", 2), ("year", 1)):
            return date(parts[0], parts[1] if by == "month" else 1, 1)
    except ValueError:
        pass
    raise ValueError(f"{label!r} is not a {by} label (see period_key)")


def period_range(first: str, last: str, by: Period) -> list[str]:
    """Every period label from ``first`` to ``last``, both included, in time order.

    Raises:
        ValueError: a label is not of granularity ``by``.

    Example:
        >>> period_range("2023-11", "2024-02", "month")
        ['2023-11', '2023-12', '2024-01', '2024-02']
        >>> period_range("2020-W53", "2021-W02", "week")
        ['2020-W53', '2021-W01', '2021-W02']
    """
    day, end = period_start(first, by), period_start(last, by)
    labels = []
    while day <= end:
        labels.append(period_key(day, by))
        if by in {"day", "week"}:
            day += timedelta(days=1 if by == "day" else 7)
        elif by == "month":
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        else:
            day = date(day.year + 1, 1, 1)
    return labels
