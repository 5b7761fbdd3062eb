"""Date candidates with their kind and provenance, and the documented choice of the published one.

Every date a page offers (JSON-LD, meta tags, ``<time>``, the URL, a dateline…) becomes a
:class:`DateCandidate` with a **kind** — ``published``, ``modified``, ``other`` or ``relative``
(a relative date nobody resolved) — and a **rank**: its place in the precedence table below,
looked up by its source and rule in ``data/date_precedence.json`` (with the thresholds named there;
a test keeps this table and the file in step).
:func:`choose_published` takes the best-ranked ``published`` candidate, then checks it against
the others:

====== ============================================================================================
rank   source
====== ============================================================================================
0      the record's own metadata (a ``published``/``date`` field of a JSONL or CSV record)
10, 11 JSON-LD ``datePublished`` / ``dateCreated`` of an article object (a ``WebPage`` only when
       no article object is dated)
20     ``article:published_time``, ``og:published_time``; ``itemprop=datePublished``
22     other publication meta tags (``pubdate``, ``dcterms.issued``, ``sailthru.date``,
       ``parsely-pub-date``, ``citation_publication_date`` …)
24     the date line next to the headline (text): what readers see, more often right than the
       guessed and secondary sources below
25     a meta tag whose name says it is a publication date (``…publish…``, ``…created…``,
       ``…uploaded…``)
30     ``<time>`` marked as the publication date (``pubdate``, a ``publish…`` class)
35, 36 JSON-LD ``datePublished`` / ``dateCreated`` of another object (a video, a web page)
38     the first publication date in page state a script embeds as JSON (``"published_at": …``)
40     a date line elsewhere labelled as the publication date ("Published on: …", or under a
       label line of its own: ``<dt>Erschienen am:</dt><dd>13.10.2021</dd>``), in a sidebar too
41     a generic ``date`` meta tag (``date``, ``DC.date``, ``DCTERMS.date``): often the last change
42     a date opening the first body paragraph ("BERLIN, 2 March 2024 – …")
45     an element whose class says date (``post-date``, ``entry-date``, ``datum``…)
50     the first ``<time datetime>`` not marked as modified
55     a full date in the URL path (``/2023/06/01/``), day precision
56     a year and month in the URL path (``/2017/09/slug``): an ``other`` candidate that is never
       the date, only the month it must fall in
58     the first ``data-*`` date attribute outside other pages' cards (``data-date``,
       ``data-timestamp``; Unix seconds or milliseconds too)
60     a date line elsewhere on the page, outside lists of other articles
62     a date opening the page's description, or closing it in brackets (58 and 62 are read only
       when the markup has no publication date of rank 55 or better)
65     a full date in the path of the share image (``og:image``), a last resort
====== ============================================================================================

Consistency checks: a ``modified`` date never beats a ``published`` one (a page whose only date is
its update date gets that date, its rule marked ``+only-date``; a page that prints no publication
date but prints an update line, while its metadata publication date is shown nowhere, gets the
printed update date, its rule marked ``+shown-update``); when the sources
disagree on the day, the day backed by the most distinct sources (rank 55 or better, and the printed
date, a date line anywhere included, once) wins, the best-ranked one breaking ties; a weak candidate
(rank 40 and above) more than a day away from a full URL date loses to the URL date; a
metadata publication day the page never prints loses to the printed day (or, when nothing is
printed, the generic ``date`` meta tag) when that is the metadata's modification day (the page
was republished that day and shows it); a date outside the year and month the URL gives
(``/2017/09/slug``) loses to the best publication date inside that month; a UTC
timestamp is replaced by the same instant printed in local time elsewhere on the page, or, when
the URL prints a day that a local offset explains, by the URL's day (news sites convert local
times to UTC in their metadata, and the local day is the one readers see); a day printed
without a time takes the time of a publication timestamp of the same day.

Example:
    >>> from newscorpus.shapes.dates import parse_date
    >>> a = DateCandidate(date=parse_date("2024-03-05T09:00:00Z"), kind="modified",
    ...                   source="html:meta", rule="article:modified_time", rank=20)
    >>> b = DateCandidate(date=parse_date("2024-03-04"), kind="published",
    ...                   source="url", rule="url-path", rank=55)
    >>> choose_published([a, b]).rule
    'url-path'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

import attrs

from ...article import Evidence
from ...shapes.dates import ParsedDate
from ..partial import Found
from .precedence import is_generic_date_tag, rank_of, threshold

__all__ = [
    "DateCandidate",
    "DateKind",
    "candidates_of",
    "choose_dates",
    "choose_modified",
    "choose_published",
]

DateKind = Literal["published", "modified", "other", "relative"]


@attrs.frozen(kw_only=True)
class DateCandidate:
    """One date a page offers, with what it is and where it was found.

    Attributes:
        date: the parsed date; ``None`` for a relative date left unresolved (no reference time).
        kind: ``"published"``, ``"modified"``, ``"other"`` or ``"relative"``.
        source: the kind of place (``"html:json-ld"``, ``"html:meta"``, ``"html:time"``,
            ``"url"``, ``"text:header"`` …).
        rule: the key or rule that read it (``"datePublished"``, ``"article:published_time"``).
        raw: the text it was read from.
        rank: its place in the precedence table (lower wins).
        block: the block index, for dates read from a block of the page.

    Example:
        >>> DateCandidate(date=None, kind="relative", source="text:header", rule="relative",
        ...               raw="3 hours ago", rank=24).kind
        'relative'
    """

    date: ParsedDate | None
    kind: DateKind
    source: str
    rule: str
    raw: str = ""
    rank: int = 50
    block: int | None = None

    def evidence(self) -> Evidence:
        """This candidate's provenance as an :class:`~newscorpus.article.Evidence`.

        Example:
            >>> DateCandidate(date=None, kind="other", source="url", rule="url-path").evidence().source
            'url'
        """
        return Evidence(source=self.source, rule=self.rule, raw=self.raw[:300], block=self.block)


def _best(candidates: Sequence[DateCandidate], kind: DateKind) -> DateCandidate | None:
    usable = [c for c in candidates if c.kind == kind and c.date is not None]
    return min(usable, key=lambda c: c.rank, default=None)


def choose_modified(candidates: Sequence[DateCandidate]) -> DateCandidate | None:
    """The best-ranked ``modified`` candidate.

    Example:
        >>> choose_modified([]) is None
        True
    """
    return _best(candidates, "modified")


def choose_published(candidates: Sequence[DateCandidate]) -> DateCandidate | None:
    """The published date, by the precedence table and the consistency checks of this module.

    Example:
        >>> from newscorpus.shapes.dates import parse_date
        >>> utc = DateCandidate(date=parse_date("2023-11-09T03:28:35+00:00"), kind="published",
        ...                     source="html:meta", rule="article:published_time", rank=20)
        >>> local = DateCandidate(date=parse_date("2023-11-08T22:28:35-05:00"), kind="other",
        ...                       source="html:json-ld", rule="date", rank=35)
        >>> choose_published([utc, local]).date.value.isoformat()
        '2023-11-08T22:28:35-05:00'
    """
    best = _best(candidates, "published")
    if best is None or best.date is None:
        return _only_modified(candidates) if best is None else best
    url = next((c for c in candidates if _full_url_date(c) and c.date is not None), None)
    if (
        url is not None
        and url.date is not None
        and best.rank >= threshold("weak")
        and abs((_day(best.date) - _day(url.date)).days) > 1
    ):
        return url
    best = _in_url_month(
        _shown_update(_republished(_agreed(best, candidates), candidates), candidates), candidates
    )
    if best.date is not None and _is_utc(best.date.value):
        return _local_reading(best, candidates, url)
    return _with_time(best, candidates)


def _in_url_month(best: DateCandidate, candidates: Sequence[DateCandidate]) -> DateCandidate:
    """When the URL gives a year and month (``/2017/09/slug``), a chosen date outside that
    month loses to the best-ranked publication date inside it, if the page has one: blog
    engines put the month of publication in the permalink, other dates are of what the post
    is about (a book's release, an event)."""
    month = next((c.date for c in candidates if c.rule == "url-month" and c.date), None)
    if month is None or best.date is None or _month(best.date) == _month(month):
        return best
    inside = [
        c
        for c in candidates
        if c.kind == "published" and c.date is not None and _month(c.date) == _month(month)
    ]
    return min(inside, key=lambda c: c.rank, default=best)


def _month(date: ParsedDate) -> tuple[int, int]:
    return date.value.year, date.value.month


def _with_time(best: DateCandidate, candidates: Sequence[DateCandidate]) -> DateCandidate:
    """A printed day with no time takes the time of the best-ranked publication timestamp
    of that same day (``<time datetime>``, a meta tag): they are one date, one more precise."""
    assert best.date is not None
    if best.date.precision != "day":
        return best
    timed = [
        c
        for c in candidates
        if c.kind == "published"
        and c.date is not None
        and c.date.precision != "day"
        and c.rank <= threshold("voting")
        and _day(c.date) == _day(best.date)
    ]
    return min(timed, key=lambda c: c.rank, default=best)


def _only_modified(candidates: Sequence[DateCandidate]) -> DateCandidate | None:
    """The page's own "updated" date when it prints no publication date at all (``None``
    when it has none either): such pages are mostly undated pages whose one date is their
    last edit, the best date they have."""
    modified = _best(candidates, "modified")
    if modified is None:
        return None
    return attrs.evolve(modified, rule=f"{modified.rule}+only-date")


# An ISO timestamp in the text ("2024-03-05T10:00") is a hidden machine copy, not what readers see.
_MACHINE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# The date the page prints, read from a date-classed element or the text: one voter, however
# many readers saw it. (A ``<time datetime>`` is markup, and votes on its own.)
_PRINTED = frozenset({"html:class", "text:header", "text:lead", "text:dateline"})


def _agreed(best: DateCandidate, candidates: Sequence[DateCandidate]) -> DateCandidate:
    """When the page's sources disagree on the day, the day most of them back wins: each
    distinct metadata source and rule (``html:meta``/``date``, ``html:json-ld``/…) backs one
    day once (the generic ``date``, ``DC.date``, ``DCTERMS.date`` tags together, copies of one
    field), and the printed date (date-classed elements, date lines) counts as one more.
    The best-ranked candidate wins ties. Of the weak sources (rank above 55) only a date line
    elsewhere on the page votes, as the printed date: the page shows it to readers."""
    assert best.date is not None
    votes: dict[datetime, set[tuple[str, str]]] = {}
    for candidate in candidates:
        if candidate.kind != "published" or candidate.date is None:
            continue
        if candidate.rank > threshold("voting") and candidate.source != "text:dateline":  # printed
            continue
        printed = candidate.source in _PRINTED
        voter = ("printed", "") if printed else (candidate.source, _voting_rule(candidate))
        votes.setdefault(_day(candidate.date), set()).add(voter)
    own = len(votes.get(_day(best.date), ()))
    day, backers = max(votes.items(), key=lambda item: len(item[1]), default=(None, set()))
    if day is None or len(backers) <= own:
        return best
    return min(
        (
            c
            for c in candidates
            if c.kind == "published" and c.date is not None and _day(c.date) == day
        ),
        key=lambda c: c.rank,
    )


def _voting_rule(candidate: DateCandidate) -> str:
    return "date" if _generic_date_tag(candidate) else candidate.rule.lower()


def _generic_date_tag(candidate: DateCandidate) -> bool:
    return is_generic_date_tag(candidate.source, candidate.rule)


def _full_url_date(candidate: DateCandidate) -> bool:
    return candidate.source == "url" and candidate.rule == "url-path"


def _republished(best: DateCandidate, candidates: Sequence[DateCandidate]) -> DateCandidate:
    """A metadata publication date the page never prints loses to the date it does print when
    that printed date is the metadata's own modification day: the page was republished that day
    and shows readers that day as its date."""
    assert best.date is not None
    if best.source in _PRINTED or best.rank >= threshold("weak"):
        return best
    printed = [
        c
        for c in candidates
        if c.source in _PRINTED
        and c.date is not None
        and c.kind == "published"
        and not _MACHINE.search(c.date.text)
    ]
    if any(_day(c.date) == _day(best.date) for c in printed if c.date is not None):
        return best
    modified = {
        _day(c.date)
        for c in candidates
        if c.kind == "modified" and c.date is not None and c.source not in _PRINTED
    }
    # With nothing printed, the generic "date" meta tag is the page's own word on its date.
    shown = printed or [c for c in candidates if _generic_date_tag(c)]
    for candidate in sorted(shown, key=lambda c: c.rank):
        if candidate.date is not None and _day(candidate.date) in modified:
            return attrs.evolve(candidate, rule=f"{candidate.rule}+republished")
    return best


def _shown_update(best: DateCandidate, candidates: Sequence[DateCandidate]) -> DateCandidate:
    """A metadata publication date the page never prints loses to the update date the page
    does print ("Updated 6 May 2019") when the page prints no publication date at all: the
    page shows readers that day as its date, and its metadata keeps the day it was first
    created (often a migration or template default). An update printed within days of the
    metadata's day is a story's own update (a live page prints its last one): the metadata's
    day stands then, as a default lies far from any update."""
    assert best.date is not None
    if best.source in _PRINTED or best.rank >= threshold("weak"):
        return best
    shown = [
        c
        for c in candidates
        if c.source in _PRINTED and c.date is not None and not _MACHINE.search(c.date.text)
    ]
    if any(c.kind == "published" for c in shown):
        return best
    updates = [c for c in shown if c.kind == "modified"]
    chosen = min(updates, key=lambda c: c.rank, default=None)
    if chosen is None or chosen.date is None:
        return best
    if timedelta(0) < _day(chosen.date) - _day(best.date) < _FRESH_UPDATE:
        return best
    return attrs.evolve(chosen, rule=f"{chosen.rule}+shown-update")


# An update shown less than this after the metadata's publication day updates that story.
_FRESH_UPDATE = timedelta(days=7)


def _day(date: ParsedDate) -> datetime:
    return date.value.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)


def _is_utc(value: datetime) -> bool:
    return value.tzinfo is not None and value.utcoffset() == timedelta(0)


def _local_reading(
    best: DateCandidate, candidates: Sequence[DateCandidate], url: DateCandidate | None
) -> DateCandidate:
    """The same instant as ``best`` (a UTC time) printed with a local offset, if the page has
    it; else the URL's day when a local offset of at most 14 hours explains the difference."""
    assert best.date is not None
    instant = best.date.value
    for other in candidates:
        if other is best or other.date is None or other.kind == "modified":
            continue
        value = other.date.value
        if value.tzinfo is not None and not _is_utc(value) and value == instant:
            return other
        local = (
            None
            if other.date.precision in ("day", "month", "year")
            else _as_local(instant, value, best.date.precision)
        )
        if local is not None:
            return attrs.evolve(best, date=local, rule=f"{best.rule}+local-time:{other.rule}")
    if url is not None and url.date is not None:
        local_day = _day(url.date)
        for hours in range(-14, 15):
            if _day_of(instant + timedelta(hours=hours)) == local_day != _day_of(instant):
                return url
    return best


def _as_local(instant: datetime, naive: datetime, precision: str) -> ParsedDate | None:
    """``instant`` in the zone a naive local printing of it implies (same minutes and seconds,
    a whole number of hours apart, at most 14)."""
    if naive.tzinfo is not None:
        return None
    if naive.second == 0:  # printed to the minute: compare to the minute
        instant = instant.replace(second=0, microsecond=0)
    shift = naive - instant.replace(tzinfo=None)
    hours = shift.total_seconds() / 3600
    if shift == timedelta(0) or abs(hours) > 14 or hours != int(hours):
        return None
    zone = timezone(shift)
    value = instant.astimezone(zone)
    return ParsedDate(value=value, precision=precision, text=value.isoformat(), start=0, end=0)  # type: ignore[arg-type]


def _day_of(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)


def candidates_of(parts: Sequence[Found]) -> list[DateCandidate]:
    """Every date candidate of several partial findings, in order. A part that carries a
    ``published`` date but no candidate list (a record's own metadata) gives one rank-0
    candidate.

    Example:
        >>> from newscorpus.shapes.dates import parse_date
        >>> given = Found(values={"published": parse_date("2024-01-02")},
        ...               evidence={"published": Evidence(source="record", rule="given")})
        >>> [(c.source, c.rank) for c in candidates_of([given])]
        [('record', 0)]
    """
    found: list[DateCandidate] = []
    for part in parts:
        listed = part.values.get("date_candidates")
        if listed:
            found.extend(listed)
        elif isinstance(part.values.get("published"), ParsedDate):
            proof = part.evidence.get("published") or Evidence(source="record", rule="given")
            found.append(
                DateCandidate(
                    date=part.values["published"],
                    kind="published",
                    source=proof.source,
                    rule=proof.rule,
                    raw=proof.raw,
                    rank=rank_of("record", "given"),
                )
            )
    return found


def choose_dates(
    parts: Sequence[Found], values: dict[str, Any], evidence: dict[str, Evidence]
) -> None:
    """Set ``published``, ``modified`` and ``date_candidates`` in ``values`` (and their
    evidence) from the candidates of all ``parts``; nothing is set when no candidate is dated.

    Example:
        >>> from newscorpus.shapes.dates import parse_date
        >>> part = Found(values={"date_candidates": (DateCandidate(date=parse_date("2024-01-02"),
        ...              kind="published", source="url", rule="url-path", rank=55),)})
        >>> values, evidence = {}, {}
        >>> choose_dates([part], values, evidence)
        >>> values["published"].value.day, evidence["published"].rule
        (2, 'url-path')
    """
    candidates = candidates_of(parts)
    values["date_candidates"] = tuple(candidates)
    for name, chosen in (
        ("published", choose_published(candidates)),
        ("modified", choose_modified(candidates)),
    ):
        if chosen is not None and chosen.date is not None:
            values[name] = chosen.date
            evidence[name] = chosen.evidence()
