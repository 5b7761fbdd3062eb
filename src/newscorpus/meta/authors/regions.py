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
from typing import Any

__all__ = ["BREAK_TAGS", "SKIP_TAGS", "attr_text", "in_article", "region_tier"]

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

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<div class="author-box"><p id="a">Ann Lee</p></div>').root
        >>> region_tier(root.get_element_by_id("a"))
        1
    """
    tier = 0
    footer = False
    in_post = False
    parent = element.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        tokens = attr_text(parent).split()
        words = {w for token in tokens for w in re.split(r"[-_]+", token) if w}
        if parent.tag in _OTHER_TAGS or words & _OTHER_REGION or _comment_word(words):
            return None
        # A "sidebar" around the post is the theme's layout wrapper: a sidebar holds no post.
        if not in_post and _side_region(tokens, words):
            return None
        in_post = in_post or bool(words & _THE_POST) or parent.tag == "article"
        box = bool(words & _BOX_WORDS) or {"author", "box"} <= words or {"author", "info"} <= words
        if parent.tag == "footer" or "footer" in words:
            # an author box styled as the post's footer ("author-bio footer") is the post's own
            footer = not (words & _POST_WORDS or ("author" in words and box))
        elif words & _POST_WORDS or parent.tag == "article":
            footer = False
        if box:
            tier = 1
        parent = parent.getparent()
    return None if footer else tier


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
