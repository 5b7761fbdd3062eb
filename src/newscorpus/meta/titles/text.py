"""The headline of a plain-text page: candidates above the body, scored by fitted weights.

In page text the headline is a short line somewhere above the body's first paragraph, among
menu items, share buttons, picture credits, teaser headings, datelines and bylines; now and then
cleaning took it for the body's first block. Each line of the blocks above the body (at most
:data:`REACH` blocks up) and of the body's first :data:`BODY_REACH` blocks that could be a
headline is a :class:`TitleCandidate`; its features
(:data:`~newscorpus.meta.titles.scorer.FEATURES`) say where it stands
relative to the body start, how long it is, how it is cased and punctuated, what stands next to
it (a dateline or byline, a standfirst), whether the page prints it again (alone or inside a
longer line), how many of its words the body's opening and the page's URL share
(:mod:`~newscorpus.meta.titles.overlap`: the slug's words, apart from the section directories'),
and how many of its words are interface words, credits or time phrases
(``data/vocab/interface_words.json``). A one-word line, or a sentence ending in a full stop, is a
candidate only when the URL's slug spells it. The fitted scorer
(:mod:`~newscorpus.meta.titles.scorer`) weighs the page's candidates against each other and
gives each a probability of being the headline. The best candidate is the title when its
probability reaches the bar (``MetaOptions.title_bar`` overrides the fitted one); otherwise the
field stays empty and the provenance keeps the candidate and its score.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Home\\n\\nShare on Facebook\\n\\nCouncil backs the river plan\\n\\nBy Ann Lee\\n\\n"
    ...         + "The council backed the river plan on Monday after a long debate. " * 3)
    >>> best = best_title(score_titles(classify(text_to_blocks(page))))
    >>> best.block.text, best.score > 0.5
    ('Council backs the river plan', True)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from ... import rule_names
from ...blocks import Block
from ...clean.classify import Classified
from ...clean.rules import is_sentence_like
from ...shapes.datelines import looks_like_dateline
from ..authors.bylines import parse_byline
from .interface import interface_share
from .menus import menu_lines
from .overlap import content_words, shared_words, url_words
from .scorer import FEATURES, TitleScorer, title_scorer
from .top_line import line_key, top_line_parts

__all__ = [
    "BODY_REACH",
    "FEATURES",
    "REACH",
    "TitleCandidate",
    "best_title",
    "interface_share",
    "may_be_title",
    "score_titles",
    "title_features",
]

REACH = 60
"""How many blocks above the body start are read for the headline."""

BODY_REACH = 2
"""How many of the body's first blocks are read for a headline cleaning took for body."""

_FAR = 15  # blocks above the body beyond which a line is "far"
_SEPARATORS = re.compile(r"[|/»›>•·]|\s[-–—]\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2} ?[./] ?\d{1,2} ?[./]")
_DIGIT = re.compile(r"\d")  # in every year or date _YEAR finds, and looked for much faster


@attrs.frozen(kw_only=True)
class TitleCandidate:
    """A line that could be the headline, with its features and score.

    Attributes:
        block: the block holding the line.
        features: the values of :data:`~newscorpus.meta.titles.scorer.FEATURES`, in order.
        score: the scorer's probability that the line is the page's headline (0 to 1), with
            that of the menu lines it prints again (see :func:`score_titles`).

    Example:
        >>> from newscorpus.blocks import Block
        >>> TitleCandidate(block=Block(index=0, text="Ferries return"), features=(), score=0.9).score
        0.9
    """

    block: Block
    features: tuple[float, ...]
    score: float


def _is_meta(block: Block | None) -> bool:
    if block is None or block.words > 25:
        return False
    return looks_like_dateline(block.text) or parse_byline(block.text) is not None


# Blocks cleaning named as one of these are never the headline: share rows, appeals, credits,
# small print, widgets and lists of other pages.
_NEVER_TITLE = frozenset(
    {
        rule_names.SHARE_PROMPT,
        rule_names.NEWSLETTER_PROMPT,
        rule_names.DONATION_APPEAL,
        rule_names.LEGAL_LINE,
        rule_names.COOKIE_NOTICE,
        rule_names.AD_DISCLOSURE,
        rule_names.COMMENT_WIDGET,
        rule_names.FORM_ARTIFACT,
        rule_names.PAGINATION,
        rule_names.COPYRIGHT_LINE,
        rule_names.NO_LETTERS,
        rule_names.URL_LINE,
        rule_names.IMAGE_CAPTION,
        rule_names.FIGURE_CAPTION,
        rule_names.TIMESTAMP_LINE,
        rule_names.RELATED_LIST,
        rule_names.AUTHOR_BOX,
        rule_names.COMMENT_SECTION,
    }
)
_MOSTLY_INTERFACE = 0.5


def _could_be_title(
    block: Block, classified: Classified, context: _PageContext | None, meta: dict[int, bool]
) -> bool:
    """Whether a block may be the headline; the cheap tests first, ``meta`` remembers which
    blocks are date lines or bylines (a candidate's neighbours are asked about again). A
    one-word line or a sentence ending in a full stop passes only when the URL's slug spells
    it (``context`` None: never)."""
    text = block.text
    if not 1 <= block.words <= 40 or len(text) > 300 or block.tag in _CAPTION_TAGS:
        return False
    verdict = classified.verdicts.get(block.index)
    if verdict is not None and verdict.rule in _NEVER_TITLE:
        return False
    sentence = is_sentence_like(text)
    if sentence and context is not None and block.index >= context.start and block.words > 12:
        return False  # the body's own first sentence
    spelled_only = block.words == 1 or (sentence and text.rstrip("\"'”’»)").endswith("."))
    if spelled_only and (context is None or not context.slug_spells(text, whole=block.words == 1)):
        return False
    share = interface_share(text) if context is None else context.interface(block)
    if share >= _MOSTLY_INTERFACE:
        return False
    return not _meta_at(block.index, classified.blocks, meta)


_CAPTION_TAGS = frozenset({"figcaption", "caption"})


def may_be_title(block: Block, classified: Classified) -> bool:
    """Whether a block passes the tests every headline candidate must pass: two to forty words,
    no caption, no share row, credit, timestamp or list of other pages, no menu item
    (:func:`~newscorpus.meta.titles.menus.menu_lines`), no sentence ending in a full stop, not
    mostly interface words, not a date line or byline. (With the page's URL,
    :func:`score_titles` also takes a one-word line or a full sentence its slug spells.)

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = classify(text_to_blocks("Share on Facebook\\n\\nFerries return\\n\\n"
        ...                                + "The ferries came back to the port today. " * 3))
        >>> [may_be_title(block, page) for block in page.blocks[:2]]
        [False, True]
    """
    if block.index in menu_lines(classified, block.index, block.index + 1):
        return False  # a menu's item, named by cleaning or printed among named ones
    return _could_be_title(block, classified, None, {})


def _meta_at(index: int, blocks: Sequence[Block], meta: dict[int, bool]) -> bool:
    """:func:`_is_meta` of ``blocks[index]`` (False off the page), remembered in ``meta``."""
    if not 0 <= index < len(blocks):
        return False
    known = meta.get(index)
    if known is None:
        known = meta[index] = _is_meta(blocks[index])
    return known


_NAMED_NAV = frozenset({rule_names.NAV_RUN, rule_names.NAV_ITEM})
# A line beyond REACH is a candidate only when the page states it as the headline: its top line
# prints it (half of that line's words or more), or it holds most of a slug of three words or
# more (the line's words mostly the slug's, half the slug's words in the line), or the line's
# words are a shorter slug's words, all of them. (Lines deeper in the body are never candidates:
# read when the page stated them, they raised half A's titles and lowered half B's, and took a
# heading out of the body in HTML mode.)
_FAR_WORDS = 25
_FAR_TOP_SHARE = 0.5
_FAR_SLUG_WORDS = 3
_FAR_LINE_SHARE = 0.6
_FAR_SLUG_SHARE = 0.5
_SPELLED = 0.5  # share of a full sentence's words the slug must spell


@attrs.frozen(kw_only=True)
class _PageContext:
    """What every candidate of a page is compared with."""

    start: int
    walked: tuple[int, int | None]
    lines: Counter[str]  # how often the page prints each block's text as a line of its own
    page: str
    body_words: set[str]
    slug: frozenset[str]
    directories: frozenset[str]
    has_url: bool
    meta: dict[int, bool]
    chars: dict[int, int]  # characters from each block above the body to the body start
    menus: frozenset[int]  # the menu items' block indexes (:func:`.menus.menu_lines`)
    top: dict[str, float]  # the top line's parts (:func:`.top_line.top_line_parts`)
    initials: frozenset[str]  # their first letters
    # a candidate's interface share and content words, read once (the tests ask, then the
    # features): block index -> value
    shares: dict[int, float] = attrs.field(factory=dict)
    words: dict[int, set[str]] = attrs.field(factory=dict)

    def repeated(self, text: str) -> bool:
        """Whether the page prints ``text`` more than once as a line of its own."""
        return self.lines[text] > 1

    def contained(self, text: str) -> bool:
        """Whether the page prints ``text`` again inside a longer line."""
        return self.page.count(text) > self.lines[text]

    def interface(self, block: Block) -> float:
        """:func:`interface_share` of the block's text, remembered."""
        share = self.shares.get(block.index)
        if share is None:
            share = self.shares[block.index] = interface_share(block.text)
        return share

    def content(self, block: Block) -> set[str]:
        """:func:`~newscorpus.meta.titles.overlap.content_words` of the block's text,
        remembered."""
        found = self.words.get(block.index)
        if found is None:
            found = self.words[block.index] = content_words(block.text)
        return found

    def page_title(self, block: Block) -> float:
        """The share of the page's top line a line below it prints (0 when none)."""
        if block.index == 0 or not self.top:
            return 0.0
        # The first letter first: keying every line of a long page costs more than the rest.
        if block.text.lstrip()[:1].casefold()[:1] not in self.initials:
            return 0.0
        return self.top.get(line_key(block.text), 0.0)

    def far_headline(self, block: Block) -> bool:
        """Whether a line further above the body than :data:`REACH` states the headline: the
        page's top line prints it, or it holds most of the URL slug's words."""
        if block.words > _FAR_WORDS:
            return False
        if self.page_title(block) >= _FAR_TOP_SHARE:
            return True
        if not self.slug:
            return False
        content = self.content(block)
        found, hit = shared_words(content, self.slug)
        if len(self.slug) < _FAR_SLUG_WORDS:  # a short slug: the line spells it, no more
            return bool(content) and found == len(content) and hit == len(self.slug)
        return found >= _FAR_LINE_SHARE * len(content) and hit >= _FAR_SLUG_SHARE * len(self.slug)

    def slug_spells(self, text: str, *, whole: bool) -> bool:
        """Whether the URL's slug holds all (``whole``) or half of the line's words."""
        if not self.slug:  # no address, or no word in it: nothing is spelled
            return False
        content = content_words(text)
        found, _ = shared_words(content, self.slug)
        return bool(content) and found >= (len(content) if whole else _SPELLED * len(content))


def title_features(
    block: Block, rank: int, classified: Classified, context: _PageContext
) -> tuple[float, ...]:
    """The values of :data:`~newscorpus.meta.titles.scorer.FEATURES` for one candidate line
    (``rank``: 0 for the candidate nearest the body, 1 for the next …).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Ferries return\\n\\n" + "The ferries came back to the port today. " * 3
        >>> features = best_title(score_titles(classify(text_to_blocks(page)))).features
        >>> len(features) == len(FEATURES), features[FEATURES.index("short")]
        (True, 1.0)
    """
    text = block.text
    tokens = text.split()
    content = context.content(block)
    size = max(len(content), 1)
    verdict = classified.verdicts.get(block.index)
    rule = verdict.rule if verdict else None
    blocks = classified.blocks
    stripped = text.rstrip("\"'”’»)")
    above = context.start - block.index
    in_slug, slug_hit = shared_words(content, context.slug)
    in_dirs, _ = shared_words(content, context.directories)
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    before = blocks[block.index - 1] if block.index > 0 else None
    repeated = context.repeated(text)
    # The values written straight into a tuple in the order of FEATURES, each under its
    # name: the same tuple a {name: value} dict picked in that order gave, without building
    # the dict for every candidate (tests/meta/titles/test_title_features_order.py compares
    # the two).
    return (
        float(block.index == context.walked[0]),  # walk_title
        float(block.index == context.walked[1]),  # walk_subtitle
        math.log1p(max(0, above)),  # distance
        math.log1p(context.chars.get(block.index, 0)) / 10,  # char_distance
        float(above > _FAR),  # far
        float(above <= 0),  # in_body
        min(rank, 10) / 10,  # rank
        math.log(max(block.words, 1)),  # log_words
        float(block.words == 1),  # one_word
        float(block.words <= 3),  # short
        float(block.words > 15),  # long
        float(stripped.endswith(".")),  # end_period
        float(stripped.endswith(("?", "!"))),  # end_question
        float(stripped.endswith(":")),  # end_colon
        float(text.isupper()),  # all_caps
        sum(map(str.isupper, [t[0] for t in tokens])) / max(len(tokens), 1),  # capitalised
        sum(map(str.isdigit, text)) / max(len(text), 1),  # digits
        float(_DIGIT.search(text) is not None and _YEAR.search(text) is not None),  # has_year
        float(bool(_SEPARATORS.search(text))),  # separators
        min(text.count(",") + text.count("，"), 3) / 3,  # commas
        float(repeated),  # repeated
        float(block.words >= 4 and repeated),  # repeated_long
        float(context.contained(text)),  # contained
        float(_meta_at(block.index + 1, blocks, context.meta)),  # next_meta
        float(_meta_at(block.index - 1, blocks, context.meta)),  # prev_meta
        float(after is not None and after.words > 15),  # next_long
        float(before is not None and before.words <= 3),  # prev_short
        float(block.index + 1 == context.start),  # next_is_start
        context.page_title(block),  # page_title
        float(block.index == 0),  # top_line
        len(content & context.body_words) / size,  # body_overlap
        (in_slug + in_dirs) / size,  # url_overlap
        in_slug / size,  # slug_overlap
        slug_hit / max(len(context.slug), 1),  # slug_cover
        in_dirs / size,  # dir_overlap
        float(bool(in_dirs) and not in_slug and in_dirs == len(content)),  # dir_only
        float(not context.has_url),  # no_url
        context.interface(block),  # interface
        float(rule == rule_names.OUTSIDE_BODY),  # named_outside
        float(rule in _NAMED_NAV),  # named_nav
        float(  # named_other
            rule is not None and rule != rule_names.OUTSIDE_BODY and rule not in _NAMED_NAV
        ),
    )


_BODY_OPENING = 3  # body blocks whose words a headline tends to share


def _context(
    classified: Classified, url: str | None, walked: tuple[int, int | None]
) -> _PageContext:
    blocks = classified.blocks
    start = classified.start if classified.start is not None else len(blocks)
    opening = blocks[start : start + _BODY_OPENING]
    texts = [b.text for b in blocks]
    slug, directories = url_words(url)
    top = top_line_parts(blocks[0].text) if blocks else {}
    chars: dict[int, int] = {}
    total = 0
    for block in reversed(blocks[max(0, start - REACH) : start]):
        total += len(block.text)
        chars[block.index] = total
    return _PageContext(
        start=start,
        walked=walked,
        lines=Counter(texts),
        page="\n".join(texts),
        body_words=set().union(*(content_words(b.text) for b in opening)),
        slug=slug,
        directories=directories,
        has_url=bool(url),
        meta={},
        chars=chars,
        # Every candidate is at most BODY_REACH blocks into the body: menus up to there.
        menus=menu_lines(classified, 0, start + BODY_REACH),
        top=top,
        initials=frozenset(part[:1] for part in top),
    )


def score_titles(
    classified: Classified,
    *,
    url: str | None = None,
    walked: tuple[int, int | None] = (-1, None),
    scorer: TitleScorer | None = None,
) -> list[TitleCandidate]:
    """Every headline candidate of a classified page (the lines above the body, nearest first,
    then the body's first blocks), each with its probability of being the headline. A menu's
    items (:func:`~newscorpus.meta.titles.menus.menu_lines`) are scored with the others, as the
    scorer was fitted, but are never returned: no menu item is ever the headline. A menu line's
    probability goes to the nearest candidate outside the menu that begins with its text (a
    breadcrumb's last item is often the headline, or its first words, printed again under it).

    Args:
        classified: the page's blocks and their verdicts.
        url: the page's address (its path often spells the headline's words).
        walked: the block indexes of the title and subtitle the header walk found (``-1`` and
            ``None`` for none), a feature of their own.
        scorer: the weights; the shipped :func:`~newscorpus.meta.titles.scorer.title_scorer`
            when None.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Ferries return\\n\\n" + "The ferries came back to the port today. " * 3
        >>> [c.block.text for c in score_titles(classify(text_to_blocks(page)))]
        ['Ferries return']
    """
    blocks = classified.blocks
    context = _context(classified, url, walked)
    start = context.start
    near = max(0, start - REACH)
    region = [*reversed(blocks[near:start]), *blocks[start : start + BODY_REACH]]
    # Further up, only the lines the page itself states as its headline (see
    # _PageContext.far_headline).
    region += [b for b in reversed(blocks[:near]) if context.far_headline(b)]
    found: list[tuple[Block, tuple[float, ...]]] = []
    for block in region:
        if _could_be_title(block, classified, context, context.meta):
            found.append((block, title_features(block, len(found), classified, context)))
    chosen = scorer or title_scorer(with_url=bool(url))
    scores = chosen.probabilities([features for _, features in found])
    # A menu's items compete as the scorer was fitted (they share the page's probability), but
    # none of them is ever the headline. A breadcrumb's last item is often the headline or its
    # short form, printed again under it: a menu line's probability goes to the nearest
    # candidate outside the menu that begins with its text.
    kept = [(block, features) for block, features in found if block.index not in context.menus]
    extra: dict[int, float] = {}
    for (block, _), score in zip(found, scores, strict=True):
        if block.index in context.menus:
            copy = _copy_of(block, kept)
            if copy is not None:
                extra[copy] = extra.get(copy, 0.0) + score
    by_index = dict(zip((block.index for block, _ in found), scores, strict=True))
    return [
        TitleCandidate(
            block=block,
            features=features,
            score=by_index[block.index] + extra.get(block.index, 0.0),
        )
        for block, features in kept
    ]


def _copy_of(menu: Block, kept: Sequence[tuple[Block, tuple[float, ...]]]) -> int | None:
    """The nearest candidate outside the menu printing the menu line's text (a list bullet
    aside) as itself or as its beginning (None when none does)."""
    text = menu.text.lstrip(_BULLETS).casefold()
    if not text:
        return None
    for block, _ in kept:
        if block.text.lstrip(_BULLETS).casefold().startswith(text):
            return block.index
    return None


_BULLETS = "*+-•·–— "


def best_title(candidates: Sequence[TitleCandidate]) -> TitleCandidate | None:
    """The highest-scoring candidate (the nearest to the body among equals), or None.

    Example:
        >>> best_title([]) is None
        True
    """
    best: TitleCandidate | None = None
    for candidate in candidates:
        if best is None or candidate.score > best.score:
            best = candidate
    return best
