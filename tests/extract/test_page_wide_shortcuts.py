"""The shortcuts that keep a page of tens of thousands of blocks fast (issue 16) give the
answers of the plain definitions they stand in for.

Each shortcut answers in libxml2 or in one search what was asked element by element or block
by block; these tests hold each to its definition, on small pages and generated trees. No
timing assertions: ``benchmarks/hostile.py`` measures the speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import extract_html
from newscorpus.clean.page import Page, shared_verdict, verdict
from newscorpus.clean.rules.dom import dom_boilerplate
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors import unmarked
from newscorpus.meta.authors.unmarked import _byline_paragraph, _last_paragraphs
from newscorpus.meta.dates.markup import _from_elements
from newscorpus.meta.dates.text import _may_be_dated
from newscorpus.options import MetaOptions
from newscorpus.shapes.relative import day_words_pattern

SENTENCE = "The council voted on Monday to back the plan for the river banks, officials said."
STORY = f"<p>{SENTENCE}</p>" * 3


def _last_paragraphs_by_siblings(root: Any) -> Iterator[Any]:
    """The definition: each ``<p>`` that no ``<p>`` follows among its siblings."""
    for element in root.iter("p"):
        following = element.getnext()
        while following is not None and following.tag != "p":
            following = following.getnext()
        if following is None:
            yield element


_TAGS = st.sampled_from(["p", "div", "span", "section", "i"])
_TREES = st.recursive(
    st.just("x"),
    lambda inner: st.builds(
        lambda tags, parts: "".join(f"<{t}>{p}</{t}>" for t, p in zip(tags, parts, strict=False)),
        st.lists(_TAGS, min_size=1, max_size=4),
        st.lists(inner, min_size=1, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_TREES, st.booleans())
def test_last_paragraphs_match_the_sibling_definition(tree: str, wrapped: bool) -> None:
    html = f"<div>{tree}</div>" if wrapped else tree
    root = lxml.html.fromstring(html or "<p>x</p>")
    assert _last_paragraphs(root) == list(_last_paragraphs_by_siblings(root))


def test_last_paragraphs_take_a_paragraph_root() -> None:
    assert [p.text for p in _last_paragraphs(lxml.html.fromstring("<p>alone</p>"))] == ["alone"]


_PIECES = st.sampled_from(["a", "b", " ", "y", "1", "٣", "\u00a0", "heute", "today", "Wort"])
_TEXTS = st.lists(st.lists(_PIECES, max_size=6).map("".join), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_may_be_dated_matches_a_search_of_each_text(texts: list[str]) -> None:
    expected = {
        i
        for i, text in enumerate(texts)
        if re.search(r"\d", text) or day_words_pattern().search(text)
    }
    assert _may_be_dated(texts) == expected


def test_header_dates_are_found_among_many_undated_lines() -> None:
    page = "<body>" + "<p>word</p>" * 300 + "<p>3 May 2024</p>" + STORY
    article = extract_html(page)
    assert article.published is not None and article.published.day == 3


def test_byline_paragraph_reads_leaves_and_nested_elements() -> None:
    one_word_lines = "<p>word</p>" * 50
    for line in (
        "<p>By Ann Lee</p>",
        "<div><span>By</span> <b>Ann Lee</b></div>",
        "<small>04.02.2022 | Ann Lee</small>",
    ):
        byline = _byline_paragraph(parse_html(f"<body>{one_word_lines}{line}{STORY}").root)
        assert byline is not None and byline.authors == ("Ann Lee",), line


def test_byline_paragraph_passes_over_one_word_lines() -> None:
    assert _byline_paragraph(parse_html("<body>" + "<p>Lee</p>" * 20 + STORY).root) is None


def test_marked_date_elements_are_read_and_unmarked_ones_are_not() -> None:
    root = parse_html(
        "<body><time>3 May 2024</time><span>4 May 2024</span>"
        '<span class="date">5 May 2024</span><p itemprop="datePublished">6 May 2024</p></body>'
    ).root
    found = [(c.rule, c.raw) for c in _from_elements(root, MetaOptions())]
    assert found == [
        ("time-datetime", "3 May 2024"),
        ("date", "5 May 2024"),
        ("datepublished", "6 May 2024"),
    ]


def test_parsed_elements_are_lxml_html_elements() -> None:
    root = parse_html("<body><form><label>Name</label><input name='q'></form><p>Hi</p></body>").root
    assert root is not None
    assert all(isinstance(e, lxml.html.HtmlElement) for e in root.iter())
    assert root.find(".//form").text_content() == "Name"


def test_shared_verdicts_far_down_a_page_equal_built_ones() -> None:
    for block in (3, 8_191, 8_192, 120_000):
        assert shared_verdict(block, "nav-run", "x") == verdict(block, "nav-run", "x")


def test_dom_rule_names_each_block_of_a_shared_path() -> None:
    html = "<body><nav>" + "<p>Home</p>" * 3 + "</nav><figure><p>A ferry</p></figure>" + STORY
    blocks = parse_html(html).blocks
    named = {v.block: (v.rule, v.detail) for v in dom_boilerplate(Page.of(blocks))}
    assert [named.get(b.index) for b in blocks] == [
        ("dom-boilerplate", "nav"),
        ("dom-boilerplate", "nav"),
        ("dom-boilerplate", "nav"),
        ("figure-caption", "p"),
        None,
        None,
        None,
    ]


def test_link_density_of_blocks_with_and_without_links() -> None:
    blocks = parse_html("<body><p>Rain <a href='#'>fell</a>.</p><p>Plain text.</p></body>").blocks
    assert [round(b.link_density, 2) for b in blocks] == [0.44, 0.0]
    assert isinstance(blocks[1].link_density, float)


def test_byline_lines_test_the_children_before_the_text() -> None:
    # In the other order each of the 2,048 nested <div>s libxml2 builds from unclosed ones had
    # all the text below it read: seconds, where this order takes milliseconds.
    for branch in unmarked._SHORT_BLOCKS_XPATH.split(" | "):
        assert branch.index(unmarked._NO_BLOCK_CHILD) < branch.index("(.")
    html = "".join(f"<div>line {i} of the story" for i in range(3_000))
    assert _byline_paragraph(parse_html(html).root) is None
