"""Extracting many records at once, for :meth:`~newscorpus.corpus.Corpus.load`: worker
processes, the error policy (raise, warn or skip with a record of why), and a site-template model
learned across the records first when the caller asks for one.

Kept apart from :mod:`newscorpus.corpus` so that the Corpus module holds the collection's API and
this one the batch machinery behind its loading.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

import attrs

from .article import Article, Removal
from .errors import InputError, NewsCorpusError, OptionsError, Skipped
from .extract import extract
from .io.document import Document
from .io.readers import NewsCorpusWarning
from .options import LoadOptions
from .templates import LEARNED_RULE, BoilerplateModel

__all__ = ["clean_article", "extract_all", "learn_templates"]

Progress = Callable[[int], None]


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


def _extract_one(item: Document | Article, options: LoadOptions) -> Article:
    if isinstance(item, Article):
        return item
    return extract(item, options=options.extract)


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


def _safe_extract(item: Document | Article, options: LoadOptions) -> Article | NewsCorpusError:
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
    outcome: Article | NewsCorpusError, options: LoadOptions, skipped: list[Skipped]
) -> Article | None:
    if isinstance(outcome, Article):
        return outcome
    if options.errors == "raise":
        raise outcome
    skipped.append(Skipped.from_error(outcome))
    if options.errors == "warn":
        warnings.warn(str(outcome), NewsCorpusWarning, stacklevel=4)
    return None
