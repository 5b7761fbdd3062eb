"""Bylines as text in several languages: prefixes, several authors, roles and dates stripped."""

from __future__ import annotations

import pytest

from newscorpus.meta import parse_byline


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ein Beitrag von Ann Lee", ("Ann Lee",)),
        ("Text von Ann Lee und Tom Park", ("Ann Lee", "Tom Park")),
        ("Par Marie Curtis et Jean Dupont le 3 mai 2024", ("Marie Curtis", "Jean Dupont")),
        ("Por Ana Ruiz y Luis Gil", ("Ana Ruiz", "Luis Gil")),
        ("Di Marco Rossi", ("Marco Rossi",)),
        ("Автор: Иван Петров и Анна Смирнова", ("Иван Петров", "Анна Смирнова")),
        ("Yazar: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
        ("Müəllif: Elnur Əliyev", ("Elnur Əliyev",)),
        ("By Ann Lee, Staff Writer | Updated 3 May 2024", ("Ann Lee",)),
        ("By Mark Stone, Monday 3 May", ("Mark Stone",)),
        ("Von Jan Holm am 12.03.2024", ("Jan Holm",)),
        ("By Ann Lee, Tom Park and Eva Sousa", ("Ann Lee", "Tom Park", "Eva Sousa")),
        ("By Ann Lee & Tom Park", ("Ann Lee", "Tom Park")),
        ("By Ann Lee Email the author", ("Ann Lee",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("line", "agency"), [("By AP", "AP"), ("von dpa", "dpa"), ("By Reuters", "Reuters")]
)
def test_agencies_are_organisations(line: str, agency: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.organisations == (agency,)


@pytest.mark.parametrize("line", ["", "By the way, the plan was final.", "Staff Writer", "x" * 200])
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_a_role_alone_is_kept_as_the_byline() -> None:
    byline = parse_byline("By Staff Writer")
    assert byline is not None and byline.authors == ("Staff Writer",)
