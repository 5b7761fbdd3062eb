"""The words printed around dates, read from the data files: labels (``data/vocab/date_labels.json``),
weekdays (``data/weekdays.json``) and month names (``data/months.json``).

Read on first use and cached; the regexes built from them are compiled by their users, once.

Example:
    >>> "veröffentlicht" in date_labels("published"), "mis à jour" in date_labels("modified")
    (True, True)
    >>> "montag" in weekdays("de")
    True
    >>> label_alternation(["mis à jour"])
    'mis\\\\s+à\\\\s+jour'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import cast

from ..vocab import alternation, load_json

__all__ = ["date_labels", "label_alternation", "month_numbers", "weekdays"]


@cache
def date_labels(category: str) -> tuple[str, ...]:
    """The labels of ``category`` (``"published"``, ``"modified"``) in every language.

    Example:
        >>> "updated" in date_labels("modified")
        True
    """
    table = cast("Mapping[str, object]", load_json("vocab", "date_labels.json"))
    found: list[str] = []
    for language, categories in table.items():
        if not language.startswith("_"):
            found.extend(cast("Mapping[str, list[str]]", categories).get(category, ()))
    return tuple(dict.fromkeys(found))


@cache
def weekdays(*languages: str) -> tuple[str, ...]:
    """The weekday names (and their abbreviations) of ``languages``, or of every language.

    Example:
        >>> weekdays("en")[:2]
        ('monday', 'tuesday')
    """
    table = cast("Mapping[str, list[str]]", load_json("weekdays.json"))
    chosen = languages or tuple(table)
    return tuple(dict.fromkeys(word for language in chosen for word in table.get(language, ())))


@cache
def month_numbers() -> Mapping[str, int]:
    """Every month name of every language with its number (the first language listing a name
    decides).

    Example:
        >>> month_numbers()["märz"], month_numbers()["sept"]
        (3, 9)
    """
    table: dict[str, int] = {}
    for names in cast("Mapping[str, Mapping[str, int]]", load_json("months.json")).values():
        for name, number in names.items():
            table.setdefault(name, number)
    return table


def label_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (:func:`~newscorpus.vocab.alternation`, longest first)
    in which a space matches any run of white space ("mis  à jour", "last\\nedited").

    Example:
        >>> label_alternation(["last edited", "last"])
        'last\\\\s+edited|last'
    """
    return alternation(words).replace(r"\ ", r"\s+")
