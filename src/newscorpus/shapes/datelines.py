"""Date lines: a line that is essentially a date, with its labels ("Published", weekdays).

Example:
    >>> looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
    True
"""

from __future__ import annotations

import re

from .dates import find_dates

__all__ = ["looks_like_dateline"]

_LABELS = re.compile(
    r"(?<!\w)(?:published|updated|posted|modified|last|on|am|le|el|date|datum|опубликовано|обновлено|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|at|um|à|г)(?!\w)",
    re.IGNORECASE,
)


def looks_like_dateline(text: str) -> bool:
    """Whether a line is essentially a date: at least half of its letters and digits are dates
    and date labels (weekdays, "Published", "Updated"); a section label may share the line.

    Example:
        >>> looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
        True
        >>> looks_like_dateline("Rain on 4 March 2024 closed roads")
        False
    """
    if len(text) > 200:
        return False
    dates = find_dates(text, allow_future=True, min_year=1)
    if not dates:
        return False
    rest = text
    for found in reversed(dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    rest = _LABELS.sub(" ", rest)
    kept = sum(map(str.isalnum, rest))
    total = sum(map(str.isalnum, text))
    return total > 0 and kept <= 0.5 * total
