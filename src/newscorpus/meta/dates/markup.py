"""Every date candidate in an HTML page's markup and URL, each with its kind and provenance.

Sources, with their rank in :mod:`newscorpus.meta.dates.choose`' precedence table: JSON-LD
(``datePublished``, ``dateCreated``, ``dateModified`` of every object), ``<meta>`` tags (known
names first, then any name that says publish / created / modified), ``itemprop`` attributes,
``<time datetime>`` with its ``pubdate`` / class / itemprop context, elements whose class says
"date", page state embedded as JSON in scripts, and the URL path. Elements inside navigation,
asides, footers and lists of other articles (``related``, ``popular``, ``teaser``…) are not
read: their dates belong to other pages; neither is the site's masthead (a ``<header>`` holding
the navigation and no headline), whose date is the day of the visit, nor ``itemprop`` dates of
another microdata item (a comment, a review).

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html('<head><meta property="article:published_time" content="2024-03-04T09:15:00Z">'
    ...                   '<meta property="article:modified_time" content="2024-03-05T10:00:00Z"></head>')
    >>> [(c.kind, c.rule) for c in html_date_candidates(page.root, url="https://x.org/2024/03/04/a")]
    [('published', 'article:published_time'), ('modified', 'article:modified_time'), ('published', 'url-path')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

import attrs

from ...options import MetaOptions
from ...shapes.dates import ParsedDate
from .bounds import date_as, dates_as
from .choose import DateCandidate, DateKind
from .hints import attribute_dates, description_date, epoch_date
from .labels import attribute_stems
from .precedence import meta_tag, rank_of, threshold
from .url import date_from_url, month_from_url

__all__ = ["html_date_candidates"]

_DATE_CLASS = re.compile(
    r"(?<![a-z])(?:date|datum|published|updated|posted|pubdate|dateline|timestamp|timeago|fecha)"
    r"|(?<![a-z])time(?![a-z])"
    r"|(?:^|[-_ ])(?:post|entry|article|story|news)[-_]?(?:date|time|meta|info)",
    re.IGNORECASE,
)
# Containers whose dates belong to other pages (lists of articles, sidebars, comments).
_OTHER_PAGES = re.compile(
    r"(?:^|[-_\s])(?:related|popular|teasers?|recent|widget|comments?|commentlist|"
    r"trending|latest|recommended|outbrain|taboola|calendar|footer|menu|nav|navbar|list|"
    r"newslist|liste)(?:$|[-_\s])",
    re.IGNORECASE,
)
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "script", "style", "noscript", "template"})
_MAX_CLASS_ELEMENTS = 60
_DATE_HINT = re.compile("dat|time|publi|posted|fecha|meta|info", re.IGNORECASE)


def html_date_candidates(
    root: Any,
    *,
    url: str | None = None,
    options: MetaOptions | None = None,
    jsonld: Iterable[tuple[dict[str, Any], bool]] = (),
) -> list[DateCandidate]:
    """Every dated candidate of the markup and the URL, in source order (JSON-LD, meta tags,
    ``itemprop``, ``<time>``, date-classed elements, URL).

    Args:
        root: the page's lxml root element (``HtmlPage.root``).
        url: the page's address.
        jsonld: the page's dated JSON-LD objects, each with whether it is an article
            (:func:`~newscorpus.meta.jsonld_objects`).
        options: the reference time, the year floor and whether future dates are allowed.

    Returns:
        The candidates; unreadable or impossible dates are left out.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<body><p>Posted <time datetime="2024-02-30">soon</time></p></body>')
        >>> html_date_candidates(page.root)
        []
    """
    opts = options or MetaOptions()
    found: list[DateCandidate] = []
    objects = list(jsonld)
    if root is not None:
        for item, is_article in _page_objects_last(objects):
            found.extend(_from_jsonld(item, is_article, opts))
        found.extend(_from_meta(root, opts))
        found.extend(_from_elements(root, opts))
        found.extend(_from_scripts(root, opts))
    if any(_live_blog(item) for item, _ in objects):
        found = [_not_the_start(c) for c in found]
    from_url = (date_from_url(url, opts) or month_from_url(url, opts)) if url else None
    if root is not None and not _well_dated(found, from_url):
        found.extend(_hints(root, opts))
    if from_url is not None:
        found.append(from_url)
    return found


_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage"})


def _live_blog(item: dict[str, Any]) -> bool:
    types = item.get("@type")
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return any(isinstance(t, str) and t.lower() == "liveblogposting" for t in names)


def _not_the_start(candidate: DateCandidate) -> DateCandidate:
    """A live blog prints its latest post's time at its top (and in its first ``<time>``):
    that is no publication date; the blog's start is its JSON-LD ``datePublished``."""
    printed = candidate.source == "html:class" or (
        candidate.source == "html:time" and candidate.kind == "published"
    )
    return attrs.evolve(candidate, kind="other") if printed else candidate


def _page_objects_last(
    objects: list[tuple[dict[str, Any], bool]],
) -> list[tuple[dict[str, Any], bool]]:
    """The JSON-LD objects, a ``WebPage`` counting as the article only when no article object
    is dated: SEO plugins date the page object with the site's or the template's dates, and
    the article object beside it carries the story's."""
    if not any(is_article and not _page_typed(item) for item, is_article in objects):
        return objects
    return [(item, is_article and not _page_typed(item)) for item, is_article in objects]


def _page_typed(item: dict[str, Any]) -> bool:
    """Whether a JSON-LD object is a page and nothing more (``["WebPage", "NewsArticle"]`` is
    an article)."""
    types = item.get("@type")
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    lowered = {t.lower() for t in names if isinstance(t, str)}
    return bool(lowered & _PAGE_TYPES) and lowered <= _PAGE_TYPES | _THING_TYPES


_THING_TYPES = frozenset({"thing", "creativework"})


def _well_dated(found: list[DateCandidate], from_url: DateCandidate | None) -> bool:
    """Whether the page already has a publication date of rank 55 or better (the weak hints
    could not decide, and their walk over every attribute of the page is not free)."""
    if from_url is not None and from_url.kind == "published":
        return True
    return any(c.kind == "published" and c.rank <= threshold("well_dated") for c in found)


def _from_jsonld(
    item: dict[str, Any], is_article: bool, opts: MetaOptions
) -> Iterator[DateCandidate]:
    keys: tuple[tuple[str, DateKind], ...] = (
        ("datePublished", "published"),
        ("dateCreated", "published"),
        ("dateModified", "modified"),
        ("uploadDate", "other"),
        ("date", "other"),
    )
    for key, kind in keys:
        # The article's own dates outrank those of other objects (a video, a web page).
        family = f"{key}/article" if is_article and kind != "other" else key
        rank = rank_of("html:json-ld", family)
        raw = item.get(key)
        if isinstance(raw, int) and not isinstance(raw, bool) and kind != "other":
            raw = str(raw)  # a Unix time written as a number
        if isinstance(raw, str) and raw.strip():
            parsed = date_as(raw, opts) or (epoch_date(raw, opts) if kind != "other" else None)
            if parsed is not None:
                yield DateCandidate(
                    date=parsed, kind=kind, source="html:json-ld", rule=key, raw=raw, rank=rank
                )


# Page state embedded as JSON in scripts (not JSON-LD): "datePublished": "…", "published_at": "…",
# or a Unix time in seconds or milliseconds ("publishedAt": 1709546400).
_SCRIPT_DATE = re.compile(
    r'"(?P<key>datePublished|published_?[aA]t|publish_?[dD]ate|pubDate|firstPublished|'
    r"publicationDate|publishedDate|display_?[dD]ate|first_?[pP]ublish(?:ed)?_?(?:[dD]ate|[aA]t))"
    r'"\s{0,3}:\s{0,3}(?:"(?P<value>[^"]{8,40})"|(?P<epoch>\d{10}(?:\d{3})?)(?![\d.]))'
)


def _from_scripts(root: Any, opts: MetaOptions) -> Iterator[DateCandidate]:
    """The first publication date of the page state a script embeds as JSON (rank 38): the
    first, because later ones are usually the teasers the page also lists."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" or not script.text:
            continue
        match = _SCRIPT_DATE.search(script.text[:200_000])
        if match is None:
            continue
        value = match.group("value")
        parsed = (
            date_as(value.replace("\\/", "/"), opts)
            if value is not None
            else epoch_date(match.group("epoch"), opts)
        )
        if parsed is not None:
            yield DateCandidate(
                date=parsed,
                kind="published",
                source="html:script",
                rule=match.group("key"),
                raw=match.group(0),
                rank=rank_of("html:script", "page-state"),
            )
            return


def _hints(root: Any, opts: MetaOptions) -> Iterator[DateCandidate]:
    """The weak hints: ``data-*`` date attributes outside other pages' cards (rank 58) and a
    date opening the page's description (rank 62)."""
    for kind, name, parsed in attribute_dates(root, opts, elsewhere=_card):
        yield DateCandidate(
            date=parsed,
            kind=kind,
            source="html:attribute",
            rule=name,
            raw=parsed.text,
            rank=rank_of("html:attribute", "data-attribute"),
        )
    described = description_date(root, opts)
    if described is not None:
        yield DateCandidate(
            date=described,
            kind="published",
            source="html:meta",
            rule="description-date",
            raw=described.text,
            rank=rank_of("html:meta", "description-date"),
        )


def _card(element: Any) -> bool:
    return bool(_OTHER_PAGES.search(_context(element))) or _elsewhere(element)


def _meta_kind(key: str) -> tuple[DateKind, int] | None:
    known = meta_tag(key)
    if known is not None:
        kind, family = known
        return cast("DateKind", kind), rank_of("html:meta", family)
    if "date" not in key and "time" not in key and "pub" not in key and "uploaded" not in key:
        return None
    if attribute_stems("modified").search(key):
        return "modified", rank_of("html:meta", "named-modification-tag")
    if attribute_stems("published").search(key):
        return "published", rank_of("html:meta", "named-publication-tag")
    return "other", rank_of("html:meta", "other-date-tag")


_IMAGE_KEYS = frozenset({"og:image", "twitter:image"})


def _image_date(content: str, opts: MetaOptions) -> DateCandidate | None:
    """A full date in the path of the page's share image (``/2016/05/04/cover.png``): the day
    the page's media was uploaded, a last resort when the page prints no date."""
    found = date_from_url(content, opts)
    if found is None:
        return None
    return attrs.evolve(
        found, source="html:meta", rule="og:image-path", rank=rank_of("html:meta", "og:image-path")
    )


def _from_meta(root: Any, opts: MetaOptions) -> Iterator[DateCandidate]:
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = (meta.get("content") or "").strip()
        if key.lower() in _IMAGE_KEYS:
            image = _image_date(content, opts)
            if image is not None:
                yield image
            continue
        if not key or not content or len(content) > 80:
            continue
        if meta.get("itemprop") and _others_item(meta):
            continue
        kind_rank = _meta_kind(key.lower())
        if kind_rank is None:
            continue
        parsed = date_as(content, opts)
        if parsed is None and kind_rank[0] != "other":
            parsed = epoch_date(content, opts)  # "1699451100": a Unix time
        if parsed is not None:
            kind, rank = kind_rank
            yield DateCandidate(
                date=parsed, kind=kind, source="html:meta", rule=key, raw=content, rank=rank
            )


# Microdata items that are not the page's article: their dates are a comment's, a review's…
_OTHER_ITEMS = re.compile(r"(?:Comment|Review|Answer|Question|Rating|Offer|Event)$")


def _others_item(meta: Any) -> bool:
    """Whether an ``itemprop`` date in the body belongs to another item than the page's
    article: the nearest ``itemscope`` is a comment, a review or an answer (comment threads
    mark each comment's date up as ``datePublished``), or it sits in a list of other pages."""
    for parent in meta.iterancestors():
        if parent.get("itemscope") is not None:
            kind = (parent.get("itemtype") or "").strip().rstrip("/")
            return bool(_OTHER_ITEMS.search(kind)) or _elsewhere(meta)
    return False


def _context(element: Any) -> str:
    return " ".join(
        filter(None, (element.get("class"), element.get("id"), element.get("itemprop")))
    )


def _elsewhere(element: Any) -> bool:
    """Whether an element sits in a container of other pages' links or in page furniture."""
    for parent in element.iterancestors():
        if parent.tag in ("body", "html"):  # page-wide classes ("comments-open") say nothing
            break
        if parent.tag in _SKIP_TAGS or (parent.tag == "header" and _masthead(parent)):
            return True
        if parent.tag == "a" and not _same_page(parent):  # inside a link: another page's card
            return True
        if parent.tag == "li" and parent.find(".//a") is not None:
            return True
        if _OTHER_PAGES.search(_context(parent)):
            return True
    return False


def _masthead(header: Any) -> bool:
    """Whether a ``<header>`` is the site's masthead, not the article's: it holds the
    navigation and no headline. A date there is the day of the visit ("Wednesday, 1 November
    2023"), printed on every page of the site."""
    if next(header.iter("h1", "h2"), None) is not None:
        return False
    return any(
        element.tag == "nav" or _NAV_CONTEXT.search(_context(element))
        for element in header.iter()
        if isinstance(element.tag, str)
    )


_NAV_CONTEXT = re.compile(r"(?<![a-z])(?:nav|menu)", re.IGNORECASE)


def _same_page(link: Any) -> bool:
    """Whether a link leads to this page, not to another one: its permalink (``rel="bookmark"``,
    blog engines wrap the article's own date in it) or an anchor on the page itself
    (``href="#timeline"``, a jump to the article's timeline or comments). A date inside such a
    link belongs to this page."""
    if "bookmark" in (link.get("rel") or "").lower().split():
        return True
    return (link.get("href") or "").strip().startswith("#")


# The elements a date may be marked on, and what selects them in libxml2: a ``<time>``, or one
# carrying an attribute (a class, id or itemprop marks a date; an element with none says
# nothing). Most elements of a page have no attribute, and one XPath test in C skips them for
# a fifth of the cost of building each element's Python object and asking it.
_DATED_TAGS = frozenset({"time", "abbr", "span", "div", "p", "small", "em", "dd", "li"})
_MAY_BE_DATED = "descendant-or-self::*[@*] | descendant-or-self::time"


def _from_elements(root: Any, opts: MetaOptions) -> Iterator[DateCandidate]:
    seen_time = False
    classed = 0
    for element in root.xpath(_MAY_BE_DATED):
        if element.tag not in _DATED_TAGS:
            continue
        context = _context(element)
        itemprop = (element.get("itemprop") or "").lower()
        if itemprop in ("datepublished", "datemodified", "datecreated"):
            if not _others_item(element):
                yield from _itemprop(element, itemprop, opts)
            continue
        if element.tag == "time":
            candidate = _time_element(element, context, seen_time, opts)
            if candidate is not None:
                seen_time = seen_time or candidate.kind == "published"
                yield candidate
            continue
        if classed < _MAX_CLASS_ELEMENTS and _date_classed(context):
            classed += 1
            candidate = _classed(element, context, opts)
            if candidate is not None:
                yield candidate


def _date_classed(context: str) -> bool:
    # A plain alternation first (fast in C); the exact regex runs on a few elements a page.
    return bool(_DATE_HINT.search(context)) and bool(_DATE_CLASS.search(context))


def _itemprop(element: Any, itemprop: str, opts: MetaOptions) -> Iterator[DateCandidate]:
    raw = element.get("content") or element.get("datetime") or element.text_content()
    parsed = date_as(raw.strip()[:120], opts) if raw else None
    if parsed is None and element.get("title"):
        # Blogger: <abbr itemprop="datePublished" title="2018-08-02T10:00:00+02:00">10:00</abbr>
        raw = element.get("title")
        parsed = date_as(raw.strip()[:120], opts)
    if parsed is not None:
        kind: DateKind = "modified" if itemprop == "datemodified" else "published"
        yield DateCandidate(
            date=parsed,
            kind=kind,
            source="html:itemprop",
            rule=itemprop,
            raw=raw,
            rank=rank_of("html:itemprop", "itemprop"),
        )


def _time_element(
    element: Any, context: str, seen_time: bool, opts: MetaOptions
) -> DateCandidate | None:
    """The first readable ``<time>`` outside other pages' cards is the article's (rank 30 when
    marked as the publication date, 50 otherwise); later ones are teasers, comments or
    widgets, kept as ``other`` unless marked as modified."""
    raw = (element.get("datetime") or "").strip() or element.text_content().strip()[:120]
    if not raw or _elsewhere(element):
        return None
    parsed = date_as(raw, opts)
    if parsed is None:
        return None
    if attribute_stems("modified").search(context):
        kind: DateKind = "modified"
        family = "marked-modified"
    elif seen_time:
        kind, family = "other", "later"
    elif element.get("pubdate") is not None or attribute_stems("published").search(context):
        kind, family = "published", "marked-published"
    else:
        kind, family = "published", "first"
    rule = "time-pubdate" if element.get("pubdate") is not None else "time-datetime"
    rank = rank_of("html:time", family)
    return DateCandidate(date=parsed, kind=kind, source="html:time", rule=rule, raw=raw, rank=rank)


def _classed(element: Any, context: str, opts: MetaOptions) -> DateCandidate | None:
    text = " ".join(element.text_content().split())
    # An <abbr>, or an empty element, may keep its machine-readable date in ``title``.
    raw = (element.get("title") or "") if element.tag == "abbr" or not text else ""
    text = text or raw.strip()
    if not text or len(text) > 120:
        return None
    if _OTHER_PAGES.search(context) or _elsewhere(element):
        return None
    parsed = date_as(raw, opts) if raw else None
    label = text[:30]
    if parsed is None:
        parsed, label = _labelled_date(text, opts)
    if parsed is None and not raw:
        parsed = _titled(element, opts)
    if parsed is None:
        return None
    kind: DateKind = (
        "modified" if attribute_stems("modified").search(context + " " + label) else "published"
    )
    return DateCandidate(
        date=parsed,
        kind=kind,
        source="html:class",
        rule=context[:60],
        raw=text,
        rank=rank_of("html:class", "date-class"),
    )


def _labelled_date(text: str, opts: MetaOptions) -> tuple[ParsedDate | None, str]:
    """The date of a date element's text with the words before it (its label): the first date
    not labelled as an update, else the first date ("Published 8 Nov 2023, updated 9 Nov 2023"
    and "Updated 9 Nov 2023 | Published 8 Nov 2023" both give the 8th, labelled published)."""
    dates = dates_as(text, opts)
    if not dates:
        return None, ""
    labels = [
        text[max(0, d.start - 30, dates[i - 1].end if i else 0) : d.start]
        for i, d in enumerate(dates)
    ]
    for date, label in zip(dates, labels, strict=True):
        if not attribute_stems("modified").search(label):
            return date, label
    return dates[0], labels[0]


def _titled(element: Any, opts: MetaOptions) -> ParsedDate | None:
    """The absolute date in the ``title`` of a date element that shows a relative one
    ("3 hours ago", "gestern"): timeago widgets and forums keep the real date there."""
    title = (element.get("title") or "").strip()
    return date_as(title[:120], opts) if title else None
