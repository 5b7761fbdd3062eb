"""Which of an HTML page's author sources to believe.

A page can name its authors in JSON-LD, in a byline element and in ``<meta name=author>``; they
often disagree, and many sites put their own name (or their domain, or their company) where the
author belongs. Candidates are taken in this order, and the first one left standing wins:

1. JSON-LD ``author`` (Person, Organization, string, list, or an ``@id`` reference; without
   one, ``creator``);
2. ``twitter:dataN`` where ``twitter:labelN`` says "Written by" (:func:`labelled_authors`);
3. the byline element (:func:`~newscorpus.meta.read_dom_byline`);
4. ``<meta name=author>``, ``article:author``, ``dc.creator``, ``parsely-author``,
   ``sailthru.author``; then the person an author-page address in ``article:author`` or
   ``<link rel=author>`` names, when the text prints the name; then a title naming the
   writer (:func:`title_byline`);
5. the JSON-LD ``author`` of a recipe, review, forum posting or other work (:func:`jsonld_works`).

With none of them and no publisher named, :func:`domain_owner` reads a one-person site's owner
from its title.

A candidate is passed over when every name in it is the site itself: ``og:site_name``, the host
name (``example.de``), a domain or a company form (``GmbH``, ``e.V.``, ``Ltd``) — unless no
candidate names anyone else: then the site is the author (corporate pages, one-person sites),
unless the page reader's last-resort byline guess finds a person (:func:`only_site` tells).
A candidate made only of one-word nicknames gives way to a later one that
spells the same person in full (``Todd`` → ``Todd Bates``). The byline element wins over an
earlier candidate when a meta tag (not the SEO plugin's ``twitter:label``) names the same person
as the byline and neither names anyone of the earlier one: two sources against one; and when
it names everyone the earlier one names and more (metadata holding one of the co-authors).

Example:
    >>> jsonld = AuthorCandidate(names=("Valley Courier",), source="html:json-ld", rule="author")
    >>> dom = AuthorCandidate(names=("Ann Lee",), source="html:byline", rule="byline-class")
    >>> choose_authors([jsonld, dom], sites=("Valley Courier",)).names
    ('Ann Lee',)
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs

from .jsonld import typed_objects
from .names import is_given_name, looks_like_person_name

__all__ = [
    "AuthorCandidate",
    "choose_authors",
    "clean_author_names",
    "domain_owner",
    "jsonld_works",
    "labelled_authors",
    "only_site",
    "site_names",
    "surname_first",
    "title_byline",
]

_COMPANY = re.compile(
    r"\b(?:gmbh|e\.\s?v\.?|ag|ltd|inc|llc|s\.a\.|sarl|kg|ug|plc)(?:\W|$)|www\.|"
    r"\w\.(?:de|com|at|ch|org|net|fr|it|es|eu|info|co\.uk|cl|pe|io)\b",
    re.IGNORECASE,
)
# Between names: a semicolon, a comma, "and"; a bar before the outlet ("Ann Lee | Valley
# Courier"), whose name the site filter then drops.
_SPLIT = re.compile(r"\s*(?:;|,\s+|\s+(?:und|and|&|et|y)\s+|\s*\|\s*)\s*")
_QUOTES = "'\"‘’“”„«»"
_BRACKET_TAIL = re.compile(r"(?<=\w)\s*\([^()]{1,30}\)$")
_DASH = re.compile(r"\s[-–—]\s")
_ROLE_ALONE = re.compile(
    r"^(?:chef)?(?:redakteur|autor|reporter|korrespondent|journalist|editor|writer|rédacteur|"
    r"r[ée]dactrice|journaliste|periodista|redactor)(?:in|a)?$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)
# "Written by" / "Verfasst von" as a twitter:labelN, the name in twitter:dataN (WordPress SEO
# plugins write these on millions of blogs and magazines, in the site's language).
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:written|posted|verfasst|geschrieben|escrito|écrit|scritto|geschreven|napisane|"
    r"publicado|publié|skrevet|skrivet|kirjoittanut)\s+(?:by|von|por|par|da|door|przez|af|av)|"
    r"autor|author|auteur|autore|auteurs|verfasser(?:in)?|redakteur(?:in)?)\s*:?$",
    re.IGNORECASE,
)
# Soft hyphens and zero-width marks that typesetting puts inside words ("Mat\xadthias").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_DESK_WORDS = frozenset({"staff", "redaktion", "team", "desk", "newsroom", "editors", "rédaction"})
# Account words and the placeholders CMSs print for a missing name (Joomla's "Super User",
# Blogger's "Unknown", a template's "publisher").
_NOT_AUTHORS = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "root",
        "user",
        "guest",
        "gast",
        "super user",
        "unknown",
        "publisher",
        "wordpress",
        # placeholders a CMS writes when nobody is named
        "no author",
        "author",
        "anonymous",
        "anonym",
        "n/a",
        "none",
        "null",
        "undefined",
    }
)
# A country closing an address put where the author belongs ("Nürnberg, Germany").
_COUNTRIES = frozenset(
    {
        "germany",
        "deutschland",
        "austria",
        "österreich",
        "switzerland",
        "schweiz",
        "suisse",
        "france",
        "italy",
        "italia",
        "spain",
        "españa",
        "usa",
        "uk",
        "united states",
        "united kingdom",
        "poland",
        "polska",
        "netherlands",
        "nederland",
        "belgium",
        "belgique",
    }
)


@attrs.frozen(kw_only=True)
class AuthorCandidate:
    """One source's author names, with where they came from.

    Attributes:
        names: the names, cleaned.
        source: the kind of place (``"html:json-ld"``, ``"html:byline"``, ``"html:meta"``).
        rule: the reader or key that found them.
        raw: the value as written.

    Example:
        >>> AuthorCandidate(names=("Ann Lee",), source="html:meta", rule="author").rule
        'author'
    """

    names: tuple[str, ...]
    source: str
    rule: str
    raw: str = ""


def clean_author_names(names: Sequence[str]) -> tuple[str, ...]:
    """Names from markup, cleaned: entities decoded, "By" dropped, lists split, URLs, e-mail
    addresses, account words and placeholders ("admin", "Super User") left out, and of an
    address only the people kept.

    Example:
        >>> clean_author_names(["Redacci&oacute;n Sur", "https://example.org/author/x/"])
        ('Redacción Sur',)
        >>> clean_author_names(["Ann Lee, Tom Park", "admin", "Ka\u00adtrin Vogel"])
        ('Ann Lee', 'Tom Park', 'Katrin Vogel')
        >>> clean_author_names(["Super User", "Ann Lee, Nürnberg, Germany"])
        ('Ann Lee',)
    """
    pieces = [
        _PREFIX.sub("", " ".join(piece.split()).strip(_QUOTES)).strip(" ,;")
        for name in names
        for piece in _SPLIT.split(_INVISIBLE.sub("", html.unescape(name)))
    ]
    # "Ann Lee, Redakteurin": the role is nobody; "Ann Lee (al)": a sigle or desk in brackets
    pieces = [_BRACKET_TAIL.sub("", p) for p in pieces if not _ROLE_ALONE.match(p)]
    if any(p.casefold() in _COUNTRIES for p in pieces):
        # an address: only the people in it ("Ann Lee, Nürnberg, Germany")
        pieces = [p for p in pieces if looks_like_person_name(p)]
    cleaned: list[str] = []
    for part in pieces:
        if not part or "://" in part or "@" in part or part.lower() in _NOT_AUTHORS:
            continue
        if part not in cleaned:
            cleaned.append(part)
    return tuple(cleaned)


_SURNAME_FIRST = re.compile(r"^\s*(?P<last>[^\W\d_][\w'-]+),\s*(?P<first>[^\W\d_][\w'.-]*)\s*$")


def surname_first(value: str, *, known_given: bool = False) -> str:
    """A Dublin Core or citation name written "Last, First" turned to "First Last"; any other
    value as it is. With ``known_given`` (for keys that usually hold "First Last" or a list),
    only when the second word is a common given name and the first is not ("Lee, Ann" but not
    "Ann, Tom", two people).

    Example:
        >>> surname_first("Lee, Ann"), surname_first("Ann Lee, Tom Park")
        ('Ann Lee', 'Ann Lee, Tom Park')
        >>> surname_first("Maltby, Anna", known_given=True), surname_first("Anna, Tom", known_given=True)
        ('Anna Maltby', 'Anna, Tom')
    """
    match = _SURNAME_FIRST.match(value)
    if match is None:
        return value
    first, last = match.group("first"), match.group("last")
    if known_given and not (is_given_name(first) and not is_given_name(last)):
        return value
    return f"{first} {last}"


# "… reviewed by Ann Lee", or a segment "by Ann Lee" of a title split at bars and dashes.
_TITLE_BY = re.compile(
    r"(?:^|\s)(?:(?:written|posted|reviewed|reported|photographed)\s+by|^by)\s+"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})$",
    re.IGNORECASE,
)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|·]\s*")


# A speech's title names its speaker, often after an office: "Rede von Bundespräsident Ann Lee
# beim …", "Remarks by President Ann Lee at …".
_SPEECH = re.compile(
    r"\b(?:rede|ansprache|grußwort|festrede|speech|remarks|address|discours|discurso)\s+"
    r"(?:von|by|de|del)\s+(?P<words>(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*)",
    re.IGNORECASE,
)


def _speaker(title: str) -> str | None:
    """The person a speech's title names: from the first common given name after "Rede von",
    with the capitalised words after it (the office before it dropped)."""
    match = _SPEECH.search(title)
    words = match.group("words").split() if match else []
    start = next((i for i, w in enumerate(words) if is_given_name(w)), None)
    if start is None:
        return None
    name: list[str] = []
    for word in words[start:]:
        if not word[0].isupper():
            break
        name.append(word)
    return " ".join(name) if len(name) >= 2 and looks_like_person_name(" ".join(name)) else None


def title_byline(title: str | None) -> tuple[str, ...]:
    """The person a page's title names as its writer: "Gousto reviewed by Ann Lee", "A long
    walk | by Ann Lee | Notes" (the name two to four capitalised words), a speech's speaker
    ("Rede von Bundespräsident Ann Lee beim …", from a common given name on), or nobody.

    Example:
        >>> title_byline("harbourpost.example reviewed by Ann Lee")
        ('Ann Lee',)
        >>> title_byline("Why ferries run late | by Ann Lee | Medium")
        ('Ann Lee',)
        >>> title_byline("Reden / Rede von Bundespräsident Anna Lee beim Kongress")
        ('Anna Lee',)
        >>> title_byline("Stand by Me - Valley Courier"), title_byline(None)
        ((), ())
    """
    text = " ".join((title or "").split())
    for part in _TITLE_PARTS.split(text)[:4]:
        match = _TITLE_BY.search(part)
        name = match.group("name") if match else ""
        if name and all(w[0].isupper() for w in name.split()) and looks_like_person_name(name):
            return (name,)
    speaker = _speaker(text)
    return (speaker,) if speaker else ()


def labelled_authors(metas: dict[str, str]) -> tuple[str, ...]:
    """The names a ``twitter:dataN`` tag gives where its ``twitter:labelN`` says "Written by"
    (in any of the common languages); metas maps lower-cased meta keys to their content.

    Example:
        >>> labelled_authors({"twitter:label1": "Verfasst von", "twitter:data1": "Ann Lee"})
        ('Ann Lee',)
        >>> labelled_authors({"twitter:label1": "Est. reading time", "twitter:data1": "4 minutes"})
        ()
    """
    for n in range(1, 5):
        label = metas.get(f"twitter:label{n}", "")
        if label and _AUTHOR_LABEL.match(label.strip()):
            return clean_author_names([metas.get(f"twitter:data{n}", "")])
    return ()


_WORDS = re.compile(r"[^\W\d_]+")
# Words of a publication's name, not a person's ("Valley Courier" on valleycourier.com).
_MASTHEAD_WORDS = frozenset(
    [
        "zeitung",
        "courier",
        "kurier",
        "post",
        "times",
        "news",
        "blog",
        "magazin",
        "magazine",
        "journal",
        "tribune",
        "herald",
        "rundschau",
        "anzeiger",
        "tagblatt",
        "nachrichten",
        "online",
        "digital",
        "media",
        "medien",
        "verlag",
        "presse",
        "daily",
        "weekly",
        "gazette",
        "zeitschrift",
        "radio",
        "tv",
        "report",
        "review",
        "world",
        "welt",
        "today",
        "heute",
        "shop",
        "store",
        "pressedienst",
        "dienst",
        "service",
        "agentur",
        "agency",
        "portal",
    ]
)


def domain_owner(texts: Sequence[str | None], *, url: str | None) -> str | None:
    """The person a one-person site is named after: two or three capitalised words in one of
    the texts (the page title, the site name) that spell the host name ("Ann Lee" on
    annlee.com, "Ann Lee's blog" on annlee.blog.example), or None.

    Example:
        >>> domain_owner(["Notes from the river | Ann Leeward"], url="https://www.annleeward.de/a")
        'Ann Leeward'
        >>> domain_owner(["Valley Courier"], url="https://valleycourier.com/") is None
        True
        >>> domain_owner(["Ann Leeward"], url=None) is None
        True
    """
    host = urlsplit(url).hostname if url and "://" in url else None
    if not host:
        return None
    key = host.removeprefix("www.").split(".")[0].replace("-", "")
    if len(key) < 6:
        return None
    for text in texts:
        words = _WORDS.findall(text or "")
        for i in range(len(words) - 1):
            for size in (2, 3):
                run = words[i : i + size]
                if len(run) < size or not all(w[0].isupper() for w in run):
                    continue
                if "".join(run).casefold() == key and not _MASTHEAD_WORDS & {
                    w.casefold() for w in run
                }:
                    return " ".join(run)
    return None


# JSON-LD types other than articles whose author is the page's author: a recipe, a review, a
# forum thread's first post.
_WORK_TYPES = frozenset(
    {
        "recipe",
        "review",
        "howto",
        "discussionforumposting",
        "socialmediaposting",
        "question",
        # article types the headline and date readers do not take, and the generic ones
        "techarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "medicalscholarlyarticle",
        "medicalwebpage",
        "itempage",
        "blog",
        "creativework",
    }
)


def jsonld_works(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of a non-article work type (Recipe, Review, HowTo, forum posting,
    Question) in parsed JSON-LD data, ``@graph`` and lists unrolled.

    Example:
        >>> data = {"@graph": [{"@type": "Recipe", "author": "Ann Lee"}, {"@type": "Person"}]}
        >>> [w["author"] for w in jsonld_works(data)]
        ['Ann Lee']
    """
    return typed_objects(data, _WORK_TYPES, depth)


def site_names(*names: str | None, url: str | None = None) -> tuple[str, ...]:
    """The names a site goes by: the given ones plus the URL's host name without ``www.``.

    Example:
        >>> site_names("Valley Courier", None, url="https://www.valley-courier.com/a/1")
        ('Valley Courier', 'valley-courier.com')
    """
    found = [n for n in names if n]
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        found.append(host.removeprefix("www."))
    return tuple(found)


def only_site(names: Sequence[str], sites: Sequence[str]) -> bool:
    """Whether every name is the site itself: its name, its host, a domain, a company form or
    the site's initials.

    Example:
        >>> only_site(["Valley Courier"], ["Valley Courier", "valleycourier.com"])
        True
        >>> only_site(["VC", "Ann Lee"], ["Valley Courier"])
        False
    """
    return bool(names) and all(_is_site(n, sites) for n in names)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_site(name: str, sites: Sequence[str]) -> bool:
    if _COMPANY.search(name):
        return True
    if _is_site_initials(name, sites):
        return True
    squashed = _squash(name)
    for site in sites:
        site_key = _squash(site.rsplit(".", 1)[0] if "." in site and " " not in site else site)
        if squashed and site_key and (squashed == site_key or squashed == _squash(site)):
            return True
        # "Courier Staff", "Courier Redaktion": the site's desk
        rest = name.rsplit(maxsplit=1)[-1].casefold() if len(name.split()) > 1 else ""
        if len(site_key) >= 4 and squashed.startswith(site_key) and rest in _DESK_WORDS:
            return True
    return False


def _is_site_initials(name: str, sites: Sequence[str]) -> bool:
    """ "LN" for "Lübecker Nachrichten", "JF" for "JUNGE FREIHEIT": the site signing with its
    initials (a sigle in capitals, spelled by the site name's words)."""
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()):
        return False
    for site in sites:
        words = [w for w in _WORDS.findall(site) if len(w) > 1]
        if "".join(w[0] for w in words).upper() == name or name in words:
            return True
        if (
            len(words) > 2
            and any(  # "LN - Lübecker Nachrichten": the name after a sigle
                "".join(w[0] for w in words[i:]).upper() == name for i in range(1, len(words) - 1)
            )
        ):
            return True
    return False


def _name_words(names: Sequence[str]) -> set[str]:
    """The words of names, to tell whether two sources name the same people."""
    return {w for n in names for w in _WORDS.findall(n.casefold()) if len(w) > 2}


def _outvoted(first: AuthorCandidate, later: Sequence[AuthorCandidate]) -> AuthorCandidate | None:
    """The byline element when it and a meta tag name the same person and neither names any of
    the first candidate's: two sources against one (a CMS's JSON-LD often names the uploader)."""
    byline = next((c for c in later if c.source == "html:byline"), None)
    if byline is None or first.source == "html:byline":
        return None
    mine, theirs = _name_words(first.names), _name_words(byline.names)
    if not theirs or mine & theirs:
        return None
    for other in later:
        if other.source == "html:meta" and other.rule != "twitter:label":
            words = _name_words(other.names)
            if words & theirs and not words & mine:
                return byline
    return None


def _fuller_byline(
    first: AuthorCandidate, later: Sequence[AuthorCandidate]
) -> AuthorCandidate | None:
    """The byline element when it names everyone the first candidate names and more: metadata
    often holds only the account that posted a piece ("Ann Lee"), where the printed byline
    lists its co-authors ("von Ann Lee, Tom Park"). Each one more must be a person's name opening
    with a common given name: a byline element also holds desks, dates and labels."""
    byline = next((c for c in later if c.source == "html:byline"), None)
    if byline is None or first.source == "html:byline" or len(byline.names) <= len(first.names):
        return None
    mine = {n.casefold() for n in first.names}
    if not mine <= {n.casefold() for n in byline.names}:
        return None
    more = [n for n in byline.names if n.casefold() not in mine]
    return byline if all(_a_person(n) for n in more) else None


def _a_person(name: str) -> bool:
    return looks_like_person_name(name) and is_given_name(name.split(maxsplit=1)[0])


def _site_cut(name: str, sites: Sequence[str]) -> str:
    """A name without the site after a dash ("Ann Lee - Valley Courier" gives "Ann Lee")."""
    parts = _DASH.split(name)
    return parts[0] if len(parts) == 2 and _is_site(parts[1], sites) else name


def _distinct(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without repeats spelled as a handle ("Ann Lee", "annlee"), or as the initial and
    surname handle of a name beside them ("Frank Boës", "fboës")."""
    kept: list[str] = []
    for name in names:
        if all(_squash(name) != _squash(other) for other in kept):
            kept.append(name)
    handles = {_initial_handle(n) for n in kept if len(n.split()) >= 2}
    return tuple(n for n in kept if " " in n or _squash(n) not in handles)


def _initial_handle(name: str) -> str:
    words = name.split()
    return _squash(words[0][:1] + words[-1])


def choose_authors(
    candidates: Sequence[AuthorCandidate], *, sites: Sequence[str] = ()
) -> AuthorCandidate | None:
    """The candidate to believe (see the module's docstring), or None when none is left.

    Example:
        >>> nick = AuthorCandidate(names=("Todd",), source="html:json-ld", rule="author")
        >>> full = AuthorCandidate(names=("Todd Bates",), source="html:byline", rule="rel-author")
        >>> choose_authors([nick, full]).names
        ('Todd Bates',)
        >>> choose_authors([]) is None
        True
    """
    standing = [
        attrs.evolve(
            c,
            names=_distinct(
                tuple(n for n in (_site_cut(n, sites) for n in c.names) if not _is_site(n, sites))
            ),
        )
        for c in candidates
    ]
    standing = [c for c in standing if c.names]
    if not standing:
        # Only the site names itself: a corporate page or a one-person site, and that is the author.
        return next((c for c in candidates if c.names), None)
    first = standing[0]
    outvoted = _outvoted(first, standing[1:]) or _fuller_byline(first, standing[1:])
    if outvoted is not None:
        return outvoted
    if all(len(n.split()) == 1 for n in first.names):
        # "todd", "christian.stadtfeld": the words of a user name
        nicks = {w for n in first.names for w in re.split(r"[._-]+", n.casefold()) if w}
        for later in standing[1:]:
            if any(len(n.split()) > 1 and n.split()[0].casefold() in nicks for n in later.names):
                return later
    return first
