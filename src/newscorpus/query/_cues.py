"""Word lists for quote attribution: the verbs that introduce a quote, and the words that are
not speakers. Data only, kept apart from :mod:`newscorpus.query.quotes`, which uses them.

Verbs are listed in the forms reporting uses (past tense and the present third person), lower
case; multi-word cues (``according to``) are tuples of words.

Example:
    >>> "cautioned" in CUE_VERBS, ("according", "to") in CUE_PHRASES
    (True, True)
"""

from __future__ import annotations

__all__ = ["ADVERBS", "CUE_PHRASES", "CUE_VERBS", "PARTICLES", "PRONOUNS", "SPEAKER_STOP"]

_ENGLISH = """
said says told tells added adds asked asks cautioned cautions remarked remarks warned warns
noted notes explained explains stated states insisted insists argued argues claimed claims
declared declares stressed stresses replied replies wrote writes recalled recalls conceded
concedes admitted admits acknowledged acknowledges continued continues concluded concludes
announced announces observed observes emphasised emphasized emphasises emphasizes suggested
suggests complained complains urged urges proclaimed proclaims maintained maintains
predicted predicts responded responds answered answers countered counters quipped quips
agreed agrees confirmed confirms denied denies estimated estimates pointed shouted
whispered joked jokes lamented laments reiterated reiterates
"""

_OTHER = """
sagte sagt erklärte erklärt betonte betont meinte meint fügte
déclare affirme explique ajoute souligne
dijo afirmó explicó añadió señaló aseguró
сказал сказала заявил заявила отметил отметила добавил добавила подчеркнул подчеркнула
dedi söyledi belirtti
"""

CUE_VERBS: frozenset[str] = frozenset((_ENGLISH + _OTHER).split())
"""Single words that introduce or close a quote (``said``, ``cautioned``, ``sagte``)."""

CUE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {
        ("according", "to"),
        ("pointed", "out"),
        ("went", "on"),
        ("a", "déclaré"),
        ("a", "dit"),
        ("a", "affirmé"),
        ("a", "expliqué"),
        ("a", "ajouté"),
        ("a", "souligné"),
        ("selon",),
        ("según",),
        ("laut",),
        ("по", "словам"),
    }
)
"""Multi-word cues and cues that stand before the speaker (``according to X``)."""

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "er", "sie", "il", "elle", "он", "она"})
"""Pronoun speakers, resolved to the last named speaker of the article."""

ADVERBS: frozenset[str] = frozenset({"also", "later", "then", "once", "again", "further"})
"""Words that may stand between a speaker and the verb besides ``-ly`` adverbs."""

PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "del", "der", "den", "van", "von", "al", "el", "bin", "ibn", "la", "le"}
)
"""Lower-case name particles allowed inside a name (``Ursula von der Leyen``)."""

SPEAKER_STOP: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "but",
        "and",
        "it",
        "this",
        "that",
        "there",
        "in",
        "on",
        "at",
        "for",
        "when",
        "while",
        "as",
        "if",
        "we",
        "i",
        "you",
        "who",
    }
)
"""Capitalised words that start a sentence, not a name (``But``, ``In``, ``It``)."""
