"""Relative dates ("3 hours ago", "вчера", "vor 2 Stunden", "2 saat önce") in a dozen languages.

A relative date means nothing without the moment the page was seen, so it is resolved only
against a ``reference`` the caller gives (the crawl time, a file's mtime); without one, the span
is still reported, with ``value=None``. The clock is never read.

Each language contributes a number-unit phrase (``<n> <unit> ago`` in English, ``vor <n> <unit>``
in German, ``il y a <n> <unit>`` in French…) and day words (yesterday, today). Units are matched
by their stem, so inflected forms (``Stunden``, ``часов``, ``godziny``) count.

Example:
    >>> from datetime import datetime
    >>> [(r.text, r.value) for r in find_relative("vor 2 Stunden", datetime(2024, 3, 4, 12, 0))]
    [('vor 2 Stunden', datetime.datetime(2024, 3, 4, 10, 0))]
    >>> [(r.text, r.value) for r in find_relative("3 hours ago")]
    [('3 hours ago', None)]
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import Literal

import attrs

from ..vocab import load_json

__all__ = ["RelativeDate", "day_words_pattern", "find_relative"]


# The vocabulary of relative dates is data: ``data/relative_dates.json``, read on first use.
@cache
def _units() -> dict[str, int]:
    """Unit stems -> minutes. Stems, not words: "stund" covers Stunde/Stunden, "час" часа/часов."""
    table = load_json("relative_dates.json")
    minutes = table["unit_minutes"]
    return {stem: minutes[unit] for unit, stems in table["units"].items() for stem in stems}


@cache
def _day_words() -> dict[str, int]:
    """Words for "yesterday" (1) and "today" (0): how many days back each points."""
    table = load_json("relative_dates.json")
    back = table["day_back"]
    return {word: back[day] for day, words in table["day_words"].items() for word in words}


@cache
def _phrases() -> tuple[str, ...]:
    """Per language: a phrase with one number and one unit; word order differs, hence templates."""
    return tuple(load_json("relative_dates.json")["phrases"].values())


_NUM = r"(?P<n{i}>\d{{1,3}})"
_UNIT = r"(?P<u{i}>[^\W\d_]{{2,12}})"


@attrs.frozen(kw_only=True)
class RelativeDate:
    """A relative date found in text.

    Attributes:
        text: the matched text.
        start: where it starts in the input.
        end: where it ends.
        minutes: how far back it points, in minutes (a day word counts whole days).
        precision: ``"minute"`` for minutes and hours, ``"day"`` for days, weeks and day words.
        value: the resolved date-time, or ``None`` when no reference time was given.

    Example:
        >>> find_relative("il y a 3 jours")[0].minutes
        4320
    """

    text: str
    start: int
    end: int
    minutes: int
    precision: Literal["minute", "day"]
    value: datetime | None = None


@cache
def _pattern() -> re.Pattern[str]:
    phrases = []
    for i, template in enumerate(_phrases()):
        body = re.escape(template).replace(r"\{n\}", _NUM.format(i=i))
        body = body.replace(r"\{u\}", _UNIT.format(i=i)).replace(r"\ ", r"\s{1,2}")
        phrases.append(body)
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)}|(?P<word>{_words()}))(?!\w)", re.IGNORECASE)


@cache
def _words_pattern() -> re.Pattern[str]:
    """The day-word branch of :func:`_pattern` alone: what it finds in a text without a
    number followed by a unit, where no phrase can match. The lookahead for the words' first
    letters lets most positions fail before the alternation is tried."""
    first = "".join(sorted({re.escape(word[0].lower()) for word in _day_words()}))
    return re.compile(rf"(?<!\w)(?=[{first}])(?:(?P<word>{_words()}))(?!\w)", re.IGNORECASE)


def _words() -> str:
    return "|".join(re.escape(w) for w in sorted(_day_words(), key=len, reverse=True))


def day_words_pattern() -> re.Pattern[str]:
    """The pattern of the day words ("yesterday", "heute", "вчера") alone: with a digit, what
    any relative date holds, so a text with neither holds none.

    Example:
        >>> bool(day_words_pattern().search("Updated yesterday")), bool(day_words_pattern().search("word"))
        (True, False)
    """
    return _words_pattern()


# Every phrase holds a number followed by its unit ("{n} {u}" in each template).
_NUMBER_UNIT = re.compile(r"\d\s{1,2}[^\W\d_]{2}")


def _unit_minutes(unit: str) -> int | None:
    unit = unit.lower()
    units = _units()
    best = max((stem for stem in units if unit.startswith(stem)), key=len, default=None)
    return units[best] if best else None


def find_relative(text: str, reference: datetime | None = None) -> list[RelativeDate]:
    """Every relative date in ``text``; resolved only when ``reference`` is given.

    Args:
        text: the text to search.
        reference: the moment the page was seen; ``None`` leaves ``value`` unset.

    Returns:
        The relative dates in order of position. Phrases with an unknown unit are skipped.

    Example:
        >>> ref = datetime(2024, 3, 4, 12, 0)
        >>> [r.value.date().isoformat() for r in find_relative("вчера, 2 saat önce", ref)]
        ['2024-03-03', '2024-03-04']
        >>> find_relative("3 apples ago")
        []
    """
    if len(text) > _REMEMBERED_CHARS:
        return _find(text, reference)
    return list(_remembered(text, reference))


# The same short lines are searched several times per page (as date candidates, for the
# relative dates among them): the answers for the last ones are remembered.
_REMEMBERED = 128
_REMEMBERED_CHARS = 300


@lru_cache(maxsize=_REMEMBERED)
def _remembered(text: str, reference: datetime | None) -> tuple[RelativeDate, ...]:
    return tuple(_find(text, reference))


def _find(text: str, reference: datetime | None) -> list[RelativeDate]:
    found: list[RelativeDate] = []
    pattern = _pattern() if _NUMBER_UNIT.search(text) else _words_pattern()
    for match in pattern.finditer(text):
        word = match.group("word")
        if word:
            minutes = _day_words()[word.lower()] * 1440
            precision: Literal["minute", "day"] = "day"
        else:
            groups = match.groupdict()
            i = next(i for i in range(len(_phrases())) if groups.get(f"n{i}"))
            unit = _unit_minutes(groups[f"u{i}"])
            if unit is None:
                continue
            minutes = int(groups[f"n{i}"]) * unit
            precision = "day" if unit >= 1440 else "minute"
        value = None
        if reference is not None:
            value = reference - timedelta(minutes=minutes)
            if precision == "day":
                value = value.replace(hour=0, minute=0, second=0, microsecond=0)
        found.append(
            RelativeDate(
                text=match.group(0),
                start=match.start(),
                end=match.end(),
                minutes=minutes,
                precision=precision,
                value=value,
            )
        )
    return found
