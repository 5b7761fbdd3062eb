"""The names in a byline element's text: prefixes ("By", "Veröffentlicht von", "Автор:"),
dates, times, author-box prompts, roles and profile links cut away, what is left split into names.

Shared by the byline readers of
:mod:`~newscorpus.meta.authors.elements` and :mod:`~newscorpus.meta.authors.unmarked`.

Example:
    >>> names_in("Veröffentlicht von Ann Lee und Tom Park am 3. Mai 2024")
    ('Ann Lee', 'Tom Park')
    >>> names_in("Alle Artikel anzeigen")
    ()
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...vocab import alternation, words
from .bylines import split_authors
from .names import not_name_words

__all__ = [
    "ALL_POSTS",
    "BYLINE_PREFIX",
    "DATE_TAIL",
    "INVISIBLE",
    "JUNK_TAIL",
    "LEAD_TIME",
    "MAX_BYLINE_TEXT",
    "byline_text",
    "names_in",
    "names_of",
    "role_suffixes",
    "role_tail",
]

BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:veröffentlicht|geschrieben|eingestellt|verfasst|erstellt|gepostet|publiziert|"
    r"posted|written|published|reported|created|story|words|text|post author|gespeichert|submitted|"
    r"(?:ein )?artikel|(?:ein )?beitrag|publié|écrit|"
    r"publicado|escrito|pubblicato|scritto)\s*(?:von|by|par|por|da|on)|"
    r"(?:text\s*)?(?:[&+]|und|and)\s*(?:fotos?|bilder|photos?)|"
    r"by|von|vom|par|por|di|da|door|av|af|autor(?:in|/in)?|author|auteur|verfasser(?:in)?|"
    r"text|от|автор|yazar|müəllif|redakteur(?:in)?|责任编辑|作者|编辑)"
    # glued to the name only when written in lower case ("vonAnn Lee"), not the start of a
    # sigle in capitals ("AFP", "DPA")
    r"(?:\s*[:.：]\s*|\s+|$|(?-i:(?<=[a-zäöüéß])(?=[A-ZÄÖÜÉ])))",
    re.IGNORECASE,
)


# A date or time printed before the byline ("11:30 Uhr von …").
# A number alone is no date: "7 News" is a station's desk.
LEAD_TIME = re.compile(
    r"^\W*(?:\d+[^\w\s]+[\d\W]*|\d+\W*(?:uhr|am|pm|h)\b)(?:uhr|am|pm|h)?\b\W*", re.IGNORECASE
)


# "Last updated …", "Stand: …" and the like after the names, even glued to them.
JUNK_TAIL = re.compile(
    r"(?:(?<=[a-zäöüß])(?=[A-Z])|\s|^)(?:last\s*)?(?:updated|modified|stand|aktualisiert|"
    r"veröffentlicht|published|posted|erschienen|mis à jour|publié|zuletzt|geändert|"
    r"letzte aktualisierung|hosted by|powered by|theme by|design by|"
    # a time ("Ann Lee at 12:53") and links to the author's profiles ("Ann Lee Google+ mehr")
    r"(?:at|um|à)\s+\d{1,2}[:.]\d{2}|google|twitter|facebook|linkedin|instagram|xing|"
    r"(?:illustrationen?|illustrations?|fotos?|photos?|bilder|grafiken?|video|kamera)\s*(?:von|by|:))"
    r"(?:\b|(?<=:)).*$",
    re.IGNORECASE,
)


# The author box's links and prompts after the name ("Ann Lee E-Mail Folgen", "Ann Lee Zum
# Autorenprofil"), a relative time ("vor 3 Stunden"), or a sentence about the author ("Ann Lee ist
# Redakteurin"): always after a space, never inside a word.
_BOX_TAIL = re.compile(
    r"\s(?:e-?mail|folgen|kontakt|contact|alle\s+(?:artikel|beiträge)|anzeigen|leseempfehlung|"
    r"vor\s+\d|mit\s+(?:material|agentur)|(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from))"
    r"(?!\w).*$|\s(?:zum\s+|view\s+)?(?:autoren)?profile?$|\s(?:ist|is|war|was)\s.*$",
    re.IGNORECASE,
)


@cache
def role_tail() -> re.Pattern[str]:
    """A role alone, in any gender, a chief's too ("Redakteurin", "Chefredakteur", "Writer").

    Example:
        >>> bool(role_tail().match("Chefredakteurin")), bool(role_tail().match("Ann"))
        (True, False)
    """
    stems = alternation(words("roles", "stems", "stems_more"))
    return re.compile(rf"^(?:chef)?(?:{stems})(?:in|a)?$", re.IGNORECASE)


def role_suffixes() -> frozenset[str]:
    """Roles written after a name as a word of their own in Korean, Japanese and Chinese
    bylines ("<name> 기자", "<name> 記者").

    Example:
        >>> "기자" in role_suffixes()
        True
    """
    return words("roles", "suffixes")


ALL_POSTS = re.compile(
    r"^(?:alle|zeige|view|see|more|all|weitere|plus|tous|todos|mehr|"
    # the blog platform's or theme's credit: "Powered by WordPress", "Bereitgestellt von …"
    r"(?:proudly\s+)?powered|bereitgestellt|betrieben|propulsé|theme|designed)\b",
    re.IGNORECASE,
)


DATE_TAIL = re.compile(
    r"(?:^(?:am|vom|on|le|el|il|den)|\s*(?:[|,•·–—/-]\s*|\s)(?:am|vom|on|le|el|il|den|,)?)\s*"
    r"(?:\d{1,4}[./-]|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]{3,}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)


# "Ann Lee/dpa", "Ann Lee/SP-X": an agency's or desk's sigle glued to a full name.
_SIGLE_TAIL = re.compile(r"(?<=[^\W\d_])/[\w-]{1,5}$")


_PIPE = re.compile(r"\s*[|•·]\s*|\s+[»›]\s+")  # "ann » Mon May 03": forums' separator


MAX_BYLINE_TEXT = 120


# Soft hyphens and zero-width marks that typesetting puts inside words ("Mat\xadthias").
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def names_of(element: Any) -> tuple[str, ...]:
    """The people a byline element names: its ``itemprop=name`` child's text if it has one, else
    its own text, list items joined by commas (:func:`names_in`).

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<div><span itemprop="name">Ann Lee</span> Staff</div>').root
        >>> names_of(root.xpath("//div")[0])
        ('Ann Lee',)
    """
    named = [
        el
        for el in element.iter()
        if el is not element and "name" in (el.get("itemprop") or "").lower().split()
    ]
    return names_in(_listed_text(named[0] if named else element))


_ITEM_TAGS = frozenset({"li", "div", "p", "dd"})


def _listed_text(element: Any) -> str:
    """An element's text, its list items or blocks joined by commas: ``<ul><li>Ann Lee</li>
    <li>Tom Park</li></ul>`` reads "Ann Lee, Tom Park", not "Ann LeeTom Park"."""
    items = [child for child in element if child.tag in _ITEM_TAGS]
    if len(items) < 2 or len(items) != len([c for c in element if isinstance(c.tag, str)]):
        return byline_text(element)
    return ", ".join(byline_text(item) for item in items)


# The class of an element that holds the writer's job, not a name ("job-title", "role").
_JOB = re.compile(r"job|(?:^|[-_\s])(?:role|position|designation)(?:$|[-_\s])", re.IGNORECASE)


def byline_text(element: Any) -> str:
    """A byline element's text, without the elements that hold the writer's job (by their
    class) and with a space where one element ends and the next begins: ``<a>Ann Lee</a><span
    class="job-title">Travel Writer</span>`` reads "Ann Lee", not "Ann LeeTravel Writer".

    Example:
        >>> from newscorpus.htmlblocks import parse_html
        >>> root = parse_html('<div>By <a>Ann Lee</a><span class="job-title">Writer</span>'
        ...                   '<b>Tom</b> Park</div>').root
        >>> byline_text(root.xpath("//div")[0])
        'By Ann Lee Tom Park'
    """
    parts: list[str] = []
    _collect(element, parts)
    return " ".join(" ".join(parts).split())


def _collect(element: Any, parts: list[str]) -> None:
    # A stack, not recursion: a byline nested thousands of elements deep (hostile markup) must
    # not reach Python's recursion limit. Each kept child gives " ", its text and children,
    # " ", then its tail; a job element gives only its tail.
    parts.append(element.text or "")
    stack = [(element, iter(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:
                parts.append(" ")
                parts.append(node.tail or "")
        elif isinstance(child.tag, str) and not _JOB.search(child.get("class") or ""):
            parts.append(" ")
            parts.append(child.text or "")
            stack.append((child, iter(child)))
        else:
            parts.append(child.tail or "")


def names_in(text: str) -> tuple[str, ...]:
    """The people a byline element's text names: labels, prefixes, dates, handles, sigles and
    trailing junk cut away; a label or a sentence names nobody.

    Example:
        >>> names_in("By Ann Lee and Tom Park | 4 March 2024"), names_in("Diesen Artikel empfehlen:")
        (('Ann Lee', 'Tom Park'), ())
    """
    text = INVISIBLE.sub("", text)
    if not text or len(text) > MAX_BYLINE_TEXT or ALL_POSTS.match(text) or text.endswith(":"):
        return ()  # a label ("Diesen Artikel empfehlen:") names nobody
    text = _PIPE.split(text.strip(" |•·"))[0]
    text = LEAD_TIME.sub("", _lead_date().sub("", text))
    text = _undoubled(text)
    text = _interview_label().sub("", text, count=1)
    text = _IN_CONVERSATION.sub(", ", text)
    for _ in range(2):  # "Post author By Ann Lee": a label, then a prefix
        text = BYLINE_PREFIX.sub("", text, count=1)
    text = _HANDLE_TAIL.sub("", text)
    if re.search(r"[a-z]{3}[.!?](?:\s|$)", text):
        return ()  # a sentence, not a byline
    text = DATE_TAIL.sub("", _BOX_TAIL.sub("", JUNK_TAIL.sub("", text))).strip(" ,.;:-–—")
    text = text.replace(" / ", ", ")  # "Ann Lee / dpa"
    parts = text.split("/")
    if len(parts) > 1 and all(len(p.split()) > 1 and p[:1].isupper() for p in parts):
        text = ", ".join(parts)  # "Ann Lee/Tom Park": two people, not a sigle
    sigle = _SIGLE_TAIL.search(text)
    if sigle is not None and " " in text[: sigle.start()].strip():
        text = text[: sigle.start()]
    return tuple(n for n in (_tidy(p) for p in split_authors(text, strict=False)) if n)


# "Interview: Ann Lee": who conducted the interview wrote the piece. ("Interview mit Ann Lee"
# names the one interviewed: no colon, no match.)
@cache
def _interview_label() -> re.Pattern[str]:
    prepositions = alternation(words("byline_prefixes", "en", "de", "fr", "es", "it"))
    return re.compile(
        rf"^\s*(?:interview|gespräch|entretien|entrevista|intervista)(?:\s+(?:{prepositions}))?\s*:\s*",
        re.IGNORECASE,
    )


# A radio or print interview's byline names both ("Ann Lee im Gespräch mit Tom Park").
_IN_CONVERSATION = re.compile(
    r"\s+(?:im\s+gespräch\s+mit|in\s+conversation\s+with|en\s+conversation\s+avec|"
    r"en\s+conversación\s+con|in\s+conversazione\s+con)\s+",
    re.IGNORECASE,
)


# A social handle after a name ("Ann Lee @annlee"): the account, not another author.
_HANDLE_TAIL = re.compile(r"(?<=[^\W\d_])\s+@[\w.]{1,30}(?=\s*(?:$|[,;&]))")


# A date printed before the byline in words ("June 5, 2019 by Ann Lee", "5. Juni 2019 von …").
@cache
def _lead_date() -> re.Pattern[str]:
    prepositions = alternation(words("byline_prefixes", "en", "de", "fr", "es", "it", "nl"))
    return re.compile(
        r"^(?:\d{1,2}\.?\s+)?[^\W\d_]{3,}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}"
        rf"\s*,?\s*(?=(?:{prepositions})\s)",
        re.IGNORECASE,
    )


def _undoubled(text: str) -> str:
    """A name printed twice, for small and large screens ("Ann LeeAnn Lee"), once."""
    half, rest = divmod(len(text), 2)
    for cut in (half, half + 1) if rest else (half,):
        first, second = text[:cut].strip(), text[cut:].strip()
        if first and first == second:
            return first
    return text


# Letters enough for a name: two in a row, or a user name with a number ("r23", "Marianne1"),
# as forums and recipe sites sign their posts.
_NAME_SHAPE = re.compile(r"[^\W\d_]{2}|^[^\W\d_]+\d{1,4}$")


# A year ("April 2012") or a number of three digits or more among words (a phone number, a
# postcode: "Telefon: 0800 400 200", "I-39020 Kastelbell"): an address or a date, not a name.
_YEAR_OR_NUMBER = re.compile(r"(?:^|\s|\W)\d{3,}(?:\W|$)|\s\d{3,}|\d{3,}\s")


def _junk_word(word: str) -> bool:
    low = word.lower()
    return (
        low.strip(".,") in not_name_words()
        or low in words("not_name_words", "byline_element")
        or low.strip(".,").isdigit()
    )


@cache
def _role_modifiers() -> frozenset[str]:
    """Words before a role ("Senior Editor", "Freie Autorin")."""
    return words("roles", "modifiers", "modifiers_more")


def _tidy(name: str) -> str | None:
    name = name.strip(" .,;:|-–—»«")
    words = name.split()
    if not words or len(words) > 5 or len(name) > 60 or not _NAME_SHAPE.search(name):
        return None
    if not (name[0].isalnum() or name[0] in "@_"):
        return None
    if all(_junk_word(w) for w in words) or _YEAR_OR_NUMBER.search(name):
        return None
    if role_tail().match(words[0]):  # "Ann Lee, Redakteurin": the role is nobody
        return None
    initials = "".join(w[0] for w in words[1:]).upper()
    if len(words) > 2 and words[0] == initials:  # "AL Ann Lee": an avatar's initials first
        words = words[1:]
        name = " ".join(words)
    if len(words) > 1 and words[-1] in role_suffixes():  # "<name> 기자": the role after the name
        words = words[:-1]
        name = " ".join(words)
    if len(words) > 2 and role_tail().match(words[-1]):  # "Ann Lee Chefredakteurin"
        words = words[:-1]
        if len(words) > 2 and words[-1].casefold() in _role_modifiers():  # "Ann Lee Senior Editor"
            words = words[:-1]
        return " ".join(words)
    return name
