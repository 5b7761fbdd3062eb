"""Partial metadata with provenance: what one parser found on a page.

Parsers (text header, HTML meta tags, JSON-LD, …) each return a :class:`Found`; :func:`merge`
takes the first value per field in precedence order, keeping the evidence of the one it took.

Example:
    >>> from newscorpus.article import Evidence
    >>> a = Found(values={"title": "From JSON-LD"},
    ...           evidence={"title": Evidence(source="html:json-ld", rule="headline")})
    >>> b = Found(values={"title": "From text", "section": "World"},
    ...           evidence={"title": Evidence(source="text:header", rule="title"),
    ...                     "section": Evidence(source="text:header", rule="section")})
    >>> merged = merge([a, b])
    >>> merged.values["title"], merged.evidence["section"].source
    ('From JSON-LD', 'text:header')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..article import Evidence

__all__ = ["Found", "merge"]


@attrs.frozen(kw_only=True)
class Found:
    """Metadata values by field name, each with the :class:`~newscorpus.article.Evidence` for it.

    Attributes:
        values: field name -> value (``title``, ``subtitle``, ``section``, ``authors``,
            ``published`` (a ParsedDate), ``modified``, ``source``, ``language``, ``url``).
        evidence: field name -> where the value came from.
        consumed: block index -> the metadata role that block played (``"title"``, ``"byline"``…);
            those blocks are not body.

    Example:
        >>> Found(values={"section": "World"}, consumed={3: "dateline"}).consumed[3]
        'dateline'
    """

    values: Mapping[str, Any] = attrs.field(factory=dict)
    evidence: Mapping[str, Evidence] = attrs.field(factory=dict)
    consumed: Mapping[int, str] = attrs.field(factory=dict)


def merge(parts: Iterable[Found]) -> Found:
    """Merge partial findings; earlier parts win per field, consumed blocks are united.

    Example:
        >>> merge([Found(values={"title": "A"}), Found(values={"title": "B", "section": "S"})]).values
        {'title': 'A', 'section': 'S'}
    """
    values: dict[str, Any] = {}
    evidence: dict[str, Evidence] = {}
    consumed: dict[int, str] = {}
    for part in parts:
        for name, value in part.values.items():
            if name not in values and value not in (None, "", ()):
                values[name] = value
                if name in part.evidence:
                    evidence[name] = part.evidence[name]
        for index, role in part.consumed.items():
            consumed.setdefault(index, role)
    return Found(values=values, evidence=evidence, consumed=consumed)
