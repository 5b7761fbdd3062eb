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

from ...vocab import alternation, load_lines, words

__all__ = [
    "clean_person_name",
    "is_given_name",
    "looks_like_person_name",
    "names_a_person",
    "not_name_words",
    "strip_name_junk",
]

_TOKEN = re.compile(r"^(?:[A-Z]\.|[^\W\d_][\w'’.-]*)$")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_PARENTHESES = re.compile(r"\([^)]{0,80}\)")
_ROLE_CUT = re.compile(r",|\s[-–—|]\s|\s[-–—]|[-–—]\s")  # a role after a comma or a dash
_ROLE_SIGN = re.compile(r"[,|\-–—]")  # in every cut; looked for first, much faster
_JUNK = re.compile(
    r"\b(?:email the author|e-mail the author|follow on twitter|follow|updated|published|posted)\b.*$",
    re.IGNORECASE,
)


@cache
def _prefix() -> re.Pattern[str]:
    """A byline prefix before a name: a preposition ("By", "Von", "Door") or "Автор:"."""
    prepositions = alternation(words("byline_prefixes", "en", "de", "fr", "es", "it", "nl"))
    label = alternation(words("byline_prefixes", "ru_label"))
    return re.compile(rf"^(?:{prepositions}|(?:{label}):?)\s+", re.IGNORECASE)


@cache
def not_name_words() -> frozenset[str]:
    """Common words that are never part of a person's name (lower case).

    Example:
        >>> "related" in not_name_words(), "anna" in not_name_words()
        (True, False)
    """
    return words("not_name_words", "common")


@cache
def _particles() -> frozenset[str]:
    return words("name_parts", "particles")


def _name_part(part: str) -> frozenset[str]:
    """Academic "titles" before a name, legal "company_forms" that end a company's name."""
    return words("name_parts", part)


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
    particles, not_names = _particles(), not_name_words()
    capitals = 0
    for token in tokens:
        lowered = token.lower().strip(".,")
        if lowered in particles:
            continue
        if lowered in not_names or not _TOKEN.match(token) or not token[0].isupper():
            return False
        if token.isupper() and len(token) > 3 and not text.isupper() and not _INITIALS.match(token):
            return False
        capitals += 1
    return capitals >= 2 or (
        capitals >= 1 and len(tokens) >= 2 and any(t.lower() in particles for t in tokens)
    )


def clean_person_name(text: str) -> str | None:
    """Strip a byline prefix, e-mail addresses, roles after a comma or dash, parentheses and
    trailing "Updated …" from a name; None when nothing name-like is left.

    Example:
        >>> clean_person_name("Ann Lee - Senior Editor"), clean_person_name("Email the author")
        ('Ann Lee', None)
    """
    if "(" not in text and "@" not in text and len(text.split()) < 2:
        return None  # one word stays one word (only a parenthesis or an address cut makes two)
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
    # the parentheses and e-mail patterns only where their sign is (most names hold neither)
    name = _PARENTHESES.sub(" ", text) if "(" in text else text
    name = _EMAIL.sub(" ", name) if "@" in name else name
    name = _JUNK.sub("", name)
    name = _prefix().sub("", name.strip())
    name = _ROLE_CUT.split(name, maxsplit=1)[0] if _ROLE_SIGN.search(name) else name
    name = " ".join(name.split()).strip(" .,:;")
    return name or None


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load_lines("given_names.txt"))


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
    while words and words[0].casefold() in _name_part("titles"):
        words = words[1:]
    if not 2 <= len(words) <= 4 or not is_given_name(words[0]):
        return False
    if any(w.casefold().strip(".") in _name_part("company_forms") for w in words):
        return False
    rest = words[1:]
    if not _SURNAME.match(rest[-1]) or (len(rest) > 2 and rest[0].casefold() not in _particles()):
        return False
    middle_ok = all(_SURNAME.match(w) or _INITIAL.match(w) or w in _particles() for w in rest[:-1])
    return middle_ok and looks_like_person_name(" ".join(words))


_INITIAL = re.compile(r"^[^\W\d_]\.$")
# Initials run together ("J.R."): upper case, yet a name's part and no acronym.
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,3}$")


_SURNAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
