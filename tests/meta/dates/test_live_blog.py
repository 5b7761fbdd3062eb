"""A live blog's publication date: its start, not its latest post."""

from __future__ import annotations

import json

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta import choose_published, jsonld_objects
from newscorpus.meta.dates.markup import html_date_candidates

BODY = (
    "<p>Crews worked through the night to clear the flooded underpass on the ring road, the "
    "council said in its latest update.</p>"
    "<p>Drivers are asked to avoid the area until the morning rush hour is over.</p>"
)


def _live_blog(top: str = "") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Flooding live: underpass closed",
        "datePublished": "2024-08-04T13:23:00Z",
        "dateModified": "2024-08-05T19:49:50Z",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Road reopens", "datePublished": d}
            for d in ("2024-08-05T21:00:18+01:00", "2024-08-05T20:42:30+01:00")
        ],
    }
    return (
        "<html><head><title>Flooding live</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z"></head><body>'
        f"<article><h1>Flooding live: underpass closed</h1>{top}{BODY}</article></body></html>"
    )


def test_the_posts_of_a_live_blog_are_not_its_dated_objects() -> None:
    page = parse_html(_live_blog())
    types = [item["@type"] for item, _ in jsonld_objects(page.root)]
    assert types == ["LiveBlogPosting"]


def test_the_time_printed_at_the_top_of_a_live_blog_is_its_latest_post() -> None:
    top = (
        '<time class="date-updated" datetime="2024-08-05T19:49:50Z"></time>'
        '<span class="time-container">20:49, 5 Aug 2024</span>'
    )
    page = parse_html(_live_blog(top))
    candidates = html_date_candidates(page.root, jsonld=jsonld_objects(page.root))
    printed = [c for c in candidates if c.source == "html:class"]
    assert [c.kind for c in printed] == ["other"]
    chosen = choose_published(candidates)
    assert chosen is not None and chosen.date is not None
    assert chosen.date.value.date().isoformat() == "2024-08-04"
    assert chosen.source == "html:json-ld"


def test_a_live_blog_is_dated_by_its_start_not_its_posts() -> None:
    art = extract_html(_live_blog())
    assert art.published is not None
    assert art.published.date().isoformat() == "2024-08-04"


def test_an_ordinary_article_keeps_its_printed_date() -> None:
    html = _live_blog('<span class="post-date">5 Aug 2024</span>').replace(
        "LiveBlogPosting", "NewsArticle"
    )
    art = extract_html(html)
    assert art.published is not None
    assert art.published.date().isoformat() == "2024-08-05"
