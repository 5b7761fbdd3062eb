"""How much of a line is interface words, credits or time phrases: never a headline's words.

The words are data (``data/vocab/interface_words.json``): buttons and prompts ("Share",
"Teilen"), credits ("Foto"), time phrases ("Updated", "aktualisiert"), in the shipped languages.

Example:
    >>> interface_share("Share on Facebook") > 0.5
    True
"""

from __future__ import annotations

import re
from functools import cache

from ...vocab import words

__all__ = ["interface_share"]

_WORD = re.compile(r"\w+")


@cache
def _interface_words() -> frozenset[str]:
    return words("interface_words")


def interface_share(text: str) -> float:
    """The share of a line's words that are interface words, credits or time phrases.

    Args:
        text: the line (no words: 0).

    Example:
        >>> interface_share("Share on Facebook"), interface_share("Ferries return")
        (0.6666666666666666, 0.0)
        >>> interface_share("")
        0.0
    """
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return 0.0
    return sum(map(_interface_words().__contains__, tokens)) / len(tokens)
