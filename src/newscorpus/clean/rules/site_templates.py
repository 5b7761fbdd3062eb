"""A site's template applied to one page: the ``learned-template`` rule.

A :class:`SiteTemplates` holds, for each site, the lines its pages print again and again (its
tagline, its "About us" paragraph, its nav date line), by their
:func:`~newscorpus.clean.fingerprint`, as a :class:`~newscorpus.templates.BoilerplateModel`
learned them across a corpus (fitting, saving and loading live in :mod:`newscorpus.templates`).
Its :class:`TemplateRule` names those lines on one page as boilerplate.

A page goes to its site by URL host, else by ``source``; a page with neither known to the
model goes to the site whose template lines it holds most of (at least ``min_shared``).

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> model = SiteTemplates(sites=[SiteTemplate(kind="host", name="x.example", pages=4,
    ...                                           lines=[("valley courier", 4)])])
    >>> page = Page.of(text_to_blocks("Valley Courier\\n\\nA new story."))
    >>> [(v.block, v.rule, v.detail) for v in model.rule(url="https://x.example/a")(page)]
    [(0, 'learned-template', 'x.example: on 4 of 4 pages')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from ... import rule_names as names
from ...errors import OptionsError
from ..page import Page, Verdict, verdict
from ..sites import SiteKind, fingerprints, host_of, normalise_source

__all__ = ["LEARNED_RULE", "SiteTemplate", "SiteTemplates", "TemplateOptions", "TemplateRule"]

LEARNED_RULE = names.LEARNED_TEMPLATE
"""The rule name learned removals carry (disable it with ``CleanOptions(disabled_rules=...)``)."""


def _at_least(low: int) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or value < low:
            raise OptionsError(f"{attribute.name} must be an integer >= {low}, not {value!r}")

    return check


def _share(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or not 0 < value <= 1:
        raise OptionsError(f"{attribute.name} must be a share in (0, 1], not {value!r}")


@attrs.frozen(kw_only=True)
class TemplateOptions:
    """When a recurring block counts as a site's template.

    Attributes:
        min_pages: a block must occur on at least this many of the site's pages (2 or more, so
            text unique to one page is never learned).
        min_share: … and on at least this share of the site's pages.
        prose_share: the share a long block (more than ``prose_words`` words) needs instead;
            at least ``min_share``.
        prose_words: blocks with more words than this are prose and need ``prose_share``.
        min_shared: short lines a page without a known site must share with a group (when
            fitting) or with a site's template (when applying) to be counted as one of its pages.

    Example:
        >>> TemplateOptions(min_share=0.3).prose_share
        0.5
        >>> TemplateOptions(min_pages=1)
        Traceback (most recent call last):
        ...
        newscorpus.errors.OptionsError: min_pages must be an integer >= 2, not 1
    """

    min_pages: int = attrs.field(default=3, validator=_at_least(2))
    min_share: float = attrs.field(default=0.2, validator=_share)
    prose_share: float = attrs.field(default=0.5, validator=_share)
    prose_words: int = attrs.field(default=20, validator=_at_least(1))
    min_shared: int = attrs.field(default=3, validator=_at_least(1))

    def __attrs_post_init__(self) -> None:
        if self.prose_share < self.min_share:
            raise OptionsError(
                f"prose_share ({self.prose_share}) must be at least min_share ({self.min_share}):"
                " long blocks need stronger evidence than short lines, not weaker"
            )


def _lines(value: Iterable[Sequence[Any]]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((str(fp), int(n)) for fp, n in value))


@attrs.frozen(kw_only=True)
class SiteTemplate:
    """The template lines learned for one site.

    Attributes:
        kind: how the site was recognised: ``"host"``, ``"source"`` or ``"similar"`` (a group of
            pages without host or source that share lines).
        name: the host, the normalised source, or ``"group-N"``.
        pages: how many of the site's pages the model was fitted on.
        lines: each template fingerprint with the number of pages it occurred on, sorted.

    Example:
        >>> site = SiteTemplate(kind="host", name="example.org", pages=10, lines=[("home", 9)])
        >>> site.count("home"), site.count("story")
        (9, 0)
    """

    kind: SiteKind = attrs.field()
    name: str
    pages: int = attrs.field(validator=_at_least(1))
    lines: tuple[tuple[str, int], ...] = attrs.field(default=(), converter=_lines)
    _counts: dict[str, int] = attrs.field(init=False, eq=False, hash=False, repr=False)

    @kind.validator
    def _check_kind(self, _attr: attrs.Attribute[str], value: str) -> None:
        if value not in ("host", "source", "similar"):
            raise OptionsError(f"kind must be 'host', 'source' or 'similar', not {value!r}")

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_counts", dict(self.lines))

    def count(self, fp: str) -> int:
        """On how many pages the fingerprint ``fp`` occurred, if it is a template line (else 0)."""
        return self._counts.get(fp, 0)


def _sites(value: Iterable[SiteTemplate]) -> tuple[SiteTemplate, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class TemplateRule:
    """The cleaning rule a model gives for one page (see :meth:`SiteTemplates.rule`).

    Example:
        >>> rule = SiteTemplates(sites=()).rule(url="https://example.org/a")
        >>> from newscorpus.clean.page import Page
        >>> list(rule(Page.of([])))
        []
    """

    model: SiteTemplates
    url: str | None = None
    source: str | None = None

    def __call__(self, page: Page) -> Iterator[Verdict]:
        """Name every block of ``page`` that is a template line of the page's site."""
        texts = [b.text for b in page.blocks]
        found = self.model.template_positions(texts, url=self.url, source=self.source)
        for position, detail in sorted(found.items()):
            yield verdict(page.blocks[position].index, LEARNED_RULE, detail)


def _detail(site: SiteTemplate, count: int) -> str:
    return f"{site.name}: on {count} of {site.pages} pages"


@attrs.frozen(kw_only=True, repr=False)
class SiteTemplates:
    """Template lines per site: what applying a learned model to a page needs.

    A :class:`~newscorpus.templates.BoilerplateModel` is one, fitted on many pages (and saved,
    loaded); build one with :meth:`~newscorpus.templates.BoilerplateModel.fit`.

    Attributes:
        sites: the sites seen when fitting, each with its template lines.
        options: the thresholds it was fitted with (also used to match new pages).

    Example:
        >>> SiteTemplates(sites=())
        <SiteTemplates: 0 sites, 0 template lines>
    """

    sites: tuple[SiteTemplate, ...] = attrs.field(converter=_sites)
    options: TemplateOptions = attrs.field(factory=TemplateOptions)
    _by_key: dict[tuple[str, str], SiteTemplate] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    _by_line: dict[str, list[int]] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {(s.kind, s.name): s for s in self.sites})
        by_line: dict[str, list[int]] = {}
        for position, site in enumerate(self.sites):
            for fp, _ in site.lines:
                by_line.setdefault(fp, []).append(position)
        object.__setattr__(self, "_by_line", by_line)

    def __repr__(self) -> str:
        # Short: a model inside CleanOptions must not flood a log line or an error message.
        lines = sum(len(s.lines) for s in self.sites)
        return f"<{type(self).__name__}: {len(self.sites)} sites, {lines} template lines>"

    def site_for(
        self, fps: Iterable[str], *, url: str | None = None, source: str | None = None
    ) -> SiteTemplate | None:
        """The site a page belongs to: by host, else by source, else the site whose template
        lines the page holds most of (at least ``options.min_shared``); ``None`` if none.

        Args:
            fps: the page's block fingerprints.
            url: the page's address.
            source: the page's publisher.

        Example:
            >>> model = SiteTemplates(sites=[SiteTemplate(
            ...     kind="source", name="valley courier", pages=9, lines=[("a", 9), ("b", 9), ("c", 5)])])
            >>> model.site_for([], source="Valley  Courier").name
            'valley courier'
            >>> model.site_for(["a", "b", "c", "d"]).name, model.site_for(["a", "d"])
            ('valley courier', None)
        """
        host = host_of(url)
        if host and ("host", host) in self._by_key:
            return self._by_key[("host", host)]
        if source and ("source", normalise_source(source)) in self._by_key:
            return self._by_key[("source", normalise_source(source))]
        hits: Counter[int] = Counter(i for fp in set(fps) for i in self._by_line.get(fp, ()))
        if not hits:
            return None
        # Most template lines held first; on a tie, the site fitted first (a stable answer).
        position, held = min(hits.items(), key=lambda item: (-item[1], item[0]))
        return self.sites[position] if held >= self.options.min_shared else None

    def rule(self, *, url: str | None = None, source: str | None = None) -> TemplateRule:
        """The cleaning rule (a ``Rule``: page in, verdicts out) for a page with this address and
        publisher; it names blocks ``learned-template``.

        Example:
            >>> SiteTemplates(sites=()).rule(source="X").source
            'X'
        """
        return TemplateRule(model=self, url=url, source=source)

    def template_positions(
        self, texts: Sequence[str], *, url: str | None = None, source: str | None = None
    ) -> dict[int, str]:
        """Which of ``texts`` (one page's blocks or paragraphs) are template lines, by position,
        each with the rule's detail (``"site: on N of M pages"``).

        Example:
            >>> from newscorpus.templates import BoilerplateModel
            >>> model = BoilerplateModel.fit([f"Home\\n\\nWorld\\n\\nSport\\n\\nStory {i}." for i in "abc"])
            >>> model.template_positions(["Home", "World", "Sport", "Story d."])[0]
            'group-1: on 3 of 3 pages'
            >>> sorted(model.template_positions(["Home", "World", "Sport", "Story d."]))
            [0, 1, 2]
        """
        prints = [fingerprints([t], prose_words=self.options.prose_words) for t in texts]
        site = self.site_for([fp for found in prints for fp in found], url=url, source=source)
        if site is None:
            return {}
        found_at: dict[int, str] = {}
        for position, found in enumerate(prints):
            count = max((site.count(fp) for fp in found), default=0)
            if count:
                found_at[position] = _detail(site, count)
        return found_at
