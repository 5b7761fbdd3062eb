"""Timestamp lines: a line that is only a date or a time ("Tuesday November 19, 2019",
"2 days ago at 07:52 am", "19.11.2019 | 16:20").

An article prints its date once, in the header. After the body has begun, a line that holds
nothing but a date belongs to a list — teasers of other articles, comments, a schedule — so
each such line is named ``timestamp-line``, and the body run is not carried across it.

The test is cheap and linear: short lines with a digit only, one pass over their tokens, month
names (``data/months.json``) and time words (``data/timewords.json``) looked up in sets.

Example:
    >>> is_timestamp("Tuesday November 19, 2019"), is_timestamp("2 days ago at 07:52 am")
    (True, True)
    >>> is_timestamp("Rain closed 19 roads on Tuesday")
    False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ... import rule_names as names
from ...vocab import load_json
from ..page import Page, Verdict, shared_verdict

__all__ = ["is_timestamp", "timestamp_lines"]

_MAX_CHARS = 80
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_TIME = re.compile(r"\d{1,2}[:.h]\d{2}(?!\d)")
_ENTRY_AFTER_DATE = re.compile(r"\d\s*:\s+[^\W\d_]")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


@cache
def _date_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that make a line a date: month names and "ago" words; words that may stand
    beside a date: weekdays, labels, units), over all shipped languages."""
    months = load_json("months.json")
    table = load_json("timewords.json")
    anchors = {name for names in months.values() for name in names}
    anchors.update(word for group in table["relative"].values() for word in group)
    time_words = frozenset(word for group in table["words"].values() for word in group)
    return frozenset(anchors), time_words


def is_timestamp(text: str) -> bool:
    """Whether ``text`` is only a date or a time: a month name, a clock time, a numeric date or
    an "ago", with every other word a weekday, a label or a time word (one stray word allowed).

    Example:
        >>> is_timestamp("November 19, 2019 at 5:10 pm"), is_timestamp("Updated 19.11.2019")
        (True, True)
        >>> is_timestamp("November 19"), is_timestamp("Top 10"), is_timestamp("June 9: Riverside")
        (True, False, False)
    """
    if len(text) > _MAX_CHARS or _DIGIT.search(text) is None:
        return False
    anchors, time_words = _date_words()
    folded = text.casefold()
    anchored = False
    stray = 0
    for token in _TOKEN.findall(folded):
        if token.isdigit():
            continue
        if token in anchors:
            anchored = True
        elif token not in time_words:
            stray += 1
            if stray > 1:
                return False  # two stray words: no date line, whatever else it holds
    # The clock time and numeric date searches last: most lines are decided without them.
    anchored = anchored or bool(_TIME.search(folded) or _NUMERIC_DATE.search(folded))
    # "June 9: Riverside" names an entry of a schedule after its date: that is content.
    return anchored and not (stray and _ENTRY_AFTER_DATE.search(folded))


def timestamp_lines(page: Page) -> Iterable[Verdict]:
    """Date-only lines after the first block that reads as prose.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> text = "May 2, 2024\\n\\n" + "The mayor opened the new bridge over the river today. " * 2
        >>> page = Page.of(text_to_blocks(text + "\\n\\nOther story\\n\\nMay 1, 2024"))
        >>> [(v.block, v.rule) for v in timestamp_lines(page)]
        [(3, 'timestamp-line')]
    """
    blocks, prose = page.blocks, page.prose
    if True not in prose:
        return
    start = prose.index(True) + 1
    for position in page.marked:  # a timestamp holds a digit: a plain line holds none
        block = blocks[position]
        if position >= start and block.words <= 12 and is_timestamp(block.text):
            yield shared_verdict(block.index, names.TIMESTAMP_LINE)
