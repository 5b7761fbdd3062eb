"""Files of records — JSON Lines, JSON, CSV — read into documents (a record's page with its
metadata as hints) or articles (a record that is a saved article), and the error policy that
decides whether a bad record raises, warns or is skipped.

Example:
    >>> from newscorpus.options import LoadOptions
    >>> docs = list(read_jsonl('{"text": "The river rose overnight.", "title": "Flood"}', "a.jsonl", LoadOptions(), []))
    >>> docs[0].kind, docs[0].hints
    ('text', {'title': 'Flood'})
"""

from __future__ import annotations

import csv
import io
import itertools
import sys
import warnings
from collections.abc import Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..article import Article, Origin
from ..errors import EmptyInputError, MissingColumnError, NewsCorpusError, RecordError, Skipped
from ..options import LoadOptions
from .document import Document, sniff_kind
from .jsontext import loads_record

__all__ = ["NewsCorpusWarning", "apply_policy", "read_csv", "read_json", "read_jsonl"]


class NewsCorpusWarning(UserWarning):
    """Warned for each page left out under ``errors="warn"``."""


_TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "maintext")
_HTML_KEYS = ("html", "raw_html", "content_html")
_HINT_KEYS = (
    "id",
    "url",
    "title",
    "subtitle",
    "section",
    "date",
    "published",
    "authors",
    "author",
    "source",
    "language",
)


def apply_policy(
    err: NewsCorpusError, options: LoadOptions, skipped: list[Skipped], path: Path
) -> None:
    """Apply the caller's error policy to ``err``: raise it (``errors="raise"``), or record it
    in ``skipped`` (and warn with ``errors="warn"``).

    Example:
        >>> skipped = []
        >>> apply_policy(RecordError("bad row", path="a.csv", line=3), LoadOptions(errors="skip"),
        ...              skipped, Path("a.csv"))
        >>> skipped[0].line
        3
    """
    if options.errors == "raise":
        raise err
    skipped.append(Skipped.from_error(err, path=str(path)))
    if options.errors == "warn":
        warnings.warn(str(err), NewsCorpusWarning, stacklevel=3)


def read_jsonl(
    text: str, name: str, options: LoadOptions, skipped: list[Skipped]
) -> Iterator[Document | Article]:
    """The records of a JSON Lines file ``name``, one per line; a bad line goes to the error
    policy (recorded in ``skipped`` under ``errors="skip"``) and the next is read.

    Example:
        >>> skipped = []
        >>> text = '{"text": "The river rose."}\\n{broken\\n'
        >>> [d.content for d in read_jsonl(text, "a.jsonl", LoadOptions(errors="skip"), skipped)]
        ['The river rose.']
        >>> skipped[0].line
        2
    """
    # Only "\n" ends a JSONL line: json.dumps leaves U+0085 and U+2028 unescaped inside strings,
    # where str.splitlines() would cut them.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = loads_record(line, path=name, line=number)
            yield _from_record(record, name, number, "jsonl", options)
        except NewsCorpusError as err:
            apply_policy(err, options, skipped, Path(name))


def read_json(text: str, name: str, options: LoadOptions) -> Iterator[Document | Article]:
    """The records of a JSON file ``name``: one object or a list of them.

    Example:
        >>> text = '[{"text": "The river rose."}, {"text": "The bridge held."}]'
        >>> [d.origin.line for d in read_json(text, "a.json", LoadOptions())]
        [1, 2]
    """
    data = loads_record(text, path=name, line=1)
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield _from_record(record, name, number, "json", options)


def read_csv(
    text: str, name: str, options: LoadOptions, skipped: list[Skipped]
) -> Iterator[Document | Article]:
    """The rows of a CSV file. Parsing is strict, so that a row with an unclosed quote is an
    error (a skip under ``errors="skip"``) instead of swallowing the rows after it; reading then
    resumes on the line after that row's start. Quotes inside a quoted cell are doubled
    (RFC 4180), whatever the sniffer guessed.

    Example:
        >>> text = 'title,text\\nFlood,The river rose overnight.\\n'
        >>> [(d.hints, d.content) for d in read_csv(text, "a.csv", LoadOptions(), [])]
        [({'title': 'Flood'}, 'The river rose overnight.')]
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    lines = io.StringIO(text, newline="").readlines()
    header = csv.reader(lines, dialect, strict=False)
    columns = next(header, [])
    if (
        _pick(columns, options.text_field, _TEXT_KEYS) is None
        and _pick(columns, options.html_field, _HTML_KEYS) is None
    ):
        raise MissingColumnError(
            f"no text column; the columns are {columns}; name one with LoadOptions(text_field=...)",
            path=name,
            line=1,
            stage="parse",
        )
    start = header.line_num
    while start < len(lines):
        start = yield from _csv_rows(
            lines,
            start,
            columns=columns,
            dialect=dialect,
            name=name,
            options=options,
            skipped=skipped,
        )


def _csv_rows(
    lines: list[str],
    start: int,
    *,
    columns: list[str],
    dialect: Any,
    name: str,
    options: LoadOptions,
    skipped: list[Skipped],
) -> Generator[Document | Article, None, int]:
    """Rows from the 0-based line ``start`` up to the end or to a malformed row; returns the
    line to resume from."""
    reader = csv.reader(
        itertools.islice(lines, start, None), dialect, strict=True, doublequote=True
    )
    while True:
        line = start + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return len(lines)
        except csv.Error as exc:
            error = RecordError(f"malformed CSV row: {exc}", path=name, line=line, stage="parse")
            apply_policy(error, options, skipped, Path(name))
            return line
        if row:
            try:
                yield _csv_record(row, columns, name, line, options)
            except NewsCorpusError as err:
                apply_policy(err, options, skipped, Path(name))


def _csv_record(
    row: list[str], columns: list[str], name: str, line: int, options: LoadOptions
) -> Document | Article:
    if any("\x00" in cell for cell in row):
        raise RecordError(
            "the row holds a NUL byte (binary data, not text)", path=name, line=line, stage="parse"
        )
    return _from_record(dict(zip(columns, row, strict=False)), name, line, "csv", options)


def _pick(keys: Iterable[str], chosen: str | None, usual: tuple[str, ...]) -> str | None:
    present = list(keys)
    if chosen is not None:
        return chosen if chosen in present else None
    return next((k for k in usual if k in present), None)


def _from_record(
    record: Any, name: str, line: int, fmt: str, options: LoadOptions
) -> Document | Article:
    if not isinstance(record, Mapping):
        raise RecordError(
            f"a record must be an object, not {type(record).__name__}",
            path=name,
            line=line,
            stage="parse",
        )
    origin = Origin(path=name, line=line, format=fmt)
    if {"id", "text", "removed"} <= set(record):
        try:
            return Article.from_dict(record).evolve(read_from=origin)
        except (ValueError, TypeError) as exc:
            raise RecordError(
                f"not a valid article record: {exc}", path=name, line=line, stage="parse"
            ) from exc
    html_key = _pick(record, options.html_field, _HTML_KEYS)
    text_key = _pick(record, options.text_field, _TEXT_KEYS)
    key = html_key if html_key and record.get(html_key) else text_key
    content = record.get(key) if key else None
    if not isinstance(content, str) or not content.strip():
        raise EmptyInputError(
            f"the record has no text (looked for {options.text_field or ', '.join(_TEXT_KEYS)})",
            path=name,
            line=line,
            stage="parse",
        )
    hints = {k: record[k] for k in _HINT_KEYS if record.get(k) not in (None, "")}
    if "author" in hints and "authors" not in hints:
        hints["authors"] = hints.pop("author")
    kind = "html" if key == html_key else sniff_kind(content)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return Document(content=content, kind=kind, origin=origin, url=url, hints=hints)
