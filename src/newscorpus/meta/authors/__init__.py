"""Authors of a page: person names, bylines in text, byline elements and author candidates in
markup, signatures after the body, and the choice among candidates.

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
from .choose import choose_authors
from .elements import read_dom_byline
from .markup import AuthorCandidate
from .names import clean_person_name, looks_like_person_name
from .signatures import read_tail

__all__ = [
    "AuthorCandidate",
    "Byline",
    "choose_authors",
    "clean_person_name",
    "contributors",
    "looks_like_person_name",
    "parse_author_bio",
    "parse_byline",
    "parse_signature",
    "read_dom_byline",
    "read_tail",
    "split_authors",
]
