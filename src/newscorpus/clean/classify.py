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
4. **Containers** (HTML only): blocks outside the element that holds most of the page's prose
   (:func:`~newscorpus.clean.dom.main_container`) weigh like named boilerplate; the run is then
   widened to the whole innermost element around its paragraphs, down to the headline; inside
   it, repeats, table rows, plain list items, quoted embeds and linked sentences are excused,
   and text in another ``<article>`` than the story's goes as ``other-article`` (see the HTML
   how-to). Lead paragraphs that open the run in a box of their own stay
   (:mod:`~newscorpus.clean.leads`).

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
from .articles import other_articles
from .bios import author_bios
from .captions import credited_captions, numbered_captions
from .comments import comment_sections
from .dom import dom_boilerplate, main_container
from .language import casefold_words, guess_language_of_parts, stopword_density
from .leads import lead_paragraphs, standfirst_paragraphs
from .lists import extend_over_list
from .pardons import pardon_page_wrapper, pardon_wrapper_words
from .repeats import repeated_blocks
from .rules import (
    DEFAULT_RULES,
    Page,
    Rule,
    Verdict,
    apply_rules,
    is_sentence_like,
    shared_verdict,
)
from .teasers import glued_teasers
from .timestamps import is_timestamp, timestamp_lines
from .weights import weights

__all__ = ["Classified", "classify", "reads_as_body"]

_ALL_RULES: tuple[Rule, ...] = (
    *DEFAULT_RULES,
    timestamp_lines,
    glued_teasers,
    credited_captions,
    numbered_captions,
    repeated_blocks,
    dom_boilerplate,
    comment_sections,
)
# In HTML a repeat is judged last: inside the article's container its verdict may be pardoned
# (see _pardon), and then whatever else a rule says about the block must still stand.
_HTML_RULES: tuple[Rule, ...] = (
    *DEFAULT_RULES,
    timestamp_lines,
    glued_teasers,
    credited_captions,
    numbered_captions,
    dom_boilerplate,
    comment_sections,
    repeated_blocks,
)
# Rules that judge by shape alone: their blocks are dropped, but weigh like any short line when
# the body run is chosen, so an article's own list does not cut the article in two. An ad
# disclosure too: it often sits inside the article, above a list of offers.
_SOFT_RULES = frozenset({"nav-run", "url-line", "figure-caption", "ad-disclosure"})
# The weights (penalties, stop-word share) are data: newscorpus/data/classifier.json.
_HEADLINE_TAGS = frozenset({"h1"})
_DATELINE_WORDS = 30
_DATE_OPENING = 40  # a date that opens a line is found within its first characters
_HEADER_WORDS = frozenset({"byline", "author", "date", "time", "headline", "title"})


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
    return _dense(block, language)


def _reads_as_prose(block: Block, language: str | None) -> bool:
    """The tests of ``good`` left after :attr:`Page.prose` has judged the words and the sentence
    end: few links, no headline (metadata, however much it reads like a sentence; text blocks
    have no tag), and the stop words of prose."""
    return (
        not block.link_density > 0.4 and block.tag not in _HEADLINE_TAGS and _dense(block, language)
    )


def _dense(block: Block, language: str | None) -> bool:
    """The last test of :func:`reads_as_body`: a share of stop words as prose has."""
    text = block.text
    if len(text) > 50_000:
        return True  # a huge block: density would cost time and tells nothing more
    return (
        stopword_density(casefold_words(text), language) >= weights().min_stopword_share
        or language is None
    )


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
    if rules is _ALL_RULES and blocks and blocks[0].ancestors:
        rules = _HTML_RULES
    # The guess first: it splits the paragraphs into words, which the phrase rules then reuse.
    language = guess_language_of_parts(b.text for b in blocks if b.words >= 8)
    verdicts = _with_extra(apply_rules(page, rules), apply_rules(page, extra_rules))
    # Page.prose has judged the words and the sentence end (reads_as_body's first tests, with
    # the same least number of words): only the links and the stop words are left to check.
    good = [
        prose and b.index not in verdicts and _reads_as_prose(b, language)
        for b, prose in zip(blocks, page.prose, strict=True)
    ]
    if blocks and blocks[0].ancestors:
        # A block its wrapper's word no longer names may read as prose now.
        good, verdicts = pardon_page_wrapper(
            blocks,
            good,
            verdicts,
            reads=lambda b: page.prose[b.index] and _reads_as_prose(b, language),
        )
    places = _places(blocks, good)
    span, verdicts, hard = _run(blocks, good, verdicts, places)
    if span is None and blocks and blocks[0].ancestors:
        # No paragraph reads as prose (a fixture list, a schedule): short plain lines are the
        # article then, found the same way.
        good = [
            i not in verdicts and b.words >= 3 and b.link_density < 0.4
            for i, b in enumerate(blocks)
        ]
        places = _places(blocks, good)
        span, verdicts, hard = _run(blocks, good, verdicts, places)
    if span is not None:
        span = _extend(blocks, span, good, verdicts)
        soft = verdicts.keys() - hard.keys()
        span = (span[0], extend_over_list(blocks, span[1], named=hard, softly_named=soft))
        if blocks[0].ancestors:
            span = _cover(blocks, span, good)
            verdicts = pardon_wrapper_words(blocks, span, good, verdicts)
            verdicts = other_articles(blocks, span, good, verdicts)
            verdicts = author_bios(blocks, span, good, verdicts)
            span, places = _with_leads(blocks, span, verdicts, places, opts.keep_standfirst)
    start, end = span if span else (None, None)
    final = _outside_body(blocks, span, verdicts, places)
    return Classified(blocks=tuple(blocks), verdicts=final, start=start, end=end, language=language)


def _with_leads(
    blocks: Sequence[Block],
    span: tuple[int, int],
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
    standfirst: bool,
) -> tuple[tuple[int, int], list[bool | None]]:
    """The run and the places, the run's opening lead paragraphs (:mod:`~newscorpus.clean.leads`)
    counted inside the container; with ``standfirst``, the run opened up to the standfirst."""
    leads = lead_paragraphs(blocks, span, verdicts, places)
    if standfirst:
        above = standfirst_paragraphs(blocks, span, verdicts)
        leads |= above
        span = (min(above, default=span[0]), span[1])
    if not leads:
        return span, list(places)
    return span, [True if i in leads else place for i, place in enumerate(places)]


def _outside_body(
    blocks: Sequence[Block],
    span: tuple[int, int] | None,
    verdicts: Mapping[int, Verdict],
    places: Sequence[bool | None],
) -> dict[int, Verdict]:
    """The verdicts with ``outside-body`` added, in page order, for every block no rule named
    that lies outside the body run or (HTML) outside the article's container."""
    final = dict(verdicts)
    first, last = span if span else (1, 0)  # an empty range when no body was found
    if False in places:
        for block in blocks:
            index = block.index
            if index not in final and (not first <= index <= last or places[index] is False):
                final[index] = shared_verdict(index, "outside-body")
        return final
    # Nothing lies outside a container (text has none): only the blocks before and after the
    # run are looked at, not every block of the page (a block's index is its position).
    count = len(blocks)
    for index in (*range(min(first, count)), *range(last + 1, count)):
        if index not in final:
            final[index] = shared_verdict(index, "outside-body")
    return final


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
                hard[i] = "timestamp-line"
        elif v.rule not in _SOFT_RULES:
            hard[i] = v.rule
    # A block's weight in the run; in HTML, outside the article's container weighs like a
    # named block, and a short line inside it is nearly free (a list item, a sub-heading).
    rules = [hard.get(b.index) for b in blocks]
    if False in places:
        rules = [
            "outside-container" if rule is None and place is False else rule
            for rule, place in zip(rules, places, strict=True)
        ]
    inside = [bool(place) for place in places] if True in places else [False] * len(places)
    scores = weights().scores([len(b.text) for b in blocks], rules, good, inside)
    return _best_run(scores), verdicts, hard


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


# How far (in blocks) the run is carried over an embed to more of its paragraphs: a video
# player or gallery with its own "Up next" list runs to several dozen blocks.
_MAX_GAP = 60


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
        # A teaser list the body resumes after ("inline:") is inside the article, no end of it.
        if (
            verdict is not None
            and verdict.rule in _BOUNDARIES
            and not verdict.detail.startswith("inline:")
        ):
            break
        if good[index] and blocks[index].path in paths:
            last = index
        index += step
    return last


def _with_extra(verdicts: dict[int, Verdict], extra: Mapping[int, Verdict]) -> dict[int, Verdict]:
    """Add the extra rules' verdicts. Over a shape-only verdict the extra one wins: a line a
    learned site template names is surely boilerplate, not the short line of an article's own list
    it may be by shape alone (and the header walk must stop at it, not read it as a headline)."""
    for index, given in extra.items():
        current = verdicts.get(index)
        if current is None or current.rule in _SOFT_RULES:
            verdicts[index] = given
    return verdicts


def _cover(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
) -> tuple[int, int]:
    """Widen the body run (HTML) to the whole element that holds its paragraphs: list lines,
    tables and short paragraphs before or after the prose are the article's too. Backwards it
    stops below the headline (the title, byline and date above it are read as metadata).
    Blocks a rule named stay dropped."""
    core = _common_ancestor([blocks[i] for i in range(span[0], span[1] + 1) if good[i]])
    if core is None:
        return span
    first, last = span
    while first > 0 and core in blocks[first - 1].ancestors and not _headline(blocks[first - 1]):
        first -= 1
    index = last + 1
    while index < len(blocks):
        if core in blocks[index].ancestors:
            last = index
        index += 1
    return first, last


def _common_ancestor(blocks: Sequence[Block]) -> int | None:
    """The innermost element around all ``blocks`` (by their ancestor serial numbers), and
    never a paragraph's own element: one paragraph alone stands for the box it sits in."""
    if not blocks or not blocks[0].ancestors:
        return None
    first = blocks[0].ancestors
    shared = len(first) - 1
    for block in blocks[1:]:
        other = block.ancestors[:-1]
        shared = min(shared, len(other))
        while shared and first[shared - 1] != other[shared - 1]:
            shared -= 1
    return first[shared - 1] if shared else None


def _headline(block: Block) -> bool:
    """Part of the header cluster above the story: a headline, a byline, date or title box by
    its class, a date line (a relative one, "3 hours ago", included), or a short line that opens
    with a date and is no sentence ("05.02.2020 - Redaktion: Ann Lee")."""
    # Imported here: newscorpus.meta reads classified pages, so it imports this module.
    from ..shapes import find_dates, looks_like_dateline  # noqa: PLC0415 (import cycle)

    if block.tag in _HEADLINE_TAGS or not _HEADER_WORDS.isdisjoint(block.attr_words):
        return True
    if block.words > _DATELINE_WORDS:
        return False
    if looks_like_dateline(block.text) or is_timestamp(block.text):  # "3 hours ago" too
        return True
    opening = find_dates(block.text[:_DATE_OPENING], allow_future=True, min_year=1)
    return bool(opening) and opening[0].start == 0 and not is_sentence_like(block.text)


def _places(blocks: Sequence[Block], good: Sequence[bool]) -> list[bool | None]:
    """For HTML, whether each block sits inside the article's container
    (:func:`~newscorpus.clean.dom.main_container`); ``None`` for text, which has no containers."""
    if not blocks or not blocks[0].ancestors:
        return [None] * len(blocks)
    weights = [len(b.text) if g else 0 for b, g in zip(blocks, good, strict=False)]
    container = main_container(blocks, weights)
    if container is None:
        return [None] * len(blocks)
    return [container in b.ancestors for b in blocks]


# Verdicts that judge a block by its echo elsewhere or by its shape; inside the article's own
# container a repeated caption or a run of short list lines is the article's.
_PARDONED_INSIDE = frozenset({"repeated-block"})


def _pardon(verdicts: dict[int, Verdict], places: Sequence[bool | None]) -> dict[int, Verdict]:
    if True not in places:
        return dict(verdicts)  # nothing inside a container (text has none): nothing pardoned
    return {i: v for i, v in verdicts.items() if not (places[i] and v.rule in _PARDONED_INSIDE)}


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
