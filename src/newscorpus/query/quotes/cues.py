"""Word lists for quote attribution: the verbs that introduce a quote, and the words that are
not speakers, read from ``data/vocab/quote_cues.json`` on first use and cached. Kept apart from
:mod:`newscorpus.query.quotes.find` and :mod:`~newscorpus.query.quotes.speakers`, which use them.

Verbs are listed in the forms reporting uses (past tense and the present third person), lower
case; multi-word cues (``according to``) are tuples of words.

Example:
    >>> "cautioned" in cue_verbs(), ("according", "to") in cue_phrases()
    (True, True)
"""

from __future__ import annotations

from functools import cache

from ...vocab import words

__all__ = [
    "abbreviations",
    "adverbs",
    "articles",
    "auxiliaries",
    "cue_phrases",
    "cue_verbs",
    "not_before_person",
    "particles",
    "pronouns",
    "speaker_stop",
]

_FILE = "quote_cues"


def cue_verbs() -> frozenset[str]:
    """Single words that introduce or close a quote (``said``, ``cautioned``, ``sagte``).

    Example:
        >>> "sagte" in cue_verbs()
        True
    """
    return words(_FILE, "verbs")


@cache
def cue_phrases() -> frozenset[tuple[str, ...]]:
    """Multi-word cues and cues that stand before the speaker (``according to X``), as tuples
    of words.

    Example:
        >>> ("selon",) in cue_phrases()
        True
    """
    return frozenset(tuple(phrase.split(" ")) for phrase in words(_FILE, "phrases"))


def auxiliaries() -> frozenset[str]:
    """Words that never stand in a speaker description (``the council has not yet said``).

    Example:
        >>> "has" in auxiliaries()
        True
    """
    return words(_FILE, "auxiliaries")


def pronouns() -> frozenset[str]:
    """Pronoun speakers, resolved to the last named speaker of the article.

    Example:
        >>> "elle" in pronouns()
        True
    """
    return words(_FILE, "pronouns")


def adverbs() -> frozenset[str]:
    """Words that may stand between a speaker and the verb besides ``-ly`` adverbs.

    Example:
        >>> "later" in adverbs()
        True
    """
    return words(_FILE, "adverbs")


def particles() -> frozenset[str]:
    """Lower-case name particles allowed inside a name (``Ursula von der Leyen``).

    Example:
        >>> "von" in particles()
        True
    """
    return words(_FILE, "particles")


def abbreviations() -> frozenset[str]:
    """Titles whose dot ends no sentence (``Mr.``, ``Dr.``), lower case.

    Example:
        >>> "dr" in abbreviations()
        True
    """
    return words(_FILE, "abbreviations")


def articles() -> frozenset[str]:
    """Words that make a speaker a description (``the minister``, ``a senior official``).

    Example:
        >>> "the" in articles()
        True
    """
    return words(_FILE, "articles")


def not_before_person() -> frozenset[str]:
    """Words that, before a name, say it is a place or a thing (``in Kara``), not a person.

    Example:
        >>> "from" in not_before_person()
        True
    """
    return words(_FILE, "not_before_person")


def speaker_stop() -> frozenset[str]:
    """Capitalised words that start a sentence, not a name (``But``, ``In``, ``It``).

    Example:
        >>> "but" in speaker_stop()
        True
    """
    return words(_FILE, "speaker_stop")
