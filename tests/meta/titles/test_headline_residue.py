"""Titles: what a removed kicker, date or byline leaves in an <h1>, and the site's
name joined to the title by a separator without spaces."""

from __future__ import annotations

import pytest

from newscorpus import extract_html
from newscorpus.meta.markup import strip_site_name

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _title(h1: str, head: str = "") -> str | None:
    page = f"<html><head>{head}</head><body><article><h1>{h1}</h1>{BODY}</article></body></html>"
    return extract_html(page).title


@pytest.mark.parametrize(
    "h1",
    [
        '<span class="kicker">Hafen</span>:Ferries return to the bay',
        '<span class="dachzeile">Hafen</span> : Ferries return to the bay',
        '<span class="topline">Hafen</span> - Ferries return to the bay',
        'Ferries return to the bay <span class="meta">Hafen</span> |',
    ],
)
def test_the_separator_a_removed_kicker_leaves_is_dropped(h1: str) -> None:
    assert _title(h1) == "Ferries return to the bay"


def test_a_quote_opening_the_headline_is_kept() -> None:
    h1 = '<span class="kicker">Interview</span> - „Ferries return to the bay“'
    assert _title(h1) == "„Ferries return to the bay“"


def test_a_separator_of_the_headline_itself_is_kept_when_nothing_was_removed() -> None:
    assert _title("Ferries return - and the bay is busy again") == (
        "Ferries return - and the bay is busy again"
    )


def test_a_byline_nested_in_the_h1_and_its_label_are_not_headline() -> None:
    h1 = (
        "»Ferries return to the bay«"
        '<h4 class="author">Veröffentlicht von <a href="/author/ann">Ann</a> am '
        '<time datetime="2024-03-04">4. März 2024</time></h4>'
    )
    assert _title(h1) == "»Ferries return to the bay«"


def test_a_date_removed_from_the_h1_takes_its_posted_label_along() -> None:
    h1 = "Ferries return to the bay Posted on <time>4 March 2024</time>"
    assert _title(h1) == "Ferries return to the bay"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Ferries return to the bay| VALLEYCOURIER.NET",
            "valleycourier.net",
            "Ferries return to the bay",
        ),
        ("VALLEY COURIER|Ferries return to the bay", "Valley Courier", "Ferries return to the bay"),
        ("渡轮回到海湾-山谷信使网", "山谷信使网", "渡轮回到海湾"),
        # a hyphen inside a word is no separator, even when its first half is the site's name
        ("GdP-Vize warns of cuts", "GdP", "GdP-Vize warns of cuts"),
        # not the site: left alone
        ("Ferries return|Harbour news", "Valley Courier", "Ferries return|Harbour news"),
    ],
)
def test_the_site_joined_by_a_tight_separator_is_stripped(
    title: str, site: str, expected: str
) -> None:
    assert strip_site_name(title, site) == expected


def _page(head: str, h1: str = "", url: str | None = None) -> str | None:
    page = f"<html><head>{head}</head><body><article>{h1}{BODY}</article></body></html>"
    return extract_html(page, url=url).title


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # the site's segment and the taglines after it
        (
            "Ferries return to the bay :  Harbourblog-Archiv | Notes on boats | Since 2005",
            "http://archiv.harbourblog.de/2024/ferries",
            "Ferries return to the bay",
        ),
        # a segment opening with the host's word names the site
        (
            "Ferries return to the bay - Harbourtalk Community Forum",
            "https://foren.harbourtalk.de/t/1",
            "Ferries return to the bay",
        ),
        # the site leading
        (
            "Ann Lindqvist's Digital Home | Ferries return to the bay",
            "https://annlindqvist.com/blog/ferries",
            "Ferries return to the bay",
        ),
        # a country domain's second-level label is not the site's word
        (
            "Ferries return to the bay - Harbourpost Online",
            "https://www.harbourpost.co.uk/news/1",
            "Ferries return to the bay",
        ),
    ],
)
def test_the_segment_naming_the_site_ends_the_title(title: str, url: str, expected: str) -> None:
    assert _page(f"<title>{title}</title>", url=url) == expected


def test_a_headline_opening_with_a_word_of_the_host_is_not_cut_when_long() -> None:
    title = "Harbour board votes for a later ferry crossing on Fridays - Harbour"
    got = _page(f"<title>{title}</title>", url="https://harbour.org/1")
    assert got == "Harbour board votes for a later ferry crossing on Fridays"


def test_a_meta_title_cut_short_by_an_unescaped_quote_is_made_whole_by_the_title() -> None:
    head = (
        '<meta property="og:title" content="Senator calls the plan "unworkable"" />'
        '<title>Senator calls the plan "unworkable"</title>'
    )
    assert _page(head) == 'Senator calls the plan "unworkable"'


def test_a_shorter_meta_title_that_is_not_cut_stays() -> None:
    head = (
        '<meta property="og:title" content="Senator calls the plan unworkable" />'
        "<title>Senator calls the plan unworkable and asks for a vote | Courier</title>"
    )
    assert _page(head) == "Senator calls the plan unworkable"


def test_a_headline_opening_with_the_host_word_keeps_it_when_the_site_follows() -> None:
    title = "Harbour life changes | HARBOUR ONLINE"
    assert _page(f"<title>{title}</title>", url="https://harbour.de/a/1") == "Harbour life changes"


def test_a_headline_ending_in_published_keeps_it() -> None:
    h1 = 'Neue Hafenstudie veröffentlicht <time datetime="2024-03-04">4. März</time>'
    assert _title(h1) == "Neue Hafenstudie veröffentlicht"
