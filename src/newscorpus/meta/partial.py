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
from typing import TYPE_CHECKING, Any, TypedDict, cast

import attrs

from ..article import Evidence

if TYPE_CHECKING:
    from ..shapes.dates import ParsedDate

__all__ = ["FIELDS", "Found", "MetaFields", "merge"]


class MetaFields(TypedDict, total=False):
    """The metadata fields a source may find, each optional (a partial result).

    Attributes:
        title: the headline.
        subtitle: the standfirst under the headline.
        section: the site's section ("World", "Sport").
        authors: the people (or desks) credited, in order.
        organisations: those of ``authors`` that name an organisation.
        published: the publication date.
        modified: the date of the last update.
        date_candidates: every dated candidate the source saw
            (:class:`~newscorpus.meta.dates.choose.DateCandidate`, typed loosely here because
            that module builds on this one), for the final choice among all sources.
        unparsed_date: a date a record gave that could not be read, kept for the user.
        source: the publisher's name.
        site_in_title: the site's segment of the ``<title>``, a fallback for ``source``.
        language: the page's language code.
        url: the page's address.
        canonical_url: the address ``<link rel=canonical>`` gives.
        description: the markup's summary of the page.
        keywords: the page's keywords.
        image: the page's lead image.

    Example:
        >>> fields: MetaFields = {"title": "Bridge reopens", "authors": ("Ann Lee",)}
        >>> sorted(fields), "title" in FIELDS
        (['authors', 'title'], True)
    """

    title: str
    subtitle: str
    section: str
    authors: tuple[str, ...]
    organisations: tuple[str, ...]
    published: ParsedDate
    modified: ParsedDate
    date_candidates: tuple[Any, ...]
    unparsed_date: str
    source: str
    site_in_title: str
    language: str
    url: str
    canonical_url: str
    description: str
    keywords: Any
    image: Any


FIELDS: frozenset[str] = frozenset(MetaFields.__annotations__)
"""Every field name a metadata source may return."""


@attrs.frozen(kw_only=True)
class Found:
    """Metadata values by field name, each with the :class:`~newscorpus.article.Evidence` for it.

    Attributes:
        values: field name -> value, typed by :class:`MetaFields` (``title``, ``subtitle``,
            ``section``, ``authors``, ``published`` (a ParsedDate), ``modified``, ``source``,
            ``language``, ``url`` …).
        evidence: field name -> where the value came from.
        consumed: block index -> the metadata role that block played (``"title"``, ``"byline"``…);
            those blocks are not body.

    Example:
        >>> Found(values={"section": "World"}, consumed={3: "dateline"}).consumed[3]
        'dateline'
    """

    values: MetaFields = attrs.field(factory=MetaFields)
    evidence: Mapping[str, Evidence] = attrs.field(factory=dict)
    consumed: Mapping[int, str] = attrs.field(factory=dict)


def merge(parts: Iterable[Found]) -> Found:
    """Merge partial findings; earlier parts win per field, consumed blocks are united. The
    evidence a part gave for a field it left empty (a candidate it turned down) is kept when no
    part gave that field a value.

    Example:
        >>> merge([Found(values={"title": "A"}), Found(values={"title": "B", "section": "S"})]).values
        {'title': 'A', 'section': 'S'}
    """
    parts = list(parts)
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
    # What a source considered and turned down (a candidate below its bar) stays on record
    # when no source gave the field a value.
    for part in parts:
        for name, why in part.evidence.items():
            if name not in values and name not in evidence and name not in part.values:
                evidence[name] = why
    return Found(values=cast(MetaFields, values), evidence=evidence, consumed=consumed)
