"""Metadata parsers: dates, bylines, titles and publishers, from text and from HTML.

Example:
    >>> parse_byline("By Ann Lee and Tom Park").authors
    ('Ann Lee', 'Tom Park')
"""

from .bylines import Byline, parse_author_bio, parse_byline, parse_signature, split_authors
from .dates import ParsedDate, find_dates, looks_like_dateline, parse_date
from .found import Found, merge
from .header import read_header
from .html import jsonld_articles, read_html_meta, strip_site_name
from .names import clean_person_name, looks_like_person_name
from .sources import copyright_holder, read_source
from .tail import read_tail

__all__ = [
    "Byline",
    "Found",
    "ParsedDate",
    "clean_person_name",
    "copyright_holder",
    "find_dates",
    "jsonld_articles",
    "looks_like_dateline",
    "looks_like_person_name",
    "merge",
    "parse_author_bio",
    "parse_byline",
    "parse_date",
    "parse_signature",
    "read_header",
    "read_html_meta",
    "read_source",
    "read_tail",
    "split_authors",
    "strip_site_name",
]
