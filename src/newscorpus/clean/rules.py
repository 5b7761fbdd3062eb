"""Per-page boilerplate rules: phrase rules and shape rules.

A rule is a small callable that looks at a page's blocks and says which to drop and why
(:class:`Verdict`). Rules never decide what the body is; they only name boilerplate. The decision
(:mod:`newscorpus.clean.classify`) weighs their verdicts with the blocks' text quality.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = Page.of(text_to_blocks("Share this\\n\\nA long paragraph of the story.\\n\\nNo comments"))
    >>> [(v.block, v.rule) for rule in DEFAULT_RULES for v in rule(page)]
    [(0, 'share-prompt'), (2, 'comment-widget')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, cached_property, lru_cache
from itertools import compress, count, repeat
from operator import not_, or_

import attrs

from ..blocks import Block
from ..options import CleanOptions
from .language import casefold_words
from .phrases import PhraseBook, fold, fold_each, phrase_book

__all__ = [
    "DEFAULT_RULES",
    "Page",
    "Rule",
    "Verdict",
    "is_sentence_like",
    "reads_as_prose",
    "shared_verdict",
    "verdict",
]

_TERMINAL = ".!?…。！？"
_CLOSERS = "\"'”’»)]*」』）"
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$", re.IGNORECASE)
_MENU_SEPARATORS = ("|", "•", "·", "›", "»")
_MENU_SEPARATOR = re.compile("[" + re.escape("".join(_MENU_SEPARATORS)) + "]")


@attrs.frozen(kw_only=True)
class Verdict:
    """A rule's claim that a block is boilerplate.

    Example:
        >>> Verdict(block=3, rule="share-prompt", detail="share this")
        Verdict(block=3, rule='share-prompt', detail='share this')
    """

    block: int
    rule: str
    detail: str = ""


def verdict(block: int, rule: str, detail: str = "") -> Verdict:
    """``Verdict(block=block, rule=rule, detail=detail)``, built about four times faster: rules
    name hundreds of blocks per page, and a frozen class's keyword constructor costs more than
    the rest of many a rule's work on a block. Equal in every way to the constructor's result.

    Example:
        >>> verdict(3, "share-prompt", "share this") == Verdict(block=3, rule="share-prompt", detail="share this")
        True
    """
    made = _new(Verdict)
    _set_block(made, block)
    _set_rule(made, rule)
    _set_detail(made, detail)
    return made


@lru_cache(maxsize=8192)
def shared_verdict(block: int, rule: str, detail: str = "") -> Verdict:
    """:func:`verdict`, remembered: one object for each block, rule and detail (a verdict is
    frozen, so the pages that name the same block so can share it). For the rules that name many
    blocks with few distinct details (a nav run, the copies of a repeat), where a page's
    verdicts recur on the next page: a look-up in C costs a third of building one.

    Example:
        >>> shared = shared_verdict(3, "nav-run")
        >>> shared == verdict(3, "nav-run"), shared is shared_verdict(3, "nav-run")
        (True, True)
    """
    return verdict(block, rule, detail)


# The slots' own setters: what the frozen class's __init__ does, without its keyword call.
_new = object.__new__
_set_block = Verdict.__dict__["block"].__set__
_set_rule = Verdict.__dict__["rule"].__set__
_set_detail = Verdict.__dict__["detail"].__set__


@attrs.frozen(kw_only=True)
class Page:
    """What a rule sees: the blocks, the phrase book and the options.

    Example:
        >>> Page.of([]).options.segmentation
        'auto'
    """

    blocks: Sequence[Block]
    book: PhraseBook
    options: CleanOptions
    folded: Sequence[str]
    """Each block's text passed through ``newscorpus.clean.phrases.fold`` ("" for long
    blocks, which no phrase rule reads): folded once, read by every rule."""

    @classmethod
    def of(cls, blocks: Sequence[Block], options: CleanOptions | None = None) -> Page:
        """Build a page with the phrase book the options ask for."""
        opts = options or CleanOptions()
        folded = tuple(fold_each([b.text if b.words <= _PHRASE_MAX_WORDS else "" for b in blocks]))
        return cls(blocks=blocks, book=phrase_book(opts.languages), options=opts, folded=folded)

    @cached_property
    def prose(self) -> tuple[bool, ...]:
        """Whether each block reads as prose (:func:`reads_as_prose`): judged once, on first
        use, for the several rules that ask (where the body begins, where a list ends)."""
        least = self.options.min_body_words  # tested here first: most blocks are short
        return tuple([b.words >= least and _reads_as_body(b, self) for b in self.blocks])

    @cached_property
    def plain(self) -> tuple[bool, ...]:
        """Whether each block holds letters and spaces only ("World News", "Sign in"): no
        digit, punctuation mark or symbol. Most lines of a page are plain, and no plain line
        can be a bare URL, a menu line, a date, a photo credit or a sentence: the rules that
        look for those skip it (see :attr:`marked`). Judged once, on first use.

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("World News\\n\\nPage 2\\n\\nSign in.")).plain
            (True, False, False)
        """
        most = _PLAIN_CHARS  # _is_plain, inline: a call per block costs more than its test
        return tuple([len(t) <= most and t.replace(" ", "").isalpha() for t in self.texts])

    @cached_property
    def marked(self) -> tuple[int, ...]:
        """The positions of the blocks that are not :attr:`plain`, in page order.

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("World News\\n\\nPage 2\\n\\nSign in.")).marked
            (1, 2)
        """
        return tuple([i for i, plain in enumerate(self.plain) if not plain])

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """Each block's text, in page order."""
        return tuple([b.text for b in self.blocks])

    def whole_among(self, phrases: Collection[str]) -> list[int]:
        """The positions of the blocks whose :attr:`folded` text is one of ``phrases``, in page
        order (found in C, not by a test per block).

        Example:
            >>> from newscorpus.blocks import text_to_blocks
            >>> Page.of(text_to_blocks("Related posts:\\n\\nText.\\n\\nHome")).whole_among({"related posts", "home"})
            [0, 2]
        """
        return list(compress(count(), map(phrases.__contains__, self.folded)))


_PLAIN_CHARS = 500  # a longer text is a paragraph, which holds punctuation: not looked at


def _is_plain(text: str) -> bool:
    """Letters and spaces only, at least one letter (a longer text counts as not plain)."""
    return len(text) <= _PLAIN_CHARS and text.replace(" ", "").isalpha()


Rule = Callable[[Page], Iterable[Verdict]]
"""A cleaning rule: takes a :class:`Page`, yields :class:`Verdict` s."""


def is_sentence_like(text: str) -> bool:
    """Ends like a sentence (terminal punctuation, maybe inside closing quotes or brackets, or
    followed by a short parenthetical such as a photo credit).

    Example:
        >>> is_sentence_like("He left.”"), is_sentence_like("Read also")
        (True, False)
        >>> is_sentence_like("Crowds gathered at dawn.  (Photo: Staff)")
        True
    """
    stripped = text.rstrip()
    last = stripped[-1:]
    if last in _TERMINAL or last not in _CLOSERS:
        return bool(last) and last in _TERMINAL  # the common cases, without the slicing below
    if stripped.endswith(")"):
        opening = stripped.rfind("(", max(0, len(stripped) - 80))
        if opening > 0:
            stripped = stripped[:opening].rstrip()
    stripped = stripped.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


# Phrase rules: (rule name, phrase category, most words a block may have to match).
_PHRASE_RULES: tuple[tuple[str, str, int], ...] = (
    ("share-prompt", "share", 20),
    ("newsletter-prompt", "newsletter", 30),
    ("donation-appeal", "donation", 45),
    ("legal-line", "legal", 25),
    ("legal-line", "legal_notice", 60),
    # A consent banner is a paragraph of its own, often longer than a legal line; its phrases
    # ("this website uses cookies") are not how a story talks about cookies.
    ("cookie-notice", "cookie_consent", 90),
    # "This post contains affiliate links …", "Dieser Beitrag enthält Werbung": the site's notice.
    ("ad-disclosure", "ad_disclosure", 60),
    ("comment-widget", "comments", 12),
    ("form-artifact", "form", 30),
    ("pagination", "pagination", 4),
    ("nav-item", "nav_items", 4),
    ("widget-heading", "widget_headings", 4),
)


_PHRASE_MAX_WORDS = max(most for _, _, most in _PHRASE_RULES)
_REMEMBERED_WORDS = 4


def _folded_words(block: Block) -> Sequence[str] | None:
    """The ``\\w+`` runs of the block's folded text, when they are at hand: a paragraph's words
    are split once for the language guess (:func:`~newscorpus.clean.language.casefold_words`,
    which remembers them), and they are the folded text's words too when folding changes no
    word: the text is NFKC already (ASCII is), holds no dotted capital I or combining dot
    (their folding is repaired), no underscore (a word character that the edges lose), and no
    count was cut off the end (its last word does not end in a digit). Quote marks and spacing,
    which folding does change, are no word characters."""
    text = block.text
    if block.words < _GUESSED_WORDS or "_" in text:
        return None
    if not text.isascii() and (
        "\u0130" in text or "\u0307" in text or not unicodedata.is_normalized("NFKC", text)
    ):
        return None
    words = casefold_words(text)
    return None if words and words[-1][-1].isdigit() else words


_GUESSED_WORDS = 8  # the blocks whose words the language guess reads


@cache
def _categories_allowing(words: int) -> frozenset[str]:
    """The phrase categories whose rule may name a block of ``words`` words."""
    return frozenset(category for _, category, most in _PHRASE_RULES if words <= most)


def phrase_rules(page: Page) -> Iterable[Verdict]:
    """Share prompts, newsletter and donation appeals, legal lines, cookie banners, ad
    disclosures, comment widgets, form artifacts, pagination, navigation items and widget
    headings, from the phrase lists."""
    book, folded, blocks = page.book, page.folded, page.blocks
    whole_index, starters = book.whole_index, book.by_first_word.keys()
    for position in _phrase_candidates(page):
        block = blocks[position]
        words = block.words
        if words > _PHRASE_MAX_WORDS:
            continue
        # A short line (a button, a menu item) recurs across a site's pages: its phrases are
        # remembered. A longer block is mostly a sentence seen once, and only the categories
        # whose rules allow so many words can name it: only their phrases are looked for.
        text = folded[position]
        if words <= _REMEMBERED_WORDS:
            # Most short lines are no whole phrase and plain words none of which a phrase
            # starts with: no look (the remembered look costs more than the test).
            if text not in whole_index and _unstarted(text, starters):
                continue
            found: Mapping[str, str] = book.found(text)
        else:
            runs = _folded_words(block)
            if runs is None:
                runs = _WORD.findall(text)
            # No phrase can start among the block's words, nor is it a whole phrase: no look.
            if book.by_first_word.keys().isdisjoint(runs) and text not in book.whole_index:
                continue
            found = book.found_among(text, _categories_allowing(words), words=runs)
        if not found:
            continue
        for name, category, most_words in _PHRASE_RULES:
            if words > most_words:
                continue
            phrase = found.get(category)
            if phrase is not None:
                yield shared_verdict(block.index, name, phrase)
                break


def _unstarted(folded: str, starters: AbstractSet[str]) -> bool:
    """Whether ``folded`` is words of letters and digits only, one space apart (so they are
    its ``\\w+`` runs), none of them in ``starters``: then no contained phrase can start in it.

    Example:
        >>> _unstarted("world news", {"share"}), _unstarted("share it", {"share"})
        (True, False)
        >>> _unstarted("world: news", {"share"})  # not plain: its words are not its tokens
        False
    """
    return starters.isdisjoint(folded.split()) and folded.replace(" ", "").isalnum()


def _phrase_candidates(page: Page) -> list[int]:
    """The positions of the blocks a phrase can name, in page order: those that fold to a
    whole phrase, and those whose fold holds a space or a mark (every contained phrase holds
    one, so a fold of letters and digits only can hold none); found in C."""
    folded = page.folded
    whole = map(page.book.whole_index.__contains__, folded)
    return list(compress(count(), map(or_, whole, map(not_, map(str.isalnum, folded)))))


_WORD = re.compile(r"\w+")


def copyright_lines(page: Page) -> Iterable[Verdict]:
    """Short lines carrying a copyright sign or notice."""
    for block in page.blocks:
        if block.words <= 25 and _may_be_copyright(block.text) and _COPYRIGHT.search(block.text):
            yield shared_verdict(block.index, "copyright-line")


def _may_be_copyright(text: str) -> bool:
    """A cheap test every ``_COPYRIGHT`` match passes (so most lines skip the regex): its
    letters c, o, p, y, r, a, l have no case variant other than the ASCII capital."""
    if "©" in text:
        return True
    low = text.lower()
    return "(c)" in low or "copyr" in low or "all r" in low


def shape_rules(page: Page) -> Iterable[Verdict]:
    """Lines with no letters, bare URLs or e-mail addresses, and ``A | B | C`` menu lines."""
    blocks = page.blocks
    for position in page.marked:  # a plain line has letters, no URL and no menu separator
        block = blocks[position]
        text = block.text
        if block.words > 40:
            continue
        if not (text[:1].isalpha() or any(map(str.isalpha, text))):
            yield shared_verdict(block.index, "no-letters")
        elif " " not in text and _URL_ONLY.match(text):  # a URL or address holds no space
            yield shared_verdict(block.index, "url-line")
        elif _is_menu_line(text):
            yield shared_verdict(block.index, "menu-line")


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


def stray_captions(page: Page) -> Iterable[Verdict]:
    """Image captions and credits left in the text: ``Photo: …`` lines, and short lower-case
    fragments that are no sentence (alt text such as ``img collage``)."""
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
            yield shared_verdict(block.index, "image-caption", "credit")
        elif block.words <= 6 and text[:1].islower() and not is_sentence_like(text):
            yield shared_verdict(block.index, "image-caption", "fragment")


@lru_cache(maxsize=16)
def _by_initial(prefixes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The non-empty ``prefixes`` grouped by their first character."""
    grouped: dict[str, list[str]] = {}
    for prefix in prefixes:
        if prefix:
            grouped.setdefault(prefix[0], []).append(prefix)
    return {initial: tuple(group) for initial, group in grouped.items()}


_MAX_INLINE_TEASERS = 5


def related_lists(page: Page) -> Iterable[Verdict]:
    """A "Read also" / "Related" / "Latest news" heading and the list under it (headlines,
    kickers and their timestamps), up to the next block that reads as body text.

    Before any body text the heading alone is named: a widget heading printed above the headline
    ("Popular Articles") must not swallow the headline, standfirst and byline under it.
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
        heading.index, "related-list", ("inline: " if inline else "") + fold(heading.text)
    )
    # A long list that the body resumes after is the article's own list (products, steps);
    # a teaser list is a few headlines, or runs to the end of the page.
    headlines = sum(1 for b in items if not _mostly_digits(b.text))
    if not inline or headlines <= _MAX_INLINE_TEASERS:
        detail = "inline: item" if inline else "item"
        yield from (shared_verdict(b.index, "related-list", detail) for b in items)


def author_boxes(page: Page) -> Iterable[Verdict]:
    """An "About the author" heading, or "About" and a name ("About Jane Doe"), and the bio
    under it; and a bio that opens with a name and a handle ("Jane Doe (@janedoe) is a …")."""
    blocks = page.blocks
    headings = page.book.whole.get("author_box", frozenset())
    prefixes = tuple(page.book.whole.get("author_box_prefixes", frozenset()))
    for position, block in enumerate(blocks):
        folded = page.folded[position]
        if block.words <= 6 and (
            folded in headings
            or (folded.startswith(prefixes) and _about_name(block.text, prefixes))
        ):
            yield shared_verdict(block.index, "author-box", "heading")
            if position + 1 < len(blocks):
                yield shared_verdict(blocks[position + 1].index, "author-box", "bio")
        elif block.words <= 80 and "@" in block.text and _HANDLE_BIO.match(block.text):
            yield shared_verdict(block.index, "author-box", "bio with handle")


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


def nav_runs(page: Page) -> Iterable[Verdict]:
    """Runs of four or more short unfinished lines: menus, tag clouds, link lists."""
    run: list[Block] = []
    # A plain line (letters and spaces) never ends like a sentence: no need to look.
    for block, plain in zip(page.blocks, page.plain, strict=True):
        if block.words <= 4 and (plain or not is_sentence_like(block.text)):
            run.append(block)
            continue
        if len(run) >= 4:
            yield from map(shared_verdict, [b.index for b in run], repeat("nav-run"))
        run = []
    if len(run) >= 4:
        yield from map(shared_verdict, [b.index for b in run], repeat("nav-run"))


def _mostly_digits(text: str) -> bool:
    """A timestamp-like line ("01 February 2024 - 16:20"): a third or more of it is digits."""
    return sum(map(str.isdigit, text)) >= len(text.replace(" ", "")) / 3


def reads_as_prose(block: Block, page: Page) -> bool:
    """Enough words, and ending like a sentence (or long and holding sentence breaks).

    Example:
        >>> page = Page.of([])
        >>> reads_as_prose(Block(index=0, text="The bridge reopened on Monday after two long years of repairs."), page)
        True
    """
    return _reads_as_body(block, page)


def _reads_as_body(block: Block, page: Page) -> bool:
    if block.words < page.options.min_body_words:
        return False
    return is_sentence_like(block.text) or (block.words >= 25 and ". " in block.text)


DEFAULT_RULES: tuple[Rule, ...] = (
    phrase_rules,
    copyright_lines,
    shape_rules,
    stray_captions,
    related_lists,
    author_boxes,
    nav_runs,
)
"""The rules applied to every page, in order; the first verdict on a block names it."""


def apply_rules(page: Page, rules: Sequence[Rule] = DEFAULT_RULES) -> dict[int, Verdict]:
    """Run ``rules`` and keep the first verdict per block, skipping disabled rules.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> sorted(apply_rules(Page.of(text_to_blocks("Previous\\nNext"))))
        [0, 1]
    """
    disabled = page.options.disabled_rules
    verdicts: dict[int, Verdict] = {}
    for rule in rules:
        for verdict in rule(page):
            # The block first: a third of the verdicts name a block already named.
            if verdict.block not in verdicts and verdict.rule not in disabled:
                verdicts[verdict.block] = verdict
    return verdicts
