"""The shape rules: lines boilerplate by their look alone — a copyright notice, a line with no
letters, a bare URL or address, an ``A | B | C`` menu, a run of short unfinished lines.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = Page.of(text_to_blocks("Home | World | Sport\\n\\nwww.example.org\\n\\n© 2024 Example"))
    >>> [(v.block, v.rule) for rule in (copyright_lines, shape_rules) for v in rule(page)]
    [(2, 'copyright-line'), (0, 'menu-line'), (1, 'url-line')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat

from ... import rule_names as names
from ...blocks import Block
from ..page import Page, Verdict, is_sentence_like, shared_verdict

__all__ = ["copyright_lines", "nav_runs", "shape_rules"]

_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$", re.IGNORECASE)
_MENU_SEPARATORS = ("|", "•", "·", "›", "»")
_MENU_SEPARATOR = re.compile("[" + re.escape("".join(_MENU_SEPARATORS)) + "]")


def copyright_lines(page: Page) -> Iterable[Verdict]:
    """Short lines carrying a copyright sign or notice.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> [v.block for v in copyright_lines(Page.of(text_to_blocks("Story.\\n\\n© 2024 Example")))]
        [1]
    """
    for block in page.blocks:
        if block.words <= 25 and _may_be_copyright(block.text) and _COPYRIGHT.search(block.text):
            yield shared_verdict(block.index, names.COPYRIGHT_LINE)


def _may_be_copyright(text: str) -> bool:
    """A cheap test every ``_COPYRIGHT`` match passes (so most lines skip the regex): its
    letters c, o, p, y, r, a, l have no case variant other than the ASCII capital."""
    if "©" in text:
        return True
    low = text.lower()
    return "(c)" in low or "copyr" in low or "all r" in low


def shape_rules(page: Page) -> Iterable[Verdict]:
    """Lines with no letters, bare URLs or e-mail addresses, and ``A | B | C`` menu lines.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("***\\n\\nwww.example.org\\n\\nHome | World | Sport"))
        >>> [v.rule for v in shape_rules(page)]
        ['no-letters', 'url-line', 'menu-line']
    """
    blocks = page.blocks
    for position in page.marked:  # a plain line has letters, no URL and no menu separator
        block = blocks[position]
        text = block.text
        if block.words > 40:
            continue
        if not (text[:1].isalpha() or any(map(str.isalpha, text))):
            yield shared_verdict(block.index, names.NO_LETTERS)
        elif " " not in text and _URL_ONLY.match(text):  # a URL or address holds no space
            yield shared_verdict(block.index, names.URL_LINE)
        elif _is_menu_line(text):
            yield shared_verdict(block.index, names.MENU_LINE)


def _is_menu_line(text: str) -> bool:
    # The separators first (one scan for all of them): most lines hold none, and those need
    # no further test.
    if _MENU_SEPARATOR.search(text) is None or len(text) > 200 or is_sentence_like(text):
        return False
    present = [sep for sep in _MENU_SEPARATORS if sep in text]
    for sep in present:
        parts = [p.strip() for p in text.split(sep)]
        filled = [p for p in parts if p]
        if len(parts) >= 2 and all(len(p.split()) <= 4 for p in filled):
            return True
    return False


def nav_runs(page: Page) -> Iterable[Verdict]:
    """Runs of four or more short unfinished lines: menus, tag clouds, link lists.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("Home\\nWorld\\nSport\\nTech", segmentation="lines"))
        >>> [v.block for v in nav_runs(page)]
        [0, 1, 2, 3]
    """
    run: list[Block] = []
    # A plain line (letters and spaces) never ends like a sentence: no need to look.
    for block, plain in zip(page.blocks, page.plain, strict=True):
        if block.words <= 4 and (plain or not is_sentence_like(block.text)):
            run.append(block)
            continue
        if len(run) >= 4:
            yield from map(shared_verdict, [b.index for b in run], repeat(names.NAV_RUN))
        run = []
    if len(run) >= 4:
        yield from map(shared_verdict, [b.index for b in run], repeat(names.NAV_RUN))
