"""An in-memory inverted index, so repeated searches over the same articles do not rescan text.

:class:`SearchIndex` tokenises each article once, on first need, and keeps per field a map from
word token to the positions of the articles holding it. A query is answered in two steps: the
postings narrow the articles down to those that can match (a superset), then the query tree
itself decides on each of them, with its tokens already cut. The answer is therefore exactly the
one a scan gives (:func:`~newscorpus.query.search`); the index only skips the articles that
cannot match.

:class:`~newscorpus.corpus.Corpus` builds one on its first search and keeps it: a corpus never
changes, and every filter returns a new corpus with its own index, so it is never stale.

Example:
    >>> from newscorpus.article import Article
    >>> index = SearchIndex([Article(text="Floods rose."), Article(text="Calm day."),
    ...                      Article(text="Flooding again.")])
    >>> index.matches("flood*"), index.matches("calm OR NOT flood*")
    ([0, 2], [1])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..article import Article
from .counts import CountTable, Group, Period, tabulate
from .nodes import (
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
from .search import Query, parse_query

__all__ = ["SearchIndex"]


class _Postings:
    """One field's word → article positions, with the sorted vocabulary for prefixes."""

    __slots__ = ("by_word", "vocabulary")

    def __init__(self, docs: Sequence[ArticleTokens], field: str) -> None:
        by_word: dict[str, list[int]] = {}
        for position, doc in enumerate(docs):
            for word in doc.field(field).vocabulary:
                by_word.setdefault(word, []).append(position)
        self.by_word = by_word
        self.vocabulary = sorted(by_word)

    def word(self, word: str) -> set[int]:
        return set(self.by_word.get(word, ()))

    def prefix(self, stem: str) -> set[int]:
        found: set[int] = set()
        start = bisect_left(self.vocabulary, stem)
        for word in self.vocabulary[start:]:
            if not word.startswith(stem):
                break
            found.update(self.by_word[word])
        return found


class SearchIndex:
    """The articles of a corpus, tokenised once, with an inverted index per field.

    Args:
        articles: the articles; the index refers to them by position.

    Example:
        >>> from newscorpus.article import Article
        >>> index = SearchIndex([Article(title="Rail strike", text="Talks failed.")])
        >>> index.matches('title:"rail strike" AND talks'), len(index)
        ([0], 1)
    """

    __slots__ = ("_docs", "_postings")

    def __init__(self, articles: Sequence[Article]) -> None:
        self._docs = [ArticleTokens(article) for article in articles]
        self._postings: dict[str, _Postings] = {}

    def __len__(self) -> int:
        return len(self._docs)

    def doc(self, position: int) -> ArticleTokens:
        """The tokenised article at ``position`` (its tokens are cut once and kept).

        Example:
            >>> from newscorpus.article import Article
            >>> SearchIndex([Article(text="Hi there")]).doc(0).field("text").tokens
            ['hi', 'there']
        """
        return self._docs[position]

    def matches(self, query: str | Query) -> list[int]:
        """The positions of the articles matching ``query``, in order.

        Raises:
            QuerySyntaxError: ``query`` is text that does not parse.

        Example:
            >>> from newscorpus.article import Article
            >>> SearchIndex([Article(text="a b"), Article(text="b c")]).matches("b -a")
            [1]
        """
        parsed = query if isinstance(query, Query) else parse_query(query)
        root = parsed.root
        candidates = self._candidates(root, "text")
        positions = range(len(self._docs)) if candidates is None else sorted(candidates)
        return [p for p in positions if root.evaluate(self._docs[p])]

    def counts(
        self,
        terms: str | Sequence[str] | None = None,
        *,
        by: Period = "month",
        group: Group | None = None,
    ) -> CountTable:
        """:func:`~newscorpus.query.counts` over the indexed articles, found through the index.

        Raises:
            QuerySyntaxError: a term is not a valid query.
            ValueError: ``by`` or ``group`` is not a known name.

        Example:
            >>> from datetime import datetime
            >>> from newscorpus.article import Article
            >>> index = SearchIndex([Article(text="Floods.", published=datetime(2023, 5, 2))])
            >>> [(r.period, r.count) for r in index.counts("flood*", by="year")]
            [('2023', 1)]
        """
        labels = [] if terms is None else [terms] if isinstance(terms, str) else list(terms)
        queries = [parse_query(label) for label in labels]
        matched = [set(self.matches(query)) for query in queries]
        articles = [doc.article for doc in self._docs]
        return tabulate(articles, labels, matched, by=by, group=group)

    def _field_postings(self, field: str) -> _Postings:
        """The inverted index of one field, built on first use."""
        found = self._postings.get(field)
        if found is None:
            found = self._postings[field] = _Postings(self._docs, field)
        return found

    def _candidates(self, node: Node, field: str) -> set[int] | None:
        """A superset of the articles ``node`` can match; ``None`` stands for all of them."""
        if isinstance(node, (Not, DateRange)):
            return None  # negations and dates are decided article by article
        if isinstance(node, Field):
            return self._candidates(node.operand, node.name)
        if isinstance(node, And):
            return self._intersection(node.operands, field)
        if isinstance(node, Or):
            return self._union(node.operands, field)
        return self._leaf(node, field)

    def _leaf(self, node: Term | Prefix | Phrase | Proximity, field: str) -> set[int]:
        if isinstance(node, Term):
            return self._field_postings(field).word(node.word)
        if isinstance(node, Prefix):
            return self._field_postings(field).prefix(node.stem)
        return self._all_words(node.words, field)

    def _all_words(self, words: Sequence[str], field: str) -> set[int]:
        postings = self._field_postings(field)
        found = postings.word(words[0])
        for word in words[1:]:
            found &= postings.word(word)
        return found

    def _intersection(self, operands: Sequence[Node], field: str) -> set[int] | None:
        found: set[int] | None = None
        for operand in operands:
            narrowed = self._candidates(operand, field)
            if narrowed is not None:
                found = narrowed if found is None else found & narrowed
        return found

    def _union(self, operands: Sequence[Node], field: str) -> set[int] | None:
        found: set[int] = set()
        for operand in operands:
            widened = self._candidates(operand, field)
            if widened is None:
                return None
            found |= widened
        return found
