"""Small WARC files for tests and examples, written without any WARC library.

:func:`warc_record` builds one record (a page's ``response``, its ``request``, ``metadata``,
``warcinfo``, ``revisit`` or ``resource``) as bytes; :func:`write_warc` writes records to a file,
each its own gzip member when the name ends in ``.gz`` (as crawlers write them). Being bytes,
records are easy to damage on purpose: cut the last one short to test a truncated crawl.

Example:
    >>> record = warc_record("response", "https://example.org/a", b"<p>Hi</p>")
    >>> record.startswith(b"WARC/1.0\\r\\nWARC-Type: response\\r\\n")
    True
"""

from __future__ import annotations

import gzip
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ..io.atomic import atomic_path

__all__ = ["RecordKind", "warc_record", "write_warc"]

RecordKind = Literal["response", "request", "metadata", "warcinfo", "revisit", "resource"]
"""The kinds of record :func:`warc_record` builds."""

_STATUS_LINE = "HTTP/1.1 {status}\r\n"


def _http_response(status: str, content_type: str, extra: Iterable[tuple[str, str]]) -> bytes:
    lines = [_STATUS_LINE.format(status=status), f"Content-Type: {content_type}\r\n"]
    lines.extend(f"{name}: {value}\r\n" for name, value in extra)
    return ("".join(lines) + "\r\n").encode("latin-1")


def _http_request(url: str) -> bytes:
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return f"GET /{path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: test\r\n\r\n".encode("latin-1")


def _block(
    kind: RecordKind,
    url: str,
    payload: bytes,
    *,
    content_type: str,
    status: str,
    http_headers: Iterable[tuple[str, str]],
) -> tuple[str, bytes]:
    """The record's own content type and its block."""
    if kind == "response":
        head = _http_response(status, content_type, http_headers)
        return "application/http; msgtype=response", head + payload
    if kind == "revisit":
        return "application/http; msgtype=response", _http_response(status, content_type, ())
    if kind == "request":
        return "application/http; msgtype=request", _http_request(url)
    if kind == "resource":
        return content_type, payload
    return "application/warc-fields", payload or b"software: newscorpus.testing\r\n"


def warc_record(
    kind: RecordKind,
    url: str,
    payload: bytes = b"",
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = "2024-05-14T09:30:00Z",
    http_headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    """One WARC/1.0 record as bytes.

    Args:
        kind: ``"response"`` (an HTTP response: status line, headers, then ``payload``),
            ``"request"`` (a GET of ``url``), ``"metadata"`` or ``"warcinfo"`` (``payload`` as
            WARC fields), ``"revisit"`` (HTTP headers only, pointing at an earlier copy) or
            ``"resource"`` (``payload`` with ``content_type`` and no HTTP).
        url: the ``WARC-Target-URI`` (ignored for ``warcinfo``).
        payload: the page's bytes (or the record's fields).
        content_type: the HTTP ``Content-Type`` of a response or revisit, the record's own for a
            resource.
        status: the HTTP status of a response or revisit (``"301 Moved Permanently"``).
        date: the ``WARC-Date`` (ISO 8601, UTC).
        http_headers: further HTTP response headers (``("Content-Encoding", "gzip")``), written
            as given: the payload must already be encoded so.

    Example:
        >>> b"Content-Type: image/png" in warc_record("response", "https://x.org/a.png",
        ...                                           b"\\x89PNG", content_type="image/png")
        True
    """
    record_type, block = _block(
        kind, url, payload, content_type=content_type, status=status, http_headers=http_headers
    )
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{kind} {url} {date} {len(block)}")
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        f"WARC-Date: {date}",
    ]
    if kind != "warcinfo":
        headers.append(f"WARC-Target-URI: {url}")
    if kind == "revisit":
        headers.append(
            "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"
        )
        headers.append(f"WARC-Refers-To-Target-URI: {url}")
    headers += [f"Content-Type: {record_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def write_warc(
    path: str | os.PathLike[str], records: Iterable[bytes], *, compress: bool | None = None
) -> Path:
    """Write ``records`` to ``path`` (atomically) and return the path.

    Args:
        path: the file to write.
        records: records from :func:`warc_record` (or any bytes: a record cut short, garbage).
        compress: gzip each record as its own member; by default when ``path`` ends in ``.gz``.

    Example:
        >>> import tempfile, pathlib
        >>> path = write_warc(pathlib.Path(tempfile.mkdtemp()) / "a.warc.gz",
        ...                   [warc_record("warcinfo", "")])
        >>> path.read_bytes()[:2]
        b'\\x1f\\x8b'
    """
    target = Path(path)
    gzipped = target.name.lower().endswith(".gz") if compress is None else compress
    with atomic_path(target) as temp, temp.open("wb") as out:
        for record in records:
            out.write(gzip.compress(record, mtime=0) if gzipped else record)
    return target
