"""The parts of an audit report: its options and the figures it is made of.

Each part is a frozen attrs record of counts; shares are properties computed from them, so a
figure and its share can never disagree.

Example:
    >>> words = LengthSummary.of([0, 10, 120], bins=(0, 1, 50))
    >>> words.median, [(b.label, b.count) for b in words.bins]
    (10, [('0', 1), ('1–49', 1), ('50+', 1)])
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime

import attrs

from ..errors import OptionsError, Skipped
from ..query.dedup import DedupOptions

__all__ = [
    "AuditOptions",
    "DuplicateSummary",
    "LengthBin",
    "LengthSummary",
    "PageRef",
    "RuleCount",
    "SkipCount",
    "SourceAudit",
]

PRECISIONS: tuple[str, ...] = ("year", "month", "day", "minute", "second", "unknown")
"""The date precisions an audit counts, coarsest first; ``unknown`` when none was recorded."""


def _at_least_one(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise OptionsError(f"{attribute.name} must be 1 or more, not {value}", stage="options")


def _edges(_instance: object, _attribute: object, value: tuple[int, ...]) -> None:
    if not value or value[0] != 0 or any(b <= a for a, b in itertools.pairwise(value)):
        raise OptionsError(
            f"length_bins must start at 0 and increase, not {value!r}", stage="options"
        )


@attrs.frozen(kw_only=True)
class AuditOptions:
    """What :func:`~newscorpus.audit.audit` counts as a problem, and how.

    Attributes:
        short_words: a body with at least one word but fewer than this many is *very short*.
        now: the moment a date must not be after (a naive one is read as UTC); ``None``: the
            time the audit runs.
        duplicates: look for near-duplicates (this holds every body in memory at once).
        dedup: how near-duplicates are found (see :class:`~newscorpus.query.DedupOptions`).
        length_bins: the lower edges, in words, of the body-length histogram's bins; the first
            is 0 and the last bin is open-ended.

    Raises:
        OptionsError: ``short_words`` is below 1 or ``length_bins`` does not start at 0 and
            increase.

    Example:
        >>> AuditOptions(short_words=80).short_words
        80
        >>> AuditOptions(length_bins=(5, 1))
        Traceback (most recent call last):
        ...
        newscorpus.errors.OptionsError: length_bins must start at 0 and increase, not (5, 1)
    """

    short_words: int = attrs.field(default=50, validator=_at_least_one)
    now: datetime | None = None
    duplicates: bool = True
    dedup: DedupOptions = attrs.field(factory=DedupOptions)
    length_bins: tuple[int, ...] = attrs.field(
        default=(0, 1, 50, 100, 200, 400, 800, 1600), converter=tuple, validator=_edges
    )


@attrs.frozen(kw_only=True)
class LengthBin:
    """One bar of the body-length histogram: bodies of ``low`` to ``high - 1`` words.

    Attributes:
        low: the fewest words in the bin.
        high: the first word count past the bin; ``None`` for the last, open-ended bin.
        count: the bodies in the bin.

    Example:
        >>> LengthBin(low=50, high=100, count=3).label, LengthBin(low=1600, high=None, count=0).label
        ('50–99', '1600+')
    """

    low: int
    high: int | None
    count: int

    @property
    def label(self) -> str:
        """``"0"``, ``"50–99"`` or ``"1600+"``."""
        if self.high is None:
            return f"{self.low}+"
        if self.high == self.low + 1:
            return str(self.low)
        return f"{self.low}–{self.high - 1}"


@attrs.frozen(kw_only=True)
class LengthSummary:
    """The distribution of body lengths, in words (as cleaning counts them: whitespace-separated
    tokens, or for Chinese, Japanese and Korean one word per two ideographs or kana).

    Quantiles are nearest-rank: each is the length of an actual body (the median of 1, 2, 3,
    4 words is 2). All figures are 0 when there are no bodies.

    Attributes:
        articles: the bodies measured.
        words: their words in all.
        minimum: the shortest body's words.
        p10: the length 10 % of the bodies are at most.
        median: the length half the bodies are at most.
        p90: the length 90 % of the bodies are at most.
        maximum: the longest body's words.
        mean: the average length.
        bins: the histogram, one :class:`LengthBin` per edge of ``AuditOptions.length_bins``.

    Example:
        >>> LengthSummary.of([1, 2, 3, 4], bins=(0, 3)).median
        2
    """

    articles: int
    words: int
    minimum: int
    p10: int
    median: int
    p90: int
    maximum: int
    mean: float
    bins: tuple[LengthBin, ...]

    @classmethod
    def of(cls, lengths: Sequence[int], *, bins: Sequence[int]) -> LengthSummary:
        """Summarise ``lengths`` (words per body) over the histogram edges ``bins``.

        Args:
            lengths: words per body, in any order.
            bins: the lower edges of the bins, from 0, increasing.

        Example:
            >>> LengthSummary.of([], bins=(0,)).mean
            0.0
        """
        ordered = sorted(lengths)
        highs: list[int | None] = [*bins[1:], None]
        counts = [
            sum(1 for n in ordered if n >= low and (high is None or n < high))
            for low, high in zip(bins, highs, strict=True)
        ]
        return cls(
            articles=len(ordered),
            words=sum(ordered),
            minimum=ordered[0] if ordered else 0,
            p10=_rank(ordered, 0.1),
            median=_rank(ordered, 0.5),
            p90=_rank(ordered, 0.9),
            maximum=ordered[-1] if ordered else 0,
            mean=round(sum(ordered) / len(ordered), 1) if ordered else 0.0,
            bins=tuple(
                LengthBin(low=low, high=high, count=count)
                for low, high, count in zip(bins, highs, counts, strict=True)
            ),
        )


def _rank(ordered: Sequence[int], quantile: float) -> int:
    """The nearest-rank quantile of sorted values (0 for none)."""
    if not ordered:
        return 0
    return ordered[max(1, math.ceil(quantile * len(ordered))) - 1]


@attrs.frozen(kw_only=True)
class SourceAudit:
    """The figures of one source, or of the whole corpus.

    Attributes:
        source: the source's name; ``""`` for the articles without one; ``None`` for the
            whole corpus.
        articles: its articles.
        titled: those with a title.
        dated: those with a publication date.
        authored: those with at least one author.
        with_language: those with a language.
        precision: the dated articles by how precisely their date was printed, as
            ``(precision, articles)`` pairs in the order of ``PRECISIONS`` (coarsest first;
            ``unknown`` when none was recorded), only those that occur.
        empty: articles whose body has no word.
        short: articles whose body has some words but fewer than ``AuditOptions.short_words``.
        future: articles dated after the audit's ``now``.
        words: the distribution of body lengths.
        first: the earliest publication day.
        last: the latest publication day.

    Example:
        >>> from newscorpus.audit import audit
        >>> from newscorpus.testing import make_article
        >>> part = audit([make_article(title="A"), make_article(title=None)]).overall
        >>> part.titled, part.title_share
        (1, 0.5)
    """

    source: str | None
    articles: int
    titled: int
    dated: int
    authored: int
    with_language: int
    precision: tuple[tuple[str, int], ...]
    empty: int
    short: int
    future: int
    words: LengthSummary
    first: date | None
    last: date | None

    @property
    def undated(self) -> int:
        """Articles without a publication date."""
        return self.articles - self.dated

    def share(self, count: int) -> float:
        """``count`` as a share of the articles (0.0 when there are none).

        Args:
            count: a number of this source's articles, e.g. ``self.undated``.

        Example:
            >>> from newscorpus.audit import audit
            >>> from newscorpus.testing import make_article
            >>> part = audit([make_article(text="One two.")], options=AuditOptions(short_words=5)).overall
            >>> part.share(part.short)
            1.0
        """
        return count / self.articles if self.articles else 0.0

    @property
    def title_share(self) -> float:
        """The share of articles with a title."""
        return self.share(self.titled)

    @property
    def date_share(self) -> float:
        """The share of articles with a publication date."""
        return self.share(self.dated)

    @property
    def author_share(self) -> float:
        """The share of articles with at least one author."""
        return self.share(self.authored)

    @property
    def language_share(self) -> float:
        """The share of articles with a language."""
        return self.share(self.with_language)


@attrs.frozen(kw_only=True)
class RuleCount:
    """How often one cleaning rule removed blocks.

    Attributes:
        rule: the rule's name, as :class:`~newscorpus.article.Removal` records it.
        blocks: the blocks it removed in all.
        articles: the articles it removed at least one block from.

    Example:
        >>> RuleCount(rule="share-prompt", blocks=12, articles=9).blocks
        12
    """

    rule: str
    blocks: int
    articles: int


@attrs.frozen(kw_only=True)
class DuplicateSummary:
    """How many articles are near-duplicates of another.

    Attributes:
        checked: whether near-duplicates were looked for (``AuditOptions.duplicates``).
        clusters: groups of near-duplicate articles.
        articles: the articles in those groups.
        copies: the articles in them that are not their group's canonical (earliest) one:
            what de-duplicating would drop.
        total: the articles compared.

    Example:
        >>> DuplicateSummary(checked=True, clusters=1, articles=3, copies=2, total=10).share
        0.2
    """

    checked: bool
    clusters: int
    articles: int
    copies: int
    total: int

    @property
    def share(self) -> float:
        """``copies`` as a share of the articles compared."""
        return self.copies / self.total if self.total else 0.0


@attrs.frozen(kw_only=True)
class SkipCount:
    """The inputs skipped for one kind of reason.

    Attributes:
        error: the error's class name (``"NotAPage"``, ``"EmptyArticle"``, ``"EncodingError"``…).
        count: the inputs skipped for it.
        example: the first of them.

    Example:
        >>> skip = Skipped(path="a.css", reason="a style sheet", error="NotAPage")
        >>> SkipCount(error="NotAPage", count=2, example=skip).count
        2
    """

    error: str
    count: int
    example: Skipped


@attrs.frozen(kw_only=True)
class PageRef:
    """An article to look at, and where to find it.

    Attributes:
        id: the article's id.
        title: its title.
        source: its source.
        where: the file it came from (with the line, for a record), else its URL, else its id.
        published: its publication date as ISO 8601 (at the printed precision).
        words: its body's words.

    Example:
        >>> PageRef(id="t-1", title=None, source=None, where="a.txt", published=None, words=0).where
        'a.txt'
    """

    id: str
    title: str | None
    source: str | None
    where: str
    published: str | None
    words: int
