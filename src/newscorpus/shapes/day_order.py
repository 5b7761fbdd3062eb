"""The order of day and month in a page's slashed numeric dates (``03/04/2024``).

Dotted, dashed and year-first numeric dates have one reading; a slashed one is read day-first or
month-first, and the page says which: by its language and region (:func:`dayfirst_for`), or by a
slashed date whose first or second part is above 12 (:func:`dayfirst_from_dates`).

Example:
    >>> dayfirst_for("en-US"), dayfirst_from_dates("Posted 25/03/2024")
    (False, True)
"""

from __future__ import annotations

import re

__all__ = ["dayfirst_for", "dayfirst_from_dates"]

# Languages whose numeric dates put the month first (only with these regions).
_MONTH_FIRST_REGIONS = frozenset({"en-us", "en_us", "en-ph", "en-ca"})


def dayfirst_for(language: str | None) -> bool | None:
    """How a page in ``language`` writes slashed numeric dates: day first (``True``), month
    first (``False``), or unknown (``None``, plain English: British or American).

    Example:
        >>> dayfirst_for("de"), dayfirst_for("en-US"), dayfirst_for("en-GB"), dayfirst_for("en")
        (True, False, True, None)
    """
    if not language:
        return None
    tag = language.strip().lower()
    if tag in _MONTH_FIRST_REGIONS:
        return False
    if tag.split("-")[0].split("_")[0] == "en":
        return None if tag in ("en",) else True
    return True


_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def dayfirst_from_dates(text: str) -> bool | None:
    """How a page writes slashed dates, from the ones that decide it: a first part above 12 means
    day-first, a second part above 12 month-first; ``None`` when none decides or they disagree.

    Example:
        >>> dayfirst_from_dates("Posted 25/03/2024 · Updated 02/04/2024")
        True
        >>> dayfirst_from_dates("03/25/2024"), dayfirst_from_dates("03/04/2024")
        (False, None)
    """
    votes = set()
    for match in _SLASHED.finditer(text[:200_000]):
        a, b = int(match.group("a")), int(match.group("b"))
        if 12 < a <= 31 and 1 <= b <= 12:
            votes.add(True)
        elif 12 < b <= 31 and 1 <= a <= 12:
            votes.add(False)
        if len(votes) > 1:
            return None
    return votes.pop() if votes else None
