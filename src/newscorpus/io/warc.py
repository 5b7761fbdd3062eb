"""WARC files (``.warc``, ``.warc.gz``, any name when the content says so): one
:class:`~newscorpus.io.document.Document` per HTTP response holding a page.

A crawl's WARC holds much besides its pages: the crawler's ``warcinfo``, a ``request`` and often
a ``metadata`` record per fetch, images, scripts and styles, redirects and errors, ``revisit``
records pointing back at an earlier copy. :func:`iter_warc` gives each page (a ``response`` or
``resource`` record of HTML or plain text, HTTP status 200) as a document with its URL
(``WARC-Target-URI``), its crawl time (``WARC-Date``, the reference time for relative dates)
and its text decoded with the charset of the HTTP ``Content-Type`` header; every other record
is a :class:`~newscorpus.errors.Skipped` (``"NotAPage"``) naming the record and why. A truncated
record is a :class:`~newscorpus.errors.RecordError` naming the file, the record and its byte
offset (the offset of its gzip member in a ``.warc.gz``), and so is corrupt data, after which
the rest of the file cannot be read.

Records are read with FastWARC (``pip install 'newscorpus[warc]'``): on the same per-record gzip
WARC it read 2.4 times as many records per second as warcio, and it reports a gzip member cut
short where warcio ends the file without a word (``benchmarks/warc.py``).

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.testing import warc_record, write_warc
    >>> path = write_warc(pathlib.Path(tempfile.mkdtemp()) / "crawl.warc.gz", [
    ...     warc_record("request", "https://example.org/a"),
    ...     warc_record("response", "https://example.org/a", b"<html><p>Hello</p></html>"),
    ... ])
    >>> [type(item).__name__ for item in iter_warc(path, max_bytes=10**6)]
    ['Skipped', 'Document']
"""

from __future__ import annotations

import bz2
import contextlib
import importlib
import lzma
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from ..article import Origin
from ..errors import (
    InputError,
    NewsCorpusError,
    RecordError,
    Skipped,
    import_extra,
)
from .compressed import compression_of
from .document import Document
from .encoding import decode_bytes, decode_html_bytes, decode_http_bytes
from .sniff import NotAPage, sniff_bytes

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

__all__ = ["WarcItem", "iter_warc"]

WarcItem = Document | Skipped | NewsCorpusError
"""What :func:`iter_warc` gives for each record: a page, a record that is no page, or an error
(which the caller's error policy settles)."""

_Head = tuple[str, str | None, tuple[str, ...]]
"""A page record's content type, charset and payload encodings (transfer, then content)."""

_PAGE_TYPES: dict[str, Literal["html", "text"]] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
_UNTYPED = ("", "application/octet-stream", "unknown/unknown")
_GZIP = ("gzip", "x-gzip")
_SNIFF = 4096


@contextlib.contextmanager
def _open(path: Path) -> Iterator[IO[bytes]]:
    """The file, decompressed here when FastWARC cannot (bzip2, xz); it reads gzip and zstd
    itself, member by member, which keeps each record's offset."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path), stage="read") from exc
    with raw:
        compression = compression_of(raw.read(8))
        raw.seek(0)
        if compression == "bzip2":
            with bz2.BZ2File(raw) as stream:
                yield stream
        elif compression == "xz":
            with lzma.LZMAFile(raw) as stream:
                yield stream
        else:
            yield raw


def iter_warc(
    path: Path,
    *,
    max_bytes: int,
    encoding: str | None = None,
    span: tuple[int, int] | None = None,
) -> Iterator[WarcItem]:
    """Each record of the WARC file ``path``: a :class:`Document` for a page, a
    :class:`~newscorpus.errors.Skipped` for a record that is no page, an error for a record that
    cannot be read (the caller applies its error policy; corrupt data ends the file).

    Args:
        path: the WARC file (plain, or compressed with gzip, zstd, bzip2 or xz).
        max_bytes: a record larger than this is refused with an
            :class:`~newscorpus.errors.InputError` (raise ``LoadOptions.max_bytes`` to read it).
        encoding: decode every page with this encoding instead of the HTTP header's charset.
        span: only the records that start in this byte range ``(start, end)``: offsets in
            the file as stored (each gzip member's in a ``.warc.gz``), in the decompressed
            stream for bzip2 and xz; the others are passed over unread and unreported. Spans
            that tile the file split it among workers, each scanning the file but reading and
            reporting only its own records, in order; corrupt data is reported by the span it
            was found in.

    Raises:
        MissingExtraError: FastWARC is not installed (the ``warc`` extra).
        InputError: the file cannot be opened.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.testing import warc_record, write_warc
        >>> path = write_warc(pathlib.Path(tempfile.mkdtemp()) / "crawl.warc", [
        ...     warc_record("response", "https://example.org/logo.png", b"\\x89PNG",
        ...                 content_type="image/png")])
        >>> print(next(iter_warc(path, max_bytes=10**6)).reason)
        record 1 (byte offset 0): image/png content from https://example.org/logo.png, not a page
    """
    warc = import_extra("fastwarc.warc", "warc", f"{path}: reading a WARC file")
    reading = _Reading(warc, path, max_bytes, encoding)
    with _open(path) as stream:
        records = iter(
            warc.ArchiveIterator(
                stream, record_types=warc.WarcRecordType.any_type, parse_http=False
            )
        )
        number, offset = 0, 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (OSError, ValueError) as exc:
                if _within(span, offset):
                    yield _corrupt(path, number, offset, exc)
                return
            number, offset = number + 1, record.stream_pos
            if not _within(span, offset):
                if span is not None and offset >= span[1]:
                    return
                continue
            try:
                yield reading.item(record, number)
            except (OSError, ValueError, zlib.error) as exc:
                yield _corrupt(path, number, offset, exc)
                return


def _within(span: tuple[int, int] | None, offset: int) -> bool:
    return span is None or span[0] <= offset < span[1]


def _corrupt(path: Path, number: int, offset: int, exc: Exception) -> RecordError:
    after = f"after record {number} (byte offset {offset:,})" if number else "at its start"
    return RecordError(
        f"corrupt WARC data {after}: {exc or type(exc).__name__}; the rest of the file cannot "
        "be read (copy it again from the crawl, or leave it out)",
        path=str(path),
        stage="read",
    )


@attrs.frozen
class _Reading:
    """One WARC file being read: what every record's reading needs."""

    warc: Any
    path: Path
    max_bytes: int
    encoding: str | None

    def item(self, record: WarcRecord, number: int) -> WarcItem:
        where = f"record {number} (byte offset {record.stream_pos:,})"
        url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>") or None
        head = self.head(record, where, url)
        if not isinstance(head, tuple):
            return head
        payload = record.reader.read()
        if len(payload) < record.content_length:
            return self.error(
                RecordError,
                f"{where}: a truncated record ({len(payload):,} of {record.content_length:,} "
                f"payload bytes) for {url}; the crawl was cut short or the file copied in part",
            )
        document = self.page(payload, head, where=where, url=url)
        if isinstance(document, Document):
            origin = Origin(path=str(self.path), line=number, format="warc")
            return attrs.evolve(document, origin=origin, crawled=record.record_date)
        return document

    def head(self, record: WarcRecord, where: str, url: str | None) -> _Head | WarcItem:
        """A page record's content type, charset and encodings, or why it gives no page."""
        types = self.warc.WarcRecordType
        if record.record_type not in (types.response, types.resource):
            return self.not_a_page(where, f"a {_type_name(self.warc, record.record_type)} record")
        declared = _declared_length(record)
        if declared is None:
            return self.error(
                RecordError, f"{where}: a truncated or corrupt record (no valid Content-Length)"
            )
        if declared > self.max_bytes:
            return self.error(
                InputError,
                f"{where}: the record is {declared:,} bytes, over max_bytes={self.max_bytes:,} "
                "(raise LoadOptions.max_bytes to read it)",
            )
        head = _http_head(record, types, url)
        return self.not_a_page(where, head) if isinstance(head, str) else head

    def page(self, payload: bytes, head: _Head, *, where: str, url: str | None) -> WarcItem:
        """The page in ``payload`` (its origin and crawl time still to be set)."""
        content_type, charset, encodings = head
        try:
            body = _decoded(payload, encodings, self.max_bytes)
        except ValueError as exc:
            return self.error(RecordError, f"{where}: {exc} ({url})", stage="decode")
        kind = _page_kind(content_type, body)
        if kind is None:
            return self.not_a_page(where, f"{content_type or 'binary'} content from {url}")
        name = str(self.path)
        try:
            if self.encoding is not None:  # the caller's encoding, strictly
                decode = decode_html_bytes if kind == "html" else decode_bytes
                text = decode(body, path=name, encoding=self.encoding)
            else:
                text = decode_http_bytes(body, charset=charset, html=kind == "html", path=name)
        except NewsCorpusError as err:
            return self.error(type(err), f"{where}: {err.message} ({url})", stage=err.stage)
        return Document(content=text, kind=kind, url=url)

    def not_a_page(self, where: str, what: str) -> Skipped:
        return Skipped(path=str(self.path), reason=f"{where}: {what}, not a page", error="NotAPage")

    def error(
        self, kind: type[NewsCorpusError], message: str, *, stage: str | None = "read"
    ) -> NewsCorpusError:
        return kind(message, path=str(self.path), stage=stage)


def _type_name(warc: Any, kind: Any) -> str:
    types = warc.WarcRecordType
    for name in ("request", "metadata", "warcinfo", "revisit", "conversion", "continuation"):
        if kind == getattr(types, name):
            return name
    return "unknown"


def _declared_length(record: WarcRecord) -> int | None:
    value = record.headers.get("Content-Length") or ""
    return int(value) if value.strip().isdigit() else None


def _http_head(record: WarcRecord, types: Any, url: str | None) -> _Head | str:
    """The content type, charset and payload encodings of a page record, or why it is none."""
    if record.record_type == types.resource:
        media, _, params = (record.headers.get("Content-Type") or "").partition(";")
        charset = params.partition("charset=")[2].strip(" \"'") or None
        return media.strip().lower(), charset, ()
    problem = _not_http(record, url)
    if problem is not None:
        return problem
    status = record.http_headers.status_code
    if status != 200:
        return f"HTTP status {status} for {url}"
    if url and url.split("?", 1)[0].endswith("/robots.txt"):
        return f"the crawler's robots.txt ({url})"
    headers = record.http_headers
    encodings = tuple(
        part.strip().lower()
        for name in ("Transfer-Encoding", "Content-Encoding")
        for part in (headers.get(name) or "").split(",")
        if part.strip() and part.strip().lower() != "identity"
    )
    return (record.http_content_type or "").lower(), record.http_charset, encodings


def _not_http(record: WarcRecord, url: str | None) -> str | None:
    """Why a response record holds no HTTP response, or ``None`` once its headers are parsed."""
    declared = (record.headers.get("Content-Type") or "").strip()
    if not declared:  # FastWARC parses HTTP only where the record says it holds some
        return f"a response without a content type (not HTTP) for {url}"
    if not declared.lower().startswith("application/http"):
        return f"a {declared} response (not HTTP) for {url}"
    record.parse_http()
    if record.http_headers is None:
        return f"a response without HTTP headers for {url}"
    return None


def _page_kind(content_type: str, body: bytes) -> Literal["html", "text"] | None:
    """``"html"`` or ``"text"``, from the content type, or from the bytes when it says nothing."""
    if content_type not in _UNTYPED:
        return _PAGE_TYPES.get(content_type)
    sniffed = sniff_bytes(body[:_SNIFF])
    if isinstance(sniffed, NotAPage):
        return None
    return _PAGE_TYPES.get({"html": "text/html", "text": "text/plain"}.get(sniffed, ""))


def _decoded(payload: bytes, encodings: tuple[str, ...], limit: int) -> bytes:
    """The payload with its transfer and content encodings undone, in the order applied."""
    for name in encodings:
        if name == "chunked":
            payload = _dechunk(payload)
        elif name in (*_GZIP, "deflate"):
            payload = _inflate(payload, name, limit)
        elif name == "br":
            payload = _brotli(payload, limit)
        else:
            raise ValueError(f"an unknown payload encoding {name!r}")
    return payload


def _dechunk(data: bytes) -> bytes:
    """HTTP chunked transfer coding undone (a chunk-size line, the chunk, CRLF, ... size 0)."""
    out = bytearray()
    pos = 0
    while True:
        end = data.find(b"\n", pos)
        if end < 0:
            raise ValueError("a chunked payload without its final chunk")
        size_text = data[pos:end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise ValueError(
                f"a chunked payload with a bad chunk size {size_text[:20]!r}"
            ) from None
        if size == 0:
            return bytes(out)
        start = end + 1
        if start + size > len(data):
            raise ValueError("a chunked payload cut short")
        out += data[start : start + size]
        pos = start + size
        pos += 2 if data[pos : pos + 2] == b"\r\n" else 1


def _inflate(data: bytes, name: str, limit: int) -> bytes:
    """gzip or deflate content coding undone, up to ``limit`` bytes. A payload that does not
    start as announced was stored decoded already (as some crawlers do): kept as it is."""
    if name in _GZIP and not data.startswith(b"\x1f\x8b"):
        return data
    wbits = zlib.MAX_WBITS | 32 if name in _GZIP or data[:1] == b"\x78" else -zlib.MAX_WBITS
    decoder = zlib.decompressobj(wbits)
    try:
        out = decoder.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"a corrupt {name} payload ({exc})") from exc
    if len(out) > limit:
        raise ValueError(f"a {name} payload that inflates past max_bytes={limit:,}")
    if not decoder.eof:
        raise ValueError(f"a corrupt or truncated {name} payload (its stream does not end)")
    return out


def _brotli(data: bytes, limit: int) -> bytes:
    try:
        brotli = importlib.import_module("brotli")
    except ImportError:
        raise ValueError("a brotli payload, and the brotli package is not installed") from None
    try:
        out: bytes = brotli.decompress(data)
    except brotli.error as exc:
        raise ValueError(f"a corrupt brotli payload ({exc})") from exc
    if len(out) > limit:
        raise ValueError(f"a brotli payload that inflates past max_bytes={limit:,}")
    return out
