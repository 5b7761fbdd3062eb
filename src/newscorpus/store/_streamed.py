"""The :class:`~newscorpus.corpus.Corpus` methods a store answers by streaming its view: exports
(JSONL, CSV, Parquet, pandas, Hugging Face) and the analyses that read article bodies (timeline, quotes,
co-occurrence, near-duplicates), each with the same answer as the in-memory corpus.

What stays in memory: CSV and JSONL are written a row at a time; ``quotes`` keeps the quotes
found; ``cooccurrence`` reads only the articles matching one of its terms (found by FTS5);
``to_parquet``, ``to_pandas`` and ``to_hf_dataset`` build their table in memory (a DataFrame is in memory by
nature), and ``near_duplicates`` compares every body with every other, so it holds the view's
articles: narrow the view first (``where``, ``search``) on a store bigger than memory. ``audit``
reads the articles once and keeps only counts and word lengths, but near-duplicates hold the
bodies too: ``audit(options=AuditOptions(duplicates=False))`` on a store bigger than memory.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.store import StoredCorpus, write_store
    >>> from newscorpus.testing import make_corpus_articles
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> _ = write_store(make_corpus_articles(20, seed=1), path)
    >>> with StoredCorpus.open(path) as store:
    ...     store.to_csv(path.with_suffix(".csv")) == len(store)
    True
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from ..article import Article
from ..audit import AuditOptions, AuditReport, audit
from ..io.frames import to_dataframe, write_parquet
from ..io.hf import to_hf_dataset
from ..io.writers import write_csv, write_jsonl
from ..query.cooccur import Cooccurrence, cooccurrence
from ..query.counts import CountTable, Group, Period
from ..query.dedup import DedupOptions, DuplicateCluster, near_duplicates
from ..query.quotes import Quote, quotes

__all__ = ["Streamed"]

PathLike = str | os.PathLike[str]


class _View(Protocol):
    """What the methods below need of a store's view."""

    def __iter__(self) -> Iterator[Article]: ...

    def search(self, query: str) -> _View: ...

    def counts(
        self,
        terms: str | Sequence[str] | None = None,
        *,
        by: Period = ...,
        group: Group | None = ...,
    ) -> CountTable: ...


class Streamed:
    """Mixin of :class:`~newscorpus.store.StoredCorpus`: exports and analyses by streaming."""

    __slots__ = ()

    def to_jsonl(self: _View, path: PathLike) -> int:
        """Write the view's articles as JSONL (streamed, atomically); returns the count.

        Args:
            path: the file to write; replaced whole when it exists.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(40, seed=1), path)
            >>> store = StoredCorpus.open(path)
            >>> hits = store.search("council")
            >>> hits.to_jsonl(path.with_suffix(".jsonl")) == len(hits)
            True
        """
        return write_jsonl(self, path)

    def to_csv(self: _View, path: PathLike, *, columns: Sequence[str] | None = None) -> int:
        """Write the view's main fields as CSV (streamed, atomically), as ``Corpus.to_csv``
        does; returns the count.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.to_csv(path.with_suffix(".csv"), columns=["id", "title"])
            10
        """
        return write_csv(self, path, columns=columns)

    def to_parquet(self: _View, path: PathLike) -> int:
        """Write the view as Parquet (atomically), as ``Corpus.to_parquet`` does; returns the
        count. The articles are streamed, the Parquet table is built in memory.

        Raises:
            MissingExtraError: pyarrow is not installed (``pip install 'newscorpus[parquet]'``).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.to_parquet(path.with_suffix(".parquet"))
            10
        """
        return write_parquet(self, path)

    def to_pandas(self: _View) -> Any:
        """A pandas ``DataFrame`` of the view, as ``Corpus.to_pandas`` gives (in memory).

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     len(store.to_pandas())
            10
        """
        return to_dataframe(self)

    def to_hf_dataset(self: _View) -> Any:
        """A Hugging Face ``datasets.Dataset`` of the view, as ``Corpus.to_hf_dataset`` gives
        (built in memory).

        Raises:
            MissingExtraError: datasets is not installed (``pip install 'newscorpus[hf]'``).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.to_hf_dataset().num_rows
            10
        """
        return to_hf_dataset(self)

    def timeline(self: _View, freq: Period = "month", *, group: Group | None = None) -> CountTable:
        """Articles per period (and group): ``counts`` without terms, counted in SQL.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = write_store(make_corpus_articles(10, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.timeline("year") == store.counts(None, by="year")
            True
        """
        return self.counts(None, by=freq, group=group)

    def quotes(self: _View) -> list[Quote]:
        """The direct quotes in the view's bodies, with their speakers (articles streamed).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "q.db"
            >>> _ = write_store([make_article(text="“We stay,” said Ana Lima.")], path)
            >>> with StoredCorpus.open(path) as store:
            ...     [(q.text, q.speaker) for q in store.quotes()]
            [('We stay', 'Ana Lima')]
        """
        return quotes(self)

    def cooccurrence(
        self: _View, terms: Sequence[str], *, window: int | None = None
    ) -> list[Cooccurrence]:
        """How many articles hold each pair of ``terms``, as ``Corpus.cooccurrence`` counts;
        only the articles matching one of the terms (found by FTS5) are read.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "c.db"
            >>> _ = write_store([make_article(text="Floods near the dam.")], path)
            >>> with StoredCorpus.open(path) as store:
            ...     [(r.first, r.second, r.count) for r in store.cooccurrence(["flood*", "dam"])]
            [('flood*', 'dam', 1)]
        """
        labels = list(terms)
        if isinstance(terms, str) or len(labels) < 2:
            return cooccurrence([], terms, window=window)  # raises the same OptionsError
        candidates = self.search(" OR ".join(f"({label})" for label in labels))
        return cooccurrence(list(candidates), labels, window=window)

    def near_duplicates(
        self: _View, *, threshold: float | None = None, options: DedupOptions | None = None
    ) -> list[DuplicateCluster]:
        """Clusters of near-duplicate articles, as ``Corpus.near_duplicates`` finds them. Every
        body is compared with every other, so the view's articles are held in memory.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_article
            >>> body = "The council approved the new flood barrier after a long debate."
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "d.db"
            >>> _ = write_store([make_article(id="a", text=body), make_article(id="b", text=body)], path)
            >>> with StoredCorpus.open(path) as store:
            ...     [c.ids for c in store.near_duplicates()]
            [('a', 'b')]
        """
        return near_duplicates(self, threshold=threshold, options=options)

    def audit(self: _View, *, options: AuditOptions | None = None) -> AuditReport:
        """The quality report of the view's articles, as ``Corpus.audit`` gives it (a store
        keeps no record of the inputs skipped when it was filled, so none are listed). The
        articles are read once; near-duplicates hold their bodies in memory, so on a store
        bigger than memory pass ``options=AuditOptions(duplicates=False)``.

        Args:
            options: the thresholds (:class:`~newscorpus.audit.AuditOptions`).

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.store import StoredCorpus, write_store
            >>> from newscorpus.testing import make_corpus_articles
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.db"
            >>> _ = write_store(make_corpus_articles(12, seed=1), path)
            >>> with StoredCorpus.open(path) as store:
            ...     store.audit().overall.articles
            12
        """
        return audit(self, options=options)
