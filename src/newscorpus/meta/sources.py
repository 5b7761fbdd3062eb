"""The metadata sources: one :class:`~typing.Protocol`, a registry in precedence order.

A :class:`MetadataSource` takes the :class:`~newscorpus.meta.view.PageView` and returns a
:class:`~newscorpus.meta.partial.Found` (a partial result: some of the
:class:`~newscorpus.meta.partial.MetaFields`, each with its evidence, and the blocks it took as
metadata). :data:`SOURCES` names them in precedence order: :func:`merge_sources` keeps, per
field, the value of the first source that has one. A source of stage ``"page"`` reads the page
before its blocks are classified (what it finds steers cleaning: the site for a learned
template, the page's URL); a source of stage ``"body"`` reads it after. A new source goes in
the module of its concept (``meta.authors``, ``meta.dates`` …) and its entry here.

Example:
    >>> [source.name for source in SOURCES]  # doctest: +NORMALIZE_WHITESPACE
    ['record', 'markup', 'header', 'signatures', 'publisher', 'publisher-fallbacks',
     'nearby-authors']
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> from newscorpus.options import MetaOptions
    >>> blocks = text_to_blocks("Bridge reopens\\n\\nBy Ann Lee\\n\\n" + "The bridge reopened today. " * 4)
    >>> view = PageView(blocks=blocks, options=MetaOptions(), classified=classify(blocks))
    >>> found = merge_sources(read_sources(view, stage="body"))
    >>> found.values["title"], found.values["authors"], found.evidence["authors"].source
    ('Bridge reopens', ('Ann Lee',), 'text:header')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

import attrs

from .authors.nearby import scored_authors
from .authors.regions import remembered_regions
from .authors.signatures import read_tail
from .authors.sites import site_names
from .header import read_header
from .markup import read_html_meta
from .partial import Found, merge
from .publisher import read_source, source_fallbacks
from .record import read_record
from .view import PageView

__all__ = [
    "SOURCES",
    "MetadataSource",
    "NamedSource",
    "dated_results",
    "merge_sources",
    "read_sources",
]

_NOTHING = Found()


class MetadataSource(Protocol):
    """A metadata source: reads the :class:`~newscorpus.meta.view.PageView`, returns what it
    found as a :class:`~newscorpus.meta.partial.Found` (empty when nothing). A plain function
    ``def source(view: PageView) -> Found`` is one.

    Example:
        >>> def desk(view: PageView) -> Found:
        ...     return Found(values={"section": "Local"})
        >>> from newscorpus.options import MetaOptions
        >>> view = read_sources(PageView(blocks=(), options=MetaOptions()),
        ...                     [NamedSource(name="desk", read=desk, stage="page")], stage="page")
        >>> view.result("desk").values
        {'section': 'Local'}
    """

    def __call__(self, view: PageView, /) -> Found:
        """What the source found on the page."""
        ...


@attrs.frozen(kw_only=True)
class NamedSource:
    """A registered metadata source.

    Attributes:
        name: the source's name (its result's key in ``PageView.results``).
        read: the source itself.
        stage: ``"page"``: read before the blocks are classified; ``"body"``: after.
        dated: its dates (candidates, or a ``published`` date of its own) take part in the
            final choice of the published and modified dates.

    Example:
        >>> [source.name for source in SOURCES if source.dated]
        ['record', 'markup', 'header']
    """

    name: str
    read: MetadataSource
    stage: Literal["page", "body"] = "body"
    dated: bool = False


def _record(view: PageView) -> Found:
    """The metadata the page's record carried (it wins over what the page says)."""
    return read_record(view.hints, view.options) if view.hints else _NOTHING


def _markup(view: PageView) -> Found:
    """Every value the HTML's markup gives (JSON-LD, meta tags, ``<title>``, dates …)."""
    if view.html is None:
        return _NOTHING
    return read_html_meta(view.html, url=view.url, options=view.options)


def _header(view: PageView) -> Found:
    """The text's header cluster: title, subtitle, section, date and byline."""
    if view.classified is None:
        return _NOTHING
    return read_header(view.classified, view.options, url=view.url, score_dates=view.html is None)


def _signatures(view: PageView) -> Found:
    """Authors signed after the body (a signature, a bio line, a copyright holder)."""
    return _NOTHING if view.classified is None else read_tail(view.classified)


def _publisher(view: PageView) -> Found:
    """The publisher named in the text (the header's, else a thanks or copyright line)."""
    html = view.html is not None  # an HTML page reads only a footer's copyright line, later
    return read_source(view.blocks, header=view.result("header"), copyright_line=not html)


def _publisher_fallbacks(view: PageView) -> Found:
    """In HTML, the site's segment of the ``<title>``, else a footer's copyright line, else the
    URL's host name."""
    if view.html is None:
        return _NOTHING
    return source_fallbacks(view.result("markup"), url=view.url, blocks=view.blocks)


def _nearby_authors(view: PageView) -> Found:
    """The scored byline guess, read only when the page's markup names nobody; merged last, so
    a byline line in the text still wins. The site's own name is never taken for a person."""
    markup = view.result("markup")
    if view.html is None or markup.values.get("authors"):
        return _NOTHING
    sites = site_names(markup.values.get("source"), url=view.url)
    return scored_authors(view.html.root, sites=sites)


SOURCES: tuple[NamedSource, ...] = (
    NamedSource(name="record", read=_record, stage="page", dated=True),
    NamedSource(name="markup", read=_markup, stage="page", dated=True),
    NamedSource(name="header", read=_header, dated=True),
    NamedSource(name="signatures", read=_signatures),
    NamedSource(name="publisher", read=_publisher),
    NamedSource(name="publisher-fallbacks", read=_publisher_fallbacks),
    NamedSource(name="nearby-authors", read=_nearby_authors),
)
"""The metadata sources in precedence order (the first value per field wins)."""


def read_sources(
    view: PageView,
    sources: Sequence[NamedSource] = SOURCES,
    *,
    stage: Literal["page", "body"],
) -> PageView:
    """``view`` with the results of the ``sources`` of ``stage`` added, each source run in
    order and seeing the results of those before it.

    Example:
        >>> from newscorpus.options import MetaOptions
        >>> view = PageView(blocks=(), options=MetaOptions(), hints={"title": "Given"})
        >>> read_sources(view, stage="page").result("record").values
        {'title': 'Given'}
    """
    results = dict(view.results)
    seen = attrs.evolve(view, results=results)
    with remembered_regions():  # the readers ask where elements sit again and again
        for source in sources:
            if source.stage == stage:
                results[source.name] = source.read(seen)
    return seen


def merge_sources(view: PageView, sources: Sequence[NamedSource] = SOURCES) -> Found:
    """The results of ``sources`` merged in their order (see
    :func:`~newscorpus.meta.partial.merge`); a source that did not run adds nothing.

    Example:
        >>> from newscorpus.options import MetaOptions
        >>> view = PageView(blocks=(), options=MetaOptions(), hints={"title": "Given"})
        >>> merge_sources(read_sources(view, stage="page")).values
        {'title': 'Given'}
    """
    return merge([view.results[s.name] for s in sources if s.name in view.results])


def dated_results(view: PageView, sources: Sequence[NamedSource] = SOURCES) -> list[Found]:
    """The results of the ``sources`` whose dates take part in the final choice, in order.

    Example:
        >>> from newscorpus.options import MetaOptions
        >>> view = PageView(blocks=(), options=MetaOptions(), hints={"date": "2024-01-02"})
        >>> [sorted(found.values) for found in dated_results(read_sources(view, stage="page"))]
        [['published'], []]
    """
    return [view.results[s.name] for s in sources if s.dated and s.name in view.results]
