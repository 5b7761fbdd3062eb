"""Direct quotes and their speakers, found with quotation marks and reporting cues (no parser).

A quote is text between a pair of quotation marks — “…”, "…", «…», »…«, „…“ (or „…”) and ‹…›
— within one paragraph, or running over several paragraphs when each continuing paragraph
opens with the same mark again (the printing convention for long quotes). Its speaker comes
from a reporting cue next to it:

* after the quote: ``“…,” Kara cautioned``, ``“…,” said Ali Kara``, ``“…,” the minister said``,
  ``“…,” according to Kara``;
* before it: ``Herzog remarked: “…”``, ``Kara told reporters: “…”``, ``According to Kara, “…”``.

``he`` / ``she`` stand for the last speaker of the article given by name; a quote without a cue that
follows an attributed quote in the same paragraph keeps that speaker. Short quoted phrases
without a cue (scare quotes, titles of books) are not quotes; longer sentences are, with
``speaker=None``.

Example:
    >>> from newscorpus.article import Article
    >>> art = Article(id="a1", text='“We will not give in,” Kara cautioned. Talks resume today.')
    >>> [(q.text, q.speaker, q.cue) for q in quotes([art])]
    [('We will not give in', 'Kara', 'cautioned')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import attrs

from ...article import Article
from .cues import pronouns
from .speakers import attribute, is_description, person_before

__all__ = ["Quote", "quotes", "quotes_in"]

_CLOSERS: dict[str, str] = {
    "“": "”",
    '"': '"',
    "«": "»",
    "»": "«",
    "„": "“”",
    "‹": "›",
}
_OPENERS = re.compile("[" + "".join(_CLOSERS) + "]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_MIN_UNATTRIBUTED_WORDS = 6


@attrs.frozen(kw_only=True)
class Quote:
    """One direct quote.

    Attributes:
        text: the quoted words without the marks; the paragraphs of a long quote joined by a
            blank line; a trailing comma (``“…,” she said``) dropped.
        speaker: who said it, as the article names them (``"Ali Kara"``, ``"the minister"``),
            or ``None`` when no cue says.
        cue: the reporting word or words, in lower case (``"said"``, ``"according to"``), or
            ``None``.
        article_id: the id of the article it is in.
        paragraph: the index of the paragraph it opens in (paragraphs are separated by a
            blank line in ``Article.text``).
        offset: where its opening mark is in ``Article.text``.
        end: just after its closing mark in ``Article.text``.

    Example:
        >>> q = Quote(text="No", speaker="Kara", cue="said", article_id="a", paragraph=0,
        ...           offset=0, end=5)
        >>> q.attributed
        True
    """

    text: str
    speaker: str | None
    cue: str | None
    article_id: str
    paragraph: int
    offset: int
    end: int

    @property
    def attributed(self) -> bool:
        """Whether a speaker was found.

        Example:
            >>> Quote(text="x", speaker=None, cue=None, article_id="", paragraph=0, offset=0,
            ...       end=3).attributed
            False
        """
        return self.speaker is not None


@attrs.frozen
class _Span:
    """Where a quote sits: its paragraph, its opening and closing offsets and its parts."""

    paragraph: int
    start: int
    end: int
    parts: tuple[str, ...]


def quotes(articles: Iterable[Article]) -> list[Quote]:
    """Every direct quote in the articles' bodies, in order, with its speaker when a cue names one.

    Example:
        >>> from newscorpus.article import Article
        >>> text = 'Herzog remarked: “The border stays open for now.”\\n\\nShe left.'
        >>> [(q.speaker, q.paragraph) for q in quotes([Article(id="x", text=text)])]
        [('Herzog', 0)]
    """
    found: list[Quote] = []
    for article in articles:
        found.extend(quotes_in(article.text, article_id=article.id))
    return found


def quotes_in(text: str, *, article_id: str = "") -> list[Quote]:
    """The direct quotes of one text (see :func:`quotes`).

    Raises:
        TypeError: ``text`` is not a string.

    Example:
        >>> [(q.text, q.speaker) for q in quotes_in('«Nous restons», a déclaré Marie Dupont.')]
        [('Nous restons', 'Marie Dupont')]
    """
    if not isinstance(text, str):
        raise TypeError(f"quotes_in() takes text, not {type(text).__name__}")
    paragraphs = _paragraphs(text)
    spans = _spans(text, paragraphs)
    found: list[Quote] = []
    last_named: str | None = None
    previous: Quote | None = None
    for index, span in enumerate(spans):
        before = _before_text(text, paragraphs, spans, index)
        after = _after_text(text, paragraphs, spans, index)
        speaker, cue = attribute(before, after)
        if speaker is not None and speaker.lower() in pronouns():
            speaker = last_named or person_before(text, span.start)
        elif cue is None and previous is not None and previous.paragraph == span.paragraph:
            speaker, cue = previous.speaker, previous.cue
        quote = _quote(span, speaker, cue, article_id)
        if quote is None:
            continue
        if speaker is not None and not is_description(speaker):
            last_named = speaker  # he/she stand for a person named, not "the ministry"
        found.append(quote)
        previous = quote
    return found


def _quote(span: _Span, speaker: str | None, cue: str | None, article_id: str) -> Quote | None:
    body = "\n\n".join(" ".join(part.split()) for part in span.parts).strip().rstrip(",").strip()
    words = body.split()
    if not words:
        return None
    sentence_like = len(words) >= _MIN_UNATTRIBUTED_WORDS and body[-1] in ".!?…"
    if cue is None and not sentence_like:
        return None
    return Quote(
        text=body,
        speaker=speaker,
        cue=cue,
        article_id=article_id,
        paragraph=span.paragraph,
        offset=span.start,
        end=span.end,
    )


# -- finding the marks ------------------------------------------------------------------------
def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, gap.start()))
        start = gap.end()
    bounds.append((start, len(text)))
    return bounds


def _spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    # mark -> the last paragraph up to which a quote opened with it cannot close: every later
    # opener of that mark up to there fails the same way, so it is not searched again (linear).
    dead: dict[str, int] = {}
    for number, (start, end) in enumerate(paragraphs):
        pos = max(start, spans[-1].end) if spans else start  # after a long quote's end
        while pos < end:
            opener = _OPENERS.search(text, pos, end)
            if opener is None:
                break
            mark = opener.group()
            pos = opener.end()
            if dead.get(mark, -1) >= number:
                continue
            span, last = _close(text, paragraphs, number, opener.start())
            if span is None:
                dead[mark] = last
                continue
            spans.append(span)
            pos = span.end
    return spans


def _close(
    text: str, paragraphs: list[tuple[int, int]], number: int, start: int
) -> tuple[_Span | None, int]:
    """The quote opening at ``start``, closed in its paragraph or in a later one that re-opens
    it; with the index of the last paragraph searched."""
    mark = text[start]
    closers = _CLOSERS[mark]
    parts: list[str] = []
    pos = start + 1
    for index in range(number, len(paragraphs)):
        if index > number:
            head = paragraphs[index][0]
            if not text.startswith(mark, head):
                return None, index - 1  # a long quote re-opens each paragraph; this one does not
            pos = head + 1
        stop = paragraphs[index][1]
        close = _find_any(text, closers, pos, stop)
        if close >= 0:
            parts.append(text[pos:close])
            return _Span(number, start, close + 1, tuple(parts)), index
        parts.append(text[pos:stop])
    return None, len(paragraphs) - 1


def _find_any(text: str, chars: str, start: int, stop: int) -> int:
    found = [i for i in (text.find(c, start, stop) for c in chars) if i >= 0]
    return min(found) if found else -1


# -- the text around a quote ------------------------------------------------------------------
def _before_text(
    text: str, paragraphs: list[tuple[int, int]], spans: list[_Span], index: int
) -> str:
    span = spans[index]
    head = paragraphs[span.paragraph][0]
    if index:
        head = max(head, spans[index - 1].end)
    before = text[head : span.start]
    if not before.strip() and span.paragraph > 0 and head == paragraphs[span.paragraph][0]:
        prev_start, prev_end = paragraphs[span.paragraph - 1]
        tail = text[prev_start:prev_end].rstrip()
        if tail.endswith(":"):  # ``Herzog remarked:`` closing the paragraph before the quote
            return tail
    return before


def _after_text(
    text: str, paragraphs: list[tuple[int, int]], spans: list[_Span], index: int
) -> str:
    span = spans[index]
    last = _paragraph_of(paragraphs, span.end - 1)
    stop = paragraphs[last][1]
    if index + 1 < len(spans):
        stop = min(stop, spans[index + 1].start)
    return text[span.end : stop]


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    # paragraphs are sorted: a binary search keeps many quotes in a long text linear-ish
    index = bisect_right(paragraphs, (offset, len(paragraphs) and paragraphs[-1][1] + 1)) - 1
    return max(0, index)
