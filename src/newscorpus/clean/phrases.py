"""Phrase lists, kept as data files per language, and the matchers built from them.

The lists live in ``newscorpus/data/phrases/<lang>.json``, one key per category
(``share``, ``newsletter``, ``donation``, ``legal``, ``cookie_consent``, ``ad_disclosure``,
``comments``, ``form``, ``pagination``, ``related_headings``, ``author_box``, ``widget_headings``,
``nav_items``, …). They are read on first use, never at import time.

Two ways a phrase can match a block, decided by the category:

* *whole-block* categories (headings, pagination, nav items) match when the block, folded to lower
  case and stripped of punctuation and counts, **is** the phrase;
* *contained* categories (share prompts, appeals, legal lines, comment widgets, form artifacts) match
  a multi-word phrase anywhere in a short block; a one-word phrase must still be the whole block,
  so "Share" drops the button but not a sentence about market share.

Example:
    >>> book = phrase_book(("en",))
    >>> book.match("share", "Click to share with a friend")
    'click to share'
    >>> book.match("share", "Its market share grew by a third last year.") is None
    True
    >>> book.is_whole("related_headings", "Read also:")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from itertools import compress, count, repeat
from operator import contains, not_

import attrs

from .. import rule_names as names
from ..vocab import load_json

__all__ = [
    "LANGUAGES",
    "PHRASE_MAX_WORDS",
    "PHRASE_RULES",
    "PhraseBook",
    "fold",
    "fold_each",
    "load_phrases",
    "phrase_book",
]

LANGUAGES: tuple[str, ...] = ("en", "ru", "de", "fr", "es", "tr", "az", "pt", "it")

PHRASE_RULES: tuple[tuple[str, str, int], ...] = (
    (names.SHARE_PROMPT, "share", 20),
    (names.NEWSLETTER_PROMPT, "newsletter", 30),
    (names.DONATION_APPEAL, "donation", 45),
    (names.LEGAL_LINE, "legal", 25),
    (names.LEGAL_LINE, "legal_notice", 60),
    # A consent banner is a paragraph of its own, often longer than a legal line; its phrases
    # ("this website uses cookies") are not how a story talks about cookies.
    (names.COOKIE_NOTICE, "cookie_consent", 90),
    # "This post contains affiliate links …", "Dieser Beitrag enthält Werbung": the site's notice.
    (names.AD_DISCLOSURE, "ad_disclosure", 60),
    (names.COMMENT_WIDGET, "comments", 12),
    (names.FORM_ARTIFACT, "form", 30),
    (names.PAGINATION, "pagination", 4),
    (names.NAV_ITEM, "nav_items", 4),
    (names.WIDGET_HEADING, "widget_headings", 4),
)
"""The phrase rules (:func:`~newscorpus.clean.rules.phrases.phrase_rules`): each rule name with
the phrase category that names it and the most words a block may have to match, in the order
they are tried."""

PHRASE_MAX_WORDS = max(most for _, _, most in PHRASE_RULES)
"""The most words a block any phrase rule reads may have: longer blocks are never folded."""

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
)
_QUOTE_PAIRS = tuple((chr(code), str(plain)) for code, plain in _QUOTES.items())
_QUOTE_CHARS = re.compile("[" + re.escape("".join(map(chr, _QUOTES))) + "]")
_COUNT = re.compile(r" ?[(\[]?\d{1,6}[)\]]?$")
# The ASCII characters that are no letter or digit: what _strip_edges strips off ASCII text.
_ASCII_EDGES = "".join(chr(c) for c in range(128) if not chr(c).isalnum())


def fold(text: str) -> str:
    """Lower-case, unify quotes and spaces, strip punctuation and counts at the ends.

    Example:
        >>> fold("  Related Posts (12): ")
        'related posts'
        >>> fold("İlgili Haberler")
        'ilgili haberler'
    """
    # A site prints the same menu items, buttons and widget headings on every page: short
    # lines are folded once and remembered (a bounded cache; long text is never kept).
    return _fold_short(text) if len(text) <= _CACHED_CHARS else _fold(text)


def fold_each(texts: Iterable[str]) -> list[str]:
    """:func:`fold` of each text (one call for a page's blocks, not one per block).

    Example:
        >>> fold_each(["Related Posts (12):", "", "İlgili Haberler"])
        ['related posts', '', 'ilgili haberler']
    """
    texts = texts if isinstance(texts, list | tuple) else list(texts)
    # Every text folded as if it were ASCII (see _fold), one step at a time for all of them,
    # each step a C loop: most lines of a page are ASCII, and a call of _fold per line costs
    # more than all the steps together.
    lowered = list(map(str.lower, map(str.replace, texts, repeat("`"), repeat("'"))))
    # Spacing is unified only where there is some to unify: a run of spaces, or a character
    # that is not printable (every ASCII whitespace character but the space is not).
    for i in {
        *compress(count(), map(not_, map(str.isprintable, lowered))),
        *compress(count(), map(contains, lowered, repeat("  "))),
    }:
        lowered[i] = " ".join(lowered[i].split())
    folded = list(map(str.strip, lowered, repeat(_ASCII_EDGES)))
    # Then the two cases where _fold does more: a count to cut off an ASCII fold that ends with
    # a digit, and a text that is not ASCII (folded on its own, through the cache).
    for i in compress(count(), map(str.isdigit, map(str.__getitem__, folded, repeat(_LAST)))):
        if texts[i].isascii():
            folded[i] = _cut_count(folded[i]).strip(_ASCII_EDGES)
    for i in compress(count(), map(not_, map(str.isascii, texts))):
        text = texts[i]
        folded[i] = _fold_short(text) if len(text) <= _CACHED_CHARS else _fold(text)
    return folded


def _cut_count(folded: str) -> str:
    """``_COUNT.sub("", folded)``, the search started where a match can start: a count is at
    most nine characters long, and ends the text (a text here holds no line break)."""
    count = _COUNT.search(folded, max(0, len(folded) - _COUNT_CHARS))
    return folded if count is None else folded[: count.start()]


_COUNT_CHARS = 9  # " ", "(" and ")" around six digits
_LAST = slice(-1, None)


_CACHED_CHARS = 300
_SEEN_MAX = 4096


@lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if _plain_words(text):
        # The commonest line ("Home", "Sign in"): ASCII letters and digits, single spaces, a
        # letter last. Every step below leaves it as it is but the lower-casing.
        return text.lower()
    # Fast paths, same result: ASCII text is already NFKC and holds no curly quote (only the
    # backtick to unify); str.split() and ``\s`` agree on what whitespace is; and a count can
    # only end a string whose last character is a digit.
    if text.isascii():
        if "`" in text:
            text = text.replace("`", "'")
        # ASCII casefolds as it lower-cases, and its edges strip in C: the characters that
        # are no letter or digit are a fixed set.
        folded = " ".join(text.lower().split()).strip(_ASCII_EDGES)
        if folded[-1:].isdigit():
            folded = _cut_count(folded).strip(_ASCII_EDGES)
        return folded
    text = unicodedata.normalize("NFKC", text)
    if _QUOTE_CHARS.search(text):
        text = _unify_quotes(text)
    folded = text.casefold()
    if "\u0307" in folded:  # Turkish and Azerbaijani "İ" casefolds to "i" + a combining dot
        folded = folded.replace("i\u0307", "i")
    folded = _strip_edges(" ".join(folded.split()))
    if folded[-1:].isdigit():
        folded = _strip_edges(_cut_count(folded))
    return folded


def _unify_quotes(text: str) -> str:
    """``text.translate(_QUOTES)`` as one replace() per quote mark present: translate() looks
    every character of a non-ASCII text up in a dict, some twenty times slower."""
    for mark, plain in _QUOTE_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def _plain_words(text: str) -> bool:
    """Whether ``_fold`` of ``text`` is just ``text.lower()``: ASCII, words of letters and
    digits joined by single spaces, and a letter at both ends (so no count to strip)."""
    return (
        text.isascii()
        and text[:1].isalpha()
        and text[-1:].isalpha()
        and "  " not in text
        and text.replace(" ", "").isalnum()
    )


def _strip_edges(text: str) -> str:
    # A loop, not a regex: `[\W_]+$` would rescan long punctuation runs quadratically.
    start, end = 0, len(text)
    if end and text[0].isalnum() and text[-1].isalnum():
        return text
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
    raw = load_json("phrases", f"{language}.json")
    # Prefix lists keep their punctuation ("photo:" must not match "photographers").
    return {
        key: tuple(
            p.casefold() if key.endswith("_prefixes") else (fold(p) or p.casefold()) for p in values
        )
        for key, values in raw.items()
    }


_WORD = re.compile(r"\w+")
_FirstWords = Mapping[str, tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]]


def _bounded(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


@attrs.frozen
class PhraseBook:
    """The phrase lists of several languages merged, indexed for matching.

    Whole-block phrases sit in a dict; contained phrases are indexed by their first word, so a
    block costs one dict look-up per word plus a check of the few phrases that start there
    (a regex alternation of hundreds of phrases would be tried at every character).

    Build it with :func:`phrase_book`; use :meth:`match`, :meth:`categories` and :meth:`is_whole`.

    Example:
        >>> phrase_book(("en",)).categories("subscribe to our newsletter")["newsletter"]
        'subscribe to our'
    """

    whole: Mapping[str, frozenset[str]]
    whole_index: Mapping[str, frozenset[str]]
    """folded phrase -> the categories it is a whole-block phrase of."""
    by_first_word: Mapping[str, tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]]
    """first word -> (phrase, its bounded pattern, its categories) for contained phrases."""
    _remembered: Callable[[str], dict[str, str]] = attrs.field(init=False, eq=False, repr=False)
    """:meth:`categories` for short folded lines, which recur on every page of a site, behind a
    bounded, thread-safe least-recently-used cache (set up on construction)."""

    _narrowed: Callable[[frozenset[str]], _FirstWords] = attrs.field(
        init=False, eq=False, repr=False
    )
    """``by_first_word`` cut down to some categories' phrases, remembered per set of
    categories (see :meth:`found_among`)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_remembered", lru_cache(maxsize=_SEEN_MAX)(self._categories))
        object.__setattr__(self, "_narrowed", lru_cache(maxsize=64)(self._narrow))

    def __reduce__(self) -> tuple[type[PhraseBook], tuple[object, ...]]:
        # Pickled as its lists; the copy builds its own cache (a cache does not pickle).
        return PhraseBook, (self.whole, self.whole_index, self.by_first_word)

    def is_whole(self, category: str, text: str) -> bool:
        """True when the whole block, folded, is one of the category's phrases."""
        return category in self.whole_index.get(fold(text), ())

    def match(self, category: str, text: str) -> str | None:
        """The phrase of ``category`` found in ``text`` (whole-block or contained), or None."""
        return self.categories(fold(text)).get(category)

    def categories(self, folded: str) -> dict[str, str]:
        """Every category with a phrase in ``folded`` (text already passed through
        ``fold``), mapped to the longest such phrase; whole-block matches first."""
        return dict(self.found(folded))  # a copy: the caller may change it

    def found(self, folded: str) -> Mapping[str, str]:
        """:meth:`categories` without the copy, for callers that only read it (the cached
        mapping itself for short lines: it must not be changed).

        Example:
            >>> phrase_book(("en",)).found("share this")["share"]
            'share this'
        """
        if len(folded) > _CACHED_CHARS:
            return self._categories(folded)
        return self._remembered(folded)

    def found_among(
        self, folded: str, categories: frozenset[str], *, words: Sequence[str] | None = None
    ) -> dict[str, str]:
        """:meth:`categories` for only the given ``categories``: for each of them the same
        phrase, found among a fraction of the book (a long block can only be named by the few
        categories whose rules allow so many words). ``words``, when the caller has them, must
        be the ``\\w+`` runs of ``folded``: they are not looked for again.

        Example:
            >>> book = phrase_book(("en",))
            >>> book.found_among("subscribe to our newsletter", frozenset({"newsletter"}))
            {'newsletter': 'subscribe to our'}
        """
        whole = self.whole_index.get(folded)
        narrowed = self._narrowed(categories)
        return _find(folded, whole & categories if whole else None, narrowed, words)

    def _categories(self, folded: str) -> dict[str, str]:
        return _find(folded, self.whole_index.get(folded), self.by_first_word)

    def _narrow(self, categories: frozenset[str]) -> _FirstWords:
        narrowed: dict[str, tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]] = {}
        for word, entries in self.by_first_word.items():
            kept = tuple(
                (phrase, pattern, cats & categories)
                for phrase, pattern, cats in entries
                if not cats.isdisjoint(categories)
            )
            if kept:
                narrowed[word] = kept
        return narrowed


def _find(
    folded: str,
    whole: frozenset[str] | None,
    by_first_word: _FirstWords,
    words: Sequence[str] | None = None,
) -> dict[str, str]:
    """Each category's longest phrase in ``folded``: the whole text if it is one of the
    category's whole-block phrases, else the longest contained phrase."""
    found = dict.fromkeys(whole, folded) if whole else {}
    if words is None:
        words = _WORD.findall(folded)
    starts = by_first_word.keys() & words  # in C: the few words a phrase starts with
    if not starts:
        return found
    # Walked in order of first occurrence, not as a set: between two phrases of one length
    # the one reported must not depend on the process's string-hash seed.
    for word in sorted(starts, key=words.index):
        for phrase, pattern, cats in by_first_word[word]:
            # A plain substring test first: the bounded regex can only match where it holds.
            if phrase not in folded or not pattern.search(folded):
                continue
            missing = [c for c in cats if len(found.get(c, "")) < len(phrase)]
            found.update(dict.fromkeys(missing, phrase))
    return found


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
    index: dict[str, set[str]] = {}
    contained: dict[str, set[str]] = {}
    for category, members in merged.items():
        for phrase in members:
            index.setdefault(phrase, set()).add(category)
            # One-word phrases match whole blocks only ("Share" the button, not "market share").
            if not category.endswith("_prefixes") and (" " in phrase or not phrase.isalnum()):
                contained.setdefault(phrase, set()).add(category)
    first: dict[str, list[tuple[str, re.Pattern[str], frozenset[str]]]] = {}
    for phrase, cats in sorted(contained.items()):
        words = _WORD.findall(phrase)
        if words:
            first.setdefault(words[0], []).append((phrase, _bounded(phrase), frozenset(cats)))
    return PhraseBook(
        whole={k: frozenset(v) for k, v in merged.items()},
        whole_index={k: frozenset(v) for k, v in index.items()},
        by_first_word={k: tuple(v) for k, v in first.items()},
    )
