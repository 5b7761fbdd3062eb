"""Every date a whole page offers, for users who want more than the one extraction chose.

:func:`find_page_dates` runs the same readers as extraction (markup, URL, header, lead, date
lines) and returns all their candidates; :func:`~newscorpus.meta.dates.choose.choose_published`
on that list gives the date extraction reports as ``Article.published``.

Example:
    >>> html = ('<html lang="de"><head><meta property="article:published_time" content="2024-03-04T09:15:00+01:00">'
    ...         '<meta property="article:modified_time" content="2024-03-05T10:00:00+01:00"></head>'
    ...         '<body><h1>Fähre fährt wieder</h1><p>4. März 2024, aktualisiert am 05.03.2024</p>'
    ...         '<p>Die Fähre fährt nach dem Sturm wieder über den Fluss, sagte die Stadt am Montag.</p></body></html>')
    >>> [(c.kind, c.source, c.rule) for c in find_page_dates(html)]  # doctest: +NORMALIZE_WHITESPACE
    [('published', 'html:meta', 'article:published_time'), ('modified', 'html:meta', 'article:modified_time'),
     ('published', 'text:header', 'date-near-headline'), ('modified', 'text:header', 'date-near-headline')]
    >>> choose_published(find_page_dates(html)).date.value.isoformat()
    '2024-03-04T09:15:00+01:00'
"""

from __future__ import annotations

from typing import Literal

import attrs

from ...blocks import text_to_blocks
from ...clean.classify import classify
from ...htmlblocks import parse_html
from ...options import MetaOptions
from ...shapes.day_order import dayfirst_for
from ..header import read_header
from ..markup import read_html_meta
from ..partial import Found
from .choose import DateCandidate, choose_published
from .url import date_from_url

__all__ = ["choose_published", "find_page_dates"]


def find_page_dates(
    page: str,
    *,
    markup: Literal["html", "text"] = "html",
    url: str | None = None,
    options: MetaOptions | None = None,
) -> tuple[DateCandidate, ...]:
    """Every date candidate of a page, each with its kind, provenance and rank.

    Args:
        page: the page, as HTML or as plain text.
        markup: ``"html"`` or ``"text"``.
        url: the page's address (its path may carry a date).
        options: reference time for relative dates, year floor, future dates, day-first reading.

    Returns:
        The candidates in reading order: markup and URL first, then the text's.

    Example:
        >>> [c.rule for c in find_page_dates("Storm hits\\n\\n3 hours ago\\n\\nThe storm hit the coast.",
        ...                                  markup="text")]
        ['relative-unresolved']
    """
    opts = options or MetaOptions()
    parts: list[Found] = []
    if markup == "html":
        parsed = parse_html(page)
        if opts.dayfirst is None and dayfirst_for(parsed.lang) is not None:
            opts = attrs.evolve(opts, dayfirst=dayfirst_for(parsed.lang))
        parts.append(read_html_meta(parsed, url=url, options=opts))
        blocks = parsed.blocks
    else:
        blocks = tuple(text_to_blocks(page))
        from_url = date_from_url(url, opts) if url else None
        if from_url is not None:
            parts.append(Found(values={"date_candidates": (from_url,)}))
    parts.append(read_header(classify(blocks), opts))
    found: list[DateCandidate] = []
    for part in parts:
        found.extend(part.values.get("date_candidates", ()))
    return tuple(found)
