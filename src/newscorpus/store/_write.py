"""Adding articles to a store: batches in transactions, skipping true re-adds (the very same
record again, whatever its id), and building a new store atomically.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import make_article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "n.db"
    >>> same = make_article(id="a")
    >>> write_store([same, same, make_article(id="a", text="Another page, the same id.")], path)
    2
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..article import Article
from ..errors import InputError, StoreError, WriteError
from ._schema import Database, Encoded, article_rows, encode

__all__ = ["add_all", "write_store"]

PathLike = str | os.PathLike[str]
Progress = Callable[[int], None]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def add_all(db: Database, articles: Iterable[Article], size: int, progress: Progress | None) -> int:
    added = done = 0
    for batch in _batches(articles, size):
        added += _add_batch(db, batch)
        done += len(batch)
        if progress is not None:
            progress(done)
    return added


def _add_batch(db: Database, batch: list[Article]) -> int:
    """Store the batch's records that are not stored yet (keyed by their digest, not their id:
    two pages with the same content-derived id are two records)."""
    fresh: dict[str, tuple[Article, Encoded]] = {}
    for article in batch:
        if not isinstance(article, Article):
            raise InputError(f"add() takes Articles, not {type(article).__name__}", stage="store")
        encoded = encode(article)
        fresh.setdefault(encoded.digest, (article, encoded))
    with db.transaction():
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
    target = Path(path)
    if target.is_dir():
        raise WriteError("is a folder, not a store file", path=str(target), stage="write")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise WriteError(
            f"cannot write here: {exc.strerror}", path=str(target), stage="write"
        ) from exc
    os.close(fd)
    temp = Path(name)
    try:
        db = Database.create(name)
        try:
            count = add_all(db, articles, batch_size, progress)
            db.optimize()
        finally:
            db.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        for stale in ("-wal", "-shm"):  # a replaced store's journal must not meet the new file
            Path(f"{target}{stale}").unlink(missing_ok=True)
        os.replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, (WriteError, StoreError)):
            raise WriteError(f"writing failed: {exc}", path=str(target), stage="write") from exc
        raise
    return count
