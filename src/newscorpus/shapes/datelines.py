"""Date lines: a line that is essentially a date, with its labels ("Published", weekdays).

Example:
    >>> looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
    True
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .date_words import date_labels, label_tree, weekdays
from .dates import find_dates

__all__ = ["looks_like_dateline"]


@cache
def _labels() -> re.Pattern[str]:
    """The words a date line may hold besides its dates: the date line labels (a subset of the
    date labels, see ``data/vocab/date_labels.json``), weekdays (of English and
    German, whole or three letters and more: two-letter ones such as "do", "so" are common
    words), and the short words around a date ("on", "at", "г")."""
    words = (
        *date_labels("dateline"),
        *(day for day in weekdays("en", "de") if len(day) >= 3),
        *("last", "on", "am", "le", "el", "date", "datum", "at", "um", "à", "г"),
    )
    # as a tree: the test's costliest step, run at every place in the line
    return re.compile(rf"(?<!\w)(?:{label_tree(words)})(?!\w)", re.IGNORECASE)


def looks_like_dateline(text: str) -> bool:
    """Whether a line is essentially a date: at least half of its letters and digits are dates
    and date labels (weekdays, "Published", "Updated"); a section label may share the line.

    Example:
        >>> looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
        True
        >>> looks_like_dateline("Rain on 4 March 2024 closed roads")
        False
    """
    return len(text) <= _LONGEST and _remembered_dateline(text)


_LONGEST = 200  # characters; a longer line is never a date line
# The header walk, the headline and byline candidates and the scored days ask about the same
# few lines of a page, each up to six times: the answers for the last lines are remembered (the
# test is pure: future dates count, so the clock plays no part), a few pages' worth at most.
_REMEMBERED = 256


@lru_cache(maxsize=_REMEMBERED)
def _remembered_dateline(text: str) -> bool:
    dates = find_dates(text, allow_future=True, min_year=1)
    if not dates:
        return False
    rest = text
    for found in reversed(dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    rest = _labels().sub(" ", rest)
    kept = sum(map(str.isalnum, rest))
    total = sum(map(str.isalnum, text))
    return total > 0 and kept <= 0.5 * total
