"""HTML into blocks with DOM features, for the same cleaning as plain text.

The page is parsed with lxml's forgiving HTML parser (no network, no entity expansion, no DTD
loading) and walked once, iteratively, so 100,000 nested tags cost no recursion. Every block-level
element ends the running block; ``<br>`` does too. Each block records its tag, the path of
block-level tags above it, the class and id words of it and its nearest ancestors that say something
(``share``, ``comment``, ``article`` …) and the share of its characters inside links.

Example:
    >>> page = parse_html("<body><nav><a href='/'>Home</a></nav><p>Rain <a href='#'>fell</a>.</p></body>")
    >>> [(b.text, b.tag, b.path, round(b.link_density, 2)) for b in page.blocks]
    [('Home', 'nav', 'html/body/nav', 1.0), ('Rain fell.', 'p', 'html/body/p', 0.44)]
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

import attrs
from lxml import etree
from lxml import html as lxml_html

from ._repairs import STREAMED_MARK, close_title, place_streamed, repaired
from .blocks import Block, markup_block
from .htmllimits import (
    count_nodes,
    count_start_tags,
    most_elements,
    refuse_over,
    too_deep,
    tree_was_cut,
)
from .vocab import words as vocabulary_words

__all__ = ["BLOCK_TAGS", "HtmlPage", "parse_html"]

BLOCK_TAGS = frozenset(
    [
        "html",
        "body",
        "article",
        "main",
        "section",
        "header",
        "footer",
        "nav",
        "aside",
        "div",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "caption",
        "form",
        "fieldset",
        "address",
        "hr",
        "br",
        "details",
        "summary",
        "center",
        "menu",
        "label",
        "button",
        "select",
    ]
)
"""Elements that end a block."""

# Microdata marking a part of the article line by line (a recipe's ingredient or steps).
_PART_PROPS = frozenset({"recipeingredient", "ingredients", "recipeinstructions", "reviewbody"})

_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "head",
        "title",
        "meta",
        "link",
        "option",
        "datalist",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "area",
        "input",
        "textarea",
        "rt",
        "rp",
    ]
)
_SPLIT = re.compile(r"[^a-z0-9]+")
_PATH_DEPTH = 16
# Class words count from the element and its nearest ancestors only: a wrapper far up the tree
# ("page-content menu-open") says little about one paragraph.
_CLASS_DEPTH = 4
# Containers are looked for this many levels up at most: real pages nest a few dozen levels,
# and a page nested thousands deep must not cost thousands of numbers per block.
_ANCESTOR_DEPTH = 64


@attrs.frozen(kw_only=True)
class HtmlPage:
    """A parsed HTML page: its blocks, and the lxml root for metadata readers.

    Attributes:
        blocks: the page's blocks in document order.
        root: the lxml root element (``None`` when the document had no element at all).
        lang: the ``<html lang>`` attribute, as written.
        article_elements: serial numbers (as in :attr:`~newscorpus.blocks.Block.ancestors`) of
            the elements the page marks ``itemprop="articleBody"``: its own statement of where
            the story is.
        part_elements: serial numbers of the elements marked as a part of the article
            (``itemprop="recipeIngredient"``, ``ingredients``, ``recipeInstructions`` …).

    Example:
        >>> parse_html("<html lang='fr'><p>Bonjour.</p></html>").lang
        'fr'
    """

    blocks: tuple[Block, ...]
    root: etree._Element | None = attrs.field(eq=False, repr=False)
    lang: str | None = None
    article_elements: frozenset[int] = frozenset()
    part_elements: frozenset[int] = frozenset()


def _parser() -> lxml_html.HTMLParser:
    # A new parser per call: lxml parsers are not safe to share between threads.
    parser = lxml_html.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        default_doctype=False,
        # Without it libxml2 silently drops a text node over 10 MB and what follows it; depth
        # stays capped (2048 levels), and deeper pages take the flat path below.
        huge_tree=True,
    )
    # lxml.html picks each element's class in Python (to give forms and inputs classes of
    # their own, which nothing here uses), once for every element object made, and the readers
    # walk the tree several times over: lxml's own lookup in C makes the same HtmlElement.
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


def parse_html(html: str, *, max_elements: int | None = None) -> HtmlPage:
    """Parse ``html`` and cut it into blocks.

    Malformed markup is repaired the way browsers do; a document with no element at all gives a
    page without blocks. A page of more than ``max_elements`` elements is refused with an
    :class:`~newscorpus.errors.InputError`: reading costs time in proportion to them, and a
    limit keeps a hostile page from holding a worker.

    Example:
        >>> [b.text for b in parse_html("<div>One<p>Two</div><script>x()</script>").blocks]
        ['One', 'Two']
        >>> parse_html("").blocks
        ()
    """
    if not html.strip():
        return HtmlPage(blocks=(), root=None)
    cleaned = close_title(repaired(html))
    parser = _parser()
    try:
        root = lxml_html.document_fromstring(cleaned, parser=parser)
    except (etree.ParserError, ValueError):
        return HtmlPage(blocks=(), root=None)
    lang = root.get("lang") or root.get("xml:lang")
    limit = max_elements or sys.maxsize
    if too_deep(parser) or tree_was_cut(cleaned, root):
        refuse_over(count_start_tags(cleaned), limit, "elements")
        return HtmlPage(blocks=tuple(_flat_blocks(cleaned)), root=root, lang=lang)
    if most_elements(cleaned) > limit:  # counting them walks the tree: only when it may matter
        refuse_over(count_nodes(root), limit, "elements")
    if STREAMED_MARK in cleaned:
        place_streamed(root, cleaned)
    walker = _walk(root)
    return HtmlPage(
        blocks=tuple(_join_rows(walker.blocks)),
        root=root,
        lang=lang,
        article_elements=frozenset(walker.article_elements),
        part_elements=frozenset(walker.part_elements),
    )


class _FlatParser(HTMLParser):
    """A tree-less pass for pages nested too deep for a tree: blocks end at block-level tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.walker = _Walker()
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.walker.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.walker.flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.walker.add(data)


def _flat_blocks(html: str) -> list[Block]:
    parser = _FlatParser()
    parser.feed(html)
    parser.close()
    parser.walker.flush()
    return parser.walker.blocks


def _attr_words(attrib: Any) -> frozenset[str]:
    if not attrib:  # most elements carry no attribute: one test instead of two look-ups
        return frozenset()
    raw = f"{attrib.get('class') or ''} {attrib.get('id') or ''}".lower()
    if not raw.strip():
        return frozenset()
    interesting = vocabulary_words("class_words", "boilerplate", "content")
    return frozenset(w for w in _SPLIT.split(raw) if w in interesting)


def _hidden(element: etree._Element, attrib: Any) -> bool:
    if not attrib:  # most elements carry no attribute: one test instead of three look-ups
        return False
    if attrib.get("hidden") is not None:
        return True
    # aria-hidden hides from screen readers only: a paragraph so marked is still on screen (a
    # paywall's "fade-out" copy of the story); an icon or a skeleton box is not worth reading.
    if attrib.get("aria-hidden") == "true" and element.tag != "p":
        return True
    style = (attrib.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


# A page repeats a few class contexts over and over (every paragraph of the story shares one):
# the answer is cached per context instead of recomputed per block.
@lru_cache(maxsize=4096)
def _nearest_words(levels: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """Class words of an element and its nearest ancestors, the nearer winning: a content word
    ("content", "text") above a boilerplate word ("comments") names the page's wrapper, not
    the block, and is left out; one beside or below it still counts."""
    boilerplate = vocabulary_words("class_words", "boilerplate")
    words: set[str] = set()
    for level in reversed(levels):
        words |= level
        if level & boilerplate:
            words |= frozenset().union(*levels) - vocabulary_words("class_words", "content")
            break
    return tuple(sorted(words))


_NO_WORDS: frozenset[str] = frozenset()


class _Walker:
    """Collects blocks during one iterative walk of the tree.

    The walk steps through every element twice (in and out), so its steps are written for
    speed: the common cases (an element without attributes, no text waiting, no link open)
    cost a test each, with no call."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.block_tags: list[str] = []
        self.block_ids: list[int] = []  # serial numbers of the open block-level elements
        self.serial = 0
        self.words: list[frozenset[str]] = [_NO_WORDS]  # each element's own class/id words
        self.links = 0
        # For each open <a>, whether it counts as a link (its end undoes only what its start did).
        self.anchors: list[int] = []
        self.article_elements: list[int] = []  # the elements marked itemprop="articleBody"
        self.part_elements: list[int] = []  # marked as a part of it (_PART_PROPS)

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.links:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.parts:
            return
        # Text nodes carry their own spacing: <b>Rain</b> fell. is "Rain fell.", a<i>b</i> is "ab".
        text = " ".join("".join(self.parts).split())
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        block_tags = self.block_tags
        self.blocks.append(
            markup_block(
                len(self.blocks),
                text,
                tag=block_tags[-1] if block_tags else None,
                path="/".join(block_tags[-_PATH_DEPTH:]),
                attr_words=_nearest_words(tuple(self.words[-_CLASS_DEPTH:])),
                # 0 / n is 0.0: a block without link text needs no count of its characters
                link_density=min(1.0, link_chars / max(1, len(text.replace(" ", ""))))
                if link_chars
                else 0.0,
                ancestors=tuple(self.block_ids[-_ANCESTOR_DEPTH:]),
            )
        )

    def enter(self, element: etree._Element, tag: str, attrib: Any) -> None:
        """An element opens: a block-level one ends the running block."""
        if tag in BLOCK_TAGS:
            if self.parts:
                self.flush()
            self.block_tags.append(tag)
            self.serial += 1
            self.block_ids.append(self.serial)
            prop = attrib.get("itemprop") if attrib else None
            if prop is not None:
                prop = prop.lower()
                if "articlebody" in prop:
                    self.article_elements.append(self.serial)
                elif _PART_PROPS.intersection(prop.split()):
                    self.part_elements.append(self.serial)
        elif self.parts and attrib and _line_break(element, attrib):
            self.flush()
        self.words.append(_attr_words(attrib) if attrib else _NO_WORDS)
        if tag == "a":
            # An <a name=…> without href names a place in the page (a jump target, often around
            # a sub-heading): its text is prose, not a link's.
            link = 0 if attrib and "href" not in attrib and "name" in attrib else 1
            self.anchors.append(link)
            self.links += link
        text = element.text
        if text:
            self.parts.append(text)
            if self.links:
                self.link_chars += len(text.strip())

    def leave(self, element: etree._Element, tag: str) -> None:
        """An element closes: a block-level one ends the running block; its tail follows."""
        if tag in BLOCK_TAGS:
            if self.parts:
                self.flush()
            self.block_tags.pop()
            self.block_ids.pop()
        if tag == "a":
            self.links -= self.anchors.pop()
        self.words.pop()
        tail = element.tail
        if tail:
            self.parts.append(tail)
            if self.links:
                self.link_chars += len(tail.strip())


def _walk(root: etree._Element) -> _Walker:
    walker = _Walker()
    enter, leave = walker.enter, walker.leave
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            tag = ""
        if event == "start":
            if (
                skipping
                or (tag in _SKIP_TAGS and not (tag == "noscript" and _noscript_story(element)))
                or ((attrib := element.attrib) and _hidden(element, attrib))
            ):
                skipping += 1
                continue
            enter(element, tag, attrib)
        elif skipping:
            skipping -= 1
            if skipping == 0:
                walker.add(element.tail)
        else:
            leave(element, tag)
    walker.flush()
    return walker


# What a <noscript> must hold to be read: a "please enable JavaScript" note is one paragraph and
# a tracking pixel none; a story printed there for readers without scripts is several.
_NOSCRIPT_PARAGRAPHS = 2
_NOSCRIPT_CHARS = 200


def _noscript_story(element: etree._Element) -> bool:
    """Whether a ``<noscript>`` holds paragraphs of text: some blog platforms render the post
    with a script and print it again in ``<noscript>``, the only copy an HTML reader can see
    (the script's is a string). Its ``<p>`` elements alone are measured."""
    paragraphs = chars = 0
    for paragraph in element.iter("p"):
        length = len(paragraph.text_content().strip())
        paragraphs += length > 0
        chars += length
        if paragraphs >= _NOSCRIPT_PARAGRAPHS and chars >= _NOSCRIPT_CHARS:
            return True
    return False


_CELLS = frozenset({"td", "th"})


def _join_rows(blocks: list[Block]) -> list[Block]:
    """A table row of plain cells becomes one block, its cells separated by a tab: a row
    ("Larry Ogunjobi, 63, 85%") is read as a line, and a cell alone is no paragraph. A cell
    holding paragraphs (a layout table) keeps them as blocks of their own."""
    if not any(b.tag in _CELLS for b in blocks):
        return blocks
    out: list[Block] = []
    row: list[Block] = []
    for block in blocks:
        if row and not (block.tag in _CELLS and block.ancestors[:-1] == row[0].ancestors[:-1]):
            out.append(_merge(row, len(out)))
            row = []
        if block.tag in _CELLS and len(block.ancestors) > 1:
            row.append(block)
        else:
            out.append(attrs.evolve(block, index=len(out)) if block.index != len(out) else block)
    if row:
        out.append(_merge(row, len(out)))
    return out


def _merge(cells: list[Block], index: int) -> Block:
    first = cells[0]
    if len(cells) == 1:
        return first if first.index == index else attrs.evolve(first, index=index)
    chars = sum(len(c.text.replace(" ", "")) for c in cells)
    links = sum(c.link_density * len(c.text.replace(" ", "")) for c in cells)
    return Block(
        index=index,
        text="\t".join(c.text for c in cells),
        tag="tr",
        path=first.path.rsplit("/", 1)[0],
        attr_words=first.attr_words,
        link_density=min(1.0, links / max(1, chars)),
        ancestors=first.ancestors[:-1],
    )


def _line_break(element: etree._Element, attrib: Any) -> bool:
    """Whether an inline element is an empty one whose class names it a line break (``<span
    class="br"></span>``): some CMSs write the break between a sub-heading and its paragraph
    so, and reading through it glues the two into one block."""
    raw = attrib.get("class")
    if not raw or element.text or len(element):
        return False
    return not vocabulary_words("class_words", "break").isdisjoint(_SPLIT.split(raw.lower()))
