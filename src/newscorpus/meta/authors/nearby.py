"""A last-resort byline: the best name-shaped short block near the headline, by score.

Used only when no other source (JSON-LD, meta tags, byline elements, the text's own byline
lines) names anyone. Pages print bylines in layouts no class name announces; what they share is
the shape: a short block after the headline before the text starts (or just before the
headline, or just after the text's last long paragraph), holding two to four
capitalised words — often after a label ("By", "Von", "Par", "Por", "Di", "Autor:", "Text:",
"Written by") or before a date or a ``|``. Each short block there is scored:

- a label before the name: +3; a common given name first: +2; a link to a person's page
  whose address spells the name (``/in/ann-lee``): +2; a date or a ``|`` after the name, or a
  date within four blocks: +1;
- a caption or credit ("Foto:", "Photo:", "©", inside ``<figure>``), a block in navigation,
  related posts or comments, a link in a list of links, a masthead, organisation or month
  word, the site's own name: rejected.

The best block scoring :data:`THRESHOLD` or more wins (the first of equals); a bare name
with nothing else speaking for it never reaches it, since a lone name under a headline is as
often a person the story is about.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html("<h1>Bridge reopens</h1><div><em>Escrito por:</em> Ana Ruiz</div>"
    ...                   "<p>" + "The bridge reopened on Monday. " * 8 + "</p>")
    >>> scored_byline(page.root).authors
    ('Ana Ruiz',)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from ...article import Evidence
from ...shapes.date_words import label_alternation
from ...vocab import alternation, words
from ..partial import Found
from .bylines import Byline, is_organisation, role_words
from .element_names import role_tail
from .names import looks_like_person_name, names_a_person
from .regions import region_tier
from .sites import is_site
from .unmarked import elements_after

__all__ = ["THRESHOLD", "scored_authors", "scored_byline"]

THRESHOLD = 3
"""The score a block needs to be taken as the byline."""

_DATE_REACH = 4  # short blocks between a byline and the date printed with it
_LOOK_BACK = 12  # elements before the headline and after the text to look through
_LOOK_AT = 40  # elements after the headline to look through
_MAX_TEXT = 80
_TEXT_STARTED = 150  # a paragraph this long: the article's text has begun
# What follows a byline's name on the same line: a separator, then usually the date.
_AFTER_NAME = re.compile(r"\s*(?:[|•·,–—]|\s-|\d{1,2}[./]\s?\d{1,2}[./]|\d{4}\b)")
_CREDIT = re.compile(
    r"(?:^|\W)(?:foto|fotos|photo|photos|bild|bilder|image|picture|credit|quelle|source|"
    r"grafik|illustration|video|copyright)\s*[:：]|©|\(c\)",
    re.IGNORECASE,
)
_CAPTION_TAGS = ("figure", "figcaption", "caption")
_CAPTION_CLASS = re.compile(r"caption|credit|copyright|legend|teaser|related|comment", re.I)
_LONGEST_WORD = 20  # "Leefacebooktwitter": a name glued to the share buttons' text
_GLUED = re.compile(r"[a-zà-ÿ][A-Z]")
_WEEKDAYS = frozenset(
    [
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "fri",
        "sat",
        "sun",
        "lun",
        "mar",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
        "le",
        "am",
        "on",
    ]
)
_MONTHS = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "october",
        "december",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
)
_DATE_SHAPE = re.compile(r"\d{1,2}[./]\s?\d{1,2}[./]|\b\d{4}\b|\d{1,2}:\d{2}")
_NAME_RUN = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]*")


@cache
def _label() -> re.Pattern[str]:
    """A label opening the block ("Written by", "von", "Autorin:"), with its colon."""
    openings = label_alternation(
        (
            *words("byline_prefixes", "scored_phrases"),
            *words("byline_prefixes", "en", "de", "fr", "es", "it", "nl", "sv", "da"),
        )
    )
    nouns = alternation(words("byline_prefixes", "scored_label_nouns"))
    return re.compile(
        rf"^[\W_]*(?:(?:{openings})\b\s*[:：]?|(?:{nouns})\s*[:：])\s*", re.IGNORECASE
    )


def _articles() -> frozenset[str]:
    """Definite articles, which never open a person's name ("Die Redaktion")."""
    return words("not_name_words", "articles")


@cache
def _profile_path() -> re.Pattern[str]:
    """The folder of a site's pages about people: authors, staff, members, profiles."""
    folders = alternation(words("author_pages", "profile_folders"))
    return re.compile(rf"/(?:{folders})/", re.IGNORECASE)


@cache
def _joint() -> re.Pattern[str]:
    """What joins two names: a comma, or an "and" word."""
    joining = alternation(words("conjunctions", "en", "de", "fr", "es", "it", "symbol"))
    return re.compile(rf"\s*,\s*|\s+(?:{joining})\s+")


def scored_byline(root: Any, *, sites: Sequence[str] = ()) -> Byline | None:
    """The best-scoring name-shaped block after the page's headline (see the module's
    docstring), or None when none scores :data:`THRESHOLD`.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html("<h1>Bridge reopens</h1><p><span>Anna Berger | 3 May 2024</span></p>"
        ...                   "<p>" + "The bridge reopened on Monday. " * 8 + "</p>")
        >>> scored_byline(page.root).authors
        ('Anna Berger',)
        >>> scored_byline(parse_html("<h1>Bridge</h1><p>Anna Berger</p>").root) is None
        True
    """
    if root is None:
        return None
    best: tuple[int, tuple[str, ...], str] | None = None
    for blocks in _regions(root):
        dated = [
            i for i, (el, text) in enumerate(blocks) if el.tag == "time" or _DATE_SHAPE.search(text)
        ]
        for index, (element, text) in enumerate(blocks):
            near_date = any(0 < abs(index - i) <= _DATE_REACH for i in dated)
            scored = _score(element, text, near_date=near_date, sites=sites)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = (scored[0], scored[1], text)
    if best is None or best[0] < THRESHOLD:
        return None
    return Byline(authors=best[1], rule="scored-block", text=best[2])


def scored_authors(root: Any, *, sites: Sequence[str] = ()) -> Found:
    """:func:`scored_byline` as a :class:`~newscorpus.meta.partial.Found` (empty when there is
    none), to merge after every other source.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html("<h1>Bridge</h1><div>Text: Ann Lee</div>")
        >>> found = scored_authors(page.root)
        >>> found.values["authors"], found.evidence["authors"].rule
        (('Ann Lee',), 'scored-block')
    """
    byline = scored_byline(root, sites=sites)
    if byline is None:
        return Found()
    evidence = Evidence(source="html:byline", rule=byline.rule, raw=byline.text[:300])
    return Found(values={"authors": byline.authors}, evidence={"authors": evidence})


def _regions(root: Any) -> Iterator[list[tuple[Any, str]]]:
    """The short blocks where bylines stand: after the headline until the text starts; just
    before the headline (a byline over it); just after the text's last long paragraph."""
    headline = _headline(root)
    if headline is None:
        return
    yield list(_short_blocks(elements_after(headline), _LOOK_AT, stop_at_text=True))
    yield list(
        _short_blocks(headline.xpath(f"preceding::*[position() <= {_LOOK_BACK}]"), _LOOK_BACK)
    )
    last = _last_long_paragraph(headline)
    if last is not None:
        yield list(
            _short_blocks(last.xpath(f"following::*[position() <= {_LOOK_BACK}]"), _LOOK_BACK)
        )


def _last_long_paragraph(headline: Any) -> Any:
    """The text's last long paragraph after the headline, in the article."""
    last = None
    for paragraph in headline.xpath("following::p"):
        if len(paragraph.text_content()) > _TEXT_STARTED and region_tier(paragraph) == 0:
            last = paragraph
    return last


def _short_blocks(
    elements: Iterable[Any], limit: int, *, stop_at_text: bool = False
) -> Iterator[tuple[Any, str]]:
    """The innermost short blocks among elements, until a long paragraph when asked."""
    seen = 0
    for element in elements:
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "img"):
            continue
        seen += 1
        text = " ".join(element.text_content().split())
        if seen > limit or (stop_at_text and element.tag == "p" and len(text) > _TEXT_STARTED):
            return
        if element.tag in ("h1", "h2", "h3") or not 4 < len(text) <= _MAX_TEXT:
            continue
        if any(len(" ".join(c.text_content().split())) == len(text) for c in element):
            continue  # a wrapper around one child: the child is looked at instead
        yield element, text


def _headline(root: Any) -> Any:
    """The article's headline: the first heading whose words the page's title (or
    ``og:title``) holds — templates give the site's logo an ``<h1>`` as often as the headline an
    ``<h2>`` — else the first ``<h1>`` of the article."""
    keys = [_squash(text) for text in _titles(root)]
    for heading in root.iter("h1", "h2", "h3", "h4"):
        text = _squash(heading.text_content())
        if len(text) >= 10 and any(text in key for key in keys) and region_tier(heading) == 0:
            return heading
    return next((h for h in root.iter("h1") if region_tier(h) == 0), None)


def _titles(root: Any) -> list[str]:
    title = root.find(".//title")
    found = [] if title is None else [title.text_content()]
    found += [m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:title"]
    return [text for text in found if len(text) >= 10]


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _score(
    element: Any, text: str, *, near_date: bool, sites: Sequence[str]
) -> tuple[int, tuple[str, ...]] | None:
    """The block's score and the names it holds, or None when it cannot be a byline."""
    if _CREDIT.search(text) or region_tier(element) is None or _in_caption(element):
        return None
    label = _label().match(text)
    rest = text[label.end() :] if label else text
    names, after = _names_at(rest)
    if not names or any(_not_a_person(n, sites) for n in names) or _link_in_list(element):
        return None
    score = 3 if label else 0
    if after.strip() or near_date:
        score += 1
    if names_a_person(names[0]):
        score += 2
    if _profile_link(element, names[0]):
        score += 2
    return score, names


def _names_at(rest: str) -> tuple[tuple[str, ...], str]:
    """The names a block's text opens with ("Ann Lee, Tom Park und Eva Roth | 3 May") and the
    text after them; no names when the text runs on into a sentence."""
    names: list[str] = []
    while True:
        run = _NAME_RUN.match(rest)
        name = _trimmed(run.group(0), rest) if run else None
        if name is None:
            break
        names.append(name)
        rest = rest[len(name) :]
        joint = _joint().match(rest)
        following = _NAME_RUN.match(rest[joint.end() :]) if joint else None
        if joint is None or following is None:
            break
        more = _trimmed(following.group(0), rest[joint.end() :])
        if more is None or words("organisations", "institution") & {
            w.casefold() for w in more.split()
        }:
            break  # the list has ended ("Ann Lee, Berlin", "Ann Lee, Valley University")
        rest = rest[joint.end() :]
    return tuple(names), rest if names else ""


def _not_a_person(name: str, sites: Sequence[str]) -> bool:
    if is_organisation(name) or not looks_like_person_name(name):
        return True
    # "Valley Courier": the publication's name
    return bool(
        words("organisations", "masthead") & {w.casefold() for w in name.split()}
    ) or is_site(name, sites)


def _trimmed(run: str, rest: str) -> str | None:
    """The longest name-shaped start of a run of words (a run may take in a word of the date)."""
    words = run.split()
    role = next((i for i, w in enumerate(words) if _is_role(w)), None)
    words = words[:role]  # "Ann Lee Senior Writer": the name before the role
    if role is not None and not names_a_person(" ".join(words)):
        return None  # "By Antrim Court Reporter": a desk
    if any(_GLUED.search(w) or len(w) > _LONGEST_WORD for w in words):
        return None  # "Ann LeeCourier": a name run into the next element's text
    while words and words[-1].casefold().strip(".,") in _WEEKDAYS:
        words = words[:-1]  # "Ann Lee Mi, 18. Oktober": the date's weekday
    if any(w.casefold().strip(".,") in _MONTHS for w in words):
        return None  # "Termine Januar – Mai": a date's words
    if not words or words[0].casefold() in _articles():
        return None  # "Der Spendenteddy": a nickname with an article, not a person's name
    for size in range(len(words), 1, -1):
        name = " ".join(words[:size])
        if looks_like_person_name(name) and _ends_name(rest[len(name) :]):
            return name
    return None


def _ends_name(after: str) -> bool:
    """Nothing, a separator, a date or a role after a name: it is not the start of a sentence."""
    words = after.split()
    while words and words[0].casefold().strip(".,") in _WEEKDAYS:
        after = after.split(maxsplit=1)[1] if len(words) > 1 else ""  # "Ann Lee Le 3/5/2020"
        words = words[1:]
    if not after.strip() or _AFTER_NAME.match(after) or _joint().match(after):
        return True
    first = after.split()[0]
    return _is_role(first)


def _profile_link(element: Any, name: str) -> bool:
    """A link around or inside the block to a person's page whose address spells the name
    (``/in/ann-lee``, ``/autoren/annlee``); a topic's page (``/thema/open-future``) is none."""
    links = [*element.iterancestors("a"), *element.iter("a")][:3]
    key = "".join(_fold(w) for w in name.split() if not w.endswith("."))
    for link in links:
        path = urlsplit(link.get("href") or "").path
        match = _profile_path().search(path)
        if len(key) >= 6 and match and key in _fold(path[match.end() :]):
            return True
    return False


def _fold(text: str) -> str:
    text = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _is_role(word: str) -> bool:
    low = word.casefold().strip(".,")
    return (
        low in role_words() or low in words("roles", "modifiers") or bool(role_tail().match(word))
    )


def _in_caption(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in _CAPTION_TAGS:
            return True
        if _CAPTION_CLASS.search(node.get("class") or ""):
            return True
    return False


def _link_in_list(element: Any) -> bool:
    """A name in a list of links (tags, other posts, team pages) is no byline; a name printed
    plain in a list (a post's meta items: date, author, comments) may be."""
    item = next(element.iterancestors("li"), None) if element.tag != "li" else element
    if item is None or item.find(".//a") is None:
        return False
    holder = item.getparent()
    return holder is not None and len(holder.findall("li")) >= 3
