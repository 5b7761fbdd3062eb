"""What the page itself says its article is, as evidence for the body run.

Many pages state their story twice: once for readers, and once for machines, as the
``articleBody`` of their schema.org JSON-LD or as the element they mark
``itemprop="articleBody"``. A statement is not taken as the body (it may be a summary, cut at a
paywall, or hold more than the page shows); it marks the blocks it vouches for, and the decision
reads those as the article's own (:func:`~newscorpus.clean.classify.classify`).

Some pages state the parts of their article line by line instead: a recipe its ingredients
and steps (in JSON-LD, or marking each ingredient's element ``itemprop="recipeIngredient"``).
Such a statement vouches for the short lines that do not read as prose too
(:meth:`ArticleStatement.told`), and the body run is carried over them
(:func:`~newscorpus.clean.passes.stated.stated_reach`). A story's ``articleBody`` does not: it
may hold a standfirst or the tags under the story, which conventions keep out of the body.

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
class _Text:
    """A stated text: its case-folded words, joined by single spaces with a space at each
    end, and its shingles of four words."""

    words: str = ""
    shingles: frozenset[tuple[str, ...]] = attrs.field(default=frozenset(), eq=False)

    @classmethod
    def of(cls, text: str | None) -> _Text:
        tokens = _tokens(html.unescape(_TAG.sub(" ", text[:_MOST_CHARS]))) if text else []
        if len(tokens) < _LEAST_WORDS:
            return _NO_TEXT
        shingles = frozenset(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))
        return cls(words=f" {' '.join(tokens)} ", shingles=shingles)

    def vouches(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE + 2:
            return f" {' '.join(tokens)} " in self.words
        grams = list(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))
        found = sum(1 for gram in grams if gram in self.shingles)
        return found >= _SHARE * len(grams)


_NO_TEXT = _Text()


@attrs.frozen(kw_only=True)
class ArticleStatement:
    """The page's own statement of its article: the words of its ``articleBody`` text, the
    elements (by the serial numbers of :attr:`~newscorpus.blocks.Block.ancestors`) it marks as
    the article body, and the parts it states line by line (a recipe's text, the elements it
    marks as an ingredient or the steps).

    Attributes:
        words: the ``articleBody`` text as case-folded words, joined by single spaces, with a
            space at each end ("" when the page states no text).
        elements: serial numbers of the elements marked ``itemprop="articleBody"``.
        parts: serial numbers of the elements marked as one part of the article (see
            :attr:`~newscorpus.htmlblocks.HtmlPage.part_elements`).
        part_words: the text of the parts the page states (a recipe's ingredients and steps),
            as :attr:`words` holds the story's.

    Example:
        >>> ArticleStatement.of(text="Short.").words
        ''
    """

    _story: _Text = attrs.field(default=_NO_TEXT, alias="story", repr=False)
    elements: frozenset[int] = frozenset()
    parts: frozenset[int] = frozenset()
    _parts_text: _Text = attrs.field(default=_NO_TEXT, alias="parts_text", repr=False)

    @classmethod
    def of(
        cls,
        *,
        text: str | None = None,
        elements: frozenset[int] = frozenset(),
        parts: frozenset[int] = frozenset(),
        part_text: str | None = None,
    ) -> ArticleStatement:
        """The statement of an ``articleBody`` text (HTML tags and entities allowed, as pages
        write it; a text under 40 words is left out as no evidence of a body), of the elements
        marked as the article, of those marked as a part of it, and of the parts' text (a
        recipe's, left out under 40 words likewise).

        Example:
            >>> said = ArticleStatement.of(text="The &amp; ferry " * 20, elements=frozenset({7}))
            >>> said.words[:16], said.elements
            (' the ferry the f', frozenset({7}))
        """
        return cls(
            story=_Text.of(text), elements=elements, parts=parts, parts_text=_Text.of(part_text)
        )

    @property
    def words(self) -> str:
        """The ``articleBody`` text's words ("" when the page states none)."""
        return self._story.words

    @property
    def part_words(self) -> str:
        """The stated parts' words ("" when the page states none)."""
        return self._parts_text.words

    @property
    def empty(self) -> bool:
        """Whether the page states nothing."""
        return not (self.words or self.elements or self.parts or self.part_words)

    @property
    def tells_parts(self) -> bool:
        """Whether the page states parts of its article line by line (see :meth:`told`)."""
        return bool(self.parts or self.part_words)

    def marks(
        self, blocks: Sequence[Block], told: Sequence[bool] | None = None
    ) -> tuple[bool, ...]:
        """For each block, whether the statement vouches for it: it lies inside a marked
        element, or its words are in the statement's text, or :meth:`told` says so.

        Args:
            blocks: the page's blocks.
            told: :meth:`told`'s answer for ``blocks`` when the caller has it already (it is
                computed here otherwise).

        Example:
            >>> said = ArticleStatement.of(elements=frozenset({3}))
            >>> said.marks([Block(index=0, text="Rain.", ancestors=(1, 3, 4)),
            ...             Block(index=1, text="Menu", ancestors=(1, 2))])
            (True, False)
        """
        elements, story = self.elements, self._story
        if told is None:
            told = self.told(blocks)
        return tuple(
            [
                said
                or bool(elements and not elements.isdisjoint(b.ancestors))
                or bool(story.words and story.vouches(b.text))
                for b, said in zip(blocks, told, strict=True)
            ]
        )

    def told(self, blocks: Sequence[Block]) -> tuple[bool, ...]:
        """For each block, whether the parts the page states line by line vouch for it: it lies
        inside an element marked as a part, or its words are in the parts' text.

        Example:
            >>> said = ArticleStatement.of(part_text="200 g flour. Whisk the eggs well. " * 8,
            ...                            parts=frozenset({5}))
            >>> said.told([Block(index=0, text="200 g flour"), Block(index=1, text="Share"),
            ...            Block(index=2, text="3 eggs", ancestors=(1, 5))])
            (True, False, True)
        """
        parts, text = self.parts, self._parts_text
        if not parts and not text.words:
            return (False,) * len(blocks)
        return tuple(
            [
                bool(parts and not parts.isdisjoint(b.ancestors))
                or bool(text.words and text.vouches(b.text))
                for b in blocks
            ]
        )


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
