"""Finding files and reading them into documents or articles: text, HTML, JSONL, JSON, CSV, WARC.

Example:
    >>> import tempfile, pathlib
    >>> from newscorpus.options import LoadOptions
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("The river rose overnight.", encoding="utf-8")
    >>> [d.kind for d in iter_records(folder, LoadOptions(), [])]
    ['text']
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from ..article import Article, Origin
from ..errors import (
    EmptyInputError,
    ExportError,
    InputError,
    NewsCorpusError,
    Skipped,
)
from ..options import LoadOptions
from .archives.detect import EXPORT_FORMATS, read_export
from .compressed import decompress, inner_path
from .document import Document, sniff_kind
from .encoding import decode_bytes, decode_html_bytes
from .frames import read_parquet
from .records import NewsCorpusWarning, apply_policy, read_csv, read_json, read_jsonl
from .sniff import DATA_FORMATS, PAGE_FORMATS, NotAPage, classify, export_of
from .warc import iter_warc

__all__ = [
    "FORMATS",
    "FileReader",
    "NewsCorpusWarning",
    "iter_formats",
    "iter_paths",
    "iter_records",
    "read_warc",
]

FileReader = Callable[[Path], Iterator[Article]]
"""Reads the articles of one file of a format the readers here do not know (the store)."""

FORMATS = {**PAGE_FORMATS, ".xhtml": "html", **DATA_FORMATS}
"""File extensions read, and the format each is read as."""


def _expand(pattern: str) -> list[Path]:
    if any(ch in pattern for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(pattern, recursive=True))
    return [Path(pattern)]


def _broken_link(path: Path) -> bool:
    """A symbolic link whose target is missing, or a loop of links."""
    return path.is_symlink() and not path.exists()


def _readable(path: Path) -> bool:
    return path.is_file() or _broken_link(path)


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(folder).parts) and _readable(p)
    )


def iter_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The files to read: a file, a folder (recursively, sorted, hidden files skipped) or a glob.

    Every file of a folder is given, whatever its name: :func:`iter_records` recognises the pages
    among them by their content. Broken symbolic links (dangling, or a loop) are given too, so
    that reading them reports them (an :class:`~newscorpus.errors.InputError`, or a
    :class:`~newscorpus.errors.Skipped` record) instead of leaving them out unsaid.

    Args:
        paths: a file, a folder or a glob, or several.

    Raises:
        InputError: a path that does not exist.
        EmptyInputError: a folder without any file.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("b.txt", "a.html", "story.php?id=2", ".hidden.txt"):
        ...     _ = (folder / name).write_text("x", encoding="utf-8")
        >>> [p.name for p in iter_paths(folder)]
        ['a.html', 'b.txt', 'story.php?id=2']
    """
    return (path for path, _root in _entries(paths))


def _entries(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, Path | None]]:
    """Each file with the folder it was found in (``None`` for a file named or globbed)."""
    items = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    for item in items:
        candidates = _expand(os.fspath(item))
        if not candidates or not any(c.exists() or c.is_symlink() for c in candidates):
            raise InputError("no such file or folder", path=os.fspath(item), stage="read")
        for candidate in candidates:
            if candidate.is_dir():
                found = _folder_files(candidate)
                if not found:
                    raise EmptyInputError(
                        "no files in this folder", path=str(candidate), stage="read"
                    )
                yield from ((path, candidate) for path in found)
            elif _readable(candidate):
                yield candidate, None


def _kind(path: Path, root: Path | None, format: str | None) -> str | NotAPage:
    """The format to read ``path`` as. A file found in a folder that is no page is a
    :class:`NotAPage`; a file named or globbed is read whatever it is (its problems then follow
    the error policy)."""
    if format is not None:
        return format
    if root is not None:
        return classify(path, root)
    known = FORMATS.get(inner_path(path).suffix.lower())
    if known in ("text", "html"):
        return export_of(path) or known
    if known is not None:
        return known
    sniffed = classify(path)
    return "text" if isinstance(sniffed, NotAPage) else sniffed


def iter_formats(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, format: str | None = None
) -> Iterator[tuple[Path, str | NotAPage]]:
    """Each file of ``paths`` with the format :func:`iter_records` reads it as, or why it is no
    page (a file of a folder only; a file named or globbed is always read).

    Args:
        paths: a file, a folder or a glob, or several.
        format: read every file as this format instead of recognising it.

    Raises:
        InputError: a path that does not exist (``EmptyInputError``: a folder without files).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = [(folder / name).write_bytes(b"x") for name in ("a.jsonl", "b.png")]
        >>> [(p.name, getattr(kind, "reason", kind)) for p, kind in iter_formats(folder)]
        [('a.jsonl', 'jsonl'), ('b.png', 'an image, script, style or font (.png), not a page')]
    """
    for path, root in _entries(paths):
        yield path, _kind(path, root, format)


def iter_records(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    options: LoadOptions,
    skipped: list[Skipped],
    *,
    format: str | None = None,
    readers: Mapping[str, FileReader] | None = None,
) -> Iterator[Document | Article]:
    """Every page in ``paths`` as a :class:`Document` (or an :class:`~newscorpus.article.Article`
    for records written by newscorpus), applying ``options.errors`` to unusable files and records.

    The files of a folder are recognised by their content (:func:`~newscorpus.io.classify`);
    those that are no page (a saved page's resources, images, scripts, binaries) are recorded in
    ``skipped`` with the reason, whatever the error policy: they are not errors.

    Args:
        paths: a file, a folder or a glob, or several.
        options: the loading options (``errors``, ``encoding``, ``max_bytes``, fields).
        skipped: where the files and records left out are recorded.
        format: read every file as this format instead of recognising it.
        readers: readers of further formats, by name (the store's, given by the Corpus).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.jsonl").write_text('{"text": "One."}\\n{oops\\n', encoding="utf-8")
        >>> skipped = []
        >>> [d.content for d in iter_records(folder, LoadOptions(errors="skip"), skipped)]
        ['One.']
        >>> skipped[0].line, skipped[0].error
        (2, 'RecordError')
    """
    for path, kind in iter_formats(paths, format=format):
        if isinstance(kind, NotAPage):
            skipped.append(Skipped(path=str(path), reason=kind.reason, error="NotAPage"))
            continue
        try:
            if readers and kind in readers:
                yield from readers[kind](path)
            elif kind == "parquet":
                yield from read_parquet(path)
            elif kind == "warc":
                yield from read_warc(path, options, skipped)
            else:
                yield from _read_file(path, kind, options, skipped)
        except NewsCorpusError as err:
            apply_policy(err, options, skipped, path)


def read_warc(
    path: Path,
    options: LoadOptions,
    skipped: list[Skipped],
    *,
    span: tuple[int, int] | None = None,
) -> Iterator[Document]:
    """The pages of a WARC file (see :func:`~newscorpus.io.iter_warc`); its other records go to
    ``skipped`` (they are not errors), its unreadable ones follow ``options.errors``.

    Args:
        path: the WARC file.
        options: the loading options (``errors``, ``encoding``, ``max_bytes``).
        skipped: where the records left out are recorded.
        span: only the records starting in this byte range (:func:`~newscorpus.io.iter_warc`).

    Raises:
        NewsCorpusError: (with ``errors="raise"``) the first record that cannot be read.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.testing import warc_record, write_warc
        >>> url, skipped = "https://example.org/a", []
        >>> path = write_warc(pathlib.Path(tempfile.mkdtemp()) / "a.warc", [
        ...     warc_record("request", url), warc_record("response", url, b"<p>Hi</p>")])
        >>> [d.url for d in read_warc(path, LoadOptions(), skipped)], len(skipped)
        (['https://example.org/a'], 1)
    """
    if _broken_link(path):
        raise InputError(_link_problem(path), path=str(path), stage="read")
    items = iter_warc(path, max_bytes=options.max_bytes, encoding=options.encoding, span=span)
    for item in items:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, Skipped):
            skipped.append(item)
        else:
            apply_policy(item, options, skipped, path)


def _read_bytes(path: Path, options: LoadOptions) -> bytes:
    if _broken_link(path):
        raise InputError(_link_problem(path), path=str(path), stage="read")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path), stage="read") from exc
    if size > options.max_bytes:
        raise InputError(
            f"the file is {size:,} bytes, over max_bytes={options.max_bytes:,} "
            "(raise LoadOptions.max_bytes to read it)",
            path=str(path),
            stage="read",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path), stage="read") from exc
    # Compressed files are recognised by their first bytes, whatever their name.
    return decompress(data, path=str(path), limit=options.max_bytes)


def _link_problem(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return "a symbolic link loop: the link points back at itself; remove or fix it"
    except OSError as exc:
        if "loop" in (exc.strerror or "").lower():
            return "a symbolic link loop: the link points back at itself; remove or fix it"
    return f"a dangling symbolic link: its target {os.readlink(path)!r} does not exist"


def _read_file(
    path: Path, kind: str, options: LoadOptions, skipped: list[Skipped]
) -> Iterator[Document | Article]:
    data = _read_bytes(path, options)
    name = str(path)
    if kind in EXPORT_FORMATS:
        yield from _export(data, kind, name, options, skipped)
        return
    if kind in ("text", "html"):
        decode = decode_html_bytes if kind == "html" else decode_bytes
        content = decode(data, path=name, encoding=options.encoding)
        yield Document(
            content=content,
            kind="html" if kind == "html" else sniff_kind(content),
            origin=Origin(path=name, format=kind),
        )
        return
    # Records are checked one by one: a NUL byte spoils its record, not the whole file.
    text = decode_bytes(data, path=name, encoding=options.encoding, allow_nul=True)
    if kind == "jsonl":
        yield from read_jsonl(text, name, options, skipped)
    elif kind == "json":
        yield from read_json(text, name, options)
    elif kind == "csv":
        yield from read_csv(text, name, options, skipped)
    else:
        raise InputError(f"unknown format {kind!r}", path=name, stage="read")


def _export(
    data: bytes, kind: str, name: str, options: LoadOptions, skipped: list[Skipped]
) -> Iterator[Article]:
    """The articles of a news-archive export; a document that cannot be read is an error
    naming the file and its number, under the error policy, and the next one is read."""
    documents = read_export(
        data, kind, path=name, encoding=options.encoding, limit=options.max_bytes
    )
    for item in documents:
        if isinstance(item, ExportError):
            apply_policy(item, options, skipped, Path(name))
        else:
            yield item.evolve(read_from=item.origin)
