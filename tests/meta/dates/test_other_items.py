"""Publication dates: dates of other items on the page, and links within it."""

from __future__ import annotations

from datetime import date

from newscorpus import extract_html
from newscorpus.meta import find_page_dates

BODY = (
    "<p>The old lighthouse on the northern pier opens to visitors again after two years of "
    "repairs to its lantern room, the harbour trust said on its website.</p>"
    "<p>Guided tours start at the harbour office and take about an hour, and the trust asks "
    "visitors to book ahead during the summer holidays.</p>"
)


def _page(top: str = "", extra: str = "", lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head><title>Leuchtturm</title></head><body>'
        f'<article class="story"><header><h1>Lighthouse opens again</h1>{top}</header>'
        f"{BODY}{extra}</article></body></html>"
    )


def _day(page: str) -> date | None:
    published = extract_html(page).published
    return published.date() if published is not None else None


def _card(day: str) -> str:
    return (
        '<article class="card"><h2><a href="/other-story">Another story</a></h2>'
        f'<footer class="card__footer"><span class="card__date">{day}</span></footer></article>'
    )


def test_a_date_attribute_inside_an_anchor_to_the_same_page_counts() -> None:
    top = (
        '<a href="#timeline"><div class="timeline"><div class="timeline__mark" '
        'data-date="18. März 2020"></div></div></a>'
    )
    page = _page(top)
    assert [c.rule for c in find_page_dates(page)] == ["data-date"]
    assert _day(page) == date(2020, 3, 18)


def test_a_date_attribute_inside_a_link_to_another_page_does_not() -> None:
    top = '<a href="/dossier/timeline"><div data-date="18. März 2020"></div></a>'
    assert find_page_dates(_page(top)) == ()
    assert _day(_page(top)) is None


def test_a_date_line_of_a_teaser_card_nested_in_the_article_is_not_the_page_date() -> None:
    cards = "".join(_card(day) for day in ("01. Juli 2020", "25. Juni 2020", "18. Juni 2020"))
    page = _page(extra=f'<div class="more">{cards}</div>')
    assert [c.raw for c in find_page_dates(page)] == []
    # The article's own date line still counts, wherever it stands.
    dated = _page(extra=f'<div class="more">{cards}</div><p class="stand">18.03.2020</p>')
    assert _day(dated) == date(2020, 3, 18)


def test_an_empty_or_odd_anchor_is_harmless() -> None:
    for link in ('<a href="">', "<a>", '<a href="  #top ">'):
        top = f'{link}<span data-date="not a date"></span></a>'
        assert _day(_page(top)) is None


_MENU = "".join(
    f'<li><a href="/{name.lower()}">{name}</a></li>'
    for name in ("News", "Sport", "Kultur", "Wirtschaft", "Wetter", "Service", "Events")
)


def _clocked(article_top: str) -> str:
    return (
        '<html lang="de"><head><title>Leuchtturm</title></head><body>'
        '<div class="top"><form><input name="q"> Suche</form>'
        '<span id="clock">Donnerstag, 16. Februar 2012</span></div>'
        f'<div id="main-menu"><ul>{_MENU}</ul></div>'
        f'<div class="content"><div class="box">{article_top}</div>'
        f"<h1>Lighthouse opens again</h1>{BODY}</div></body></html>"
    )


def test_the_masthead_clock_above_the_menu_is_not_the_page_date() -> None:
    page = _clocked("<span>14. Februar 2012</span><p>Drucken</p>")
    assert _day(page) == date(2012, 2, 14)
    assert _day(_clocked("")) is None


def test_a_date_line_before_tag_links_after_the_headline_still_counts() -> None:
    tags = "".join(f'<li><a href="/tag/{t}">#{t}</a></li>' for t in "abcdefg")
    page = (
        '<html lang="de"><head><title>Leuchtturm</title></head><body>'
        f"<h1>Lighthouse opens again</h1><p>Ein Bericht</p><p>Ein Bild</p><p>Eine Karte</p>"
        f"<p>Hafen</p><p>14.02.2012</p><ul>{tags}</ul>{BODY}</body></html>"
    )
    assert _day(page) == date(2012, 2, 14)


def _licence(top: str, foot: str = "") -> str:
    return (
        '<html lang="en"><head><title>Harbour Licence</title></head><body>'
        f"<h1>Harbour Public Licence</h1><p>{top}</p>{BODY}<p>{foot}</p></body></html>"
    )


def test_a_document_version_date_is_not_the_page_date() -> None:
    page = _licence("Version 3, 29 June 2007")
    assert [c.kind for c in find_page_dates(page)] == ["other"]
    assert _day(page) is None
    # The page's own update line is then its only date.
    assert _day(_licence("Version 3, 29 June 2007", "Updated: 18 November 2016")) == date(
        2016, 11, 18
    )
    assert _day(_licence("Fassung 2.1 vom 1. März 2020")) is None


def test_a_page_date_beside_a_version_keeps_its_place() -> None:
    page = _licence("Version 3, 29 June 2007", "Published 4 May 2015")
    assert _day(page) == date(2015, 5, 4)
    # Without the version label the same line is the page's date.
    assert _day(_licence("29 June 2007")) == date(2007, 6, 29)
    assert _day(_licence("Version: 29 June 2007")) == date(2007, 6, 29)


def test_version_labels_do_not_backtrack_on_long_input() -> None:
    # A long run of version-like text stays linear to read.
    page = _licence("version " + "1." * 5000 + " 29 June 2007")
    assert _day(page) in (None, date(2007, 6, 29))
