"""Who said a quote: the reporting cue beside it and the speaker it names (used by
:mod:`newscorpus.query.quotes.find`).

Text around a quote is cut into tokens (words keep inner apostrophes, hyphens and dots; ``Dr.``
and the like are one token) and read from the quote outwards: after it, ``said Kara`` or ``Kara
said`` or ``the minister said``; before it, ``Kara told reporters:``, ``According to Kara,``, or
a ``he proclaimed that …:`` clause. Names are runs of capitalised words (with particles such as
``von der``); descriptions start with an article. Every loop is bounded by a small constant.

Example:
    >>> attribute("", ", Kara cautioned on Monday.")
    ('Kara', 'cautioned')
    >>> attribute("Herzog, the president, remarked: ", "")
    ('Herzog', 'remarked')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...vocab import alternation
from .cues import (
    abbreviations,
    adverbs,
    articles,
    auxiliaries,
    cue_phrases,
    cue_verbs,
    not_before_person,
    particles,
    pronouns,
    speaker_stop,
)

__all__ = ["attribute", "is_description", "person_before"]


# Words keep inner apostrophes, hyphens and dots (``Azerbaijan’s``, ``al-Sadr``, ``U.S.``);
# a final dot is punctuation. Each branch consumes at least one character: linear time.
@cache
def _token() -> re.Pattern[str]:
    titles = alternation(word.capitalize() for word in abbreviations())
    return re.compile(rf"(?:{titles})\.(?!\w)|[^\W_](?:[\w’'\-]|\.(?=\w))*|[,:;.!?—–()]")


_SENTENCE_END = frozenset(".!?")
_MAX_APPOSITIVE = 16
_PRONOUN_REACH = 600  # characters before a quote searched for the person a pronoun stands for
_MAX_THAT_CLAUSE = 40
_MAX_NAME = 6
_MAX_DESCRIPTION = 8


def person_before(text: str, start: int) -> str | None:
    """The last name of two or more capitalised words before ``start`` (``seventeen-year-old
    Chloe Adebayo compared …, she said``): what ``he``/``she`` stand for when no quote has
    named a speaker yet.

    Example:
        >>> text = "The mayor met Ann Lee on Monday. "
        >>> person_before(text, len(text))
        'Ann Lee'
    """
    tokens = _tokens(text[max(0, start - _PRONOUN_REACH) : start])
    end = len(tokens)
    while end > 0:
        stop = end
        while stop > 0 and not _is_name_word(tokens[stop - 1]):
            stop -= 1
        begin = stop
        while begin > 0 and (_is_name_word(tokens[begin - 1]) or tokens[begin - 1] in particles()):
            begin -= 1
        words = [t for t in tokens[begin:stop] if t not in particles()]
        before = tokens[begin - 1].lower() if begin else ""
        # "the Harbour Trust", "in New York", "of the United States": places and bodies
        if len(words) >= 2 and before not in not_before_person():
            return " ".join(tokens[begin:stop][-_MAX_NAME:])
        end = begin
    return None


def attribute(before: str, after: str) -> tuple[str | None, str | None]:
    """The speaker and the cue of a quote, from the text after it (read first) or before it;
    ``(None, None)`` when neither names one.

    Example:
        >>> attribute("", ", the minister said on Monday.")
        ('the minister', 'said')
    """
    found = _attribute_after(_tokens(after))
    if found is None:
        found = _attribute_before(_last_clause(_tokens(before)))
    return found if found is not None else (None, None)


def _tokens(text: str) -> list[str]:
    return _token().findall(text)


def _last_clause(tokens: list[str]) -> list[str]:
    """The tokens after the last sentence end (a dot after an abbreviation does not count)."""
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if (
            token in _SENTENCE_END
            and index > 0
            and tokens[index - 1].lower() not in abbreviations()
        ):
            return tokens[index + 1 :]
    return tokens


def _cue_at(tokens: Sequence[str], index: int) -> str | None:
    for phrase in cue_phrases():
        window = tuple(t.lower() for t in tokens[index : index + len(phrase)])
        if window == phrase:
            return " ".join(phrase)
    if index < len(tokens) and tokens[index].lower() in cue_verbs():
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
    return lower in adverbs() or (lower.endswith("ly") and len(lower) > 4 and token.islower())


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha() and token.lower() not in speaker_stop()


def _speaker_forward(tokens: Sequence[str], index: int) -> str | None:
    """A pronoun, a name (capitalised words) or a description (``the foreign minister``)."""
    if index >= len(tokens):
        return None
    first = tokens[index]
    if first.lower() in pronouns():
        return first
    if first.lower() in articles():
        words = [first]
        for token in tokens[index + 1 : index + 1 + _MAX_DESCRIPTION]:
            if token.lower() in auxiliaries():
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
            token.lower() in particles() and words
        ):
            words.append(token)
        else:
            break
    while words and words[-1].lower() in particles():
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
    if tokens[end - 1].lower() in pronouns():
        return tokens[end - 1]
    start = end
    while start > 0 and end - start < _MAX_NAME:
        token = tokens[start - 1]
        if not (_is_name_word(token) or token.lower() in particles()):
            break
        start -= 1
    while start < end and tokens[start].lower() in particles():
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
        if not token[:1].isalpha() or token.lower() in auxiliaries():
            return None
        if token.lower() in articles() and start < end - 1:
            return " ".join(tokens[start:end])
    return None


def is_description(speaker: str) -> bool:
    """Whether a speaker is a description (``the minister``) rather than a name.

    Example:
        >>> is_description("the minister"), is_description("Ali Kara")
        (True, False)
    """
    return speaker.split(maxsplit=1)[0].lower() in articles()
