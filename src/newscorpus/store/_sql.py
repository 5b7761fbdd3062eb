"""Translating a parsed query tree into SQL over the store, exactly where SQL can.

Every node becomes a :class:`Part`: an FTS5 ``MATCH`` expression or an SQL condition on the
``articles`` table ``a``, and whether it is *exact* (selects precisely the articles
:meth:`~newscorpus.query.Query.matches` accepts) or a *candidate* filter (selects a superset, so
the caller confirms each candidate in Python).

The FTS index holds the words :func:`~newscorpus.query._text.words` folds, so a query word
(folded the same way) is found wherever Python finds it: FTS5's own tokenizer sees the same
characters on both sides. It is exact for ASCII words; a word with other letters may be folded
further by FTS5's ``unicode61`` (e.g. two different words meeting), so it is only a candidate.
Proximity (``"a b"~5``) searches for the words and confirms the distance in Python, as does a
phrase in ``author:`` (names are one column, and a phrase must not run across two names).
``NOT`` of a candidate cannot be narrowed, so it selects everything and Python decides.

Example:
    >>> from newscorpus.query import parse_query
    >>> part = translate(parse_query('flood* AND NOT "rail strike"').root)
    >>> part.match, part.table, part.exact
    ('("flood"*) NOT ("rail strike")', 'fts_text', True)
    >>> translate(parse_query("published:[2023 TO *]").root).sql
    '(a.day IS NOT NULL AND a.day >= ?)'
"""

from __future__ import annotations

from typing import Any

import attrs

from ..query.nodes import And, DateRange, Field, Node, Not, Phrase, Prefix, Proximity, Term

__all__ = ["Part", "match_sql", "translate"]

_TABLES = {"text": "fts_text", "title": "fts_text"}  # the other fields are in fts_meta


def match_sql(table: str) -> str:
    """The condition on ``articles a`` that an FTS5 expression on ``table`` (one parameter)
    holds."""
    return f"a.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"


@attrs.frozen
class Part:
    """One translated node: ``match`` (an FTS5 expression on ``table``) or ``sql`` (a condition
    on ``a``, always set)."""

    match: str | None
    table: str | None
    sql: str
    params: tuple[Any, ...]
    exact: bool

    @classmethod
    def fts(cls, expression: str, table: str, *, exact: bool) -> Part:
        """A part that is an FTS5 expression (its SQL form looks it up by rowid)."""
        return cls(expression, table, match_sql(table), (expression,), exact)

    @classmethod
    def condition(cls, sql: str, params: tuple[Any, ...], *, exact: bool) -> Part:
        """A part that is an SQL condition on ``articles a``."""
        return cls(None, None, sql, params, exact)

    @classmethod
    def everything(cls) -> Part:
        """The candidate that keeps every article (Python decides)."""
        return cls.condition("1", (), exact=False)


def _column(field: str) -> str:
    # The text field is all of fts_text: no column filter, FTS5's fastest query.
    return "" if field == "text" else f"{field} : "


def _exact_word(word: str) -> bool:
    return word.isascii()


def _leaf(node: Term | Prefix | Phrase | Proximity, field: str) -> Part:
    column, table = _column(field), _TABLES.get(field, "fts_meta")
    if isinstance(node, Term):
        return Part.fts(f'{column}"{node.word}"', table, exact=_exact_word(node.word))
    if isinstance(node, Prefix):
        return Part.fts(f'{column}"{node.stem}"*', table, exact=_exact_word(node.stem))
    if isinstance(node, Phrase):
        exact = field != "author" and all(map(_exact_word, node.words))
        return Part.fts(f'{column}"{" ".join(node.words)}"', table, exact=exact)
    found = " AND ".join(f'{column}"{word}"' for word in node.words)
    return Part.fts(found, table, exact=False)


def _date_range(node: DateRange) -> Part:
    # IS NOT NULL keeps the condition two-valued, so NOT(...) holds for undated articles.
    conditions = ["a.day IS NOT NULL"]
    params = []
    if node.start is not None:
        conditions.append("a.day >= ?")
        params.append(node.start.isoformat())
    if node.end is not None:
        conditions.append("a.day <= ?")
        params.append(node.end.isoformat())
    return Part.condition("(" + " AND ".join(conditions) + ")", tuple(params), exact=True)


def _negate(part: Part) -> Part:
    if not part.exact:
        return Part.everything()
    return Part.condition(f"NOT ({part.sql})", part.params, exact=True)


def _combine(parts: list[Part], joiner: str) -> Part:
    exact = all(p.exact for p in parts)
    tables = {p.table for p in parts}
    if len(parts) == 1 or (None not in tables and len(tables) == 1):
        table = parts[0].table
        if table is not None:
            expression = f" {joiner} ".join(f"({p.match})" for p in parts)
            return Part.fts(
                expression if len(parts) > 1 else str(parts[0].match), table, exact=exact
            )
    sql = f" {joiner} ".join(f"({p.sql})" for p in parts)
    return Part.condition(sql, tuple(x for p in parts for x in p.params), exact=exact)


def _and(node: And, field: str) -> Part:
    negative: list[Part] = []
    rest: list[Part] = []
    for operand in node.operands:
        if isinstance(operand, Not):
            inner = translate(operand.operand, field)
            if inner.match is not None and inner.exact:
                negative.append(inner)
                continue
            rest.append(_negate(inner))
        else:
            rest.append(translate(operand, field))
    text = [p for p in rest if p.table == "fts_text"]
    others = [p for p in rest if p.table != "fts_text"]
    subtract = [n for n in negative if n.table == "fts_text"]
    if text and subtract:
        # FTS5 can subtract: (a AND b) NOT c NOT d, one index walk instead of several.
        joined = _combine(text, "AND")
        expression = f"({joined.match})" + "".join(f" NOT ({n.match})" for n in subtract)
        text = [Part.fts(expression, "fts_text", exact=joined.exact)]
        negative = [n for n in negative if n.table != "fts_text"]
    return _combine(text + [_negate(n) for n in negative] + others, "AND")


def translate(node: Node, field: str = "text") -> Part:
    """The :class:`Part` for ``node`` matched against ``field`` (``"text"``: title, subtitle
    and body)."""
    if isinstance(node, (Term, Prefix, Phrase, Proximity)):
        return _leaf(node, field)
    if isinstance(node, DateRange):
        return _date_range(node)
    if isinstance(node, Field):
        return translate(node.operand, node.name)
    if isinstance(node, Not):
        return _negate(translate(node.operand, field))
    if isinstance(node, And):
        return _and(node, field)
    return _combine([translate(operand, field) for operand in node.operands], "OR")
