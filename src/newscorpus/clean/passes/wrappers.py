"""What the article's own markup excuses: lines a rule names by a hint the article's wrapper
gives, or by a shape its markup explains.

Inside the body run (:func:`pardon_wrapper_words`), a class word most of the body's paragraphs
carry names the wrapper and drops nothing; nor do table rows and plain list items (a run of short
lines by shape), linked sentences, quoted embeds, short lower-case lines (a command, a
sentence's rest after ``<br>``: HTML gives alt text no block), or unlinked short lines set
between kept blocks of their own element (a spec sheet's or a recipe's lines) or above a
paragraph of their own element (a sub-heading, a step's label).

Before the run is chosen (:func:`pardon_page_wrapper`): class words are hints. ``popular`` marks
a "most read" box, but a site may also put it on the wrapper of a much-read story (``post
is-popular``). The DOM rules then name the story's short lines, sub-headings and list items
boilerplate, each a penalty that cuts the story in pieces before the body run is chosen. A class
word carried by the boxes that hold half the page's prose or more is read as the wrapper's, and
its verdicts on unlinked blocks are lifted.

Example:
    >>> from newscorpus.blocks import Block
    >>> from newscorpus.clean.page import verdict
    >>> story = [Block(index=i, text="A long paragraph of the story.", attr_words=("popular",))
    ...          for i in (0, 2)]
    >>> heading = Block(index=1, text="What next", attr_words=("popular",))
    >>> good, named = pardon_page_wrapper([story[0], heading, story[1]], [True, False, True],
    ...                                   {1: verdict(1, "dom-boilerplate", "class popular")})
    >>> named
    {}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict, is_sentence_like
from ..thresholds import THRESHOLDS

__all__ = ["pardon_page_wrapper", "pardon_wrapper_words"]

# A sentence of mostly links (THRESHOLDS.linked_prose) is prose from this many words on.
_LINKED_PROSE_WORDS = 12


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
        >>> from newscorpus.clean.page import verdict
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
        if given.rule == names.DOM_BOILERPLATE
        and given.detail in wrapper
        # a linked line under the wrapper (a "most read" link, a tag) keeps its verdict: link
        # text is what the boxes the word usually marks are made of
        and blocks[index].link_density < THRESHOLDS.linked_line
    ]
    if not lifted:
        return list(good), dict(verdicts)
    now_good = list(good)
    if reads is not None:
        for index in lifted:
            now_good[index] = reads(blocks[index])
    freed = set(lifted)
    return now_good, {i: v for i, v in verdicts.items() if i not in freed}


def pardon_wrapper_words(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: dict[int, Verdict],
) -> dict[int, Verdict]:
    """A class word that most of the body's own paragraphs carry ("has-breadcrumb",
    "widget-area" on a wrapper) names the article's wrapper, not a widget: inside the body run
    (``span``) it drops nothing; nor do the shapes the body's markup excuses (a quoted embed, a
    linked sentence, table rows and plain list items, short lower-case lines). ``good`` says which blocks read as prose.

    Example:
        >>> from newscorpus.blocks import Block
        >>> from newscorpus.clean.page import verdict
        >>> story = Block(index=0, text="The ferry ran again on Monday.", attr_words=("wrap",))
        >>> step = Block(index=1, text="pip install harbourtool", tag="pre")
        >>> pardon_wrapper_words([story, step], (0, 1), [True, False],
        ...                      {1: verdict(1, "image-caption", "fragment")})
        {}
    """
    prose = [blocks[i] for i in range(span[0], span[1] + 1) if good[i]]
    if not prose:
        return verdicts
    counts: dict[str, int] = {}
    for block in prose:
        for word in block.attr_words:
            counts[word] = counts.get(word, 0) + 1
    wrapper = {f"class {w}" for w, n in counts.items() if n * 2 >= len(prose)}
    framed = _framed_lines(blocks, span, good, verdicts)
    return {
        i: v
        for i, v in verdicts.items()
        if not (span[0] <= i <= span[1] and (_excused(v, blocks[i], wrapper) or i in framed))
    }


# Verdicts by shape (a run of short lines, a line that reads like a menu entry) that a line of
# the story's own element, unlinked, set among its siblings, does not deserve: a spec sheet's or
# a recipe's lines are short, and the paragraphs around them say whose they are.
_FRAMED_RULES = frozenset({names.NAV_RUN, names.MENU_LINE})
# A kept line of this many words frames the lines after it as a paragraph does.
_FRAME_WORDS = 3
# The tags of a line of the story's text (a sub-heading, a paragraph, a list item) that opens
# a paragraph below it; an ad slot's label between the paragraphs sits in a <div> or <span>.
_TEXT_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})
# A heading holds a word: letters standing on their own (not an entity's or a code's token).
_WORD = re.compile(r"(?:^|\s)[^\W\d_]{2,}(?:$|[\s:,.!?])")


def _framed_lines(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
) -> set[int]:
    """The unlinked lines of the run named by shape alone (:data:`_FRAMED_RULES`) that stand
    between two kept blocks of their own parent element and tag (prose, or a kept line of a
    few words), or, set as text (a paragraph, a list item, a sub-heading), before a paragraph of
    prose of their own parent element: a sub-heading or a step's label opens the story's text
    below it, where a box's label after the story's last paragraph opens nothing of the
    story's."""
    # Per parent element and tag: the first and last kept block (an ad slot's <div> between
    # the story's <p>s is not one of their lines); per parent element: its last paragraph.
    first: dict[tuple[int, str | None], int] = {}
    last: dict[tuple[int, str | None], int] = {}
    last_prose: dict[int, int] = {}
    for i in range(span[0], span[1] + 1):
        block = blocks[i]
        if len(block.ancestors) > 1 and (
            good[i] or (i not in verdicts and block.words >= _FRAME_WORDS)
        ):
            key = (block.ancestors[-2], block.tag)
            first.setdefault(key, i)
            last[key] = i
            if good[i]:
                last_prose[block.ancestors[-2]] = i
    framed: set[int] = set()
    for i, given in verdicts.items():
        if not span[0] <= i <= span[1] or given.rule not in _FRAMED_RULES:
            continue
        block = blocks[i]
        if len(block.ancestors) > 1 and block.link_density < THRESHOLDS.linked_line:
            key = (block.ancestors[-2], block.tag)
            if first.get(key, i) < i < last.get(key, i) or (
                block.tag in _TEXT_TAGS
                and i < last_prose.get(key[0], i)
                and _WORD.search(block.text) is not None
            ):
                framed.add(i)
    return framed


def _excused(verdict: Verdict, block: Block, wrapper: set[str]) -> bool:
    if verdict.rule == names.DOM_BOILERPLATE:
        # An embedded post the story quotes (a tweet in a "social-embed" box) is quoted text.
        quoted = verdict.detail.startswith("class ") and "/blockquote" in block.path
        return verdict.detail in wrapper or quoted
    if verdict.rule == names.LINK_DENSE:
        # A sentence of the story whose words are mostly links (names, sources) is still prose.
        return (
            block.words >= _LINKED_PROSE_WORDS
            and block.link_density <= THRESHOLDS.linked_prose
            and is_sentence_like(block.text)
        )
    if verdict.rule == names.IMAGE_CAPTION and verdict.detail == "fragment":
        return _continuation(block)
    # Table rows and plain list items inside the body are a run of short lines by shape, and
    # data by markup (a table, ingredients, specifications); a linked list is still a menu.
    return (
        verdict.rule == names.NAV_RUN
        and block.tag in ("tr", "li")
        and block.link_density < THRESHOLDS.linked_line
    )


def _continuation(block: Block) -> bool:
    """A short lower-case line inside the body of an HTML page: HTML gives alt text no block,
    so it is a line of the story cut off by markup (a command, a list line, the rest of a
    sentence after ``<br>``, a table row) rather than a stray caption. A one-word line stays
    dropped (a "print" button), and so do a credit ("photo / Agency") and an icon's name
    ("filter_none"); a table row may hold slashes ("3.3 GB/s")."""
    if block.link_density >= THRESHOLDS.linked_line:
        return False
    text = block.text
    if "\t" in text:
        return True
    return block.words >= 2 and "/" not in text and "_" not in text
