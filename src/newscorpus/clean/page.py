"""What a rule sees and what it says: the :class:`Page` and the :class:`Verdict`.

A rule (``newscorpus.clean.rules``) looks at a page's blocks and names boilerplate, one verdict
per block; it never decides what the body is. The decision (:mod:`newscorpus.clean.classify`)
weighs the verdicts with the blocks' text quality. Both read the page's blocks through the
:class:`Page`, which judges each block's prose once for all of them.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = Page.of(text_to_blocks("Share this\\n\\nThe bridge reopened on Monday after two long years of repairs."))
    >>> page.prose, verdict(0, "share-prompt")
    ((False, True), Verdict(block=0, rule='share-prompt', detail=''))
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cached_property, lru_cache
from itertools import compress, count

import attrs

from ..blocks import Block
from ..options import CleanOptions
from .phrases import PHRASE_MAX_WORDS, PhraseBook, fold_each, phrase_book

__all__ = [
    "Page",
    "Verdict",
    "is_sentence_like",
    "reads_as_prose",
    "shared_verdict",
    "verdict",
]

_TERMINAL = ".!?…。！？"
_CLOSERS = "\"'”’»)]*」』）"


@attrs.frozen(kw_only=True)
class Verdict:
    """A rule's claim that a block is boilerplate.

    Example:
        >>> Verdict(block=3, rule="share-prompt", detail="share this")
        Verdict(block=3, rule='share-prompt', detail='share this')
    """

    block: int
    rule: str
    detail: str = ""


def verdict(block: int, rule: str, detail: str = "") -> Verdict:
    """``Verdict(block=block, rule=rule, detail=detail)``, built about four times faster: rules
    name hundreds of blocks per page, and a frozen class's keyword constructor costs more than
    the rest of many a rule's work on a block. Equal in every way to the constructor's result.

    Example:
        >>> verdict(3, "share-prompt", "share this") == Verdict(block=3, rule="share-prompt", detail="share this")
        True
    """
    made = _new(Verdict)
    _set_block(made, block)
    _set_rule(made, rule)
    _set_detail(made, detail)
    return made


_SHARED_BLOCKS = 8192


def shared_verdict(block: int, rule: str, detail: str = "") -> Verdict:
    """:func:`verdict`, remembered: one object for each block, rule and detail (a verdict is
    frozen, so the pages that name the same block so can share it). For the rules that name many
    blocks with few distinct details (a nav run, the copies of a repeat), where a page's
    verdicts recur on the next page: a look-up in C costs a third of building one.

    Only the first 8,192 blocks of a page are remembered, as many as the memory holds: a block
    further down is built anew, where remembering it would cost more than building it (its
    look-up always misses, on a page that long) and push out the verdicts the next pages share.

    Example:
        >>> shared = shared_verdict(3, "nav-run")
        >>> shared == verdict(3, "nav-run"), shared is shared_verdict(3, "nav-run")
        (True, True)
        >>> shared_verdict(10_000, "nav-run") == verdict(10_000, "nav-run")
        True
    """
    if block < _SHARED_BLOCKS:
        return _remembered(block, rule, detail)
    return verdict(block, rule, detail)


_remembered = lru_cache(maxsize=_SHARED_BLOCKS)(verdict)


# The slots' own setters: what the frozen class's __init__ does, without its keyword call.
_new = object.__new__
_set_block = Verdict.__dict__["block"].__set__
_set_rule = Verdict.__dict__["rule"].__set__
_set_detail = Verdict.__dict__["detail"].__set__


@attrs.frozen(kw_only=True)
class Page:
    """What a rule sees: the blocks, the phrase book and the options.

    Example:
        >>> Page.of([]).options.segmentation
        'auto'
    """

    blocks: Sequence[Block]
    book: PhraseBook
    options: CleanOptions
    folded: Sequence[str]
    """Each block's text passed through ``newscorpus.clean.phrases.fold`` ("" for long
    blocks, which no phrase rule reads): folded once, read by every rule."""

    @classmethod
    def of(cls, blocks: Sequence[Block], options: CleanOptions | None = None) -> Page:
        """Build a page with the phrase book the options ask for."""
        opts = options or CleanOptions()
        folded = tuple(fold_each([b.text if b.words <= PHRASE_MAX_WORDS else "" for b in blocks]))
        return cls(blocks=blocks, book=phrase_book(opts.languages), options=opts, folded=folded)

    @cached_property
    def prose(self) -> tuple[bool, ...]:
        """Whether each block reads as prose (:func:`reads_as_prose`): judged once, on first
        use, for the several rules that ask (where the body begins, where a list ends)."""
        least = self.options.min_body_words  # tested here first: most blocks are short
        return tuple([b.words >= least and _reads_as_body(b, self) for b in self.blocks])

    @cached_property
    def plain(self) -> tuple[bool, ...]:
        """Whether each block holds letters and spaces only ("World News", "Sign in"): no
        digit, punctuation mark or symbol. Most lines of a page are plain, and no plain line
        can be a bare URL, a menu line, a date, a photo credit or a sentence: the rules that
        look for those skip it (see :attr:`marked`). Judged once, on first use.

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("World News\\n\\nPage 2\\n\\nSign in.")).plain
            (True, False, False)
        """
        most = _PLAIN_CHARS  # _is_plain, inline: a call per block costs more than its test
        return tuple([len(t) <= most and t.replace(" ", "").isalpha() for t in self.texts])

    @cached_property
    def marked(self) -> tuple[int, ...]:
        """The positions of the blocks that are not :attr:`plain`, in page order.

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("World News\\n\\nPage 2\\n\\nSign in.")).marked
            (1, 2)
        """
        return tuple([i for i, plain in enumerate(self.plain) if not plain])

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """Each block's text, in page order."""
        return tuple([b.text for b in self.blocks])

    def whole_among(self, phrases: Collection[str]) -> list[int]:
        """The positions of the blocks whose :attr:`folded` text is one of ``phrases``, in page
        order (found in C, not by a test per block).

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("Related posts:\\n\\nText.\\n\\nHome")).whole_among({"related posts", "home"})
            [0, 2]
        """
        return list(compress(count(), map(phrases.__contains__, self.folded)))


_PLAIN_CHARS = 500  # a longer text is a paragraph, which holds punctuation: not looked at


def _is_plain(text: str) -> bool:
    """Letters and spaces only, at least one letter (a longer text counts as not plain)."""
    return len(text) <= _PLAIN_CHARS and text.replace(" ", "").isalpha()


def is_sentence_like(text: str) -> bool:
    """Ends like a sentence (terminal punctuation, maybe inside closing quotes or brackets, or
    followed by a short parenthetical such as a photo credit).

    Example:
        >>> is_sentence_like("He left.”"), is_sentence_like("Read also")
        (True, False)
        >>> is_sentence_like("Crowds gathered at dawn.  (Photo: Staff)")
        True
    """
    stripped = text.rstrip()
    last = stripped[-1:]
    if last in _TERMINAL or last not in _CLOSERS:
        return bool(last) and last in _TERMINAL  # the common cases, without the slicing below
    if stripped.endswith(")"):
        opening = stripped.rfind("(", max(0, len(stripped) - 80))
        if opening > 0:
            stripped = stripped[:opening].rstrip()
    stripped = stripped.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def reads_as_prose(block: Block, page: Page) -> bool:
    """Enough words, and ending like a sentence (or long and holding sentence breaks).

    Example:
        >>> page = Page.of([])
        >>> reads_as_prose(Block(index=0, text="The bridge reopened on Monday after two long years of repairs."), page)
        True
    """
    return _reads_as_body(block, page)


def _reads_as_body(block: Block, page: Page) -> bool:
    if block.words < page.options.min_body_words:
        return False
    return is_sentence_like(block.text) or (block.words >= 25 and ". " in block.text)
