"""Dates read within the bounds the metadata options set: day-first, reference time, the
earliest year and whether future dates count.

Example:
    >>> [d.value.year for d in dates_as("1985-06-01, 2024-06-01", MetaOptions())]
    [2024]
"""

from __future__ import annotations

from ...options import MetaOptions
from ...shapes.dates import ParsedDate, find_dates, parse_date

__all__ = ["date_as", "dates_as"]


def dates_as(text: str, options: MetaOptions) -> list[ParsedDate]:
    """:func:`find_dates` read the way ``options`` says (day-first, reference time, year bounds,
    future dates): the one place the metadata readers turn their options into its arguments.

    Example:
        >>> [d.value.day for d in dates_as("03/04/2024", MetaOptions(dayfirst=True))]
        [3]
    """
    return find_dates(
        text,
        dayfirst=options.dayfirst,
        reference_time=options.reference_time,
        min_year=options.min_year,
        allow_future=options.allow_future,
    )


def date_as(text: str, options: MetaOptions) -> ParsedDate | None:
    """:func:`parse_date` read the way ``options`` says, as :func:`dates_as` does.

    Example:
        >>> date_as("1985-06-01", MetaOptions()) is None  # before MetaOptions.min_year
        True
    """
    return parse_date(
        text,
        dayfirst=options.dayfirst,
        reference_time=options.reference_time,
        min_year=options.min_year,
        allow_future=options.allow_future,
    )
