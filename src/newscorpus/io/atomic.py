"""Atomic file writing: a temporary file beside the target, replaced into place only when complete.

The temporary file is ``.NAME.PID.XXXX.part``. A new output gets the mode the umask allows (as
``open()`` would give it), a replaced one keeps its mode, and parts of the same target left by a
writer that was killed (its process is gone) are removed by the next write.

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
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import WriteError

__all__ = ["atomic_path", "atomic_write", "remove_stale_parts"]


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
            # The target, not the temporary part, is what the caller knows.
            reason = exc.strerror or str(exc)
            raise WriteError(f"writing failed: {reason}", path=str(target), stage="write") from exc
        raise


def _temp_beside(target: Path) -> tuple[int, str]:
    """A new temporary file in ``target``'s folder (so the final rename stays on one disk), with
    the mode the final file should have."""
    folder = target.parent or Path(".")
    remove_stale_parts(target)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=folder
        )
    except OSError as exc:
        raise WriteError(
            f"cannot write here: {exc.strerror}", path=str(target), stage="write"
        ) from exc
    with contextlib.suppress(OSError):  # a file system without modes (FAT, some mounts)
        os.chmod(fd, _final_mode(target))
    return fd, name


def _final_mode(target: Path) -> int:
    """A replaced file keeps its mode; a new one gets what ``open()`` would give it."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it, and restore it at once
    os.umask(mask)
    return mask


def remove_stale_parts(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary parts of ``target`` whose writer process is gone (killed before it
    could clean up); returns the removed paths. Parts of running writers are left alone.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / f".out.jsonl.{2**22 + 1}.x1y2.part").write_text("half")
        >>> [p.name for p in remove_stale_parts(folder / "out.jsonl")]
        ['.out.jsonl.4194305.x1y2.part']
    """
    path = Path(target)
    prefix = f".{path.name}."
    removed = []
    with contextlib.suppress(OSError):
        for part in (path.parent or Path(".")).iterdir():
            name = part.name
            if not (name.startswith(prefix) and name.endswith(".part")):
                continue
            pid = name[len(prefix) :].split(".", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    part.unlink()
                    removed.append(part)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process (or not a pid at all): leave its part alone
    return True
