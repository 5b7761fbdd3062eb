"""An author's bio inside the body run of an HTML page, known by its box's class.

The text rule (``author_boxes`` in ``newscorpus.clean.rules.boxes``) finds a bio under an "About the
author" heading; many pages print it without one, in a box whose class names the author, right
after the story or beside it. Short lines in such a box are bylines, which the metadata readers
want; a paragraph there is the bio.

Example:
    >>> from newscorpus.blocks import Block
    >>> story = Block(index=0, text="The ferry ran again on Monday after a week of storms.")
    >>> bio = Block(index=1, attr_words=("author",),
    ...             text="Ann Lee has covered the harbour and the coast for the paper since 2010, "
    ...                  "writing about ferries and fishing.")
    >>> [v.detail for v in author_bios([story, bio], (0, 1), [True, False], {}).values()]
    ['class author']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import rule_names as names
from ...blocks import Block
from ..page import Verdict, shared_verdict

__all__ = ["author_bios"]

# Words a paragraph needs to be a bio rather than a byline ("By Ann Lee, harbour reporter").
_BIO_WORDS = 15


def author_bios(
    blocks: Sequence[Block],
    span: tuple[int, int],
    good: Sequence[bool],
    verdicts: Mapping[int, Verdict],
) -> dict[int, Verdict]:
    """``verdicts`` with ``author-box`` added for each paragraph of the run ``span`` (first and
    last block index) no rule named, in a box whose class names the author; unless most of the
    body's own paragraphs (``good``: which blocks read as prose) carry that word too, which then
    names the story's wrapper (``author-post-content``).

    Example:
        >>> from newscorpus.blocks import Block
        >>> text = "The ferry ran again on Monday after a week of storms kept it in port at the quay."
        >>> wrapped = [Block(index=i, text=text, attr_words=("author",)) for i in range(2)]
        >>> author_bios(wrapped, (0, 1), [True, True], {})
        {}
    """
    prose = [blocks[i] for i in range(span[0], span[1] + 1) if good[i]]
    if not prose or sum("author" in b.attr_words for b in prose) * 2 >= len(prose):
        return dict(verdicts)
    out = dict(verdicts)
    for index in range(span[0], span[1] + 1):
        block = blocks[index]
        if index not in out and block.words >= _BIO_WORDS and "author" in block.attr_words:
            out[index] = shared_verdict(index, names.AUTHOR_BOX, "class author")
    return out
