"""Weak date hints of a page's markup: ``data-*`` date attributes and a date opening the
page's description.

Both are last resorts (rank 58 and 62 of :mod:`newscorpus.meta.dates.choose`' table): they
decide only when the page offers nothing better, and never vote against better sources; the
markup reader does not even look for them when the page has a publication date of rank 55 or
better.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html('<body><div class="byline" data-timestamp="1700000000">by Ann</div></body>')
    >>> [(kind, name, date.value.isoformat()) for kind, name, date in attribute_dates(page.root)]
    [('published', 'data-timestamp', '2023-11-14T22:13:20+00:00')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from functools import cache
from typing import Any

from lxml import etree

from ...options import MetaOptions
from ...shapes.dates import ParsedDate
from .bounds import date_as, dates_as
from .choose import DateKind
from .labels import attribute_stem_words, attribute_stems

__all__ = ["attribute_dates", "description_date", "epoch_date"]


# data-* attributes whose name says date or time ("data-date", "data-timestamp", "data-utime",
# "data-published", "data-post-time"), but not the timers, cookies and sort keys of widgets:
# the stems are data/vocab/date_attributes.json's "data_date" and "data_not_date".
@cache
def _date_attributes() -> Any:
    """The same test as :func:`~newscorpus.meta.dates.labels.attribute_stems` ``("data_date")``
    in XPath, so that lxml hands over only the few candidate attributes (the HTML parser
    lowercases attribute names); compiled once a process."""
    stems = attribute_stem_words("data_date")
    return etree.XPath(
        "//@*[starts-with(name(), 'data-') and ({})]".format(
            " or ".join(f"contains(name(), '{word}')" for word in stems)
        )
    )


_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_DESCRIPTIONS = frozenset({"description", "og:description", "twitter:description"})
# What may stand before a date that opens a description: spaces, brackets, a dash or bullet.
_LEADING = " \t\r\n([–—-•·|"
# Brackets closing a description, holding a short note that ends with a date.
_CLOSING = re.compile(r"\(([^()]{6,50})\)\s{0,3}$")


def epoch_date(raw: str, options: MetaOptions | None = None) -> ParsedDate | None:
    """A Unix time in seconds (10 digits) or milliseconds (13 digits), as a UTC date-time.

    Example:
        >>> epoch_date("1700000000000").value.isoformat()
        '2023-11-14T22:13:20+00:00'
        >>> epoch_date("1234") is None, epoch_date("4102444800") is None  # 2100: the future
        (True, True)
    """
    opts = options or MetaOptions()
    text = raw.strip()
    if not _EPOCH.fullmatch(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    value = datetime.fromtimestamp(seconds, timezone.utc).replace(microsecond=0)
    latest = opts.reference_time or datetime.now(timezone.utc)
    if latest.tzinfo is None:
        latest = latest.replace(tzinfo=timezone.utc)
    if value.year < opts.min_year or (not opts.allow_future and value > latest):
        return None
    return ParsedDate(value=value, precision="second", text=text, start=0, end=len(raw))


def _attribute_value(raw: str, opts: MetaOptions) -> ParsedDate | None:
    text = raw.strip()
    if not text or len(text) > 60:
        return None
    if text.isdigit():  # a bare number is a Unix time or nothing ("14" days, "90" seconds)
        return epoch_date(text, opts)
    return date_as(text, opts)


def attribute_dates(
    root: Any,
    options: MetaOptions | None = None,
    *,
    elsewhere: Callable[[Any], bool] = lambda element: False,
) -> Iterator[tuple[DateKind, str, ParsedDate]]:
    """The first publication date and the first modification date that ``data-*`` attributes
    carry (``data-date="2024-03-04"``, ``data-timestamp="1709539200"``), as (kind, attribute
    name, date); attributes of elements ``elsewhere`` rejects (other pages' cards) are skipped.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<p data-cookie-time="1700000000" data-updated="2024-03-05">x</p>')
        >>> [(kind, name) for kind, name, _ in attribute_dates(page.root)]
        [('modified', 'data-updated')]
    """
    opts = options or MetaOptions()
    seen: set[str] = set()
    for value in _date_attributes()(root):
        name = str(value.attrname).lower()
        if not attribute_stems("data_date").search(name) or attribute_stems("data_not_date").search(
            name[5:]
        ):
            continue
        kind: DateKind = (
            "modified" if attribute_stems("modified_data").search(name) else "published"
        )
        if kind in seen:
            continue
        parsed = _attribute_value(str(value), opts)
        if parsed is None or elsewhere(value.getparent()):
            continue
        seen.add(kind)
        yield kind, name, parsed
        if len(seen) == 2:
            return


def description_date(root: Any, options: MetaOptions | None = None) -> ParsedDate | None:
    """A date that opens the page's description (``<meta name="description"
    content="26.01.2022 – …">``): sites that print no date often lead their summary with it.
    A date later in the description is usually the date of the event it announces.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<meta name="description" content="March 4, 2024 — The ferry is back.">')
        >>> description_date(page.root).value.date()
        datetime.date(2024, 3, 4)
        >>> page = parse_html('<meta name="description" content="On March 4, 2024 the fair opens.">')
        >>> description_date(page.root) is None
        True
        >>> page = parse_html('<meta name="description" content="Ferry is back (news of 4.3.2024)">')
        >>> description_date(page.root).value.date()
        datetime.date(2024, 3, 4)
    """
    opts = options or MetaOptions()
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content") or ""
        if key not in _DESCRIPTIONS or not content.strip():
            continue
        found = _opening_date(content, opts) or _closing_date(content, opts)
        if found is not None:
            return found
    return None


def _opening_date(content: str, opts: MetaOptions) -> ParsedDate | None:
    head = content[:80]
    opening = len(head) - len(head.lstrip(_LEADING))
    found = dates_as(head, opts)
    return found[0] if found and found[0].start == opening else None


def _closing_date(content: str, opts: MetaOptions) -> ParsedDate | None:
    """A date in the brackets that close a description ("… (News of 14 March 2020)")."""
    match = _CLOSING.search(content[-80:])
    if match is None:
        return None
    found = dates_as(match.group(1), opts)
    return found[-1] if found and found[-1].end >= len(match.group(1).rstrip(" .")) else None
