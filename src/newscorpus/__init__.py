"""newscorpus: turn scraped news pages into a clean, typed, queryable corpus.

Example:
    >>> import newscorpus
    >>> art = newscorpus.extract_text(
    ...     "Share this\\n\\nFloods close the valley road\\n\\nBy Ann Lee\\n\\n"
    ...     "Heavy rain closed the valley road on Sunday, the police said in a statement.")
    >>> art.title, art.authors
    ('Floods close the valley road', ('Ann Lee',))
"""

from __future__ import annotations

from .article import Article, Evidence, Origin, Removal
from .audit import AuditOptions, AuditReport
from .blocks import Block, text_to_blocks
from .corpus import Corpus
from .errors import (
    BinaryInputError,
    CompressionError,
    EmptyInputError,
    EncodingError,
    ExportError,
    InputError,
    MissingColumnError,
    MissingExtraError,
    ModelFileError,
    NewsCorpusError,
    OptionsError,
    QuerySyntaxError,
    RecordError,
    Skipped,
    StoreError,
    StoreVersionError,
    WriteError,
)
from .extract import clean_text, extract, extract_html, extract_text
from .io import Document
from .meta.authors.bylines import Byline, parse_byline
from .options import CleanOptions, ExtractOptions, LoadOptions, MetaOptions
from .query import (
    Cooccurrence,
    CountRow,
    CountTable,
    DedupOptions,
    DuplicateCluster,
    KwicHit,
    Predicate,
    all_of,
    any_of,
    by_author,
    from_source,
    in_language,
    in_section,
    mentions,
    not_,
    parse_query,
    published_between,
)
from .query.quotes import Quote
from .shapes.dates import ParsedDate, find_dates, parse_date
from .store import StoredCorpus
from .stream import ArticleStream, iter_articles
from .templates import BoilerplateModel, TemplateOptions

# The single place the version is written; packaging metadata is built from it (pyproject.toml).
__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleStream",
    "AuditOptions",
    "AuditReport",
    "BinaryInputError",
    "Block",
    "BoilerplateModel",
    "Byline",
    "CleanOptions",
    "CompressionError",
    "Cooccurrence",
    "Corpus",
    "CountRow",
    "CountTable",
    "DedupOptions",
    "Document",
    "DuplicateCluster",
    "EmptyInputError",
    "EncodingError",
    "Evidence",
    "ExportError",
    "ExtractOptions",
    "InputError",
    "KwicHit",
    "LoadOptions",
    "MetaOptions",
    "MissingColumnError",
    "MissingExtraError",
    "ModelFileError",
    "NewsCorpusError",
    "OptionsError",
    "Origin",
    "ParsedDate",
    "Predicate",
    "QuerySyntaxError",
    "Quote",
    "RecordError",
    "Removal",
    "Skipped",
    "StoreError",
    "StoreVersionError",
    "StoredCorpus",
    "TemplateOptions",
    "WriteError",
    "all_of",
    "any_of",
    "by_author",
    "clean_text",
    "extract",
    "extract_html",
    "extract_text",
    "find_dates",
    "from_source",
    "in_language",
    "in_section",
    "iter_articles",
    "mentions",
    "not_",
    "parse_byline",
    "parse_date",
    "parse_query",
    "published_between",
    "text_to_blocks",
]
