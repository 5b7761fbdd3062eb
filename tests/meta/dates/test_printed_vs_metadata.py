"""Publication dates: the printed date against the page's metadata."""

from __future__ import annotations

from datetime import date

from newscorpus import extract_html
from newscorpus.meta import date_from_url, find_page_dates, parse_date

BODY = (
    "<p>The ferry service across the river returned on Monday after the winter storms, "
    "the harbour office said in a short statement to passengers.</p>"
    "<p>Timetables stay as they were before the storms, and tickets bought earlier remain valid "
    "for the rest of the season, the operator added.</p>"
)
_REPUBLISHED_HEAD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2024-01-10T08:00:00Z", "dateModified": "2024-03-05T10:00:00Z"}</script>'
)


def _page(head: str = "", body_top: str = "", lang: str = "en", extra: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferries return</title>{head}</head><body>'
        f"<article><h1>Ferries return</h1>{body_top}{BODY}</article>{extra}</body></html>"
    )


def _day(page: str) -> date | None:
    published = extract_html(page).published
    return published.date() if published is not None else None


def test_printed_date_of_the_update_day_beats_an_unprinted_publication_date() -> None:
    page = _page(_REPUBLISHED_HEAD, body_top="<p>5 March 2024</p>")
    article = extract_html(page)
    assert article.published_iso == "2024-03-05"
    assert article.provenance["published"].rule.endswith("+republished")
    assert article.modified is not None and article.modified.date() == date(2024, 3, 5)


def test_metadata_publication_date_stays_when_the_page_prints_it() -> None:
    both = _page(_REPUBLISHED_HEAD, body_top="<p>5 March 2024</p>", extra="<p>10.01.2024</p>")
    assert _day(both) == date(2024, 1, 10)
    # A printed day that is not the update day is no republication either.
    other = _page(_REPUBLISHED_HEAD, body_top="<p>7 March 2024</p>")
    assert extract_html(other).provenance["published"].rule != "date-near-headline+republished"


def test_a_hidden_machine_timestamp_is_not_a_printed_date() -> None:
    top = '<p>Ann Lee <span class="hidden">2024-03-05T10:00:00Z</span></p>'
    assert _day(_page(_REPUBLISHED_HEAD, body_top=top)) == date(2024, 1, 10)


def test_printed_date_line_beats_a_meta_tag_named_like_a_publication_date() -> None:
    head = '<meta name="custom:publish-date" content="2024-01-15">'
    page = _page(head, body_top="<p>25.01.2024</p>", lang="de")
    assert _day(page) == date(2024, 1, 25)
    video = (
        '<script type="application/ld+json">{"@type": "VideoObject", "name": "Ferry", '
        '"datePublished": "2023-12-01T10:00:00+01:00"}</script>'
    )
    assert _day(_page(video, body_top="<p>25.01.2024</p>", lang="de")) == date(2024, 1, 25)


def test_the_standard_publication_meta_tag_still_beats_the_printed_line() -> None:
    head = '<meta property="article:published_time" content="2024-01-15T09:00:00+01:00">'
    assert _day(_page(head, body_top="<p>25.01.2024</p>", lang="de")) == date(2024, 1, 15)


def test_printed_day_takes_the_time_of_a_timestamp_of_the_same_day() -> None:
    head = '<meta name="custom:publish-date" content="2024-01-25T14:30:00+01:00">'
    article = extract_html(_page(head, body_top="<p>25.01.2024</p>", lang="de"))
    assert article.published_iso == "2024-01-25T14:30:00+01:00"


def test_year_first_dates_are_never_read_year_day_month() -> None:
    parsed = parse_date("2022-05-6T12:00:00.000Z", dayfirst=True)
    assert parsed is not None and parsed.value.date() == date(2022, 5, 6)
    assert parse_date("2022/5/6 10:00", dayfirst=True).value.date() == date(2022, 5, 6)  # type: ignore[union-attr]
    assert parse_date("6-5-2022 10:00", dayfirst=True).value.date() == date(2022, 5, 6)  # type: ignore[union-attr]
    assert parse_date("2022-13-45T10:00Z", dayfirst=True) is None


_LONG_BODY = (
    "<p>The ferry service across the river returned on Monday after the winter storms. "
    "Passengers queued at the harbour before dawn, and the first boat left on time.</p>"
)


def test_blog_sentence_about_the_post_dates_it() -> None:
    sentence = (
        '<p class="postmeta">This entry was posted on Saturday, March 2nd, 2024 at 10:15 am and '
        "is filed under Harbour, Ferries. You can follow any responses to this entry through "
        "the feed, and you can leave a response from your own site.</p>"
    )
    assert _day(_page(extra=sentence)) == date(2024, 3, 2)
    german = (
        '<div class="sidebar"><p>Fähren fahren wieder wurde am 2. März 2024 um 10:15 Uhr '
        "gepostet und unter Hafen, Verkehr abgelegt. Kommentare sind über den Feed zu lesen, "
        "und eigene Antworten sind willkommen.</p></div>"
    )
    assert _day(_page(extra=german, lang="de")) == date(2024, 3, 2)


def test_narrative_publication_sentences_are_not_the_posts_date() -> None:
    story = (
        "<p>The harbour study was published on 2 May 2019 and found that the old ferries "
        "needed new engines, which the operator bought the following year for the route.</p>"
    )
    assert _day(_page(body_top=story)) is None
    german = (
        "<p>Die Studie wurde am 2. Mai 2019 veröffentlicht und zeigte, dass die alten Fähren "
        "neue Motoren brauchten, die der Betreiber im folgenden Jahr kaufte.</p>"
    )
    assert _day(_page(body_top=german, lang="de")) is None


def test_an_event_label_dates_the_event_not_the_page() -> None:
    lead = (
        "<p>Termin: Montag, 18. März 2024 um 10.30 Uhr – Die Fähre fährt nach dem Sturm "
        "wieder über den Fluss, sagte die Stadt.</p>"
    )
    page = _page(body_top=lead, lang="de", extra="<p>4. März 2024</p>")
    assert _day(page) == date(2024, 3, 4)
    rules = {(c.kind, c.date.value.day) for c in find_page_dates(page) if c.date is not None}
    assert ("other", 18) in rules


def test_press_release_place_and_date_line() -> None:
    top = "<p>Hafenstadt am Fluss | Nordhafen, 11. März 2024</p>"
    assert _day(_page(body_top=top, lang="de")) == date(2024, 3, 11)
    assert _day(_page(body_top="<p>Hafenstadt, wo die Fähre 2024 wieder fährt</p>")) is None


def test_with_nothing_printed_the_date_meta_on_the_update_day_wins() -> None:
    generic = '<meta name="date" content="2024-03-05T11:00:00+01:00">'
    article = extract_html(_page(_REPUBLISHED_HEAD + generic))
    assert article.published_iso == "2024-03-05T11:00:00+01:00"
    assert article.provenance["published"].rule == "date+republished"
    # The printed publication day keeps the JSON-LD date, whatever the date meta says.
    printed = _page(_REPUBLISHED_HEAD + generic, extra="<p>Posted on 10 January 2024</p>")
    assert _day(printed) == date(2024, 1, 10)
    # A date meta on another day than the update is no sign of republication.
    other = '<meta name="date" content="2024-02-20T11:00:00+01:00">'
    assert _day(_page(_REPUBLISHED_HEAD + other)) == date(2024, 1, 10)


def test_the_generic_date_tags_vote_once() -> None:
    head = (
        '<meta name="date" content="2023-12-20T11:02:44+01:00">'
        '<meta name="DC.date" content="2023-12-20T11:02:44+01:00">'
        '<meta name="DCTERMS.date" content="2023-12-20T11:02:44+01:00">'
    )
    assert _day(_page(head, body_top="<p>27.01.2024</p>", lang="de")) == date(2024, 1, 27)
    # Two different sources on the other day still outvote the printed line.
    json_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-12-20T11:02:44+01:00"}</script>'
    )
    page = _page(head + json_ld, body_top="<p>27.01.2024</p>", lang="de")
    assert _day(page) == date(2023, 12, 20)


def test_a_number_opening_a_slug_is_not_a_url_day() -> None:
    assert date_from_url("https://x.example/2023/10/3-questions-for-the-harbour/") is None
    found = date_from_url("https://x.example/2017/7/12/ferries-return")
    assert found is not None and found.date is not None
    assert found.date.value.date() == date(2017, 7, 12)
    dashed = date_from_url("https://x.example/posts/2019-12-22-ferries-return")
    assert dashed is not None and dashed.date is not None
    assert dashed.date.value.date() == date(2019, 12, 22)
