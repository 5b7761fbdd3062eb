"""Publication dates: permalinks, update lines, and printed forms in several languages."""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.meta import find_page_dates

BODY = (
    "<p>The ferry service across the river returned on Monday after the winter storms, "
    "the harbour office said in a short statement to passengers.</p>"
    "<p>Timetables stay as they were before the storms, and tickets bought earlier remain valid "
    "for the rest of the season, the operator added.</p>"
)


def _page(head: str = "", body_top: str = "", extra: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Ferries return</title>{head}</head><body>'
        f"<article><h1>Ferries return</h1>{body_top}{BODY}</article>{extra}</body></html>"
    )


def test_date_inside_the_page_permalink_is_the_article_date() -> None:
    top = (
        '<div class="entry-meta"><span class="posted-on"><a href="/ferries-return/" '
        'rel="bookmark"><time class="entry-date published" datetime="2024-03-04T09:15:00+01:00">'
        "4 March 2024</time></a></span></div>"
    )
    article = extract_html(_page(body_top=top))
    assert article.published_iso == "2024-03-04T09:15:00+01:00"


def test_time_inside_a_link_to_another_page_is_not_a_candidate() -> None:
    top = (
        '<div class="entry-meta"><a href="/bridge-reopens/"><time class="entry-date published" '
        'datetime="2024-03-01T08:00:00+01:00"></time></a></div>'
    )
    page = _page(body_top=top)
    assert [c.rule for c in find_page_dates(page) if c.source == "html:time"] == []
    linked = top.replace('href="/bridge-reopens/"', 'href="/ferries-return/" rel="bookmark"')
    assert [c.rule for c in find_page_dates(_page(body_top=linked)) if c.source == "html:time"] == [
        "time-datetime"
    ]


def test_last_edited_line_at_the_foot_is_an_update_date() -> None:
    foot = '<p class="info">Page (last edited 2019-11-10 13:28:18 by Editor)</p>'
    article = extract_html(_page(extra=foot))
    assert article.modified is not None and article.modified.date().isoformat() == "2019-11-10"
    foot = "<p>Aktualisiert: 30.12.2016</p>"
    assert extract_html(_page(extra=foot)).modified.date().isoformat() == "2016-12-30"  # type: ignore[union-attr]


def test_a_printed_date_line_votes_with_the_time_element() -> None:
    head = '<meta property="article:published_time" content="2024-05-20T10:00:00Z">'
    top = '<div class="byline"><time datetime="2024-03-04"></time></div>'
    alone = extract_html(_page(head, body_top=top))
    assert alone.published_iso == "2024-05-20T10:00:00+00:00"
    printed = extract_html(_page(head, body_top=top, extra="<p>04.03.2024</p>"))
    assert printed.published_iso == "2024-03-04"


def test_media_upload_meta_is_a_publication_date() -> None:
    head = '<meta property="gallery:uploaded" content="2013-02-16T04:36:36-05:00">'
    assert extract_html(_page(head)).published_iso == "2013-02-16T04:36:36-05:00"


def test_empty_updated_element_keeps_its_date_in_title() -> None:
    top = '<span class="updated" title="2013-04-04T18:52:11+00:00"></span>'
    article = extract_html(_page(body_top=top))
    assert article.modified is not None and article.modified.isoformat().startswith("2013-04-04")
    no_date = '<span class="updated" title="soon"></span>'
    assert extract_html(_page(body_top=no_date)).modified is None


def test_publication_labels_in_german_and_french() -> None:
    for line in ("Veröffentlichung: 04.02.2022", "Mis en ligne le 4 février 2022"):
        assert extract_html(_page(extra=f"<p>{line}</p>")).published_iso == "2022-02-04"


def test_agency_date_after_a_teaser_and_a_byline_opens_the_article() -> None:
    page = (
        '<html lang="de"><head><title>Gedenken</title></head><body><article><h1>Gedenken</h1>'
        "<p>Ein Gedenktag erinnert an die Opfer, und viele Menschen kommen in die Stadt.</p>"
        "<p>Foto: Archiv</p><p>Von Anna Beispiel</p>"
        "<p>27.1.2022 - Bei der Erinnerung an die Opfer kamen am Donnerstag viele Menschen "
        "zusammen, sagte die Sprecherin der Initiative in der Stadt am Abend.</p>"
        "<p>Die Feier dauerte bis in den Abend, und danach gingen alle gemeinsam zum Platz "
        "vor dem Rathaus, wo die Namen verlesen wurden.</p></article></body></html>"
    )
    assert extract_html(page).published_iso == "2022-01-27"


def test_letzte_aenderung_is_an_update_label() -> None:
    foot = "<p>Letzte Änderung: 31.10.2023 - 14:49:39</p><p>Veröffentlicht am 01.11.2023</p>"
    article = extract_html(_page(extra=foot))
    assert article.published_iso == "2023-11-01"
    assert article.modified is not None and article.modified.date().isoformat() == "2023-10-31"


def test_share_image_path_date_is_a_last_resort() -> None:
    image = '<meta property="og:image" content="https://x.org/files/2016/05/04/cover.png">'
    assert extract_html(_page(image)).published_iso == "2016-05-04"
    dated = image + '<meta property="article:published_time" content="2016-06-01T10:00:00">'
    assert extract_html(_page(dated)).published_iso == "2016-06-01T10:00:00"
    bad = '<meta property="og:image" content="https://x.org/files/2016/13/45/cover.png">'
    assert extract_html(_page(bad)).published is None


def test_printed_date_line_beats_a_generic_date_meta_tag() -> None:
    head = '<meta name="date" content="2020-02-12">'
    top = "<p>05.02.2020 - Redaktion: Anna Beispiel</p>"
    assert extract_html(_page(head, body_top=top)).published_iso == "2020-02-05"
    assert extract_html(_page(head)).published_iso == "2020-02-12"
    named = '<meta property="article:published_time" content="2020-02-12">'
    assert extract_html(_page(named, body_top=top)).published_iso == "2020-02-12"
