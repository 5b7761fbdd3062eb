"""A loaded page before extraction: its text or HTML, where it came from, and what its record said.

Example:
    >>> Document(content="<p>Hi</p>", kind="html").kind
    'html'
    >>> sniff_kind("  <!DOCTYPE html><html>"), sniff_kind("Plain words.")
    ('html', 'text')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

import attrs

from ..article import Origin

__all__ = ["Document", "sniff_kind"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.{0,200}?-->\s*)?<(?:!doctype\s+html|html|head|body|meta|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)


def _hints(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@attrs.frozen(kw_only=True)
class Document:
    """One page as loaded.

    Attributes:
        content: the page's text or HTML.
        kind: ``"text"`` or ``"html"``.
        origin: the file and line or record it came from.
        url: its address, when known.
        hints: metadata its record already carried (title, published, authors, …).
        crawled: when the page was fetched, where the input records it for certain (a WARC
            record's ``WARC-Date``): the reference time for relative dates ("3 hours ago")
            unless the extraction options give one, and kept in the article's ``meta``.

    Example:
        >>> Document(content="x", kind="text", hints={"title": "T"}).hints["title"]
        'T'
    """

    content: str
    kind: Literal["text", "html"]
    origin: Origin | None = None
    url: str | None = None
    hints: Mapping[str, Any] = attrs.field(factory=dict, converter=_hints)
    crawled: datetime | None = None


def sniff_kind(content: str) -> Literal["text", "html"]:
    """``"html"`` when the content starts like an HTML document, else ``"text"``.

    Example:
        >>> sniff_kind("<!-- saved --><html><p>x</p></html>"), sniff_kind("a < b")
        ('html', 'text')
    """
    return "html" if _HTML_START.match(content[:1000]) else "text"
