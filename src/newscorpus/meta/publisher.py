"""The publisher's name as the page itself prints it.

Read, in this order of trust (the first that yields a name wins):

1. a byline's trailing publisher (``By Jane Doe - The Valley Courier``), found by the header;
2. a thank-you line (``Thank you for choosing X as your source …``);
3. an interview label in the header (``X interview with Y``);
4. a copyright line (``© 2023 X, All Rights Reserved``) — when it is printed in capitals and the
   page spells the same name in mixed case elsewhere, that spelling is used.

A page that never names its publisher gets none: no guessing from the topic.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> blocks = text_to_blocks("Story.\\n\\n© 2021 VALLEY COURIER. All rights reserved.\\n\\n"
    ...                         "Read the Valley Courier every day.")
    >>> read_source(blocks).values["source"]
    'Valley Courier'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from .. import rule_names
from ..article import Evidence
from ..blocks import Block
from .partial import Found

__all__ = ["copyright_holder", "footer_holder", "read_source", "source_fallbacks"]

_MAX_NAME_WORDS = 5
_THANKS = re.compile(
    r"\b(?:thank you|thanks) for (?:choosing|reading|visiting) (?P<name>\S+(?: \S+){0,4}?)"
    r"(?= as\b| for\b|[,!?;:]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_INTERVIEW = re.compile(
    r"^(?P<name>\S+(?: \S+){0,2}) (?:exclusive )?interview with\b", re.IGNORECASE
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?"
    r"(?P<name>[^|©•·]{2,80})",
    re.IGNORECASE,
)
_RIGHTS = re.compile(
    r"[,.]?\s*(?:all rights reserved|alle rechte vorbehalten|все права защищены|tous droits réservés|"
    r"todos los derechos reservados|tüm hakları saklıdır|bütün hüquqlar qorunur|tutti i diritti riservati).*$",
    re.IGNORECASE,
)
_HOLDER_LEAD = re.compile(r"^(?:(?:by|von|par|por)\s+|copyright\s+)", re.IGNORECASE)
_HOLDER_YEARS = re.compile(r"[\s,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*$")
# A footer's copyright line, not a picture's credit: a year or a rights phrase in it, the mark
# near its start (after at most a few words: "Webdesign und Inhalte ©"), no credit word before.
_FOOTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CREDIT_WORDS = re.compile(
    r"\b(?:foto|fotos|bild|bilder|photo|photos|image|images|picture|credit|quelle|source|"
    r"grafik|illustration|video)\b",
    re.IGNORECASE,
)
_LEAD_WORDS = 4
_NOT_A_NAME = frozenset(
    {"exclusive", "an", "the", "in", "full", "video", "our", "this", "audio", "live"}
)


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line, or None.

    Example:
        >>> copyright_holder("Copyright © 2019-2023 Harbour Ledger Ltd. All Rights Reserved")
        'Harbour Ledger Ltd'
    """
    found = _COPYRIGHT.search(text[:500]) if _may_name_holder(text) else None
    if not found:
        return None
    name = _RIGHTS.sub("", found.group("name")).strip(" .,;:-–—")
    name = re.sub(r"^\d{4}\s*", "", name).strip(' .,;:-–—«»"“”')
    # "© by Ann Lee", "© Copyright Valley Courier", "© Valley Courier 2019-2023", "… //"
    name = _HOLDER_LEAD.sub("", name)
    name = _HOLDER_YEARS.sub("", name).strip(' .,;:-–—«»"“”/')
    if not name or len(name.split()) > _MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return None
    return name


def footer_holder(text: str) -> str | None:
    """The holder of a site footer's copyright line, or None: stricter than
    :func:`copyright_holder`, for pages whose every picture credit carries a "©" too.

    Example:
        >>> footer_holder("© 2024 Valley Courier. All rights reserved.")
        'Valley Courier'
        >>> footer_holder("Harbour at dawn © Ann Lee / Picture Desk") is None
        True
        >>> footer_holder("Copyright Policy") is None
        True
    """
    found = _COPYRIGHT.search(text[:500]) if _may_name_holder(text) else None
    if found is None:
        return None
    lead = text[: found.start()]
    if len(lead.split()) > _LEAD_WORDS or _CREDIT_WORDS.search(lead):
        return None
    if not (_FOOTER_YEAR.search(text[:500]) or _RIGHTS.search(text[:500])):
        return None
    return copyright_holder(text)


def _may_name_holder(text: str) -> bool:
    """A cheap test every ``_COPYRIGHT`` match passes: c, o, p, y and r have no case variant
    but the ASCII capital, so lower() finds what the case-blind regex finds."""
    if "©" in text:
        return True
    low = text.lower()
    return "(c)" in low or "copyr" in low


def _may_thank(text: str) -> bool:
    """A cheap test every ``_THANKS`` match passes (t, h, a, n, k: as above; the Kelvin sign's
    lower() is a plain k)."""
    return "thank" in text.lower()


def read_source(
    blocks: Sequence[Block], *, header: Found | None = None, copyright_line: bool = True
) -> Found:
    """Find the publisher's name in the page's blocks (``header`` may already hold one).

    Args:
        blocks: the page's blocks.
        header: what the header reader found (its publisher wins).
        copyright_line: also read a copyright line; an HTML page, whose every picture credit
            carries a "©" too, reads only a footer's, in :func:`source_fallbacks`.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> read_source(text_to_blocks("Thank you for choosing NordPost.Info as your source.")).values
        {'source': 'NordPost.Info'}
    """
    if header is not None and header.values.get("source"):
        return Found(
            values={"source": header.values["source"]},
            evidence={k: v for k, v in header.evidence.items() if k == "source"},
        )
    short = [b for b in blocks if b.words <= 40]
    page = _page_bytes([b.text for b in short])
    found = (
        _from_thanks(short, page)
        or _from_interview(short, page)
        or (_from_copyright(_holder_blocks(short, page)) if copyright_line else None)
    )
    if found is None:
        return Found()
    name, rule, block = found
    name = _prefer_mixed_case(name, blocks)
    return Found(
        values={"source": name},
        evidence={
            "source": Evidence(source="text:page", rule=rule, raw=block.text, block=block.index)
        },
    )


def _page_bytes(texts: Sequence[str]) -> bytes:
    """The texts joined by line breaks, in UTF-8 with the ASCII capitals lowered (in C, far
    cheaper than ``str.lower``). A lower-case ASCII mark shows there wherever it shows in a
    text's ``lower()``: only the capital İ and the Kelvin sign lower to ASCII (i, k), and no
    mark searched for here holds an i; a k is looked for with the Kelvin sign beside it."""
    return "\n".join(texts).encode("utf-8", "surrogatepass").lower()


_KELVIN = "\u212a".encode()


def _from_thanks(blocks: Sequence[Block], page: bytes) -> tuple[str, str, Block] | None:
    """The thank-you line; a page (:func:`_page_bytes`) where no line can pass
    :func:`_may_thank` is not searched block by block."""
    if b"thank" not in page and _KELVIN not in page:
        return None
    for block in blocks:
        found = _THANKS.search(block.text) if _may_thank(block.text) else None
        if found and _brand_like(found.group("name")):
            return found.group("name").strip(" .,"), "thank-you-line", block
    return None


def _from_interview(blocks: Sequence[Block], page: bytes) -> tuple[str, str, Block] | None:
    """The interview label. Every ``_INTERVIEW`` match holds "nterv" in lower case (n, t, e, r
    and v match no other letter case-insensitively), so a page without it is not searched."""
    if b"nterv" not in page:
        return None
    for block in blocks[:40]:
        found = _INTERVIEW.search(block.text.strip())
        if found and _brand_like(found.group("name")):
            return found.group("name").strip(), "interview-label", block
    return None


def _from_copyright(
    blocks: Sequence[Block], holder: Callable[[str], str | None] = copyright_holder
) -> tuple[str, str, Block] | None:
    for block in reversed(blocks):
        if block.words > 25:
            continue
        name = holder(block.text)
        if name:
            return name, rule_names.COPYRIGHT_LINE, block
    return None


def _holder_blocks(blocks: Sequence[Block], page: bytes) -> list[Block]:
    """The ``blocks`` that :func:`_may_name_holder` passes, in order, found by searching their
    page (:func:`_page_bytes`) once per mark instead of lowering every text: a hit's block is
    the number of line breaks before it, when no text holds a line break of its own."""
    hits = [*_finds(page, b"\xc2\xa9"), *_finds(page, b"(c)"), *_finds(page, b"copyr")]
    if not hits:
        return []
    if page.count(b"\n") != len(blocks) - 1:
        return [b for b in blocks if _may_name_holder(b.text)]
    return [blocks[i] for i in sorted({page.count(b"\n", 0, hit) for hit in hits})]


def _finds(page: bytes, mark: bytes) -> list[int]:
    """Where ``mark`` starts in ``page``, every time."""
    found: list[int] = []
    at = page.find(mark)
    while at >= 0:
        found.append(at)
        at = page.find(mark, at + 1)
    return found


def _brand_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if len(words) == 1 and words[0].casefold() in _NOT_A_NAME:
        return False
    return words[0][:1].isupper() or words[0][:1].isdigit()


def _prefer_mixed_case(name: str, blocks: Sequence[Block]) -> str:
    """For a name printed in capitals, the page's own mixed-case spelling of it, if any."""
    if not name.isupper():
        return name
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for block in blocks:
        if len(block.text) > 20_000:
            continue
        for found in pattern.finditer(block.text):
            spelling = found.group(0)
            if not spelling.isupper() and not spelling.islower():
                return spelling
    return name


def source_fallbacks(
    html_found: Found, *, url: str | None = None, blocks: Sequence[Block] = ()
) -> Found:
    """The publisher when neither the markup nor the text names it: the holder of a footer's
    copyright line among ``blocks`` (:func:`footer_holder`: a picture's credit is none), else
    the site's segment of the ``<title>`` ("… | Valley Courier"), else the URL's host name
    without ``www.``.

    Args:
        html_found: what the markup reader found (its ``site_in_title``).
        url: the page's address.
        blocks: the page's blocks, to read a copyright line in.

    Example:
        >>> source_fallbacks(Found(values={"site_in_title": "Valley Courier"})).values
        {'source': 'Valley Courier'}
        >>> found = source_fallbacks(Found(), url="https://www.valley-courier.com/a/1")
        >>> found.values["source"], found.evidence["source"].rule
        ('valley-courier.com', 'host')
        >>> source_fallbacks(Found(), url="not a url").values
        {}
    """
    short = [b for b in blocks if b.words <= 40]
    footer = _from_copyright(
        _holder_blocks(short, _page_bytes([b.text for b in short])), footer_holder
    )
    if footer is not None:
        holder, rule, block = footer
        return Found(
            values={"source": _prefer_mixed_case(holder, blocks)},
            evidence={
                "source": Evidence(source="text:page", rule=rule, raw=block.text, block=block.index)
            },
        )
    name = html_found.values.get("site_in_title")
    if isinstance(name, str) and name.strip():
        evidence = Evidence(source="html:title", rule="title-site-segment", raw=name)
        return Found(values={"source": name.strip()}, evidence={"source": evidence})
    host = urlsplit(url).hostname if url and "://" in url else None
    if not host:
        return Found()
    name = host.removeprefix("www.")
    return Found(
        values={"source": name},
        evidence={"source": Evidence(source="url", rule="host", raw=url or "")},
    )
