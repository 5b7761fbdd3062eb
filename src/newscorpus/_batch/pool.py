"""Running one function over many items in worker processes: in input order, a few chunks at a
time, and without losing an item whose worker dies.

Items go to the pool in chunks (one task per chunk, so the cost of a task is shared by its
items), and at most ``in_flight`` chunks are out at once: the caller's iterable is read only as
results are taken, so memory holds a bounded window of items whatever their number. Results come
back in input order.

A worker that dies (killed for memory, a crash in a C library, ``os._exit``) breaks the whole
pool and fails every chunk in flight, without saying which item did it. Those items are then run
again one at a time, each in a fresh pool when the last one broke: the item that breaks a pool on
its own is the culprit, and ``on_crash`` turns it into a result naming it; the others give their
results as before (the function must be deterministic for results to be identical to one
process's).

Example:
    >>> list(ordered_map(abs, [-3, 2, -1], workers=2, chunk_size=2, on_crash=lambda item, why: 0))
    [3, 2, 1]
"""

from __future__ import annotations

import functools
import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Generic, TypeVar

__all__ = ["ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

# The task a worker process runs, installed once per worker by the pool's initializer: the
# function (and the options bound into it) is sent once per worker, not once per chunk. It lives
# in the worker processes only; the parent never sets it.
_TASK: Callable[[object], object] | None = None


def _install(task: Callable[[object], object]) -> None:
    global _TASK  # noqa: PLW0603 - a worker process's one piece of state, set by the initializer
    _TASK = task


def _run_chunk(chunk: list[object]) -> list[object]:
    if _TASK is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without its task")
    return [_TASK(item) for item in chunk]


class _Window(Generic[T]):
    """The chunks in flight, oldest first, each with its future."""

    def __init__(self) -> None:
        self.chunks: deque[tuple[list[T], Future[list[object]]]] = deque()

    def items(self) -> list[T]:
        return [item for chunk, _future in self.chunks for item in chunk]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    chunk_size: int,
    on_crash: Callable[[T, str], R],
    in_flight: int | None = None,
) -> Iterator[R]:
    """``fn`` of each item, in order, computed in ``workers`` processes.

    Args:
        fn: a picklable function of one item; it should not raise (an exception it raises is
            passed to ``on_crash`` with its item, as a dying worker is).
        items: the items, read lazily as results are taken.
        workers: the number of worker processes.
        chunk_size: items sent to a worker in one task.
        on_crash: the result to give for an item whose worker died (or whose result could not
            be sent back), from the item and a description of what happened.
        in_flight: chunks out at once (default: four per worker, so no worker waits on the
            parent while an earlier chunk is slow).

    Example:
        >>> list(ordered_map(str, range(5), workers=1, chunk_size=2, on_crash=lambda i, w: "?"))
        ['0', '1', '2', '3', '4']
    """
    limit = in_flight or 4 * workers
    source = iter(items)
    chunks = iter(lambda: list(itertools.islice(source, chunk_size)), [])
    pool = _new_pool(fn, workers)
    window: _Window[T] = _Window()
    try:
        while True:
            while len(window.chunks) < limit and (chunk := next(chunks, None)) is not None:
                window.chunks.append((chunk, pool.submit(_run_chunk, list(chunk))))
            if not window.chunks:
                return
            chunk, future = window.chunks[0]
            try:
                results = future.result()
            except Exception:  # the pool broke, or a result could not be pickled
                suspects = window.items()
                window.chunks.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = yield from _one_by_one(fn, suspects, workers, on_crash)
                continue
            window.chunks.popleft()
            yield from results  # type: ignore[misc]  # _run_chunk gives fn's results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(
    fn: Callable[[T], R], items: list[T], workers: int, on_crash: Callable[[T, str], R]
) -> Generator[R, None, ProcessPoolExecutor]:
    """Run ``items`` one at a time, each alone in the pool, so that an item that breaks the pool
    is known; returns a working pool for what follows."""
    pool = _new_pool(fn, workers)
    try:
        for item in items:
            try:
                result = pool.submit(_run_chunk, [item]).result()[0]
            except Exception as exc:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(fn, workers)
                yield on_crash(item, f"{type(exc).__name__}: {exc}")
                continue
            yield result  # type: ignore[misc]  # _run_chunk gives fn's results
    except BaseException:  # the caller stopped early (or failed): this pool is not handed back
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return pool


def _new_pool(fn: Callable[[T], R], workers: int) -> ProcessPoolExecutor:
    task: Callable[[object], object] = fn  # type: ignore[assignment]  # run on T items only
    return ProcessPoolExecutor(max_workers=workers, initializer=functools.partial(_install, task))
