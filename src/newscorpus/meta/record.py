"""Metadata a record already carried (a JSONL field, a CSV column): the first source, so what a
scraper recorded wins over what the page says.

Example:
    >>> found = read_record({"title": " Given ", "authors": "Ann Lee; Tom Park"})
    >>> found.values["title"], found.values["authors"], found.evidence["title"].source
    ('Given', ('Ann Lee', 'Tom Park'), 'record')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from ..article import Evidence
from ..options import MetaOptions
from ..shapes.dates import parse_date
from .partial import Found, MetaFields

__all__ = ["read_record"]

_TEXT_FIELDS = ("title", "subtitle", "section", "source", "language", "url")


def read_record(hints: Mapping[str, Any], options: MetaOptions | None = None) -> Found:
    """The fields of ``hints`` as a :class:`~newscorpus.meta.partial.Found` (source
    ``record``, rule ``given``); a date is read with ``options.dayfirst``.

    Example:
        >>> read_record({"published": "2024-01-02"}).values["published"].value.day
        2
        >>> read_record({"date": "2024-02-31"}).values
        {'unparsed_date': '2024-02-31'}
    """
    dayfirst = None if options is None else options.dayfirst
    values: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if isinstance(hints.get(name), str) and hints[name].strip():
            values[name] = hints[name].strip()
    authors = hints.get("authors")
    if isinstance(authors, str) and authors.strip():
        values["authors"] = tuple(a.strip() for a in authors.split(";") if a.strip())
    elif isinstance(authors, list | tuple):
        values["authors"] = tuple(str(a) for a in authors if str(a).strip())
    raw_date = hints.get("published") or hints.get("date")
    if isinstance(raw_date, str) and raw_date.strip():
        parsed = parse_date(raw_date, dayfirst=dayfirst, allow_future=True, min_year=1)
        if parsed is not None:
            values["published"] = parsed
        else:  # an impossible or unreadable date is kept for the user to see, never dropped silently
            values["unparsed_date"] = raw_date.strip()
    evidence = {
        name: Evidence(source="record", rule="given", raw=str(hints.get(name, "")))
        for name in values
    }
    return Found(values=cast(MetaFields, values), evidence=evidence)
