"""The loading pipeline on a Dask cluster, for corpora bigger than one machine (extra ``dask``).

:func:`load_bag` plans the work on the client — it lists the files and recognises their formats
as :meth:`Corpus.load <newscorpus.corpus.Corpus.load>` does — and the workers read and extract:
small files are grouped into partitions of about ``partition_size`` bytes; a WARC file larger
than that is split into byte spans, each worker scanning the file but reading and extracting
only the records that start in its span, so that one large crawl keeps every worker busy. The
articles are those :meth:`Corpus.load <newscorpus.corpus.Corpus.load>` gives, in the same
order.

The result, a :class:`DaskLoad`, holds two lazy bags: the articles and what was left out
(:class:`~newscorpus.errors.Skipped`). :func:`to_dataframe` turns a bag of articles into a Dask
dataframe with the typed columns of :func:`newscorpus.io.to_dataframe`; :func:`to_parquet`
writes it as a Parquet dataset, one file per partition, that pandas reads back with the same
dtypes (``published`` a timezone-aware timestamp).

Everything sent to the workers pickles: the options (frozen attrs objects), the plan, the
functions. On a real cluster the workers must see the input files at the same paths as the
client (a shared or network file system), and the Parquet output folder too; see
:doc:`/howto/dask`.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import warc_record, write_warc
    >>> page = b"<html><body><article><h1>Bridge</h1><p>" + b"The bridge reopened. " * 9 + b"</p>"
    >>> crawl = write_warc(pathlib.Path(tempfile.mkdtemp()) / "crawl.warc.gz", [
    ...     warc_record("request", "https://example.org/a"),
    ...     warc_record("response", "https://example.org/a", page)])
    >>> loaded = load_bag(crawl)
    >>> [a.url for a in loaded.articles.compute(scheduler="sync")]
    ['https://example.org/a']
    >>> [s.reason for s in loaded.skipped.compute(scheduler="sync")]
    ['record 1 (byte offset 0): a request record, not a page']
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from ._batch import extract_outcomes, load_options, read_store, settle
from .article import Article
from .corpus import Corpus
from .errors import Skipped, WriteError, import_extra
from .io.document import Document
from .io.frames import to_dataframe as frame_of
from .io.frames import write_parquet
from .io.readers import iter_formats, iter_records, read_warc
from .io.sniff import NotAPage
from .options import ErrorPolicy, LoadOptions

__all__ = ["DEFAULT_PARTITION_SIZE", "DaskLoad", "load_bag", "to_dataframe", "to_parquet"]

PathLike = str | os.PathLike[str]

DEFAULT_PARTITION_SIZE = 64 * 1024 * 1024
"""About how many input bytes one partition (one task) reads, 64 MiB."""


@attrs.frozen
class _Part:
    """One partition's work: files with their formats, or one byte span of one WARC file."""

    files: tuple[tuple[str, str], ...]
    span: tuple[int, int] | None = None


@attrs.frozen
class DaskLoad:
    """What :func:`load_bag` gives: two lazy bags over the same reading.

    Compute both at once (``dask.compute(loaded.articles, loaded.skipped)``, or
    :meth:`compute`) and the files are read once.

    Attributes:
        articles: a ``dask.bag.Bag`` of :class:`~newscorpus.article.Article`, in
            :meth:`Corpus.load <newscorpus.corpus.Corpus.load>`'s order.
        skipped: a ``dask.bag.Bag`` of :class:`~newscorpus.errors.Skipped`: the files, records
            and pages left out, and why.

    Example:
        >>> DaskLoad(articles=None, skipped=None).articles is None
        True
    """

    articles: Any
    skipped: Any

    def compute(self, **kwargs: Any) -> Corpus:
        """Compute both bags at once into an in-memory :class:`~newscorpus.corpus.Corpus` (whose
        ``skipped`` lists what was left out).

        Args:
            **kwargs: passed to ``dask.compute`` (``scheduler="sync"``, …).

        Example:
            >>> from newscorpus.samples import sample_corpus_path
            >>> corpus = load_bag(sample_corpus_path()).compute(scheduler="sync")
            >>> len(corpus) >= 12
            True
        """
        dask = import_extra("dask", "dask", "DaskLoad.compute()")
        articles, skipped = dask.compute(self.articles, self.skipped, **kwargs)
        return Corpus(articles, skipped=skipped)


def load_bag(
    paths: PathLike | Iterable[PathLike],
    *,
    format: str | None = None,
    errors: ErrorPolicy | None = None,
    options: LoadOptions | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> DaskLoad:
    """Plan the loading of ``paths`` (files, folders, globs; WARC files included) as Dask bags;
    the workers read and extract when the bags are computed.

    Args:
        paths: one path or glob, or several; the workers must see them at the same paths.
        format: read every file as this format instead of recognising it (as in
            :meth:`Corpus.load <newscorpus.corpus.Corpus.load>`).
        errors: ``"raise"`` (default: the first unusable page fails the computation, naming
            it), ``"warn"`` or ``"skip"``; overrides ``options.errors``.
        options: loading and extraction options; they are pickled to the workers.
        partition_size: about how many input bytes each partition reads; a WARC file larger
            than this is split into spans of this size.

    Raises:
        MissingExtraError: Dask is not installed (the ``dask`` extra).
        InputError: a path that does not exist.
        ValueError: ``partition_size`` is not positive.

    Example:
        >>> from newscorpus.samples import sample_corpus_path
        >>> loaded = load_bag(sample_corpus_path(), errors="skip")
        >>> loaded.articles.npartitions
        1
    """
    bag = import_extra("dask.bag", "dask", "load_bag()")
    if partition_size <= 0:
        raise ValueError(f"partition_size must be positive, not {partition_size}")
    opts = load_options(options, errors, None)
    parts, not_pages = _plan(paths, format, partition_size)
    outcomes = bag.from_sequence(parts, partition_size=1).map_partitions(_run, opts)
    articles = outcomes.filter(_is_article)
    skipped = bag.concat([bag.from_sequence(not_pages, npartitions=1), outcomes.filter(_is_skip)])
    return DaskLoad(articles=articles, skipped=skipped)


def _plan(
    paths: PathLike | Iterable[PathLike], format: str | None, partition_size: int
) -> tuple[list[_Part], list[Skipped]]:
    """The partitions, in file order, and the files of folders that are no page."""
    parts: list[_Part] = []
    not_pages: list[Skipped] = []
    group: list[tuple[str, str]] = []
    size = 0
    for path, kind in iter_formats(paths, format=format):
        if isinstance(kind, NotAPage):
            not_pages.append(Skipped(path=str(path), reason=kind.reason, error="NotAPage"))
            continue
        length = _size(path)
        if kind == "warc" and length > partition_size:
            if group:
                parts.append(_Part(tuple(group)))
            group, size = [], 0
            parts.extend(
                _Part(((str(path), kind),), span) for span in _spans(length, partition_size)
            )
            continue
        group.append((str(path), kind))
        size += length
        if size >= partition_size:
            parts.append(_Part(tuple(group)))
            group, size = [], 0
    if group or not parts:
        parts.append(_Part(tuple(group)))
    return parts, not_pages


def _spans(length: int, partition_size: int) -> list[tuple[int, int]]:
    """Byte spans that tile a file of ``length`` bytes; the last one has no end, for the
    offsets past the file's size that a WARC compressed as one stream (bzip2, xz) gives."""
    count = math.ceil(length / partition_size)
    ends = [(i + 1) * partition_size for i in range(count - 1)] + [sys.maxsize]
    return [(i * partition_size, end) for i, end in enumerate(ends)]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it reports the problem under the error policy


def _run(parts: Iterable[_Part], options: LoadOptions) -> list[Article | Skipped]:
    """One partition's work, on a worker: read, extract, and keep what was left out."""
    outcomes: list[Article | Skipped] = []
    for part in parts:
        skipped: list[Skipped] = []
        records = _records(part, options, skipped)
        for _record, outcome in extract_outcomes(records, options, None):
            article = settle(outcome, options, skipped)
            if article is not None:
                outcomes.append(article)
        outcomes.extend(skipped)
    return outcomes


def _records(
    part: _Part, options: LoadOptions, skipped: list[Skipped]
) -> Iterable[Document | Article]:
    for path, kind in part.files:
        if kind == "warc":
            yield from read_warc(Path(path), options, skipped, span=part.span)
        else:
            yield from iter_records(
                path, options, skipped, format=kind, readers={"store": read_store}
            )


def _is_article(item: object) -> bool:
    return isinstance(item, Article)


def _is_skip(item: object) -> bool:
    return isinstance(item, Skipped)


def to_dataframe(articles: Any) -> Any:
    """A Dask dataframe of a bag of articles, one row each, with the typed columns of
    :func:`newscorpus.io.to_dataframe` (``published`` a UTC timestamp, categoricals, …), built
    partition by partition on the workers.

    Args:
        articles: a ``dask.bag.Bag`` of :class:`~newscorpus.article.Article` (``load_bag(…).articles``).

    Raises:
        MissingExtraError: Dask or pandas is not installed (the ``dask`` extra).

    Example:
        >>> from newscorpus.samples import sample_corpus_path
        >>> frame = to_dataframe(load_bag(sample_corpus_path()).articles)
        >>> str(frame.published.dtype)
        'datetime64[us, UTC]'
    """
    dask = import_extra("dask", "dask", "to_dataframe()")
    dataframe = import_extra("dask.dataframe", "dask", "to_dataframe()")
    parts = [dask.delayed(frame_of)(part) for part in articles.to_delayed(optimize_graph=False)]
    with dask.config.set({"dataframe.convert-string": False}):  # keep the in-process dtypes
        return dataframe.from_delayed(parts, meta=frame_of([]), verify_meta=False)


def to_parquet(articles: Any, path: PathLike, **compute: Any) -> int:
    """Write a bag of articles as a Parquet dataset: a folder of ``part-00000.parquet``, … one
    file per partition, each written by its worker in the schema of
    :meth:`Corpus.to_parquet <newscorpus.corpus.Corpus.to_parquet>`; returns how many articles
    were written. ``pandas.read_parquet(path)`` reads the folder back with the typed columns
    (``published`` a timezone-aware timestamp), :meth:`Corpus.load
    <newscorpus.corpus.Corpus.load>` as articles.

    The parts are written into a new folder beside ``path`` that replaces it once every part is
    written: a failed computation leaves ``path`` as it was.

    Args:
        articles: a ``dask.bag.Bag`` of articles (``load_bag(…).articles``).
        path: the dataset folder, on a file system every worker writes to.
        **compute: passed to ``dask.compute`` (``scheduler="sync"``, …).

    Raises:
        MissingExtraError: Dask or pyarrow is not installed (the ``dask`` extra).
        WriteError: the folder cannot be written or replaced.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.samples import sample_corpus_path
        >>> folder = pathlib.Path(tempfile.mkdtemp()) / "corpus.parquet"
        >>> to_parquet(load_bag(sample_corpus_path()).articles, folder, scheduler="sync") >= 12
        True
        >>> sorted(p.name for p in folder.iterdir())
        ['part-00000.parquet']
    """
    dask = import_extra("dask", "dask", "to_parquet()")
    target = Path(path)
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        temp.mkdir(parents=True)
    except OSError as exc:
        raise WriteError(f"cannot create the dataset folder: {exc}", path=str(target)) from exc
    try:
        writes = [
            dask.delayed(write_parquet)(part, temp / f"part-{number:05d}.parquet")
            for number, part in enumerate(articles.to_delayed(optimize_graph=False))
        ]
        counts = dask.compute(*writes, **compute)
        _replace_folder(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return int(sum(counts))


def _replace_folder(temp: Path, target: Path) -> None:
    """Put the finished ``temp`` folder in ``target``'s place (an older dataset there is removed
    only once the new one is in place)."""
    old = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.old"
    try:
        if target.exists():
            target.rename(old)
        temp.rename(target)
    except OSError as exc:
        if old.exists() and not target.exists():
            old.rename(target)
        raise WriteError(f"cannot put the dataset in place: {exc}", path=str(target)) from exc
    shutil.rmtree(old, ignore_errors=True)
