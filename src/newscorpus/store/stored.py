"""The :class:`StoredCorpus`: a corpus in an SQLite file, queried in SQL, read lazily.

A :class:`StoredCorpus` is a *view*: the store plus the conditions chosen so far. ``where``,
``search`` and ``filter`` return a new view at once and read nothing; iterating a view streams its
articles in insertion order, a batch of rows at a time, so memory stays flat however big the
store. Conditions SQL can decide exactly are evaluated in SQL (field filters, dates, most of the
search language through FTS5); the rest (a Python predicate, proximity, non-ASCII words) narrow
the candidates in SQL and are confirmed in Python, so every answer equals the in-memory
:class:`~newscorpus.corpus.Corpus` answer on the same articles.

The module is over 500 lines because, like ``corpus.py``, it is one class with the whole query
API: its methods delegate to the store's private modules, but each keeps its parameters described
and a runnable example beside it.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import make_corpus_articles
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> from newscorpus.store import write_store
    >>> write_store(make_corpus_articles(30, seed=2), path)
    30
    >>> with StoredCorpus.open(path) as store:
    ...     hits = store.where(language="en").search("council OR police")
    ...     len(store), len(hits) == sum(1 for _ in hits)
    (30, True)
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import OptionsError, StoreError
from ..query.counts import CountTable, Group, Period, counts, group_values, period_key
from ..query.kwic import KwicHit, kwic
from ..query.predicates import from_source, in_section
from ..query.search import Query, parse_query
from ..query.stats import authors as count_authors
from ..query.stats import sources as count_sources
from ._check import check_store
from ._counting import count_cells, rows_from_cells
from ._filters import between, by_author_in, languages_in, names_in
from ._schema import READ_ONLY, Database, decode_row
from ._sql import match_sql, translate
from ._streamed import Streamed
from ._view import View
from ._write import add_all

__all__ = ["StoredCorpus"]

PathLike = str | os.PathLike[str]
Progress = Callable[[int], None]
_FETCH = 256
# A LEFT JOIN: an article row whose text is gone is an error (decode_row), not a silent gap.
_TEXTS = "LEFT JOIN texts t ON t.rowid = a.rowid"


class StoredCorpus(Streamed):
    """A corpus kept in an SQLite + FTS5 file, with the query API of
    :class:`~newscorpus.corpus.Corpus`; ``StoredCorpus(path)``, :meth:`open` and
    ``Corpus.open(path)`` all open one (and raise as :meth:`open` does).

    Views made by :meth:`where`, :meth:`search` and :meth:`filter` share the store's
    connection; :meth:`close` (or leaving a ``with`` block) closes it for all of them.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.testing import make_article
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "s.db"
        >>> from newscorpus.store import write_store
        >>> write_store([make_article(title="Floods", text="The river rose.")], path)
        1
        >>> store = StoredCorpus.open(path)
        >>> [a.title for a in store.search("river")], repr(store)
        (['Floods'], '<StoredCorpus s.db>')
        >>> store.close()
    """

    __slots__ = ("_db", "_view")

    def __init__(self, path: PathLike, *, read_only: bool = False) -> None:
        self._db = Database.open(os.fspath(path), read_only=read_only)
        self._view = View()

    @classmethod
    def _derived(cls, db: Database, view: View) -> StoredCorpus:
        """A view of the same store (no new connection)."""
        made = cls.__new__(cls)
        made._db, made._view = db, view
        return made

    @classmethod
    def open(cls, path: PathLike, *, read_only: bool = False) -> StoredCorpus:
        """Open a store for reading and adding.

        Args:
            path: the store file, e.g. ``news.db``.
            read_only: open for reading only (as happens by itself when the file or its folder
                cannot be written): the file is left as it was and :meth:`add` raises StoreError.

        Raises:
            StoreError: the file is missing, not SQLite, not a newscorpus store, or damaged.
            StoreVersionError: the store was written with another schema version.

        Example:
            >>> StoredCorpus.open("/no/such.db")
            Traceback (most recent call last):
            ...
            newscorpus.errors.StoreError: /no/such.db: no such store file
        """
        return cls(path, read_only=read_only)

    @property
    def path(self) -> str:
        """The store's file."""
        return self._db.path

    @property
    def read_only(self) -> bool:
        """Whether the store was opened read-only (asked for, or its file cannot be written)."""
        return self._db.read_only

    def __repr__(self) -> str:
        narrowed = " (a view)" if self._view.sql or self._view.checks else ""
        return f"<StoredCorpus {Path(self.path).name}{narrowed}>"

    def __enter__(self) -> StoredCorpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store (every view of it); safe to call twice."""
        self._db.close()

    # -- reading -----------------------------------------------------------------------------
    def _select(self, columns: str, tail: str = "") -> tuple[str, tuple[Any, ...]]:
        view = self._view
        return f"SELECT {columns} FROM articles a{view.where()}{tail}", view.params

    def _articles(self) -> Iterator[Article]:
        sql, params = self._select("a.rowid, t.data", " ORDER BY a.rowid")
        sql = sql.replace(" FROM articles a", f" FROM articles a {_TEXTS}", 1)
        cursor = self._db.execute(sql, params)
        while rows := self._db.fetch(cursor, _FETCH):
            for rowid, data in rows:
                yield decode_row(self.path, rowid, data)

    def __iter__(self) -> Iterator[Article]:
        checks = self._view.checks
        for article in self._articles():
            if all(check(article) for check in checks):
                yield article

    def __len__(self) -> int:
        view = self._view
        if view.checks:
            return sum(1 for _ in self)
        for table in ("fts_text", "fts_meta"):
            if view.sql == (match_sql(table),):  # one FTS expression: count in the index alone
                sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
                return int(self._db.execute(sql, view.params).fetchone()[0])
        sql, params = self._select("count(*)")
        return int(self._db.execute(sql, params).fetchone()[0])

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id (whatever the view), or ``None``; when several
        articles share the id (pages from different files with the same text), the first stored.

        Args:
            article_id: the ``id`` of the article to look up.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> first = next(iter(store))
            >>> store.get(first.id) == first, store.get("no such id")
            (True, None)
        """
        sql = f"SELECT a.rowid, t.data FROM articles a {_TEXTS} WHERE a.id = ? ORDER BY a.rowid"
        row = self._db.execute(sql, (article_id,)).fetchone()
        return None if row is None else decode_row(self.path, *row)

    def ids(self) -> Iterator[str]:
        """The ids of the view's articles, in order (read from SQL alone when no Python check
        applies).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> ids = list(store.search("council").ids())
            >>> ids == [a.id for a in store.search("council")]
            True
        """
        if self._view.checks:
            yield from (a.id for a in self)
            return
        sql, params = self._select("a.id", " ORDER BY a.rowid")
        cursor = self._db.execute(sql, params)
        while rows := self._db.fetch(cursor, 4096):
            yield from (row[0] for row in rows)

    # -- adding ------------------------------------------------------------------------------
    def add(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = 1000,
        progress: Progress | None = None,
    ) -> int:
        """Add articles, ``batch_size`` per transaction; returns how many were new.

        The store keeps what a :class:`~newscorpus.corpus.Corpus` keeps: articles that share an
        id but differ (the same text read from two files, with two origins) are all added. Only
        a true re-add is skipped: a record equal in every field, origin included, to one already
        stored or earlier in ``articles``. Each batch commits whole or not at all, so a process
        killed during :meth:`add` leaves every committed batch and no part of the open one.

        Args:
            articles: the articles, any iterable (read once, a batch at a time).
            batch_size: the articles per transaction, 1 or more.
            progress: called with the number of articles read so far, after each batch.

        Raises:
            InputError: an item is not an :class:`~newscorpus.article.Article`.
            StoreError: the store is open read-only.
            OptionsError: ``batch_size`` < 1.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> more = make_corpus_articles(50, seed=1)  # the first 40 are stored already
            >>> store.add(more), len(store)
            (10, 50)
        """
        if batch_size < 1:
            raise OptionsError(f"batch_size must be 1 or more, not {batch_size}", stage="options")
        if self.read_only:
            raise StoreError(READ_ONLY, path=self.path, stage="store")
        return add_all(self._db, articles, batch_size, progress)

    def check(self) -> list[str]:
        """Verify the whole store (whatever the view): SQLite's integrity check, the search
        indexes' own checks (skipped when open read-only: SQLite runs them as a write) and every
        article decoded back. Returns the problems found, each naming its row where it has one;
        an empty list for a sound store. ``newscorpus check`` runs it.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.check()
            []
        """
        return check_store(self._db)

    def optimize(self) -> None:
        """Merge the search index into one segment (after adding much: faster queries).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> store.optimize()
            >>> len(store.search("council")) == len(list(store.search("council")))
            True
        """
        self._db.optimize()

    # -- querying ----------------------------------------------------------------------------
    def filter(self, predicate: Callable[[Article], bool]) -> StoredCorpus:
        """The view's articles for which ``predicate`` is true (checked in Python, streamed).

        Args:
            predicate: a :mod:`~newscorpus.query` predicate or any callable taking an article.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> long = store.filter(lambda a: len(a.text) > 500)
            >>> all(len(a.text) > 500 for a in long), len(long) <= len(store)
            (True, True)
        """
        return StoredCorpus._derived(self._db, self._view.narrowed(None, check=predicate))

    def search(self, query: str | Query) -> StoredCorpus:
        """The articles matching ``query`` in the search language (see :doc:`/query-language`).

        Args:
            query: a query string, or a query parsed by :func:`~newscorpus.query.parse_query`.

        Raises:
            QuerySyntaxError: ``query`` does not parse.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> hits = store.search('council AND NOT "rail strike"')
            >>> len(hits) == sum(1 for _ in hits), repr(hits)
            (True, '<StoredCorpus news.db (a view)>')
        """
        parsed = query if isinstance(query, Query) else parse_query(query)
        part = translate(parsed.root)
        sql = None if part.sql == "1" else part.sql
        check = None if part.exact else parsed.matches
        return StoredCorpus._derived(self._db, self._view.narrowed(sql, part.params, check))

    def where(
        self,
        *,
        source: str | Sequence[str] | None = None,
        author: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        language: str | Sequence[str] | None = None,
        section: str | Sequence[str] | None = None,
    ) -> StoredCorpus:
        """Filter by the common fields exactly as :meth:`Corpus.where
        <newscorpus.corpus.Corpus.where>` does, in SQL; every condition given must hold.

        Args:
            source: the source's whole name, or several (any of them); case- and accent-insensitive.
            author: part of an author's name, as whole words (``"Lee"`` finds ``"Ann Lee"``).
            since: the first publication day kept (a date, a datetime or an ISO string).
            until: the last publication day kept, inclusive.
            language: an ISO 639-1 code, or several; ``"en"`` also takes ``"en-GB"``.
            section: the section's name, or several; case- and accent-insensitive.

        Raises:
            OptionsError: a name is empty or a date unreadable.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> en = store.where(language="en", since="2021-01-01")
            >>> all(a.language == "en" and a.published.year >= 2021 for a in en)
            True
        """
        view = self._view
        if source is not None:
            view = names_in(view, "source_key", from_source, _as_tuple(source))
        if section is not None:
            view = names_in(view, "section_key", in_section, _as_tuple(section))
        if language is not None:
            view = languages_in(view, _as_tuple(language))
        if author is not None:
            view = by_author_in(view, author)
        if since is not None or until is not None:
            view = between(view, since, until)
        return StoredCorpus._derived(self._db, view)

    def kwic(self, query: str | Query, *, width: int = 40) -> list[KwicHit]:
        """Keyword-in-context lines: the matches of the query's terms in the articles
        :meth:`search` finds, as :func:`~newscorpus.query.kwic` gives them.

        Args:
            query: a query in the search language, as :meth:`search` takes it.
            width: the characters of context kept on each side of a match.

        Raises:
            QuerySyntaxError: the query does not parse or has nothing to show in context.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> lines = store.kwic("council OR title:council", width=20)
            >>> all(line.match.lower() == "council" for line in lines)
            True
        """
        kwic([], query, width=width)  # validates the query and width before any reading
        return kwic(self.search(query), query, width=width)

    def counts(
        self,
        terms: str | Sequence[str] | None = None,
        *,
        by: Period = "month",
        group: Group | None = None,
    ) -> CountTable:
        """The rows :func:`~newscorpus.query.counts` gives for the view's articles, counted in
        SQL (terms FTS5 cannot decide exactly are counted over their candidates in Python).

        Args:
            terms: a query, or several (one row set each); ``None`` counts every article.
            by: the period: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
            group: split by ``"source"``, ``"author"``, ``"section"`` or ``"language"``.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> rows = store.counts("council", by="year")
            >>> sum(r.count for r in rows) == len(store.search("council"))
            True
        """
        if self._view.checks:
            return counts(self, terms, by=by, group=group)
        group_values(Article(), group)  # validates group
        period_key(date(2000, 1, 1), by)  # validates by
        labels = [] if terms is None else [terms] if isinstance(terms, str) else list(terms)
        queries = [parse_query(label) for label in labels]
        totals = count_cells(self._db, self._view, by, group)
        hits = [self._term_cells(q, by, group) for q in queries]
        return rows_from_cells(totals, hits, labels, by=by, group=group)

    def _term_cells(self, query: Query, by: Period, group: Group | None) -> dict[Any, int]:
        part = translate(query.root)
        if part.exact:
            return count_cells(self._db, self._view.narrowed(part.sql, part.params), by, group)
        cells: dict[Any, int] = {}
        for article in self.search(query):
            if article.published is not None:
                for cell in group_values(article, group):
                    key = (period_key(article.published, by), cell)
                    cells[key] = cells.get(key, 0) + 1
        return cells

    def sources(self) -> list[tuple[str, int]]:
        """Sources with their article counts, most common first (as ``Corpus.sources``).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> sum(n for _, n in store.sources())
            40
        """
        if self._view.checks:
            return count_sources(self)
        sql, params = self._select("a.source, count(*)", "")
        sql += (" AND" if self._view.sql else " WHERE") + " a.source != '' GROUP BY a.source"
        return _ranked(self._db.execute(sql, params).fetchall())

    def languages(self) -> list[tuple[str, int]]:
        """Language codes (as stored, trimmed; ``""`` when unknown) with their article counts,
        most common first.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "l.db"
            >>> arts = [make_article(id="a", language="de"), make_article(id="b", language=None)]
            >>> _ = write_store(arts, path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.languages()
            [('', 1), ('de', 1)]
        """
        if self._view.checks:
            return _ranked(Counter((a.language or "").strip() for a in self).items())
        sql, params = self._select("a.language, count(*)", " GROUP BY a.language")
        return _ranked(self._db.execute(sql, params).fetchall())

    def authors(self) -> list[tuple[str, int]]:
        """Authors with the number of articles naming them, most common first.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> store.authors()[0][1] >= store.authors()[-1][1]
            True
        """
        if self._view.checks:
            return count_authors(self)
        sql, params = self._select("au.name, count(*)")
        sql = sql.replace(
            " FROM articles a", " FROM articles a JOIN authors au ON au.article = a.rowid", 1
        )
        return _ranked(self._db.execute(sql + " GROUP BY au.name", params).fetchall())


def _ranked(rows: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(((name, int(n)) for name, n in rows), key=lambda item: (-item[1], item[0]))


def _as_tuple(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)
