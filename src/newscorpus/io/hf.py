"""Articles as a Hugging Face ``datasets.Dataset`` (extra ``hf``), in the typed export schema.

The dataset has the columns of :data:`~newscorpus.io.COLUMNS`, in order, with the types
the pandas frame and the Parquet file have (see :doc:`/howto/export`): ``published`` and
``modified`` as ``timestamp[us, tz=UTC]`` beside the printed UTC offset (``published_offset``,
null for a date printed without a zone), ``authors`` as a list of strings, and every other
column as a string, the nested fields (``removed``, ``provenance``, ``meta``, ``origin``) as
JSON text. The categorical columns of the frame are plain strings here: ``datasets`` has no
dictionary type, and a ``ClassLabel`` would fix the set of sources and languages forever.

:func:`from_hf_dataset` reads such a dataset back (from ``load_from_disk`` or ``load_dataset``)
as the very same articles. Pushing to the Hub is ``dataset.push_to_hub("user/name")``; see
:doc:`/howto/huggingface`.

Example:
    >>> from newscorpus import Article
    >>> dataset = to_hf_dataset([Article(text="One.", authors=("Ann Lee",))])
    >>> dataset.features["published"]
    Value('timestamp[us, tz=UTC]')
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from ..article import Article
from ..errors import MissingColumnError, RecordError, import_extra
from .frames import COLUMNS, DATE_COLUMNS, _arrow_table, article_from_row

__all__ = ["from_hf_dataset", "hf_features", "to_hf_dataset"]

_DESCRIPTION = (
    "News articles extracted by newscorpus: one row per article, the clean body in `text`, "
    "metadata in typed columns, what cleaning removed in `removed` (JSON)."
)


def hf_features() -> Any:
    """The ``datasets.Features`` of an exported corpus, column by column.

    Raises:
        MissingExtraError: ``datasets`` is not installed (``pip install 'newscorpus[hf]'``).

    Example:
        >>> features = hf_features()
        >>> features["authors"], features["published"]
        (List(Value('string')), Value('timestamp[us, tz=UTC]'))
    """
    datasets = import_extra("datasets", "hf", "hf_features()")
    features: dict[str, Any] = {}
    for column in COLUMNS:
        if column == "authors":
            features[column] = datasets.List(datasets.Value("string"))
        elif column in DATE_COLUMNS:
            features[column] = datasets.Value("timestamp[us, tz=UTC]")
        else:
            features[column] = datasets.Value("string")
    return datasets.Features(features)


def to_hf_dataset(articles: Iterable[Article]) -> Any:
    """The articles as a ``datasets.Dataset``, one row each, typed by :func:`hf_features`.

    Args:
        articles: the articles, one row each.

    Raises:
        MissingExtraError: ``datasets`` (or pyarrow) is not installed
            (``pip install 'newscorpus[hf]'``).

    Example:
        >>> from datetime import datetime, timezone
        >>> art = Article(text="One.", published=datetime(2023, 5, 2, 9, tzinfo=timezone.utc))
        >>> to_hf_dataset([art])[0]["published"].year
        2023
    """
    datasets = import_extra("datasets", "hf", "to_hf_dataset()")
    pyarrow = importlib.import_module("pyarrow")  # datasets depends on it
    features = hf_features()
    table = _arrow_table(pyarrow, articles).cast(features.arrow_schema)
    info = datasets.DatasetInfo(description=_DESCRIPTION, features=features)
    return datasets.Dataset(table, info=info)


def from_hf_dataset(dataset: Any) -> Iterator[Article]:
    """The articles of a dataset made by :func:`to_hf_dataset` (or any with a ``text`` column
    and some of the :data:`~newscorpus.io.COLUMNS`), in row order.

    Args:
        dataset: a ``datasets.Dataset`` (a single split, not a ``DatasetDict``).

    Raises:
        MissingColumnError: the dataset has no ``text`` column (a ``DatasetDict`` has none:
            pick a split, ``dataset["train"]``).
        RecordError: a row is not an article, naming its 1-based number.

    Example:
        >>> restored = list(from_hf_dataset(to_hf_dataset([Article(text="One.")])))
        >>> restored[0].text
        'One.'
    """
    names = getattr(dataset, "column_names", None)
    if not isinstance(names, list) or "text" not in names:
        shown = ", ".join(names) if isinstance(names, list) else type(dataset).__name__
        raise MissingColumnError(
            f"no 'text' column in the dataset ({shown}); pass one split, e.g. dataset['train']",
            path=_where(dataset),
            stage="read",
        )
    for number, row in enumerate(dataset.with_format("arrow").iter(batch_size=1000), start=1):
        for offset, record in enumerate(row.to_pylist()):
            try:
                yield article_from_row(record)
            except (ValueError, TypeError) as exc:
                raise RecordError(
                    f"not an article record: {exc}",
                    path=_where(dataset),
                    line=(number - 1) * 1000 + offset + 1,
                    stage="parse",
                ) from exc


def _where(dataset: Any) -> str | None:
    """The file a dataset was read from (its first Arrow cache file), for error messages."""
    files = getattr(dataset, "cache_files", None)
    if isinstance(files, list) and files and isinstance(files[0], dict):
        name = files[0].get("filename")
        return str(name) if name else None
    return None
