"""Counts over time are right by default: every period filled in, a pandas frame, a plot."""

from __future__ import annotations

import builtins
import pickle
from datetime import date, datetime
from typing import Any

import pytest

from newscorpus import Corpus, MissingExtraError
from newscorpus.article import Article
from newscorpus.query import (
    CountRow,
    CountTable,
    counts,
    fill_periods,
    period_key,
    period_range,
    period_start,
)

pandas = pytest.importorskip("pandas")


def _art(text: str, day: date, **fields: Any) -> Article:
    return Article(text=text, published=datetime(day.year, day.month, day.day), **fields)


ARTS = [
    _art("Floods close the road.", date(2023, 1, 10), source="Courier"),
    _art("Floods again.", date(2023, 1, 20), source="Herald"),
    _art("Rail strike.", date(2023, 4, 2), source="Courier"),
    Article(text="Undated floods."),
]


def test_empty_months_are_rows_with_zero_counts() -> None:
    rows = Corpus(ARTS).counts("flood*")
    assert isinstance(rows, CountTable)
    assert [(r.period, r.count, r.total) for r in rows] == [
        ("2023-01", 2, 2),
        ("2023-02", 0, 0),
        ("2023-03", 0, 0),
        ("2023-04", 0, 1),
    ]
    assert (rows.by, rows.group, rows.terms) == ("month", None, ("flood*",))


def test_every_group_has_a_row_in_every_period() -> None:
    rows = Corpus(ARTS).timeline("month", group="source")
    assert [(r.period, r.group, r.count) for r in rows] == [
        ("2023-01", "Courier", 1),
        ("2023-01", "Herald", 1),
        ("2023-02", "Courier", 0),
        ("2023-02", "Herald", 0),
        ("2023-03", "Courier", 0),
        ("2023-03", "Herald", 0),
        ("2023-04", "Courier", 1),
        ("2023-04", "Herald", 0),
    ]
    assert [(r.period, r.group) for r in rows.observed()] == [
        ("2023-01", "Courier"),
        ("2023-01", "Herald"),
        ("2023-04", "Courier"),
    ]


def test_no_dated_article_gives_an_empty_table() -> None:
    rows = counts([Article(text="floods")], "flood*")
    assert rows == [] and rows.terms == ("flood*",)
    assert len(rows.to_pandas()) == 0


@pytest.mark.parametrize(
    ("first", "last", "by", "expected"),
    [
        (
            "2023-12-30",
            "2024-01-02",
            "day",
            ["2023-12-30", "2023-12-31", "2024-01-01", "2024-01-02"],
        ),
        ("2024-02-28", "2024-03-01", "day", ["2024-02-28", "2024-02-29", "2024-03-01"]),
        ("2020-W52", "2021-W01", "week", ["2020-W52", "2020-W53", "2021-W01"]),
        ("2023-11", "2024-01", "month", ["2023-11", "2023-12", "2024-01"]),
        ("1999", "2001", "year", ["1999", "2000", "2001"]),
        ("2024", "2023", "year", []),
    ],
)
def test_period_range_crosses_year_ends(
    first: str, last: str, by: Any, expected: list[str]
) -> None:
    assert period_range(first, last, by) == expected


def test_period_start_reads_every_label_period_key_writes() -> None:
    for day in (date(2021, 1, 3), date(2024, 2, 29), date(2020, 12, 31)):
        for by in ("day", "week", "month", "year"):
            start = period_start(period_key(day, by), by)  # type: ignore[arg-type]
            assert start <= day and period_key(start, by) == period_key(day, by)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "by"), [("2023-13", "month"), ("2023", "month"), ("x", "day"), ("2023-W60", "week")]
)
def test_a_bad_period_label_is_a_value_error(label: str, by: Any) -> None:
    with pytest.raises(ValueError, match="is not a"):
        period_start(label, by)


def test_fill_periods_keeps_given_rows_and_fills_terms_per_group() -> None:
    given = [
        CountRow(period="2023-W01", term="a", group="X", count=1, total=3),
        CountRow(period="2023-W03", term="a", group="Y", count=2, total=2),
    ]
    table = fill_periods(given, by="week", group="source", terms=["a"])
    assert [(r.period, r.group, r.count, r.total) for r in table] == [
        ("2023-W01", "X", 1, 3),
        ("2023-W01", "Y", 0, 0),
        ("2023-W02", "X", 0, 0),
        ("2023-W02", "Y", 0, 0),
        ("2023-W03", "X", 0, 0),
        ("2023-W03", "Y", 2, 2),
    ]


def test_the_table_pickles_with_how_it_was_counted() -> None:
    table = Corpus(ARTS).counts("flood*", by="year", group="source")
    again = pickle.loads(pickle.dumps(table))
    assert again == table and (again.by, again.group, again.terms) == (
        "year",
        "source",
        ("flood*",),
    )


def test_to_pandas_gives_periods_counts_and_shares() -> None:
    frame = Corpus(ARTS).counts(["flood*", "strike"], by="month").to_pandas()
    assert list(frame.columns) == ["period", "term", "group", "count", "total", "share"]
    assert str(frame["period"].dtype) == "period[M]"
    assert frame["count"].dtype == "int64" and frame["share"].dtype == "float64"
    assert [str(p) for p in frame.period.unique()] == ["2023-01", "2023-02", "2023-03", "2023-04"]
    wide = frame.pivot(index="period", columns="term", values="count")
    assert wide["flood*"].tolist() == [2, 0, 0, 0] and wide["strike"].tolist() == [0, 0, 0, 1]


def test_to_pandas_weeks_start_on_monday() -> None:
    frame = Corpus(ARTS).counts(by="week").to_pandas()
    assert frame.period.iloc[0].start_time.date() == date(2023, 1, 9)  # ISO week 2023-W02
    assert frame.period.iloc[0].end_time.date() == date(2023, 1, 15)


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "pandas")
    with pytest.raises(MissingExtraError, match=r"newscorpus\[pandas\]"):
        Corpus(ARTS).counts().to_pandas()


matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


def test_plot_draws_one_line_per_term_over_every_period() -> None:
    ax = Corpus(ARTS).counts(["flood*", "strike"]).plot(title="Floods and strikes")
    lines = {line.get_label(): [float(y) for y in line.get_ydata()] for line in ax.get_lines()}
    assert lines == {"flood*": [2.0, 0.0, 0.0, 0.0], "strike": [0.0, 0.0, 0.0, 1.0]}
    assert ax.get_title() == "Floods and strikes" and ax.get_ylabel() == "articles per month"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["flood*", "strike"]
    assert len(ax.get_lines()[0].get_xdata()) == 4


def test_plot_by_source_shares_and_top_lines() -> None:
    table = Corpus(ARTS).counts("flood*", group="source")
    ax = table.plot(normalize=True, top=1)
    (line,) = ax.get_lines()
    assert line.get_label() == "Courier"  # Courier and Herald tie on matches: table order
    assert [float(y) for y in line.get_ydata()] == [1.0, 0.0, 0.0, 0.0]
    assert ax.get_ylabel() == "share of articles per month"
    assert ax.get_title() == "(top 1 of 2)"


def test_plot_labels_group_and_term_when_both_vary() -> None:
    table = Corpus(ARTS).counts(["flood*", "strike"], by="year", group="source")
    labels = sorted(line.get_label() for line in table.plot(top=None).get_lines())
    assert labels == ["Courier: flood*", "Courier: strike", "Herald: flood*", "Herald: strike"]


def test_plot_of_an_empty_table_says_so() -> None:
    ax = counts([Article(text="x")]).plot()
    assert ax.get_lines() == [] and ax.texts[0].get_text() == "no dated articles"


def test_plot_refuses_top_below_one() -> None:
    with pytest.raises(ValueError, match="top must be 1 or more"):
        Corpus(ARTS).counts().plot(top=0)


def test_plot_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "matplotlib")
    with pytest.raises(MissingExtraError, match=r"pip install 'newscorpus\[plot\]'"):
        Corpus(ARTS).counts().plot()


def _hide(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    """Make importing ``package`` (and its submodules) fail as if it were not installed."""
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == package or name.startswith(package + "."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    import importlib
    import sys

    monkeypatch.setattr(builtins, "__import__", fake_import)
    for name in list(sys.modules):
        if name == package or name.startswith(package + "."):
            monkeypatch.delitem(sys.modules, name)
    real_import_module = importlib.import_module

    def fake_import_module(name: str, package_: str | None = None) -> Any:
        if name == package or name.startswith(package + "."):
            raise ImportError(f"No module named {name!r}")
        return real_import_module(name, package_)

    monkeypatch.setattr(importlib, "import_module", fake_import_module)
