"""Byline shapes the line reader of :mod:`~newscorpus.meta.authors.text.lines` does not read:
a prefix whose names run on into an outlet, a role or the rest of a meta line ("By Ann Lee For
The Courier", "Von: Ann LEE, Tom PARK", "… | Written by Ann Lee"), names followed by a role
("Ann Lee, Senior Reporter", "박준석 기자"), and names printed after a date ("2. Februar 2022
Ann Lee"). Each is a candidate kind of its own, weighed by the byline scorer like the others.

The names are read as a run of name-like words from where the prefix (or the line, or the date)
leaves off, and the run ends at the first word that is no part of a name: a lower-case word, a
digit, an interface word, a role, a month, a meta line's verb, "for"/"für" before an outlet.
Every name must look like a person's (two to four capitalised words; an ALL-CAPS surname counts
as capitalised) or, in a script without letter case, be two to four letters of a CJK script
next to a writer's label or role.

Example:
    >>> read_shape("By Ann Lee For The Courier", in_body=False)
    ('loose-prefix', ('Ann Lee',))
    >>> read_shape("Ann Lee, Senior Reporter", in_body=False)
    ('role-names', ('Ann Lee',))
    >>> read_shape("2. Februar 2022 Anna Berger", in_body=False)
    ('date-names', ('Anna Berger',))
    >>> read_shape("Share this story", in_body=False) is None
    True
"""

from __future__ import annotations

import re
from functools import cache

from ....vocab import alternation, load_json, trie_alternation, words
from ...titles.text import interface_share
from ..names import is_given_name, looks_like_person_name, not_name_words
from .wording import glue_point, holds_credit, holds_stopword, meta_verbs

__all__ = ["SHAPE_KINDS", "name_run", "read_shape"]

SHAPE_KINDS = ("loose-prefix", "role-names", "date-names")
"""The candidate kinds read here (a prefix with a tail, names with a role, names after a date)."""

_MAX_CHARS = 200  # a candidate line is never longer (lines.py reads none longer)
_MAX_NAMES = 4
# Where a meta line's segments part: a bar, a dot, a dash between spaces, two slashes.
_SEGMENT = re.compile(r"\s*(?:[|·•]|//)\s*|\s[-–—]\s")
# A slash is a token of its own, and no name's: "Ann Lee/Reuters" ends at it (a credit, a desk).
_TOKENS = re.compile(r"[^\s,;&()|/·•]+|[,;&(/]")
_WORDLIKE = re.compile(r"^[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?$")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,3}$")
_CJK_NAME = r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,4}"
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")
_SEGMENT_SIGN = re.compile(r"[|·•/\-–—]")  # in every segment separator; looked for first
_ANY_DIGIT = re.compile(r"\d")
_STOPS = frozenset({"for", "für", "pour", "para", "per", "at", "in", "with", "mit", "avec", "con"})


@cache
def _and_words() -> frozenset[str]:
    return words("conjunctions")


@cache
def _roles() -> tuple[str, ...]:
    """Role words and their modifiers ("Senior", "Redakteurin", "Correspondent"), lower case."""
    keys = ("byline", "byline_modifiers", "stems", "stems_more", "modifiers", "modifiers_more")
    return tuple(sorted(words("roles", *keys, "bio")))


@cache
def _role_inside() -> re.Pattern[str]:
    """Any role word anywhere in a lower-case text: one search of the words' tree, four times
    cheaper than testing each of the words in turn (the same answer: any of them inside)."""
    return re.compile(trie_alternation(_roles()))


def _is_role(word: str) -> bool:
    return word.casefold().startswith(_roles())


@cache
def _not_name() -> frozenset[str]:
    """Words that end a run of names: a meta line's verbs and labels, common words."""
    labels = words("byline_prefixes", "label_words", "text_labels", "scored_label_nouns")
    return labels | meta_verbs() | not_name_words() | _STOPS


@cache
def _calendar() -> frozenset[str]:
    """Months' and weekdays' names, which end a run of names unless they are given names too
    ("May", "June")."""
    months = {word for table in load_json("months.json").values() for word in table}
    weekdays = {word for days in load_json("weekdays.json").values() for word in days}
    return frozenset(months | weekdays)


@cache
def _particles() -> frozenset[str]:
    return words("name_parts", "particles")


def _name_word(token: str, started: bool) -> bool:
    """Whether a token may stand in a name: a capitalised word or an initial; a particle
    ("van", "de") only inside a name."""
    folded = token.casefold().rstrip(".")
    if started and folded in _particles():
        return True
    if _INITIAL.match(token):
        return True
    return (
        token[0].isupper()
        and _WORDLIKE.match(token) is not None
        and folded not in _not_name()
        and (folded not in _calendar() or is_given_name(folded))
        and interface_share(token) == 0.0
        and not _is_role(token)
    )


def _unglued(token: str) -> str | None:
    """The name's part of a word glued to what follows it when that is no name's ("LeeSenior",
    "ExnerKorrespondent"); None when the word is not glued so ("McDonald", "MacLeod")."""
    glue = glue_point(token)
    if glue is None or _name_word(token[glue:], True):
        return None
    return token[:glue]


def _trimmed(tokens: list[str]) -> list[str]:
    """A name without the particles it ends with, and without the credit before a preposition
    ("Ann Lee Illustration von": "Illustration von" credits the next person)."""
    kept = list(tokens)
    while kept and kept[-1].casefold() in _particles():
        if kept.pop().casefold() in _prepositions() and kept:
            kept.pop()
    return kept


@cache
def _prepositions() -> frozenset[str]:
    return words("byline_prefixes", "en", "de", "fr", "es", "it", "nl", "sv", "da", "ru")


def _person(tokens: list[str]) -> bool:
    """Two to four words that look like a person's name; an ALL-CAPS word read as capitalised
    ("Chokri GHARBI")."""
    if not 2 <= len(tokens) <= 4:
        return False
    shown = " ".join(t.capitalize() if t.isupper() and len(t) > 1 else t for t in tokens)
    return looks_like_person_name(shown) and not holds_stopword(shown) and not holds_credit(shown)


def name_run(text: str) -> tuple[tuple[str, ...], str]:
    """The names a text opens with and what follows them: a run of name-like words, names
    parted by commas and "and" words, that ends at the first word no name holds. Empty when
    the first name does not look like a person's; a later one that does not ends the run.

    Example:
        >>> name_run("Ann Lee and Tom PARK for The Courier")
        (('Ann Lee', 'Tom PARK'), 'for The Courier')
        >>> name_run("Updated Monday")
        ((), 'Updated Monday')
    """
    text = text[:_MAX_CHARS]
    # each name taken, where it ends, and whether it is sure: a name after a comma is a place
    # or a role ("Ann Lee, Lille") unless its first word is a given name or an "and" follows
    taken: list[tuple[str, int, bool]] = []
    current: list[str] = []
    ended = 0
    after_comma = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in ",;&(" or token.casefold() in _and_words():
            name = _trimmed(current)
            if not _person(name):
                break
            sure = not after_comma or is_given_name(name[0]) or token not in ",;("
            taken.append((" ".join(name), ended, sure))
            if token not in ",;(":  # "A, B and C": the names before the "and" are names
                taken = [(n, e, True) for n, e, _ in taken]
            current, after_comma = [], token == ","
            if token == "(" or len(taken) == _MAX_NAMES:
                break
            continue
        glued = _unglued(token)
        if glued is not None:  # "Ann LeeSenior Reporter": the name ends at the glue
            if len(current) < 4 and _name_word(glued, bool(current)):
                current.append(glued)
                ended = match.start() + len(glued)
            break
        if len(current) == 4 or not _name_word(token, bool(current)):
            break
        current.append(token)
        ended = match.end()
    name = _trimmed(current)
    if _person(name) and len(taken) < _MAX_NAMES:
        taken.append((" ".join(name), ended, not after_comma or is_given_name(name[0])))
    while taken and not taken[-1][2]:
        taken.pop()
    if not taken:
        return (), text
    return tuple(n for n, _, _ in taken), text[taken[-1][1] :].strip(" ,;&")


@cache
def _prefix() -> re.Pattern[str]:
    """A byline's prefix opening a segment: a phrase ("Written by", "Text von"), a label with
    its colon ("Autor:", "Text & Fotos:", "责任编辑："), a preposition before a space or glued to
    a capital ("By", "PorAnn")."""
    phrases = alternation(words("byline_prefixes", "phrases", "scored_phrases"))
    labels = alternation(
        words("byline_prefixes", "label_words", "text_labels", "scored_label_nouns", "ru_label")
    )
    prepositions = alternation(
        _prepositions() | words("byline_prefixes", "markup_label_prepositions")
    )
    verbs = alternation(meta_verbs())
    return re.compile(
        rf"^(?:(?i:{verbs})\s+)?(?:(?i:{phrases})\s*:?\s*"
        rf"|(?i:{labels})(?:\s?[&+/]\s?[^\W\d_]{{2,12}})?\s?[:：]\s*"
        rf"|(?i:{prepositions})\s*:?\s+|(?i:{prepositions})(?=[A-Z]))"
    )


@cache
def _leads() -> tuple[str, ...]:
    """The first letters of every word that may open a prefix (a meta line's verb, a phrase, a
    label, a preposition), lower case: a segment that opens otherwise is not matched at all."""
    openings = (
        words("byline_prefixes", "phrases", "scored_phrases", "label_words", "text_labels")
        | words("byline_prefixes", "scored_label_nouns", "ru_label", "markup_label_prepositions")
        | _prepositions()
        | meta_verbs()
    )
    firsts = (_FIRST_LETTERS.match(word) for word in openings)
    return tuple(sorted({first.group() for first in firsts if first is not None}))


@cache
def _cjk_labels() -> tuple[str, ...]:
    """The writer's labels in a script without letter case ("责任编辑", "作者")."""
    return tuple(
        sorted(w for w in words("byline_prefixes", "text_labels") if w.upper() == w.lower())
    )


@cache
def _cjk_label() -> re.Pattern[str]:
    """A writer's label in a script without letter case, then the name ("责任编辑：孔德明")."""
    labels = alternation(_cjk_labels())
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?P<name>{_CJK_NAME})(?![^\s|)）】,，。])")


@cache
def _cjk_role() -> re.Pattern[str]:
    """A name in a script without letter case, then a writer's role ("박준석 기자")."""
    roles = alternation(words("roles", "suffixes"))
    return re.compile(rf"^(?P<name>{_CJK_NAME})\s*(?:{roles})(?:\s|$)")


def _prefixed(text: str) -> tuple[str, ...]:
    """The names after a prefix that opens one of the line's first segments ("Photo by Ann
    Lee" opens with no prefix: a credit)."""
    segments = _SEGMENT.split(text, maxsplit=4)[:5] if _SEGMENT_SIGN.search(text) else [text]
    for segment in segments:
        # most segments open with no prefix's word: a set test first, the pattern after it
        first = _FIRST_LETTERS.match(segment)
        if first is None or not first.group().casefold().startswith(_leads()):
            continue
        opened = _prefix().match(segment)
        if opened is not None:
            names, _ = name_run(segment[opened.end() :])
            if names:
                return names
    if text.isascii() or not any(map(text.__contains__, _cjk_labels())):
        return ()
    cjk = _cjk_label().search(text)
    return (cjk.group("name"),) if cjk else ()


def _with_role(text: str) -> tuple[str, ...]:
    """Names followed by a role: "Ann Lee, Senior Reporter", "Ann Lee (Redakteurin)"."""
    if not text.isascii():
        cjk = _cjk_role().match(text)
        if cjk is not None:
            return (cjk.group("name"),)
    # the names open the line, and a role's word stands in it: both tested before any reading
    if not text[:1].isupper() or _role_inside().search(text.casefold()) is None:
        return ()
    names, rest = name_run(text)
    if not names or not rest or rest.startswith("/"):
        return ()  # "Ann Lee/Reuters": a picture's credit
    following = re.findall(r"[^\W\d_]+", rest[:60])[:4]
    return names if any(map(_is_role, following)) else ()


@cache
def _leading_date() -> re.Pattern[str]:
    """One or two dates (and a time) opening a line: "2. Februar 2022", "Jan. 28, 2022",
    "28.01.2022, 11:30 Uhr", "2022-01-28"; a month's name must be one."""
    months = {word for table in load_json("months.json").values() for word in table}
    month = rf"(?i:{alternation(w for w in months if len(w) > 2)})\.?"
    day_first = rf"\d{{1,2}}\.?\s?{month},?\s?\d{{4}}"
    month_first = rf"{month}\s\d{{1,2}},?\s\d{{4}}"
    numeric = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    time = r"(?:,?\s?(?:um\s)?\d{1,2}[:.]\d{2}(?:\s?(?i:uhr|am|pm|h))?)?"
    return re.compile(
        rf"^(?:(?:{day_first}|{month_first}|{numeric}){time}\s?[|·•,/–—-]?\s?){{1,2}}"
        r"(?=[^\W\d_])"
    )


# How far into a line the first digit of a leading date may stand: after the longest month's
# name, a dot and a space ("September 15, 2020").
_DIGIT_BY = 3 + max(len(w) for table in load_json("months.json").values() for w in table)


def _after_date(text: str) -> tuple[str, ...]:
    """Names after a date that opens the line, and nothing after them but a digit (a count of
    comments), a separator or the end."""
    # every date the pattern reads holds a digit within a month's name of the line's start
    if not (text[:1].isdigit() or text[:1].isupper()) or not _ANY_DIGIT.search(text, 0, _DIGIT_BY):
        return ()
    dated = _leading_date().match(text)
    if dated is None:
        return ()
    names, rest = name_run(text[dated.end() :])
    if rest and not (rest[0].isdigit() or rest[0] in "|·•-–—/"):
        return ()
    return names


def read_shape(text: str, *, in_body: bool) -> tuple[str, tuple[str, ...]] | None:
    """The kind of byline (one of :data:`SHAPE_KINDS`) a line is in a shape read here, and
    its names; None when it is in none. In the body, a line of names with a role is a
    quoted person's, not a byline, and is not read.

    Args:
        text: the line, its runs of white space as one space.
        in_body: whether the line stands in the story's body.

    Example:
        >>> read_shape("Geschrieben vonElisa Marvena", in_body=True)
        ('loose-prefix', ('Elisa Marvena',))
        >>> read_shape("Von Montag bis Freitag geöffnet", in_body=False) is None
        True
    """
    if not text or len(text) > _MAX_CHARS:
        return None
    names = _prefixed(text)
    if names:
        return "loose-prefix", names
    names = _after_date(text)
    if names:
        return "date-names", names
    if in_body:
        return None
    names = _with_role(text)
    return ("role-names", names) if names else None
