"""Which files of a folder are pages: recognised by their content, whatever their name.

People save pages as ``.shtml``, ``.php``, ``.aspx``, ``article.php?id=12`` (wget) or without any
extension, and a browser's "save page, complete" puts the page's scripts, styles, images and
iframe fragments in a ``NAME_files/`` folder beside it. :func:`classify` says, for one file found
in a folder, the format to read it as, or why it is not a page (a :class:`NotAPage`).

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "story.php?id=12").write_text("<!DOCTYPE html><p>Hi</p>", encoding="utf-8")
    >>> _ = (folder / "logo.png").write_bytes(b"\\x89PNG\\r\\n")
    >>> classify(folder / "story.php?id=12")
    'html'
    >>> classify(folder / "logo.png").reason
    'an image, script, style or font (.png), not a page'
"""

from __future__ import annotations

import glob
import re
from pathlib import Path

import attrs

from ..errors import NewsCorpusError
from .archives.detect import SNIFF_BYTES, detect_export
from .compressed import COMPRESSIONS, inner_path, read_head

__all__ = ["DATA_FORMATS", "PAGE_FORMATS", "NotAPage", "classify", "export_of", "sniff_bytes"]

DATA_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
    ".warc": "warc",
}
"""Files of records, read by their extension."""

PAGE_FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
"""Pages, read by their extension (any other name in a folder is recognised by its content)."""
# Archive exports come as text, HTML, RTF or DOCX, named as the user saved them: their content
# says which archive wrote them (see newscorpus.io.archives).
_EXPORT_CONTAINERS = frozenset({"text", "html", None})
_EXPORT_SUFFIXES = frozenset({".rtf", ".docx", ".doc"})
_DOCX_LIMIT = 64 * 1024 * 1024

_SCRIPTS_AND_STYLES = (".js", ".mjs", ".css", ".map", ".wasm", ".swf")
_IMAGES = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".svg",
    ".ico",
    ".bmp",
    ".tif",
    ".tiff",
    ".avif",
)
_FONTS_AND_MEDIA = (".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm")
_MORE_MEDIA = (".ogg", ".wav", ".avi", ".mov", ".pdf", ".xml", ".rss", ".atom")
# .gz, .bz2, .xz and .zst are read: a compressed page or file of records (see .compressed).
_ARCHIVES = (".zip", ".tgz", ".7z", ".rar", ".exe", ".dll", ".so")
_RESOURCE_SUFFIXES = frozenset(
    (*_SCRIPTS_AND_STYLES, *_IMAGES, *_FONTS_AND_MEDIA, *_MORE_MEDIA, *_ARCHIVES)
)
_NOTES = (".md", ".markdown", ".rst", ".log")
_CODE = (".py", ".ipynb", ".r", ".sh", ".bat", ".ps1", ".sql")
_SETTINGS = (".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf", ".lock", ".gitignore")
_NOTES_SUFFIXES = frozenset((*_NOTES, *_CODE, *_SETTINGS))
_NOTES_NAMES = frozenset({"readme", "license", "licence", "copying", "changelog", "makefile"})

_MAGIC = (
    (b"WARC/1.", "warc"),
    (b"SQLite format 3\x00", "store"),
    (b"PAR1", "parquet"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or WAV sound)"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\x7fELF", "a program"),
)
_READABLE_MAGIC = frozenset({"store", "parquet", "warc"})

_HEAD = 4096
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|title|meta|article|main|div|p|h1|h2)\b", re.IGNORECASE
)
_SCRIPT = re.compile(
    r"""^(?:/\*|//|\(function|!function|function\b|var\s|let\s|const\s|["']use strict|window\.
    |document\.|import\s|export\s|@charset|@import|@font-face|@media)""",
    re.VERBOSE,
)


@attrs.frozen
class NotAPage:
    """A file of a folder that is no page, and why.

    Attributes:
        reason: what the file is (``"a resource of the saved page a.html ..."``).

    Example:
        >>> NotAPage("an empty file").reason
        'an empty file'
    """

    reason: str


def _suffix(path: Path) -> str:
    """The extension, without a query string (``article.php?id=12`` → ``.php``)."""
    return Path(path.name.split("?", 1)[0]).suffix.lower()


def _saved_page_of(path: Path, root: Path) -> str | None:
    """The saved page whose ``NAME_files/`` resource folder holds ``path``, if any."""
    for parent in path.relative_to(root).parents:
        name = parent.name
        if name.endswith("_files") and len(name) > len("_files"):
            page = name[: -len("_files")]
            folder = root / parent.parent
            found = sorted(p.name for p in folder.glob(f"{glob.escape(page)}.*") if p.is_file())
            if found:
                return found[0]
    return None


def sniff_bytes(head: bytes) -> str | NotAPage:
    """The format the first bytes of a file say it has, or why it is not a page.

    Args:
        head: the file's first few kilobytes.

    Example:
        >>> sniff_bytes(b"<html><body><p>Hi</p></body></html>"), sniff_bytes(b'{"text": "x"}\\n')
        ('html', 'jsonl')
        >>> sniff_bytes(b"%PDF-1.4").reason
        'a PDF document, not a page'
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what if what in _READABLE_MAGIC else NotAPage(f"{what}, not a page")
    if b"\x00" in head:
        return NotAPage("binary data (NUL bytes), not a page")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        return NotAPage("an empty file")
    return _sniff_text(text)


def _sniff_text(text: str) -> str:
    if text.startswith("<"):
        return "html" if _HTML_TAG.search(text) else "text"
    if text.startswith("{") and text.split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    if _HTML_TAG.search(text[:_HEAD]) and "</" in text:
        return "html"
    return "text"


def _looks_like_code(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    return bool(_SCRIPT.match(text))


def classify(path: Path, root: Path | None = None) -> str | NotAPage:
    """How to read ``path``, a file found in the folder ``root``: the format (``"text"``,
    ``"html"``, ``"jsonl"``, ``"json"``, ``"csv"``, ``"parquet"``, ``"store"``, ``"warc"``, or an
    archive export's ``"nexis"``, ``"factiva"``, ``"proquest"``), or why it is not a page.

    Files of records and ``.txt``/``.html``/``.htm`` go by their extension, compressed ones
    (``.gz``, ``.bz2``, ``.xz``, ``.zst``) by the extension before it; a resource of a
    saved page (in its ``NAME_files/`` folder), a file named as a script, style, image, font or
    archive, and notes, code or settings (``README.md``, ``.py``, ``.yml``) are not pages; a news
    archive's export (text, HTML, RTF or DOCX) goes by its content (:func:`~newscorpus.io.sniff.export_of`); every
    other file goes by its content (decompressed when its first bytes say it is compressed).

    Args:
        path: the file.
        root: the folder it was found in (``path``'s own folder when ``None``).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> (folder / "a_files").mkdir()
        >>> for name in ("a.html", "a_files/saved_resource.html"):
        ...     _ = (folder / name).write_text("<html><p>x</p></html>", encoding="utf-8")
        >>> classify(folder / "a_files" / "saved_resource.html", folder).reason
        "a resource of the saved page a.html (its 'save page, complete' folder), not a page"
    """
    by_name = _by_name(path, root if root is not None else path.parent)
    if by_name in _EXPORT_CONTAINERS or _suffix(path) in _EXPORT_SUFFIXES:
        export = export_of(path)
        if export is not None:
            return export
    return by_name if by_name is not None else _by_content(path)


def export_of(path: Path) -> str | None:
    """The news archive whose export ``path`` is (``"nexis"``, ``"factiva"``, ``"proquest"``),
    read from its content; ``None`` for any other file, or one that cannot be read (reading it
    again reports the problem under the error policy).

    Args:
        path: the file (compressed or not; a DOCX file is opened as the ZIP archive it is).

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "export.txt"
        >>> _ = path.write_text("  1 of 2 DOCUMENTS\\n\\n  The Courier\\n", encoding="utf-8")
        >>> export_of(path), export_of(pathlib.Path("no-such-file"))
        ('nexis', None)
    """
    try:
        head = read_head(path, SNIFF_BYTES)
        if head.startswith(b"PK\x03\x04") and path.stat().st_size <= _DOCX_LIMIT:
            head = path.read_bytes()
        return detect_export(head)
    except (OSError, NewsCorpusError):
        return None


def _by_name(path: Path, root: Path) -> str | NotAPage | None:
    """What the file's place and name say, or ``None`` when they say nothing."""
    page = _saved_page_of(path, root)
    if page is not None:
        return NotAPage(
            f"a resource of the saved page {page} (its 'save page, complete' folder), not a page"
        )
    suffix = _suffix(path)
    if suffix in COMPRESSIONS:
        return _by_inner_name(path)
    known = DATA_FORMATS.get(suffix) or PAGE_FORMATS.get(suffix)
    if known is not None:
        return known
    if suffix in _RESOURCE_SUFFIXES:
        return NotAPage(f"an image, script, style or font ({suffix}), not a page")
    if suffix in _NOTES_SUFFIXES or path.name.lower() in _NOTES_NAMES:
        return NotAPage(f"notes, code or settings ({suffix or path.name}), not a page")
    return None


def _by_inner_name(path: Path) -> str | None:
    """A compressed file's format, from its name without the compression extension
    (``page.html.gz`` → ``"html"``); ``None`` (go by content) when that name says nothing."""
    inner = _suffix(inner_path(Path(path.name.split("?", 1)[0])))
    return DATA_FORMATS.get(inner) or PAGE_FORMATS.get(inner)


def _by_content(path: Path) -> str | NotAPage:
    """What the first bytes say, decompressed first when the file is compressed."""
    try:
        head = read_head(path, _HEAD)
    except (OSError, NewsCorpusError):
        return "text"  # reading it again reports the problem under the error policy
    if _looks_like_code(head):
        return NotAPage("a script or style sheet, not a page")
    return sniff_bytes(head)
