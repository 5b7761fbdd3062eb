"""The menu blocks of a plain-text page: lines that are never its headline.

Cleaning names a menu one line at a time: a line that is a known menu word ("Home", "Start",
"Inicio") is a ``nav-item``, a run of four or more short lines a ``nav-run``, a line of short
parts between separators a ``menu-line``. A menu of three items, one of them a section name no
word list holds ("World News"), leaves that item unnamed (``outside-body``), and the header walk
and the headline candidates took it for the headline. A menu is printed as one block of lines
with no blank line between them; when every line of such a block is short and cleaning named
one of them a menu item, the whole block is the menu, and :func:`menu_lines` gives every line
of it, named or not. So is a block of three or more short lines one of which is printed again
in it ("World News / Sport / World News"): a site prints its sections' names over and over in
its menus, a headline is printed once in a block of its own.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Home\\nHome\\nWorld News\\n\\nFerries return\\n\\n"
    ...         + "The ferries came back to the port today after a long winter. " * 3)
    >>> sorted(menu_lines(classify(text_to_blocks(page))))
    [0, 1, 2]
"""

from __future__ import annotations

from ... import rule_names
from ...clean.classify import Classified

__all__ = ["MENU_RULES", "menu_lines"]

MENU_RULES = frozenset({rule_names.NAV_ITEM})
"""The cleaning rules that name a line a menu item by what it says, a known menu word. (A
``nav-run``, four or more short lines in a row, is named by shape alone, and a ``menu-line`` by
its separators, as a breadcrumb that often ends in the headline itself or a headline in
guillemets is: a headline can carry either name, so those lines stay candidates and the scorer
weighs the name.)"""

_SHORT = 4  # words of a menu item at most (as cleaning's runs of short lines)
_REPEATING = 3  # lines of a block that is a menu by a line printed again in it


def menu_lines(classified: Classified, low: int = 0, high: int | None = None) -> frozenset[int]:
    """The indexes of the lines that are menu items: every line of a block of two or more short
    lines (no blank line between them, at most four words each) of which cleaning named one with
    a :data:`MENU_RULES` rule or, in a block of three or more, of which one is printed again in
    the block; and every line cleaning named so itself. A line ending in a colon
    labels the next ("Origin:", "Maker:"): a block holding one is a sheet of fields with a stray
    button ("Close") in it, not a menu.

    Args:
        classified: the page's blocks and their verdicts.
        low: the first line asked about; only the blocks of lines around ``low`` to ``high``
            are read (a caller asking about a few lines need not read the whole page).
        high: the line after the last asked about (None: the page's end). The answer for the
            lines from ``low`` to ``high`` is the whole page's; it may name a few lines of their
            blocks outside them too.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> body = "The ferries came back to the port today after a long winter. " * 3
        >>> sorted(menu_lines(classify(text_to_blocks("World News\\nHome\\n\\n" + body))))
        [0, 1]
        >>> sorted(menu_lines(classify(text_to_blocks("World News\\nFerries\\n\\n" + body))))
        []
        >>> sorted(menu_lines(classify(text_to_blocks("World News\\nHome\\n\\n" + body)), 2, 3))
        []
        >>> sorted(menu_lines(classify(text_to_blocks("World News\\nSport\\nWorld News\\n\\n" + body))))
        [0, 1, 2]
    """
    blocks = classified.blocks
    first, last = max(0, low), len(blocks) if high is None else min(high, len(blocks))
    if first >= last:
        return frozenset()
    # Widen to whole blocks of lines: a block opens at a line after a blank one, or the page's
    # first line.
    while first > 0 and not blocks[first].blank_before:
        first -= 1
    while last < len(blocks) and not blocks[last].blank_before:
        last += 1
    verdicts = classified.verdicts
    found: set[int] = set()
    group: list[int] = []
    named = False
    items = True  # every line of the block so far is short and no label
    texts: set[str] = set()
    repeats = False  # a line of the block printed again in it

    def close() -> None:
        if items and ((named and len(group) > 1) or (repeats and len(group) >= _REPEATING)):
            found.update(group)

    for block in blocks[first:last]:
        if block.blank_before or not group:
            close()
            group, named, items, repeats = [], False, True, False
            texts.clear()
        group.append(block.index)
        repeats = repeats or block.text in texts
        texts.add(block.text)
        verdict = verdicts.get(block.index)
        if verdict is not None and verdict.rule in MENU_RULES:
            named = True
            found.add(block.index)
        items = items and block.words <= _SHORT and not block.text.endswith(":")
    close()
    return frozenset(found)
