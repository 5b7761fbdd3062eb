"""Authors from byline elements and JSON-LD references, on synthetic pages."""

from __future__ import annotations

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.bylines import is_organisation, split_authors
from newscorpus.meta.domauthors import read_dom_byline
from newscorpus.meta.names import strip_name_junk

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
        ('<span class="byline">By <span class="author vcard">Ann Lee</span></span>', ("Ann Lee",)),
        ('<p class="byline">Veröffentlicht vonEva Sousa</p>', ("Eva Sousa",)),
        ('<div class="entry-author">von jimbo42</div>', ("jimbo42",)),
        ('<a rel="author" href="/u/1">Tom Park</a>', ("Tom Park",)),
        (
            '<span itemprop="author" itemscope><a href="/a"><span itemprop="name">Ida Berg</span></a></span>',
            ("Ida Berg",),
        ),
        ('<div class="post-author">Par Marie Curtis | 3 mai 2024</div>', ("Marie Curtis",)),
        ('<p class="author">11:30 Uhr von Jan Holm</p>', ("Jan Holm",)),
        ('<p class="author">Ann Lee Last updated 3 May 2024</p>', ("Ann Lee",)),
        ('<div class="byline">von Ann Lee und Tom Park</div>', ("Ann Lee", "Tom Park")),
        (
            '<p><a rel="author">Ann Lee</a>, <a rel="author">Tom Park</a></p>',
            ("Ann Lee", "Tom Park"),
        ),
        ("<p><strong>Autor:</strong> <a href='/p/7'>Klaus Berg</a></p>", ("Klaus Berg",)),
        ("<h4>Author</h4><p><a href='/p/7'>Nina Vogt</a></p>", ("Nina Vogt",)),
        ("<address>By <a href='/p/2'>Ola Dahl</a></address>", ("Ola Dahl",)),
        ('<div class="byline">By Reuters</div>', ("Reuters",)),
    ],
)
def test_byline_elements(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # readers' comments, author boxes, related posts and footers are not the byline
        '<div class="comments"><div class="comment-author vcard">Tom sagt:</div></div>',
        '<div class="related-posts"><span class="author">Ann Lee</span></div>',
        '<div class="author-box"><span class="author-name">Ann Lee</span></div>',
        '<footer><span class="author">Ann Lee</span></footer>',
        '<img class="author-avatar" alt="Ann Lee">',
        '<a class="author" href="/u">View all posts by Ann Lee</a>',
        '<span class="author">Von</span>',
        '<p class="byline">By the way, the minister said the plan was final.</p>',
        "<p>No byline here.</p>",
    ],
)
def test_not_bylines(markup: str) -> None:
    assert _authors(markup) is None


def test_no_root_gives_none() -> None:
    assert read_dom_byline(None) is None


def test_jsonld_author_by_id_reference() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@graph": ['
        '{"@type": "Article", "headline": "Ferries", "author": {"@id": "#p1"}},'
        '{"@type": "Person", "@id": "#p1", "name": "Ann Lee"}]}</script></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    art = extract_html(html)
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:json-ld"


def test_dom_byline_in_extraction_with_provenance() -> None:
    html = (
        '<html><head><meta name="author" content="site-admin@example.org"></head><body><article>'
        '<h1>Ferries</h1><p class="byline">By <a rel="author" href="/u/ann">Ann Lee</a></p>'
        f"{BODY}</article></body></html>"
    )
    art = extract_html(html)
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:byline"
    assert art.provenance["authors"].rule == "rel-author"


def test_agency_byline_is_marked_organisation() -> None:
    html = f'<html><body><article><div class="byline">By AFP</div>{BODY}</article></body></html>'
    art = extract_html(html)
    assert art.authors == ("AFP",)
    assert art.meta["organisations"] == ["AFP"]


def test_split_authors_loose_keeps_nicknames() -> None:
    assert split_authors("jimbo42 und Ann Lee", strict=False) == ("jimbo42", "Ann Lee")
    assert split_authors("jimbo42 und Ann Lee") == ("Ann Lee",)


def test_is_organisation() -> None:
    assert is_organisation("dpa") and is_organisation("News Desk")
    assert not is_organisation("Ann Lee")


def test_strip_name_junk() -> None:
    assert strip_name_junk("Ann Lee (ann@example.org), reporter") == "Ann Lee"
    assert strip_name_junk("   ") is None
