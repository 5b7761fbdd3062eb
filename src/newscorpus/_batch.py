"""Extracting many records at once, for :meth:`~newscorpus.corpus.Corpus.load`: worker
processes, the error policy (raise, warn or skip with a record of why), pages without article
text (left out with the reason unless ``keep_empty``), stores read back as articles, and a
site-template model learned across the records first when the caller asks for one.

Kept apart from :mod:`newscorpus.corpus` so that the Corpus module holds the collection's API and
this one the batch machinery behind its loading.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import attrs

from .article import Article, Origin, Removal
from .errors import InputError, NewsCorpusError, OptionsError, Skipped
from .extract import extract
from .io.document import Document
from .io.readers import NewsCorpusWarning, iter_records
from .options import ErrorPolicy, LoadOptions
from .store import StoredCorpus
from .templates import LEARNED_RULE, BoilerplateModel

__all__ = ["clean_article", "extract_all", "learn_templates", "load", "load_options", "read_store"]

Progress = Callable[[int], None]
PathLike = str | os.PathLike[str]
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


def load(
    paths: PathLike | Iterable[PathLike],
    opts: LoadOptions,
    *,
    format: str | None,
    workers: int | None,
    progress: Progress | None,
    learn_boilerplate: bool,
) -> tuple[list[Article], list[Skipped]]:
    """The articles of ``paths`` and what was left out: :meth:`Corpus.load`'s work."""
    skipped: list[Skipped] = []
    records: Iterable[Document | Article] = iter_records(
        paths, opts, skipped, format=format, readers={"store": read_store}
    )
    if learn_boilerplate:
        records, opts = learn_templates(records, opts)
    articles = list(extract_all(records, opts, skipped, workers=workers, progress=progress))
    return articles, skipped


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


def _extract_one(item: Document | Article, options: LoadOptions) -> Article | Skipped:
    if isinstance(item, Article):
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


def extract_all(
    records: Iterable[Document | Article],
    options: LoadOptions,
    skipped: list[Skipped],
    *,
    workers: int | None,
    progress: Progress | None,
) -> Iterator[Article]:
    done = 0
    if workers is not None and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            items = list(records)
            results = pool.map(_safe_extract, items, [options] * len(items), chunksize=8)
            for outcome in results:
                done += 1
                article = _settle(outcome, options, skipped)
                if progress is not None:
                    progress(done)
                if article is not None:
                    yield article
        return
    for item in records:
        done += 1
        article = _settle(_safe_extract(item, options), options, skipped)
        if progress is not None:
            progress(done)
        if article is not None:
            yield article


def _safe_extract(
    item: Document | Article, options: LoadOptions
) -> Article | Skipped | NewsCorpusError:
    """Extract, turning any failure into an error value naming the page (so workers never die)."""
    try:
        return _extract_one(item, options)
    except NewsCorpusError as err:
        return err
    except Exception as exc:  # a bug must not lose the page silently: report it with its place
        origin = item.origin
        return InputError(
            f"extraction failed ({type(exc).__name__}: {exc}); please report this page",
            path=origin.path if origin else None,
            line=origin.line if origin else None,
            stage="extract",
        )


def _settle(
    outcome: Article | Skipped | NewsCorpusError, options: LoadOptions, skipped: list[Skipped]
) -> Article | None:
    if isinstance(outcome, Article):
        return outcome
    if isinstance(outcome, Skipped):  # not an error: recorded whatever the policy
        skipped.append(outcome)
        return None
    if options.errors == "raise":
        raise outcome
    skipped.append(Skipped.from_error(outcome))
    if options.errors == "warn":
        warnings.warn(str(outcome), NewsCorpusWarning, stacklevel=4)
    return None
