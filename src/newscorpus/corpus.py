"""The :class:`Corpus`: an immutable sequence of articles with loading, querying and export.

Every query method returns a new :class:`Corpus` (or plain rows), so calls chain::

    Corpus.load("pages/").where(source="Valley Courier", since="2024-01-01").search('"river plan"')

The module is over 500 lines because it is the one class users read first: its methods only
delegate to ``newscorpus.query``, ``newscorpus.io`` and ``newscorpus.store``, but each keeps
its parameters described and an example beside it.

Example:
    >>> from newscorpus.testing import make_article
    >>> corpus = Corpus([make_article(title="A", source="X"), make_article(title="B", source="Y")])
    >>> len(corpus), corpus[0].title, [a.title for a in corpus[1:]]
    (2, 'A', ['B'])
    >>> corpus.where(source="y").titles()
    ['B']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, overload

from ._batch import Progress, Workers, clean_article, load_options
from .article import Article
from .audit import AuditOptions, AuditReport, audit
from .errors import Skipped
from .io.frames import read_parquet, to_dataframe, write_parquet
from .io.hf import from_hf_dataset, to_hf_dataset
from .io.writers import write_csv, write_jsonl
from .options import ErrorPolicy, LoadOptions
from .query.cooccur import Cooccurrence, cooccurrence
from .query.counts import CountTable, Group, Period
from .query.dedup import DedupOptions, DuplicateCluster, near_duplicates
from .query.index import SearchIndex
from .query.kwic import KwicHit, kwic
from .query.predicates import (
    Predicate,
    all_of,
    by_author,
    from_source,
    in_language,
    in_section,
    published_between,
)
from .query.quotes import Quote, quotes
from .query.search import Query
from .query.stats import authors as count_authors
from .query.stats import sources as count_sources
from .store import StoredCorpus, write_store
from .stream import open_stream
from .templates import BoilerplateModel

if TYPE_CHECKING:
    import datasets
    import pandas

__all__ = ["Corpus"]

PathLike = str | os.PathLike[str]


class Corpus(Sequence[Article]):
    """An immutable, ordered collection of :class:`~newscorpus.article.Article` s.

    Args:
        articles: the articles, in order.
        skipped: what loading left out, and why (see :attr:`skipped`).

    Example:
        >>> Corpus([]).skipped
        ()
    """

    __slots__ = ("_articles", "_index", "_skipped")

    def __init__(
        self, articles: Iterable[Article] = (), *, skipped: Iterable[Skipped] = ()
    ) -> None:
        self._articles: tuple[Article, ...] = tuple(articles)
        self._skipped: tuple[Skipped, ...] = tuple(skipped)
        self._index: SearchIndex | None = None  # built by the first search; see _search_index

    # -- the sequence protocol -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> Corpus: ...

    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return Corpus(self._articles[index], skipped=self._skipped)
        return self._articles[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Corpus) and self._articles == other._articles

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        extra = f", {len(self._skipped)} skipped" if self._skipped else ""
        return f"<Corpus of {len(self)} articles{extra}>"

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Pages and records that loading left out under ``errors="skip"`` or ``"warn"``."""
        return self._skipped

    def report(self) -> str:
        """A readable summary of what was loaded and what was skipped, and why.

        Example:
            >>> print(Corpus([], skipped=[Skipped(path="a.jsonl", line=2, reason="not JSON",
            ...                                   error="RecordError")]).report())
            0 articles loaded, 1 skipped:
              a.jsonl, line 2: not JSON (RecordError)
        """
        lines = [
            f"{len(self)} articles loaded, {len(self._skipped)} skipped"
            + (":" if self._skipped else "")
        ]
        lines.extend(f"  {s}" for s in self._skipped)
        return "\n".join(lines)

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(
        cls,
        paths: PathLike | Iterable[PathLike],
        *,
        format: str | None = None,
        workers: Workers = "auto",
        progress: Progress | bool | None = None,
        errors: ErrorPolicy | None = None,
        options: LoadOptions | None = None,
        learn_boilerplate: bool = False,
        keep_empty: bool | None = None,
    ) -> Corpus:
        """Load a file, a folder (recursively) or a glob: pages (HTML or text, recognised by their
        content in a folder), news-archive exports (LexisNexis / Nexis Uni, Factiva, ProQuest,
        recognised by their content), JSONL/JSON/CSV records, and what :meth:`to_jsonl`,
        :meth:`to_parquet` and :meth:`save` write, which loads back equal (each article keeps its
        ``origin``; its ``read_from`` says where this load read it). Files of a folder that are
        no page, and pages without article text, are listed in :attr:`skipped` with the reason.

        Args:
            paths: one path or glob, or several.
            format: read every file as this format (``"text"``, ``"html"``, ``"jsonl"``,
                ``"json"``, ``"csv"``, ``"parquet"``, ``"store"``, or a news archive's export:
                ``"nexis"``, ``"factiva"``, ``"proquest"``; see :doc:`/howto/archives`) instead
                of recognising it.
            workers: extract pages in this many processes; ``"auto"`` (the default) uses one per
                core for inputs of more than a few pages, ``None`` or 1 only this process. The
                articles are the same, in the same order, whatever the number; a page whose
                worker process dies is reported (an error, or a
                :class:`~newscorpus.errors.Skipped` record).
            progress: ``True`` draws a progress bar (pages done out of the total, the rate and
                the time left); a callable is called with the number of pages done after each
                page.
            errors: ``"raise"`` (default), ``"warn"`` or ``"skip"``; overrides ``options.errors``.
            options: loading and extraction options.
            learn_boilerplate: read every page first, fit a
                :class:`~newscorpus.templates.BoilerplateModel` on them (its site templates), then
                extract every page with it (see :doc:`/howto/templates`). To apply a saved model
                instead, set ``options.extract.clean.boilerplate``.
            keep_empty: keep pages whose extraction finds no article text, as articles with an
                empty text; overrides ``options.keep_empty``.

        Raises:
            NewsCorpusError: (under ``errors="raise"``) the first unusable file or record, named
                with its path and line.
            OptionsError: ``learn_boilerplate`` while the options already hold a model, or
                ``workers`` neither ``"auto"``, ``None`` nor a whole number of at least 1.

        To read a pile too big for memory one article at a time, see
        :func:`~newscorpus.stream.iter_articles`.

        Example:
            >>> from newscorpus.samples import sample_corpus_path
            >>> corpus = Corpus.load(sample_corpus_path())
            >>> len(corpus) >= 12 and all(a.text for a in corpus)
            True
        """
        opts = load_options(options, errors, keep_empty)
        with open_stream(
            paths,
            opts,
            format=format,
            workers=workers,
            progress=progress,
            learn_boilerplate=learn_boilerplate,
        ) as stream:
            articles = tuple(stream)
        return cls(articles, skipped=stream.skipped)

    # -- learned boilerplate (site templates; see newscorpus.templates) ------------------
    def clean(self, model: BoilerplateModel) -> Corpus:
        """Drop from every article's text the paragraphs that ``model`` knows as its site's
        template lines; each becomes a ``learned-template`` :class:`~newscorpus.article.Removal`
        (its ``block`` is the paragraph's position in the text it was cut from).

        For pages not yet extracted, extracting with the model does better (the body run is
        chosen knowing the template): ``Corpus.load(..., learn_boilerplate=True)``.

        Args:
            model: a model from :meth:`BoilerplateModel.fit
                <newscorpus.templates.BoilerplateModel.fit>` or ``.load``; an article whose site
                it does not know is kept unchanged.

        Example:
            >>> from newscorpus.testing import make_article
            >>> arts = [make_article(url=f"https://x.example/{w}",
            ...                      text=f"The {w} story.\\n\\nX Daily: news that matters")
            ...         for w in ("first", "second", "third")]
            >>> cleaned = Corpus(arts).clean(BoilerplateModel.fit(arts))
            >>> cleaned[0].text, cleaned[0].removed[-1].rule
            ('The first story.', 'learned-template')
        """
        return Corpus((clean_article(a, model) for a in self._articles), skipped=self._skipped)

    # -- querying ----------------------------------------------------------------------------
    def filter(self, predicate: Callable[[Article], bool]) -> Corpus:
        """The articles for which ``predicate`` is true, in order.

        Args:
            predicate: a :mod:`~newscorpus.query` predicate or any callable taking an
                :class:`~newscorpus.article.Article`; an article is kept when it returns a true
                value.

        Example:
            >>> from newscorpus.testing import make_article
            >>> from newscorpus.query import from_source
            >>> Corpus([make_article(source="X")]).filter(from_source("x")).titles() != []
            True
        """
        return Corpus((a for a in self._articles if predicate(a)), skipped=self._skipped)

    def where(
        self,
        *,
        source: str | Sequence[str] | None = None,
        author: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        language: str | Sequence[str] | None = None,
        section: str | Sequence[str] | None = None,
    ) -> Corpus:
        """Filter by the common fields; every condition given must hold (inclusive dates).

        Args:
            source: the source's name, or several (any of them); the whole name, compared
                case- and accent-insensitively.
            author: part of an author's name, as whole words (``"Lee"`` finds ``"Ann Lee"``).
            since: the first publication day kept (a date, a datetime or an ISO string).
            until: the last publication day kept, inclusive.
            language: an ISO 639-1 code, or several; ``"en"`` also takes ``"en-GB"``.
            section: the section's name, or several; case- and accent-insensitive.

        Example:
            >>> from newscorpus.testing import make_article
            >>> from datetime import datetime
            >>> c = Corpus([make_article(published=datetime(2020, 1, 5)), make_article(published=datetime(2023, 1, 5))])
            >>> len(c.where(since="2022-01-01"))
            1
        """
        predicates: list[Predicate] = []
        if source is not None:
            predicates.append(from_source(*_as_tuple(source)))
        if author is not None:
            predicates.append(by_author(author))
        if since is not None or until is not None:
            predicates.append(published_between(since, until))
        if language is not None:
            predicates.append(in_language(*_as_tuple(language)))
        if section is not None:
            predicates.append(in_section(*_as_tuple(section)))
        return self.filter(all_of(*predicates)) if predicates else self

    def search(self, query: str | Query) -> Corpus:
        """The articles matching a query in the search language (see :doc:`/query-language`).

        Args:
            query: a query string, or a query parsed by :func:`~newscorpus.query.parse_query`.

        The first search builds an index of the corpus (kept with it), so later searches and
        counts do not read the text again.

        Example:
            >>> from newscorpus.testing import make_article
            >>> c = Corpus([make_article(text="Floods hit the valley."), make_article(text="Rail strike ends.")])
            >>> len(c.search('flood* OR "rail strike"')), len(c.search('floods AND NOT valley'))
            (2, 0)
        """
        positions = self._search_index().matches(query)
        return Corpus((self._articles[p] for p in positions), skipped=self._skipped)

    def kwic(self, query: str | Query, *, width: int = 40) -> list[KwicHit]:
        """KWIC lines: the query's terms in the articles :meth:`search` finds (see ``query.kwic``).

        Args:
            query: a query in the search language, as :meth:`search` takes it.
            width: the characters of context kept on each side of a match.

        Example:
            >>> from newscorpus.testing import make_article
            >>> hit = Corpus([make_article(text="The river rose fast.")]).kwic("river", width=10)[0]
            >>> hit.match
            'river'
        """
        return kwic(self.search(query), query, width=width)

    def counts(
        self,
        terms: str | Sequence[str] | None = None,
        *,
        by: Period = "month",
        group: Group | None = None,
    ) -> CountTable:
        """Matching articles per period (and group) for each query; see
        :func:`~newscorpus.query.counts`.

        Args:
            terms: a query, or several (one row set each); ``None`` counts every article.
            by: the period: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
            group: split the counts by ``"source"``, ``"author"``, ``"section"`` or
                ``"language"``; ``None`` for no split.

        Example:
            >>> from datetime import datetime
            >>> from newscorpus.testing import make_article
            >>> c = Corpus([make_article(text="Floods rose.", published=datetime(2023, 5, 2))])
            >>> [(r.period, r.term, r.count) for r in c.counts("flood*", by="year")]
            [('2023', 'flood*', 1)]
        """
        return self._search_index().counts(terms, by=by, group=group)

    def sources(self) -> list[tuple[str, int]]:
        """Sources with their article counts, most common first."""
        return count_sources(self._articles)

    def authors(self) -> list[tuple[str, int]]:
        """Authors with their article counts, most common first."""
        return count_authors(self._articles)

    def titles(self) -> list[str]:
        """The titles, in order (``""`` for an article without one)."""
        return [a.title or "" for a in self._articles]

    # -- analysis and table exports (the logic is in newscorpus.query and newscorpus.io) ------
    def _search_index(self) -> SearchIndex:
        """The corpus's search index, built on first use. A corpus never changes, so it is never
        stale; it is not pickled (see ``__getstate__``)."""
        if self._index is None:
            self._index = SearchIndex(self._articles)
        return self._index

    def __getstate__(self) -> dict[str, object]:
        # Every slot but the index, which is rebuilt on demand after unpickling.
        return {name: getattr(self, name) for name in _state_slots(type(self))}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        self._index = None

    def timeline(self, freq: Period = "month", *, group: Group | None = None) -> CountTable:
        """Articles per period (and group): :meth:`counts` without terms.

        Args:
            freq: the period: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
            group: split the counts by a field, as in :meth:`counts`.

        Example:
            >>> from datetime import datetime
            >>> from newscorpus.testing import make_article
            >>> c = Corpus([make_article(published=datetime(2023, m, 1)) for m in (1, 1, 3)])
            >>> [(r.period, r.count) for r in c.timeline("month")]
            [('2023-01', 2), ('2023-02', 0), ('2023-03', 1)]
        """
        return self.counts(None, by=freq, group=group)

    def cooccurrence(
        self, terms: Sequence[str], *, window: int | None = None
    ) -> list[Cooccurrence]:
        """How many articles hold each pair of ``terms``; see :func:`~newscorpus.query.cooccurrence`.

        Args:
            terms: the words, ``"phrases"`` or ``prefixes*`` to pair up.
            window: count a pair only when its terms are at most this many words apart;
                ``None`` counts them anywhere in the same article.

        Example:
            >>> from newscorpus.testing import make_article
            >>> c = Corpus([make_article(text="Floods near the dam.")])
            >>> [(r.first, r.second, r.count) for r in c.cooccurrence(["flood*", "dam"], window=3)]
            [('flood*', 'dam', 1)]
        """
        return cooccurrence(self._search_index(), terms, window=window)

    def near_duplicates(
        self, *, threshold: float | None = None, options: DedupOptions | None = None
    ) -> list[DuplicateCluster]:
        """Clusters of near-duplicate articles; see :func:`~newscorpus.query.near_duplicates`.

        Args:
            threshold: the smallest Jaccard similarity of two bodies that makes them near-duplicates;
                a shortcut for ``DedupOptions(threshold=...)``.
            options: every setting of the comparison (:class:`~newscorpus.query.DedupOptions`).

        Example:
            >>> from newscorpus.testing import make_article
            >>> body = "The council approved the new flood barrier after a long debate on Monday."
            >>> c = Corpus([make_article(id="a", text=body), make_article(id="b", text=body)])
            >>> [c.ids for c in c.near_duplicates()]
            [('a', 'b')]
        """
        return near_duplicates(self._articles, threshold=threshold, options=options)

    def audit(self, *, options: AuditOptions | None = None) -> AuditReport:
        """The corpus's quality report (see :doc:`/howto/audit`): per source and overall, the
        share of articles with a title, a date (and its precision), authors and a language;
        body lengths; empty, very short, undated and future-dated pages; the removal rules that
        fired most; near-duplicates; and the skipped inputs with their reasons.

        Args:
            options: the thresholds (:class:`~newscorpus.audit.AuditOptions`): what counts as
                very short, the moment dates must not be after, whether to look for
                near-duplicates.

        Example:
            >>> from newscorpus.testing import make_article
            >>> report = Corpus([make_article(title="A"), make_article(title=None)]).audit()
            >>> report.overall.articles, report.overall.title_share
            (2, 0.5)
            >>> print(report)  # doctest: +ELLIPSIS
            Audit of 2 articles, 0 inputs skipped (at ... UTC)
            ...
        """
        return audit(self._articles, skipped=self._skipped, options=options)

    def quotes(self) -> list[Quote]:
        """The direct quotes in the bodies, with their speakers; see
        :func:`~newscorpus.query.quotes`.

        Example:
            >>> from newscorpus.testing import make_article
            >>> c = Corpus([make_article(text='“We stay,” said Ana Lima.')])
            >>> [(q.text, q.speaker) for q in c.quotes()]
            [('We stay', 'Ana Lima')]
        """
        return quotes(self._articles)

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas ``DataFrame`` of the articles, in the shared export schema
        (``newscorpus.io.COLUMNS``; see :doc:`/howto/export`).

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).

        Example:
            >>> from newscorpus.testing import make_article
            >>> Corpus([make_article(source="X")]).to_pandas().loc[0, "source"]
            'X'
        """
        return to_dataframe(self._articles)

    def to_parquet(self, path: PathLike) -> int:
        """Write every field of every article as Parquet (atomically); returns the count.

        Args:
            path: the file to write; replaced whole when it exists.

        Raises:
            MissingExtraError: pyarrow is not installed (``pip install 'newscorpus[parquet]'``).
            WriteError: the file cannot be written.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "c.parquet"
            >>> corpus = Corpus([make_article()])
            >>> corpus.to_parquet(path), Corpus.from_parquet(path) == corpus
            (1, True)
        """
        return write_parquet(self._articles, path)

    def to_hf_dataset(self) -> datasets.Dataset:
        """A Hugging Face ``datasets.Dataset`` of the articles, typed as the frame is
        (``published`` a UTC timestamp, ``authors`` a list; see :doc:`/howto/huggingface`).

        Raises:
            MissingExtraError: datasets is not installed (``pip install 'newscorpus[hf]'``).

        Example:
            >>> from newscorpus.testing import make_article
            >>> dataset = Corpus([make_article(authors=("Ann Lee",))]).to_hf_dataset()
            >>> dataset.num_rows, dataset[0]["authors"], dataset.features["published"].dtype
            (1, ['Ann Lee'], 'timestamp[us, tz=UTC]')
        """
        return to_hf_dataset(self._articles)

    @classmethod
    def from_parquet(cls, path: PathLike) -> Corpus:
        """Read a corpus written by :meth:`to_parquet`.

        Args:
            path: the Parquet file; only its ``text`` column is required.

        Raises:
            MissingExtraError: pyarrow is not installed (``pip install 'newscorpus[parquet]'``).
            InputError: the file is not Parquet or a row is not an article.

        Example:
            >>> import tempfile, pathlib
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "none.parquet"
            >>> Corpus.from_parquet(path)  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            newscorpus.errors.InputError: ...none.parquet: cannot read as Parquet: ...
        """
        return cls(read_parquet(path))

    @classmethod
    def from_hf_dataset(cls, dataset: datasets.Dataset) -> Corpus:
        """The corpus a Hugging Face dataset made by :meth:`to_hf_dataset` holds (one split).

        Args:
            dataset: a ``datasets.Dataset``, e.g. from ``load_from_disk`` or ``load_dataset``.

        Raises:
            MissingColumnError: the dataset has no ``text`` column.
            RecordError: a row is not an article.

        Example:
            >>> from newscorpus.testing import make_article
            >>> corpus = Corpus([make_article()])
            >>> Corpus.from_hf_dataset(corpus.to_hf_dataset()) == corpus
            True
        """
        return cls(from_hf_dataset(dataset))

    # -- export ------------------------------------------------------------------------------
    def to_dicts(self) -> list[dict[str, object]]:
        """Every article as :meth:`~newscorpus.article.Article.to_dict` gives it."""
        return [a.to_dict() for a in self._articles]

    def to_jsonl(self, path: PathLike) -> int:
        """Write every article, every field, one JSON object a line (atomically); returns the count.

        Args:
            path: the file to write; replaced whole when it exists.
        """
        return write_jsonl(self._articles, path)

    def to_csv(
        self, path: PathLike, *, columns: Sequence[str] | None = None, escape_formulas: bool = True
    ) -> int:
        """Write the main fields as CSV (atomically); returns the count.

        Cells a spreadsheet would run as formulas (starting with ``=``, ``+``, ``-``, ``@``) are
        prefixed with ``'``; ``escape_formulas=False`` writes them as they are.

        Args:
            path: the file to write; replaced whole when it exists.
            columns: the columns to write, in order (``newscorpus.io.CSV_COLUMNS`` by default).
            escape_formulas: prefix cells a spreadsheet would run as formulas with ``'``.
        """
        return write_csv(self._articles, path, columns=columns, escape_formulas=escape_formulas)

    # -- the SQLite store (newscorpus.store) -------------------------------------------------
    def save(self, path: PathLike, *, progress: Progress | None = None) -> int:
        """Write the corpus as a new SQLite + FTS5 store (see :doc:`/howto/store`); returns the
        number of articles stored: every article, those sharing an id included; only a record
        repeated exactly (every field equal) is stored once.

        The file is built beside ``path`` and renamed into place when complete; an existing file
        there is replaced. To add to an existing store, use ``Corpus.open(path).add(...)``.

        Args:
            path: the store file to write, e.g. ``news.db``.
            progress: called with the number of articles written so far, after each batch.

        Raises:
            WriteError: the folder cannot be written to.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> Corpus([make_article(text="Floods rose.")]).save(path)
            1
        """
        return write_store(self._articles, path, progress=progress)

    @staticmethod
    def open(path: PathLike, *, read_only: bool = False) -> StoredCorpus:
        """Open a store written by :meth:`save` or ``newscorpus index``: a
        :class:`~newscorpus.store.StoredCorpus` with this class's query methods, read lazily.

        Args:
            path: the store file, e.g. ``news.db``.
            read_only: open for reading only (as happens by itself when the file or its folder
                cannot be written): the file is left as it was and ``add`` raises ``StoreError``.

        Raises:
            StoreError: the file is missing, not a newscorpus store, or damaged.
            StoreVersionError: the store was written with another schema version.

        Example:
            >>> import tempfile, pathlib
            >>> from newscorpus.testing import make_article
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
            >>> _ = Corpus([make_article(text="Floods rose.")]).save(path)
            >>> with Corpus.open(path) as store:
            ...     len(store.search("flood*"))
            1
        """
        return StoredCorpus.open(path, read_only=read_only)


def _state_slots(kind: type) -> list[str]:
    names = (n for k in kind.__mro__ for n in getattr(k, "__slots__", ()))
    return [n for n in dict.fromkeys(names) if n != "_index" and not n.startswith("__")]


def _as_tuple(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)
