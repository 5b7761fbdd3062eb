"""Progress shown to people: pages done out of the total, the rate and the time left, drawn by
``tqdm`` (a core dependency: about 80 kB of pure Python with no dependencies of its own).

``progress=True`` in Python draws a bar (a widget in a notebook, through ``tqdm.auto``); the
command line draws one on a terminal and, on a pipe or in a log, prints one line at the end.
A callable given as ``progress`` is called with the number of pages done, as before.

Example:
    >>> import io
    >>> stream = io.StringIO()
    >>> bar = ProgressBar(label="reading", total=None, live=False, stream=stream, summary=True)
    >>> bar(3); bar.close()
    >>> stream.getvalue().split(" in ")[0]
    'reading: 3 pages'
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from tqdm import tqdm as text_bar
from tqdm.auto import tqdm as auto_bar

__all__ = ["Progress", "ProgressBar"]

Progress = Callable[[int], None]
"""Called with the number of pages (or articles) done so far."""


class ProgressBar:
    """A bar of pages done, with the total when it is known, the rate and the time left.

    The bar is drawn from its first update on (so nothing is drawn for work that never starts),
    and :meth:`close` ends it.

    Args:
        label: the words before the count, e.g. ``"reading"``.
        total: how many pages there will be, or ``None`` when that cannot be told in advance
            (the bar then shows the count and the rate).
        unit: what is counted.
        live: draw the bar (``False``: draw nothing while working).
        stream: where to draw it (standard error by default).
        summary: when not ``live``, print one line at the end: the count and the time taken.
        notebook: draw with ``tqdm.auto`` (a widget in a notebook) instead of as text.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> bar = ProgressBar(label="reading", total=2, live=True, stream=out)
        >>> bar(1); bar(2); bar.close()
        >>> "2/2" in out.getvalue()
        True
    """

    def __init__(
        self,
        *,
        label: str,
        total: int | None,
        unit: str = "pages",
        live: bool = True,
        stream: TextIO | None = None,
        summary: bool = False,
        notebook: bool = False,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.live = live
        self.stream = stream
        self.summary = summary
        self.notebook = notebook
        self.done = 0
        self.started = time.monotonic()
        self._bar: Any = None

    def __call__(self, done: int) -> None:
        self.done = done
        if not self.live:
            return
        if self._bar is None:
            self._bar = self._open()
        if self.total is not None and done > self.total:  # more than counted: say so, not 120 %
            self._bar.total = None
        self._bar.update(done - self._bar.n)

    def _open(self) -> Any:
        tqdm = auto_bar if self.notebook else text_bar
        return tqdm(
            total=self.total,
            desc=self.label,
            unit=f" {self.unit}",
            file=self.stream or sys.stderr,
            dynamic_ncols=True,
        )

    def close(self) -> None:
        """End the bar (or print the summary line); safe to call twice."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.summary and not self.live:
            elapsed = max(time.monotonic() - self.started, 1e-9)
            (self.stream or sys.stderr).write(
                f"{self.label}: {self.done} {self.unit} in {elapsed:.1f}s\n"
            )
            self.summary = False
