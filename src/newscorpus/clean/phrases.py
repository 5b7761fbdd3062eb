"""Phrase lists, kept as data files per language, and the matchers built from them.

The lists live in ``newscorpus/data/phrases/<lang>.json``, one key per category
(``share``, ``newsletter``, ``donation``, ``legal``, ``comments``, ``form``, ``pagination``,
``related_headings``, ``author_box``, ``widget_headings``, ``nav_items``, …). They are read on first
use, never at import time.

Two ways a phrase can match a block, decided by the category:

* *whole-block* categories (headings, pagination, nav items) match when the block, folded to lower
  case and stripped of punctuation and counts, **is** the phrase;
* *contained* categories (share prompts, appeals, legal lines, comment widgets, form artifacts) match
  a multi-word phrase anywhere in a short block; a one-word phrase must still be the whole block,
  so "Share" drops the button but not a sentence about market share.

Example:
    >>> book = phrase_book(("en",))
    >>> book.match("share", "Click an icon above to share, email, or save this article")
    'click an icon above to share'
    >>> book.match("share", "Its market share grew by a third last year.") is None
    True
    >>> book.is_whole("related_headings", "Read also:")
    True
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources

import attrs

__all__ = ["LANGUAGES", "PhraseBook", "fold", "load_phrases", "phrase_book"]

LANGUAGES: tuple[str, ...] = ("en", "ru", "de", "fr", "es", "tr", "az")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_COUNT = re.compile(r" ?[(\[]?\d{1,6}[)\]]?$")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, unify quotes and spaces, strip punctuation and counts at the ends.

    Example:
        >>> fold("  Related Posts (12): ")
        'related posts'
    """
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    folded = _strip_edges(_SPACES.sub(" ", folded))
    return _strip_edges(_COUNT.sub("", folded))


def _strip_edges(text: str) -> str:
    # A loop, not a regex: `[\W_]+$` would rescan long punctuation runs quadratically.
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


@cache
def load_phrases(language: str) -> Mapping[str, tuple[str, ...]]:
    """The phrase lists shipped for ``language``, by category (read once, then cached).

    Example:
        >>> "privacy policy" in load_phrases("en")["legal"]
        True
    """
    path = resources.files("newscorpus") / "data" / "phrases" / f"{language}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    # Prefix lists keep their punctuation ("photo:" must not match "photographers").
    return {
        key: tuple(p.casefold() if key.endswith("_prefixes") else (fold(p) or p.casefold()) for p in values)
        for key, values in raw.items()
    }


def _compile(phrases: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so the reported phrase is the most specific one. An alternation of
    # literals with word-boundary guards cannot backtrack catastrophically.
    multi = sorted({p for p in phrases if " " in p or not p.isalnum()}, key=len, reverse=True)
    if not multi:
        return None
    alternation = "|".join(re.escape(p) for p in multi)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@attrs.frozen
class PhraseBook:
    """The phrase lists of several languages merged, with compiled matchers.

    Build it with :func:`phrase_book`; use :meth:`match` and :meth:`is_whole`.
    """

    whole: Mapping[str, frozenset[str]]
    contained: Mapping[str, re.Pattern[str] | None]

    def is_whole(self, category: str, text: str) -> bool:
        """True when the whole block, folded, is one of the category's phrases."""
        return fold(text) in self.whole.get(category, frozenset())

    def match(self, category: str, text: str) -> str | None:
        """The phrase of ``category`` found in ``text`` (whole-block or contained), or None."""
        return self.match_folded(category, fold(text))

    def match_folded(self, category: str, folded: str) -> str | None:
        """:meth:`match` for text already passed through :func:`fold` (fold once, test many)."""
        if folded in self.whole.get(category, frozenset()):
            return folded
        pattern = self.contained.get(category)
        if pattern is None:
            return None
        found = pattern.search(folded)
        return found.group(0) if found else None


@cache
def phrase_book(languages: tuple[str, ...] | None = None) -> PhraseBook:
    """The merged phrase book for ``languages`` (all shipped languages when ``None``).

    Example:
        >>> phrase_book(("de",)).is_whole("related_headings", "Lesen Sie auch")
        True
    """
    merged: dict[str, set[str]] = {}
    for language in languages or LANGUAGES:
        for category, phrases in load_phrases(language).items():
            merged.setdefault(category, set()).update(phrases)
    return PhraseBook(
        whole={k: frozenset(v) for k, v in merged.items()},
        contained={k: _compile(v) for k, v in merged.items()},
    )
