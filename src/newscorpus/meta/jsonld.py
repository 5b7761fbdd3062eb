"""Walking parsed JSON-LD: the objects of some ``@type`` among lists and ``@graph`` nesting.

One walker for every reader of JSON-LD (articles for the headline and dates, other works for
their author), so they agree on what nesting they follow and how deep.

Example:
    >>> data = {"@graph": [{"@type": ["NewsArticle"], "headline": "A"}, {"@type": "Person"}]}
    >>> [o["headline"] for o in typed_objects(data, frozenset({"newsarticle"}))]
    ['A']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["article_body", "jsonld_blobs", "recipe_text", "typed_objects"]

_MAX_DEPTH = 6  # nesting deeper than any real page's; bounds hostile input
# A recipe's own text: its summary, its ingredients (current and older name) and its steps.
_RECIPE_PARTS = ("description", "recipeIngredient", "ingredients", "recipeInstructions")
# Where a step (HowToStep, HowToSection, ItemList) keeps its text or its steps.
_STEP_KEYS = ("text", "itemListElement")


def jsonld_blobs(root: Any) -> list[Any]:
    """The parsed JSON of every ``<script type="application/ld+json">`` under ``root`` (an
    lxml element); a script that is no JSON is skipped: pages carry plenty of broken JSON-LD,
    and it must not stop extraction.

    Example:
        >>> from lxml import html
        >>> root = html.fromstring('<div><script type="application/ld+json">{"@type": "Recipe"}'
        ...                        '</script><script type="application/ld+json">{oops</script></div>')
        >>> jsonld_blobs(root)
        [{'@type': 'Recipe'}]
    """
    blobs = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            blobs.append(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    return blobs


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


def recipe_text(blobs: Iterable[Any]) -> str | None:
    """The text of the schema.org recipes among ``blobs`` (parsed JSON-LD): the summary, each
    ingredient and each step on a line of its own, or None when there is no recipe. A recipe
    page states its article so, where a story states its ``articleBody``.

    Example:
        >>> data = {"@type": "Recipe", "recipeIngredient": ["200 g flour", "2 eggs"],
        ...         "recipeInstructions": [{"@type": "HowToStep", "text": "Whisk the eggs."}]}
        >>> print(recipe_text([data]))
        200 g flour
        2 eggs
        Whisk the eggs.
        >>> recipe_text([{"@type": "Recipe", "recipeIngredient": 7}]) is None
        True
    """
    parts: list[str] = []
    for blob in blobs:
        for recipe in typed_objects(blob, frozenset({"recipe"})):
            for key in _RECIPE_PARTS:
                parts.extend(_texts(recipe.get(key), depth=0))
    return "\n".join(parts) if parts else None


def _texts(value: Any, depth: int) -> Iterator[str]:
    """The strings in a recipe's part: a string, a list of them, or steps that hold their
    text (``HowToStep``) or more steps (``HowToSection``), to a bounded depth."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, depth + 1)
    elif isinstance(value, dict):
        for key in _STEP_KEYS:
            yield from _texts(value.get(key), depth + 1)
