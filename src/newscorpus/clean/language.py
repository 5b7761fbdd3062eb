"""Stop words per language, stop-word density, and a small language guesser built on them.

The word lists live in ``newscorpus/data/stopwords/<lang>.txt`` and are read on first use.

Example:
    >>> guess_language("The minister said that the talks would resume in the spring.")
    'en'
    >>> guess_language("Министр заявил, что переговоры будут продолжены весной и что это важно.")
    'ru'
    >>> round(stopword_density(["the", "talks", "of", "peace"], "en"), 2)
    0.5
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from .phrases import LANGUAGES

__all__ = ["WORD", "guess_language", "stopword_density", "stopwords"]

WORD = re.compile(r"\w+")
_SAMPLE_CHARS = 20_000


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stop words shipped for ``language`` (empty for a language without a list)."""
    if language not in LANGUAGES:
        return frozenset()
    path = resources.files("newscorpus") / "data" / "stopwords" / f"{language}.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").split() if w.strip())


@cache
def _all_stopwords() -> dict[str, frozenset[str]]:
    return {lang: stopwords(lang) for lang in LANGUAGES}


def stopword_density(words: Sequence[str], language: str | None) -> float:
    """Share of ``words`` (lower-cased tokens) that are stop words of ``language``.

    With ``language=None`` the best density over all shipped languages is returned, so text in any
    of them scores as prose.

    Example:
        >>> stopword_density(["der", "hund", "und", "die", "katze"], None)
        0.6
    """
    if not words:
        return 0.0
    # map(set.__contains__) counts in C what a generator would count in Python bytecode.
    if language is not None and language in LANGUAGES:
        table = stopwords(language)
        return sum(map(table.__contains__, words)) / len(words)
    return max(sum(map(t.__contains__, words)) / len(words) for t in _all_stopwords().values())


def guess_language(text: str, *, minimum_words: int = 8) -> str | None:
    """The shipped language whose stop words cover most of ``text``, or None when unsure.

    Only the first 20,000 characters are read; the guess needs ``minimum_words`` words and a
    stop-word share of at least 10 %.

    Example:
        >>> guess_language("Der Rat hat am Montag über den Haushalt und die Brücke abgestimmt."), guess_language("ok")
        ('de', None)
    """
    words = WORD.findall(text[:_SAMPLE_CHARS].casefold())
    if len(words) < minimum_words:
        return None
    # Count each distinct word once, then add up the counts of a language's stop words among
    # them: the same totals as testing every word against every list, at a fraction of the cost.
    counts = Counter(words)
    scores = {
        lang: sum(counts[w] for w in table.intersection(counts))
        for lang, table in _all_stopwords().items()
    }
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] < 0.1 * len(words):
        return None
    return best
