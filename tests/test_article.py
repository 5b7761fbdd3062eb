"""The Article model: defaults, ids, precision, and a lossless dict round trip."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.article import Article, Evidence, Origin, Removal, make_article_id

_text = st.text(max_size=200)
_opt_text = st.none() | _text
_zones = st.sampled_from(
    [None, timezone.utc, timezone(timedelta(hours=3)), timezone(timedelta(hours=-5, minutes=-30))]
)


@st.composite
def _datetimes(draw: st.DrawFn) -> datetime | None:
    if draw(st.booleans()):
        return None
    value = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
    zone = draw(_zones)
    return value.replace(tzinfo=zone)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    removed = draw(
        st.lists(
            st.builds(
                Removal,
                text=_text,
                rule=_text,
                block=st.integers(0, 10_000),
                line=st.none() | st.integers(1, 10_000),
                detail=_text,
            ),
            max_size=4,
        )
    )
    provenance = draw(
        st.dictionaries(
            st.sampled_from(["title", "authors", "published", "source"]),
            st.builds(
                Evidence, source=_text, rule=_text, raw=_text, block=st.none() | st.integers(0, 100)
            ),
            max_size=4,
        )
    )
    meta = draw(
        st.dictionaries(
            st.text(min_size=1, max_size=10),
            st.none() | st.integers() | _text | st.lists(_text, max_size=3),
            max_size=3,
        )
    )
    return Article(
        id=draw(st.text(min_size=1, max_size=30)),
        title=draw(_opt_text),
        subtitle=draw(_opt_text),
        section=draw(_opt_text),
        authors=tuple(draw(st.lists(_text, max_size=4))),
        published=draw(_datetimes()),
        published_precision=draw(
            st.sampled_from([None, "year", "month", "day", "minute", "second"])
        ),
        modified=draw(_datetimes()),
        source=draw(_opt_text),
        url=draw(_opt_text),
        language=draw(st.none() | st.sampled_from(["en", "ru", "az"])),
        text=draw(_text),
        removed=tuple(removed),
        provenance=provenance,
        meta=meta,
        origin=draw(
            st.none()
            | st.builds(
                Origin,
                path=_opt_text,
                line=st.none() | st.integers(1, 10**6),
                format=st.none() | st.sampled_from(["text", "jsonl"]),
            )
        ),
    )


@given(articles())
def test_dict_round_trip_is_lossless_through_json(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


def test_id_comes_from_url_or_text() -> None:
    assert Article(url="https://a.example/x").id == make_article_id(
        url="https://a.example/x", text=""
    )
    assert Article(text="one").id != Article(text="two").id
    assert Article(id="given", text="one").id == "given"


def test_published_iso_respects_precision() -> None:
    when = datetime(2023, 6, 8, 12, 48, 30, tzinfo=timezone.utc)
    assert Article(published=when, published_precision="day").published_iso == "2023-06-08"
    assert (
        Article(published=when, published_precision="minute").published_iso
        == "2023-06-08T12:48:00+00:00"
    )
    assert Article(published=when).published_iso == "2023-06-08T12:48:30+00:00"
    assert Article().published_iso is None


def test_bad_precision_and_bad_dates_are_rejected() -> None:
    with pytest.raises(ValueError, match="published_precision"):
        Article(published_precision="week")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO 8601"):
        Article.from_dict({"text": "x", "published": "29th of Smarch"})


def test_from_dict_keeps_unknown_keys_in_meta_and_guesses_precision() -> None:
    art = Article.from_dict({"text": "Body.", "published": "2021-03-04", "shares": 12})
    assert art.meta["shares"] == 12
    assert art.published_precision == "day"
    assert (
        Article.from_dict({"text": "x", "published": "2021-03-04T10:00"}).published_precision
        == "minute"
    )


def test_articles_compare_by_value_and_are_not_hashable() -> None:
    assert Article(text="a", authors=["X"]) == Article(text="a", authors=("X",))
    with pytest.raises(TypeError):
        hash(Article(text="a"))


def test_paragraphs_and_word_count() -> None:
    art = Article(text="One two.\n\n\n\nThree.")
    assert art.paragraphs == ("One two.", "Three.")
    assert art.word_count == 3
