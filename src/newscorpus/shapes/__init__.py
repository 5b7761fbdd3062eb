"""Date shapes shared by cleaning and metadata: absolute and relative dates in text, the order
of day and month, and date lines. Imports nothing from ``clean`` or ``meta``.

Example:
    >>> [d.value.isoformat() for d in find_dates("Posted 08 June 2023 - 12:48")]
    ['2023-06-08T12:48:00']
"""

from .datelines import looks_like_dateline
from .dates import ParsedDate, find_dates, parse_date
from .day_order import dayfirst_for, dayfirst_from_dates, dayfirst_from_url
from .relative import RelativeDate, find_relative

__all__ = [
    "ParsedDate",
    "RelativeDate",
    "dayfirst_for",
    "dayfirst_from_dates",
    "dayfirst_from_url",
    "find_dates",
    "find_relative",
    "looks_like_dateline",
    "parse_date",
]
