"""Widening the body run (HTML) to the whole element that holds its paragraphs, down to the
header cluster under the headline.

Example:
    >>> from newscorpus.blocks import Block
    >>> title = Block(index=0, text="Bridge reopens", tag="h1", ancestors=(1, 2, 3))
    >>> intro = Block(index=1, text="Short intro", tag="p", ancestors=(1, 2, 4))
    >>> story = [Block(index=i, text="The bridge reopened.", tag="p", ancestors=(1, 2, 5 + i))
    ...          for i in (2, 3)]
    >>> cover_container([title, intro, *story], (2, 3), [False, False, True, True])
    (1, 3)
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import Block
from ...shapes import find_dates, looks_like_dateline
from ..page import is_sentence_like
from ..rules.timestamps import is_timestamp
from ..run import HEADLINE_TAGS

__all__ = ["cover_container"]

_DATELINE_WORDS = 30
_DATE_OPENING = 40  # a date that opens a line is found within its first characters
_HEADER_WORDS = frozenset({"byline", "author", "date", "time", "headline", "title"})


def cover_container(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
) -> tuple[int, int]:
    """Widen the body run (HTML) to the whole element that holds its paragraphs: list lines,
    tables and short paragraphs before or after the prose are the article's too. Backwards it
    stops below the headline (the title, byline and date above it are read as metadata).
    Blocks a rule named stay dropped.

    Example:
        >>> from newscorpus.blocks import Block
        >>> title = Block(index=0, text="Bridge reopens", tag="h1", ancestors=(1, 2, 3))
        >>> story = [Block(index=i, text="The bridge reopened.", tag="p", ancestors=(1, 2, 4, 5 + i))
        ...          for i in (1, 2)]
        >>> cover_container([title, *story], (2, 2), [False, True, True])
        (1, 2)
    """
    core = _common_ancestor([blocks[i] for i in range(span[0], span[1] + 1) if good[i]])
    if core is None:
        return span
    first, last = span
    while first > 0 and core in blocks[first - 1].ancestors and not _headline(blocks[first - 1]):
        first -= 1
    index = last + 1
    while index < len(blocks):
        if core in blocks[index].ancestors:
            last = index
        index += 1
    return first, last


def _common_ancestor(blocks: Sequence[Block]) -> int | None:
    """The innermost element around all ``blocks`` (by their ancestor serial numbers), and
    never a paragraph's own element: one paragraph alone stands for the box it sits in."""
    if not blocks or not blocks[0].ancestors:
        return None
    first = blocks[0].ancestors
    shared = len(first) - 1
    for block in blocks[1:]:
        other = block.ancestors[:-1]
        shared = min(shared, len(other))
        while shared and first[shared - 1] != other[shared - 1]:
            shared -= 1
    return first[shared - 1] if shared else None


def _headline(block: Block) -> bool:
    """Part of the header cluster above the story: a headline, a byline, date or title box by
    its class, a date line (a relative one, "3 hours ago", included), or a short line that opens
    with a date and is no sentence ("05.02.2020 - Redaktion: Ann Lee")."""
    if block.tag in HEADLINE_TAGS or not _HEADER_WORDS.isdisjoint(block.attr_words):
        return True
    if block.words > _DATELINE_WORDS:
        return False
    if looks_like_dateline(block.text) or is_timestamp(block.text):  # "3 hours ago" too
        return True
    opening = find_dates(block.text[:_DATE_OPENING], allow_future=True, min_year=1)
    return bool(opening) and opening[0].start == 0 and not is_sentence_like(block.text)
