"""Author candidates as a page's markup gives them: each source's names (JSON-LD, meta tags,
``twitter:label``, the page's title), cleaned of entities, "By", placeholders and addresses;
:mod:`~newscorpus.meta.authors.choose` chooses among them.

Example:
    >>> clean_author_names(["By Ann Lee and Tom Park"])
    ('Ann Lee', 'Tom Park')
    >>> labelled_authors({"twitter:label1": "Written by", "twitter:data1": "Ann Lee"})
    ('Ann Lee',)
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import attrs

from ...vocab import alternation, words
from ..jsonld import typed_objects
from .logins import profile_name
from .names import is_given_name, looks_like_person_name

__all__ = [
    "AuthorCandidate",
    "clean_author_names",
    "jsonld_works",
    "labelled_authors",
    "profile_candidates",
    "surname_first",
    "title_byline",
]


_QUOTES = "'\"‘’“”„«»"


_BRACKET_TAIL = re.compile(r"(?<=\w)\s*\([^()]{1,30}\)$")


# "Written by" / "Verfasst von" as a twitter:labelN, the name in twitter:dataN (WordPress SEO
# plugins write these on millions of blogs and magazines, in the site's language).
@cache
def _author_label() -> re.Pattern[str]:
    verbs = alternation(words("byline_prefixes", "markup_label_verbs"))
    prepositions = alternation(words("byline_prefixes", "markup_label_prepositions"))
    nouns = alternation(words("byline_prefixes", "markup_label_nouns"))
    return re.compile(rf"^(?:(?:{verbs})\s+(?:{prepositions})|{nouns})\s*:?$", re.IGNORECASE)


# Soft hyphens and zero-width marks that typesetting puts inside words ("Mat\xadthias").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# A run of white space as one space before the split: the split's white space on both sides of
# a separator would otherwise try every way of sharing a long run (cubic in its length).
_SPACES = re.compile(r"\s+")


@cache
def _split() -> re.Pattern[str]:
    """Between names: a semicolon, a comma, "and"; a bar before the outlet ("Ann Lee | Valley
    Courier"), whose name the site filter then drops."""
    joining = alternation(words("conjunctions", "en", "de", "fr", "es", "symbol"))
    return re.compile(rf"\s*(?:;|,\s+|\s+(?:{joining})\s+|\s*\|\s*)\s*")


@cache
def _role_alone() -> re.Pattern[str]:
    """A role where a name belongs ("Redakteurin"): the role is nobody."""
    stems = alternation(words("roles", "stems"))
    return re.compile(rf"^(?:chef)?(?:{stems})(?:in|a)?$", re.IGNORECASE)


@cache
def _prefix() -> re.Pattern[str]:
    prepositions = alternation(words("byline_prefixes", "en", "de", "fr", "es"))
    return re.compile(rf"^(?:{prepositions})\s+", re.IGNORECASE)


# The most words a person's name is written with ("María de los Ángeles García Ruiz").
_NAME_WORDS = 6


def _without_role_suffix(name: str) -> str:
    """A name without the role written after it as a word of its own ("<name> 기자")."""
    words_ = name.split()
    if len(words_) > 1 and words_[-1] in words("roles", "suffixes"):
        return " ".join(words_[:-1])
    return name


def _not_authors() -> frozenset[str]:
    """Account words and the placeholders CMSs print for a missing name."""
    return words("author_placeholders", "accounts", "placeholders")


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
        >>> clean_author_names(["Ann Lee, professor of history at the University of the Valley"])
        ('Ann Lee',)
    """
    pieces = [
        _prefix().sub("", " ".join(piece.split()).strip(_QUOTES)).strip(" ,;")
        for name in names
        for piece in _split().split(_SPACES.sub(" ", _INVISIBLE.sub("", html.unescape(name))))
    ]
    # "Ann Lee, Redakteurin": the role is nobody; "Ann Lee (al)": a sigle or desk in brackets
    pieces = [
        _without_role_suffix(_BRACKET_TAIL.sub("", p)) for p in pieces if not _role_alone().match(p)
    ]
    if any(len(p.split()) > _NAME_WORDS for p in pieces) and any(
        looks_like_person_name(p) for p in pieces
    ):
        # "Ann Lee, professor of history at the University of the Valley": the affiliation
        # beside a person's name is nobody (a name is never that long)
        pieces = [p for p in pieces if len(p.split()) <= _NAME_WORDS]
    if any(p.casefold() in words("author_placeholders", "countries") for p in pieces):
        # an address: only the people in it ("Ann Lee, Nürnberg, Germany")
        pieces = [p for p in pieces if looks_like_person_name(p)]
    cleaned: list[str] = []
    for part in pieces:
        if not part or "://" in part or "@" in part or part.lower() in _not_authors():
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
        if label and _author_label().match(label.strip()):
            return clean_author_names([metas.get(f"twitter:data{n}", "")])
    return ()


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


def profile_candidates(root: Any, metas: dict[str, str]) -> Iterator[AuthorCandidate]:
    """The person an author-page address in ``article:author``, ``author`` or ``<link
    rel=author>`` names, when the page's text spells the name (``metas``: the page's meta tags,
    keys lower-cased).

    Example:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<html><head><link rel="author" href="/authors/ann-lee/">'
        ...                             '</head><body><p>Ann Lee reports.</p></body></html>')
        >>> [c.names for c in profile_candidates(root, {})]
        [('Ann Lee',)]
    """
    links = [(key, metas.get(key, "")) for key in ("article:author", "author")]
    links += [
        ("link-rel-author", link.get("href") or "")
        for link in root.iter("link")
        if "author" in (link.get("rel") or "").lower().split()
    ]
    for key, address in links:
        name = profile_name(address, root) if "/" in address else None
        if name:
            yield AuthorCandidate(names=(name,), source="html:meta", rule=f"{key}-url", raw=address)
            return
