"""Other articles inside the body run of an HTML page: teaser cards, "more stories" items and
the next story of an endless page each sit in an ``<article>`` of their own.

Example:
    >>> from newscorpus.blocks import Block
    >>> story = Block(index=0, text="The ferry ran again on Monday after the storm.",
    ...               path="html/body/article/p", ancestors=(1, 2, 3, 4))
    >>> promo = Block(index=1, text="Subscribe for the weekly harbour round-up now.",
    ...               path="html/body/div/p", ancestors=(1, 2, 7, 8))
    >>> [v.rule for v in other_articles([story, promo], (0, 1), [True, False], {}).values()]
    ['outside-article']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict, shared_verdict
from ..rules.dom import element_of
from ..thresholds import THRESHOLDS

__all__ = ["other_articles"]


def other_articles(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
) -> dict[int, Verdict]:
    """``verdicts`` with ``other-article`` and ``outside-article`` added inside the run ``span``
    (first and last block index; ``good`` says which blocks read as prose).

    When the body lies in an ``<article>`` element, text in any other ``<article>`` (a teaser
    card, a "more stories" item, even one nested in the story's own) is not the body; nor, when
    that one element holds most of the run's prose, is text outside any article (an author box
    or a promo placed beside it). When that element is itself nested in the ``<article>`` of the
    headline above it, the page is a list of items under one headline: every item in the
    headline's article is the story's.

    When no ``<article>`` holds most of the run's prose, the story is the first one holding a
    good share of it (an endless page loads its own story first, the next ones below); and
    when three short ``<article>`` elements or more, children of one element, hold the prose,
    they are the entries of one story (a live blog's posts), all kept.

    Example:
        >>> from newscorpus.blocks import Block
        >>> story = Block(index=0, text="The ferry ran again on Monday after the storm.",
        ...               path="html/body/article/p", ancestors=(1, 2, 3, 4))
        >>> card = Block(index=1, text="Another story, in a card of its own, on the bridge.",
        ...              path="html/body/article/p", ancestors=(1, 2, 5, 6))
        >>> [v.rule for v in other_articles([story, card], (0, 1), [True, True], {}).values()]
        ['other-article']
    """
    weight: dict[int, int] = {}
    for i in range(span[0], span[1] + 1):
        if good[i]:
            serial = element_of(blocks[i], "article")
            if serial is not None:
                weight[serial] = weight.get(serial, 0) + len(blocks[i].text)
    if not weight:
        return dict(verdicts)
    main = max(weight, key=weight.__getitem__)
    total = sum(len(blocks[i].text) for i in range(span[0], span[1] + 1) if good[i])
    alone = weight[main] >= THRESHOLDS.main_article * total
    # Above the story, outside its <article>, sits the header cluster the metadata readers want.
    first = next(i for i in range(span[0], span[1] + 1) if main in blocks[i].ancestors)
    outer = _listicle(blocks, main, first)
    entries: frozenset[int] = frozenset()
    if not alone and outer is None:
        main = _first_story(weight)
        first = next(i for i in range(span[0], span[1] + 1) if main in blocks[i].ancestors)
        entries = _entries(blocks, span, good, weight)
    out = dict(verdicts)
    for i in range(span[0], span[1] + 1):
        serial = element_of(blocks[i], "article")
        if i in out or serial == main or (outer is not None and outer in blocks[i].ancestors):
            continue
        if serial in entries:
            continue
        if serial is not None:
            out[i] = shared_verdict(i, names.OTHER_ARTICLE)
        elif alone and i > first and main not in blocks[i].ancestors:
            out[i] = shared_verdict(i, names.OUTSIDE_ARTICLE)
    return out


def _listicle(blocks: Sequence[Block], main: int, first: int) -> int | None:
    """The ``<article>`` of the headline above the story when the story's own ``<article>``
    (``main``, first met at block ``first``) is nested in it: the page is a list of items, each
    an ``<article>`` under the one headline ("Ten trips out of town"), and every item is the
    story's. ``None`` when the headline's article is the story's, or holds no other."""
    headline = next((i for i in range(first, -1, -1) if blocks[i].tag == "h1"), None)
    if headline is None:
        return None
    outer = element_of(blocks[headline], "article")
    if outer is None or outer == main or outer not in blocks[first].ancestors:
        return None
    return outer


# When no <article> holds the run's prose alone, the story is the first one holding at least
# this share of the heaviest one's prose (a short card above it is not the story).
_FIRST_SHARE = 0.5
# A story told in entries has at least this many of them, each holding at most this much prose
# (a live blog's posts; whole stories one after another are an endless page, not entries).
_LEAST_ENTRIES = 3
_ENTRY_CHARS = 1500


def _first_story(weight: Mapping[int, int]) -> int:
    """The first ``<article>`` (in page order) holding at least :data:`_FIRST_SHARE` of the
    heaviest one's prose."""
    heaviest = max(weight.values())
    return next(serial for serial, held in weight.items() if held >= _FIRST_SHARE * heaviest)


def _entries(
    blocks: Sequence[Block], span: tuple[int, int], good: Sequence[bool], weight: Mapping[int, int]
) -> frozenset[int]:
    """The ``<article>`` elements (by serial number) that are the entries of one story: at
    least :data:`_LEAST_ENTRIES` of them hold the run's prose, each a short one, and all are
    children of one element. Empty when the prose is not told that way."""
    if len(weight) < _LEAST_ENTRIES or max(weight.values()) > _ENTRY_CHARS:
        return frozenset()
    parents: set[int] = set()
    for i in range(span[0], span[1] + 1):
        serial = element_of(blocks[i], "article")
        if good[i] and serial is not None:
            ancestors = blocks[i].ancestors
            at = ancestors.index(serial)
            parents.add(ancestors[at - 1] if at > 0 else -1)
    return frozenset(weight) if len(parents) == 1 else frozenset()
