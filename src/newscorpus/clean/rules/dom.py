"""Rules that read the DOM features of HTML blocks (text blocks have none and pass untouched).

A block inside ``<nav>``, ``<footer>``, ``<aside>`` or a ``<form>``, or under an element whose
class or id names a menu, a share bar, a comment thread or a related-articles box, is boilerplate;
so is a short block that is mostly link text.

Example:
    >>> from newscorpus.blocks import Block
    >>> from newscorpus.clean.page import Page
    >>> blocks = [Block(index=0, text="World", tag="a", path="html/body/nav/ul/li"),
    ...           Block(index=1, text="Story text.", tag="p", path="html/body/article/p")]
    >>> [(v.block, v.rule, v.detail) for v in dom_boilerplate(Page.of(blocks))]
    [(0, 'dom-boilerplate', 'nav')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from ... import rule_names as names
from ...blocks import Block
from ...vocab import words as vocabulary_words
from ..page import Page, Verdict, is_sentence_like, verdict
from ..thresholds import THRESHOLDS

__all__ = [
    "BOILERPLATE_TAGS",
    "dom_boilerplate",
    "element_of",
    "main_container",
]

BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside", "form", "button", "select", "menu"})
"""Elements whose content is never article body."""


# A reader's comment sits in a "content" or "text" box of its own: a comment word near the
# block outweighs any content word.
_THREAD_WORDS = frozenset({"comment", "comments"})
_CAPTION_MAX_WORDS = 80
_CONTENT_CLASS_WORDS = frozenset({"article", "content", "story", "entry", "post", "main"})


def _prose(text: str, words: int) -> bool:
    return words >= 15 and is_sentence_like(text)


def _class_decides(word: str, words: tuple[str, ...], text: str, count: int) -> bool:
    """A class name is a hint, not proof. It drops any short line; it drops prose only when the
    word is a strong one (comments, related, share …) and no content word sits beside it
    (``article-body`` under a ``has-breadcrumb`` wrapper is still the article)."""
    if not _prose(text, count) or word in _THREAD_WORDS:
        return True
    weak = vocabulary_words("class_words", "weak")
    return word not in weak and not _CONTENT_CLASS_WORDS.intersection(words)


def _caption(in_figure: bool, block: Block) -> bool:
    """A picture's caption or credit: under ``<figure>``/``<figcaption>`` (``in_figure``), or
    in a box whose class says caption (a long paragraph there is the text, not a caption)."""
    if in_figure:
        return True
    return "caption" in block.attr_words and block.words <= _CAPTION_MAX_WORDS


def _path_facts(path: str) -> tuple[list[str], str | None, bool]:
    """A block path's tags, its first boilerplate tag and whether it runs through a figure."""
    tags = path.split("/")
    first = next((t for t in tags if t in BOILERPLATE_TAGS), None)
    return tags, first, "figcaption" in tags or "figure" in tags


def dom_boilerplate(page: Page) -> Iterable[Verdict]:
    """Blocks under boilerplate elements or classes, and short link-dense blocks. An element
    that holds nearly all the page's prose (an ASP.NET ``<form>`` around the whole page, a story
    set in an ``<aside>``) wraps the page and names nothing.

    Example:
        >>> from newscorpus.blocks import Block
        >>> from newscorpus.clean.page import Page
        >>> share = Block(index=0, text="Share", tag="div", path="html/body/div", attr_words=("share",))
        >>> [v.detail for v in dom_boilerplate(Page.of([share]))]
        ['class share']
    """
    wrappers = _wrapping_furniture(page)
    boilerplate_words = vocabulary_words("class_words", "boilerplate")
    # A page repeats a few paths over and over (every paragraph of the story shares one): what
    # a path says is read once per path, not once per block.
    paths: dict[str, tuple[list[str], str | None, bool]] = {}
    for block in page.blocks:
        if not block.path:
            continue
        facts = paths.get(block.path)
        if facts is None:
            facts = paths[block.path] = _path_facts(block.path)
        tags, first, in_figure = facts
        tag = _furniture_tag(block, tags, wrappers) if wrappers else first
        if tag is not None:
            yield verdict(block.index, names.DOM_BOILERPLATE, tag)
            continue
        if _caption(in_figure, block):
            yield verdict(block.index, names.FIGURE_CAPTION, block.tag or "")
            continue
        words = block.attr_words  # most blocks have none: no generator for them
        word = next((w for w in words if w in boilerplate_words), None) if words else None
        if word is not None and _class_decides(word, block.attr_words, block.text, block.words):
            yield verdict(block.index, names.DOM_BOILERPLATE, f"class {word}")
        elif block.link_density > THRESHOLDS.link_dense and (
            block.words < 40 or block.link_density > THRESHOLDS.link_list
        ):
            yield verdict(block.index, names.LINK_DENSE, f"{block.link_density:.2f}")


# Share of the page's prose a furniture element (a <form>, <aside>, <nav> …) must hold to be read
# as the page's wrapper: true wrappers hold all or nearly all of it (an ASP.NET page is one
# <form>), a sidebar or a footer with long text beside a short story holds well under.
_WRAPPER_SHARE = 0.85


def _furniture_tag(block: Block, tags: list[str], wrappers: frozenset[int]) -> str | None:
    """The first furniture tag on ``block``'s path (``tags``) whose element is no wrapper."""
    return next((tag for tag, serial in _furniture(block, tags) if serial not in wrappers), None)


def _furniture(block: Block, tags: list[str]) -> Iterator[tuple[str, int | None]]:
    """Each furniture tag on ``block``'s path (``tags``), outermost first, with its element's
    serial number (``None`` when the ancestors do not reach that far)."""
    depth = len(block.ancestors)
    for offset, tag in enumerate(tags):
        if tag in BOILERPLATE_TAGS:
            # The path keeps the innermost tags only; ancestors keep every level.
            back = len(tags) - offset
            yield tag, (block.ancestors[-back] if back <= depth else None)


def _wrapping_furniture(page: Page) -> frozenset[int]:
    """The furniture elements (by serial number) that hold nearly all the page's prose: bad
    markup around the whole page or the whole story, not furniture."""
    held: dict[int, int] = {}
    total = 0
    for block, prose in zip(page.blocks, page.prose, strict=True):
        if not prose:
            continue
        total += len(block.text)
        tags = block.path.split("/")
        if BOILERPLATE_TAGS.isdisjoint(tags):  # most prose sits under no furniture at all
            continue
        for _, serial in _furniture(block, tags):
            if serial is not None:
                held[serial] = held.get(serial, 0) + len(block.text)
    return frozenset(s for s, chars in held.items() if chars >= _WRAPPER_SHARE * total > 0)


_MIN_DEPTH = 2


def main_container(blocks: Sequence[Block], weights: Sequence[float]) -> int | None:
    """The element that holds the article: its serial number in ``Block.ancestors``.

    Each block's weight (its body-text length, 0 for furniture) counts for every element around
    it (not its own). From the root down, the walk enters the child holding the most weight as long as that
    child holds most of the page's weight; where the text splits between siblings (a lead in
    one box, the story in the next) it stops at their common parent.

    Example:
        >>> blocks = [Block(index=0, text="Menu", ancestors=(1, 2, 3)),
        ...           Block(index=1, text="Story.", ancestors=(1, 2, 4, 5)),
        ...           Block(index=2, text="More story.", ancestors=(1, 2, 4, 6))]
        >>> main_container(blocks, [0, 40, 60])
        4
    """
    total: dict[int, float] = defaultdict(float)
    children: dict[int, set[int]] = defaultdict(set)
    for block, weight in zip(blocks, weights, strict=False):
        if weight <= 0 or not block.ancestors:
            continue
        parent = 0
        # A paragraph's own element is no container: the box around it is.
        for serial in block.ancestors[:-1]:
            total[serial] += weight
            children[parent].add(serial)
            parent = serial
    if not total:
        return None
    node, whole, depth = 0, sum(total[c] for c in children[0]), 0
    while children[node]:
        best = max(children[node], key=total.__getitem__)
        if total[best] < THRESHOLDS.main_container * whole:
            break
        node, depth = best, depth + 1
    # <html> or <body> itself: the text is spread over the whole page, no container stands out.
    return node if depth > _MIN_DEPTH else None


def element_of(block: Block, tag: str) -> int | None:
    """The serial number of the innermost ``tag`` element around ``block`` (``None`` if none).

    Example:
        >>> element_of(Block(index=0, text="x", path="html/body/article/p", ancestors=(1, 2, 3, 4)),
        ...            "article")
        3
    """
    tags = block.path.split("/")
    # The path keeps the innermost tags only; ancestors keep every level.
    for offset in range(1, min(len(tags), len(block.ancestors)) + 1):
        if tags[-offset] == tag:
            return block.ancestors[-offset]
    return None
