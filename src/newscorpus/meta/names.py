"""Person names: does a string look like one, and what is left of it once junk is stripped.

Example:
    >>> looks_like_person_name("Rachel Avraham"), looks_like_person_name("Related Posts")
    (True, False)
    >>> clean_person_name("By Jane Doe, staff writer (jane@example.org)")
    'Jane Doe'
"""

from __future__ import annotations

import re

__all__ = ["NOT_NAME_WORDS", "clean_person_name", "looks_like_person_name", "strip_name_junk"]

_PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "di",
        "du",
        "ter",
        "ten",
        "y",
        "zu",
        "bint",
        "ben",
    }
)
_NOT_NAMES = frozenset(
    {
        "related",
        "topics",
        "posts",
        "news",
        "latest",
        "read",
        "more",
        "share",
        "comments",
        "breaking",
        "popular",
        "home",
        "about",
        "contact",
        "privacy",
        "policy",
        "terms",
        "subscribe",
        "advertise",
        "follow",
        "us",
        "the",
        "and",
        "of",
        "for",
        "with",
        "this",
        "that",
        "our",
        "your",
        "new",
        "top",
        "stories",
        "story",
        "article",
        "articles",
        "video",
        "photo",
        "photos",
        "image",
        "world",
        "business",
        "sport",
        "sports",
        "opinion",
        "politics",
        "economy",
        "culture",
        "tags",
        "author",
        "editor",
        "desk",
        "staff",
        "updated",
        "published",
        "click",
        "sign",
        "log",
        "login",
        "email",
        "print",
        "next",
        "previous",
        "trending",
        "recommended",
        "most",
        "all",
        "rights",
        "reserved",
        "copyright",
        "day",
        "week",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "is",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
    }
)
NOT_NAME_WORDS = _NOT_NAMES
"""Common words that are never part of a person's name (lower case)."""

_TOKEN = re.compile(r"^(?:[A-Z]\.|[^\W\d_][\w'’.-]*)$")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_JUNK = re.compile(
    r"\b(?:email the author|e-mail the author|follow on twitter|follow|updated|published|posted)\b.*$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|автор:?)\s+", re.IGNORECASE)


def looks_like_person_name(text: str) -> bool:
    """Two to four capitalised words (particles and initials allowed), no digits, no common words.

    Example:
        >>> looks_like_person_name("Ludwig van Beethoven"), looks_like_person_name("J. R. Hartley")
        (True, True)
        >>> looks_like_person_name("the minister"), looks_like_person_name("Ivan Petrov 2024")
        (False, False)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60:
        return False
    capitals = 0
    for token in tokens:
        lowered = token.lower().strip(".,")
        if lowered in _PARTICLES:
            continue
        if lowered in _NOT_NAMES or not _TOKEN.match(token) or not token[0].isupper():
            return False
        if token.isupper() and len(token) > 3 and not text.isupper():
            return False
        capitals += 1
    return capitals >= 2 or (
        capitals >= 1 and len(tokens) >= 2 and any(t.lower() in _PARTICLES for t in tokens)
    )


def clean_person_name(text: str) -> str | None:
    """Strip a byline prefix, e-mail addresses, roles after a comma or dash, parentheses and
    trailing "Updated …" from a name; None when nothing name-like is left.

    Example:
        >>> clean_person_name("Ann Lee - Senior Editor"), clean_person_name("Email the author")
        ('Ann Lee', None)
    """
    name = strip_name_junk(text)
    return name if name and looks_like_person_name(name) else None


def strip_name_junk(text: str) -> str | None:
    """What :func:`clean_person_name` strips (prefix, e-mail, role, parentheses, "Updated …"),
    without asking whether the rest looks like a person's name; None when nothing is left.

    Example:
        >>> strip_name_junk("by annlee (photos) - staff")
        'annlee'
        >>> strip_name_junk("(ann@example.org)") is None
        True
    """
    name = re.sub(r"\([^)]{0,80}\)", " ", text)
    name = _EMAIL.sub(" ", name)
    name = _JUNK.sub("", name)
    name = _PREFIX.sub("", name.strip())
    name = re.split(r",|\s[-–—|]\s|\s[-–—]|[-–—]\s", name, maxsplit=1)[0]
    name = " ".join(name.split()).strip(" .,:;")
    return name or None
