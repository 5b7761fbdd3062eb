"""Reading and writing: encodings, compressed files, documents, readers for text/HTML/JSONL/JSON/
CSV/WARC, atomic writers, and the table schema shared by CSV, Parquet and pandas exports.

Example:
    >>> sniff_kind("<html><body>x</body></html>")
    'html'
"""

from .atomic import atomic_path, atomic_write, remove_stale_parts
from .compressed import COMPRESSIONS, compression_of, decompress
from .document import Document, sniff_kind
from .encoding import decode_bytes, decode_html_bytes, decode_http_bytes
from .frames import (
    CATEGORY_COLUMNS,
    COLUMNS,
    DATE_COLUMNS,
    JSON_COLUMNS,
    article_from_row,
    article_row,
    read_parquet,
    records_to_dataframe,
    to_dataframe,
    write_parquet,
)
from .jsontext import loads_record
from .readers import FORMATS, NewsCorpusWarning, iter_formats, iter_paths, iter_records, read_warc
from .sniff import NotAPage, classify
from .warc import WarcItem, iter_warc
from .writers import CSV_COLUMNS, neutralise_formula, read_jsonl_articles, write_csv, write_jsonl

__all__ = [
    "CATEGORY_COLUMNS",
    "COLUMNS",
    "COMPRESSIONS",
    "CSV_COLUMNS",
    "DATE_COLUMNS",
    "FORMATS",
    "JSON_COLUMNS",
    "Document",
    "NewsCorpusWarning",
    "NotAPage",
    "WarcItem",
    "article_from_row",
    "article_row",
    "atomic_path",
    "atomic_write",
    "classify",
    "compression_of",
    "decode_bytes",
    "decode_html_bytes",
    "decode_http_bytes",
    "decompress",
    "iter_formats",
    "iter_paths",
    "iter_records",
    "iter_warc",
    "loads_record",
    "neutralise_formula",
    "read_jsonl_articles",
    "read_parquet",
    "read_warc",
    "records_to_dataframe",
    "remove_stale_parts",
    "sniff_kind",
    "to_dataframe",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
