"""Dates written year first with the month's name: Hungarian "2024. március 5." and Lithuanian
"2024 m. kovo 5 d.".

The year carries its own mark (the Hungarian ordinal dot, the Lithuanian "m." for *metai*), so
a year followed by a word and a number in running text ("in 2024 May 5 people…") is no date.

Example:
    >>> [ymd for _, ymd in year_first_dates("Közzétéve: 2024. március 5. 10:30")]
    [(2024, 3, 5)]
    >>> [ymd for _, ymd in year_first_dates("Publikuota 2024 m. kovo 5 d.")]
    [(2024, 3, 5)]
    >>> list(year_first_dates("In 2024 May 5 people came"))
    []
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .date_words import month_numbers

__all__ = ["year_first_dates"]

# Bounded repeats only: no nested quantifier can backtrack.
_MARK = re.compile(r"\d{4}(?:\.| ?m\.)\s")
_YEAR_FIRST = re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?:\.|\s?m\.)\s{1,3}(?P<m>[^\W\d_]{3,12})\.?\s{1,3}"
    r"(?P<d>\d{1,2})(?:\.|\s?d\.)?(?!\d)"
)


def year_first_dates(text: str) -> Iterator[tuple[re.Match[str], tuple[int, int, int]]]:
    """Each year-first month-name date in ``text``: its match and (year, month, day).

    Args:
        text: any text; a day or month that does not exist is left to the caller to refuse.

    Example:
        >>> [m.group(0) for m, _ in year_first_dates("2023. dec. 24. és 2024 m. sausio 2 d.")]
        ['2023. dec. 24.', '2024 m. sausio 2 d.']
    """
    if not _MARK.search(text):
        return
    months = month_numbers()
    for match in _YEAR_FIRST.finditer(text):
        number = months.get(match.group("m").casefold())
        if number is not None:
            yield match, (int(match.group("y")), number, int(match.group("d")))
