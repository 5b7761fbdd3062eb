"""Publication dates a page only hints at: data-* attributes, the description, barred dates."""

from __future__ import annotations

from datetime import datetime, timezone

from newscorpus import MetaOptions, extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta import find_page_dates
from newscorpus.meta.dates.hints import attribute_dates, description_date, epoch_date

BODY = (
    "<p>The orchard society planted forty new apple trees along the old railway path on the "
    "weekend, volunteers said, and hopes to harvest the first fruit in three years.</p>"
    "<p>Local schools will look after two of the rows and learn how to prune them, the society "
    "added in its newsletter to members and neighbours.</p>"
)


def _page(head: str = "", body_top: str = "", extra: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Apple trees planted</title>{head}</head><body>'
        f"<article><h1>Apple trees planted</h1>{body_top}{BODY}</article>{extra}</body></html>"
    )


def test_epoch_seconds_and_milliseconds() -> None:
    seconds = epoch_date("1709546400")
    millis = epoch_date("1709546400000")
    assert seconds is not None and millis is not None
    assert seconds.value == millis.value == datetime(2024, 3, 4, 10, 0, tzinfo=timezone.utc)
    assert seconds.precision == "second"


def test_epoch_rejects_future_old_and_malformed_numbers() -> None:
    ref = MetaOptions(reference_time=datetime(2024, 3, 5))
    assert epoch_date("1709546400", ref) is not None
    assert epoch_date("1709719200", ref) is None  # 6 March 2024: after the reference time
    assert epoch_date("0500000000") is None  # 1985: before the year floor
    assert epoch_date("17095464001") is None  # 11 digits: neither seconds nor milliseconds
    assert epoch_date("2024-03-04") is None
    assert epoch_date("") is None


def test_data_attribute_date_when_the_page_prints_none() -> None:
    top = '<div class="byline" data-published="1709546400">By the orchard society</div>'
    article = extract_html(_page(body_top=top))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-04"
    assert article.provenance["published"].source == "html:attribute"


def test_data_attribute_string_and_update_kinds() -> None:
    top = '<div data-updated="2024-03-09" data-date="4 March 2024">Orchard news</div>'
    found = [
        (kind, name) for kind, name, _ in attribute_dates(parse_html(_page(body_top=top)).root)
    ]
    assert found == [("modified", "data-updated"), ("published", "data-date")]


def test_widget_attributes_are_not_dates() -> None:
    top = (
        '<div data-cookie-time="1709546400" data-sort-time="1709546400" data-timeout="1709546400"'
        ' data-time="90" data-date="soon">x</div>'
    )
    assert list(attribute_dates(parse_html(_page(body_top=top)).root)) == []


def test_data_attribute_of_another_pages_card_is_skipped() -> None:
    extra = (
        '<div class="related-posts"><div class="card" data-date="2024-02-01">'
        '<a href="/pears/">Pears</a></div></div>'
    )
    assert [c for c in find_page_dates(_page(extra=extra)) if c.source == "html:attribute"] == []


def test_data_attribute_never_beats_a_publication_meta_tag() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T08:00:00+01:00">'
    top = '<div data-timestamp="1709546400">Orchard news</div>'
    assert extract_html(_page(head, top)).published_iso == "2024-03-01T08:00:00+01:00"


def test_description_opening_date() -> None:
    head = '<meta name="description" content="04.03.2024 – Forty apple trees were planted.">'
    assert extract_html(_page(head)).published_iso == "2024-03-04"
    found = [c for c in find_page_dates(_page(head)) if c.rule == "description-date"]
    assert [(c.kind, c.rank) for c in found] == [("published", 62)]


def test_description_bracketed_closing_date() -> None:
    head = '<meta property="og:description" content="Apple trees planted (Report of 4 March 2024)">'
    found = description_date(parse_html(_page(head)).root)
    assert found is not None and found.value.date().isoformat() == "2024-03-04"


def test_description_event_dates_are_not_publication_dates() -> None:
    for text in (
        "The harvest fair opens on 4 March 2024 in the old station.",
        "Apple trees planted; the fair opens 4 March 2024.",
        "Apple trees planted (fair: 4 March 2024 and more to come)",
        "03.04.2099 – a date in the future",
    ):
        head = f'<meta name="description" content="{text}">'
        assert description_date(parse_html(_page(head)).root) is None, text


def test_dates_with_spaced_bars() -> None:
    top = '<table class="subline"><tr><td>04 | 03 | 2024</td><td>Gardening</td></tr></table>'
    assert extract_html(_page(body_top=top)).published_iso == "2024-03-04"
    assert extract_html(_page(body_top=top.replace("2024", "1985"))).published is None


def test_url_month_keeps_the_date_inside_it() -> None:
    top = "<p>Release date: 14.08.2017</p>"
    extra = '<div class="post-footer"><span>Posted Saturday, 9 September 2017</span></div>'
    url = "https://reading.example.org/2017/09/apple-book-review.html"
    assert extract_html(_page(body_top=top, extra=extra), url=url).published_iso == "2017-09-09"
    # Without the month in the URL, the date near the headline stays the choice.
    other = "https://reading.example.org/apple-book-review.html"
    assert extract_html(_page(body_top=top, extra=extra), url=other).published_iso == "2017-08-14"


def test_url_month_alone_is_never_the_date() -> None:
    page = _page()
    url = "https://reading.example.org/2017/09/apple-book-review.html"
    found = [c for c in find_page_dates(page, url=url) if c.rule == "url-month"]
    assert [(c.kind, c.date.precision if c.date else None) for c in found] == [("other", "month")]
    assert extract_html(page, url=url).published is None
    for day_url in ("https://x.org/2017/09/09/review", "https://x.org/2017/13/review"):
        assert [c for c in find_page_dates(page, url=day_url) if c.rule == "url-month"] == []


def test_east_asian_dates() -> None:
    from newscorpus.meta import find_dates

    found = find_dates("記事 2024年3月4日 10時 更新; 기사 2024년 3월 5일")
    assert [d.value.date().isoformat() for d in found] == ["2024-03-04", "2024-03-05"]
    assert find_dates("2024年13月4日") == []
    assert find_dates("1985年3月4日") == []  # before the year floor


def test_month_name_between_hyphens() -> None:
    from newscorpus.meta import find_dates

    found = find_dates("Posted 04-Mar-2024 09:15, edited 05-March-2024")
    assert [(d.value.day, d.value.month, d.value.hour) for d in found] == [(4, 3, 9), (5, 3, 0)]
    assert find_dates("item-04-Foo-2024 and 2024-Mar-04-x") == []
    top = '<p class="meta">Posted 04-Mar-2024</p>'
    assert extract_html(_page(body_top=top)).published_iso == "2024-03-04"


def test_script_state_with_more_keys_and_unix_times() -> None:
    for state in (
        '{"story": {"display_date": "2024-03-04T09:15:00Z", "title": "Apples"}}',
        '{"firstPublishedAt": 1709543700000, "views": 12}',
        '{"first_publish_date": "2024-03-04T09:15:00Z"}',
    ):
        page = _page(extra=f"<script>window.__STATE__ = {state};</script>")
        found = [c for c in find_page_dates(page) if c.source == "html:script"]
        assert [(c.rank, c.date.value.date().isoformat() if c.date else None) for c in found] == [
            (38, "2024-03-04")
        ], state
    for state in ('{"firstPublishedAt": 4102444800}', '{"display_date": 12345}'):
        page = _page(extra=f"<script>var s = {state};</script>")
        assert [c for c in find_page_dates(page) if c.source == "html:script"] == [], state


def test_hints_are_not_read_on_a_well_dated_page() -> None:
    top = '<div data-updated="1709546400">Orchard news</div>'
    head = '<meta name="description" content="4 March 2024 – Apple trees planted.">'
    weak = {c.source + ":" + c.rule for c in find_page_dates(_page(head, top))}
    assert weak == {"html:attribute:data-updated", "html:meta:description-date"}
    dated = head + '<meta property="article:published_time" content="2024-03-01T08:00:00+01:00">'
    assert [c.rule for c in find_page_dates(_page(dated, top))] == ["article:published_time"]
    url = "https://x.org/2024/03/01/apples"
    assert [c.rule for c in find_page_dates(_page(head, top), url=url)] == ["url-path"]


def test_relative_date_element_keeps_the_absolute_date_in_its_title() -> None:
    top = '<p class="byline">By Ann <span class="timeago" title="2024-03-04T09:15:00Z">3 hours ago</span></p>'
    found = [c for c in find_page_dates(_page(body_top=top)) if c.source == "html:class"]
    assert [(c.kind, c.rank, c.raw) for c in found] == [("published", 45, "3 hours ago")]
    assert extract_html(_page(body_top=top)).published_iso == "2024-03-04T09:15:00+00:00"
    untitled = top.replace(' title="2024-03-04T09:15:00Z"', ' title="three hours ago"')
    assert [c for c in find_page_dates(_page(body_top=untitled)) if c.source == "html:class"] == []
