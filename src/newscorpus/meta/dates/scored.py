"""The publication day of a plain-text page, chosen among every day the page prints.

A text page prints many dates: the article's date line, "Updated" lines, today's date in the
masthead, the dates of teaser lists of other stories, of comments, of events the story is
about. The reading rules of ``newscorpus.meta.dates.text`` each find one kind of date line;
here every day printed on a short block of the page (and the day the URL spells) becomes a
:class:`DayCandidate` with features: what those rules said of it, where it is printed
(above the body, near the headline, only in sentences, after the body), whether it sits
among other dated lines (a teaser list), how often it is printed, whether it is the page's
latest or earliest day. The days compete in a conditional logit (see
:mod:`newscorpus.meta.dates.scorer`); the best one is the publication day when its probability
reaches the scorer's bar, else the page is left undated (a wrong date corrupts every count a
researcher makes; a missing one only lowers it).

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Ferries return\\n\\n4 March 2024\\n\\n"
    ...         + "The ferries came back to the port today after the storm. " * 3)
    >>> classified = classify(text_to_blocks(page))
    >>> days = day_candidates(classified, [], title=0)
    >>> [(d.date.value.day, d.block) for d in days]
    [(4, 1)]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date as Day

import attrs

from ...article import Evidence
from ...blocks import Block
from ...clean.classify import Classified
from ...clean.rules import is_sentence_like
from ...options import MetaOptions
from ...shapes.datelines import looks_like_dateline
from ...shapes.dates import ParsedDate
from ..authors.bylines import parse_byline
from .bounds import dates_as
from .choose import DateCandidate, choose_published
from .labels import publication_label
from .precedence import rank_of
from .scorer import FEATURES, DateScorer, date_scorer
from .text import _NOT_ARTICLE, DATED_WORDS, blocks_with_year, date_kind  # the header's own

__all__ = ["DayCandidate", "best_day", "day_candidates", "scored_candidates"]

_SHORT_LINE = 12
_SENTENCE = 30
_NEAR = 3
_NEIGHBOURS = 3
_TOP = 3
_BY_TITLE = 2
_BELOW_TITLE = 4
_RULE_FEATURES = {
    ("text:header", "published"): "header",
    ("text:header", "modified"): "header_modified",
    ("text:lead", "published"): "lead",
    ("text:dateline", "published"): "dateline",
}


@attrs.frozen(kw_only=True)
class DayCandidate:
    """A day a page prints (or its URL spells), with its features and score.

    Attributes:
        date: the day as printed (its best printing: with a time when one is given).
        block: the block it was first read from; ``None`` for a day only in the URL.
        raw: that block's text (or the URL).
        features: the values of :data:`~newscorpus.meta.dates.scorer.FEATURES`, in order.
        score: the probability the scorer gives it (0 until scored).

    Example:
        >>> from newscorpus.shapes.dates import parse_date
        >>> DayCandidate(date=parse_date("2024-03-04"), block=3, raw="4 March 2024",
        ...              features=()).score
        0.0
    """

    date: ParsedDate
    block: int | None
    raw: str
    features: tuple[float, ...]
    score: float = 0.0


@attrs.define
class _Day:
    """What the page says of one day, gathered before it becomes features."""

    dates: list[tuple[ParsedDate, Block]] = attrs.field(factory=list)
    kinds: set[str] = attrs.field(factory=set)
    flags: set[str] = attrs.field(factory=set)
    url: ParsedDate | None = None


def day_candidates(
    classified: Classified,
    found: Sequence[DateCandidate],
    *,
    title: int | None,
    byline: int | None = None,
    options: MetaOptions | None = None,
    dated: Sequence[Block] | None = None,
) -> list[DayCandidate]:
    """Every day printed on a block of at most 80 words (and every full day in ``found``),
    with its features, unscored, in the order first printed (the URL's day last).

    Args:
        classified: the page's blocks and their verdicts.
        found: the page's date candidates from the reading rules and the URL.
        title: the headline's block index, when known.
        byline: the byline's block index, when known.
        options: day-first reading, year bounds, future dates.
        dated: the page's blocks of at most 80 words that hold a year
            (:func:`~newscorpus.meta.dates.text.blocks_with_year`), when the caller has found
            them already (the header's date reading reads the same blocks); else found here.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> classified = classify(text_to_blocks("Storm\\n\\n" + "It rained all day. " * 9))
        >>> day_candidates(classified, [], title=0)
        []
    """
    opts = options or MetaOptions()
    days: dict[Day, _Day] = {}
    if dated is None:
        # a longer block is prose: its dates are what the story is about
        dated = blocks_with_year(classified.blocks, DATED_WORDS)
    for block in dated:
        parsed_dates = dates_as(block.text, opts)
        for parsed in parsed_dates:
            if parsed.precision in ("year", "month"):
                continue
            day = days.setdefault(parsed.value.date(), _Day())
            if len(parsed_dates) > 1:
                day.flags.add("crowded")
            day.dates.append((parsed, block))
            day.kinds.add(date_kind(block.text[: parsed.start]))
            if publication_label().search(block.text[max(0, parsed.start - 40) : parsed.start]):
                day.flags.add("labelled")
    _add_found(classified, days, found)
    # An event's or a version's date ("Termin: …", "Version 3, 29 June 2007") is never the
    # page's, nor one printed only in a list of other pages, small print or a comment: such a
    # day competes only when a rule read it as a date line of the page too, or the URL spells it.
    days = {
        key: day
        for key, day in days.items()
        if day.flags - {"crowded"} or day.url or _dated_page(day, classified)
    }
    chosen = choose_published(found)
    if chosen is not None and chosen.date is not None and chosen.date.value.date() in days:
        days[chosen.date.value.date()].flags.add("chosen")
    return _featured(classified, days, found, (title, byline))


def _dated_page(day: _Day, classified: Classified) -> bool:
    if day.kinds <= {"other"}:
        return False
    return not all(_aside(block, classified) for _, block in day.dates)


def _add_found(
    classified: Classified, days: dict[Day, _Day], found: Sequence[DateCandidate]
) -> None:
    """The rules' candidates as features of their days (and as printings of a day read from a
    block longer than the ones searched here, or from a relative date)."""
    for candidate in found:
        if candidate.date is None or candidate.date.precision in ("year", "month"):
            continue
        if candidate.source == "url":
            if candidate.rule == "url-path":
                days.setdefault(candidate.date.value.date(), _Day()).url = candidate.date
            continue
        day = days.setdefault(candidate.date.value.date(), _Day())
        if candidate.block is not None and all(b.index != candidate.block for _, b in day.dates):
            day.dates.append((candidate.date, classified.blocks[candidate.block]))
        feature = _RULE_FEATURES.get((candidate.source, candidate.kind))
        if feature is not None:
            day.flags.add(feature)
        if candidate.rule == "labelled-dateline":
            day.flags.add("labelled")


def _featured(
    classified: Classified,
    days: dict[Day, _Day],
    found: Sequence[DateCandidate],
    header: tuple[int | None, int | None],
) -> list[DayCandidate]:
    url_day = next((d for d, day in days.items() if day.url is not None), None)
    month = next(
        (c.date.value for c in found if c.rule == "url-month" and c.date is not None), None
    )
    dated_blocks = {block.index for day in days.values() for _, block in day.dates}
    printed = [d for d, day in days.items() if day.dates]
    first = min(printed, key=lambda d: days[d].dates[0][1].index, default=None)
    nearest = _nearest(classified, days, header[0])
    latest, earliest = (max(days), min(days)) if days else (None, None)
    result = []
    for key, day in days.items():
        values: dict[str, float] = {name: 1.0 for name in day.flags}
        values.update(_place(classified, day, header, dated_blocks))
        values["url_day"] = float(day.url is not None)
        values["url_other_day"] = float(url_day is not None and day.url is None)
        if month is not None:
            inside = (key.year, key.month) == (month.year, month.month)
            values["url_month_in" if inside else "url_month_out"] = 1.0
        values["url_only"] = float(not day.dates)
        values["url_printed"] = float(day.url is not None and bool(day.dates))
        values["days"] = math.log1p(len(days))
        values["modified"] = float(bool(day.kinds) and day.kinds <= {"modified"})
        values["other_kind"] = float(bool(day.kinds) and day.kinds <= {"other"})
        values["latest"] = float(key == latest)
        values["earliest"] = float(key == earliest and len(days) > 1)
        values["first"] = float(key == first)
        values["only_day"] = float(len(days) == 1)
        values.update(nearest.get(key, {}))
        date, block = _printing(day)
        result.append(
            DayCandidate(
                date=date,
                block=None if block is None else block.index,
                raw=block.text if block is not None else date.text,
                features=tuple(map(values.get, FEATURES, _ABSENT)),
            )
        )
    return result


_ABSENT = (0.0,) * len(FEATURES)  # the value of each feature a day's values do not hold


def _nearest(
    classified: Classified, days: dict[Day, _Day], title: int | None
) -> dict[Day, dict[str, float]]:
    """The day printed nearest the headline and the one nearest the body's start."""
    start = classified.start if classified.start is not None else len(classified.blocks)
    printed = [key for key, day in days.items() if day.dates]
    found: dict[Day, dict[str, float]] = {}
    anchors = (("nearest_start", start), ("nearest_title", title))
    for name, anchor in anchors:
        if anchor is None or not printed:
            continue
        best = min(printed, key=lambda k: min(abs(b.index - anchor) for _, b in days[k].dates))
        found.setdefault(best, {})[name] = 1.0
    return found


def _printing(day: _Day) -> tuple[ParsedDate, Block | None]:
    """The day's best printing: the first with a time of day, else the first; the URL's when
    the page prints it nowhere."""
    if not day.dates:
        assert day.url is not None
        return day.url, None
    timed = [(d, b) for d, b in day.dates if d.precision not in ("day", "month", "year")]
    return (timed or day.dates)[0]


def _place(
    classified: Classified,
    day: _Day,
    header: tuple[int | None, int | None],
    dated_blocks: set[int],
) -> dict[str, float]:
    """Where the day is printed, as features (``header``: the headline's and the byline's
    block indexes, when known)."""
    title, byline = header
    if not day.dates:
        return {"no_title": float(title is None)}
    blocks = list({block.index: block for _, block in day.dates}.values())
    start = classified.start if classified.start is not None else len(classified.blocks)
    end = classified.end if classified.end is not None else start
    indexes = [block.index for block in blocks]
    nearest = min(abs(i - start) for i in indexes)
    neighbours = {
        other
        for i in indexes
        for other in range(i - _NEIGHBOURS, i + _NEIGHBOURS + 1)
        if other in dated_blocks and other not in indexes
    }
    values = {
        "mentions": math.log1p(len(day.dates)),
        "short_line": float(any(b.words <= _SHORT_LINE for b in blocks)),
        "sentence_only": float(all(b.words > _SENTENCE for b in blocks)),
        "above_body": float(min(indexes) < start),
        "near_start": float(nearest <= _NEAR),
        "in_body": float(all(start <= i <= end for i in indexes)),
        "after_body": float(all(i > end for i in indexes)),
        "distance": math.log1p(nearest),
        "dated_neighbours": math.log1p(len(neighbours)),
        "not_article": float(all(_aside(b, classified) for b in blocks)),
        "has_time": float(any(d.precision not in ("day", "month", "year") for d, _ in day.dates)),
        "no_title": float(title is None),
        "date_line": float(any(looks_like_dateline(b.text) for b in blocks if b.words <= 25)),
        "page_top": float(min(indexes) < _TOP),
        "prose": float(all(b.words > _SHORT_LINE and is_sentence_like(b.text) for b in blocks)),
        "byline_line": float(any(b.words <= _SENTENCE and _byline_line(b.text) for b in blocks)),
        "web_address": float(all("://" in b.text or "www." in b.text for b in blocks)),
    }
    if title is not None:
        values["title_distance"] = math.log1p(min(abs(i - title) for i in indexes))
        values["above_title"] = float(all(i < title for i in indexes))
        values["by_title"] = float(any(abs(i - title) <= _BY_TITLE for i in indexes))
        values["below_title"] = float(any(0 < i - title <= _BELOW_TITLE for i in indexes))
    if byline is not None:
        values["by_byline"] = float(any(abs(i - byline) <= 1 for i in indexes))
    return values


def _byline_line(text: str) -> bool:
    byline = parse_byline(text)
    return byline is not None and bool(byline.authors)


def _aside(block: Block, classified: Classified) -> bool:
    verdict = classified.verdicts.get(block.index)
    return verdict is not None and verdict.rule in _NOT_ARTICLE


def best_day(candidates: Sequence[DayCandidate], scorer: DateScorer) -> DayCandidate | None:
    """The highest-scoring day, its ``score`` set to its probability (``None`` without days).

    Args:
        candidates: the page's days (:func:`day_candidates`).
        scorer: the weights and bar.

    Example:
        >>> from newscorpus.shapes.dates import parse_date
        >>> day = DayCandidate(date=parse_date("2024-03-04"), block=1, raw="", features=(1.0,))
        >>> scorer = DateScorer(weights={"header": 1.0}, bias=0.0, bar=0.5, features=("header",))
        >>> round(best_day([day], scorer).score, 2)
        0.73
    """
    if not candidates:
        return None
    probabilities = scorer.probabilities([c.features for c in candidates])
    best = max(range(len(candidates)), key=probabilities.__getitem__)
    return attrs.evolve(candidates[best], score=probabilities[best])


def scored_candidates(
    classified: Classified,
    found: Sequence[DateCandidate],
    *,
    title: int | None,
    byline: int | None = None,
    options: MetaOptions | None = None,
    scorer: DateScorer | None = None,
    dated: Sequence[Block] | None = None,
) -> tuple[tuple[DateCandidate, ...], Evidence | None]:
    """The page's date candidates once its days have competed: the best day as the one
    ``published`` candidate when it reaches the bar (with the page's ``modified`` ones), else
    none but the unresolved relative ones; and the evidence of a day left below the bar.

    Args:
        classified: the page's blocks and their verdicts.
        found: the page's date candidates from the reading rules and the URL.
        title: the headline's block index, when known.
        byline: the byline's block index, when known.
        options: day-first reading, year bounds, future dates, and the bar (``date_bar``)
            when it overrides the scorer's.
        scorer: the weights and bar; the shipped ones when None.
        dated: the page's blocks of at most 80 words that hold a year, when the caller has
            found them already (see :func:`day_candidates`).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Storm\\n\\n3 May 2024\\n\\n" + "It rained all day on the hills. " * 5
        >>> chosen, _ = scored_candidates(classify(text_to_blocks(page)), [], title=0)
        >>> [(c.kind, c.date.value.day, c.rule.split(":")[0]) for c in chosen]
        [('published', 3, 'scored')]
    """
    weights = scorer or date_scorer()
    opts = options or MetaOptions()
    best = best_day(
        day_candidates(classified, found, title=title, byline=byline, options=options, dated=dated),
        weights,
    )
    unresolved = tuple(c for c in found if c.date is None)
    if best is None:
        return unresolved, None
    bar = weights.bar if opts.date_bar is None else opts.date_bar
    if best.score < bar:
        rule = f"below-bar:{best.score:.3f}<{bar:.2f}"
        source = "url" if best.block is None else "text:header"
        return unresolved, Evidence(source=source, rule=rule, raw=best.raw[:300], block=best.block)
    chosen = DateCandidate(
        date=best.date,
        kind="published",
        source="url" if best.block is None else "text:header",
        rule=f"scored:{best.score:.3f}",
        raw=best.raw,
        rank=_rank(best, found),
        block=best.block,
    )
    # The URL's day stays beside it, never chosen itself, for the final choice's check that a
    # day only weak sources print (rank 40 and above) more than a day from the URL's loses to it.
    url = tuple(attrs.evolve(c, kind="other") for c in found if c.rule == "url-path")
    return (chosen, *url, *(c for c in found if c.kind == "modified")), None


def _rank(best: DayCandidate, found: Sequence[DateCandidate]) -> int:
    """The precedence rank of the day's strongest source among the date rules' candidates (a
    date line elsewhere's when only this scan printed it)."""
    day = best.date.value.date()
    ranks = [c.rank for c in found if c.date is not None and c.date.value.date() == day]
    return min(ranks, default=rank_of("text:dateline", "dateline"))
