"""Articles as a table: a pandas DataFrame (extra ``pandas``) and Parquet files (extra
``parquet``), in the one column schema every export shares (see :doc:`/howto/export`).

The columns are those of :meth:`~newscorpus.article.Article.to_dict`, in ``COLUMNS`` order,
typed: text values as strings (``None`` when missing); ``source``, ``section``, ``language`` and
``published_precision`` as categoricals; ``authors`` as a list of strings; the dates
(``published``, ``modified``) as timestamps in UTC (microseconds, ``datetime64[us, UTC]`` in
pandas), each with the UTC offset the page printed in its own column (``published_offset``,
``modified_offset``: ``"+02:00"``, null when the page gave no zone); and the nested fields
``removed``, ``provenance``, ``meta`` and ``origin`` as JSON text.

A date printed without a zone is a local time in a zone nobody knows: it is stored as if it were
UTC (its printed wall-clock time, so ``.dt.year`` and ``.dt.date`` give the date the page
printed) with a null offset, which marks it as zoneless. No zone is invented and no date is
dropped. The frame is built through Arrow with the Parquet file's own schema, so a frame and a
Parquet file read back with ``pandas.read_parquet`` have the same dtypes; :func:`read_parquet`
gives back the very same articles.

Example:
    >>> COLUMNS[:7]
    ('id', 'title', 'subtitle', 'section', 'authors', 'published', 'published_offset')
    >>> row = article_row(Article(text="Body.", authors=("A", "B")))
    >>> row["authors"], row["removed"], row["published_offset"]
    (['A', 'B'], '[]', None)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

import attrs

from ..article import Article, Origin
from ..errors import InputError, MissingColumnError, RecordError, import_extra
from .atomic import atomic_path

__all__ = [
    "CATEGORY_COLUMNS",
    "COLUMNS",
    "DATE_COLUMNS",
    "JSON_COLUMNS",
    "article_from_row",
    "article_row",
    "read_parquet",
    "records_to_dataframe",
    "to_dataframe",
    "write_parquet",
]

COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "subtitle",
    "section",
    "authors",
    "published",
    "published_offset",
    "published_precision",
    "modified",
    "modified_offset",
    "source",
    "url",
    "language",
    "text",
    "removed",
    "provenance",
    "meta",
    "origin",
)
"""The columns of a DataFrame or Parquet file of articles, in order."""

JSON_COLUMNS: frozenset[str] = frozenset({"removed", "provenance", "meta", "origin"})
"""The columns that hold JSON text (nested values)."""

CATEGORY_COLUMNS: frozenset[str] = frozenset(
    {"section", "source", "language", "published_precision", "published_offset", "modified_offset"}
)
"""The columns stored as categoricals (Arrow dictionaries): few distinct values, many rows."""

DATE_COLUMNS: tuple[str, ...] = ("published", "modified")
"""The timestamp columns (UTC); each has an ``_offset`` column beside it."""


def article_row(article: Article) -> dict[str, Any]:
    """One article as a row of the shared schema (see ``COLUMNS``).

    Example:
        >>> article_row(Article(text="x", meta={"k": 1}))["meta"]
        '{"k": 1}'
    """
    data = article.to_dict()
    for column in DATE_COLUMNS:
        value: datetime | None = getattr(article, column)
        data[column] = value
        data[f"{column}_offset"] = None if value is None else _offset_text(value)
    return {
        column: json.dumps(data[column], ensure_ascii=False)
        if column in JSON_COLUMNS
        else data[column]
        for column in COLUMNS
    }


def _offset_text(value: datetime) -> str | None:
    """The UTC offset of a date-time as ISO 8601 writes it (``"+02:00"``), ``None`` when naive.

    Example:
        >>> _offset_text(datetime.fromisoformat("2023-05-02T08:30:00-05:00"))
        '-05:00'
    """
    delta = value.utcoffset()
    if delta is None:
        return None
    return datetime(2000, 1, 1, tzinfo=timezone(delta)).isoformat()[len("2000-01-01T00:00:00") :]


def _local(value: Any, offset: str | None) -> Any:
    """A stored timestamp back as the page's date-time: in its own offset, or naive."""
    if not isinstance(value, datetime):
        return value  # an ISO string (an older file), or None
    if offset is None:
        return value.replace(tzinfo=None).isoformat()
    zone = datetime.fromisoformat("2000-01-01T00:00:00" + offset).tzinfo
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    return aware.astimezone(zone).isoformat()


def article_from_row(row: dict[str, Any]) -> Article:
    """The article a row of the shared schema stands for (:func:`article_row` reversed).

    Raises:
        ValueError: a JSON column does not hold JSON, or a field has the wrong shape.

    Example:
        >>> a = Article(title="T", text="Body.", authors=("A",))
        >>> article_from_row(article_row(a)) == a
        True
    """
    data = dict(row)
    for column in DATE_COLUMNS:
        data[column] = _local(data.get(column), data.pop(f"{column}_offset", None))
    for column in JSON_COLUMNS:
        value = data.get(column)
        if isinstance(value, str):
            data[column] = json.loads(value)
    if data.get("authors") is not None:
        data["authors"] = list(data["authors"])
    return Article.from_dict(data)


def to_dataframe(articles: Iterable[Article]) -> Any:
    """A pandas ``DataFrame``, one row per article, with the typed ``COLUMNS`` (see the module
    docstring and :doc:`/howto/export`): ``published`` is ``datetime64[us, UTC]``, so
    ``frame.published.dt.year`` works as it is.

    Args:
        articles: the articles, one row each.

    Raises:
        MissingExtraError: pandas or pyarrow is not installed (``pip install 'newscorpus[pandas]'``).

    Example:
        >>> from datetime import datetime
        >>> frame = to_dataframe([Article(text="One.", source="X", published=datetime(2023, 5, 2))])
        >>> list(frame.columns)[:3], frame.loc[0, "source"], int(frame.published.dt.year[0])
        (['id', 'title', 'subtitle'], 'X', 2023)
    """
    pandas = import_extra("pandas", "pandas", "to_pandas()")
    pyarrow = import_extra("pyarrow", "pandas", "to_pandas()")
    frame = _arrow_table(pyarrow, articles).to_pandas()
    authors = [list(names) for names in frame["authors"]]
    frame["authors"] = pandas.Series(authors, index=frame.index, dtype=object)
    return frame


def records_to_dataframe(records: Iterable[Any]) -> Any:
    """A pandas ``DataFrame`` of analysis results — :class:`~newscorpus.query.CountRow`,
    :class:`~newscorpus.query.Quote`, :class:`~newscorpus.query.KwicHit`,
    :class:`~newscorpus.query.Cooccurrence`, :class:`~newscorpus.query.DuplicateCluster` or any
    attrs records — one row per record, one column per field, plus ``share`` when the records
    have one (counts and co-occurrences).

    Raises:
        MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).
        TypeError: a record is not an attrs instance.

    Example:
        >>> from newscorpus.query import CountRow
        >>> rows = [CountRow(period="2023", term="x", group=None, count=1, total=4)]
        >>> records_to_dataframe(rows)[["period", "count", "total", "share"]].values.tolist()
        [['2023', 1, 4, 0.25]]
    """
    pandas = import_extra("pandas", "pandas", "records_to_dataframe()")
    rows = []
    for record in records:
        if not attrs.has(type(record)):
            raise TypeError(f"not an attrs record: {type(record).__name__}")
        row = attrs.asdict(record, recurse=False)
        share = getattr(record, "share", None)
        if isinstance(share, float):
            row["share"] = share
        rows.append(row)
    return pandas.DataFrame(rows)


def _arrow_type(pyarrow: Any, column: str) -> Any:
    if column == "authors":
        return pyarrow.list_(pyarrow.string())
    if column in DATE_COLUMNS:
        return pyarrow.timestamp("us", tz="UTC")
    if column in CATEGORY_COLUMNS:
        return pyarrow.dictionary(pyarrow.int32(), pyarrow.string())
    return pyarrow.string()


def _arrow_table(pyarrow: Any, articles: Iterable[Article]) -> Any:
    """The articles as an Arrow table of the shared, typed schema."""
    schema = pyarrow.schema([(column, _arrow_type(pyarrow, column)) for column in COLUMNS])
    rows = [article_row(article) for article in articles]
    return pyarrow.Table.from_pylist(rows, schema=schema)


def write_parquet(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Write the articles as a Parquet file (atomically); returns how many were written.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install 'newscorpus[parquet]'``).
        WriteError: the file cannot be written; nothing is left behind.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.parquet"
        >>> write_parquet([Article(text="One.")], path)
        1
    """
    pyarrow = import_extra("pyarrow", "parquet", "to_parquet()")
    parquet = import_extra("pyarrow.parquet", "parquet", "to_parquet()")
    table = _arrow_table(pyarrow, articles)
    with atomic_path(path) as temp:
        parquet.write_table(table, str(temp))
    return int(table.num_rows)


def read_parquet(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Read articles from a Parquet file written by :func:`write_parquet` (or any file with the
    ``COLUMNS``; only ``text`` is required). Each article keeps its own ``origin``; its
    ``read_from`` names the file and the 1-based row.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install 'newscorpus[parquet]'``).
        InputError: the file is not Parquet.
        MissingColumnError: the file has no ``text`` column.
        RecordError: a row is not an article, naming its 1-based number.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.parquet"
        >>> _ = write_parquet([Article(text="One.")], path)
        >>> [a.text for a in read_parquet(path)]
        ['One.']
    """
    parquet = import_extra("pyarrow.parquet", "parquet", "from_parquet()")
    try:
        table = parquet.read_table(str(path))
    except OSError as exc:  # pyarrow's ArrowInvalid for a non-Parquet file is a ValueError
        raise InputError(f"cannot read as Parquet: {exc}", path=str(path), stage="read") from exc
    except ValueError as exc:
        raise InputError(f"not a Parquet file: {exc}", path=str(path), stage="read") from exc
    if "text" not in table.column_names:
        raise MissingColumnError(
            f"no 'text' column (columns: {', '.join(table.column_names)})",
            path=str(path),
            stage="read",
        )
    for number, row in enumerate(table.to_pylist(), start=1):
        try:
            article = article_from_row(row)
        except (ValueError, TypeError) as exc:
            raise RecordError(
                f"not an article record: {exc}", path=str(path), line=number, stage="parse"
            ) from exc
        yield article.evolve(read_from=Origin(path=str(path), line=number, format="parquet"))
