"""Co-occurrence of terms: for each pair of terms, how many articles hold both — anywhere in the
article, or within a window of words.

With ``window=None`` each term is a query in the search language (:doc:`/query-language`) and
a pair co-occurs in an article that matches both queries. With ``window=N`` each term is a word,
a phrase (``"rail strike"`` or, unquoted, ``rail strike``) or a ``prefix*`` and a pair co-occurs in
an article where an occurrence of one starts at most ``N`` words from an occurrence of the other,
in the title, subtitle and body.

Example:
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="Floods hit the valley; the dam held."),
    ...         Article(text="The dam was inspected. Far away, later, floods came.")]
    >>> [(r.first, r.second, r.count) for r in cooccurrence(arts, ["flood*", "dam"])]
    [('flood*', 'dam', 2)]
    >>> [(r.first, r.second, r.count) for r in cooccurrence(arts, ["flood*", "dam"], window=5)]
    [('flood*', 'dam', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

import attrs

from ..article import Article
from ..errors import OptionsError
from .index import SearchIndex
from .nodes import And, ArticleTokens, Phrase, Prefix, Term
from .search import parse_query

__all__ = ["Cooccurrence", "cooccurrence"]

_Positional = Term | Prefix | Phrase


@attrs.frozen(kw_only=True)
class Cooccurrence:
    """One pair of terms and the articles holding both.

    Attributes:
        first: the first term, as written.
        second: the second term, as written (later in the list of terms than ``first``).
        count: articles in which both occur (within the window, when one was given).
        first_count: articles in which ``first`` occurs.
        second_count: articles in which ``second`` occurs.

    Example:
        >>> Cooccurrence(first="a", second="b", count=2, first_count=4, second_count=8).share
        0.5
    """

    first: str
    second: str
    count: int
    first_count: int
    second_count: int

    @property
    def share(self) -> float:
        """``count`` over the articles holding the rarer term (0.0 when neither occurs).

        Example:
            >>> Cooccurrence(first="a", second="b", count=0, first_count=0, second_count=3).share
            0.0
        """
        smaller = min(self.first_count, self.second_count)
        return self.count / smaller if smaller else 0.0


def cooccurrence(
    articles: Iterable[Article] | SearchIndex,
    terms: Sequence[str],
    *,
    window: int | None = None,
) -> list[Cooccurrence]:
    """How many articles hold each pair of ``terms``, most frequent pairs first.

    Args:
        articles: the articles, or a :class:`~newscorpus.query.SearchIndex` of them.
        terms: two or more queries (``window=None``) or words, phrases and prefixes.
        window: the largest distance in words between the two terms, or ``None`` for anywhere
            in the article.

    Returns:
        One row per pair (in the order the terms were given within a pair), sorted by ``count``
        descending, then by the terms' order in ``terms``.

    Raises:
        OptionsError: fewer than two terms, ``window`` below 0, or with a window a term that
            is not a word, phrase or prefix.
        QuerySyntaxError: a term does not parse.

    Example:
        >>> from newscorpus.article import Article
        >>> cooccurrence([Article(text="a b c")], ["a", "b", "c"], window=1)[0]
        Cooccurrence(first='a', second='b', count=1, first_count=1, second_count=1)
    """
    labels = list(terms)
    if isinstance(terms, str) or len(labels) < 2:
        raise OptionsError("cooccurrence() needs a list of two or more terms", stage="options")
    if window is not None and window < 0:
        raise OptionsError(f"window must be 0 or more, not {window}", stage="options")
    index = articles if isinstance(articles, SearchIndex) else SearchIndex(list(articles))
    matched = [set(index.matches(label)) for label in labels]
    nodes = [_positional(label) for label in labels] if window is not None else []
    rows = []
    for (i, first), (j, second) in combinations(enumerate(labels), 2):
        both = matched[i] & matched[j]
        if window is not None:
            both = {p for p in both if _near(index.doc(p), nodes[i], nodes[j], window)}
        rows.append(
            Cooccurrence(
                first=first,
                second=second,
                count=len(both),
                first_count=len(matched[i]),
                second_count=len(matched[j]),
            )
        )
    order = {label: n for n, label in enumerate(labels)}
    return sorted(rows, key=lambda r: (-r.count, order[r.first], order[r.second]))


def _positional(label: str) -> _Positional:
    root = parse_query(label).root
    if isinstance(root, And) and all(isinstance(op, Term) for op in root.operands):
        # with a window, ``rail strike`` unquoted reads as one positioned term: a phrase
        root = Phrase(tuple(op.word for op in root.operands if isinstance(op, Term)))
    if not isinstance(root, (Term, Prefix, Phrase)):
        raise OptionsError(
            f"with a window, each term must be a word, a phrase or a prefix, not {label!r}",
            stage="options",
        )
    return root


def _starts(doc: ArticleTokens, node: _Positional) -> list[int]:
    tokens = doc.field("text")
    if isinstance(node, Term):
        return tokens.positions(node.word)
    if isinstance(node, Prefix):
        stems = [w for w in tokens.vocabulary if w.startswith(node.stem)]
        return sorted(p for w in stems for p in tokens.positions(w))
    rest = node.words[1:]
    seq = tokens.tokens
    return [
        p for p in tokens.positions(node.words[0]) if tuple(seq[p + 1 : p + 1 + len(rest)]) == rest
    ]


def _near(doc: ArticleTokens, first: _Positional, second: _Positional, window: int) -> bool:
    """Whether some start of ``first`` lies within ``window`` words of some start of ``second``
    (a merge of two sorted lists: linear)."""
    a, b = _starts(doc, first), _starts(doc, second)
    i = j = 0
    while i < len(a) and j < len(b):
        if abs(a[i] - b[j]) <= window and (a[i] != b[j] or first != second):
            return True
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return False
