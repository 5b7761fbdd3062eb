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
from functools import lru_cache

import attrs

from .names import clean_person_name, looks_like_person_name, strip_name_junk

__all__ = [
    "ROLE_WORDS",
    "Byline",
    "contributors",
    "is_organisation",
    "parse_author_bio",
    "parse_byline",
    "parse_signature",
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


_PREFIX = re.compile(
    r"^\s*(?:written by|words by|reporting by|story by|(?:ein )?artikel von|(?:ein )?beitrag von|"
    r"text von|text und fotos von|by|von|par|por|di|door|от|автор:?|yazar:?|müəllif:?)"
    r"\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"^\s*By(?P<rest>[A-Z].+)$")
_LABEL = re.compile(
    r"^\s*(?:author|reporter|written by|text|автор|yazar|müəllif|autor|auteur)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_PUBLISHER_SPLIT = re.compile(r"\s*[|]\s*|\s+[-–—]\s*|[-–—]\s+|\s+(?:for|at)\s+(?=[A-Z])")
_AND = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|und|et|y|e|и|ve|və|i|en)\s+")
# A date after the names; a month or weekday must be one (followed by a day, or whole), so that
# "Marie", "Mark" or "Monika" are not read as the start of a date.
_DATE_TAIL = re.compile(
    r"[,|]?\s*(?:\b(?:updated|published|posted|on|le|am|el|il|den|du|vom)\s*)?"
    r"(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b).*$",
    re.IGNORECASE,
)
# A role printed as if it were a name: "By Ann Lee, Staff Writer".
_ROLE_ONLY = re.compile(
    r"^(?:(?:staff|senior|chief|contributing|special|guest|freelance|political|business|sports|"
    r"foreign|deputy|managing)\s+)*(?:writer|reporter|editor|correspondent|columnist|contributor|"
    r"journalist|photographer)s?$",
    re.IGNORECASE,
)
_ORG_WORDS = frozenset(
    {
        "desk",
        "staff",
        "newsroom",
        "team",
        "agency",
        "agencies",
        "bureau",
        "editors",
        "editorial",
        "board",
        "wire",
        "press",
        "service",
        "reporters",
        "correspondents",
        "news",
        # the desk in other languages
        "redaktion",
        "rédaction",
        "redacción",
        "redaccion",
        "redazione",
        "redakcja",
        "redactie",
        "agenturen",
        "agencias",
    }
)
_AGENCIES = frozenset(
    {
        "ap",
        "associated press",
        "reuters",
        "afp",
        "agence france-presse",
        "dpa",
        "ansa",
        "efe",
        "tass",
        "ria novosti",
        "anadolu",
        "anadolu agency",
        "xinhua",
        "upi",
        "bloomberg",
        "apa",
        "azertac",
        "trend",
        "interfax",
        "pa",
        "pa media",
        "bbc news",
        "cnn",
    }
)
ROLE_WORDS = frozenset(
    {
        "analyst",
        "journalist",
        "reporter",
        "writer",
        "editor",
        "correspondent",
        "columnist",
        "author",
        "contributor",
        "researcher",
        "professor",
        "fellow",
        "founder",
        "director",
        "expert",
        "scholar",
        "lecturer",
        "freelance",
        "economist",
        "historian",
        "commentator",
        "blogger",
        "producer",
        "photographer",
        "ceo",
        "chief",
        "head",
        "president",
        "chairman",
        "member",
        "student",
        "lawyer",
        "scientist",
        "журналист",
        "аналитик",
        "эксперт",
        "редактор",
        "корреспондент",
        "politologe",
        "journalistin",
        "journaliste",
        "periodista",
        "gazeteci",
        "jurnalist",
        "analitik",
    }
)


def _is_organisation(name: str) -> bool:
    lowered = name.lower()
    if lowered in _AGENCIES:
        return True
    words = lowered.split()
    return bool(words) and (words[-1] in _ORG_WORDS or (len(words) <= 3 and words[0] in _ORG_WORDS))


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
    for raw in _AND.split(text):
        part = raw.strip(" .,;:")
        if not part:
            continue
        # "Sports Desk - The Courier": the desk; but in "Ann Lee - Chrome security team" the
        # team after the dash is her role, and she is the author
        head = _DASH_TAIL.split(part, maxsplit=1)[0]
        if _ROLE_ONLY.match(part):  # "Ann Lee, Staff Writer": a role, unless it is all there is
            roles.append(part)
        elif _is_organisation(head):
            names.append(head.strip())
        else:
            name = clean_person_name(part) if strict else strip_name_junk(part)
            if name:
                names.append(name)
    return tuple(dict.fromkeys(names or roles))


def parse_byline(text: str) -> Byline | None:
    """Read a byline line ("By …", "ByDesk- Outlet", "Автор: …"); None when the line is not one.

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
    match = _LABEL.match(line)
    if match:
        rule = "label"
    else:
        match = _PREFIX.match(line)
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
        if any(role in first_sentence for role in ROLE_WORDS):
            return Byline(authors=(match.group("name"),), rule="bio", text=text)
        return None
    match = _BIO_ROLE.match(line)
    if (
        match
        and match.group("role").lower() in ROLE_WORDS
        and looks_like_person_name(match.group("name"))
    ):
        return Byline(authors=(match.group("name"),), rule="bio", text=text)
    return None
