"""The site's name on HTML pages: the markup's statements chosen by the host, the footer's
copyright line (not a picture's credit), the ``<title>``'s segment, the host; with provenance.
Synthetic pages."""

from __future__ import annotations

import time

import pytest

from newscorpus import extract_html
from newscorpus.meta.publisher import copyright_holder, footer_holder
from newscorpus.meta.site_name import choose_site_name, clean_site_name, names_host

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
    "<p>The first boat of the new timetable leaves the quay at six in the morning.</p>"
)


def _page(head: str = "", foot: str = "", title: str = "Ferries return") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>Ferries return</h1>"
        f"{BODY}</article><footer>{foot}</footer></body></html>"
    )


def _source(html: str, url: str | None = "https://www.valleycourier.com/news/ferries") -> tuple:
    art = extract_html(html, url=url)
    evidence = art.provenance.get("source")
    return art.source, None if evidence is None else (evidence.source, evidence.rule)


def test_og_site_name_spelling_the_host_wins_over_the_company() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Courier">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferries '
        'return", "publisher": {"@type": "Organization", "name": "Valley Media AG"}}</script>'
    )
    assert _source(_page(head)) == ("Valley Courier", ("html:meta", "og:site_name+host"))


def test_the_publisher_spelling_the_host_wins_over_a_tagline() -> None:
    head = (
        '<meta property="og:site_name" content="Where the valley reads">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"@type": "Organization", "name": "The Valley Courier"}}</script>'
    )
    assert _source(_page(head)) == ("The Valley Courier", ("html:json-ld", "publisher.name+host"))


def test_without_a_host_the_first_statement_stands() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta name="application-name" content="Courier App">'
    )
    assert _source(_page(head), url=None) == ("Valley Courier", ("html:meta", "og:site_name"))


def test_entities_and_company_forms_are_cleaned() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": '
        '"Valley Courier - Valley Druck GmbH &amp; Co. KG"}}</script>'
    )
    assert _source(_page(head))[0] == "Valley Courier"


def test_a_footer_copyright_line_names_the_site() -> None:
    foot = "<p>© 2024 Valley Courier. All rights reserved.</p>"
    assert _source(_page(foot=foot)) == ("Valley Courier", ("text:page", "copyright-line"))


@pytest.mark.parametrize(
    "credit",
    [
        "<p>Boats at the quay at dawn in the winter fog. © Ann Lee</p>",
        "<p>Foto: © Picture Desk/Ann Lee</p>",
        "<p>Copyright Policy</p>",
        "<p>© privat</p>",
    ],
)
def test_a_picture_credit_is_not_the_site(credit: str) -> None:
    """A credit is passed over: the ``<title>``'s segment, then the host, name the site."""
    assert _source(_page(foot=credit)) == ("valleycourier.com", ("url", "host"))
    titled = _page(foot=credit, title="Ferries return | Valley Courier")
    assert _source(titled) == ("Valley Courier", ("html:title", "title-site-segment"))


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2024 Valley Courier. All rights reserved.", "Valley Courier"),
        ("Copyright © Valley Courier 2019 | Imprint", "Valley Courier"),
        ("© 2010 by Ann Lee | Contact", "Ann Lee"),
        ("© 2019 copyright Valley Blog // Alle Rechte vorbehalten", "Valley Blog"),
        ("© Valley Courier, 2022.", "Valley Courier"),
        ("© Valley Courier 2006 – 2016 • Imprint", "Valley Courier"),
    ],
)
def test_holders_lose_years_and_leading_words(line: str, holder: str) -> None:
    assert copyright_holder(line) == holder
    assert footer_holder(line) == holder


def test_footer_holder_needs_a_year_or_a_rights_phrase() -> None:
    assert footer_holder("© Valley Courier") is None
    assert copyright_holder("© Valley Courier") == "Valley Courier"
    assert footer_holder("Site and contents © 2024 Valley Courier") == "Valley Courier"


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("Valley Courier", "https://valleycourier.com/", True),
        ("the Courier", "https://www.courier.co.uk/x", True),
        ("Courier News", "https://courier.com/", True),
        ("valleycourier.com", "https://valleycourier.com/", True),
        ("Valley Media AG", "https://valleycourier.com/", False),
        ("V", "https://v.com/", False),
        ("Valley Courier", "not a url", False),
    ],
)
def test_names_host(name: str, url: str, expected: bool) -> None:
    assert names_host(name, url) is expected


def test_choose_site_name_skips_empty_and_overlong_statements() -> None:
    assert (
        choose_site_name([("og:site_name", "  "), ("publisher.name", "x" * 200)], url=None) is None
    )
    assert clean_site_name("Valley Courier | Valley Media Ltd") == "Valley Courier"
    assert clean_site_name("Valley - Courier") == "Valley - Courier"


def test_site_name_cleaning_is_linear_on_long_adversarial_input() -> None:
    for text in (" - " * 50_000, "a " * 100_000 + "GmbH", "© " * 50_000, "©" + " 2020" * 20_000):
        started = time.perf_counter()
        clean_site_name(text)
        names_host(text, "https://valleycourier.com/")
        copyright_holder(text)
        footer_holder(text)
        assert time.perf_counter() - started < 5
