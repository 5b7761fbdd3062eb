"""The site's name as an HTML page's markup states it, chosen among its statements.

A page can name its site three ways in its markup: ``og:site_name`` (the brand, as the site
names itself for sharing), the JSON-LD ``publisher`` (often the company behind the brand:
"Valley Media AG", or a tagline where the name belongs) and ``application-name``. Each
statement is cleaned (entities decoded, spaces folded, a company form after a dash cut:
"Valley Courier - Valley Media GmbH & Co. KG" gives "Valley Courier"); then the first, in that
order, that agrees with the page's host name is the site ("Valley Courier" on
valleycourier.com, "The Courier" on courier.co.uk); with none agreeing, the first statement
stands. The provenance names the statement chosen, and says when the host decided
(``"og:site_name+host"``).

After the markup come the text's own statements (a byline's outlet, a thank-you line:
:func:`newscorpus.meta.publisher.read_source`), then a footer's copyright line, the site's
segment of the ``<title>`` and the host name
(:func:`newscorpus.meta.publisher.source_fallbacks`).

Example:
    >>> pick = choose_site_name([("og:site_name", "Valley Courier"),
    ...                          ("publisher.name", "Valley Media AG")],
    ...                         url="https://www.valleycourier.com/a/1")
    >>> pick
    ('Valley Courier', 'og:site_name+host')
    >>> choose_site_name([("publisher.name", "Valley Media AG")], url=None)
    ('Valley Media AG', 'publisher.name')
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

__all__ = ["SITE_NAME_KEYS", "choose_site_name", "clean_site_name", "names_host", "put_site_name"]

SITE_NAME_KEYS = ("og:site_name", "publisher.name", "application-name")
"""The markup's statements of the site's name, in the order they are trusted."""

# A company form ending a name: "GmbH & Co. KG", "AG", "Ltd", "S.A." (case-blind; bounded).
_COMPANY_TAIL = re.compile(
    r"\b(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|se|kg|ltd\.?|limited|inc\.?|llc|plc|s\.a\.?|s\.l\.?|"
    r"sarl|srl|s\.p\.a\.?|b\.v\.?|n\.v\.?|oy|ab|as|a/s)\s*$",
    re.IGNORECASE,
)
_DASHED = re.compile(r"\s+[-–—|]\s+")
_LONGEST = 80


def clean_site_name(raw: str) -> str:
    """A site's name as markup writes it, cleaned: entities decoded, spaces folded, and a
    company form after a dash or bar left out (the brand before it is the site).

    Example:
        >>> clean_site_name("Valley Courier - Valley Media GmbH &amp; Co. KG")
        'Valley Courier'
        >>> clean_site_name("  The&nbsp;Courier ")
        'The Courier'
        >>> clean_site_name("Valley Media AG")
        'Valley Media AG'
    """
    name = " ".join(html.unescape(raw).split())
    parts = _DASHED.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0] and _COMPANY_TAIL.search(parts[1]):
        name = parts[0]
    return name


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def names_host(name: str, url: str | None) -> bool:
    """Whether ``name`` spells the page's host: its letters and digits (without a leading
    "the" and a trailing domain) are the host's main label, or contain it, or are contained in
    it ("BBC News" on bbc.co.uk, "Courier" on thecourier.com).

    Example:
        >>> names_host("The Valley Courier", "https://valleycourier.com/a")
        True
        >>> names_host("Where the news is", "https://valleycourier.com/a")
        False
        >>> names_host("Courier", None)
        False
    """
    host = urlsplit(url).hostname if url and "://" in url else None
    if not host:
        return False
    labels = [label for label in host.removeprefix("www.").split(".") if label]
    main = _squash(max(labels[:-1] or labels, key=len))
    words = name.split()
    if len(words) > 1 and words[0].casefold() in ("the", "die", "der", "la", "le", "el"):
        words = words[1:]
    key = _squash(re.sub(r"\.[a-z]{2,6}$", "", " ".join(words), flags=re.IGNORECASE))
    if len(key) < 2 or len(main) < 2:
        return False
    return key == main or (len(key) >= 4 and key in main) or (len(main) >= 4 and main in key)


def choose_site_name(
    statements: Sequence[tuple[str, str]], *, url: str | None
) -> tuple[str, str] | None:
    """The site's name among the markup's ``statements`` (``(key, raw)`` pairs, keys from
    :data:`SITE_NAME_KEYS`) and the rule that chose it, or None when none names anything.

    Example:
        >>> choose_site_name([("publisher.name", "Where news lives"),
        ...                   ("og:site_name", "The Courier")], url="https://thecourier.com/x")
        ('The Courier', 'og:site_name+host')
        >>> choose_site_name([], url="https://thecourier.com/x") is None
        True
    """
    rank = {key: i for i, key in enumerate(SITE_NAME_KEYS)}
    cleaned = sorted(
        (
            (rank.get(key, len(rank)), key, name)
            for key, raw in statements
            if (name := clean_site_name(raw)) and len(name) <= _LONGEST
        ),
        key=lambda item: item[0],
    )
    if not cleaned:
        return None
    for _, key, name in cleaned:
        if names_host(name, url):
            return name, f"{key}+host"
    _, key, name = cleaned[0]
    return name, key


def put_site_name(
    statements: Sequence[tuple[str, str]], put: Callable[..., None], *, url: str | None
) -> None:
    """Put the site's name :func:`choose_site_name` chooses among ``statements`` through
    ``put(field, value, source, rule, raw)``, with the statement it was read from.

    Example:
        >>> got = []
        >>> put_site_name([("publisher.name", "Valley Media &amp; Co")],
        ...               lambda *args: got.append(args), url=None)
        >>> got
        [('source', 'Valley Media & Co', 'html:json-ld', 'publisher.name', 'Valley Media &amp; Co')]
    """
    chosen = choose_site_name(statements, url=url)
    if chosen is None:
        return
    name, rule = chosen
    key = rule.split("+")[0]
    raw = next(r for k, r in statements if k == key and clean_site_name(r) == name)
    put("source", name, "html:json-ld" if key == "publisher.name" else "html:meta", rule, raw)
