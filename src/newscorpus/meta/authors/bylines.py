"""Bylines, signatures and author bios: who wrote the piece, and for whom.

Example:
    >>> b = parse_byline("ByNews Desk- The Valley Courier")
    >>> b.authors, b.publisher, b.organisations
    (('News Desk',), 'The Valley Courier', ('News Desk',))
    >>> parse_byline("By Ann Lee, Tom Park and Eva Sousa").authors
    ('Ann Lee', 'Tom Park', 'Eva Sousa')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import attrs

from ...vocab import alternation, words
from .names import clean_person_name, looks_like_person_name, strip_name_junk

__all__ = [
    "Byline",
    "contributors",
    "is_organisation",
    "parse_author_bio",
    "parse_byline",
    "parse_signature",
    "role_words",
    "split_authors",
]


@attrs.frozen(kw_only=True)
class Byline:
    """Who a line names as authors.

    Attributes:
        authors: the names, in order.
        publisher: the outlet named after the names ("By Ann Lee - The Courier"), if any.
        organisations: the authors that are desks, wires or agencies.
        rule: the pattern that matched (``"prefix"``, ``"glued-prefix"``, ``"label"``,
            ``"signature"``, ``"bio"``).
        text: the line as given.

    Example:
        >>> Byline(authors=("AP",), organisations=("AP",), rule="prefix", text="By AP").organisations
        ('AP',)
    """

    authors: tuple[str, ...]
    publisher: str | None = None
    organisations: tuple[str, ...] = ()
    rule: str
    text: str


_GLUED = re.compile(r"^\s*By(?P<rest>[A-Z].+)$")
_PUBLISHER_SPLIT = re.compile(r"\s*[|]\s*|\s+[-–—]\s*|[-–—]\s+|\s+(?:for|at)\s+(?=[A-Z])")
# A date after the names; a month or weekday must be one (followed by a day, or whole), so that
# "Marie", "Mark" or "Monika" are not read as the start of a date.
_DATE_TAIL = re.compile(
    r"(?:[,|·•]|\s/{1,2})?\s*(?:\b(?:updated|published|posted|on|le|am|el|il|den|du|vom)\s*)?"
    r"(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b).*$",
    re.IGNORECASE,
)


@cache
def _prefix() -> re.Pattern[str]:
    """A byline's opening: a phrase or a preposition, or a label noun with or without its colon."""
    openings = alternation(words("byline_prefixes", "phrases", *_TEXT_LANGUAGES))
    nouns = alternation(words("byline_prefixes", "label_nouns", "ru_label"))
    return re.compile(rf"^\s*(?:{openings}|{nouns}):?\s+(?P<rest>.+)$", re.IGNORECASE)


@cache
def _label() -> re.Pattern[str]:
    """A label before a colon: "Author: Ann Lee", "Автор: Иван Петров"."""
    labels = alternation(words("byline_prefixes", "label_words", "label_nouns", "ru_label"))
    return re.compile(rf"^\s*(?:{labels})\s*:\s*(?P<rest>.+)$", re.IGNORECASE)


# The languages whose byline prepositions the text byline reader knows.
_TEXT_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "ru")


@cache
def _and() -> re.Pattern[str]:
    """What stands between two names: a comma (with "and" or "&" after it), or any "and" word."""
    after_comma = alternation(words("conjunctions", "en", "symbol"))
    joining = alternation(words("conjunctions"))
    return re.compile(rf"\s*,\s*(?:(?:{after_comma})\s+)?|\s+(?:{joining})\s+")


@cache
def _role_only() -> re.Pattern[str]:
    """A role printed as if it were a name: "By Ann Lee, Staff Writer"."""
    modifiers = alternation(words("roles", "byline_modifiers"))
    roles = alternation(words("roles", "byline"))
    return re.compile(rf"^(?:(?:{modifiers})\s+)*(?:{roles})s?$", re.IGNORECASE)


def role_words() -> frozenset[str]:
    """Roles and job titles that make a line about a person an author's bio (lower case).

    Example:
        >>> "correspondent" in role_words(), "minister" in role_words()
        (True, False)
    """
    return words("roles", "bio")


@cache
def _organisation_words() -> tuple[frozenset[str], frozenset[str]]:
    """The agencies' names and the desks' words (lower case), looked up once: the byline reader
    asks about every part of every line near the body."""
    return words("organisations", "agencies"), words("organisations", "desk", "desk_more")


def _is_organisation(name: str) -> bool:
    lowered = name.lower()
    agencies, org_words = _organisation_words()
    if lowered in agencies:
        return True
    parts = lowered.split()
    return bool(parts) and (parts[-1] in org_words or (len(parts) <= 3 and parts[0] in org_words))


def is_organisation(name: str) -> bool:
    """Whether an author name is a desk, a wire or an agency ("AP", "News Desk", "dpa").

    Example:
        >>> is_organisation("Reuters"), is_organisation("Sports Desk"), is_organisation("Ann Lee")
        (True, True, False)
    """
    return _is_organisation(name.strip())


def contributors(
    authors: Sequence[str], *, organisations: Sequence[str] = (), provenance: str | None = None
) -> list[dict[str, str]]:
    """One record per author, for ``Article.meta["contributors"]``: the name, its kind
    (``"person"`` or ``"organization"`` — a desk, wire or agency, or a name the page marked as an
    organisation) and where the names came from (``"source:rule"`` of the evidence).

    Example:
        >>> contributors(("Ann Lee", "dpa"), provenance="html:byline:byline-class")
        ... # doctest: +NORMALIZE_WHITESPACE
        [{'name': 'Ann Lee', 'kind': 'person', 'provenance': 'html:byline:byline-class'},
         {'name': 'dpa', 'kind': 'organization', 'provenance': 'html:byline:byline-class'}]
        >>> contributors(())
        []
    """
    marked = {o.casefold() for o in organisations}
    records = []
    for name in authors:
        kind = "organization" if name.casefold() in marked or _is_organisation(name) else "person"
        record = {"name": name, "kind": kind}
        if provenance:
            record["provenance"] = provenance
        records.append(record)
    return records


_DASH_TAIL = re.compile(r"\s[-–—|]\s")


def split_authors(text: str, *, strict: bool = True) -> tuple[str, ...]:
    """Split "A, B and C" / "A & B" / "A und B" into names, cleaning each; junk is dropped.

    With ``strict=False`` (for text a page marked as its byline) a part that does not look like a
    full person name — a nickname, an initial — is kept once e-mail addresses, roles and
    parentheses are stripped from it.

    Example:
        >>> split_authors("Ann Lee & Tom Park")
        ('Ann Lee', 'Tom Park')
        >>> split_authors("annlee und Tom Park (Fotos)", strict=False)
        ('annlee', 'Tom Park')
    """
    names: list[str] = []
    roles: list[str] = []
    for raw in _and().split(text):
        part = raw.strip(" .,;:")
        if not part:
            continue
        if _role_only().match(part):  # "Ann Lee, Staff Writer": a role, unless it is all there is
            roles.append(part)
            continue
        # "Sports Desk - The Courier": the desk; but in "Ann Lee - Chrome security team" the
        # team after the dash is her role, and she is the author. (What stands before the first
        # dash: the same as the pattern's split, without building the list.)
        dash = _DASH_TAIL.search(part)
        head = part if dash is None else part[: dash.start()]
        if _is_organisation(head):
            names.append(head.strip())
        else:
            name = clean_person_name(part) if strict else strip_name_junk(part)
            if name:
                names.append(name)
    if not names and not roles:  # most lines read near a body name nobody
        return ()
    return tuple(dict.fromkeys(names or roles))


def parse_byline(text: str) -> Byline | None:
    """Read a byline line ("By …", "ByDesk- Outlet", "Автор: …"); None when the line is not one.

    Args:
        text: one line of a page (runs of whitespace count as one space); a line longer than 120
            characters is never a byline.

    Example:
        >>> parse_byline("By the way, the minister said the plan was final.") is None
        True
        >>> parse_byline("Автор: Иван Петров").authors
        ('Иван Петров',)
    """
    # The header walk and the byline reader ask about the same few lines of a page.
    return _read_byline(text) if len(text) > _REMEMBERED_CHARS else _remembered_byline(text)


_REMEMBERED_CHARS = 300


@lru_cache(maxsize=128)
def _remembered_byline(text: str) -> Byline | None:
    return _read_byline(text)


def _read_byline(text: str) -> Byline | None:
    line = " ".join(text.split())
    if not line or len(line) > 120:
        return None
    rule = "prefix"
    match = _label().match(line)
    if match:
        rule = "label"
    else:
        match = _prefix().match(line)
        if match is None:
            match, rule = _GLUED.match(line), "glued-prefix"
    if match is None:
        return None
    rest = match.group("rest").strip()
    parts = _PUBLISHER_SPLIT.split(rest, maxsplit=1)
    names_part = _DATE_TAIL.sub("", parts[0]) if any(c.isdigit() for c in parts[0]) else parts[0]
    publisher = parts[1].strip(" .,") if len(parts) > 1 else None
    if re.search(r"[a-z]{2}[.!?](?:\s|$)", names_part):
        return None  # a sentence, not a name list
    authors = split_authors(names_part)
    if not authors:
        return None
    if publisher and (any(c.isdigit() for c in publisher) or len(publisher.split()) > 6):
        publisher = None
    return Byline(
        authors=authors,
        publisher=publisher or None,
        organisations=tuple(a for a in authors if _is_organisation(a)),
        rule=rule,
        text=text,
    )


_SIGNATURE = re.compile(
    r"^\s*(?:[—–-]\s*)?(?P<name>[^,–—|]{3,60}?)\s*(?:(?:,|\s[–—-])\s*(?P<rest>.+))?$"
)


def parse_signature(text: str) -> Byline | None:
    """A signature printed after the body: "Jane Doe, economist, …", "— Jane Doe", or a bare name.

    Example:
        >>> parse_signature("Jane Doe, economist, head of the Open Ports project").authors
        ('Jane Doe',)
        >>> parse_signature("Markets rallied. Then they fell.") is None
        True
    """
    line = " ".join(text.split())
    if not line or len(line.split()) > 30 or re.search(r"[.!?]\s+\S", line):
        return None
    match = _SIGNATURE.match(line)
    if match is None:
        return None
    name = match.group("name").strip(" .")
    if not looks_like_person_name(name):
        return None
    rest = match.group("rest")
    if rest is not None and line.rstrip().endswith(".") and len(rest.split()) > 12:
        return None
    return Byline(authors=(name,), rule="signature", text=text)


_BIO = re.compile(
    r"^\s*(?P<name>(?:[^\W\d_][\w'’.-]*\s){1,3}[^\W\d_][\w'’.-]*)\s+(?:is|was|has been)\s+(?:a|an|the)\s"
)
_BIO_ROLE = re.compile(
    r"^\s*(?P<name>(?:[^\W\d_][\w'’.-]*\s){1,3}?[^\W\d_][\w'’.-]*)\s+(?P<role>[A-Z][\w-]*)"
)


def parse_author_bio(text: str) -> Byline | None:
    """An author bio: "<Name> is a <role> …", or "<Name> <Role> …" as author boxes print it.

    Example:
        >>> parse_author_bio("Jane Doe is a senior analyst at the Harbour Institute.").authors
        ('Jane Doe',)
        >>> parse_author_bio("Jane Doe Founder & Editor in Chief of the site").authors
        ('Jane Doe',)
        >>> parse_author_bio("The council is a body of elected members.") is None
        True
    """
    line = " ".join(text.split())
    match = _BIO.match(line)
    if match and looks_like_person_name(match.group("name")):
        first_sentence = line.split(". ")[0].lower()
        if any(role in first_sentence for role in role_words()):
            return Byline(authors=(match.group("name"),), rule="bio", text=text)
        return None
    match = _BIO_ROLE.match(line)
    if (
        match
        and match.group("role").lower() in role_words()
        and looks_like_person_name(match.group("name"))
    ):
        return Byline(authors=(match.group("name"),), rule="bio", text=text)
    return None
