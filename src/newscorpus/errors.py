"""The exceptions newscorpus raises, and the record of what it skipped.

The tree::

    NewsCorpusError                         catch this to catch everything below
    ├── InputError (ValueError)             a page or record cannot be used as it is
    │   ├── EmptyInputError                 nothing to read (empty file, blank text)
    │   ├── BinaryInputError                the bytes are not text (NUL bytes, images, archives)
    │   ├── EncodingError (UnicodeError)    the bytes decode in no encoding we can trust
    │   ├── CompressionError                a .gz/.bz2/.xz/.zst file is truncated, corrupt or
    │   │                                   decompresses past ``max_bytes``
    │   ├── RecordError                     a JSONL line or CSV row is malformed
    │   ├── ExportError                     a news-archive export (Nexis, Factiva, ProQuest) is
    │   │                                   malformed or truncated; names the document number
    │   └── MissingColumnError              a CSV has no column holding the text
    ├── QuerySyntaxError (ValueError)       a search query cannot be parsed; ``.column`` points at it
    ├── OptionsError (ValueError)           options that contradict each other
    ├── WriteError (OSError)                an output file could not be written (nothing half-written
    │                                       is left behind)
    ├── ModelFileError (ValueError)         a saved boilerplate model is missing, corrupt or of another
    │                                       version
    ├── StoreError (OSError)                a file is not a usable newscorpus store (not SQLite, not
    │   │                                   ours, damaged) or this SQLite lacks FTS5
    │   └── StoreVersionError               the store was written by another schema version
    └── MissingExtraError (ImportError)     an optional dependency is not installed; names the extra

Every error carries the context it knows: ``path`` (the file), ``line`` (1-based line or record
number) and ``stage`` (``"read"``, ``"decode"``, ``"parse"``, ``"extract"``, ``"write"``,
``"query"``). Its message says what went wrong, where, and what to do.

Example:
    >>> from newscorpus.errors import EmptyInputError, NewsCorpusError
    >>> err = EmptyInputError("the file holds no text", path="a.txt", stage="read")
    >>> isinstance(err, NewsCorpusError), isinstance(err, ValueError)
    (True, True)
    >>> str(err)
    'a.txt: the file holds no text'
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Literal

import attrs

__all__ = [
    "BinaryInputError",
    "CompressionError",
    "EmptyInputError",
    "EncodingError",
    "ExportError",
    "InputError",
    "MissingColumnError",
    "MissingExtraError",
    "ModelFileError",
    "NewsCorpusError",
    "OptionsError",
    "QuerySyntaxError",
    "RecordError",
    "Skipped",
    "StoreError",
    "StoreVersionError",
    "WriteError",
    "import_extra",
]

Stage = Literal["read", "decode", "parse", "extract", "write", "query", "options", "store"]


class NewsCorpusError(Exception):
    """Root of every error newscorpus raises on purpose.

    Args:
        message: what went wrong and what to do about it.
        path: the file (or record source) concerned, when known.
        line: the 1-based line or record number, when known.
        stage: the pipeline stage that failed.

    Example:
        >>> str(NewsCorpusError("bad thing", path="x.jsonl", line=3))
        'x.jsonl, line 3: bad thing'
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        stage: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.stage = stage
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}, line {self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def __str__(self) -> str:
        return self._render()

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (workers, Dask): keep the keyword context.
        return (_rebuild, (type(self), self.message, self.path, self.line, self.stage))


def _rebuild(
    cls: type[NewsCorpusError], message: str, path: str | None, line: int | None, stage: str | None
) -> NewsCorpusError:
    return cls(message, path=path, line=line, stage=stage)


class InputError(NewsCorpusError, ValueError):
    """A page or record cannot be used as it is."""


class EmptyInputError(InputError):
    """There is nothing to read: an empty file or a record without text."""


class BinaryInputError(InputError):
    """The bytes are not text (NUL bytes, an image, an archive)."""


class EncodingError(InputError, UnicodeError):
    """The bytes decode in no encoding that can be trusted."""


class CompressionError(InputError):
    """A compressed file (gzip, bzip2, xz, zstd) is truncated or corrupt, or decompresses to more
    than ``LoadOptions.max_bytes`` (a decompression bomb)."""


class RecordError(InputError):
    """A JSONL line or a CSV row is malformed; ``line`` says which."""


class ExportError(InputError):
    """A news-archive export (LexisNexis / Nexis Uni, Factiva, ProQuest) is malformed or
    truncated; ``line`` is the 1-based number of the document in the export, and the message
    names it too.

    Example:
        >>> print(ExportError("no body", path="news.txt", line=3, stage="parse"))
        news.txt, document 3: no body
    """

    def _render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}, document {self.line}" if where else f"document {self.line}"
        return f"{where}: {self.message}" if where else self.message


class MissingColumnError(InputError):
    """A CSV file has no column that holds the text; the message lists the columns it has."""


class QuerySyntaxError(NewsCorpusError, ValueError):
    """A search query cannot be parsed.

    Args:
        message: what is wrong.
        query: the whole query.
        column: the 0-based position in ``query`` where the problem is.

    Example:
        >>> err = QuerySyntaxError("unclosed parenthesis", query="(a OR b", column=0)
        >>> print(err)
        unclosed parenthesis at column 0
          (a OR b
          ^
    """

    def __init__(self, message: str, *, query: str = "", column: int = 0) -> None:
        self.query = query
        self.column = column
        super().__init__(message, stage="query")

    def _render(self) -> str:
        pointer = " " * self.column + "^"
        return f"{self.message} at column {self.column}\n  {self.query}\n  {pointer}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_query, (self.message, self.query, self.column))


def _rebuild_query(message: str, query: str, column: int) -> QuerySyntaxError:
    return QuerySyntaxError(message, query=query, column=column)


class OptionsError(NewsCorpusError, ValueError):
    """Options that contradict each other or are out of range."""


class WriteError(NewsCorpusError, OSError):
    """An output file could not be written; no half-written file is left behind."""


class ModelFileError(NewsCorpusError, ValueError):
    """A saved :class:`~newscorpus.templates.BoilerplateModel` cannot be loaded: the file is
    missing or unreadable, is not JSON, is not a model, or was written by another format version.

    Example:
        >>> print(ModelFileError("not a boilerplate model", path="m.json", stage="read"))
        m.json: not a boilerplate model
    """


class StoreError(NewsCorpusError, OSError):
    """A file cannot be used as a newscorpus store: it is missing, not an SQLite database, not
    written by newscorpus or damaged, or this Python's SQLite has no FTS5; names the file.

    Example:
        >>> print(StoreError("not a newscorpus store", path="news.db", stage="store"))
        news.db: not a newscorpus store
    """


class StoreVersionError(StoreError):
    """The store was written with a schema version this newscorpus cannot read."""


class MissingExtraError(NewsCorpusError, ImportError):
    """An optional dependency is missing.

    Example:
        >>> print(MissingExtraError.for_extra("pandas", "to_pandas()"))
        to_pandas() needs pandas: pip install 'newscorpus[pandas]'
    """

    @classmethod
    def for_extra(cls, extra: str, feature: str, module: str | None = None) -> MissingExtraError:
        """Build the error for ``feature`` needing the optional ``extra``."""
        name = module or extra
        return cls(f"{feature} needs {name}: pip install 'newscorpus[{extra}]'")


def import_extra(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, a dependency of the optional ``extra``, for ``feature``; missing, a
    :class:`MissingExtraError` that names the extra to install. Every optional import of the
    library goes through here, so each says the same thing when its extra is missing.

    Example:
        >>> import_extra("json", "none", "reading").__name__
        'json'
        >>> print(import_extra("no_such_module.part", "plot", "plotting"))
        Traceback (most recent call last):
        ...
        newscorpus.errors.MissingExtraError: plotting needs no_such_module: pip install 'newscorpus[plot]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError.for_extra(extra, feature, module.partition(".")[0]) from None


@attrs.frozen(kw_only=True)
class Skipped:
    """A page or record that was left out under ``errors="skip"`` or ``"warn"``, or a file
    that is no page, or a page without article text (those two whatever the error policy).

    Attributes:
        path: the file it came from.
        line: the line or record number inside the file, when there is one.
        reason: the message of the error that made it unusable, or what the file is.
        error: the name of that error's class; ``"NotAPage"`` for a file of a folder that is no
            page (a saved page's resources, an image, a script, notes), ``"EmptyArticle"`` for a
            page whose extraction found no article text (kept with ``keep_empty=True``).

    Example:
        >>> s = Skipped(path="a.jsonl", line=4, reason="not JSON", error="RecordError")
        >>> str(s)
        'a.jsonl, line 4: not JSON (RecordError)'
    """

    path: str
    line: int | None = None
    reason: str
    error: str

    @classmethod
    def from_error(cls, err: NewsCorpusError, *, path: str | None = None) -> Skipped:
        """Record ``err`` as a skip.

        Args:
            err: the error the input was skipped for; its path, line and message are kept.
            path: the file to name when ``err`` names none (``"<unknown>"`` when neither does).
        """
        return cls(
            path=err.path or path or "<unknown>",
            line=err.line,
            reason=err.message,
            error=type(err).__name__,
        )

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}, line {self.line}"
        return f"{where}: {self.reason} ({self.error})"
