"""Dates printed in a page's address: a full date in the path (``/2023/06/01/``,
``/2023-06-01/``, ``/20230601/``), or only a year and month (``/2017/09/slug.html``).

Example:
    >>> date_from_url("https://example.org/2023/06/01/bridge-reopens").rule
    'url-path'
    >>> month_from_url("https://example.org/2017/09/slug.html", MetaOptions()).date.precision
    'month'
"""

from __future__ import annotations

import re
from datetime import datetime

from ...options import MetaOptions
from ...shapes.dates import ParsedDate
from .choose import DateCandidate
from .precedence import rank_of

__all__ = ["date_from_url", "month_from_url"]

# A one-digit day must end its path segment: "/2023/10/3-questions/" is a slug, not 3 October.
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-]"
    r"(?P<d>[0-3]\d(?=[/-]|\.html?|$)|\d(?=/|\.html?|$))"
    r"|/(?P<d3>[0-3]\d)-(?P<m3>[01]\d)-(?P<y3>(?:19|20)\d{2})(?:[/-]|\.html?|$)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:[/-]|\.html?|$)"
)


def date_from_url(url: str, options: MetaOptions | None = None) -> DateCandidate | None:
    """A full date printed in a URL's path (``/2023/06/01/``, ``/2023-06-01/``, ``/20230601/``).

    Example:
        >>> date_from_url("https://example.org/news/2023/06/01/bridge-reopens").date.value.date()
        datetime.date(2023, 6, 1)
        >>> date_from_url("https://example.org/2023/13/45/x") is None
        True
    """
    opts = options or MetaOptions()
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path)
    if match is None:
        return None
    y, m, d = (match.group("y"), match.group("m"), match.group("d"))
    if y is None:
        y, m, d = match.group("y2"), match.group("m2"), match.group("d2")
    if y is None:
        y, m, d = match.group("y3"), match.group("m3"), match.group("d3")
    try:
        value = datetime(int(y), int(m), int(d))
    except ValueError:
        return None
    if value.year < opts.min_year:
        return None
    latest = opts.reference_time
    if latest is not None and not opts.allow_future and value > latest.replace(tzinfo=None):
        return None
    parsed = ParsedDate(value=value, precision="day", text=match.group(0), start=0, end=0)
    return DateCandidate(
        date=parsed,
        kind="published",
        source="url",
        rule="url-path",
        raw=url,
        rank=rank_of("url", "url-path"),
    )


# A year and month with no day ("/2017/09/slug.html", blog engines' permalinks).
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?!\d{1,2}(?:[/.-]|$))")


def month_from_url(url: str, opts: MetaOptions) -> DateCandidate | None:
    """The year and month a URL's path gives without a day, as an ``other`` candidate of month
    precision (rank 56): never the date itself, but the month the published date must fall in
    (:func:`~newscorpus.meta.dates.choose.choose_published`).

    Example:
        >>> month_from_url("https://example.org/2017/09/slug.html", MetaOptions()).date.value
        datetime.datetime(2017, 9, 1, 0, 0)
        >>> month_from_url("https://example.org/2017/09/04/slug", MetaOptions()) is None
        True
    """
    match = _URL_MONTH.search(url.split("?", 1)[0].split("#", 1)[0])
    if match is None:
        return None
    value = datetime(int(match.group("y")), int(match.group("m")), 1)
    latest = opts.reference_time or datetime.now()
    if value.year < opts.min_year or (
        not opts.allow_future and value > latest.replace(tzinfo=None)
    ):
        return None
    parsed = ParsedDate(value=value, precision="month", text=match.group(0), start=0, end=0)
    return DateCandidate(
        date=parsed,
        kind="other",
        source="url",
        rule="url-month",
        raw=url,
        rank=rank_of("url", "url-month"),
    )
