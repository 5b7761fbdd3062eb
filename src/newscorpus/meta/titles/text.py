"""The headline of a plain-text page: candidates above the body, scored by fitted weights.

In page text the headline is a short line somewhere above the body's first paragraph, among
menu items, share buttons, picture credits, teaser headings, datelines and bylines. Each line of
the blocks above the body (at most :data:`REACH` blocks up) that could be a headline is a
:class:`TitleCandidate`; its features say where it stands relative to the body start, how long
it is, how it is cased and punctuated, what stands next to it (a dateline or byline), whether
the page repeats it, how many of its words the body's opening and the page's URL share, and how
many of its words are interface words, credits or time phrases
(``data/vocab/interface_words.json``). A logistic scorer whose weights were fitted on half A of
the metadata development sets (``data/title_scorer.json``; ``benchmarks/fit_title_scorer.py``
refits it) gives each candidate a probability of being the headline. The best candidate is the
title when its probability reaches the bar (``MetaOptions.title_bar`` overrides the fitted one);
otherwise the field stays empty and the provenance keeps the candidate and its score.

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
import operator
import re
from collections.abc import Sequence
from functools import cache

import attrs

from ... import rule_names
from ...blocks import Block
from ...clean.classify import Classified
from ...clean.rules import is_sentence_like
from ...shapes.datelines import looks_like_dateline
from ...vocab import load_json, words
from ..authors.bylines import parse_byline

__all__ = [
    "FEATURES",
    "REACH",
    "TitleCandidate",
    "TitleScorer",
    "best_title",
    "interface_share",
    "may_be_title",
    "score_titles",
    "title_features",
    "title_scorer",
]

REACH = 15
"""How many blocks above the body start are read for the headline."""

FEATURES: tuple[str, ...] = (
    "walk_title",
    "walk_subtitle",
    "distance",
    "rank",
    "log_words",
    "short",
    "long",
    "end_period",
    "end_question",
    "end_colon",
    "all_caps",
    "capitalised",
    "digits",
    "separators",
    "repeated",
    "body_overlap",
    "url_overlap",
    "no_url",
    "interface",
    "named_outside",
    "named_nav",
    "named_other",
    "next_meta",
    "prev_meta",
)
"""The candidate features, in the order of the scorer's weights."""

_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[|/»›>•·]|\s[-–—]\s")
_MIN_CONTENT = 4  # letters a word needs to count in the overlaps ("the", "und" do not)


@attrs.frozen(kw_only=True)
class TitleCandidate:
    """A line above the body that could be the headline, with its features and score.

    Attributes:
        block: the block holding the line.
        features: the values of :data:`FEATURES`, in order.
        score: the scorer's probability that the line is the headline (0 to 1).

    Example:
        >>> from newscorpus.blocks import Block
        >>> TitleCandidate(block=Block(index=0, text="Ferries return"), features=(), score=0.9).score
        0.9
    """

    block: Block
    features: tuple[float, ...]
    score: float


@attrs.frozen(kw_only=True)
class TitleScorer:
    """Logistic weights over :data:`FEATURES` and the bar a headline must reach.

    Attributes:
        weights: one weight per feature name.
        bias: the intercept.
        bar: the lowest probability taken as the headline.

    Example:
        >>> TitleScorer(weights={"short": -1.0}, bias=0.0, bar=0.5).probability(
        ...     tuple(1.0 if f == "short" else 0.0 for f in FEATURES)) < 0.5
        True
    """

    weights: dict[str, float]
    bias: float
    bar: float
    _vector: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # The weights in the order of FEATURES, read once rather than once per candidate.
        vector = tuple(self.weights.get(name, 0.0) for name in FEATURES)
        object.__setattr__(self, "_vector", vector)

    def probability(self, features: Sequence[float]) -> float:
        """The probability that a candidate with ``features`` is the headline."""
        total = self.bias + sum(map(operator.mul, self._vector, features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def title_scorer(*, with_url: bool = True) -> TitleScorer:
    """The shipped scorer (``data/title_scorer.json``, fitted on half A of the development
    sets by ``benchmarks/fit_title_scorer.py``): one for pages given with their URL, one for
    pages without (the URL's words are the strongest evidence where there is one).

    Args:
        with_url: the scorer for pages given with their URL, else the one for pages without.

    Example:
        >>> 0 < title_scorer().bar < 1, 0 < title_scorer(with_url=False).bar < 1
        (True, True)
    """
    data = load_json("title_scorer.json")["with_url" if with_url else "without_url"]
    return TitleScorer(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        bar=float(data["bar"]),
    )


@cache
def _interface_words() -> frozenset[str]:
    return words("interface_words")


def interface_share(text: str) -> float:
    """The share of a line's words that are interface words, credits or time phrases.

    Example:
        >>> interface_share("Share on Facebook"), interface_share("Ferries return")
        (0.6666666666666666, 0.0)
        >>> interface_share("")
        0.0
    """
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return 0.0
    known = _interface_words()
    return sum(token in known for token in tokens) / len(tokens)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= _MIN_CONTENT}


def _url_words(url: str | None) -> set[str]:
    if not url:
        return set()
    path = url.split("://", 1)[-1].partition("/")[2]
    return {w for w in re.split(r"[\W_]+", path.casefold()) if len(w) >= _MIN_CONTENT}


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


def _could_be_title(block: Block, classified: Classified, meta: dict[int, bool]) -> bool:
    """Whether a block may be the headline; the cheap tests first, ``meta`` remembers which
    blocks are date lines or bylines (a candidate's neighbours are asked about again)."""
    if not 2 <= block.words <= 40 or len(block.text) > 300 or block.tag in _CAPTION_TAGS:
        return False
    verdict = classified.verdicts.get(block.index)
    if verdict is not None and verdict.rule in _NEVER_TITLE:
        return False
    if is_sentence_like(block.text) and block.text.rstrip("\"'”’»)").endswith("."):
        return False
    if interface_share(block.text) >= _MOSTLY_INTERFACE:
        return False
    return not _meta_at(block.index, classified.blocks, meta)


_CAPTION_TAGS = frozenset({"figcaption", "caption"})


def may_be_title(block: Block, classified: Classified) -> bool:
    """Whether a block passes the tests every headline candidate must pass: two to forty words,
    no caption, no share row, credit, timestamp or list of other pages, no sentence ending in a
    full stop, not mostly interface words, not a date line or byline.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = classify(text_to_blocks("Share on Facebook\\n\\nFerries return\\n\\n"
        ...                                + "The ferries came back to the port today. " * 3))
        >>> [may_be_title(block, page) for block in page.blocks[:2]]
        [False, True]
    """
    return _could_be_title(block, classified, {})


def _meta_at(index: int, blocks: Sequence[Block], meta: dict[int, bool]) -> bool:
    """:func:`_is_meta` of ``blocks[index]`` (False off the page), remembered in ``meta``."""
    if not 0 <= index < len(blocks):
        return False
    known = meta.get(index)
    if known is None:
        known = meta[index] = _is_meta(blocks[index])
    return known


_NAMED_NAV = frozenset({rule_names.NAV_RUN, rule_names.NAV_ITEM})


@attrs.frozen(kw_only=True)
class _PageContext:
    """What every candidate of a page is compared with."""

    start: int
    walked: tuple[int, int | None]
    texts: list[str]
    body_words: set[str]
    url_words: set[str]
    has_url: bool
    meta: dict[int, bool]

    def repeated(self, text: str) -> bool:
        """Whether the page prints ``text`` more than once (a breadcrumb and a heading)."""
        return self.texts.count(text) > 1


def title_features(
    block: Block, rank: int, classified: Classified, context: _PageContext
) -> tuple[float, ...]:
    """The values of :data:`FEATURES` for one candidate line (``rank``: 0 for the candidate
    nearest the body, 1 for the next …).

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
    content = _content_words(text)
    verdict = classified.verdicts.get(block.index)
    rule = verdict.rule if verdict else None
    blocks = classified.blocks
    stripped = text.rstrip("\"'”’»)")
    return (
        float(block.index == context.walked[0]),
        float(block.index == context.walked[1]),
        math.log1p(context.start - block.index),
        min(rank, 10) / 10,
        math.log(max(block.words, 1)),
        float(block.words <= 3),
        float(block.words > 15),
        float(stripped.endswith(".")),
        float(stripped.endswith(("?", "!"))),
        float(stripped.endswith(":")),
        float(text.isupper()),
        sum(t[:1].isupper() for t in tokens) / max(len(tokens), 1),
        sum(map(str.isdigit, text)) / max(len(text), 1),
        float(bool(_SEPARATORS.search(text))),
        float(context.repeated(text)),
        len(content & context.body_words) / max(len(content), 1),
        len(content & context.url_words) / max(len(content), 1),
        float(not context.has_url),
        interface_share(text),
        float(rule == rule_names.OUTSIDE_BODY),
        float(rule in _NAMED_NAV),
        float(rule is not None and rule != rule_names.OUTSIDE_BODY and rule not in _NAMED_NAV),
        float(_meta_at(block.index + 1, blocks, context.meta)),
        float(_meta_at(block.index - 1, blocks, context.meta)),
    )


_BODY_OPENING = 3  # body blocks whose words a headline tends to share


def score_titles(
    classified: Classified,
    *,
    url: str | None = None,
    walked: tuple[int, int | None] = (-1, None),
    scorer: TitleScorer | None = None,
) -> list[TitleCandidate]:
    """Every headline candidate above the body of a classified page, scored, nearest first.

    Args:
        classified: the page's blocks and their verdicts.
        url: the page's address (its path often spells the headline's words).
        walked: the block indexes of the title and subtitle the header walk found (``-1`` and
            ``None`` for none), a feature of their own.
        scorer: the weights; the shipped :func:`title_scorer` when None.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Ferries return\\n\\n" + "The ferries came back to the port today. " * 3
        >>> [c.block.text for c in score_titles(classify(text_to_blocks(page)))]
        ['Ferries return']
    """
    blocks = classified.blocks
    start = classified.start if classified.start is not None else len(blocks)
    chosen = scorer or title_scorer(with_url=bool(url))
    opening = blocks[start : start + _BODY_OPENING]
    context = _PageContext(
        start=start,
        walked=walked,
        texts=[b.text for b in blocks],
        body_words=set().union(*(_content_words(b.text) for b in opening)),
        url_words=_url_words(url),
        has_url=bool(url),
        meta={},
    )
    found: list[TitleCandidate] = []
    for block in reversed(blocks[max(0, start - REACH) : start]):
        if not _could_be_title(block, classified, context.meta):
            continue
        features = title_features(block, len(found), classified, context)
        found.append(
            TitleCandidate(block=block, features=features, score=chosen.probability(features))
        )
    return found


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
