"""Publication dates: what the page shows against what its metadata keeps."""

from __future__ import annotations

import json
from datetime import date

from newscorpus import extract_html
from newscorpus.meta import choose_published, find_page_dates

BODY = (
    "<p>The cycle path along the canal opens again next week after the repairs to the old lock "
    "gates, the city's transport office told residents in a letter.</p>"
    "<p>Cyclists used the road through the industrial estate during the works, which took "
    "longer than planned because of the wet spring, the office added.</p>"
)
_CREATED_HEAD = (
    '<script type="application/ld+json">{"@type": "Article", '
    '"datePublished": "2016-08-29T21:54:39Z", "dateModified": "2020-10-01T13:23:47Z"}</script>'
)


def _page(head: str = "", byline: str = "", extra: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Canal path</title>{head}</head><body><article>'
        f"<h1>Canal path opens again</h1>{byline}{BODY}</article>{extra}</body></html>"
    )


def _day(page: str) -> date | None:
    published = extract_html(page).published
    return published.date() if published is not None else None


def test_the_only_printed_date_is_the_update_line() -> None:
    page = _page(_CREATED_HEAD, '<div class="byline">By Kim Ode · Updated May 6, 2019</div>')
    article = extract_html(page)
    assert _day(page) == date(2019, 5, 6)
    assert article.provenance["published"].rule.endswith("+shown-update")


def test_update_line_on_the_metadata_update_day_german() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "2023-01-10",'
        ' "dateModified": "2023-03-06"}</script>'
    )
    page = _page(head, '<div class="changed">Aktualisiert am 06. Mär. 2023</div>', lang="de")
    assert _day(page) == date(2023, 3, 6)


def test_a_printed_publication_date_keeps_its_place_beside_the_update_line() -> None:
    byline = "<p>Published 29 August 2016</p><p>Updated May 6, 2019</p>"
    assert _day(_page(_CREATED_HEAD, byline)) == date(2016, 8, 29)


def test_with_nothing_printed_the_metadata_publication_date_stays() -> None:
    assert _day(_page(_CREATED_HEAD)) == date(2016, 8, 29)


def test_a_machine_timestamp_in_the_text_is_not_a_shown_update() -> None:
    hidden = '<p class="hidden">Updated 2019-05-06T10:00:00Z</p>'
    assert _day(_page(_CREATED_HEAD, hidden)) == date(2016, 8, 29)


def test_a_weak_best_candidate_is_left_to_the_other_checks() -> None:
    # Only a date-classed element dates the page: the update line does not replace it.
    page = _page(byline='<span class="post-date">3 March 2021</span><p>Updated 9 May 2022</p>')
    assert _day(page) == date(2021, 3, 3)


_GENERIC_HEAD = '<meta name="date" content="2021-10-15"><meta name="DC.date" content="2021-10-15">'


def test_a_date_under_a_publication_label_beats_the_generic_date_tag() -> None:
    extra = (
        "<dl><dt>Erschienen am:</dt><dd>13.10.2021</dd><dt>Herausgeber:</dt><dd>Verband</dd></dl>"
    )
    page = _page(_GENERIC_HEAD, lang="de", extra=extra)
    article = extract_html(page)
    assert _day(page) == date(2021, 10, 13)
    assert article.provenance["published"].rule == "labelled-dateline"


def test_a_publication_label_on_the_date_line_itself() -> None:
    page = _page(_GENERIC_HEAD, extra="<p>First published on: 13 October 2021</p>")
    assert _day(page) == date(2021, 10, 13)


def test_an_unlabelled_date_line_elsewhere_stays_below_the_date_tag() -> None:
    page = _page(_GENERIC_HEAD, extra="<div><p>13 October 2021</p></div>")
    assert _day(page) == date(2021, 10, 15)


def test_an_update_label_before_the_date_line_is_no_publication_label() -> None:
    extra = "<dl><dt>Aktualisiert:</dt><dd>13.10.2021</dd></dl>"
    candidates = find_page_dates(_page(_GENERIC_HEAD, lang="de", extra=extra))
    assert all(c.rule != "labelled-dateline" for c in candidates)
    chosen = choose_published(candidates)
    assert chosen is not None and chosen.date is not None
    assert chosen.date.value.date() == date(2021, 10, 15)


def test_a_label_far_from_the_date_does_not_count() -> None:
    # The label line is long prose, not a label of its own.
    extra = (
        "<p>Everything on this site was published by the association and its members.</p>"
        "<p>13.10.2021</p>"
    )
    candidates = find_page_dates(_page(_GENERIC_HEAD, lang="de", extra=extra))
    assert all(c.rule != "labelled-dateline" for c in candidates)


# The site's section menu: a few links between the masthead and the article.
_SECTIONS = "".join(
    f'<li><a href="/{name}">{name}</a></li>'
    for name in ("Bühne", "Musik", "Kino", "Bücher", "Kolumnen")
)


def _masthead_page(header: str) -> str:
    return (
        '<html lang="de"><head><title>Kolumne</title></head><body>'
        f'<header class="site">{header}<p><a href="/spenden">Unterstützen Sie uns</a></p></header>'
        f'<ul class="sections">{_SECTIONS}</ul><p class="kicker">Im Schlepptau</p>'
        '<div class="content"><h2>Kolumne über Brücken</h2>'
        '<p><span class="text_datum">31. Oktober 2023.</span> Die alte Brücke über den Kanal '
        "wird im Winter erneuert, und die Stadt sucht noch nach einer Umleitung für die "
        "Radfahrer, die jeden Morgen in die Innenstadt fahren.</p>"
        "<p>Der Umbau soll im Frühjahr fertig sein, sagte die Stadt am Montag.</p></div>"
        "</body></html>"
    )


_TODAY = (
    '<span class="datum heute"><time datetime="2023-11-01T13:56:20+01:00">'
    "Mittwoch, 01. November 2023</time></span>"
)


def test_the_date_in_the_site_masthead_is_the_day_of_the_visit() -> None:
    header = f'<div class="navtop">{_TODAY}</div><div id="menu"><a href="/">Start</a></div>'
    markup = [c for c in find_page_dates(_masthead_page(header)) if c.source.startswith("html:")]
    # The masthead's <time> and its date-classed wrapper are gone; the article's date stays.
    assert [(c.source, c.date.value.day if c.date else None) for c in markup] == [
        ("html:class", 31)
    ]


def test_a_header_with_the_navigation_element_is_a_masthead_too() -> None:
    page = _masthead_page(f'{_TODAY}<nav><a href="/">Start</a></nav>')
    assert all(c.source != "html:time" for c in find_page_dates(page))


def test_the_article_header_with_its_headline_keeps_its_date() -> None:
    header = f'<h1>Brücke</h1>{_TODAY}<nav class="breadcrumb"><a href="/">Start</a></nav>'
    assert any(c.source == "html:time" for c in find_page_dates(_masthead_page(header)))


def test_a_header_without_navigation_keeps_its_date() -> None:
    assert any(c.source == "html:time" for c in find_page_dates(_masthead_page(_TODAY)))


def _with_comments(comment: str) -> str:
    return _page(
        '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">',
        extra=f'<section class="discussion">{comment}</section>',
    )


def test_a_comment_microdata_date_is_not_the_page_date() -> None:
    comment = (
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<meta itemprop="datePublished" content="2019-02-12">'
        '<span itemprop="author">Reader</span><p itemprop="text">Nice piece.</p></div>'
        '<div itemscope itemtype="http://schema.org/Review">'
        '<time itemprop="datePublished" datetime="2019-03-01">1 March 2019</time></div>'
    )
    markup = [c for c in find_page_dates(_with_comments(comment)) if c.source.startswith("html:")]
    assert [c.date.value.year for c in markup if c.date is not None] == [2017]


def test_the_article_microdata_date_is_kept() -> None:
    item = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="datePublished" content="2017-04-12"></div>'
    )
    candidates = find_page_dates(_with_comments(item))
    assert [c.rule for c in candidates if c.source == "html:meta"] == [
        "article:published_time",
        "datePublished",
    ]


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


_STORY = {"@type": "NewsArticle", "headline": "Canal path", "datePublished": "2023-11-01T08:00:00Z"}


def test_the_article_object_beats_the_page_object_of_the_graph() -> None:
    graph = {"@graph": [{"@type": "WebPage", "datePublished": "2015-01-01T00:00:00Z"}, _STORY]}
    assert _day(_page(_ld(graph))) == date(2023, 11, 1)
    # A page object alone still dates the page.
    alone = {"@type": "WebPage", "datePublished": "2015-01-01T00:00:00Z"}
    assert _day(_page(_ld(alone))) == date(2015, 1, 1)


def test_a_page_typed_also_as_an_article_stays_an_article() -> None:
    both = {"@type": ["WebPage", "Article"], "datePublished": "2015-01-01T00:00:00Z"}
    ranks = [c.rank for c in find_page_dates(_page(_ld(both) + _ld(_STORY))) if c.rank < 20]
    assert ranks == [10, 10]


def test_articles_listed_in_an_item_list_are_other_pages() -> None:
    listed = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "item": {"@type": "NewsArticle", "datePublished": "2023-10-01"}}
        ],
    }
    assert _day(_page(_ld(listed) + _ld(_STORY))) == date(2023, 11, 1)


def test_comments_inside_the_article_object_are_not_candidates() -> None:
    story = dict(_STORY, comment=[{"@type": "Comment", "datePublished": "2024-01-05"}])
    years = [c.date.value.year for c in find_page_dates(_page(_ld(story))) if c.date]
    assert years == [2023]


def test_a_time_between_the_update_label_and_the_date_keeps_the_label() -> None:
    byline = "<p>Updated 10:05 AM ET, Thu November 9, 2023</p>"
    article = extract_html(_page(byline=byline))
    assert article.modified is not None and article.modified.date() == date(2023, 11, 9)
    assert article.provenance["published"].rule.endswith("+only-date")


def test_the_publication_line_after_the_update_line_is_read() -> None:
    byline = (
        "<p>Updated 10:05 AM ET, Thu November 9, 2023</p>"
        "<p>Published 4:00 PM ET, Wed November 8, 2023</p>"
    )
    article = extract_html(_page(byline=byline))
    assert _day(_page(byline=byline)) == date(2023, 11, 8)
    assert article.modified is not None and article.modified.date() == date(2023, 11, 9)


def test_german_update_line_then_the_date_line() -> None:
    byline = "<p>Aktualisiert am 09.11.2023, 10:05 Uhr</p><p>08.11.2023, 16:00 Uhr</p>"
    published = extract_html(_page(byline=byline, lang="de")).published
    assert published is not None and published.isoformat() == "2023-11-08T16:00:00"


def _class_candidates(markup: str) -> list[tuple[str, int]]:
    page = _page(byline=markup)
    return [
        (c.kind, c.date.value.day)
        for c in find_page_dates(page)
        if c.source == "html:class" and c.date is not None
    ]


def test_a_date_element_with_both_dates_gives_the_publication_date() -> None:
    both = '<div class="post-date">Published 8 Nov 2023, updated 9 Nov 2023</div>'
    assert _class_candidates(both) == [("published", 8)]
    update_first = '<div class="post-date">Updated 9 Nov 2023 | Published 8 Nov 2023</div>'
    assert _class_candidates(update_first) == [("published", 8)]


def test_a_date_element_with_only_an_update_is_modified() -> None:
    only = '<div class="post-date">Last updated: 9 Nov 2023</div>'
    assert _class_candidates(only) == [("modified", 9)]


def test_unix_times_in_publication_meta_tags_and_json_ld() -> None:
    meta = '<meta name="publish-date" content="1699451100">'
    assert _day(_page(meta)) == date(2023, 11, 8)
    number = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1699451100000}</script>'
    assert _day(_page(number)) == date(2023, 11, 8)


def test_a_bare_number_in_a_generic_meta_tag_is_no_date() -> None:
    # "other" meta tags (a name with "date" that says neither publish nor modify) need a real date.
    meta = '<meta name="date-id" content="1699451100">'
    assert all(c.source != "html:meta" for c in find_page_dates(_page(meta)))


def test_an_itemprop_date_kept_in_the_title_attribute() -> None:
    footer = (
        '<div class="post-footer">Eingestellt von Julia um <a class="timestamp-link" href="/2018/08/pilze.html"'
        ' rel="bookmark"><abbr class="published" itemprop="datePublished"'
        ' title="2018-08-02T10:00:00+02:00">10:00</abbr></a></div>'
    )
    published = extract_html(_page(extra=footer, lang="de")).published
    assert published is not None and published.isoformat() == "2018-08-02T10:00:00+02:00"


def test_an_itemprop_date_with_an_unreadable_title_gives_nothing() -> None:
    footer = '<p><abbr itemprop="datePublished" title="permanent link">10:00</abbr></p>'
    assert all(c.source != "html:itemprop" for c in find_page_dates(_page(extra=footer)))


def test_an_update_shown_days_after_the_metadata_day_updates_that_story() -> None:
    # A live page prints its last update ("Updated" glued to the time by its markup); the
    # metadata's publication day, one day earlier, stands.
    head = (
        '<script type="application/ld+json">{"@type": "Article", '
        '"datePublished": "2024-03-04T13:20:00Z", "dateModified": "2024-03-05T19:45:00Z"}</script>'
    )
    byline = "<ul><li><span>Updated</span><span>19:45, 5 Mar 2024</span></li></ul>"
    assert _day(_page(head, byline)) == date(2024, 3, 4)


def test_a_label_glued_to_its_time_still_names_an_update() -> None:
    from newscorpus.meta.dates.text import date_kind

    assert date_kind("Updated19:45, ") == "modified"
    assert date_kind("Updated 19:45, ") == "modified"
    assert date_kind("v2.10 released, ") == "published"
