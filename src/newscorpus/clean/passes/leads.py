"""The lead paragraphs of an HTML article that open the body run outside the story's box.

Many pages put the first paragraph (the lead, an intro) in a box of its own above the story, so
the element that holds most of the prose (:func:`~newscorpus.clean.rules.dom.main_container`) leaves
it out. When the body run itself starts with such paragraphs, the run has already judged them
part of the article by their text and their place; only the container said no. A block that
opens the run before its first block inside the container is kept when it reads as a lead: a
sentence or more, few links, no list item, no byline box.

Two lead paragraphs or more right above the run, nothing named between them and it, open the
story too (a live blog's summary above its entries, a story split between two sibling boxes):
the run is widened up to them. A short line among them that the page's own statement of its
article vouches for (its JSON-LD ``articleBody``) does not end the walk.

Text above the run (a standfirst between the headline and the run) is not taken by default:
conventions differ on whether a standfirst is body text, and the run did not choose it.
:func:`standfirst_paragraphs` finds it for callers who want it
(``CleanOptions(keep_standfirst=True)``).

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

from ...blocks import Block
from ..page import Verdict, is_sentence_like
from ..thresholds import THRESHOLDS

__all__ = ["lead_paragraphs", "standfirst_paragraphs", "with_leads"]

# A lead is a sentence or a few, not a label or a link.
_LEAD_WORDS = 10
_BYLINE_WORDS = frozenset({"byline", "author"})
# A standfirst is a sentence or two; more unnamed prose above the run is something else.
_STANDFIRST_BLOCKS = 2


def _lead(block: Block) -> bool:
    return (
        block.words >= _LEAD_WORDS
        and block.link_density < THRESHOLDS.prose_links
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


def standfirst_paragraphs(
    blocks: Sequence[Block],
    span: tuple[int, int],
    verdicts: Mapping[int, Verdict],
) -> set[int]:
    """The standfirst: lead-like blocks between the headline (``<h1>``) and the body run.

    Walking up from the run, blocks a rule named and short lines (a byline, a date, a share
    bar) are passed over and stay out; the walk stops at the headline, at a longer block that
    does not read as a lead (a list item, a linked teaser, an author box), or after two lead
    blocks. A page with no ``<h1>`` above the run has no
    standfirst to find.

    Args:
        blocks: the page's blocks (HTML: with tags).
        span: the body run (first and last block index).
        verdicts: the blocks rules have named; a named block is never a standfirst.

    Returns:
        The indices of the standfirst's blocks (empty when there is none).

    Example:
        >>> from newscorpus.blocks import Block
        >>> page = [Block(index=0, text="Bridge reopens", tag="h1", ancestors=(1,)),
        ...         Block(index=1, text="After two years of repairs, cars are back on the old "
        ...               "crossing.", tag="p", ancestors=(1, 2)),
        ...         Block(index=2, text="The bridge opened on Monday morning to a queue of "
        ...               "cars and a brass band.", tag="p", ancestors=(1, 3))]
        >>> sorted(standfirst_paragraphs(page, (2, 2), {}))
        [1]
    """
    if not 0 <= span[0] <= span[1] < len(blocks):
        return set()
    headline = next((i for i in range(span[0] - 1, -1, -1) if blocks[i].tag == "h1"), None)
    if headline is None:
        return set()
    found: set[int] = set()
    for i in range(span[0] - 1, headline, -1):
        if i in verdicts or blocks[i].words < _LEAD_WORDS:
            continue  # a byline, a date, a label: left out, but no reason to stop
        if not _lead(blocks[i]) or len(found) == _STANDFIRST_BLOCKS:
            break
        found.add(i)
    return found


# Paragraphs right above the run, none named between: from this many on they are the story's
# opening (a live blog's summary above its entries), not a standfirst of a sentence or two.
_ABOVE_BLOCKS = 2


def _prose_above(
    blocks: Sequence[Block],
    span: tuple[int, int],
    verdicts: Mapping[int, Verdict],
    stated: Sequence[bool] = (),
) -> set[int]:
    """Lead paragraphs that stand right above the run, nothing named between them and it, when
    there are at least :data:`_ABOVE_BLOCKS` of them: the run began at the story's container
    and left out the paragraphs that open the story just above it. A line the page's own
    statement of its article vouches for (``stated``) does not end the walk ("Follow the
    latest below", a linked sentence): it is taken with the leads around it."""
    found: set[int] = set()
    vouched: set[int] = set()
    i = span[0] - 1
    while i >= 0 and i not in verdicts:
        if _lead(blocks[i]):
            found.add(i)
        elif i < len(stated) and stated[i]:
            vouched.add(i)
        else:
            break
        i -= 1
    if len(found) < _ABOVE_BLOCKS:
        return set()
    top = min(found)
    return found | {i for i in vouched if i > top}


def with_leads(
    blocks: Sequence[Block],
    span: tuple[int, int],
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
    *,
    standfirst: bool,
    stated: Sequence[bool] = (),
) -> tuple[tuple[int, int], list[bool | None]]:
    """The run and the places, the run's opening lead paragraphs (:func:`lead_paragraphs`)
    counted inside the container, and the run widened over two lead paragraphs or more right
    above it (passing over the lines among them that ``stated``, for each block, says the
    page's own statement of its article vouches for); with ``standfirst``, the run opened up
    to the standfirst (:func:`standfirst_paragraphs`).

    Example:
        >>> with_leads([], (0, 0), {}, [], standfirst=False)
        ((0, 0), [])
    """
    leads = lead_paragraphs(blocks, span, verdicts, places)
    above = _prose_above(blocks, span, verdicts, stated)
    if above:
        leads |= above
        span = (min(above), span[1])
    if standfirst:
        above = standfirst_paragraphs(blocks, span, verdicts)
        leads |= above
        span = (min(above, default=span[0]), span[1])
    if not leads:
        return span, list(places)
    return span, [True if i in leads else place for i, place in enumerate(places)]
