"""Article factories for tests: one plausible article, or ``n`` varied, deterministic ones.

Everything here is deterministic. The module is mostly the word lists the factories draw from.

Example:
    >>> make_article(title="Bridge reopens").title
    'Bridge reopens'
    >>> len(make_corpus_articles(3))
    3
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from ..article import Article, Precision
from ..errors import OptionsError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        pass
    else:
        pass

__all__ = ["DEFAULT_SOURCES", "make_article", "make_corpus_articles"]

DEFAULT_SOURCES: tuple[str, ...] = (
    "Valley Courier",
    "The Harbour Ledger",
    "NordPost.Info",
    "Eastfield Gazette",
)
"""The invented outlets :func:`make_corpus_articles` draws from by default."""

_DEFAULTS: Mapping[str, Any] = {
    "title": "Council backs the river plan",
    "subtitle": "Work on the new embankment starts in May",
    "section": "Local",
    "authors": ("Ann Example",),
    "published": datetime(2024, 3, 12, 9, 15),
    "published_precision": "minute",
    "source": "Valley Courier",
    "url": "https://valley-courier.example/local/2024/03/12/council-backs-the-river-plan",
    "language": "en",
    "text": (
        "The council voted on Monday to back the plan for the river banks, ending a year of "
        "debate about the cost.\n\n"
        "Work starts in May and should end before the autumn floods arrive, the mayor said."
    ),
}


def make_article(**overrides: Any) -> Article:
    """A valid :class:`~newscorpus.article.Article` with plausible, fixed defaults.

    Any field can be overridden by keyword. The id follows the (possibly overridden) ``url`` unless
    ``id`` is given; overriding ``published`` without ``published_precision`` derives the
    precision from the value (``None`` for no date, ``"day"`` for midnight, else ``"minute"`` or
    ``"second"``).

    Args:
        **overrides: field values to use instead of the defaults.

    Returns:
        The article; two calls with the same overrides give equal articles.

    Raises:
        TypeError: an override names no field of :class:`~newscorpus.article.Article`.

    Example:
        >>> art = make_article(authors=["Bo Lind", "Ann Lee"], published=datetime(2021, 5, 2))
        >>> art.authors, art.published_iso, art.source
        (('Bo Lind', 'Ann Lee'), '2021-05-02', 'Valley Courier')
        >>> make_article() == make_article()
        True
        >>> make_article(headline="x")
        Traceback (most recent call last):
        ...
        TypeError: make_article() got unknown field(s) 'headline'; Article fields: id, title, ...
    """
    known = [f.name for f in attrs.fields(Article)]
    unknown = sorted(set(overrides) - set(known))
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        raise TypeError(
            f"make_article() got unknown field(s) {listed}; Article fields: {', '.join(known)}"
        )
    values = dict(_DEFAULTS)
    values.update(overrides)
    if "published" in overrides and "published_precision" not in overrides:
        values["published_precision"] = _precision_of(overrides["published"])
    return Article(**values)


def _precision_of(value: datetime | None) -> Precision | None:
    if value is None:
        return None
    if value.second or value.microsecond:
        return "second"
    if value.hour or value.minute:
        return "minute"
    return "day"


# --------------------------------------------------------------------------- corpus factory

_FIRST = (
    "Ann",
    "Bo",
    "Carla",
    "Dev",
    "Elif",
    "Femi",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Luis",
    "Mina",
    "Nils",
    "Olga",
    "Pavel",
    "Rosa",
    "Sami",
    "Tess",
    "Uma",
)
_LAST = (
    "Example",
    "Lind",
    "Okafor",
    "Marsh",
    "Kowalski",
    "Haddad",
    "Berg",
    "Novak",
    "Quinn",
    "Sato",
    "Varga",
    "Weller",
    "Yilmaz",
    "Zorn",
    "Achterberg",
    "Brook",
)
_TOWNS = (
    "Ashcombe",
    "Redwater",
    "Millbrook",
    "Larkford",
    "Harrowgate",
    "Penmarrow",
    "Tromvik",
    "Eastfield",
)

# topic: (section, titles, sentences); {town} {name} {num} {month} are filled in.
_TOPICS_EN: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "budget": (
        "Local",
        (
            "{town} council passes a leaner budget",
            "Budget row in {town} ends after a night of votes",
            "{town} freezes property tax for another year",
        ),
        (
            "The {town} council approved a budget of {num} million after a long session.",
            "Councillor {name} said the cuts would not close a single library.",
            "The opposition argued that delaying road repairs only moves the cost into the future.",
            "The plan now goes to the regional audit office, which has thirty days to object.",
        ),
    ),
    "flood": (
        "Environment",
        (
            "Flood defences in {town} slip behind schedule",
            "River rises in {town} as rain continues",
            "{town} residents demand answers on flood plan",
        ),
        (
            "The river rose by {num} centimetres overnight and reached the lower streets of {town}.",
            "Engineers say the new embankment will not be finished before {month}.",
            "Residents have fitted flood boards to their front doors and moved sockets up the wall.",
            "{name}, who chairs the flood committee, promised a new timetable within weeks.",
        ),
    ),
    "startup": (
        "Business",
        (
            "{town} start-up raises {num} million for expansion",
            "Vertical farm company opens second site in {town}",
            "Battery recycler from {town} wins national award",
        ),
        (
            "The start-up said the new funding would go into automation and local hiring.",
            "Its founder, {name}, said the company would not list its shares any time soon.",
            "Analysts called the funding round large for a company of its size.",
            "The firm plans to hire {num} people in {town} by the end of next year.",
        ),
    ),
    "football": (
        "Sport",
        (
            "{town} Rovers cut ticket prices for young fans",
            "New stand takes shape at {town} ground",
            "{town} United climb to sixth after late winner",
        ),
        (
            "The club said a full stadium would pay for the discounts.",
            "Manager {name} said a loud crowd was worth points over a season.",
            "Attendances fell by almost a fifth before the new stand was approved.",
            "The supporters' trust welcomed the plan but asked for a price freeze until {month}.",
        ),
    ),
    "science": (
        "Science",
        (
            "Students in {town} discover a comet",
            "Warm lake found under glacier near {town}",
            "{town} researchers map the seabed in new detail",
        ),
        (
            "The team first noticed the signal in data collected in {month}.",
            "Dr. {name} said the result would need another season of measurements.",
            "Observatories in three countries have since confirmed the finding.",
            "The researchers are sharing their raw data so others can check it.",
        ),
    ),
    "rail": (
        "Transport",
        (
            "Rail workers in {town} walk out over rosters",
            "Strike halts trains between {town} and the coast",
            "Talks resume to end the {town} rail dispute",
        ),
        (
            "Drivers stopped work at four in the morning and most services were cancelled.",
            "The union said rosters left too little rest between early and late shifts.",
            "{name}, a commuter from {town}, said she had left home an hour early.",
            "The operator said its door remained open and offered talks in {month}.",
        ),
    ),
}
_TOPICS_OTHER: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        "Lokales",
        ("Neuer Radweg in {town} geplant", "{town} stellt den Haushalt vor"),
        (
            "Der Stadtrat von {town} hat am Dienstag über die Pläne beraten.",
            "Oberbürgermeisterin {name} sprach von einem überfälligen Schritt.",
            "Die Kosten schätzt die Verwaltung auf {num} Millionen Euro.",
            "Die Bauarbeiten sollen im {month} beginnen.",
        ),
    ),
    "ru": (
        "Общество",
        ("В городе {town} построят трамвайную линию", "{town}: мэрия отчиталась"),
        (
            "Городская дума {town} обсудила проект во вторник.",
            "По словам депутата {name}, работы задерживаются из-за роста цен.",
            "Стоимость проекта оценивается в {num} миллионов рублей.",
            "Жители надеются, что линия откроется к концу года.",
        ),
    ),
}
_MONTHS = ("January", "March", "May", "June", "September", "November")
_FIRST_DAY = datetime(2019, 1, 1)
_SPAN_DAYS = 6 * 365  # 2019 to the end of 2024


def make_corpus_articles(
    n: int, *, seed: int = 0, sources: Sequence[str] = DEFAULT_SOURCES
) -> list[Article]:
    """``n`` varied, deterministic articles for tests of corpus code.

    Sources take turns; authors (none, one or two), sections, titles and texts come from small
    invented pools; publication dates spread over 2019–2024 (some with a time, some a day only);
    about one article in ten is German and one in ten Russian, the rest English. Article ``i``
    depends only on ``seed``, ``i`` and ``sources``, so a longer list starts with a shorter one.

    Args:
        n: how many articles to make (0 or more).
        seed: changes every choice; the same seed always gives the same articles.
        sources: the publishers to take turns with.

    Returns:
        The articles, each with a distinct url and id.

    Raises:
        OptionsError: ``n`` is negative or ``sources`` is empty.

    Example:
        >>> arts = make_corpus_articles(20, seed=1)
        >>> len(arts), len({a.id for a in arts}), arts == make_corpus_articles(20, seed=1)
        (20, 20, True)
        >>> sorted({a.source for a in arts}) == sorted(DEFAULT_SOURCES)
        True
        >>> make_corpus_articles(3, seed=1) == arts[:3]
        True
    """
    if n < 0:
        raise OptionsError(f"n must be 0 or more, not {n}", stage="options")
    if isinstance(sources, str) or not sources:
        raise OptionsError("sources must be a non-empty sequence of names", stage="options")
    return [_corpus_article(i, seed, sources) for i in range(n)]


def _corpus_article(i: int, seed: int, sources: Sequence[str]) -> Article:
    rng = random.Random(f"newscorpus.testing:{seed}:{i}")  # str seeds hash stably (sha512)
    source = sources[(i + seed) % len(sources)]
    language = {6: "de", 9: "ru"}.get(i % 10, "en")
    if language == "en":
        section, titles, sentences = _TOPICS_EN[rng.choice(sorted(_TOPICS_EN))]
    else:
        section, titles, sentences = _TOPICS_OTHER[language]
    fill = {
        "town": rng.choice(_TOWNS),
        "name": _person(rng),
        "num": str(rng.randrange(2, 90)),
        "month": rng.choice(_MONTHS),
    }
    title = rng.choice(titles).format(**fill)
    paragraphs = [
        " ".join(s.format(**fill) for s in rng.sample(sentences, 3))
        for _ in range(rng.randrange(2, 5))
    ]
    published = _FIRST_DAY + timedelta(days=rng.randrange(_SPAN_DAYS))
    precision: Precision = "day"
    if rng.random() < 0.7:
        published += timedelta(minutes=rng.randrange(24 * 60))
        precision = "minute"
    url = (
        f"https://{_slug(source)}.example/{_slug(section)}/{published:%Y/%m/%d}/{_slug(title)}-{i}"
    )
    return Article(
        title=title,
        subtitle=None if rng.random() < 0.4 else sentences[0].format(**fill),
        section=section,
        authors=_authors(rng),
        published=published,
        published_precision=precision,
        source=source,
        url=url,
        language=language,
        text="\n\n".join(paragraphs),
    )


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _authors(rng: random.Random) -> tuple[str, ...]:
    roll = rng.random()
    count = 0 if roll < 0.15 else 1 if roll < 0.8 else 2
    names: list[str] = []
    while len(names) < count:
        name = _person(rng)
        if name not in names:
            names.append(name)
    return tuple(names)


def _slug(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return "-".join(words) or "x"
