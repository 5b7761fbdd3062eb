"""The options-driven date readers read exactly what find_dates/parse_date read with the
options spelled out, bad input included."""

from __future__ import annotations

from datetime import datetime, timezone

from newscorpus.meta.dates.bounds import date_as, dates_as
from newscorpus.options import MetaOptions
from newscorpus.shapes.dates import find_dates, parse_date


def test_dates_as_follows_dayfirst() -> None:
    assert [d.value.month for d in dates_as("03/04/2024", MetaOptions(dayfirst=True))] == [4]
    assert [d.value.month for d in dates_as("03/04/2024", MetaOptions(dayfirst=False))] == [3]


def test_year_bounds_and_future_come_from_the_options() -> None:
    reference = datetime(2024, 1, 1, tzinfo=timezone.utc)
    future = "Published 5 May 2031"
    assert dates_as(future, MetaOptions()) == []
    assert [d.value.year for d in dates_as(future, MetaOptions(allow_future=True))] == [2031]
    assert date_as("1985-06-01", MetaOptions()) is None
    assert date_as("1985-06-01", MetaOptions(min_year=1980)) is not None
    options = MetaOptions(reference_time=reference, min_year=2000)
    text = "Updated 2 March 2023, first 1 May 1999"
    assert dates_as(text, options) == find_dates(text, reference_time=reference, min_year=2000)
    assert date_as(text, options) == parse_date(text, reference_time=reference, min_year=2000)


def test_bad_input_gives_nothing() -> None:
    for text in ("", "   ", "no date here", "\x00\ufffd", "99/99/9999", "31 February 2020"):
        assert dates_as(text, MetaOptions()) == []
        assert date_as(text, MetaOptions()) is None
