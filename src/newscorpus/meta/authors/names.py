"""Person names: does a string look like one, and what is left of it once junk is stripped.

Example:
    >>> looks_like_person_name("Rachel Avraham"), looks_like_person_name("Related Posts")
    (True, False)
    >>> clean_person_name("By Jane Doe, staff writer (jane@example.org)")
    'Jane Doe'
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = [
    "NOT_NAME_WORDS",
    "clean_person_name",
    "is_given_name",
    "looks_like_person_name",
    "names_a_person",
    "strip_name_junk",
]

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


@cache
def _given_names() -> frozenset[str]:
    path = resources.files("newscorpus") / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name (``data/given_names.txt``, case-blind). A name
    missing from the list is not confirmed, which is not a proof that it is no name.

    Example:
        >>> is_given_name("Anna"), is_given_name("JOHANNES"), is_given_name("Seaside")
        (True, True, False)
    """
    return word.casefold() in _given_names()


def names_a_person(text: str) -> bool:
    """A stricter :func:`looks_like_person_name`, for a name read where organisations are as
    likely (a copyright line): two or three words, the first a common given name, the others
    capitalised words without digits or underscores.

    An academic title before the name and a middle initial are allowed ("Dr. Anna M. Berger").

    Example:
        >>> names_a_person("Anna Berger"), names_a_person("ANDRÉ LOIBL")
        (True, True)
        >>> names_a_person("Dr. Anna M. Berger"), names_a_person("Prof. Dr. Jan van Dijk")
        (True, True)
        >>> names_a_person("Seaside Media"), names_a_person("Anna Berger GmbH & Co. KG")
        (False, False)
    """
    words = text.split()
    while words and words[0].casefold() in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or not is_given_name(words[0]):
        return False
    if any(w.casefold().strip(".") in _COMPANY_FORMS for w in words):
        return False
    rest = words[1:]
    if not _SURNAME.match(rest[-1]) or (len(rest) > 2 and rest[0].casefold() not in _PARTICLES):
        return False
    middle_ok = all(_SURNAME.match(w) or _INITIAL.match(w) or w in _PARTICLES for w in rest[:-1])
    return middle_ok and looks_like_person_name(" ".join(words))


_TITLES = frozenset({"dr.", "prof.", "dipl.-ing.", "mag.", "ing.", "dr", "prof"})
_INITIAL = re.compile(r"^[^\W\d_]\.$")


# Legal forms that end a company's name ("Lena Vogt GmbH").
_COMPANY_FORMS = frozenset(
    {"gmbh", "ag", "kg", "ug", "se", "ltd", "inc", "llc", "plc", "sa", "sarl", "sas", "bv", "co"}
)
_SURNAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
