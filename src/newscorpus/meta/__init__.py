"""Metadata parsers: dates, bylines, titles and publishers, from text and from HTML.

The readers are grouped by concept: ``meta.dates``, ``meta.authors`` and ``meta.titles``; the
page's header in text (``meta.header``), every value of its markup (``meta.markup``), its
publisher (``meta.publisher``), a record's own fields (``meta.record``), and the typed partial
result with its provenance (``meta.partial``). Every reader runs as a named metadata source
(``meta.sources``: one Protocol, a registry in precedence order) on one shared view of the
page (``meta.view``). The date grammar they share with cleaning lives in ``newscorpus.shapes``.

Example:
    >>> parse_byline("By Ann Lee and Tom Park").authors
    ('Ann Lee', 'Tom Park')
"""

from ..shapes import (
    ParsedDate,
    RelativeDate,
    dayfirst_for,
    dayfirst_from_dates,
    dayfirst_from_url,
    find_dates,
    find_relative,
    looks_like_dateline,
    parse_date,
)
from .authors import (
    AuthorCandidate,
    Byline,
    choose_authors,
    clean_person_name,
    contributors,
    looks_like_person_name,
    parse_author_bio,
    parse_byline,
    parse_signature,
    read_dom_byline,
    read_tail,
    split_authors,
)
from .dates import (
    DateCandidate,
    choose_modified,
    choose_published,
    date_as,
    date_from_url,
    dates_as,
    html_date_candidates,
    text_date_candidates,
)
from .dates.page import find_page_dates
from .header import read_header
from .language import LanguageGuess, choose_language, detect_language, language_model_available
from .markup import jsonld_articles, jsonld_objects, read_html_meta
from .partial import FIELDS, Found, MetaFields, merge
from .publisher import copyright_holder, read_source, source_fallbacks
from .record import read_record
from .sources import SOURCES, MetadataSource, NamedSource, merge_sources, read_sources
from .titles import TitlePick, pick_title, strip_site_name
from .view import PageView

__all__ = [
    "FIELDS",
    "SOURCES",
    "AuthorCandidate",
    "Byline",
    "DateCandidate",
    "Found",
    "LanguageGuess",
    "MetaFields",
    "MetadataSource",
    "NamedSource",
    "PageView",
    "ParsedDate",
    "RelativeDate",
    "TitlePick",
    "choose_authors",
    "choose_language",
    "choose_modified",
    "choose_published",
    "clean_person_name",
    "contributors",
    "copyright_holder",
    "date_as",
    "date_from_url",
    "dates_as",
    "dayfirst_for",
    "dayfirst_from_dates",
    "dayfirst_from_url",
    "detect_language",
    "find_dates",
    "find_page_dates",
    "find_relative",
    "html_date_candidates",
    "jsonld_articles",
    "jsonld_objects",
    "language_model_available",
    "looks_like_dateline",
    "looks_like_person_name",
    "merge",
    "merge_sources",
    "parse_author_bio",
    "parse_byline",
    "parse_date",
    "parse_signature",
    "pick_title",
    "read_dom_byline",
    "read_header",
    "read_html_meta",
    "read_record",
    "read_source",
    "read_sources",
    "read_tail",
    "source_fallbacks",
    "split_authors",
    "strip_site_name",
    "text_date_candidates",
]
