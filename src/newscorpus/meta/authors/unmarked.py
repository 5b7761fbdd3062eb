"""Bylines that no class, ``itemprop`` or ``rel`` marks, read when the page has no marked one: a
"by" paragraph or meta line, a label in running text ("Autor: Ann Lee"), a link to the author's
page, a signature closing the article, ``data-author``, the post author's own comment, and a name
printed alone near the headline. Each needs more evidence than a marked byline does, since nothing
but its shape says it is one.

:func:`read_unmarked_byline` is
:func:`~newscorpus.meta.authors.elements.read_dom_byline`'s fallback.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> root = parse_html('<article><h1>Flood</h1><p>Von Ann Lee</p><p>The river rose.</p></article>').root
    >>> read_unmarked_byline(root).authors
    ('Ann Lee',)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from lxml import etree

from ...vocab import alternation, words
from .bylines import Byline, role_words, split_authors
from .element_names import (
    BYLINE_PREFIX,
    DATE_TAIL,
    INVISIBLE,
    JUNK_TAIL,
    LEAD_TIME,
    names_in,
    names_of,
    role_tail,
)
from .names import looks_like_person_name, names_a_person
from .regions import BREAK_TAGS, SKIP_TAGS, in_article, region_tier

__all__ = ["author_href", "elements_after", "read_unmarked_byline"]

# No block child (one test of the children, far cheaper in libxml2 than eight child paths), first:
# the text tests read all the text below an element, quadratic in nested <div>s.
_NO_BLOCK_CHILD = (
    "[not(*[self::p or self::div or self::ul or self::ol or self::table or self::section"
    " or self::article or self::li])]"
)
# Not ASCII letters alone, which hold no space and no digit (every byline shape needs one): it
# spares the length test and the Python object of each line like "Home".
_NOT_ONE_WORD = "[translate(., 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '')]"
_SHORT = "[string-length(normalize-space(.)) <= 90]"
# <small> too: themes print the post's meta line in small type ("<small>04.02.2022 | Ann Lee</small>").
_SHORT_BLOCKS_XPATH = " | ".join(
    f"//{tag}{_NO_BLOCK_CHILD}{_NOT_ONE_WORD}{_SHORT}" for tag in ("p", "div", "small")
)


# "Autor: Ann Lee" opening a line of running text (after a <br>), not an element of its own.
@cache
def _text_label_pattern() -> re.Pattern[str]:
    labels = alternation(words("byline_prefixes", "text_labels"))
    # After the line break only spaces within the line: "\n\s*" would retry every blank line
    # of a run (quadratic); the last break before the label starts the same match.
    return re.compile(
        rf"(?:^|\n)[^\S\n]*(?P<label>{labels})\s*[:：]\s*(?P<rest>[^\n]*)$", re.IGNORECASE
    )


# What a text node holding a label must contain: parts of "Autor", "Author", "Verfasser",
# "Auteur", "Автор", "Text:", "Tekst:", "Texto:", "作者", "编辑".
_TEXT_LABEL_NEEDLES = (
    "utor",
    "uthor",
    "erfasser",
    "uteur",
    "втор",
    "ext:",
    "ekst:",
    "exto:",
    "作者",
    "编辑",
)
_TEXT_LABEL_XPATH = "//text()[{}]".format(
    " or ".join(f"contains(., '{needle}')" for needle in _TEXT_LABEL_NEEDLES)
)
# The page's text is every text node joined: a needle no node holds is not in it either, so
# one search of it spares the XPath's ten tests of every text node on most pages.
_PAGE_TEXT = etree.XPath("string(/)")  # the whole document, as "//text()" searches


@cache
def _profession() -> re.Pattern[str]:
    """A profession written before a name ("Rechtsanwalt Ann Lee"); the name is the person."""
    professions = alternation(words("roles", "professions"))
    return re.compile(rf"^(?:{professions})\s+(?=\S+\s+\S)", re.IGNORECASE)


def _text_label(root: Any) -> Byline | None:
    """A label opening a line of running text: ``…<br>Autor: <a>Ann Lee</a><br>…``; the line
    up to its break is the byline (one name unless the label is plural)."""
    page_text = _PAGE_TEXT(root)
    if not any(needle in page_text for needle in _TEXT_LABEL_NEEDLES):
        return None
    for node in root.xpath(_TEXT_LABEL_XPATH):
        match = _text_label_pattern().search(str(node)) if len(node) < 2000 else None
        owner = node.getparent()
        holder = owner.getparent() if owner is not None and node.is_tail else owner
        if match is None or holder is None or holder.tag in SKIP_TAGS or not in_article(holder):
            continue
        text = " ".join([match.group("rest"), *_line_after(owner, node.is_tail)]).strip()
        text = _profession().sub("", " ".join(text.split()))
        if not match.group("label").casefold().endswith(("en", "s")):
            text = text.split(",")[0]
        names = names_in(text) if text else ()
        if names:
            return Byline(authors=names, rule="text-label", text=text)
    return None


_EMPHASIS = frozenset({"b", "strong", "i", "em"})


# The writer's name in brackets closing the article's last paragraph: "… bleibt spannend. (Ann
# Lee)", as local papers sign; "+++" and the like may follow.
_BRACKETED = re.compile(r"\((?P<name>[^()]{5,40})\)[\s+*.]{0,5}$")


def _last_paragraphs(root: Any) -> list[Any]:
    """The ``<p>`` elements no ``<p>`` follows among their siblings, in document order: each
    element's last ``<p>`` child, found in libxml2 in one pass (``//p[not(following-sibling::p)]``
    is quadratic in a run of sibling paragraphs, and a walk of the siblings in Python is slow).

    Example:
        >>> import lxml.html
        >>> root = lxml.html.fromstring("<div><p>a</p><p>b</p><div><p>c</p></div><i>d</i></div>")
        >>> [p.text for p in _last_paragraphs(root)]
        ['b', 'c']
    """
    alone = root.tag == "p" and next(root.itersiblings("p"), None) is None  # not in the XPath
    return [root] * alone + list(root.xpath("descendant-or-self::*/p[last()]"))


def _bracketed_signature(root: Any) -> Byline | None:
    """The article signed in brackets at the end of its last paragraph, the name a person's
    (opening with a common given name), after twenty words of text."""
    for element in _last_paragraphs(root):
        text = " ".join(element.text_content().split())
        match = _BRACKETED.search(text) if len(text) < 3000 else None
        if match is None or not names_a_person(match.group("name").strip()):
            continue
        before = text[: match.start()].split()
        previous = element.getprevious()
        if previous is not None and len(before) < 20:
            before = " ".join(previous.text_content().split()).split()
        if len(before) >= 20 and in_article(element):
            name = match.group("name").strip()
            return Byline(authors=(name,), rule="signed-paragraph", text=match.group(0))
    return None


def _signed_paragraph(root: Any) -> Byline | None:
    """The article signed at its end: a last paragraph that is only a person's name in bold or
    italics, right after a paragraph of text (``…ermitteln.</p><p><b>Ann Lee</b></p>``)."""
    for element in _last_paragraphs(root):
        if not any(child.tag in _EMPHASIS for child in element):
            continue
        text = " ".join(element.text_content().split())
        emphasis = [child for child in element if child.tag in _EMPHASIS]
        previous = element.getprevious()
        if not (4 < len(text) <= 40 and len(emphasis) == 1 and previous is not None):
            continue
        if element.getnext() is not None:  # a heading over a list or a box, not a signature
            continue
        inner = " ".join(emphasis[0].text_content().split())
        before = " ".join(previous.text_content().split())
        if inner != text or previous.tag != "p" or len(before.split()) < 20:
            continue
        name = BYLINE_PREFIX.sub("", text, count=1)
        if looks_like_person_name(name) and len(name.split()) in (2, 3) and in_article(element):
            return Byline(authors=(name,), rule="signed-paragraph", text=text)
    return None


def _line_after(owner: Any, is_tail: bool) -> list[str]:
    """The inline text that follows a text node up to the next break."""
    parts: list[str] = []
    following = owner.itersiblings() if is_tail else iter(owner)
    for element in following:
        if not isinstance(element.tag, str):
            continue
        if element.tag in BREAK_TAGS:
            break
        parts += [element.text_content(), element.tail or ""]
        if "\n" in (element.tail or "").strip():
            break
    return parts


# An author's page: "/author/ann-lee/", "/autoren/ann-lee-6841", "/auteur/ann-lee", and the
# other directories sites keep their writers in ("/people/", "/profile/", "/journalists/",
# "/staff/", "/contributors/", "/redaktion/" …); the link's text must be the person the address
# spells, so a directory word alone proves nothing.
@cache
def author_href() -> re.Pattern[str]:
    """An author's page address; ``slug`` (or ``handle``) is its last segment.

    Example:
        >>> author_href().search("https://example.com/autoren/ann-lee-6841").group("slug")
        'ann-lee-6841'
    """
    authors = alternation(words("author_pages", "author_folders", "member_folders"))
    return re.compile(
        rf"/(?:{authors})/(?:[^/?#]+/)?(?P<slug>[^/?#]+)|/@(?P<handle>[^/?#]+)", re.IGNORECASE
    )


# The title WordPress and other blog engines put on the link to an author's posts: "Posts by Ann
# Lee", "Beiträge von Ann Lee", "Articles par Ann Lee", "Entradas de Ann Lee".
_POSTS_BY = re.compile(
    r"^(?:(?:view|see)\s+)?(?:all\s+)?(?:posts|articles|entries|stories)\s+by\s+|"
    r"^(?:alle\s+)?(?:beiträge|artikel|einträge)\s+von\s+|^(?:alles|mehr)\s+von\s+|"
    r"^more\s+(?:from|by)\s+|"
    r"^(?:tous\s+les\s+)?articles\s+(?:de|par)\s+|^(?:entradas|artículos)\s+(?:de|por)\s+|"
    r"^(?:articoli|post)\s+di\s+",
    re.IGNORECASE,
)


def _posts_by_title(link: Any) -> tuple[str, ...]:
    """The name of a link titled "Posts by Ann Lee" whose text is that name."""
    title = " ".join((link.get("title") or "").split())
    match = _POSTS_BY.match(title) if len(title) <= 80 else None
    if match is None or region_tier(link) != 0:
        return ()
    text = " ".join(link.text_content().split())
    names = names_in(text)
    return names[:1] if names and _fold(title[match.end() :]) == _fold(text) else ()


def _posts_by_text(link: Any) -> tuple[str, ...]:
    """The name in a link to an author's page that reads "Alles von Ann Lee" or "All posts by
    Ann Lee" (an author box's link to her archive); the address must spell a word of it
    (``/author/ann``)."""
    match = author_href().search(link.get("href") or "")
    text = " ".join(link.text_content().split())
    by = _POSTS_BY.match(text) if match is not None and len(text) <= 80 else None
    if match is None or by is None or region_tier(link) is None:  # the article or its author box
        return ()
    names = names_in(text[by.end() :])
    slug = _fold(match.group("slug") or match.group("handle"))
    spelled = len(names) == 1 and looks_like_person_name(names[0])
    if spelled and any(len(word) > 2 and _fold(word) in slug for word in names[0].split()):
        return names
    return ()


def _author_link(root: Any) -> Byline | None:
    """An unmarked link to the author's page, in the article, whose text is the person the
    link's address names (``<a href="/autoren/ann-lee-42">Ann Lee</a>``), with the links to
    the co-authors' pages beside it."""
    for link in root.xpath("//a[@href]"):
        names = _linked_name(link) or _posts_by_title(link) or _posts_by_text(link)
        if not names:
            continue
        parent = link.getparent()
        for other in parent.iterchildren("a") if parent is not None else ():
            if other is not link and region_tier(other) == 0:
                names += tuple(n for n in _linked_name(other) if n not in names)
        return Byline(authors=names, rule="author-link", text=", ".join(names))
    return None


def _linked_name(link: Any) -> tuple[str, ...]:
    """The one name a link to an author's page spells in its text and its address alike."""
    match = author_href().search(link.get("href") or "")
    if match is None or region_tier(link) != 0:
        return ()
    names = names_of(link)
    slug = _fold(match.group("slug") or match.group("handle"))
    if names and all(_fold(word) in slug for word in names[0].split()):
        return names[:1]
    return ()


def _fold(text: str) -> str:
    """Letters only, lower case, umlauts spelled out and accents dropped ("Führes" → "fuehres")."""
    text = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


_BY_LINE = re.compile(
    r"^[\W_]*(?:"
    # a verb: "Geschrieben von", "Posted by", "Escrito por"
    r"(?:text|geschrieben|verfasst|veröffentlicht|erstellt|eingestellt|gepostet|written|posted|"
    r"published|"
    r"reported|reporting|écrit|publié|escrito|publicado|scritto|pubblicato)\s+"
    r"(?:von|by|par|por|da|di)|"
    # the kind of piece: "Ein Gastbeitrag von", "Kommentar von", "Analysis by", "Un article de"
    r"(?:(?:ein|eine|einer|an?|un|une)\s+)?(?:gast)?(?:beitrag|artikel|kommentar|analyse|essay|"
    r"kolumne|reportage|bericht|rezension|kritik|glosse|analysis|commentary|opinion|review|"
    r"column|article|chronique|tribune)\s+(?:von|by|de|par)|"
    r"von\s+(?:unserem|unserer)\s+(?:\w+\s+)?(?:korrespondent(?:in|en)?|redakteur(?:in)?|"
    r"mitarbeiter(?:in)?|reporter(?:in)?)|a cura di|"
    r"text:|von|by|par|por|di|door|av|af)\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)


# A date line that goes on to the byline: "Posted on May 3, 2024 by Ann Lee", "Veröffentlicht am
# 3. Mai 2024 um 12:00 Uhr von Ann Lee", "3 May 2024, by Ann Lee".
_DATED_BY_LINE = re.compile(
    r"^(?:(?:posted|published|veröffentlicht|erschienen|geschrieben|erstellt|gepostet|publié|"
    r"publicado|pubblicato)\s+)?(?:(?:on|am|le|el|il|den|vom)\s+)?"
    r"(?P<date>[\w.,/ -]{0,25}?(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{2}))"
    r"(?:,?\s*(?:um|at|à|-)?\s*\d{1,2}[:.]\d{2}\s*(?:uhr|am|pm|h)?)?"
    r"\s*[,|·•–—-]?\s*(?:by|von|par|por|di|door)\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)


# A date, a bar or dash, and a name: "3. Mai 2024 | Ann Lee", also with the time between them
# ("04.02.2022 | 13:10 Uhr | Ann Lee").
_DATED_NAME = re.compile(
    r"^(?P<date>(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|"
    r"[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}))"
    r"(?:\s*[|·•–—]\s*\d{1,2}[:.]\d{2}(?:\s?(?i:uhr|h|am|pm))?)?"
    r"\s*[|·•–—]\s*(?P<names>[^\W\d_][^|·•]{3,40})$"
)


# The sentence blog themes print about the post: "This entry was posted in News by Ann Lee.",
# "Dieser Beitrag wurde am 3. Mai 2024 von Ann Lee in Politik veröffentlicht."
_POST_SENTENCE = re.compile(
    r"^(?:this (?:entry|post|article) was (?:posted|written|published)|"
    r"(?:dieser|der) (?:eintrag|beitrag|artikel) wurde)\s(?:(?:[^.]|(?<=\d)\.){0,50}?\s)?"
    r"(?:by|von)\s+"
    r"(?P<names>[^.]{2,40}?)(?:\s+(?:in|unter|am|on|veröffentlicht|geschrieben|verfasst)\b.*|"
    r"\.(?:\s.*)?)?$",
    re.IGNORECASE,
)


# Segments of a post's meta line: "Posted in Politik | Von Ann Lee | 3 Kommentare".
_SEGMENTS = re.compile(r"\s+[|·•–—]\s+|\s*[|·•]\s*")


def _segment_byline(text: str) -> re.Match[str] | None:
    """The byline among a meta line's segments, when one segment is "Von Ann Lee"."""
    segments = _SEGMENTS.split(text)
    if len(segments) < 2:
        return None
    return next((m for m in map(_BY_LINE.match, segments[1:]) if m is not None), None)


def _byline_paragraph(root: Any) -> Byline | None:
    """A paragraph that is only "von Ann Lee" / "by Ann Lee", unmarked: the names must look like
    a person's (not a nickname), since nothing else says it is a byline."""
    for element in root.xpath(_SHORT_BLOCKS_XPATH):
        if len(element) and any(child.tag in BREAK_TAGS for child in element):
            continue
        raw = element.text_content() if len(element) else element.text or ""  # a leaf: no XPath
        text = " ".join((raw if raw.isascii() else INVISIBLE.sub("", raw)).split())
        has_digit = not text.isalpha() and any(ch.isdigit() for ch in text)  # letters: no digit
        if " " not in text and not has_digit:
            continue  # every byline shape but a dated one ("3.5.2024|Ann") has a space
        # a date first ("03.05.2024 – von Ann Lee"): the byline follows it
        line = LEAD_TIME.sub("", text) if text[:1].isdigit() else text
        match = _BY_LINE.match(line) if 4 < len(text) <= 60 else None
        if match is None and has_digit:
            match = _DATED_BY_LINE.match(text) or _DATED_NAME.match(text)
        if match is None and len(text) <= 90:
            match = _segment_byline(text) or _POST_SENTENCE.match(text)
        if match is None or region_tier(element) != 0:
            continue
        if match.re is _DATED_NAME and not names_a_person(match.group("names")):
            continue  # "3 May 2024 | Politics": only a person's name after the date
        rest = DATE_TAIL.sub("", JUNK_TAIL.sub("", match.group("names")))
        # a date and a byline word say enough: a nickname is the blog's author ("… by ann")
        dated = "date" in match.groupdict() or match.re is _POST_SENTENCE
        names = names_in(rest) if dated else split_authors(rest)
        if names:
            return Byline(authors=names, rule="byline-paragraph", text=text)
    return None


def _data_author(root: Any) -> Byline | None:
    """Forums mark each post with ``data-author``; the first post's is the thread's author."""
    for element in root.xpath("//*[@data-author]"):
        value = element.get("data-author")
        names = names_in(value) if value and len(value) <= 60 else ()
        if names:
            return Byline(authors=names, rule="data-author", text=value or "")
    return None


_POST_AUTHOR_XPATH = (  # [@class] first: most elements have none, and need no string built
    "//*[@class][contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')]"
    "//*[@class][contains(concat(' ', normalize-space(@class), ' '), ' fn ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comment-author ')]"
)


_NEAR_HEADLINE = 25  # elements after the headline to look through


def _name_near_headline(root: Any) -> Byline | None:
    """A person's name printed alone near the headline, unmarked (``<h1>…</h1><div><span>Ann
    Lee</span> · 3 May</div>``): the first short element after the article's ``<h1>``, before its
    text starts, whose words are a name that opens with a common given name."""
    headline = next((h for h in root.iter("h1") if region_tier(h) == 0), None)
    if headline is None:
        return None
    seen = 0
    for element in elements_after(headline):
        if not isinstance(element.tag, str) or element.tag in SKIP_TAGS:
            continue
        seen += 1
        if seen > _NEAR_HEADLINE:
            return None
        only_breaks = all(child.tag == "br" for child in element)
        if len(element) and element.tag != "p" and not only_breaks:
            continue
        text = " ".join(element.text_content().split())
        if element.tag == "p" and len(text) > 150:
            return None  # the text has started
        if len(element):
            text = (_name_over_role(element) or "") if only_breaks else ""
        if not 4 < len(text) <= 60:
            continue
        if next(element.iterancestors("figure", "figcaption"), None) is not None:
            continue  # a picture's caption names who is shown
        names = names_in(text)
        if len(names) == 1 and names_a_person(names[0]) and region_tier(element) == 0:
            return Byline(authors=names, rule="near-headline", text=text)
    return None


def _name_over_role(element: Any) -> str | None:
    """The first of two lines split by a ``<br>`` (the element holds nothing else) when the
    second is a role ("Redakteurin", "Senior Reporter"): a name printed over its job."""
    lines = [" ".join(t.split()) for t in (element.text, *(c.tail for c in element)) if t]
    lines = [line for line in lines if line]
    if len(lines) != 2 or len(lines[1].split()) > 3:
        return None
    role = lines[1].split()[-1].casefold()
    return lines[0] if role_tail().match(role) or role in role_words() else None


def elements_after(element: Any) -> Iterator[Any]:
    """The elements after one in document order (its descendants excluded), up to the body.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<div><p id="a"><b>x</b></p><i>y</i></div><p>z</p>').root
        >>> [e.tag for e in elements_after(root.get_element_by_id("a"))]
        ['i', 'p']
    """
    node = element
    while node is not None and node.tag not in ("body", "html"):
        for following in node.itersiblings():
            yield following
            yield from following.iterdescendants()
        node = node.getparent()


def _post_author_comment(root: Any) -> Byline | None:
    """WordPress marks a comment the post's author wrote with ``bypostauthor``; with no byline
    on the page, the name signing that comment is the post's author."""
    for element in root.xpath(_POST_AUTHOR_XPATH):
        named = element.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")
        text = " ".join((named[0] if named else element).text_content().split())
        names = names_in(text) if len(text) <= 60 else ()
        if names:
            return Byline(authors=names[:1], rule="post-author-comment", text=text)
    return None


def read_unmarked_byline(root: Any) -> Byline | None:
    """The first unmarked byline on the page, the readers tried from the surest to the weakest,
    or None.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<p>Text of the story.<br>Autor: <a href="/x">Ann Lee</a><br></p>').root
        >>> read_unmarked_byline(root).rule
        'text-label'
    """
    return (
        _byline_paragraph(root)
        or _text_label(root)
        or _author_link(root)
        or _signed_paragraph(root)
        or _bracketed_signature(root)
        or _data_author(root)
        or _post_author_comment(root)
        or _name_near_headline(root)
    )
