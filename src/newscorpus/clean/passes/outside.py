"""The last pass: every block no rule named that lies outside the body run (or, in HTML,
outside the article's container) goes as ``outside-body``.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> blocks = text_to_blocks("Menu\\n\\nThe story.\\n\\nFooter")
    >>> sorted(outside_body(blocks, (1, 1), {}, [None, None, None]))
    [0, 2]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict, shared_verdict

__all__ = ["outside_body"]


def outside_body(
    blocks: Sequence[Block],
    span: tuple[int, int] | None,
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
) -> dict[int, Verdict]:
    """The verdicts with ``outside-body`` added, in page order, for every block no rule named
    that lies outside the body run or (HTML) outside the article's container.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> sorted(outside_body(text_to_blocks("Menu\\n\\nThe story."), None, {}, [None, None]))
        [0, 1]
    """
    final = dict(verdicts)
    first, last = span if span else (1, 0)  # an empty range when no body was found
    if False in places:
        for block in blocks:
            index = block.index
            if index not in final and (not first <= index <= last or places[index] is False):
                final[index] = shared_verdict(index, names.OUTSIDE_BODY)
        return final
    # Nothing lies outside a container (text has none): only the blocks before and after the
    # run are looked at, not every block of the page (a block's index is its position).
    count = len(blocks)
    for index in (*range(min(first, count)), *range(last + 1, count)):
        if index not in final:
            final[index] = shared_verdict(index, names.OUTSIDE_BODY)
    return final
