"""Helpers for testing code that uses newscorpus: article factories and sample pages.

* :func:`make_article` — one valid :class:`~newscorpus.article.Article` with plausible defaults,
  any field overridable.
* :func:`make_corpus_articles` — ``n`` varied, deterministic articles (sources, authors, dates
  across years, a few non-English ones).
* :func:`sample_corpus_path`, :func:`sample_pages`, :func:`sample_expected` — the bundled
  synthetic demo pages (eight plain-text, four HTML) and what extraction must find in them.
* :func:`build_page` — a plain-text page composed from parts, to plant boilerplate anywhere.
* :func:`make_site_pages` — a synthetic multi-site corpus (:class:`SitePage` s): several sites,
  many pages each, site templates with variations, true bodies known.
* :func:`warc_record`, :func:`write_warc` — small WARC files (pages and the records a crawl
  writes around them), written without any WARC library.

Everything here is deterministic and reads the bundled files only when asked. One module per
kind of helper: ``articles``, ``samples``, ``pages`` and ``sites``.

Example:
    >>> from newscorpus.testing import build_page, make_article
    >>> make_article(title="Bridge reopens").title
    'Bridge reopens'
    >>> print(build_page(title="Bridge reopens", body=["It reopened."], footer=["Share"]))
    Bridge reopens
    <BLANKLINE>
    It reopened.
    <BLANKLINE>
    Share
    <BLANKLINE>
"""

from .articles import DEFAULT_SOURCES, make_article, make_corpus_articles
from .pages import build_page
from .samples import sample_corpus_path, sample_expected, sample_pages
from .sites import SitePage, make_site_pages
from .warc import RecordKind, warc_record, write_warc

__all__ = [
    "DEFAULT_SOURCES",
    "RecordKind",
    "SitePage",
    "build_page",
    "make_article",
    "make_corpus_articles",
    "make_site_pages",
    "sample_corpus_path",
    "sample_expected",
    "sample_pages",
    "warc_record",
    "write_warc",
]
