"""Image captions: stray credits and alt-text fragments ("Photo: …", ``img collage``); photo
captions that end with a credit: "… in Hialeah, Fla. (AP Photo/Jane Roe)",
"… on Monday. REUTERS/John Doe", "… equivalent. Credit: ESA"; and captions that open with a
figure's label: "Abbildung 4: …", "Fig. 2. …".

A caption copied off a page reads like a sentence, so quality alone keeps it; its credit or its
label gives it away. Only the last 120 characters of a block are read for a credit, by three
small anchored regexes, and its first characters for a label.
Captions sit between body paragraphs, so their verdict is marked ``inline:``: they go, but they
do not cut the article in two when the body run is chosen.

Example:
    >>> ends_with_credit("Crowds gather at the harbour on Monday. (Photo: Jane Roe/Getty Images)")
    True
    >>> ends_with_credit("An Alibaba spokesperson declined to comment to Reuters.")
    False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ... import rule_names as names
from ..page import Page, Verdict, is_sentence_like, shared_verdict

__all__ = ["credited_captions", "ends_with_credit", "numbered_captions", "stray_captions"]

_TAIL_CHARS = 120
_MARK = re.compile(r"[)\]:/©]")
_MAX_WORDS = 120
_PAREN = re.compile(r"[(\[]([^()\[\]]{1,80})[)\]]\s*$")
# A bare "(Photo: Jane Roe)" after a finished sentence is left alone (is_sentence_like reads it
# as the sentence's end): the parenthesis must say "credit" or "by", or name an agency.
_PAREN_CREDIT = re.compile(
    r"\bcredit\b|\b(?:photos?|photograph|image|picture|foto)\s+by\b|getty|shutterstock|istock|"
    r"/\s*(?:ap|afp|reuters|epa)\b|\b(?:ap|afp|reuters|epa)\s*/|^\s*file\s*:|\bap photo\b",
    re.IGNORECASE,
)
_LABEL_TAIL = re.compile(
    r"(?:^|[.!?”\"’)]\s*|\s)(?:image credit|photo credit|credit|photo|photograph|image|foto|bild)"
    r"\s?:\s?[^.!?:]{1,60}$",
    re.IGNORECASE,
)
_LABEL_ENDS = frozenset("tohedTOHED")  # the last letters of the _LABEL_TAIL words
_LABEL_AFTER = 61  # an optional space and up to 60 label characters
_AGENCY_AFTER = 18  # an optional space, "Getty Images" and " file"
_AGENCY_TAIL = re.compile(
    r"(?:\s/\s?|/)(?:AFP|AP|REUTERS|Reuters|EPA|Getty Images|ANSA|DPA|dpa)(?: file)?\s*$"
    r"|\bREUTERS/[A-Z]|© ?Reuters"
)


def ends_with_credit(text: str) -> bool:
    """Whether ``text`` ends with a photo credit: a parenthesis naming a photo, image, credit
    or agency, a ``Credit: …`` / ``Photo: …`` label, or ``Name / AFP``.

    Example:
        >>> ends_with_credit("The pier at dawn. Credit: ESA"), ends_with_credit("Jane Roe / AFP")
        (True, True)
    """
    tail = text[-_TAIL_CHARS:].rstrip()
    if tail.endswith((")", "]")):
        paren = _PAREN.search(tail)
        if paren and _PAREN_CREDIT.search(paren.group(1)):
            return True
    # Every other credit shape has a colon, a slash or a copyright sign near the end: most
    # blocks stop here, before the regexes, which are tried at every character of the tail.
    return bool(
        (_may_be_label(tail) and _LABEL_TAIL.search(tail))
        or (_may_be_agency(tail) and _AGENCY_TAIL.search(tail))
    )


def _may_be_label(tail: str) -> bool:
    """What every ``_LABEL_TAIL`` match needs: its colon is the tail's last (no colon may
    follow it), with at most 61 characters after it, and a label's last letter before it."""
    colon = tail.rfind(":")
    if colon < 0 or len(tail) - colon - 1 > _LABEL_AFTER:
        return False
    # And a label word ends right before it, or before one space before it: every label ends
    # in one of five letters, which match no other character case-insensitively.
    before = tail[colon - 1 : colon] if colon else ""
    if before.isspace():
        before = tail[colon - 2 : colon - 1] if colon > 1 else ""
    return before in _LABEL_ENDS


def _may_be_agency(tail: str) -> bool:
    """What every ``_AGENCY_TAIL`` match needs: a © or "REUTERS/", or a last slash with at
    most 18 characters after it (a space, "Getty Images", " file"; the tail ends unspaced)."""
    if "©" in tail or "REUTERS/" in tail:
        return True
    slash = tail.rfind("/")
    return slash >= 0 and len(tail) - slash - 1 <= _AGENCY_AFTER


def credited_captions(page: Page) -> Iterable[Verdict]:
    """Blocks of up to 120 words that end with a photo credit.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("Boats in the harbour at dawn. (Photo by Jane Roe)"))
        >>> [(v.rule, v.detail) for v in credited_captions(page)]
        [('image-caption', 'inline: credit')]
    """
    blocks = page.blocks
    for position in page.marked:  # a plain line holds no bracket, colon, slash or ©
        block = blocks[position]
        text = block.text
        # Every credit shape ends with a bracket or holds a colon, a slash or a © in its tail:
        # one scan for all of them rules out most blocks before the closer look.
        if (
            block.words <= _MAX_WORDS
            and _MARK.search(text, len(text) - _TAIL_CHARS) is not None
            and ends_with_credit(text)
        ):
            yield shared_verdict(block.index, names.IMAGE_CAPTION, "inline: credit")


# "Abbildung 4: …", "Fig. 2. …", "Figure 3 – …", "Abbildung: …": a picture's caption by its
# label, however long.
_NUMBERED = re.compile(
    r"(?:figure|fig\.|abbildung|abb\.|figura|grafik|illustration)"
    r"\s?(?:\d{1,3}[a-z]?\s?[:.–—-]|:)\s",
    re.IGNORECASE,
)


_LABEL_INITIALS = frozenset("FfAaGgIi")


def numbered_captions(page: Page) -> Iterable[Verdict]:
    """Blocks of up to 120 words that open with a figure's number ("Abbildung 4: …",
    "Fig. 2. …"): a caption, left in the text between paragraphs.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("Figure 2: Snow depth on the glacier in March."))
        >>> [(v.rule, v.detail) for v in numbered_captions(page)]
        [('image-caption', 'inline: numbered')]
    """
    for block in page.blocks:
        text = block.text
        # Every label opens with one of these letters: the regex is tried on few blocks.
        if text[:1] in _LABEL_INITIALS and block.words <= _MAX_WORDS and _NUMBERED.match(text):
            yield shared_verdict(block.index, names.IMAGE_CAPTION, "inline: numbered")


def stray_captions(page: Page) -> Iterable[Verdict]:
    """Image captions and credits left in the text: ``Photo: …`` lines, and short lower-case
    fragments that are no sentence (alt text such as ``img collage``).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> page = Page.of(text_to_blocks("Photo: Jane Roe\\n\\nimg collage"))
        >>> [(v.block, v.detail) for v in stray_captions(page)]
        [(0, 'credit'), (1, 'fragment')]
    """
    prefixes = page.book.whole.get("stray_caption_prefixes", frozenset())
    # Only the prefixes that open with the line's first character are tried: startswith()
    # with all of them tries each in turn, on every short line of the page.
    by_initial, always = _by_initial(prefixes), "" in prefixes
    for block in page.blocks:
        text = block.text
        if block.words > 15:
            continue
        folded = text.casefold()
        starts = by_initial.get(folded[:1])
        if always or (starts is not None and folded.startswith(starts)):
            yield shared_verdict(block.index, names.IMAGE_CAPTION, "credit")
        elif block.words <= 6 and text[:1].islower() and not is_sentence_like(text):
            yield shared_verdict(block.index, names.IMAGE_CAPTION, "fragment")


@lru_cache(maxsize=16)
def _by_initial(prefixes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The non-empty ``prefixes`` grouped by their first character."""
    grouped: dict[str, list[str]] = {}
    for prefix in prefixes:
        if prefix:
            grouped.setdefault(prefix[0], []).append(prefix)
    return {initial: tuple(group) for initial, group in grouped.items()}
