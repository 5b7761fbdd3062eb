"""Extracting many records at once, for :meth:`~newscorpus.corpus.Corpus.load`: worker
processes, the error policy (raise, warn or skip with a record of why), pages without article
text (left out with the reason unless ``keep_empty``), stores read back as articles, and a
site-template model learned across the records first when the caller asks for one.

Kept apart from :mod:`newscorpus.corpus` so that the Corpus module holds the collection's API and
this one the batch machinery behind its loading.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

import attrs

from ..article import Article, Origin, Removal
from ..errors import InputError, NewsCorpusError, OptionsError, Skipped
from ..extract import extract
from ..io.document import Document
from ..io.readers import NewsCorpusWarning
from ..options import ErrorPolicy, LoadOptions
from ..store import StoredCorpus
from ..templates import LEARNED_RULE, BoilerplateModel
from .pool import ordered_map

__all__ = [
    "EMPTY_ARTICLE",
    "Outcome",
    "Record",
    "Workers",
    "clean_article",
    "extract_outcomes",
    "learn_templates",
    "load_options",
    "read_store",
    "settle",
    "worker_count",
]

Progress = Callable[[int], None]
PathLike = str | os.PathLike[str]
Workers = int | Literal["auto"] | None
"""How many processes extract: a number, ``"auto"`` (one per core) or ``None`` (this one)."""
CHUNK_SIZE = 8
"""Pages sent to a worker process in one task."""
SMALL_INPUT = 64
"""Under ``workers="auto"``, an input of fewer pages is extracted in this process: starting a
pool would cost more than it saves. Measured with ``newscorpus extract`` on 4, 16, 32 and 64
benchmark HTML pages, two workers against one process on a shared two-core machine: the pool
was slower at every size (median wall-time ratios 1.09, 1.15, 1.12, 1.09), and cost about 0.06 s
plus 6 ms a page more CPU; on 905 pages it was faster. ``benchmarks/streaming.py small``
measures it on another machine."""
EMPTY_ARTICLE = "EmptyArticle"
"""The ``Skipped.error`` of a page whose extraction found no article text."""


def load_options(
    options: LoadOptions | None, errors: ErrorPolicy | None, keep_empty: bool | None
) -> LoadOptions:
    """``options`` (or the defaults) with the shortcuts of :meth:`Corpus.load` applied."""
    opts = options or LoadOptions()
    if errors is not None and errors != opts.errors:
        opts = attrs.evolve(opts, errors=errors)
    if keep_empty is not None and keep_empty != opts.keep_empty:
        opts = attrs.evolve(opts, keep_empty=keep_empty)
    return opts


def read_store(path: Path) -> Iterator[Article]:
    """The articles of a store written by :meth:`Corpus.save`, each with its own ``origin`` and
    with ``read_from`` naming the store and the article's 1-based position in it."""
    with StoredCorpus.open(path, read_only=True) as store:
        for number, article in enumerate(store, start=1):
            yield article.evolve(read_from=Origin(path=str(path), line=number, format="store"))


def learn_templates(
    records: Iterable[Document | Article], options: LoadOptions
) -> tuple[list[Document | Article], LoadOptions]:
    """Read every record, fit a model on them, and return the records and the options that apply
    it. Articles already extracted (JSONL written by newscorpus) count for fitting and are
    cleaned with :meth:`Corpus.clean`'s method; raw pages are extracted with the model."""
    if options.extract.clean.boilerplate is not None:
        raise OptionsError(
            "learn_boilerplate=True but options.extract.clean.boilerplate already holds a model;"
            " use one or the other"
        )
    items = list(records)
    clean = options.extract.clean
    model = BoilerplateModel.fit(items, segmentation=clean.segmentation)
    extract_opts = attrs.evolve(options.extract, clean=attrs.evolve(clean, boilerplate=model))
    cleaned = [clean_article(r, model) if isinstance(r, Article) else r for r in items]
    return cleaned, attrs.evolve(options, extract=extract_opts)


def clean_article(article: Article, model: BoilerplateModel) -> Article:
    paragraphs = article.paragraphs
    found = model.template_positions(
        [*(r.text for r in article.removed), *paragraphs], url=article.url, source=article.source
    )
    offset = len(article.removed)
    drop = {pos - offset: detail for pos, detail in found.items() if pos >= offset}
    if not drop:
        return article
    removals = [
        Removal(text=paragraphs[i], rule=LEARNED_RULE, block=i, detail=detail)
        for i, detail in sorted(drop.items())
    ]
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    return article.evolve(text="\n\n".join(kept), removed=(*article.removed, *removals))


def _extract_one(item: Record, options: LoadOptions) -> Article | Skipped:
    if isinstance(item, Article | Skipped):  # read as such, or left out by reading
        return item
    article = extract(item, options=options.extract)
    if not options.keep_empty and not article.text.strip():
        return _empty(item.origin)
    return article.evolve(read_from=item.origin)


def _empty(origin: Origin | None) -> Skipped:
    return Skipped(
        path=(origin.path if origin else None) or "<unknown>",
        line=origin.line if origin else None,
        reason="extraction found no article text (a page of scripts, menus or links only);"
        " LoadOptions(keep_empty=True) keeps such pages",
        error=EMPTY_ARTICLE,
    )


Outcome = Article | Skipped | NewsCorpusError
Record = Document | Article | Skipped
"""What extraction is given: a page, an article read as such, or what reading left out (passed
through in its place, so that ``skipped`` lists everything in reading order)."""


def extract_outcomes(
    records: Iterable[Record], options: LoadOptions, workers: Workers
) -> Iterator[tuple[Record, Outcome]]:
    """Each record with what its extraction gave, in order, in this process or in a pool of
    ``workers`` processes (``"auto"``: one per core, unless the input is small; see
    :data:`SMALL_INPUT`)."""
    count = worker_count(workers)
    records = iter(records)
    if workers == "auto" and count > 1:
        head = list(itertools.islice(records, SMALL_INPUT))
        if len(head) < SMALL_INPUT:  # the whole input: too small to repay starting a pool
            count = 1
        records = itertools.chain(head, records)
    if count <= 1:
        for item in records:
            yield item, _safe_extract(item, options)
        return
    sent: deque[Record] = deque()  # the items in the pool, oldest first

    def remembered() -> Iterator[Record]:
        for item in records:
            sent.append(item)
            yield item

    outcomes = ordered_map(
        functools.partial(_safe_extract, options=options),
        remembered(),
        workers=count,
        chunk_size=CHUNK_SIZE,
        on_crash=_crashed,
    )
    for outcome in outcomes:
        yield sent.popleft(), outcome


def worker_count(workers: Workers) -> int:
    """The number of processes ``workers`` asks for: ``"auto"`` is the cores this process may
    run on, or 1 in a process that is itself a worker of a pool (Dask's, ``multiprocessing``'s,
    this one's), which must not start a pool of its own; ``None`` is 1.

    Raises:
        OptionsError: ``workers`` is not ``"auto"``, ``None`` or a whole number of at least 1.

    Example:
        >>> worker_count(None), worker_count(3), worker_count("auto") >= 1
        (1, 3, True)
    """
    if workers is None:
        return 1
    if workers == "auto":
        return 1 if multiprocessing.parent_process() is not None else _cores()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise OptionsError(
            f'workers must be "auto" or a whole number of at least 1, not {workers!r}'
        )
    return workers


def _cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def _where(item: Record) -> Origin | None:
    """Where ``item`` was read: a page's origin, an article's ``read_from``, a skip's place."""
    if isinstance(item, Skipped):
        return Origin(path=item.path, line=item.line)
    return item.origin if isinstance(item, Document) else item.read_from


def _crashed(item: Record, why: str) -> NewsCorpusError:
    origin = _where(item)
    return InputError(
        f"the worker process extracting this page died ({why}); the page was left out and the "
        "other pages extracted; run with workers=1 to see the failure in this process",
        path=origin.path if origin else None,
        line=origin.line if origin else None,
        stage="extract",
    )


def _safe_extract(item: Record, options: LoadOptions) -> Article | Skipped | NewsCorpusError:
    """Extract, turning any failure into an error value naming the page (so workers never die)."""
    try:
        return _extract_one(item, options)
    except NewsCorpusError as err:
        return err
    except Exception as exc:  # a bug must not lose the page silently: report it with its place
        origin = _where(item)
        return InputError(
            f"extraction failed ({type(exc).__name__}: {exc}); please report this page",
            path=origin.path if origin else None,
            line=origin.line if origin else None,
            stage="extract",
        )


def settle(
    outcome: Article | Skipped | NewsCorpusError, options: LoadOptions, skipped: list[Skipped]
) -> Article | None:
    """The article of ``outcome``, or ``None`` with the page recorded in ``skipped`` (an error
    raised instead under ``errors="raise"``)."""
    if isinstance(outcome, Article):
        return outcome
    if isinstance(outcome, Skipped):  # not an error: recorded whatever the policy
        skipped.append(outcome)
        return None
    if options.errors == "raise":
        raise outcome
    skipped.append(Skipped.from_error(outcome))
    if options.errors == "warn":
        warnings.warn(str(outcome), NewsCorpusWarning, stacklevel=5)
    return None
