"""Walking parsed JSON-LD: the objects of some ``@type`` among lists and ``@graph`` nesting.

One walker for every reader of JSON-LD (articles for the headline and dates, other works for
their author), so they agree on what nesting they follow and how deep.

Example:
    >>> data = {"@graph": [{"@type": ["NewsArticle"], "headline": "A"}, {"@type": "Person"}]}
    >>> [o["headline"] for o in typed_objects(data, frozenset({"newsarticle"}))]
    ['A']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["article_body", "typed_objects"]

_MAX_DEPTH = 6  # nesting deeper than any real page's; bounds hostile input


def typed_objects(data: Any, types: frozenset[str], depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects in ``data`` whose ``@type`` (a string or a list; compared case-folded) is
    one of ``types``, with lists and ``@graph`` unrolled, to a bounded depth.

    Example:
        >>> list(typed_objects([[{"@type": "Recipe", "author": "Ann"}]], frozenset({"recipe"})))
        [{'@type': 'Recipe', 'author': 'Ann'}]
    """
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from typed_objects(item, types, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        if any(isinstance(k, str) and k.casefold() in types for k in kinds):
            yield data
        if "@graph" in data:
            yield from typed_objects(data["@graph"], types, depth + 1)


def article_body(articles: Iterable[dict[str, Any]]) -> str | None:
    """The longest schema.org ``articleBody`` text among ``articles`` (JSON-LD objects of an
    article type), or None: the page's own statement of its story's text, for the body
    decision to check its choice against (see :class:`~newscorpus.clean.statement.ArticleStatement`).

    Example:
        >>> article_body([{"articleBody": "Short."}, {"articleBody": "The longer one."}, {}])
        'The longer one.'
        >>> article_body([{"articleBody": ["not", "text"]}]) is None
        True
    """
    texts = [a.get("articleBody") for a in articles]
    found = [t for t in texts if isinstance(t, str) and t.strip()]
    return max(found, key=len) if found else None
