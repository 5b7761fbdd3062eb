"""Repairs of a page's markup that a browser makes and the parser does not: text lxml refuses
(an XML declaration, lone surrogates), an unclosed ``<title>``, and streamed parts.

Streamed rendering: parts of a page its scripts move into place, moved as a browser would.

React's streamed rendering sends a page with a placeholder (``<template id="B:1">``) where a
part of it (often the whole story) goes; the part comes later in the body, in a hidden
``<div id="S:1">``, with an inline script call that moves it into place. A reader that runs no
script sees the story hidden, at the end of the page. :func:`place_streamed` does the move.

Example:
    >>> from lxml import html as lxml_html
    >>> page = '<body><template id="B:0"></template><div hidden id="S:0"><p>Story.</p></div>'
    >>> page += '<script>$RC("B:0","S:0")</script>'
    >>> root = lxml_html.document_fromstring(page)
    >>> place_streamed(root, page)
    >>> [(div.get("id"), div.get("hidden")) for div in root.iter("div")]
    [('S:0', None)]
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["STREAMED_MARK", "close_title", "place_streamed", "repaired"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def repaired(html: str) -> str:
    """``html`` as lxml can read it whole: without an XML encoding declaration (lxml refuses
    str input that carries one; we have text) and with each lone surrogate (no character, and
    the end of libxml2's reading) replaced by U+FFFD.

    Example:
        >>> repaired("<?xml version='1.0' encoding='utf-8'?><p>a\\ud800b</p>")
        '<p>a\ufffdb</p>'
    """
    cleaned = re.sub(r"^\s*<\?xml[^>]{0,200}\?>", "", html, count=1)
    if cleaned.isascii():  # no surrogate: the common case, answered without a scan
        return cleaned
    try:
        cleaned.encode("utf-8")  # in C, several times faster than the search below
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", cleaned)
    return cleaned


_TITLE_OPEN = re.compile(r"<title\b[^>]{0,500}>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title|<[a-z!/]", re.IGNORECASE)


def close_title(html: str) -> str:
    """``html`` with its first ``<title>`` closed before the first tag inside it: a title holds
    text only, and an unclosed one would swallow the page (its markup read as the title's text).

    Example:
        >>> close_title("<title>News<p>Body</p>")
        '<title>News</title><p>Body</p>'
        >>> close_title("<title>a < b</title><p>Body</p>")
        '<title>a < b</title><p>Body</p>'
    """
    opened = _TITLE_OPEN.search(html)
    if opened is None:
        return html
    end = _TITLE_END.search(html, opened.end())
    if end is None or end.group().lower() == "</title":
        return html
    return f"{html[: end.start()]}</title>{html[end.start() :]}"


# Streamed rendering (React's): the page is sent with a placeholder (``<template id="B:1">``) where
# a part of it (often the whole story) goes, and that part comes later in the body, in a hidden
# ``<div id="S:1">``, with an inline script call ``$RC("B:1","S:1")`` (``$RR`` in later versions)
# that moves it into place (``$RS("S:2","P:2")`` names the part first). A reader without scripts sees the part hidden.
STREAMED_MARK = "$R"
"""What a page that streams parts holds: pages without it are not searched."""
_CALL = re.compile(r"\$R([CRS])\(\s*[\"']([\w:.-]{1,40})[\"']\s*,\s*[\"']([\w:.-]{1,40})[\"']")
_MOST_MOVES = 2000  # a real page streams a few dozen parts; bounds the work on a hostile one


def place_streamed(root: etree._Element, html: str) -> None:
    """Move each streamed part the page's scripts name into its placeholder, shown: what a
    browser does once the scripts have run. Parts and placeholders not found are left alone.

    Example:
        >>> from lxml import html as lxml_html
        >>> page = ('<body><template id="B:0"></template><p>End.</p>'
        ...         '<div hidden id="S:0"><p>The story.</p></div><script>$RC("B:0","S:0")</script>')
        >>> root = lxml_html.document_fromstring(page)
        >>> place_streamed(root, page)
        >>> [p.text for p in root.iter("p")]
        ['The story.', 'End.']
    """
    moves = _CALL.findall(html)[:_MOST_MOVES]
    if not moves:
        return
    by_id = {
        element.get("id"): element
        for element in root.iter("template", "div", "span")
        if (element.get("id") or "")[1:2] == ":"
    }
    for kind, first, second in moves:
        target, part = (second, first) if kind == "S" else (first, second)
        placeholder, content = by_id.get(target), by_id.get(part)
        if placeholder is None or content is None or placeholder is content:
            continue
        parent = placeholder.getparent()
        if parent is None or any(a is content for a in placeholder.iterancestors()):
            continue
        _detach(content)
        content.attrib.pop("hidden", None)
        content.tail = placeholder.tail
        parent.replace(placeholder, content)


def _detach(element: etree._Element) -> None:
    """Take ``element`` out of the tree, its tail text left where it was."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
