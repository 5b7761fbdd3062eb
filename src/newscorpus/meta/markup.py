"""Metadata from an HTML page's markup: JSON-LD, OpenGraph and ``article:*`` tags, ``<meta>``,
``<time datetime>``, ``<title>``, ``<html lang>`` and the canonical link.

Precedence, per field, first found wins (each value keeps its :class:`~newscorpus.article.Evidence`):

============ =====================================================================================
title        JSON-LD ``headline`` › ``og:title`` › ``<title>``; a site suffix or prefix
             (" | Valley Courier", "Valley Courier - ") is stripped
published    the precedence table and consistency checks of :mod:`newscorpus.meta.dates.choose`
             (JSON-LD › ``article:published_time`` › other meta tags › ``<time>`` › URL …)
modified     JSON-LD ``dateModified`` › ``article:modified_time`` › ``og:updated_time`` …
authors      JSON-LD ``author`` (Person, Organization, string, list) › ``<meta name=author>`` ›
             ``article:author`` (names; a profile URL only when the text prints its name); a
             login spelled out as the text prints it (:mod:`newscorpus.meta.authors.logins`)
source       ``og:site_name`` › JSON-LD ``publisher.name`` › ``application-name``, the first
             that spells the host winning (:mod:`newscorpus.meta.site_name`)
section      JSON-LD ``articleSection`` › ``article:section``
language     JSON-LD ``inLanguage`` › ``<html lang>`` › ``og:locale``
============ =====================================================================================

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html('<html lang="en-GB"><head><title>Bridge reopens | Valley Courier</title>'
    ...                   '<meta property="og:site_name" content="Valley Courier"></head><body></body></html>')
    >>> found = read_html_meta(page)
    >>> found.values["title"], found.values["source"], found.values["language"]
    ('Bridge reopens', 'Valley Courier', 'en')
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, cast

import attrs

from ..article import Evidence
from ..htmlblocks import HtmlPage
from ..options import MetaOptions
from .authors.bylines import is_organisation
from .authors.choose import choose_authors
from .authors.elements import read_dom_byline
from .authors.logins import bio_name, full_names
from .authors.markup import (
    AuthorCandidate,
    clean_author_names,
    jsonld_works,
    labelled_authors,
    profile_candidates,
    surname_first,
    title_byline,
)
from .authors.names import looks_like_person_name
from .authors.nearby import scored_byline
from .authors.sites import domain_owner, only_site, site_names
from .dates.choose import DateCandidate, choose_modified, choose_published
from .dates.markup import html_date_candidates
from .jsonld import jsonld_blobs, typed_objects
from .partial import Found, MetaFields
from .site_name import put_site_name
from .titles.markup import put_title, strip_site_name

__all__ = ["jsonld_articles", "jsonld_objects", "read_html_meta", "strip_site_name"]

_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "blogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "scholarlyarticle",
        "liveblogposting",
        "webpage",
        "report",
        "socialmediaposting",
    }
)


def read_html_meta(
    page: HtmlPage, *, url: str | None = None, options: MetaOptions | None = None
) -> Found:
    """Read every metadata source of the markup into a :class:`~newscorpus.meta.partial.Found`.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<head><meta property="article:published_time" content="2024-03-04T09:15:00+01:00">'
        ...                   '<meta name="author" content="Ann Lee"></head>')
        >>> found = read_html_meta(page)
        >>> found.values["published"].value.isoformat(), found.values["authors"], found.evidence["authors"].rule
        ('2024-03-04T09:15:00+01:00', ('Ann Lee',), 'author')
    """
    root = page.root
    if root is None:
        return Found()
    opts = options or MetaOptions()
    metas = _meta_tags(root)
    values: dict[str, Any] = {}
    evidence: dict[str, Evidence] = {}

    def put(name: str, value: Any, source: str, rule: str, raw: str = "") -> None:
        if name not in values and value not in (None, "", ()):
            values[name] = value
            evidence[name] = Evidence(source=source, rule=rule, raw=raw[:300])

    blobs = jsonld_blobs(root)
    ids = _jsonld_ids(blobs)
    items = [item for blob in blobs for item in _article_objects(blob, depth=0)]
    for item in items:
        _from_jsonld(item, put, opts, ids)
    statements: list[tuple[str, str]] = [
        (key, metas[key]) for key in ("og:site_name", "application-name") if key in metas
    ]
    statements += [("publisher.name", n) for i in items for n in _names(i.get("publisher"), ids)]
    put_site_name(statements, put, url=url)
    # Not the JSON-LD publisher: on one-person blogs the publisher is the author.
    sites = site_names(metas.get("og:site_name"), metas.get("application-name"), url=url)
    chosen = _chosen_authors(root, blobs, items, ids, metas, sites=sites)
    named_site = metas.get("og:site_name") or metas.get("application-name")
    if chosen is None and not (values.get("source") or named_site):
        # Nobody named and no publisher either: a one-person site named after its owner.
        title = root.find(".//title")
        owner = domain_owner([None if title is None else title.text_content()], url=url)
        if owner:
            put("authors", (owner,), "html:title", "domain-owner", owner)
    if chosen is not None:
        put("authors", full_names(chosen.names, root), chosen.source, chosen.rule, chosen.raw)
        typed = _organisation_names(items, ids) if chosen.source == "html:json-ld" else set()
        orgs = tuple(n for n in chosen.names if is_organisation(n) or n.casefold() in typed)
        put("organisations", orgs, chosen.source, chosen.rule, chosen.raw)
    site = values.get("source") or metas.get("og:site_name") or metas.get("application-name")
    title_site = put_title(root, items, metas, put, (*sites, *([site] if site else [])), url=url)
    if title_site:  # a fallback for the publisher, read after the text's own (no evidence kept)
        values["site_in_title"] = title_site
    _from_meta(metas, put, opts, site)
    _put_dates(html_date_candidates(root, url=url, options=opts, jsonld=jsonld_objects(root)), put)
    if page.lang:
        put(
            "language",
            page.lang.split("-")[0].split("_")[0].lower(),
            "html:lang",
            "html-lang",
            page.lang,
        )
    canonical = root.find(".//link[@rel='canonical']")
    if canonical is not None and canonical.get("href"):
        put("canonical_url", canonical.get("href"), "html:link", "canonical")
    og_url = metas.get("og:url", "")  # only a web address is one: no javascript: or data:
    web = og_url.lower().startswith(("http://", "https://"))
    put("url", url or (og_url if web else None), "html:meta", "og:url")
    return Found(values=cast(MetaFields, values), evidence=evidence)


def _meta_tags(root: Any) -> dict[str, str]:
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    return metas


def jsonld_objects(root: Any) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every JSON-LD object on the page with any date key, and whether it is an article; the
    entries of a list (``itemListElement``), comments, reviews, related links and a live
    blog's posts (``liveBlogUpdate``) are other pages', readers' or later items and are left
    out.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<script type="application/ld+json">[{"@type": "VideoObject",'
        ...                   '"uploadDate": "2024-01-02"}, {"@type": "NewsArticle"}]</script>')
        >>> [(o["@type"], is_article) for o, is_article in jsonld_objects(page.root)]
        [('VideoObject', False)]
    """
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        yield from _dated_objects(data, depth=0)


_DATE_KEYS = ("datePublished", "dateCreated", "dateModified", "uploadDate")
# A live blog's posts (liveBlogUpdate) are dated when each was posted, the last one latest.
_OTHERS_KEYS = frozenset(
    {"itemListElement", "comment", "review", "relatedLink", "significantLink", "liveBlogUpdate"}
)


def _dated_objects(data: Any, depth: int) -> Iterator[tuple[dict[str, Any], bool]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _dated_objects(item, depth + 1)
    elif isinstance(data, dict):
        if any(key in data for key in _DATE_KEYS):
            yield data, _is_article(data)
        for key, value in data.items():
            # Other pages' and readers' items: a list's entries, comments, reviews.
            if isinstance(value, dict | list) and key not in _OTHERS_KEYS:
                yield from _dated_objects(value, depth + 1)


def _is_article(data: dict[str, Any]) -> bool:
    types = data.get("@type")
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in names)


def jsonld_articles(root: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of an article type on the page (``@graph`` and lists unrolled).

    Broken JSON-LD is skipped: pages carry plenty of it, and it must not stop extraction.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"},'
        ...                   '{"@type": "NewsArticle", "headline": "Ferries return"}]}</script>')
        >>> [item["headline"] for item in jsonld_articles(page.root)]
        ['Ferries return']
    """
    for blob in jsonld_blobs(root):
        yield from _article_objects(blob, depth=0)


def _jsonld_ids(blobs: list[Any]) -> dict[str, dict[str, Any]]:
    """Every JSON-LD object that has an ``@id``, by id: an article's ``"author": {"@id": …}``
    points at a Person elsewhere in the ``@graph`` (the way WordPress SEO plugins write it)."""
    found: dict[str, dict[str, Any]] = {}
    stack: list[tuple[Any, int]] = [(blob, 0) for blob in blobs]
    while stack:
        data, depth = stack.pop()
        if depth > 6:
            continue
        if isinstance(data, list):
            stack.extend((item, depth + 1) for item in data)
        elif isinstance(data, dict):
            key = data.get("@id")
            if isinstance(key, str) and len(data) > 1:
                found.setdefault(key, data)
            stack.extend(
                (value, depth + 1) for value in data.values() if isinstance(value, list | dict)
            )
    return found


def _article_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    return typed_objects(data, _ARTICLE_TYPES, depth)


def _names(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip()) if len(value) < 200 else ()
    if isinstance(value, dict):
        if "name" not in value and ids and isinstance(value.get("@id"), str):
            value = ids.get(value["@id"], value)
        name = value.get("name")
        if isinstance(name, list):  # "name": ["Ann Lee"]
            return _names(name, ids)
        if name is None and isinstance(value.get("familyName"), str):
            name = f"{value.get('givenName') or ''} {value['familyName']}"
        return (name.strip(),) if isinstance(name, str) and name.strip() else ()
    if isinstance(value, list):
        return tuple(n for item in value for n in _names(item, ids))
    return ()


def _from_jsonld(
    item: dict[str, Any], put: Any, opts: MetaOptions, ids: dict[str, dict[str, Any]]
) -> None:
    src = "html:json-ld"
    section = item.get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str)), None)
    if isinstance(section, str):
        put("section", section.strip(), src, "articleSection", section)
    language = item.get("inLanguage")
    if isinstance(language, str):
        put("language", language.split("-")[0].lower(), src, "inLanguage", language)


# Which <meta> keys feed which field, in precedence order (data, not code).
_META_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("og:title", "twitter:title")),
    (
        "authors",
        (
            "author",
            "article:author",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
            # less common spellings of the same: Dublin Core terms, Open Graph, analytics tags
            "dcterms.creator",
            "dc:creator",
            "dc.author",
            "article:author_name",
            "og:author",
            "cxenseparse:author",
            "byl",
            "citation_author",
            # plugins' and analytics' own keys
            "og:article:author",
            "shareaholic:article_author_name",
            "author_name",
        ),
    ),
    ("section", ("article:section",)),
    ("language", ("og:locale",)),
    ("description", ("description", "og:description")),
)


def _meta_value(field: str, raw: str, opts: MetaOptions, site: str | None) -> Any:
    if field == "title":
        return strip_site_name(raw, site)
    if field == "authors":
        return None if "://" in raw else _names(raw)
    if field == "language":
        return raw.split("_", maxsplit=1)[0].lower()
    return raw


def _organisation_names(items: list[dict[str, Any]], ids: dict[str, dict[str, Any]]) -> set[str]:
    """Casefolded names of the JSON-LD authors typed ``Organization`` (or a subtype)."""
    found: set[str] = set()
    for item in items:
        authors = item.get("author")
        for given in authors if isinstance(authors, list) else [authors]:
            author = given
            if isinstance(given, dict) and "name" not in given:
                author = ids.get(str(given.get("@id")), given)
            kind = author.get("@type") if isinstance(author, dict) else None
            kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
            if "Person" not in kinds and any("Organization" in k for k in kinds):
                found.update(n.casefold() for n in _names(author))
    return found


def _chosen_authors(
    root: Any,
    blobs: list[Any],
    items: list[dict[str, Any]],
    ids: dict[str, dict[str, Any]],
    metas: dict[str, str],
    *,
    sites: tuple[str, ...],
) -> AuthorCandidate | None:
    """The author candidate to believe among the markup's sources (see
    :mod:`~newscorpus.meta.authors.choose`)."""
    candidates = _author_candidates(root, items, ids, metas)
    works = (w for blob in blobs for w in jsonld_works(blob))
    work = next(
        (n for n in (clean_author_names(_names(w.get("author"), ids)) for w in works) if n), ()
    )
    if work:  # a recipe's or a forum thread's author, when nothing names an article's
        candidates.append(AuthorCandidate(names=work, source="html:json-ld", rule="work-author"))
    chosen = choose_authors(_people_first(candidates, _organisation_names(items, ids)), sites=sites)
    if chosen is not None and chosen.source == "html:json-ld":
        bios = _author_bios(items, ids)
        names = tuple(bio_name(n, bios[n]) or n if n in bios else n for n in chosen.names)
        chosen = attrs.evolve(chosen, names=names)
    if chosen is not None and only_site(chosen.names, sites):
        # Only the site signs: a person the page prints by the headline is the better guess.
        guess = scored_byline(root, sites=sites)
        if guess is not None:
            return AuthorCandidate(
                names=guess.authors, source="html:byline", rule="scored-block", raw=guess.text
            )
    return chosen


def _author_bios(items: list[dict[str, Any]], ids: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each JSON-LD author's ``description`` by the author's name."""
    found: dict[str, str] = {}
    for item in items:
        authors = item.get("author")
        for given in authors if isinstance(authors, list) else [authors]:
            author = ids.get(str(given.get("@id")), given) if isinstance(given, dict) else None
            if isinstance(author, dict):
                name, bio = author.get("name"), author.get("description")
                if isinstance(name, str) and isinstance(bio, str):
                    found.setdefault(name.strip(), bio[:500])
    return found


def _people_first(
    candidates: list[AuthorCandidate], organisations: set[str]
) -> list[AuthorCandidate]:
    """The byline element before a JSON-LD author typed ``Organization`` when the byline names
    people: the markup's organisation is the publisher or its desk, the byline the writer."""
    first = candidates[0] if candidates else None
    if first is None or first.source != "html:json-ld" or not organisations:
        return candidates
    if not all(n.casefold() in organisations for n in first.names):
        return candidates
    byline = next((c for c in candidates if c.source == "html:byline"), None)
    if byline is None or not all(looks_like_person_name(n) for n in byline.names):
        return candidates
    return [byline, *(c for c in candidates if c is not byline)]


def _author_candidates(
    root: Any, items: list[dict[str, Any]], ids: dict[str, dict[str, Any]], metas: dict[str, str]
) -> list[AuthorCandidate]:
    """Author names from JSON-LD, the byline element and the meta tags, in that order."""
    found: list[AuthorCandidate] = []
    for item in items:
        # schema.org's creator is author's parent property: some pages give only it
        given = item.get("author") or item.get("creator")
        names = clean_author_names(_names(given, ids))
        if names:
            raw = json.dumps(given, ensure_ascii=False)[:300]
            found.append(
                AuthorCandidate(names=names, source="html:json-ld", rule="author", raw=raw)
            )
            break
    labelled = labelled_authors(metas)
    if labelled:
        found.append(
            AuthorCandidate(
                names=labelled, source="html:meta", rule="twitter:label", raw=labelled[0]
            )
        )
    byline = read_dom_byline(root)
    if byline is not None:
        found.append(
            AuthorCandidate(
                names=byline.authors, source="html:byline", rule=byline.rule, raw=byline.text
            )
        )
    for key in dict(_META_KEYS)["authors"]:
        value = metas.get(key, "")
        # Dublin Core and citations write "Lee, Ann"; other keys do when a given name says so
        value = surname_first(value, known_given=not key.startswith(("dc", "citation")))
        names = clean_author_names(_names(value))
        if names:
            found.append(AuthorCandidate(names=names, source="html:meta", rule=key, raw=metas[key]))
    found.extend(profile_candidates(root, metas))
    title = root.find(".//title")
    text = "" if title is None else title.text_content()
    titled = title_byline(text)
    if titled:
        found.append(
            AuthorCandidate(names=titled, source="html:title", rule="title-byline", raw=text)
        )
    return found


def _from_meta(metas: dict[str, str], put: Any, opts: MetaOptions, site: str | None) -> None:
    for field, keys in _META_KEYS:
        if field in ("authors", "title"):  # chosen among all sources by their own readers
            continue
        for key in keys:
            if key in metas:
                put(field, _meta_value(field, metas[key], opts, site), "html:meta", key, metas[key])


def _put_dates(candidates: list[DateCandidate], put: Any) -> None:
    """The published and modified dates the markup alone supports; all candidates are kept for
    the final choice, which also weighs the dates printed in the text."""
    published = choose_published(candidates)
    modified = choose_modified(candidates)
    for name, chosen in (("published", published), ("modified", modified)):
        if chosen is not None:
            put(name, chosen.date, chosen.source, chosen.rule, chosen.raw)
    put("date_candidates", tuple(candidates), "html", "all-dates")
