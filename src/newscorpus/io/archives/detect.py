"""Which archive wrote a file, and reading it: the entry points the loaders use.

A file is recognised by its content, whatever its name: the container first (DOCX, RTF, HTML or
text), then the archive's layout in it (:func:`~.nexis.looks_like_nexis`,
:func:`~.factiva.looks_like_factiva`, :func:`~.proquest.looks_like_proquest`).

Example:
    >>> detect_export(b"   1 of 3 DOCUMENTS\\n\\n   The Courier\\n")
    'nexis'
    >>> detect_export(b"<html><p>A page</p></html>") is None
    True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ...article import Article
from ...errors import ExportError
from ..encoding import decode_bytes
from .docx import ZIP_MAGIC, docx_paragraphs, docx_rough_text
from .factiva import looks_like_factiva, parse_factiva, parse_factiva_html
from .nexis import looks_like_nexis, parse_nexis, parse_nexis_lines
from .proquest import looks_like_proquest, parse_proquest
from .rtf import RTF_MAGIC, rough_text, rtf_to_text

__all__ = ["EXPORT_FORMATS", "SNIFF_BYTES", "detect_export", "read_export"]

EXPORT_FORMATS = ("nexis", "factiva", "proquest")
"""The archives' format names, as ``Corpus.load(format=...)`` takes them."""

SNIFF_BYTES = 512 * 1024
"""How much of a file recognising its archive reads (a ProQuest cover lists every title)."""

_LOOKS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("nexis", looks_like_nexis),
    ("factiva", looks_like_factiva),
    ("proquest", looks_like_proquest),
)
_HTML_START = ("<", "\ufeff<")


def _head_text(head: bytes) -> str:
    if head.lstrip().startswith(RTF_MAGIC):
        return rough_text(head.decode("cp1252", errors="replace"))
    return head.decode("utf-8", errors="replace")


def detect_export(head: bytes) -> str | None:
    """The archive whose export ``head`` (a file's first bytes, or all of a DOCX file) is:
    ``"nexis"``, ``"factiva"`` or ``"proquest"``; ``None`` for anything else.

    Args:
        head: the file's first :data:`~newscorpus.io.archives.detect.SNIFF_BYTES` bytes (a DOCX file: all of it).

    Example:
        >>> detect_export(b"HD\\tTalks\\nWC\\t5 words\\nPD\\t5 March 2010\\nSN\\tCourier\\n")
        'factiva'
    """
    if head.startswith(ZIP_MAGIC):
        return "nexis" if looks_like_nexis(docx_rough_text(head, limit=64 * 1024 * 1024)) else None
    if b"\x00" in head[:4096]:
        return None
    text = _head_text(head)
    return next((name for name, looks in _LOOKS if looks(text)), None)


def read_export(
    data: bytes, format: str, *, path: str, encoding: str | None = None, limit: int = 2**26
) -> Iterator[Article | ExportError]:
    """Every document of an archive export: an Article each, or an ExportError (naming the file
    and the document's number) for one that cannot be read. The container (DOCX, RTF, HTML or
    text) is recognised by the bytes.

    Args:
        data: the file's bytes (already decompressed).
        format: ``"nexis"``, ``"factiva"`` or ``"proquest"``.
        path: the file, named in errors and in each article's origin.
        encoding: force a text encoding instead of detecting one.
        limit: the most bytes a DOCX file's XML may decompress to.

    Raises:
        ExportError: a format that is not an archive's, or a file that cannot be read at all
            (a damaged DOCX, RTF or HTML file).
        MissingExtraError: an RTF export without ``striprtf`` (the ``[rtf]`` extra).

    Example:
        >>> [a.title for a in read_export(b"HD Talks\\nTD\\nOne.\\n", "factiva", path="f.txt")]
        ['Talks']
    """
    if format not in EXPORT_FORMATS:
        raise ExportError(
            f"unknown archive format {format!r}; use one of {', '.join(EXPORT_FORMATS)}",
            path=path,
            stage="read",
        )
    if data.startswith(ZIP_MAGIC):  # a DOCX file, or a damaged one: docx_paragraphs says which
        if format != "nexis":
            raise ExportError(
                f"a DOCX file, which only Nexis Uni exports; not a {format} export",
                path=path,
                stage="read",
            )
        return parse_nexis_lines(docx_paragraphs(data, path=path, limit=limit), path=path)
    if data.lstrip().startswith(RTF_MAGIC):
        text = rtf_to_text(data, path=path)
    else:
        text = decode_bytes(data, path=path, encoding=encoding)
    if format == "factiva" and text.lstrip().startswith(_HTML_START):
        return parse_factiva_html(text, path=path)
    parse = {"nexis": parse_nexis, "factiva": parse_factiva, "proquest": parse_proquest}[format]
    return parse(text, path=path)
