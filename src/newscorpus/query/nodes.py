"""The search query tree: what :func:`~newscorpus.query.parse_query` builds, and how it matches.

Leaves match word tokens (see :mod:`newscorpus.query._text`): :class:`Term`, :class:`Phrase`,
:class:`Prefix`, :class:`Proximity`, and :class:`DateRange` for the publication date. Inner nodes
combine them: :class:`And`, :class:`Or`, :class:`Not`, and :class:`Field`, which matches its
operand against one metadata field instead of the title, subtitle and body.

Every node prints back as query text (``str(node)``) that parses to the same tree.

Example:
    >>> from newscorpus.article import Article
    >>> tree = And((Term("flood"), Not(Phrase(("rail", "strike")))))
    >>> str(tree)
    'flood AND NOT "rail strike"'
    >>> tree.evaluate(ArticleTokens(Article(text="The flood rose.")))
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import attrs

from ..article import Article
from ._text import words

__all__ = [
    "FIELDS",
    "And",
    "ArticleTokens",
    "DateRange",
    "Field",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Prefix",
    "Proximity",
    "Term",
]

FIELDS: tuple[str, ...] = ("author", "language", "published", "section", "source", "title")
"""The field names a query may use before a colon (``title:flood``)."""

_BREAK = ""  # a token no query word equals: keeps phrases from spanning two values


class _Tokens:
    """The word tokens of one field, with a set and a position index built on first use."""

    __slots__ = ("_positions", "_set", "tokens")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self._set: frozenset[str] | None = None
        self._positions: dict[str, list[int]] | None = None

    @property
    def vocabulary(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(self.tokens)
        return self._set

    def positions(self, word: str) -> list[int]:
        if self._positions is None:
            index: dict[str, list[int]] = {}
            for pos, token in enumerate(self.tokens):
                index.setdefault(token, []).append(pos)
            self._positions = index
        return self._positions.get(word, [])


class ArticleTokens:
    """An article with its fields tokenised on first use, so one search tokenises it once.

    Fields: ``"text"`` (title, subtitle and body), ``"title"``, ``"author"`` (every author),
    ``"source"``, ``"section"`` and ``"language"``.

    Example:
        >>> doc = ArticleTokens(Article(title="Türkiye votes", text="Polls open."))
        >>> doc.field("text").tokens
        ['turkiye', 'votes', '', 'polls', 'open']
    """

    __slots__ = ("_fields", "article")

    def __init__(self, article: Article) -> None:
        self.article = article
        self._fields: dict[str, _Tokens] = {}

    def field(self, name: str) -> _Tokens:
        """The tokens of field ``name`` (values kept apart by an empty token)."""
        tokens = self._fields.get(name)
        if tokens is None:
            tokens = self._fields[name] = _Tokens(_field_tokens(self.article, name))
        return tokens


def _field_values(article: Article, name: str) -> Sequence[str | None]:
    if name == "text":
        return (article.title, article.subtitle, article.text)
    if name == "author":
        return article.authors
    return (getattr(article, name),)


def _field_tokens(article: Article, name: str) -> list[str]:
    tokens: list[str] = []
    for value in _field_values(article, name):
        if value:
            if tokens:
                tokens.append(_BREAK)
            tokens.extend(words(value))
    return tokens


def _quote(items: Sequence[str]) -> str:
    return '"' + " ".join(items) + '"'


@attrs.frozen
class Term:
    """One folded word; matches a token equal to it.

    Example:
        >>> str(Term("flood"))
        'flood'
    """

    word: str

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether the field holds the word."""
        return self.word in doc.field(field).vocabulary

    def __str__(self) -> str:
        return self.word


@attrs.frozen
class Prefix:
    """A word stem (``sanction*``); matches any token that starts with it.

    Example:
        >>> str(Prefix("sanction"))
        'sanction*'
    """

    stem: str

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether some token of the field starts with the stem."""
        return any(token.startswith(self.stem) for token in doc.field(field).vocabulary)

    def __str__(self) -> str:
        return self.stem + "*"


@attrs.frozen
class Phrase:
    """Folded words that must stand as consecutive tokens.

    Example:
        >>> str(Phrase(("rail", "strike")))
        '"rail strike"'
    """

    words: tuple[str, ...]

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether the words stand together, in order, in the field."""
        tokens = doc.field(field)
        first, rest = self.words[0], self.words[1:]
        seq = tokens.tokens
        return any(
            tuple(seq[pos + 1 : pos + 1 + len(rest)]) == rest for pos in tokens.positions(first)
        )

    def __str__(self) -> str:
        return _quote(self.words)


@attrs.frozen
class Proximity:
    """Distinct folded words that must all occur within ``distance`` tokens of each other
    (``"a b"~5``: the first and last of them at most 5 positions apart, in any order).

    Example:
        >>> str(Proximity(("floods", "valley"), 3))
        '"floods valley"~3'
    """

    words: tuple[str, ...]
    distance: int

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether some window of ``distance + 1`` tokens holds every word."""
        tokens = doc.field(field)
        hits = sorted(
            (pos, index) for index, word in enumerate(self.words) for pos in tokens.positions(word)
        )
        return _smallest_span(hits, len(self.words)) <= self.distance

    def __str__(self) -> str:
        return f"{_quote(self.words)}~{self.distance}"


def _smallest_span(hits: list[tuple[int, int]], wanted: int) -> float:
    """The smallest ``last - first`` position over windows of ``hits`` holding all ``wanted``
    word indexes (a linear sliding window); infinity when some word is missing."""
    counts = [0] * wanted
    present = 0
    best = float("inf")
    left = 0
    for pos, index in hits:
        counts[index] += 1
        present += counts[index] == 1
        while present == wanted:
            best = min(best, pos - hits[left][0])
            drop = hits[left][1]
            counts[drop] -= 1
            present -= counts[drop] == 0
            left += 1
    return best


@attrs.frozen
class DateRange:
    """Publication day between ``start`` and ``end``, inclusive (``None``: open end).

    Articles without a publication date never match.

    Example:
        >>> str(DateRange(date(2023, 1, 1), None))
        'published:[2023-01-01 TO *]'
    """

    start: date | None
    end: date | None

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether the article was published in the range (``field`` is ignored)."""
        published = doc.article.published
        if published is None:
            return False
        day = published.date()
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def __str__(self) -> str:
        start = "*" if self.start is None else self.start.isoformat()
        end = "*" if self.end is None else self.end.isoformat()
        return f"published:[{start} TO {end}]"


@attrs.frozen
class Not:
    """Matches when its operand does not.

    Example:
        >>> str(Not(Or((Term("a"), Term("b")))))
        'NOT (a OR b)'
    """

    operand: Node

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """The operand's answer, negated."""
        return not self.operand.evaluate(doc, field)

    def __str__(self) -> str:
        return f"NOT {_grouped(self.operand, (And, Or))}"


@attrs.frozen
class And:
    """Matches when every operand does.

    Example:
        >>> str(And((Term("a"), Or((Term("b"), Term("c"))))))
        'a AND (b OR c)'
    """

    operands: tuple[Node, ...]

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether all operands match."""
        return all(op.evaluate(doc, field) for op in self.operands)

    def __str__(self) -> str:
        return " AND ".join(_grouped(op, (Or,)) for op in self.operands)


@attrs.frozen
class Or:
    """Matches when any operand does.

    Example:
        >>> str(Or((And((Term("a"), Term("b"))), Term("c"))))
        '(a AND b) OR c'
    """

    operands: tuple[Node, ...]

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """Whether some operand matches."""
        return any(op.evaluate(doc, field) for op in self.operands)

    def __str__(self) -> str:
        return " OR ".join(_grouped(op, (And,)) for op in self.operands)


@attrs.frozen
class Field:
    """Its operand matched against one metadata field (``title:``, ``author:``, ``source:``,
    ``section:``, ``language:``) instead of the title, subtitle and body.

    Example:
        >>> str(Field("author", Phrase(("ann", "lee")))), str(Field("title", Not(Term("x"))))
        ('author:"ann lee"', 'title:(NOT x)')
    """

    name: str
    operand: Node

    def evaluate(self, doc: ArticleTokens, field: str = "text") -> bool:
        """The operand's answer on this field."""
        return self.operand.evaluate(doc, self.name)

    def __str__(self) -> str:
        if isinstance(self.operand, (Term, Phrase, Prefix, Proximity)):
            return f"{self.name}:{self.operand}"
        return f"{self.name}:({self.operand})"


Node = Term | Prefix | Phrase | Proximity | DateRange | Not | And | Or | Field
"""Any node of a query tree."""


def _grouped(node: Node, wrap: tuple[type, ...]) -> str:
    return f"({node})" if isinstance(node, wrap) else str(node)
