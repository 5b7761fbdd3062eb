"""Titles and publishers from HTML markup: site names stripped, <h1> against the markup."""

from __future__ import annotations

import pytest

from newscorpus import extract_html
from newscorpus.meta.markup import strip_site_name
from newscorpus.meta.publisher import copyright_holder
from newscorpus.meta.titles.choose import TitlePick, pick_title

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _page(head: str, body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Ferries return | Valley Courier", None, "Ferries return"),
        ("Ferries return - Valley Courier", "Valley Courier", "Ferries return"),
        ("Valley Courier: Ferries return", "Valley Courier", "Ferries return"),
        ("Ferries return – valleycourier.com", "valleycourier.com", "Ferries return"),
        ("Ferries return - VALLEY-COURIER", "valley-courier.de", "Ferries return"),
        ("Storm - what we know so far", None, "Storm - what we know so far"),
        ("Ferries return", "Valley Courier", "Ferries return"),
    ],
)
def test_strip_site_name(title: str, site: str | None, expected: str) -> None:
    assert strip_site_name(title, site) == expected


def test_title_with_and_without_site_suffix_agree_on_the_h1() -> None:
    head = "<title>Ferries return to the bay | Valley Courier</title>"
    art = extract_html(_page(head, "<h1>Ferries return to the bay</h1>"))
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].source == "html:h1"


def test_logo_h1_is_not_the_headline() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Courier">'
        "<title>Ferries return to the bay - Valley Courier</title>"
    )
    art = extract_html(_page(head, "<h1>Valley Courier</h1>"))
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].source == "html:title"


def test_kicker_in_h1_is_left_out() -> None:
    head = '<meta property="og:title" content="Ferries return to the bay">'
    art = extract_html(_page(head, "<h1><span>Harbour</span> Ferries return to the bay</h1>"))
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].rule == "og:title:markup-without-kicker"


def test_jsonld_headline_and_og_title_disagree_jsonld_wins() -> None:
    head = (
        '<meta property="og:title" content="Share: ferries are back">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Ferries return to the bay"}</script>'
    )
    art = extract_html(_page(head))
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].source == "html:json-ld"


def test_h1_reworded_but_agreeing_wins() -> None:
    head = '<meta property="og:title" content="Ferries return to the bay">'
    art = extract_html(_page(head, "<h1>Ferries return to the bay after ten years</h1>"))
    assert art.title == "Ferries return to the bay after ten years"


def test_entities_in_jsonld_headline_are_decoded() -> None:
    head = '<script type="application/ld+json">{"@type": "Article", "headline": "Ferries &amp; fares"}</script>'
    assert extract_html(_page(head)).title == "Ferries & fares"


def test_only_h1_wins_over_a_search_engine_title() -> None:
    head = "<title>Cheap ferry tickets 2024 - compare now</title>"
    art = extract_html(_page(head, "<h1>How the ferry timetable changes this winter</h1>"))
    assert art.title == "How the ferry timetable changes this winter"
    assert art.provenance["title"].rule == "h1-alone"


def test_several_unrelated_h1s_leave_the_markup_title() -> None:
    head = "<title>Ferries return to the bay</title>"
    art = extract_html(_page(head, "<h1>Weather</h1><h1>Markets today</h1>"))
    assert art.title == "Ferries return to the bay"


def test_h1_linking_home_is_a_logo() -> None:
    head = "<title>Harbour Log » Ferries return to the bay</title>"
    art = extract_html(_page(head, "<h1><a href='/'>Harbour Log</a></h1>"))
    assert art.title == "Ferries return to the bay"


def test_pick_title_edge_cases() -> None:
    assert pick_title([], []) is None
    assert pick_title(["  "], []) is None
    assert pick_title([], ["Valley Courier"], sites=("Valley Courier",)) is None
    assert pick_title(["A title"], [""]) == TitlePick(text="A title", rule="markup")


def test_publisher_precedence_og_site_name_then_the_host() -> None:
    """og:site_name (the brand) before the JSON-LD publisher (often the company); the one that
    spells the host before both."""
    head = (
        '<meta property="og:site_name" content="Courier Online">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "publisher": {"@type": "Organization", "name": "Valley Courier"}}</script>'
    )
    art = extract_html(_page(head))
    assert art.source == "Courier Online"
    assert art.provenance["source"].rule == "og:site_name"
    art = extract_html(_page(head), url="https://www.valleycourier.com/a/1")
    assert art.source == "Valley Courier"
    assert art.provenance["source"].rule == "publisher.name+host"


def test_publisher_from_title_segment_then_host() -> None:
    art = extract_html(_page("<title>Ferries return to the bay | Valley Courier</title>"))
    assert art.source == "Valley Courier"
    assert art.provenance["source"].rule == "title-site-segment"
    bare = extract_html(_page("<title>Ferries return</title>"), url="https://www.courier.example/a")
    assert bare.source == "courier.example"
    assert bare.provenance["source"].source == "url"


def test_publisher_from_copyright_line_beats_host() -> None:
    page = _page(
        "<title>Ferries return</title>", "<footer><p>Copyright (c) 2012- Harbour Log</p></footer>"
    )
    art = extract_html(page, url="https://harbour.example/a")
    assert art.source == "Harbour Log"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright (c) 2012- Harbour Log. All rights reserved.", "Harbour Log"),
        ("(c) Ann Lee • Impressum", "Ann Lee"),
        ("© 2019–2023 Harbour Ledger Ltd. All Rights Reserved", "Harbour Ledger Ltd"),
        ("All rights reserved.", None),
    ],
)
def test_copyright_holder(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_site_segment_matches_host_despite_accents() -> None:
    page = _page("<title>Ferries return to the bay - Le Courrier Côtier</title>")
    art = extract_html(page, url="https://www.lecourriercotier.example/a/1")
    assert art.title == "Ferries return to the bay"
    assert art.source == "Le Courrier Côtier"


def test_site_segment_is_what_the_title_adds_to_the_headline() -> None:
    page = _page("<title>Harbour Log Weekly | Ferries return</title>", "<h1>Ferries return</h1>")
    art = extract_html(page)
    assert art.title == "Ferries return"
    assert art.source == "Harbour Log Weekly"


@pytest.mark.parametrize(
    "h1",
    [
        '<h1><span class="dachzeile">Harbour</span> <span class="headline">Ferries return</span></h1>',
        '<h1><div class="topic-label">Harbour</div> Ferries return</h1>',
        "<h1>Ferries return<br><small>3 May 2024 • Harbour</small></h1>",
        '<h1><span class="supertitle"><time>3 May 2024</time></span> Ferries return</h1>',
    ],
)
def test_kicker_date_and_subtitle_elements_leave_the_h1(h1: str) -> None:
    assert extract_html(_page("<title>Ferries return - Harbour Log</title>", h1)).title == (
        "Ferries return"
    )


def test_h1_with_the_stated_site_name_is_stripped() -> None:
    head = '<meta property="og:site_name" content="Harbour Log"><title>Ferries return</title>'
    art = extract_html(_page(head, "<h1>Ferries return to the bay | Harbour Log</h1>"))
    assert art.title == "Ferries return to the bay"


def test_of_several_agreeing_h1s_the_one_covering_most_of_the_title() -> None:
    """A "Section - Headline" title agrees with the section's <h1> and with the headline's:
    the headline, sharing more of the title's words, wins; on a tie the first stands."""
    title = "Press releases - Harbour board approves the winter ferry timetable"
    heads = ["Valley Port", "Press releases", "Harbour board approves the winter ferry timetable"]
    pick = pick_title([title], heads, sites=("Valley Port",))
    assert pick == TitlePick(text=heads[2], rule="h1")
    assert pick_title(["Ferries"], ["Ferries", "Ferries"]) == TitlePick(text="Ferries", rule="h1")
