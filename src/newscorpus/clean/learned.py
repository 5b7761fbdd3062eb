"""Boilerplate learned across a corpus: the lines each site prints on many of its pages.

Per-page rules know boilerplate by its wording or shape. A site's own template — its tagline, its
"About us" paragraph, its rotating promos, the nav date line — is known only by recurring: a
:class:`BoilerplateModel` is fitted on many pages, counts on how many pages of each site every
block's :func:`~newscorpus.clean.sites.fingerprint` occurs, and keeps those that occur on at least
``min_pages`` pages *and* on at least ``min_share`` of the site's pages. Applied to a page (as the
``learned-template`` rule of the classifier), it names those blocks as boilerplate.

Two choices keep the body safe:

* A block is only ever named when it occurred on several pages (``min_pages`` is at least 2), so
  text unique to one page is never touched.
* Long blocks (more than ``prose_words`` words) need a larger share, ``prose_share`` (default: half
  the site's pages). A site's "About us" paragraph is printed on every page; a syndicated
  background paragraph or a quote repeated across a story's follow-ups is on a few — that is body.

Pages are grouped into sites by URL host, else by ``source``, else by the short lines they share
(:func:`~newscorpus.clean.sites.group_by_similarity`). A new page is matched the same way; a page
with neither host nor source known to the model goes to the site whose template lines it holds
most of (at least ``min_shared``).

Example:
    >>> pages = [f"Valley Courier\\n\\nNews from the river towns\\n\\nTips: desk@valley.example"
    ...          f"\\n\\nStory {w} is told here." for w in ("one", "two", "three", "four")]
    >>> model = BoilerplateModel.fit(pages)
    >>> [(s.name, s.pages, len(s.lines)) for s in model.sites]
    [('group-1', 4, 3)]
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean.rules import Page
    >>> page = Page.of(text_to_blocks("Valley Courier\\n\\nNews from the river towns\\n\\n"
    ...                               "Tips: desk@valley.example\\n\\nA new story."))
    >>> [(v.block, v.rule, v.detail) for v in model.rule()(page)][0]
    (0, 'learned-template', 'group-1: on 4 of 4 pages')
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..article import Article
from ..blocks import Block, text_to_blocks
from ..errors import ModelFileError, OptionsError
from ..htmlblocks import parse_html
from ..io.atomic import atomic_write
from ..io.document import Document
from ..options import Segmentation
from .rules import Page, Verdict, verdict
from .sites import SiteKind, fingerprints, group_by_similarity, host_of, normalise_source, site_key

__all__ = ["LEARNED_RULE", "BoilerplateModel", "SiteTemplate", "TemplateOptions", "TemplateRule"]

LEARNED_RULE = "learned-template"
"""The rule name learned removals carry (disable it with ``CleanOptions(disabled_rules=...)``)."""

_FORMAT = "newscorpus-boilerplate-model"
_VERSION = 1


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
    """The cleaning rule a model gives for one page (see :meth:`BoilerplateModel.rule`).

    Example:
        >>> rule = BoilerplateModel(sites=()).rule(url="https://example.org/a")
        >>> from newscorpus.clean.rules import Page
        >>> list(rule(Page.of([])))
        []
    """

    model: BoilerplateModel
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
class BoilerplateModel:
    """Template lines per site, learned from many pages; apply, save and load.

    Build one with :meth:`fit`; apply it with ``CleanOptions(boilerplate=model)`` when extracting,
    ``Corpus.load(..., learn_boilerplate=True)`` or :meth:`~newscorpus.corpus.Corpus.clean`.

    Attributes:
        sites: the sites seen when fitting, each with its template lines.
        options: the thresholds it was fitted with (also used to match new pages).

    Example:
        >>> BoilerplateModel(sites=())
        <BoilerplateModel: 0 sites, 0 template lines>
        >>> model = BoilerplateModel.fit([f"Home\\n\\nWorld\\n\\nSport\\n\\nStory {i}." for i in "abc"])
        >>> model.sites[0].lines
        (('home', 3), ('sport', 3), ('world', 3))
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
        return f"<BoilerplateModel: {len(self.sites)} sites, {lines} template lines>"

    # -- fitting -----------------------------------------------------------------------------
    @classmethod
    def fit(
        cls,
        pages: Iterable[Document | Article | str | Sequence[Block]],
        options: TemplateOptions | None = None,
        *,
        segmentation: Segmentation = "auto",
    ) -> BoilerplateModel:
        """Learn each site's template lines from ``pages``.

        Args:
            pages: raw pages (:class:`~newscorpus.io.Document`, HTML or text), extracted
                articles (their paragraphs and removed blocks are read), plain-text pages, or
                pages already cut into :class:`~newscorpus.blocks.Block` s. Only documents and
                articles can say their site (URL or source); the others are grouped by similarity.
            options: the thresholds.
            segmentation: how text pages are cut into blocks (use the extraction's setting).

        Returns:
            The model; a site with too few pages learns nothing.

        Example:
            >>> from newscorpus.io import Document
            >>> docs = [Document(content=f"Tips: news@x.example\\n\\nStory {i}.", kind="text",
            ...                  url=f"https://x.example/{i}") for i in "abc"]
            >>> site = BoilerplateModel.fit(docs).sites[0]
            >>> site.kind, site.name, site.lines
            ('host', 'x.example', (('tips news x example', 3),))
        """
        opts = options or TemplateOptions()
        keyed: dict[tuple[SiteKind, str], list[dict[str, bool]]] = {}
        unknown: list[dict[str, bool]] = []
        for page in pages:
            key, texts = _read(page, segmentation)
            found = fingerprints(texts, prose_words=opts.prose_words)
            if key is None:
                unknown.append(found)
            else:
                keyed.setdefault(key, []).append(found)
        groups = group_by_similarity(unknown, min_shared=opts.min_shared)
        for number, members in enumerate(groups, start=1):
            keyed[("similar", f"group-{number}")] = [unknown[i] for i in members]
        sites = [_learn(kind, name, found, opts) for (kind, name), found in keyed.items()]
        return cls(sites=tuple(sites), options=opts)

    # -- applying ----------------------------------------------------------------------------
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
            >>> model = BoilerplateModel(sites=[SiteTemplate(
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
            >>> BoilerplateModel(sites=()).rule(source="X").source
            'X'
        """
        return TemplateRule(model=self, url=url, source=source)

    def template_positions(
        self, texts: Sequence[str], *, url: str | None = None, source: str | None = None
    ) -> dict[int, str]:
        """Which of ``texts`` (one page's blocks or paragraphs) are template lines, by position,
        each with the rule's detail (``"site: on N of M pages"``).

        Example:
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

    # -- saving and loading ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, with its format name and version.

        Example:
            >>> BoilerplateModel(sites=()).to_dict()["version"]
            1
        """
        return {
            "format": _FORMAT,
            "version": _VERSION,
            "options": attrs.asdict(self.options),
            "sites": [
                {
                    "kind": s.kind,
                    "name": s.name,
                    "pages": s.pages,
                    "lines": [list(x) for x in s.lines],
                }
                for s in self.sites
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, path: str | None = None) -> BoilerplateModel:
        """Rebuild a model from :meth:`to_dict`'s output.

        Raises:
            ModelFileError: the data is not a model of this format version.

        Example:
            >>> model = BoilerplateModel.fit([f"Home\\n\\nWorld\\n\\nSport\\n\\nStory {i}." for i in "abc"])
            >>> BoilerplateModel.from_dict(model.to_dict()) == model
            True
        """
        if not isinstance(data, Mapping) or data.get("format") != _FORMAT:
            raise ModelFileError("not a newscorpus boilerplate model", path=path, stage="read")
        if data.get("version") != _VERSION:
            raise ModelFileError(
                f"model format version {data.get('version')!r}; this newscorpus reads version "
                f"{_VERSION} (fit the model again with this version)",
                path=path,
                stage="read",
            )
        try:
            options = TemplateOptions(**data["options"])
            sites = tuple(
                SiteTemplate(
                    kind=s["kind"], name=str(s["name"]), pages=int(s["pages"]), lines=s["lines"]
                )
                for s in data["sites"]
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFileError(
                f"the model is damaged ({type(exc).__name__}: {exc})", path=path, stage="read"
            ) from exc
        return cls(sites=sites, options=options)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model as versioned JSON, atomically (never a half-written file).

        Raises:
            WriteError: the file cannot be written.

        Example:
            >>> import tempfile, pathlib
            >>> target = pathlib.Path(tempfile.mkdtemp()) / "model.json"
            >>> model = BoilerplateModel.fit([f"Home\\n\\nWorld\\n\\nSport\\n\\nStory {i}." for i in "abc"])
            >>> model.save(target)
            >>> BoilerplateModel.load(target) == model
            True
        """
        with atomic_write(path) as handle:
            json.dump(self.to_dict(), handle, ensure_ascii=False, indent=1)
            handle.write("\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> BoilerplateModel:
        """Read a model written by :meth:`save`.

        Raises:
            ModelFileError: the file is missing, unreadable, not JSON, not a model, or of another
                format version; the message names the file.

        Example:
            >>> BoilerplateModel.load("/no/such/model.json")
            Traceback (most recent call last):
            ...
            newscorpus.errors.ModelFileError: /no/such/model.json: cannot read the model: No such file or directory
        """
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelFileError(
                f"cannot read the model: {exc.strerror or exc}", path=name, stage="read"
            ) from exc
        except UnicodeDecodeError as exc:
            raise ModelFileError("the model is not UTF-8 text", path=name, stage="read") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ModelFileError(
                f"the model is not valid JSON ({exc.msg}, line {exc.lineno})",
                path=name,
                stage="read",
            ) from exc
        return cls.from_dict(data, path=name)


def _read(
    page: Document | Article | str | Sequence[Block], segmentation: Segmentation
) -> tuple[Any, list[str]]:
    """A page's site key and its blocks' texts."""
    if isinstance(page, str):
        return None, [b.text for b in text_to_blocks(page, segmentation=segmentation)]
    if isinstance(page, Sequence):
        blocks = [b for b in page if isinstance(b, Block)]
        if len(blocks) == len(page):
            return None, [b.text for b in blocks]
    if isinstance(page, Article):
        texts = [r.text for r in page.removed] + list(page.paragraphs)
        return site_key(url=page.url, source=page.source), texts
    if isinstance(page, Document):
        source = page.hints.get("source")
        key = site_key(url=page.url, source=source if isinstance(source, str) else None)
        if page.kind == "html":
            return key, [b.text for b in parse_html(page.content).blocks]
        return key, [b.text for b in text_to_blocks(page.content, segmentation=segmentation)]
    raise OptionsError(
        "BoilerplateModel.fit() takes Documents, Articles, str pages or sequences of Blocks, "
        f"not {type(page).__name__}"
    )


def _learn(
    kind: SiteKind, name: str, pages: Sequence[Mapping[str, bool]], opts: TemplateOptions
) -> SiteTemplate:
    """The fingerprints that occur on enough of the site's pages."""
    occurs: Counter[str] = Counter()
    prose: set[str] = set()
    for found in pages:
        occurs.update(found.keys())  # a mapping would add its values
        prose.update(fp for fp, is_prose in found.items() if is_prose)
    total = len(pages)
    lines = [
        (fp, count)
        for fp, count in occurs.items()
        if count >= opts.min_pages
        and count >= (opts.prose_share if fp in prose else opts.min_share) * total
    ]
    return SiteTemplate(kind=kind, name=name, pages=total, lines=lines)
