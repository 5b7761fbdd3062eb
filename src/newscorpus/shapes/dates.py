"""Dates in news pages: find them, read them, say how precise they are.

Candidate spans are found with small, linear-time regexes (ISO dates, numeric dates, dates with
month names in a dozen languages, relative dates); each is then built into a ``datetime`` with
python-dateutil where it helps (ISO strings with zones). Rules:

* dotted and dashed numeric dates (``29.12.2020``, ``29-12-2020``) are always day-first,
  year-first ones (``2020/12/29``) year-month-day; slashed ones follow ``dayfirst`` (see
  :func:`~newscorpus.shapes.day_order.dayfirst_for`), or a part above 12, or month-first when nothing decides;
* month names in fourteen languages (``data/months.json``, with abbreviations and Slavic
  genitives; Arabic dates in Arabic-Indic digits too) are looked up through python-dateutil
  parser tables; Chinese, Japanese and Korean dates by their marks (``2024年5月2日``,
  ``2024년 5월 2일``); zones are kept (offsets, ``Z`` and unambiguous names such as CET, MSK,
  EST);
* a bare year or a copyright line is never a date; impossible dates are dropped, not raised;
* years before ``min_year`` and dates after the reference time (or today) are rejected unless
  ``allow_future``;
* relative dates ("3 hours ago", "вчера", "vor 2 Stunden") are resolved only against a
  ``reference_time`` the caller gives — never against the clock.

Example:
    >>> [d.value.isoformat() for d in find_dates("INTERVIEWS  08 June 2023 - 12:48")]
    ['2023-06-08T12:48:00']
    >>> parse_date("29.12.2020").precision
    'day'
    >>> find_dates("© 2020 The Courier")
    []
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from typing import ClassVar, Literal

import attrs
from dateutil import parser as dateutil_parser
from dateutil import tz as dateutil_tz

from ..vocab import alternation, trie_alternation
from .date_words import clock_words, month_numbers, time_zones
from .relative import find_relative
from .year_first import year_first_dates

__all__ = [
    "ParsedDate",
    "find_dates",
    "parse_date",
]

Precision = Literal["year", "month", "day", "minute", "second"]


@attrs.frozen(kw_only=True)
class ParsedDate:
    """A date found in text.

    Attributes:
        value: the date-time; timezone-aware when the text gave a zone.
        precision: ``"day"`` without a time, ``"minute"`` with HH:MM, ``"second"`` with seconds.
        text: the matched text.
        start: where the match starts in the input.
        end: where it ends.

    Example:
        >>> d = parse_date("2023-06-01T12:48:00+03:00")
        >>> d.value.utcoffset(), d.precision
        (datetime.timedelta(seconds=10800), 'second')
    """

    value: datetime
    precision: Precision
    text: str
    start: int
    end: int


def _months() -> Mapping[str, int]:
    return month_numbers()


@cache
def _info() -> dateutil_parser.parserinfo:
    """dateutil's parser tables with the month names (and their inflected forms) of every
    language in ``data/months.json``; used for month lookups and for dateutil's own parsing."""
    months: list[list[str]] = [[] for _ in range(12)]
    for name, number in _months().items():
        months[number - 1].append(name)

    class _Info(dateutil_parser.parserinfo):
        MONTHS: ClassVar[list[tuple[str, ...]]] = [tuple(names) for names in months]  # type: ignore[assignment,misc]
        JUMP: ClassVar[list[str]] = [*dateutil_parser.parserinfo.JUMP, *clock_words("skipped")]  # type: ignore[misc]

    return _Info()


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # The names as a tree, a longer one first so "sept" wins over "sep" (the names are lower
    # case, as a case-blind tree needs); bounded repeats only.
    names = trie_alternation(_months())
    day_month = re.compile(
        rf"(?<![\d_])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s{{0,3}}(?:de\s)?(?P<m>{names})\.?,?\s{{1,3}}"
        rf"(?:de\s)?(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    month_day = re.compile(
        rf"(?<!\w)(?P<m>{names})\.?\s{{1,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    return day_month, month_day


_TWO_DIGITS = re.compile(r"\d\d")
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<F>\d{1,9}))?)?"
    r"(?:\s?(?P<z>Z|[+-]\d{2}:?\d{2}|UTC|GMT)(?![\w:]))?)?(?!\d)"
)
_DIGIT = re.compile(r"\d")
# Day-first with dots, dashes, slashes, spaced bars ("26 | 01 | 2022", a layout of date lines)
# or dots and a space ("4. 2. 2022", the Czech and Slovak way, and German's by the book; a
# four-digit year only, so "1. 2. 3" counting stays a list).
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-]| \| |\. )(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|\d{2}(?![\d.]))(?!\d)"
)
# Year first with a slash or a dot ("2016/11/18", "2023.11.02"): always year-month-day.
_YMD = re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])"
)


@cache
def _time() -> re.Pattern[str]:
    """A time of day after a date, with the word before it, am/pm, "Uhr" and a zone. am/pm stays
    grammar here: its meaning (add 12 hours) is :func:`_build`'s arithmetic."""
    before = alternation(clock_words("before_time"))
    after = alternation(clock_words("after_time"))
    zones = alternation(time_zones())
    return re.compile(
        rf"\s{{0,3}}(?:[-–—,|/]|{before})?\s{{0,3}}(?P<H>\d{{1,2}})[:.h](?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?"
        rf"\s{{0,2}}(?P<ap>[ap]\.?m\.?)?(?:\s{{0,2}}(?:{after}))?"
        rf"(?:\s{{0,2}}\(?(?P<z>{zones}|[+-]\d{{2}}:?\d{{2}})(?![\w:]))?(?!\d)",
        re.IGNORECASE,
    )


def _build(
    year: int, month: int, day: int, time: re.Match[str] | None
) -> tuple[datetime, Precision] | None:
    hour = minute = second = 0
    precision: Precision = "day"
    if time is not None:
        hour, minute = int(time.group("H")), int(time.group("M"))
        ampm = (time.group("ap") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        precision = "minute"
        if time.group("S"):
            second, precision = int(time.group("S")), "second"
    try:
        value = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = time.group("z") if time is not None else None
    if zone:
        value = value.replace(tzinfo=_zone(zone))
    return value, precision


def _zone(text: str) -> timezone:
    named = time_zones().get(text.upper())
    if named is not None:
        return timezone.utc if named == 0 else timezone(timedelta(minutes=named))
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "18.10.19", "02/11/23": read as 20xx/19xx
        year += 2000 if year < 70 else 1900
    return year


_Span = tuple[int, int, datetime, Precision]
# A page's date lines are read several times (by classify, by the header walk, as candidates):
# the readings of the last short lines are remembered, a few pages' worth at most.
_REMEMBERED = 128
_REMEMBERED_CHARS = 300


def _absolute(text: str, dayfirst: bool | None) -> list[_Span]:
    if len(text) > _REMEMBERED_CHARS:
        return _read_absolute(text, dayfirst)
    # Only slashed dates read ``dayfirst``.
    return list(_remembered_absolute(text, dayfirst if "/" in text else None))


@lru_cache(maxsize=_REMEMBERED)
def _remembered_absolute(text: str, dayfirst: bool | None) -> tuple[_Span, ...]:
    return tuple(_read_absolute(text, dayfirst))


def _read_absolute(text: str, dayfirst: bool | None) -> list[_Span]:
    found: list[_Span] = []
    # Each family of forms is tried only where a fast scan finds what all its forms hold: ISO
    # and numeric dates two separators each followed by a digit ("-06-0", "/12/2",
    # " | 01 | 2"), month-name dates a day number a few non-digits before a spaced year (a bare
    # year has neither).
    if _SEPARATOR_DIGIT.search(text):
        _numeric_dates(text, dayfirst, found)
    if _day_before_year().search(text):
        _month_dates(text, found)
    found.extend(_other_forms(text))
    return found


_SEPARATOR_DIGIT = re.compile(r"(?:[./-]| \| |\. )\d\d?(?:[./-]| \| |\. )\d")


@cache
def _day_before_year() -> re.Pattern[str]:
    # Between a month-name date's day and its year: an ordinal suffix, "de", the month name, a
    # dot, a comma and spaces (16 characters at most besides the name), never a digit.
    reach = max(len(name) for name in _months()) + 16
    return re.compile(rf"\d\D{{0,{reach}}}\s\d{{4}}(?!\d)")


def _numeric_dates(text: str, dayfirst: bool | None, found: list[_Span]) -> None:
    for match in _ISO.finditer(text):
        built = _iso(match)
        if built:
            found.append((match.start(), match.end(), *built))
    for match in _NUMERIC.finditer(text):
        a, b, year = int(match.group("a")), int(match.group("b")), _year(match.group("y"))
        # A two-digit year ends a dotted date ("10.12.19"), or a slashed one when the page's
        # order is known ("Publié le 02/11/23"); else "1/2/23" stays unread.
        sep = match.group("sep")
        if len(match.group("y")) == 2 and sep != "." and (sep != "/" or dayfirst is None):
            continue
        day_first = sep != "/" or a > 12 or (dayfirst is True and b <= 12)
        day, month = (a, b) if day_first else (b, a)
        _append(found, text, match, (year, month, day))
    for match in _YMD.finditer(text):
        ymd = (int(match.group("y")), int(match.group("m")), int(match.group("d")))
        _append(found, text, match, ymd)


def _month_dates(text: str, found: list[_Span]) -> None:
    info = _info()
    for pattern, shape in zip(_patterns(), (_DAY_WORD_YEAR, _WORD_DAY_YEAR), strict=True):
        for match in _month_matches(pattern, shape, text):
            number = info.month(match.group("m"))
            glued = match.start() > 0 and text[match.start() - 1].isupper()  # "COVID19 March"
            if number is not None and not glued:
                ymd = (int(match.group("y")), number, int(match.group("d")))
                _append(found, text, match, ymd)


# The two month-name patterns with any word in place of the month name. Trying the long
# alternation of month names at every position is most of the cost of reading a line, so it is
# tried only where this cheap shape matches (every match of a pattern is a match of its shape).
_DAY_WORD_YEAR = re.compile(
    r"(?<![\d_])\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s{0,3}(?:de\s)?\w+\.?,?\s{1,3}(?:de\s)?\d{4}(?!\d)",
    re.IGNORECASE,
)
_WORD_DAY_YEAR = re.compile(
    r"(?<!\w)\w+\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}(?!\d)", re.IGNORECASE
)


def _month_matches(
    pattern: re.Pattern[str], shape: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying ``pattern`` only where ``shape`` (a
    pattern matching wherever ``pattern`` does) matches."""
    pos = 0
    while (hit := shape.search(text, pos)) is not None:
        match = pattern.match(text, hit.start())
        if match is None:
            pos = hit.start() + 1
            continue
        yield match
        pos = match.end()


# Chinese and Japanese "2019年6月24日", Korean "2019년 6월 24일".
_CJK = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]"
)
# A month name between hyphens: "26-Jan-2022", "05-March-2024".
_HYPHENATED = re.compile(r"(?<![\w-])(?P<d>\d{1,2})-(?P<m>[^\W\d_]{3,9})-(?P<y>\d{4})(?![\w-])")


def _other_forms(text: str) -> list[_Span]:
    """Dates of the forms above the common ones, each behind a cheap check of its mark."""
    found: list[_Span] = []
    if "年" in text or "년" in text:
        for match in _CJK.finditer(text):
            ymd = (int(match.group("y")), int(match.group("m")), int(match.group("d")))
            _append(found, text, match, ymd)
    for match, ymd in year_first_dates(text):  # "2024. március 5.", "2024 m. kovo 5 d."
        _append(found, text, match, ymd)
    if "-" in text:
        for match in _HYPHENATED.finditer(text):
            number = _info().month(match.group("m"))
            if number is not None:
                _append(found, text, match, (int(match.group("y")), number, int(match.group("d"))))
    return found


def _append(
    found: list[tuple[int, int, datetime, Precision]],
    text: str,
    match: re.Match[str],
    ymd: tuple[int, int, int],
) -> None:
    year, month, day = ymd
    time = _time().match(text, match.end()) if match.end() < len(text) else None
    built = _build(year, month, day, time)
    if built is None and time is not None:  # "12.03.2024 25:99": the date stands without it
        time, built = None, _build(year, month, day, None)
    if built is not None:
        end = time.end() if time else match.end()
        found.append((match.start(), end, *built))


def _iso(match: re.Match[str]) -> tuple[datetime, Precision] | None:
    y, m, d, hh, mm, ss = (int(match.group(k) or 0) for k in ("y", "m", "d", "H", "M", "S"))
    micro = int((match.group("F") or "0")[:6].ljust(6, "0"))
    try:
        value = datetime(y, m, d, hh, mm, ss, micro)
    except ValueError:
        return None
    if match.group("z"):
        value = value.replace(tzinfo=_zone(match.group("z")))
    if match.group("S"):
        return value, "second"
    return value, "minute" if match.group("H") else "day"


def find_dates(
    text: str,
    *,
    dayfirst: bool | None = None,
    reference_time: datetime | None = None,
    min_year: int = 1990,
    allow_future: bool = False,
) -> list[ParsedDate]:
    """Every date in ``text``, in order of position (overlapping readings: the longest wins).

    Args:
        text: the text to search; only its first 5,000 characters are read.
        dayfirst: how to read slashed numeric dates (``03/04/2024``): ``True`` day first,
            ``False`` or ``None`` month first (``None``: a slashed date with a two-digit year is
            not read); a part above 12 decides either way (a page's language tells which:
            ``newscorpus.shapes.dayfirst_for``). Dotted and dashed dates
            are always day first, year-first ones year-month-day.
        reference_time: the moment relative dates (``"3 hours ago"``, ``"yesterday"``) count
            from, and the "now" of ``allow_future``; ``None``: relative dates are not read and
            "now" is the current UTC time.
        min_year: dates in an earlier year are dropped.
        allow_future: keep dates more than one day after ``reference_time`` (or now); by default
            they are dropped as misreadings.

    Example:
        >>> [d.text for d in find_dates("Thursday, June 01, 2023 and 1 июня 2023 г.")]
        ['June 01, 2023', '1 июня 2023']
        >>> ref = datetime(2024, 3, 4, 12, 0)
        >>> find_dates("3 hours ago", reference_time=ref)[0].value
        datetime.datetime(2024, 3, 4, 9, 0)
        >>> find_dates("3 hours ago")
        []
    """
    text = text[:5000]
    # Cheap pre-filter: every absolute form has a run of two digits (a year, a day, a month).
    spans = _absolute(text, dayfirst) if _TWO_DIGITS.search(text) else []
    if reference_time is not None:
        relative = find_relative(text, reference_time)
        spans += [(r.start, r.end, r.value, r.precision) for r in relative if r.value is not None]
    if not spans:
        return []
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    latest = None if allow_future else _latest(reference_time)  # the clock only when needed
    result: list[ParsedDate] = []
    last_end = -1
    for start, end, value, precision in spans:
        if start < last_end or value.year < min_year:
            continue
        if latest is not None and value.replace(tzinfo=None) > latest:
            continue
        result.append(
            ParsedDate(
                value=value, precision=precision, text=text[start:end].strip(), start=start, end=end
            )
        )
        last_end = end
    return result


def _latest(reference_time: datetime | None) -> datetime:
    base = (
        reference_time.replace(tzinfo=None)
        if reference_time
        else datetime.now(timezone.utc).replace(tzinfo=None)
    )
    return base + timedelta(days=1)


_NO_DATE = datetime(1, 1, 1)
_LEADING_YEAR = re.compile(r"\d{4}[-/.]")


def _dateutil_zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone dateutil asks for: a known name's (``data/time_zones.json``), else the offset
    it read; an unknown name ("ET") gives no zone, quietly, where a table would have made
    dateutil warn on stderr (and guess from the machine's local zone names).

    Example:
        >>> _dateutil_zone("CET", None).utcoffset(None), _dateutil_zone("ET", None)
        (datetime.timedelta(seconds=3600), None)
    """
    minutes = time_zones().get(name or "")
    if minutes is not None:
        return dateutil_tz.tzoffset(name, minutes * 60)
    if offset == 0:
        return dateutil_tz.UTC
    return dateutil_tz.tzoffset(name, offset) if offset else None


def parse_date(
    text: str,
    *,
    dayfirst: bool | None = None,
    reference_time: datetime | None = None,
    min_year: int = 1990,
    allow_future: bool = False,
) -> ParsedDate | None:
    """The first date in ``text``; or, for a short string that is all date, dateutil's reading.

    Args:
        text: the text to search; as :func:`find_dates` reads it, or, when it finds nothing, the
            whole string stripped, given to dateutil if at most 60 characters with a digit (a
            string with no year gives ``None``, never this year).
        dayfirst: as for :func:`find_dates`; in dateutil's reading, ``True`` also reads an
            ambiguous day and month day first, unless the string starts with a four-digit year.
        reference_time: as for :func:`find_dates`.
        min_year: as for :func:`find_dates`.
        allow_future: as for :func:`find_dates`.

    Example:
        >>> parse_date("Tue, 05 Mar 2024 10:00:00 GMT").value.tzinfo is not None
        True
        >>> parse_date("no date here") is None
        True
    """
    found = find_dates(
        text,
        dayfirst=dayfirst,
        reference_time=reference_time,
        min_year=min_year,
        allow_future=allow_future,
    )
    if found:
        return found[0]
    stripped = text.strip()
    if not stripped or len(stripped) > 60 or not any(ch.isdigit() for ch in stripped):
        return None
    year_first = bool(_LEADING_YEAR.match(stripped))  # "2022-05-6": never year-day-month
    try:  # a sentinel default: a string with no year must not get today's year silently
        value = dateutil_parser.parse(
            stripped,
            parserinfo=_info(),
            dayfirst=bool(dayfirst) and not year_first,
            yearfirst=year_first,
            default=_NO_DATE,
            tzinfos=_dateutil_zone,
        )
    except (ValueError, OverflowError):
        return None
    if (
        value.year == _NO_DATE.year
        or value.year < min_year
        or (not allow_future and value.replace(tzinfo=None) > _latest(reference_time))
    ):
        return None
    precision: Precision = (
        "second" if value.second else "minute" if (value.hour or value.minute) else "day"
    )
    return ParsedDate(value=value, precision=precision, text=stripped, start=0, end=len(text))
