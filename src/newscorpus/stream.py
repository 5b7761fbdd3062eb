"""Streaming: articles extracted as the pages are read, for piles too big to hold in memory.

:func:`iter_articles` reads what :meth:`Corpus.load <newscorpus.corpus.Corpus.load>` reads and
gives the articles one at a time, in the order ``Corpus.load`` would hold them, holding only a
window of pages at once (the pages in the worker processes), so memory does not grow with the
number of pages. Write them as they come with :func:`~newscorpus.io.write_jsonl` or
``StoredCorpus.add``; what was left out is in :attr:`ArticleStream.skipped` as it happens.

Example:
    >>> from newscorpus.samples import sample_corpus_path
    >>> stream = iter_articles(sample_corpus_path(), workers=1)
    >>> first = next(stream)
    >>> bool(first.text), sum(1 for _ in stream) + 1
    (True, 12)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Generator, Iterable, Iterator
from types import TracebackType

import attrs

from ._batch import (
    EMPTY_ARTICLE,
    Progress,
    ProgressBar,
    Record,
    Workers,
    learn_templates,
    load_options,
    read_store,
    settle,
    worker_count,
)
from ._batch import extract_outcomes as _extract_outcomes
from .article import Article
from .errors import Skipped, StoreError
from .io.compressed import inner_path
from .io.document import Document
from .io.readers import FORMATS, iter_paths, iter_records
from .options import ErrorPolicy, LoadOptions
from .store._schema import READ_ONLY, Database
from .store._write import PageKey, add_pages, is_indexed, new_store

__all__ = [
    "ArticleStream",
    "IndexReport",
    "index_pages",
    "iter_articles",
    "open_stream",
    "page_total",
]

PathLike = str | os.PathLike[str]
_READERS = {"store": read_store}
_PAGE_FORMATS = ("text", "html")


class _Tally:
    """What a run has done so far: the pages extracted, the articles they gave, what was left
    out, and the pages not read again (incremental indexing); and the progress it reports."""

    def __init__(self, skipped: list[Skipped], progress: Progress | ProgressBar | None) -> None:
        self.skipped = skipped
        self.progress = progress
        self.done = 0
        self.articles = 0
        self.unchanged = 0

    def tick(self) -> None:
        if isinstance(self.progress, ProgressBar):
            # Every input counts once: an article, a page left out, or a page indexed before.
            self.progress(self.articles + len(self.skipped) + self.unchanged)
        elif self.progress is not None and self.done:  # a callable counts pages extracted
            self.progress(self.done)

    def close(self) -> None:
        if isinstance(self.progress, ProgressBar):
            self.progress.close()


def _settled(
    records: Iterable[Record], options: LoadOptions, workers: Workers, tally: _Tally
) -> Iterator[tuple[Record, Article | Skipped | None]]:
    """Each record with what became of it: its article, the :class:`Skipped` record of a page
    without article text, or ``None`` when it failed (recorded in the tally's ``skipped`` under
    ``errors="skip"`` or ``"warn"``; under ``"raise"`` the error is raised)."""
    for item, outcome in _extract_outcomes(records, options, workers):
        article = settle(outcome, options, tally.skipped)
        tally.done += not isinstance(item, Skipped)  # a page, not what reading left out
        if article is not None:
            tally.articles += 1
        tally.tick()
        yield item, article if article is not None else _empty_or_none(outcome)


class ArticleStream(Iterator[Article]):
    """The articles of a pile of pages, extracted as they are read (see :func:`iter_articles`).

    Iterate it once; :attr:`skipped` grows as pages are left out. Leaving a ``with`` block, or
    :meth:`close`, stops the worker processes when the articles are not all wanted.

    Example:
        >>> from newscorpus.samples import sample_corpus_path
        >>> with iter_articles(sample_corpus_path(), workers=1) as stream:
        ...     titles = [article.title for article in stream]
        >>> len(titles), stream.done
        (12, 12)
    """

    __slots__ = ("_run", "_tally")

    def __init__(
        self,
        records: Iterable[Record],
        options: LoadOptions,
        *,
        skipped: list[Skipped],
        workers: Workers,
        progress: Progress | ProgressBar | None,
    ) -> None:
        self._tally = _Tally(skipped, progress)
        self._run = self._articles_of(records, options, workers)

    def _articles_of(
        self, records: Iterable[Record], options: LoadOptions, workers: Workers
    ) -> Generator[Article, None, None]:
        try:
            for _item, result in _settled(records, options, workers, self._tally):
                if isinstance(result, Article):
                    yield result
        finally:
            self._tally.close()

    def __iter__(self) -> ArticleStream:
        return self

    def __next__(self) -> Article:
        return next(self._run)

    def __enter__(self) -> ArticleStream:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and extracting; the worker processes end. Safe to call twice."""
        self._run.close()

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """What was left out so far, and why, as ``Corpus.skipped`` lists it."""
        return tuple(self._tally.skipped)

    @property
    def done(self) -> int:
        """The pages extracted so far (those that became articles and those left out)."""
        return self._tally.done

    def report(self) -> str:
        """What was read so far and what was left out, as :meth:`Corpus.report
        <newscorpus.corpus.Corpus.report>` says it.

        Example:
            >>> from newscorpus.samples import sample_corpus_path
            >>> stream = iter_articles(sample_corpus_path(), workers=1)
            >>> _ = list(stream)
            >>> stream.report().splitlines()[0]
            '12 articles loaded, 1 skipped:'
        """
        skipped = self._tally.skipped
        lines = [
            f"{self._tally.articles} articles loaded, {len(skipped)} skipped"
            + (":" if skipped else "")
        ]
        lines.extend(f"  {s}" for s in skipped)
        return "\n".join(lines)


def _empty_or_none(outcome: object) -> Skipped | None:
    if isinstance(outcome, Skipped) and outcome.error == EMPTY_ARTICLE:
        return outcome
    return None


def iter_articles(
    paths: PathLike | Iterable[PathLike],
    *,
    format: str | None = None,
    workers: Workers = "auto",
    progress: Progress | bool | None = None,
    errors: ErrorPolicy | None = None,
    options: LoadOptions | None = None,
    keep_empty: bool | None = None,
) -> ArticleStream:
    """The articles of ``paths``, one at a time, extracted as the pages are read: what
    :meth:`Corpus.load <newscorpus.corpus.Corpus.load>` loads, in the same order, without
    holding it all in memory.

    Args:
        paths: one path or glob, or several: files, folders (recursively) or globs.
        format: read every file as this format (``"text"``, ``"html"``, ``"jsonl"``, ``"json"``,
            ``"csv"``, ``"parquet"``, ``"store"``) instead of recognising it.
        workers: extract in this many processes; ``"auto"`` (the default) uses one per core
            for inputs of more than a few pages, ``None`` or 1 only this process. Results are
            the same, in the same order, whatever the number.
        progress: ``True`` draws a progress bar (pages done out of the total when the inputs
            are page files, the rate and the time left); a callable is called with the number
            of pages done after each page.
        errors: ``"raise"`` (default), ``"warn"`` or ``"skip"``; overrides ``options.errors``.
        options: loading and extraction options.
        keep_empty: keep pages whose extraction finds no article text, as articles with an
            empty text; overrides ``options.keep_empty``.

    Raises:
        OptionsError: ``workers`` is not ``"auto"``, ``None`` or a whole number of at least 1.
        NewsCorpusError: (while iterating, under ``errors="raise"``) the first unusable file or
            record, named with its path and line.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.io import write_jsonl
        >>> from newscorpus.samples import sample_corpus_path
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "corpus.jsonl"
        >>> with iter_articles(sample_corpus_path()) as stream:
        ...     write_jsonl(stream, out)
        12
    """
    opts = load_options(options, errors, keep_empty)
    return open_stream(paths, opts, format=format, workers=workers, progress=progress)


def open_stream(
    paths: PathLike | Iterable[PathLike],
    options: LoadOptions,
    *,
    format: str | None,
    workers: Workers,
    progress: Progress | ProgressBar | bool | None,
    learn_boilerplate: bool = False,
) -> ArticleStream:
    """:func:`iter_articles` with its options settled (what ``Corpus.load`` and the command line
    run); with ``learn_boilerplate``, every page is read first and a site-template model fitted
    on them before any is extracted.

    Args:
        paths: files, folders or globs.
        options: the loading options, shortcuts applied.
        format: read every file as this format instead of recognising it.
        workers: extract in this many processes (``"auto"``: one per core).
        progress: ``True`` (a progress bar), a callable given the pages done, the command
            line's bar, or ``None``.
        learn_boilerplate: fit a site-template model on every page first, and extract with it.

    Example:
        >>> from newscorpus.samples import sample_corpus_path
        >>> stream = open_stream(sample_corpus_path(), LoadOptions(), format=None, workers=1,
        ...                      progress=None)
        >>> len(list(stream)), len(stream.skipped)
        (12, 1)
    """
    worker_count(workers)  # refuse a bad value now, not at the first article
    paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    found: list[Skipped] = []
    records: Iterable[Document | Article] = iter_records(
        paths, options, found, format=format, readers=_READERS
    )
    if learn_boilerplate:
        records, options = learn_templates(records, options)
    bar = _bar(progress, "extracting", paths, format)
    in_order = _with_read_skips(records, found)
    return ArticleStream(in_order, options, skipped=[], workers=workers, progress=bar)


def _with_read_skips(
    records: Iterable[Document | Article], found: list[Skipped]
) -> Iterator[Record]:
    """The records with what reading left out (recorded in ``found``) in its place among them,
    so that extraction lists every skip in reading order, whatever the number of workers."""
    told = 0
    for record in records:
        while told < len(found):
            told += 1
            yield found[told - 1]
        yield record
    yield from found[told:]


def page_total(paths: PathLike | Iterable[PathLike], format: str | None) -> int | None:
    """The number of inputs when each is one page (text and HTML files), else ``None``: a file
    of records (JSONL, CSV, a store, a WARC) holds a number of pages only reading it tells.

    Example:
        >>> from newscorpus.samples import sample_corpus_path
        >>> page_total(sample_corpus_path(), None)
        13
    """
    if format is not None and format not in _PAGE_FORMATS:
        return None
    count = 0
    for path in iter_paths(paths):
        suffix = inner_path(path).suffix.lower()
        if format is None and FORMATS.get(suffix, "text") not in _PAGE_FORMATS:
            return None
        if format is None and suffix in (".warc", ".arc", ".db", ".sqlite"):
            return None
        count += 1
    return count


@attrs.frozen
class IndexReport:
    """What :func:`index_pages` did.

    Attributes:
        added: the articles new to the store.
        stored: the articles in the store now.
        unchanged: the pages indexed before, with the same content, that were not read again.
        duplicates: the articles read that the store already held (the very same record).
        skipped: what was left out, and why.

    Example:
        >>> IndexReport(added=2, stored=5, unchanged=3, duplicates=0, skipped=()).unchanged
        3
    """

    added: int
    stored: int
    unchanged: int
    duplicates: int
    skipped: tuple[Skipped, ...]


def index_pages(
    paths: PathLike | Iterable[PathLike],
    store: PathLike,
    *,
    format: str | None = None,
    workers: Workers = "auto",
    progress: Progress | bool | None = None,
    errors: ErrorPolicy | None = None,
    options: LoadOptions | None = None,
) -> IndexReport:
    """Extract the pages of ``paths`` into the store at ``store`` (made when missing), skipping
    the pages it already holds: a page is known by its file's absolute path, its record in the
    file and a digest of its content, so a page edited since is extracted again (and its new
    article added beside the old one), and only what is new is read when files are added to a
    folder or records appended to a JSONL file. What ``newscorpus index`` runs.

    Articles are written as they are extracted, a batch per transaction: memory does not grow
    with the number of pages, and a run that is stopped keeps what it committed (a new store is
    only renamed into place when complete).

    Args:
        paths: files, folders or globs, as :func:`iter_articles` reads them.
        store: the store file, e.g. ``news.db``.
        format: read every file as this format instead of recognising it.
        workers: extract in this many processes (``"auto"``: one per core).
        progress: ``True`` draws a progress bar; a callable is called with the pages done.
        errors: ``"raise"`` (default), ``"warn"`` or ``"skip"``; overrides ``options.errors``.
        options: loading and extraction options. Pages are known by their content, not by the
            options they were extracted with: index into a new store to extract everything again.

    Raises:
        StoreError: ``store`` is not a newscorpus store, or cannot be written.
        NewsCorpusError: (under ``errors="raise"``) the first unusable file or record.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.samples import sample_corpus_path
        >>> db = pathlib.Path(tempfile.mkdtemp()) / "news.db"
        >>> index_pages(sample_corpus_path(), db, workers=1).added
        12
        >>> again = index_pages(sample_corpus_path(), db, workers=1)
        >>> again.added, again.unchanged, again.stored
        (0, 12, 12)
    """
    opts = load_options(options, errors, None)
    worker_count(workers)
    paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    bar = _bar(progress, "indexing", paths, format)
    with contextlib.ExitStack() as stack:
        if os.path.exists(store):
            db = Database.open(os.fspath(store))
            stack.callback(db.close)
            if db.read_only:
                raise StoreError(READ_ONLY, path=os.fspath(store), stage="store")
        else:
            db = stack.enter_context(new_store(store))
        tally = _Tally([], bar)
        try:
            added, read = _index_into(db, paths, opts, format=format, workers=workers, tally=tally)
        finally:
            tally.close()
        stored = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    return IndexReport(
        added=added,
        stored=stored,
        unchanged=tally.unchanged,
        duplicates=read - added,
        skipped=tuple(tally.skipped),
    )


def _index_into(
    db: Database,
    paths: list[PathLike],
    options: LoadOptions,
    *,
    format: str | None,
    workers: Workers,
    tally: _Tally,
) -> tuple[int, int]:
    """Extract and add the pages the store lacks; returns (articles added, articles read)."""
    found: list[Skipped] = []
    records = iter_records(paths, options, found, format=format, readers=_READERS)

    def unseen() -> Iterator[Record]:
        for record in _with_read_skips(records, found):
            if isinstance(record, Document) and is_indexed(db, _page_key(record)):
                tally.unchanged += 1
                if isinstance(tally.progress, ProgressBar):
                    tally.tick()
                continue
            yield record

    read = 0

    def pages() -> Iterator[tuple[PageKey | None, Article | None]]:
        nonlocal read
        for item, result in _settled(unseen(), options, workers, tally):
            article = result if isinstance(result, Article) else None
            read += article is not None
            if isinstance(item, Document) and (article is not None or result is not None):
                yield _page_key(item), article  # an article, or a page without article text
            elif article is not None:
                yield None, article

    added = add_pages(db, pages(), 500, None)
    db.optimize()
    return added, read


def _page_key(document: Document) -> PageKey:
    """How incremental indexing knows ``document``: its file's absolute path, its record in the
    file (0 for a one-page file) and a digest of what extraction reads (content, kind, URL and
    the record's other fields).

    Example:
        >>> from newscorpus.article import Origin
        >>> doc = Document(content="Body.", kind="text", origin=Origin(path="/a.txt"))
        >>> key = _page_key(doc)
        >>> key.path, key.line, len(key.digest)
        ('/a.txt', 0, 32)
    """
    origin = document.origin
    what = json.dumps(
        [document.kind, document.url, document.hints, document.content],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    digest = hashlib.blake2b(what.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    path = os.path.abspath(origin.path) if origin and origin.path else "<unknown>"
    return PageKey(path=path, line=(origin.line if origin else None) or 0, digest=digest)


def _bar(
    progress: Progress | ProgressBar | bool | None,
    label: str,
    paths: list[PathLike],
    format: str | None,
) -> Progress | ProgressBar | None:
    if progress is True:
        return ProgressBar(label=label, total=page_total(paths, format), notebook=True)
    if progress is False or progress is None:
        return None
    return progress
