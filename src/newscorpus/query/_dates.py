"""Reading date bounds for filters and date ranges: ``2023``, ``2023-06``, ``2023-06-30`` or a
full ISO date-time.

A year or a month stands for its first day as a start bound and its last day as an end bound.

Example:
    >>> parse_day("2023-02", end=True)
    datetime.date(2023, 2, 28)
    >>> parse_bound("2023-06-30T12:00Z", end=False)
    datetime.datetime(2023, 6, 30, 12, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

__all__ = ["as_date", "is_aware", "parse_bound", "parse_day"]

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
