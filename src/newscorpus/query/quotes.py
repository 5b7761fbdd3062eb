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
from collections.abc import Iterable, Sequence

import attrs

from ..article import Article
from ._cues import ADVERBS, AUXILIARIES, CUE_PHRASES, CUE_VERBS, PARTICLES, PRONOUNS, SPEAKER_STOP

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
# Words keep inner apostrophes, hyphens and dots (``Azerbaijan’s``, ``al-Sadr``, ``U.S.``);
# a final dot is punctuation. Each branch consumes at least one character: linear time.
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr)\.(?!\w)|[^\W_](?:[\w’'\-]|\.(?=\w))*|[,:;.!?—–()]"
)
_SENTENCE_END = frozenset(".!?")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "st", "jr"})
_MAX_APPOSITIVE = 16
_NOT_BEFORE_PERSON = frozenset({"the", "in", "at", "of", "from", "for"})
_PRONOUN_REACH = 600
_MAX_THAT_CLAUSE = 40  # characters before a quote searched for the person a pronoun stands for
_ARTICLES = frozenset({"the", "a", "an"})  # a description: ``the minister``, ``a senior official``
_MAX_NAME = 6
_MAX_DESCRIPTION = 8
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
        speaker, cue = _attribute(before, after)
        if speaker is not None and speaker.lower() in PRONOUNS:
            speaker = last_named or _person_before(text, span.start)
        elif cue is None and previous is not None and previous.paragraph == span.paragraph:
            speaker, cue = previous.speaker, previous.cue
        quote = _quote(span, speaker, cue, article_id)
        if quote is None:
            continue
        if speaker is not None and speaker.split()[0].lower() not in _ARTICLES:
            last_named = speaker  # he/she stand for a person named, not "the ministry"
        found.append(quote)
        previous = quote
    return found


def _person_before(text: str, start: int) -> str | None:
    """The last name of two or more capitalised words before ``start`` (``seventeen-year-old
    Chloe Adebayo compared …, she said``): what ``he``/``she`` stand for when no quote has
    named a speaker yet."""
    tokens = _tokens(text[max(0, start - _PRONOUN_REACH) : start])
    end = len(tokens)
    while end > 0:
        stop = end
        while stop > 0 and not _is_name_word(tokens[stop - 1]):
            stop -= 1
        begin = stop
        while begin > 0 and (_is_name_word(tokens[begin - 1]) or tokens[begin - 1] in PARTICLES):
            begin -= 1
        words = [t for t in tokens[begin:stop] if t not in PARTICLES]
        before = tokens[begin - 1].lower() if begin else ""
        # "the Harbour Trust", "in New York", "of the United States": places and bodies
        if len(words) >= 2 and before not in _NOT_BEFORE_PERSON:
            return " ".join(tokens[begin:stop][-_MAX_NAME:])
        end = begin
    return None


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
    for number, (start, end) in enumerate(paragraphs):
        if spans and spans[-1].end > start:
            continue  # this paragraph continues a long quote already read
        pos = start
        unclosed: set[str] = set()  # marks with no closer left in this paragraph: linear time
        while True:
            opener = _OPENERS.search(text, pos, end)
            if opener is None:
                break
            mark = opener.group()
            span = None if mark in unclosed else _close(text, paragraphs, number, opener.start())
            if span is None:
                if _find_any(text, _CLOSERS[mark], opener.end(), end) < 0:
                    unclosed.add(mark)
                pos = opener.end()
                continue
            spans.append(span)
            if span.end > end:
                break
            pos = span.end
    return spans


def _close(text: str, paragraphs: list[tuple[int, int]], number: int, start: int) -> _Span | None:
    """The quote opening at ``start``, closed in its paragraph or a later one that re-opens it."""
    mark = text[start]
    closers = _CLOSERS[mark]
    parts: list[str] = []
    pos = start + 1
    for index in range(number, len(paragraphs)):
        if index > number:
            head = paragraphs[index][0]
            if not text.startswith(mark, head):
                return None  # a long quote re-opens each paragraph; this one does not
            pos = head + 1
        stop = paragraphs[index][1]
        close = _find_any(text, closers, pos, stop)
        if close >= 0:
            parts.append(text[pos:close])
            return _Span(number, start, close + 1, tuple(parts))
        parts.append(text[pos:stop])
    return None


def _find_any(text: str, chars: str, start: int, stop: int) -> int:
    found = [i for i in (text.find(c, start, stop) for c in chars) if i >= 0]
    return min(found) if found else -1


# -- the text around a quote ------------------------------------------------------------------
def _before_text(
    text: str, paragraphs: list[tuple[int, int]], spans: list[_Span], index: int
) -> str:
    span = spans[index]
    head = paragraphs[span.paragraph][0]
    if index and spans[index - 1].paragraph == span.paragraph:
        head = spans[index - 1].end
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
    for index, (_start, end) in enumerate(paragraphs):
        if offset < end:
            return index
    return len(paragraphs) - 1


# -- attribution ------------------------------------------------------------------------------
def _attribute(before: str, after: str) -> tuple[str | None, str | None]:
    found = _attribute_after(_tokens(after))
    if found is None:
        found = _attribute_before(_last_clause(_tokens(before)))
    return found if found is not None else (None, None)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _last_clause(tokens: list[str]) -> list[str]:
    """The tokens after the last sentence end (a dot after an abbreviation does not count)."""
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token in _SENTENCE_END and index > 0 and tokens[index - 1].lower() not in _ABBREVIATIONS:
            return tokens[index + 1 :]
    return tokens


def _cue_at(tokens: Sequence[str], index: int) -> str | None:
    for phrase in CUE_PHRASES:
        window = tuple(t.lower() for t in tokens[index : index + len(phrase)])
        if window == phrase:
            return " ".join(phrase)
    if index < len(tokens) and tokens[index].lower() in CUE_VERBS:
        return tokens[index].lower()
    return None


def _attribute_after(tokens: list[str]) -> tuple[str, str] | None:
    """``, said Kara`` / ``, Kara said`` / ``, the minister said`` / ``, according to Kara``."""
    index = 0
    while index < len(tokens) and tokens[index] in (",", "—", "–"):
        index += 1
    cue = _cue_at(tokens, index)
    if cue is not None:
        speaker = _speaker_forward(tokens, index + len(cue.split()))
        return (speaker, cue) if speaker is not None else None
    speaker = _speaker_forward(tokens, index)
    if speaker is None:
        return None
    after = _skip_aside(tokens, index + len(speaker.split()))
    verb = _skip_adverbs(tokens, after)
    cue = _cue_at(tokens, verb)
    return (speaker, cue) if cue is not None else None


def _attribute_before(tokens: list[str]) -> tuple[str, str] | None:
    """``Herzog remarked:`` / ``Kara told reporters:`` / ``According to Kara,`` / ``said Kara:``."""
    # A cue right before a quote is followed by a colon or comma (``Herzog remarked:``); without
    # one the quoted words are usually an object (``she wrote “Women and Jihad”``), not speech.
    if not tokens or tokens[-1] not in (",", ":", "—", "–"):
        return None
    colon = tokens[-1] == ":"
    tokens = tokens[:-1]
    found = _cue_and_speaker(tokens, max(0, len(tokens) - 8))
    if found is None and colon:
        found = _cue_that_clause(tokens)
    return found


def _cue_that_clause(tokens: list[str]) -> tuple[str, str] | None:
    """``he proclaimed that the issue is on the agenda now:`` — a cue and ``that`` further back
    in a clause that a colon ends."""
    for index in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _MAX_THAT_CLAUSE), -1):
        if tokens[index + 1].lower() == "that" and _cue_at(tokens, index):
            speaker = _speaker_backward(tokens, index)
            cue = _cue_at(tokens, index)
            return (speaker, cue) if speaker is not None and cue is not None else None
    return None


def _cue_and_speaker(tokens: list[str], start: int) -> tuple[str, str] | None:
    for index in range(len(tokens) - 1, start - 1, -1):
        cue = _cue_at(tokens, index)
        if cue is None:
            continue
        after = index + len(cue.split())
        speaker = _speaker_forward(tokens, after)
        if speaker is not None and after + len(speaker.split()) == len(tokens):
            return speaker, cue  # ``According to Kara,`` / ``said Kara:``
        speaker = _speaker_backward(tokens, index)
        if speaker is not None:
            return speaker, cue
    return None


def _skip_aside(tokens: Sequence[str], index: int) -> int:
    """``Kara, a former envoy, said``: the position after a short lower-case aside."""
    if index >= len(tokens) or tokens[index] != ",":
        return index
    for comma in range(index + 1, min(len(tokens), index + 2 + _MAX_APPOSITIVE)):
        if tokens[comma] == ",":
            aside = tokens[index + 1 : comma]
            return comma + 1 if aside and aside[0].islower() else index
    return index


def _skip_adverbs(tokens: Sequence[str], index: int) -> int:
    for _ in range(2):
        if index < len(tokens) and _is_adverb(tokens[index]):
            index += 1
    return index


def _is_adverb(token: str) -> bool:
    lower = token.lower()
    return lower in ADVERBS or (lower.endswith("ly") and len(lower) > 4 and token.islower())


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha() and token.lower() not in SPEAKER_STOP


def _speaker_forward(tokens: Sequence[str], index: int) -> str | None:
    """A pronoun, a name (capitalised words) or a description (``the foreign minister``)."""
    if index >= len(tokens):
        return None
    first = tokens[index]
    if first.lower() in PRONOUNS:
        return first
    if first.lower() in _ARTICLES:
        words = [first]
        for token in tokens[index + 1 : index + 1 + _MAX_DESCRIPTION]:
            if token.lower() in AUXILIARIES:
                return None  # a clause (``the council has not yet said``), not a speaker
            if not token[:1].isalpha() or _cue_at([token], 0) or _is_adverb(token):
                break
            words.append(token)
        return " ".join(words) if len(words) > 1 else None
    return _name_from(tokens[index : index + _MAX_NAME + 2])


def _name_from(tokens: Sequence[str]) -> str | None:
    words: list[str] = []
    for token in tokens:
        if (_is_name_word(token) and len(words) < _MAX_NAME) or (
            token.lower() in PARTICLES and words
        ):
            words.append(token)
        else:
            break
    while words and words[-1].lower() in PARTICLES:
        words.pop()
    return " ".join(words) or None


def _speaker_backward(tokens: Sequence[str], verb: int) -> str | None:
    """The speaker standing just before the cue at ``verb`` (adverbs may sit between)."""
    end = verb
    while end > 0 and _is_adverb(tokens[end - 1]) and verb - end < 2:
        end -= 1
    end = _skip_appositive(tokens, end)
    if end == 0:
        return None
    if tokens[end - 1].lower() in PRONOUNS:
        return tokens[end - 1]
    start = end
    while start > 0 and end - start < _MAX_NAME:
        token = tokens[start - 1]
        if not (_is_name_word(token) or token.lower() in PARTICLES):
            break
        start -= 1
    while start < end and tokens[start].lower() in PARTICLES:
        start += 1
    if start < end:
        return " ".join(tokens[start:end])
    return _description_backward(tokens, end)


def _skip_appositive(tokens: Sequence[str], end: int) -> int:
    """``Kara, a former envoy, said``: the end of the name before a short lower-case aside."""
    if end < 3 or tokens[end - 1] != ",":
        return end
    for comma in range(end - 2, max(0, end - 2 - _MAX_APPOSITIVE), -1):
        if tokens[comma] == ",":
            aside = tokens[comma + 1 : end - 1]
            return comma if aside and aside[0].islower() else end
    return end


def _description_backward(tokens: Sequence[str], end: int) -> str | None:
    for start in range(end - 1, max(-1, end - 1 - _MAX_DESCRIPTION), -1):
        token = tokens[start]
        if not token[:1].isalpha() or token.lower() in AUXILIARIES:
            return None
        if token.lower() in _ARTICLES and start < end - 1:
            return " ".join(tokens[start:end])
    return None
