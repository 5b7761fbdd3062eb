"""Authors: placeholders, interview labels, handles, roles after a dash, co-authors
the metadata leaves out, author boxes in a post's footer, dated meta lines in small type."""

from __future__ import annotations

import json

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors.choose import choose_authors
from newscorpus.meta.authors.elements import read_dom_byline
from newscorpus.meta.authors.markup import AuthorCandidate, clean_author_names

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries, and "
    "the captains asked for a later crossing on Fridays.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring, when "
    "the board will count the passengers again.</p>"
)


def _dom(markup: str) -> tuple[str, ...] | None:
    byline = read_dom_byline(parse_html(f"<html><body>{markup}</body></html>").root)
    return None if byline is None else byline.authors


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Ferries</title>{head}</head><body>"
        f"<article><h1>Late ferry returns</h1>{body}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize("placeholder", ["No Author", "Anonymous", "N/A", "author", "null"])
def test_a_cms_placeholder_is_nobody(placeholder: str) -> None:
    assert clean_author_names([placeholder]) == ()
    page = _page(head=f'<meta name="author" content="{placeholder}">')
    assert extract_html(page).authors == ()


def test_a_placeholder_does_not_hide_a_real_name() -> None:
    assert clean_author_names(["No Author", "Ann Lee"]) == ("Ann Lee",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<p class="author">Interview: Julia Berg</p>', ("Julia Berg",)),
        ('<p class="author">Entretien : Julie Roux</p>', ("Julie Roux",)),
        ('<span class="byline">Williams Ortega @wortega</span>', ("Williams Ortega",)),
        ('<span class="byline">Ann Lee @ann.lee, Tom Park</span>', ("Ann Lee", "Tom Park")),
        (
            '<div class="byline">Posted by Nora Park, Eva Sousa and Kiran C Nair - Safe '
            "Browsing team</div>",
            ("Nora Park", "Eva Sousa", "Kiran C Nair"),
        ),
        (
            '<p class="author">Anna Berg im Gespräch mit Tom Park</p>',
            ("Anna Berg", "Tom Park"),
        ),
        ('<p class="author">Ann Lee in conversation with Tom Park</p>', ("Ann Lee", "Tom Park")),
    ],
)
def test_byline_element_junk_is_stripped(markup: str, expected: tuple[str, ...]) -> None:
    assert _dom(markup) == expected


def test_an_interview_with_someone_is_not_a_label() -> None:
    # "Interview mit …" names the one interviewed; only "Interview:" labels the writer.
    assert _dom('<p class="author">Interview mit Tom Park</p>') != ("Tom Park",)


def _jsonld(*names: str) -> str:
    data = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": n} for n in names]}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("von Rudolf Berg, Simon Kahl", ("Rudolf Berg", "Simon Kahl")),
        # more in the byline, but not people: the metadata's one author stands
        ("von Rudolf Berg, Online-Redaktion", ("Rudolf Berg",)),
        ("von Rudolf Berg, AMP Project Marketing", ("Rudolf Berg",)),
        # the byline leaves the metadata's author out: no superset, the metadata stands
        ("von Simon Kahl, Anna Vogt", ("Rudolf Berg",)),
    ],
)
def test_a_byline_naming_the_metadata_author_and_co_authors_wins(
    byline: str, expected: tuple[str, ...]
) -> None:
    page = _page(
        head=_jsonld("Rudolf Berg"),
        body=f'<div class="meta-item author"><span class="fn">{byline}</span></div>',
    )
    assert extract_html(page).authors == expected


def test_choose_authors_keeps_the_metadata_when_the_byline_names_no_more() -> None:
    meta = AuthorCandidate(names=("Ann Lee",), source="html:json-ld", rule="author")
    same = AuthorCandidate(names=("Ann Lee",), source="html:byline", rule="byline-class")
    chosen = choose_authors([meta, same])
    assert chosen is not None and chosen.source == "html:json-ld"


def _box(link_text: str, wrapper: str = "sidebar-wrapper") -> str:
    return (
        f'<html><body><div class="{wrapper}"><div class="article-wrapper">'
        f"<article><h1>Late ferry returns</h1>{BODY}</article>"
        '<div class="author-bio footer"><h3>Martin Kuhn</h3>'
        f'<p><a href="https://example.org/author/martin">{link_text}</a></p></div>'
        "</div></div></body></html>"
    )


@pytest.mark.parametrize("link_text", ["Alles von Martin Kuhn", "All posts by Martin Kuhn"])
def test_an_author_box_link_to_the_archive_names_the_author(link_text: str) -> None:
    assert extract_html(_box(link_text)).authors == ("Martin Kuhn",)


def test_an_archive_link_whose_address_spells_another_name_is_not_taken() -> None:
    page = _box("Alles von Martin Kuhn").replace("/author/martin", "/author/redaktion")
    assert extract_html(page).authors != ("Martin Kuhn",)


def test_a_real_sidebar_beside_the_post_still_hides_its_links() -> None:
    page = (
        "<html><body><div class='post'><article><h1>Late ferry returns</h1>"
        f"{BODY}</article></div><aside><div class='sidebar'>"
        "<a href='https://example.org/author/martin'>Alles von Martin Kuhn</a>"
        "</div></aside></body></html>"
    )
    assert extract_html(page).authors == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("04.02.2022 | 13:10 Uhr | Uta Helmer", ("Uta Helmer",)),
        ("04.02.2022 | Uta Helmer", ("Uta Helmer",)),
        ("3 May 2024 · 9:15 am · Anna Lee", ("Anna Lee",)),
    ],
)
def test_a_dated_meta_line_in_small_type_names_the_author(
    line: str, expected: tuple[str, ...]
) -> None:
    page = (
        "<html><body><article><div><small>"
        f"{line}</small><h1>Late ferry returns</h1></div>{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == expected


def test_a_dated_line_with_a_section_after_the_time_names_nobody() -> None:
    page = (
        "<html><body><article><div><small>04.02.2022 | 13:10 Uhr | Politik</small>"
        f"<h1>Late ferry returns</h1></div>{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == ()


def test_an_author_link_in_a_sidebar_list_of_recent_posts_is_not_the_byline() -> None:
    page = (
        "<html><body><div class='content'><article><h1>Late ferry returns</h1>"
        f"{BODY}</article></div><div class='sidebar'><ul><li class='post'>"
        "<a href='/other-story'>Other story</a> "
        "<a href='https://example.org/author/martin-kuhn'>Martin Kuhn</a>"
        "</li></ul></div></body></html>"
    )
    assert extract_html(page).authors == ()


def test_an_initial_and_surname_handle_beside_the_full_name_is_the_same_person() -> None:
    ann = AuthorCandidate(names=("Frank Boës", "fboës"), source="html:byline", rule="x")
    chosen = choose_authors([ann])
    assert chosen is not None and chosen.names == ("Frank Boës",)
    # another person's handle stays
    two = AuthorCandidate(names=("Frank Boës", "tpark"), source="html:byline", rule="x")
    chosen = choose_authors([two])
    assert chosen is not None and chosen.names == ("Frank Boës", "tpark")


@pytest.mark.parametrize("region", ["sect_commentlinks", "commentbody", "kommentarebereich"])
def test_a_comment_region_named_with_a_glued_word_hides_its_bylines(region: str) -> None:
    page = (
        '<html><head><meta name="author" content="Ingrid Arnold"></head><body>'
        f"<article><h1>Late ferry returns</h1>{BODY}</article>"
        f'<div class="{region}"><ul><li><a class="author person" href="/u/1">'
        "<h4>Martinxyz</h4></a><p>I disagree with this.</p></li></ul></div></body></html>"
    )
    assert extract_html(page).authors == ("Ingrid Arnold",)


def test_a_commentary_is_an_opinion_piece_not_comments() -> None:
    page = (
        '<html><body><div class="commentary"><article><h1>Late ferry returns</h1>'
        '<p class="byline">By Ann Lee</p>'
        f"{BODY}</article></div></body></html>"
    )
    assert extract_html(page).authors == ("Ann Lee",)
