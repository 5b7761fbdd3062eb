"""The article's own wrapper, named by a class word that also marks boilerplate.

Class words are hints: ``popular`` marks a "most read" box, but a site may also put it on the
wrapper of a much-read story (``post is-popular``). The DOM rules then name the story's short
lines, sub-headings and list items boilerplate, each a penalty that cuts the story in pieces
before the body run is chosen. A class word carried by the boxes that hold half the page's
prose or more is read as the wrapper's, and its verdicts on unlinked blocks are lifted.

Example:
    >>> from newscorpus.blocks import Block
    >>> from newscorpus.clean.rules import verdict
    >>> story = [Block(index=i, text="A long paragraph of the story.", attr_words=("popular",))
    ...          for i in (0, 2)]
    >>> heading = Block(index=1, text="What next", attr_words=("popular",))
    >>> good, named = pardon_page_wrapper([story[0], heading, story[1]], [True, False, True],
    ...                                   {1: verdict(1, "dom-boilerplate", "class popular")})
    >>> named
    {}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..blocks import Block
from .rules import Verdict

__all__ = ["pardon_page_wrapper"]

# A linked line under the wrapper (a "most read" link, a tag) keeps its verdict: link text is
# what the boxes the word usually marks are made of.
_MAX_LINKS = 0.5


def pardon_page_wrapper(
    blocks: Sequence[Block],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
    *,
    reads: Callable[[Block], bool] | None = None,
) -> tuple[list[bool], dict[int, Verdict]]:
    """``good`` and ``verdicts`` (which blocks read as prose, which a rule named) without the
    ``dom-boilerplate`` verdicts of a class word that the boxes holding half the page's prose
    carry, on blocks with few links. A block so freed reads as prose when ``reads`` says so
    (without it, it does not). Run before the body run is
    chosen; the blocks must be HTML blocks.

    Example:
        >>> from newscorpus.blocks import Block
        >>> from newscorpus.clean.rules import verdict
        >>> menu = Block(index=1, text="Most read", attr_words=("popular",))
        >>> prose = Block(index=0, text="The story, in a box of its own.", attr_words=("text",))
        >>> good, kept = pardon_page_wrapper([prose, menu], [True, False],
        ...                                  {1: verdict(1, "dom-boilerplate", "class popular")})
        >>> good, [v.rule for v in kept.values()]
        ([True, False], ['dom-boilerplate'])
    """
    counts: dict[str, int] = {}
    total = 0
    for block, prose in zip(blocks, good, strict=True):
        if prose:
            total += len(block.text)
            for word in block.attr_words:
                counts[word] = counts.get(word, 0) + len(block.text)
    wrapper = {f"class {word}" for word, chars in counts.items() if chars * 2 >= total > 0}
    lifted = [
        index
        for index, given in verdicts.items()
        if given.rule == "dom-boilerplate"
        and given.detail in wrapper
        and blocks[index].link_density < _MAX_LINKS
    ]
    if not lifted:
        return list(good), dict(verdicts)
    now_good = list(good)
    if reads is not None:
        for index in lifted:
            now_good[index] = reads(blocks[index])
    freed = set(lifted)
    return now_good, {i: v for i, v in verdicts.items() if i not in freed}
