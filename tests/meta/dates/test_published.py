"""Publication dates: forms and languages, relative dates, zones, candidates and the choice."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscorpus import ExtractOptions, MetaOptions, extract, extract_html, extract_text
from newscorpus.article import Origin
from newscorpus.io.document import Document
from newscorpus.meta import (
    DateCandidate,
    choose_published,
    date_from_url,
    dayfirst_for,
    dayfirst_from_dates,
    find_dates,
    find_page_dates,
    find_relative,
    parse_date,
)

REF = datetime(2024, 3, 12, 18, 0)
BODY = (
    "<p>The ferry service across the river returned on Monday after the winter storms, "
    "the harbour office said in a short statement to passengers.</p>"
    "<p>Timetables stay as they were before the storms, and tickets bought earlier remain valid "
    "for the rest of the season, the operator added.</p>"
)


def _page(head: str = "", body_top: str = "", lang: str = "en", extra: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferries return</title>{head}</head><body>'
        f"<article><h1>Ferries return</h1>{body_top}{BODY}</article>{extra}</body></html>"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, June 1, 2023", date(2023, 6, 1)),
        ("1st June 2023", date(2023, 6, 1)),
        ("Sept. 14, 2022", date(2022, 9, 14)),
        ("1. Juni 2023", date(2023, 6, 1)),
        ("Donnerstag, 1. Jänner 2015", date(2015, 1, 1)),
        ("1er juin 2023", date(2023, 6, 1)),
        ("le 3 août 2021", date(2021, 8, 3)),
        ("1 de junio de 2023", date(2023, 6, 1)),
        ("1 giugno 2023", date(2023, 6, 1)),
        ("1 de junho de 2023", date(2023, 6, 1)),
        ("1 juni 2023", date(2023, 6, 1)),
        ("1 czerwca 2023", date(2023, 6, 1)),
        ("14 lut 2023", date(2023, 2, 14)),
        ("1 июня 2023 г.", date(2023, 6, 1)),
        ("1 червня 2023 року", date(2023, 6, 1)),
        ("1 Haziran 2023", date(2023, 6, 1)),
        ("1 iyun 2023", date(2023, 6, 1)),
        ("01.06.2023", date(2023, 6, 1)),
        ("1.6.2023", date(2023, 6, 1)),
        ("01.06.23", date(2023, 6, 1)),
        ("2023-06-01", date(2023, 6, 1)),
        ("2023/06/01", date(2023, 6, 1)),
        ("2023.06.01", date(2023, 6, 1)),
        ("13/06/2023", date(2023, 6, 13)),
        ("06/13/2023", date(2023, 6, 13)),
        ("01-06-2023", date(2023, 6, 1)),
    ],
)
def test_date_forms_and_languages(text: str, expected: date) -> None:
    found = find_dates(text, reference_time=REF)
    assert [d.value.date() for d in found] == [expected]


def test_slashed_dates_follow_dayfirst_and_page_language() -> None:
    assert find_dates("03/05/2022")[0].value.date() == date(2022, 3, 5)
    assert find_dates("03/05/2022", dayfirst=True)[0].value.date() == date(2022, 5, 3)
    assert (dayfirst_for("pt-BR"), dayfirst_for("en-US"), dayfirst_for(None)) == (True, False, None)
    pt = extract_html(_page(body_top="<p>03/05/2022 21:44</p>", lang="pt-BR"))
    us = extract_html(_page(body_top="<p>03/05/2022 21:44</p>", lang="en-US"))
    assert pt.published_iso == "2022-05-03T21:44:00" and us.published_iso == "2022-03-05T21:44:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 hours ago", datetime(2024, 3, 12, 15, 0)),
        ("yesterday", datetime(2024, 3, 11)),
        ("вчера", datetime(2024, 3, 11)),
        ("vor 2 Stunden", datetime(2024, 3, 12, 16, 0)),
        ("il y a 3 jours", datetime(2024, 3, 9)),
        ("hace 2 días", datetime(2024, 3, 10)),
        ("2 saat önce", datetime(2024, 3, 12, 16, 0)),
        ("5 хвилин тому", datetime(2024, 3, 12, 17, 55)),
        ("2 godziny temu", datetime(2024, 3, 12, 16, 0)),
    ],
)
def test_relative_dates_resolve_against_the_reference(text: str, expected: datetime) -> None:
    assert [d.value for d in find_dates(text, reference_time=REF)] == [expected]
    unresolved = find_relative(text)
    assert len(unresolved) == 1 and unresolved[0].value is None
    assert find_dates(text) == []  # no reference time: never resolved against the clock


def test_relative_date_is_kept_unresolved_as_a_candidate() -> None:
    page = "Storm hits the coast\n\n3 hours ago\n\n" + "The storm hit the coast before dawn. " * 4
    assert extract_text(page).published is None
    kinds = [(c.kind, c.date) for c in find_page_dates(page, markup="text")]
    assert kinds == [("relative", None)]
    ref = ExtractOptions(meta=MetaOptions(reference_time=REF))
    assert extract_text(page, options=ref).published == datetime(2024, 3, 12, 15, 0)


def test_relative_words_inside_sentences_are_not_dates() -> None:
    page = (
        "Sie sind hier: Start\n\nFähre fährt wieder\n\n"
        + "Die Fähre fährt wieder über den Fluss. " * 4
    )
    assert (
        extract_text(page, options=ExtractOptions(meta=MetaOptions(reference_time=REF))).published
        is None
    )


@pytest.mark.parametrize(
    "text", ["30.02.2024", "2024-13-01", "31/04/2024", "2024-02-30T10:00:00Z", "29.02.2023 25:99"]
)
def test_impossible_dates_are_rejected_without_a_crash(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


def test_impossible_meta_date_falls_back_to_the_next_candidate() -> None:
    head = (
        '<meta property="article:published_time" content="2024-02-30T10:00:00Z">'
        '<meta name="date" content="2024-03-04">'
    )
    article = extract_html(_page(head))
    assert article.published_iso == "2024-03-04"
    assert article.provenance["published"].rule == "date"


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("2024-03-04T09:15:00+01:00", 1),
        ("2024-03-04T09:15:00Z", 0),
        ("04.03.2024 09:15 CET", 1),
        ("04.03.2024, 09:15 Uhr MESZ", None),
        ("12 June 2024 10:00 CEST", 2),
        ("March 4, 2024 9:15 am EST", -5),
        ("4 марта 2024 09:15 MSK", 3),
        ("4 March 2024 09:15 GMT", 0),
        ("04.03.2024 09:15", None),
    ],
)
def test_time_zones_are_kept(text: str, offset_hours: int | None) -> None:
    value = find_dates(text)[0].value
    if offset_hours is None:
        assert value.tzinfo is None
    else:
        assert value.utcoffset() == timedelta(hours=offset_hours)


def test_precision_day_and_minute() -> None:
    assert parse_date("4 March 2024").precision == "day"  # type: ignore[union-attr]
    assert parse_date("4 March 2024, 9:15 pm").precision == "minute"  # type: ignore[union-attr]
    assert parse_date("4 March 2024, 9:15 pm").value.hour == 21  # type: ignore[union-attr]


def test_future_and_old_dates_are_rejected_unless_allowed() -> None:
    ref = datetime(2024, 3, 1)
    assert find_dates("1 June 2024", reference_time=ref) == []
    assert len(find_dates("1 June 2024", reference_time=ref, allow_future=True)) == 1
    assert find_dates("1 June 1985") == []
    assert len(find_dates("1 June 1985", min_year=1900)) == 1
    opts = ExtractOptions(meta=MetaOptions(reference_time=ref))
    head = '<meta property="article:published_time" content="2024-06-01T10:00:00Z">'
    assert extract_html(_page(head), options=opts).published is None


def test_copyright_years_are_never_dates() -> None:
    assert find_dates("© 2019 Valley Courier") == []
    page = _page(extra="<footer><p>© 2019 Valley Courier. All rights reserved.</p></footer>")
    assert extract_html(page).published is None


def test_dates_in_related_lists_are_never_taken() -> None:
    related = (
        '<section class="related"><h2>Read also</h2><ul>'
        '<li><a href="/a">Bridge reopens</a> <time datetime="2024-03-01">1 March 2024</time></li>'
        '<li><a href="/b">Port expands</a> <time datetime="2024-02-20">20 Feb 2024</time></li>'
        "</ul></section>"
    )
    assert extract_html(_page(extra=related)).published is None


_JSON_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2024-03-04T09:15:00+01:00"}</script>'
)


def test_json_ld_wins_over_a_conflicting_time_element() -> None:
    page = _page(_JSON_LD, body_top='<time datetime="2024-02-01"></time>')
    article = extract_html(page)
    assert article.published_iso == "2024-03-04T09:15:00+01:00"
    evidence = article.provenance["published"]
    assert (evidence.source, evidence.rule) == ("html:json-ld", "datePublished")
    rules = {(c.rule, c.date.value.day) for c in find_page_dates(page) if c.date is not None}
    assert {("datePublished", 4), ("time-datetime", 1)} <= rules


def test_time_element_and_printed_date_outvote_a_lone_json_ld() -> None:
    page = _page(_JSON_LD, body_top='<p><time datetime="2024-02-01">1 Feb 2024</time></p>')
    assert extract_html(page).published_iso == "2024-02-01"


def test_modified_dates_never_beat_a_published_one() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2024-03-05T10:00:00Z"}</script>'
        '<meta property="article:modified_time" content="2024-03-05T10:00:00Z">'
    )
    top = "<p>Updated: 5 March 2024</p>"
    article = extract_html(_page(head, body_top=top, extra="<p>Posted on 1 March 2024</p>"))
    assert article.published == datetime(2024, 3, 1)
    assert article.modified == datetime(2024, 3, 5, 10, 0, tzinfo=timezone.utc)


def test_an_update_date_is_the_published_date_only_when_alone() -> None:
    head = '<meta property="article:modified_time" content="2024-03-05T10:00:00Z">'
    article = extract_html(_page(head, body_top="<p>Updated: 5 March 2024</p>"))
    assert article.published == article.modified == datetime(2024, 3, 5, 10, tzinfo=timezone.utc)
    assert article.provenance["published"].rule.endswith("+only-date")
    text = (
        "Ferries return\n\nUpdated 5 March 2024\n\n"
        + "The ferries came back to the port today. " * 3
    )
    assert extract_text(text).published == datetime(2024, 3, 5)
    assert (
        extract_text("Ferries return\n\n" + "The ferries came back today. " * 3).published is None
    )


def test_published_and_updated_on_one_line() -> None:
    text = (
        "Ferries return\n\nPublished 4 March 2024, updated 5 March 2024\n\n"
        + "The ferries came back to the port today. " * 3
    )
    assert extract_text(text).published_iso == "2024-03-04"


def test_the_day_most_sources_back_wins() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-02"}</script>'
        '<meta property="article:published_time" content="2024-03-04T09:15:00">'
        '<meta name="date" content="2024-03-04">'
    )
    assert extract_html(_page(head)).published_iso == "2024-03-04T09:15:00"


def test_utc_timestamp_is_read_in_local_time() -> None:
    head = (
        '<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">'
        '<meta name="sailthru.date" content="2023-11-08 22:28:35">'
    )
    article = extract_html(_page(head))
    assert article.published_iso == "2023-11-08T22:28:35-05:00"
    assert article.published == datetime(2023, 11, 9, 3, 28, 35, tzinfo=timezone.utc)
    url_only = extract_html(
        _page('<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">'),
        url="https://news.example/2023/11/08/storm",
    )
    assert url_only.published_iso == "2023-11-08"


def test_url_dates() -> None:
    assert date_from_url("https://x.example/2023/06/01/a").date.value.date() == date(2023, 6, 1)  # type: ignore[union-attr]
    assert date_from_url("https://x.example/news/20230601-a").date.value.date() == date(2023, 6, 1)  # type: ignore[union-attr]
    assert date_from_url("https://x.example/news/01-06-2023").date.value.date() == date(2023, 6, 1)  # type: ignore[union-attr]
    assert date_from_url("https://x.example/2023/02/30/a") is None
    assert date_from_url("https://x.example/page?id=2023/06/01") is None
    article = extract_html(_page(), url="https://x.example/2023/06/01/ferries")
    assert article.published_iso == "2023-06-01" and article.provenance["published"].source == "url"


def test_dateline_at_the_lead_but_not_narrative() -> None:
    lead = "<p>BERLIN, 2. März 2024 – Die Fähre fährt nach dem Sturm wieder über den Fluss.</p>"
    assert extract_html(_page(body_top=lead, lang="de")).published_iso == "2024-03-02"
    story = "<p>On 2 May 2014, the old ferry sank in a storm and the service stopped for years.</p>"
    assert extract_html(_page(body_top=story)).published is None


def test_choose_published_prefers_rank_and_skips_undated() -> None:
    early = DateCandidate(
        date=parse_date("2024-03-04"), kind="published", source="html:meta", rule="date", rank=22
    )
    relative = DateCandidate(date=None, kind="relative", source="text:header", rule="r", rank=0)
    assert choose_published([relative, early]) is early
    assert choose_published([relative]) is None


def test_reference_time_from_the_file_mtime(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Storm hits\n\n3 hours ago\n\n" + "The storm hit the coast before dawn. " * 4)
    stamp = datetime(2024, 3, 12, 18, 0, tzinfo=timezone.utc).timestamp()
    os.utime(path, (stamp, stamp))
    doc = Document(content=path.read_text(), kind="text", origin=Origin(path=str(path)))
    opts = ExtractOptions(meta=MetaOptions(reference_from_file=True))
    assert extract(doc, options=opts).published == datetime(2024, 3, 12, 15, 0, tzinfo=timezone.utc)
    assert extract(doc).published is None
    crawled = Document(content=doc.content, kind="text", hints={"crawled": "2024-03-10T12:00:00Z"})
    got = extract(crawled, options=opts).published
    assert got == datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc)


def test_first_date_of_embedded_page_state() -> None:
    state = (
        '<script>window.__STATE__ = {"article": {"published_at": "2024-03-04T09:15:00Z"}, '
        '"related": [{"published_at": "2024-01-01T00:00:00Z"}]};</script>'
    )
    article = extract_html(_page(state))
    assert article.published_iso == "2024-03-04T09:15:00+00:00"
    assert (article.provenance["published"].source, article.provenance["published"].rule) == (
        "html:script",
        "published_at",
    )
    broken = '<script>var s = {"published_at": "2024-02-30T09:15:00Z"};</script>'
    assert extract_html(_page(broken)).published is None


def test_other_dates_on_the_page_decide_day_first() -> None:
    assert dayfirst_from_dates("Posted 25/03/2024, comments from 28/03/2024") is True
    assert dayfirst_from_dates("03/25/2024") is False
    assert dayfirst_from_dates("25/03/2024 and 03/25/2024") is None  # they disagree: undecided
    assert dayfirst_from_dates("no dates, 99/99/2024") is None
    page = (
        "Ferries return\n\n03/04/2024\n\n"
        + "The ferries came back to the port today after the storms. " * 3
        + "\n\nComments closed on 25/04/2024."
    )
    assert extract_text(page).published_iso == "2024-04-03"
    forced = ExtractOptions(meta=MetaOptions(dayfirst=False))
    assert extract_text(page, options=forced).published_iso == "2024-03-04"
