"""The named steps of cleaning: the rules that name boilerplate and the passes of the decision.

Two contracts, one :class:`~typing.Protocol` each:

* a :class:`Rule` takes the :class:`~newscorpus.clean.page.Page` and yields
  :class:`~newscorpus.clean.page.Verdict` s (it only names boilerplate, never decides the body);
  registered as a :class:`NamedRule` with the rule names its verdicts can carry;
* a :class:`Pass` takes the :class:`~newscorpus.clean.run.BodyRun` (the blocks, which read as
  prose, the verdicts, the places, the run) and returns the next one; registered as a
  :class:`NamedPass`, which says when it applies (HTML only; before or after a run is found).

:func:`~newscorpus.clean.classify` applies :data:`RULES` in order (in HTML, a rule
marked ``last_in_markup`` after the others), then runs :data:`PASSES` in order, each where it
applies. A new rule goes in a module of ``newscorpus.clean.rules``, its names in
:mod:`newscorpus.rule_names`, and its entry here.

Example:
    >>> [rule.name for rule in RULES][:3]
    ['phrases', 'copyright', 'shapes']
    >>> [step.name for step in PASSES if step.needs == "a-run"][:3]
    ['embeds', 'closing-list', 'container']
    >>> RULE_NAMES == names.ALL
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

import attrs

from .. import rule_names as names
from .page import Page, Verdict
from .passes.articles import other_articles
from .passes.bios import author_bios
from .passes.container import cover_container
from .passes.embeds import extend_over_embeds
from .passes.leads import with_leads
from .passes.lists import extend_over_list
from .passes.outside import outside_body
from .passes.stated import stated_reach
from .passes.wrappers import pardon_page_wrapper, pardon_wrapper_words
from .phrases import PHRASE_RULES
from .rules import (
    author_boxes,
    comment_sections,
    copyright_lines,
    credited_captions,
    dom_boilerplate,
    glued_teasers,
    nav_runs,
    numbered_captions,
    phrase_rules,
    related_lists,
    repeated_blocks,
    shape_rules,
    stray_captions,
    timestamp_lines,
)
from .run import BodyRun, choose_run, prose_checks
from .thresholds import THRESHOLDS

__all__ = [
    "DEFAULT_RULES",
    "MARKUP_ORDER",
    "PASSES",
    "RULES",
    "RULE_NAMES",
    "SUPPLIED_RULE_NAMES",
    "TEXT_ORDER",
    "NamedPass",
    "NamedRule",
    "Pass",
    "Rule",
    "apply_rules",
    "rules_named",
]


class Rule(Protocol):
    """A cleaning rule: takes a :class:`~newscorpus.clean.page.Page`, yields
    :class:`~newscorpus.clean.page.Verdict` s, at most one per block that counts (the first
    verdict on a block names it). A plain function ``def rule(page: Page) -> Iterable[Verdict]``
    is one.

    Example:
        >>> def shouting(page: Page) -> Iterable[Verdict]:
        ...     return [Verdict(block=b.index, rule="nav-item") for b in page.blocks if b.text.isupper()]
        >>> from newscorpus.blocks import text_to_blocks
        >>> sorted(apply_rules(Page.of(text_to_blocks("MENU\\n\\nThe story.")), [shouting]))
        [0]
    """

    def __call__(self, page: Page, /) -> Iterable[Verdict]:
        """The verdicts on ``page``'s blocks."""
        ...


class Pass(Protocol):
    """A pass of the decision: takes the :class:`~newscorpus.clean.run.BodyRun` and returns the
    next (new verdicts, a wider or narrower run, new places); it never changes its argument.

    Example:
        >>> from newscorpus.clean.run import BodyRun
        >>> def nothing(run: BodyRun) -> BodyRun:
        ...     return run
        >>> step = NamedPass(name="nothing", step=nothing)
        >>> run = BodyRun(page=Page.of([]), language=None, good=[], verdicts={})
        >>> step.applies(run), step.step(run) is run
        (True, True)
    """

    def __call__(self, run: BodyRun, /) -> BodyRun:
        """The run after this pass."""
        ...


@attrs.frozen(kw_only=True)
class NamedRule:
    """A registered rule.

    Attributes:
        name: the rule's name in the registry (a family of verdicts, not a verdict's rule name).
        rule: the rule itself.
        emits: the rule names (:mod:`newscorpus.rule_names`) its verdicts can carry.
        last_in_markup: in HTML, applied after every other rule. Inside the article's container
            a repeat's verdict may be pardoned (see :func:`~newscorpus.clean.run.choose_run`),
            and then whatever else a rule says about the block must still stand.

    Example:
        >>> RULES[0].name, sorted(RULES[0].emits)[:2]
        ('phrases', ['ad-disclosure', 'comment-widget'])
    """

    name: str
    rule: Rule
    emits: frozenset[str]
    last_in_markup: bool = False


@attrs.frozen(kw_only=True)
class NamedPass:
    """A registered pass.

    Attributes:
        name: the pass's name.
        step: the pass itself.
        emits: the rule names of the verdicts it adds (most passes only lift or keep verdicts).
        markup_only: run on HTML pages only (it reads the elements around the blocks).
        needs: ``"anything"``: always run; ``"a-run"``: only once a body run is found;
            ``"no-run"``: only when none was found.

    Example:
        >>> [step.name for step in PASSES if step.needs == "no-run"]
        ['plain-lines']
    """

    name: str
    step: Pass
    emits: frozenset[str] = frozenset()
    markup_only: bool = False
    needs: Literal["anything", "a-run", "no-run"] = "anything"

    def applies(self, run: BodyRun) -> bool:
        """Whether the pass runs at this point of the decision."""
        if self.markup_only and not run.markup:
            return False
        if self.needs == "anything":
            return True
        return (run.span is not None) is (self.needs == "a-run")


RULES: tuple[NamedRule, ...] = (
    NamedRule(
        name="phrases",
        rule=phrase_rules,
        emits=frozenset(rule for rule, _, _ in PHRASE_RULES),
    ),
    NamedRule(name="copyright", rule=copyright_lines, emits=frozenset({names.COPYRIGHT_LINE})),
    NamedRule(
        name="shapes",
        rule=shape_rules,
        emits=frozenset({names.NO_LETTERS, names.URL_LINE, names.MENU_LINE}),
    ),
    NamedRule(name="stray-captions", rule=stray_captions, emits=frozenset({names.IMAGE_CAPTION})),
    NamedRule(name="related-lists", rule=related_lists, emits=frozenset({names.RELATED_LIST})),
    NamedRule(name="author-boxes", rule=author_boxes, emits=frozenset({names.AUTHOR_BOX})),
    NamedRule(name="nav-runs", rule=nav_runs, emits=frozenset({names.NAV_RUN})),
    NamedRule(name="timestamps", rule=timestamp_lines, emits=frozenset({names.TIMESTAMP_LINE})),
    NamedRule(name="teasers", rule=glued_teasers, emits=frozenset({names.TEASER})),
    NamedRule(
        name="credited-captions", rule=credited_captions, emits=frozenset({names.IMAGE_CAPTION})
    ),
    NamedRule(
        name="numbered-captions", rule=numbered_captions, emits=frozenset({names.IMAGE_CAPTION})
    ),
    NamedRule(
        name="repeats",
        rule=repeated_blocks,
        emits=frozenset({names.REPEATED_BLOCK}),
        last_in_markup=True,
    ),
    NamedRule(
        name="dom",
        rule=dom_boilerplate,
        emits=frozenset({names.DOM_BOILERPLATE, names.FIGURE_CAPTION, names.LINK_DENSE}),
    ),
    NamedRule(
        name="comment-sections", rule=comment_sections, emits=frozenset({names.COMMENT_SECTION})
    ),
)
"""Every shipped rule, in the order applied to text; the first verdict on a block names it."""

TEXT_ORDER: tuple[Rule, ...] = tuple(entry.rule for entry in RULES)
"""The rules of :data:`RULES` in the order applied to text pages."""

MARKUP_ORDER: tuple[Rule, ...] = tuple(
    [entry.rule for entry in RULES if not entry.last_in_markup]
    + [entry.rule for entry in RULES if entry.last_in_markup]
)
"""The rules of :data:`RULES` in the order applied to HTML pages (``last_in_markup`` ones last)."""

SUPPLIED_RULE_NAMES = frozenset({names.LEARNED_TEMPLATE})
"""Rule names of rules the caller supplies (``classify(extra_rules=...)``): a learned site
template's (:class:`~newscorpus.clean.rules.site_templates.TemplateRule`)."""


def rules_named(*wanted: str) -> tuple[Rule, ...]:
    """The registered rules with these registry names, in the order given.

    Raises:
        KeyError: no rule is registered under one of the names.

    Example:
        >>> rules_named("copyright") == (copyright_lines,)
        True
    """
    by_name = {entry.name: entry.rule for entry in RULES}
    return tuple(by_name[name] for name in wanted)


DEFAULT_RULES: tuple[Rule, ...] = rules_named(
    "phrases", "copyright", "shapes", "stray-captions", "related-lists", "author-boxes", "nav-runs"
)
"""The phrase and shape rules, :func:`apply_rules`' default; :func:`~newscorpus.clean.classify`
applies every rule of :data:`RULES`."""


def apply_rules(page: Page, rules: Sequence[Rule] = DEFAULT_RULES) -> dict[int, Verdict]:
    """Run ``rules`` and keep the first verdict per block, skipping disabled rules.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> sorted(apply_rules(Page.of(text_to_blocks("Previous\\nNext"))))
        [0, 1]
    """
    disabled = page.options.disabled_rules
    verdicts: dict[int, Verdict] = {}
    for rule in rules:
        for verdict in rule(page):
            # The block first: a third of the verdicts name a block already named.
            if verdict.block not in verdicts and verdict.rule not in disabled:
                verdicts[verdict.block] = verdict
    return verdicts


# -- the passes: each maps the run's state to one function's arguments and back ----------------


def _page_wrapper(run: BodyRun) -> BodyRun:
    """Lift the verdicts of the class word the page's wrapper carries (a block its wrapper's
    word no longer names may read as prose now)."""
    page, language = run.page, run.language
    good, verdicts = pardon_page_wrapper(
        run.blocks,
        run.good,
        run.verdicts,
        reads=lambda b: page.prose[b.index] and prose_checks(b, language),
    )
    return attrs.evolve(run, good=good, verdicts=verdicts)


def _plain_lines(run: BodyRun) -> BodyRun:
    """No paragraph reads as prose (a fixture list, a schedule): short plain lines are the
    article then, found the same way."""
    verdicts = run.verdicts
    good = [
        i not in verdicts and b.words >= 3 and b.link_density < THRESHOLDS.prose_links
        for i, b in enumerate(run.blocks)
    ]
    return choose_run(attrs.evolve(run, good=good))


def _embeds(run: BodyRun) -> BodyRun:
    if run.span is None:  # never: the pass needs a run
        return run
    span = extend_over_embeds(run.blocks, run.span, run.good, run.verdicts)
    return attrs.evolve(run, span=span)


def _closing_list(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    soft = run.verdicts.keys() - run.named.keys()
    end = extend_over_list(run.blocks, run.span[1], named=run.named, softly_named=soft)
    return attrs.evolve(run, span=(run.span[0], end))


def _container(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    return attrs.evolve(run, span=cover_container(run.blocks, run.span, run.good))


def _wrapper_words(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    verdicts = pardon_wrapper_words(run.blocks, run.span, run.good, run.verdicts)
    return attrs.evolve(run, verdicts=verdicts)


def _other_articles(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    verdicts = other_articles(run.blocks, run.span, run.good, run.verdicts)
    return attrs.evolve(run, verdicts=verdicts)


def _author_bios(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    return attrs.evolve(run, verdicts=author_bios(run.blocks, run.span, run.good, run.verdicts))


def _leads(run: BodyRun) -> BodyRun:
    if run.span is None:
        return run
    standfirst = run.page.options.keep_standfirst
    span, places = with_leads(
        run.blocks, run.span, run.verdicts, run.places, standfirst=standfirst, stated=run.stated
    )
    return attrs.evolve(run, span=span, places=places)


def _stated_reach(run: BodyRun) -> BodyRun:
    """Carry the run over the lines the page states line by line (a recipe's ingredients)."""
    if run.span is None or not run.told:
        return run
    span, verdicts, places = stated_reach(run.blocks, run.span, run.told, run.verdicts, run.places)
    return attrs.evolve(run, span=span, verdicts=verdicts, places=places)


def _outside_body(run: BodyRun) -> BodyRun:
    verdicts = outside_body(run.blocks, run.span, run.verdicts, run.places)
    return attrs.evolve(run, verdicts=verdicts)


PASSES: tuple[NamedPass, ...] = (
    NamedPass(name="page-wrapper", step=_page_wrapper, markup_only=True),
    NamedPass(name="body-run", step=choose_run),
    NamedPass(name="plain-lines", step=_plain_lines, markup_only=True, needs="no-run"),
    NamedPass(name="embeds", step=_embeds, needs="a-run"),
    NamedPass(name="closing-list", step=_closing_list, needs="a-run"),
    NamedPass(name="container", step=_container, markup_only=True, needs="a-run"),
    NamedPass(name="wrapper-words", step=_wrapper_words, markup_only=True, needs="a-run"),
    NamedPass(
        name="other-articles",
        step=_other_articles,
        emits=frozenset({names.OTHER_ARTICLE, names.OUTSIDE_ARTICLE}),
        markup_only=True,
        needs="a-run",
    ),
    NamedPass(
        name="author-bios",
        step=_author_bios,
        emits=frozenset({names.AUTHOR_BOX}),
        markup_only=True,
        needs="a-run",
    ),
    NamedPass(name="leads", step=_leads, markup_only=True, needs="a-run"),
    NamedPass(
        name="stated-reach",
        step=_stated_reach,
        emits=frozenset({names.OUTSIDE_BODY}),
        markup_only=True,
        needs="a-run",
    ),
    NamedPass(name="outside-body", step=_outside_body, emits=frozenset({names.OUTSIDE_BODY})),
)
"""The decision's passes in order. They lift the wrapper's class word (HTML), choose the body run
(:func:`~newscorpus.clean.run.choose_run`), or else a run of short plain lines (HTML); carry it
over embeds and a closing list, widen it to its container (HTML), excuse what the wrapper's
markup explains, name other articles and author bios, take in the leads and the lines the page
states line by line (a recipe's ingredients); last, everything outside the run goes as
``outside-body``."""

RULE_NAMES: frozenset[str] = frozenset().union(
    *(entry.emits for entry in RULES), *(step.emits for step in PASSES), SUPPLIED_RULE_NAMES
)
"""Every rule name the registered rules and passes (and a supplied template rule) can emit."""
