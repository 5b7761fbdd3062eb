"""What a byline candidate's names are compared with around them
(:mod:`newscorpus.meta.authors.text.lines` reads the candidates): the page's text casefolded
once (is the name printed elsewhere, in the story's text, after it), the headline's words and
the page address's path.

Example:
    >>> spelled_in(("André Loibl",), around([], None, "https://example.org/andre-loibl/")[1])
    1.0
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

from ....blocks import Block

__all__ = [
    "Around",
    "PageText",
    "around",
    "headline_share",
    "page_text",
    "plain_letters",
    "spelled_in",
]

_LETTERS = re.compile(r"[^\W\d_]+")


PageText = tuple[str, int, int]
"""The page's text casefolded once, and where the body and what follows it start in it."""


def page_text(blocks: Sequence[Block], start: int, end: int) -> PageText:
    """The page's text casefolded, its blocks a line each, with the offsets where the body
    (block ``start``) and what follows it (block ``end + 1``) begin. Folding reads each
    character alone: the page is folded in a few pieces, not block by block (a call per block
    costs more).

    Args:
        blocks: the page's blocks.
        start: the index of the body's first block.
        end: the index of the body's last block.

    Example:
        >>> page_text([Block(index=0, text="Ann LEE"), Block(index=1, text="Body")], 1, 1)
        ('ann lee\\nbody', 8, 13)
    """
    texts = [block.text for block in blocks]
    count = len(texts)
    body, after = min(start, count), min(end + 1, count)
    points = sorted({0, body, after, count})
    pieces: list[str] = []
    offsets = {0: 0}  # a block's index -> where its text starts in the page's
    for low, high in pairwise(points):
        pieces.append("\n".join(texts[low:high]).casefold())
        offsets[high] = offsets[low] + len(pieces[-1]) + 1
    return "\n".join(pieces), offsets[body], offsets[after]


Around = tuple[frozenset[str], str]
"""The headline's words (casefolded) and the address's path in :func:`plain_letters`."""
_URL_PATH = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]*([^?#]*)")


def plain_letters(text: str) -> str:
    """``text`` casefolded, without accents and without anything but ASCII letters and digits:
    the form a name takes in an address ("André Loibl" in ``/andre-loibl/``).

    Args:
        text: any text.

    Example:
        >>> plain_letters("André Loibl"), plain_letters("/2024/andre-loibl/")
        ('andreloibl', '2024andreloibl')
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum() and c.isascii())


def around(blocks: Sequence[Block], headline: int | None, url: str | None) -> Around:
    """What a candidate's names are compared with besides the page's text: the headline's
    words and the page's address's path (its host is the site's name, not a story's).

    Args:
        blocks: the page's blocks.
        headline: the headline block's index, or None.
        url: the page's address, or None (an address without a scheme gives no path).

    Example:
        >>> words, path = around([Block(index=0, text="River Plan")], 0, "https://ann.example/a-b?x=1")
        >>> sorted(words), path
        (['plan', 'river'], 'ab')
    """
    words: frozenset[str] = frozenset()
    if headline is not None and 0 <= headline < len(blocks):
        words = frozenset(_LETTERS.findall(blocks[headline].text.casefold()))
    match = _URL_PATH.match(url.casefold()) if url else None
    return words, plain_letters(match.group(1)) if match else ""


def spelled_in(names: tuple[str, ...], plain: str) -> float:
    """1.0 when a name's last word (three letters or more) is spelled in ``plain`` (an
    address's path in :func:`plain_letters`), else 0.0.

    Args:
        names: the candidate's names.
        plain: the text to look in.

    Example:
        >>> spelled_in(("Maria López",), "2024marialopezwins"), spelled_in(("Li",), "li")
        (1.0, 0.0)
    """
    if not plain:
        return 0.0
    for name in names:
        last = plain_letters(name.split()[-1])
        if len(last) >= 3 and last in plain:
            return 1.0
    return 0.0


def headline_share(names: tuple[str, ...], words: frozenset[str], is_headline: bool) -> float:
    """The share of the names' words that the headline prints (1 for the headline itself).

    Args:
        names: the candidate's names.
        words: the headline's words, casefolded (:func:`around`).
        is_headline: whether the candidate's line is the headline.

    Example:
        >>> headline_share(("Der Strom",), frozenset({"der", "plan"}), False)
        0.5
    """
    if is_headline:
        return 1.0
    tokens = [t for name in names for t in _LETTERS.findall(name.casefold())]
    if not words or not tokens:
        return 0.0
    return sum(t in words for t in tokens) / len(tokens)
