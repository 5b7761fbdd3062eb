"""A login put where the author belongs, spelled out as the page's text spells the person.

Content systems often fill the author field with the writer's login (``christian.stadtfeld``,
``ann_lee``, ``tom-park``) while the text prints the full name ("… (Christian P. Stadtfeld)").
A login of two or more parts (split at ``.``, ``_``, ``-``) is replaced by the first capitalised
run in the page's visible text whose first word is the login's first part and whose last word
is its last part, with at most one initial between them. Both parts must match, so the whole
text may be searched. A single word stays as it is: pages sign with nicknames ("Tine",
"Jessie") as often as they stand for a full name printed elsewhere, and a word followed by a
capitalised one in running text is as often somebody else ("Jules Verne"), unless the
author's own bio (their JSON-LD ``description``) opens with the full name (:func:`bio_name`).
Names with a space, and logins the text never spells out, are kept too.

Example:
    >>> from newscorpus.htmlblocks import parse_html
    >>> page = parse_html("<p>Text of the story. (Ann B. Leeward)</p>")
    >>> full_names(("ann.leeward",), page.root)
    ('Ann B. Leeward',)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .unmarked import author_href

__all__ = ["bio_name", "full_names", "profile_name"]

_LOGIN = re.compile(r"^[^\W\d_]{2,}(?:[._-]+[^\W\d_]{2,})*$")
_PARTS = re.compile(r"[._-]+")
_TRAILING_ID = re.compile(r"[-_.]\d+/?$")
_TEXT_XPATH = "//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_INITIAL = r"(?:\s+[^\W\d_]\.)?"
_MAX_TEXT = 400_000  # characters of page text searched; bounds the work on huge pages


def full_names(names: Sequence[str], root: Any) -> tuple[str, ...]:
    """The names, each user name replaced by the full name the page's text spells for it.

    Args:
        names: the chosen author names.
        root: the page's parsed root element (None: nothing to search).

    Returns:
        The names in order, a user name spelled out where the page allows.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html("<p>Ann Leeward met Tom Park.</p>")
        >>> full_names(("ann_leeward", "tom.parker", "Jules", "Eva Sousa"), page.root)
        ('Ann Leeward', 'tom.parker', 'Jules', 'Eva Sousa')
    """
    logins = [[p for p in _PARTS.split(n) if p] if _LOGIN.match(n) else [] for n in names]
    if root is None or all(len(parts) < 2 for parts in logins):
        return tuple(names)
    page_text = _visible_text(root)
    spelled: list[str] = []
    for name, parts in zip(names, logins, strict=True):
        full = _login_in_full(parts, page_text) if len(parts) >= 2 else None
        if (full or name) not in spelled:
            spelled.append(full or name)
    return tuple(spelled)


def _login_in_full(parts: list[str], text: str) -> str | None:
    pattern = re.compile(
        rf"(?<!\w)(?i:{re.escape(parts[0])}){_INITIAL}\s+(?i:{re.escape(parts[-1])})(?!\w)"
    )
    for match in pattern.finditer(text):
        found = " ".join(match.group(0).split())
        if all(word[0].isupper() for word in found.split()):
            return found
    return None


def _visible_text(root: Any) -> str:
    return " ".join(root.xpath(_TEXT_XPATH))[:_MAX_TEXT]


def profile_name(address: str, root: Any) -> str | None:
    """The person an author-page address names, as the page's text spells them: the slug of
    ``https://example.org/author/ann-lee/`` read as the login ``ann-lee`` (a trailing number
    dropped), found in the text as "Ann Lee"; None when the address is no author page or the
    text never spells the name.

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> page = parse_html("<p>By Ann Leeward</p><p>Text.</p>")
        >>> profile_name("https://example.org/author/ann-leeward-42/", page.root)
        'Ann Leeward'
        >>> profile_name("https://example.org/2024/03/bridge-opens/", page.root) is None
        True
    """
    match = author_href().search(address)
    if match is None or root is None:
        return None
    slug = match.group("slug") or match.group("handle") or ""
    parts = [p for p in _PARTS.split(_TRAILING_ID.sub("", slug)) if p]
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    return _login_in_full(parts, _visible_text(root))


def bio_name(nickname: str, bio: str) -> str | None:
    """The full name a one-word author's own bio opens with: "Ann" and the bio "Ann Leeward -
    reporter since 2002 …" (or "Ann Leeward is …") give "Ann Leeward"; None otherwise. The bio
    must be the author's own (their JSON-LD ``description``): a first name followed by a
    capitalised word anywhere else is as often somebody else.

    Example:
        >>> bio_name("Ann", "Ann Leeward - Reporterin seit 2002, fährt Rad.")
        'Ann Leeward'
        >>> bio_name("Ann", "Ann writes about ferries.") is None
        True
    """
    if not nickname or " " in nickname or not nickname[:1].isupper():
        return None
    pattern = rf"{re.escape(nickname)}{_INITIAL}\s+[^\W\d_][^\W\d_'’-]+(?=\s*[-–—,:(]|\s+(?:is|was|ist|war)\b)"
    match = re.match(pattern, bio.strip())
    if match is None:
        return None
    found = " ".join(match.group(0).split())
    return found if found.split()[-1][:1].isupper() else None
