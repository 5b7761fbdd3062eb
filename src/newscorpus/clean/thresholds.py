"""The shares that cleaning and the metadata readers cut at, each named once.

Most are link densities (a block's ``link_density``: the share of its
characters inside links: 0 for text pages); the others are shares of the page's body text. One
frozen object in code, not a data file: they are read in the innermost loops, and no file is
read at import time.

Example:
    >>> THRESHOLDS.prose_links < THRESHOLDS.linked_line < THRESHOLDS.link_dense
    True
"""

from __future__ import annotations

import attrs

__all__ = ["THRESHOLDS", "Thresholds"]


@attrs.frozen(kw_only=True)
class Thresholds:
    """Where the link densities and body-text shares are cut.

    Attributes:
        prose_links: a block with more link text than this share is not prose (not the body,
            nor a lead paragraph, nor a plain line of an article made of short lines).
        linked_line: a line with at least this share of link text is a link (a menu entry, a
            card): under a wrapper it keeps its boilerplate verdict, in the body it is no table
            row or list item of the story, after the body it signs nothing.
        link_dense: the ``link-dense`` rule names a short block with more link text than this …
        link_list: … and a block of any length with more than this (a tag cloud, a link list).
        linked_prose: a sentence of the story whose words are mostly links (names, sources) is
            still prose up to this share.
        menu_links: a navigation block with at least this share of link text is a menu entry
            (a date line above a run of them is the menu's, not the article's).
        main_container: a child element holds the article when it holds at least this share
            of the page's body text; below it, their common parent does.
        main_article: the ``<article>`` element holding at least this share of the body run's
            prose is the story alone, the others are other articles.
        repeated_prose: when more than this share of the page's prose is repeated, the first
            copy of each repeat is kept (the page prints its story twice).

    Example:
        >>> Thresholds().link_list
        0.85
    """

    prose_links: float = 0.4
    linked_line: float = 0.5
    link_dense: float = 0.6
    link_list: float = 0.85
    linked_prose: float = 0.8
    menu_links: float = 0.8
    main_container: float = 0.8
    main_article: float = 0.6
    repeated_prose: float = 0.5


THRESHOLDS = Thresholds()
"""The thresholds in use."""
