"""The precedence of date candidates, read from ``data/date_precedence.json``.

A candidate's rank is looked up where it is built, by its source and rule family
(:func:`rank_of`); the choice recognises candidates by source and rule, never by rank number,
and compares ranks only against the named ordinal thresholds (:func:`threshold`). The known
meta tags' kinds and families live in the same file (:func:`meta_tag`).

Example:
    >>> rank_of("url", "url-path"), threshold("weak")
    (55, 40)
    >>> meta_tag("DC.date".lower())
    ('published', 'generic-date-tag')
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import cast

from ...vocab import load_json

__all__ = ["GENERIC_DATE_TAG", "is_generic_date_tag", "meta_tag", "rank_of", "threshold"]

# The family of the generic ``date`` meta tags (``date``, ``DC.date``, ``DCTERMS.date``):
# often the page's last change, so the choice treats them as one voter.
GENERIC_DATE_TAG = "generic-date-tag"


def _table() -> Mapping[str, object]:
    return cast("Mapping[str, object]", load_json("date_precedence.json"))


@cache
def rank_of(source: str, family: str) -> int:
    """The rank of a candidate from ``source`` read by a rule of ``family`` (lower wins).

    Example:
        >>> rank_of("html:json-ld", "datePublished/article"), rank_of("html:json-ld", "datePublished")
        (10, 35)
    """
    ranks = cast("Mapping[str, Mapping[str, int]]", _table()["ranks"])
    return ranks[source][family]


@cache
def threshold(name: str) -> int:
    """The ordinal threshold ``name`` (``"weak"``, ``"voting"``, ``"well_dated"``).

    Example:
        >>> threshold("voting")
        55
    """
    return cast("Mapping[str, int]", _table()["thresholds"])[name]


@cache
def _meta_tags() -> Mapping[str, tuple[str, str]]:
    families = cast("Mapping[str, Mapping[str, list[str]]]", _table()["meta_tags"])
    return {
        name: (kind, family)
        for family, kinds in families.items()
        for kind, names in kinds.items()
        for name in names
    }


def meta_tag(name: str) -> tuple[str, str] | None:
    """The kind and family of a known date meta tag (``name`` lower-cased), or ``None``.

    Example:
        >>> meta_tag("article:modified_time"), meta_tag("keywords")
        (('modified', 'publication-tag'), None)
    """
    return _meta_tags().get(name)


def is_generic_date_tag(source: str, rule: str) -> bool:
    """Whether a candidate was read from a generic ``date`` meta tag.

    Example:
        >>> is_generic_date_tag("html:meta", "DCTERMS.date"), is_generic_date_tag("html:meta", "pubdate")
        (True, False)
    """
    if source != "html:meta":
        return False
    known = meta_tag(rule.lower())
    return known is not None and known[1] == GENERIC_DATE_TAG
