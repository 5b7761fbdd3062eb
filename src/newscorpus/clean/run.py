"""The body run: the state the decision's passes read and return, and how the run is chosen.

Each block gets a score — its length when it reads as body, a penalty when a rule named it, a
small penalty otherwise — and the body is the contiguous run with the highest total (the
maximum-sum segment). In HTML, blocks outside the element that holds most of the page's prose
(:func:`~newscorpus.clean.rules.dom.main_container`) weigh like named boilerplate. The weights
are data (:mod:`~newscorpus.clean.weights`).

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> blocks = text_to_blocks("Menu\\n\\n" + "Rain fell on the hills all night long. " * 3)
    >>> page = Page.of(blocks)
    >>> run = choose_run(BodyRun(page=page, language="en", good=[False, True], verdicts={}))
    >>> run.span, run.places
    ((1, 1), [None, None])
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .. import rule_names as names
from ..blocks import Block
from .language import casefold_words, stopword_density
from .page import Page, Verdict, is_sentence_like
from .rules.dom import element_of, main_container
from .rules.timestamps import is_timestamp
from .thresholds import THRESHOLDS
from .weights import weights

__all__ = [
    "HEADLINE_TAGS",
    "SOFT_RULES",
    "BodyRun",
    "best_run",
    "choose_run",
    "prose_checks",
    "reads_as_body",
    "stated_prose",
]

# Rules that judge by shape alone: their blocks are dropped, but weigh like any short line when
# the body run is chosen, so an article's own list does not cut the article in two. An ad
# disclosure too: it often sits inside the article, above a list of offers.
SOFT_RULES = frozenset({names.NAV_RUN, names.URL_LINE, names.FIGURE_CAPTION, names.AD_DISCLOSURE})
# The weights (penalties, stop-word share) are data: newscorpus/data/classifier.json.
HEADLINE_TAGS = frozenset({"h1"})
# The weight of a block no rule named that lies outside the article's container (a key of the
# weights, not a rule name: no verdict carries it).
_OUTSIDE_CONTAINER = "outside-container"


@attrs.frozen(kw_only=True, eq=False)
class BodyRun:
    """What the decision knows about a page at one step: the state every pass
    (:class:`~newscorpus.clean.registry.Pass`) reads and returns, changed with ``attrs.evolve``.

    Attributes:
        page: the page (its blocks, options and judged prose).
        language: the language guessed from the page's prose.
        good: for each block, whether it reads as body text.
        verdicts: for each named block (by index), the verdict that names it.
        places: for each block, whether it lies inside the article's container (``None``: no
            container, as in text); empty before the run is chosen.
        span: the body run (first and last block index); ``None`` before it is chosen, or when
            no run was found.
        named: the rule of each firmly named block (not by shape alone, not ``inline:``), which
            ends a run.
        stated: for each block, whether the page's own statement of its article vouches for it
            (:class:`~newscorpus.clean.statement.ArticleStatement`); empty when it states none.
        told: for each block, whether the text of the page's statement holds its words (the
            marked elements aside); empty when the page states no text.
        stated_elements: the elements (by serial number) the page marks as its article body.

    Example:
        >>> run = BodyRun(page=Page.of([]), language=None, good=[], verdicts={})
        >>> run.span, run.markup
        (None, False)
    """

    page: Page
    language: str | None
    good: list[bool]
    verdicts: dict[int, Verdict]
    places: list[bool | None] = attrs.field(factory=list)
    span: tuple[int, int] | None = None
    named: dict[int, str] = attrs.field(factory=dict)
    stated: Sequence[bool] = ()
    told: Sequence[bool] = ()
    stated_elements: frozenset[int] = frozenset()

    @property
    def blocks(self) -> Sequence[Block]:
        """The page's blocks."""
        return self.page.blocks

    @property
    def markup(self) -> bool:
        """Whether the blocks come from HTML (they know their elements)."""
        blocks = self.page.blocks
        return bool(blocks) and bool(blocks[0].ancestors)


def reads_as_body(block: Block, *, language: str | None, min_words: int = 10) -> bool:
    """Whether a block reads as article prose on its own.

    Example:
        >>> reads_as_body(Block(index=0, text="The mayor said the bridge will reopen in May."),
        ...               language="en", min_words=5)
        True
    """
    if block.words < min_words or block.link_density > THRESHOLDS.prose_links:
        return False
    text = block.text
    if not (is_sentence_like(text) or (block.words >= 25 and ". " in text)):
        return False
    return _dense(block, language)


def prose_checks(block: Block, language: str | None) -> bool:
    """The tests of ``good`` left after ``Page.prose`` has judged the
    words and the sentence end: few links, no headline (metadata, however much it reads like a
    sentence; text blocks have no tag), and the stop words of prose.

    Example:
        >>> prose_checks(Block(index=0, text="The mayor said the bridge will reopen in May."), "en")
        True
    """
    return (
        not block.link_density > THRESHOLDS.prose_links
        and block.tag not in HEADLINE_TAGS
        and _dense(block, language)
    )


def stated_prose(block: Block) -> bool:
    """The tests of :func:`prose_checks` a paragraph the page vouches for must still pass: few
    links and no headline. The stop words are not asked for: the page says it is the story,
    and the language guessed from the page's prose may be another's (a story in isiZulu beside
    an English menu and bio).

    Example:
        >>> stated_prose(Block(index=0, text="Ngabona amanxeba amathathu.", tag="p"))
        True
    """
    return not block.link_density > THRESHOLDS.prose_links and block.tag not in HEADLINE_TAGS


def _dense(block: Block, language: str | None) -> bool:
    """The last test of :func:`reads_as_body`: a share of stop words as prose has."""
    text = block.text
    if len(text) > 50_000:
        return True  # a huge block: density would cost time and tells nothing more
    return (
        stopword_density(casefold_words(text), language) >= weights().min_stopword_share
        or language is None
    )


def choose_run(run: BodyRun) -> BodyRun:
    """The run with its places, its best-scoring span, the verdicts left after pardoning what
    the container excuses, and its firmly named blocks (see :func:`best_run`).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> blocks = text_to_blocks("Menu\\n\\n" + "Rain fell on the hills all night long. " * 3)
        >>> run = BodyRun(page=Page.of(blocks), language="en", good=[False, True], verdicts={})
        >>> choose_run(run).span
        (1, 1)
    """
    blocks = run.blocks
    places = _places(blocks, run.good, run.stated_elements)
    span, verdicts, hard = _run(blocks, run.good, run.verdicts, places)
    return attrs.evolve(run, places=places, span=span, verdicts=verdicts, named=hard)


def _run(
    blocks: Sequence[Block],
    good: Sequence[bool],
    verdicts: dict[int, Verdict],
    places: Sequence[bool | None],
) -> tuple[tuple[int, int] | None, dict[int, Verdict], dict[int, str]]:
    """The best-scoring run of blocks, after pardoning what the container excuses; with the
    verdicts left and the rule of each firmly named block."""
    verdicts = _pardon(verdicts, places)
    # The firmly named blocks: not by shape alone, nor inside the body (an "inline:" verdict),
    # unless it is a date inside an inline teaser list, which ends the run like any timestamp.
    hard: dict[int, str] = {}
    for i, v in verdicts.items():
        if v.detail.startswith("inline:"):
            if is_timestamp(blocks[i].text):
                hard[i] = names.TIMESTAMP_LINE
        elif v.rule not in SOFT_RULES:
            hard[i] = v.rule
    # A block's weight in the run; in HTML, outside the article's container weighs like a
    # named block, and a short line inside it is nearly free (a list item, a sub-heading).
    rules = [hard.get(b.index) for b in blocks]
    if blocks and blocks[0].ancestors:
        for index in interruptions(blocks, good, rules):
            rules[index] = None
    if False in places:
        rules = [
            _OUTSIDE_CONTAINER if rule is None and place is False else rule
            for rule, place in zip(rules, places, strict=True)
        ]
    inside = [bool(place) for place in places] if True in places else [False] * len(places)
    scores = weights().scores([len(b.text) for b in blocks], rules, good, inside)
    return best_run(scores), verdicts, hard


# An interruption: at most this many named blocks in a row, each this short, between two
# paragraphs of one element ("Advertisement", "Scroll to continue").
_INTERRUPTION_BLOCKS = 3
_INTERRUPTION_CHARS = 80
# Rules that end an article wherever they stand: the story does not go on past them.
_ENDINGS = frozenset(
    {
        names.RELATED_LIST,
        names.COMMENT_SECTION,
        names.COMMENT_WIDGET,
        names.LEGAL_LINE,
        names.COPYRIGHT_LINE,
        names.AUTHOR_BOX,
        names.TIMESTAMP_LINE,
        names.REPEATED_BLOCK,
    }
)


def interruptions(
    blocks: Sequence[Block], good: Sequence[bool], rules: Sequence[str | None]
) -> list[int]:
    """(HTML) The named blocks that interrupt a story rather than end it: a few short lines
    (an ad slot's label, a "scroll to continue") set inside the element whose paragraphs stand
    right before and right after them. They stay dropped, but weigh like any short line when
    the run is chosen, so that a slot between two paragraphs does not cut the story in pieces.

    Example:
        >>> text = "The ferry ran again on Monday after the storm had passed the coast."
        >>> story = [Block(index=i, text=text, tag="p", ancestors=(1, 2, 3 + i)) for i in (0, 2)]
        >>> slot = Block(index=1, text="Advertisement", ancestors=(1, 2, 9, 10))
        >>> interruptions([story[0], slot, story[1]], [True, False, True], [None, "menu-line", None])
        [1]
    """
    found: list[int] = []
    count = len(blocks)
    index = 1
    while index < count - 1:
        if rules[index] is None or not good[index - 1]:
            index += 1
            continue
        end = index
        while (
            end < count
            and end - index < _INTERRUPTION_BLOCKS
            and _interrupts(blocks[end], rules[end])
        ):
            end += 1
        if (
            end > index
            and end < count
            and good[end]
            and _same_parent(blocks, index - 1, end, index)
        ):
            found.extend(range(index, end))
        index = max(end, index + 1)
    return found


def _interrupts(block: Block, rule: str | None) -> bool:
    return rule is not None and rule not in _ENDINGS and len(block.text) <= _INTERRUPTION_CHARS


def _same_parent(blocks: Sequence[Block], before: int, after: int, first: int) -> bool:
    """Whether the paragraphs ``before`` and ``after`` sit in one element, which holds the
    named blocks from ``first`` up to ``after`` too."""
    above, below = blocks[before].ancestors, blocks[after].ancestors
    if len(above) < 2 or len(below) < 2 or above[-2] != below[-2]:
        return False
    parent = above[-2]
    return all(parent in blocks[i].ancestors for i in range(first, after))


def _places(
    blocks: Sequence[Block], good: Sequence[bool], stated: frozenset[int] = frozenset()
) -> list[bool | None]:
    """For HTML, whether each block sits inside the article's container
    (:func:`~newscorpus.clean.rules.dom.main_container`, or else :func:`stated_container`);
    ``None`` for text, which has no containers."""
    if not blocks or not blocks[0].ancestors:
        return [None] * len(blocks)
    weights = [len(b.text) if g else 0 for b, g in zip(blocks, good, strict=False)]
    container = main_container(blocks, weights)
    if container is None:
        container = stated_container(blocks, weights, stated)
    if container is None:
        return [None] * len(blocks)
    return [container in b.ancestors for b in blocks]


# The share of the page's prose the element a page states as its article must hold to be taken
# as the container when the prose alone shows none.
_STATED_SHARE = 0.3


def stated_container(
    blocks: Sequence[Block], weights: Sequence[float], stated: frozenset[int] = frozenset()
) -> int | None:
    """(HTML) The element the page itself names as its article, when the prose alone points to
    no container (a cookie notice or a list of teasers as long as the story): an element marked
    ``itemprop="articleBody"`` (``stated``), or the ``<article>`` around the page's one
    headline. The candidate holding the most prose is taken if it holds a good share of it.

    Example:
        >>> head = Block(index=0, text="Ferries return", tag="h1", path="html/body/article/h1",
        ...              ancestors=(1, 2, 3, 4))
        >>> story = Block(index=1, text="The ferry ran again.", tag="p", path="html/body/article/p",
        ...               ancestors=(1, 2, 3, 5))
        >>> notice = Block(index=2, text="We use cookies.", tag="p", path="html/body/div/p",
        ...                ancestors=(1, 2, 6, 7))
        >>> stated_container([head, story, notice], [0, 40, 50])
        3
    """
    candidates = set(stated)
    headlines = [b for b in blocks if b.tag in HEADLINE_TAGS]
    if len(headlines) == 1:
        article = element_of(headlines[0], "article")
        if article is not None:
            candidates.add(article)
    if not candidates:
        return None
    held = dict.fromkeys(candidates, 0.0)
    total = 0.0
    for block, weight in zip(blocks, weights, strict=False):
        if weight > 0:
            total += weight
            for serial in candidates.intersection(block.ancestors[:-1]):
                held[serial] += weight
    best = max(held, key=held.__getitem__)
    return best if total > 0 and held[best] >= _STATED_SHARE * total else None


# Verdicts that judge a block by its echo elsewhere or by its shape; inside the article's own
# container a repeated caption or a run of short list lines is the article's.
_PARDONED_INSIDE = frozenset({names.REPEATED_BLOCK})


def _pardon(verdicts: dict[int, Verdict], places: Sequence[bool | None]) -> dict[int, Verdict]:
    if True not in places:
        return dict(verdicts)  # nothing inside a container (text has none): nothing pardoned
    return {i: v for i, v in verdicts.items() if not (places[i] and v.rule in _PARDONED_INSIDE)}


def best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest positive sum (Kadane), or None.

    Example:
        >>> best_run([-1.0, 3.0, -1.0, 2.0, -5.0]), best_run([-1.0])
        ((1, 3), None)
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = score, index
        else:
            total += score
        if total > best:
            best, best_span = total, (start, index)
    return best_span
