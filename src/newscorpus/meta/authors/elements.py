"""Authors from the byline elements of an HTML page.

Pages mark their byline in the markup far more often than in ``<meta>``: ``itemprop="author"``,
``rel="author"`` links, and elements whose class or id says ``author``, ``byline``, ``autor``,
``auteur``, ``verfasser``, ``redakteur``, ``journalist``, ``writer``, ``reporter``, ``creator``
or (forums) ``username``. Comment sections, author boxes and related-post lists carry such
classes too, so an element inside a comment, sidebar, related or footer region, or one that is an
avatar, a bio or a "more posts by" link, is not a byline.

The innermost byline element wins over the ones around it (``<span class=byline>By <span
class=author>Ann Lee</span></span>`` gives the inner one); the first byline in document order is
taken, together with its byline siblings (several ``rel=author`` links under one parent, or each
alone in a wrapper of the same tag). The element's text (list items read one by one) loses its
prefix in any of a dozen languages ("By", "Veröffentlicht von", "par", "Автор:" …) and any date
after the names; what is left is split into names ("A, B und C").
Nicknames in one word are kept here (blogs sign with them), unlike in free text, where a single
word is too weak a sign of a name.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html('<article><p class="byline">Veröffentlicht von<a rel="author">Ann Lee</a>'
    ...                   ' am 3. Mai 2024</p><div class="comments"><span class="comment-author">'
    ...                   'Tom</span></div></article>')
    >>> read_dom_byline(page.root).authors
    ('Ann Lee',)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...vocab import alternation, words
from .bylines import Byline, is_organisation
from .element_names import (
    ALL_POSTS,
    BYLINE_PREFIX,
    LEAD_TIME,
    MAX_BYLINE_TEXT,
    byline_text,
    names_in,
    names_of,
)
from .regions import BREAK_TAGS, SKIP_TAGS, attr_text, region_tier
from .unmarked import read_unmarked_byline

__all__ = ["read_dom_byline"]


__all__ = ["read_dom_byline"]


_MARK = re.compile(
    r"author|byline|autor|auteur|verfasser|redakteur|journalist|writer|submitted|contributor|"
    r"user[-_]?name|nickname|reporter|redaktor|periodista|creator|"
    r"(?:^|[-_])by(?:$|[-_])",  # "posted-by", "meta_by", "by"
    re.IGNORECASE,
)


# Words of a class token that make an "author…" element something other than a byline.
_NOT_BYLINE = re.compile(
    r"comment|avatar|image|img|pic|photo|bio|desc|about|box|social|follow|more|related|widget|"
    r"theme|form|quote|title|label|prep|icon|recommend|(?<!journa)list|other|link-text|books?\b",
    re.IGNORECASE,
)


_META_WORD = re.compile(r"meta|info|credit", re.IGNORECASE)


@cache
def _label() -> re.Pattern[str]:
    """An element holding only a label ("Autor:", "Written by") before the names' element."""
    labels = alternation(words("byline_prefixes", "element_labels"))
    return re.compile(rf"^[\s|·•–—-]*(?:{labels})\s*:?\s*$", re.IGNORECASE)


_LABEL_TAGS = frozenset({"span", "strong", "b", "em", "i", "dt", "th", "label", "small"}) | {
    f"h{n}" for n in range(1, 7)
}


# A first cheap test on every element, before the closer ones (they cost a Python call each).
_ANY_MARK_PATTERN = (
    r"author|byline|autor|auteur|verfasser|redakteur|journalist|writer|submitted|contributor|"
    r"user[-_]?name|nickname|reporter|redaktor|periodista|creator|"
    r"meta|info|credit|(?:^|[\s_-])by(?:$|[\s_-])"
)
_ANY_MARK_LOWER = re.compile(_ANY_MARK_PATTERN)
_ANY_MARK_ANY_CASE = re.compile(_ANY_MARK_PATTERN, re.IGNORECASE)


def _any_mark(marker: str) -> bool:
    """Whether an element's class and id words (``marker``) hold a byline or meta mark, as
    ``_ANY_MARK_PATTERN`` searched case-insensitively finds. Class and id strings are nearly
    always ASCII, whose lower case matches exactly as a case-insensitive search would (the
    pattern is ASCII too), at a quarter of the cost; other text takes the case-insensitive one.

    Example:
        >>> _any_mark("entry-Author vcard"), _any_mark("posted-BY"), _any_mark("bypass nav")
        (True, True, False)
    """
    if marker.isascii():
        return _ANY_MARK_LOWER.search(marker.lower()) is not None
    return _ANY_MARK_ANY_CASE.search(marker) is not None


def _shaped(root: Any) -> list[Any]:
    """Elements shaped like a byline, a label or a post's meta line, in document order."""
    found = []
    # A page repeats its class and id strings many times over: each is searched once. An
    # element without attributes has no marker to find (every mark needs a letter).
    marked: dict[str, bool] = {}
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        attrib = element.attrib
        if attrib:
            marker = f"{attrib.get('class', '')} {attrib.get('id', '')}"
            mark = marked.get(marker)
            if mark is None:
                mark = marked[marker] = _any_mark(marker)
            mark = mark or "itemprop" in attrib or "rel" in attrib
        else:
            mark = False
        if mark or tag == "address":
            if _is_byline_element(element) or _is_label(element) or _is_meta_line(element):
                found.append(element)
        elif tag in _LABEL_TAGS and _is_label(element):
            found.append(element)
    return found


def read_dom_byline(root: Any) -> Byline | None:
    """The names in the page's first byline element, or None when there is none.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html('<div class="meta"><span class="author vcard">von '
        ...                   '<a href="/u/">Eva Sousa</a> und Tom Park</span></div>')
        >>> read_dom_byline(page.root).authors
        ('Eva Sousa', 'Tom Park')
        >>> read_dom_byline(parse_html("<p>No byline here.</p>").root) is None
        True
    """
    if root is None:
        return None
    tiers = [(el, region_tier(el)) for el in _shaped(root)]
    # Bylines of the article first; an author box ("About the author") only when there is none.
    for tier in (0, 1):
        candidates = [el for el, region in tiers if region is not None and region <= tier]
        byline = _first_byline(candidates)
        if byline is not None:
            return byline
    return read_unmarked_byline(root)


def _is_meta_line(element: Any) -> bool:
    """A post's meta line that opens with a byline prefix: ``<p class="postmetadata">Von …``."""
    if not isinstance(element.tag, str) or not _META_WORD.search(attr_text(element)):
        return False
    text = " ".join(element.text_content().split())
    if not text or len(text) > MAX_BYLINE_TEXT:
        return False
    return _meta_byline(text) is not None


# "Posted in Travel by ann on 3 May": a byline word inside a post's meta line.
@cache
def _inner_by() -> re.Pattern[str]:
    prepositions = alternation(words("byline_prefixes", "en", "de", "fr", "es"))
    return re.compile(rf"\s(?:{prepositions})\s+(?=\S)", re.IGNORECASE)


def _meta_byline(text: str) -> str | None:
    """The byline part of a meta line: from its prefix (at the start, after a date, or inside)."""
    text = LEAD_TIME.sub("", text)
    if ALL_POSTS.match(text):
        return None  # "Bereitgestellt von WordPress.com": the platform's credit
    match = BYLINE_PREFIX.match(text)
    if match is not None and match.end() < len(text):
        return text
    inner = _inner_by().search(text)
    return text[inner.start() :].strip() if inner else None


def _first_byline(candidates: list[Any]) -> Byline | None:
    inner = _innermost(candidates)
    for index, element in enumerate(inner):
        names = _names_after_label(element) if _is_label(element) else names_of(element)
        if _is_meta_line(element) and not _is_byline_element(element):
            names = names_in(_meta_byline(" ".join(element.text_content().split())) or "")
        if not names:
            continue
        parent = element.getparent()
        for sibling in inner[index + 1 :]:
            if sibling.getparent() is parent or _cousins(element, sibling):
                names += tuple(n for n in names_of(sibling) if n not in names)
        text = " ".join(element.text_content().split())
        return Byline(
            authors=names,
            organisations=tuple(n for n in names if is_organisation(n)),
            rule=_rule(element),
            text=text,
        )
    return None


def _cousins(element: Any, other: Any) -> bool:
    """Two bylines each alone in a wrapper of the same tag under one parent: ``<div><a
    rel=author>Ann Lee</a></div><div><a rel=author>Tom Park</a></div>``."""
    mine, theirs = element.getparent(), other.getparent()
    if mine is None or theirs is None or mine.tag != theirs.tag:
        return False
    if len(mine) != 1 or len(theirs) != 1:
        return False
    return mine.getparent() is not None and mine.getparent() is theirs.getparent()


def _is_label(element: Any) -> bool:
    """A label printed in its own element: ``<strong>Autor:</strong> Ann Lee``."""
    if element.tag not in _LABEL_TAGS or len(element) or not element.text:
        return False
    return bool(_label().match(element.text))


def _names_after_label(label: Any) -> tuple[str, ...]:
    parts = [label.tail or ""]
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in BREAK_TAGS or _is_label(sibling):
            break
        parts += [byline_text(sibling), sibling.tail or ""]
    text = " ".join(" ".join(parts).split())
    if not text:  # the label heads a block or line of its own: the name comes next
        text = _text_after_breaks(label)
    return names_in(text)


def _text_after_breaks(label: Any) -> str:
    """The text after a label that ends its line: past any ``<br>`` (``<b>Von:</b><br><br>Ann
    Lee``), or the next element's text (``<dt>Autor</dt><dd>Ann Lee</dd>``); a label alone in
    its block looks after the block (``<p><b>By</b></p><p>Ann Lee</p>``)."""
    element = label
    own = " ".join(label.text_content().split())
    for _ in range(3):
        text = _text_after(element)
        parent = element.getparent()
        if text or parent is None or " ".join(parent.text_content().split()) != own:
            return text
        element = parent
    return ""


def _text_after(label: Any) -> str:
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # a comment
        if sibling.tag != "br":
            return byline_text(sibling)
        if (sibling.tail or "").strip():
            return " ".join((sibling.tail or "").split())
    return ""


def _rule(element: Any) -> str:
    if _is_label(element):
        return "byline-label"
    if "author" in (element.get("itemprop") or "").lower():
        return "itemprop-author"
    if "author" in (element.get("rel") or "").lower():
        return "rel-author"
    return "byline-class"


def _innermost(elements: list[Any]) -> list[Any]:
    """The ``elements`` that hold none of the others, in order. Each ancestor is walked once
    (a walk stops where an earlier one passed), so thousands of nested candidates cost linear
    time."""
    ancestors: set[Any] = set()
    for element in elements:
        parent = element.getparent()
        while parent is not None and parent not in ancestors:
            ancestors.add(parent)
            parent = parent.getparent()
    return [el for el in elements if el not in ancestors]


def _is_byline_element(element: Any) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return False
    if "author" in (element.get("itemprop") or "").lower():
        return True
    if "author" in (element.get("rel") or "").lower() and tag == "a":
        return True
    if tag == "address":  # HTML's own element for the author's contact
        return True
    words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    marked = [w for w in words if _MARK.search(w)]
    return bool(marked) and not any(_NOT_BYLINE.search(w) for w in marked)
