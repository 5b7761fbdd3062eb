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
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ..vocab import load_lines
from .phrases import LANGUAGES

__all__ = [
    "WORD",
    "casefold_words",
    "guess_language",
    "guess_language_of_parts",
    "stopword_density",
    "stopwords",
]

WORD = re.compile(r"\w+")
_SAMPLE_CHARS = 20_000


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stop words shipped for ``language`` (empty for a language without a list)."""
    if language not in LANGUAGES:
        return frozenset()
    return frozenset(load_lines("stopwords", f"{language}.txt"))


@cache
def _all_stopwords() -> dict[str, frozenset[str]]:
    return {lang: stopwords(lang) for lang in LANGUAGES}


@cache
def _any_stopword() -> frozenset[str]:
    """Every shipped language's stop words in one set."""
    return frozenset().union(*_all_stopwords().values())


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
    return _guess(_split_words(text[:_SAMPLE_CHARS]), minimum_words)


def guess_language_of_parts(parts: Iterable[str], *, minimum_words: int = 8) -> str | None:
    """:func:`guess_language` of the parts joined by spaces, reading each part's words through
    :func:`casefold_words` (so a paragraph read again later is not split into words twice).

    Example:
        >>> parts = ["Der Rat hat am Montag abgestimmt.", "Die Brücke wird im Mai gebaut."]
        >>> guess_language_of_parts(parts) == guess_language(" ".join(parts)) == "de"
        True
    """
    words: list[str] = []
    room = _SAMPLE_CHARS  # what is left of the 20,000 characters guess_language would read
    for position, part in enumerate(parts):
        if position:
            room -= 1  # the joining space
        if room <= 0:
            break
        if len(part) > room:
            words += _split_words(part[:room])
            break
        words += casefold_words(part)
        room -= len(part)
    return _guess(words, minimum_words)


def casefold_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as looked up in the stop-word lists: the ``\\w+`` runs of
    ``text.casefold()``. Paragraph-sized texts are remembered for a while (a bounded cache):
    cleaning reads a body paragraph's words for the language guess and again for its own
    stop-word share.

    Example:
        >>> casefold_words("Straße, ÉTÉ 2024!")
        ('strasse', 'été', '2024')
    """
    if len(text) > _CACHED_CHARS:
        return tuple(_split_words(text))
    return _casefold_words(text)


_CACHED_CHARS = 5_000


@lru_cache(maxsize=256)
def _casefold_words(text: str) -> tuple[str, ...]:
    return tuple(_split_words(text))


def _split_words(text: str) -> list[str]:
    """``WORD.findall(text.casefold())``. An ASCII text is split in C instead, a third faster:
    its casefold is its lower case, and its ``\\w`` characters are the ASCII letters, digits
    and the underscore, so turning every other byte into a space and splitting on whitespace
    gives the same words."""
    if text.isascii():
        return text.lower().encode("ascii").translate(_word_bytes()).decode("ascii").split()
    folded = text.casefold()
    return _split_folded(folded) or WORD.findall(folded)


def _split_folded(folded: str) -> list[str] | None:
    """The ``\\w+`` runs of a casefolded text by C string passes, when they are sure (the
    regex costs several times more on text beyond ASCII). The common punctuation beyond ASCII
    becomes a space, then, as for ASCII, every non-word ASCII byte; the whitespace-separated
    tokens are the runs when every character left in them is a word character (``isalnum``:
    the test ``\\w`` makes, bar the underscore). None when one is not: a rarer symbol, an
    underscore, a lone surrogate (which UTF-8 cannot hold)."""
    try:
        data = folded.encode("utf-8")
    except UnicodeEncodeError:
        return None
    # U+2000-U+203F (quotes, dashes, ellipsis, thin spaces; no word character) all open with
    # E2 80: the two bytes become a space and the third, left without its lead, is an invalid
    # byte that decoding with "ignore" drops (the only invalid bytes there are).
    data = data.replace(b"\xe2\x80", b" ")
    if b"\xc2" in data:
        for mark in _LATIN1_MARKS:
            data = data.replace(mark, b" ")
    words = data.translate(_word_bytes(keep_high=True)).decode("utf-8", "ignore").split()
    return words if "".join(words).isalnum() else None


# The common non-word signs of Latin-1 beyond ASCII, in UTF-8: « » © ® · £ § °.
_LATIN1_MARKS = tuple(
    ch.encode("utf-8") for ch in "\u00ab\u00bb\u00a9\u00ae\u00b7\u00a3\u00a7\u00b0"
)


@cache
def _word_bytes(*, keep_high: bool = False) -> bytes:
    """The byte table of :func:`_split_words`: ASCII word characters kept, all else a space;
    with ``keep_high`` the bytes above ASCII (UTF-8's multi-byte characters) are kept too."""
    space = ord(" ")
    return bytes(
        c
        if (c >= 128 and keep_high) or (c < 128 and (chr(c).isalnum() or c == ord("_")))
        else space
        for c in range(256)
    )


def _guess(words: Sequence[str], minimum_words: int) -> str | None:
    if len(words) < minimum_words:
        return None
    # Count only the words that are some language's stop word (one set test per word, in C),
    # then add up the counts of each language's stop words among them: the same totals as
    # testing every word against every list, at a fraction of the cost.
    counts = Counter(filter(_any_stopword().__contains__, words))
    count = counts.__getitem__  # summed through map(), in C
    scores = {
        lang: sum(map(count, table.intersection(counts)))
        for lang, table in _all_stopwords().items()
    }
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] < 0.1 * len(words):
        return None
    return best
