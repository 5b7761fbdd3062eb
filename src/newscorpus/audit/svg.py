"""Bar charts as inline SVG, so the HTML report is one file that needs nothing else: no
script, no style sheet, no font or image fetched from anywhere.

Every label is escaped; sizes are in CSS pixels, and the charts scale down with the page
(``viewBox`` with ``width="100%"``).

Example:
    >>> svg = bar_rows([("title", 0.5, "50%")], maximum=1.0)
    >>> svg.startswith("<svg") and "title" in svg and "<script" not in svg
    True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

__all__ = ["bar_columns", "bar_rows"]

_FONT = 'font-family="system-ui, sans-serif" font-size="12"'
_INK = "#333"
_GRID = "#ddd"
_CHAR = 7.0  # the width of a character of the 12-pixel labels, roughly, for the layout


def bar_rows(
    items: Sequence[tuple[str, float, str]],
    *,
    maximum: float,
    width: int = 640,
    label_width: int = 200,
    color: str = "#4878a8",
) -> str:
    """Horizontal bars, one per item: its label, a bar as long as its value and a note.

    Args:
        items: ``(label, value, note)`` per bar, top to bottom; the note is printed after it.
        maximum: the value a full-length bar stands for (0 or less: every bar is empty).
        width: the chart's width.
        label_width: the room kept for the labels on the left.
        color: the bars' fill.

    Example:
        >>> bar_rows([], maximum=1.0).count("<rect")
        0
    """
    row, gap = 20, 6
    note_width = 16 + _CHAR * max((len(note) for _, _, note in items), default=0)
    room = max(60, round(width - label_width - note_width))
    height = max(1, len(items)) * (row + gap)
    parts = [_open(width, height, "bar chart")]
    for i, (label, value, note) in enumerate(items):
        y = i * (row + gap)
        length = room * value / maximum if maximum > 0 else 0.0
        length = max(0.0, min(float(room), length))
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end" fill="{_INK}">'
            f"{escape(_clip(label, 32))}</text>"
            f'<rect x="{label_width}" y="{y}" width="{room}" height="{row}" fill="#f2f2f2"/>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{row}" fill="{color}">'
            f"<title>{escape(label)}: {escape(note)}</title></rect>"
            f'<text x="{label_width + room + 8}" y="{y + 14}" fill="{_INK}">{escape(note)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def bar_columns(
    items: Sequence[tuple[str, int]],
    *,
    width: int = 720,
    height: int = 220,
    color: str = "#4878a8",
    axis_label: str = "",
) -> str:
    """Vertical bars over labelled slots (a histogram, a timeline), with the y axis's top
    value and as many x labels as fit.

    Args:
        items: ``(label, value)`` per bar, left to right.
        width: the chart's width.
        height: the chart's height.
        color: the bars' fill.
        axis_label: what the y axis counts, printed over it.

    Example:
        >>> bar_columns([("2024-01", 3), ("2024-02", 0)]).count("<rect")
        2
    """
    left, bottom, top = 48, 48, 22
    plot_w, plot_h = width - left - 12, height - bottom - top
    peak = max((value for _, value in items), default=0)
    slot = plot_w / max(1, len(items))
    # Label every bar when the labels fit side by side, else every second, third… bar.
    widest = _CHAR * max((len(_clip(label, 12)) for label, _ in items), default=0) + 6
    every = max(1, math.ceil(widest / slot))
    parts = [
        _open(width, height, axis_label or "bar chart"),
        f'<text x="4" y="14" fill="{_INK}">{escape(axis_label)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        f'stroke="{_INK}"/>',
        f'<line x1="{left}" y1="{top}" x2="{left + plot_w}" y2="{top}" stroke="{_GRID}"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" fill="{_INK}">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h + 4}" text-anchor="end" fill="{_INK}">0</text>',
    ]
    for i, (label, value) in enumerate(items):
        # A bar of one article among thousands still shows: two pixels at least.
        bar_h = max(2.0, plot_h * value / peak) if peak and value else 0.0
        x = left + i * slot
        parts.append(
            f'<rect x="{x + slot * 0.1:.1f}" y="{top + plot_h - bar_h:.1f}" '
            f'width="{max(1.0, slot * 0.8):.1f}" height="{bar_h:.1f}" fill="{color}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        if i % every == 0:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                f'fill="{_INK}">{escape(_clip(label, 12))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" style="max-width:{width}px" role="img" {_FONT}>'
        f"<title>{escape(title)}</title>"
    )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
