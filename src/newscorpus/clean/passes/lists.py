"""A list that ends an article: short lines of one shape right after the last body paragraph.

An article may end with a list — the short answers of a quick-fire interview ("Q: Favourite
book?" / "A: …"), numbered items ("1) …", "2) …"), a table copied as lines ("England (Group A):
10th appearance"). Each line alone is too short to read as body, and nothing body-like follows,
so the body run stops before them. Lines that share a *shape* — the same short label in front
("Q:", "A:", "1)"), or the same punctuation skeleton ("():") — and follow the run directly are
one list, and the run is carried over them. A line of another shape, or one a rule named,
ends the list. Page furniture after an article (headlines, menus) has no common shape.

Example:
    >>> list_shape("Q: Favourite book?"), list_shape("A: The Hobbit"), list_shape("12) Lego set")
    ('label:A:', 'label:A:', 'label:0)')
    >>> list_shape("Spain (Group F): 11th appearance"), list_shape("Markets open higher")
    ('punct:():', None)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ...blocks import Block

__all__ = ["extend_over_list", "list_shape"]

_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 30
_MAX_HEADING_WORDS = 5
_LABEL = re.compile(r"^(?:\d{1,3}|[^\W\d_])[.):](?=\s)")
_SKELETON = frozenset(":()[]|/•–—")


def list_shape(text: str) -> str | None:
    """A list item's shape: its short label ("Q:", "1)") with digits and letters generalised,
    else its punctuation skeleton, else None.

    Example:
        >>> list_shape("3. Slow cooker chili"), list_shape("")
        ('label:0.', None)
    """
    label = _label(text)
    if label is not None:
        return label
    skeleton = "".join(ch for ch in text if ch in _SKELETON)
    return "punct:" + skeleton if skeleton else None


def extend_over_list(
    blocks: Sequence[Block],
    end: int,
    named: Collection[int],
    softly_named: Collection[int] = (),
) -> int:
    """The index of the last item of a list of one shape starting right after ``end`` (three
    items at least, none of them in ``named``, maybe under a short heading of its own), or
    ``end`` when there is none. Blocks in ``softly_named`` (a bare link under an item) are
    passed over.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> lines = ["The interview went on for an hour and covered many things.", "Q: Tea?",
        ...          "A: Yes", "Q: Coffee?", "A: No", "Related stories"]
        >>> extend_over_list(text_to_blocks("\\n".join(lines)), 0, named=())
        4
    """
    first = end + 1
    if first < len(blocks) and first not in named and _heading(blocks[first]):
        first += 1  # the list's own heading ("Qualified teams")
    shape = None
    last = first - 1
    index = first
    while index < len(blocks) and index not in named:
        if index in softly_named:
            index += 1  # a bare link under an item, say: dropped, but not the list's end
            continue
        item = _item_shape(blocks[index])
        if item is None or (shape is not None and item != shape):
            break
        shape = item
        last = index
        index += 1
    return last if last - first + 1 >= _MIN_ITEMS else end


def _label(text: str) -> str | None:
    label = _LABEL.match(text)
    if label is None:
        return None
    mark = label.group()
    return "label:" + ("0" if mark[0].isdigit() else "A") + mark[-1]


def _heading(block: Block) -> bool:
    """A short title ("Qualified teams") or a lead-in ending with a colon ("Here they are:")."""
    text = block.text
    if text.endswith(":") and block.words <= _MAX_ITEM_WORDS:
        return True
    return block.words <= _MAX_HEADING_WORDS and list_shape(text) is None


def _item_shape(block: Block) -> str | None:
    """A labelled item may be long (an answer); an item known by punctuation only is short."""
    if block.words > _MAX_ITEM_WORDS:
        return _label(block.text)  # not list_shape: no skeleton of a long text is needed
    return list_shape(block.text)
