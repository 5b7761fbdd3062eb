"""Compressed files (gzip, bzip2, xz, zstd), recognised by their first bytes, whatever their name.

The standard library decompresses gzip, bzip2 and xz; zstd needs the optional ``zstandard``
package (``pip install 'newscorpus[zstd]'``). What a file decompresses to is capped (the
caller's ``LoadOptions.max_bytes``): a decompression bomb is refused with a
:class:`~newscorpus.errors.CompressionError` after reading at most that many bytes.

Example:
    >>> import gzip
    >>> compression_of(gzip.compress(b"hello")), compression_of(b"hello")
    ('gzip', None)
    >>> decompress(gzip.compress(b"hello"), path="a.txt.gz", limit=100)
    b'hello'
    >>> inner_path(Path("page.html.gz")).name
    'page.html'
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from pathlib import Path
from typing import IO, Any

from ..errors import CompressionError, import_extra

__all__ = ["COMPRESSIONS", "compression_of", "decompress", "inner_path", "read_head"]

COMPRESSIONS = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".zst": "zstd"}
"""File extensions of compressed files, and the compression each names."""

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
_FAILURES = (OSError, EOFError, lzma.LZMAError, zlib.error, ValueError)
_ZSTD_CHUNK = 1024
_HEAD_INPUT = 64 * 1024


def compression_of(head: bytes) -> str | None:
    """The compression a file's first bytes announce (``"gzip"``, ``"bzip2"``, ``"xz"``,
    ``"zstd"``), or ``None`` for uncompressed data.

    Args:
        head: the file's first bytes (six are enough).

    Example:
        >>> compression_of(b"BZh91AY"), compression_of(b"<html>")
        ('bzip2', None)
    """
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def inner_path(path: Path) -> Path:
    """``path`` without its compression extension (``corpus.jsonl.bz2`` → ``corpus.jsonl``);
    ``path`` itself when it has none.

    Args:
        path: the file's path.

    Example:
        >>> inner_path(Path("corpus.jsonl.bz2")).name, inner_path(Path("a.txt")).name
        ('corpus.jsonl', 'a.txt')
    """
    return path.with_suffix("") if path.suffix.lower() in COMPRESSIONS else path


def _truncated(compression: str, path: str, detail: str) -> CompressionError:
    return CompressionError(
        f"a truncated or corrupt {compression} file ({detail}); "
        "compress it again from the original, or leave it out",
        path=path,
        stage="read",
    )


def _zstd_frame(decoder: Any, data: bytes, out: bytearray, size: int, path: str) -> bytes:
    """Decode one zstd frame into ``out`` (small input chunks keep a bomb's overshoot small);
    returns the bytes after the frame."""
    for start in range(0, len(data), _ZSTD_CHUNK):
        out += decoder.decompress(data[start : start + _ZSTD_CHUNK])
        if decoder.eof:
            rest: bytes = decoder.unused_data + data[start + _ZSTD_CHUNK :]
            return rest
        if len(out) >= size:
            return b""
    raise _truncated("zstd", path, "the data ends inside a frame")


def _zstd_inflate(data: bytes, path: str, size: int) -> bytes:
    zstandard = import_extra("zstandard", "zstd", f"{path}: reading a zstd-compressed file")
    out = bytearray()
    rest = data
    try:
        while rest and len(out) < size:
            rest = _zstd_frame(zstandard.ZstdDecompressor().decompressobj(), rest, out, size, path)
    except zstandard.ZstdError as exc:
        raise _truncated("zstd", path, str(exc)) from exc
    return bytes(out[:size])


def _open(raw: IO[bytes], compression: str) -> gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile:
    if compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if compression == "bzip2":
        return bz2.BZ2File(raw, mode="rb")
    return lzma.LZMAFile(raw, mode="rb")


def _inflate(data: bytes, compression: str, path: str, size: int) -> bytes:
    """Up to ``size`` decompressed bytes of ``data``."""
    if compression == "zstd":
        return _zstd_inflate(data, path, size)
    try:
        with _open(io.BytesIO(data), compression) as stream:
            return stream.read(size)
    except _FAILURES as exc:
        raise _truncated(compression, path, str(exc) or type(exc).__name__) from exc


def decompress(data: bytes, *, path: str, limit: int) -> bytes:
    """``data`` decompressed when its first bytes say it is compressed, else ``data`` itself.

    Args:
        data: the file's bytes.
        path: the file, named in errors.
        limit: the most bytes it may decompress to (``LoadOptions.max_bytes``).

    Raises:
        CompressionError: the data is truncated or corrupt, or decompresses past ``limit``.
        MissingExtraError: zstd data without the ``zstandard`` package (the ``zstd`` extra).

    Example:
        >>> import lzma
        >>> decompress(lzma.compress(b"x" * 1000), path="big.xz", limit=10)
        Traceback (most recent call last):
        ...
        newscorpus.errors.CompressionError: big.xz: decompresses to more than max_bytes=10 bytes ...
    """
    compression = compression_of(data)
    if compression is None:
        return data
    out = _inflate(data, compression, path, limit + 1)
    if len(out) > limit:
        raise CompressionError(
            f"decompresses to more than max_bytes={limit:,} bytes (a decompression bomb, or a "
            "file larger than allowed: raise LoadOptions.max_bytes to read it)",
            path=path,
            stage="read",
        )
    return out


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of the file, decompressed when it is compressed.

    Args:
        path: the file.
        size: how many bytes.

    Raises:
        OSError: the file cannot be read.
        CompressionError: the start of a compressed file is corrupt.
        MissingExtraError: a zstd file without the ``zstd`` extra.

    Example:
        >>> import gzip, tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "page"
        >>> _ = path.write_bytes(gzip.compress(b"<html><p>Hi</p></html>"))
        >>> read_head(path, 6)
        b'<html>'
    """
    with path.open("rb") as raw:
        data = raw.read(_HEAD_INPUT)
    compression = compression_of(data)
    if compression is None:
        return data[:size]
    return _inflate(data, compression, str(path), size)
