"""The sample corpus that ships with newscorpus: twelve synthetic news pages (eight plain-text,
four HTML) in one folder, and what extraction must find in them; read only when asked.

Use it to try newscorpus before pointing it at your own pages:

* :func:`sample_corpus_path` — the folder of pages, to give to
  :meth:`Corpus.load() <newscorpus.corpus.Corpus.load>`;
* :func:`sample_pages` — the pages themselves, file name to decoded text;
* :func:`sample_expected` — the right answers, per page.

The same functions are importable from :mod:`newscorpus.testing` (their earlier home).

Example:
    >>> from newscorpus import Corpus
    >>> from newscorpus.samples import sample_corpus_path
    >>> len(Corpus.load(sample_corpus_path())), sample_corpus_path().name
    (12, 'sample_corpus')
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EncodingError, InputError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["sample_corpus_path", "sample_expected", "sample_pages"]

_PAGE_SUFFIXES = (".txt", ".html")


def _sample_folder() -> Traversable:
    return importlib.resources.files("newscorpus") / "data" / "sample_corpus"


def sample_corpus_path() -> Path:
    """The folder holding the bundled sample pages (and nothing else, so it loads as a corpus).

    Returns:
        A real filesystem path (the package is installed as files, as pip installs wheels).

    Raises:
        InputError: the package is imported from a zip archive (use :func:`sample_pages`), or
            its data files are missing from the installation.

    Example:
        >>> folder = sample_corpus_path()
        >>> len(list(folder.glob("*.txt"))), len(list(folder.glob("*.html")))
        (8, 4)
    """
    folder = _sample_folder()
    if not isinstance(folder, Path):
        raise InputError(
            "newscorpus is imported from an archive, so its sample pages have no path on disk; "
            "read them with newscorpus.samples.sample_pages() instead",
            path=str(folder),
            stage="read",
        )
    if not folder.is_dir():
        raise InputError(
            "the bundled sample corpus is missing: the installation is incomplete; reinstall "
            "newscorpus",
            path=str(folder),
            stage="read",
        )
    return folder


@functools.cache
def _read_pages() -> tuple[tuple[str, str], ...]:
    pages = []
    for entry in sorted(_sample_folder().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(_PAGE_SUFFIXES) and entry.is_file():
            pages.append((entry.name, _decode(entry.read_bytes(), entry.name)))
    return tuple(pages)


def _decode(data: bytes, name: str) -> str:
    try:
        from .io.encoding import decode_bytes  # noqa: PLC0415  (lazy: only sample_pages needs io)
    except ImportError:  # TRANSITIONAL: until newscorpus.io.encoding lands; then drop this branch
        encoding = json.loads(_read_expected()).get(name, {}).get("encoding", "utf-8")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not {encoding}", path=name, stage="decode") from exc
    return decode_bytes(data, path=name)


def sample_pages() -> dict[str, str]:
    """The bundled sample pages, decoded: file name to text (HTML pages as their source).

    Files are decoded with :func:`newscorpus.io.decode_bytes`, so the one page stored
    in Windows-1251 comes back as the same Unicode text as the others. The files are read on the
    first call only; each call returns a new dict.

    Example:
        >>> pages = sample_pages()
        >>> len(pages), sum(name.endswith(".html") for name in pages)
        (12, 4)
        >>> "Автор: Ирина Соколова" in pages["ru_cp1251_tram_line.txt"]
        True
    """
    return dict(_read_pages())


@functools.cache
def _read_expected() -> str:
    # Kept beside the folder, not in it: Corpus.load(sample_corpus_path()) must see pages only.
    return (importlib.resources.files("newscorpus") / "data" / "sample_expected.json").read_text(
        encoding="utf-8"
    )


def sample_expected() -> dict[str, dict[str, Any]]:
    """What extraction must find in each bundled page (the parsed ``data/sample_expected.json``).

    For each file name: ``title``, ``subtitle``, ``section``, ``authors``, ``published`` (ISO,
    as printed), ``source``, ``language``, ``encoding``, ``paragraphs`` (body paragraph count),
    ``body_first`` / ``body_last`` (first 60 characters of the first and last body paragraph) and
    ``not_in_body`` (boilerplate strings that must not reach the clean text). Each call returns a
    fresh copy.

    Example:
        >>> truth = sample_expected()["en_dotted_date_title_twice_form.txt"]
        >>> truth["authors"], truth["published"], truth["source"]
        (['Marta Lindqvist'], '2024-03-04', None)
    """
    data: dict[str, dict[str, Any]] = json.loads(_read_expected())
    return data
