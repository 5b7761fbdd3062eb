"""Splitting a search query into tokens, each with the column it starts at.

Token kinds: ``(`` and ``)``; ``AND``, ``OR``, ``NOT`` (upper case only; ``&&`` and ``||`` are
read as ``AND`` and ``OR``); ``-`` (a minus glued to what follows); ``PHRASE`` (``"…"``, with
``slop`` set by a trailing ``~N``); ``FIELD`` (``name:``); ``RANGE`` (``[…]``, ``{…}`` or a mix
such as ``[…}``, with ``bounds`` holding the two brackets); ``WORD`` (anything else up to a
space, parenthesis, quote or bracket); and a final ``EOF``. Every pattern is a single character
class run, so scanning is linear on any input.

Example:
    >>> [(t.kind, t.text, t.column) for t in tokenize('-a "b c"~2 OR title:x')]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('-', '-', 0), ('WORD', 'a', 1), ('PHRASE', 'b c', 3), ('OR', 'OR', 11),
     ('FIELD', 'title', 14), ('WORD', 'x', 20), ('EOF', '', 21)]
"""

from __future__ import annotations

import re

import attrs

from ..errors import QuerySyntaxError

__all__ = ["Token", "tokenize"]

_SPACE = re.compile(r"\s+")
_PHRASE = re.compile(r'"([^"]*)"')
_SLOP = re.compile(r"~(\d*)")
_RANGE = re.compile(r"[\[{]([^\]}]*)[\]}]")
_FIELD = re.compile(r"([A-Za-z]+):")
_WORD = re.compile(r'[^\s()"\[{]+')
_KEYWORDS = {"AND": "AND", "OR": "OR", "NOT": "NOT", "&&": "AND", "||": "OR"}


@attrs.frozen
class Token:
    """One token: its kind, its text (a phrase's inside, a field's name, a range's inside),
    where it starts, for a phrase the ``~N`` distance if one follows, and for a range its two
    brackets (``"[]"``, ``"{}"``, ``"[}"`` or ``"{]"``)."""

    kind: str
    text: str
    column: int
    slop: int | None = None
    bounds: str | None = None


def tokenize(query: str) -> list[Token]:
    """The tokens of ``query``, ending with an ``EOF`` token.

    Raises:
        QuerySyntaxError: an unclosed quote or bracket, a ``~`` without a number, or a lone ``-``.
    """
    tokens: list[Token] = []
    pos = 0
    while True:
        space = _SPACE.match(query, pos)
        if space:
            pos = space.end()
        if pos >= len(query):
            tokens.append(Token("EOF", "", len(query)))
            return tokens
        token, pos = _next_token(query, pos)
        tokens.append(token)


def _next_token(query: str, pos: int) -> tuple[Token, int]:
    char = query[pos]
    if char in "()":
        return Token(char, char, pos), pos + 1
    if char == '"':
        return _phrase(query, pos)
    if char in "[{":
        found = _RANGE.match(query, pos)
        if found is None:
            raise QuerySyntaxError(f"unclosed '{char}' in a date range", query=query, column=pos)
        bounds = char + query[found.end() - 1]
        return Token("RANGE", found.group(1), pos, bounds=bounds), found.end()
    if char == "-":
        if pos + 1 >= len(query) or query[pos + 1].isspace():
            raise QuerySyntaxError(
                "'-' must be followed directly by a term (write -word)", query=query, column=pos
            )
        return Token("-", "-", pos), pos + 1
    field = _FIELD.match(query, pos)
    if field:
        return Token("FIELD", field.group(1), pos), field.end()
    word = _WORD.match(query, pos)
    assert word is not None  # any other character starts a word
    text = word.group()
    kind = _KEYWORDS.get(text, "WORD")
    return Token(kind, text, pos), word.end()


def _phrase(query: str, pos: int) -> tuple[Token, int]:
    found = _PHRASE.match(query, pos)
    if found is None:
        raise QuerySyntaxError("unclosed quote", query=query, column=pos)
    slop = _SLOP.match(query, found.end())
    if slop is None:
        return Token("PHRASE", found.group(1), pos), found.end()
    if not slop.group(1):
        raise QuerySyntaxError(
            "'~' must be followed by a number of words (\"a b\"~5)",
            query=query,
            column=found.end(),
        )
    if len(slop.group(1)) > 6:
        raise QuerySyntaxError(
            "the '~' distance is too large (at most 999999)", query=query, column=found.end()
        )
    return Token("PHRASE", found.group(1), pos, int(slop.group(1))), slop.end()
