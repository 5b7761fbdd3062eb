"""The body run carried over the parts of the article the page's own statement vouches for.

A page that states its article for machines (its JSON-LD ``articleBody``, a recipe's
ingredients and steps) says which lines are the article even where they do not read as prose:
a recipe's ingredient lines, a product's feature list, a short line between two paragraphs. The
body run, chosen from the prose, stops short of them. Once it is chosen, the run is widened from
each end over the blocks the statement vouches for, bridging the unvouched lines between them
(a sub-heading, a button, a nutrition box) as long as a few blocks and no firmly named one stand
between. A vouched block's verdict is lifted (the page says it is the article); a short bridge's
soft verdict is lifted too (the sub-heading of the ingredients), while a longer bridge's blocks
stay out.

Example:
    >>> from newscorpus.blocks import Block
    >>> blocks = [Block(index=i, text=t, tag="p", ancestors=(1, 2 + i)) for i, t in
    ...           enumerate(["Menu", "200 g flour", "2 eggs and milk", "Mix it all well, then bake."])]
    >>> span, verdicts, places = stated_reach(blocks, (3, 3), [False, True, True, True], {}, [])
    >>> span
    (1, 3)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict, shared_verdict

__all__ = ["stated_reach"]

# A vouched block this short may be a word the statement uses anywhere ("for", "Ingredients"):
# it is bridged over, never a reason to go on.
_ANCHOR_WORDS = 2
# The most unvouched blocks between two vouched ones that the walk bridges; a bridge of at most
# _TAKEN_GAP blocks is taken into the body (a sub-heading, a label), a longer one stays out.
_MOST_GAP = 12
_TAKEN_GAP = 2
# A bridged block is a line, not a paragraph of something else.
_GAP_WORDS = 8
# Verdicts a bridged block may carry: by shape or markup alone, which the page's statement on
# both sides of it outweighs. Any other ends the walk.
_BRIDGED = frozenset(
    {
        names.NAV_RUN,
        names.URL_LINE,
        names.FIGURE_CAPTION,
        names.IMAGE_CAPTION,
        names.LINK_DENSE,
        names.NO_LETTERS,
        names.DOM_BOILERPLATE,
        names.REPEATED_BLOCK,
    }
)
_SOFT = frozenset({names.NAV_RUN, names.URL_LINE})
_HEADLINE = "h1"


def stated_reach(
    blocks: Sequence[Block],
    span: tuple[int, int],
    stated: Sequence[bool],
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
) -> tuple[tuple[int, int], dict[int, Verdict], list[bool | None]]:
    """The run widened over the vouched blocks beyond each end, with the verdicts and places
    that follow.

    Args:
        blocks: the page's blocks.
        span: the body run (first and last block index).
        stated: for each block, whether the page's statement vouches for it (empty: no statement).
        verdicts: the verdicts so far.
        places: for each block, whether it lies inside the article's container (empty or
            ``None`` entries: no container).

    Returns:
        The new span, the verdicts (vouched blocks and short bridges in the new part freed,
        a long bridge's unnamed blocks named ``outside-body``) and the places (the new part
        counted inside the container).

    Example:
        >>> from newscorpus.blocks import Block
        >>> blocks = [Block(index=0, text="Rain fell all night on the hills.", tag="p"),
        ...           Block(index=1, text="Share", tag="p")]
        >>> stated_reach(blocks, (0, 0), [True, False], {}, [])[0]
        (0, 0)
    """
    if not stated or len(stated) != len(blocks):
        return span, dict(verdicts), list(places)
    first, last = span
    new_verdicts = dict(verdicts)
    new_places = list(places)
    for index in range(first, last + 1):  # inside the run, the page's word outweighs a shape
        verdict = new_verdicts.get(index)
        if (
            verdict is not None
            and verdict.rule in _BRIDGED
            and _anchor(blocks[index], stated[index])
        ):
            del new_verdicts[index]
    top = _walk(blocks, stated, new_verdicts, range(first - 1, -1, -1))
    bottom = _walk(blocks, stated, new_verdicts, range(last + 1, len(blocks)))
    if top is None and bottom is None:
        return span, new_verdicts, new_places
    taken = [*top[1]] if top else []
    taken += [*bottom[1]] if bottom else []
    for index in taken:
        if index < len(new_places) and new_places[index] is False:
            new_places[index] = True
    start = top[0] if top else first
    end = bottom[0] if bottom else last
    return (start, end), new_verdicts, new_places


def _anchor(block: Block, vouched: bool) -> bool:
    return vouched and block.words >= _ANCHOR_WORDS and block.tag != _HEADLINE


def _walk(
    blocks: Sequence[Block],
    stated: Sequence[bool],
    verdicts: dict[int, Verdict],
    order: range,
) -> tuple[int, list[int]] | None:
    """Walk away from the run in ``order``; return the farthest vouched block reached and the
    blocks taken in (``verdicts`` changed in place for them), or None when none is reached."""
    gap: list[int] = []
    reached: int | None = None
    taken: list[int] = []
    for index in order:
        block = blocks[index]
        verdict = verdicts.get(index)
        if _anchor(block, stated[index]):
            _close_gap(gap, verdicts, taken)
            gap = []
            verdicts.pop(index, None)
            taken.append(index)
            reached = index
            continue
        if len(gap) >= _MOST_GAP or block.words > _GAP_WORDS or block.tag == _HEADLINE:
            break
        if verdict is not None and verdict.rule not in _BRIDGED:
            break
        gap.append(index)
    if reached is None:
        return None
    return reached, taken


def _close_gap(gap: list[int], verdicts: dict[int, Verdict], taken: list[int]) -> None:
    """A bridge between two vouched blocks: a short one is taken in (its soft verdicts
    lifted), a long one's unnamed blocks go as ``outside-body``."""
    if len(gap) <= _TAKEN_GAP:
        for index in gap:
            verdict = verdicts.get(index)
            if verdict is None or verdict.rule in _SOFT:
                verdicts.pop(index, None)
                taken.append(index)
        return
    for index in gap:
        if index not in verdicts:
            verdicts[index] = shared_verdict(index, names.OUTSIDE_BODY)
