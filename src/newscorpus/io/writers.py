"""Writers for JSONL and CSV (atomic: never a half-written file) and the JSONL article reader.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.article import Article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> write_jsonl([Article(text="One.", title="A")], path)
    1
    >>> [a.title for a in read_jsonl_articles(path)]
    ['A']
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..article import Article
from ..errors import RecordError
from .atomic import atomic_write
from .jsontext import loads_record

__all__ = [
    "CSV_COLUMNS",
    "neutralise_formula",
    "read_jsonl_articles",
    "write_csv",
    "write_jsonl",
]

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "url",
    "title",
    "subtitle",
    "section",
    "authors",
    "published",
    "source",
    "language",
    "text",
)
"""The default CSV columns; ``authors`` are joined with ``"; "``, ``published`` is ISO 8601."""


def write_jsonl(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Write every field of every article, one JSON object a line; returns how many were written.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> write_jsonl([Article(text="One."), Article(text="Two.")], path)
        2
    """
    count = 0
    with atomic_write(path) as handle:
        for article in articles:
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


# A cell starting with one of these is run as a formula by spreadsheets (CSV injection);
# tab and carriage return too, as some strip them first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """``cell`` prefixed with ``'`` when a spreadsheet would run it as a formula.

    Example:
        >>> print(neutralise_formula("=SUM(A1:A3)"), neutralise_formula("Plain"))
        '=SUM(A1:A3) Plain
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _cell(article: Article, column: str) -> str:
    if column == "authors":
        return "; ".join(article.authors)
    if column == "published":
        return article.published_iso or ""
    value = getattr(article, column)
    return "" if value is None else str(value)


def write_csv(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    escape_formulas: bool = True,
) -> int:
    """Write the chosen columns (default ``CSV_COLUMNS``) as CSV; returns the row count.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed
    with ``'`` so that a spreadsheet shows it instead of running it as a formula;
    ``escape_formulas=False`` writes every cell as it is (for tools other than spreadsheets).

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> write_csv([Article(text="One.", authors=("A", "B"))], path, columns=("authors",))
        1
        >>> path.read_text().splitlines()
        ['authors', 'A; B']
    """
    chosen = tuple(columns or CSV_COLUMNS)
    count = 0
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(chosen)
        for article in articles:
            cells = [_cell(article, c) for c in chosen]
            writer.writerow([neutralise_formula(c) for c in cells] if escape_formulas else cells)
            count += 1
    return count


def read_jsonl_articles(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Read articles written by :func:`write_jsonl`, lazily.

    Raises:
        RecordError: a line is not JSON or not an article, naming the file and line.

    Lone surrogates are replaced by U+FFFD, as everywhere newscorpus reads JSON.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "bad.jsonl"
        >>> _ = path.write_text("{}\\nnot json\\n", encoding="utf-8")
        >>> list(read_jsonl_articles(path))
        Traceback (most recent call last):
        ...
        newscorpus.errors.RecordError: ...bad.jsonl, line 2: not valid JSON (Expecting value at column 1)
    """
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = loads_record(line, path=str(path), line=number)
            try:
                yield Article.from_dict(record)
            except (ValueError, TypeError) as exc:
                raise RecordError(
                    f"not an article record: {exc}", path=str(path), line=number, stage="parse"
                ) from exc
