"""Word lists for quote attribution: the verbs that introduce a quote, and the words that are
not speakers. Data only, kept apart from :mod:`newscorpus.query.quotes.find`, which uses them.

Verbs are listed in the forms reporting uses (past tense and the present third person), lower
case; multi-word cues (``according to``) are tuples of words.

Example:
    >>> "cautioned" in CUE_VERBS, ("according", "to") in CUE_PHRASES
    (True, True)
"""

from __future__ import annotations

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CUE_PHRASES",
    "CUE_VERBS",
    "PARTICLES",
    "PRONOUNS",
    "SPEAKER_STOP",
]

_ENGLISH = """
said says told tells added adds asked asks cautioned remarked warned warns noted explained
explains stated insisted insists argued argues claimed declared stressed replied wrote writes
recalled conceded admitted acknowledged continued concluded announced observed emphasised
emphasized suggested complained urged proclaimed maintained predicted responded answered
countered quipped agreed confirmed denied estimated pointed shouted whispered joked lamented
reiterated believes thinks
"""
# Present-tense forms that are also common nouns (states, notes, claims, remarks, replies, …)
# are left out: "the United States" must not read as a cue.

_OTHER = """
sagte sagt erklärte erklärt betonte betont meinte meint fügte bemerkte ergänzte warnte
kritisierte
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

AUXILIARIES: frozenset[str] = frozenset(
    {
        "has",
        "have",
        "had",
        "not",
        "yet",
        "is",
        "was",
        "were",
        "will",
        "would",
        "could",
        "did",
        "does",
        "do",
        "never",
        "also",
        "been",
        "be",
        "may",
        "might",
        "should",
        "to",
    }
)
"""Words that never stand in a speaker description (``the council has not yet said``)."""

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
        "then",
        "now",
        "later",
        "earlier",
        "meanwhile",
        "however",
        "also",
        "so",
        "yet",
        "still",
        "here",
        "today",
        "yesterday",
        "after",
        "before",
        "since",
        "because",
        "although",
        "instead",
        "finally",
        "asked",
    }
)
"""Capitalised words that start a sentence, not a name (``But``, ``In``, ``It``)."""
