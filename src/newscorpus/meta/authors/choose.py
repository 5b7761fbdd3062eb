"""Which of an HTML page's author sources to believe.

A page can name its authors in JSON-LD, in a byline element and in ``<meta name=author>``; they
often disagree, and many sites put their own name (or their domain, or their company) where the
author belongs. Candidates (read by :mod:`~newscorpus.meta.authors.markup`) are taken in this
order, and the first one left standing wins:

1. JSON-LD ``author`` (Person, Organization, string, list, or an ``@id`` reference; without
   one, ``creator``);
2. ``twitter:dataN`` where ``twitter:labelN`` says "Written by"
   (:func:`~newscorpus.meta.authors.markup.labelled_authors`);
3. the byline element (:func:`~newscorpus.meta.read_dom_byline`);
4. ``<meta name=author>``, ``article:author``, ``dc.creator``, ``parsely-author``,
   ``sailthru.author``; then the person an author-page address in ``article:author`` or
   ``<link rel=author>`` names, when the text prints the name; then a title naming the
   writer (:func:`~newscorpus.meta.authors.markup.title_byline`);
5. the JSON-LD ``author`` of a recipe, review, forum posting or other work
   (:func:`~newscorpus.meta.authors.markup.jsonld_works`).

With none of them and no publisher named, :func:`~newscorpus.meta.authors.sites.domain_owner`
reads a one-person site's owner from its title.

A candidate is passed over when every name in it is the site itself: ``og:site_name``, the host
name (``example.de``), a domain or a company form (``GmbH``, ``e.V.``, ``Ltd``) — unless no
candidate names anyone else: then the site is the author (corporate pages, one-person sites),
unless the page reader's last-resort byline guess finds a person
(:func:`~newscorpus.meta.authors.sites.only_site` tells).
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

import re
from collections.abc import Sequence

import attrs

from .markup import AuthorCandidate
from .names import is_given_name, looks_like_person_name
from .sites import WORDS, is_site, squash

__all__ = ["choose_authors"]


_DASH = re.compile(r"\s[-–—]\s")


def _name_words(names: Sequence[str]) -> set[str]:
    """The words of names, to tell whether two sources name the same people: of three letters
    or more, or two in a script whose names are that short (Korean, Chinese, Japanese: "배윤경")."""
    return {
        w
        for n in names
        for w in WORDS.findall(n.casefold())
        if len(w) > 2 or (len(w) == 2 and _SHORT_NAMES.match(w))
    }


# Hangul, CJK ideographs and kana: whole names in two or three characters.
_SHORT_NAMES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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
    return parts[0] if len(parts) == 2 and is_site(parts[1], sites) else name


def _distinct(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without repeats spelled as a handle ("Ann Lee", "annlee"), or as the initial and
    surname handle of a name beside them ("Frank Boës", "fboës")."""
    kept: list[str] = []
    for name in names:
        if all(squash(name) != squash(other) for other in kept):
            kept.append(name)
    handles = {_initial_handle(n) for n in kept if len(n.split()) >= 2}
    return tuple(n for n in kept if " " in n or squash(n) not in handles)


def _initial_handle(name: str) -> str:
    words = name.split()
    return squash(words[0][:1] + words[-1])


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
                tuple(n for n in (_site_cut(n, sites) for n in c.names) if not is_site(n, sites))
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
