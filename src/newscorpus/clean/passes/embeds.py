"""Carrying the body run over an embed: in HTML, more of the story's paragraphs after (or
before) a tweet, a stats table or a product box in the same container join the run.

Example:
    >>> from newscorpus.blocks import Block
    >>> story = [Block(index=i, text="The ferry ran again.", path="html/body/article/p")
    ...          for i in (0, 2)]
    >>> embed = Block(index=1, text="@harbour: ferry back!", path="html/body/article/div")
    >>> extend_over_embeds([story[0], embed, story[1]], (0, 0), [True, False, True], {})
    (0, 2)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict

__all__ = ["extend_over_embeds"]

# Where the article surely ends: after one of these, prose belongs to something else.
_BOUNDARIES = frozenset(
    {
        names.RELATED_LIST,
        names.COMMENT_SECTION,
        names.LEGAL_LINE,
        names.COPYRIGHT_LINE,
        names.AUTHOR_BOX,
        names.DONATION_APPEAL,
        names.NEWSLETTER_PROMPT,
        names.REPEATED_BLOCK,
        names.COMMENT_WIDGET,
    }
)


# How far (in blocks) the run is carried over an embed to more of its paragraphs: a video
# player or gallery with its own "Up next" list runs to several dozen blocks.
_MAX_GAP = 60


def extend_over_embeds(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
) -> tuple[int, int]:
    """In HTML, carry the body run over an embedded widget (a tweet, a stats table, a product
    box) to more paragraphs in the same container as the run's own, in both directions, up to a
    block that surely ends the article. Plain text has no containers to go by: unchanged.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> blocks = text_to_blocks("The story.\\n\\nA tweet.\\n\\nMore story.")
        >>> extend_over_embeds(blocks, (0, 0), [True, False, True], {})  # text: unchanged
        (0, 0)
    """
    start, end = span
    paths = {blocks[i].path for i in range(start, end + 1) if good[i] and blocks[i].path}
    if not paths:
        return span
    first = _reach(blocks, start, -1, good, verdicts=verdicts, paths=paths)
    last = _reach(blocks, end, 1, good, verdicts=verdicts, paths=paths)
    return first, last


def _reach(
    blocks: Sequence[Block],
    edge: int,
    step: int,
    good: Sequence[bool],
    *,
    verdicts: Mapping[int, Verdict],
    paths: set[str],
) -> int:
    last = edge
    index = edge + step
    while 0 <= index < len(blocks) and abs(index - last) <= _MAX_GAP:
        verdict = verdicts.get(index)
        # A teaser list the body resumes after ("inline:") is inside the article, no end of it.
        if (
            verdict is not None
            and verdict.rule in _BOUNDARIES
            and not verdict.detail.startswith("inline:")
        ):
            break
        if good[index] and blocks[index].path in paths:
            last = index
        index += step
    return last
