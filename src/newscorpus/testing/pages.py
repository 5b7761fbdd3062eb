"""Plain-text pages composed from parts, to plant boilerplate anywhere.

Example:
    >>> build_page(title="Bridge reopens", body=["It reopened."])
    'Bridge reopens\\n\\nIt reopened.\\n'
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        pass
    else:
        pass

__all__ = ["build_page"]


def build_page(
    *,
    title: str,
    body: Sequence[str],
    header: Sequence[str] = (),
    footer: Sequence[str] = (),
    between: Mapping[int, Sequence[str]] | None = None,
) -> str:
    """A plain-text page composed from parts, one blank line between blocks.

    The page reads: ``header`` blocks, the title, then the body paragraphs with
    ``between[i]`` placed just before body paragraph ``i`` (``between[0]`` sits between the
    title and the first paragraph — the place for a dek, byline or date; ``between[len(body)]``
    follows the last paragraph), then the ``footer`` blocks. A block may hold several lines
    (a nav menu run). An empty title is left out.

    Args:
        title: the headline.
        body: the article's paragraphs, in order.
        header: blocks above the title (nav menu, widget heading, date line).
        footer: blocks after everything else (comments, legal lines).
        between: blocks to plant before body paragraph ``i``, keyed by ``i``.

    Returns:
        The page, ending with a newline.

    Raises:
        InputError: a ``between`` key is not in ``0..len(body)``.

    Example:
        >>> page = build_page(title="Rail strike ends", body=["Trains run again.", "Fares stay."],
        ...                   header=["Trending now"], footer=["No comments:"],
        ...                   between={0: ["By Ann Lee"], 1: ["Share on Facebook"]})
        >>> page.split("\\n\\n")[:4]
        ['Trending now', 'Rail strike ends', 'By Ann Lee', 'Trains run again.']
        >>> page.split("\\n\\n")[4:]
        ['Share on Facebook', 'Fares stay.', 'No comments:\\n']
    """
    planted = dict(between or {})
    bad = sorted(k for k in planted if not 0 <= k <= len(body))
    if bad:
        raise InputError(
            f"build_page(): between keys must be 0..{len(body)} (one per body paragraph, and "
            f"{len(body)} for after the last), not {bad}",
            stage="parse",
        )
    parts = [*header]
    if title:
        parts.append(title)
    for i, paragraph in enumerate(body):
        parts.extend(planted.get(i, ()))
        parts.append(paragraph)
    parts.extend(planted.get(len(body), ()))
    parts.extend(footer)
    return "\n\n".join(parts) + "\n"
