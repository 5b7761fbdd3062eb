"""The HTML headline candidates and their fitted scorer.

A page states its headline in several places, each written to its own convention: JSON-LD
``headline`` and ``og:title`` for search engines and sharing, the ``<title>`` with the site's
name, the visible ``<h1>`` with a kicker or as the site's logo, microdata ``itemprop="headline"``.
No one order of these suits every site (and the development sets' truths follow different
conventions), so every distinct wording competes: each is described by where it was found,
how many places agree on it, how far its words are shared with the other wordings and the
address's slug, whether it still names the site, its length and case, and whether the
hand-written rule of :mod:`~newscorpus.meta.titles.choose` picked it. A conditional logit
fitted on half A of the development sets (``data/html_title_scorer.json``, refitted by
``benchmarks/fit_html_title_scorer.py``) scores them; the best scored wording is the headline.

Example:
    >>> found = [TitleEntry(text="Bridge reopens", source="og:title"),
    ...          TitleEntry(text="Bridge reopens after two years", source="h1", h1_index=0)]
    >>> choose_markup_title(found, baseline="Bridge reopens after two years").text
    'Bridge reopens after two years'
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import attrs

from ...vocab import load_json
from .overlap import content_words, shared_words, url_words
from .scorer import TitleScorer

__all__ = [
    "MARKUP_FEATURES",
    "MarkupCandidate",
    "TitleEntry",
    "choose_markup_title",
    "markup_title_candidates",
    "markup_title_scorer",
]

MARKUP_FEATURES: tuple[str, ...] = (
    # where it was found (a wording several places give has several of these)
    "json_ld",
    "og_title",
    "twitter_title",
    "title_element",
    "itemprop",
    "h1",
    "h1_first",  # the page's first <h1> that is no logo
    "h1_logo",  # an <h1> marked as the logo or linking home
    "h1_in_article",  # an <h1> inside <article>/<main> or an element classed as the story's
    "h1_alone",  # the page's only <h1> besides logos
    "baseline",  # the hand-written rule's pick (choose.pick_title)
    # the same where the page has a JSON-LD headline (sites with one follow other conventions)
    "og_title_ld",
    "title_element_ld",
    "h1_ld",
    # agreement
    "log_sources",  # log(1 + places giving this wording)
    "agree",  # share of the other wordings mostly holding its words (or held by it)
    "max_overlap",  # highest word Jaccard with another wording
    "inside_other",  # the whole of it is part of a longer wording (a kicker or site cut off)
    "holds_other",  # another wording is part of it
    # what stripping the site name left
    "unstripped",  # a title as printed, before the site's name was taken off
    "names_site",  # holds the site's name or the host's word
    "separator",  # a title separator (|, –, ·) left in it
    # its shape
    "log_words",
    "short",  # three words or fewer
    "long",  # more than 25 words
    "all_caps",
    "end_period",
    "kicker_colon",  # one to three words and a colon open it
    # the address
    "slug_overlap",  # share of its words in the slug
    "slug_cover",  # share of the slug's words it holds
    "no_slug",
)
"""The HTML headline candidates' features, in the order of their values."""

_SOURCES = {
    "headline": "json_ld",
    "og:title": "og_title",
    "twitter:title": "twitter_title",
    "title-element": "title_element",
    "itemprop": "itemprop",
    "h1": "h1",
}
_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s[|｜–—·•]\s|\s-\s|\s»\s")
_KICKER = re.compile(r"^\W*\w+(?:\W+\w+){0,2}\s*:\s")
_AGREE = 0.6
_SHORT = 3
_LONG = 25


@attrs.frozen(kw_only=True)
class TitleEntry:
    """One place a page states a headline.

    Attributes:
        text: the wording, whitespace collapsed (the site's name taken off unless
            ``unstripped``).
        source: ``"headline"`` (JSON-LD), ``"og:title"``, ``"twitter:title"``,
            ``"title-element"``, ``"itemprop"`` or ``"h1"``.
        unstripped: the wording as printed where stripping the site's name changed it.
        h1_index: the ``<h1>``'s place among the page's ``<h1>`` elements (None for the rest).
        logo: the ``<h1>`` is the site's logo (marked so, or linking to the home page).
        in_article: the ``<h1>`` stands inside the story's element.

    Example:
        >>> TitleEntry(text="Bridge reopens", source="h1", h1_index=0).source
        'h1'
    """

    text: str
    source: str
    unstripped: bool = False
    h1_index: int | None = None
    logo: bool = False
    in_article: bool = False


@attrs.frozen(kw_only=True)
class MarkupCandidate:
    """One distinct wording of the headline, the entries giving it and its features.

    Attributes:
        text: the wording (the baseline's spelling when it is the baseline).
        entries: the entries giving this wording (case and punctuation aside).
        features: the values of :data:`MARKUP_FEATURES`, in their order.

    Example:
        >>> found = markup_title_candidates([TitleEntry(text="Bridge reopens", source="h1")])
        >>> found[0].text, len(found[0].features) == len(MARKUP_FEATURES)
        ('Bridge reopens', True)
    """

    text: str
    entries: tuple[TitleEntry, ...]
    features: tuple[float, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _squash(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _grouped(
    entries: Sequence[TitleEntry], baseline: str | None
) -> list[tuple[str, list[TitleEntry]]]:
    """The entries grouped by wording (words casefolded), in the order first seen."""
    groups: dict[str, tuple[str, list[TitleEntry]]] = {}
    base_key = " ".join(_words(baseline)) if baseline else None
    for entry in entries:
        key = " ".join(_words(entry.text))
        if not key:
            continue
        text = baseline if key == base_key and baseline else entry.text
        groups.setdefault(key, (text, []))[1].append(entry)
    return list(groups.values())


def markup_title_candidates(
    entries: Sequence[TitleEntry],
    *,
    baseline: str | None = None,
    sites: Sequence[str] = (),
    url: str | None = None,
) -> list[MarkupCandidate]:
    """The distinct wordings among ``entries`` with their features.

    Args:
        entries: every place the page states a headline.
        baseline: the wording the hand-written rule picked, if any.
        sites: the site's names (``og:site_name``, the host, the logo).
        url: the page's address (its slug's words are evidence).

    Example:
        >>> found = markup_title_candidates(
        ...     [TitleEntry(text="Bridge reopens", source="og:title"),
        ...      TitleEntry(text="Bridge reopens", source="h1", h1_index=0)],
        ...     url="https://example.org/news/bridge-reopens")
        >>> len(found), dict(zip(MARKUP_FEATURES, found[0].features))["log_sources"] > 0.9
        (1, True)
    """
    groups = _grouped(entries, baseline)
    word_sets = [set(_words(text)) for text, _ in groups]
    keys = [" ".join(_words(text)) for text, _ in groups]
    slug, _ = url_words(url)
    site_keys = [s for s in (_squash(site) for site in sites) if len(s) >= 4]
    base_key = " ".join(_words(baseline)) if baseline else None
    heads = sum(1 for e in entries if e.source == "h1" and not e.logo)
    has_ld = float(any(e.source == "headline" for e in entries))
    found = []
    for i, (text, group) in enumerate(groups):
        values = dict.fromkeys(MARKUP_FEATURES, 0.0)
        for entry in group:
            values[_SOURCES.get(entry.source, "title_element")] = 1.0
            values["unstripped"] = max(values["unstripped"], float(entry.unstripped))
            if entry.source == "h1":
                values["h1_logo"] = max(values["h1_logo"], float(entry.logo))
                values["h1_in_article"] = max(values["h1_in_article"], float(entry.in_article))
                values["h1_alone"] = float(heads == 1 and not entry.logo)
        firsts = [e for e in entries if e.source == "h1" and not e.logo][:1]
        values["h1_first"] = float(any(e in firsts for e in group))
        values["baseline"] = float(keys[i] == base_key)
        for name in ("og_title", "title_element", "h1"):
            values[f"{name}_ld"] = values[name] * has_ld
        values["log_sources"] = math.log1p(len({e.source for e in group}))
        _agreement(values, i, word_sets, keys)
        squashed = _squash(text)
        values["names_site"] = float(any(s in squashed for s in site_keys))
        values["separator"] = float(bool(_SEPARATOR.search(text)))
        _shape(values, text, word_sets[i])
        _address(values, text, slug)
        found.append(
            MarkupCandidate(
                text=text,
                entries=tuple(group),
                features=tuple(values[name] for name in MARKUP_FEATURES),
            )
        )
    return found


def _agreement(
    values: dict[str, float], i: int, word_sets: list[set[str]], keys: list[str]
) -> None:
    mine = word_sets[i]
    others = [j for j in range(len(word_sets)) if j != i]
    if not others or not mine:
        return
    agreeing = 0
    best = 0.0
    for j in others:
        theirs = word_sets[j]
        common = len(mine & theirs)
        union = len(mine | theirs)
        best = max(best, common / union if union else 0.0)
        if theirs and (common / len(mine) >= _AGREE or common / len(theirs) >= _AGREE):
            agreeing += 1
        if keys[i] != keys[j] and keys[i] in keys[j]:
            values["inside_other"] = 1.0
        if keys[i] != keys[j] and keys[j] in keys[i]:
            values["holds_other"] = 1.0
    values["agree"] = agreeing / len(others)
    values["max_overlap"] = best


def _shape(values: dict[str, float], text: str, words: set[str]) -> None:
    count = len(_WORD.findall(text))
    values["log_words"] = math.log1p(count)
    values["short"] = float(count <= _SHORT)
    values["long"] = float(count > _LONG)
    letters = [ch for ch in text if ch.isalpha()]
    values["all_caps"] = float(len(letters) >= 4 and all(ch.isupper() for ch in letters))
    values["end_period"] = float(text.rstrip().endswith("."))
    values["kicker_colon"] = float(bool(_KICKER.match(text)))


def _address(values: dict[str, float], text: str, slug: frozenset[str]) -> None:
    if not slug:
        values["no_slug"] = 1.0
        return
    words = content_words(text)
    found, hit = shared_words(words, slug)
    values["slug_overlap"] = found / len(words) if words else 0.0
    values["slug_cover"] = hit / len(slug)


@cache
def markup_title_scorer() -> TitleScorer:
    """The shipped scorer (``data/html_title_scorer.json``, fitted on half A of the
    development sets by ``benchmarks/fit_html_title_scorer.py``).

    Example:
        >>> markup_title_scorer().features == MARKUP_FEATURES
        True
    """
    data = load_json("html_title_scorer.json")
    return TitleScorer(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        bar=float(data["bar"]),
        features=MARKUP_FEATURES,
    )


def choose_markup_title(
    entries: Sequence[TitleEntry],
    *,
    baseline: str | None = None,
    sites: Sequence[str] = (),
    url: str | None = None,
    scorer: TitleScorer | None = None,
) -> MarkupCandidate | None:
    """The best scored wording among ``entries`` (None when there is none).

    Args:
        entries: every place the page states a headline.
        baseline: the wording the hand-written rule picked, if any.
        sites: the site's names.
        url: the page's address.
        scorer: the weights (the shipped :func:`markup_title_scorer` unless given).

    Example:
        >>> choose_markup_title([]) is None
        True
    """
    found = markup_title_candidates(entries, baseline=baseline, sites=sites, url=url)
    if not found:
        return None
    scores = (scorer or markup_title_scorer()).probabilities([c.features for c in found])
    return found[max(range(len(found)), key=scores.__getitem__)]
