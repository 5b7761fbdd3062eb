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
   A list of one shape right after the run ("Q: …" / "A: …", "1) …") is carried into it
   (:mod:`~newscorpus.clean.lists`). The weights are data (:mod:`~newscorpus.clean.weights`).

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
from .captions import credited_captions
from .comments import comment_sections
from .dom import dom_boilerplate
from .language import WORD, guess_language, stopword_density
from .lists import extend_over_list
from .repeats import repeated_blocks
from .rules import DEFAULT_RULES, Page, Rule, Verdict, apply_rules, is_sentence_like
from .teasers import glued_teasers
from .timestamps import is_timestamp, timestamp_lines
from .weights import weights

__all__ = ["Classified", "classify", "reads_as_body"]

_ALL_RULES: tuple[Rule, ...] = (
    *DEFAULT_RULES,
    timestamp_lines,
    glued_teasers,
    credited_captions,
    repeated_blocks,
    dom_boilerplate,
    comment_sections,
)
# Rules that judge by shape alone: their blocks are dropped, but weigh like any short line when
# the body run is chosen, so an article's own list does not cut the article in two.
_SOFT_RULES = frozenset({"nav-run", "url-line"})
# The weights (penalties, stop-word share) are data: newscorpus/data/classifier.json.


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
    words = WORD.findall(text.casefold())
    return stopword_density(words, language) >= weights().min_stopword_share or language is None


def classify(
    blocks: Sequence[Block],
    options: CleanOptions | None = None,
    *,
    rules: Sequence[Rule] = _ALL_RULES,
    extra_rules: Sequence[Rule] = (),
) -> Classified:
    """Decide body and boilerplate for one page's blocks.

    Args:
        blocks: the page's blocks, indexed from 0 in order.
        options: cleaning options (rules to disable, words a body block needs).
        rules: the rules to apply; the default is every shipped rule.
        extra_rules: rules applied after ``rules`` (e.g. a learned model's
            :class:`~newscorpus.clean.TemplateRule`): they name blocks no rule named, and take
            over from a shape-only verdict (``nav-run``), which they make firm.

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
    verdicts = _with_extra(apply_rules(page, rules), apply_rules(page, extra_rules))
    language = guess_language(" ".join(b.text for b in blocks if b.words >= 8)[:20_000])
    good = [
        b.index not in verdicts
        and reads_as_body(b, language=language, min_words=opts.min_body_words)
        for b in blocks
    ]
    hard = {i: v.rule for i, v in verdicts.items() if not _soft(v)}
    # A date inside an inline teaser list still ends the body run, like any timestamp line.
    hard.update(
        (i, "timestamp-line")
        for i, v in verdicts.items()
        if v.detail.startswith("inline:") and is_timestamp(blocks[i].text)
    )
    weigh = weights().score
    scores = [
        weigh(length=len(b.text), rule=hard.get(b.index), good=g)
        for b, g in zip(blocks, good, strict=False)
    ]
    span = _best_run(scores)
    if span is not None:
        span = _extend(blocks, span, good, verdicts)
        soft = verdicts.keys() - hard.keys()
        span = (span[0], extend_over_list(blocks, span[1], named=hard, softly_named=soft))
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


def _with_extra(verdicts: dict[int, Verdict], extra: Mapping[int, Verdict]) -> dict[int, Verdict]:
    """Add the extra rules' verdicts. Over a shape-only verdict the extra one wins: a line a
    learned site template names is surely boilerplate, not the short line of an article's own list
    it may be by shape alone (and the header walk must stop at it, not read it as a headline)."""
    for index, verdict in extra.items():
        current = verdicts.get(index)
        if current is None or current.rule in _SOFT_RULES:
            verdicts[index] = verdict
    return verdicts


def _soft(verdict: Verdict) -> bool:
    return verdict.rule in _SOFT_RULES or verdict.detail.startswith("inline:")


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
