"""Helpers for testing code that uses newscorpus: article factories and sample pages.

* :func:`make_article` — one valid :class:`~newscorpus.article.Article` with plausible defaults,
  any field overridable.
* :func:`make_corpus_articles` — ``n`` varied, deterministic articles (sources, authors, dates
  across years, a few non-English ones).
* :func:`sample_corpus_path`, :func:`sample_pages`, :func:`sample_expected` — the bundled
  synthetic demo pages (eight plain-text, four HTML) and what extraction must find in them.
* :func:`build_page` — a plain-text page composed from parts, to plant boilerplate anywhere.
* :func:`make_site_pages` — a synthetic multi-site corpus (:class:`SitePage` s): several sites,
  many pages each, site templates with variations, true bodies known.

Everything here is deterministic and reads the bundled files only when asked.

The module runs past the usual 500 lines because about half of it is the word lists the
factories draw from; splitting data from the three factories that use it would only scatter them.

Example:
    >>> from newscorpus.testing import build_page, make_article
    >>> make_article(title="Bridge reopens").title
    'Bridge reopens'
    >>> print(build_page(title="Bridge reopens", body=["It reopened."], footer=["Share"]))
    Bridge reopens
    <BLANKLINE>
    It reopened.
    <BLANKLINE>
    Share
    <BLANKLINE>
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import random
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._multisite import SitePage, make_site_pages
from .article import Article, Precision
from .errors import EncodingError, InputError, OptionsError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = [
    "DEFAULT_SOURCES",
    "SitePage",
    "build_page",
    "make_article",
    "make_corpus_articles",
    "make_site_pages",
    "sample_corpus_path",
    "sample_expected",
    "sample_pages",
]

DEFAULT_SOURCES: tuple[str, ...] = (
    "Valley Courier",
    "The Harbour Ledger",
    "NordPost.Info",
    "Eastfield Gazette",
)
"""The invented outlets :func:`make_corpus_articles` draws from by default."""

_PAGE_SUFFIXES = (".txt", ".html")

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


# --------------------------------------------------------------------------- bundled pages


def _sample_folder() -> Traversable:
    return importlib.resources.files("newscorpus") / "data" / "sample_corpus"


def sample_corpus_path() -> Path:
    """The folder holding the bundled sample pages (and nothing else, so it loads as a corpus).

    Returns:
        A real filesystem path (the package is installed as files, as pip installs wheels).

    Raises:
        InputError: the package is imported from a zip archive (use :func:`sample_pages`), or
            its data files are missing from the installation.

    Example:
        >>> folder = sample_corpus_path()
        >>> len(list(folder.glob("*.txt"))), len(list(folder.glob("*.html")))
        (8, 4)
    """
    folder = _sample_folder()
    if not isinstance(folder, Path):
        raise InputError(
            "newscorpus is imported from an archive, so its sample pages have no path on disk; "
            "read them with newscorpus.testing.sample_pages() instead",
            path=str(folder),
            stage="read",
        )
    if not folder.is_dir():
        raise InputError(
            "the bundled sample corpus is missing: the installation is incomplete; reinstall "
            "newscorpus",
            path=str(folder),
            stage="read",
        )
    return folder


@functools.cache
def _read_pages() -> tuple[tuple[str, str], ...]:
    pages = []
    for entry in sorted(_sample_folder().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(_PAGE_SUFFIXES) and entry.is_file():
            pages.append((entry.name, _decode(entry.read_bytes(), entry.name)))
    return tuple(pages)


def _decode(data: bytes, name: str) -> str:
    try:
        from .io.encoding import decode_bytes  # noqa: PLC0415  (lazy: only sample_pages needs io)
    except ImportError:  # TRANSITIONAL: until newscorpus.io.encoding lands; then drop this branch
        encoding = json.loads(_read_expected()).get(name, {}).get("encoding", "utf-8")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"not {encoding}", path=name, stage="decode") from exc
    return decode_bytes(data, path=name)


def sample_pages() -> dict[str, str]:
    """The bundled sample pages, decoded: file name to text (HTML pages as their source).

    Files are decoded with :func:`newscorpus.io.decode_bytes`, so the one page stored
    in Windows-1251 comes back as the same Unicode text as the others. The files are read on the
    first call only; each call returns a new dict.

    Example:
        >>> pages = sample_pages()
        >>> len(pages), sum(name.endswith(".html") for name in pages)
        (12, 4)
        >>> "Автор: Ирина Соколова" in pages["ru_cp1251_tram_line.txt"]
        True
    """
    return dict(_read_pages())


@functools.cache
def _read_expected() -> str:
    # Kept beside the folder, not in it: Corpus.load(sample_corpus_path()) must see pages only.
    return (importlib.resources.files("newscorpus") / "data" / "sample_expected.json").read_text(
        encoding="utf-8"
    )


def sample_expected() -> dict[str, dict[str, Any]]:
    """What extraction must find in each bundled page (the parsed ``data/sample_expected.json``).

    For each file name: ``title``, ``subtitle``, ``section``, ``authors``, ``published`` (ISO,
    as printed), ``source``, ``language``, ``encoding``, ``paragraphs`` (body paragraph count),
    ``body_first`` / ``body_last`` (first 60 characters of the first and last body paragraph) and
    ``not_in_body`` (boilerplate strings that must not reach the clean text). Each call returns a
    fresh copy.

    Example:
        >>> truth = sample_expected()["en_dotted_date_title_twice_form.txt"]
        >>> truth["authors"], truth["published"], truth["source"]
        (['Marta Lindqvist'], '2024-03-04', None)
    """
    data: dict[str, dict[str, Any]] = json.loads(_read_expected())
    return data


# --------------------------------------------------------------------------- page builder


def build_page(
    *,
    title: str,
    body: Sequence[str],
    header: Sequence[str] = (),
    footer: Sequence[str] = (),
    between: Mapping[int, Sequence[str]] | None = None,
) -> str:
    """A plain-text page composed from parts, one blank line between blocks.

    The page reads: ``header`` blocks, the title, then the body paragraphs with
    ``between[i]`` placed just before body paragraph ``i`` (``between[0]`` sits between the
    title and the first paragraph — the place for a dek, byline or date; ``between[len(body)]``
    follows the last paragraph), then the ``footer`` blocks. A block may hold several lines
    (a nav menu run). An empty title is left out.

    Args:
        title: the headline.
        body: the article's paragraphs, in order.
        header: blocks above the title (nav menu, widget heading, date line).
        footer: blocks after everything else (comments, legal lines).
        between: blocks to plant before body paragraph ``i``, keyed by ``i``.

    Returns:
        The page, ending with a newline.

    Raises:
        InputError: a ``between`` key is not in ``0..len(body)``.

    Example:
        >>> page = build_page(title="Rail strike ends", body=["Trains run again.", "Fares stay."],
        ...                   header=["Trending now"], footer=["No comments:"],
        ...                   between={0: ["By Ann Lee"], 1: ["Share on Facebook"]})
        >>> page.split("\\n\\n")[:4]
        ['Trending now', 'Rail strike ends', 'By Ann Lee', 'Trains run again.']
        >>> page.split("\\n\\n")[4:]
        ['Share on Facebook', 'Fares stay.', 'No comments:\\n']
    """
    planted = dict(between or {})
    bad = sorted(k for k in planted if not 0 <= k <= len(body))
    if bad:
        raise InputError(
            f"build_page(): between keys must be 0..{len(body)} (one per body paragraph, and "
            f"{len(body)} for after the last), not {bad}",
            stage="parse",
        )
    parts = [*header]
    if title:
        parts.append(title)
    for i, paragraph in enumerate(body):
        parts.extend(planted.get(i, ()))
        parts.append(paragraph)
    parts.extend(planted.get(len(body), ()))
    parts.extend(footer)
    return "\n\n".join(parts) + "\n"
