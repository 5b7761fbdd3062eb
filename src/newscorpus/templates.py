"""Boilerplate learned across a corpus: the lines each site prints on many of its pages.

Per-page rules know boilerplate by its wording or shape. A site's own template — its tagline, its
"About us" paragraph, its rotating promos, the nav date line — is known only by recurring: a
:class:`BoilerplateModel` is fitted on many pages, counts on how many pages of each site every
block's :func:`~newscorpus.clean.fingerprint` occurs, and keeps those that occur on at least
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
    >>> from newscorpus.clean.page import Page
    >>> page = Page.of(text_to_blocks("Valley Courier\\n\\nNews from the river towns\\n\\n"
    ...                               "Tips: desk@valley.example\\n\\nA new story."))
    >>> [(v.block, v.rule, v.detail) for v in model.rule()(page)][0]
    (0, 'learned-template', 'group-1: on 4 of 4 pages')
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .article import Article
from .blocks import Block, text_to_blocks
from .clean.rules.site_templates import (
    LEARNED_RULE,
    SiteTemplate,
    SiteTemplates,
    TemplateOptions,
    TemplateRule,
)
from .clean.sites import SiteKind, fingerprints, group_by_similarity, site_key
from .errors import ModelFileError, OptionsError
from .htmlblocks import parse_html
from .io.atomic import atomic_write
from .io.document import Document
from .options import Segmentation

__all__ = ["LEARNED_RULE", "BoilerplateModel", "SiteTemplate", "TemplateOptions", "TemplateRule"]

_FORMAT = "newscorpus-boilerplate-model"
_VERSION = 1


@attrs.frozen(kw_only=True, repr=False)
class BoilerplateModel(SiteTemplates):
    """Template lines per site, learned from many pages; fit, apply, save and load.

    Applying one to a page is :class:`~newscorpus.clean.rules.site_templates.SiteTemplates`'
    part (in the cleaning package); fitting, saving and loading, which read pages and files, are
    this class's.

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

        Args:
            data: the mapping :meth:`to_dict` returned, or the same read back from JSON.
            path: the file ``data`` was read from, named in the error; ``None`` when there is none.

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

        Args:
            path: the file to write, e.g. ``model.json``; replaced whole when it exists.

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

        Args:
            path: the model file, read as UTF-8 JSON.

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
