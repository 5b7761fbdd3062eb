"""The words printed around dates, read from the data files: labels (``data/vocab/date_labels.json``),
weekdays (``data/weekdays.json``), month names (``data/months.json``), the words around a time
of day (``data/vocab/clock_words.json``) and time zone names (``data/time_zones.json``).

Read on first use and cached; the regexes built from them are compiled by their users, once.

Example:
    >>> "veröffentlicht" in date_labels("published"), "mis à jour" in date_labels("modified")
    (True, True)
    >>> "montag" in weekdays("de")
    True
    >>> "a las" in clock_words("before_time"), time_zones()["CET"]
    (True, 60)
    >>> label_alternation(["mis à jour"])
    'mis\\\\s+à\\\\s+jour'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import cast

from ..vocab import alternation, load_json, trie_alternation, vocabulary

__all__ = [
    "clock_words",
    "date_labels",
    "label_alternation",
    "label_tree",
    "month_numbers",
    "time_zones",
    "weekdays",
]


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


def clock_words(category: str) -> tuple[str, ...]:
    """The words of ``category`` around a time of day (``"before_time"``, ``"after_time"``,
    ``"skipped"``), in the file's order.

    Example:
        >>> clock_words("after_time")
        ('uhr',)
    """
    return vocabulary("clock_words")[category]


@cache
def time_zones() -> Mapping[str, int]:
    """The unambiguous time zone names (upper case) with their offset from UTC in minutes.

    Example:
        >>> time_zones()["EDT"]
        -240
    """
    return cast("Mapping[str, int]", load_json("time_zones.json")["minutes"])


def label_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (:func:`~newscorpus.vocab.alternation`, longest first)
    in which a space matches any run of white space ("mis  à jour", "last\\nedited").

    Example:
        >>> label_alternation(["last edited", "last"])
        'last\\\\s+edited|last'
    """
    return alternation(words).replace(r"\ ", r"\s+")


def label_tree(words: Iterable[str]) -> str:
    """:func:`label_alternation` written as a tree of the words' shared beginnings
    (:func:`~newscorpus.vocab.trie_alternation`): the same matches with the same preference (a
    longer label first), but the regex engine tries each letter once at a place where no label
    starts, instead of every label in turn. The words must be lower case, as for a case-blind
    tree.

    Example:
        >>> label_tree(["last edited", "last"])
        'last(?:\\\\s+edited)?'
    """
    return trie_alternation(words).replace(r"\ ", r"\s+")
