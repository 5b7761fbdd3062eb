"""Dates written year first with the month's name (Hungarian, Lithuanian)."""

from __future__ import annotations

import pytest

from newscorpus import extract_html, find_dates, parse_date
from newscorpus.shapes.year_first import year_first_dates


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024. március 5.", "2024-03-05T00:00:00"),
        ("Frissítve: 2024. márc. 5. 10:30", "2024-03-05T10:30:00"),
        ("2023. december 24., vasárnap", "2023-12-24T00:00:00"),
        ("2024 m. kovo 5 d.", "2024-03-05T00:00:00"),
        ("Publikuota 2024 m. gruodžio 31 d. 08:15", "2024-12-31T08:15:00"),
        ("2024m. liepos 1 d.", "2024-07-01T00:00:00"),
    ],
)
def test_year_first_dates_are_read(printed: str, iso: str) -> None:
    parsed = parse_date(printed)
    assert parsed is not None
    assert parsed.value.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 May 5 people came",  # a year without its mark is no date's
        "2024. március 32.",  # no such day
        "2023. február 29.",  # not a leap year
        "2024. Kossuth 5.",  # no month
        "12024. március 5.",  # five digits
    ],
)
def test_what_is_no_year_first_date(text: str) -> None:
    assert find_dates(text) == []


def test_the_match_ends_after_the_day_mark() -> None:
    ((match, ymd),) = list(year_first_dates("— 2024 m. kovo 5 d. —"))
    assert ymd == (2024, 3, 5)
    assert match.group(0) == "2024 m. kovo 5 d."


def test_long_adversarial_text_is_read() -> None:
    assert list(year_first_dates("2024. " * 40_000)) == []
    assert list(year_first_dates("2024 m. kovo " * 30_000)) == []


def test_a_hungarian_page_prints_its_day() -> None:
    html = (
        '<html lang="hu"><head><title>Árvíz</title></head><body><article><h1>Árvíz a Dunán</h1>'
        '<div class="post-date">2024. március 5. 10:30</div>'
        "<p>A folyó szintje tovább emelkedett a hétvégén, a hatóságok védekezésre készülnek.</p>"
        "<p>A gátakon éjjel-nappal dolgoznak az önkéntesek és a katasztrófavédelem emberei.</p>"
        "</article></body></html>"
    )
    published = extract_html(html).published
    assert published is not None
    assert published.date().isoformat() == "2024-03-05"
