"""How big a parsed page is, and whether libxml2 built all of it: the limits that
:func:`~newscorpus.htmlblocks.parse_html` holds a page to.

A page of more elements than ``ExtractOptions.max_elements`` is refused with a clear
:class:`~newscorpus.errors.InputError` (reading costs time in proportion to them); a page nested
deeper than libxml2 builds is read by the tree-less path instead.

Example:
    >>> import lxml.html
    >>> count_nodes(lxml.html.fromstring("<div><p>a</p><p>b</p></div>"))
    3
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .errors import InputError

__all__ = [
    "count_nodes",
    "count_start_tags",
    "most_elements",
    "refuse_over",
    "too_deep",
    "tree_was_cut",
]


def most_elements(html: str) -> int:
    """The most elements the parser can build from ``html``: one per ``<``, one implied
    paragraph per run of text between them, and the implied ``<html>``, ``<head>`` and
    ``<body>``.

    Example:
        >>> most_elements("<p>One</p><p>Two</p>")
        13
    """
    return 2 * html.count("<") + 5


_START_TAG = re.compile(r"<[a-zA-Z]")


def count_start_tags(html: str) -> int:
    """The start tags in ``html``: what a page too deep for a tree is counted by.

    Example:
        >>> count_start_tags("<div><p>One</p></div>")
        2
    """
    return len(_START_TAG.findall(html))


def refuse_over(count: int, limit: int, what: str) -> None:
    """Refuse a page of more than ``limit`` of ``what`` with a clear error naming the option.

    Example:
        >>> refuse_over(3, 5, "elements")  # under the limit: nothing happens
    """
    if count > limit:
        raise InputError(
            f"the page has {count:,} {what}, over the limit of {limit:,}; raise"
            " ExtractOptions(max_elements=...) to read it",
            stage="extract",
        )


def too_deep(parser: lxml_html.HTMLParser) -> bool:
    """Whether libxml2 stopped building the tree at its depth limit (2,048 levels): it keeps
    the text above the limit and drops the rest, so the page takes the flat path.

    Example:
        >>> from newscorpus.htmlblocks import _parser
        >>> parser = _parser()
        >>> _ = lxml_html.document_fromstring("<div>" * 3000 + "x", parser=parser)
        >>> too_deep(parser)
        True
    """
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def tree_was_cut(html: str, root: etree._Element) -> bool:
    """libxml2 stops building the tree at a nesting depth of a few hundred and drops the rest;
    far fewer elements than tags in the source is the sign."""
    tags = html.count("<")
    if tags < 2000:
        return False
    return count_nodes(root) * 10 < tags


# What ``root.iter()`` yields (elements, comments, processing instructions), counted inside
# libxml2: iterating in Python builds a proxy object per node, a third of a second on a page of
# 100,000 paragraphs.
_COUNT_NODES = etree.XPath(
    "count(descendant-or-self::*) + count(descendant::comment())"
    " + count(descendant::processing-instruction())"
)


def count_nodes(root: etree._Element) -> int:
    """The number of nodes ``root.iter()`` yields, counted without building them.

    Example:
        >>> root = lxml_html.fromstring("<div><p>a<!-- note --></p><p>b</p></div>")
        >>> count_nodes(root), sum(1 for _ in root.iter())
        (4, 4)
    """
    return int(_COUNT_NODES(root))
