"""Line plots of counts over time with matplotlib, the ``[plot]`` extra.

:meth:`CountTable.plot <newscorpus.query.CountTable.plot>` draws through :func:`draw_lines`,
which knows nothing of corpora: it takes labelled series of days and values. matplotlib is
imported only when a plot is drawn, so the rest of the library works without it.

Example:
    >>> from datetime import date
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = draw_lines([("floods", [date(2023, 1, 1), date(2023, 2, 1)], [3.0, 1.0])],
    ...                 ylabel="articles per month")
    >>> ax.get_ylabel(), ax.get_legend() is None
    ('articles per month', True)
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import import_extra

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["draw_lines"]

_MARKERS_UP_TO = 40  # points per line; beyond this, markers only clutter the line


def draw_lines(
    lines: Sequence[tuple[str, Sequence[date], Sequence[float]]],
    *,
    ylabel: str,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw one line per series over a date axis, the y axis from zero, a legend when there
    are several lines.

    Args:
        lines: the series: ``(label, days, values)`` each, days in time order.
        ylabel: the y axis's label.
        title: the plot's title (none when ``None``).
        ax: the ``Axes`` to draw on; a new figure (8 × 4 inches) when ``None``.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install 'newscorpus[plot]'``).

    Example:
        >>> from datetime import date
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> ax = draw_lines([("a", [date(2023, 1, 1)], [1.0]), ("b", [date(2023, 1, 1)], [2.0])],
        ...                 ylabel="articles", title="Two lines")
        >>> [t.get_text() for t in ax.get_legend().get_texts()], ax.get_title()
        (['a', 'b'], 'Two lines')
    """
    if ax is None:
        figure = _pyplot().figure(figsize=(8, 4), layout="constrained")
        ax = figure.add_subplot()
    for label, days, values in lines:
        marker = "o" if len(days) <= _MARKERS_UP_TO else None
        # matplotlib converts dates itself; its stubs only list numbers and arrays.
        x: Any = list(days)
        ax.plot(x, list(values), label=label, marker=marker, markersize=3, linewidth=1.5)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    if all(float(v).is_integer() for _, _, values in lines for v in values):
        # Counts: no tick at 2.5 articles.
        ax.yaxis.set_major_locator(_ticker().MaxNLocator(integer=True))
    ax.grid(True, alpha=0.3)
    if not lines or not any(len(days) for _, days, _ in lines):
        ax.text(0.5, 0.5, "no dated articles", ha="center", va="center", transform=ax.transAxes)
    if len(lines) > 1:
        ax.legend(fontsize="small", frameon=False)
    if title:
        ax.set_title(title)
    if lines:
        ax.figure.autofmt_xdate()
    return ax


def _ticker() -> Any:
    return importlib.import_module("matplotlib.ticker")


def _pyplot() -> Any:
    """``matplotlib.pyplot``, or the error that names the extra to install."""
    return import_extra("matplotlib.pyplot", "plot", "plotting")
