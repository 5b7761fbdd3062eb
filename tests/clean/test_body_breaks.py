"""Body recall in HTML: breaks and marks a CMS writes in its own way still split the story
where the page shows it split.

Every page here is synthetic: it reproduces a pattern, never a real page's text.
"""

from __future__ import annotations

from newscorpus.htmlblocks import parse_html


def test_an_empty_span_classed_as_a_break_ends_the_block() -> None:
    html = (
        "<body><div class='story'>The mill closed in spring after ninety years of work."
        "<span class='cms-part br'></span><span class='strong'>A town without its mill</span>"
        "<span class='br'></span>Most of the workers have found jobs in the valley since then."
        "</div></body>"
    )
    texts = [b.text for b in parse_html(html).blocks]
    assert texts == [
        "The mill closed in spring after ninety years of work.",
        "A town without its mill",
        "Most of the workers have found jobs in the valley since then.",
    ]


def test_a_span_classed_as_a_break_that_holds_text_does_not_split() -> None:
    # Only an empty element is a break: a class word on a span with words in it is styling.
    html = "<body><p>The mill <span class='br'>closed</span> in spring.</p></body>"
    assert [b.text for b in parse_html(html).blocks] == ["The mill closed in spring."]


def test_a_long_run_of_break_spans_costs_no_blocks() -> None:
    html = "<body><p>Rain." + "<span class='br'></span>" * 5000 + "Sun.</p></body>"
    assert [b.text for b in parse_html(html).blocks] == ["Rain.", "Sun."]
