"""Querying articles: filters, the search language, keyword in context and counts.

* ``newscorpus.query.predicates`` — composable filters (:func:`published_between`,
  :func:`from_source`, :func:`mentions`, … combined with :func:`all_of`, :func:`any_of`,
  :func:`not_` or ``&``, ``|``, ``~``).
* :mod:`~newscorpus.query.search` — :func:`parse_query` and :func:`search` (see
  :doc:`/query-language`), over the tree in ``newscorpus.query.nodes``.
* :mod:`~newscorpus.query.kwic` — :func:`kwic` lines, as a DataFrame with :func:`kwic_frame`.
* ``newscorpus.query.stats`` — :func:`sources` and :func:`authors` counts.
* :mod:`~newscorpus.query.counts` — :func:`counts` of matching articles per period, as a
  :class:`CountTable` with every period filled in, ``to_pandas()`` and ``plot()``.
* ``newscorpus.query.index`` — :class:`SearchIndex`, the in-memory inverted index a
  :class:`~newscorpus.corpus.Corpus` searches with.
* ``newscorpus.query.cooccur`` — :func:`cooccurrence` of pairs of terms.
* ``newscorpus.query.dedup`` — :func:`near_duplicates` (MinHash and LSH).
* ``newscorpus.query.quotes`` — :func:`quotes` and their speakers.

Example:
    >>> from newscorpus.article import Article
    >>> arts = [Article(text="Floods hit the valley.", source="Courier")]
    >>> len(search(arts, "flood*")), sources(arts)
    (1, [('Courier', 1)])
"""

from .cooccur import Cooccurrence, cooccurrence
from .counts import (
    CountRow,
    CountTable,
    counts,
    fill_periods,
    period_key,
    period_range,
    period_start,
    tabulate,
)
from .dedup import DedupOptions, DuplicateCluster, near_duplicates
from .index import SearchIndex
from .kwic import KWIC_COLUMNS, KwicHit, kwic, kwic_frame
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
from .quotes import Quote, quotes, quotes_in
from .search import Query, parse_query, search
from .stats import authors, sources

__all__ = [
    "FIELDS",
    "KWIC_COLUMNS",
    "And",
    "ArticleTokens",
    "Cooccurrence",
    "CountRow",
    "CountTable",
    "DateRange",
    "DedupOptions",
    "DuplicateCluster",
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
    "Quote",
    "SearchIndex",
    "Term",
    "all_of",
    "any_of",
    "authors",
    "by_author",
    "cooccurrence",
    "counts",
    "fill_periods",
    "from_source",
    "in_language",
    "in_section",
    "kwic",
    "kwic_frame",
    "mentions",
    "near_duplicates",
    "not_",
    "parse_query",
    "period_key",
    "period_range",
    "period_start",
    "published_between",
    "quotes",
    "quotes_in",
    "search",
    "sources",
    "tabulate",
]
