"""Counts over time (newscorpus.query.counts): periods, groups, terms, totals and bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus import Corpus, CountRow
from newscorpus.article import Article
from newscorpus.errors import QuerySyntaxError
from newscorpus.query import counts, period_key, tabulate
from newscorpus.testing import make_article


def _art(text: str, day: date | None, **kw: object) -> object:
    published = datetime(day.year, day.month, day.day, 9) if day else None
    return make_article(text=text, published=published, **kw)


def test_period_labels_for_every_granularity() -> None:
    day = date(2021, 1, 3)  # a Sunday: ISO week 53 of 2020
    assert period_key(day, "day") == "2021-01-03"
    assert period_key(day, "week") == "2020-W53"
    assert period_key(day, "month") == "2021-01"
    assert period_key(day, "year") == "2021"
    assert period_key(datetime(2021, 1, 3, 23, 59, tzinfo=timezone.utc), "day") == "2021-01-03"


def test_unknown_period_or_group_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="by must be one of"):
        period_key(date(2020, 1, 1), "fortnight")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="by must be one of"):
        counts([], "x", by="hour")  # type: ignore[arg-type]
    arts = [_art("x", date(2020, 1, 1))]
    with pytest.raises(ValueError, match="group must be one of"):
        counts(arts, "x", group="colour")  # type: ignore[arg-type]


def test_malformed_term_raises_query_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError):
        counts([_art("x", date(2020, 1, 1))], '"unclosed')


def test_counts_per_month_with_zero_rows_and_totals() -> None:
    arts = [
        _art("Floods in the north.", date(2023, 5, 2)),
        _art("Calm seas.", date(2023, 5, 9)),
        _art("Floods again, and a rail strike.", date(2023, 7, 1)),
        _art("No date, floods.", None),
    ]
    rows = counts(arts, ["flood*", '"rail strike"'])
    got = [(r.period, r.term, r.count, r.total) for r in rows]
    # June has no article: its rows are there, with zero counts (a plot must not skip it).
    assert got == [
        ("2023-05", "flood*", 1, 2),
        ("2023-05", '"rail strike"', 0, 2),
        ("2023-06", "flood*", 0, 0),
        ("2023-06", '"rail strike"', 0, 0),
        ("2023-07", "flood*", 1, 1),
        ("2023-07", '"rail strike"', 1, 1),
    ]
    assert rows[0].share == 0.5 and rows[0].value(normalize=True) == 0.5
    assert rows[0].value(normalize=False) == 1.0


def test_counting_all_articles_when_no_terms() -> None:
    arts = [_art("a", date(2022, 1, 1)), _art("b", date(2022, 1, 5)), _art("c", date(2023, 1, 1))]
    rows = counts(arts, None, by="year")
    assert [(r.period, r.term, r.count) for r in rows] == [("2022", None, 2), ("2023", None, 1)]


def test_group_by_author_counts_each_author_once() -> None:
    arts = [
        _art("Floods.", date(2023, 1, 1), authors=("Lee", "Kim", "Lee")),
        _art("Floods.", date(2023, 1, 2), authors=()),
    ]
    rows = counts(arts, "floods", group="author")
    assert [(r.group, r.count, r.total) for r in rows] == [("", 1, 1), ("Kim", 1, 1), ("Lee", 1, 1)]


def test_corpus_counts_matches_function() -> None:
    arts = [
        _art("Floods.", date(2023, 1, 1), source="A"),
        _art("Sun.", date(2023, 1, 8), source="B"),
    ]
    corpus = Corpus(arts)
    assert corpus.counts("floods", by="week", group="source") == counts(
        arts, "floods", by="week", group="source"
    )
    assert all(isinstance(r, CountRow) for r in corpus.counts())


@given(st.lists(st.tuples(st.integers(0, 800), st.booleans()), max_size=40))
def test_totals_add_up_to_dated_articles(items: list[tuple[int, bool]]) -> None:
    start = date(2020, 1, 1)
    arts = [_art("floods" if hit else "calm", start + timedelta(days=d)) for d, hit in items]
    rows = counts(arts, "floods", by="week")
    assert sum(r.total for r in rows) == len(arts)
    assert sum(r.count for r in rows) == sum(hit for _, hit in items)
    assert [r.period for r in rows] == sorted(r.period for r in rows)


def test_tabulate_needs_one_label_per_set_of_matches() -> None:
    with pytest.raises(ValueError, match="2 labels for 1 sets"):
        tabulate([], ["a", "b"], [set()])
    with pytest.raises(ValueError, match="by must be one of"):
        tabulate([], [], [], by="decade")  # type: ignore[arg-type]


def test_timeline_counts_every_dated_article() -> None:
    arts = [
        Article(text="a", source="X", published=datetime(2023, 1, 5)),
        Article(text="b", source="Y", published=datetime(2023, 1, 9)),
        Article(text="c", source="X", published=datetime(2023, 2, 1)),
        Article(text="undated"),
    ]
    rows = Corpus(arts).timeline("month")
    assert [(r.period, r.term, r.count, r.total) for r in rows] == [
        ("2023-01", None, 2, 2),
        ("2023-02", None, 1, 1),
    ]
    assert [
        (r.period, r.group, r.count) for r in Corpus(arts).timeline("year", group="source")
    ] == [
        ("2023", "X", 2),
        ("2023", "Y", 1),
    ]
    with pytest.raises(ValueError):
        Corpus(arts).timeline("fortnight")  # type: ignore[arg-type]
