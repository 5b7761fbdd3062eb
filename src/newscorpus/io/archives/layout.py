"""Lines of an export and the shapes every archive shares: paragraphs, copyright lines, date
lines.

Example:
    >>> is_date_line("March 5, 2010 Friday"), is_date_line("March 5, 2010: the day it rained")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import attrs

from ...shapes import parse_date
from ...shapes.date_words import weekdays
from ...vocab import alternation

__all__ = ["COPYRIGHT", "Line", "is_date_line", "paragraphs", "value_paragraphs"]

COPYRIGHT = re.compile(
    r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten"
    r"|tous droits réservés)",
    re.IGNORECASE,
)
"""A copyright or rights line, as archives print them above or below a document."""


@attrs.frozen
class Line:
    """One line of an export (one paragraph of a DOCX file), with its 1-based number.

    Example:
        >>> Line("HD", 4).number
        4
    """

    text: str
    number: int | None


def paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of non-blank lines.

    Example:
        >>> [[line.text for line in p] for p in paragraphs([Line("a", 1), Line("", 2), Line("b", 3)])]
        [['a'], ['b']]
    """
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


@cache
def _leftover() -> re.Pattern[str]:
    """What may stand on a date line beside the date: weekdays, a time, a zone, edition words."""
    return re.compile(
        rf"(?:\b(?:{alternation(weekdays())})\b|\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?|\b[ap]\.?m\.?"
        r"|\b(?:GMT|UTC|MEZ|MESZ|CET|CEST|EST|EDT|CST|CDT|PST|PDT|BST|Uhr|h)\b|[\s,.;:()\-–—]+)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)  # an export repeats its date lines: many documents of a day
def is_date_line(text: str) -> bool:
    """Whether a line holds a date and nothing else but a weekday, a time or a zone.

    Args:
        text: the line.

    Example:
        >>> is_date_line("Freitag 5. März 2010"), is_date_line("05 March 2010 10:30 GMT")
        (True, True)
    """
    line = " ".join(text.split())
    if not line or len(line) > 80 or not any(ch.isdigit() for ch in line):
        return False
    found = parse_date(line, allow_future=True)
    if found is None:
        return False
    rest = f"{line[: found.start]} {line[found.end :]}"
    return not _leftover().sub("", rest)


def value_paragraphs(lines: Sequence[Line]) -> list[tuple[str, int | None]]:
    """The paragraphs of a field's value, each with its first line's number: runs of lines
    separated by blank lines, or each line when the value has no blank line (archives print a
    paragraph per line as often as a blank line between paragraphs); white space is normalised.

    Example:
        >>> value_paragraphs([Line("One", 1), Line("Two", 2)])
        [('One', 1), ('Two', 2)]
        >>> value_paragraphs([Line("One", 1), Line("more", 2), Line("", 3), Line("Two", 4)])
        [('One more', 1), ('Two', 4)]
    """
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    lines = lines[filled[0] : filled[-1] + 1] if filled else []
    if len(lines) > 1 and all(line.text.strip() for line in lines):
        return [(" ".join(line.text.split()), line.number) for line in lines]
    return [
        (" ".join(" ".join(line.text.split()) for line in group), group[0].number)
        for group in paragraphs(lines)
    ]
