"""The words a headline shares with the page's URL and with the body's opening.

Most news addresses spell the headline's words in their last long path segment (the *slug*:
``/politics/2024/council-backs-river-plan``); the segments before it name sections
(``politics``), which a menu line shares too. So the address is read as two sets of words: the
slug's and the directories' (words of the slug left out). Words are compared casefolded, with
accents dropped and German umlauts spelled out as addresses write them (``Brüssel`` matches
``bruessel`` and ``brussel``); percent-escapes are decoded first. Words written without spaces
(Chinese, Japanese, Korean) are compared as character pairs.

Example:
    >>> slug, dirs = url_words("https://news.example.org/politik/2024/stadtrat-beschliesst-plan")
    >>> sorted(slug), sorted(dirs)
    (['beschliesst', 'plan', 'stadtrat'], ['politik'])
    >>> shared_words(content_words("Stadtrat beschließt den Plan"), slug)
    (3, 3)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote

__all__ = ["content_words", "shared_words", "url_words"]

_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"[\W_]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK, hangul
_MIN_CONTENT = 4  # letters a word needs to count ("the", "und" do not)
_EXTENSION = re.compile(r"\.[a-z]{2,5}$")  # ".html", ".php" on the last segment
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _words(tokens: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        if _UNSPACED.search(token):
            found.update(token[i : i + 2] for i in range(len(token) - 1))
        elif len(token) >= _MIN_CONTENT and not token.isdigit():
            found.add(token)
    return found


def content_words(text: str) -> set[str]:
    """The casefolded words of ``text`` of four letters or more (character pairs for words
    written without spaces); numbers left out.

    Example:
        >>> sorted(content_words("The 2024 plan: Council backs it"))
        ['backs', 'council', 'plan']
    """
    folded = text.casefold()
    tokens = _WORD.findall(folded)
    if _UNSPACED.search(folded):
        return _words(tokens)
    # no word written without spaces: the tokens need no test of their own
    return {t for t in tokens if len(t) >= _MIN_CONTENT and not t.isdigit()}


def url_words(url: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an address's slug (its path segment with the most words, the last among
    equals) and of its other segments (without the slug's words); query, fragment and a file
    ending (``.html``) ignored.

    Example:
        >>> url_words(None)
        (frozenset(), frozenset())
        >>> sorted(url_words("https://example.org/sport/ferries-return-to-bay.html?ref=rss")[0])
        ['ferries', 'return']
    """
    if not url:
        return frozenset(), frozenset()
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    segments = [
        _words(_SPLIT.split(_EXTENSION.sub("", unquote(s).casefold()))) for s in path.split("/")
    ]
    segments = [s for s in segments if s]
    if not segments:
        return frozenset(), frozenset()
    slug_at = max(range(len(segments)), key=lambda i: (len(segments[i]), i))
    slug = frozenset(segments[slug_at])
    others = set().union(*(s for i, s in enumerate(segments) if i != slug_at))
    return slug, frozenset(others - slug)


@lru_cache(maxsize=8192)  # a page's words recur on every candidate and every page of a site
def _spellings(word: str) -> frozenset[str]:
    """A word as an address may spell it: as printed, without accents, umlauts spelled out."""
    return frozenset({word, _unaccented(word), _unaccented(word.translate(_UMLAUTS))})


def _unaccented(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def shared_words(words: Iterable[str], target: frozenset[str] | set[str]) -> tuple[int, int]:
    """How many of ``words`` are in ``target`` (in any spelling an address uses), and how many
    of ``target``'s words they hit.

    Example:
        >>> shared_words({"brüssel", "prüft"}, frozenset({"bruessel", "pruft", "tiktok"}))
        (2, 2)
        >>> shared_words(set(), frozenset({"plan"}))
        (0, 0)
    """
    if not target:
        return 0, 0
    found = 0
    hit: set[str] = set()
    for word in words:
        matched = _spellings(word) & target
        if matched:
            found += 1
            hit |= matched
    return found, len(hit)
