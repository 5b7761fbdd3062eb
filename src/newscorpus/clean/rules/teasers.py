"""Teasers: another article's headline glued to its first lines in one block.

Copied off a page, a teaser card loses the break between its headline and its summary:
``Council Delays Vote On Bus LanesThe council postponed…`` (no space where the elements met) or
``Bus lanes vote delayed again LONDON: The council postponed…`` (the summary's dateline inside
the block). An article's own paragraph has neither: its dateline, if any, opens the block.

Both tests read the first 200 characters once with one small regex: linear, cheap.

Example:
    >>> glued_headline("Harbour Crane Back In ServiceThe port said the crane was repaired.")
    'glued'
    >>> glued_headline("Crane back in service at the harbour LONDON: The port said it was fixed.")
    'dateline'
    >>> glued_headline("LONDON: The port said on Monday that the crane was back.") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ... import rule_names as names
from ..page import Page, Verdict, shared_verdict

__all__ = ["glued_headline", "glued_teasers"]

_HEAD_CHARS = 200
_MIN_WORDS = 10
# A word of six or more letters running into a capital: where a headline element met its
# summary element ("SteakhouseA party"). Brand names glue shorter parts ("MacBook", "SpaceX").
_GLUE = re.compile(r"(?<![^\W\d_])[A-Z]?[a-z]{6,}(?=[A-Z][a-z ])")
# What every _GLUE match holds where the run meets the capital (a small letter, a capital, a
# small letter or a space): a search that rules out most blocks (_GLUE is tried at every
# character, and re-reads each word). It opens on the capital, the rarer character, so the
# regex engine skips ahead to the next capital instead of trying every small letter.
_CASE_TURN = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z ]")
# A dateline of four capitals or more ("NEW DELHI:", "KARACHI —") after some headline words.
_DATELINE = re.compile(r" ([A-Z][A-Z.'-]{3,}(?: [A-Z][A-Z.'-]+){0,3})(?::| —| -) (?=[A-Z])")


def _headline_words(prefix: str, *, title_case: bool) -> bool:
    words = [w for w in prefix.split() if w[:1].isalpha()]
    if len(words) < 4 or ". " in prefix or prefix.rstrip().endswith("."):
        return False
    if not title_case:
        return True
    capital = sum(1 for w in words if w[0].isupper())
    return capital >= 0.75 * len(words)


def glued_headline(text: str) -> str | None:
    """``"glued"`` or ``"dateline"`` when ``text`` opens with a headline glued to a summary,
    else None.

    Example:
        >>> glued_headline("Apple updates the PlayStation app for owners of older models today.") is None
        True
    """
    head = text[:_HEAD_CHARS]
    glue = _GLUE.search(head) if _CASE_TURN.search(head) else None
    if glue and _headline_words(head[: glue.end()], title_case=True):
        return "glued"
    # Every _DATELINE match ends with a colon, " —" or " -": most blocks hold none in their head.
    if ":" not in head and " —" not in head and " -" not in head:
        return None
    dateline = _DATELINE.search(head)
    if dateline is None or dateline.start() < 20:
        return None
    return "dateline" if _headline_words(head[: dateline.start()], title_case=False) else None


def glued_teasers(page: Page) -> Iterable[Verdict]:
    """Blocks of ten words or more that open with a glued headline (see :func:`glued_headline`).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> text = "Ferry Service Returns To HarbourThe ferry sailed again on Monday after a week."
        >>> [(v.rule, v.detail) for v in glued_teasers(Page.of(text_to_blocks(text)))]
        [('teaser', 'glued')]
    """
    for block in page.blocks:
        if block.words < _MIN_WORDS:
            continue
        shape = glued_headline(block.text)
        if shape is not None:
            yield shared_verdict(block.index, names.TEASER, shape)
