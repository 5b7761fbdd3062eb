"""Reader comment sections: from their heading to the end of the page.

A comment thread is prose, so quality alone keeps it; what gives it away is its heading ("34
responses to …", "Leave a reply", "Kommentare") or its author lines ("Jane says:"). Once the body
has begun, everything from such a heading on is the thread and the page furniture below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ... import rule_names as names
from ..page import Page, Verdict, verdict

__all__ = ["comment_sections"]

_COUNTED = re.compile(
    r"^\d{1,6}\s+(?:comments?|responses?|replies|reactions|thoughts on|kommentare?|commentaires?|"
    r"comentarios?|коммента\w*|ответ\w*|yorum\w*|şərh\w*)(?!\w)",
    re.IGNORECASE,
)
_RESPONSES_TO = re.compile(
    r"^(?:\d{1,6}|one|two|three)\s+(?:responses?|thoughts|replies)\s+(?:to|on)\s", re.IGNORECASE
)
_SAYS = re.compile(
    r"^\S.{0,60}?\s(?:says|said|wrote|schreibt|a écrit|dice|escribió|пишет|написал\w*|yazdı):?$"
)
_COUNT_STARTS = frozenset("oOtT")  # "one", "two", "three" in any case
_MIN_BODY_BLOCKS = 2
# What a line ``_SAYS`` matches ends with (before an optional colon): a cheap test first.
_SAYS_ENDINGS = (
    "says",
    "said",
    "wrote",
    "schreibt",
    "a écrit",
    "dice",
    "escribió",
    "пишет",
    "yazdı",
)


@cache
def _says_tails() -> frozenset[str]:
    """Every last character of a text that :func:`_may_say` passes once stripped, other than
    one holding "написал": an ending's last letter, a colon, or trailing whitespace (every
    whitespace character lies below U+3001)."""
    spaces = {chr(code) for code in range(0x3001) if chr(code).isspace()}
    return frozenset({ending[-1] for ending in _SAYS_ENDINGS} | {":"} | spaces)


def _may_say(text: str) -> bool:
    core = text[:-1] if text.endswith(":") else text
    return core.endswith(_SAYS_ENDINGS) or "написал" in core


def _is_heading(text: str, folded: str, headings: frozenset[str]) -> bool:
    """A comment-section heading, for a block of at most twelve words."""
    # The folded text too: "[ 167 comments ]" and "(12) Comments" wear brackets round the count.
    for candidate in (text.strip(), folded):
        # Both patterns open with a digit or "one", "two", "three": most lines fail at once.
        first = candidate[:1]
        if (first in _COUNT_STARTS or first.isdecimal()) and (
            _COUNTED.match(candidate) or _RESPONSES_TO.match(candidate)
        ):
            return True
    return folded in headings


def comment_sections(page: Page) -> Iterable[Verdict]:
    """Everything from a comment-section heading (after at least two body blocks) to the end.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean.page import Page
        >>> story = "The bridge reopened on Monday after two years of repairs, the council said."
        >>> text = "\\n\\n".join([story, story.upper(), "3 Comments", "Great news for all of us."])
        >>> [(v.block, v.rule) for v in comment_sections(Page.of(text_to_blocks(text)))]
        [(2, 'comment-section'), (3, 'comment-section')]
    """
    # A heading counts only once two blocks have read as body: look from after the second on.
    body = [i for i, prose in enumerate(page.prose) if prose][:_MIN_BODY_BLOCKS]
    if len(body) < _MIN_BODY_BLOCKS:
        return
    blocks, folded = page.blocks, page.folded
    tails = _says_tails()
    says_lines = [
        i
        for i, b in enumerate(blocks)
        if b.words <= 12
        and (b.text[-1:] in tails or "написал" in b.text)  # _may_say's chance, without a call
        and _may_say(b.text.strip())
        and _SAYS.match(b.text.strip())
    ]
    first_says = says_lines[0] if len(says_lines) >= 2 else None
    headings = page.book.whole.get("comment_headings", frozenset())
    for position in range(body[-1] + 1, len(blocks)):
        block = blocks[position]
        if position == first_says or (
            block.words <= 12 and _is_heading(block.text, folded[position], headings)
        ):
            detail = block.text[:40]
            for rest in blocks[position:]:
                yield verdict(rest.index, names.COMMENT_SECTION, detail)
            return
