"""Blocks: the paragraph-level units that cleaning classifies, for text and HTML alike.

A page, whatever its format, becomes a list of :class:`Block` s. Plain text is cut at line breaks
(hard-wrapped lines are joined back); HTML is cut at block-level elements by
:func:`newscorpus.htmlblocks.parse_html`, which also fills the DOM features.

Example:
    >>> blocks = text_to_blocks("Title\\n\\nFirst paragraph of the story.\\nShare this")
    >>> [(b.index, b.line, b.text) for b in blocks]
    [(0, 1, 'Title'), (1, 3, 'First paragraph of the story.'), (2, 4, 'Share this')]
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from itertools import repeat
from typing import Literal

import attrs

__all__ = ["Block", "text_to_blocks"]

_TERMINAL = frozenset('.!?:;"”»)…。！？')


@attrs.frozen(kw_only=True)
class Block:
    """One paragraph-level unit of a page.

    Attributes:
        index: position in the page, from 0.
        text: the text, stripped at both ends (inner spacing kept as printed).
        line: the 1-based line it starts on (text pages), ``None`` for HTML.
        blank_before: whether a blank line (text) or a block boundary with a gap precedes it.
        tag: the HTML element that made it (``"p"``, ``"h1"``, ``"li"`` …), ``None`` for text.
        path: the tag path from the root (``"html/body/article/p"``), empty for text.
        attr_words: lower-case words from the class and id attributes of the element and its
            ancestors (``("article", "body", "share")``).
        link_density: share of the characters that sit inside links (0 for text).
        ancestors: serial numbers of the block-level elements around the block, outermost first
            (HTML only; the same number means the same element, so blocks can be grouped by
            the containers they share).

    Example:
        >>> Block(index=0, text="Hello").words
        1
    """

    index: int
    text: str
    line: int | None = None
    blank_before: bool = True
    tag: str | None = None
    path: str = ""
    attr_words: tuple[str, ...] = ()
    link_density: float = 0.0
    ancestors: tuple[int, ...] = attrs.field(default=(), repr=False)
    words: int = attrs.field(init=False, eq=False, repr=False)
    """Number of words, counted once on construction because every rule reads it."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "words", count_words(self.text))

    @property
    def is_heading(self) -> bool:
        """True for ``h1``–``h6`` elements."""
        return (
            self.tag is not None
            and len(self.tag) == 2
            and self.tag[0] == "h"
            and self.tag[1] in "123456"
        )


_SPACE = re.compile(r"[ \t\u00a0\u200b\ufeff]+")


_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens, or for Chinese, Japanese and Korean text
    (written without spaces) one word per two ideographs or kana, whichever is larger.

    Example:
        >>> count_words("three short words"), count_words("先日、不正に改造したiPhoneを販売した")
        (3, 7)
    """
    spaced = len(text.split())
    if text.isascii():
        return spaced
    cjk = len(_CJK.findall(text, 0, 10_000))
    return max(spaced, cjk // 2)


def _is_wrapped(line: str, following: str) -> bool:
    """A line that a hard wrap cut in two: long, unfinished, and the next starts lower-case."""
    return len(line) >= 50 and line[-1] not in _TERMINAL and following[:1].islower()


def text_to_blocks(
    text: str, *, segmentation: Literal["auto", "lines", "paragraphs"] = "auto"
) -> list[Block]:
    """Cut plain text into blocks.

    Args:
        text: the page as plain text.
        segmentation: ``"lines"``: every non-empty line is a block; ``"paragraphs"``: lines up to
            a blank line form one block; ``"auto"``: lines, but a hard-wrapped line is joined to
            the next (it is long, unfinished, and the next line starts in lower case).

    Returns:
        The blocks in page order; empty lines make none. Runs in time linear in ``len(text)``.

    Example:
        >>> [b.text for b in text_to_blocks("A long line of prose that was wrapped by the editor at\\n"
        ...                                  "this point, and goes on.")]
        ['A long line of prose that was wrapped by the editor at this point, and goes on.']
    """
    texts: list[str] = []
    lines: list[int] = []
    blanks: list[bool] = []
    parts: list[str] = []  # the lines of the block being read, when more than one
    joins = _JOINS.get(segmentation, _is_wrapped)
    blank = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            blank = True
            continue
        if not blank and texts and joins(parts[-1] if parts else texts[-1], line):
            if not parts:
                parts.append(texts[-1])
            parts.append(line)
            continue
        if parts:
            texts[-1] = " ".join(parts)
            parts = []
        texts.append(line)
        lines.append(number)
        blanks.append(blank)
        blank = False
    if parts:
        texts[-1] = " ".join(parts)
    return _text_blocks(texts, lines, blanks)


def _text_blocks(texts: list[str], lines: list[int], blanks: list[bool]) -> list[Block]:
    """``[Block(index=i, text=t, line=n, blank_before=b) ...]`` for the page's lines, built
    through the slots' own setters, one field for all blocks at a time (the loops run in C): a
    text page makes a block per line, and the frozen class's keyword constructor costs more
    than cutting the line. Equal in every field to the constructor's."""
    count = len(texts)
    made = list(map(_new, repeat(Block, count)))
    sink: deque[object] = deque(maxlen=0)
    store = sink.extend  # runs a map() to its end, keeping nothing
    store(map(_SET_INDEX, made, range(count)))
    store(map(_SET_TEXT, made, texts))
    store(map(_SET_LINE, made, lines))
    store(map(_SET_BLANK, made, blanks))
    store(map(_SET_TAG, made, repeat(None, count)))
    store(map(_SET_PATH, made, repeat("", count)))
    store(map(_SET_ATTR_WORDS, made, repeat((), count)))
    store(map(_SET_LINK_DENSITY, made, repeat(0.0, count)))
    store(map(_SET_ANCESTORS, made, repeat((), count)))
    store(map(_SET_WORDS, made, _word_counts(texts)))
    return made


def _word_counts(texts: list[str]) -> list[int]:
    """``[count_words(t) for t in texts]``. When no text holds a character that
    :func:`count_words` counts by itself (one look at the page's UTF-8 bytes, in C), each count
    is the number of whitespace-separated tokens."""
    if _may_hold_cjk("".join(texts)):
        return list(map(count_words, texts))
    return list(map(len, map(str.split, texts)))


def _may_hold_cjk(text: str) -> bool:
    """False when ``text`` surely holds no character of ``_CJK``: in UTF-8 every character
    from U+3000 to U+DFFF (the ranges of ``_CJK`` among them) opens with a byte from E3 to ED,
    a byte that no other character holds (memchr scans, far cheaper than a regex's)."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(map(data.__contains__, _CJK_LEADS))


_CJK_LEADS = tuple(bytes([lead]) for lead in range(0xE3, 0xEE))


_new = object.__new__
(
    _SET_INDEX,
    _SET_TEXT,
    _SET_LINE,
    _SET_BLANK,
    _SET_TAG,
    _SET_PATH,
    _SET_ATTR_WORDS,
    _SET_LINK_DENSITY,
    _SET_ANCESTORS,
    _SET_WORDS,
) = (Block.__dict__[field.name].__set__ for field in attrs.fields(Block))


def markup_block(
    index: int,
    text: str,
    *,
    tag: str | None,
    path: str,
    attr_words: tuple[str, ...],
    link_density: float,
    ancestors: tuple[int, ...],
) -> Block:
    """``Block(index=..., text=..., tag=..., path=..., attr_words=..., link_density=...,
    ancestors=...)`` for a block of an HTML page, built through the slots' own setters: a page
    makes a block per paragraph, and the frozen class's keyword constructor cost a sixth of
    reading a page of many short paragraphs. Equal in every field to the constructor's.

    Example:
        >>> made = markup_block(0, "Rain fell.", tag="p", path="body/p", attr_words=("story",),
        ...                     link_density=0.0, ancestors=(1,))
        >>> made == Block(index=0, text="Rain fell.", tag="p", path="body/p",
        ...               attr_words=("story",), ancestors=(1,))
        True
        >>> made.words
        2
    """
    made = _new(Block)
    _SET_INDEX(made, index)
    _SET_TEXT(made, text)
    _SET_LINE(made, None)
    _SET_BLANK(made, True)
    _SET_TAG(made, tag)
    _SET_PATH(made, path)
    _SET_ATTR_WORDS(made, attr_words)
    _SET_LINK_DENSITY(made, link_density)
    _SET_ANCESTORS(made, ancestors)
    _SET_WORDS(made, count_words(text))
    return made


def _always(previous: str, line: str) -> bool:
    return True


def _never(previous: str, line: str) -> bool:
    return False


# How each segmentation decides whether a line goes on the block above (any other: "auto").
_JOINS = {"paragraphs": _always, "lines": _never}


def normalise_space(text: str) -> str:
    """Fold runs of spaces, tabs and no-break spaces into one space and strip the ends.

    Example:
        >>> normalise_space("  a\\u00a0\\u00a0b\\t c ")
        'a b c'
    """
    return _SPACE.sub(" ", text).strip()


def renumber(blocks: Sequence[Block]) -> list[Block]:
    """The same blocks with ``index`` set to their position (after filtering or merging)."""
    return [b if b.index == i else attrs.evolve(b, index=i) for i, b in enumerate(blocks)]
