"""Titles: which ``<h1>`` is the site's logo — the page's own headline mark outweighs a theme's
class, and a home link rewritten by a web archive is still a home link."""

from __future__ import annotations

import lxml.html
import pytest

from newscorpus import extract_html
from newscorpus.meta.titles.markup import _ARCHIVED, _is_logo

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _h1(markup: str) -> object:
    return lxml.html.fromstring(f"<div>{markup}</div>").find(".//h1")


@pytest.mark.parametrize(
    ("markup", "logo"),
    [
        ("<h1 class='site-logo'>Valley Courier</h1>", True),
        ("<h1 class='themeblogtitle' itemprop='headline'>Ferries return</h1>", False),
        ("<h1 class='themeblogtitle' itemprop='name headline'>Ferries return</h1>", False),
        ("<h1 class='themeblogtitle' itemprop='headlines'>Ferries return</h1>", True),
        ("<h1 itemprop='headline'><a href='/'>Ferries return</a></h1>", False),
        ("<h1><a href='/'>Valley Courier</a></h1>", True),
        ("<h1><a href='/news/ferries'>Ferries return</a></h1>", False),
        ("<h1><a href='/web/20080731095558/http://courier.example/'>Courier</a></h1>", True),
        (
            "<h1><a href='https://web.archive.org/web/20080731095558/http://courier.example/'>"
            "Courier</a></h1>",
            True,
        ),
        ("<h1><a href='/web/20080731095558im_/http://courier.example/'>Courier</a></h1>", True),
        (
            "<h1><a href='https://web.archive.org/web/20080731095558/"
            "http://courier.example/2008/07/ferries/'>Ferries return</a></h1>",
            False,
        ),
        ("<h1><a href='/web/20080731095558/http://courier.example/?p=4'>Ferries</a></h1>", False),
        ("<h1><a href='/web/not-a-timestamp/'>Ferries return</a></h1>", False),
        ("<h1><a href=''>Ferries return</a></h1>", False),
        ("<h1>Ferries return</h1>", False),
    ],
)
def test_which_h1_is_the_logo(markup: str, logo: bool) -> None:
    assert _is_logo(_h1(markup)) is logo


def test_a_headline_marked_as_such_is_not_taken_for_the_logo_by_its_class() -> None:
    # The theme's class holds "blogtitle"; taken for the logo, the <h1>'s text was stripped from
    # og:title as if it were the site's name, leaving the subtitle.
    html = (
        "<html><head><meta property='og:title' content='Ferries return – What the board decided'>"
        "<meta property='og:site_name' content='Valley Courier'></head><body><article>"
        "<h1 class='post-title themeblogtitle' itemprop='headline'>Ferries return</h1>"
        f"{BODY}</article></body></html>"
    )
    art = extract_html(html, url="https://valleycourier.example/news/ferries-return/")
    assert art.title == "Ferries return"


def test_an_archived_page_s_logo_linking_home_is_passed_over() -> None:
    html = (
        "<html><head><title>Ferries return to the bay | Courier Blog</title></head><body>"
        "<div id='header'><h1><a href='https://web.archive.org/web/20080731095558/"
        "http://courier.example/'>Courier Blog</a></h1></div>"
        f"<div class='post'><h2>Ferries return to the bay</h2>{BODY}</div></body></html>"
    )
    url = "https://web.archive.org/web/20080731095558/http://courier.example/2008/07/ferries/"
    assert extract_html(html, url=url).title == "Ferries return to the bay"


@pytest.mark.parametrize(
    "href", ["/web/" + "1" * 50000, "/web/2008/" * 20000, "https://web.archive.org/web/" * 10000]
)
def test_archived_address_pattern_resists_adversarial_addresses(href: str) -> None:
    assert len(_ARCHIVED.sub("", href, count=1)) <= len(href)
    assert _is_logo(_h1(f"<h1><a href='{href}'>x</a></h1>")) in (True, False)
