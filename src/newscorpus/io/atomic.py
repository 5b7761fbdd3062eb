"""Atomic file writing: a temporary file beside the target, replaced into place only when complete.

Example:
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as handle:
    ...     _ = handle.write("done")
    >>> target.read_text()
    'done'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import WriteError

__all__ = ["atomic_path", "atomic_write"]


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[IO[str]]:
    """Open a temporary text file beside ``path``; on success it replaces ``path``, on any error
    it is removed and ``path`` is left as it was.

    Raises:
        WriteError: the folder cannot be written to or the replace fails.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> try:
        ...     with atomic_write(target) as handle:
        ...         _ = handle.write("half")
        ...         raise RuntimeError("interrupted")
        ... except RuntimeError:
        ...     pass
        >>> target.exists(), list(target.parent.iterdir())
        (False, [])
    """
    target = Path(path)
    fd, temp_name = _temp_beside(target)
    with (
        _replacing(target, Path(temp_name)),
        os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (a binary format
    such as Parquet); on success it replaces ``path``, on any error it is removed.

    Raises:
        WriteError: the folder cannot be written to or the replace fails.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.bin"
        >>> with atomic_path(target) as temp:
        ...     _ = temp.write_bytes(b"done")
        >>> target.read_bytes()
        b'done'
    """
    target = Path(path)
    fd, temp_name = _temp_beside(target)
    os.close(fd)
    temp = Path(temp_name)
    with _replacing(target, temp):
        yield temp


@contextlib.contextmanager
def _replacing(target: Path, temp: Path) -> Iterator[None]:
    """Replace ``target`` by ``temp`` when the body succeeds; on any error remove ``temp``
    (so no half-written file is left) and report OS failures as :class:`WriteError`."""
    try:
        yield
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(f"writing failed: {exc}", path=str(target), stage="write") from exc
        raise


def _temp_beside(target: Path) -> tuple[int, str]:
    """A new temporary file in ``target``'s folder (so the final rename stays on one disk)."""
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise WriteError(
            f"cannot write here: {exc.strerror}", path=str(target), stage="write"
        ) from exc
