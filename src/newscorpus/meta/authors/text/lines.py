"""Byline candidates of a plain-text page and the scorer that chooses among them.

A page copied as text keeps its byline, but rarely in the ``By Ann Lee`` shape a prefix reader
expects: a renderer may put the prefix on a line of its own (``Von`` / ``Ann Lee``), glue it to
the date (``Posted on 4 March 2024 by ann``), or the site may print the names bare beside the
date (``Ann Lee | 4 March 2024``) or on a line alone under the headline. Each such line near the
body's start is a candidate; further out (far above the headline, lower in the body, signed after
it) only a line that holds a byline's prefix or label is read. What a candidate is and where it
stands are its features (the words' own in ``wording``):

- its kind: a line that opens with a prefix, a prefix printed on the line above, a prefix inside
  a meta line, names followed by a date, or a line of names alone;
- where it stands: above or in the body, how far from the body's start, next to the headline;
- how much the names look like people: a common given name first, two to four capitalised words,
  one word (a login), an agency;
- what stands beside it: a date in the line or the next, interface words, the verdict cleaning
  gave its block, whether the names are printed elsewhere on the page (an author box).

A logistic scorer (weights in ``data/byline_scorer.json``, fitted on half A of the metadata
development sets by ``benchmarks/fit_byline_scorer.py``) gives each candidate a probability;
the best is taken when it reaches the scorer's bar, else the authors stay empty and the best
candidate is on record in the provenance.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Council backs the river plan\\n\\nVon\\n\\nAnna Berger\\n\\n"
    ...         + "The council voted on Monday to back the new river plan. " * 3)
    >>> classified = classify(text_to_blocks(page))
    >>> [(c.kind, c.names) for c in byline_candidates(classified, headline=0)]
    [('split-prefix', ('Anna Berger',))]
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence
from functools import cache

import attrs

from .... import rule_names
from ....blocks import Block
from ....clean.classify import Classified
from ....shapes.datelines import looks_like_dateline
from ....vocab import load_json
from ...titles.text import interface_share
from ..bylines import is_organisation, parse_byline, split_authors
from ..names import is_given_name, looks_like_person_name
from .context import Around, PageText, around, headline_share, page_text, spelled_in
from .shapes import SHAPE_KINDS, read_shape
from .wording import (
    find_inline_prefix,
    glue_point,
    has_cue,
    holds_credit,
    holds_role,
    holds_stopword,
    prefix_prepositions,
    prefix_words,
    sentence_share,
    words_before_prefix,
)

__all__ = [
    "BYLINE_FEATURES",
    "KINDS",
    "BylineCandidate",
    "BylineScorer",
    "best_byline",
    "byline_candidates",
    "byline_scorer",
]

KINDS = ("prefix", "split-prefix", "inline-prefix", "dated-names", "bare-names", *SHAPE_KINDS)
"""The kinds of candidate line (the last read by ``shapes``), strongest evidence first."""
_PREFIXED = frozenset((*KINDS[:3], SHAPE_KINDS[0]))

BYLINE_FEATURES: tuple[str, ...] = (
    *(f"kind_{kind}" for kind in KINDS),
    "above",
    "distance",
    "near_headline",
    "given_name",
    "person_like",
    "several",
    "one_word",
    "all_caps",
    "organisation",
    "date_in_line",
    "date_next",
    "repeated",
    "in_body",
    "interface",
    "named_outside",
    "named_nav",
    "named_other",
    "long_line",
    "coverage",
    "far",
    "after_end",
    "stopword",
    "after_headline",
    "before_start",
    "named_after",
    "words_before",
    "verb_before",
    "sentence",
    "rivals",
    "date_before",
    "role_beside",
    "in_headline",
    "in_path",
)
"""The features of a byline candidate, in the order of the scorer's weights."""

ABOVE = 15  # blocks above the body's start searched
BELOW = 4  # blocks of the body searched (a byline under the lead picture or the standfirst)
# Further out, only a line that holds a byline's prefix or label is read: a byline far above
# the headline (a site's header strip), lower in the body, or signed after it ("Posted by").
FAR_ABOVE = 45
FAR_BELOW = 15  # blocks of the body from its start
TAIL = 3  # the body's last blocks
AFTER_END = 8  # blocks after the body's end
_MAX_WORDS = 30
_MAX_CHARS = 200

# Where names end in a line: a separator, a digit (a date or a time), a date's own word.
_SEGMENTS = re.compile(r"\s*[|/·•]\s*|\s+[-–—]\s+|\s[-–—]|[-–—]\s")
_SEGMENT_SIGN = re.compile(r"[|/·•\-–—]")  # in every separator; looked for first, much faster
# A date or time after the names: a digit run that follows no capital ("BR24" is a desk's
# name, "Ann1" a login) and ends in a date's punctuation or a space, or runs three long.
_DIGIT = re.compile(r"(?<![A-Z\d])\d++(?=[./:,\s-])|(?<![A-Z\d])\d{3}")
_DATE_WORDS = re.compile(r"\s(?:on|am|le|el|il|den|um|at|in|op|à|a las|de)\s", re.IGNORECASE)
_WHOLE = 0.6  # the share of a bare line's head its names must make up
_BEFORE_INLINE = 4  # words before a prefix inside a line with no digit or separator in them
_BEFORE_DATED = 8  # words before it in a line with a date or a separator
_BEFORE_SPLIT = 2  # words before a prefix that ends a line with no digit or separator
_DATE_SHAPE = re.compile(r"\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}")
# Both patterns above need a digit; one digit is looked for much faster (most lines hold none).
_ANY_DIGIT = re.compile(r"\d")


def _dated(text: str) -> bool:
    """Whether a line holds a date's shape (:data:`_DATE_SHAPE`)."""
    return _ANY_DIGIT.search(text) is not None and _DATE_SHAPE.search(text) is not None


@attrs.frozen(kw_only=True)
class BylineCandidate:
    """A line that may be the byline, the names it gives and its features.

    Attributes:
        block: the line's block.
        kind: which shape it has (one of :data:`KINDS`).
        names: the names it gives.
        features: its feature values, in the order of :data:`BYLINE_FEATURES`.
        score: the scorer's probability that the names are the authors (0 to 1).

    Example:
        >>> from newscorpus.blocks import Block
        >>> BylineCandidate(block=Block(index=0, text="By Ann Lee"), kind="prefix",
        ...                 names=("Ann Lee",), features=(), score=0.9).names
        ('Ann Lee',)
    """

    block: Block
    kind: str
    names: tuple[str, ...]
    features: tuple[float, ...]
    score: float = 0.0


@attrs.frozen(kw_only=True)
class BylineScorer:
    """Logistic weights over :data:`BYLINE_FEATURES` and the bar a byline must reach.

    Attributes:
        weights: one weight per feature name (a missing one weighs 0).
        bias: the intercept.
        bar: the lowest probability taken as the authors.

    Example:
        >>> scorer = BylineScorer(weights={"kind_prefix": 4.0}, bias=-2.0, bar=0.5)
        >>> scorer.probability(tuple(float(f == "kind_prefix") for f in BYLINE_FEATURES)) > 0.5
        True
    """

    weights: dict[str, float]
    bias: float
    bar: float
    _vector: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        vector = tuple(self.weights.get(name, 0.0) for name in BYLINE_FEATURES)
        object.__setattr__(self, "_vector", vector)

    def probability(self, features: Sequence[float]) -> float:
        """The probability that a candidate with ``features`` names the authors."""
        total = self.bias + sum(map(operator.mul, self._vector, features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def byline_scorer() -> BylineScorer:
    """The shipped scorer (``data/byline_scorer.json``, fitted on half A of the development sets
    by ``benchmarks/fit_byline_scorer.py``).

    Example:
        >>> 0 < byline_scorer().bar < 1
        True
    """
    data = load_json("byline_scorer.json")
    return BylineScorer(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        bar=float(data["bar"]),
    )


def _before_separator(text: str) -> str:
    """What stands before the line's first separator (:data:`_SEGMENTS`), a name glued to what
    follows it ("Ann LeeStaff Writer", :func:`.wording.glue_point`) ending there: as if a
    separator stood at the glue."""
    glue = glue_point(text)
    head = text if glue is None else text[:glue]
    cut = _SEGMENTS.search(head) if _SEGMENT_SIGN.search(head) else None
    return head[: cut.start()] if cut else head


def _names(text: str, *, strict: bool, whole: bool = False) -> tuple[str, ...]:
    """The names at the start of ``text``, up to a separator, a digit or a date's word; each
    without the interface words after it ("Ann Lee Updated"), and none that holds one in its
    midst ("Updated Monday") or, unless ``strict`` is off, does not look like a person's name.
    With ``strict`` off (after a prefix) a one-word name (a login) and a desk's name ("Courier
    Staff") stay. With ``whole`` the names must make up most of what stands before the
    separator ("Ann Lee und ihr Plan" is a headline)."""
    head = _before_separator(text)
    digit = _DIGIT.search(head) if _ANY_DIGIT.search(head) else None
    head = head[: digit.start()] if digit else head
    # what stands before the first date word (the pattern's split, without building its list)
    date_word = _DATE_WORDS.search(head)
    head = (head if date_word is None else head[: date_word.start()]).strip(" ,.:;")
    if not head or len(head) > 80:
        return ()
    names = []
    for name in split_authors(head, strict=strict):
        tokens = name.split()
        while tokens and interface_share(tokens[-1]) == 1.0:
            tokens.pop()
        kept = " ".join(tokens)
        if not tokens or interface_share(kept) > 0 or holds_credit(kept):
            continue
        person = len(tokens) == 1 or looks_like_person_name(kept)
        if person or (not strict and is_organisation(kept)):
            names.append(kept)
    if whole and sum(map(len, names)) < _WHOLE * len(head):
        return ()
    return tuple(names)


def _read_line(
    text: str, previous: str | None, *, in_body: bool, prefixed: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """The kind of byline a line is and the names it gives; None when it is no candidate. In
    the body only a prefix or a date marks a byline (a name alone there is someone the story
    is about: on half A, 4 of 48 such lines named the author). With ``prefixed`` (a far line)
    only a prefixed kind counts, and names without a prefix are not read."""
    byline = parse_byline(text)
    if byline is not None and byline.authors:
        return "prefix", byline.authors
    if previous is not None and _opens_byline(previous):
        names = _names(text, strict=False)
        if names:
            return "split-prefix", names
    inline = None if in_body else find_inline_prefix(text)  # (where it starts, the rest)
    if inline is not None and _meta_opening(text[: inline[0]]):
        names = _names(inline[1], strict=False)
        if names:
            return "inline-prefix", names
    shaped = read_shape(text, in_body=in_body)  # a prefix with a tail, a role, a date before
    # A name alone in the body is no byline, nor one on a far line: their names are not read
    # (a far line's shape without a prefix is dropped by the caller).
    if shaped is not None or prefixed or (in_body and not _dated(text)):
        return shaped
    names = _names(text, strict=True, whole=True)
    if not names:
        return None
    return ("dated-names", names) if _dated(text) else ("bare-names", names)


def _opens_byline(line: str) -> bool:
    """Whether a line is a byline's prefix whose names are printed on the next line: the
    prefix alone ("Von", "By:"), or ending a meta line's opening ("04.03.2024 10:15 von",
    "Geschrieben von:", "Artikel von"; :func:`_meta_opening`), the renderer having broken the
    line before the names (a link of its own)."""
    prefixes = prefix_words()
    folded = line.casefold().strip(" :")
    if folded in prefixes:
        return True
    head, _, last = folded.rpartition(" ")
    if not head or len(line) > _MAX_CHARS or last.rstrip(":") not in prefixes:
        return False
    if last not in prefix_prepositions() and not line.rstrip().endswith(":"):
        return False  # a label noun without its colon: "About the Author" heads an author box
    before = line[: len(head)]
    # Without a date or separator, a short label only ("Artikel von"), not a sentence's words
    # broken at a link ("The plan was backed by").
    if not _ANY_DIGIT.search(before) and not _SEGMENTS.search(before):
        return len(before.split()) <= _BEFORE_SPLIT and not holds_credit(before)
    return _meta_opening(before)


def _meta_opening(before: str) -> bool:
    """Whether what stands before a prefix inside a line is a meta line's opening ("Posted on
    4 March", "Veröffentlicht am", "22. Juli 2019") and not a sentence or headline that happens
    to say "by" or "von", nor a picture's credit ("Featured image by")."""
    count = len(before.split())
    if holds_credit(before):
        return False
    if re.search(r"\d", before) or _SEGMENTS.search(before):
        return count <= _BEFORE_DATED
    return count <= _BEFORE_INLINE


def byline_candidates(
    classified: Classified, *, headline: int | None = None, url: str | None = None
) -> list[BylineCandidate]:
    """The byline candidates around the body's start, with their features (unscored).

    Args:
        classified: the page's blocks and their verdicts.
        headline: the index of the headline block, when the header walk found one.
        url: the page's address: a name spelled in its path (the story's subject in the
            slug, seldom its writer) is a feature.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = ("Ferries return\\n\\nAnn Lee | 4 March 2024\\n\\n"
        ...         + "The ferries came back to the port today after the storm. " * 3)
        >>> [(c.kind, c.names) for c in byline_candidates(classify(text_to_blocks(page)))]
        [('dated-names', ('Ann Lee',))]
    """
    blocks = classified.blocks
    start = classified.start if classified.start is not None else len(blocks)
    end = classified.end if classified.end is not None else start
    low, high = max(0, start - ABOVE), min(len(blocks), start + BELOW)
    far = _far_blocks(blocks, (low, high), (start, end))
    found: list[_Read] = []
    context: tuple[PageText, Around] | None = None
    for block in [*blocks[low:high], *far]:
        if block.tag is not None or block.words > _MAX_WORDS or len(block.text) > _MAX_CHARS:
            continue  # text pages only: an HTML page's byline is read from its markup
        previous = blocks[block.index - 1].text if block.index > 0 else None
        is_far = not low <= block.index < high
        in_body = start <= block.index <= end if is_far else block.index >= start
        read = _read_line(" ".join(block.text.split()), previous, in_body=in_body, prefixed=is_far)
        if read is None:
            continue
        kind, names = read
        if context is None:  # read once a page has a candidate (most lines are none)
            context = page_text(blocks, start, end), around(blocks, headline, url)
        features = _features(
            classified, block, (kind, names), (start, end, headline, context[0]), context[1]
        )
        found.append((block, kind, names, features))
    return _with_rivals(found)


_Read = tuple[Block, str, tuple[str, ...], tuple[float, ...]]  # a line, its kind, names, features
_RIVALS_AT = BYLINE_FEATURES.index("rivals")


def _with_rivals(found: list[_Read]) -> list[BylineCandidate]:
    """Each candidate with the number of other unprefixed name lines on its page: a page that
    prints many (a team list, a list of other stories' writers) names its author in few. (Each
    candidate is built once, with that count in place, not built and then copied.)"""
    unprefixed = sum(kind not in _PREFIXED for _, kind, _, _ in found)
    at = _RIVALS_AT
    return [
        BylineCandidate(
            block=block, kind=kind, names=names, features=(*values[:at], rivals, *values[at + 1 :])
        )
        for block, kind, names, values in found
        for rivals in (min(unprefixed - (kind not in _PREFIXED), 5) / 5,)
    ]


def _far_blocks(
    blocks: Sequence[Block], near: tuple[int, int], body: tuple[int, int]
) -> list[Block]:
    """The blocks outside the near window that hold a byline's prefix, or follow a line that is
    one: far above the body, lower in it, at its end and after it."""
    (low, high), (start, end) = near, body
    body_reach = min(start + FAR_BELOW, end + 1)
    spans = (
        range(max(0, start - FAR_ABOVE), low),
        range(high, body_reach),
        range(max(high, body_reach, end + 1 - TAIL), min(len(blocks), end + 1 + AFTER_END)),
    )
    found = []
    for index in (i for span in spans for i in span if i < len(blocks)):
        block = blocks[index]
        if block.tag is not None or block.words > _MAX_WORDS or len(block.text) > _MAX_CHARS:
            continue
        if has_cue(block.text) or (index > 0 and _opens_byline(blocks[index - 1].text)):
            found.append(block)
    return found


def _features(
    classified: Classified,
    block: Block,
    read: tuple[str, tuple[str, ...]],
    page: tuple[int, int, int | None, PageText],
    around: Around,
) -> tuple[float, ...]:
    kind, names = read
    headline_words, path = around
    start, end, headline, (page_text, body_start, after_start) = page
    last = names[0].split()[-1].casefold()
    blocks = classified.blocks
    verdict = classified.verdicts.get(block.index)
    rule = verdict.rule if verdict else None
    following = blocks[block.index + 1].text if block.index + 1 < len(blocks) else ""
    preceding = blocks[block.index - 1].text if block.index > 0 else ""
    first_words = [name.split()[0] for name in names]
    values: dict[str, float] = {f"kind_{k}": float(k == kind) for k in KINDS}
    inline = words_before_prefix(block.text) if kind == "inline-prefix" else (0.0, 0.0)
    values["words_before"], values["verb_before"] = inline
    values.update(
        above=float(block.index < start),
        distance=min(abs(block.index - start), 15) / 5,
        near_headline=float(headline is not None and 0 < block.index - headline <= 3),
        given_name=sum(map(is_given_name, first_words)) / len(names),
        person_like=sum(map(looks_like_person_name, names)) / len(names),
        several=float(len(names) > 1),
        one_word=float(any(len(name.split()) == 1 for name in names)),
        all_caps=float(all(name.isupper() for name in names)),
        organisation=float(any(map(is_organisation, names))),
        date_in_line=float(_dated(block.text)),
        date_next=float(len(following) < 80 and looks_like_dateline(following)),
        repeated=float(page_text.count(names[0].casefold()) > 1),
        # the story's subject is named in its text; its author seldom is
        in_body=float(page_text.find(last, body_start, after_start) >= 0),
        interface=interface_share(block.text),
        named_outside=float(rule == rule_names.OUTSIDE_BODY),
        named_nav=float(rule in {rule_names.NAV_RUN, rule_names.NAV_ITEM}),
        named_other=float(
            rule is not None
            and rule not in {rule_names.OUTSIDE_BODY, rule_names.NAV_RUN, rule_names.NAV_ITEM}
        ),
        long_line=float(block.words > 12),
        coverage=min(1.0, len(" ".join(names)) / max(1, len(block.text))),
        far=float(not start - ABOVE <= block.index < start + BELOW),
        after_end=float(block.index > end),
        # "Das Wichtigste", "Im Schlepptau": a headline's words, not a name's
        stopword=sum(map(holds_stopword, names)) / len(names),
        after_headline=float(headline is not None and block.index == headline + 1),
        before_start=float(block.index == start - 1),
        # an author box after the story names its writer again
        named_after=float(page_text.find(last, after_start) >= 0),
        sentence=sentence_share(block.text, names),
        rivals=0.0,  # set once every candidate is known
        date_before=float(len(preceding) < 80 and looks_like_dateline(preceding)),
        role_beside=float(holds_role(preceding) or holds_role(following)),
        # a headline's own words read as names ("Der Plan für den Fluss"), or its subject
        in_headline=headline_share(names, headline_words, block.index == headline),
        in_path=spelled_in(names, path),  # the story's subject in the slug, or an author page
    )
    ordered: tuple[float, ...] = _in_order(values)
    return ordered


# The features' values picked in the order of BYLINE_FEATURES, in one call.
_in_order = operator.itemgetter(*BYLINE_FEATURES)


def best_byline(
    candidates: Sequence[BylineCandidate], scorer: BylineScorer | None = None
) -> BylineCandidate | None:
    """The candidate the scorer likes best, with its score; None when there is none.

    Args:
        candidates: the page's candidates (from :func:`byline_candidates`).
        scorer: the weights; the shipped ones when None.

    Example:
        >>> best_byline([]) is None
        True
    """
    chosen = scorer or byline_scorer()
    scores = [chosen.probability(c.features) for c in candidates]
    if not scores:
        return None
    best = scores.index(max(scores))  # the first of the highest, as max() picks; one copy
    return attrs.evolve(candidates[best], score=scores[best])
