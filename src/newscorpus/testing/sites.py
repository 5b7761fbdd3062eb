"""A synthetic multi-site corpus whose true bodies are known (re-exported by
:mod:`newscorpus.testing`).

Each invented site has its own template: a tagline, a nav menu (one block per item on some
sites, one unseparated line on others), the crawl date in the nav, a weather line, rotating
one-sentence promos inside the article, an author bio per author, an "about us" paragraph after
the article, a "more from" list of the site's other headlines and a footer. Every choice depends
only on the seed, so the corpus is the same on every run.

Example:
    >>> pages = make_site_pages(sites=2, pages=3, seed=1)
    >>> len(pages), sorted({p.site for p in pages}) == sorted({p.site for p in pages[:2]})
    (6, True)
    >>> pages[0].body.split("\\n\\n")[0] in pages[0].content
    True
"""

from __future__ import annotations

import html
import random
import re
from datetime import date, timedelta
from typing import Literal

import attrs

from ..errors import OptionsError
from ..io.document import Document

__all__ = ["SitePage", "make_site_pages"]

_NAMES = (
    "Valley Courier",
    "Harbour Ledger",
    "Eastfield Gazette",
    "Riverside Tribune",
    "Coastline Herald",
    "Upland Echo",
    "Lakeside Observer",
    "Northgate Post",
)
_TOWNS = ("Eastfield", "Millbrook", "Ashby", "Kelton", "Redwater", "Brindle", "Oakmere", "Fallow")
_SECTIONS = ("Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather")
_FIRST = ("Ann", "Jonas", "Mira", "Tomas", "Lena", "Owen", "Priya", "Karl", "Ines", "Ruth")
_LAST = ("Lee", "Varga", "Okafor", "Lindqvist", "Brenner", "Costa", "Hale", "Moreau", "Quinn")
_BEATS = ("transport", "the courts", "local schools", "farming", "city hall", "health care")
_SUBJECTS = (
    "The council",
    "The regional water board",
    "A group of residents",
    "The mayor's office",
    "Local shop owners",
    "The hospital trust",
    "Teachers at the secondary school",
    "The bus company",
    "Farmers along the river",
    "The fire service",
    "A volunteer group",
    "The planning committee",
)
_PREDICATES = (
    "approved a plan to rebuild the old footbridge",
    "asked for more money to repair flooded roads",
    "delayed the vote on the new housing estate",
    "opened a public consultation on parking fees",
    "warned that the reservoir is running low",
    "published figures on missed hospital appointments",
    "agreed to extend the night bus service",
    "raised concerns about the closure of the library",
    "signed a contract for a new waste depot",
    "called for a review of the school catchment areas",
    "started clearing fallen trees from the park",
    "reported a sharp rise in bicycle thefts",
)
_TIMES = (
    "on Monday",
    "late on Tuesday",
    "this week",
    "after a long meeting",
    "earlier this month",
    "at the weekend",
    "before the summer break",
    "on Thursday evening",
)
_ATTRIBUTIONS = (
    "a spokesperson said",
    "officials confirmed",
    "according to minutes seen by reporters",
    "residents were told",
    "the chair said in a statement",
    "people familiar with the talks said",
)
_FOLLOW_UPS = (
    "Critics say the decision came too late for families who had already moved away.",
    "A final decision is expected before the end of the year, but no date has been set.",
    "Some members argued that the cost would fall on people who can least afford it.",
    "Several hundred people signed a petition asking for the plan to be reconsidered.",
    "The last comparable project took almost three years and ran well over its budget.",
    "Opposition members said they had not been shown the full figures before the vote.",
    "Neighbouring towns are watching closely, as they face the same problem next year.",
    "Residents who spoke to us were divided, with older people more likely to object.",
)
_PROMO_STEMS = (
    "Readers like you keep the {short} going, so thank you for reading.",
    "Get the {short} morning briefing in your inbox before breakfast every day.",
    "Have a story we should look into? Our newsroom reads every message.",
    "The {short} podcast returns on Friday with a new episode on local politics.",
)
_WEATHER = ("light rain", "sunny spells", "cloudy", "showers", "clear skies")


@attrs.frozen(kw_only=True)
class SitePage:
    """One synthetic page of :func:`make_site_pages`, with its true body.

    Attributes:
        site: the invented site's name.
        url: the page's address (``https://<site>.example/...``).
        title: the headline.
        body: the true article body, paragraphs separated by a blank line.
        content: the page as plain text or HTML, template and all.
        kind: ``"text"`` or ``"html"``.

    Example:
        >>> page = make_site_pages(sites=1, pages=1)[0]
        >>> page.document().url == page.url, page.document(url=False, source=True).hints["source"]
        (True, 'Valley Courier')
    """

    site: str
    url: str
    title: str
    body: str
    content: str
    kind: Literal["text", "html"]

    def document(self, *, url: bool = True, source: bool = False) -> Document:
        """The page as a :class:`~newscorpus.io.Document`, with its URL and/or its site's name
        as the record's ``source`` (without either, sites can only be told by similarity)."""
        hints = {"source": self.site} if source else {}
        return Document(
            content=self.content, kind=self.kind, url=self.url if url else None, hints=hints
        )


@attrs.frozen(kw_only=True)
class _Site:
    name: str
    short: str
    town: str
    host: str
    tagline: str
    nav: tuple[str, ...]
    nav_as_line: bool
    authors: tuple[str, ...]
    about: str
    more_heading: str
    address: str


def make_site_pages(
    *, sites: int = 4, pages: int = 30, seed: int = 0, kind: Literal["text", "html"] = "text"
) -> list[SitePage]:
    """A deterministic multi-site corpus: ``sites`` invented sites, ``pages`` pages each, every
    page wrapped in its site's template (with variations), every true body known.

    Args:
        sites: how many sites (1 to 8).
        pages: pages per site (1 or more).
        seed: changes every choice; the same seed gives the same pages.
        kind: ``"text"`` (pages as copied off a browser) or ``"html"``.

    Returns:
        The pages, the sites taking turns (page ``i`` is from site ``i % sites``).

    Raises:
        OptionsError: a count is out of range or ``kind`` is unknown.

    Example:
        >>> pages = make_site_pages(sites=3, pages=2, seed=4, kind="html")
        >>> [p.site for p in pages[:3]] == [p.site for p in pages[3:]], pages[0].kind
        (True, 'html')
        >>> pages == make_site_pages(sites=3, pages=2, seed=4, kind="html")
        True
    """
    if not 1 <= sites <= len(_NAMES):
        raise OptionsError(f"sites must be 1 to {len(_NAMES)}, not {sites!r}")
    if pages < 1:
        raise OptionsError(f"pages must be 1 or more, not {pages!r}")
    if kind not in ("text", "html"):
        raise OptionsError(f"kind must be 'text' or 'html', not {kind!r}")
    made = [_make_site(_NAMES[s], random.Random(f"multisite:{seed}:{s}")) for s in range(sites)]
    titles = {
        s.name: [_title(random.Random(f"title:{seed}:{s.name}:{i}")) for i in range(pages)]
        for s in made
    }
    out: list[SitePage] = []
    for i in range(pages):
        for site in made:
            rng = random.Random(f"page:{seed}:{site.name}:{i}")
            out.append(_page(site, i, titles[site.name], rng, kind))
    return out


def _make_site(name: str, rng: random.Random) -> _Site:
    short = name.rsplit(maxsplit=1)[-1]
    town = rng.choice(_TOWNS)
    return _Site(
        name=name,
        short=short,
        town=town,
        host=re.sub(r"\W+", "-", name.casefold()) + ".example",
        tagline=f"{name}: independent news from {town} since {rng.randrange(1890, 1990)}",
        nav=tuple(rng.sample(_SECTIONS, 6)),
        nav_as_line=rng.random() < 0.5,
        authors=tuple(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(3)),
        about=(
            f"About us: the {name} is owned by its readers and has covered {town} and the "
            f"villages around it for generations. We do not take money from political parties, "
            f"and our editors decide what we publish."
        ),
        more_heading=f"More from the {short}",
        address=f"{name}, {rng.randrange(2, 90)} Mill Street, {town}",
    )


def _title(rng: random.Random) -> str:
    subject = rng.choice(_SUBJECTS).removeprefix("The ").removeprefix("A ").casefold()
    return f"{rng.choice(_TOWNS)}: {subject} {rng.choice(_PREDICATES)}"


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} in {rng.choice(_TOWNS)} {rng.choice(_PREDICATES)} "
        f"{rng.choice(_TIMES)}, {rng.choice(_ATTRIBUTIONS)}."
    )


def _body(rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(rng.randrange(3, 7)):
        parts = [_sentence(rng) for _ in range(rng.randrange(1, 3))]
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(_FOLLOW_UPS))
        paragraphs.append(" ".join(parts))
    return paragraphs


def _page(
    site: _Site, i: int, titles: list[str], rng: random.Random, kind: Literal["text", "html"]
) -> SitePage:
    body = _body(rng)
    author = rng.choice(site.authors)
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
    parts = _Parts(
        top=[site.tagline, f"{day:%A, %d %B %Y}"],
        weather=f"{site.town} {rng.randrange(-5, 30)}°C, {rng.choice(_WEATHER)}",
        byline=f"By {author}",
        dateline=f"{day - timedelta(days=rng.randrange(3)):%d.%m.%Y}",
        promo=rng.choice(_PROMO_STEMS).format(short=site.short),
        promo_at=rng.randrange(1, len(body)),
        bio=f"{author} writes about {_BEATS[site.authors.index(author) % len(_BEATS)]} "
        f"for the {site.short}.",
        about=site.about if rng.random() < 0.85 else None,
        more=[t for t in rng.sample(titles, min(4, len(titles))) if t != titles[i]][:3],
    )
    url = f"https://{site.host}/{day:%Y/%m/%d}/{re.sub(r'[^a-z0-9]+', '-', titles[i].lower())}"
    render = _html if kind == "html" else _text
    content = render(site, titles[i], body, parts)
    return SitePage(
        site=site.name, url=url, title=titles[i], body="\n\n".join(body), content=content, kind=kind
    )


@attrs.frozen(kw_only=True)
class _Parts:
    top: list[str]
    weather: str
    byline: str
    dateline: str
    promo: str
    promo_at: int
    bio: str
    about: str | None
    more: list[str]


def _text(site: _Site, title: str, body: list[str], parts: _Parts) -> str:
    nav = ["  ".join(site.nav)] if site.nav_as_line else list(site.nav)
    blocks = [parts.top[0], *nav, parts.top[1], parts.weather, title, parts.byline, parts.dateline]
    blocks += [*body[: parts.promo_at], parts.promo, *body[parts.promo_at :]]
    blocks += [parts.bio] + ([parts.about] if parts.about else [])
    blocks += [site.more_heading, *parts.more]
    blocks += [f"© {2024} {site.name}. All rights reserved.", site.address]
    return "\n\n".join(blocks) + "\n"


def _html(site: _Site, title: str, body: list[str], parts: _Parts) -> str:
    def p(text: str, cls: str = "") -> str:
        attr = f' class="{cls}"' if cls else ""
        return f"<p{attr}>{html.escape(text)}</p>"

    nav = "".join(f'<a href="/{s.lower()}">{html.escape(s)}</a> ' for s in site.nav)
    paragraphs = [p(t) for t in body]
    paragraphs.insert(parts.promo_at, p(parts.promo, "note"))
    about = p(parts.about, "box") if parts.about else ""
    more = "".join(f'<li><a href="/x">{html.escape(t)}</a></li>' for t in parts.more)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{html.escape(title)}</title></head><body>"
        f"<div class='top'>{p(parts.top[0])}<div>{nav}</div>{p(parts.top[1])}{p(parts.weather)}</div>"
        f"<div class='main'><h1>{html.escape(title)}</h1>{p(parts.byline)}{p(parts.dateline)}"
        f"{''.join(paragraphs)}{p(parts.bio)}{about}"
        f"<h3>{html.escape(site.more_heading)}</h3><ul>{more}</ul></div>"
        f"<div class='bottom'>{p(f'© 2024 {site.name}. All rights reserved.')}{p(site.address)}"
        "</div></body></html>"
    )
