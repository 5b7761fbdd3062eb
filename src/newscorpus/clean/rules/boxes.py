"""Boxes of other content under a heading: a "Read also" / "Related" list of other articles,
and an "About the author" box with the bio under it.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = Page.of(text_to_blocks("About the author\\n\\nJane Doe writes about the harbour."))
    >>> [(v.block, v.rule, v.detail) for v in author_boxes(page)]
    [(0, 'author-box', 'heading'), (1, 'author-box', 'bio')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ... import rule_names as names
from ...blocks import Block
from ..page import Page, Verdict, shared_verdict
from ..phrases import fold

__all__ = ["author_boxes", "related_lists"]

_MAX_INLINE_TEASERS = 5


def related_lists(page: Page) -> Iterable[Verdict]:
    """A "Read also" / "Related" / "Latest news" heading and the list under it (headlines,
    kickers and their timestamps), up to the next block that reads as body text.

    Before any body text the heading alone is named: a widget heading printed above the headline
    ("Popular Articles") must not swallow the headline, standfirst and byline under it.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> story = "The bridge reopened on Monday after two long years of repairs."
        >>> page = Page.of(text_to_blocks(f"{story}\\n\\nRead also\\n\\nFerry back in service"))
        >>> [(v.block, v.rule, v.detail) for v in related_lists(page)]
        [(1, 'related-list', 'read also'), (2, 'related-list', 'item')]
    """
    blocks, prose = page.blocks, page.prose
    headings = page.book.whole.get("related_headings", frozenset())
    total = len(blocks)
    # The headings first, found in C; the body has begun at a heading once a block before it
    # that is no heading reads as prose (a block a list swallowed does not: it reads as none).
    found = page.whole_among(headings)
    matched = [i for i in found if blocks[i].words <= 6]
    if not matched:
        return
    others = set(matched)
    body = next((i for i, p in enumerate(prose) if p and i not in others), total)
    index = 0
    for position in matched:
        if position < index:
            continue  # swallowed by the list under an earlier heading
        heading = blocks[position]
        seen_body = body < position
        index = position + 1
        items: list[Block] = []
        while seen_body and index < total and not prose[index]:
            items.append(blocks[index])
            index += 1
        yield from _related_verdicts(heading, items, inline=seen_body and index < total)


def _related_verdicts(heading: Block, items: list[Block], *, inline: bool) -> Iterable[Verdict]:
    """The verdicts on a related-list heading and the items under it."""
    # A teaser list inside the article (the body resumes after it) is marked "inline": its
    # blocks go, but they must not cut the article in two when the body run is chosen.
    yield shared_verdict(
        heading.index, names.RELATED_LIST, ("inline: " if inline else "") + fold(heading.text)
    )
    # A long list that the body resumes after is the article's own list (products, steps);
    # a teaser list is a few headlines, or runs to the end of the page.
    headlines = sum(1 for b in items if not _mostly_digits(b.text))
    if not inline or headlines <= _MAX_INLINE_TEASERS:
        detail = "inline: item" if inline else "item"
        yield from (shared_verdict(b.index, names.RELATED_LIST, detail) for b in items)


def author_boxes(page: Page) -> Iterable[Verdict]:
    """An "About the author" heading, or "About" and a name ("About Jane Doe"), and the bio
    under it; and a bio that opens with a name and a handle ("Jane Doe (@janedoe) is a …").

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("Jane Doe (@janedoe) is a writer at the paper."))
        >>> [(v.rule, v.detail) for v in author_boxes(page)]
        [('author-box', 'bio with handle')]
    """
    blocks = page.blocks
    headings = page.book.whole.get("author_box", frozenset())
    prefixes = tuple(page.book.whole.get("author_box_prefixes", frozenset()))
    for position, block in enumerate(blocks):
        folded = page.folded[position]
        if block.words <= 6 and (
            folded in headings
            or (folded.startswith(prefixes) and _about_name(block.text, prefixes))
        ):
            yield shared_verdict(block.index, names.AUTHOR_BOX, "heading")
            if position + 1 < len(blocks):
                yield shared_verdict(blocks[position + 1].index, names.AUTHOR_BOX, "bio")
        elif block.words <= 80 and "@" in block.text and _HANDLE_BIO.match(block.text):
            yield shared_verdict(block.index, names.AUTHOR_BOX, "bio with handle")


# "Jane Doe (@janedoe) is a staff writer …", "Jane Doe (jane@example.org) is the editor …":
# a bio box, not the story (a story names people, not their handles). Both forms hold an "@",
# tested first: most blocks have none.
_HANDLE_BIO = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} \((?:@\w{1,30}|[\w.+-]{1,40}@[\w-]{1,40}\.[\w.]{2,20})\)"
    r",? (?:is|was|has been) (?:a|an|the) "
)


def _about_name(text: str, prefixes: tuple[str, ...]) -> bool:
    """ "About Jane Doe": a prefix, then two to four capitalised words and no full stop."""
    folded = text.casefold()
    for prefix in prefixes:
        if folded.startswith(prefix):
            name = text[len(prefix) :].split()
            return 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name) and "." not in text
    return False


def _mostly_digits(text: str) -> bool:
    """A timestamp-like line ("01 February 2024 - 16:20"): a third or more of it is digits."""
    return sum(map(str.isdigit, text)) >= len(text.replace(" ", "")) / 3
