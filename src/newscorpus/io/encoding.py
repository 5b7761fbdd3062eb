"""Bytes to text: BOMs, UTF-8, UTF-16, legacy encodings, and binary files told apart.

Example:
    >>> decode_bytes("Привет, мир".encode("cp1251"))
    'Привет, мир'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello")
    'hello'
"""

from __future__ import annotations

import codecs

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from ..errors import BinaryInputError, EmptyInputError, EncodingError

__all__ = ["decode_bytes", "decode_html_bytes", "decode_http_bytes"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
)
_SAMPLE = 256 * 1024
_DECLARATION_WINDOW = 4096
# Single-byte Latin charsets (codec names): a page declaring one while its bytes are valid UTF-8
# with non-ASCII letters was saved as UTF-8 under a stale declaration.
_LATIN_SINGLE_BYTE = frozenset(
    {"iso8859_1", "iso8859_15", "cp1252", "iso8859_2", "cp1250", "iso8859_9", "cp1254"}
)
# Characters text never holds but decoded noise does: C0 controls other than white space, DEL,
# and the C1 controls. Above this share of a sample, the "text" is binary data.
_CONTROLS = frozenset(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))) - set("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.05


def _strict(data: bytes, encoding: str, path: str | None) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise EncodingError(
            f"cannot decode as {encoding}: {exc}", path=path, stage="decode"
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of each pair (the high byte) takes very few values."""
    sample = data[: 4096 - 4096 % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if 0 in high and len(set(high)) <= 4:
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            if sum(ch.isprintable() or ch.isspace() for ch in text[:2000]) >= 0.95 * min(
                len(text), 2000
            ):
                return text
    return None


def decode_bytes(
    data: bytes, *, path: str | None = None, encoding: str | None = None, allow_nul: bool = False
) -> str:
    """Decode a page's bytes, detecting the encoding unless one is forced.

    ``allow_nul=True`` is for files of records (CSV, JSONL), where a NUL byte spoils one record,
    which the reader reports, not the whole file.

    Raises:
        EmptyInputError: no text at all.
        BinaryInputError: an image, archive or other binary file (NUL bytes, or mostly control
            characters once decoded).
        EncodingError: no encoding decodes it, or the forced one fails.

    Example:
        >>> decode_bytes("café".encode("latin-1"))
        'café'
        >>> decode_bytes(b"")
        Traceback (most recent call last):
        ...
        newscorpus.errors.EmptyInputError: the input is empty
    """
    if encoding is not None:
        text = _strict(data, encoding, path)
    else:
        text = _detect(data, path, allow_nul=allow_nul)
        _refuse_noise(text, path)
    if not text.strip():
        raise EmptyInputError(
            "the input is empty" if not data else "the input holds only white space",
            path=path,
            stage="read",
        )
    return text


def _refuse_noise(text: str, path: str | None) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch in _CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryInputError(
            f"the file is binary, not text ({controls} control characters in its first "
            f"{len(sample)}); if it is text, pass encoding=...",
            path=path,
            stage="read",
        )


def _detect(data: bytes, path: str | None, *, allow_nul: bool = False) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, path)
    if not data:
        return ""
    if data.startswith(_MAGIC):
        raise BinaryInputError(
            "the file is binary (an image, archive or executable), not text",
            path=path,
            stage="read",
        )
    # NUL bytes first: UTF-16 text of Cyrillic or Greek is also valid (and wrong) UTF-8.
    if not allow_nul and b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise BinaryInputError(
            "the file holds NUL bytes: it is binary, not text", path=path, stage="read"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data, path)


def _legacy(data: bytes, path: str | None) -> str:
    """Bytes that are not UTF-8: charset-normalizer on a large enough sample; on a short one
    (where its guesses wander) runs of high bytes tell Cyrillic cp1251 from Western cp1252."""
    sample = data[:_SAMPLE]
    if len(sample) >= 1024:
        best = from_bytes(sample).best()
        if best is not None and best.encoding:
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    # Cyrillic words are runs of high bytes; Western accents sit alone inside ASCII words.
    high = [i for i, b in enumerate(sample) if b >= 0x80]
    paired = sum(
        1
        for i in high
        if (i > 0 and sample[i - 1] >= 0x80) or (i + 1 < len(sample) and sample[i + 1] >= 0x80)
    )
    cyrillic = bool(high) and paired >= 0.5 * len(high)
    order = ("cp1251", "cp1252", "latin-1") if cyrillic else ("cp1252", "cp1251", "latin-1")
    for name in order:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    raise EncodingError(
        "no text encoding fits these bytes; pass encoding=... if you know it",
        path=path,
        stage="decode",
    )


def _utf8_under_latin_label(data: bytes, declared: str) -> bool:
    """Valid UTF-8 with non-ASCII bytes, under a single-byte Latin declaration: the bytes win
    (they decode as Latin too, but into mojibake like ``AndrÃ©s``)."""
    try:
        if codecs.lookup(declared).name.replace("-", "_") not in _LATIN_SINGLE_BYTE:
            return False
        data.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return False
    return not data.isascii()


def decode_html_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """Decode an HTML page: a BOM first, then a declared charset (``<meta charset>``,
    ``http-equiv``, an XML declaration) that actually decodes the bytes,
    then detection as for text (a declared charset that fails is ignored, not trusted).
    Bytes that are valid UTF-8 under a single-byte Latin declaration (ISO-8859-1, windows-1252, …)
    are read as UTF-8: the declaration is stale.

    Example:
        >>> decode_html_bytes('<meta charset="windows-1251"><p>Да</p>'.encode("cp1251"))
        '<meta charset="windows-1251"><p>Да</p>'
    """
    if encoding is None and not data.startswith(tuple(b for b, _ in _BOMS)):
        # bs4 reads <meta charset>, http-equiv and XML declarations the way browsers do.
        name = EncodingDetector.find_declared_encoding(data[:_DECLARATION_WINDOW], is_html=True)
        if name and _utf8_under_latin_label(data, name):
            return decode_bytes(data, path=path, encoding="utf-8")
        if name:
            try:
                text = data.decode(name)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and text.strip():
                return text
    return decode_bytes(data, path=path, encoding=encoding)


def decode_http_bytes(
    data: bytes, *, charset: str | None, html: bool = True, path: str | None = None
) -> str:
    """Decode a page fetched over HTTP (a WARC response): the charset its ``Content-Type``
    header named comes first, as in a browser, unless a BOM says otherwise, the header fails to
    decode the bytes, or it is a single-byte Latin label on valid UTF-8 (servers' stale default);
    then as :func:`decode_html_bytes` (``html``) or :func:`decode_bytes` do.

    Args:
        data: the response's payload.
        charset: the header's charset, when it named one.
        html: the payload is HTML (its ``<meta charset>`` is read when the header is no help).
        path: the file (and record) named in errors.

    Example:
        >>> decode_http_bytes("Ça".encode("cp1252"), charset="windows-1252", html=False)
        'Ça'
        >>> decode_http_bytes("Ça".encode("utf-8"), charset="iso-8859-1", html=False)
        'Ça'
    """
    bom = data.startswith(tuple(b for b, _ in _BOMS))
    if charset and not bom and not _utf8_under_latin_label(data, charset):
        try:
            text = data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text.strip():
            return text
    return decode_html_bytes(data, path=path) if html else decode_bytes(data, path=path)
