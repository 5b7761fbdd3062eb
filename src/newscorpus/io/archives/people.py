"""The authors of an archive's byline field, as a clean list of names.

Archives print the byline as the paper did (``By JOHN SMITH and Jane Doe, Staff Writers``,
``Von Hans Müller, Berlin``) or as a catalogue does (ProQuest: ``Smith, John; Doe, Jane``). The
field is known to be a byline, so no name is guessed away: it is split on the usual separators
and each part loses its prefix (``By``, ``Von``, ``Par``), role (``Staff Writer``) and place
(``in Berlin``).

Example:
    >>> split_authors("By JOHN SMITH and Jane Doe, Staff Writers")
    ('John Smith', 'Jane Doe')
    >>> split_authors("Smith, John; Doe, Jane", surname_first=True)
    ('John Smith', 'Jane Doe')
"""

from __future__ import annotations

import re

__all__ = ["split_authors"]

# "By", "Von", "Par", "Por" in any case; the prefixes that are also name parts ("Di Maria",
# "Af Klint") only as bylines print them, in lower case.
_PREFIX = re.compile(r"^(?:(?i:by|von|par|por)|di|door|av|af)\s+")
_SEPARATORS = re.compile(r"\s*(?:;|\||\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_PLACE = re.compile(r"\s+(?:in|aus|à|en|in der)\s+\S.*$", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:staff|writer|writers|reporter|reporters|correspondent|correspondents|editor|"
    r"redakteur|redakteurin|korrespondent|korrespondentin|envoyé|envoyée|spécial|journalist)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]")


def _title_case(name: str) -> str:
    """``JOHN McDONALD`` → ``John Mcdonald`` is worse than leaving mixed-case words alone: only
    words printed all in capitals are changed."""
    words = []
    for word in name.split():
        if word.isupper() and len(word) > 1:
            hyphened = "-".join(part.capitalize() for part in word.split("-"))
            words.append("'".join(part[:1].upper() + part[1:] for part in hyphened.split("'")))
        else:
            words.append(word)
    return " ".join(words)


def _one_name(part: str, surname_first: bool) -> str | None:
    part = part.strip(" ,.;:-–—")
    if surname_first and part.count(",") == 1:
        surname, given = (p.strip() for p in part.split(","))
        part = f"{given} {surname}" if given and not _ROLE.search(given) else surname
    else:
        part = part.split(",")[0]  # "Jane Doe, Staff Writer", "Hans Müller, Berlin"
    part = _PLACE.sub("", _PREFIX.sub("", part.strip()))
    part = part.strip(" ,.;:-–—")
    if not part or _ROLE.search(part) or len(part) > 60 or not _LETTERS.search(part):
        return None
    return _title_case(part)


def split_authors(text: str, *, surname_first: bool = False) -> tuple[str, ...]:
    """The names in an archive's byline field, in order, without prefixes, roles or places;
    names printed in capitals are given in title case.

    Args:
        text: the field's value.
        surname_first: the field prints ``Surname, Given`` (ProQuest's ``Author:``), names
            separated by semicolons.

    Example:
        >>> split_authors("Von Hans Müller, Berlin")
        ('Hans Müller',)
        >>> split_authors("")
        ()
    """
    line = " ".join(text.split())
    if not line:
        return ()
    parts = line.split(";") if surname_first else _SEPARATORS.split(line)
    names = (_one_name(part, surname_first) for part in parts)
    return tuple(dict.fromkeys(name for name in names if name))
