"""The decision: which blocks are the article body, and why each other block is not.

Three steps, each explainable:

1. **Rules** (:mod:`~newscorpus.clean.rules`, registered in :mod:`~newscorpus.clean.registry`)
   name boilerplate blocks.
2. **Quality**: a block reads as body text when it has enough words, ends like a sentence, has
   a plausible share of stop words and (in HTML) few links.
3. **Neighbourhood**: body text comes in runs. Each block gets a score — its length when it
   reads as body, a penalty when a rule named it, a small penalty otherwise — and the body is the
   contiguous run with the highest total (the maximum-sum segment). Short lines inside that run
   (sub-headings, one-line answers) stay; everything outside it goes, as ``outside-body``.
   A list of one shape right after the run ("Q: …" / "A: …", "1) …") is carried into it
   (:mod:`~newscorpus.clean.passes.lists`). The weights are data (:mod:`~newscorpus.clean.weights`).
4. **Containers** (HTML only): blocks outside the element that holds most of the page's prose
   (:func:`~newscorpus.clean.rules.dom.main_container`) weigh like named boilerplate; the run is then
   widened to the whole innermost element around its paragraphs, down to the headline; inside
   it, repeats, table rows, plain list items, quoted embeds and linked sentences are excused,
   and text in another ``<article>`` than the story's goes as ``other-article`` (see the HTML
   how-to). Lead paragraphs that open the run in a box of their own stay
   (:mod:`~newscorpus.clean.passes.leads`).

Steps 3 and 4 are the registered passes (:data:`~newscorpus.clean.registry.PASSES`), run in
order on a :class:`~newscorpus.clean.run.BodyRun`.

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
from .language import guess_language_of_parts
from .page import Page, Verdict
from .registry import MARKUP_ORDER, PASSES, TEXT_ORDER, Rule, apply_rules
from .run import SOFT_RULES, BodyRun, prose_checks, reads_as_body, stated_prose
from .statement import ArticleStatement

__all__ = ["Classified", "classify", "reads_as_body"]


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


def classify(
    blocks: Sequence[Block],
    options: CleanOptions | None = None,
    *,
    rules: Sequence[Rule] = TEXT_ORDER,
    extra_rules: Sequence[Rule] = (),
    statement: ArticleStatement | None = None,
) -> Classified:
    """Decide body and boilerplate for one page's blocks.

    Args:
        blocks: the page's blocks, indexed from 0 in order.
        options: cleaning options (rules to disable, words a body block needs).
        rules: the rules to apply; the default is every registered rule
            (:data:`~newscorpus.clean.registry.RULES`).
        extra_rules: rules applied after ``rules`` (e.g. a learned model's
            :class:`~newscorpus.clean.TemplateRule`): they name blocks no rule named, and take
            over from a shape-only verdict (``nav-run``), which they make firm.
        statement: (HTML) what the page says its article is (its JSON-LD ``articleBody``, the
            element it marks ``itemprop="articleBody"``): a paragraph it vouches for reads as
            body even without the stop words of the language guessed for the page.

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
    markup = bool(blocks) and bool(blocks[0].ancestors)
    if rules is TEXT_ORDER and markup:
        rules = MARKUP_ORDER
    # The guess first: it splits the paragraphs into words, which the phrase rules then reuse.
    language = guess_language_of_parts(b.text for b in blocks if b.words >= 8)
    verdicts = _with_extra(apply_rules(page, rules), apply_rules(page, extra_rules))
    # Page.prose has judged the words and the sentence end (reads_as_body's first tests, with
    # the same least number of words): only the links and the stop words are left to check.
    good = [
        prose and b.index not in verdicts and prose_checks(b, language)
        for b, prose in zip(blocks, page.prose, strict=True)
    ]
    stated: tuple[bool, ...] = ()
    told: tuple[bool, ...] = ()
    if statement is not None and markup and not statement.empty:
        told = statement.told(blocks) if statement.tells_parts else ()
        stated = statement.marks(blocks, told or None)  # the parts' verdicts read once
        good = [
            ok or (said and prose and b.index not in verdicts and stated_prose(b))
            for b, ok, said, prose in zip(blocks, good, stated, page.prose, strict=True)
        ]
    run = BodyRun(
        page=page,
        language=language,
        good=good,
        verdicts=verdicts,
        stated=stated,
        told=told,
        stated_elements=statement.elements if statement is not None else frozenset(),
    )
    for step in PASSES:
        if step.applies(run):
            run = step.step(run)
    start, end = run.span if run.span else (None, None)
    return Classified(
        blocks=tuple(blocks), verdicts=run.verdicts, start=start, end=end, language=language
    )


def _with_extra(verdicts: dict[int, Verdict], extra: Mapping[int, Verdict]) -> dict[int, Verdict]:
    """Add the extra rules' verdicts. Over a shape-only verdict the extra one wins: a line a
    learned site template names is surely boilerplate, not the short line of an article's own list
    it may be by shape alone (and the header walk must stop at it, not read it as a headline)."""
    for index, given in extra.items():
        current = verdicts.get(index)
        if current is None or current.rule in SOFT_RULES:
            verdicts[index] = given
    return verdicts
