"""Every form of the search language listed in the docs, one case each, and the forms
around dates and operators: exclusive bounds, single dates, quoted dates, && and ||."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newscorpus.article import Article
from newscorpus.errors import QuerySyntaxError
from newscorpus.query import DateRange, parse_query, search

A = Article(
    id="a",
    title="Sanctions on Iran",
    text="The Iran threat grew. Sanctions followed.",
    authors=("Ann Lee",),
    source="Valley Courier",
    section="World",
    language="en",
    published=datetime(2023, 3, 12),
)
B = Article(
    id="b",
    title="Rail strike",
    text="Workers said the threat from Iran was small.",
    authors=("Tom Kim",),
    source="Harbour Ledger",
    section="Business",
    language="en-GB",
    published=datetime(2023, 6, 30, 23, 0),
)
C = Article(
    id="c",
    title="Café Türkiye",
    text="Élections à Istanbul.",
    language="fr",
    published=datetime(2024, 1, 1),
)
ALL = [A, B, C]


def ids(query: str) -> list[str]:
    return [a.id for a in search(ALL, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("iran", ["a", "b"]),
        ('"iran threat"', ["a"]),
        ("iran AND rail", ["b"]),
        ("iran rail", ["b"]),
        ("rail OR elections", ["b", "c"]),
        ("iran NOT rail", ["a"]),
        ("iran -rail", ["a"]),
        ("iran && rail", ["b"]),
        ("rail || elections", ["b", "c"]),
        ("(rail OR sanctions) AND NOT workers", ["a"]),
        ("sanction*", ["a"]),
        ('"iran threat"~5', ["a", "b"]),
        ('"iran threat"~1', ["a"]),
        ("title:iran", ["a"]),
        ('title:"rail strike"', ["b"]),
        ("author:lee", ["a"]),
        ('author:"tom kim"', ["b"]),
        ('source:"harbour ledger"', ["b"]),
        ("section:world", ["a"]),
        ("language:en", ["a", "b"]),
        ("CAFE turkiye", ["c"]),
        ("ELECTIONS istanbul", ["c"]),
        ("published:[2023-01-01 TO 2023-06-30]", ["a", "b"]),
        ("published:[2023-06-30 TO *]", ["b", "c"]),
        ("published:[* TO 2023-03-12]", ["a"]),
        ("published:{2023-03-12 TO *]", ["b", "c"]),
        ("published:[2023-01-01 TO 2023-06-30}", ["a"]),
        ("published:{2023-03 TO 2024}", ["b"]),
        ("published:2023-06", ["b"]),
        ("published:2023", ["a", "b"]),
        ('published:"2024-01-01"', ["c"]),
        ('published:["2023-01-01" TO "2023-12-31"]', ["a", "b"]),
    ],
)
def test_form(query: str, expected: list[str]) -> None:
    assert ids(query) == expected
    assert ids(str(parse_query(query))) == expected  # the printed form means the same


def test_exclusive_bounds_shift_by_the_period_they_name() -> None:
    assert parse_query("published:{2023-01 TO 2023-04}").root == DateRange(
        date(2023, 2, 1), date(2023, 3, 31)
    )
    assert parse_query("published:{2023-12-31 TO *}").root == DateRange(date(2024, 1, 1), None)
    assert parse_query("published:2024-02").root == DateRange(date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize(
    ("query", "column", "message"),
    [
        ("published:{2023 TO 2024}", 19, "holds no day"),
        ("published:{2023 TO *", 10, "unclosed '{'"),
        ("a {2023 TO 2024}", 2, "goes after published:"),
        ("published:2023-13", 10, "not a date"),
        ("published:{9999-12-31 TO *]", 11, "edge of the calendar"),
        ("published:[* TO 0001-01-01}", 16, "edge of the calendar"),
        ("published:[2023 until 2024]", 16, "a date range reads"),
        ("published:(2023)", 10, "takes a date"),
        ("title:[2023 TO 2024]", 0, "title: must be followed by"),
        ("&&", 0, "&& must have a term before it"),
        ("a ||", 2, "|| must be followed by a term"),
    ],
)
def test_errors_point_at_the_column(query: str, column: int, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert message in caught.value.message
    assert caught.value.column == column
