"""Folding text for matching: case- and accent-insensitive word tokens, with offsets when needed.

Folding decomposes (NFKD), drops combining marks and case-folds, so ``"Türkiye"``, ``"TURKIYE"``
and ``"turkiye"`` all fold to ``"turkiye"``. Words are the ``\\w+`` runs of the folded text.
Everything here is linear in the length of the text.

Example:
    >>> fold("Türkiye ÉTÉ straße")
    'turkiye ete strasse'
    >>> words("The U.N. Secretary-General")
    ['the', 'u', 'n', 'secretary', 'general']
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WORD", "fold", "fold_with_offsets", "words"]

WORD = re.compile(r"\w+")
"""A word token: a run of word characters (in the folded text)."""


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold(text: str, *, case: bool = True) -> str:
    """``text`` decomposed, without combining marks, and case-folded unless ``case=False``.

    Example:
        >>> fold("Ça İstanbul"), fold("Ça", case=False)
        ('ca istanbul', 'Ca')
    """
    if text.isascii():
        return text.lower() if case else text
    bare = _strip_marks(unicodedata.normalize("NFKD", text))
    if not case:
        return bare
    folded = bare.casefold()
    if folded == bare or folded.isascii():
        return folded
    # case folding can itself produce marks (İ → i + combining dot): decompose once more.
    return _strip_marks(unicodedata.normalize("NFKD", folded))


def words(text: str, *, case: bool = True) -> list[str]:
    """The folded word tokens of ``text``.

    Example:
        >>> words("Erdoğan's visit")
        ['erdogan', 's', 'visit']
    """
    return WORD.findall(fold(text, case=case))


def fold_with_offsets(text: str, *, case: bool = True) -> tuple[str, list[int] | None]:
    """Fold ``text`` and say where each folded character came from.

    Returns the folded text and a list ``offsets`` one longer than it: ``offsets[i]`` is the index
    in ``text`` of the character that folded character ``i`` came from, and the last entry is
    ``len(text)``. ``None`` stands for the identity (ASCII text folds in place).

    Example:
        >>> fold_with_offsets("naïve")
        ('naive', [0, 1, 2, 3, 4, 5])
        >>> fold_with_offsets("Nai\\u0308ve")  # a decomposed ï: the mark folds to nothing
        ('naive', [0, 1, 2, 4, 5, 6])
        >>> fold_with_offsets("Plain") == ("plain", None)
        True
    """
    if text.isascii():
        return (text.lower() if case else text), None
    memo: dict[str, str] = {}
    parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = memo.get(char)
        if folded is None:
            folded = memo[char] = fold(char, case=case)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return "".join(parts), offsets
