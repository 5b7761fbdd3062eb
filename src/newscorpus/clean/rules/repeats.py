"""Blocks repeated within one page: appeals, footers and menus printed twice.

A body paragraph is printed once; a donation appeal, a footer or a "subscribe" box is often printed
two or three times. Every copy of a repeated block is boilerplate, with one exception: when the
repeated blocks would carry away most of the page's prose, the page itself was saved twice (a
print view glued to the article), and only the later copies go.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean.page import Page
    >>> text = "Support us today.\\n\\nThe story goes on here.\\n\\nSupport us today."
    >>> [(v.block, v.rule) for v in repeated_blocks(Page.of(text_to_blocks(text)))]
    [(0, 'repeated-block'), (2, 'repeated-block')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import compress, count

from ... import rule_names as names
from ..page import Page, Verdict, is_sentence_like, shared_verdict
from ..thresholds import THRESHOLDS

__all__ = ["repeated_blocks"]

_MIN_CHARS = 2  # "|" or "-" alone are caught by shape rules


def repeated_blocks(page: Page) -> Iterable[Verdict]:
    """Yield a verdict for each copy of a block whose text (spacing aside) occurs more than once.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean.page import Page
        >>> [v.detail for v in repeated_blocks(Page.of(text_to_blocks("Donate\\n\\nDonate")))]
        ['2 copies', '2 copies']
    """
    # Exact text (spacing aside): a standfirst echoed by the body's first sentence differs
    # in a quote mark or a full stop and is not a repeat.
    blocks = page.blocks
    keys = [_spacing_aside(text) for text in page.texts]
    counts = Counter(keys)  # counted in C; only the repeated keys are placed below
    twice = {key for key, n in counts.items() if n > 1 and len(key) >= _MIN_CHARS}
    if not twice:
        return
    repeated: dict[str, list[int]] = {}
    for position in compress(count(), map(twice.__contains__, keys)):
        repeated.setdefault(keys[position], []).append(blocks[position].index)
    # Each block judged once; b.words >= len(b.text.split()), so a block under 10 words is no
    # prose and needs no split.
    # A key holds the block's words joined by single spaces: nine spaces are ten words.
    prose = {
        b.index: len(b.text)
        for key, b in zip(keys, blocks, strict=True)
        if b.words >= 10 and key.count(" ") >= _PROSE_WORDS - 1 and is_sentence_like(b.text)
    }
    prose_total = sum(prose.values())
    prose_repeated = sum(prose.get(i, 0) for idx in repeated.values() for i in idx)
    keep_first = prose_total > 0 and prose_repeated > THRESHOLDS.repeated_prose * prose_total
    for indexes in repeated.values():
        detail = f"{len(indexes)} copies"  # one text for all copies, not one per copy
        for index in indexes[1:] if keep_first else indexes:
            yield shared_verdict(index, names.REPEATED_BLOCK, detail)


_PROSE_WORDS = 10


def _spacing_aside(text: str) -> str:
    """``" ".join(text.split())``, without splitting the text that needs nothing: a printable
    text holds no whitespace but the ASCII space (every other kind is a control or separator
    character), so without a double space or a space at an end it is its own key."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
