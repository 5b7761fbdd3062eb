"""The lead paragraphs of an HTML article that open the body run outside the story's box.

Many pages put the first paragraph (the lead, an intro) in a box of its own above the story, so
the element that holds most of the prose (:func:`~newscorpus.clean.dom.main_container`) leaves
it out. When the body run itself starts with such paragraphs, the run has already judged them
part of the article by their text and their place; only the container said no. A block that
opens the run before its first block inside the container is kept when it reads as a lead: a
sentence or more, few links, no list item, no byline box.

Text above the run (a standfirst between the headline and the run) is not taken: conventions
differ on whether a standfirst is body text, and the run did not choose it.

Example:
    >>> from newscorpus.blocks import Block
    >>> blocks = [Block(index=0, text="The old bridge is open again after two years of work.",
    ...                 tag="p", ancestors=(1, 3)),
    ...           Block(index=1, text="Cars crossed it on Monday for the first time since May.",
    ...                 tag="p", ancestors=(1, 4, 5))]
    >>> sorted(lead_paragraphs(blocks, (0, 1), {}, [False, True]))
    [0]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..blocks import Block
from .rules import Verdict, is_sentence_like

__all__ = ["lead_paragraphs"]

# A lead is a sentence or a few, not a label or a link.
_LEAD_WORDS = 10
_LEAD_LINKS = 0.4
_BYLINE_WORDS = frozenset({"byline", "author"})


def _lead(block: Block) -> bool:
    return (
        block.words >= _LEAD_WORDS
        and block.link_density < _LEAD_LINKS
        and block.tag != "li"
        and _BYLINE_WORDS.isdisjoint(block.attr_words)
        and is_sentence_like(block.text)
    )


def lead_paragraphs(
    blocks: Sequence[Block],
    span: tuple[int, int],
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
) -> set[int]:
    """The blocks that open the body run before its first block inside the container.

    Args:
        blocks: the page's blocks (HTML: with ancestors).
        span: the body run (first and last block index).
        verdicts: the blocks rules have named so far; a named block is never a lead.
        places: whether each block lies in the article's container (``None``: no container).

    Returns:
        The indices of the lead blocks; empty when the run starts inside the container, or
        when nothing lies inside it.

    Example:
        >>> lead_paragraphs([], (0, 0), {}, [])
        set()
    """
    if not 0 <= span[0] <= span[1] < min(len(blocks), len(places)):
        return set()
    first = next((i for i in range(span[0], span[1] + 1) if places[i] is True), None)
    if first is None:
        return set()
    return {
        i
        for i in range(span[0], first)
        if places[i] is False and i not in verdicts and _lead(blocks[i])
    }
