"""Metadata parsers: dates, bylines, titles and publishers, from text and from HTML.

Example:
    >>> parse_byline("By Ann Lee and Tom Park").authors
    ('Ann Lee', 'Tom Park')
"""

from .bylines import (
    Byline,
    contributors,
    parse_author_bio,
    parse_byline,
    parse_signature,
    split_authors,
)
from .dates import ParsedDate, find_dates, looks_like_dateline, parse_date
from .domauthors import read_dom_byline
from .found import Found, merge
from .header import read_header
from .html import jsonld_articles, read_html_meta, strip_site_name
from .htmlauthors import AuthorCandidate, choose_authors
from .names import clean_person_name, looks_like_person_name
from .sources import copyright_holder, read_source, source_fallbacks
from .tail import read_tail
from .titles import TitlePick, pick_title

__all__ = [
    "AuthorCandidate",
    "Byline",
    "Found",
    "ParsedDate",
    "TitlePick",
    "choose_authors",
    "clean_person_name",
    "contributors",
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
    "pick_title",
    "read_dom_byline",
    "read_header",
    "read_html_meta",
    "read_source",
    "read_tail",
    "source_fallbacks",
    "split_authors",
    "strip_site_name",
]
