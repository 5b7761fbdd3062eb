"""Articles as a table: a pandas DataFrame (extra ``pandas``) and Parquet files (extra
``parquet``), in the one column schema every export shares (see :doc:`/howto/export`).

The columns are those of :meth:`~newscorpus.article.Article.to_dict`, in ``COLUMNS`` order:
text values as strings (``None`` when missing), ``authors`` as a list of strings, the dates
(``published``, ``modified``) as ISO 8601 strings exactly as the page gave them (offset and
precision kept; ``published_precision`` says how much of it the page printed), and the nested
fields ``removed``, ``provenance``, ``meta`` and ``origin`` as JSON text. A Parquet file read
back with :func:`read_parquet` gives the very same articles.

Example:
    >>> COLUMNS[:6]
    ('id', 'title', 'subtitle', 'section', 'authors', 'published')
    >>> row = article_row(Article(text="Body.", authors=("A", "B")))
    >>> row["authors"], row["removed"]
    (['A', 'B'], '[]')
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

import attrs

from ..article import Article, Origin
from ..errors import InputError, MissingColumnError, MissingExtraError, RecordError
from .atomic import atomic_path

__all__ = [
    "COLUMNS",
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
    "published_precision",
    "modified",
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


def _require(module: str, extra: str, feature: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError.for_extra(
            extra, feature, module.split(".", maxsplit=1)[0]
        ) from None


def article_row(article: Article) -> dict[str, Any]:
    """One article as a row of the shared schema (see ``COLUMNS``).

    Example:
        >>> article_row(Article(text="x", meta={"k": 1}))["meta"]
        '{"k": 1}'
    """
    data = article.to_dict()
    return {
        column: json.dumps(data[column], ensure_ascii=False)
        if column in JSON_COLUMNS
        else data[column]
        for column in COLUMNS
    }


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
    for column in JSON_COLUMNS:
        value = data.get(column)
        if isinstance(value, str):
            data[column] = json.loads(value)
    if data.get("authors") is not None:
        data["authors"] = list(data["authors"])
    return Article.from_dict(data)


def to_dataframe(articles: Iterable[Article]) -> Any:
    """A pandas ``DataFrame``, one row per article, with the ``COLUMNS``.

    Raises:
        MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).

    Example:
        >>> frame = to_dataframe([Article(text="One.", source="X")])
        >>> list(frame.columns)[:3], frame.loc[0, "source"]
        (['id', 'title', 'subtitle'], 'X')
    """
    pandas = _require("pandas", "pandas", "to_pandas()")
    rows = [article_row(article) for article in articles]
    return pandas.DataFrame(rows, columns=list(COLUMNS))


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
    pandas = _require("pandas", "pandas", "records_to_dataframe()")
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


def _arrow_schema(pyarrow: Any) -> Any:
    fields = [
        (column, pyarrow.list_(pyarrow.string()) if column == "authors" else pyarrow.string())
        for column in COLUMNS
    ]
    return pyarrow.schema(fields)


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
    pyarrow = _require("pyarrow", "parquet", "to_parquet()")
    parquet = _require("pyarrow.parquet", "parquet", "to_parquet()")
    rows = [article_row(article) for article in articles]
    table = pyarrow.Table.from_pylist(rows, schema=_arrow_schema(pyarrow))
    with atomic_path(path) as temp:
        parquet.write_table(table, str(temp))
    return len(rows)


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
    parquet = _require("pyarrow.parquet", "parquet", "from_parquet()")
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
