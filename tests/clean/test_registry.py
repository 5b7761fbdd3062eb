"""The registry of cleaning rules and passes, the rule-name constants, and the options' check of
rule names."""

from __future__ import annotations

import pytest

from newscorpus import BoilerplateModel, CleanOptions, rule_names
from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import classify
from newscorpus.clean.page import Page
from newscorpus.clean.registry import (
    DEFAULT_RULES,
    MARKUP_ORDER,
    PASSES,
    RULE_NAMES,
    RULES,
    SUPPLIED_RULE_NAMES,
    TEXT_ORDER,
    rules_named,
)
from newscorpus.clean.rules import (
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
from newscorpus.errors import NewsCorpusError, OptionsError
from newscorpus.htmlblocks import parse_html
from newscorpus.options import TemplateModel
from newscorpus.testing import build_page, sample_pages


def _pages() -> list[list[Block]]:
    """The bundled sample pages and a page with boilerplate planted, cut into blocks."""
    pages = [
        parse_html(content).blocks if name.endswith(".html") else text_to_blocks(content)
        for name, content in sorted(sample_pages().items())
    ]
    planted = build_page(
        title="Bridge reopens",
        body=["The bridge reopened on Monday after two long years of repairs. " * 3],
        footer=["Share this", "© 2024 Valley Courier", "Home | World | Sport"],
    )
    return [*pages, text_to_blocks(planted)]


def test_declared_rule_names_are_the_constants() -> None:
    assert RULE_NAMES == rule_names.ALL
    assert len(rule_names.ALL) == 30
    constants = {
        value
        for name, value in vars(rule_names).items()
        if name.isupper() and name != "ALL" and isinstance(value, str)
    }
    assert constants == rule_names.ALL
    assert set(rule_names.__all__) == {n for n in vars(rule_names) if n.isupper()}


def test_registry_names_are_unique() -> None:
    assert len({entry.name for entry in RULES}) == len(RULES)
    assert len({step.name for step in PASSES}) == len(PASSES)
    assert {rule_names.LEARNED_TEMPLATE} == SUPPLIED_RULE_NAMES


def test_rule_order_for_text_and_markup() -> None:
    # The order in which classify() applies the rules: the first verdict on a block names it.
    text = (
        phrase_rules,
        copyright_lines,
        shape_rules,
        stray_captions,
        related_lists,
        author_boxes,
        nav_runs,
        timestamp_lines,
        glued_teasers,
        credited_captions,
        numbered_captions,
        repeated_blocks,
        dom_boilerplate,
        comment_sections,
    )
    assert text == TEXT_ORDER
    # In HTML a repeat is judged last (its verdict may be pardoned inside the container).
    assert (*[r for r in text if r is not repeated_blocks], repeated_blocks) == MARKUP_ORDER
    assert text[:7] == DEFAULT_RULES
    assert rules_named("repeats", "dom") == (repeated_blocks, dom_boilerplate)
    with pytest.raises(KeyError):
        rules_named("no-such-rule")


def test_pass_order() -> None:
    assert [step.name for step in PASSES] == [
        "page-wrapper",
        "body-run",
        "plain-lines",
        "embeds",
        "closing-list",
        "container",
        "wrapper-words",
        "other-articles",
        "author-bios",
        "leads",
        "stated-reach",
        "outside-body",
    ]


def test_every_verdict_carries_a_declared_name() -> None:
    seen: set[str] = set()
    for blocks in _pages():
        page = Page.of(blocks)
        for entry in RULES:
            for verdict in entry.rule(page):
                assert verdict.rule in entry.emits, (entry.name, verdict)
        for verdict in classify(blocks).verdicts.values():
            assert verdict.rule in rule_names.ALL
            seen.add(verdict.rule)
    assert {rule_names.SHARE_PROMPT, rule_names.OUTSIDE_BODY} <= seen


def test_every_known_rule_can_be_disabled() -> None:
    assert CleanOptions(disabled_rules=rule_names.ALL).disabled_rules == rule_names.ALL
    assert CleanOptions(disabled_rules=[rule_names.NAV_RUN]).disabled_rules == {"nav-run"}


@pytest.mark.parametrize(
    "bad",
    [
        {"no-such-rule"},
        {"share-promt"},  # a misspelling
        {""},
        {"share-prompt", "Share-Prompt"},  # names are case-sensitive
        "share-prompt",  # a string is read as its characters
    ],
)
def test_unknown_rule_names_are_rejected(bad: object) -> None:
    with pytest.raises(OptionsError) as caught:
        CleanOptions(disabled_rules=bad)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("disabled_rules: no rule is named ")
    assert all(name in message for name in rule_names.ALL)
    assert isinstance(caught.value, NewsCorpusError)


def test_the_message_names_the_unknown_rule() -> None:
    with pytest.raises(OptionsError, match=r"no rule is named 'no-such-rule'; the rules are: ad-"):
        CleanOptions(disabled_rules={"no-such-rule"})


def test_boilerplate_is_typed_by_a_protocol() -> None:
    model = BoilerplateModel(sites=())
    assert isinstance(model, TemplateModel)
    assert CleanOptions(boilerplate=model).boilerplate is model
    with pytest.raises(
        OptionsError, match=r"^boilerplate must be a BoilerplateModel or None, not dict$"
    ):
        CleanOptions(boilerplate={})  # type: ignore[arg-type]
