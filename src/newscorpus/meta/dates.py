"""Dates in news pages: find them, read them, say how precise they are.

Candidate spans are found with small, linear-time regexes (ISO dates, numeric dates, dates with
month names in a dozen languages, relative dates); each is then built into a ``datetime`` with
python-dateutil where it helps (ISO strings with zones). Rules:

* dotted numeric dates (``29.12.2020``) are always day-first; slashed ones follow ``dayfirst``, or
  a part above 12, or month-first when nothing decides;
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

import json
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from functools import cache
from importlib import resources
from typing import Literal

import attrs
from dateutil import parser as dateutil_parser

__all__ = ["ParsedDate", "find_dates", "looks_like_dateline", "parse_date"]

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


@cache
def _months() -> Mapping[str, int]:
    path = resources.files("newscorpus") / "data" / "months.json"
    table: dict[str, int] = {}
    for names in json.loads(path.read_text(encoding="utf-8")).values():
        for name, number in names.items():
            table.setdefault(name, number)
    return table


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(m) for m in sorted(_months(), key=len, reverse=True))
    day_month = re.compile(
        rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s{{0,3}}(?:de\s)?(?P<m>{names})\.?,?\s{{1,3}}"
        rf"(?:de\s)?(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    month_day = re.compile(
        rf"(?<!\w)(?P<m>{names})\.?\s{{1,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    return day_month, month_day


_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,9})?)?(?P<z>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DIGIT = re.compile(r"\d")
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"
)
_TIME = re.compile(
    r"\s{0,3}(?:[-–—,|]|at|um|à|a las|в|saat)?\s{0,3}(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"\s{0,2}(?P<ap>[ap]\.?m\.?)?(?:\s{0,2}(?P<z>Z|UTC|GMT|[+-]\d{2}:?\d{2})(?![\w:]))?(?!\d)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,3})\s{1,2}(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)\s{1,2}ago"
    r"|vor\s(?P<n2>\d{1,3})\s(?P<unit2>minuten|stunden|tagen|wochen)"
    r"|(?P<n3>\d{1,3})\s(?P<unit3>минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\sназад"
    r"|hace\s(?P<n4>\d{1,3})\s(?P<unit4>minutos|horas|días|dias)"
    r"|il y a\s(?P<n5>\d{1,3})\s(?P<unit5>minutes|heures|jours)"
    r"|(?P<n6>\d{1,3})\s(?P<unit6>dakika|saat|gün)\sönce"
    r"|(?P<word>yesterday|today|gestern|heute|вчера|сегодня|hier|aujourd'hui|ayer|hoy|dün|bugün|dünən|bu gün))(?!\w)",
    re.IGNORECASE,
)
_UNIT_MINUTES = {
    "min": 1,
    "hou": 60,
    "hrs": 60,
    "hr": 60,
    "day": 1440,
    "wee": 10080,
    "stu": 60,
    "tag": 1440,
    "woc": 10080,
    "мин": 1,
    "час": 60,
    "дн": 1440,
    "ден": 1440,
    "hor": 60,
    "día": 1440,
    "dia": 1440,
    "heu": 60,
    "jou": 1440,
    "dak": 1,
    "saa": 60,
    "gün": 1440,
}
_DAY_WORDS = {
    "yesterday": 1,
    "gestern": 1,
    "вчера": 1,
    "hier": 1,
    "ayer": 1,
    "dün": 1,
    "dünən": 1,
    "today": 0,
    "heute": 0,
    "сегодня": 0,
    "aujourd'hui": 0,
    "hoy": 0,
    "bugün": 0,
    "bu gün": 0,
}


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
    if text.upper() in {"Z", "UTC", "GMT"}:
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _absolute(text: str, dayfirst: bool | None) -> list[tuple[int, int, datetime, Precision]]:
    found: list[tuple[int, int, datetime, Precision]] = []
    for match in _ISO.finditer(text):
        built = _iso(match)
        if built:
            found.append((match.start(), match.end(), *built))
    for match in _NUMERIC.finditer(text):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        day_first = match.group("sep") == "." or a > 12 or (dayfirst is True and b <= 12)
        day, month = (a, b) if day_first else (b, a)
        _append(found, text, match, (year, month, day))
    day_month, month_day = _patterns()
    for pattern in (day_month, month_day):
        for match in pattern.finditer(text):
            number = _months().get(match.group("m").lower())
            if number:
                _append(found, text, match, (int(match.group("y")), number, int(match.group("d"))))
    return found


def _append(
    found: list[tuple[int, int, datetime, Precision]],
    text: str,
    match: re.Match[str],
    ymd: tuple[int, int, int],
) -> None:
    year, month, day = ymd
    time = _TIME.match(text, match.end()) if match.end() < len(text) else None
    built = _build(year, month, day, time)
    if built is not None:
        end = time.end() if time else match.end()
        found.append((match.start(), end, *built))


def _iso(match: re.Match[str]) -> tuple[datetime, Precision] | None:
    try:
        value = dateutil_parser.isoparse(match.group(0).replace(" ", "T"))
    except (ValueError, OverflowError):
        return None
    if match.group("S"):
        return value, "second"
    return value, "minute" if match.group("H") else "day"


def _relative(text: str, reference: datetime) -> list[tuple[int, int, datetime, Precision]]:
    found: list[tuple[int, int, datetime, Precision]] = []
    for match in _RELATIVE.finditer(text):
        word = match.group("word")
        if word:
            value = reference - timedelta(days=_DAY_WORDS[word.lower()])
            found.append(
                (
                    match.start(),
                    match.end(),
                    value.replace(hour=0, minute=0, second=0, microsecond=0),
                    "day",
                )
            )
            continue
        groups = [
            (match.group(f"n{s}"), match.group(f"unit{s}")) for s in ("", "2", "3", "4", "5", "6")
        ]
        number, unit = next((n, u) for n, u in groups if n)
        minutes = next((v for k, v in _UNIT_MINUTES.items() if unit.lower().startswith(k)), 1440)
        value = reference - timedelta(minutes=int(number) * minutes)
        found.append((match.start(), match.end(), value, "day" if minutes >= 1440 else "minute"))
    return found


def find_dates(
    text: str,
    *,
    dayfirst: bool | None = None,
    reference_time: datetime | None = None,
    min_year: int = 1990,
    allow_future: bool = False,
) -> list[ParsedDate]:
    """Every date in ``text``, in order of position (overlapping readings: the longest wins).

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
    # Every absolute pattern needs a digit; most lines a header walk reads have none.
    spans = _absolute(text, dayfirst) if _DIGIT.search(text) else []
    if reference_time is not None:
        spans += _relative(text, reference_time)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    latest = _latest(reference_time)
    result: list[ParsedDate] = []
    last_end = -1
    for start, end, value, precision in spans:
        if start < last_end or value.year < min_year:
            continue
        naive = value.replace(tzinfo=None)
        if not allow_future and naive > latest:
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


def parse_date(
    text: str,
    *,
    dayfirst: bool | None = None,
    reference_time: datetime | None = None,
    min_year: int = 1990,
    allow_future: bool = False,
) -> ParsedDate | None:
    """The first date in ``text``; or, for a short string that is all date, dateutil's reading.

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
    try:
        value = dateutil_parser.parse(stripped, dayfirst=bool(dayfirst))
    except (ValueError, OverflowError):
        return None
    if value.year < min_year or (
        not allow_future and value.replace(tzinfo=None) > _latest(reference_time)
    ):
        return None
    precision: Precision = (
        "second" if value.second else "minute" if (value.hour or value.minute) else "day"
    )
    return ParsedDate(value=value, precision=precision, text=stripped, start=0, end=len(text))


_LABELS = re.compile(
    r"(?<!\w)(?:published|updated|posted|modified|last|on|am|le|el|date|datum|опубликовано|обновлено|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|at|um|à|г)(?!\w)",
    re.IGNORECASE,
)


def looks_like_dateline(text: str) -> bool:
    """Whether a line is essentially a date: at least half of its letters and digits are dates
    and date labels (weekdays, "Published", "Updated"); a section label may share the line.

    Example:
        >>> looks_like_dateline("Updated: Monday, March 04, 2024 09:15")
        True
        >>> looks_like_dateline("Rain on 4 March 2024 closed roads")
        False
    """
    if len(text) > 200:
        return False
    dates = find_dates(text, allow_future=True, min_year=1)
    if not dates:
        return False
    rest = text
    for found in reversed(dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    rest = _LABELS.sub(" ", rest)
    kept = sum(ch.isalnum() for ch in rest)
    total = sum(ch.isalnum() for ch in text)
    return total > 0 and kept <= 0.5 * total
