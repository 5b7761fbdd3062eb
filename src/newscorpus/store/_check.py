"""Verifying a store on demand: SQLite's integrity check, the search indexes' own checks, and
every article decoded back.

Reading a damaged row already raises a :class:`~newscorpus.errors.StoreError` naming the row, but
damage elsewhere (an index page, the search index) can go unnoticed by a query: it answers from
what is left. :func:`check_store` reads the whole file.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import make_corpus_articles
    >>> from newscorpus.store import write_store
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> _ = write_store(make_corpus_articles(5, seed=1), path)
    >>> db = Database.open(str(path), read_only=True)
    >>> check_store(db)
    []
    >>> db.close()
"""

from __future__ import annotations

from ..errors import StoreError
from ._schema import Database, decode_row

__all__ = ["check_store"]

_FTS_TABLES = ("fts_text", "fts_meta")


def check_store(db: Database) -> list[str]:
    """Every problem found in the store, one message each (naming the row where there is one);
    an empty list for a sound store."""
    problems = _integrity(db)
    problems += _search_indexes(db)
    problems += _rows(db)
    return problems


def _integrity(db: Database) -> list[str]:
    try:
        lines = [row[0] for row in db.fetch(db.execute("PRAGMA integrity_check"), 1000)]
    except StoreError as err:
        return [f"SQLite integrity check failed: {err.message}"]
    return [f"SQLite integrity check: {line}" for line in lines if line != "ok"]


def _search_indexes(db: Database) -> list[str]:
    problems = []
    for table in _FTS_TABLES:
        try:  # reads every segment of the index (a write statement in form only)
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except StoreError as err:
            if not db.read_only:
                problems.append(f"search index {table}: {err.message}")
    return problems


def _rows(db: Database) -> list[str]:
    problems = []
    sql = "SELECT a.rowid, t.data FROM articles a LEFT JOIN texts t ON t.rowid = a.rowid"
    try:
        cursor = db.execute(sql + " ORDER BY a.rowid")
        while rows := db.fetch(cursor, 256):
            for rowid, data in rows:
                try:
                    decode_row(db.path, rowid, data)
                except StoreError as err:
                    problems.append(err.message)
        orphans = (
            "SELECT t.rowid FROM texts t LEFT JOIN articles a USING (rowid) WHERE a.id IS NULL"
        )
        for (rowid,) in db.fetch(db.execute(orphans), 1000):
            problems.append(f"text row {rowid} belongs to no article row")
    except StoreError as err:
        problems.append(f"reading the articles failed: {err.message}")
    return problems
