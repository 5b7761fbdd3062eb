"""Author names cleaned of what sits beside them: a job printed in its own element, a role written
after the name in Korean, Japanese or Chinese, an affiliation after a comma; and names in short
scripts compared across sources. Synthetic pages."""

from __future__ import annotations

import time

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors.choose import choose_authors
from newscorpus.meta.authors.element_names import byline_text, names_in, role_suffixes
from newscorpus.meta.authors.elements import read_dom_byline
from newscorpus.meta.authors.markup import AuthorCandidate, clean_author_names

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _authors(markup: str) -> tuple[str, ...] | None:
    byline = read_dom_byline(parse_html(f"<html><body>{markup}</body></html>").root)
    return None if byline is None else byline.authors


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the job in its own element after the name: not glued to it ("Ann LeeTravel Writer")
        (
            '<div class="info"><span class="author-label">By</span><div class="author">'
            '<a href="/authors/ann-lee/">Ann Lee</a><span class="job-title">Travel Writer</span>'
            "</div></div>",
            ("Ann Lee",),
        ),
        (
            '<p class="byline">Von <a href="/a/">Eva Sousa</a><span class="role">Redaktion '
            "Wirtschaft</span></p>",
            ("Eva Sousa",),
        ),
        # elements end where words end: a label glued to the name's element
        ('<p class="byline"><b>Von</b><a href="/a">Eva Sousa</a></p>', ("Eva Sousa",)),
    ],
)
def test_byline_elements_read_apart(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


def test_byline_text_spaces_elements_and_leaves_jobs_out() -> None:
    root = parse_html(
        '<div><b>By</b><a>Ann Lee</a><span class="jobTitle">Editor</span>, Tom Park</div>'
    ).root
    assert byline_text(root.xpath("//div")[0]) == "By Ann Lee , Tom Park"


def test_a_class_naming_a_role_model_is_not_a_job() -> None:
    """Only a class word that is the job ("role", "job-title") leaves an element out."""
    root = parse_html('<div><span class="controller">Ann Lee</span></div>').root
    assert byline_text(root.xpath("//div")[0]) == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김하나 기자", ("김하나",)),
        ("김하나 기자, 박두리 특파원", ("김하나", "박두리")),
        ("山田太郎 記者", ("山田太郎",)),
    ],
)
def test_a_role_after_the_name_in_east_asian_bylines(text: str, expected: tuple[str, ...]) -> None:
    assert names_in(text) == expected


def test_the_role_alone_is_kept_as_written() -> None:
    """A role word with no name before it is not cut to nothing here (the readers' other tests
    decide whether it names anyone)."""
    assert "기자" in role_suffixes()
    assert names_in("기자") in ((), ("기자",))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["김하나 기자"], ("김하나",)),
        (
            ["Ann Lee, professor of marine biology at the University of the Valley, valley.edu"],
            ("Ann Lee", "valley.edu"),
        ),
        # an outlet's long name beside its slogan names no person: nothing is dropped
        (
            ["Noticias del Valle - El Correo del Sur | Siempre la verdad"],
            ("Noticias del Valle - El Correo del Sur", "Siempre la verdad"),
        ),
        # a long piece with no person beside it stays (the choice decides on it later)
        (
            ["Office of the Mayor of the City of Valley Springs"],
            ("Office of the Mayor of the City of Valley Springs",),
        ),
    ],
)
def test_markup_names_lose_roles_and_affiliations(
    names: list[str], expected: tuple[str, ...]
) -> None:
    assert clean_author_names(names) == expected


def test_short_names_in_korean_agree_across_sources() -> None:
    """Two sources naming the same Korean writers agree: the JSON-LD stands, the byline
    element does not outvote it with a meta tag."""
    jsonld = AuthorCandidate(names=("김하나", "박두리"), source="html:json-ld", rule="author")
    byline = AuthorCandidate(names=("김하나", "박두리"), source="html:byline", rule="byline-class")
    meta = AuthorCandidate(names=("김하나",), source="html:meta", rule="author")
    assert choose_authors([jsonld, byline, meta]).source == "html:json-ld"


def test_a_korean_page_with_roles_in_its_byline() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "김하나"}, {"@type": "Person", "name": "박두리"}]}'
        "</script></head><body><article><h1>항구 위원회 회의</h1>"
        '<div class="byline">김하나 기자 kim@example.kr</div><div class="byline">박두리 기자</div>'
        f"{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == ("김하나", "박두리")


def test_a_reach_style_byline_with_microdata_and_a_job() -> None:
    page = (
        "<html><body><article><h1>Ferries return to the bay</h1>"
        '<div class="byline"><div itemprop="author"><meta itemprop="name" content="Ann Lee">'
        '</div><span class="author-label">By</span><div class="author"><a href="/authors/a/">'
        f'Ann Lee</a><span class="job-title">Lifestyle Writer</span></div></div>{BODY}'
        "</article></body></html>"
    )
    assert extract_html(page).authors == ("Ann Lee",)


@pytest.mark.parametrize("size", [10_000, 100_000])
def test_cleaning_long_adversarial_names_is_linear(size: int) -> None:
    """Long runs of words, commas and spaces: the cleaning stays fast (no backtracking)."""
    for text in ("a " * size, "Ann, " * size, "기자 " * size, ", " * size):
        started = time.perf_counter()
        clean_author_names([text])
        names_in(text)
        assert time.perf_counter() - started < 5
    root = parse_html("<div>" + '<span class="role">x</span>' * (size // 10) + "</div>").root
    assert byline_text(root.xpath("//div")[0]) == ""
