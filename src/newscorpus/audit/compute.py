"""Computing an audit: one pass over the articles, tallied per source, then near-duplicates.

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> report = audit([Article(text="Floods. " * 60, title="A", source="X",
    ...                         published=datetime(2024, 1, 5), published_precision="day"),
    ...                 Article(text="Short.", source="X")])
    >>> report.overall.dated, report.overall.short, [s.source for s in report.sources]
    (1, 1, ['X'])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone

from ..article import Article
from ..blocks import count_words
from ..errors import Skipped
from ..query.counts import Period, period_key, period_range
from ..query.dedup import near_duplicates
from .parts import (
    PRECISIONS,
    AuditOptions,
    DuplicateSummary,
    LengthSummary,
    PageRef,
    RuleCount,
    SourceAudit,
)
from .report import AuditReport

__all__ = ["audit", "timeline_period"]

_UTC = timezone.utc
_COARSE = ("year", "month", "day")


class _Tally:
    """The running counts of one source (or of all), folded into a :class:`SourceAudit`."""

    __slots__ = ("counts", "days", "lengths", "precision")

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.precision: Counter[str] = Counter()
        self.lengths: list[int] = []
        self.days: list[date] = []

    def add(self, article: Article, words: int, flags: dict[str, bool]) -> None:
        self.counts.update(name for name, on in flags.items() if on)
        self.counts["articles"] += 1
        self.lengths.append(words)
        if article.published is not None:
            self.precision[article.published_precision or "unknown"] += 1
            self.days.append(article.published.date())

    def result(self, source: str | None, options: AuditOptions) -> SourceAudit:
        c = self.counts
        return SourceAudit(
            source=source,
            articles=c["articles"],
            titled=c["titled"],
            dated=c["dated"],
            authored=c["authored"],
            with_language=c["with_language"],
            precision=tuple((p, self.precision[p]) for p in PRECISIONS if self.precision[p]),
            empty=c["empty"],
            short=c["short"],
            future=c["future"],
            words=LengthSummary.of(self.lengths, bins=options.length_bins),
            first=min(self.days, default=None),
            last=max(self.days, default=None),
        )


def audit(
    articles: Iterable[Article],
    *,
    skipped: Iterable[Skipped] = (),
    options: AuditOptions | None = None,
) -> AuditReport:
    """The quality report of a corpus: per source and overall, what share of the articles has
    a title, a date (and how precise), authors and a language; how long the bodies are; which
    pages came out empty, very short, undated or dated in the future; which cleaning rules
    removed most; how many articles are near-duplicates; which inputs were skipped and why.

    Args:
        articles: the articles (a :class:`~newscorpus.corpus.Corpus`, a store, any iterable);
            read once.
        skipped: what loading left out (``Corpus.skipped``).
        options: the thresholds (see :class:`AuditOptions`).

    Returns:
        An :class:`AuditReport`; print it, or render it with :func:`audit_html`.

    Example:
        >>> from newscorpus.testing import make_article
        >>> report = audit([make_article(source="X"), make_article(source="Y", authors=())])
        >>> [(s.source, s.authored) for s in report.sources]
        [('X', 1), ('Y', 0)]
    """
    opts = options or AuditOptions()
    now = _as_utc(opts.now or datetime.now(_UTC))
    overall, by_source = _Tally(), dict[str, _Tally]()
    rules: Counter[str] = Counter()
    rule_articles: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    problems: dict[str, list[PageRef]] = {"empty": [], "short": [], "undated": [], "future": []}
    kept: list[Article] = []
    for article in articles:
        words = count_words(article.text)  # Chinese, Japanese and Korean text has no spaces
        flags = _flags(article, words, now, opts)
        overall.add(article, words, flags)
        by_source.setdefault((article.source or "").strip(), _Tally()).add(article, words, flags)
        fired = Counter(removal.rule for removal in article.removed)
        rules.update(fired)
        languages[(article.language or "").strip()] += 1
        rule_articles.update(fired.keys())
        for name, refs in problems.items():
            if flags[name]:
                refs.append(_ref(article, words))
        if opts.duplicates:
            kept.append(article)
    return AuditReport(
        overall=overall.result(None, opts),
        sources=tuple(
            tally.result(name, opts)
            for name, tally in sorted(
                by_source.items(), key=lambda item: (-item[1].counts["articles"], item[0])
            )
        ),
        rules=tuple(
            RuleCount(rule=rule, blocks=blocks, articles=rule_articles[rule])
            for rule, blocks in sorted(rules.items(), key=lambda item: (-item[1], item[0]))
        ),
        languages=tuple(sorted(languages.items(), key=lambda item: (-item[1], item[0]))),
        timeline_by=timeline_period(overall.days),
        timeline=_timeline(overall.days),
        duplicates=_duplicates(kept, opts) if opts.duplicates else _unchecked(overall),
        skipped=tuple(skipped),
        empty=tuple(problems["empty"]),
        short=tuple(problems["short"]),
        undated=tuple(problems["undated"]),
        future=tuple(problems["future"]),
        now=now,
        options=opts,
    )


def _flags(article: Article, words: int, now: datetime, opts: AuditOptions) -> dict[str, bool]:
    """What holds of one article: the fields it has, and the problems it shows."""
    return {
        "titled": bool((article.title or "").strip()),
        "dated": article.published is not None,
        "authored": any(name.strip() for name in article.authors),
        "with_language": bool((article.language or "").strip()),
        "empty": words == 0,
        "short": 0 < words < opts.short_words,
        "undated": article.published is None,
        "future": _in_future(article, now),
    }


def _in_future(article: Article, now: datetime) -> bool:
    """Dated after ``now``: a date printed without a time when its period (year, month or
    day) starts after now's, in UTC; one with a time (a naive one read as UTC) when the moment
    is after now."""
    published = article.published
    if published is None:
        return False
    precision = article.published_precision
    if precision in _COARSE:
        day, today = published.date(), now.date()
        if precision == "year":
            return day.year > today.year
        if precision == "month":
            return (day.year, day.month) > (today.year, today.month)
        return day > today
    return _as_utc(published) > now


def _as_utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        return moment.replace(tzinfo=_UTC)
    return moment.astimezone(_UTC)


def _ref(article: Article, words: int) -> PageRef:
    origin = article.origin or article.read_from
    where = article.url or article.id
    if origin is not None and origin.path:
        where = origin.path if origin.line is None else f"{origin.path}:{origin.line}"
    return PageRef(
        id=article.id,
        title=article.title,
        source=article.source,
        where=where,
        published=article.published_iso,
        words=words,
    )


def timeline_period(days: Iterable[date]) -> Period:
    """The period the report's timeline counts by, from the span of the publication days:
    ``day`` up to a month, ``week`` up to half a year, ``month`` up to six years, else ``year``.

    Example:
        >>> timeline_period([date(2024, 1, 1), date(2024, 3, 31)])
        'week'
    """
    known = list(days)
    if not known:
        return "month"
    span = max(known) - min(known)
    if span <= timedelta(days=31):
        return "day"
    if span <= timedelta(days=182):
        return "week"
    if span <= timedelta(days=6 * 366):
        return "month"
    return "year"


def _timeline(days: list[date]) -> tuple[tuple[str, int], ...]:
    """Articles per period, every period from the first to the last (zeros included)."""
    if not days:
        return ()
    by = timeline_period(days)
    found = Counter(period_key(day, by) for day in days)
    return tuple((label, found[label]) for label in period_range(min(found), max(found), by))


def _duplicates(articles: list[Article], opts: AuditOptions) -> DuplicateSummary:
    clusters = near_duplicates(articles, options=opts.dedup)
    members = sum(len(cluster) for cluster in clusters)
    return DuplicateSummary(
        checked=True,
        clusters=len(clusters),
        articles=members,
        copies=members - len(clusters),
        total=len(articles),
    )


def _unchecked(overall: _Tally) -> DuplicateSummary:
    total = overall.counts["articles"]
    return DuplicateSummary(checked=False, clusters=0, articles=0, copies=0, total=total)
