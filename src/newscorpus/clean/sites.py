"""What a learned boilerplate model compares across pages: block fingerprints and site keys.

A *fingerprint* is a block's text with what varies from page to page folded away: case, spacing,
punctuation, digits, and — in short lines that hold a digit — month and weekday names, so that
``"Tuesday, 12 March 2024"`` and ``"Friday, 3 May 2024"`` are the same nav date line.

A *site key* says which pages share a template: the URL's host (without ``www.``), else the
``source`` the record named, else nothing (the model then groups pages by the template lines they
share; see :func:`group_by_similarity`).

Example:
    >>> fingerprint("Tuesday, 12 March 2024 | 14:05"), fingerprint("Friday, 3 May 2024 | 9:30")
    ('# 0 # 0 0 0', '# 0 # 0 0 0')
    >>> site_key(url="https://www.valley-courier.example/news/1", source="Valley Courier")
    ('host', 'valley-courier.example')
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal
from urllib.parse import urlsplit

from ..vocab import load_json

__all__ = [
    "SiteKind",
    "fingerprint",
    "fingerprints",
    "group_by_similarity",
    "host_of",
    "normalise_source",
    "site_key",
]

SiteKind = Literal["host", "source", "similar"]

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
# Fingerprints longer than this keep a readable head and a hash of the whole: a saved model stays
# small and auditable even when a long "about us" paragraph is part of a template.
_MAX_CHARS = 240
# Month and weekday names are folded in date-like lines only ("Tuesday, 12 March 2024 | 14:05");
# in a paragraph they are words, and checking each of a long block's words would cost time.
_DATE_LINE_TOKENS = 12
# No site prints a block this long on every page; such a block is body (or a whole page saved as
# one block), and reading it would cost more than the rest of the page's cleaning.
_MAX_BLOCK_CHARS = 20_000


@functools.cache
def _date_words() -> frozenset[str]:
    """Month names (shared with the date parser) and weekday names, casefolded."""
    months = load_json("months.json")
    weekdays = load_json("weekdays.json")
    words = {name.casefold() for table in months.values() for name in table}
    words.update(
        w.casefold() for names in weekdays.values() for name in names for w in name.split()
    )
    return frozenset(words)


def fingerprint(text: str) -> str:
    """The block's text with case, spacing, punctuation and digits folded (and month and weekday
    names too, in a short line that holds a digit); ``""`` for a block without a word, and for
    a block of more than 20,000 characters (never a template line).

    Example:
        >>> fingerprint("  Share THIS story! ")
        'share this story'
        >>> fingerprint("Updated 09:41") == fingerprint("Updated 17:02")
        True
        >>> fingerprint("---")
        ''
    """
    if len(text) > _MAX_BLOCK_CHARS:
        return ""
    folded = text.casefold()
    dated = _DIGITS.search(folded) is not None
    if dated:
        folded = _DIGITS.sub("0", folded)
    tokens = _WORD.findall(folded)
    if not tokens:
        return ""
    if dated and len(tokens) <= _DATE_LINE_TOKENS:
        names = _date_words()
        tokens = ["#" if t in names else t for t in tokens]
    joined = " ".join(tokens)
    if len(joined) <= _MAX_CHARS:
        return joined
    digest = hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()
    return f"{joined[:_MAX_CHARS]} ~{digest}"


def normalise_source(source: str) -> str:
    """A publisher's name as a key: casefolded, spacing folded.

    Example:
        >>> normalise_source("  Valley   COURIER ")
        'valley courier'
    """
    return " ".join(source.casefold().split())


def host_of(url: str | None) -> str | None:
    """The URL's host without ``www.``, or ``None`` when there is none.

    Example:
        >>> host_of("https://WWW.Example.org:8080/a?b"), host_of("not a url")
        ('example.org', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # a malformed address ("http://[x") names no site
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_key(*, url: str | None, source: str | None) -> tuple[SiteKind, str] | None:
    """Which site a page belongs to: its URL's host, else its source, else ``None``.

    Example:
        >>> site_key(url=None, source="The Harbour Ledger")
        ('source', 'the harbour ledger')
        >>> site_key(url=None, source=None) is None
        True
    """
    host = host_of(url)
    if host:
        return ("host", host)
    if source and source.strip():
        return ("source", normalise_source(source))
    return None


def group_by_similarity(pages: Sequence[Mapping[str, bool]], *, min_shared: int) -> list[list[int]]:
    """Group pages with no site key by the short lines they share (nav items, footers).

    Pages are taken in order; each joins the group with which it shares the most distinct short
    (non-prose) fingerprints, when that is at least ``min_shared`` and at least half of the page's
    short lines, else starts a new group. The half keeps sites apart that share a few generic
    lines ("Home", "News", "Sport") but not their template. Prose never links pages: two sites
    quoting the same agency paragraph are not one site.

    Args:
        pages: for each page, its fingerprints mapped to whether the block was prose.
        min_shared: distinct short lines a page must share with a group to join it.

    Returns:
        The groups, as lists of page positions, in order of their first page.

    Example:
        >>> nav = {"home": False, "world": False, "sport": False}
        >>> pages = [{**nav, "story one": True}, {"other": False}, {**nav, "story two": True}]
        >>> group_by_similarity(pages, min_shared=3)
        [[0, 2], [1]]
    """
    groups: list[list[int]] = []
    members_of: dict[str, set[int]] = defaultdict(set)  # short line -> groups holding it
    for position, lines in enumerate(pages):
        short = [fp for fp, prose in lines.items() if not prose]
        overlap: Counter[int] = Counter(g for fp in short for g in members_of.get(fp, ()))
        best = _best_group(overlap, max(min_shared, (len(short) + 1) // 2))
        if best is None:
            best = len(groups)
            groups.append([])
        groups[best].append(position)
        for fp in short:
            members_of[fp].add(best)
    return groups


def _best_group(overlap: Counter[int], min_shared: int) -> int | None:
    if not overlap:
        return None
    # Most shared lines first; on a tie, the older group, so the outcome does not depend on hashing.
    group, shared = min(overlap.items(), key=lambda item: (-item[1], item[0]))
    return group if shared >= min_shared else None


def fingerprints(texts: Iterable[str], *, prose_words: int) -> dict[str, bool]:
    """Each distinct fingerprint of ``texts`` mapped to whether any of its blocks is prose
    (more than ``prose_words`` words); empty fingerprints are left out.

    Example:
        >>> fingerprints(["Home", "Home", "A long line of prose here."], prose_words=4)
        {'home': False, 'a long line of prose here': True}
    """
    found: dict[str, bool] = {}
    for text in texts:
        fp = fingerprint(text)
        if fp:
            found[fp] = found.get(fp, False) or len(text.split()) > prose_words
    return found
