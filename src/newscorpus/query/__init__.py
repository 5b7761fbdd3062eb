"""Querying articles: filters, the search language, keyword in context and counts.

* ``newscorpus.query.predicates`` — composable filters (:func:`published_between`,
  :func:`from_source`, :func:`mentions`, … combined with :func:`all_of`, :func:`any_of`,
  :func:`not_` or ``&``, ``|``, ``~``).
* :mod:`~newscorpus.query.search` — :func:`parse_query` and :func:`search` (see
  :doc:`/query-language`), over the tree in ``newscorpus.query.nodes``.
* :mod:`~newscorpus.query.kwic` — :func:`kwic` lines.
* ``newscorpus.query.stats`` — :func:`sources` and :func:`authors` counts.
* :mod:`~newscorpus.query.counts` — :func:`counts` of matching articles per period.

Example:
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="Floods hit the valley.", source="Courier")]
    >>> len(search(arts, "flood*")), sources(arts)
    (1, [('Courier', 1)])
"""

from .counts import CountRow, counts, period_key
from .kwic import KwicHit, kwic
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
from .predicates import (
    Predicate,
    all_of,
    any_of,
    by_author,
    from_source,
    in_language,
    in_section,
    mentions,
    not_,
    published_between,
)
from .search import Query, parse_query, search
from .stats import authors, sources

__all__ = [
    "FIELDS",
    "And",
    "ArticleTokens",
    "CountRow",
    "DateRange",
    "Field",
    "KwicHit",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Predicate",
    "Prefix",
    "Proximity",
    "Query",
    "Term",
    "all_of",
    "any_of",
    "authors",
    "by_author",
    "counts",
    "from_source",
    "in_language",
    "in_section",
    "kwic",
    "mentions",
    "not_",
    "parse_query",
    "period_key",
    "published_between",
    "search",
    "sources",
]
