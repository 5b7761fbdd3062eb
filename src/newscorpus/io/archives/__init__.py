"""News-archive exports: LexisNexis / Nexis Uni, Factiva and ProQuest, read into Articles.

Example:
    >>> sorted(EXPORT_FORMATS)
    ['factiva', 'nexis', 'proquest']
"""

from .detect import EXPORT_FORMATS, detect_export, read_export
from .factiva import looks_like_factiva, parse_factiva, parse_factiva_html
from .fields import ArchiveDocument, language_code, read_date
from .layout import Line
from .nexis import looks_like_nexis, parse_nexis, parse_nexis_lines
from .people import split_authors
from .proquest import looks_like_proquest, parse_proquest

__all__ = [
    "EXPORT_FORMATS",
    "ArchiveDocument",
    "Line",
    "detect_export",
    "language_code",
    "looks_like_factiva",
    "looks_like_nexis",
    "looks_like_proquest",
    "parse_factiva",
    "parse_factiva_html",
    "parse_nexis",
    "parse_nexis_lines",
    "parse_proquest",
    "read_date",
    "read_export",
    "split_authors",
]
