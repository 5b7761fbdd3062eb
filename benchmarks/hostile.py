"""Hostile-input benchmark: extraction time grows linearly on the shapes of issue 16.

Each case builds a page of a given size in bytes from a hostile shape (deep nesting, unclosed
tags, a lone surrogate, an unclosed or huge ``<title>``, white-space runs in a JSON-LD author,
tens of thousands of sibling paragraphs, "Autor" lines padded with line breaks, ``<br>`` runs,
table cells …), times ``extract_html`` (or ``extract_text``) on it at two sizes and prints
the seconds of each, the ratio of the times beside the ratio of the sizes (linear growth: about
equal), and whether every run under 1 MB took under 2 s.

Usage::

    python benchmarks/hostile.py                      # 250 KB and 1,000,000 - 1 bytes
    python benchmarks/hostile.py --sizes 100000 400000
    python benchmarks/hostile.py --only title

The best of ``--repeat`` runs (default 2) is reported, the page built outside the timing.
Exits 1 if a run under 1 MB took 2 s or more.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from newscorpus import extract_html, extract_text
from newscorpus.errors import InputError

PARAGRAPH = (
    "<p>The council voted on Monday to back the plan for the river banks, officials said.</p>"
)
SENTENCE = "The council voted on Monday to back the plan for the river banks, officials said."
Build = Callable[[int], str]


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``head``, then ``unit`` repeated to about ``size`` characters, then ``tail``."""
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def _nested(size: int) -> str:
    depth = (size - len(PARAGRAPH) * 3) // 11
    return "<div>" * depth + PARAGRAPH * 3 + "</div>" * depth


def _jsonld_author(size: int) -> str:
    spaces = " " * (size - 300)
    return (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"author": {{"@type": "Person", "name": "Ann{spaces}x"}}}}</script></head>'
        f"<body>{PARAGRAPH}</body></html>"
    )


def _text_label(size: int) -> str:
    return _fill("<p>Autor" + "\n" * 1990 + "x</p>", size, "<body>", "</body>")


def _distinct_paragraphs(size: int) -> str:
    count = size // (len(PARAGRAPH) + 8)
    return "<body>" + "".join(f"<p>{i} {SENTENCE}</p>" for i in range(count)) + "</body>"


def _unclosed_divs(size: int) -> str:
    count = size // 32
    return "".join(f"<div>line {i} of the story" for i in range(count))


CASES: dict[str, tuple[Callable[..., object], Build]] = {
    "nested-divs": (extract_html, _nested),
    "unclosed-divs": (extract_html, _unclosed_divs),
    "lone-surrogate": (extract_html, lambda n: _fill(PARAGRAPH, n, "<p>a\ud800b</p>")),
    "unclosed-title": (extract_html, lambda n: _fill(PARAGRAPH, n, "<head><title>News")),
    "huge-title": (extract_html, lambda n: _fill("word ", n, "<title>", "</title>" + PARAGRAPH)),
    "jsonld-author-spaces": (extract_html, _jsonld_author),
    "sibling-paragraphs": (extract_html, lambda n: _fill("<p>word</p>", n, "<body>")),
    "distinct-paragraphs": (extract_html, _distinct_paragraphs),
    "autor-newlines": (extract_html, _text_label),
    "nested-bylines": (
        extract_html,
        lambda n: _fill('<div class="byline">', n, "<body>", "By Ann Lee" + PARAGRAPH),
    ),
    "br-run": (extract_html, lambda n: _fill("<br>", n, "<body><p>", "x</p>")),
    "table-cells": (extract_html, lambda n: _fill("<td>x", n, "<table><tr>")),
    "og-url-javascript": (
        extract_html,
        lambda n: _fill(PARAGRAPH, n, '<meta property="og:url" content="javascript:alert(1)">'),
    ),
    "date-zone-et": (
        extract_html,
        lambda n: _fill(
            PARAGRAPH, n, '<meta property="article:published_time" content="20240303 10:00 ET">'
        ),
    ),
    "text-surrogate": (extract_text, lambda n: _fill(SENTENCE + "\n\n", n, "a\ud800b\n\n")),
    "text-autor-newlines": (extract_text, lambda n: _fill("Autor" + "\n" * 1990 + "x\n", n)),
    "text-space-runs": (extract_text, lambda n: _fill("Von" + " " * 3000 + "x\n", n)),
}


def _time(run: Callable[..., object], page: str, repeat: int) -> tuple[float, str]:
    """The best time of ``repeat`` runs, and "refused" when the page was refused (a clear
    :class:`~newscorpus.errors.InputError`, the documented cap) rather than read."""
    best, outcome = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            run(page)
        except InputError:
            outcome = "refused"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(250_000, 999_999))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", help="run the cases whose name holds this")
    args = parser.parse_args(argv)
    small, large = args.sizes
    print(
        f"{'case':<22} {'function':<13} {'bytes':>9} {'s':>7} {'bytes':>9} {'s':>7}"
        f" {'size x':>7} {'time x':>7}"
    )
    slow = []
    for name, (run, build) in CASES.items():
        if args.only and args.only not in name:
            continue
        row, notes = [], []
        for size in (small, large):
            page = build(size)
            seconds, outcome = _time(run, page, args.repeat)
            nbytes = len(page.encode("utf-8", "surrogatepass"))
            row.append((nbytes, seconds))
            notes.append(outcome)
            if nbytes < 1_000_000 and seconds >= 2:
                slow.append(name)
        (b1, t1), (b2, t2) = row
        print(
            f"{name:<22} {run.__name__:<13} {b1:>9} {t1:>7.3f} {b2:>9} {t2:>7.3f}"
            f" {b2 / b1:>7.2f} {t2 / max(t1, 1e-6):>7.2f} {' '.join(filter(None, notes))}",
            flush=True,
        )
    print("every run under 1 MB took under 2 s" if not slow else f"2 s or more: {slow}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
