"""Telling the site from its authors: the names a site goes by (its name, its host, its
initials, a company form, its desk), and the one person a one-person site is named after.

Example:
    >>> only_site(["Valley Courier Staff"], site_names("Valley Courier", url="https://valleycourier.com/a"))
    True
    >>> domain_owner(["Notes | Ann Leeward"], url="https://annleeward.de/")
    'Ann Leeward'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ...vocab import words

__all__ = [
    "WORDS",
    "domain_owner",
    "is_site",
    "masthead_words",
    "only_site",
    "site_names",
    "squash",
]


_COMPANY = re.compile(
    r"\b(?:gmbh|e\.\s?v\.?|ag|ltd|inc|llc|s\.a\.|sarl|kg|ug|plc)(?:\W|$)|www\.|"
    r"\w\.(?:de|com|at|ch|org|net|fr|it|es|eu|info|co\.uk|cl|pe|io)\b",
    re.IGNORECASE,
)


WORDS = re.compile(r"[^\W\d_]+")


def masthead_words() -> frozenset[str]:
    """Words of a publication's name, not a person's ("Valley Courier" on valleycourier.com).

    Example:
        >>> "courier" in masthead_words(), "lee" in masthead_words()
        (True, False)
    """
    return words("organisations", "masthead")


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
        words = WORDS.findall(text or "")
        for i in range(len(words) - 1):
            for size in (2, 3):
                run = words[i : i + size]
                if len(run) < size or not all(w[0].isupper() for w in run):
                    continue
                if "".join(run).casefold() == key and not masthead_words() & {
                    w.casefold() for w in run
                }:
                    return " ".join(run)
    return None


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
    return bool(names) and all(is_site(n, sites) for n in names)


def squash(text: str) -> str:
    """A name's letters and digits, case-folded: how a site's name, host and handles compare.

    Example:
        >>> squash("Valley-Courier.com")
        'valleycouriercom'
    """
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def is_site(name: str, sites: Sequence[str]) -> bool:
    """Whether one name is the site itself: its name or host, a domain or company form, its
    initials, or its desk ("Courier Staff").

    Example:
        >>> is_site("Courier Staff", ["Courier"]), is_site("Ann Lee", ["Courier"])
        (True, False)
    """
    if _COMPANY.search(name):
        return True
    if _is_site_initials(name, sites):
        return True
    squashed = squash(name)
    for site in sites:
        site_key = squash(site.rsplit(".", 1)[0] if "." in site and " " not in site else site)
        if squashed and site_key and (squashed == site_key or squashed == squash(site)):
            return True
        # "Courier Staff", "Courier Redaktion": the site's desk
        rest = name.rsplit(maxsplit=1)[-1].casefold() if len(name.split()) > 1 else ""
        if (
            len(site_key) >= 4
            and squashed.startswith(site_key)
            and rest in words("organisations", "desk")
        ):
            return True
    return False


def _is_site_initials(name: str, sites: Sequence[str]) -> bool:
    """ "LN" for "Lübecker Nachrichten", "JF" for "JUNGE FREIHEIT": the site signing with its
    initials (a sigle in capitals, spelled by the site name's words)."""
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()):
        return False
    for site in sites:
        words = [w for w in WORDS.findall(site) if len(w) > 1]
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
