"""Metadata parsers: dates, bylines, titles and publishers, from text and from HTML.

Example:
    >>> parse_byline("By Ann Lee and Tom Park").authors
    ('Ann Lee', 'Tom Park')
"""

from ..shapes.datelines import looks_like_dateline
from ..shapes.dates import ParsedDate, find_dates, parse_date
from ..shapes.day_order import dayfirst_for, dayfirst_from_dates
from ..shapes.relative import RelativeDate, find_relative
from .authors.bylines import (
    Byline,
    contributors,
    parse_author_bio,
    parse_byline,
    parse_signature,
    split_authors,
)
from .authors.choose import choose_authors
from .authors.elements import read_dom_byline
from .authors.markup import AuthorCandidate
from .authors.names import clean_person_name, looks_like_person_name
from .authors.signatures import read_tail
from .dates.bounds import date_as, dates_as
from .dates.choose import DateCandidate, choose_modified, choose_published
from .dates.markup import html_date_candidates
from .dates.page import find_page_dates
from .dates.text import text_date_candidates
from .dates.url import date_from_url
from .header import read_header
from .html import jsonld_articles, jsonld_objects, read_html_meta, strip_site_name
from .partial import Found, merge
from .sources import copyright_holder, read_source, source_fallbacks
from .titles import TitlePick, pick_title

__all__ = [
    "AuthorCandidate",
    "Byline",
    "DateCandidate",
    "Found",
    "ParsedDate",
    "RelativeDate",
    "TitlePick",
    "choose_authors",
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
    "find_dates",
    "find_page_dates",
    "find_relative",
    "html_date_candidates",
    "jsonld_articles",
    "jsonld_objects",
    "looks_like_dateline",
    "looks_like_person_name",
    "merge",
    "parse_author_bio",
    "parse_byline",
    "parse_date",
    "parse_signature",
    "pick_title",
    "read_dom_byline",
    "read_header",
    "read_html_meta",
    "read_source",
    "read_tail",
    "source_fallbacks",
    "split_authors",
    "strip_site_name",
    "text_date_candidates",
]
