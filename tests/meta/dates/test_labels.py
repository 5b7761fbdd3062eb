"""Publication dates: labelled dates in sidebars, a date line ending in a byline,
and numeric dates spaced after their dots ("4. 2. 2022")."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newscorpus import ExtractOptions, MetaOptions, extract_html
from newscorpus.meta import find_page_dates
from newscorpus.shapes.dates import find_dates

BODY = (
    "<p>The choir of the valley school recorded its first album in the old mill, with the "
    "river running under the floor and the microphones hung from the beams.</p>"
    "<p>Twelve children sang on it, and their teacher says the mill's echo did the rest of "
    "the work, so nobody asked for a studio again.</p>"
)


def _page(sidebar: str, lang: str = "fr") -> str:
    return (
        f'<html lang="{lang}"><head><title>La chorale</title></head><body>'
        f"<main><h1>The mill choir</h1>{BODY}</main>"
        f'<div class="sidebar">{sidebar}</div></body></html>'
    )


def _day(page: str) -> date | None:
    published = extract_html(page).published
    return published.date() if published is not None else None


@pytest.mark.parametrize(
    "label",
    ["Mise en ligne", "Mis en ligne le", "Published", "Veröffentlicht am", "Publicado"],
)
def test_a_publication_label_over_a_date_in_a_sidebar_dates_the_page(label: str) -> None:
    sidebar = (
        '<ul class="credits"><li><p class="title">Réalisation</p><p>Anne Roux</p></li>'
        f'<li><p class="title">{label}</p><p class="content">23 mai 2019</p></li></ul>'
    )
    page = _page(sidebar)
    assert _day(page) == date(2019, 5, 23)
    assert [c.rule for c in find_page_dates(page)] == ["labelled-dateline"]


def test_an_unlabelled_date_in_a_sidebar_still_does_not() -> None:
    sidebar = '<ul class="credits"><li><p class="content">23 mai 2019</p></li></ul>'
    assert _day(_page(sidebar)) is None


def test_a_labelled_date_on_a_link_in_a_sidebar_is_another_page_s() -> None:
    # A card of another page: its label and date are link text.
    sidebar = '<p class="title">Publié</p><p><a href="/autre-emission">23 mai 2019</a></p>'
    assert _day(_page(sidebar)) is None


def test_a_labelled_date_in_a_related_box_of_a_sidebar_does_not_count() -> None:
    sidebar = '<div class="related"><p class="title">Published</p><p>23 mai 2019</p></div>'
    assert _day(_page(sidebar)) is None


def _byline_first(line: str) -> str:
    return (
        '<html lang="de"><head><title>Chor</title></head><body>'
        f"<h1>Der Mühlenchor singt</h1><h2>{line}</h2>{BODY}</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kultur (1 / 3) 06.11.2023 13:30 von Olga Berg Foto: privat",
            datetime(2023, 11, 6, 13, 30),
        ),
        ("Music 3 May 2019 by Ann Lee, photos by the school", datetime(2019, 5, 3)),
    ],
)
def test_a_date_line_ending_in_a_byline_opens_the_article(line: str, expected: datetime) -> None:
    published = extract_html(_byline_first(line)).published
    assert published is not None
    assert published.replace(tzinfo=None) == expected


def test_a_date_in_a_sentence_going_on_with_a_lowercase_word_is_narrative() -> None:
    # "by the river" is no byline: a name starts with a capital letter.
    line = "Am 06.11.2023 sang der Chor by the river for the first time this year"
    assert extract_html(_byline_first(line)).published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Deutscher Tennis Bund 4. 2. 2022.", date(2022, 2, 4)),
        ("Publikováno 14. 10. 2021 v 10:00", date(2021, 10, 14)),
        ("am 1. 12. 2020", date(2020, 12, 1)),
    ],
)
def test_numeric_dates_with_a_space_after_each_dot_are_read(text: str, expected: date) -> None:
    assert [d.value.date() for d in find_dates(text, allow_future=True)] == [expected]


@pytest.mark.parametrize("text", ["1. 2. 22 apples", "Step 1. 2. 3. Done", "5. 13. 2020"])
def test_spaced_dots_need_a_four_digit_year_and_a_real_month(text: str) -> None:
    assert find_dates(text, allow_future=True) == []


def test_a_spaced_date_with_its_clock_time_keeps_the_minute() -> None:
    (found,) = find_dates("14. 10. 2021 um 10:05", allow_future=True)
    assert (found.value, found.precision) == (datetime(2021, 10, 14, 10, 5), "minute")


def test_a_sidebar_widget_repeating_the_label_is_a_list_of_other_posts() -> None:
    items = "".join(
        f"<li><p>Another story {n}</p><p>Published on {day} May 2019</p></li>"
        for n, day in ((1, 3), (2, 9), (3, 17))
    )
    assert _day(_page(f'<ul class="recent">{items}</ul>')) is None


def test_a_labelled_date_sharing_its_line_with_a_link_is_a_card() -> None:
    sidebar = '<p><a href="/other">Another story</a> Published on 3 May 2019</p>'
    assert _day(_page(sidebar)) is None


_CRAWLED = datetime(2024, 3, 4, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("top", "hours"),
    [
        ('<p class="byline">By Ann Lee</p><p class="meta">3 hours ago</p>', 3),
        ("<p>3 hours ago</p>", 3),
        ("<p>vor 2 Stunden</p>", 2),
    ],
)
def test_a_relative_date_line_under_an_html_headline_is_the_date_not_the_body(
    top: str, hours: int
) -> None:
    page = f"<html><body><article><h1>The mill choir</h1>{top}{BODY}</article></body></html>"
    options = ExtractOptions(meta=MetaOptions(reference_time=_CRAWLED))
    article = extract_html(page, options=options)
    assert article.published == _CRAWLED - timedelta(hours=hours)
    assert "ago" not in article.text and "Stunden" not in article.text
    # without a reference time it is not guessed, and still not body
    plain = extract_html(page)
    assert plain.published is None and "ago" not in plain.text
