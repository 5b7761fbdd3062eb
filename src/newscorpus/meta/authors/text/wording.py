"""What the words of a byline candidate say: whether its names hold a headline's stop words
or a credit's word, whether a role stands beside them, whether the rest of its line reads as a
sentence or as a post's meta line, whether it holds a byline's prefix or label at all. Features
and tests of the plain-text byline candidates (``newscorpus.meta.authors.text.lines``), each in
every shipped language.

Example:
    >>> holds_stopword("Im Schlepptau"), holds_stopword("Jan van Dijk")
    (True, False)
    >>> holds_role("Staff Writer"), holds_role("Anna Berger")
    (True, False)
    >>> sentence_share("Veröffentlicht am 4. März von Anna Berger", ("Anna Berger",))
    0.0
"""

from __future__ import annotations

import re
from functools import cache

from ....clean.language import stopwords
from ....clean.phrases import LANGUAGES
from ....vocab import load_json, trie_alternation, words
from ..names import is_given_name

__all__ = [
    "find_inline_prefix",
    "glue_point",
    "has_cue",
    "holds_credit",
    "holds_role",
    "holds_stopword",
    "inline_prefix",
    "meta_verbs",
    "prefix_prepositions",
    "prefix_words",
    "sentence_share",
    "words_before_prefix",
]


# The lists of byline_prefixes.json that hold one language's prepositions ("by", "von").
_PREPOSITION_LISTS = ("en", "de", "fr", "es", "it", "nl", "sv", "da", "ru")


@cache
def prefix_words() -> frozenset[str]:
    """The words a byline's prefix line may hold alone ("Von", "By:", "Autor"), lower case.

    Example:
        >>> "von" in prefix_words(), "anna" in prefix_words()
        (True, False)
    """
    return words("byline_prefixes", *_PREPOSITION_LISTS) | words(
        "byline_prefixes", "label_words", "markup_label_prepositions", "text_labels"
    )


@cache
def prefix_prepositions() -> frozenset[str]:
    """The byline prefixes that are prepositions ("von", "by", "par"), lower case: the words of
    :func:`prefix_words` that end a line before names with no colon after them (a label noun
    such as "Author" does so only as "Autor:"; "About the Author" heads an author box).

    Example:
        >>> "von" in prefix_prepositions(), "author" in prefix_prepositions()
        (True, False)
    """
    return words("byline_prefixes", *_PREPOSITION_LISTS) | words(
        "byline_prefixes", "markup_label_prepositions"
    )


@cache
def _stopwords() -> frozenset[str]:
    """The shipped languages' stop words that are no part of a name ("Das", "Im", "Warum"; not
    "van", "de", nor a given name such as "Will")."""
    every = frozenset().union(*(stopwords(language) for language in LANGUAGES))
    return frozenset(w for w in every if not is_given_name(w)) - words("name_parts", "particles")


@cache
def _meta_words() -> frozenset[str]:
    """Lower-case words a meta line holds besides the names: its verbs and prefixes, month and
    weekday names ("publié le 4 mars par Ann")."""
    months = {word for table in load_json("months.json").values() for word in table}
    weekdays = {word for days in load_json("weekdays.json").values() for word in days}
    return frozenset(months | weekdays) | meta_verbs() | prefix_words()


@cache
def meta_verbs() -> frozenset[str]:
    """The verbs of a post's meta line before its prefix ("Posted … by", "Eingestellt von").

    Example:
        >>> "eingestellt" in meta_verbs(), "river" in meta_verbs()
        (True, False)
    """
    return words("byline_prefixes", "meta_line_verbs")


_WORD = re.compile(r"[^\W\d_]+")


def sentence_share(text: str, names: tuple[str, ...]) -> float:
    """The share of a line's words besides the names that are lower-case words of a sentence
    ("Kein reines Abtelefonieren von Adressen"), not a meta line's ("veröffentlicht am … von").

    Example:
        >>> sentence_share("Kein reines Abtelefonieren von Adressen", ("Adressen",))
        0.25
    """
    named = {word.casefold() for name in names for word in _WORD.findall(name)}
    rest = [w for w in _WORD.findall(text) if w.casefold() not in named]
    meta = _meta_words()
    lower = [w for w in rest if w.islower() and len(w) > 3 and w not in meta]
    return len(lower) / len(rest) if rest else 0.0


@cache
def _roles() -> tuple[str, ...]:
    return tuple(sorted(words("roles", "byline", "stems", "stems_more")))


def holds_role(line: str) -> bool:
    """Whether a short line beside the names gives a writer's role ("Redakteurin", "Staff
    Writer"); a line of more than six words is no role.

    Example:
        >>> holds_role("Redakteurin"), holds_role("Journaliste"), holds_role("Home")
        (True, True, False)
    """
    tokens = _WORD.findall(line.casefold())
    return len(tokens) <= 6 and any(token.startswith(_roles()) for token in tokens)


def holds_stopword(name: str) -> bool:
    """Whether a name holds a stop word of a shipped language, a headline's word and no name's
    ("Alles Gute", "Sin Salida"); a surname's particle ("van", "de") is none.

    Example:
        >>> holds_stopword("Sin Salida"), holds_stopword("Ludwig van Beethoven")
        (True, False)
    """
    return any(token.casefold() in _stopwords() for token in name.split())


# Two lower-case letters, then a capital opening a word ("McDonald" keeps its one lower-case
# letter, so it is never cut). The glue is at the match's end: a pattern that opens with the
# letters, not with a lookbehind, is searched for several times faster.
_GLUED = re.compile(r"[a-zß-ÿ]{2}(?=[A-Z][a-zß-ÿ])")


def glue_point(text: str) -> int | None:
    """Where a name is glued to the word after it ("Ann LeeSenior Reporter"): the index of the
    glued word's capital, or None when no word is glued so.

    Example:
        >>> glue_point("Ann LeeSenior Reporter"), glue_point("Ann McDonald")
        (7, None)
    """
    glue = _GLUED.search(text)
    return None if glue is None else glue.end()


@cache
def _cue_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that mark a far line as worth reading: each byline prefix and label (each
    longer phrase holds one of them, "Written by"); labels in a script without letter case
    ("责任编辑"), which a page may glue to the name, are looked for inside the line."""
    cues = words(
        "byline_prefixes",
        *("en", "de", "fr", "es", "it", "nl", "sv", "da", "ru", "ru_label", "label_nouns"),
        *("label_words", "phrases", "markup_label_prepositions", "text_labels"),
    )
    caseless = tuple(sorted(cue for cue in cues if cue.upper() == cue.lower()))
    return frozenset(cue for cue in cues if " " not in cue), caseless


@cache
def _cue_word() -> re.Pattern[str]:
    """A cue word as a whole word (:data:`_WORD`'s run of letters, all of it) of a casefolded
    line: one search of the words' tree, not bounded by another letter on either side. A run
    of letters is a cue exactly when some cue matches at its start with no letter after it, so
    the search finds one exactly when the line's words and the cues meet; a cue that is no run
    of letters ("e-mail") is never a whole word and is left out. Nearly twice as fast as
    splitting the line into its words and looking each up."""
    single, _ = _cue_words()
    letters = (cue for cue in single if _WORD.fullmatch(cue))
    return re.compile(rf"(?<![^\W\d_])(?:{trie_alternation(letters)})(?![^\W\d_])")


def has_cue(text: str) -> bool:
    """A cheap test for a line far from the body's start: it holds a byline's prefix or label
    as a word (one search of the cues' tree), or a label of a script without case, anywhere
    (none is ASCII: an ASCII word has case).

    Example:
        >>> has_cue("Written by Ann Lee"), has_cue("责任编辑：王芳"), has_cue("Ferries return")
        (True, True, False)
    """
    return _cue_word().search(text.casefold()) is not None or (
        not text.isascii() and any(cue in text for cue in _cue_words()[1])
    )


_BEFORE_INLINE = r"[\s\d|·•,:/]"  # what may stand just before a prefix inside a line


@cache
def _inline_words() -> tuple[frozenset[str], frozenset[str]]:
    return words("byline_prefixes", "markup_label_prepositions"), words(
        "byline_prefixes", "markup_label_nouns"
    )


@cache
def _inline_body() -> str:
    """The prefix and the names after it (group ``rest``), wherever it may stand."""
    # As trees of the words' beginnings: the same matches, a longer word first, but a place
    # where no word starts costs a letter's test, not one per word (searched in most lines).
    prepositions = trie_alternation(_inline_words()[0])
    labels = trie_alternation(_inline_words()[1])
    return (
        rf"(?:(?i:{prepositions})\s*:?\s+|(?i:{labels})\s*:\s*"
        rf"|(?:{prepositions}|(?i:{labels}))(?=[A-Z]))(?P<rest>[^\W\d_].*)$"
    )


@cache
def inline_prefix() -> re.Pattern[str]:
    """A prefix inside a meta line ("Posted on 4 March by ann", "28. Juli 2019AuthorAnn"): the
    preposition after a space, a digit or a separator, then the names (group ``rest``); glued
    to them only when they start upper case. :func:`find_inline_prefix` finds the same, faster.

    Example:
        >>> inline_prefix().search("Posted on 4 March 2024 by ann")["rest"]
        'ann'
    """
    return re.compile(rf"(?:^|(?<={_BEFORE_INLINE})){_inline_body()}")


@cache
def _inline_opening() -> re.Pattern[str]:
    return re.compile(_inline_body())


@cache
def _inline_inside() -> re.Pattern[str]:
    """:func:`inline_prefix` past the line's start, with the sign before it matched instead of
    looked behind at: a pattern opening with a set of characters is scanned for them in C, not
    tried at every place. Every word of the prefix opens with one of the letters looked ahead
    at (case-blind: a superset of what the words match at their first letter), so the test
    drops no match; an empty word would open with any, so then there is no such test."""
    leads = {word[:1] for table in _inline_words() for word in table}
    letters = "".join(map(re.escape, sorted(leads)))
    ahead = "" if "" in leads else f"(?=(?i:[{letters}]))"
    return re.compile(rf"{_BEFORE_INLINE}{ahead}{_inline_body()}")


def find_inline_prefix(text: str) -> tuple[int, str] | None:
    """Where :func:`inline_prefix` first matches in ``text`` and its group ``rest``, or None:
    the same answer as ``inline_prefix().search(text)`` (the prefix stands at the start, or
    just after a sign that is one character), found in a cheaper way.

    Args:
        text: the line.

    Example:
        >>> find_inline_prefix("Posted on 4 March 2024 by ann"), find_inline_prefix("Ann")
        ((23, 'ann'), None)
    """
    opening = _inline_opening().match(text)
    if opening is not None:
        return 0, opening["rest"]
    inside = _inline_inside().search(text)
    return None if inside is None else (inside.start() + 1, inside["rest"])


def holds_credit(text: str) -> bool:
    """Whether a text holds a word that credits a picture, a video or a translation ("Photo
    by", "Foto:", "Übersetzung"): a name after or with one is no byline.

    Example:
        >>> holds_credit("Featured image by"), holds_credit("Übersetzung Anna Berger")
        (True, True)
        >>> holds_credit("Posted by")
        False
    """
    return not _credits().isdisjoint(_WORD.findall(text.casefold()))


@cache
def _credits() -> frozenset[str]:
    return words("byline_prefixes", "credit_nouns")


def words_before_prefix(text: str) -> tuple[float, float]:
    """For a byline's prefix inside a line: how many words stand before it (by fours, at most
    two) and whether a meta line's verb is among them ("Posted on 4 March by"); (0, 0) when the
    line holds no prefix.

    Args:
        text: the line.

    Example:
        >>> words_before_prefix("Posted on 4 March 2024 by Ann Lee")
        (0.75, 1.0)
    """
    match = inline_prefix().search(" ".join(text.split()))
    if match is None:
        return 0.0, 0.0
    before = _WORD.findall(match.string[: match.start()].casefold())
    return min(len(before), 8) / 4, float(any(word in meta_verbs() for word in before))
