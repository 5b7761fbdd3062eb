"""Which headline to believe: the markup's title checked against the page's own ``<h1>``.

``<title>``, ``og:title`` and JSON-LD ``headline`` are written for search engines and sharing:
they carry the site's name (" | Valley Courier"), a kicker ("Brexit: …") or a shorter or longer
wording. The ``<h1>`` is the headline as readers see it, but on many sites the ``<h1>`` is the
logo. So the first markup title (JSON-LD ``headline`` › ``og:title`` › ``twitter:title`` ›
``<title>``, each without the site's name) is compared with the page's ``<h1>`` elements:

1. an ``<h1>`` whose words are mostly (≥ 60 %) in that title is the headline, unless it only adds a
   kicker in front of the title (then the title, which is the ``<h1>`` without the kicker); of
   several such ``<h1>``, the one sharing most words with the title (a "Section - Headline"
   title agrees with the section's ``<h1>`` too), the first on a tie;
2. an ``<h1>`` that is the site's name, or a segment of the ``<title>`` other than the headline,
   is the logo and is passed over;
3. with no ``<h1>`` agreeing, the page's only ``<h1>`` (logos aside) is the headline: the
   markup title was written for search engines (rule ``"h1-alone"``);
4. otherwise the markup title stands.

Example:
    >>> pick_title(["Bridge reopens"], ["Valley Courier", "Bridge reopens after two years"],
    ...            sites=("Valley Courier",)).text
    'Bridge reopens after two years'
    >>> pick_title(["Bridge reopens"], ["Valley Courier"], sites=("Valley Courier",)).rule
    'markup'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import attrs

__all__ = ["TitlePick", "pick_title"]

_WORD = re.compile(r"\w+")
_AGREE = 0.6


@attrs.frozen(kw_only=True)
class TitlePick:
    """The chosen headline and how it was chosen.

    Attributes:
        text: the headline.
        rule: ``"h1"`` (an ``<h1>`` agreeing with the markup), ``"h1-alone"`` (the page's only
            ``<h1>``, not agreeing), ``"markup"`` (the markup title), or
            ``"markup-without-kicker"`` (the ``<h1>`` carried a kicker the markup title lacks).

    Example:
        >>> TitlePick(text="Bridge reopens", rule="h1").rule
        'h1'
    """

    text: str
    rule: str


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _fold(text: str) -> str:
    return " ".join(_words(text))


def _agrees(h1: str, title: str) -> bool:
    h1_words, title_words = set(_words(h1)), set(_words(title))
    return bool(h1_words) and len(h1_words & title_words) / len(h1_words) >= _AGREE


def pick_title(
    titles: Sequence[str], h1s: Sequence[str], *, sites: Sequence[str] = ()
) -> TitlePick | None:
    """The headline from the markup's titles (best first) and the page's ``<h1>`` texts.

    Example:
        >>> pick = pick_title(["Ferries return to the bay"], ["Harbour: Ferries return to the bay"])
        >>> pick.text, pick.rule
        ('Ferries return to the bay', 'markup-without-kicker')
        >>> pick_title([], ["Ferries return to the bay"]).text
        'Ferries return to the bay'
        >>> pick_title([], []) is None
        True
    """
    site_keys = {_fold(s) for s in sites if s}
    heads = [h for h in (" ".join(h.split()) for h in h1s) if h and _fold(h) not in site_keys]
    title = next((t for t in titles if t and t.strip()), None)
    if title is None:
        return TitlePick(text=heads[0], rule="h1") if heads else None
    title_words = set(_words(title))
    # Of the <h1>s agreeing with the title, the one covering most of its words: "Section -
    # Headline" titles agree with the section's <h1> too.
    agreeing = [h for h in heads if len(h) <= 300 and _agrees(h, title)]
    agreeing.sort(key=lambda h: -len(set(_words(h)) & title_words))
    for head in agreeing:
        folded_head, folded_title = _fold(head), _fold(title)
        if folded_head != folded_title and folded_head.endswith(folded_title):
            return TitlePick(text=title, rule="markup-without-kicker")
        return TitlePick(text=head, rule="h1")
    if len(heads) == 1 and len(heads[0]) <= 200:
        return TitlePick(text=heads[0], rule="h1-alone")
    return TitlePick(text=title, rule="markup")
