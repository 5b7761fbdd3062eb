"""Reading and writing: encodings, documents, readers for text/HTML/JSONL/JSON/CSV, atomic writers.

Example:
    >>> sniff_kind("<html><body>x</body></html>")
    'html'
"""

from .atomic import atomic_write
from .document import Document, sniff_kind
from .encoding import decode_bytes, decode_html_bytes
from .readers import FORMATS, NewsCorpusWarning, iter_paths, iter_records
from .writers import CSV_COLUMNS, read_jsonl_articles, write_csv, write_jsonl

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "Document",
    "NewsCorpusWarning",
    "atomic_write",
    "decode_bytes",
    "decode_html_bytes",
    "iter_paths",
    "iter_records",
    "read_jsonl_articles",
    "sniff_kind",
    "write_csv",
    "write_jsonl",
]
