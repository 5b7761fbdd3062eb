"""The page's top line as its own statement of the headline: "Headline | Site".

Some renderers print a page's ``<title>`` as the first line of its text (``html-text`` does),
and a page saved as text often begins with it too. That line is the headline joined with the
site's name or section ("Ferries return | Valley Courier", "Valley Courier - Ferries return",
"Ferries return | Harbour | Valley Courier"), and the headline is printed again as a line of
its own further down, among kickers, section labels and teasers. :func:`top_line_parts` reads
the top line's parts: the whole line, and the line cut at its first or last separator (the site
part dropped from either end); a candidate line printing one of them is the headline as the
page states it (feature ``page_title``), weighted by the share of the top line's words it
covers (a site's name printed alone as a logo covers little of it).

Example:
    >>> parts = top_line_parts("Ferries return to the bay | Valley Courier")
    >>> parts["ferries return to the bay"], parts["valley courier"]
    (0.7142857142857143, 0.2857142857142857)
    >>> top_line_parts("")
    {}
"""

from __future__ import annotations

import re

__all__ = ["line_key", "top_line_parts"]

# A separator between a headline and the site's name: a bar, a spaced dash, a bullet or a
# guillemet (a colon is left out: "Brexit: talks resume" is a kicker and its headline).
_SEPARATOR = re.compile(r"\s*\|\s*|\s[-–—·•»/]\s")
_WORD = re.compile(r"\w+")
_LONGEST = 300  # characters: a longer first line is no page title


def line_key(text: str) -> str:
    """A line as :func:`top_line_parts` keys it: casefolded, runs of white space as one space.

    Args:
        text: the line.

    Example:
        >>> line_key("  Ferries   Return ")
        'ferries return'
    """
    return " ".join(text.casefold().split())


def top_line_parts(first: str) -> dict[str, float]:
    """The parts of a page's top line a headline line may print (keyed by :func:`line_key`),
    each with the share of the top line's words it holds: the whole line, the line before its
    first and before its last separator, and the line after its first and after its last.

    Args:
        first: the page's first line (empty, or longer than 300 characters: no parts).

    Example:
        >>> for part in sorted(top_line_parts("Harbour - Ferries return - Courier")):
        ...     print(part)
        courier
        ferries return - courier
        harbour
        harbour - ferries return
        harbour - ferries return - courier
    """
    text = line_key(first)
    if not text or len(text) > _LONGEST:
        return {}
    total = len(_WORD.findall(text))
    if not total:
        return {}
    cuts = list(_SEPARATOR.finditer(text))
    parts = [text]
    if cuts:
        first_cut, last_cut = cuts[0], cuts[-1]
        parts += [
            text[: first_cut.start()],
            text[: last_cut.start()],
            text[first_cut.end() :],
            text[last_cut.end() :],
        ]
    found: dict[str, float] = {}
    for cut in parts:
        part = cut.strip()
        words = len(_WORD.findall(part))
        if words:
            found[part] = words / total
    return found
