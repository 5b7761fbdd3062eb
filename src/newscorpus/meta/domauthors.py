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
import unicodedata
from collections.abc import Iterator
from typing import Any

from .bylines import _ROLE_WORDS, Byline, is_organisation, split_authors
from .names import NOT_NAME_WORDS, looks_like_person_name, names_a_person

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
# Words of an ancestor's class or id that mark a region whose bylines belong to other posts or
# to readers (whole words of a class token split at "-" and "_", so "has-sidebar" on <body>
# counts but "canvas" does not contain "nav").
_OTHER_REGION = frozenset(
    {
        "comment",
        "comments",
        "kommentare",
        "related",
        "ralated",
        "recommended",
        "popular",
        "respond",
        "nav",
        "menu",
        "carousel",
        "slider",
    }
)
_META_WORD = re.compile(r"meta|info|credit", re.IGNORECASE)
_BOX_WORDS = frozenset({"authorbox", "saboxplugin", "about", "bio", "biography", "profile"})
_POST_WORDS = frozenset({"post", "entry", "hentry", "article", "blogpost"})
_LABEL = re.compile(
    r"^[\s|·•–—-]*(?:autor(?:in|/in)?|author|auteur|autore|verfasser(?:in)?|text|texte|von|by|par|por|"
    r"written by|geschrieben von|redakteur(?:in)?|автор|yazar|müəllif)\s*:?\s*$",
    re.IGNORECASE,
)
_LABEL_TAGS = frozenset({"span", "strong", "b", "em", "i", "dt", "th", "label", "small"}) | {
    f"h{n}" for n in range(1, 7)
}
_BREAKS = frozenset({"br", "p", "div", "li", "ul", "hr", "table", "tr", "section"}) | {
    f"h{n}" for n in range(1, 7)
}
_OTHER_TAGS = frozenset({"aside", "nav", "form"})
_SKIP_TAGS = frozenset({"input", "img", "link", "meta", "script", "style", "button", "textarea"})
_PREFIX = re.compile(
    r"^\s*(?:(?:veröffentlicht|geschrieben|eingestellt|verfasst|erstellt|gepostet|publiziert|"
    r"posted|written|published|reported|created|story|words|text|post author|gespeichert|submitted|"
    r"(?:ein )?artikel|(?:ein )?beitrag|publié|écrit|"
    r"publicado|escrito|pubblicato|scritto)\s*(?:von|by|par|por|da|on)|"
    r"(?:text\s*)?(?:[&+]|und|and)\s*(?:fotos?|bilder|photos?)|"
    r"by|von|vom|par|por|di|da|door|av|af|autor(?:in|/in)?|author|auteur|verfasser(?:in)?|"
    r"text|от|автор|yazar|müəllif|redakteur(?:in)?|责任编辑|作者|编辑)"
    # glued to the name only when written in lower case ("vonAnn Lee"), not the start of a
    # sigle in capitals ("AFP", "DPA")
    r"(?:\s*[:.：]\s*|\s+|$|(?-i:(?<=[a-zäöüéß])(?=[A-ZÄÖÜÉ])))",
    re.IGNORECASE,
)
# A date or time printed before the byline ("11:30 Uhr von …").
# A number alone is no date: "7 News" is a station's desk.
_LEAD_TIME = re.compile(
    r"^\W*(?:\d+[^\w\s]+[\d\W]*|\d+\W*(?:uhr|am|pm|h)\b)(?:uhr|am|pm|h)?\b\W*", re.IGNORECASE
)
# "Last updated …", "Stand: …" and the like after the names, even glued to them.
_JUNK_TAIL = re.compile(
    r"(?:(?<=[a-zäöüß])(?=[A-Z])|\s|^)(?:last\s*)?(?:updated|modified|stand|aktualisiert|"
    r"veröffentlicht|published|posted|erschienen|mis à jour|publié|zuletzt|geändert|"
    r"letzte aktualisierung|hosted by|powered by|theme by|design by|"
    # a time ("Ann Lee at 12:53") and links to the author's profiles ("Ann Lee Google+ mehr")
    r"(?:at|um|à)\s+\d{1,2}[:.]\d{2}|google|twitter|facebook|linkedin|instagram|xing|"
    r"(?:illustrationen?|illustrations?|fotos?|photos?|bilder|grafiken?|video|kamera)\s*(?:von|by|:))"
    r"(?:\b|(?<=:)).*$",
    re.IGNORECASE,
)
# The author box's links and prompts after the name ("Ann Lee E-Mail Folgen", "Ann Lee Zum
# Autorenprofil"), a relative time ("vor 3 Stunden"), or a sentence about the author ("Ann Lee ist
# Redakteurin"): always after a space, never inside a word.
_BOX_TAIL = re.compile(
    r"\s(?:e-?mail|folgen|kontakt|contact|alle\s+(?:artikel|beiträge)|anzeigen|leseempfehlung|"
    r"vor\s+\d|mit\s+(?:material|agentur)|(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from))"
    r"(?!\w).*$|\s(?:zum\s+|view\s+)?(?:autoren)?profile?$|\s(?:ist|is|war|was)\s.*$",
    re.IGNORECASE,
)
_ROLE_TAIL = re.compile(
    r"^(?:chef)?(?:redakteur|autor|reporter|korrespondent|journalist|editor|writer|rédacteur|"
    r"r[ée]dactrice|journaliste|periodista|redactor|contributor|columnist|correspondent)"
    r"(?:in|a)?$",
    re.IGNORECASE,
)
_NOT_NAMES_HERE = frozenset(
    {
        "comment",
        "comments",
        "kommentar",
        "kommentare",
        "reply",
        "antworten",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "mail",
        "e-mail",
        "phd",
        "community",
        "shares",
        "name",
        "submit",
        "von",
        "und",
        "by",
        "por",
        "par",
        "ca",
        "datum",
        "date",
        "admin",
        "administrator",
        "webmaster",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    }
)
_ALL_POSTS = re.compile(
    r"^(?:alle|zeige|view|see|more|all|weitere|plus|tous|todos|mehr|"
    # the blog platform's or theme's credit: "Powered by WordPress", "Bereitgestellt von …"
    r"(?:proudly\s+)?powered|bereitgestellt|betrieben|propulsé|theme|designed)\b",
    re.IGNORECASE,
)
_DATE_TAIL = re.compile(
    r"(?:^(?:am|vom|on|le|el|il|den)|\s*(?:[|,•·–—/-]\s*|\s)(?:am|vom|on|le|el|il|den|,)?)\s*"
    r"(?:\d{1,4}[./-]|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]{3,}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)
# "Ann Lee/dpa", "Ann Lee/SP-X": an agency's or desk's sigle glued to a full name.
_SIGLE_TAIL = re.compile(r"(?<=[^\W\d_])/[\w-]{1,5}$")
_PIPE = re.compile(r"\s*[|•·]\s*|\s+[»›]\s+")  # "ann » Mon May 03": forums' separator
_MAX_TEXT = 120
# Soft hyphens and zero-width marks that typesetting puts inside words ("Mat\xadthias").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


# A first cheap test on every element, before the closer ones (they cost a Python call each).
_ANY_MARK = re.compile(
    r"author|byline|autor|auteur|verfasser|redakteur|journalist|writer|submitted|contributor|"
    r"user[-_]?name|nickname|reporter|redaktor|periodista|creator|"
    r"meta|info|credit|(?:^|[\s_-])by(?:$|[\s_-])",
    re.IGNORECASE,
)


def _shaped(root: Any) -> list[Any]:
    """Elements shaped like a byline, a label or a post's meta line, in document order."""
    found = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        attrib = element.attrib
        marker = f"{attrib.get('class', '')} {attrib.get('id', '')}"
        if _ANY_MARK.search(marker) or "itemprop" in attrib or "rel" in attrib or tag == "address":
            if _is_byline_element(element) or _is_label(element) or _is_meta_line(element):
                found.append(element)
        elif tag in _LABEL_TAGS and _is_label(element):
            found.append(element)
    return found


_LEAF = "[not(p|div|ul|ol|table|section|article|li)][string-length(normalize-space(.)) <= 90]"
_SHORT_BLOCKS_XPATH = f"//p{_LEAF} | //div{_LEAF}"


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
    tiers = [(el, _region(el)) for el in _shaped(root)]
    # Bylines of the article first; an author box ("About the author") only when there is none.
    for tier in (0, 1):
        candidates = [el for el, region in tiers if region is not None and region <= tier]
        byline = _first_byline(candidates)
        if byline is not None:
            return byline
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


# "Autor: Ann Lee" opening a line of running text (after a <br>), not an element of its own.
_TEXT_LABEL = re.compile(
    r"(?:^|\n)\s*(?P<label>autor(?:in|en|ka|a|/in|\(in\))?|author|authors|verfasser(?:in)?|"
    r"auteur|autore|автор|text|tekst|texto|责任编辑|作者|编辑)\s*[:：]\s*"
    r"(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
_TEXT_LABEL_XPATH = (
    "//text()[contains(., 'utor') or contains(., 'uthor') or contains(., 'erfasser')"
    " or contains(., 'uteur') or contains(., 'втор') or contains(., 'ext:')"
    " or contains(., 'ekst:') or contains(., 'exto:') or contains(., '作者') or contains(., '编辑')]"
)
# Professions written before a name ("Rechtsanwalt Ann Lee"); the name is the person.
_PROFESSION = re.compile(
    r"^(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|steuerberater(?:in)?|notar(?:in)?|"
    r"pfarrer(?:in)?|pastor(?:in)?)\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)


def _text_label(root: Any) -> Byline | None:
    """A label opening a line of running text: ``…<br>Autor: <a>Ann Lee</a><br>…``; the line
    up to its break is the byline (one name unless the label is plural)."""
    for node in root.xpath(_TEXT_LABEL_XPATH):
        match = _TEXT_LABEL.search(str(node)) if len(node) < 2000 else None
        owner = node.getparent()
        holder = owner.getparent() if owner is not None and node.is_tail else owner
        if match is None or holder is None or holder.tag in _SKIP_TAGS or not _in_article(holder):
            continue
        text = " ".join([match.group("rest"), *_line_after(owner, node.is_tail)]).strip()
        text = _PROFESSION.sub("", " ".join(text.split()))
        if not match.group("label").casefold().endswith(("en", "s")):
            text = text.split(",")[0]
        names = _names_in(text) if text else ()
        if names:
            return Byline(authors=names, rule="text-label", text=text)
    return None


_EMPHASIS = frozenset({"b", "strong", "i", "em"})
# The writer's name in brackets closing the article's last paragraph: "… bleibt spannend. (Ann
# Lee)", as local papers sign; "+++" and the like may follow.
_BRACKETED = re.compile(r"\((?P<name>[^()]{5,40})\)[\s+*.]{0,5}$")


def _bracketed_signature(root: Any) -> Byline | None:
    """The article signed in brackets at the end of its last paragraph, the name a person's
    (opening with a common given name), after twenty words of text."""
    for element in root.xpath("//p[not(following-sibling::p)]"):
        text = " ".join(element.text_content().split())
        match = _BRACKETED.search(text) if len(text) < 3000 else None
        if match is None or not names_a_person(match.group("name").strip()):
            continue
        before = text[: match.start()].split()
        previous = element.getprevious()
        if previous is not None and len(before) < 20:
            before = " ".join(previous.text_content().split()).split()
        if len(before) >= 20 and _in_article(element):
            name = match.group("name").strip()
            return Byline(authors=(name,), rule="signed-paragraph", text=match.group(0))
    return None


def _signed_paragraph(root: Any) -> Byline | None:
    """The article signed at its end: a last paragraph that is only a person's name in bold or
    italics, right after a paragraph of text (``…ermitteln.</p><p><b>Ann Lee</b></p>``)."""
    for element in root.xpath("//p[b or strong or i or em][not(following-sibling::p)]"):
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
        name = _PREFIX.sub("", text, count=1)
        if looks_like_person_name(name) and len(name.split()) in (2, 3) and _in_article(element):
            return Byline(authors=(name,), rule="signed-paragraph", text=text)
    return None


def _in_article(element: Any) -> bool:
    """In the article: neither the element nor any around it is a comment, list or sidebar."""
    words = {w for token in _attr_text(element).split() for w in re.split(r"[-_]+", token) if w}
    return not words & _OTHER_REGION and element.tag not in _OTHER_TAGS and _region(element) == 0


def _line_after(owner: Any, is_tail: bool) -> list[str]:
    """The inline text that follows a text node up to the next break."""
    parts: list[str] = []
    following = owner.itersiblings() if is_tail else iter(owner)
    for element in following:
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BREAKS:
            break
        parts += [element.text_content(), element.tail or ""]
        if "\n" in (element.tail or "").strip():
            break
    return parts


# An author's page: "/author/ann-lee/", "/autoren/ann-lee-6841", "/auteur/ann-lee", and the
# other directories sites keep their writers in ("/people/", "/profile/", "/journalists/",
# "/staff/", "/contributors/", "/redaktion/" …); the link's text must be the person the address
# spells, so a directory word alone proves nothing.
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in|es)?|auteurs?|autori?|autore|redakteur(?:in|e)?|redaktion|"
    r"journalist(?:in|en|s|es|e)?|people|person(?:s|en)?|profiles?|profil|staff|team|"
    r"contributors?|writers?|columnists?|reporters?|mitarbeiter(?:in)?|periodistas?|experts?|by|"
    # forums' and platforms' member pages: "/members/ann-lee.123/", "/u/annlee", "/@annlee"
    r"members?|mitglieder|benutzer|users?|u)/(?:[^/?#]+/)?(?P<slug>[^/?#]+)|/@(?P<handle>[^/?#]+)",
    re.IGNORECASE,
)


# The title WordPress and other blog engines put on the link to an author's posts: "Posts by Ann
# Lee", "Beiträge von Ann Lee", "Articles par Ann Lee", "Entradas de Ann Lee".
_POSTS_BY = re.compile(
    r"^(?:(?:view|see)\s+)?(?:all\s+)?(?:posts|articles|entries|stories)\s+by\s+|"
    r"^(?:alle\s+)?(?:beiträge|artikel|einträge)\s+von\s+|"
    r"^(?:tous\s+les\s+)?articles\s+(?:de|par)\s+|^(?:entradas|artículos)\s+(?:de|por)\s+|"
    r"^(?:articoli|post)\s+di\s+",
    re.IGNORECASE,
)


def _posts_by_title(link: Any) -> tuple[str, ...]:
    """The name of a link titled "Posts by Ann Lee" whose text is that name."""
    title = " ".join((link.get("title") or "").split())
    match = _POSTS_BY.match(title) if len(title) <= 80 else None
    if match is None or _region(link) != 0:
        return ()
    text = " ".join(link.text_content().split())
    names = _names_in(text)
    return names[:1] if names and _fold(title[match.end() :]) == _fold(text) else ()


def _author_link(root: Any) -> Byline | None:
    """An unmarked link to the author's page, in the article, whose text is the person the
    link's address names (``<a href="/autoren/ann-lee-42">Ann Lee</a>``), with the links to
    the co-authors' pages beside it."""
    for link in root.xpath("//a[@href]"):
        names = _linked_name(link) or _posts_by_title(link)
        if not names:
            continue
        parent = link.getparent()
        for other in parent.iterchildren("a") if parent is not None else ():
            if other is not link and _region(other) == 0:
                names += tuple(n for n in _linked_name(other) if n not in names)
        return Byline(authors=names, rule="author-link", text=", ".join(names))
    return None


def _linked_name(link: Any) -> tuple[str, ...]:
    """The one name a link to an author's page spells in its text and its address alike."""
    match = _AUTHOR_HREF.search(link.get("href") or "")
    if match is None or _region(link) != 0:
        return ()
    names = _names_of(link)
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


# A date, a bar or dash, and a name: "3. Mai 2024 | Ann Lee".
_DATED_NAME = re.compile(
    r"^(?P<date>(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|"
    r"[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}))\s*[|·•–—]\s*(?P<names>[^\W\d_][^|·•]{3,40})$"
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
        if any(child.tag in _BREAKS for child in element):
            continue
        text = " ".join(_INVISIBLE.sub("", element.text_content()).split())
        # a date first ("03.05.2024 – von Ann Lee"): the byline follows it
        line = _LEAD_TIME.sub("", text) if text[:1].isdigit() else text
        match = _BY_LINE.match(line) if 4 < len(text) <= 60 else None
        if match is None and any(ch.isdigit() for ch in text):
            match = _DATED_BY_LINE.match(text) or _DATED_NAME.match(text)
        if match is None and len(text) <= 90:
            match = _segment_byline(text) or _POST_SENTENCE.match(text)
        if match is None or _region(element) != 0:
            continue
        if match.re is _DATED_NAME and not names_a_person(match.group("names")):
            continue  # "3 May 2024 | Politics": only a person's name after the date
        rest = _DATE_TAIL.sub("", _JUNK_TAIL.sub("", match.group("names")))
        # a date and a byline word say enough: a nickname is the blog's author ("… by ann")
        dated = "date" in match.groupdict() or match.re is _POST_SENTENCE
        names = _names_in(rest) if dated else split_authors(rest)
        if names:
            return Byline(authors=names, rule="byline-paragraph", text=text)
    return None


def _data_author(root: Any) -> Byline | None:
    """Forums mark each post with ``data-author``; the first post's is the thread's author."""
    for element in root.xpath("//*[@data-author]"):
        value = element.get("data-author")
        names = _names_in(value) if value and len(value) <= 60 else ()
        if names:
            return Byline(authors=names, rule="data-author", text=value or "")
    return None


_POST_AUTHOR_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comment-author ')]"
)


_NEAR_HEADLINE = 25  # elements after the headline to look through


def _name_near_headline(root: Any) -> Byline | None:
    """A person's name printed alone near the headline, unmarked (``<h1>…</h1><div><span>Ann
    Lee</span> · 3 May</div>``): the first short element after the article's ``<h1>``, before its
    text starts, whose words are a name that opens with a common given name."""
    headline = next((h for h in root.iter("h1") if _region(h) == 0), None)
    if headline is None:
        return None
    seen = 0
    for element in _after(headline):
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
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
        names = _names_in(text)
        if len(names) == 1 and names_a_person(names[0]) and _region(element) == 0:
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
    return lines[0] if _ROLE_TAIL.match(role) or role in _ROLE_WORDS else None


def _after(element: Any) -> Iterator[Any]:
    """The elements after one in document order (its descendants excluded), up to the body."""
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
        names = _names_in(text) if len(text) <= 60 else ()
        if names:
            return Byline(authors=names[:1], rule="post-author-comment", text=text)
    return None


def _is_meta_line(element: Any) -> bool:
    """A post's meta line that opens with a byline prefix: ``<p class="postmetadata">Von …``."""
    if not isinstance(element.tag, str) or not _META_WORD.search(_attr_text(element)):
        return False
    text = " ".join(element.text_content().split())
    if not text or len(text) > _MAX_TEXT:
        return False
    return _meta_byline(text) is not None


# "Posted in Travel by ann on 3 May": a byline word inside a post's meta line.
_INNER_BY = re.compile(r"\s(?:by|von|par|por)\s+(?=\S)", re.IGNORECASE)


def _meta_byline(text: str) -> str | None:
    """The byline part of a meta line: from its prefix (at the start, after a date, or inside)."""
    text = _LEAD_TIME.sub("", text)
    if _ALL_POSTS.match(text):
        return None  # "Bereitgestellt von WordPress.com": the platform's credit
    match = _PREFIX.match(text)
    if match is not None and match.end() < len(text):
        return text
    inner = _INNER_BY.search(text)
    return text[inner.start() :].strip() if inner else None


def _first_byline(candidates: list[Any]) -> Byline | None:
    inner = [el for el in candidates if not any(_contains(el, other) for other in candidates)]
    for index, element in enumerate(inner):
        names = _names_after_label(element) if _is_label(element) else _names_of(element)
        if _is_meta_line(element) and not _is_byline_element(element):
            names = _names_in(_meta_byline(" ".join(element.text_content().split())) or "")
        if not names:
            continue
        parent = element.getparent()
        for sibling in inner[index + 1 :]:
            if sibling.getparent() is parent or _cousins(element, sibling):
                names += tuple(n for n in _names_of(sibling) if n not in names)
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
    return bool(_LABEL.match(element.text))


def _names_after_label(label: Any) -> tuple[str, ...]:
    parts = [label.tail or ""]
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _BREAKS or _is_label(sibling):
            break
        parts += [sibling.text_content(), sibling.tail or ""]
    text = " ".join(" ".join(parts).split())
    if not text:  # the label heads a block or line of its own: the name comes next
        text = _text_after_breaks(label)
    return _names_in(text)


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
            return " ".join(sibling.text_content().split())
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


def _contains(outer: Any, inner: Any) -> bool:
    if outer is inner:
        return False
    parent = inner.getparent()
    while parent is not None:
        if parent is outer:
            return True
        parent = parent.getparent()
    return False


def _is_byline_element(element: Any) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in _SKIP_TAGS:
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


def _region(element: Any) -> int | None:
    """0 inside the article, 1 inside an author box, None in comments, lists of other posts,
    sidebars, navigation and the site's footer (a footer inside the post is the post's own)."""
    tier = 0
    footer = False
    parent = element.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        tokens = _attr_text(parent).split()
        words = {w for token in tokens for w in re.split(r"[-_]+", token) if w}
        if parent.tag in _OTHER_TAGS or words & _OTHER_REGION or _side_region(tokens, words):
            return None
        if parent.tag == "footer" or "footer" in words:
            footer = not words & _POST_WORDS
        elif words & _POST_WORDS or parent.tag == "article":
            footer = False
        if words & _BOX_WORDS or {"author", "box"} <= words or {"author", "info"} <= words:
            tier = 1
        parent = parent.getparent()
    return None if footer else tier


def _side_region(tokens: list[str], words: set[str]) -> bool:
    """A sidebar or widget, by a class that starts with the word ("sidebar-left", "widget_text");
    not a layout wrapper that mentions one ("content-sidebar-wrap") nor a blog platform's main
    widget ("widget Blog")."""
    if words & (_POST_WORDS | {"blog", "main", "content"}):
        return False
    return any(re.match(r"(?:sidebar|widget)(?:$|[-_\d])", token) for token in tokens)


# A post's taxonomy classes ("category-kommentare", "tag-slider"): the editors' words for the
# post's topics, not the kind of region the element is.
_TAXONOMY = re.compile(r"\b(?:category|tag|post_tag)-\S*")


def _attr_text(element: Any) -> str:
    text = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _TAXONOMY.sub("", text) if "-" in text else text


def _names_of(element: Any) -> tuple[str, ...]:
    named = [
        el
        for el in element.iter()
        if el is not element and "name" in (el.get("itemprop") or "").lower().split()
    ]
    return _names_in(_listed_text(named[0] if named else element))


_ITEM_TAGS = frozenset({"li", "div", "p", "dd"})


def _listed_text(element: Any) -> str:
    """An element's text, its list items or blocks joined by commas: ``<ul><li>Ann Lee</li>
    <li>Tom Park</li></ul>`` reads "Ann Lee, Tom Park", not "Ann LeeTom Park"."""
    items = [child for child in element if child.tag in _ITEM_TAGS]
    if len(items) < 2 or len(items) != len([c for c in element if isinstance(c.tag, str)]):
        return " ".join(element.text_content().split())
    return ", ".join(" ".join(item.text_content().split()) for item in items)


def _names_in(text: str) -> tuple[str, ...]:
    text = _INVISIBLE.sub("", text)
    if not text or len(text) > _MAX_TEXT or _ALL_POSTS.match(text) or text.endswith(":"):
        return ()  # a label ("Diesen Artikel empfehlen:") names nobody
    text = _PIPE.split(text.strip(" |•·"))[0]
    text = _LEAD_TIME.sub("", _LEAD_DATE.sub("", text))
    text = _undoubled(text)
    for _ in range(2):  # "Post author By Ann Lee": a label, then a prefix
        text = _PREFIX.sub("", text, count=1)
    if re.search(r"[a-z]{3}[.!?](?:\s|$)", text):
        return ()  # a sentence, not a byline
    text = _DATE_TAIL.sub("", _BOX_TAIL.sub("", _JUNK_TAIL.sub("", text))).strip(" ,.;:-–—")
    text = text.replace(" / ", ", ")  # "Ann Lee / dpa"
    parts = text.split("/")
    if len(parts) > 1 and all(len(p.split()) > 1 and p[:1].isupper() for p in parts):
        text = ", ".join(parts)  # "Ann Lee/Tom Park": two people, not a sigle
    sigle = _SIGLE_TAIL.search(text)
    if sigle is not None and " " in text[: sigle.start()].strip():
        text = text[: sigle.start()]
    return tuple(n for n in (_tidy(p) for p in split_authors(text, strict=False)) if n)


# A date printed before the byline in words ("June 5, 2019 by Ann Lee", "5. Juni 2019 von …").
_LEAD_DATE = re.compile(
    r"^(?:\d{1,2}\.?\s+)?[^\W\d_]{3,}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}"
    r"\s*,?\s*(?=(?:by|von|par|por|di|door)\s)",
    re.IGNORECASE,
)


def _undoubled(text: str) -> str:
    """A name printed twice, for small and large screens ("Ann LeeAnn Lee"), once."""
    half, rest = divmod(len(text), 2)
    for cut in (half, half + 1) if rest else (half,):
        first, second = text[:cut].strip(), text[cut:].strip()
        if first and first == second:
            return first
    return text


# Letters enough for a name: two in a row, or a user name with a number ("r23", "Marianne1"),
# as forums and recipe sites sign their posts.
_NAME_SHAPE = re.compile(r"[^\W\d_]{2}|^[^\W\d_]+\d{1,4}$")


# A year ("April 2012") or a number of three digits or more among words (a phone number, a
# postcode: "Telefon: 0800 400 200", "I-39020 Kastelbell"): an address or a date, not a name.
_YEAR_OR_NUMBER = re.compile(r"(?:^|\s|\W)\d{3,}(?:\W|$)|\s\d{3,}|\d{3,}\s")


def _junk_word(word: str) -> bool:
    low = word.lower()
    return low.strip(".,") in NOT_NAME_WORDS or low in _NOT_NAMES_HERE or low.strip(".,").isdigit()


# Words before a role ("Senior Editor", "Freie Autorin").
_ROLE_MODIFIERS = frozenset(
    {
        "senior",
        "chief",
        "managing",
        "contributing",
        "staff",
        "deputy",
        "associate",
        "executive",
        "freier",
        "freie",
        "leitender",
        "leitende",
        "stellvertretender",
        "stellvertretende",
    }
)


def _tidy(name: str) -> str | None:
    name = name.strip(" .,;:|-–—»«")
    words = name.split()
    if not words or len(words) > 5 or len(name) > 60 or not _NAME_SHAPE.search(name):
        return None
    if not (name[0].isalnum() or name[0] in "@_"):
        return None
    if all(_junk_word(w) for w in words) or _YEAR_OR_NUMBER.search(name):
        return None
    if _ROLE_TAIL.match(words[0]):  # "Ann Lee, Redakteurin": the role is nobody
        return None
    initials = "".join(w[0] for w in words[1:]).upper()
    if len(words) > 2 and words[0] == initials:  # "AL Ann Lee": an avatar's initials first
        words = words[1:]
        name = " ".join(words)
    if len(words) > 2 and _ROLE_TAIL.match(words[-1]):  # "Ann Lee Chefredakteurin"
        words = words[:-1]
        if len(words) > 2 and words[-1].casefold() in _ROLE_MODIFIERS:  # "Ann Lee Senior Editor"
            words = words[:-1]
        return " ".join(words)
    return name
