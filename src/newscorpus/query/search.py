"""The search language: :func:`parse_query` turns query text into a :class:`Query`, and
:func:`search` keeps the articles it matches.

The grammar (see :doc:`/query-language` for the full guide), lowest precedence first::

    query   := or EOF
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*          adjacent terms are ANDed
    unary   := ("NOT" | "-") unary | primary
    primary := "(" or ")" | WORD | PHRASE | FIELD value
    value   := WORD | PHRASE | "(" or ")"      after title: author: source: section: language:
             | ("[" | "{") DATE "TO" DATE ("]" | "}")    after published: ({ } exclude the bound)
             | DATE                                   after published: (a whole day/month/year)

Matching is case- and accent-insensitive on word tokens.

Example:
    >>> from newscorpus.article import Article
    >>> q = parse_query('flood* -"rail strike" OR title:Türkiye')
    >>> str(q)
    '(flood* AND NOT "rail strike") OR title:turkiye'
    >>> q.matches(Article(title="Turkiye votes", text="Polls opened."))
    True
    >>> arts = [Article(text="Floods rose."), Article(text="Calm.")]
    >>> [a.text for a in search(arts, "flooding OR floods")]
    ['Floods rose.']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

import attrs

from ..article import Article
from ..errors import QuerySyntaxError
from ._dates import parse_day
from ._lexer import Token, tokenize
from ._text import words
from .nodes import (
    FIELDS,
    And,
    ArticleTokens,
    DateRange,
    Field,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Proximity,
    Term,
)

__all__ = ["Query", "parse_query", "search"]

MAX_DEPTH = 64
"""How deeply parentheses and fields may nest in one query."""

_STARTS = frozenset({"(", "WORD", "PHRASE", "FIELD", "RANGE", "NOT", "-"})
_HIGHLIGHTED_FIELDS = frozenset({"text", "title"})


@attrs.frozen
class Query:
    """A parsed query: the text it came from and its tree.

    Attributes:
        text: the query as written.
        root: the tree (see ``newscorpus.query.nodes``).

    Example:
        >>> q = parse_query("Sanctions  and   NOT Iran")
        >>> str(q), q.terms()
        ('sanctions AND and AND NOT iran', ['sanctions', 'and'])
    """

    text: str
    root: Node

    def matches(self, article: Article | ArticleTokens) -> bool:
        """Whether ``article`` matches (pass an :class:`ArticleTokens` to reuse its tokens).

        Example:
            >>> parse_query('"river plan"').matches(Article(text="The river plan passed."))
            True
        """
        doc = article if isinstance(article, ArticleTokens) else ArticleTokens(article)
        return self.root.evaluate(doc)

    def terms(self) -> list[str]:
        """The words (``flood``), phrases (``rail strike``) and prefixes (``sanction*``) an article
        shows when it matches, for highlighting: not the negated ones, nor those of author,
        source, section or language fields.

        Example:
            >>> parse_query('"rail strike" OR (flood* -storm) author:lee').terms()
            ['rail strike', 'flood*']
        """
        found: list[str] = []
        _collect_terms(self.root, "text", found)
        return list(dict.fromkeys(found))

    def __str__(self) -> str:
        return str(self.root)


def _collect_terms(node: Node, field: str, found: list[str]) -> None:
    if isinstance(node, (And, Or)):
        for operand in node.operands:
            _collect_terms(operand, field, found)
    elif isinstance(node, Field):
        _collect_terms(node.operand, node.name, found)
    elif field not in _HIGHLIGHTED_FIELDS:
        return
    elif isinstance(node, Term):
        found.append(node.word)
    elif isinstance(node, Prefix):
        found.append(str(node))
    elif isinstance(node, Phrase):
        found.append(" ".join(node.words))
    elif isinstance(node, Proximity):
        found.extend(node.words)


def parse_query(text: str) -> Query:
    """Parse ``text`` in the search language.

    Args:
        text: the query (see :doc:`/query-language`); anything but a string is refused.

    Raises:
        QuerySyntaxError: the query is empty or malformed; ``.column`` points at the problem.

    Example:
        >>> print(parse_query('a AND (b OR "c d"~3) NOT e*'))
        a AND (b OR "c d"~3) AND NOT e*
        >>> parse_query("a AND")
        Traceback (most recent call last):
        ...
        newscorpus.errors.QuerySyntaxError: AND must be followed by a term at column 2
          a AND
            ^
    """
    if not isinstance(text, str):
        raise QuerySyntaxError(f"a query must be text, not {type(text).__name__}")
    return Query(text, _Parser(text).parse())


def parse_keeping_case(text: str) -> Query:
    """Parse ``text`` as :func:`parse_query` does, but keep the case of its words (accents are
    still folded): for highlighting with ``case_sensitive=True``, not for matching.

    Args:
        text: the query.

    Raises:
        QuerySyntaxError: the query is empty or malformed.

    Example:
        >>> print(parse_keeping_case('RIVER OR "Rail strike"'))
        RIVER OR "Rail strike"
    """
    if not isinstance(text, str):
        raise QuerySyntaxError(f"a query must be text, not {type(text).__name__}")
    return Query(text, _Parser(text, case=False).parse())


def search(articles: Iterable[Article], query: str | Query) -> list[Article]:
    """The articles matching ``query``, in their order; each is tokenised once.

    Raises:
        QuerySyntaxError: ``query`` is text that does not parse.

    Example:
        >>> arts = [Article(text="Türkiye and Greece."), Article(text="Turkey recipes.")]
        >>> [a.text for a in search(arts, "turkiye")]
        ['Türkiye and Greece.']
    """
    parsed = query if isinstance(query, Query) else parse_query(query)
    return [article for article in articles if parsed.root.evaluate(ArticleTokens(article))]


def _and_of(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.operands if isinstance(item, And) else (item,))
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _or_of(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.operands if isinstance(item, Or) else (item,))
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


class _Parser:
    """Recursive descent over the token list; one instance parses one query."""

    def __init__(self, text: str, *, case: bool = True) -> None:
        self.text = text
        self.case = case  # False keeps the words' case (kwic's case_sensitive)
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0
        self.field: str | None = None

    def error(self, message: str, column: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, query=self.text, column=column)

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node:
        if self.peek().kind == "EOF":
            raise self.error('empty query: write a word, a "phrase" or a field:value', 0)
        node = self.parse_or()
        extra = self.peek()
        if extra.kind != "EOF":  # only a ')' can stop the loops early
            raise self.error("unmatched ')'", extra.column)
        return node

    def parse_or(self) -> Node:
        items = [self.parse_and()]
        while self.peek().kind == "OR":
            items.append(self.operand_after(self.advance(), self.parse_and))
        return _or_of(items)

    def parse_and(self) -> Node:
        items = [self.parse_unary()]
        while True:
            kind = self.peek().kind
            if kind == "AND":
                items.append(self.operand_after(self.advance(), self.parse_unary))
            elif kind in _STARTS:
                items.append(self.parse_unary())
            else:
                return _and_of(items)

    def parse_unary(self) -> Node:
        negations = 0
        while self.peek().kind in ("NOT", "-"):
            operator = self.advance()
            self.require_operand(operator)
            negations += 1
        node = self.parse_primary()
        return Not(node) if negations % 2 else node  # NOT NOT x is x

    def operand_after(self, operator: Token, parse: Callable[[], Node]) -> Node:
        self.require_operand(operator)
        return parse()

    def require_operand(self, operator: Token) -> None:
        if self.peek().kind not in _STARTS:
            name = "'-'" if operator.kind == "-" else operator.text
            raise self.error(f"{name} must be followed by a term", operator.column)

    def parse_primary(self) -> Node:
        token = self.advance()
        if token.kind == "(":
            return self.parse_group(token)
        if token.kind == "WORD":
            return self.word_node(token)
        if token.kind == "PHRASE":
            return self.phrase_node(token)
        if token.kind == "FIELD":
            return self.field_node(token)
        if token.kind == "RANGE":
            raise self.error("a [date range] goes after published:", token.column)
        if token.kind in ("AND", "OR"):
            raise self.error(f"{token.text} must have a term before it", token.column)
        if token.kind == "EOF":  # callers check first; kept so a slip cannot index past the end
            raise self.error("the query ends too soon", token.column)
        raise self.error("unmatched ')'", token.column)

    def parse_group(self, opening: Token) -> Node:
        if self.peek().kind == ")":
            raise self.error("empty parentheses", opening.column)
        if self.peek().kind == "EOF":
            raise self.error("unclosed parenthesis", opening.column)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(f"parentheses nest deeper than {MAX_DEPTH} levels", opening.column)
        node = self.parse_or()
        if self.advance().kind != ")":
            raise self.error("unclosed parenthesis", opening.column)
        self.depth -= 1
        return node

    def word_node(self, token: Token) -> Node:
        raw = token.text
        if "~" in raw:
            raise self.error(
                "'~N' goes after a quoted phrase (\"a b\"~5)", token.column + raw.index("~")
            )
        if "*" in raw:
            return self.prefix_node(token)
        found = words(raw, case=self.case)
        if not found:
            raise self.error(
                f"nothing to search for in {raw!r}: no letters or digits", token.column
            )
        return Term(found[0]) if len(found) == 1 else Phrase(tuple(found))

    def prefix_node(self, token: Token) -> Node:
        raw = token.text
        star = raw.index("*")
        if star != len(raw) - 1:
            raise self.error("'*' goes at the end of a word (sanction*)", token.column + star)
        found = words(raw[:-1], case=self.case)
        if not found:
            raise self.error("'*' needs the start of a word before it (sanction*)", token.column)
        if len(found) > 1:
            raise self.error(f"a prefix must be a single word, not {raw!r}", token.column)
        return Prefix(found[0])

    def phrase_node(self, token: Token) -> Node:
        found = words(token.text, case=self.case)
        if not found:
            raise self.error("empty phrase: no letters or digits between the quotes", token.column)
        if token.slop is not None:
            distinct = tuple(dict.fromkeys(found))
            return Term(distinct[0]) if len(distinct) == 1 else Proximity(distinct, token.slop)
        return Term(found[0]) if len(found) == 1 else Phrase(tuple(found))

    def field_node(self, token: Token) -> Node:
        name = token.text.lower()
        if name not in FIELDS:
            known = ", ".join(f"{f}:" for f in FIELDS)
            raise self.error(f"unknown field '{token.text}:' (known: {known})", token.column)
        if self.field is not None:
            raise self.error(f"{name}: cannot stand inside {self.field}:", token.column)
        value = self.peek()
        if name == "published":
            return self.published_value(token, value)
        if value.kind == "FIELD":
            raise self.error(f"{value.text}: cannot stand inside {name}:", value.column)
        if value.kind not in ("WORD", "PHRASE", "("):
            raise self.error(f"{name}: must be followed by a word, a phrase or (…)", token.column)
        self.field = name
        operand = self.parse_primary()
        self.field = None
        return Field(name, operand)

    def published_value(self, field: Token, value: Token) -> DateRange:
        if value.kind == "RANGE":
            return self.date_range(self.advance())
        if value.kind in ("WORD", "PHRASE"):  # published:2023-05 is the whole of May 2023
            self.advance()
            start = self.day(value.text, value.column, end=False)
            return DateRange(start, self.day(value.text, value.column, end=True))
        raise self.error(
            "published: takes a date or a date range: published:[2023-01-01 TO 2023-06-30]",
            value.column if value.kind != "EOF" else field.column,
        )

    def date_range(self, token: Token) -> DateRange:
        inside = token.text
        parts = inside.split()
        if len(parts) != 3 or parts[1] != "TO":
            column = token.column
            if len(parts) == 3:  # point at the word that should be TO
                column += 1 + inside.index(parts[1], inside.index(parts[0]) + len(parts[0]))
            raise self.error("a date range reads [2023-01-01 TO 2023-06-30]", column)
        start_at = token.column + 1 + inside.index(parts[0])
        end_at = token.column + 1 + inside.rindex(parts[2])
        bounds = token.bounds or "[]"
        # An exclusive bound ({…}) leaves out the whole day, month or year it names.
        start = self.day(parts[0], start_at, end=bounds[0] == "{", shift=bounds[0] == "{")
        end = self.day(parts[2], end_at, end=bounds[1] == "]", shift=bounds[1] == "}")
        if start is not None and end is not None and end < start:
            if bounds != "[]":
                raise self.error("the date range holds no day: its bounds exclude it", end_at)
            raise self.error("the date range ends before it starts", end_at)
        return DateRange(start, end)

    def day(self, text: str, column: int, *, end: bool, shift: bool = False) -> date | None:
        text = text.strip('"')
        if text == "*":
            return None
        try:
            day = parse_day(text, end=end)
        except ValueError:
            message = f"not a date: {text!r} (write YYYY-MM-DD, YYYY-MM or YYYY)"
            raise self.error(message, column) from None
        if not shift:
            return day
        try:
            return day + timedelta(days=1 if end else -1)
        except OverflowError:
            raise self.error(f"the date {text!r} is at the edge of the calendar", column) from None
