"""The decision: which blocks are the article body, and why each other block is not.

Three steps, each explainable:

1. **Rules** (:mod:`~newscorpus.clean.rules`, :mod:`~newscorpus.clean.repeats`,
   :mod:`~newscorpus.clean.dom`) name boilerplate blocks.
2. **Quality**: a block reads as body text when it has enough words, ends like a sentence, has
   a plausible share of stop words and (in HTML) few links.
3. **Neighbourhood**: body text comes in runs. Each block gets a score — its length when it
   reads as body, a penalty when a rule named it, a small penalty otherwise — and the body is the
   contiguous run with the highest total (the maximum-sum segment). Short lines inside that run
   (sub-headings, one-line answers) stay; everything outside it goes, as ``outside-body``.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = "Home\\n\\nNews\\n\\n" + "The council met on Monday and voted on the budget. " * 3
    >>> result = classify(text_to_blocks(page + "\\n\\nShare this"))
    >>> [b.index for b in result.body], sorted({v.rule for v in result.verdicts.values()})
    ([2], ['nav-item', 'share-prompt'])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ..blocks import Block
from ..options import CleanOptions
from .comments import comment_sections
from .dom import dom_boilerplate
from .language import casefold_words, guess_language_of_parts, stopword_density
from .repeats import repeated_blocks
from .rules import DEFAULT_RULES, Page, Rule, Verdict, apply_rules, is_sentence_like

__all__ = ["Classified", "classify", "reads_as_body"]

_ALL_RULES: tuple[Rule, ...] = (*DEFAULT_RULES, repeated_blocks, dom_boilerplate, comment_sections)
# Rules that judge by shape alone: their blocks are dropped, but weigh like any short line when
# the body run is chosen, so an article's own list does not cut the article in two.
_SOFT_RULES = frozenset({"nav-run"})
_MIN_STOPWORD_SHARE = 0.08
_RULE_PENALTY = 80
_SHORT_PENALTY = 20
# Weights chosen by a grid search on half A of the benchmark keys (benchmarks/textmode.py's
# split); half B is reported as the held-out figure.
_SHORT_PER_CHAR = 0.6


@attrs.frozen(kw_only=True)
class Classified:
    """The outcome of :func:`classify`.

    Attributes:
        blocks: every block of the page.
        verdicts: for each dropped block (by index), the verdict that dropped it.
        start: index of the first block of the body run (``None`` when no body was found).
        end: index of the last block of the body run.
        language: the language guessed from the page's prose.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> result = classify(text_to_blocks("Menu\\n\\n" + "Rain fell on the hills all night long. " * 3))
        >>> result.start, result.end, len(result.body)
        (1, 1, 1)
    """

    blocks: tuple[Block, ...]
    verdicts: Mapping[int, Verdict]
    start: int | None
    end: int | None
    language: str | None

    @property
    def body(self) -> tuple[Block, ...]:
        """The blocks kept as body, in page order."""
        return tuple(b for b in self.blocks if b.index not in self.verdicts)


def reads_as_body(block: Block, *, language: str | None, min_words: int = 10) -> bool:
    """Whether a block reads as article prose on its own.

    Example:
        >>> reads_as_body(Block(index=0, text="The mayor said the bridge will reopen in May."),
        ...               language="en", min_words=5)
        True
    """
    if block.words < min_words or block.link_density > 0.4:
        return False
    text = block.text
    if not (is_sentence_like(text) or (block.words >= 25 and ". " in text)):
        return False
    if len(text) > 50_000:
        return True  # a huge block: density would cost time and tells nothing more
    return (
        stopword_density(casefold_words(text), language) >= _MIN_STOPWORD_SHARE or language is None
    )


def classify(
    blocks: Sequence[Block],
    options: CleanOptions | None = None,
    *,
    rules: Sequence[Rule] = _ALL_RULES,
) -> Classified:
    """Decide body and boilerplate for one page's blocks.

    Args:
        blocks: the page's blocks, indexed from 0 in order.
        options: cleaning options (rules to disable, words a body block needs).
        rules: the rules to apply; the default is every shipped rule.

    Returns:
        A :class:`Classified` whose ``verdicts`` hold a reason for every dropped block.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = "Next\\n\\n" + "The ferry resumed service after the storm passed the coast. " * 2
        >>> result = classify(text_to_blocks(page))
        >>> result.verdicts[0].rule, [b.index for b in result.body]
        ('pagination', [1])
    """
    opts = options or CleanOptions()
    page = Page.of(blocks, opts)
    verdicts = apply_rules(page, rules)
    language = guess_language_of_parts(b.text for b in blocks if b.words >= 8)
    # The word count is checked here first: most blocks are short, and a call costs more.
    good = [
        b.words >= opts.min_body_words
        and b.index not in verdicts
        and reads_as_body(b, language=language, min_words=opts.min_body_words)
        for b in blocks
    ]
    hard = {i for i, v in verdicts.items() if not _soft(v)}
    scores = [_score(b, b.index in hard, g) for b, g in zip(blocks, good, strict=False)]
    span = _best_run(scores)
    if span is not None:
        span = _extend(blocks, span, good, verdicts)
    final = dict(verdicts)
    start, end = span if span else (None, None)
    for block in blocks:
        inside = start is not None and end is not None and start <= block.index <= end
        if not inside and block.index not in final:
            final[block.index] = Verdict(block=block.index, rule="outside-body")
    return Classified(blocks=tuple(blocks), verdicts=final, start=start, end=end, language=language)


# Where the article surely ends: after one of these, prose belongs to something else.
_BOUNDARIES = frozenset(
    {
        "related-list",
        "comment-section",
        "legal-line",
        "copyright-line",
        "author-box",
        "donation-appeal",
        "newsletter-prompt",
        "repeated-block",
        "comment-widget",
    }
)


_MAX_GAP = 25


def _extend(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
) -> tuple[int, int]:
    """In HTML, carry the body run over an embedded widget (a tweet, a stats table, a product
    box) to more paragraphs in the same container as the run's own, in both directions, up to a
    block that surely ends the article. Plain text has no containers to go by: unchanged."""
    start, end = span
    paths = {blocks[i].path for i in range(start, end + 1) if good[i] and blocks[i].path}
    if not paths:
        return span
    first = _reach(blocks, start, -1, good, verdicts=verdicts, paths=paths)
    last = _reach(blocks, end, 1, good, verdicts=verdicts, paths=paths)
    return first, last


def _reach(
    blocks: Sequence[Block],
    edge: int,
    step: int,
    good: Sequence[bool],
    *,
    verdicts: Mapping[int, Verdict],
    paths: set[str],
) -> int:
    last = edge
    index = edge + step
    while 0 <= index < len(blocks) and abs(index - last) <= _MAX_GAP:
        verdict = verdicts.get(index)
        if verdict is not None and verdict.rule in _BOUNDARIES:
            break
        if good[index] and blocks[index].path in paths:
            last = index
        index += step
    return last


def _soft(verdict: Verdict) -> bool:
    return verdict.rule in _SOFT_RULES or verdict.detail.startswith("inline:")


def _score(block: Block, named: bool, good: bool) -> float:
    length = len(block.text)
    if named:
        return -(_RULE_PENALTY + min(length, 400))
    if good:
        return float(length)
    return -(_SHORT_PENALTY + _SHORT_PER_CHAR * min(length, 300))


def _best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest positive sum (Kadane), or None."""
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
