"""What the page itself says its article is, as evidence for the body run.

Many pages state their story twice: once for readers, and once for machines, as the
``articleBody`` of their schema.org JSON-LD or as the element they mark
``itemprop="articleBody"``. A statement is not taken as the body (it may be a summary, cut at a
paywall, or hold more than the page shows); it marks the blocks it vouches for, and the decision
reads those as the article's own (:func:`~newscorpus.clean.classify.classify`).

Example:
    >>> from newscorpus.blocks import Block
    >>> said = ArticleStatement.of(text="<p>Ngabona amanxeba amathathu.</p>" * 15)
    >>> said.marks([Block(index=0, text="Ngabona amanxeba amathathu."), Block(index=1, text="Share")])
    (True, False)
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import attrs

from ..blocks import Block

__all__ = ["ArticleStatement"]

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SHINGLE = 4
# A block of this many shingles or more is vouched for when at least this share of them is
# in the statement (a paragraph printed with a word more or less still counts); a shorter one
# must be found whole, between word boundaries.
_SHARE = 0.6
# A statement shorter than this (in words) is a teaser or a summary, no evidence of a body.
_LEAST_WORDS = 40
_MOST_CHARS = 1_000_000  # a larger statement is read up to here


@attrs.frozen(kw_only=True)
class ArticleStatement:
    """The page's own statement of its article: the words of its ``articleBody`` text and the
    elements (by the serial numbers of :attr:`~newscorpus.blocks.Block.ancestors`) it marks as
    the article body.

    Attributes:
        words: the statement's text as case-folded words, joined by single spaces, with a
            space at each end ("" when the page states no text).
        elements: serial numbers of the elements marked ``itemprop="articleBody"``.

    Example:
        >>> ArticleStatement.of(text="Short.").words
        ''
    """

    words: str = ""
    elements: frozenset[int] = frozenset()
    _shingles: frozenset[tuple[str, ...]] = attrs.field(
        default=frozenset(), alias="shingles", repr=False, eq=False
    )

    @classmethod
    def of(
        cls, *, text: str | None = None, elements: frozenset[int] = frozenset()
    ) -> ArticleStatement:
        """The statement of an ``articleBody`` text (HTML tags and entities allowed, as pages
        write it; a text under 40 words is left out as no evidence of a body) and of the
        marked elements.

        Example:
            >>> said = ArticleStatement.of(text="The &amp; ferry " * 20, elements=frozenset({7}))
            >>> said.words[:16], said.elements
            (' the ferry the f', frozenset({7}))
        """
        tokens = _tokens(html.unescape(_TAG.sub(" ", text[:_MOST_CHARS]))) if text else []
        if len(tokens) < _LEAST_WORDS:
            return cls(elements=elements)
        shingles = frozenset(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))
        return cls(words=f" {' '.join(tokens)} ", elements=elements, shingles=shingles)

    @property
    def empty(self) -> bool:
        """Whether the page states nothing."""
        return not self.words and not self.elements

    def marks(self, blocks: Sequence[Block]) -> tuple[bool, ...]:
        """For each block, whether the statement vouches for it: it lies inside a marked
        element, or its words are in the statement's text.

        Example:
            >>> said = ArticleStatement.of(elements=frozenset({3}))
            >>> said.marks([Block(index=0, text="Rain.", ancestors=(1, 3, 4)),
            ...             Block(index=1, text="Menu", ancestors=(1, 2))])
            (True, False)
        """
        elements, words = self.elements, self.words
        return tuple(
            [
                bool(elements and not elements.isdisjoint(b.ancestors))
                or bool(words and self._vouches(b.text))
                for b in blocks
            ]
        )

    def _vouches(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE + 2:
            return f" {' '.join(tokens)} " in self.words
        grams = list(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))
        found = sum(1 for gram in grams if gram in self._shingles)
        return found >= _SHARE * len(grams)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
