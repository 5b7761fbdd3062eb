"""Nexis Uni's DOCX exports read as numbered paragraphs, with the standard library's zipfile and
lxml (no Word library needed: a DOCX file is a ZIP archive whose ``word/document.xml`` holds the
paragraphs as ``w:p`` elements).

Example:
    >>> import io, zipfile
    >>> raw = io.BytesIO()
    >>> with zipfile.ZipFile(raw, "w") as z:
    ...     z.writestr("word/document.xml", '<w:document xmlns:w="' + WORD_NS + '"><w:body>'
    ...                '<w:p><w:r><w:t>Talks </w:t></w:r><w:r><w:t>resume</w:t></w:r></w:p>'
    ...                '</w:body></w:document>')
    >>> [line.text for line in docx_paragraphs(raw.getvalue(), path="a.docx", limit=10**6)]
    ['Talks resume']
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib

from lxml import etree

from ...errors import ExportError
from .layout import Line

__all__ = ["WORD_NS", "ZIP_MAGIC", "docx_paragraphs", "docx_rough_text"]

ZIP_MAGIC = b"PK\x03\x04"
"""The bytes a ZIP archive (and so a DOCX file) starts with."""

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
"""The namespace of WordprocessingML, the XML inside a DOCX file."""
_W = f"{{{WORD_NS}}}"
_DOCUMENT = "word/document.xml"
# What zipfile raises on a damaged archive: a bad directory, a corrupt deflate stream (zlib),
# offsets that point before the file (ValueError), an encrypted or unknown-method member.
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)
_PARAGRAPH_END = re.compile(r"</w:p>")
_TAG = re.compile(r"<[^>]*>")


def docx_rough_text(data: bytes, *, limit: int) -> str:
    """The words of a DOCX file's paragraphs, a line each, without parsing its XML: for
    recognising its layout only (``""`` when it is no readable DOCX file).

    Args:
        data: the file's bytes.
        limit: the most bytes the document's XML may hold once decompressed.

    Example:
        >>> docx_rough_text(b"not a zip", limit=10**6)
        ''
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_DOCUMENT)
            if info.file_size > limit:
                return ""
            xml = archive.read(info).decode("utf-8", errors="replace")
    except (KeyError, *_DAMAGED_ZIP):
        return ""
    return html.unescape(_TAG.sub("", _PARAGRAPH_END.sub("\n", xml)))


def docx_paragraphs(data: bytes, *, path: str, limit: int) -> list[Line]:
    """The paragraphs of a DOCX file's body, in order (tables' cells included), numbered from 1.

    Args:
        data: the file's bytes.
        path: the file, named in errors.
        limit: the most bytes the document's XML may hold once decompressed (a ZIP bomb is
            refused, not inflated).

    Raises:
        ExportError: not a ZIP archive, no ``word/document.xml``, too large, or not XML.

    Example:
        >>> try:
        ...     docx_paragraphs(b"PK\\x03\\x04 cut short", path="a.docx", limit=10**6)
        ... except ExportError as err:
        ...     print(err.path, "truncated or damaged" in str(err))
        a.docx True
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_DOCUMENT)
            if info.file_size > limit:
                raise ExportError(
                    f"word/document.xml decompresses to {info.file_size:,} bytes, over "
                    f"max_bytes={limit:,}",
                    path=path,
                    stage="read",
                )
            xml = archive.read(info)
    except KeyError as exc:
        raise ExportError(
            "a ZIP archive without word/document.xml: not a DOCX file", path=path, stage="read"
        ) from exc
    except _DAMAGED_ZIP as exc:
        raise ExportError(
            f"not a readable DOCX file (a truncated or damaged ZIP archive: {exc})",
            path=path,
            stage="read",
        ) from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ExportError(
            f"word/document.xml is not well-formed XML: {exc}", path=path, stage="parse"
        ) from exc
    return [
        Line(_paragraph_text(p), number) for number, p in enumerate(root.iter(f"{_W}p"), start=1)
    ]


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return "".join(parts)
