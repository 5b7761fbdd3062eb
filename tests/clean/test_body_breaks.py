"""Body recall in HTML: breaks and marks a CMS writes in its own way still split the story
where the page shows it split.

Every page here is synthetic: it reproduces a pattern, never a real page's text.
"""

from __future__ import annotations

import json

from newscorpus import extract_html
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


SPEC_INTRO = (
    "The county library opened its new reading room on Saturday after a year of building work."
)
SPEC_OUTRO = "The reading room is open every day of the week, and entry is free for every resident."
SPEC_LINES = ["Opening hours", "Monday to Friday", "Nine to six", "Seats", "Forty desks", "Wifi"]


def _spec_page(lines: list[str], *, linked: bool = False) -> str:
    def line(text: str) -> str:
        return f"<p><a href='/x'>{text}</a></p>" if linked else f"<p>{text}</p>"

    return (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<div class='story'><h1>Library opens its reading room</h1>"
        f"<p>{SPEC_INTRO}</p><p>{SPEC_INTRO}</p>{''.join(line(t) for t in lines)}"
        f"<p>{SPEC_OUTRO}</p><p>{SPEC_OUTRO}</p></div>"
        "<footer><p>© 2024 County News</p></footer></body></html>"
    )


def test_short_unlinked_lines_among_the_story_paragraphs_are_kept() -> None:
    art = extract_html(_spec_page(SPEC_LINES))
    assert [p for p in art.paragraphs if p in SPEC_LINES] == SPEC_LINES
    assert not [r for r in art.removed if r.text in SPEC_LINES]


def test_linked_lines_among_the_story_paragraphs_still_go() -> None:
    art = extract_html(_spec_page(SPEC_LINES, linked=True))
    assert not [p for p in art.paragraphs if p in SPEC_LINES]


OPENING = [
    "The river rose above its banks on Tuesday night and flooded the lower streets of the town.",
    "Firefighters moved forty families to the school hall before the water reached their homes.",
]
ENTRY = "The water level at gauge {n} has fallen by {n} centimetres since the early morning hours."


def _split_story(opening: list[str]) -> str:
    entries = "".join(
        f"<div class='entry'><h3>Update {n}</h3><p>{ENTRY.format(n=n)}</p>"
        f"<p>{ENTRY.format(n=n + 20)}</p></div>"
        for n in range(1, 11)
    )
    return (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<article><h1>Flood in the valley</h1><div class='byline'>By A. Writer</div>"
        f"<div class='intro'>{''.join(f'<p>{p}</p>' for p in opening)}</div>"
        f"<div class='entries'>{entries}</div></article>"
        "<footer><p>© 2024 Valley News</p></footer></body></html>"
    )


def test_paragraphs_right_above_the_run_open_the_story() -> None:
    # The story's opening sits in a box of its own above the box that holds most of its prose.
    art = extract_html(_split_story(OPENING))
    assert list(art.paragraphs)[:2] == OPENING


def test_one_paragraph_above_the_run_is_a_standfirst_and_stays_out() -> None:
    art = extract_html(_split_story(OPENING[:1]))
    assert OPENING[0] not in art.paragraphs


PROMPTS = ["Pictures from the scene are below.", "Follow the updates below."]


def _stated_split_story(statement: bool) -> str:
    # A live page: the opening paragraphs above the entries, short prompts among them; the
    # page's JSON-LD states the opening (prompts too) as its article.
    opening = [OPENING[0], PROMPTS[0], OPENING[1], PROMPTS[1]]
    said = " ".join([*opening, *opening])
    head = (
        "<script type='application/ld+json'>"
        + json.dumps({"@type": "NewsArticle", "articleBody": said})
        + "</script>"
        if statement
        else ""
    )
    return _split_story(opening).replace("<html lang='en'>", f"<html lang='en'><head>{head}</head>")


def test_a_line_the_page_states_does_not_cut_the_opening_from_the_entries() -> None:
    art = extract_html(_stated_split_story(statement=True))
    assert list(art.paragraphs)[:4] == [OPENING[0], PROMPTS[0], OPENING[1], PROMPTS[1]]


def test_without_a_statement_the_short_line_still_ends_the_walk_up() -> None:
    art = extract_html(_stated_split_story(statement=False))
    assert OPENING[0] not in art.paragraphs
