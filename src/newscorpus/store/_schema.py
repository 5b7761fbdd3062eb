"""The store's file: its schema, opening it safely, and turning articles into rows.

Tables:

- ``meta``: key/value pairs; ``format`` = ``newscorpus-store`` and ``schema_version``.
- ``articles``: one narrow row per article, for SQL: ``rowid`` orders the store (insertion
  order), ``id`` (not unique: pages from different files can share a content-derived id, and
  the store keeps every one, as a :class:`~newscorpus.corpus.Corpus` does), then the
  publication day and ISO week (local calendar), trimmed
  ``source``/``section``/``language`` (the values counts group by) and their folded keys (the
  values ``where`` compares), and ``digest``, unique: the hash of the whole record, so adding
  the very same record again is skipped. Kept narrow so counts and filters scan little.
- ``texts``: the same ``rowid`` and ``data``, the article's
  :meth:`~newscorpus.article.Article.to_dict` as zlib-compressed UTF-8 JSON: the lossless copy
  every article is read back from (compressed, a row mostly fits one page).
- ``authors``: one row per distinct trimmed author name of an article (author counts, groups).
- ``pages`` (version 3): the pages ``newscorpus index`` extracted, by ``path`` (absolute) and
  ``line`` (the record in the file, 0 for a one-page file), with the ``digest`` of the page's
  content and the ``article`` digest it became (``NULL``: the page had no article text), so
  that indexing the same files again extracts only the pages that are new or changed.
- ``fts_text`` (title, subtitle, body) and ``fts_meta`` (author, source, section, language):
  contentless FTS5 indexes over the *already folded* word tokens (see
  :mod:`newscorpus.query._text`); contentless because the text is in ``texts``. Plain searches
  go to ``fts_text`` without a column filter, the fastest kind of FTS5 query.

Example:
    >>> from newscorpus.article import Article
    >>> row = article_rows(Article(id="a1", title="Türkiye votes", text="Polls open."), 7)
    >>> row.text_index
    (7, 'turkiye votes', '', 'polls open')
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import attrs

from ..article import Article
from ..errors import StoreError, StoreVersionError
from ..query._text import fold, words
from ..query.counts import period_key

__all__ = [
    "FORMAT",
    "PAGES_TABLE",
    "READ_ONLY",
    "SCHEMA_VERSION",
    "UPGRADABLE",
    "Database",
    "Encoded",
    "Rows",
    "article_rows",
    "decode",
    "decode_row",
    "encode",
    "folded_key",
]

FORMAT = "newscorpus-store"
SCHEMA_VERSION = 3
"""The schema this code writes and reads; a store with another version is refused on open.
Version 2 keeps articles that share an id (version 1 kept the first of them); version 3 adds the
``pages`` table of incremental indexing. A version-2 store is read as it is, and upgraded to
version 3 (the table added, nothing else changed) when opened for writing."""
UPGRADABLE = "2"
"""The older version this code upgrades on opening for writing."""

TEXT_COLUMNS = ("title", "subtitle", "body")
META_COLUMNS = ("author", "source", "section", "language")
# tokenchars '_': a folded \\w+ token (underscores included) stays one FTS token.
_FTS_OPTIONS = "content='', columnsize=0, tokenize=\"unicode61 remove_diacritics 2 tokenchars '_'\""

PAGES_TABLE = """CREATE TABLE IF NOT EXISTS pages (path TEXT NOT NULL, line INTEGER NOT NULL,
        digest TEXT NOT NULL, article TEXT, PRIMARY KEY (path, line)) WITHOUT ROWID"""

_DDL = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, day TEXT, week TEXT,
        source TEXT NOT NULL, section TEXT NOT NULL, language TEXT NOT NULL,
        source_key TEXT, section_key TEXT, language_key TEXT, digest TEXT NOT NULL UNIQUE)""",
    "CREATE INDEX articles_id ON articles (id)",
    "CREATE TABLE texts (rowid INTEGER PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE INDEX articles_day ON articles (day, week)",
    "CREATE INDEX articles_source ON articles (source_key)",
    """CREATE TABLE authors (article INTEGER NOT NULL, name TEXT NOT NULL,
        PRIMARY KEY (article, name)) WITHOUT ROWID""",
    "CREATE INDEX authors_name ON authors (name)",
    PAGES_TABLE,
    f"CREATE VIRTUAL TABLE fts_text USING fts5({', '.join(TEXT_COLUMNS)}, {_FTS_OPTIONS})",
    f"CREATE VIRTUAL TABLE fts_meta USING fts5({', '.join(META_COLUMNS)}, {_FTS_OPTIONS})",
)


def folded_key(value: str | None) -> str | None:
    """The form :meth:`where` compares names in: folded, whitespace collapsed.

    Example:
        >>> folded_key("  Valley   Courier "), folded_key(None)
        ('valley courier', None)
    """
    return " ".join(fold(value).split()) if value else None


def _language_key(value: str | None) -> str | None:
    return value.strip().lower().replace("_", "-") if value else None


@attrs.frozen
class Rows:
    """The rows one article becomes, one per table (``authors``: one per name)."""

    article: tuple[Any, ...]
    text: tuple[int, bytes]
    text_index: tuple[Any, ...]
    meta_index: tuple[Any, ...]
    authors: tuple[tuple[int, str], ...]


def _joined(value: str | None) -> str:
    return " ".join(words(value)) if value else ""


@attrs.frozen
class Encoded:
    """An article as the store keeps it: ``data`` (zlib-compressed JSON of
    :meth:`~newscorpus.article.Article.to_dict`) and ``digest``, the hash of that JSON, which
    tells a true re-add of the same record from another record with the same id.

    Example:
        >>> from newscorpus.article import Article
        >>> encode(Article(id="a", text="x")).digest == encode(Article(id="a", text="y")).digest
        False
    """

    data: bytes
    digest: str


def encode(article: Article) -> Encoded:
    """The stored form of ``article`` (see :class:`Encoded`)."""
    raw = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()
    return Encoded(zlib.compress(raw, 1), hashlib.blake2b(raw, digest_size=16).hexdigest())


def article_rows(article: Article, rowid: int, encoded: Encoded | None = None) -> Rows:
    """The table rows for ``article`` stored under ``rowid`` (``encoded``: its
    :func:`encode`, when already computed)."""
    published = article.published
    day = published.date() if published is not None else None
    encoded = encoded or encode(article)
    row = (
        rowid,
        article.id,
        day.isoformat() if day else None,
        period_key(day, "week") if day else None,
        (article.source or "").strip(),
        (article.section or "").strip(),
        (article.language or "").strip(),
        folded_key(article.source),
        folded_key(article.section),
        _language_key(article.language),
        encoded.digest,
    )
    text_index = (rowid, _joined(article.title), _joined(article.subtitle), _joined(article.text))
    # Authors are kept apart by a line break only; phrases across two names are confirmed in
    # Python (see _sql), so no separator token is needed.
    meta_index = (
        rowid,
        "\n".join(_joined(a) for a in article.authors),
        _joined(article.source),
        _joined(article.section),
        _joined(article.language),
    )
    names = tuple((rowid, name) for name in dict.fromkeys(n.strip() for n in article.authors))
    return Rows(row, (rowid, encoded.data), text_index, meta_index, tuple(p for p in names if p[1]))


def decode(data: bytes) -> Article:
    """The article stored as ``data`` in the ``texts`` table.

    Example:
        >>> decode(article_rows(Article(id="a", text="Hi."), 1).text[1]).text
        'Hi.'
    """
    return Article.from_dict(json.loads(zlib.decompress(data)))


# What a damaged ``data`` can raise on its way to an Article (JSON and Unicode errors are
# ValueErrors; a record of the wrong shape a ValueError, TypeError or AttributeError).
_UNREADABLE = (zlib.error, ValueError, TypeError, AttributeError, KeyError, RecursionError)


def decode_row(path: str, rowid: int, data: bytes | None) -> Article:
    """The article of row ``rowid`` of the store at ``path``, or a :class:`StoreError` naming
    both when the row cannot be read back.

    Example:
        >>> decode_row("news.db", 3, b"garbage")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newscorpus.errors.StoreError: news.db: article row 3 is damaged (zlib.error: ...); run ...
    """
    if data is None:
        what = "has no stored text"
    else:
        try:
            return decode(data)
        except _UNREADABLE as exc:
            kind = "zlib.error" if isinstance(exc, zlib.error) else type(exc).__name__
            what = f"is damaged ({kind}: {exc})"
    message = f"article row {rowid} {what}; run 'newscorpus check {path}'"
    raise StoreError(message, path=path, stage="store")


class Database:
    """One open store: the connection, its path, and SQL run with errors that name the file."""

    def __init__(self, connection: sqlite3.Connection, path: str, read_only: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only

    @classmethod
    def create(cls, path: str) -> Database:
        """A new, empty store at ``path`` (an empty or absent file), tuned for a bulk load."""
        connection = sqlite3.connect(path, isolation_level=None)
        db = cls(connection, path)
        # A new store is written to a temporary file that is discarded on failure, so the
        # journal can be off while it is built.
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-65536")
        with db.transaction():
            for statement in _DDL:
                db.execute(statement)
            db.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("format", FORMAT), ("schema_version", str(SCHEMA_VERSION))],
            )
        return db

    @classmethod
    def open(cls, path: str, *, read_only: bool = False) -> Database:
        """Open an existing store, checking that it is one and that its version is ours;
        read-only when asked, or when the file or its folder cannot be written.

        Raises:
            StoreError: no such file, not SQLite, not a newscorpus store, or damaged.
            StoreVersionError: written with another schema version.
        """
        if not os.path.isfile(path):
            raise StoreError("no such store file", path=path, stage="store")
        read_only = read_only or not _writable(path)
        try:
            connection = sqlite3.connect(_uri(path, read_only), uri=True)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", path=path, stage="store") from exc
        connection.isolation_level = None
        db = cls(connection, path, read_only)
        try:
            db.check_header()
            if not read_only:
                # WAL: readers never block the writer; a killed writer loses only its open batch.
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            connection.close()
            raise
        return db

    def check_header(self) -> None:
        """Raise unless the file holds a newscorpus store of our schema version."""
        try:
            found = dict(self.connection.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            what = "not an SQLite database" if "not a database" in str(exc) else str(exc)
            raise StoreError(
                f"not a newscorpus store ({what}); create one with Corpus.save() or "
                "'newscorpus index'",
                path=self.path,
                stage="store",
            ) from exc
        if found.get("format") != FORMAT:
            raise StoreError(
                "an SQLite database, but not a newscorpus store", path=self.path, stage="store"
            )
        version = found.get("schema_version")
        if version == UPGRADABLE and not self.read_only:
            self._upgrade()
        elif version != str(SCHEMA_VERSION) and version != UPGRADABLE:
            raise StoreVersionError(
                f"store schema version {version}, but this newscorpus reads version "
                f"{SCHEMA_VERSION}; re-index the corpus with this version",
                path=self.path,
                stage="store",
            )
        self.execute(
            "SELECT count(*) FROM fts_text WHERE fts_text MATCH 'x' LIMIT 0"
        )  # FTS5 present?

    def _upgrade(self) -> None:
        """Version 2 to 3: add the ``pages`` table (an addition only; no row changes)."""
        with self.transaction():
            self.execute(PAGES_TABLE)
            self.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )

    def has_table(self, name: str) -> bool:
        """Whether the store holds this table (``pages`` is missing from a version-2 store)."""
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.execute(sql, (name,)).fetchone() is not None

    def _error(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "no such module: fts5" in text:
            text = "this Python's SQLite has no FTS5; install a Python whose sqlite3 has it"
        elif isinstance(exc, sqlite3.DatabaseError) and "malformed" in text:
            text = f"the store is damaged ({text}); run 'newscorpus check {self.path}'"
        elif "readonly" in text or (self.read_only and "write" in text):
            text = f"{READ_ONLY}; cannot write ({text})"
        return StoreError(text, path=self.path, stage="store")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement; SQLite errors become :class:`StoreError` naming the file."""
        try:
            return self.connection.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many rows (see :meth:`execute`)."""
        try:
            self.connection.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def fetch(self, cursor: sqlite3.Cursor, size: int) -> list[Any]:
        """The next ``size`` rows of ``cursor`` (errors as in :meth:`execute`)."""
        try:
            return cursor.fetchmany(size)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All statements inside commit together, or none does."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.rollback()
            raise
        self.execute("COMMIT")

    def insert(self, rows: Sequence[Rows]) -> None:
        """Insert prepared rows (inside the caller's transaction)."""
        self.executemany(f"INSERT INTO articles VALUES ({_marks(11)})", [r.article for r in rows])
        self.executemany("INSERT INTO texts VALUES (?, ?)", [r.text for r in rows])
        self.executemany(
            f"INSERT INTO fts_text (rowid, {', '.join(TEXT_COLUMNS)}) VALUES ({_marks(4)})",
            [r.text_index for r in rows],
        )
        self.executemany(
            f"INSERT INTO fts_meta (rowid, {', '.join(META_COLUMNS)}) VALUES ({_marks(5)})",
            [r.meta_index for r in rows],
        )
        self.executemany(
            "INSERT INTO authors VALUES (?, ?)", [pair for r in rows for pair in r.authors]
        )

    def optimize(self) -> None:
        """Merge each search index into one segment (faster queries after a bulk load)."""
        for table in ("fts_text", "fts_meta"):
            self.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.connection.close()


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _uri_path(path: str) -> str:
    return quote(os.path.abspath(path))


READ_ONLY = (
    "the store is open read-only (asked for, or its file or folder cannot be written); "
    "open it with read_only=False from a writable place to add to it"
)


def _writable(path: str) -> bool:
    """Whether SQLite can write the store: the file, and its folder (for the journal)."""
    return os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)


def _uri(path: str, read_only: bool) -> str:
    """The URI to open ``path`` with. Read-only, a store in a folder that cannot be written and
    with no ``-wal`` file is opened ``immutable``: SQLite could not create the WAL index a
    WAL-mode store needs, and with no ``-wal`` file every committed row is in the file itself."""
    if not read_only:
        return f"file:{_uri_path(path)}?mode=rw"
    folder = os.path.dirname(os.path.abspath(path))
    frozen = not os.access(folder, os.W_OK) and not os.path.exists(f"{path}-wal")
    return f"file:{_uri_path(path)}?mode=ro" + ("&immutable=1" if frozen else "")
