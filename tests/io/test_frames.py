"""Parquet and pandas exports: one schema, lossless Parquet round trip, atomic writes, and a
clear error naming the extra when pandas or pyarrow is missing."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article, Evidence, Origin, Removal
from newscorpus.errors import InputError, MissingColumnError, MissingExtraError, WriteError
from newscorpus.io import COLUMNS, CSV_COLUMNS, article_from_row, article_row
from newscorpus.testing import make_corpus_articles

RICH = Article(
    id="r1",
    title="Floods",
    subtitle="The valley",
    section="World",
    authors=("Ann Lee", "Tom Kim"),
    published=datetime(2023, 5, 2, 8, 30, tzinfo=timezone(timedelta(hours=3))),
    published_precision="minute",
    source="Courier",
    url="https://example.org/a",
    language="en",
    text="Body one.\n\nBody two.",
    removed=(Removal(text="Share", rule="share", block=3),),
    provenance={"title": Evidence(source="html", rule="og:title", raw="Floods")},
    meta={"tags": ["a", "b"], "n": 2},
    origin=Origin(path="a.html", line=None, format="html"),
)


def test_row_schema_round_trips_without_extras() -> None:
    row = article_row(RICH)
    assert tuple(row) == COLUMNS
    assert set(CSV_COLUMNS) <= set(COLUMNS)
    assert article_from_row(row) == RICH


def test_parquet_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    corpus = Corpus([RICH, *make_corpus_articles(20)])
    path = tmp_path / "c.parquet"
    assert corpus.to_parquet(path) == len(corpus)
    assert Corpus.from_parquet(path) == corpus
    assert [p.name for p in tmp_path.iterdir()] == ["c.parquet"]


def test_parquet_columns_and_types(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "c.parquet"
    Corpus([RICH]).to_parquet(path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    authors = table.schema.field("authors").type
    assert str(authors).startswith("list<") and str(authors.value_type) == "string"
    assert str(table.schema.field("published").type) == "timestamp[us, tz=UTC]"
    assert (
        str(table.schema.field("source").type)
        == "dictionary<values=string, indices=int32, ordered=0>"
    )
    assert table.column("published_offset").to_pylist() == ["+03:00"]


def test_pandas_frame_has_the_same_columns() -> None:
    pd = pytest.importorskip("pandas")
    frame = Corpus([RICH, Article(text="x")]).to_pandas()
    assert tuple(frame.columns) == COLUMNS
    assert frame.loc[0, "authors"] == ["Ann Lee", "Tom Kim"]
    assert frame.loc[0, "published"] == pd.Timestamp("2023-05-02T05:30:00Z")
    assert len(frame) == 2


def test_pandas_frame_is_typed() -> None:
    pd = pytest.importorskip("pandas")
    zoneless = Article(text="y", published=datetime(2023, 1, 2), published_precision="day")
    frame = Corpus([RICH, zoneless, Article(text="x")]).to_pandas()
    assert str(frame.published.dtype) == "datetime64[us, UTC]"
    assert frame.published.dt.year.tolist()[:2] == [2023, 2023]
    assert frame.published.dt.hour.tolist()[:2] == [5, 0]  # UTC; a zoneless date as printed
    assert frame.published_offset[0] == "+03:00" and pd.isna(frame.published_offset[1])
    assert frame.published_precision.tolist()[:2] == ["minute", "day"]
    assert pd.isna(frame.published[2]) and pd.isna(frame.modified[0])
    for column in ("source", "section", "language", "published_precision", "published_offset"):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    assert frame.loc[1, "authors"] == []


@pytest.mark.parametrize("size", [0, 1, 21])
def test_parquet_round_trip_keeps_every_type(tmp_path: Path, size: int) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    zoneless = Article(
        id="z", text="y", published=datetime(1500, 1, 2, 3, 4), modified=RICH.published
    )
    corpus = Corpus([RICH, zoneless, *make_corpus_articles(20)][:size])
    path = tmp_path / "c.parquet"
    corpus.to_parquet(path)
    frame, again = corpus.to_pandas(), pd.read_parquet(path)
    assert frame.dtypes.to_dict() == again.dtypes.to_dict()
    assert str(again.published.dtype) == str(again.modified.dtype) == "datetime64[us, UTC]"
    assert isinstance(again.source.dtype, pd.CategoricalDtype)
    assert list(Corpus.load(path)) == list(corpus)
    assert [a.to_dict() for a in Corpus.from_parquet(path)] == [a.to_dict() for a in corpus]


def test_parquet_write_failure_leaves_nothing(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    target = tmp_path / "kept.parquet"
    target.write_bytes(b"old")
    with pytest.raises(WriteError):
        Corpus([RICH]).to_parquet(tmp_path / "missing" / "c.parquet")

    class Boom(Exception):
        pass

    def explode() -> object:
        raise Boom

    bad = Article(text="x", meta={"k": 1})
    corpus = Corpus([bad])
    from newscorpus.io import frames

    original = frames.article_row
    try:
        frames.article_row = lambda a: explode()  # type: ignore[assignment,misc]
        with pytest.raises(Boom):
            corpus.to_parquet(target)
    finally:
        frames.article_row = original
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.parquet"]


def test_reading_bad_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    not_parquet = tmp_path / "x.parquet"
    not_parquet.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="Parquet"):
        Corpus.from_parquet(not_parquet)
    with pytest.raises(InputError, match="cannot read"):
        Corpus.from_parquet(tmp_path / "absent.parquet")


def test_parquet_without_text_column(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"title": ["a"]}), path)
    with pytest.raises(MissingColumnError, match="no 'text' column"):
        Corpus.from_parquet(path)


@pytest.mark.parametrize(
    ("module", "call", "extra"),
    [
        ("pandas", lambda c, p: c.to_pandas(), "pandas"),
        ("pyarrow", lambda c, p: c.to_parquet(p), "parquet"),
        ("pyarrow", lambda c, p: Corpus.from_parquet(p), "parquet"),
    ],
)
def test_missing_extra_names_it(
    module: str, call: object, extra: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=rf"pip install 'newscorpus\[{extra}\]'"):
        call(Corpus([RICH]), tmp_path / "x.parquet")  # type: ignore[operator]
    assert not (tmp_path / "x.parquet").exists()


def test_records_to_dataframe() -> None:
    pytest.importorskip("pandas")
    from newscorpus.io import records_to_dataframe
    from newscorpus.query import quotes

    corpus = Corpus(
        [Article(id="q", text="“We stay,” said Ana Lima.", published=datetime(2023, 1, 2))]
    )
    counted = records_to_dataframe(corpus.counts("stay"))
    assert list(counted.columns) == ["period", "term", "group", "count", "total", "share"]
    said = records_to_dataframe(quotes(corpus))
    assert said.loc[0, "speaker"] == "Ana Lima"
    assert records_to_dataframe([]).empty
    with pytest.raises(TypeError, match="not an attrs record"):
        records_to_dataframe([("a", 1)])
