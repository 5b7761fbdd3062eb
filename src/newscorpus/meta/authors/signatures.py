"""Authors named after the body: signature lines, bio paragraphs and "About the author" boxes;
with none of them, the person a personal site's copyright line names ("© 2024 Ann Lee").

Opinion pieces and analyses often print no byline; the author appears at the end instead, as a
signature (``Jane Doe, economist``), a bio (``Jane Doe is a senior analyst at …``) or an author
box. None of these is body: the blocks are returned as consumed, with their role.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("The port reopened on Monday after a week of repairs and inspections. " * 3
    ...         + "\\n\\nJane Doe is a senior analyst at the Harbour Institute.")
    >>> found = read_tail(classify(text_to_blocks(page)))
    >>> found.values["authors"], sorted(found.consumed.values())
    (('Jane Doe',), ['author-bio'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ... import rule_names
from ...article import Evidence
from ...blocks import Block
from ...clean.classify import Classified
from ...clean.thresholds import THRESHOLDS
from ..partial import Found, MetaFields
from ..publisher import copyright_holder
from .bylines import Byline, is_organisation, parse_author_bio, parse_signature
from .names import names_a_person

__all__ = ["read_tail"]

_TAIL_BLOCKS = 4
# Rules a tail block may carry and still be read for an author (others are widgets, lists, …).
_READABLE = frozenset(
    {rule_names.OUTSIDE_BODY, rule_names.AUTHOR_BOX, rule_names.REPEATED_BLOCK, rule_names.NAV_RUN}
)


def read_tail(classified: Classified) -> Found:
    """Authors from the last body block and the few blocks after the body.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "The market reopened after the flood and traders returned. " * 3 + "\\n\\nAnn Lee, economist"
        >>> read_tail(classify(text_to_blocks(page))).values
        {'authors': ('Ann Lee',)}
    """
    if classified.end is None:
        return Found()
    blocks = classified.blocks
    end = classified.end
    consumed: dict[int, str] = {}
    authors: tuple[str, ...] = ()
    evidence: Evidence | None = None
    last_body = _last_body_block(classified)
    candidates: list[tuple[Block, str, Callable[[str], Byline | None]]] = []
    if last_body is not None:
        candidates.append((last_body, "author-bio", parse_author_bio))
    body_words = _BodyWords(classified)
    for block in _tail_blocks(classified, blocks[end + 1 :]):
        if _may_sign(block):
            candidates.append((block, "signature", _signature_parser(block, body_words)))
        candidates.append((block, "author-bio", parse_author_bio))
    for block, role, parser in candidates:
        if block.index in consumed or block.words > 80:
            continue
        found = parser(block.text)
        if found is None or not found.authors:
            continue
        consumed[block.index] = role
        if not authors:
            authors = found.authors
            evidence = Evidence(source="text:tail", rule=role, raw=block.text, block=block.index)
    if not authors:
        owner = _copyright_person(blocks)
        if owner is not None:
            authors = (owner[0],)
            evidence = Evidence(
                source="text:tail", rule="copyright-holder", raw=owner[1].text, block=owner[1].index
            )
    values: MetaFields = {"authors": authors} if authors else {}
    return Found(
        values=values, evidence={"authors": evidence} if evidence else {}, consumed=consumed
    )


# Elements that never hold a signature, even when classed as the author's.
_NOT_SIGNATURE_TAGS = frozenset({"li", "dd", "dt", "button", "figcaption", "caption", "label", "a"})


def _may_sign(block: Block) -> bool:
    """Whether a block can be a signature. Text blocks can; in HTML the byline elements were read
    already (meta/authors/elements.py) and an unmarked line after the body is far more often a
    widget heading or a caption than a name, so the block must be marked as the author's."""
    if block.tag is None:
        return True
    if "author" not in block.attr_words or block.tag in _NOT_SIGNATURE_TAGS:
        return False
    return block.link_density < THRESHOLDS.linked_line


class _BodyWords:
    """The body's text, case-folded, read once when first asked."""

    def __init__(self, classified: Classified) -> None:
        self._classified = classified
        self._text: str | None = None

    def __contains__(self, word: str) -> bool:
        if self._text is None:
            c = self._classified
            body = (
                c.blocks[c.start : (c.end + 1)] if c.start is not None and c.end is not None else ()
            )
            self._text = "\n".join(b.text for b in body if b.index not in c.verdicts).casefold()
        return re.search(rf"\b{re.escape(word.casefold())}\b", self._text) is not None


def _signature_parser(block: Block, body_words: _BodyWords) -> Callable[[str], Byline | None]:
    """:func:`parse_signature`, stricter for a plain-text line: after the body of a page copied
    as text come widget headings and menu items ("Latest Posts", "Previous Article") that look
    like names as much as signatures do ("Latest Posts", "Middle East, Politics"), so the name
    must start with a common given name (:func:`names_a_person`) unless a dash sets it off as a
    signature ("— Ann Lee"); and a bare name whose surname the story's text uses is someone
    the story is about (a picture's caption, a quote's speaker), not its author."""
    if block.tag is not None:
        return parse_signature

    def strict_signature(text: str) -> Byline | None:
        found = parse_signature(text)
        if found is None:
            return None
        if text.lstrip().startswith(("—", "–")):
            return found
        if all(names_a_person(n) and n.split()[-1] not in body_words for n in found.authors):
            return found
        return None

    return strict_signature


# A picture's credit, not the page's owner ("Foto: © Ann Lee").
_CREDIT = re.compile(r"foto|photo|bild|image|picture|getty|shutterstock|istock|adobe", re.I)


def _copyright_person(blocks: Sequence[Block]) -> tuple[str, Block] | None:
    """The person the page's last copyright line names ("© 2024 Ann Lee"): a personal site's
    owner, its author when nothing else names one. A company, a picture's credit or a name that
    is not clearly a person's gives None."""
    for block in reversed(blocks):
        if block.words > 25:
            continue
        holder = copyright_holder(block.text)
        if holder is None:
            continue
        if _CREDIT.search(block.text) or not names_a_person(holder) or is_organisation(holder):
            return None
        return (holder, block) if _in_footer(block, len(blocks)) else None
    return None


_FOOTER_BLOCKS = 12


def _in_footer(block: Block, count: int) -> bool:
    """Among the page's last blocks, where its footer is, and not a picture's caption."""
    if "figure" in block.path.split("/") or block.tag in ("figcaption", "caption"):
        return False
    return block.index >= count - _FOOTER_BLOCKS


def _last_body_block(classified: Classified) -> Block | None:
    """The last body block when the body has two or more (walking back from the page's end,
    where it is found at once, instead of building ``classified.body``)."""
    last = None
    for block in reversed(classified.blocks):
        if block.index not in classified.verdicts:
            if last is not None:
                return last
            last = block
    return None


def _tail_blocks(classified: Classified, after: Sequence[Block]) -> list[Block]:
    picked: list[Block] = []
    for block in after[: _TAIL_BLOCKS * 2]:
        verdict = classified.verdicts.get(block.index)
        if verdict is not None and verdict.rule not in _READABLE:
            continue
        picked.append(block)
        if len(picked) == _TAIL_BLOCKS:
            break
    return picked
