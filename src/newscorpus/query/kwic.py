"""Keyword in context: every place a word, phrase or prefix occurs in the bodies, with the text
around it.

Matching works on whole words and ignores accents and, by default, case; positions and the
printed match come from the original text.

Example:
    >>> from newscorpus.article import Article
    >>> art = Article(id="a1", title="Vote", text="Polls in Türkiye opened.\\nTurnout was high.")
    >>> for hit in kwic([art], "turkiye", width=10):
    ...     print(hit)
     Polls in Türkiye opened. T
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ..article import Article
from ..errors import OptionsError
from ._text import WORD, fold, fold_with_offsets

__all__ = ["KwicHit", "kwic"]

_SPACES = re.compile(r"\s+")


@attrs.frozen(kw_only=True)
class KwicHit:
    """One occurrence of the term, with its context.

    Attributes:
        article_id: the id of the article it is in.
        title: that article's title.
        position: the offset of the match in the article's ``text``.
        left: up to ``width`` characters before the match (whitespace runs folded to one space).
        match: the matched text as printed in the article.
        right: up to ``width`` characters after the match.
        width: the context width asked for, used to align ``str()`` lines.

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

    def __str__(self) -> str:
        # The text as it is: no space added around the match ("Azerbaijan’s", "sanctions."),
        # the left context right-aligned so every match starts in the same column.
        return f"{self.left:>{self.width}}{self.match}{self.right}".rstrip()


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
    articles: Iterable[Article], term: str, *, width: int = 40, case_sensitive: bool = False
) -> list[KwicHit]:
    """Every occurrence of ``term`` in the articles' bodies, in order, with ``width`` characters
    of context each side.

    Args:
        articles: the articles to look in.
        term: a word (``flood``), a phrase (``rail strike`` or ``"rail strike"``) or a prefix
            (``sanction*``; in a phrase, only its last word may be one).
        width: how many characters of context to keep on each side.
        case_sensitive: match case exactly (accents are still ignored).

    Raises:
        OptionsError: ``term`` holds no word, has a ``*`` before its end, or ``width`` < 0.

    Example:
        >>> arts = [Article(id="x", text="New sanctions, then more Sanctions.")]
        >>> [(h.position, h.match) for h in kwic(arts, "sanction*")]
        [(4, 'sanctions'), (25, 'Sanctions')]
        >>> [h.match for h in kwic(arts, "Sanctions", case_sensitive=True)]
        ['Sanctions']
    """
    if width < 0:
        raise OptionsError(f"kwic width must be 0 or more, not {width}", stage="options")
    pattern = _compile(term, case_sensitive)
    hits: list[KwicHit] = []
    for article in articles:
        hits.extend(_hits_in(article, pattern, width))
    return hits


def _compile(term: str, case_sensitive: bool) -> _Pattern:
    raw = term.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1].strip()
    prefix = raw.endswith("*")
    if prefix:
        raw = raw[:-1]
    if "*" in raw:
        raise OptionsError(
            f"'*' may only end the kwic term, as in sanction*: {term!r}", stage="options"
        )
    found = tuple(WORD.findall(fold(raw, case=not case_sensitive)))
    if not found:
        raise OptionsError(f"the kwic term has no letters or digits: {term!r}", stage="options")
    if prefix and raw[-1:].isspace():
        raise OptionsError(f"'*' must follow a word directly: {term!r}", stage="options")
    return _Pattern(found, prefix, case_sensitive)


def _hits_in(article: Article, pattern: _Pattern, width: int) -> list[KwicHit]:
    text = article.text
    folded, offsets = fold_with_offsets(text, case=not pattern.case_sensitive)
    if pattern.words[0] not in folded:  # cheap test before tokenising
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
    size = len(pattern.words)
    hits: list[KwicHit] = []
    index = 0
    while index + size <= len(tokens):
        if not pattern.matches_at(tokens, index):
            index += 1
            continue
        start, end = tokens[index][0], tokens[index + size - 1][1]
        if offsets is not None:
            start, end = offsets[start], max(offsets[end], offsets[end - 1] + 1)
        hits.append(_hit(article, start, end, width))
        index += size
    return hits


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
