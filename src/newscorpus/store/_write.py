"""Adding articles to a store: batches in transactions, skipping true re-adds (the very same
record again, whatever its id), the pages incremental indexing has extracted, and building a
new store atomically.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import make_article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "n.db"
    >>> same = make_article(id="a")
    >>> write_store([same, same, make_article(id="a", text="Another page, the same id.")], path)
    2
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

import attrs

from ..article import Article
from ..errors import InputError, StoreError, WriteError
from ..io.atomic import atomic_path
from ._schema import Database, Encoded, article_rows, encode

__all__ = ["PageKey", "add_all", "add_pages", "is_indexed", "new_store", "write_store"]

PathLike = str | os.PathLike[str]
Progress = Callable[[int], None]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def add_all(db: Database, articles: Iterable[Article], size: int, progress: Progress | None) -> int:
    added = done = 0
    for batch in _batches(articles, size):
        added += _add_batch(db, _encoded(batch))
        done += len(batch)
        if progress is not None:
            progress(done)
    return added


@attrs.frozen
class PageKey:
    """A page as incremental indexing knows it: its file (an absolute path), its record in the
    file (0 for a file that is one page) and the digest of its content."""

    path: str
    line: int
    digest: str


def is_indexed(db: Database, key: PageKey) -> bool:
    """Whether this page, with this content, was indexed into the store before."""
    if not db.has_table("pages"):  # a version-2 store opened read-only
        return False
    sql = "SELECT 1 FROM pages WHERE path = ? AND line = ? AND digest = ?"
    return db.execute(sql, (key.path, key.line, key.digest)).fetchone() is not None


def add_pages(
    db: Database,
    pages: Iterable[tuple[PageKey | None, Article | None]],
    size: int,
    progress: Progress | None,
) -> int:
    """Add the articles of extracted pages and record the pages (an article ``None``: a page
    without article text; a key ``None``: an article read as such, not extracted from a page),
    each batch in one transaction; returns how many articles were new."""
    added = done = 0
    iterator = iter(pages)
    while batch := list(islice(iterator, size)):
        encoded = [(key, a, None if a is None else encode(a)) for key, a in batch]
        articles = [(a, e) for _key, a, e in encoded if a is not None and e is not None]
        rows = [
            (k.path, k.line, k.digest, None if e is None else e.digest)
            for k, _a, e in encoded
            if k is not None
        ]
        added += _add_batch(db, articles, rows)
        done += len(articles)
        if progress is not None:
            progress(done)
    return added


def _encoded(batch: list[Article]) -> list[tuple[Article, Encoded]]:
    for article in batch:
        if not isinstance(article, Article):
            raise InputError(f"add() takes Articles, not {type(article).__name__}", stage="store")
    return [(article, encode(article)) for article in batch]


def _add_batch(
    db: Database,
    batch: list[tuple[Article, Encoded]],
    pages: Sequence[tuple[object, ...]] = (),
) -> int:
    """Store the batch's records that are not stored yet (keyed by their digest, not their id:
    two pages with the same content-derived id are two records), and record ``pages``."""
    fresh: dict[str, tuple[Article, Encoded]] = {}
    for article, encoded in batch:
        fresh.setdefault(encoded.digest, (article, encoded))
    with db.transaction():
        if pages:
            db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)", pages)
        digests = list(fresh)
        for start in range(0, len(digests), 500):
            chunk = digests[start : start + 500]
            sql = f"SELECT digest FROM articles WHERE digest IN ({', '.join('?' * len(chunk))})"
            for (known,) in db.execute(sql, chunk).fetchall():
                del fresh[known]
        first = int(db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]) + 1
        db.insert([article_rows(a, first + i, e) for i, (a, e) in enumerate(fresh.values())])
    return len(fresh)


def write_store(
    articles: Iterable[Article],
    path: PathLike,
    *,
    batch_size: int = 2000,
    progress: Progress | None = None,
) -> int:
    """Write ``articles`` (any iterable, streamed) as a new store at ``path``; returns how many
    were stored: every article, including those that share an id, except a record repeated
    exactly (the same id and every field equal), which is stored once.

    The store is built in a temporary file beside ``path`` and renamed over it when complete, so
    ``path`` is never left half-written; an existing file there is replaced.

    Raises:
        WriteError: the folder cannot be written to.
        InputError: an item is not an :class:`~newscorpus.article.Article`.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.testing import make_article
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "n.db"
        >>> a, b = make_article(id="a"), make_article(id="b")
        >>> write_store([a, a, b, make_article(id="a", text="Same id, another page.")], path)
        3
    """
    with new_store(path) as db:
        return add_all(db, articles, batch_size, progress)


@contextlib.contextmanager
def new_store(path: PathLike) -> Iterator[Database]:
    """A new, empty store, built in a temporary file beside ``path`` (with the mode the umask
    gives a new file) and renamed over ``path`` when the block ends without error; on error the
    temporary file is removed and ``path`` is left as it was.

    Raises:
        WriteError: the folder cannot be written to, or ``path`` is a folder.
    """
    target = Path(path)
    if target.is_dir():
        raise WriteError("is a folder, not a store file", path=str(target), stage="write")
    try:
        with atomic_path(target) as temp:
            db = Database.create(str(temp))
            try:
                yield db
                db.optimize()
            finally:
                db.close()
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            for stale in ("-wal", "-shm"):  # a replaced store's journal must not meet the new file
                Path(f"{target}{stale}").unlink(missing_ok=True)
    except OSError as exc:
        if isinstance(exc, (WriteError, StoreError)):
            raise
        raise WriteError(f"writing failed: {exc}", path=str(target), stage="write") from exc
