"""Dates, names and bylines on strings of our own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.meta import (
    clean_person_name,
    find_dates,
    looks_like_dateline,
    looks_like_person_name,
    parse_author_bio,
    parse_byline,
    parse_date,
    parse_signature,
)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("29.12.2020", "2020-12-29T00:00:00", "day"),
        ("04.03.2024", "2024-03-04T00:00:00", "day"),
        ("Thursday, June 01, 2023", "2023-06-01T00:00:00", "day"),
        ("08 June 2023 - 12:48", "2023-06-08T12:48:00", "minute"),
        ("1st June 2023", "2023-06-01T00:00:00", "day"),
        ("Jun. 1, 2023 3:45 pm", "2023-06-01T15:45:00", "minute"),
        ("2023-06-01T12:48:00+03:00", "2023-06-01T12:48:00+03:00", "second"),
        ("2023-06-01", "2023-06-01T00:00:00", "day"),
        ("1. Juni 2023", "2023-06-01T00:00:00", "day"),
        ("1er juin 2023", "2023-06-01T00:00:00", "day"),
        ("1 de junio de 2023", "2023-06-01T00:00:00", "day"),
        ("1 июня 2023 г.", "2023-06-01T00:00:00", "day"),
        ("01 Haziran 2023", "2023-06-01T00:00:00", "day"),
        ("8 iyun 2023", "2023-06-08T00:00:00", "day"),
        ("12 marca 2024", "2024-03-12T00:00:00", "day"),
        ("12/29/2020", "2020-12-29T00:00:00", "day"),
    ],
)
def test_date_forms(text: str, iso: str, precision: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert found.value.isoformat() == iso and found.precision == precision


def test_slashed_dates_follow_dayfirst() -> None:
    assert parse_date("04/03/2024", dayfirst=True).value.month == 3  # type: ignore[union-attr]
    assert parse_date("04/03/2024").value.month == 4  # type: ignore[union-attr]


def test_rejections() -> None:
    assert find_dates("31.02.2020") == []
    assert find_dates("© 2020 The Courier. All rights reserved") == []
    assert find_dates("In 1985 the plant opened on 12 May 1985") == []
    assert parse_date("12 May 1985", min_year=1900) is not None
    future = datetime.now() + timedelta(days=400)
    assert find_dates(future.strftime("%d.%m.%Y")) == []
    assert find_dates(future.strftime("%d.%m.%Y"), allow_future=True) != []


def test_relative_dates_need_a_reference_time() -> None:
    ref = datetime(2024, 3, 4, 12, 0)
    assert find_dates("3 hours ago") == []
    assert find_dates("3 hours ago", reference_time=ref)[0].value == datetime(2024, 3, 4, 9, 0)
    assert find_dates("вчера", reference_time=ref)[0].value.date() == datetime(2024, 3, 3).date()
    assert find_dates("vor 2 Stunden", reference_time=ref)[0].precision == "minute"
    assert find_dates("hace 3 días", reference_time=ref)[0].value.day == 1


def test_zones_are_kept() -> None:
    found = parse_date("Tue, 05 Mar 2024 10:00:00 GMT")
    assert found is not None and found.value.tzinfo == timezone.utc


def test_datelines() -> None:
    assert looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
    assert looks_like_dateline("INTERVIEWS  08 June 2023 - 12:48")
    assert not looks_like_dateline("The council met on 4 March 2024 to approve the tram line")


def test_person_names() -> None:
    assert looks_like_person_name("Ludwig van Beethoven")
    assert looks_like_person_name("Иван Петров")
    assert not looks_like_person_name("Related Posts")
    assert not looks_like_person_name("the minister said")
    assert clean_person_name("By Jane Doe, staff writer (jane@example.org)") == "Jane Doe"
    assert clean_person_name("Email the author") is None


@pytest.mark.parametrize(
    ("line", "authors", "publisher"),
    [
        ("By Ann Lee", ("Ann Lee",), None),
        ("ByNews Desk- The Cradle Times", ("News Desk",), "The Cradle Times"),
        ("By Ann Lee - The Valley Courier", ("Ann Lee",), "The Valley Courier"),
        ("By Ann Lee | Reuters", ("Ann Lee",), "Reuters"),
        ("By Ann Lee, Tom Park and Eva Sousa", ("Ann Lee", "Tom Park", "Eva Sousa"), None),
        ("By Ann Lee & Tom Park", ("Ann Lee", "Tom Park"), None),
        ("Von Anna Becker und Jonas Roth", ("Anna Becker", "Jonas Roth"), None),
        ("Par Claire Martin", ("Claire Martin",), None),
        ("Por Lucía Gómez", ("Lucía Gómez",), None),
        ("Автор: Иван Петров", ("Иван Петров",), None),
        ("By Ann Lee, June 1, 2023", ("Ann Lee",), None),
        ("By Associated Press", ("Associated Press",), None),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], publisher: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors and byline.publisher == publisher


def test_organisations_and_non_bylines() -> None:
    assert parse_byline("ByCity Desk- Valley Courier").organisations == ("City Desk",)  # type: ignore[union-attr]
    assert parse_byline("By the way, the minister said the plan was final.") is None
    assert parse_byline("The council met on Monday.") is None


def test_signatures_and_bios() -> None:
    assert parse_signature("Jane Doe, economist, head of the Open Ports project").authors == (
        "Jane Doe",
    )  # type: ignore[union-attr]
    assert parse_signature("— Jane Doe").authors == ("Jane Doe",)  # type: ignore[union-attr]
    assert parse_signature("Markets rallied. Then they fell back.") is None
    assert parse_author_bio("Jane Doe is a senior analyst at the Harbour Institute.").authors == (
        "Jane Doe",
    )  # type: ignore[union-attr]
    assert parse_author_bio("Jane Doe Founder & Editor in Chief of the site").authors == (
        "Jane Doe",
    )  # type: ignore[union-attr]
    assert parse_author_bio("The council is a body of elected members.") is None


@given(st.text(max_size=300))
def test_parsers_never_raise(text: str) -> None:
    find_dates(text)
    parse_date(text)
    parse_byline(text)
    parse_signature(text)
    parse_author_bio(text)
    looks_like_dateline(text)


def test_long_digit_runs_return() -> None:
    assert isinstance(find_dates("1." * 500_000), list)
    assert parse_byline("By " + "A" * 1_000_000) is None
