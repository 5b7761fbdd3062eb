"""Where an element of an HTML page sits, for the byline readers: in the article (tier 0), in an
author box (tier 1), or among comments, lists of other posts, sidebars, navigation and the site's
footer (None), read from the tags and the class and id words of the element's ancestors.

Shared by :mod:`~newscorpus.meta.authors.elements`,
:mod:`~newscorpus.meta.authors.unmarked` and :mod:`~newscorpus.meta.authors.nearby`.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> root = parse_html('<article><span id="a">Ann Lee</span></article>'
    ...                   '<div class="comments"><span id="b">Tom</span></div>').root
    >>> region_tier(root.get_element_by_id("a")), region_tier(root.get_element_by_id("b"))
    (0, None)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple

__all__ = [
    "BREAK_TAGS",
    "SKIP_TAGS",
    "attr_text",
    "in_article",
    "region_tier",
    "remembered_regions",
]

# Words of an ancestor's class or id that mark a region whose bylines belong to other posts or
# to readers (whole words of a class token split at "-" and "_", so "has-sidebar" on <body>
# counts but "canvas" does not contain "nav").
_OTHER_REGION = frozenset(
    {
        "comment",
        "comments",
        "kommentare",
        "related",
        "ralated",
        "recommended",
        "popular",
        "respond",
        "nav",
        "menu",
        "carousel",
        "slider",
    }
)


_BOX_WORDS = frozenset({"authorbox", "saboxplugin", "about", "bio", "biography", "profile"})


_POST_WORDS = frozenset({"post", "entry", "hentry", "article", "blogpost"})
# Words of the element holding the page's own post; "post" alone is not one of them, since a
# sidebar's list of recent posts marks each item "post" too.
_THE_POST = frozenset({"hentry", "article", "blogpost"})


BREAK_TAGS = frozenset({"br", "p", "div", "li", "ul", "hr", "table", "tr", "section"}) | {
    f"h{n}" for n in range(1, 7)
}


_OTHER_TAGS = frozenset({"aside", "nav", "form"})


SKIP_TAGS = frozenset({"input", "img", "link", "meta", "script", "style", "button", "textarea"})


def in_article(element: Any) -> bool:
    """In the article: neither the element nor any around it is a comment, list or sidebar.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<article><p id="m">x</p></article>'
        ...                   '<div class="sidebar"><p id="s">y</p></div>').root
        >>> in_article(root.get_element_by_id("m")), in_article(root.get_element_by_id("s"))
        (True, False)
    """
    words = {w for token in attr_text(element).split() for w in re.split(r"[-_]+", token) if w}
    return (
        not words & _OTHER_REGION and element.tag not in _OTHER_TAGS and region_tier(element) == 0
    )


def region_tier(element: Any) -> int | None:
    """0 inside the article, 1 inside an author box, None in comments, lists of other posts,
    sidebars, navigation and the site's footer (a footer inside the post is the post's own).

    Inside :func:`remembered_regions` what was read of each ancestor is kept, so that the tiers
    of every element of a page cost time in proportion to the page, however deep it nests.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<div class="author-box"><p id="a">Ann Lee</p></div>').root
        >>> region_tier(root.get_element_by_id("a"))
        1
    """
    memo = _MEMO.get()
    region = _upward(element.getparent(), {} if memo is None else memo)
    if region.excluded or region.footer:
        return None
    return 1 if region.box else 0


@contextmanager
def remembered_regions() -> Iterator[None]:
    """Within this block :func:`region_tier` remembers each ancestor it has read (for one page
    whose tree does not change meanwhile): thousands of nested byline-shaped elements cost
    linear time, not quadratic.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<article>' + '<div class="byline">' * 3 + 'Ann</article>').root
        >>> with remembered_regions():
        ...     [region_tier(el) for el in root.iter("div")]
        [0, 0, 0]
    """
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


class _Region(NamedTuple):
    """What the ancestors from one element up to ``<body>`` say: a region of other posts or of
    readers (``excluded``), an author box, and whether the site's footer holds it (None when no
    ancestor is a footer or a post)."""

    excluded: bool
    box: bool
    footer: bool | None


class _Marks(NamedTuple):
    """What one ancestor's own tag and class and id words say."""

    other: bool
    side: bool
    the_post: bool
    box: bool
    footer: bool | None


_TOP = _Region(excluded=False, box=False, footer=None)
# (ancestor, whether the post was entered below it) -> the region from it up; one page at a time.
_MEMO: ContextVar[dict[tuple[Any, bool], _Region] | None] = ContextVar(
    "newscorpus_region_memo", default=None
)


def _marks(parent: Any) -> _Marks:
    tokens = attr_text(parent).split()
    words = {w for token in tokens for w in re.split(r"[-_]+", token) if w}
    box = bool(words & _BOX_WORDS) or {"author", "box"} <= words or {"author", "info"} <= words
    footer: bool | None = None
    if parent.tag == "footer" or "footer" in words:
        # an author box styled as the post's footer ("author-bio footer") is the post's own
        footer = not (words & _POST_WORDS or ("author" in words and box))
    elif words & _POST_WORDS or parent.tag == "article":
        footer = False
    return _Marks(
        other=parent.tag in _OTHER_TAGS or bool(words & _OTHER_REGION) or _comment_word(words),
        # A "sidebar" around the post is the theme's layout wrapper: a sidebar holds no post.
        side=_side_region(tokens, words),
        the_post=bool(words & _THE_POST) or parent.tag == "article",
        box=box,
        footer=footer,
    )


def _upward(parent: Any, memo: dict[tuple[Any, bool], _Region]) -> _Region:
    """The region from ``parent`` up to ``<body>``, read bottom-up as far as the first ancestor
    already in ``memo`` (whether the post was entered below decides whether a sidebar counts)."""
    chain: list[tuple[tuple[Any, bool], _Marks]] = []
    in_post = False
    above = _TOP
    while parent is not None and parent.tag not in ("body", "html"):
        key = (parent, in_post)
        if key in memo:
            above = memo[key]
            break
        marks = _marks(parent)
        chain.append((key, marks))
        in_post = in_post or marks.the_post
        parent = parent.getparent()
    # The highest footer or post ancestor decides the footer, as the last one met going up.
    for key, marks in reversed(chain):
        above = _Region(
            excluded=marks.other or (not key[1] and marks.side) or above.excluded,
            box=marks.box or above.box,
            footer=marks.footer if above.footer is None else above.footer,
        )
        memo[key] = above
    return above


def _comment_word(words: set[str]) -> bool:
    """A class word glued onto "comment" ("commentlinks", "commentbody", "kommentarebereich"):
    the comments, but not "commentary", an opinion piece."""
    return any(
        (w.startswith("comment") and not w.startswith("commentar")) or w.startswith("kommentare")
        for w in words
    )


def _side_region(tokens: list[str], words: set[str]) -> bool:
    """A sidebar or widget, by a class that starts with the word ("sidebar-left", "widget_text");
    not a layout wrapper that mentions one ("content-sidebar-wrap") nor a blog platform's main
    widget ("widget Blog")."""
    if words & (_POST_WORDS | {"blog", "main", "content"}):
        return False
    return any(re.match(r"(?:sidebar|widget)(?:$|[-_\d])", token) for token in tokens)


# A post's taxonomy classes ("category-kommentare", "tag-slider"): the editors' words for the
# post's topics, not the kind of region the element is.
_TAXONOMY = re.compile(r"\b(?:category|tag|post_tag)-\S*")


def attr_text(element: Any) -> str:
    """An element's class and id words, lower-cased, without the taxonomy classes a CMS adds.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> attr_text(parse_html('<p class="Post-Meta" id="m">x</p>').root.get_element_by_id("m"))
        'post-meta m'
    """
    text = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _TAXONOMY.sub("", text) if "-" in text else text
