"""The order of day and month in slashed dates: from the page's address (a locale segment, a
country domain) and two-digit years once the order is known. Synthetic pages only."""

from __future__ import annotations

import time
from datetime import date

import pytest

from newscorpus import extract_text
from newscorpus.shapes import dayfirst_for, find_dates
from newscorpus.shapes.day_order import dayfirst_from_url

BODY = "The ferries came back to the port today after the storms of the week. " * 3


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/en-gb/news/ferries", True),
        ("https://www.example.com/en_AU/news/ferries", True),
        ("https://www.example.com/en-us/news/ferries", False),
        ("https://www.example.com/en-ph/news/ferries", False),
        ("https://en-gb.example.com/news/ferries", True),
        ("https://www.example.com/fr-ca/nouvelles/traversiers", True),
        ("https://www.example.com/de-at/nachrichten/faehren", True),
        ("https://www.example.co.uk/news/ferries", True),
        ("https://www.example.com.au/news/ferries", True),
        ("https://news.example.ie/ferries?id=3", True),
    ],
)
def test_the_address_says_the_order(url: str, expected: bool) -> None:
    assert dayfirst_from_url(url) is expected


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://www.example.com/news/ferries",  # no locale, a generic domain
        "https://www.example.org/to-do/list",  # a slug, not a locale: "to" is no language read
        "https://www.example.com/news/ab-cd",
        "https://www.example.us.example.net/news",  # ".us" inside the host, not its end
        "not a url at all /en-gb/",  # no scheme: nothing is read
        "https://www.example.ca/news",  # Canada writes both orders: undecided
    ],
)
def test_an_address_that_says_nothing_leaves_it_open(url: str | None) -> None:
    assert dayfirst_from_url(url) is None


def test_language_regions_with_underscores_read_as_with_dashes() -> None:
    assert (dayfirst_for("en_US"), dayfirst_for("en_PH"), dayfirst_for("en_GB")) == (
        False,
        False,
        True,
    )
    assert (dayfirst_for("pt_BR"), dayfirst_for("EN"), dayfirst_for("")) == (True, None, None)


def test_an_english_page_reads_its_date_as_its_address_says() -> None:
    page = f"Ferries return\n\n02/10/2020\n\n{BODY}"
    british = extract_text(page, url="https://www.example.com/en-gb/news/ferries-return")
    american = extract_text(page, url="https://www.example.com/en-us/news/ferries-return")
    bare = extract_text(page, url="https://www.example.com/news/ferries-return")
    assert british.published_iso == "2020-10-02"
    assert american.published_iso == "2020-02-10"
    assert bare.published_iso == "2020-02-10"  # month first when nothing decides, as before


def test_the_page_s_own_dates_come_before_its_address() -> None:
    page = f"Ferries return\n\n02/10/2020\n\n{BODY}\n\nComments closed on 10/25/2020."
    art = extract_text(page, url="https://www.example.co.uk/news/ferries-return")
    assert art.published_iso == "2020-02-10"


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("Publié le 02/11/23 à 16h33", True, date(2023, 11, 2)),  # French
        ("Veröffentlicht am 02/11/23", True, date(2023, 11, 2)),  # German
        ("Publicado el 25/12/99", True, date(1999, 12, 25)),  # Spanish, last century
        ("Posted 11/02/23", False, date(2023, 11, 2)),  # American
        ("Posted 25/12/23", False, date(2023, 12, 25)),  # a part above 12 decides
    ],
)
def test_a_slashed_date_with_a_two_digit_year_is_read_when_the_order_is_known(
    text: str, dayfirst: bool, expected: date
) -> None:
    found = find_dates(text, dayfirst=dayfirst, min_year=1900)
    assert [d.value.date() for d in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Posted 02/11/23",  # the order unknown: left unread
        "Score 1/2/23 in the third set",
        "Ratio 12/31/99/1",  # part of a longer run of numbers
        "Posted 02-11-23",  # dashed two-digit years stay unread
    ],
)
def test_a_slashed_date_with_a_two_digit_year_is_left_when_the_order_is_open(text: str) -> None:
    assert find_dates(text, min_year=1900) == []


def test_dotted_two_digit_years_are_read_whatever_the_order() -> None:
    for dayfirst in (None, True, False):
        assert [d.value.date() for d in find_dates("mardi 10.12.19", dayfirst=dayfirst)] == [
            date(2019, 12, 10)
        ]


def test_a_french_page_with_a_two_digit_year_is_dated() -> None:
    page = (
        "Tempête sur la côte\n\nPar Anne Martin\n\nPublié le 02/11/23 à 16h33\n\n"
        + "Les ferries sont revenus au port aujourd'hui après la tempête de la semaine. " * 3
    )
    assert extract_text(page).published_iso == "2023-11-02T16:33:00"


def test_long_adversarial_strings_are_read_quickly() -> None:
    started = time.perf_counter()
    assert dayfirst_from_url("https://" + "a-b." * 20_000 + "com/") is None
    assert dayfirst_from_url("https://x.com/" + "en-" * 30_000) is None
    assert dayfirst_from_url("https://x.com" + "/e" * 30_000) is None
    assert find_dates("1/2/23/" * 20_000, dayfirst=True) is not None
    assert find_dates("12/12/1" * 20_000, dayfirst=False) is not None
    assert time.perf_counter() - started < 30  # generous: a backtracking regex takes minutes


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.de/nachrichten/faehren", True),
        ("https://www.example.com.br/noticias/balsas", True),
        ("https://www.example.vn/tin-tuc/pha", True),
        ("https://www.example.io/news/ferries", None),  # a domain used for its letters
        ("https://www.example.tv/news/ferries", None),
        ("https://www.example.us/news/ferries", None),
    ],
)
def test_a_country_domain_says_the_order(url: str, expected: bool | None) -> None:
    assert dayfirst_from_url(url) is expected


def test_a_page_in_an_unguessed_language_reads_its_country_s_order() -> None:
    page = (
        "Phà hoạt động trở lại\n\nThứ năm, 2/11/2023, 19:20\n\n"
        + "Các chuyến phà đã trở lại cảng hôm nay sau cơn bão của tuần trước. " * 3
    )
    art = extract_text(page, url="https://www.example.vn/tin-tuc/pha-hoat-dong-tro-lai")
    assert art.published_iso == "2023-11-02T19:20:00"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Posted 3 April 2024"], True),  # English, day before the month's name
        (["Veröffentlicht am 3. April 2024"], True),  # German
        (["Publié le 3 avril 2024"], True),  # French
        (["Publicado el 3 de abril de 2024"], True),  # Spanish
        (["Stand 03.04.2024"], True),  # a dotted date
        (["Posted April 3, 2024"], False),  # the month's name before the day
        (["Posted 3 April 2024", "Comments: April 5, 2024"], None),  # both ways: open
        (["Posted 2024-04-03", "2024年4月3日"], None),  # year first: no order told
        ([], None),
    ],
)
def test_the_page_s_spelled_dates_decide_an_open_slashed_date(
    lines: list[str], expected: bool | None
) -> None:
    from newscorpus.shapes import dayfirst_from_dates

    assert dayfirst_from_dates("Updated 03/04/2024", lines) is expected


def test_spelled_dates_are_not_read_without_an_open_slashed_date() -> None:
    from newscorpus.shapes import dayfirst_from_dates

    def lines() -> list[str]:
        raise AssertionError("read although no slashed date is open")

    assert dayfirst_from_dates("no slashed date here", iter(lines, None)) is None
    assert dayfirst_from_dates("25/03/2024", iter(lines, None)) is True


def test_an_english_page_reads_its_slashed_date_as_its_other_dates_are_written() -> None:
    page = (
        f"Ferries return\n\n02/10/2020\n\n{BODY}\n\nMore from the harbour\n\n"
        "Harbour fees rise · 28 September 2020"
    )
    assert extract_text(page).published_iso == "2020-10-02"
    american = page.replace("28 September 2020", "September 28, 2020")
    assert extract_text(american).published_iso == "2020-02-10"


def test_a_date_line_with_a_two_digit_year_is_a_candidate_day() -> None:
    from newscorpus.blocks import text_to_blocks
    from newscorpus.meta.dates.text import blocks_with_year

    blocks = text_to_blocks("Menu\n\n02/11/23 16:33\n\nSee 3/4 of it\n\nRead 10.12.19")
    assert [b.text for b in blocks_with_year(blocks, 10)] == ["02/11/23 16:33", "Read 10.12.19"]
    page = (
        "Tempête sur la côte\n\nAnne Martin\n\n02/11/23 16:33\n\n"
        + "Les ferries sont revenus au port aujourd'hui après la tempête de la semaine. " * 3
    )
    art = extract_text(page, url="https://www.example.fr/societe/tempete-sur-la-cote")
    assert art.published_iso == "2023-11-02T16:33:00"
