"""The titles an HTML page's markup gives (JSON-LD ``headline``, ``og:title``,
``twitter:title``, ``<title>``) and its ``<h1>`` elements, with the site's name stripped from
them — whether the page writes it as ``og:site_name``, its host or its logo;
:mod:`~newscorpus.meta.titles.choose` decides between them. Every other value of the markup is
read by :mod:`newscorpus.meta.markup`.

Example:
    >>> strip_site_name("Bridge reopens – Valley Courier", "Valley Courier")
    'Bridge reopens'
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from ...vocab import alternation, vocabulary, words
from .choose import TitlePick, pick_title
from .markup_scorer import TitleEntry, choose_markup_title

__all__ = ["TITLE_LIMIT", "put_title", "strip_site_name"]


def _separators() -> tuple[str, ...]:
    """What joins a headline and the site's name in a page's title, in the order tried."""
    return vocabulary("titles")["separators"]


TITLE_LIMIT = 400
"""The longest ``<title>`` read, in characters: a longer one is a page's text run into it, no
headline (real titles hold under 200)."""


def put_title(
    root: Any,
    items: list[dict[str, Any]],
    metas: dict[str, str],
    put: Any,
    sites: Sequence[str],
    *,
    url: str | None = None,
) -> str | None:
    """Put the headline through ``put(field, value, source, rule, raw)``: the markup's titles
    (JSON-LD ``items``, ``metas``, ``<title>``), best first, checked against the page's ``<h1>``.

    Every wording competes in :func:`~newscorpus.meta.titles.markup_scorer.choose_markup_title`
    (``url`` gives the address's words); the hand-written rule's pick is one of its features.
    Returns the site's name as the ``<title>`` prints it (the segment stripped), if any.

    Example:
        >>> import lxml.html
        >>> root = lxml.html.fromstring("<html><head><title>Bridge reopens | Valley Courier"
        ...                             "</title></head><body><h1>Bridge reopens</h1></body></html>")
        >>> got = {}
        >>> put_title(root, [], {}, lambda field, value, *where: got.setdefault(field, value), ())
        'Valley Courier'
        >>> got["title"]
        'Bridge reopens'
    """
    raws: list[tuple[str, str, str, bool]] = []
    headline = next((i["headline"] for i in items if isinstance(i.get("headline"), str)), None)
    if headline and headline.strip():
        raws.append((html.unescape(headline), "html:json-ld", "headline", False))
    raws += [
        (metas[k], "html:meta", k, True) for k in ("og:title", "twitter:title") if metas.get(k)
    ]
    title_el = root.find(".//title")
    title_text = "" if title_el is None else title_el.text_content()
    if title_text.strip() and len(title_text.strip()) <= TITLE_LIMIT:
        raws.append((title_text, "html:title", "title-element", True))
    h1s, logos, in_article = _h1_texts(root)
    names = (*sites, *logos)
    is_logo = [h in logos for h in h1s]
    h1s = [_strip_known_sites(h, sites) for h in h1s]
    found = [
        (_strip_sites(r, names) if strip else _norm(r), src, rule, r)
        for r, src, rule, strip in raws
    ]
    whole = next((text for text, _, rule, _ in found if rule == "title-element"), None)
    if whole:
        found = [(_uncut(text, whole), src, rule, raw) for text, src, rule, raw in found]
    pick = pick_title([text for text, *_ in found], h1s, sites=names)
    entries = _entries(
        root, found, raws, list(zip(h1s, is_logo, in_article, strict=True)), sites=names
    )
    chosen = choose_markup_title(
        entries, baseline=pick.text if pick else None, sites=names, url=url
    )
    # With no pick, only a stated headline (never a bare <h1>, which the rule passed over).
    stated = chosen is not None and any(e.source != "h1" for e in chosen.entries)
    if chosen is not None and (chosen.text != pick.text if pick else stated):
        pick = TitlePick(text=chosen.text, rule="scored")
        entry = chosen.entries[0]
        if entry.source == "h1":
            put("title", pick.text, "html:h1", "h1:scored", pick.text)
        else:
            source = "html:json-ld" if entry.source == "headline" else "html:meta"
            source = "html:title" if entry.source == "title-element" else source
            put("title", pick.text, source, f"{entry.source}:scored", entry.text)
    elif pick is not None and pick.rule.startswith("h1"):
        put("title", pick.text, "html:h1", pick.rule, pick.text)
    elif pick is not None:
        text, source, rule, raw = next(f for f in found if f[0] == pick.text)
        put("title", text, source, rule if pick.rule == "markup" else f"{rule}:{pick.rule}", raw)
    for text, _, rule, raw in found:
        if rule == "title-element":  # the site is what the <title> adds to the chosen headline
            return (_removed(pick.text, raw) if pick else None) or _removed(text, raw)
    return None


def _entries(
    root: Any,
    found: list[tuple[str, str, str, str]],
    raws: list[tuple[str, str, str, bool]],
    h1s: list[tuple[str, bool, bool]],
    *,
    sites: Sequence[str],
) -> list[TitleEntry]:
    """Every place the page states a headline: the markup's titles (stripped of the site's name,
    and as printed where that differs), microdata ``itemprop="headline"`` and the ``<h1>``s."""
    entries = []
    for (text, _, rule, raw), (_, _, _, strip) in zip(found, raws, strict=True):
        entries.append(TitleEntry(text=text, source=rule))
        printed = _norm(raw)
        if strip and printed != text and len(printed) <= TITLE_LIMIT:
            entries.append(TitleEntry(text=printed, source=rule, unstripped=True))
    marked = root.find(".//*[@itemprop='headline']")
    if marked is not None:
        text = _norm(marked.get("content") or marked.text_content())
        if text and len(text) <= TITLE_LIMIT:
            entries.append(TitleEntry(text=_strip_sites(text, sites), source="itemprop"))
    for i, (text, logo, inside) in enumerate(h1s):
        entries.append(
            TitleEntry(
                text=text,
                source="h1",
                h1_index=i,
                logo=logo,
                in_article=inside,
            )
        )
    return entries


_STORY = re.compile(r"article|post|entry|story|content|headline|main", re.IGNORECASE)


def _uncut(text: str, whole: str) -> str:
    """A meta tag's title cut short by a double quote its page did not escape
    (``content="Senator calls Biden "unfit""`` reads "Senator calls Biden"): the ``<title>``
    holds it whole."""
    cut = bool(text) and whole != text and whole.startswith(text)
    return whole if cut and whole[len(text) :].lstrip().startswith(('"', "“", "„")) else text


def _removed(stripped: str, raw: str) -> str | None:
    """What stripping took off a title: the site's segment."""
    whole = _norm(raw)
    if (
        not stripped
        or stripped == whole
        or not (whole.startswith(stripped) or whole.endswith(stripped))
    ):
        return None
    rest = whole[len(stripped) :] if whole.startswith(stripped) else whole[: -len(stripped)]
    rest = rest.strip(" |–—-:·•«»/")
    return rest if rest and len(rest.split()) <= 5 and rest != whole else None


_LOGO = re.compile(r"logo|site-?title|site-?name|blog-?title|brand|masthead", re.IGNORECASE)


def _h1_texts(root: Any) -> tuple[list[str], list[str], list[bool]]:
    """The ``<h1>`` texts, those of them that are the site's logo (marked so by a class or
    id, or linking to the home page), and whether each stands inside the story's element
    (``<article>``, ``<main>``, or one classed so)."""
    texts: list[str] = []
    logos: list[str] = []
    in_article: list[bool] = []
    for h1 in list(root.iter("h1"))[:10]:
        text = _norm(_heading_text(h1)) or _norm(h1.text_content())
        if not text or len(text) > TITLE_LIMIT:  # an unclosed <h1> that swallowed the story
            continue
        texts.append(text)
        in_article.append(
            any(
                e.tag in ("article", "main")
                or _STORY.search(f"{e.get('class') or ''} {e.get('id') or ''}")
                for e in list(h1.iterancestors())[:6]
            )
        )
        if _is_logo(h1):
            logos.append(text)
    return texts, logos, in_article


# An address as a web archive rewrites it: "/web/20080731095558/http://site.example/" (the
# archive's host optional, a replay flag such as "im_" after the timestamp).
_ARCHIVED = re.compile(r"^(?:https?://web\.archive\.org)?/web/\d{1,14}[a-z_]{0,4}/")


def _is_logo(h1: Any) -> bool:
    """Whether an ``<h1>`` is the site's logo: marked so by a class or id near it, or linking to
    the home page (through a web archive's rewritten address too), unless the page marks it as
    the story's headline (``itemprop="headline"``), which outweighs a theme's class."""
    if "headline" in (h1.get("itemprop") or "").split():
        return False
    marks = [h1, *list(h1.iterancestors())[:2], *list(h1.iterdescendants())[:4]]
    if any(_LOGO.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in marks):
        return True
    hrefs = [_ARCHIVED.sub("", a.get("href"), count=1) for a in h1.iter("a") if a.get("href")]
    return any(
        urlsplit(h).path in ("", "/", "/index.html", "/index.php") and "?" not in h and "#" not in h
        for h in hrefs
    )


# Parts of an <h1> that are not the headline: a kicker above it, a date, a subtitle in <small>,
# a byline a theme nests in it.
@cache
def _kicker() -> re.Pattern[str]:
    return re.compile(alternation(words("titles", "heading_parts")), re.IGNORECASE)


# Headings nest a few levels; deeper than this (hostile markup) the text is read flat instead
# of recursing towards Python's recursion limit.
_HEADING_DEPTH = 40


def _heading_text(element: Any, depth: int = 0) -> str:
    """The text of a heading without its kicker, date or subtitle elements (their tails kept),
    and without what they leave behind: the colon or dash that followed the kicker
    (":Bohren, bis es heiß wird"), the label that preceded the date ("… Posted by Ann on")."""
    if depth > _HEADING_DEPTH:
        return " ".join("".join(element.itertext()).split())
    parts = [element.text or ""]
    dropped = False
    for child in element:
        if child.tag == "br":
            parts.append(" ")
        elif isinstance(child.tag, str) and not (
            child.tag in ("small", "time", "sup") or _kicker().search(child.get("class") or "")
        ):
            parts.append(_heading_text(child, depth + 1))
        elif isinstance(child.tag, str):
            dropped = True
        parts.append(child.tail or "")
    text = " ".join("".join(parts).split())
    if dropped:
        text = _POSTED_RESIDUE.sub("", text).strip(_RESIDUE_MARKS)
    return text


# Separators a removed kicker or date leaves at the heading's ends (never quotes or brackets).
_RESIDUE_MARKS = " :|–—-·•/"
# The label needs its preposition: "Studie veröffentlicht" may end a headline.
_POSTED_RESIDUE = re.compile(
    r"\s+(?:veröffentlicht|erschienen|posted|published|publié|publicado|pubblicato)"
    r"\s+(?:von|am|by|on|par|le|por|el|da|il)(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _strip_known_sites(title: str, sites: Sequence[str]) -> str:
    """A heading without a site name the page states (never the generic guess)."""
    for site in sites:
        stripped = strip_site_name(title, site)
        removed = _removed(stripped, title) if stripped != title else None
        if removed and _same_site(removed, site):
            return stripped
    return title


def _strip_sites(title: str, sites: Sequence[str]) -> str:
    cut = _cut_at_site_segment(title, sites)
    if cut is not None:
        return cut
    for site in sites:
        stripped = strip_site_name(title, site)
        if stripped != " ".join(title.split()):
            return stripped
    return strip_site_name(title)


@cache
def _segments() -> re.Pattern[str]:
    """Title segments: the parts between the separators."""
    return re.compile("|".join(re.escape(sep) for sep in _separators()))


_SITE_SEGMENT_WORDS = 4


def _cut_at_site_segment(title: str, sites: Sequence[str]) -> str | None:
    """The title before the segment that names the site, taglines after it included ("Headline :
    Krimiblog-Archiv | Ermittlungen … | Gegründet 2005"), or after it when the site leads
    ("Ann Lee's Digital Home | Headline"); None when no segment names the site. A segment names
    it when it is the site, or a short one opening with the word of the site's host
    ("MyOOS Community Forum" on foren.myoos.de)."""
    title = _norm(title)
    seps = list(_segments().finditer(title))
    if not seps:
        return None
    segments = _segments().split(title)
    words = _host_words(sites)
    # From the end: the site follows the headline far more often than it leads, and a headline
    # may open with the host's word ("Zeit für Neues | ZEIT ONLINE" on zeit.de).
    for i in range(len(segments) - 1, 0, -1):
        if _names_site(segments[i], sites, words):
            kept = title[: seps[i - 1].start()].strip()
            return kept if len(kept.split()) >= 2 else None
    if _names_site(segments[0], sites, words):
        kept = title[seps[0].end() :].strip()
        return kept if len(kept.split()) >= 2 else None
    return None


def _names_site(segment: str, sites: Sequence[str], host_words: Sequence[str]) -> bool:
    if any(_same_site(segment, site) for site in sites):
        return True
    if len(segment.split()) > _SITE_SEGMENT_WORDS:
        return False
    squashed = _squash(segment)
    return any(squashed.startswith(word) for word in host_words)


def _host_words(sites: Sequence[str]) -> list[str]:
    """The word each host among ``sites`` is named by ("foren.myoos.de" gives "myoos",
    "bbc.co.uk" gives "bbc"), four letters at least so that a short one matches no headline."""
    found = []
    for site in sites:
        if " " in site or "." not in site:
            continue
        labels = site.lower().split(".")[:-1]
        if len(labels) >= 2 and labels[-1] in words("titles", "domain_labels"):
            labels = labels[:-1]
        word = _squash(labels[-1]) if labels else ""
        if len(word) >= 4:
            found.append(word)
    return found


def _same_site(segment: str, site: str) -> bool:
    """A title segment names the site: "Valley Courier", "valleycourier.com", "VALLEYCOURIER"."""
    squashed = _squash(segment)
    if not squashed:
        return False
    bare = site.rsplit(".", 1)[0] if "." in site and " " not in site else site
    return squashed in {_squash(site), _squash(bare)}


def _squash(text: str) -> str:
    """Letters and digits only, case and accents folded ("La Vie des idées" ~ "laviedesidees")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def strip_site_name(title: str, site: str | None = None) -> str:
    """A page title without the site's name before or after it.

    Example:
        >>> strip_site_name("Bridge reopens | Valley Courier")
        'Bridge reopens'
        >>> strip_site_name("Valley Courier - Bridge reopens after repairs", "Valley Courier")
        'Bridge reopens after repairs'
        >>> strip_site_name("Storm - what we know so far")
        'Storm - what we know so far'
    """
    title = " ".join(title.split())
    first, colon, rest = title.partition(": ")
    if site and colon and rest and _same_site(first, site):  # "Site: Title"
        return rest.strip()
    for sep in _separators():
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        first, _, rest = title.partition(sep)
        if site and _same_site(tail, site):
            return head.strip()
        if site and _same_site(first, site):
            return rest.strip()
        if sep.strip() in "|·•«»:" and len(tail.split()) <= 4 and len(head.split()) >= 2:
            return head.strip()
    return _strip_tight_site(title, site) if site else title


# A bar with or without spaces; a dash with a space on one side, or next to CJK script (which
# puts no spaces): a dash between letters is a hyphenated word ("GdP-Vize").
_TIGHT = re.compile(
    r"\s?[|｜]\s?|\s[–—-]|[–—-]\s|(?<=[\u3000-\u9fff\uff00-\uffef])[–—-]|[–—-](?=[\u3000-\u9fff])"
)


def _strip_tight_site(title: str, site: str) -> str:
    """The site's name joined to the title by a separator with a space on one side or none
    ("Title| SITE.NET", "标题-新华网", "SITE|Title"): taken off only when it is the site."""
    seps = list(_TIGHT.finditer(title))
    if not seps:
        return title
    first, last = seps[0], seps[-1]
    if _same_site(title[last.end() :], site):
        return title[: last.start()].strip()
    if _same_site(title[: first.start()], site):
        return title[first.end() :].strip()
    return title
