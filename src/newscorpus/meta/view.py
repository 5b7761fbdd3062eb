"""What the metadata sources read of one page: one frozen view, shared by every source.

The view is built twice per page: before cleaning (the blocks, the parsed HTML, the caller's
URL, the record's hints) and once the blocks are classified (then with ``classified``, the
page's URL and the options with the page's reading of numeric dates). Each source sees the
partial results of the sources that ran before it, by name (see
:mod:`newscorpus.meta.sources`).

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.options import MetaOptions
    >>> view = PageView(blocks=text_to_blocks("Bridge reopens"), options=MetaOptions())
    >>> view.html is None, view.classified is None, view.result("markup").values
    (True, True, {})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ..blocks import Block
from ..clean.classify import Classified
from ..htmlblocks import HtmlPage
from ..options import MetaOptions
from .partial import Found

__all__ = ["PageView"]

_NOTHING = Found()


@attrs.frozen(kw_only=True)
class PageView:
    """One page as the metadata sources read it.

    Attributes:
        blocks: the page's blocks, in order.
        options: the metadata options; once the blocks are classified, with the page's
            day-first reading of numeric dates (from its language or its slashed dates).
        url: the page's address: the caller's; once the blocks are classified, else the one
            the markup gives.
        html: the parsed HTML page; ``None`` for a text page.
        hints: metadata a record already carried (a JSONL field …), or ``None``.
        classified: the cleaning's verdicts on the blocks; ``None`` before cleaning.
        results: the partial results of the sources that ran before, by source name.

    Example:
        >>> from newscorpus.options import MetaOptions
        >>> PageView(blocks=(), options=MetaOptions(), url="https://example.org/a").url
        'https://example.org/a'
    """

    blocks: Sequence[Block]
    options: MetaOptions
    url: str | None = None
    html: HtmlPage | None = None
    hints: Mapping[str, Any] | None = None
    classified: Classified | None = None
    results: Mapping[str, Found] = attrs.field(factory=dict)

    def result(self, name: str) -> Found:
        """The partial result of the source ``name``; empty when it did not run (yet).

        Example:
            >>> from newscorpus.options import MetaOptions
            >>> view = PageView(blocks=(), options=MetaOptions(),
            ...                 results={"record": Found(values={"title": "Given"})})
            >>> view.result("record").values, view.result("header").values
            ({'title': 'Given'}, {})
        """
        return self.results.get(name, _NOTHING)
