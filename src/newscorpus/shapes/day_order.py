"""The order of day and month in a page's slashed numeric dates (``03/04/2024``).

Dotted, dashed and year-first numeric dates have one reading; a slashed one is read day-first or
month-first, and the page says which: by its language and region (:func:`dayfirst_for`), by the
locale or the country its address names (:func:`dayfirst_from_url`: ``/en-gb/``, ``.co.uk``),
or by its own dates (:func:`dayfirst_from_dates`): a slashed one whose first or second part is
above 12, else the way its dates with a month's name are written ("2 November 2023").
The regions and domains are data (``data/day_order.json``).

Example:
    >>> dayfirst_for("en-US"), dayfirst_from_dates("Posted 25/03/2024")
    (False, True)
    >>> dayfirst_from_url("https://www.example.com/en-gb/news/story")
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import cast

from ..vocab import load_json
from .dates import find_dates

__all__ = ["dayfirst_for", "dayfirst_from_dates", "dayfirst_from_url"]


@cache
def _table() -> Mapping[str, frozenset[str]]:
    raw = cast("Mapping[str, list[str]]", load_json("day_order.json"))
    table = {key: frozenset(value) for key, value in raw.items() if not key.startswith("_")}
    # a locale's language must be one whose dates are read ("/to-do/" is a slug, not a locale)
    table["languages"] = frozenset(cast("Mapping[str, object]", load_json("months.json")))
    return table


def dayfirst_for(language: str | None) -> bool | None:
    """How a page in ``language`` writes slashed numeric dates: day first (``True``), month
    first (``False``), or unknown (``None``, plain English: British or American).

    Example:
        >>> dayfirst_for("de"), dayfirst_for("en-US"), dayfirst_for("en-GB"), dayfirst_for("en")
        (True, False, True, None)
    """
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    base, _, region = tag.partition("-")
    if base != "en":
        return True
    if not region:
        return None
    return region.split("-")[0] not in _table()["month_first_regions"]


# A locale as a whole path segment or subdomain ("/en-gb/", "/en_AU/", "en-gb.example.com").
_LOCALE = re.compile(r"(?:^|[/.])(?P<lang>[a-z]{2})[-_](?P<region>[a-z]{2})(?=[/.?#]|$)")
_HOST = re.compile(r"^[a-z][a-z]+://(?:[^/@?#]*@)?(?P<host>[^/:?#]+)")


def dayfirst_from_url(url: str | None) -> bool | None:
    """How a page writes slashed dates, from its address: a locale segment (``/en-gb/``,
    ``/en-us/``, ``/fr-ca/``: a language whose month names are known and a region) says it as
    :func:`dayfirst_for` does, else the domain of a country that writes the day first
    (``.co.uk``, ``.com.au``); ``None`` when neither.

    Example:
        >>> dayfirst_from_url("https://news.example.com/en-us/story")
        False
        >>> dayfirst_from_url("https://www.example.co.uk/story"), dayfirst_from_url("x.com/a")
        (True, None)
        >>> dayfirst_from_url("https://example.org/to-do/list") is None
        True
    """
    if not url:
        return None
    lowered = url[:300].lower()
    host = _HOST.match(lowered)
    if host is None:
        return None
    locale = _LOCALE.search(lowered, host.start("host") - 1)  # from the slash before it
    if locale is not None and locale.group("lang") in _table()["languages"]:
        return dayfirst_for(f"{locale.group('lang')}-{locale.group('region')}")
    if host.group("host").rpartition(".")[2] in _table()["day_first_domains"]:
        return True
    return None


_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
_DOTTED = re.compile(r"\d{1,2}\.\s?\d{1,2}\.")
_YEAR_FIRST = re.compile(r"\d{3}")


def dayfirst_from_dates(text: str, spelled: Iterable[str] = ()) -> bool | None:
    """How a page writes slashed dates, from the ones that decide it: a first part above 12 means
    day-first, a second part above 12 month-first; ``None`` when none decides or they disagree.
    When the page has slashed dates and none decides, the page's other dates (``spelled``: its
    date lines, read only then) decide as the page writes them: a day before its month's name
    ("2 November 2023") or a dotted date ("02.11.2023") day-first, a month's name before the
    day ("November 2, 2023") month-first.

    Example:
        >>> dayfirst_from_dates("Posted 25/03/2024 · Updated 02/04/2024")
        True
        >>> dayfirst_from_dates("03/25/2024"), dayfirst_from_dates("03/04/2024")
        (False, None)
        >>> dayfirst_from_dates("03/04/2024", ["Posted 3 April 2024"])
        True
    """
    votes = set()
    open_date = False
    for match in _SLASHED.finditer(text[:200_000]):
        a, b = int(match.group("a")), int(match.group("b"))
        if 12 < a <= 31 and 1 <= b <= 12:
            votes.add(True)
        elif 12 < b <= 31 and 1 <= a <= 12:
            votes.add(False)
        open_date = True
        if len(votes) > 1:
            return None
    if votes:
        return votes.pop()
    return _spelled_order(spelled) if open_date else None


def _spelled_order(texts: Iterable[str]) -> bool | None:
    """Day-first or month-first as the dates of ``texts`` that are not slashed are written
    (``None``: none, or both ways)."""
    votes = set()
    for text in texts:
        for found in find_dates(text, allow_future=True):
            if _YEAR_FIRST.match(found.text):  # "2024-03-04", "2024年3月4日": no order to tell
                continue
            if found.text[0].isalpha():
                votes.add(False)
            elif any(c.isalpha() for c in found.text) or _DOTTED.match(found.text):
                votes.add(True)
            if len(votes) > 1:
                return None
    return votes.pop() if votes else None
