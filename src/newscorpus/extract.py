"""From one page to one :class:`~newscorpus.article.Article`: the pipeline's single entry.

Text and HTML go through the same steps — blocks, cleaning, metadata — HTML only adds DOM
features to the blocks and the metadata its ``<head>`` carries.

Example:
    >>> page = ("Most read\\n\\nCouncil backs the river plan\\n\\nBy Ann Lee\\n\\n12.03.2024\\n\\n"
    ...         "The council voted on Monday to back the plan for the river banks.\\n\\n"
    ...         "Work starts in May and should end before the autumn floods arrive.\\n\\n"
    ...         "Share this article")
    >>> art = extract_text(page)
    >>> art.title, art.authors, art.published_iso
    ('Council backs the river plan', ('Ann Lee',), '2024-03-12')
    >>> art.paragraphs[0]
    'The council voted on Monday to back the plan for the river banks.'
    >>> sorted({r.rule for r in art.removed})
    ['byline', 'dateline', 'share-prompt', 'title', 'widget-heading']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache
from typing import Any

import attrs

from .article import Article, Evidence, Origin, Removal
from .blocks import Block, text_to_blocks
from .clean.classify import Classified, classify
from .clean.page import Verdict
from .clean.registry import Rule
from .clean.statement import ArticleStatement
from .htmlblocks import HtmlPage, parse_html
from .io.document import Document
from .io.encoding import decode_bytes, decode_html_bytes
from .meta.authors.bylines import contributors
from .meta.dates.choose import choose_dates
from .meta.dates.text import blocks_with_year
from .meta.jsonld import article_body, jsonld_blobs, recipe_text
from .meta.language import STOPWORD_RULE, choose_language, language_evidence
from .meta.markup import jsonld_articles
from .meta.partial import Found
from .meta.record import read_record
from .meta.sources import SOURCES, dated_results, merge_sources, read_sources
from .meta.view import PageView
from .options import ExtractOptions, MetaOptions
from .shapes.dates import ParsedDate, parse_date
from .shapes.day_order import dayfirst_for, dayfirst_from_dates, dayfirst_from_url

__all__ = ["clean_text", "extract", "extract_html", "extract_text", "hints_to_found"]


def extract_text(
    text: str | bytes,
    *,
    url: str | None = None,
    options: ExtractOptions | None = None,
    origin: Origin | None = None,
    hints: Mapping[str, Any] | None = None,
) -> Article:
    """Extract the article from a page given as plain text.

    Args:
        text: the page as plain text (as copied off a browser or saved by a scraper); bytes
            are decoded as :func:`newscorpus.io.decode_bytes` does.
        url: the page's address, kept on the article and used for its id.
        options: cleaning and metadata options.
        origin: the file and line the page came from.
        hints: metadata already known (e.g. from a JSONL record); it wins over what the page says.

    Returns:
        The article, with every dropped block in ``removed`` and every metadata value's source in
        ``provenance``.

    Raises:
        EmptyInputError, BinaryInputError, EncodingError: bytes that hold no text, are binary
            or decode in no encoding (the error names ``origin``'s file).
        TypeError: neither text nor bytes.

    Example:
        >>> art = extract_text("Bridge reopens\\n\\nBy Ann Lee\\n\\n"
        ...                    "The old bridge reopened on Monday after two years of repairs.")
        >>> art.title, art.authors, [r.rule for r in art.removed]
        ('Bridge reopens', ('Ann Lee',), ['title', 'byline'])
    """
    text = _decoded(text, origin, decode_bytes)
    opts = options or _default_options()
    blocks = text_to_blocks(text, segmentation=opts.clean.segmentation)
    view = PageView(blocks=blocks, options=opts.meta, url=url, hints=hints or None)
    return _assemble(view, opts, origin=origin)


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    options: ExtractOptions | None = None,
    origin: Origin | None = None,
    hints: Mapping[str, Any] | None = None,
) -> Article:
    """Extract the article from an HTML page; same pipeline as :func:`extract_text`.

    Args:
        html: the page's markup; bytes are decoded as :func:`newscorpus.io.decode_html_bytes`
            does (a BOM, then the page's declared charset, then detection).
        url: the page's address, kept on the article and used for its id; a date in its path
            is one of the page's date candidates.
        options: cleaning, metadata and extraction options (``max_elements`` caps the page).
        origin: the file and line the page came from.
        hints: metadata already known (e.g. from a JSONL record); it wins over what the page says.

    Returns:
        The article, with every dropped block in ``removed`` and every metadata value's source in
        ``provenance``.

    Raises:
        InputError: the page holds more elements than ``options.max_elements`` (200,000 by
            default), whose reading would take seconds.
        EmptyInputError, BinaryInputError, EncodingError: bytes that hold no text, are binary
            or decode in no encoding (the error names ``origin``'s file).
        TypeError: neither text nor bytes.

    Example:
        >>> html = ("<html lang='en'><head><title>Bridge reopens | Valley Courier</title></head>"
        ...         "<body><nav><a href='/'>Home</a></nav><article><h1>Bridge reopens</h1>"
        ...         "<p>The old bridge reopened on Monday after two years of repairs.</p>"
        ...         "<p>Traffic is expected to return to normal levels by the end of the week.</p>"
        ...         "</article><footer>© 2024 Valley Courier</footer></body></html>")
        >>> art = extract_html(html)
        >>> art.title, art.language, len(art.paragraphs)
        ('Bridge reopens', 'en', 2)
    """
    html = _decoded(html, origin, decode_html_bytes)
    opts = options or _default_options()
    page = parse_html(html, max_elements=opts.max_elements)
    opts = _with_page_dayfirst(opts, page.lang)
    view = PageView(blocks=page.blocks, options=opts.meta, url=url, html=page, hints=hints or None)
    return _assemble(view, opts, origin=origin, statement=_statement(html, page))


def _decoded(page: str | bytes, origin: Origin | None, decode: Callable[..., str]) -> str:
    # A page read with open(..., "rb") or fetched with httpx is bytes; lxml and the regexes
    # want text, so bytes are decoded here rather than failing deep inside.
    if isinstance(page, str):
        return page
    if isinstance(page, bytes | bytearray | memoryview):
        return decode(bytes(page), path=origin.path if origin else None)
    raise TypeError(f"expected the page as str or bytes, got {type(page).__name__}")


def extract(document: Document, *, options: ExtractOptions | None = None) -> Article:
    """Extract the article from a loaded :class:`~newscorpus.io.document.Document`.

    HTML documents go to :func:`extract_html`, text documents to :func:`extract_text`; the
    document's hints (metadata its record carried) win over what the page says.

    Args:
        document: a page as a loader read it: its content, kind (``"html"`` or ``"text"``),
            origin, URL and hints (a record's own metadata, its ``id`` kept as the article's).
            Its ``crawled`` time (a WARC record's date) is the reference for relative dates
            ("3 hours ago") unless ``options.meta.reference_time`` is set, and is kept in the
            article's ``meta["crawled"]``. With ``MetaOptions.reference_from_file``, a record's
            crawl-time field, else the file's modification time, serves the same way.
        options: cleaning, metadata and extraction options.

    Example:
        >>> from newscorpus.io.document import Document
        >>> doc = Document(content="The bridge reopened on Monday after long repairs.", kind="text",
        ...                origin=None, url=None, hints={"title": "Bridge reopens"})
        >>> extract(doc).title
        'Bridge reopens'
    """
    run = extract_html if document.kind == "html" else extract_text
    article = run(
        document.content,
        url=document.url,
        options=_with_reference_time(options or _default_options(), document),
        origin=document.origin,
        hints=document.hints or None,
    )
    given_id = document.hints.get("id") if document.hints else None
    if given_id:
        article = article.evolve(id=str(given_id))
    if document.crawled is not None:
        article = article.evolve(meta={**article.meta, "crawled": document.crawled.isoformat()})
    return article


def clean_text(text: str, *, options: ExtractOptions | None = None) -> str:
    """Only the clean body of a plain-text page.

    Args:
        text: the page as plain text.
        options: cleaning and metadata options (as for :func:`extract_text`).

    Example:
        >>> clean_text("Home\\n\\nThe river rose by two metres overnight, the officials said.\\n\\nShare")
        'The river rose by two metres overnight, the officials said.'
    """
    return extract_text(text, options=options).text


def hints_to_found(hints: Mapping[str, Any], options: ExtractOptions | None = None) -> Found:
    """Metadata a record already carried, as a :class:`~newscorpus.meta.partial.Found`.

    Example:
        >>> hints_to_found({"title": "Given", "published": "2024-01-02"}).values["title"]
        'Given'
    """
    return read_record(hints, (options or _default_options()).meta)


# A recipe's JSON-LD is read only on a page that names one of its ingredient lists (most
# pages have none, and parsing every JSON-LD script costs time).
_RECIPE_MARK = "ngredient"


def _statement(html: str, page: HtmlPage) -> ArticleStatement | None:
    """What the page says its article is: the JSON-LD ``articleBody`` text and a recipe's
    text (each looked for only when the markup names it), the elements marked
    ``itemprop="articleBody"`` and those marked as a part of the article (an ingredient)."""
    text = recipe = None
    if page.root is not None and "articleBody" in html:
        text = article_body(jsonld_articles(page.root))
    if page.root is not None and _RECIPE_MARK in html:
        recipe = recipe_text(jsonld_blobs(page.root))
    if text is None and recipe is None and not page.article_elements and not page.part_elements:
        return None
    return ArticleStatement.of(
        text=text, elements=page.article_elements, parts=page.part_elements, part_text=recipe
    )


def _assemble(
    view: PageView,
    opts: ExtractOptions,
    *,
    origin: Origin | None,
    statement: ArticleStatement | None = None,
) -> Article:
    """Run the registered metadata sources (:data:`~newscorpus.meta.sources.SOURCES`) around
    the cleaning of ``view``'s blocks, merge what they found and build the article."""
    sources = SOURCES
    view = read_sources(view, sources, stage="page")
    first = [view.results[s.name] for s in sources if s.stage == "page"]
    url = view.url
    if view.html is not None:  # the markup's address stands in for a page given without one
        url = url or view.result("markup").values.get("url")
    blocks = view.blocks
    classified = classify(
        blocks, opts.clean, extra_rules=_learned_rules(opts, first, url), statement=statement
    )
    # Only the header reads dates from here on: its options alone get the page's reading.
    header_options = _page_meta(opts.meta, classified.language, blocks, url)
    view = attrs.evolve(view, classified=classified, url=url, options=header_options)
    view = read_sources(view, sources, stage="body")
    found = merge_sources(view, sources)
    removed, kept = _split(classified, found.consumed)
    values: dict[str, Any] = dict(found.values)
    evidence = dict(found.evidence)
    choose_dates(dated_results(view, sources), values, evidence)
    text = "\n\n".join(b.text for b in kept)
    language = _language(values, evidence, text, classified.language)
    published: ParsedDate | None = values.get("published")
    return Article(
        title=values.get("title"),
        subtitle=values.get("subtitle"),
        section=values.get("section"),
        authors=values.get("authors", ()),
        published=None if published is None else published.value,
        published_precision=None if published is None else published.precision,
        modified=_modified(values),
        source=values.get("source"),
        url=url,
        language=language,
        text=text,
        removed=removed,
        provenance=evidence,
        meta=_extra_meta(values, evidence),
        origin=origin,
    )


_SHORT_BODY = 200


def _language(
    values: Mapping[str, Any], evidence: dict[str, Evidence], body: str, guessed: str | None
) -> str | None:
    """The page's language (see :mod:`newscorpus.meta.language`): the declared one unless the
    body plainly reads as another, else the body's, else the cleaner's stop-word guess. The
    evidence is updated to say which."""
    if len(body) < _SHORT_BODY:  # a short body reads better with its headline
        body = " ".join(v for v in (values.get("title"), values.get("subtitle"), body) if v)
    language, guess = choose_language(values.get("language"), body, guessed)
    if guess is not None:
        evidence["language"] = language_evidence(guess, values.get("language"))
    elif language and "language" not in evidence:
        evidence["language"] = Evidence(source="text:body", rule=STOPWORD_RULE)
    return language


def _learned_rules(
    opts: ExtractOptions, first: Sequence[Found], url: str | None
) -> tuple[Rule, ...]:
    """The site-template rule of ``opts.clean.boilerplate`` for this page, if a model is set;
    the site is known by the URL or by the source a record or the HTML named."""
    model = opts.clean.boilerplate
    if model is None:
        return ()
    source = next((f.values["source"] for f in first if f.values.get("source")), None)
    return (model.rule(url=url, source=source if isinstance(source, str) else None),)


_CRAWL_KEYS = ("crawled", "crawl_time", "crawled_at", "fetched", "fetch_time", "retrieved")


def _with_reference_time(options: ExtractOptions, document: Document) -> ExtractOptions:
    """The document's certain crawl time (a WARC record's date) or, with ``reference_from_file``,
    its likely one (a record field, else the file's modification time) as the reference for
    relative dates; the caller's own time wins."""
    meta = options.meta
    if meta.reference_time is None and document.crawled is not None:
        return attrs.evolve(options, meta=attrs.evolve(meta, reference_time=document.crawled))
    if meta.reference_time is not None or not meta.reference_from_file:
        return options
    reference = None
    for key in _CRAWL_KEYS:
        raw = document.hints.get(key) if document.hints else None
        parsed = parse_date(raw, allow_future=True, min_year=1) if isinstance(raw, str) else None
        if parsed is not None:
            reference = parsed.value
            break
    path = document.origin.path if document.origin else None
    if reference is None and path:
        try:
            reference = datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc)
        except OSError:
            return options
    if reference is None:
        return options
    return attrs.evolve(options, meta=attrs.evolve(meta, reference_time=reference))


def _with_page_dayfirst(
    options: ExtractOptions, language: str | None, blocks: Sequence[Block] = ()
) -> ExtractOptions:
    """``options`` with day-first reading of numeric dates decided from the page's language, or
    else from the slashed dates in the page's ``blocks`` (one with a part above 12), unless the
    caller decided it.

    Example:
        >>> _with_page_dayfirst(ExtractOptions(), "fr").meta.dayfirst
        True
    """
    meta = _page_meta(options.meta, language, blocks)
    return options if meta is options.meta else attrs.evolve(options, meta=meta)


def _page_meta(
    meta: MetaOptions, language: str | None, blocks: Sequence[Block], url: str | None = None
) -> MetaOptions:
    """``meta`` with the page's day-first reading, as :func:`_with_page_dayfirst` decides it
    (or, when its slashed dates leave it open, as its dates with a month's name are written),
    or else as the page's address says (a locale or a country domain, ``/en-gb/``, ``.co.uk``).
    Evolving only the metadata options costs a fifth of evolving both, and the blocks are read
    for slashed dates only when the language leaves the reading open."""
    if meta.dayfirst is not None:
        return meta
    dayfirst = dayfirst_for(language)
    if dayfirst is None:
        dayfirst = dayfirst_from_dates(_slashed_lines(blocks), _date_lines(blocks))
    if dayfirst is None:
        dayfirst = dayfirst_from_url(url)
    if dayfirst is None:
        return meta
    return attrs.evolve(meta, dayfirst=dayfirst)


def _date_lines(blocks: Sequence[Block]) -> Iterator[str]:
    """The page's short lines that hold a year, found only when first asked for (when a
    slashed date is left open)."""
    for block in blocks_with_year(blocks, _DATE_LINE_WORDS):
        yield block.text


@cache
def _default_options() -> ExtractOptions:
    """Equal to a fresh ``ExtractOptions()`` (frozen, every default a constant), built once
    instead of once per page (building one cost about 7 us)."""
    return ExtractOptions()


_DATES_READ = 200_000  # how much of the page dayfirst_from_dates reads
_DATE_LINE_WORDS = 30  # the longest line whose dates tell how the page writes them


def _slashed_lines(blocks: Sequence[Block]) -> str:
    """The page's text as :func:`dayfirst_from_dates` needs it: only the blocks holding a slash,
    joined by line breaks. A slashed date lies inside one block and a line break is neither
    digit nor slash, so it finds the same dates as in the whole page, without scanning the rest;
    a page longer than it reads is passed whole (the cut must fall where it falls there)."""
    texts = [b.text for b in blocks]
    page = "\n".join(texts)
    if len(page) >= _DATES_READ:  # the blocks' lengths and joints add up to this or more
        return page
    if "/" not in page:  # one search of the page (a third of pages hold no slash)
        return ""
    return "\n".join([text for text in texts if "/" in text])


def _split(
    classified: Classified, consumed: Mapping[int, str]
) -> tuple[tuple[Removal, ...], list[Block]]:
    """The removals (a metadata role first, else the verdict; a header block no rule named is
    kept) and the kept blocks, in page order.

    Each removal is built through the slots' own setters, inline: most blocks of a page are
    removed, and the frozen class's keyword constructor (or a helper function's call) costs
    several times more. Equal in every field to ``Removal(text=..., rule=..., ...)``."""
    reasons: dict[int, Verdict | str] = dict(classified.verdicts)
    for index, role in consumed.items():
        if role != "header":
            reasons[index] = role
    removed: list[Removal] = []
    kept: list[Block] = []
    reason_of, new = reasons.get, _new
    set_text, set_rule, set_block, set_line, set_detail = _SETTERS
    for block in classified.blocks:
        why = reason_of(block.index)
        if why is None:
            kept.append(block)
            continue
        made = new(Removal)
        set_text(made, block.text)
        if isinstance(why, str):
            set_rule(made, why)
            set_detail(made, "")
        else:
            set_rule(made, why.rule)
            set_detail(made, why.detail)
        set_block(made, block.index)
        set_line(made, block.line)
        removed.append(made)
    return tuple(removed), kept


_new = object.__new__
_SETTERS = tuple(
    Removal.__dict__[name].__set__ for name in ("text", "rule", "block", "line", "detail")
)


def _modified(values: Mapping[str, Any]) -> Any:
    modified = values.get("modified")
    return modified.value if isinstance(modified, ParsedDate) else None


def _extra_meta(values: Mapping[str, Any], evidence: Mapping[str, Evidence]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if values.get("organisations"):
        extra["organisations"] = list(values["organisations"])
    if values.get("authors"):
        source = evidence.get("authors")
        extra["contributors"] = contributors(
            values["authors"],
            organisations=values.get("organisations", ()),
            provenance=f"{source.source}:{source.rule}" if source else None,
        )
    for key in ("canonical_url", "keywords", "description", "image", "unparsed_date"):
        if values.get(key):
            extra[key] = values[key]
    return extra
