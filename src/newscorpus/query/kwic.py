"""Keyword in context: the matches of a query's words, phrases and prefixes in the bodies of the
articles the query finds, with the text around them.

:func:`kwic` takes the query language of :func:`~newscorpus.query.search` (see
:doc:`/query-language`): it keeps the articles ``search`` finds and shows, in their bodies, every
place a term of the query occurs (:meth:`~newscorpus.query.Query.terms`: not the negated ones,
nor those of the author, source, section, language and date fields). Matching works on whole
words and ignores accents and, by default, case; positions and the printed match come from the
original text. :func:`kwic_frame` turns the hits into a pandas ``DataFrame``.

Example:
    >>> from newscorpus.article import Article
    >>> art = Article(id="a1", title="Vote", text="Polls in Türkiye opened.\\nTurnout was high.")
    >>> for hit in kwic([art], "turkiye OR turnout", width=10):
    ...     print(hit)
     Polls in Türkiye opened. T
    e opened. Turnout was high.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from ..article import Article
from ..errors import OptionsError, QuerySyntaxError, import_extra
from ._text import WORD, fold_with_offsets
from .search import Query, parse_keeping_case, parse_query

if TYPE_CHECKING:
    import pandas

__all__ = ["KWIC_COLUMNS", "KwicHit", "kwic", "kwic_frame"]

_SPACES = re.compile(r"\s+")

KWIC_COLUMNS: tuple[str, ...] = (
    "article_id",
    "source",
    "published",
    "url",
    "title",
    "position",
    "left",
    "match",
    "right",
)
"""The columns of :func:`kwic_frame` and the keys of :meth:`KwicHit.to_dict`, in order."""


@attrs.frozen(kw_only=True)
class KwicHit:
    """One occurrence of a query term, with its context and the article it is in.

    Attributes:
        article_id: the id of the article it is in.
        title: that article's title.
        position: the offset of the match in the article's ``text``.
        left: up to ``width`` characters before the match (whitespace runs folded to one space).
        match: the matched text as printed in the article.
        right: up to ``width`` characters after the match.
        width: the context width asked for, used to align ``str()`` lines.
        source: the article's source (outlet), if known.
        published: the article's publication date, if known.
        url: the article's address, if known.

    Example:
        >>> print(KwicHit(article_id="a", title=None, position=4, left="the ", match="river",
        ...               right=" rose", width=8))
            the river rose
    """

    article_id: str
    title: str | None
    position: int
    left: str
    match: str
    right: str
    width: int = 40
    source: str | None = None
    published: datetime | None = None
    url: str | None = None

    def __str__(self) -> str:
        # The text as it is: no space added around the match ("Azerbaijan’s", "sanctions."),
        # the left context right-aligned so every match starts in the same column.
        return f"{self.left:>{self.width}}{self.match}{self.right}".rstrip()

    def to_dict(self) -> dict[str, Any]:
        """The hit as a JSON-ready dict with the :data:`KWIC_COLUMNS` keys (``published`` in
        ISO 8601, ``None`` when unknown).

        Example:
            >>> hit = KwicHit(article_id="a", title="T", position=0, left="", match="x",
            ...               right=" y", source="Courier")
            >>> hit.to_dict()["source"], hit.to_dict()["match"]
            ('Courier', 'x')
        """
        row = {name: getattr(self, name) for name in KWIC_COLUMNS}
        row["published"] = None if self.published is None else self.published.isoformat()
        return row


@attrs.frozen
class _Pattern:
    """The folded words to find in a row; the last one may be a prefix."""

    words: tuple[str, ...]
    prefix: bool
    case_sensitive: bool

    def matches_at(self, tokens: list[tuple[int, int, str]], start: int) -> bool:
        last = len(self.words) - 1
        for offset, word in enumerate(self.words):
            token = tokens[start + offset][2]
            if offset == last and self.prefix:
                return token.startswith(word)
            if token != word:
                return False
        return True


def kwic(
    articles: Iterable[Article],
    query: str | Query,
    *,
    width: int = 40,
    case_sensitive: bool = False,
) -> list[KwicHit]:
    """The matches of ``query``'s terms in the bodies of the articles it finds, in article and
    text order, with ``width`` characters of context each side.

    An article is shown when :func:`~newscorpus.query.search` would find it; in its body, every
    word, phrase and prefix of the query (:meth:`~newscorpus.query.Query.terms`) is a match.
    Matches of several terms that overlap are shown once, the longest first.

    Args:
        articles: the articles to look in.
        query: a query in the search language (:doc:`/query-language`): ``flood``,
            ``"rail strike"``, ``sanction*``, ``title:climate AND (summit OR talks)`` …;
            unquoted words are ANDed, as in ``search``.
        width: how many characters of context to keep on each side.
        case_sensitive: show only matches whose case is the query's (accents are still
            ignored); which articles are shown does not change.

    Raises:
        QuerySyntaxError: ``query`` does not parse, or has nothing to show in a body (only
            negated terms or author, source, section, language or date fields).
        OptionsError: ``width`` < 0.

    Example:
        >>> arts = [Article(id="x", text="New sanctions, then more Sanctions."),
        ...         Article(id="y", text="Talks on sanctions failed.")]
        >>> [(h.article_id, h.position, h.match) for h in kwic(arts, "sanction* -talks")]
        [('x', 4, 'sanctions'), ('x', 25, 'Sanctions')]
        >>> [h.match for h in kwic(arts, "Sanctions", case_sensitive=True)]
        ['Sanctions']
    """
    if width < 0:
        raise OptionsError(f"kwic width must be 0 or more, not {width}", stage="options")
    parsed = query if isinstance(query, Query) else parse_query(query)
    patterns = _patterns(parsed, case_sensitive)
    hits: list[KwicHit] = []
    for article in articles:
        if parsed.matches(article):
            hits.extend(_hits_in(article, patterns, width))
    return hits


def kwic_frame(hits: Iterable[KwicHit]) -> pandas.DataFrame:
    """A pandas ``DataFrame`` of KWIC hits, one row per hit, with the :data:`KWIC_COLUMNS`
    (``published`` as a ``datetime``, or ``None``).

    Args:
        hits: the hits, as :func:`kwic` or ``Corpus.kwic`` give them.

    Raises:
        MissingExtraError: pandas is not installed (``pip install 'newscorpus[pandas]'``).

    Example:
        >>> arts = [Article(id="x", source="Courier", text="The river rose.")]
        >>> frame = kwic_frame(kwic(arts, "river", width=4))
        >>> frame[["article_id", "source", "left", "match", "right"]].values.tolist()
        [['x', 'Courier', 'The ', 'river', ' ros']]
    """
    pandas_module = import_extra("pandas", "pandas", "kwic_frame()")
    rows = [[getattr(hit, name) for name in KWIC_COLUMNS] for hit in hits]
    frame: pandas.DataFrame = pandas_module.DataFrame(rows, columns=list(KWIC_COLUMNS))
    return frame


def _patterns(query: Query, case_sensitive: bool) -> list[_Pattern]:
    source = parse_keeping_case(query.text) if case_sensitive else query
    terms = source.terms()
    if not terms:
        raise QuerySyntaxError(
            "nothing to show in context: the query has no word, phrase or prefix outside NOT "
            "and the author:, source:, section:, language: and published: fields",
            query=query.text,
            column=0,
        )
    return [
        _Pattern(tuple(term.removesuffix("*").split()), term.endswith("*"), case_sensitive)
        for term in terms
    ]


def _hits_in(article: Article, patterns: list[_Pattern], width: int) -> list[KwicHit]:
    text = article.text
    folded, offsets = fold_with_offsets(text, case=not patterns[0].case_sensitive)
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
    spans = sorted(
        (span for pattern in patterns for span in _spans(tokens, pattern)),
        key=lambda span: (span[0], -span[1]),
    )
    hits: list[KwicHit] = []
    reached = 0
    for first, last in spans:
        if first < reached:  # inside a match already shown
            continue
        reached = last
        start, end = first, last
        if offsets is not None:
            start, end = offsets[first], max(offsets[last], offsets[last - 1] + 1)
        hits.append(_hit(article, start, end, width))
    return hits


def _spans(tokens: list[tuple[int, int, str]], pattern: _Pattern) -> list[tuple[int, int]]:
    """The (start, end) of each match in the folded text, overlapping ones left out."""
    size = len(pattern.words)
    spans: list[tuple[int, int]] = []
    index = 0
    while index + size <= len(tokens):
        if pattern.matches_at(tokens, index):
            spans.append((tokens[index][0], tokens[index + size - 1][1]))
            index += size
        else:
            index += 1
    return spans


def _hit(article: Article, start: int, end: int, width: int) -> KwicHit:
    text = article.text
    return KwicHit(
        article_id=article.id,
        title=article.title,
        position=start,
        left=_left_context(text, start, width),
        match=_SPACES.sub(" ", text[start:end]),
        right=_right_context(text, end, width),
        width=width,
        source=article.source,
        published=article.published,
        url=article.url,
    )


def _left_context(text: str, start: int, width: int) -> str:
    span = width
    while True:
        begin = max(0, start - span)
        folded = _SPACES.sub(" ", text[begin:start])
        if len(folded) >= width or begin == 0:
            return folded[max(0, len(folded) - width) :]
        span *= 2


def _right_context(text: str, end: int, width: int) -> str:
    span = width
    while True:
        stop = min(len(text), end + span)
        folded = _SPACES.sub(" ", text[end:stop])
        if len(folded) >= width or stop == len(text):
            return folded[:width]
        span *= 2
